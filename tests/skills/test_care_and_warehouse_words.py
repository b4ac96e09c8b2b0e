"""Words job seekers in childcare, dental nursing, reception and warehouses use for skills the
vocabulary has, seen on real pages read with a persona's profile: a British nursery's "nappy"
duties (Childcare, as "diaper changing" already was), a dental nurse's "Sterilising dental
equipment" and a profile's "Decontamination and sterilisation" (Sterile Processing), a profile's
plain "Reception" (Reception Duties), a warehouse's "USB scanner" (a barcode scanner, not the USB
protocol an embedded engineer writes drivers for), and a forklift driver who operates machinery.
Synthetic postings; each has a control."""

from __future__ import annotations

from tests.skills.conftest import read

from credstack.gaps import GapStatus, compare
from credstack.profile.model import Profile, ProfileSkill
from credstack.skills import skill_named
from credstack.skills.model import Requirement, SkillKind, SkillMention
from credstack.skills.vocabulary import load_vocabulary

POSTING = """Assistant

Requirements
- {line}
"""


def test_british_nappy_duties_are_childcare(resources):
    assert "Childcare" in read(POSTING.format(line="Changing nappies and supervising play."), resources)[0]
    assert "Childcare" in read(POSTING.format(line="Diaper changing and supervising play."), resources)[0]
    assert skill_named("Nappy changing", load_vocabulary()).name == "Childcare"


def test_sterilising_is_sterile_processing(resources):
    skills = read(POSTING.format(line="Sterilising dental equipment and keeping the surgery in order."),
                  resources)[0]
    assert "Sterile Processing" in skills
    vocabulary = load_vocabulary()
    assert skill_named("Decontamination and sterilisation", vocabulary).name == "Sterile Processing"
    assert skill_named("Equipment decontamination", vocabulary).name == "Decontamination"  # control


def test_a_profile_s_plain_reception_holds_reception_duties():
    vocabulary = load_vocabulary()
    asked = SkillMention("Reception Duties", SkillKind.HARD, "x", Requirement.REQUIRED, mentions=["reception duties"])
    report = compare([asked], Profile(skills=[ProfileSkill("Reception")]), vocabulary)
    assert report.items[0].status == GapStatus.HAVE
    report = compare([asked], Profile(skills=[ProfileSkill("Bookkeeping")]), vocabulary)  # control
    assert report.items[0].status == GapStatus.MISSING


def test_a_usb_scanner_is_a_barcode_scanner(resources):
    skills = read(POSTING.format(line="Ability to use a USB scanner accurately."), resources)[0]
    assert "Barcode Scanning" in skills and "USB" not in skills
    skills = read(POSTING.format(line="Save the reports to a USB stick."), resources)[0]
    assert "USB" not in skills
    # the control: the protocol an embedded engineer works with
    skills = read(POSTING.format(line="Experience writing USB drivers and with USB protocol debugging."),
                  resources)[0]
    assert "USB" in skills


def test_a_forklift_driver_operates_machinery():
    vocabulary = load_vocabulary()
    asked = SkillMention("Machine Operation", SkillKind.HARD, "x", mentions=["operating machinery"])
    report = compare([asked], Profile(skills=[ProfileSkill("Counterbalance forklift")]), vocabulary)
    assert report.items[0].status == GapStatus.IMPLIED
    report = compare([asked], Profile(skills=[ProfileSkill("Picking and packing")]), vocabulary)  # control
    assert report.items[0].status != GapStatus.IMPLIED


def test_a_reception_heading_or_place_is_no_duty(resources):
    assert "Reception Duties" in read(POSTING.format(line="Reception and some admin duties."), resources)[0]
    for line in ("DISPENSARY RECEPTION", "Please report to reception on arrival.", "Serve drinks at the wedding reception."):
        assert "Reception Duties" not in read(POSTING.format(line=line), resources)[0], line


def test_international_accounting_standards_are_ifrs(resources):
    skills = read(POSTING.format(line="Working knowledge of US GAAP and international accounting standards."),
                  resources)[0]
    assert "IFRS" in skills and "GAAP" in skills
    assert "IFRS" not in read(POSTING.format(line="Working knowledge of US GAAP."), resources)[0]  # control

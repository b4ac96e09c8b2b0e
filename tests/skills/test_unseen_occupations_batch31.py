"""Failure modes the fix set of batch 31 (held-occ22: sheet metal workers, histology technicians,
swimming instructors, a tool and die maker) showed, each checked on made-up text with a control
beside it."""

from __future__ import annotations

import pytest
from tests.skills.conftest import names, read

from credstack.analysis import without_field_labels


def test_a_requirement_run_on_into_the_contact_sentence_stays():
    line = ("Teach small group lessons. Staff must have a current first aid certificate. "
            "Interested parties, email your resume to jobs@example.com")
    assert "must have a current first aid certificate" in without_field_labels(line)
    # the control: what the employer offers beside the contact still goes
    line = "We supply the clients, you set your own hours! Interested parties, email your resume to jobs@example.com"
    assert without_field_labels(line) == ""


def test_a_certification_the_instructor_must_have_beside_the_contact_is_asked(resources):
    ad = ("Tennis Coach\n\nWe are looking for coaches to run lessons at our club courts. Coaches must have their "
          "CPR certification. Interested parties, email your resume to jobs@example.com")
    assert "CPR Certification" in read(ad, resources)[0]
    ad = ("Tennis Coach\n\nWe are looking for coaches to run lessons at our club courts. We supply the players. "
          "Interested parties, email your resume to jobs@example.com")
    assert "CPR Certification" not in read(ad, resources)[0]


@pytest.mark.parametrize(("text", "skill"), [
    # welding processes written in title case, as UK trade adverts do
    ("Able to Mig weld.", "Welding"),
    # a trade learnt by a served apprenticeship
    ("Must be apprentice trained.", "Apprenticeship"),
    # the histology laboratory's methods, equipment and credentials
    ("Performs routine H&E stains and special stains.", "H&E Staining"),
    ("Performs routine H&E stains and special stains.", "Special Stains"),
    ("Loads cassettes onto tissue processors; maintains coverslippers.", "Tissue Processing"),
    ("Proficiency testing samples are tested as patient specimens.", "Proficiency Testing"),
    ("ASCP board-certified as a histotechnologist is preferred.", "ASCP Certification"),
    ("Develop and update all Standard Operation Procedure manuals.", "Standard Operating Procedures"),
    # a toolmaker's machines and drawings
    ("Experience with ProtoTRAK programming on knee and bed mills.", "CNC Machining"),
    ("Experience with ProtoTRAK programming on knee and bed mills.", "Workshop Machinery"),
    ("Build dies from strip layout drawings and design drawings.", "Technical Drawings"),
])
def test_the_names_these_trades_write(text, skill):
    assert skill in names(text)


@pytest.mark.parametrize(("text", "skill"), [
    # the controls: the capitals' other readings and ordinary words stay out
    ("Staff will migrate to the new site.", "Welding"),
    ("He served time in the army and is now a warehouse operative.", "Apprenticeship"),
    ("The tissue of the plant was examined.", "Tissue Processing"),
    ("Special offers for staff.", "Special Stains"),
    ("Our prototype is ready.", "CNC Machining"),
])
def test_the_controls_of_these_names(text, skill):
    assert skill not in names(text)

"""A lapsed certificate the catalog does not know still asks to be renewed for the skill it is about."""

from __future__ import annotations

from datetime import date

from credstack.credentials.held import resolve_held
from credstack.gaps import GapStatus, certificate_subject, compare
from credstack.profile.model import Certification, Profile, ProfileSkill
from credstack.skills.model import Requirement, Skill, SkillKind, SkillMention
from credstack.skills.vocabulary import Vocabulary

H = SkillKind.HARD
TODAY = date(2026, 6, 1)


def vocab() -> Vocabulary:
    skills = [Skill("Welding", H, "trades", ("MIG welding", "TIG welding")),
              Skill("Forklift Operation", H, "operations_supply_chain", ("forklift",)),
              Skill("Food Hygiene", H, "hospitality"), Skill("Inventory Management", H, "operations_supply_chain")]
    return Vocabulary({s.name: s for s in skills})


def ask(name):
    return SkillMention(name=name, kind=H, category="x", requirement=Requirement.REQUIRED, years=None, mentions=[name])


def gaps(profile, *asked):
    return {g.skill.name: g for g in compare([ask(a) for a in asked], profile, vocab(), today=TODAY).items}


def cert(name, expires):
    return Certification(name=name, issuer="Test body", issued="2019-02", expires=expires)


def test_subject_read_from_a_role_noun():
    v = vocab()
    held = resolve_held([cert("Coded welder BS EN ISO 9606-1", "2021-02"),
                         cert("Forklift Operator Card", "2025-08")], None, v, TODAY)
    assert "Welding" in certificate_subject(held.items[0], v)
    assert "Forklift Operation" in certificate_subject(held.items[1], v)


def test_lapsed_certificate_for_a_skill_not_otherwise_held_is_to_renew():
    profile = Profile(certifications=[cert("Coded welder BS EN ISO 9606-1", "2021-02")])
    got = gaps(profile, "Welding", "Inventory Management")
    assert got["Welding"].status == GapStatus.RENEW
    assert got["Welding"].via == "Coded welder BS EN ISO 9606-1"
    assert "renew your Coded welder" in got["Welding"].note and "lapsed" in got["Welding"].note
    assert got["Inventory Management"].status == GapStatus.MISSING  # control: the certificate is not about it


def test_skill_held_keeps_its_credit_and_says_renew():
    profile = Profile(skills=[ProfileSkill("MIG welding", years=10)],
                      certifications=[cert("Coded welder BS EN ISO 9606-1", "2021-02")])
    got = gaps(profile, "Welding")
    assert got["Welding"].status == GapStatus.HAVE
    assert "renew your Coded welder BS EN ISO 9606-1" in got["Welding"].note


def test_control_current_or_unrelated_certificate_says_nothing():
    current = Profile(skills=[ProfileSkill("forklift")], certifications=[cert("Forklift Operator Card", "2099-08")])
    assert gaps(current, "Forklift Operation")["Forklift Operation"].note is None
    other = Profile(skills=[ProfileSkill("forklift")], certifications=[cert("Food Hygiene Certificate", "2021-02")])
    assert gaps(other, "Forklift Operation")["Forklift Operation"].note is None
    assert gaps(other, "Food Hygiene")["Food Hygiene"].status == GapStatus.RENEW


def test_a_skill_the_certificate_only_implies_gets_no_renewal_note_when_held():
    v = Vocabulary({s.name: s for s in [Skill("Marketing", H, "marketing"),
                                        Skill("Inbound Badge", SkillKind.CERTIFICATION, "certification", (),
                                              ("Marketing",))]})
    lapsed = Certification(name="Inbound Badge", issuer="Test body", issued="2022-01", expires="2024-01")

    def got(profile):
        return compare([ask("Marketing")], profile, v, today=TODAY).items[0]

    held = got(Profile(skills=[ProfileSkill("Marketing")], certifications=[lapsed]))
    assert held.status == GapStatus.HAVE and held.note is None  # a broad skill held on its own
    only = got(Profile(certifications=[lapsed]))
    assert only.status == GapStatus.RENEW and only.via == "Inbound Badge"  # control: nothing else shows it

"""Entry-level foundations are no advice to someone holding a higher credential of their field
(the user walk-through's journeyman electrician was offered NCCER Core for "Hand Tools")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.credentials.test_recommend import cred

from credstack.credentials.catalog import Catalog
from credstack.credentials.held import resolve_held
from credstack.credentials.model import Prerequisite
from credstack.profile.model import Certification
from credstack.skills.model import Skill, SkillKind
from credstack.skills.vocabulary import Vocabulary

TODAY = date(2026, 12, 1)


def trade() -> tuple[Catalog, Vocabulary]:
    core = replace(cred("core", ["Hand Tools", "Blueprint Reading"], 40), level="entry")
    level1 = replace(cred("level1", ["Wiring", "Code"], 50), level="entry",
                     prerequisites=(Prerequisite(type="credential", required=True, credential="core"),))
    hvac_core = replace(cred("hvac-core", ["HVAC", "Troubleshooting"], 50), level="entry")
    refrigerant = replace(cred("refrigerant", ["HVAC"], 30), level="entry", grants="Refrigerant Card")
    senior = replace(cred("senior", ["Wiring", "Inspection"], 300), level="professional", grants="Senior Wiring")
    skills = [Skill(n, SkillKind.HARD, "trades") for n in ("Hand Tools", "Blueprint Reading", "Wiring", "Code",
                                                          "HVAC", "Troubleshooting", "Inspection")]
    skills += [Skill("Wiring Licence", SkillKind.CERTIFICATION, "certification", (), ("Wiring",)),
               Skill("Refrigerant Card", SkillKind.CERTIFICATION, "certification", (), ("HVAC",)),
               Skill("Senior Wiring", SkillKind.CERTIFICATION, "certification", (), ("Wiring",))]
    vocabulary = Vocabulary({s.name: s for s in skills})
    return Catalog([core, level1, hvac_core, refrigerant, senior], vocabulary), vocabulary


def blocked(*names: str) -> set[str]:
    catalog, vocabulary = trade()
    return resolve_held([Certification(n) for n in names], catalog, vocabulary, TODAY).blocked_ids()


def test_a_licence_of_the_field_is_past_its_entry_level_courses_and_their_foundation():
    # the licence (no catalog entry: a state's card) gives the wiring Level 1 teaches, which is built on Core
    assert {"core", "level1"} <= blocked("Wiring Licence")
    assert {"core", "level1"} <= blocked("Senior Wiring")  # a catalog credential above entry level


def test_entry_level_and_unrelated_credentials_leave_the_foundations_as_advice():
    # control: an entry-level card gives nothing (an EPA 608 holder may still take NATE Core), no
    # credential gives nothing, and a licence of one trade leaves another trade's entry courses
    assert "hvac-core" not in blocked("Refrigerant Card")
    assert not blocked() & {"core", "level1", "hvac-core"}
    assert "hvac-core" not in blocked("Wiring Licence")


def test_a_posting_naming_the_foundation_still_gets_it():
    catalog, vocabulary = trade()
    held = resolve_held([Certification("Wiring Licence")], catalog, vocabulary, TODAY)
    assert "core" not in held.blocked_ids({"core"})


def test_the_walk_through_journeyman_electrician_is_not_offered_nccer_core(res):
    from credstack.analysis import analyze
    from credstack.postings import parse_posting
    from credstack.profile.model import Profile

    text = ("Commercial Electrician\nSan Diego, CA\n\nRequirements:\n- Journeyman Electrician License required\n"
            "- Proficient with hand tools and power tools\n- Blueprint reading\n- Workplace safety\n")
    picks = lambda profile: {r.credential.id for r in analyze(  # noqa: E731
        parse_posting(text), res, profile=profile, today=TODAY).recommendations.recommendations}
    journeyman = Profile(location="San Diego, CA", certifications=[Certification("Journeyman Electrician License")])
    assert not picks(journeyman) & {"nccer-core", "nccer-electrical-1"}
    # control: an apprentice without the licence is offered the Core for the same lines
    assert "nccer-core" in picks(Profile(location="San Diego, CA"))

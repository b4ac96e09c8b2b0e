"""What batches 87 to 89's real postings (bench/nontech_real.py --split held-occ77 to held-occ79: a senior
finance business partner, a systems operations engineer and 34 more) and the misses they led back to
showed. Synthetic postings, with controls."""

from __future__ import annotations

import pytest

from credstack.skills import find_skills
from credstack.skills.vocabulary import load_vocabulary


def _names(text: str) -> set[str]:
    return {s.name for s in find_skills(text, load_vocabulary())}


@pytest.mark.parametrize("text", [
    "The successful candidate will be a Qualified ACA/ACCA/CIMA Accountant with reporting experience.",
    "You will be a qualified ACA, ACCA or CIMA accountant.",
])
def test_qualified_before_the_bodies_and_an_accountant_after_asks_for_each(text):
    """"Qualified ACA/ACCA/CIMA Accountant": the role holds each qualification; a certification right
    before a role noun is read as the role's, which dropped all three."""
    assert {"ICAEW ACA", "ACCA", "CIMA"} <= _names(text)


def test_a_part_qualified_accountant_holds_what_the_letters_name():
    assert "CIMA" in _names("We need a part-qualified CIMA accountant to run the month end close.")


def test_aca_of_the_us_care_act_is_no_accountancy_qualification():
    """Controls: the Affordable Care Act beside payroll words, and a team's accountant named by the role."""
    assert "ICAEW ACA" not in _names("Handle ACA reporting, payroll tax filings and benefits administration.")
    assert "ICAEW ACA" not in _names("Knowledge of ACA compliance for payroll and benefits.")
    assert "CIMA" not in _names("You will report to the CIMA Accountant of the finance team.")


@pytest.mark.parametrize("text", ["Skills: UNIX/LINUX, Oracle", "Knowledge of Unix/Linux and shell scripting"])
def test_unix_slash_linux_is_both_systems(text):
    """"UNIX/LINUX" was one alias of Unix alone: the slash lists two systems the labels name each."""
    assert {"Unix", "Linux"} <= _names(text)


def test_a_phrase_inside_a_longer_phrase_of_the_posting_is_its_mention_not_a_chip_of_its_own():
    """A fluid systems engineer's advert named "Nuclear Steam Raising Plant", "Steam Raising Plant" and
    "Raising Plant": four chips of one thing. The shorter ones are the longer one's mentions."""
    from tests.skills.conftest import with_tagger

    text = ("Experience of Nuclear Steam Raising Plant design.\n"
            "Keywords: Fluid Systems, Steam Raising Plant, Valves.\n"
            "Knowledge of Raising Plant checks and of Primary Circuit Chemistry.")
    result = with_tagger(text, {"Nuclear Steam Raising Plant": "knowledge", "Steam Raising Plant": "knowledge",
                                "Raising Plant": "knowledge", "Primary Circuit Chemistry": "knowledge"})
    others = {s.name: s.mentions for s in result.skills if s.kind.value == "other"}
    assert "Steam Raising Plant" not in others and "Raising Plant" not in others
    assert {"Nuclear Steam Raising Plant", "Steam Raising Plant", "Raising Plant"} <= set(
        others["Nuclear Steam Raising Plant"])
    assert "Primary Circuit Chemistry" in others  # control: a phrase no other holds stays its own chip


def test_ie_and_eg_are_no_part_of_a_phrase():
    """"equipment i.e. Gate Valves": the chip is "Gate Valves"; "IE 11" (the browser) keeps its letters."""
    from credstack.skills.linking import clean_bounds

    for text, kept in [("i.e. Gate Valves", "Gate Valves"), ("e.g. Pressure Vessels", "Pressure Vessels"),
                       ("IE 11 support", "IE 11 support")]:
        start, end = clean_bounds(text, 0, len(text))
        assert text[start:end] == kept


def test_failure_modes_plural_is_fmea():
    assert "FMEA" in _names("Apply Failure Modes and Effects Analysis to fluid systems.")


def test_a_phrase_written_once_singular_and_once_plural_is_one_chip():
    """A property buyer's advert: "Sub Prime Mortgage" and "Sub Prime Mortgages" were two chips."""
    from tests.skills.conftest import with_tagger

    text = "Knowledge of Sub Prime Mortgages is ideal.\nYou will explain Sub Prime Mortgage options to sellers."
    result = with_tagger(text, {"Sub Prime Mortgages": "knowledge", "Sub Prime Mortgage": "knowledge"})
    others = {s.name: s.mentions for s in result.skills if s.kind.value == "other"}
    assert list(others) == ["Sub Prime Mortgages"] and set(others["Sub Prime Mortgages"]) == {
        "Sub Prime Mortgages", "Sub Prime Mortgage"}


def test_a_tool_named_with_skills_after_it_is_the_tool():
    """"Excellent Microsoft Office skills particularly PowerPoint": the tagger's span "Microsoft Office
    skills" is Microsoft Office, not a chip of its own beside it; a soft skill keeps its reading."""
    from credstack.skills.linking import link_spans

    office, sap, talk = link_spans(["Microsoft Office skills", "SAP experience", "listening skills"], load_vocabulary())
    assert (office.skill.name, office.how) == ("Microsoft Office", "exact")
    assert sap.skill.name.startswith("SAP") and sap.how == "exact"
    assert talk.how != "exact" or talk.skill.kind.value == "soft"


@pytest.mark.parametrize(("title", "discipline"), [
    ("PROPERTY BUYER / TELESALES", None), ("Media Buyer", None), ("Senior Buyer", "Procurement"),
    ("Retail Buyer", "Procurement")])
def test_a_property_or_media_buyer_is_no_procurement_job(title, discipline):
    """A property buyer buys houses by telephone; the title named Procurement, and the advice offered a
    supply management certification."""
    from credstack.skills import senses

    found = [s.name for s, _ in senses.title_disciplines(title, load_vocabulary())]
    assert found == ([discipline] if discipline else [])


@pytest.mark.parametrize(("text", "asked"), [
    ("Show the customer the benefits, tailoring a package that suits them.", False),
    ("Tailoring solutions to client needs.", False),
    ("Experience in tailoring and alterations.", True),
    ("Bespoke tailoring for a menswear shop.", True),
])
def test_tailoring_an_offer_is_no_tailoring_trade(text, asked):
    """A gym's membership advisor "tailoring a package that suits them" was asked for Tailoring (sewing)."""
    assert ("Tailoring" in _names(text)) is asked


def test_the_first_word_of_a_vocabulary_skill_cut_from_it_is_that_skills_mention():
    """"Degree qualified in Mechanical Engineering Chartered, or, working towards chartership": a
    chip "Chartered" beside Chartered Status."""
    from tests.skills.conftest import with_tagger

    text = "Degree qualified in Mechanical Engineering Chartered, or, working towards chartership, with the IMechE."
    result = with_tagger(text, {"Chartered": "knowledge"})
    names = {s.name for s in result.skills}
    assert "Chartered" not in names and "Chartered Status" in names


def test_experience_before_degree_is_no_field_of_the_degree():
    """"... Nuclear Steam Raising Plant experience Degree qualified or equivalent": the degree's mention
    was "Raising Plant experience Degree"; "experience" ends the words a field may take."""
    from credstack.skills.vocabulary import load_vocabulary as vocabulary

    def mentions(text):
        return {s.name: s.mentions for s in find_skills(text, vocabulary())}

    assert mentions("Steam Raising Plant experience Degree qualified or equivalent")["Bachelor's Degree"] == ["Degree"]
    assert mentions("Engineering Degree required")["Bachelor's Degree"] == ["Engineering Degree"]  # control


def test_a_preposition_before_a_span_is_no_part_of_it():
    """An NHSX clinical advisor's "between health and social care": the tagger's "between health" was a chip."""
    from credstack.skills.linking import clean_bounds

    for text, kept in [("between health", "health"), ("across the NHS", "NHS"), ("such as Excel", "Excel"),
                       ("including Python", "Python"), ("from scratch", "from scratch")]:
        start, end = clean_bounds(text, 0, len(text))
        assert text[start:end] == kept


@pytest.mark.parametrize(("text", "asked"), [
    ("You will be supervised by RNs.", False),
    ("Work under the direction of RNs and LPNs.", False),
    ("RNs and LPNs welcome to apply.", True),
])
def test_colleagues_written_as_plural_initials_are_no_licence_asked(text, asked):
    """"supervised by RNs": whom the job works under, as "supervised by an RN" already was."""
    assert ("Registered Nurse" in _names(text)) is asked

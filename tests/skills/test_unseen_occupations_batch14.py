"""Synthetic fixtures for what the fourteenth batch of real postings (bench/nontech_real.py --split
held-occ8: NHS podiatrists, radiographers, orthoptists, cardiac physiologists, records and
portering staff) showed: a name spelt out before its letters in brackets ("Nursing and Midwifery
Council (NMC) registration", "an Enhanced Disclosure and Barring Service (DBS) check") read as
nothing, its words became keywords ("Barring Service", "Midwifery Council"), and the UK check
named in full was taken for legal text. The controls keep the letters alone, and legal text, as
they were."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.skills.requirements import is_boilerplate_clause


def _posting(*lines: str) -> str:
    return "Healthcare Assistant\n\nRequirements:\n" + "\n".join(f"- {line}" for line in lines) + "\n"


@pytest.mark.parametrize(("text", "skill", "surface"), [
    ("A current Nursing and Midwifery Council (NMC) registration is essential.", "NMC Registration",
     "Nursing and Midwifery Council (NMC) registration"),
    ("You need an Enhanced Disclosure and Barring Service (DBS) check.", "Background Checks",
     "Enhanced Disclosure and Barring Service (DBS) check"),
    ("Basic Life Support (BLS) certification required", "Basic Life Support", "Basic Life Support (BLS) certification"),
])
def test_a_name_spelt_out_before_its_letters_reads_as_the_letters(resources, text, skill, surface):
    found = [(m.skill, m.surface) for m in resources.vocabulary.matcher.find(text)]
    assert (skill, surface) in found
    assert all(s == skill for s, _ in found)  # "Nursing" of the council's name is no mention of its own


def test_letters_alone_in_brackets_read_as_before(resources):
    found = [(m.skill, m.surface) for m in resources.vocabulary.matcher.find("Centre for Protein Research (CPR) is a lab")]
    assert found == [("CPR", "CPR")]  # the name's initials: analysis drops it as before (defines_acronym)


@pytest.mark.parametrize(("clause", "boilerplate"), [
    ("Employment in this post requires an Enhanced Disclosure and Barring Service (DBS) check", False),
    ("Employment in this post requires a Disclosure and Barring Service check", False),
    ("It will be necessary for a submission for Disclosure to be made to the Disclosure and Barring Service", True),
    ("Safer recruitment: all posts require a disclosure and barring check", True),
])
def test_the_uk_check_named_in_full_is_a_condition_not_legal_text(clause, boilerplate):
    assert is_boilerplate_clause(clause) is boilerplate


def test_the_check_named_in_full_is_a_condition_and_leaves_no_keywords(resources):
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    text = _posting("NVQ level 3 in health and social care",
                    "Employment in this post requires an Enhanced Disclosure and Barring Service (DBS) check.",
                    "A current Nursing and Midwifery Council (NMC) registration")
    result = analyze(parse_posting(text), resources, recommend=False)
    assert {s.name for s in result.context} == {"Background Checks"}
    assert "NMC Registration" in {s.name for s in result.skills}
    assert "Nursing" not in {s.name for s in result.skills}
    assert not {k.phrase for k in result.other_keywords} & {"Barring Service", "Midwifery Council", "Disclosure"}


def test_legal_text_naming_the_service_leaves_no_keywords(resources):
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    text = _posting("NVQ level 3 in health and social care",
                    "It will be necessary for a submission for Disclosure to be made to the Disclosure and "
                    "Barring Service to check for any previous criminal convictions.")
    result = analyze(parse_posting(text), resources, recommend=False)
    assert not {k.phrase for k in result.other_keywords} & {"Barring Service", "Disclosure"}
    skills, _context = read(text, resources)
    assert "NVQ" in skills


@pytest.mark.parametrize(("text", "presenting"), [
    ("Provide assessment and treatment for patients presenting with acute foot pathology", False),
    ("Support service users who present with complex needs", False),
    ("Experience presenting with PowerPoint to senior leaders", True),
    ("Confident presenting to groups of staff", True),
])
def test_patients_presenting_with_a_condition_ask_no_presentation_skills(resources, text, presenting):
    found = {m.skill for m in resources.vocabulary.matcher.find(text)}
    assert ("Presentation Skills" in found) is presenting


@pytest.mark.parametrize(("line", "english"), [
    ("Educated to NVQ level 2 or equivalent English and Mathematics", True),
    ("GCSE English and Maths at grade C or above", True),
    ("GCSEs in Maths and English", True),
    ("Teach English literature to year 7", False),
])
def test_english_as_a_school_subject_beside_maths_is_asked(resources, line, english):
    skills, _context = read(_posting(line), resources)
    assert ("English" in skills) is english

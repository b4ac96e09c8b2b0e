"""Synthetic fixtures for what the ninth batch of real postings (bench/nontech_real.py --split
held-occ5: paramedics, library assistants, communications officers, radio installers and a
telecoms manager, optometrists, chaplains, mortuary staff, energy advisors) showed, each a trait
any occupation's posting can have. The controls keep each word where it is asked for."""

from __future__ import annotations

import pytest
from tests.skills.conftest import at, read, with_tagger

from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.requirements import negated
from credstack.skills.vocabulary import load_vocabulary


def _tagged(text: str, phrases: dict[str, str], kind: TextKind = TextKind.REQUIREMENTS) -> set[str]:
    result = with_tagger(text, phrases, kind)
    return {m for s in [*result.skills, *result.context] for m in s.mentions}


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Must not have a Degree, Level 4 qualification or above", "Level 4 qualification", True),
    ("Must NOT be in any form of formal government-funded education", "government-funded education", True),
    ("You do not need a degree to apply", "degree", True),
    ("No qualifications or experience required", "experience", True),
    ("Applicants mustn't already hold a CSCS card", "CSCS card", True),
    ("A job where you do not have to be able to speak Danish", "Danish", True),
    # controls: asked, or the negation turned back, or an amount
    ("Must have a Degree, Level 4 qualification or above", "Level 4 qualification", False),
    ("You do not need a degree, but a CDL is essential", "CDL", False),
    ("No less than 3 years of Excel required", "Excel", False),
    ("We have no dress code, and you must hold a forklift licence", "forklift licence", False),
    ("No degree needed; SQL is required", "SQL", False),
    ("the candidate should not have spent 12 months abroad the candidate must have a Master degree",
     "Master degree", False),
])
def test_a_negated_requirement_is_told_apart(text, words, expected):
    assert negated(*at(text, words)) is expected


def test_what_the_candidate_must_not_have_is_no_skill(resources):
    posting = ("Apprentice Warehouse Operative\n\nEligibility Criteria:\n\n"
               "- Must not have a Bachelor's Degree or a Level 4 qualification or above\n\n"
               "Requirements:\n\n- 4 GCSEs at Grade C or above including Maths\n- Forklift licence\n")
    skills, context = read(posting, resources)
    assert "Bachelor's Degree" not in skills | context
    assert "GCSE" in skills and "Forklift Certification" in skills


def test_the_taggers_span_in_a_negated_line_is_no_skill():
    text = ("- Must not have a Degree, Level 4 qualification or above\n"
            "- Good knowledge of library cataloguing systems\n")
    mentions = _tagged(text, {"Level 4 qualification": "knowledge", "library cataloguing systems": "knowledge"})
    assert "Level 4 qualification" not in mentions
    assert "library cataloguing systems" in mentions


@pytest.mark.parametrize(("clause", "expected"), [
    ("The department provides specialist neuropathology and forensic neuropathology services to the region.", True),
    ("Established departmental specialties include neuropathology, paediatric and forensic pathology.", True),
    ("Nottingham University Hospital Bereavement Service manages 6,400 deaths a year and performs 2,400 post-mortems including CT Scans.",
     True),
    ("The department also has specialist expertise in Creutzfeldt-Jakob disease.", True),
    # controls: the candidate's work, or a duty to see to what the service does
    ("You will assist with CT scans and neuropathology cases.", False),
    ("Ensure the service provides safe care in line with CQC standards.", False),
    ("The post holder performs CT scans.", False),
])
def test_the_departments_own_services_describe_the_employer(clause, expected):
    from credstack.skills.employer import describes_employer

    assert describes_employer(clause) is expected


def test_the_departments_specialties_are_no_skills(resources):
    posting = ("Mortuary Assistant\n\nThe Bereavement Service manages 6,400 deaths a year and performs 2,400 "
               "post-mortems including CT Scans. The department also provides specialist neuropathology services.\n\n"
               "You will assist in the Post-mortem Room and require computer and keyboard skills.\n")
    skills, context = read(posting, resources)
    assert not {"CT Scan", "Computed Tomography"} & (skills | context), skills | context
    control = ("Radiographer\n\nYou will perform CT Scans and require computer and keyboard skills.\n")
    skills, context = read(control, resources)
    assert {"Computed Tomography", "CT Scan"} & (skills | context), skills | context


def test_the_advantages_of_working_for_the_employer_are_benefits(resources):
    posting = ("Energy Sales Consultant\n\nRequirements\n\n2+ years of field sales experience\n\n"
               "Advantages of working with Acme Power:\n\nCross-sell products/services\n\n"
               "Access to energy management services (LED, HVAC, controls, solar power)\n")
    skills, context = read(posting, resources)
    assert "HVAC" not in skills | context
    control = ("HVAC Technician\n\nRequirements\n\n2+ years of experience\n\n"
               "Advantageous:\n\nHVAC certification\n")
    skills, context = read(control, resources)
    assert any("HVAC" in s for s in skills | context), skills | context


def test_the_firms_services_after_the_candidates_work_stay_asked():
    from credstack.skills.employer import describes_employer

    assert not describes_employer("The position would involve drafting pleadings and motions, as well as legal "
                                  "research, as the Firm delivers top-notch legal services.")


def test_personality_words_are_mentioned_not_skills(resources):
    posting = ("Energy and Asset Coordinator\n\nRequired Skills:\n\n"
               "- Can-do attitude and enthusiasm are necessary\n- Integrity and honesty\n"
               "- Self-starter with a strong work ethic\n"
               # controls: abilities the posting asks by name stay skills
               "- A flexible approach to shifting priorities\n- Customer-focused, with strong attention to detail\n")
    skills, context = read(posting, resources)
    assert not {"Positive Attitude", "Integrity", "Self-Motivation", "Work Ethic"} & (skills | context)
    assert {"Adaptability", "Customer Focus", "Attention to Detail"} <= skills


def test_a_trait_is_kept_as_an_also_mentioned_keyword():
    from credstack.resources import Resources
    from credstack.skills.senses import traits

    posting = "Requirements:\n\n- Can-do attitude and enthusiasm\n- Excellent communication skills\n"
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, posting, "Requirements")], load_vocabulary(),
                            Resources.load(tagger=False).ranker)
    assert not traits() & {s.name for s in result.skills}
    assert "Communication" in {s.name for s in result.skills}
    assert {"Can-do attitude", "enthusiasm"} & {k.phrase for k in result.other_keywords}


@pytest.mark.parametrize(("glued", "lines"), [
    # a heading in capitals glued to a two-letter word
    ("QUALIFICATIONS - EXPERIENCE, EDUCATION AND CERTIFICATIONTo perform this job you must hold a CDL.",
     ["QUALIFICATIONS - EXPERIENCE, EDUCATION AND CERTIFICATION", "To perform this job you must hold a CDL."]),
    # a sentence's full stop after a number, or after a word with the ending "-ies", glued to the next item
    ("Track AIA 2030 and MEP 2040.Assist with Energy Audits.\nInstall sirens and other systems.Modifies "
     "existing equipment.",
     ["Track AIA 2030 and MEP 2040.", "Assist with Energy Audits.", "Install sirens and other systems.",
      "Modifies existing equipment."]),
])
def test_glued_list_items_are_split(glued, lines):
    from credstack.postings.glued import repair_glued

    assert [line for line in repair_glued(glued).splitlines() if line.strip()] == lines


@pytest.mark.parametrize("text", [
    "Configure SCADAs and LIDARs. Use JavaScript, PowerPoint and QuickBooks on an iPhone at McDonald's.",
    "Take VitaminA and TypeB samples. Version 2.0 of the PhD handbook.",
    "Must hold a CDL.Use JavaScript and PowerPoint daily, and QuickBooks.",  # a real glue: names stay whole
])
def test_names_in_camel_case_are_not_split(text):
    from credstack.postings.glued import repair_glued

    out = repair_glued(text)
    for name in ("SCADAs", "LIDARs", "JavaScript", "PowerPoint", "QuickBooks", "iPhone", "McDonald's", "VitaminA",
                 "TypeB", "PhD"):
        if name in text:
            assert name in out, out


def test_a_heading_line_of_heading_words_names_no_skill():
    text = "EDUCATION AND CERTIFICATION\nValid CDL and knowledge of two-way radio systems\n"
    mentions = _tagged(text, {"EDUCATION AND CERTIFICATION": "knowledge", "two-way radio systems": "knowledge",
                              "Certification": "knowledge"})
    assert "EDUCATION AND CERTIFICATION" not in mentions
    assert "two-way radio systems" in mentions


@pytest.mark.parametrize(("text", "first", "fields"), [
    ("A bachelor's degree in engineering, architecture, construction, or related subject is preferred.",
     "engineering", ["architecture", "construction"]),
    ("Bachelor's in Engineering, architecture or Business", "Engineering", ["architecture", "Business"]),
    ("BA/BS in Finance, Business", "Finance", ["Business"]),
    ("Degree in Accounting or Finance preferred.", "Accounting", ["Finance"]),
    ("Degree in Finance and Accounting.", "Finance", ["Accounting"]),
    # controls: the list's end, a sentence going on, a new requirement, a run-on
    ("Degree in Marketing, Communications or a related field", "Marketing", ["Communications"]),
    ("Degree in Accounting, and 3 years of experience", "Accounting", []),
    ("Degree in Finance, and you will manage budgets", "Finance", []),
    ("BS in Nursing and current RN license required", "Nursing", []),
    ("Degree in computer science, Mathematics or correlates.", "computer science", ["Mathematics"]),
    ("Diploma in Business Administration More information and send application\n",
     "Business Administration More information", []),
])
def test_the_fields_after_a_degrees_first(text, first, fields):
    from credstack.skills.requirements import further_degree_fields

    end = text.index(first) + len(first)
    assert [text[a:b] for a, b in further_degree_fields(text, end)] == fields


def test_a_degrees_further_fields_are_its_mentions(resources):
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    posting = ("Energy Coordinator\n\nRequirements:\n\n- A bachelor's degree in engineering, architecture, "
               "construction, or related subject is required.\n- Proficiency in Excel\n")
    result = analyze(parse_posting(posting), resources, recommend=False, rank=False)
    mentions = {m for s in result.skills for m in s.mentions}
    assert {"architecture", "construction"} <= mentions, mentions
    assert "related subject" not in mentions


def test_a_phrase_slashed_to_another_phrase_is_its_own_mention(resources):
    from credstack.skills import find_skills

    def said(text: str) -> set[str]:
        return {m for s in find_skills(text, resources.vocabulary) for m in s.mentions}

    assert "service level agreements" in said("Ensure the service meets service level agreements/contracted outcomes.")
    # controls: a name slashed to a word or to a phrase sharing its words stays one mention
    assert "hand/power tools" in said("Experience working with hand/power tools.")
    assert "Jest/Enzyme" in said("Unit tests in Jest/Enzyme.")


def test_names_these_occupations_ask_for(resources):
    posting = ("Specialist Paramedic\n\nRequirements:\n\n"
               "- Work within the HCPC Standards of Proficiency and the Trust's Standard Operating Procedures\n"
               "- Good standard of literacy and numeracy\n"
               "- Install and repair two-way radios and public address systems\n"
               "- Assist with energy programs such as ENERGY STAR and 179D\n"
               "- Full driving licence with C1 entitlement; blue light driving experience\n"
               "- Proven pastoral experience in learning disability settings\n"
               "- You must be an ordained priest, with two years post-ordination experience\n")
    skills, context = read(posting, resources)
    assert {"HCPC Standards of Proficiency", "Standard Operating Procedures", "Literacy", "Numeracy",
            "Two-Way Radio", "Public Address Systems", "ENERGY STAR", "Section 179D", "C1 Driving Licence",
            "Emergency Response Driving", "Pastoral Care", "Learning Disabilities",
            "Ordained Minister"} <= skills | context, skills | context
    # controls: a longer name keeps its words, a language level is no licence
    skills, context = read("Analyst\n\nRequirements:\n\n- Digital literacy\n- English at C1 level\n", resources)
    assert "Digital Literacy" in skills and "Literacy" not in skills
    assert "C1 Driving Licence" not in skills | context


@pytest.mark.parametrize(("text", "degree", "mention"), [
    ("You will have completed a Cert HE, Dip HE, FdSc or BSc (Hons) in Paramedic Science which will lead to "
     "HCPC registration.", "Foundation Degree", "FdSc or BSc (Hons) in Paramedic Science"),
    ("You will have completed a BSc (Hons) in Paramedic Science.", "Bachelor's Degree",
     "BSc (Hons) in Paramedic Science"),
    # controls: no field shared, or none at all
    ("A BSc and 3 years in Finance are required.", "Bachelor's Degree", "BSc"),
    ("BSc or equivalent experience in Excel required.", "Bachelor's Degree", "BSc"),
    ("A BSc and experience in Excel are required.", "Bachelor's Degree", "BSc"),
])
def test_a_field_shared_by_listed_degrees(text, degree, mention):
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary())
    found = {s.name: s.mentions for s in result.skills}
    assert found.get(degree, [None])[0] == mention, found

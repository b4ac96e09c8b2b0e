"""Matcher rules on multi-line postings: tag lines, capitals of degree initials, cues inside the
match, singular and spelling variants of vocabulary names, and 'What you offer' sections."""

from __future__ import annotations

import pytest

from credstack.analysis import skill_sections
from credstack.postings import parse_posting
from credstack.skills import extract_skills
from credstack.skills.matcher import NormalisedText, matcher_for, singular_forms, spelling_variants
from credstack.skills.model import Skill, SkillKind
from credstack.skills.vocabulary import load_vocabulary


def found(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in matcher_for(load_vocabulary()).find(text):
        out.setdefault(m.skill, m.surface)
    return out


def test_lines_are_counted_in_the_original_text():
    norm = NormalisedText("first line\nsecond  line\n\nfourth")
    assert norm.line_of(norm.text.index("second")) == 1
    assert norm.line_of(norm.text.index("fourth")) == 3


def test_a_tag_line_inside_a_multi_line_posting_needs_no_context():
    text = ("Warehouse team lead\n"
            "You will run the night shift and let's go through the handover together.\n"
            "Stack: TypeScript, React, Go, PostgreSQL\n"
            "Good communication.")
    assert "Go" in found(text)


def test_an_ordinary_line_of_a_multi_line_posting_is_not_a_tag_line():
    text = "Stack\nTypeScript React Node.js\nReady to go above and beyond? Let's go!\n"
    names = [m.skill for m in matcher_for(load_vocabulary()).find(text)]
    assert names.count("Go") == 0


def test_a_month_is_not_a_degree_initial():
    text = "Start date\nMarch 2026 or sooner.\nQualifications\nMArch or BArch from an accredited school."
    got = found(text)
    assert got.get("Master of Architecture") == "MArch"
    assert "march" not in {v.lower() for k, v in got.items() if v == "March"}
    assert "Master of Architecture" not in found("Start date\nMarch 2026 or sooner.\nMarches are fun.")


def test_a_word_or_its_syllable_is_not_a_degree_initial():
    """ "Med-Surg" (medical-surgical nursing) and "bed" are not the MEd / BEd degrees."""
    nursing = found("Requirements\n- 2+ years of Med-Surg experience\n- Bed management on a 30-bed unit")
    assert "Master of Education" not in nursing and "Bachelor of Education" not in nursing
    teaching = found("Requirements\n- MEd or BEd in early childhood education")
    assert teaching.get("Master of Education") == "MEd" and teaching.get("Bachelor of Education") == "BEd"


@pytest.mark.parametrize("text", [
    "Requirements\nFluent English\nGood written communication",
    "Requirements:\n- fluent English and German\n- a driving licence",
])
def test_a_language_cue_inside_the_match_counts(text):
    assert "English" in found(text)


def test_a_bare_language_name_still_needs_context():
    assert "English" not in found("About us\nWe are an English company\nfounded in 1990.")


def test_singular_forms_of_plural_names():
    assert singular_forms("algorithms") == ["algorithm"]
    assert singular_forms("technologies") == ["technology"]
    assert singular_forms("analytics") == []  # mass nouns keep their s
    assert singular_forms("business") == []
    assert found("Skills\nDesign an algorithm for routing\n")["Algorithms"] == "algorithm"


def test_a_singular_alone_on_its_line_is_a_heading():
    text = "Job description\nYou will write each job description for the hiring teams."
    mentions = [m.surface for m in matcher_for(load_vocabulary()).find(text)]
    assert mentions == ["job description"]


def test_a_singular_before_a_colon_is_a_label():
    """Pages flatten their header into one line ("Job description: Compensation: ... Job type:")."""
    text = "Job description: Compensation: 60k Job type: Full-time\nYou will write each job description."
    mentions = [m.surface for m in matcher_for(load_vocabulary()).find(text)]
    assert mentions == ["job description"]
    # inside a line the colon elaborates: "Own the growth roadmap: activation, retention"
    text = "- Own the growth roadmap: activation, retention and referral"
    assert [m.skill for m in matcher_for(load_vocabulary()).find(text)] == ["Product Roadmapping"]


def test_spelling_variants_of_tool_names():
    vocabulary = load_vocabulary()
    assert "KeyVault" in spelling_variants("Key Vault", vocabulary.resolve("Key Vault"))
    assert "Power Point" in spelling_variants("PowerPoint", vocabulary.resolve("PowerPoint"))
    social = Skill("LinkedIn", SkillKind.TOOL, "marketing")
    assert "linked in" not in {v.lower() for v in spelling_variants("LinkedIn", social)}  # "In" is too short
    got = found("Tooling\nSecrets in KeyVault, tests in mocha.js,\nservices on nodejs.")
    assert got.get("Azure Key Vault") == "KeyVault"
    assert got.get("Mocha") == "mocha.js"
    assert got.get("Node.js") == "nodejs"


def test_what_you_offer_is_read_for_skills():
    text = ("Logistics Coordinator\n\nAbout the role\nYou will plan deliveries across the region.\n\n"
            "What you offer\n- A forklift licence\n- Experience with SAP and inventory management\n\n"
            "What we offer\n- A pension and 25 days of holiday\n")
    sections = skill_sections(parse_posting(text))
    offered = [s for s in sections if s.heading == "What you offer"]
    assert offered and offered[0].kind == "requirements"
    names = {s.name for s in extract_skills(sections, load_vocabulary()).skills}
    assert "SAP" in names

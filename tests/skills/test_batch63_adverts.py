"""What batches 63 and 64's real postings (bench/nontech_real.py --split held-occ53 and held-occ54: a hardware design
engineer, a paediatric registrar, a night unit coordinator, a matron, a field organizer, a radiotherapy physicist and
26 more) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import section_kinds, with_tagger

from credstack.postings.model import SectionKind


def _names(text: str, phrases: dict[str, str]) -> set[str]:
    result = with_tagger(text, phrases)
    return {s.name for s in [*result.skills, *result.context]}


def test_top_skills_required_glued_to_its_text_after_the_benefits_heads_the_requirements():
    text = ("Hardware Design Engineer\n\nPay Range: $60/hr\nFeatured Benefits:Medical Insurance, 401(k) and sick leave.\n"
            "TOP SKILLS REQUIRED:Sr. Hardware Engineer designing printed circuit boards. Experience in PCB layout "
            "and FPGA coding.\n")
    kinds = section_kinds(text)
    assert kinds.get("TOP SKILLS REQUIRED") == SectionKind.REQUIREMENTS
    assert kinds.get("Featured Benefits") == SectionKind.BENEFITS  # control: the benefits before it stay benefits
    assert section_kinds("Top Skills\n\n- Python\n").get("Top Skills") == SectionKind.REQUIREMENTS  # control


def test_slashed_initials_before_the_word_naming_them_are_each_their_own():
    text = "Pass the IELTS/OET exam. BLS/ACLS certification. Knowledge of ISO/IEC 27001 and TCP/IP networking."
    got = _names(text, {"IELTS/OET exam": "knowledge", "BLS/ACLS certification": "knowledge",
                        "ISO/IEC 27001": "knowledge", "TCP/IP networking": "knowledge"})
    assert {"IELTS", "OET exam", "Basic Life Support", "Advanced Cardiovascular Life Support"} <= got
    assert not {"IELTS/OET exam", "BLS/ACLS certification"} & got
    assert "ISO/IEC 27001" in got or "ISO 27001" in got  # control: a number after them makes one standard
    assert "TCP/IP" in got or "TCP/IP networking" in got  # control: a two-letter half stays with the other

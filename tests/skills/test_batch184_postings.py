"""What batch 184's real postings (bench/nontech_real.py --split held-occ174: NHS Jobs adverts) showed.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind

GLUED = ("Practice Nurse\n\nAbout The Role\n\nWe are seeking a part time Practice Nurse.\n\nNO AGENCIES PLEASE\n\n"
         "About The CandidateIf you are an experienced Practice Nurse we would love to hear from you. You will have:\n\n"
         "• Current NMC registration with an active PIN;\n\n• Experience of chronic disease management.\n\n"
         "About Us:\n\nWe are a friendly practice.\n")


def test_a_candidate_heading_glued_to_its_text_heads_the_requirements(resources):
    """A GP practice's 'About The CandidateIf you are ...' under a 'NO AGENCIES PLEASE' line: the heading was
    never found, so the legal notice's section swallowed every requirement."""
    sections = parse_posting(GLUED).sections
    asked = next(s for s in sections if "NMC registration" in s.text)
    assert asked.heading == "About The Candidate" and asked.kind == SectionKind.REQUIREMENTS, sections
    assert "NMC Registration" in found(GLUED, resources)


def test_candidate_words_in_a_sentence_stay():
    """Control: 'candidate' in running text stays where it is, also in a posting with glued words elsewhere."""
    text = parse_posting("Sales Executive\n\nThis role would suit a candidate looking to progress. Our Candidate "
                         "Experience team will call you.RequirementsExcel\n").description
    assert "a candidate looking to progress. Our Candidate Experience team will call you." in text, text


def test_the_fields_of_specialists_the_post_works_with_are_no_ask(resources):
    """A quality manager 'working closely with the Trust's specialists in chemotherapy, radiotherapy, and stem
    cell transplantation' read three clinical specialisms as asked."""
    got = found("Quality Assurance Manager\n\nYou will preferably have experience of auditing to ISO 9001 "
                "requirements. You will be working closely with the Trust’s specialists in chemotherapy, radiotherapy, "
                "and stem cell transplantation to ensure the trust maintains these standards.\n", resources)
    assert not {"Chemotherapy", "Radiation Therapy", "Radiotherapy"} & got, got
    assert "ISO 9001" in got, got


def test_intermediate_life_support_is_the_ils_course(resources):
    got = found("Cardiac Physiologist\n\nEssential\n\n• Intermediate Life Support\n• HCPC registration\n", resources)
    assert "Immediate Life Support" in got, got


def test_the_independence_of_service_users_is_no_soft_skill(resources):
    """A speech and language therapist 'promoting functional communication systems and optimal independence' of
    adults with learning disabilities, 'their independence supported': the clients', not the therapist's."""
    got = found("Speech and Language Therapist\n\nYou will apply your therapeutic skills with the aim of promoting "
                "functional communication and optimal independence, while ensuring their independence is "
                "supported.\n", resources)
    assert "Independence" not in got, got
    got = found("Support Worker\n\nRequirements\n\n- Able to work with a high degree of independence\n", resources)
    assert "Independence" in got, got

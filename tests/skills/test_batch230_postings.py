"""What batches 230 and 231's real postings (bench/nontech_real.py --split held-occ220 and held-occ221: NHS Jobs
adverts, UK Adzuna health and social care adverts) and the supervision the earlier batches' postings give showed.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind
from credstack.skills.linking import clean_bounds


def test_supervision_the_job_receives_is_no_people_management(resources):
    """'experiment with new strategies under the marketing manager's supervision', 'This will be through regular
    supervision', 'work autonomously with minimum medical supervision': received, not given; 'responsible for the
    supervision of staff' gives it."""
    for duty in ("Experiment with new strategies under the marketing manager's supervision.",
                 "Develop your skills in the area. This will be through regular supervision and study sessions.",
                 "You must be able to work autonomously with minimum medical supervision."):
        got = found(f"Practitioner\n\nDuties\n\n- {duty}\n", resources)
        assert "People Management" not in got, (duty, got)
    got = found("Practitioner\n\nDuties\n\n- You will be responsible for the supervision of staff.\n", resources)
    assert "People Management" in got, got


def test_a_licence_the_employer_recruits_by_name_is_asked_and_one_worked_alongside_is_not(resources):
    """'We are recruiting a Registered Nurse to join our team' in the advert's opening words: the licence the job
    needs; 'You will work alongside the Registered Nurse on shift' (a healthcare assistant): a colleague's."""
    got = found("Staff Nurse\n\nWe are recruiting a Registered Nurse to join our team on the medical wards.\n", resources)
    assert "Registered Nurse" in got, got
    got = found("Healthcare Assistant\n\nDuties\n\n- You will work alongside the Registered Nurse on shift.\n"
                "- Assist patients with personal care\n", resources)
    assert "Registered Nurse" not in got, got


def test_what_the_employer_will_support_the_post_holder_to_complete_is_offered(resources):
    """'These applicants will be supported to complete the Masters Level IBMS Higher Specialist Diploma in Leadership &
    Management': offered, not asked; 'You must hold a diploma in leadership' asks."""
    got = found("Biomedical Scientist\n\nThe role\n\nYou will lead the histology section. These applicants will be "
                "supported to complete the Masters Level IBMS Higher Specialist Diploma in Leadership & Management.\n",
                resources)
    assert "Leadership" not in got, got
    got = found("Home Care Assistant\n\nThe role\n\nYou will be supported to complete your NVQ Level 3 in Health and "
                "Social Care.\n", resources)
    assert "NVQ" not in got, got
    got = found("Home Care Assistant\n\nRequirements\n\n- You must have NVQ Level 3 in Health and Social Care.\n",
                resources)
    assert "NVQ" in got, got


def test_we_are_particularly_looking_for_heads_the_asks():
    """'We are particularly looking for:' over a list of theatre specialities heads the posting's requirements, as
    'We are looking for' does."""
    posting = parse_posting("Operating Department Practitioner\n\nThis is an opportunity to start your career in "
                            "theatres.\n\nWe are particularly looking for:\n\nNeuro Scrub & Ophthalmology Scrub\n\n"
                            "Cardiac Cath Lab\n\nGeneral Surgery Scrub\n")
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds.get("We are particularly looking for") == SectionKind.REQUIREMENTS, kinds


def test_the_cath_lab_and_the_6cs_are_known(resources):
    """'Cardiac Cath Lab', 'cardiac catheter lab' (a theatre practitioner's specialities) and 'the vision of
    Compassion in Practice and the 6C's' (a staff nurse's values framework) are skills the vocabulary knows."""
    said = mentions("Theatre Practitioner\n\nRequirements\n\n- Experience in the Cardiac Cath Lab is essential.\n"
                    "- Care which embraces the vision of Compassion in Practice and the 6C's.\n", resources)
    assert said.get("Cardiac Catheterization") == ["Cardiac Cath Lab"], said
    assert said.get("6Cs of Nursing") == ["Compassion in Practice", "6C's"], said


def test_a_tagger_span_stops_before_a_duty_run_on_into_it():
    """'Financial Management Ensures clinical budget is utilised efficiently' (a one-line advert's heading run into
    its item): the span is 'Financial Management'; 'Individual Service Plan according to Sunrise policy': the
    plan, without 'according'. A capitalised name's own word stays ('Risk Management Policies')."""
    from credstack.skills import _before_a_run_on_duty

    text = "Financial Management Ensures clinical budget is utilised efficiently."
    assert text[:_before_a_run_on_duty(text, 0, len("Financial Management Ensures clinical"))] == "Financial Management"
    text = "Risk Management Policies and procedures"
    assert _before_a_run_on_duty(text, 0, len("Risk Management Policies")) == len("Risk Management Policies")
    text = "ensures resident has current Individual Service Plan according to policy"
    start = text.index("Individual")
    s, e = clean_bounds(text, start, start + len("Individual Service Plan according"))
    assert text[s:e] == "Individual Service Plan"

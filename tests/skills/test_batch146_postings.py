"""What batches 146 and 147's real postings (bench/nontech_real.py --split held-occ136, held-occ137: LinkedIn postings
of 2023-24 and NHS adverts) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import analyzed, found, section_kinds
from tests.skills.conftest import tagged_names as _names

from credstack.postings.sections import classify
from credstack.skills import TextKind


def test_systems_asked_as_an_advantage_stay_asked_when_training_is_offered_otherwise():
    """A booking clerk's advert: 'Knowledge of the hospital booking systems, PAS, Sunquest Ice and CRIS would be an
    advantage but if not training will be provided.': the training offered made the whole sentence the employer's
    own description, and the span tagger's systems were all dropped."""
    systems = {"Sunquest Ice": "knowledge", "CRIS": "knowledge"}
    asked = "Knowledge of Sunquest Ice and CRIS would be an advantage but if not training will be provided.\n"
    assert {"Sunquest Ice", "CRIS"} <= _names(asked, systems, TextKind.OTHER)
    offered = "Full training will be provided, and the team books on Sunquest Ice and CRIS every day.\n"
    assert not {"Sunquest Ice", "CRIS"} & _names(offered, systems, TextKind.OTHER)


def test_a_letter_in_a_series_of_letters_is_no_programming_language():
    """A dietetic team leader's advert: 'student dietitians undertaking A, B and C placements' gave the C language."""
    placements = ("Dietetic Team Leader\n\nRequirements\n\n- Registered dietitian\n- Experience of data and IT "
                  "systems\n- Supervise student dietitians undertaking A, B and C placements\n")
    assert "C" not in analyzed(placements)
    language = ("Embedded Developer\n\nRequirements\n\n- Programming in Python, Java and C\n- Software testing\n")
    assert "C" in analyzed(language)


def test_what_you_will_benefit_from_is_offered_and_aims_head_the_duties():
    """A practice pharmacist's advert listed under 'You will benefit from:' a development programme, an
    independent prescribing qualification and collaborative work, read as duties asked; its 'Aims:' and
    'Objectives:' that follow are the post's duties."""
    assert classify("You will benefit from:") == "benefits"
    assert classify("In return you will benefit from") == "benefits"
    assert classify("Aims") == "responsibilities"
    assert classify("Key objectives") == "responsibilities"
    assert classify("Our objectives") != "responsibilities"
    posting = ("Clinical Pharmacist\n\nAn excellent opportunity to develop in general practice.\n\nYou will benefit "
               "from:\n\n• A development programme\n• Independent prescribing qualification\n\nAims:\n\nTo conduct "
               "medication reviews and support patients in primary care.\n")
    kinds = section_kinds(posting)
    assert [str(kinds[h]) for h in kinds if h] == ["benefits", "responsibilities"]
    found = analyzed(posting)
    assert "Non-Medical Prescribing" not in found and "Primary Care" in found


def test_an_award_the_team_was_shortlisted_for_is_no_skill_and_an_award_held_is():
    """A wheelchair therapist's advert: 'a high performing team ..., which is finalist at HSJ Patient Safety Awards
    2020' gave Patient Safety as a skill asked. A 'Registered Managers Award' asked is a qualification."""
    shortlisted = ("Wheelchair Therapist\n\nAbout the role\n\nYou will be working alongside a team of therapists, "
                   "which is finalist at HSJ Patient Safety Awards 2020. You will assess clients for wheelchairs.\n")
    assert "Quality Improvement in Healthcare" not in analyzed(shortlisted)
    asked = ("Wheelchair Therapist\n\nRequirements\n\n- A commitment to patient safety\n- Assessing clients for "
             "wheelchairs\n")
    assert "Quality Improvement in Healthcare" in analyzed(asked)


def test_what_we_require_of_the_candidate_is_asked_beside_headed_sections():
    """A vocational assessor's advert: 'We require an occupationally competent practitioner, either first level
    Nurse Registration or a minimum of NVQ Level 3 in Health & Social Care' stood outside its headed sections, where
    only a candidate's ask keeps what the span tagger reads."""
    from credstack.skills.requirements import asks_the_candidate

    assert asks_the_candidate("We require pharmacists with good clinical knowledge")
    assert not asks_the_candidate("We are a group of GP practices in Bath")


def test_a_firms_practice_areas_are_its_own_and_areas_asked_are_skills(resources):
    """A law firm's summer clerkship: 'With practice areas including commercial and residential real estate, estate
    planning, probate, litigation, zoning, corporate, bankruptcy, and local prosecution, you are sure to find your
    niche!' listed the firm's work as five skills asked of a law student."""
    firm = ("Summer Law Clerk\n\nCastle Law is hiring two law clerks. With practice areas including estate planning, "
            "probate and litigation, you are sure to find your niche! Requirements:\n• Rising 2L or 3L\n")
    assert not {"Personal Financial Planning", "Probate", "Litigation"} & found(firm, resources)
    asked = ("Paralegal\n\nRequirements:\n• Experience in estate planning, probate and litigation\n")
    assert {"Personal Financial Planning", "Probate", "Litigation"} <= found(asked, resources)

"""What batches 258 and 259's real postings (bench/nontech_real.py --split held-occ248, held-occ249: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, section_kinds


def test_a_literacy_and_numeracy_assessment_for_the_shortlisted_is_the_hiring_process(resources):
    """'If shortlisted, you will be required to take a Literacy & Numeracy assessment' (a bank phlebotomist's
    advert): a selection test, no skill asked, though 'required'; 'Good literacy and numeracy skills' asks."""
    got = found("Phlebotomist\n\nIf shortlisted, you will be required to take a Literacy & Numeracy assessment, date to "
                "be confirmed.\n", resources)
    assert not {"Literacy", "Numeracy"} & got, got
    got = found("Care Assistant\n\nRequirements\n- Good literacy and numeracy skills\n", resources)
    assert {"Literacy", "Numeracy"} <= got, got


def test_a_letters_plural_or_a_c_arm_is_no_c(resources):
    """'Our nursing teams are focussed on the six C's' (a staff nurse's advert), 'T's & C's apply', 'a flat plate
    C arm': no C language; 'Experience in C and C++' names it."""
    got = found("Developer\n\nRequirements\n- Experience in C and C++\n", resources)
    assert "C" in got, got
    got = found("Software Nurse\n\nRequirements\n- Experience in C++\n- Our teams are focussed on the six C\u2019s "
                "(T's & C's apply)\n- Siemens flat plate C arm and C-arm\n", resources)
    assert "C" not in got, got


def test_the_development_a_post_gives_and_what_patients_are_offered_are_the_employers(resources):
    """'The successful candidate will undertake the following development opportunities:' (a trainee paramedic's
    advert), 'Patients are offered a comprehensive menu of support and interventions:' (an early intervention
    team's): lists of what the employer gives, no ask; a list of what the candidate needs stays asked."""
    kinds = section_kinds("Paramedic\n\nThis opportunity involves completing a 2-year training programme. The "
                          "successful candidate will undertake the following development opportunities:\n\n- "
                          "Collaborative working partnerships\n- Emergency Care rotations\n")
    assert any("development opportunities" in h and k.value == "benefits" for h, k in kinds.items()), kinds
    kinds = section_kinds("Care Coordinator\n\nAfter an assessment, Patients are offered a comprehensive menu of "
                          "support and interventions:\n\n- Cognitive Behaviour Therapy\n- Family interventions\n")
    assert any("Patients are offered" in h and k.value == "benefits" for h, k in kinds.items()), kinds
    got = found("Care Coordinator\n\nAfter an assessment, Patients are offered a comprehensive menu of support and "
                "interventions:\n\n- Cognitive Behaviour Therapy\n- Family interventions\n", resources)
    assert "Cognitive Behavioral Therapy" not in got, got
    got = found("Therapist\n\nYou will need the following skills:\n\n- Cognitive Behaviour Therapy\n", resources)
    assert "Cognitive Behavioral Therapy" in got, got

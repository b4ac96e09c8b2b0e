"""What batches 232, 233, 234 and 236's real postings (bench/nontech_real.py --split held-occ222, held-occ223,
held-occ224 and held-occ226: NHS Jobs adverts, UK Adzuna health and social care adverts) showed. Synthetic postings,
with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions

from credstack.skills.linking import clean_bounds
from credstack.skills.requirements import names_colleagues


def test_the_professions_an_mdt_includes_are_colleagues():
    """'work as part of the wider disciplinary MDT which include Nurses, Physiotherapist, Occupational Therapist,
    Speech and Language Therapists and a consultant Psychiatrist' (a clinical psychologist's advert): the team's
    professions, however long the list; 'join the team, including weekend work, and must hold a degree in
    psychology' asks, the list's reach stopping at what the candidate must do."""
    text = ("You will work as part of the wider disciplinary MDT which include Nurses, Physiotherapist, Occupational "
            "Therapist, Speech and Language Therapists and a consultant Psychiatrist.")
    for name in ("Occupational Therapist", "Speech and Language Therapists", "Psychiatrist"):
        start = text.index(name)
        assert names_colleagues(text, start, start + len(name)), name
    text = "You will join the team, including weekend work, and must hold a degree in psychology"
    start = text.index("psychology")
    assert not names_colleagues(text, start, start + len("psychology"))


def test_a_line_asking_to_follow_the_team_on_social_media_asks_nothing(resources):
    """'Follow Team Peri-Op on Twitter @peri_team to find out more about us!' (a scrub nurse's advert): no Twitter
    skill; 'experience running our Twitter account' asks it."""
    got = found("Scrub Nurse\n\nThe role\n\nYou will join our theatre team. Follow Team Peri-Op on Twitter @peri_team to "
                "find out more about us!\n", resources)
    assert "X (Twitter)" not in got, got
    got = found("Staff Nurse\n\nThe role\n\nWe welcome you to arrange a visit alongside your application or even give "
                "us a follow on our Twitter page: @LGH_Team\n", resources)  # batch 234's staff nurse advert
    assert "X (Twitter)" not in got, got
    got = found("Social Media Officer\n\nRequirements\n\n- Experience running a Twitter account\n", resources)
    assert "X (Twitter)" in got, got


def test_surgical_specialities_and_the_tender_process_are_known(resources):
    """'the clinical leads for the neurosurgery and neuro rehabilitation pathway' (a dietitian), 'orthopedic surgery',
    'cardiac surgery' (a recovery nurse's specialities), 'Experience of the tender process' (a procurement project
    manager): skills the vocabulary knows."""
    said = mentions("Recovery Nurse\n\nRequirements\n\n- Experience in neurosurgery, orthopedic surgery or cardiac "
                    "surgery\n- Experience of the tender process\n", resources)
    assert said.get("Neurosurgery") == ["neurosurgery"], said
    assert said.get("Orthopedics") == ["orthopedic surgery"], said
    assert said.get("Cardiothoracic Surgery") == ["cardiac surgery"], said
    assert said.get("Tender Evaluation") == ["tender process"], said


def test_a_span_drops_a_participle_trailing_after_its_name():
    """'student placements undertaken', 'practice standards existing' (one-line adverts): the name without the
    participle the sentence goes on with."""
    for text, name in (("Evidence of student placements undertaken in a children's team", "student placements"),
                       ("Develop practice standards existing across the home", "practice standards")):
        start = text.index(name)
        end = start + len(name) + 1 + len(text[start + len(name) + 1:].split()[0])
        s, e = clean_bounds(text, start, end)
        assert text[s:e] == name, text[s:e]


def test_the_colleagues_the_post_works_alongside_and_a_team_of_named_professions(resources):
    """'working alongside your Physiotherapy and Nursing colleagues', 'a full multidisciplinary team of
    Physiotherapists, Occupational Therapists, Nurses and Assistants' (an occupational therapist, batch 236): the
    colleagues' fields; 'oversee a team of technicians, develop bird control strategies, design bird exclusion
    systems' goes on to the duties, which stay asked."""
    text = "As a Band 6 Occupational Therapist, you will be working alongside your Physiotherapy and Nursing colleagues."
    for name in ("Physiotherapy", "Nursing"):
        start = text.index(name)
        assert names_colleagues(text, start, start + len(name)), name
    text = ("You will be working with a full multidisciplinary team of Physiotherapists, Occupational Therapists, Nurses "
            "and Assistants, to provide high quality rehabilitation.")
    start = text.index("Occupational Therapists")
    assert names_colleagues(text, start, start + len("Occupational Therapists"))
    text = "This manager will oversee a team of technicians, develop bird control strategies, design bird exclusion systems."
    start = text.index("bird exclusion")
    assert not names_colleagues(text, start, start + len("bird exclusion systems"))


def test_a_virtual_learning_environment_is_a_learning_management_system(resources):
    """'a high quality curriculum within a Virtual Learning Environment (VLE)', 'navigating VLEs' (a matron for
    education, batch 236)."""
    said = mentions("Matron for Education\n\nRequirements\n\n- Experience of developing a curriculum within a Virtual "
                    "Learning Environment\n- Experienced in navigating VLEs\n", resources)
    assert said.get("Learning Management Systems") == ["Virtual Learning Environment", "VLEs"], said

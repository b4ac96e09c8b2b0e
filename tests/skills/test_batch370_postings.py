"""What batches 370 to 377's real postings (bench/nontech_real.py --split held-occ360 to held-occ367: NHS Jobs
adverts) showed of skills. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions


def _names(resources, text: str) -> set[str]:
    """The skills the vocabulary's matcher finds in ``text``."""
    return {m.skill for m in resources.vocabulary.matcher.find(text)}


def test_a_prefix_written_apart_with_a_hyphen_is_the_same_word(resources):
    """'specialist work in the musculo-skeletal (MSK) area' (a civilian physiotherapist advert): the prefix that pages
    glue or hyphen ("peri-operative") also opens musculo-skeletal, neuro-developmental and psycho-social words."""
    assert "Musculoskeletal Care" in _names(resources, "Specialist work in the musculo-skeletal area.")
    assert "Musculoskeletal Care" in _names(resources, "Specialist work in the musculoskeletal area.")


def test_a_fellow_of_a_royal_college_holds_its_fellowship(resources):
    """'Fellow of the Royal College of Pathologists' (a consultant biochemist advert) and 'member of the Royal College
    of Psychiatrists' (a consultant psychiatrist advert): the vocabulary names the grade ("Fellowship of ...",
    "Membership of ..."), the adverts the person who holds it."""
    text = "Consultant\n\nEssential:\n\n- Fellow of the Royal College of Pathologists\n"
    assert "FRCPath" in found(text, resources)
    assert "MRCPsych" in found("Consultant\n\nYou will be a member of the Royal College of Psychiatrists.\n", resources)


def test_a_member_of_a_team_holds_no_credential(resources):
    """Control: 'a member of the team' and 'a Fellow of the Trust's programme' name no professional body."""
    got = found("Nurse\n\nYou will be a member of the team and a Fellow of the Trust's programme.\n", resources)
    assert not any("Royal College" in name or "Membership" in name for name in got), got


def test_the_physiotherapy_society_membership_is_a_credential(resources):
    """'Member of the Chartered Society of Physiotherapists (MCSP)' (a civilian physiotherapist advert): a
    physiotherapist's professional membership, asked beside the HCPC registration."""
    for line in ("Member of the Chartered Society of Physiotherapists (MCSP)", "MCSP",
                 "Membership of the Chartered Society of Physiotherapy"):
        got = found(f"Physiotherapist\n\nEssential:\n\n- HCPC registration\n- {line}\n", resources)
        assert "Chartered Society of Physiotherapy Membership" in got, (line, got)
        assert "HCPC Registration" in got, (line, got)


def test_how_the_vacancy_writes_to_applicants_asks_nothing(resources):
    """'Please be aware that all communications about this vacancy will be received to you via email' under the duties
    (a dermatology nurse advert): how the recruiting is done, no skill; the duties above it still ask."""
    text = ("Dermatology Nurse\n\nWhat are the key responsibilities?\n\n• Perform minor operations\n\n"
            "• Excellent communication skills\n\nPlease be aware that all communications about this vacancy will be "
            "received to you via email.\n")
    got = mentions(text, resources)
    assert not any("communications" in m for ms in got.values() for m in ms), got
    assert any("communication skills" in m for ms in got.values() for m in ms), got

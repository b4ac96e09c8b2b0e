"""What batches 262 and 263's real postings (bench/nontech_real.py --split held-occ252, held-occ253: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, section_kinds


def test_what_the_colleagues_are_trained_in_is_no_ask(resources):
    """'will work alongside therapists trained in a range of therapies including systemic and couple therapies,
    EMDR, CBT' (a mindfulness therapist's advert): the colleagues' methods; the candidate's own training asks."""
    got = found("Mindfulness Therapist\n\nThe post holder will work alongside therapists trained in a range of "
                "therapies including EMDR and CBT.\n", resources)
    assert not {"Eye Movement Desensitization and Reprocessing", "Cognitive Behavioral Therapy"} & got, got
    got = found("Therapist\n\nRequirements\n- Trained in CBT and EMDR\n", resources)
    assert {"Eye Movement Desensitization and Reprocessing", "Cognitive Behavioral Therapy"} <= got, got


def test_the_conditions_a_team_serves_listed_after_its_lead_in_are_the_employers(resources):
    """'You would join an established ... team of staff ..., who provide a quality service to adults ... who have a
    range of health conditions across spectrums including:' over a list (a learning disability physiotherapist's
    advert): the team's caseload, no ask; a list the candidate must know stays asked."""
    text = ("Physiotherapist\n\nYou would join an established team of staff from Band 7 through to 3, who provide a "
            "quality service to adults who have a range of health conditions across spectrums including:\n\n"
            "- Orthopaedics/rehabilitation\n- Chronic Respiratory\n")
    assert any(k.value == "benefits" and "who provide" in h for h, k in section_kinds(text).items())
    got = found("Physiotherapist\n\nYou will need knowledge of conditions including:\n\n- Orthopaedics\n", resources)
    assert "Orthopedics" in got or "Orthopaedics" in got, got

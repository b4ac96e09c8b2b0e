"""What batches 272 and 273's real postings (bench/nontech_real.py --split held-occ262, held-occ263: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_what_the_starters_development_is_supported_through_is_given(resources):
    """'there is a clear focus on support and professional development of our nurses. This is supported through
    mentorship, supervision, training, teaching sessions and access to inpatient development days' (a mental health
    practitioner's advert): given; teaching asked of the post holder stays."""
    got = found("Mental Health Practitioner\n\nRequirements\n- NMC registration.\n\nThere is a clear focus on support "
                "and professional development of our nurses. This is supported through mentorship, supervision, "
                "training, teaching sessions and access to inpatient development days.\n", resources)
    assert not {"Mentoring", "People Management", "Teaching"} & got, got
    got = found("Mental Health Practitioner\n\nRequirements\n- Experience of teaching and mentorship of students.\n",
                resources)
    assert {"Mentoring", "Teaching"} <= got, got

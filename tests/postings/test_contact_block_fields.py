"""Synthetic fixtures for NHS-style contact blocks (batch 25, a medical secretary's advert): the
"Name:", "Job title:" and "Email address:" lines after "For further details / informal visits
contact:" are the contact's, so the contact's job title ("Medical Secretary Supervisor") is neither
the posting's title nor a skill. The control: a "Job title:" label at the top is the posting's."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

CONTACT = ("Medical Secretary\n\nRequirements\n- Audio typing and medical terminology\n\n{lead}\n\n"
           "Name:Jane Davis\n\nJob title:Medical Secretary Supervisor\n\nEmail address:jane.davis17@nhs.net\n")


@pytest.mark.parametrize("lead", ["For further details / informal visits contact:", "Contact details",
                                  "For more information please contact:"])
def test_the_contacts_job_title_is_not_the_postings(lead):
    assert parse_posting(CONTACT.format(lead=lead)).title == "Medical Secretary"


def test_a_job_title_label_at_the_top_is_the_postings_title():
    posting = parse_posting("Job title: Staff Nurse\nLocation: Leeds\n\nRequirements\n- NMC registration\n")
    assert posting.title == "Staff Nurse" and posting.location == "Leeds"

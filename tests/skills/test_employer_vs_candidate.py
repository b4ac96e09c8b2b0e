"""Synthetic fixtures for telling the employer's own words from what is asked of the candidate,
where the two share a paragraph or a sentence (seen in the twelfth and ninth batches of real
postings: a private practice's letter, an energy consultancy's blurb). The controls keep each
word where it is asked for, and leave a blurb alone."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.analysis import without_field_labels
from credstack.skills.employer import describes_employer


def test_an_ask_on_a_contact_line_stays():
    line = ("We have also joined a new insurance panel. Experience in EMDR is also a plus! "
            "Please send a brief cover letter and CV to jobs@example.com if interested.")
    kept = without_field_labels(line)
    assert "EMDR" in kept and "jobs@example.com" not in kept


def test_a_contact_line_alone_still_goes():
    assert without_field_labels("Please send your CV to jobs@example.com or call 0113 496 0000.").strip() == ""
    # a contact line whose other sentences ask nothing of the candidate goes whole
    assert without_field_labels("Our clinic offers EMDR and counselling. Write to jobs@example.com "
                                "with any questions!").strip() == ""


def test_what_a_letter_ending_in_the_contact_asks_is_read(resources):
    posting = ("Counselling Psychologist\n\n"
               "We are seeking a psychologist to join our practice. We recently credentialed with a new insurance "
               "carrier. Interest and/or experience in somatic based psychotherapy, internal family systems or "
               "EMDR is also a plus! Please send a brief cover letter and CV to jobs@example.com if interested.\n\n"
               "Requirements\n\n- Completion of a doctoral program\n")
    skills, context = read(posting, resources)
    assert {"Eye Movement Desensitization and Reprocessing", "Internal Family Systems"} <= skills | context, skills


@pytest.mark.parametrize(("clause", "expected"), [
    ("Acme Power & Verde Solutions present a unique consultant experience by providing all-inclusive energy "
     "management plans addressing energy supply procurement", True),
    ("Harbor Analytics helps hospitals by providing staffing forecasts", True),
    ("In addition to treatment, the practice offers psychological assessments for bariatric surgeries", True),
    ("Our practice offers psychological assessments", True),
    # controls: the candidate's work, said to them or as a duty
    ("You will provide energy management plans", False),
    ("Provide energy management plans to commercial clients", False),
    ("Support clients by providing energy management plans", False),
    ("Please support clients by providing energy management plans", False),
    ("In addition to treatment, you will offer psychological assessments", False),
])
def test_the_employers_own_services_describe_the_employer(clause, expected):
    assert describes_employer(clause) is expected


def test_services_after_the_employers_name_are_no_skills(resources):
    posting = ("Energy Sales Consultant\n\n"
               "Acme Power & Verde Solutions present a unique consultant experience by providing all-inclusive "
               "energy management plans for commercial businesses addressing energy supply procurement.\n\n"
               "Requirements\n\n- 2+ years of field sales experience\n")
    skills, context = read(posting, resources)
    assert not {"Energy Management", "Procurement"} & (skills | context), skills | context
    control = ("Energy Advisor\n\nResponsibilities\n\n- You will provide energy management plans and support "
               "energy supply procurement for commercial clients\n")
    skills, context = read(control, resources)
    assert {"Energy Management", "Procurement"} <= skills | context, skills | context


def test_the_practices_own_assessments_are_no_skills(resources):
    posting = ("Psychologist\n\nRole Description\n\n- Use evidence based interventions to treat adults\n"
               "- In addition to treatment, the practice offers psychological assessments, if this is of interest\n")
    skills, context = read(posting, resources)
    assert "Psychological Assessment" not in skills | context, skills | context
    control = ("Psychologist\n\nRole Description\n\n- Use evidence based interventions to treat adults\n"
               "- Carry out psychological assessments\n")
    skills, context = read(control, resources)
    assert "Psychological Assessment" in skills | context, skills | context


def test_an_ask_after_the_employers_introduction_is_read(resources):
    posting = ("Psychologist\n\nWe are a small private practice in Leeds offering counselling. Our ideal candidate "
               "has knowledge of EMDR and internal family systems.\n")
    skills, context = read(posting, resources)
    assert {"Eye Movement Desensitization and Reprocessing", "Internal Family Systems"} <= skills | context, skills


def test_an_ask_said_to_the_reader_in_the_employers_sentence_is_read(resources):
    skills, context = read("Psychologist\n\nWe are a small private practice in Leeds, and you have knowledge "
                           "of EMDR.\n", resources)
    assert "Eye Movement Desensitization and Reprocessing" in skills | context, skills


def test_the_employers_own_blurb_still_names_nothing(resources):
    skills, context = read("Psychologist\n\nWe are a small private practice in Leeds offering EMDR and "
                           "counselling.\n", resources)
    assert not skills | context, skills | context
    skills, context = read("Data Analyst\n\nAcme Data is a fast-growing firm. We have many years of experience "
                           "in data protection.\n", resources)
    assert "Data Privacy" not in skills | context, skills | context


def test_staff_providing_a_service_do_the_work(resources):
    posting = ("Care Assistant\n\nResponsibilities\n\n- Support Workers help residents by providing personal care "
               "and medication administration\n- Keep records\n")
    skills, context = read(posting, resources)
    assert "Medication Administration" in skills | context, skills | context

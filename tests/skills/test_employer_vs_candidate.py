"""Synthetic fixtures for telling the employer's own words from what is asked of the candidate,
where the two share a paragraph or a sentence (seen in the twelfth and ninth batches of real
postings: a private practice's letter, an energy consultancy's blurb). The controls keep each
word where it is asked for, and leave a blurb alone."""

from __future__ import annotations

from tests.skills.conftest import read

from credstack.analysis import without_field_labels


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

"""Synthetic fixtures for pasted text hard-wrapped at a fixed width (an e-mail, a fixed-width page):
a line that breaks off after a word no sentence ends on ("Our practices use the") goes on in the next
line, so the sentence is one paragraph again, and what it says of the employer is read as one
clause. Controls: a short heading ending on a preposition or a verb ("What we're looking for",
"Who we are") stays a heading, a blank line or a list item after such a line starts anew, and a
line ending on a full word is left as it is."""

from __future__ import annotations

from credstack.postings import parse_posting
from credstack.postings.text import text_blocks

WRAPPED = ("IT Help Desk Technician\n\n"
           "Harbor Dental Group supports 60 dental offices across the state. Our practices use the\n"
           "Harbor Smile patient portal and Dentrix for scheduling.\n\n"
           "Requirements:\n"
           "- 1+ year of help desk experience with Windows and Active Directory\n"
           "- Excellent customer service and patience with non-technical users\n")


def test_a_sentence_wrapped_after_the_is_one_paragraph():
    texts = [b.text for b in text_blocks(WRAPPED)]
    assert ("Harbor Dental Group supports 60 dental offices across the state. Our practices use the "
            "Harbor Smile patient portal and Dentrix for scheduling.") in texts


def test_a_wrapped_list_item_goes_on_in_its_item():
    blocks = text_blocks("Duties:\n- Answer calls, chats and tickets in ServiceNow and escalate them to the\n"
                         "  second line when needed\n- Reset passwords\n")
    assert [(b.tag, b.text) for b in blocks[1:]] == [
        ("li", "Answer calls, chats and tickets in ServiceNow and escalate them to the second line when needed"),
        ("li", "Reset passwords")]


def test_short_headings_ending_on_a_preposition_or_a_verb_stay_headings():
    text = ("Data Analyst\n\nWhat we're looking for\nThree years of SQL and Python in a reporting team\n\n"
            "Who we are\nA regional grocer with 40 stores\n")
    headings = [s.heading for s in parse_posting(text).sections]
    assert "What we're looking for" in headings and "Who we are" in headings


def test_a_blank_line_a_list_item_or_a_full_word_end_starts_a_new_block():
    text = ("We are a family-run removals company based in Leeds, serving the whole of the\n\n"
            "North of England since 1982.\n"
            "Our drivers hold a Category C licence and a current Driver CPC card and\n"
            "- Manual handling certificate\n"
            "You will plan routes with our transport manager every single morning\n"
            "and load the vans before eight.\n")
    texts = [b.text for b in text_blocks(text)]
    assert texts == ["We are a family-run removals company based in Leeds, serving the whole of the",
                     "North of England since 1982.",
                     "Our drivers hold a Category C licence and a current Driver CPC card and",
                     "Manual handling certificate",
                     "You will plan routes with our transport manager every single morning",
                     "and load the vans before eight."]

"""Text that made one of the reader's patterns backtrack for minutes: a pattern cannot be stopped part way, so the
analysis's time budget could not answer for it and a single posting held a server worker. Each test reads the text
and checks what is read; none of them times anything (on a pattern that backtracks again, the test does not end).
Synthetic postings, each with the trait a regex audit found: long runs of short words a pattern's repeated group
could divide in many ways."""

from __future__ import annotations

from tests.skills.conftest import found, tagged_names

from credstack.postings import parse_posting
from credstack.postings.facts import find_location
from credstack.skills.linking import clean_bounds


def test_an_all_capitals_line_after_a_state_code_is_read():
    """A state's code the tagger marks before a licence names the licence's state ('CA CNA license'); the pattern
    that looks for the licence after it read a run of short capitalised words as more codes, in every grouping,
    before failing."""
    text = ("MUST HOLD A CURRENT NY RN AND BLS AND BE ABLE TO WORK ANY DAY OR ANY DAY AT ANY OF OUR NEW ICU BEDS AT "
            "THE VA OR THE DOD SITE WITH AN MD ON DUTY AT ALL TIMES.")
    assert "NY" in tagged_names(text, {"NY": "knowledge"})


def test_a_state_code_before_a_licence_is_still_its_state():
    assert "NY" not in tagged_names("Must hold a current NY or NJ RN license.", {"NY": "knowledge"})


def test_a_long_hyphenated_chain_after_a_match_is_read(resources):
    """A hyphen's trailing modifier joins a match's page word ('Excel-based'); two of its alternatives both took a
    two-letter piece before a hyphen, so a chain of thirty pieces was divided in every way before it failed."""
    chain = "-".join(["based", "data", "entry", "tools", "team", "work", "flow", "sales", "report", "tasks"] * 3)
    text = ("Office Assistant\n\nRequirements\n- Experience with Excel-" + chain + "-12 spreadsheets\n"
            "- Strong communication skills\n")
    assert {"Microsoft Excel", "Communication"} <= found(text, resources)


def test_excel_based_is_still_one_page_word(resources):
    from tests.skills.conftest import mentions

    text = "Office Assistant\n\nRequirements\n- Excel-based reporting\n- Customer service\n"
    assert mentions(text, resources)["Microsoft Excel"] == ["Excel-based"]


def test_a_keyword_line_of_hyphenated_capitalised_words_is_no_place():
    """A place's word may hold hyphens ('Winston-Salem'); the word's letters and hyphens were two alternatives of
    one repeated group, so a keywords line of eighty hyphenated capitalised words was split every way."""
    words = ["Nurse", "RN", "ICU", "CCU", "PACU", "ER", "OR", "Med", "Surg", "Tele", "Step", "Down", "Float", "Pool",
             "Travel", "Per", "Diem", "PRN", "Contract", "Staff", "Night", "Day"]
    line = "Keywords: " + "-".join((words * 4)[:80])
    assert find_location(line) is None
    posting = parse_posting("Nurse\n\n" + line + "\n\nRequirements\n- Current RN license and BLS certification\n")
    assert posting.title == "Nurse"
    assert not posting.location


def test_a_dash_chain_of_letters_after_a_company_is_no_place():
    text = ("Nurse\nAcme Ltd - " + "-".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "\n\nRequirements\n- Current RN license\n"
            "- Strong communication skills\n")
    assert not parse_posting(text).location


def test_a_hyphenated_town_is_still_a_place():
    text = "Registered Nurse\nAcme Health - Winston-Salem, NC\n\nRequirements\n- Current RN license\n"
    assert parse_posting(text).location == "Winston-Salem, NC"


def test_trailing_joiners_over_a_run_of_blanked_spaces_are_read():
    """An employer's name blanked inside a span leaves runs of spaces between joining words ('content for the <spaces>
    and the <spaces> of the <spaces> 's'); the pattern that cuts trailing joiners took each run in two ways at once
    before it failed on the possessive."""
    gap = " " * 20
    text = "content for the" + "".join(f"{gap}and the{gap}of the" for _ in range(4)) + f"{gap}’s website"
    end = text.index(" website")
    assert clean_bounds(text, 0, end) == (0, end)


def test_a_trailing_and_or_is_still_cut():
    text = "administration training and/or"
    assert text[slice(*clean_bounds(text, 0, len(text)))] == "administration training"

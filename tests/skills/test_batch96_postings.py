"""What batches 96 and 97's real postings (bench/nontech_real.py --split held-occ86, held-occ87: a regional care
consultant, a senior Java developer and 22 more) and the misses they led back to showed. Synthetic postings,
with controls."""

from __future__ import annotations

from credstack.skills import extract_skills
from credstack.skills.linking import clean_bounds
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def names(text: str, kind: TextKind = TextKind.REQUIREMENTS) -> set[str]:
    """Skills and conditions (a driving licence is one) a text asks."""
    extraction = extract_skills([TextSection(kind, text)], load_vocabulary())
    return {s.name for s in [*extraction.skills, *extraction.context]}


def test_an_equal_opportunities_line_run_on_without_a_full_stop_takes_no_ask_with_it():
    """A flattened advert: "A full driving licence is essential for this role Saga Healthcare Group is an equal
    opportunities employer." The employer's name opens the legal notice; the licence before it is asked."""
    text = ("Please click apply today. A full driving licence is essential for this role Saga Healthcare Group is "
            "an equal opportunities employer.")
    assert "Driver's License" in names(text)
    masked = text.replace("Saga Healthcare Group", " " * len("Saga Healthcare Group"))  # the employer's name blanked
    assert "Driver's License" in names(masked)
    assert names("Acme Corp is an equal opportunity employer and values diversity in marketing.") == set()


def test_a_latin_abbreviation_alone_names_nothing():
    for text in ("i.e", "i.e.", "e.g", "etc"):
        start, end = clean_bounds(text, 0, len(text))
        assert start == end, text
    text = "IE 11"  # control: the browser, in capitals
    assert clean_bounds(text, 0, len(text)) == (0, 5)

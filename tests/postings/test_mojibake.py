"""A page whose UTF-8 a browser read as windows-1252 (served or saved without its charset) arrives
from the extension as mojibake: "PCAâ€™s" became a chip "PCAâ", "Bachelorâ€™s degree" a chip
"s degree", "Â£15" the salary. It is read again as UTF-8, and nothing else is touched."""

from __future__ import annotations

from credstack.postings import parse_posting
from credstack.postings.decoding import repair_mojibake

PAGE = ("<html><head><title>Maintenance Technician</title></head><body><main><h1>Maintenance Technician</h1>"
        "<p>Acme Packaging · Leeds, UK · £15 to £17 per hour</p><h2>Requirements</h2><ul>"
        "<li>Bachelor’s degree or equivalent experience</li><li>Knowledge of the plant’s PLC systems</li>"
        "<li>Experience with packaging equipment – fillers, cappers and labellers</li></ul></main></body></html>")


def shown_without_charset(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def test_utf8_read_as_windows_1252_is_read_again():
    garbled = shown_without_charset(PAGE)
    assert "Bachelorâ€™s" in garbled and "Â£15" in garbled
    assert repair_mojibake(garbled) == PAGE
    posting = parse_posting(garbled)
    assert "Bachelor’s degree" in posting.description and "â€" not in posting.description
    assert "£15" in (posting.salary or posting.description)


def test_text_that_is_not_mojibake_is_left_as_it_is():
    assert repair_mojibake(PAGE) == PAGE
    once = "Café menu: the word Ã© written once on purpose, and ’ quotes"
    assert repair_mojibake(once) == once
    # the sequences beside characters windows-1252 cannot produce: a real multilingual page
    mixed = shown_without_charset(PAGE) + " 日本語の説明"
    assert repair_mojibake(mixed) == mixed

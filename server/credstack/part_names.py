"""The long words that name a posting's parts, and their misspellings in real adverts' headings
("RESPONISIBILITIES", "Responsibitilies", "Requirments", "Qualifcations"). The posting parser reads a
misspelt heading as its part; the skill extractor reads a span of one such word as a heading's word."""

from __future__ import annotations

# Only words this long: a short one within two edits is often another word ("experienced",
# "descriptions"), and another language's ("Qualifikation") is read by its own cues first.
PART_NAMES = ("responsibilities", "requirements", "qualifications", "accountabilities")
MIN_TYPO_WORD = 11
MAX_TYPO_EDITS = 2


def edits(a: str, b: str, most: int) -> int:
    """Optimal string alignment distance between ``a`` and ``b`` (a swap of neighbours is one edit),
    or ``most + 1`` once it is past ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > most:
            return most + 1
        prev2, prev = prev, row
    return prev[-1]


def misspelt_part_name(word: str) -> str | None:
    """The part's name (``PART_NAMES``) ``word`` misspells, in lower case; None for the name itself, its
    singular (a word of its own: "In-Office requirement" is one rule), a short word or any other."""
    word = word.lower()
    if len(word) < MIN_TYPO_WORD or word in PART_NAMES:
        return None
    for name in PART_NAMES:
        if name.startswith(word) or word == name[:-3] + "y":
            return None
        if word[0] == name[0] and edits(word, name, MAX_TYPO_EDITS) <= MAX_TYPO_EDITS:
            return name
    return None

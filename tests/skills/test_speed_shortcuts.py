"""Shortcuts taken for speed give the answers of the long way: each is checked against it here."""

from __future__ import annotations

import re

import pytest

from credstack.skills.abbreviations import defined_abbreviations
from credstack.skills.linking import exact_link
from credstack.skills.matcher import _fixed_phrases, load_context_rules, match_key, matcher_for
from credstack.skills.vocabulary import load_vocabulary
from credstack.wordtrie import held_word


def testheld_word_is_the_longest_run_written_out_at_the_top_level():
    assert held_word(r"\bin[ \t]+(?:close[ \t]+)?(?:collaboration|partnership)[ \t]+with\b", re.I) == "with"
    assert held_word(r"\bto[ \t]+the[ \t]+next[ \t]+level\b", re.I) == "level"
    assert held_word(r"\b(?:open|great)[ \t]+culture", re.I) == "culture"
    assert held_word(r"\b(?:sous la|bajo la) supervision|other", re.I) is None  # an alternation at the top
    assert held_word(r"\bab\b", re.I) is None  # too short to be worth a look
    assert held_word(r"[", re.I) is None  # unreadable: never narrowed


@pytest.mark.parametrize("text", [
    "Work in close collaboration with the nursing team to the next level.",
    "IN COLLABORATION WITH partners; a culture of learning and growth",
    "In collaboration W\u0130TH the team",  # a capital I with a dot: the pattern reads it as "i"
    "in close collaboration w\u0131th the ward",  # a dotless i
    "The job de\u017fcription can be found online",  # a long s
    "Building an innovative culture, see the full job description",
    "Patients who present with chest pain",
    "Nothing of the kind here",
    "",
])
def test_fixed_phrases_narrowed_by_their_words_find_what_the_whole_pattern_finds(text):
    rules = load_context_rules()
    whole = _fixed_phrases(text, rules.fixed_phrases, rules.fixed_phrase_not_after)
    assert _fixed_phrases(text, rules.fixed_phrases, rules.fixed_phrase_not_after, rules.fixed_phrase_words) == whole


def test_folding_covers_every_character_read_as_an_ascii_letter():
    from credstack.wordtrie import _ASCII_FOLD

    letters = re.compile(r"[A-Za-z]", re.IGNORECASE)
    read_as_ascii = {c for c in range(128, 0x110000) if letters.fullmatch(chr(c))}
    assert read_as_ascii == set(_ASCII_FOLD)


@pytest.mark.parametrize("surface", ["Python", "python programming", "Nursing and Midwifery Council (NMC) registration",
                                     "project-management", "SQLs", "team work", "Excel", "C++", "strong Java skills",
                                     "enhanced DBS", "Ms Office"])
def test_exact_link_without_a_form_key_finds_what_the_matcher_finds(surface):
    vocabulary = load_vocabulary()
    matches = matcher_for(vocabulary).find(surface)
    long_way = vocabulary.resolve(surface) or (
        vocabulary.get(matches[0].skill) if len(matches) == 1 and match_key(matches[0].surface) == match_key(surface)
        else None)
    assert exact_link(surface, vocabulary) == long_way


def test_abbreviations_need_letters_in_brackets():
    assert defined_abbreviations("Packaging Corporation of America (PCA) hires") == {"PCA": "Packaging Corporation of America"}
    assert defined_abbreviations("Packaging Corporation of America (pca) hires") == {}
    assert defined_abbreviations("Packaging Corporation of America hires") == {}


@pytest.mark.parametrize("text", [
    "You must be eligible to work in the UK and hold an enhanced DBS check.",
    "ELIGIBLE TO WORK IN THE U\u212a",  # the Kelvin sign: a pattern ignoring case reads it as "k"
    "Superannuation on top; Australian work rights needed",
    "Canadian citizens or permanent residents of Canada; WHMIS training",
    "Pay: 1200 GEL a month, call +995 32 200 00 00, see www.example.ge",
    "Nothing about any country here",
])
def test_country_terms_narrowed_by_their_words_read_as_all_of_them(text):
    from credstack.places import _term_words, _terms_in, _words_pattern, load_places

    terms = load_places().country_terms
    narrowed = _terms_in(terms, text)
    whole = [m.group(1) for m in _words_pattern(tuple(w for w, _ in _term_words(terms))).finditer(text)]
    assert ([m.group(1) for m in narrowed.finditer(text)] if narrowed else []) == whole


@pytest.mark.parametrize("text", [
    "We organise the labour and hold a licence",
    "ORGANISED COLOURS, Programmes and cheques",
    "utili\u017fe and reali\u017fe",  # the long s reads as "s"
    "We organize the labor and hold a license",
])
def test_british_spellings_narrowed_by_their_words_find_what_the_whole_pattern_finds(text):
    from credstack.places import _BRITISH_SPELLING, _british_spellings

    assert _british_spellings(text) == _BRITISH_SPELLING.findall(text)


@pytest.mark.parametrize("text", [
    "Apply at https://jobs.example.com/123 or www.example.org, or mail jobs@example.com",
    "HTTP://EXAMPLE.ORG and WWW.EXAMPLE.ORG",
    "No address here, just C++ and node.js",
    "",
])
def test_addresses_looked_for_only_where_their_marks_are_found_as_the_whole_search(text):
    from credstack.skills.matcher import _MAIL_ADDRESS, _WEB_ADDRESS, _addresses

    assert _addresses(text) == ([m.span() for m in _WEB_ADDRESS.finditer(text)],
                                [m.span() for m in _MAIL_ADDRESS.finditer(text)])


def test_word_characters_as_a_set_are_the_pattern_s():
    from credstack.skills.matcher import _WORD, _WORD_CHARS

    assert _WORD_CHARS == {chr(c) for c in range(0x110000) if _WORD.match(chr(c))}


@pytest.mark.parametrize("text", ["85'000 CHF", "60.000 € brutto pro Jahr", "時給1,350円", "월급 218만원 ~ 218만원",
                                  "3000 ZŁ", "1200 \u212a\u010d", "50,000 eur per annum", "2000 Fr. pro Monat"])
def test_a_pay_with_its_currency_after_is_looked_for_in_every_text_that_holds_one(text):
    from credstack.postings.facts import SALARY_AFTER, _currency_after_in, find_salary

    assert SALARY_AFTER.search(text) and _currency_after_in(text)
    assert find_salary(text) == SALARY_AFTER.search(text).group().strip()


@pytest.mark.parametrize("text", [
    "Must not have a Degree, Level 4 qualification or above",
    "You do NOT need a degree in Nursing",
    "You don\u2019t need a forklift licence",
    "There is no requirement for a CSCS card",
    "Without the need for a degree",
    "Must be able to lift 50 lbs and hold a CDL",
    "No degree needed, but a CDL is essential",
    "You do n\u0131ot need a degree",  # no lead: a dotless i is not the o of "not"
    "There is no requ\u0131rement for a CSCS card",  # a dotless i the pattern reads as "i"
    "Candidates should have Python and SQL",
])
def test_a_negation_looked_for_only_beside_its_words_is_the_long_ways(text, monkeypatch):
    """``negated`` reads its lead patterns only in text holding "not", "n't", "need" or
    "requirement": on each text it answers as when every text is read."""
    from credstack.skills import requirements

    spans = [m.span() for m in re.finditer(r"[A-Z][A-Za-z]+|\bPython\b|\bSQL\b", text)]
    quick = [requirements.negated(text, s, e) for s, e in spans]
    monkeypatch.setattr(requirements, "_LEAD_WORDS", ("",))
    assert quick == [requirements.negated(text, s, e) for s, e in spans]


def test_the_negations_are_still_found():
    from credstack.skills.requirements import negated

    text = "Must not have a Degree; there is no requirement for a CSCS card. Must hold a CDL."
    assert negated(text, text.index("Degree"), text.index("Degree") + 6)
    assert not negated(text, text.index("CDL"), text.index("CDL") + 3)


# The long ways of the shortcuts below, written out as they were before them.
_CLAUSE_END_LOOKING_BEHIND_FIRST = re.compile(r"(?:(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bLLC)(?<!\bCo)\.|[;!?])(?=\s|$)|\n")


@pytest.mark.parametrize("text", [
    "Acme & Associates, Inc. provides consulting. We hire now; apply!",
    "Works with Acme Ltd. and Beta Corp. on LLC. filings. Co. op? Disco. Zinc.\nNext line",
    "Ends with a stop.", "No stop at all", "Inc.", ".", "e.g. this, i.e. that. Done",
    "Trailing stop before tab.\tand a glued one.Here", "",
])
def test_clause_ends_match_the_stop_first_and_find_what_look_behinds_first_find(text):
    from credstack.skills.requirements import _CLAUSE_END

    assert [m.span() for m in _CLAUSE_END.finditer(text)] == \
        [m.span() for m in _CLAUSE_END_LOOKING_BEHIND_FIRST.finditer(text)]


@pytest.mark.parametrize("before", [
    "a post in the Department of ", "Faculty of Chemistry and ", "reporting to the Head for ",
    "working in partnership with the ", "you will be partnering closely with our cross-functional ",
    "liaising with internal ", "DEPARTMENT OF ", "the department \u0131n ", "partnering w\u0130th the ",
    "a wide range of ", "in Department Of", "experience with ", "", "Head of  ",
])
def test_org_prefix_narrowed_by_its_joiners_finds_what_the_whole_cue_finds(before):
    from credstack.skills.requirements import _org_before, load_cues

    text = before + "Chemistry"
    assert _org_before(text, len(before)) is (load_cues().org_prefix.search(before[-80:]) is not None)


def test_every_branch_of_the_org_prefix_cue_holds_a_joiner():
    """``_ORG_JOINERS`` spares the search where none of them is: the cue's branches must each hold
    one, a space either side (a new branch without one needs a joiner of its own)."""
    from credstack.skills.requirements import cue_data

    branches = re.split(r"\)\|\(\?:", cue_data()["org_prefix"])
    assert len(branches) == 2
    assert " (of|for|für|de|des|du|di|del|della|da|do) " in branches[0]
    assert ") (closely )?with " in branches[1]


@pytest.mark.parametrize("title", ["Senior Software Engineer", "Registered Nurse - ICU", "Yoga Instructor", "",
                                   "Medienp\u00e4dagogin (m/w/d)", "HR Business Partner", "TEACHING ASSISTANT",
                                   "Ingeni\u00e9ur Logiciel", "Bus Drivers", "Sous-chef de cuisine"])
def test_title_groups_narrowed_by_their_words_find_what_every_pattern_finds(title):
    from credstack.credentials.fit import _title_patterns, _title_stems, _title_words_in

    def matches(patterns):
        return [(group, m.span(), size) for group, pattern, size, *_ in patterns for m in pattern.finditer(title)]

    assert matches(_title_words_in(title)) == matches(_title_patterns() + _title_stems())


@pytest.mark.parametrize("line", ["Wir suchen dich f\u00fcr unser Team und bieten dir mehr", "The role is with our team",
                                  "Le poste est pour vous et nous", "\u0130STANBUL ofis und der das", "DER UND DAS"])
def test_is_foreign_splits_ascii_lower_cased_whole_as_word_by_word(line):
    from credstack.skills.tagger import _ENGLISH, _FOREIGN, _LETTER_RUN, is_foreign

    words = [w.lower() for w in _LETTER_RUN.findall(line)]
    foreign = sum(w in _FOREIGN for w in words)
    assert is_foreign(line) is (foreign >= 2 and foreign > sum(w in _ENGLISH for w in words))


@pytest.mark.parametrize("texts", [
    ["Wir suchen dich", "f\u00fcr unser Team und"], ["The role is with our team", "und der das"],
    ["\u0421\u043b\u0443\u0436\u0431\u0430 \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438", "Python and SQL"],
    ["Le poste est pour vous", "et nous avec la"], ["12345", "---"], [], ["", ""],
    ["\u5927\u5d0e\u99c5 Python", "Excel"], ["\u0130stanbul und", "der"],
])
def test_foreign_together_is_foreign_of_the_texts_joined(texts):
    from credstack.skills import _foreign_together
    from credstack.skills.languages import _NOT_LATIN_LETTERS, _NOT_LETTERS, MIN_LATIN_SHARE
    from credstack.skills.tagger import is_foreign

    def foreign(text: str) -> bool:  # the long way: the joined text counted whole
        if not text.isascii():
            letters = len(_NOT_LETTERS.sub("", text))
            if not letters:
                return False
            if len(_NOT_LATIN_LETTERS.sub("", text)) < MIN_LATIN_SHARE * letters:
                return True
        return is_foreign(text)

    assert _foreign_together(texts) is foreign(" ".join(texts))


def test_is_place_looks_up_what_the_country_pattern_and_the_folded_names_find():
    from credstack.places import _folded, _folded_codes, load_places

    places = load_places()

    def long_way(phrase: str) -> bool:
        folded = phrase.casefold()
        return folded in _folded(places.us_states) or bool(places.country_pattern.fullmatch(phrase)) \
            or folded in _folded(places.canadian_provinces) or folded in _folded_codes(places.region_countries)

    names = [*places.countries, *places.us_states, *places.canadian_provinces, *(n for n, _ in places.region_countries)]
    phrases = names + [n.upper() for n in names] + [n.lower() for n in names] + [n + " " for n in names] + [
        "Python", "Spring", "U.S", "the UK", "", "Germany Berlin", "New York City"]
    assert [places.is_place(p) for p in phrases] == [long_way(p) for p in phrases]

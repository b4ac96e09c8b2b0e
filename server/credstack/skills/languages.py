"""The language a posting or resume is written in, and the vocabulary's names in that language.

The vocabulary is English. A French, German, Spanish, Italian or Portuguese posting names its skills
in its own words ("négociation", "Projektmanagement", "trabajo en equipo"): ``data/
skill_translations.json`` gives those words per language, keyed by the vocabulary skill they name,
and ``Vocabulary.in_language`` adds them to the skills' aliases for a text in that language only,
so an English posting is read exactly as before. The language is told by function words (articles,
pronouns, conjunctions), which every paragraph of a language has and no other language shares.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

ENGLISH = "en"
# Function words of each language (articles, prepositions, pronouns, conjunctions). A word two of
# them write ("de", "la", "que", "con") counts for both: the words only one writes decide between
# them. None of them is an English word ("in", "a", "die" and "also" are left out).
FUNCTION_WORDS = {
    "en": frozenset("the and of to with for you your our we is are be will this that have has at by from "
                    "who what can should must an or on as".split()),
    "fr": frozenset("le la les de des du et en un une pour dans avec sur par que qui est au aux vous nous "
                    "votre vos notre nos cette sont être ou leur ces".split()),
    "de": frozenset("der das und mit für von zu den dem des ein eine einer einen ist auf bei oder auch wir sie "
                    "du dich dein deine ihr im zum zur nicht unser unsere uns aus nach über sowie werden wird "
                    "sind einem ihre".split()),
    "es": frozenset("el la los las y en de del al un una con para por que es se su sus como más muy nuestro "
                    "nuestra nuestros usted tus estar ser también".split()),
    "it": frozenset("il lo la le gli di da con per che e è del della dei delle degli al alla nel nella un una "
                    "sono anche questo essere ed nostro nostra".split()),
    "pt": frozenset("o os as e de da do das dos em no na com para por que um uma não é ao pelo pela são você "
                    "nosso nossa seu sua também ser".split()),
    "nl": frozenset("het een de en van met voor bij ons onze jouw naar ook niet wordt worden deze wij zijn "
                    "je".split()),
}
# Least function words of a language, and how many times the English ones, for a text to be in
# that language rather than English (a French company name or a phrase quoted in an English posting
# is not enough).
MIN_WORDS = 4
MIN_RATIO = 2.0
MAX_CHARS = 20_000
# Each function word and the languages that write it (one look-up a word of the text)
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)
_WORD = re.compile(r"[^\W\d_]+")


def language_of(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in: "en" unless another language's
    function words are at least ``MIN_WORDS`` and ``MIN_RATIO`` times the English ones (the language
    with the most of them)."""
    return _read_language(_function_word_counts(text[:MAX_CHARS], _LANGUAGES_OF, FUNCTION_WORDS))


def language_of_part(part: str, whole: str) -> str:
    """The language of ``part`` of a text (a posting's asked sections): its own reading, or the
    ``whole`` text's when the part reads as English only for want of function words (fewer than
    ``MIN_WORDS`` English ones): a German posting's requirements are often a list of nouns
    ("Pflegedokumentation", "Teamfähigkeit") whose two or three "der"/"zur" tell nothing, while its
    opening paragraph, left out of the part as the employer's own words, is plainly German. An
    English part with English function words keeps its reading, whatever the whole text."""
    counts = _function_word_counts(part[:MAX_CHARS], _LANGUAGES_OF, FUNCTION_WORDS)
    language = _read_language(counts)
    if language == ENGLISH and counts[ENGLISH] < MIN_WORDS and whole:
        return language_of(whole)
    return language


def _function_word_counts(sample: str, languages_of: dict[str, tuple[str, ...]], languages) -> dict[str, int]:
    """How many of each language's function words ``sample`` writes (one look-up a word)."""
    counts = dict.fromkeys(languages, 0)
    for word in _WORD.findall(sample.lower()):
        for language in languages_of.get(word, ()):
            counts[language] += 1
    return counts


def _read_language(counts: dict[str, int]) -> str:
    """``language_of``'s choice from the function-word counts of the languages it reads."""
    best = max((lang for lang in FUNCTION_WORDS if lang != ENGLISH), key=lambda lang: counts[lang])
    if counts[best] >= MIN_WORDS and counts[best] >= MIN_RATIO * counts[ENGLISH]:
        return best
    return ENGLISH


@lru_cache(maxsize=1)
def translations() -> dict[str, dict[str, tuple[str, ...]]]:
    """Language -> vocabulary skill name -> that language's names for it."""
    data = json.loads((resources.files("credstack") / "data" / "skill_translations.json").read_text("utf-8"))
    return {language: {name: tuple(forms) for name, forms in names.items()}
            for language, names in data.items() if not language.startswith("_")}


@lru_cache(maxsize=1)
def ordinary_words() -> dict[str, tuple[str, ...]]:
    """Language -> English names of vocabulary skills that are ordinary words of that language and
    never skills in a text written in it ("persona", a person in Italian and Spanish; "chef", a
    head of anything in French and German). One written with its capital ("Scala", "Tableau") is
    ordinary in lower case only: the name stays when the text writes the capital."""
    data = json.loads((resources.files("credstack") / "data" / "skill_translations.json").read_text("utf-8"))
    return {language: tuple(words) for language, words in data.get("_ordinary_words", {}).items()}



LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "pl": "Polish"}
# Function words of languages the vocabulary does not read, to tell a reader so; used only here,
# never to choose the vocabulary's names (``language_of``). No English or FUNCTION_WORDS word.
UNREAD_FUNCTION_WORDS = {
    "sv": frozenset("och att det som för med till av på är vi du dig din ditt dina har hos våra vår eller "
                    "inom samt ska kommer".split()),
    "pl": frozenset("i w z na do się jest oraz dla od przez jako który która które lub są będzie ich nasz "
                    "nasza".split()),
}
# The same look-up with the languages the vocabulary does not read too
_ALL_LANGUAGES_OF = dict(_LANGUAGES_OF)
for _language, _words in UNREAD_FUNCTION_WORDS.items():
    for _word in _words:
        _ALL_LANGUAGES_OF[_word] = (*_ALL_LANGUAGES_OF.get(_word, ()), _language)
# Least share of a text's letters in the Latin alphabet for it to be read as written in it: below,
# it is in another script (Japanese, Russian, Georgian, Arabic), and an English posting naming a
# Cyrillic company stays English. The tagger (trained on English) reads no other script either.
MIN_LATIN_SHARE = 0.5
# What is not a letter, and not a letter of the Latin alphabet: the text less these runs is its
# letters (counted without a list of every letter).
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_LATIN_LETTERS = re.compile(r"[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")


def letter_counts(text: str) -> tuple[int, int]:
    """(letters, letters of the Latin alphabet) of ``text``."""
    if text.isascii():  # ASCII letters are all Latin
        letters = len(_NOT_LETTERS.sub("", text))
        return letters, letters
    return len(_NOT_LETTERS.sub("", text)), len(_NOT_LATIN_LETTERS.sub("", text))


def unread_language(text: str) -> str | None:
    """The language ``text`` is written in when the vocabulary does not read it ("Dutch"; "" for a
    text in another script), else None."""
    sample = text[:MAX_CHARS]
    letters, latin = letter_counts(sample)
    if letters and latin < MIN_LATIN_SHARE * letters:
        return ""
    counts = _function_word_counts(sample, _ALL_LANGUAGES_OF, (*FUNCTION_WORDS, *UNREAD_FUNCTION_WORDS))
    unread = max(UNREAD_FUNCTION_WORDS, key=lambda lang: counts[lang])
    # the most function words of all (a Swedish text writes a few French ones, "de", "en", "par")
    if counts[unread] >= MIN_WORDS and counts[unread] >= MIN_RATIO * counts[ENGLISH] \
            and counts[unread] > max(counts[lang] for lang in FUNCTION_WORDS):
        return LANGUAGE_NAMES[unread]
    language = _read_language(counts)  # language_of(sample), from the counts already made
    return None if language == ENGLISH or language in translations() else LANGUAGE_NAMES.get(language, language)


def language_note(text: str) -> str | None:
    """One sentence for the reader of an analysis of a posting in a language the vocabulary does not
    read ("Online marketing" on a Dutch page scored 85/100 on those two English words alone), else
    None."""
    language = unread_language(text)
    if language is None:
        return None
    read = [LANGUAGE_NAMES[code] for code in (ENGLISH, *translations())]
    which = f"in {language}, which" if language else "in a language"
    return (f"This listing is {which} credstack does not read yet (it reads {', '.join(read[:-1])} and "
            f"{read[-1]}): the skills and match below come from the few words it recognised and are incomplete.")

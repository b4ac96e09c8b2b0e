"""Fast phrase matching of vocabulary skills in text, on token boundaries.

An Aho-Corasick automaton (pyahocorasick) holds every surface form of every skill — canonical
names, aliases, and regular plurals — in a normalised shape: lower case, runs of spaces, hyphens
and underscores as one space. The text is normalised the same way with a map back to the
original offsets, so each match reports the exact substring the page used. Matches must start
and end on token boundaries ("C" never matches inside "C++" or "C-level"), the longest match
wins, and forms that are also ordinary words ("Go", "R", "Excel", "Word") are kept only when
the rules in ``data/skill_context.json`` say the context makes them a skill.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import ahocorasick

from credstack.budget import every
from credstack.skills import plain_words
from credstack.skills.abbreviations import LETTERS_IN_BRACKETS
from credstack.skills.model import Skill, SkillKind
from credstack.wordtrie import case_folded, held_in, held_word

if TYPE_CHECKING:
    from credstack.skills.vocabulary import Vocabulary

_SEPARATORS = re.compile(r"[\s\-_\u2010-\u2015\u00a0]+")
_NEWLINE = re.compile("\n")
# A letter or digit a name cannot border: ASCII, the accented Latin letters, Greek and Cyrillic ("R" is
# no word in "Réaliser", nor "Java" in "Javaé"). Scripts written without spaces (Japanese, Chinese,
# Korean) border names directly ("Python経験3年以上"), so their characters are no word letters here.
_WORD = re.compile(r"[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]")
# The same characters as a set: one look-up a character where a name's edges are tested.
_WORD_CHARS = frozenset(chr(c) for c in range(0x500) if _WORD.match(chr(c)))
# Kinds whose forms get regular plurals ("API" -> "APIs", "database" -> "databases"); a soft
# skill's quality in "-ity" gets none: its plural names duties or things ("Key Accountabilities",
# "capabilities", "flexibilities"), not the quality.
_PLURAL_KINDS = {SkillKind.HARD, SkillKind.TOOL, SkillKind.SOFT, SkillKind.DEGREE}
# Longest text scanned per call; postings are far shorter, this bounds hostile input.
MAX_TEXT = 400_000
# How far around a doubtful mention its context is looked for, and a slash group is widened.
CONTEXT_REACH = 300
# How far before a listed form its 'not_before' words are looked for: "receive regular clinical,
# professional and line management supervision" (supervision received) reaches 59 characters back, and
# "... line management supervision as well as weekly peer supervision" 103 for its second mention.
FORM_REACH = 120


# Marks typed for an apostrophe ("master’s", "master´s degree" on a Scandinavian keyboard): one character
# each, so offsets hold.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u00b4": "'"})


def match_key(text: str) -> str:
    """The normalised shape both surface forms and text are matched in."""
    return _SEPARATORS.sub(" ", _lower(text).translate(_APOSTROPHES)).strip()


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters lower-case to two (e.g. "İ"); keep one character each so offsets hold.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass(frozen=True)
class Match:
    """One occurrence of a skill: its canonical name and where the text names it."""

    skill: str
    start: int  # offsets into the original text
    end: int
    surface: str  # the exact substring of the text that matched
    mention: str = ""  # what the page wrote around it: "JavaScript/TypeScript" for TypeScript

    @property
    def length(self) -> int:
        return self.end - self.start


class NormalisedText:
    """``text`` in match-key shape, with a map from normalised offsets back to the original."""

    def __init__(self, text: str) -> None:
        self.original = text
        lowered = _lower(text).translate(_APOSTROPHES)
        # each run of separators (one space in the normalised text): where that space is, and
        # where the run starts and ends in the original
        self._gap_at: list[int] = []
        self._gap_start: list[int] = []
        self._gap_end: list[int] = []
        removed = 0
        for sep in _SEPARATORS.finditer(lowered):
            start, end = sep.span()
            self._gap_at.append(start - removed)
            self._gap_start.append(start)
            self._gap_end.append(end)
            removed += end - start - 1
        self.text = _SEPARATORS.sub(" ", lowered)
        # separators fold line breaks into spaces, so lines are counted in the original text
        self._newlines = [m.start() for m in _NEWLINE.finditer(text)]

    def line_of(self, norm_pos: int) -> int:
        """The line (of the original text) the normalised offset falls on."""
        return bisect.bisect_left(self._newlines, self.to_original(norm_pos))

    def lines(self) -> list[str]:
        """The original text's lines."""
        return self.original.split("\n")

    def to_original(self, norm_pos: int) -> int:
        k = bisect.bisect_right(self._gap_at, norm_pos) - 1
        if k < 0:
            return norm_pos  # before the first separator, nothing was folded
        if self._gap_at[k] == norm_pos:
            return self._gap_start[k]
        return self._gap_end[k] + (norm_pos - self._gap_at[k] - 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span [start, end)."""
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(frozen=True)
class FormRule:
    case: frozenset[str]
    context: str
    not_before: re.Pattern | None
    not_after: re.Pattern | None
    aim_only: bool = False  # bare at a purpose clause's end it is the duty's aim, no skill ("to ensure compliance.")


# A purpose clause's verb and at most four words of its object before the form ("to ensure patient
# safety and ", "to maintain "), and the clause's end right after it: the form is what the duty
# before it aims at, with no object of its own ("Adhere to facility policies ... to ensure patient
# safety and compliance."). "ensure compliance with HIPAA", "compliance monitoring" go on.
_AIM_BEFORE = re.compile(r"(?i)(?:\b(?:to|and|or)\s+|^|[\n\u2022\u00b7*-]\s*)"
                         r"(?:ensure|ensuring|maintain|maintaining|achieve|achieving|guarantee|promote|support)"
                         r"\s+(?:[\w'\u2019-]+,?\s+){0,4}?$")
_AIM_AFTER = re.compile(r"^[ \t]*(?:[.;!?)]|\n|$)")


def _an_aim(text: str, start: int, end: int) -> bool:
    """The words at [start, end) end a purpose clause as its bare object (``_AIM_BEFORE``)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_AIM_AFTER.match(text[end:end + 5]) and _AIM_BEFORE.search(text[max(line_start, start - 80):start]))


@dataclass(frozen=True)
class Context:
    window: int
    cue: re.Pattern
    skill_kinds: frozenset[SkillKind]
    same_line: bool = True
    skill_categories: frozenset[str] = frozenset()  # other matches of these categories count too


@dataclass(frozen=True)
class ContextRules:
    forms: dict[str, FormRule]
    kinds: dict[SkillKind, str]
    contexts: dict[str, Context]
    acronym_max: int = 3
    lowercase_ok: frozenset[str] = frozenset()
    fixed_phrases: re.Pattern | None = None  # phrases whose words are no mention ("in collaboration with")
    fixed_phrase_not_after: re.Pattern | None = None  # words that make a phrase asked ("building an ...")
    # each fixed phrase's pattern and the word every match of it holds (lower case; None: none sure)
    fixed_phrase_words: tuple[tuple[str, str | None], ...] = ()


@lru_cache(maxsize=1)
def skill_context_data() -> dict:
    """``data/skill_context.json``, read once per process: its contexts, senses, conditions, traits,
    backgrounds and spellings are each built from it by their own loader."""
    return json.loads((resources.files("credstack") / "data" / "skill_context.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def load_context_rules() -> ContextRules:
    data = skill_context_data()
    contexts = {
        name: Context(int(c["window"]), re.compile(c["cue"] if "cue" in c else data["contexts"][c["cue_from"]]["cue"]),
                      frozenset(SkillKind(k) for k in c["skill_kinds"]),
                      bool(c.get("same_line", True)), frozenset(c.get("skill_categories", ())))
        for name, c in data["contexts"].items()
    }
    forms = {
        match_key(form): FormRule(
            case=frozenset(rule.get("case", [form])),
            context=rule.get("context", "any"),
            not_before=re.compile(rule["not_before"]) if rule.get("not_before") else None,
            not_after=re.compile(rule["not_after"]) if rule.get("not_after") else None,
            aim_only=bool(rule.get("aim_only")),
        )
        for form, rule in data["forms"].items()
    }
    kinds = {SkillKind(kind): rule["context"] for kind, rule in data.get("kinds", {}).items()}
    phrases = data.get("fixed_phrases", {}).get("patterns", [])
    not_after = data.get("fixed_phrases", {}).get("not_after")
    return ContextRules(forms=forms, kinds=kinds, contexts=contexts, acronym_max=int(data.get("acronym_max", 3)),
                        lowercase_ok=frozenset(data.get("acronyms_lowercase_ok", [])),
                        fixed_phrases=re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)
                        if phrases else None,
                        fixed_phrase_not_after=re.compile(not_after, re.IGNORECASE) if not_after else None,
                        fixed_phrase_words=tuple((p, held_word(p, re.IGNORECASE)) for p in phrases))


@lru_cache(maxsize=256)
def _phrases_pattern(sources: tuple[str, ...]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in sources), re.IGNORECASE) if sources else None


_PLURAL_TAIL = re.compile(r"(ss|us|is|ics|ous|sis|ws)$")
# Kinds whose plural names also match in the singular ("Algorithms" -> "algorithm").
_SINGULAR_KINDS = {SkillKind.HARD, SkillKind.SOFT}
# Sectors are named in the plural ("professional services", "financial services"); in the singular
# they are ordinary words ("provide a professional service").
_PLURAL_ONLY_CATEGORIES = {"industry"}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_INITIAL_WORD = re.compile(r"^[A-Z]{2}[a-z]+$")  # "MArch", "BEng", "MEd": an initial and a word or syllable
# Kinds whose initial-and-word abbreviations are written in that case only (degrees: "MPhil").
_INITIALS_KINDS = {SkillKind.DEGREE, SkillKind.CERTIFICATION}
_JS_FAMILY = {"JavaScript", "TypeScript", "Node.js"}


# An adjective's plural used as a noun ("vitals", "financials", "essentials"): its singular is an
# everyday adjective when it is among this many commonest words.
COMMON_ADJECTIVE_RANK = 10_000


def singular_forms(key: str) -> list[str]:
    """The regular singular of a match key whose last word is a plural ("algorithms")."""
    last = key.rsplit(" ", 1)[-1]
    if not last.isalpha() or len(last) < 5 or not last.endswith("s") or _PLURAL_TAIL.search(last):
        return []
    if " " not in key and last.endswith("als") and (plain_words.rank(key[:-1]) or COMMON_ADJECTIVE_RANK + 1) \
            <= COMMON_ADJECTIVE_RANK:
        return []  # "vitals" is a noun, "vital" an everyday adjective ("provide vital cover")
    if last.endswith("ies"):
        single = key[:-3] + "y"
    elif last.endswith(("ches", "shes", "xes", "sses")):
        single = key[:-2]
    else:
        single = key[:-1]
    return [single] if len(single.rsplit(" ", 1)[-1]) >= 4 else []


def base_verb_forms(key: str) -> list[str]:
    """A duty named by its "-ing" form and a plural object, as the verb a duty list writes: "booking
    appointments" -> "book appointments", "taking payments" -> "take payments", "handling complaints" ->
    "handle complaints". The base is the everyday word the "-ing" form drops its ending for (its doubled
    consonant, "running" -> "run", or its "e", "taking" -> "take"), the commoner when two are words."""
    words = key.split(" ")
    first, last = words[0], words[-1]
    if len(words) < 2 or len(first) < 6 or not first.endswith("ing") or not first.isalpha() \
            or not last.endswith("s") or not last.isalpha():
        return []
    stem = first[:-3]
    options = [stem[:-1]] if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls" else []
    options += [w for w in (stem, stem + "e") if len(w) >= 3]
    ranked = [(plain_words.rank(w), w) for w in options]
    ranked = sorted((r, w) for r, w in ranked if r is not None)
    return [" ".join([ranked[0][1], *words[1:]])] if ranked else []


@lru_cache(maxsize=1)
def _british() -> tuple[dict[str, str], tuple[tuple[str, str], ...], int]:
    data = skill_context_data()
    rules = data.get("british_spellings", {})
    return ({k.lower(): v for k, v in rules.get("words", {}).items()},
            tuple((a, b) for a, b in rules.get("suffixes", [])), int(rules.get("min_length", 7)))


def british_spellings(form: str) -> list[str]:
    """The form as British and Commonwealth postings spell it ("Instrument Sterilization" ->
    "Instrument Sterilisation", "Pediatric Nursing" -> "Paediatric Nursing"); [] when it is the same."""
    words, suffixes, min_length = _british()

    def respell(word: str) -> str:
        lower = word.lower()
        if lower in words:
            new = words[lower]
            return new[0].upper() + new[1:] if word[:1].isupper() else new
        if lower.isalpha() and len(lower) >= min_length:
            for us, uk in suffixes:
                if lower.endswith(us):
                    return word[:len(word) - len(us)] + uk
        return word

    spelled = re.sub(r"[A-Za-z]+", lambda m: respell(m.group(0)), form)
    return [spelled] if spelled != form else []


# A standard's or a code's initials and number, written apart or together ("BS 7671" / "BS7671",
# "ISO 9001" / "ISO9001", "IEC 61508"): a page writes either.
_CODE_APART = re.compile(r"\b([A-Z]{2,6}) (\d{2,6})\b")
_CODE_TOGETHER = re.compile(r"\b([A-Z]{2,6})(\d{2,6})\b")


# A method's or a scale's name and its one-digit version ("PRINCE2", "NEWS2", "GAMP5"): a page writes it apart as
# well ("PRINCE 2", "NEWS 2"), and a version up to four in Roman numerals ("PRINCE II"); a name of four letters or more
# (not "HL7", "EC2", "PA1", whose letters apart are other words)
_VERSION_TOGETHER = re.compile(r"\b([A-Z]{4,6})([1-9])\b")
_VERSION_APART = re.compile(r"\b([A-Z]{4,6}) ([1-9])\b")
_ROMAN = {"2": "II", "3": "III", "4": "IV"}


def code_variants(form: str) -> list[str]:
    """The form with its standard's initials and number joined or split ("BS 7671" -> "BS7671", "PRINCE2" ->
    "PRINCE 2", "PRINCE II")."""
    out = [_CODE_APART.sub(r"\1\2", form), _CODE_TOGETHER.sub(r"\1 \2", form),
           _VERSION_TOGETHER.sub(r"\1 \2", form), _VERSION_APART.sub(r"\1\2", form)]
    if (version := _VERSION_TOGETHER.search(form) or _VERSION_APART.search(form)) and version.group(2) in _ROMAN:
        out.append(form[:version.start()] + f"{version.group(1)} {_ROMAN[version.group(2)]}" + form[version.end():])
    return list(dict.fromkeys(v for v in out if v != form))


def dotted_variants(form: str, skill: Skill) -> list[str]:
    """A name's initials written with dots ("C.P.I.M. certificate preferred", "M.B.A.", "routine E.C.G. recordings",
    "C.O.S.H.H. regulations"): three to six capitals, each followed by a dot, the last one's maybe left out
    ("C.P.I.M/C.P.M."). Initials whose reading depends on the words around them (``skill_context.json``
    forms and senses, "CPA", "ILS") keep to the way they are written, or the dots would skip that test."""
    if skill.kind in (SkillKind.SOFT, SkillKind.LANGUAGE) or not (form.isalpha() and form.isupper()) \
            or not 3 <= len(form) <= 6 or form.casefold() in _sense_forms():
        return []
    return [".".join(form) + ".", ".".join(form)]


@lru_cache(maxsize=1)
def _sense_forms() -> frozenset[str]:
    """The ambiguous forms ``skill_context.json`` gives senses, case-folded."""
    return frozenset(f.casefold() for f in skill_context_data()["senses"]["forms"])


def ampersand_variants(form: str) -> list[str]:
    """The form with "and" between words written "&", or "&" written "and" ("Disclosure & Barring Service
    check", "Health and Safety"); a name that holds "&" without spaces ("AT&T", "P&L") stays as it is."""
    if " and " in form:
        return [form.replace(" and ", " & ")]
    if " & " in form:
        return [form.replace(" & ", " and ")]
    return []


# A word opened by a prefix that pages write glued or hyphened ("perioperative" / "peri-operative",
# "post-operative" / "postoperative", "multidisciplinary" / "multi-disciplinary", "musculo-skeletal" /
# "musculoskeletal", "neuro-developmental" / "neurodevelopmental", "psycho-social" / "psychosocial").
_PREFIXED = re.compile(r"\b(peri|pre|post|intra|inter|multi|non|anti|musculo|neuro|psycho|cardio|socio)"
                       r"(-?)([a-z]{5,})\b", re.IGNORECASE)


def prefix_variants(form: str) -> list[str]:
    """The form with each prefixed word written the other way: hyphened joined, and joined hyphened
    where the rest is a word of its own ("peri-operative care" <-> "perioperative care"; "presentation"
    stays as it is: "sentation" is no word)."""
    out: list[str] = []
    for m in _PREFIXED.finditer(form):
        prefix, hyphen, rest = m.groups()
        if hyphen:
            out.append(form[:m.start()] + prefix + rest + form[m.end():])
        elif plain_words.rank(rest.lower()) is not None:
            out.append(form[:m.start()] + prefix + "-" + rest + form[m.end():])
    return out


# A professional body's grade named as the grade or as the person who holds it: "Fellowship of the Royal College of
# Pathologists" / "Fellow of the Royal College of Pathologists", "Membership of ..." / "Member of ...".
_GRADE_OF = re.compile(r"\b(Fellow|Member)(ship)?( of )")


def grade_variants(form: str, skill: Skill) -> list[str]:
    """A credential's "Fellowship of ..." written "Fellow of ...", "Member of ..." written "Membership of ..."."""
    if skill.kind != SkillKind.CERTIFICATION:
        return []
    other = _GRADE_OF.sub(lambda m: m.group(1) + ("" if m.group(2) else "ship") + m.group(3), form, count=1)
    return [other] if other != form else []


def spelling_variants(form: str, skill: Skill) -> list[str]:
    """Other ways pages write a tool's name: "Key Vault" <-> "KeyVault" (a joined name that is an
    everyday word, "CheckPoint", only as written: ``SkillMatcher.written_as``), "PowerPoint" ->
    "Power Point", and "mocha.js" / "mochajs" for libraries of the JavaScript family."""
    if skill.kind != SkillKind.TOOL:
        return []
    out: list[str] = []
    words = form.split(" ")
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) and len(form) >= 7:
        out.append("".join(words))
    if " " not in form and form.isalpha():
        pieces = _CAMEL.split(form)
        if len(pieces) == 2 and all(len(p) >= 3 for p in pieces):
            out.append(" ".join(pieces))
    lowered = form.lower()
    if lowered.endswith(".js") and len(lowered) > 5:
        out.append(lowered[:-3] + "js")
    elif set(skill.implies) & _JS_FAMILY and form.isalpha() and len(form) >= 4:
        out += [lowered + ".js", lowered + "js"]
    return out


def plural_forms(key: str) -> list[str]:
    """Regular English plurals of a match key's last word."""
    last = key.rsplit(" ", 1)[-1]
    if not last.isalpha() or len(last) < 2:
        return []
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return [key + "es"]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return [key[:-1] + "ies", key + "s"]
    return [key + "s"]


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# An e-mail address, from the start of its run of non-spaces (an address starts nowhere else, and
# a run without spaces, a Chinese paragraph or a slashed list, is scanned once, not once a letter)
_MAIL_ADDRESS = re.compile(r"(?<!\S)\S[^\s@]*@\S+\.\w+")


def _addresses(text: str) -> tuple[list[tuple[int, int]], ...]:
    """The spans of the web and the e-mail addresses in ``text``, each list in text order. A text is
    searched for them only when it holds what each must: "http" or "www." in any case, an "@"."""
    folded = case_folded(text)
    web = [m.span() for m in _WEB_ADDRESS.finditer(text)] if "http" in folded or "www." in folded else []
    return web, [m.span() for m in _MAIL_ADDRESS.finditer(text)] if "@" in text else []


def _in_address(addresses: tuple[list[tuple[int, int]], ...], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``addresses`` (``_addresses``)."""
    for spans in addresses:
        i = bisect.bisect_right(spans, (start, float("inf"))) - 1  # the last address starting at or before it
        if i >= 0 and spans[i][1] >= end:
            return True
    return False


def last_word_refused(text: str, start: int, end: int) -> bool:
    """True when the last word of the phrase at [start, end) is a listed form whose words before it
    or after it refuse it there ("supervision" of "a minimum direction and periodic supervision":
    supervision received, no people management): a span the tagger marks around it is refused too.
    Only a word in lower case, an everyday word's form."""
    word = re.search(r"[\w-]+$", text[start:end])
    if word is None or not word.group(0).islower():
        return False  # "R" of "Kodak R": a name's part, which the form's rules for the lone word do not judge
    w_start = start + word.start()
    form = load_context_rules().forms.get(match_key(word.group(0)))
    if form is None or (form.not_before is None and form.not_after is None):
        return False
    return not SkillMatcher._form_allows(text, Match("", w_start, end, word.group(0)), form, case=False)


class SkillMatcher:
    """Finds vocabulary skills in text. Build once per vocabulary (see ``matcher_for``)."""

    def __init__(self, vocabulary: Vocabulary, rules: ContextRules | None = None) -> None:
        self.vocabulary = vocabulary
        self.rules = rules or load_context_rules()
        self.automaton = ahocorasick.Automaton()
        owners: dict[str, str] = {}
        # Keys written in capitals in the vocabulary ("DOE", "BI") that must be capitals in the text
        # too, with the length of the capital stem (the plural "APIs" keeps a capital "API").
        self.capital_stem: dict[str, int] = {}
        # Keys of an acronym's plural ("VMs", "APIs") whose "s" must be lower case in the text too:
        # "VMS", "APIS" in capitals are other acronyms (a vendor management system).
        self.lower_s: set[str] = set()
        # Keys of a tool's joined name that is also an everyday word, with the one way it names the
        # tool: "CheckPoint" of Check Point, never "checkpoint".
        self.written_as: dict[str, str] = {}
        for skill in vocabulary:
            for form in (skill.name, *skill.aliases):
                key = match_key(form)
                if key and key not in owners:
                    owners[key] = skill.name
                    if self._needs_capitals(form, key):
                        self.capital_stem[key] = len(key)
                    elif (lead := self._function_word_initials(form, key)) is not None:
                        self.capital_stem[key] = lead
                    elif _ACRONYM_PLURAL.match(form) and key not in self.rules.forms:
                        self.capital_stem[key] = len(key) - 1
                        self.lower_s.add(key)
        derived: dict[str, str] = {}
        self.singulars: set[str] = set()  # "job description" of "Job Descriptions"
        self.holders: set[str] = set()  # "registered nurses" of "Registered Nurse": a licence's holders
        for skill in vocabulary:
            for form in (skill.name, *skill.aliases):
                key = match_key(form)
                if (skill.kind in _INITIALS_KINDS and _INITIAL_WORD.match(form) and key not in self.rules.forms
                        and owners.get(key) == skill.name):
                    self.capital_stem[key] = 2  # "MArch", "MEd" keep their capitals: "March", "Med-Surg" are not them
                dotted = dotted_variants(form, skill) if key not in self.rules.forms else []
                variants = spelling_variants(form, skill) + british_spellings(form) + code_variants(form) \
                    + ampersand_variants(form) + grade_variants(form, skill) + dotted
                if skill.kind == SkillKind.HARD and key not in self.rules.forms:
                    variants += prefix_variants(form)  # "peri-operative care" of "perioperative care"
                if skill.kind in _SINGULAR_KINDS and key not in self.rules.forms:
                    variants += base_verb_forms(key)  # "book appointments" of "booking appointments"
                singulars = singular_forms(key) if (skill.kind in _SINGULAR_KINDS and key not in self.rules.forms
                                                    and skill.category not in _PLURAL_ONLY_CATEGORIES) else []
                for variant in variants + singulars:
                    vkey = match_key(variant)
                    if vkey and vkey not in owners and vkey not in self.rules.forms:
                        derived.setdefault(vkey, skill.name)
                        if variant in dotted:
                            self.capital_stem.setdefault(vkey, len(variant))  # "E.C.G.", not the "S.p.A." of a firm
                        if variant in singulars:
                            self.singulars.add(vkey)
                        elif " " in form and " " not in variant and plain_words.rank(vkey) is not None:
                            self.written_as.setdefault(vkey, variant)
        for key, name in derived.items():
            owners.setdefault(key, name)
        # a language's word spelt as a tool's name is the word in that language, in any case
        self.taken = frozenset(key for key, _name in getattr(vocabulary, "taken", ()))
        for key, name in getattr(vocabulary, "taken", ()):
            owners[key] = name
            self.capital_stem.pop(key, None)
        for key in getattr(vocabulary, "excluded", ()):  # ordinary words of the text's language
            owners.pop(key, None)
        for key in getattr(vocabulary, "capitalised", ()):  # ordinary there in lower case only: "su scala"
            if key in owners:
                self.capital_stem.setdefault(key, 1)
        for key, name in list(owners.items()):
            skill = vocabulary.get(name)
            if skill.kind in _PLURAL_KINDS and key not in self.rules.forms and key not in derived \
                    and not (skill.kind == SkillKind.SOFT and key.endswith("ity")):
                for plural in plural_forms(key):
                    if plural not in owners:
                        owners[plural] = name
                        if self.capital_stem.get(key) == 2 and not key.isupper():
                            self.capital_stem[plural] = 2
                        if key.isalnum() and _is_capital_form(vocabulary, name, key):
                            self.capital_stem[plural] = len(key)
                            if plural == key + "s":
                                self.lower_s.add(plural)
        # A licence's initials name its holders in the plural ("RNs and LPNs", "CNAs"): the
        # capitals and a small "s" only ("RNS" or "rns" are no holders of "RN").
        for skill in vocabulary:
            if skill.kind != SkillKind.CERTIFICATION:
                continue
            for form in (skill.name, *skill.aliases):
                key = match_key(form)
                plural = key + "s"
                if (_LICENCE_INITIALS.match(form) and owners.get(key) == skill.name and plural not in owners
                        and plural not in self.rules.forms):
                    owners[plural] = skill.name
                    self.capital_stem[plural] = len(key)
                    self.lower_s.add(plural)
                # a licence named by its holder names them in the plural too ("registered nurses,
                # paramedics or pharmacists"): whether they are asked or the colleagues, the context says
                holders = _HOLDER_NOUN.search(key)
                if holders and key not in self.rules.forms and owners.get(key) == skill.name:
                    plural = key[:holders.start(1)] + (holders.group(1)[:-2] + "ves" if key.endswith("wife")
                                                       else holders.group(1) + "s")
                    if plural not in owners and plural not in self.rules.forms:
                        owners[plural] = skill.name
                        self.holders.add(plural)
        for key, name in owners.items():
            self.automaton.add_word(key, (key, name))
        self.automaton.make_automaton()
        self.forms = owners

    def _needs_capitals(self, form: str, key: str) -> bool:
        letters = form.replace(" ", "")
        return (letters.isalpha() and letters.isupper() and len(letters) <= self.rules.acronym_max
                and key not in self.rules.lowercase_ok and key not in self.rules.forms)

    def _function_word_initials(self, form: str, key: str) -> int | None:
        """The length of a name's first word when it is initials spelt as an everyday function word
        ("BE degree", "AS degree", "DO degree", "CAN Bus", "MUST screening", "OR nursing"): those
        letters must be capitals in the text, as a lone acronym's are, or "will be degree
        qualified", "such as degree", "you can bus tables" and "Must screening tests" read as a
        degree, a vehicle network and a nutrition screen. None for any other form."""
        first, _, rest = form.partition(" ")
        if not rest or not first.isalpha() or not first.isupper() or len(first) > self.rules.acronym_max \
                or key in self.rules.lowercase_ok or key in self.rules.forms:
            return None
        return len(first) if first.lower() in _FUNCTION_WORDS else None

    def find(self, text: str) -> list[Match]:
        """Every skill mention in ``text``, longest first on overlaps, in text order.

        A name the text spells out before its letters in brackets reads as the letters there
        too ("Nursing and Midwifery Council (NMC) registration" is NMC registration, "an Enhanced
        Disclosure and Barring Service (DBS) check" an enhanced DBS check): a mention that holds
        the letters and a word beyond them takes in the spelt-out name, and the shorter mentions
        inside it ("Nursing") go."""
        if not text:
            return []
        text = text[:MAX_TEXT]
        found = self._find(text)
        found = self._with_elided_heads(text, found)
        spelt = _spelt_out_acronyms(text) if "(" in text and LETTERS_IN_BRACKETS.search(text) else []
        if not spelt:
            return found
        blanked = list(text)
        for long_start, letters_start, letters_end in spelt:
            blanked[long_start:letters_start] = " " * (letters_start - long_start)
            blanked[letters_end] = " "  # the closing bracket
        blanked_text = "".join(blanked)
        wider = []
        for lo, hi in _windows([(ls - SPELT_OUT_REACH, e + SPELT_OUT_REACH) for ls, _s, e in spelt], len(text)):
            for m in self._find(blanked_text[lo:hi]):  # read again around each name alone, not the whole text
                m_start, m_end = m.start + lo, m.end + lo
                held = next(((ls, s, e) for ls, s, e in spelt if m_start <= s and m_end >= e), None)
                if held is None or (m_start == held[1] and m_end == held[2]):
                    continue  # the letters alone read as they always do
                start = min(m_start, held[0])
                wider.append(Match(m.skill, start, m_end, text[start:m_end]))
        if not wider:
            return found
        kept = [m for m in found if not any(w.start < m.end and m.start < w.end for w in wider)]
        return group_mentions(text, sorted(kept + wider, key=lambda m: m.start), self._own_name)

    def _with_elided_heads(self, text: str, found: list[Match]) -> list[Match]:
        """``found`` and the names whose "skills" a coordination leaves to its last item: "analytical" of
        "analytical and problem-solving skills" is Analytical Skills, "organizational" of "organizational
        and time management skills" Organizational Skills, "project" of "project and programme management"
        Project Management (the vocabulary's "<word> skills", "<word> abilities" or "<word> management"), where
        no other mention holds the word. Other shared heads cost more than they found on the real postings
        ("fast-paced", "internal", "patient-centered" of "... and ... environment / teams / care")."""
        added = []
        for tail in _COORDINATION_TAIL.finditer(text):
            line_start = text.rfind("\n", 0, tail.start()) + 1
            head = tail.group(1).lower()
            for item in _COORDINATED_ITEM.finditer(text, max(line_start, tail.start() - ELIDED_REACH), tail.start()):
                start, end = item.span(1)
                key = self.forms.get(match_key(f"{item.group(1)} {head}"))
                if key is None or any(m.start < end and start < m.end for m in found + added):
                    continue
                added.append(Match(key, start, end, text[start:end]))
        return sorted(found + added, key=lambda m: m.start) if added else found

    def _find(self, text: str) -> list[Match]:
        norm = NormalisedText(text)
        candidates: list[tuple[int, int, str, str]] = []
        for end, (key, name) in every(self.automaton.iter(norm.text), 4096):
            start = end - len(key) + 1
            if _on_boundary(norm.text, start, end + 1, key):
                candidates.append((start, end + 1, key, name))
        chosen = _longest_non_overlapping(candidates)
        tag_lines = _tag_lines(norm, chosen)
        phrases = _fixed_phrases(text, self.rules.fixed_phrases, self.rules.fixed_phrase_not_after,
                                 self.rules.fixed_phrase_words) if chosen else []
        matches = []
        addresses = _addresses(text) if chosen else ((), ())
        for start, end, key, name in every(chosen, 1024):
            o_start, o_end = norm.span(start, end)
            if phrases and _within_phrase(phrases, o_start, o_end):
                continue  # "in collaboration with", "to the next level": a fixed phrase, not the skill
            stem = self.capital_stem.get(key)
            if stem is not None and not text[o_start:o_start + stem].isupper():
                continue  # "does" is not DOE, "bi-weekly" is not BI
            if key in self.lower_s and text[o_end - 1] != "s":
                continue  # "VMS" is not "VMs"
            if key in self.written_as and text[o_start:o_end] != self.written_as[key]:
                continue  # "the first checkpoint" is no Check Point
            if stem is not None and _in_compound_acronym(text, o_start, o_end):
                continue  # "FP" of "FP&A", "P" of "P&L"
            if key in self.singulars and (whole_line(text, o_start, o_end) or _labels(text, o_start, o_end)):
                continue  # a singular alone on its line or opening it before a colon is a heading ("Job description:")
            if _PARAGRAPH_BREAK.search(text, o_start, o_end):
                continue  # "explain to a customer\n\nExperience Level": no name runs on over a blank line or into
                # the next list item ("professional\n- Degree" is no Professional Degree)
            if o_end - o_start == 1 and _is_enumerator(text, o_start, o_end):
                continue  # "(c) Registered Nurse – Learning Disabilities (RNLD)": a list's third item, not C
            if _in_address(addresses, o_start, o_end):
                continue  # "https://www.ed.gov/..." names no skill (HTTP, "ed", "gov")
            if _NEGATED.search(text, max(0, o_start - 5), o_start):
                continue  # "Shipping (Non-Fork Lift)", "non-CDL driver": the job is without it
            if _before_a_state(text, o_end):
                continue  # "Palo Alto, CA 94301", "Mesa, AZ": a town, whatever software shares its name
            if stem is not None and _licence_class(text, o_end) \
                    and self.vocabulary.get(name).kind != SkillKind.CERTIFICATION:
                continue  # "HR or MR licence": a vehicle licence's class, not Human Resources
            match = Match(name, o_start, o_end, text[o_start:o_end])
            matches.append((match, key, norm.line_of(start) in tag_lines))
        return group_mentions(text, self._apply_context(text, matches), self._own_name)

    def _is_language(self, name: str) -> bool:
        return self.vocabulary.get(name).kind == SkillKind.LANGUAGE

    def _own_name(self, name: str) -> bool:
        """A name that stays its own when slashed to another of its kind: a language ("English/Spanish") or a
        credential ("Registered General Nurse/Registered Mental Nurse", "NVQ/QCF")."""
        return self.vocabulary.get(name).kind in (SkillKind.LANGUAGE, SkillKind.CERTIFICATION)

    def _apply_context(self, text: str, matches: list[tuple[Match, str, bool]]) -> list[Match]:
        rules = self.rules
        plain: list[Match] = []
        doubtful: list[tuple[Match, str]] = []
        for match, key, in_tag_line in matches:
            skill = self.vocabulary.get(match.skill)
            context = rules.kinds.get(skill.kind)
            form = rules.forms.get(key) if key not in self.taken else None
            if form is None and context is None:
                plain.append(match)
            elif in_tag_line and skill.kind in (SkillKind.TOOL, SkillKind.HARD):
                # a line that is only a list of skills ("typescript react go") needs no context, but
                # the words around a form still count ("R&D" is no R), its case does not ("go")
                if form is None or self._form_allows(text, match, form, case=False):
                    plain.append(match)
            elif form is not None and form.context == "any" and self._accept(text, match, key, [], []):
                # a form its spelling alone settles is as sure as a plain match, and is context for the
                # others: "excellent Excel skills and experienced in the use of Word"
                plain.append(match)
            else:
                doubtful.append((match, key))
        kept = list(plain)
        anchor_starts = [m.start for m in plain]  # plain is in text order
        refused = []
        for match, key in doubtful:
            if self._accept(text, match, key, plain, anchor_starts):
                kept.append(match)
            elif self._is_language(match.skill):
                refused.append(match)
        if refused:
            kept += self._asked_bare(text, refused)
        if refused:
            kept += self._listed_languages(text, refused, [m for m in kept if self._is_language(m.skill)])
        if len(refused) >= LANGUAGE_RUN:
            kept += self._language_runs(text, refused)
        kept.sort(key=lambda m: m.start)
        return kept

    @staticmethod
    def _asked_bare(text: str, refused: list[Match]) -> list[Match]:
        """Languages refused for want of a cue that are the whole of a list item asked for ("- Spanish or
        Portuguese a plus", "German and French essential"): a line of languages and an ask, nothing else.
        Removed from ``refused``."""
        added: list[Match] = []
        for match in list(refused):
            line_start = text.rfind("\n", 0, match.start) + 1
            if not _ITEM_OPENING.fullmatch(text, line_start, match.start):
                continue
            after = _LANGUAGES_THEN_ASK.match(text, match.end)
            if after is None:
                continue
            run = [m for m in refused if match.start <= m.start and m.end <= after.end()]
            for m in run:
                refused.remove(m)
            added += run
        return added

    @staticmethod
    def _listed_languages(text: str, refused: list[Match], accepted: list[Match]) -> list[Match]:
        """The languages refused for want of a cue near them that stand in one list with a language
        accepted ("... communication skills in one of the following German/Hebrew/Norwegian/Dutch/Danish":
        the cue is in reach of the first only): the list asks each of them."""
        added: list[Match] = []
        grown = True
        while grown and refused:
            grown = False
            for match in list(refused):
                gaps = [(other.end, match.start) if other.end <= match.start else (match.end, other.start)
                        for other in accepted if other.end <= match.start or match.end <= other.start]
                if any(_LANGUAGE_LIST_JOIN.fullmatch(text, lo, hi) for lo, hi in gaps):
                    refused.remove(match)
                    accepted.append(match)
                    added.append(match)
                    grown = True
        return added

    @staticmethod
    def _language_runs(text: str, refused: list[Match]) -> list[Match]:
        """The languages refused for want of a cue that stand in one list of at least ``LANGUAGE_RUN`` of
        them ("Customer Service (Gaming or IT) French, German, Danish, Dutch, Hebrew, Finnish, Swedish or
        Norwegian", the ask a sentence later: "must speak at least one of the languages fluently"): so many
        names in a row are languages, not nationalities."""
        added: list[Match] = []
        run: list[Match] = []
        for match in [*sorted(refused, key=lambda m: m.start), None]:
            if match is not None and run and _LANGUAGE_LIST_JOIN.fullmatch(text, run[-1].end, match.start):
                run.append(match)
                continue
            if len(run) >= LANGUAGE_RUN:
                added += run
            run = [match] if match is not None else []
        return added

    @staticmethod
    def _form_allows(text: str, match: Match, form: FormRule, case: bool = True) -> bool:
        """The form's spelling rules: the case it must be written in, and the words that must not
        come right before or after it."""
        if case and match.surface not in form.case:
            return False
        before = text[max(0, match.start - FORM_REACH):match.start]
        after = text[match.end:match.end + 40]
        if form.not_before is not None and form.not_before.search(before):
            return False
        if form.aim_only and _an_aim(text, match.start, match.end):
            return False
        return not (form.not_after is not None and form.not_after.search(after))

    def _accept(self, text: str, match: Match, key: str, anchors: list[Match], anchor_starts: list[int]) -> bool:
        rules = self.rules
        form = rules.forms.get(key) if key not in self.taken else None
        skill = self.vocabulary.get(match.skill)
        context_name = form.context if form else rules.kinds[skill.kind]
        listed = _office_list(text, match) if form is not None else None
        if form is not None and not self._form_allows(text, match, form, case=listed is None):
            return False
        if listed is not None:  # "(word, excel, outlook etc.)": the suite in lower case, a computer's words near
            if _OFFICE_NAMES.search(listed):
                return True  # "IT to include Word, Excel and Outlook": the programs by their names, no words needed
            context_name = "office"
        if context_name == "any":
            return True
        context = rules.contexts[context_name]
        # Context is looked for within CONTEXT_REACH characters: a line or sentence longer than a
        # person writes (hostile or broken pages) must not make each mention scan the whole text.
        reach_lo, reach_hi = max(0, match.start - CONTEXT_REACH), min(len(text), match.end + CONTEXT_REACH)
        if context.same_line:
            line_start = text.rfind("\n", reach_lo, match.start) + 1 or reach_lo
            line_end = text.find("\n", match.end, reach_hi)
            line_end = reach_hi if line_end < 0 else line_end
        else:
            line_start, line_end = reach_lo, reach_hi
        if context.window:
            lo, hi = max(line_start, match.start - context.window), min(line_end, match.end + context.window)
        else:
            lo, hi = _sentence_bounds(text, match.start, match.end, line_start, line_end)
        # the matched words count too: "Fluent English" carries its own cue
        around = text[lo:match.start] + " " + match.surface + " " + text[match.end:hi]
        if context.cue.search(around):
            return True
        for i in range(bisect.bisect_left(anchor_starts, lo), len(anchors)):
            other = anchors[i]
            if other.start >= hi:
                break
            if other is not match and other.end <= hi:
                skill = self.vocabulary.get(other.skill)
                if skill.kind in context.skill_kinds or skill.category in context.skill_categories:
                    return True
        return False


# How many languages named in one list need no cue ("French, German, Danish and Dutch")
LANGUAGE_RUN = 4
# What stands between two items of one list of languages: "German/Hebrew", "Dutch, Danish", "Dutch or Danish".
_LANGUAGE_LIST_JOIN = re.compile(r"[ \t]*(?:[/,&]|,?[ \t]+(?:and|or))[ \t]*")
# A list item's opening (a bullet, a number) before the languages that make up the item (``_asked_bare``)
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-*\u2022\u00b7\u25aa\u25cf]|\d{1,2}[.)])?[ \t]*")
# More languages joined to the first, then the ask and the line's end: "... or Portuguese a plus", "... essential."
_LANGUAGES_THEN_ASK = re.compile(r"(?:[ \t]*(?:[/,&]|,?[ \t]+(?:and|or))[ \t]*[A-Z][a-z]+)*[ \t]*(?:[-:(][ \t]*)?"
                                 r"(?:(?:is|are|would[ \t]+be|will[ \t]+be)[ \t]+)?(?:highly[ \t]+)?"
                                 r"(?:a[ \t]+(?:plus|bonus|must)|an[ \t]+(?:asset|advantage)|preferred|desirable|"
                                 r"essential|required|beneficial)\)?[ \t]*[.!]?[ \t]*(?=\n|$)")


# Two or more of the office suite's programs named in a row, in any case ("word, excel, outlook",
# "Excel/word"): each a program, whatever its case, where a computer's words are near (the office
# context); one alone in lower case stays a word ("in a word", "excel at").
_OFFICE_APPS = r"(?:word|excel|outlook|powerpoint|onenote|access)"
_OFFICE_LIST = re.compile(rf"(?i)\b{_OFFICE_APPS}"
                          rf"(?:[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*(?:ms[ \t]+)?{_OFFICE_APPS}\b)+")


# A list's programs written as their names are (a capital, the rest lower case): two of them in a
# row are the suite whatever words are near ("a sound knowledge of IT to include Word, Excel and
# Outlook"); a list in lower case or capitals still needs the office context, and so does Access
# ("the Outlook and Access road").
_OFFICE_NAMES = re.compile(r"\b(?:Word|Excel|Outlook|PowerPoint|OneNote)\b"
                           r"(?=(?:[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*(?:MS[ \t]+)?)"
                           r"(?:Word|Excel|Outlook|PowerPoint|OneNote)\b)")


def _office_list(text: str, match: Match) -> str | None:
    """The list of the office suite's programs ``match`` stands in, if it stands in one."""
    lo = max(0, match.start - OFFICE_LIST_REACH)
    for m in _OFFICE_LIST.finditer(text, lo, min(len(text), match.end + OFFICE_LIST_REACH)):
        if m.start() <= match.start and match.end <= m.end():
            return m.group(0)
    return None


OFFICE_LIST_REACH = 60  # characters either side of a mention searched for the list it stands in


_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,5}s$")
_LICENCE_INITIALS = re.compile(r"^[A-Z]{2,4}(?<!S)$")
# The last word of a licence named by its holder ("Registered Nurse", "licensed pharmacist"), whose plural names
# the holders ("registered nurses, paramedics or pharmacists").
_HOLDER_WORDS = (r"nurse|practitioner|technician|therapist|worker|pharmacist|paramedic|dietitian|hygienist|"
                 r"counsel+or|scientist|accountant|surveyor|electrician|plumber|visitor|aide|associate|assistant|"
                 r"psychologist|physiotherapist|radiographer")
_HOLDER_NOUN = re.compile(rf"\b({_HOLDER_WORDS}|midwife)$")
# Initials joined to more initials by "&" ("FP&A", "FP& A", "M&A"): one acronym, never its parts.
# At most one space around the "&", so "AWS & GCP" stays two names.
_AMP_AFTER = re.compile(r"^(?:&\s?|\s&)[A-Z]{1,2}\b")
_AMP_BEFORE = re.compile(r"\b[A-Z]{1,2}(?:\s?&|&\s)$")


# A town written as addresses write it: ", ST" (a US state's code, then a ZIP code, the end of the
# line or punctuation) or ", <state name>" right after the name. Not two capitals hyphened to a word:
# "Windows 10, MS-DOS, UNIX" is a list of systems ("Austin, TX-based" is still the town).
_STATE_AFTER = re.compile(r",[ \t]*(?:([A-Z]{2})(?![A-Za-z])(?!-(?!based\b)[A-Za-z])"
                          r"(?:[ \t]+\d{5}(?:-\d{4})?)?(?=[ \t]*(?:$|[\n,.;:)|/-]|\d))"
                          r"|([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b)", re.MULTILINE)


def _before_a_state(text: str, end: int) -> bool:
    found = _STATE_AFTER.match(text, end)
    if found is None:
        return False
    codes, names = _us_states()
    return found.group(1) in codes if found.group(1) else found.group(2).casefold() in names


@lru_cache(maxsize=1)
def _us_states() -> tuple[frozenset[str], frozenset[str]]:
    from credstack.places import load_places

    places = load_places()
    return frozenset(places.us_state_codes), frozenset(s.casefold() for s in places.us_states)


# Capital letters right before "licence" (or before more such letters and then "licence"): the
# licence's class or state ("HR or MR licence", "Class C licence", "CA CNA license"), whatever
# skill the same letters name elsewhere; a certification's own letters ("RN license") stay it.
LICENCE_CLASS_AFTER = re.compile(r"(?:\s*+(?:(?:,|/|\bor\b|\band\b)\s*+)?[A-Z]{1,4}\b)*+\s+(?i:licen[cs]es?|permit)\b")


def _licence_class(text: str, end: int) -> bool:
    return LICENCE_CLASS_AFTER.match(text, end, min(len(text), end + 40)) is not None


# A blank line, or a line opening a list item ("other allied health professional\n- Degree or equivalent").
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:\n|[-*\u2022\u00b7\u25aa\u25e6\u2023\u25cf][ \t])")
# A list item's letter: "(c)" in lower case anywhere, "(C)", "c)" or "c." opening a line (after any bullet). Not
# "ASP.NET (C)", a scraped "C#" in its brackets.
_ENCLOSED_LETTER = re.compile(r"\([a-z]\)")
_OPENING_LETTER = re.compile(r"[ \t]*(?:[-*\u2022\u00b7][ \t]*)?(?:\(\w\)|\w[.)])[ \t]")


def _is_enumerator(text: str, start: int, end: int) -> bool:
    """Whether the letter at [start, end) numbers a list's item ("(c)", "(C) " or "c) " at a line's start)."""
    if start and _ENCLOSED_LETTER.match(text, start - 1, end + 1):
        return True
    return _OPENING_LETTER.fullmatch(text, text.rfind("\n", 0, start) + 1, min(len(text), end + 2)) is not None


# "non-" or "no-" written right before a name: the name is what the job or the thing is not
# ("non-CDL driver", "No-sql databases", "no-code tools").
_NEGATED = re.compile(r"(?<![A-Za-z])no(?:n)?[-\u2010\u2011]$", re.IGNORECASE)


def _fixed_phrases(text: str, pattern: re.Pattern | None, not_after: re.Pattern | None = None,
                   words: tuple[tuple[str, str | None], ...] = ()) -> list[tuple[int, int]]:
    """[start, end) of each fixed phrase in ``text`` (``skill_context.json`` "fixed_phrases"), but
    those right after a verb of making them ("building an innovative culture").

    ``words``: each phrase's pattern and the word every match of it holds (``held_word``). The
    text is searched with the phrases whose word it holds alone: a phrase that cannot match
    anywhere in it changes no match of the others, and most texts hold the words of few phrases."""
    if pattern is None:
        return []
    if words:
        pattern = _phrases_pattern(held_in(words, text))
        if pattern is None:
            return []
    return [m.span() for m in pattern.finditer(text)
            if not_after is None or not not_after.search(text, max(0, m.start() - 30), m.start())]


def in_fixed_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` overlaps a fixed phrase ("in collaboration with"): for the
    tagger's spans, as the matcher does for its own matches."""
    rules = load_context_rules()
    if rules.fixed_phrases is None:
        return False
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    phrases = _fixed_phrases(text[lo:hi], rules.fixed_phrases, rules.fixed_phrase_not_after, rules.fixed_phrase_words)
    return _within_phrase(phrases, start - lo, end - lo)


def _within_phrase(phrases: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(phrases, (start, float("inf"))) - 1  # phrases are in text order, disjoint
    return any(lo < end and start < hi for lo, hi in phrases[max(0, i):i + 2])


def _in_compound_acronym(text: str, start: int, end: int) -> bool:
    return bool(_AMP_AFTER.match(text[end:end + 5]) or _AMP_BEFORE.search(text[max(0, start - 5):start]))


def whole_line(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` are their line, but for a bullet before and a colon or full stop after."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip(" \t#*-\u2022") and not text[end:line_end].strip(" \t:.")


def _labels(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are a line's label: they open the line and a colon follows
    ("Job description: Full-time"; not "Own the growth roadmap: activation, retention")."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t#*-\u2022") and text[end:end + 3].lstrip(" \t").startswith(":")


def _tag_lines(norm: NormalisedText, chosen: list[tuple[int, int, str, str]]) -> set[int]:
    """Lines that are nothing but skill names: at least three, covering most of the line."""
    covered: dict[int, int] = {}
    counts: dict[int, int] = {}
    for start, end, _key, _name in chosen:
        line = norm.line_of(start)
        covered[line] = covered.get(line, 0) + (end - start)
        counts[line] = counts.get(line, 0) + 1
    lines = norm.lines()
    tags = set()
    for line, count in counts.items():
        letters = len(re.sub(r"[\s,;/|•·-]+", "", lines[line]))
        if count >= 3 and letters and covered[line] >= 0.75 * letters:
            tags.add(line)
    return tags


_SLASHED_INITIALS = re.compile(r"[A-Z][A-Z0-9]{2,}")
# A known name written as initials, of two letters or more ("RN", "NVQ"): slashed to unknown initials of three
# letters or more ("RNC/RN qualified"), each is its own name.
_INITIALS = re.compile(r"[A-Z][A-Z0-9]+")
# Standards bodies whose initials open a standard's name before a slash ("ISO/TS 16949", "ISO/IEC 17025").
_STANDARDS_BODIES = frozenset({"ISO", "IEC", "ANSI", "IEEE", "ASTM"})


def group_mentions(text: str, matches: list[Match], own_word=lambda name: False) -> list[Match]:
    """Set each match's ``mention`` to the words the page wrote around it as one name.

    Names joined by "/" or "-" form one mention for each of them ("React/Redux", "react-redux",
    "CentOS/Red Hat"); a slash also takes in an unknown neighbour ("Jest/Enzyme"), and a hyphen
    a trailing modifier ("English-speaking", "cloud-based"). Three known names or more slashed
    in parentheses alone, or after an "e.g." opening them, are a list of a suite's parts or of
    examples, each its own mention ("MS Office (Outlook/Word/Excel/PowerPoint)", "evidence based
    interventions (e.g., CBT/DBT/ACT/MI/MBSR)"); so are two names of several words slashed that
    share no word ("registered with the GSCC/Care Council for Wales"); and names that are each
    ``own_word`` (languages: "English/Spanish", "Welsh/English speakers"; credentials: "Registered General
    Nurse/Registered Mental Nurse"), each its own word; and
    initials of three letters or more slashed alone ("ACA/ACCA/CIMA", "UNIX/LINUX").
    """
    out = list(matches)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and out[j + 1].start == out[j].end + 1 and text[out[j].end] in "/-":
            j += 1
        g_start, _ = slash_group(text, out[i].start, out[i].end)
        _, g_end = slash_group(text, out[j].start, out[j].end)
        if j == i and " " in out[i].surface.strip() and _PHRASE_AFTER.match(text, g_end) \
                and text[out[j].end + 1:g_end].casefold() not in out[j].surface.casefold().split():
            # "service level agreements/contracted outcomes": a phrase, slashed to another phrase (not
            # one sharing its words, "test plans/test reports")
            g_end = out[j].end
        g_end = _modifier_end(text, g_end)
        if g_start == out[i].start:
            g_start = prefix_start(text, g_start)
        group = text[g_start:g_end]
        listed = j - i >= 2 and (g_start, g_end) == (out[i].start, out[j].end) \
            and _opens_a_list(text, g_start) and text[g_end:g_end + 1] == ")" \
            and all(text[out[k].end] == "/" for k in range(i, j))
        # two names of several words each, slashed ("registered with the GSCC/Care Council for Wales"),
        # unless they share a word: one phrase's variants ("continuous delivery/continuous deployment")
        listed = listed or (j == i + 1 and text[out[i].end] == "/" and " " in out[i].surface.strip()
                            and " " in out[j].surface.strip()
                            and not set(out[i].surface.casefold().split()) & set(out[j].surface.casefold().split()))
        listed = listed or (j > i and all(own_word(out[k].skill) for k in range(i, j + 1)))
        # initials of three letters or more each, slashed and nothing else ("ACA/ACCA/CIMA", "UNIX/LINUX",
        # "BLS/ACLS"): each its own name, as the tagger's spans split them ("TCP/IP", "CI/CD" stay one)
        listed = listed or (j > i and (g_start, g_end) == (out[i].start, out[j].end)
                            and all(text[out[k].end] == "/" for k in range(i, j))
                            and all(_SLASHED_INITIALS.fullmatch(out[k].surface) for k in range(i, j + 1)))
        for k in range(i, j + 1):
            out[k] = Match(out[k].skill, out[k].start, out[k].end, out[k].surface, out[k].surface if listed else group)
        i = j + 1
    return out


# Everyday function words that some initials spell ("BE", "AS", "DO", "CAN", "MUST", "OR"); "IT"
# and "US" are left out: "IT skills" and "US citizens" are what their small letters mean too.
_FUNCTION_WORDS = frozenset("""
a am an and are as at be but by can do for had has he if in is may me must my no not of off on or
our out per so the to up via was we will
""".split())


# The last item of a coordination and the head it shares ("and problem-solving skills", "or time management
# abilities", "and programme management"), and each word before it that the head may take ("analytical",
# "organizational", "written, verbal"): a word at an item's end, before a comma or the "and" the tail opens with.
_COORDINATION_TAIL = re.compile(
    r"[ \t]*,?[ \t]+(?:and|or|&)[ \t]+(?:[A-Za-z][\w-]*[ \t]+){1,3}(skills|abilities|management)\b")
_COORDINATED_ITEM = re.compile(r"\b([A-Za-z][A-Za-z-]{2,})(?=[ \t]*,[ \t]*|[ \t]*$)")
ELIDED_REACH = 60  # characters before the tail searched for its items


# A hyphen's trailing modifier ("English-speaking", "cloud-based") or the rest of a hyphenated name
# the match opens ("JAX-WS", "asp.net-web-api", "angular-ngrx-data"): the page's word is the mention.
_MODIFIER = re.compile(r"(?:-[a-z]{3,12}\b|-[A-Z]{2,5}\b|-[a-z]{2}(?=-))*(?:-[a-z]{3,12}|-[A-Z]{2,5})\b(?![-/])")
# After a slashed neighbour, a lower-case word of its own phrase ("contracted outcomes").
_PHRASE_AFTER = re.compile(r"[ \t]+[a-z]{3,}\b(?![ \t]+(?:and|or)\b)")
# What opens a list of examples in parentheses before its first item: "(", "(e.g., ", "(i.e. ",
# "(such as ", "(including ".
_LIST_OPENING = re.compile(r"\((?:(?:e\.g\.|eg\.?|i\.e\.|ie\.?|such as|including|incl\.)[,:]?[ \t]*)?$", re.IGNORECASE)


# The words a hyphen glues before a match, which make one word of the page with it ("bio-statistics",
# "RT-qPCR", "ever-changing priorities", "clinical-reasoning skills"): that word is the mention, as
# the page wrote it. Skill annotations, SkillSpan's and this project's, never cut a hyphenated word:
# a mention cut inside one matched none (held-out SkillSpan train postings and the real non-tech
# postings alike). Not across a slash, a dot or a digit run alone ("2-3 years"), nor from a word that opens a list
# glued to its first item by a lost space ("specialities required-neurology, MSK, ITU").
_PREFIX = re.compile(r"(?<![\w./+#-])(?!(?:required|including|includes|especially|particularly|"
                     r"specifically|namely|preferably|ideally|essential|desirable|incl)-)"
                     r"(?:[A-Za-z][A-Za-z0-9]*-){1,3}$", re.IGNORECASE)
_PREFIX_REACH = 40


def prefix_start(text: str, start: int) -> int:
    m = _PREFIX.search(text, max(0, start - _PREFIX_REACH), start)
    return m.start() if m else start


def _opens_a_list(text: str, start: int) -> bool:
    return _LIST_OPENING.search(text, max(0, start - 16), start) is not None


def _modifier_end(text: str, end: int) -> int:
    m = _MODIFIER.match(text, end)
    if m is None:
        return end
    person = _PERSON_AFTER.search(m.group())
    return end + person.start() if person else m.end()


# A person's word a hyphen glues after a name ("a new CCT-holder", "EMDR-trained therapists"): who holds the
# name or was trained in it, no part of it.
_PERSON_AFTER = re.compile(r"-(?:holders?|trained)$", re.IGNORECASE)


def _is_capital_form(vocabulary: Vocabulary, name: str, key: str) -> bool:
    """Whether the vocabulary writes ``key`` (a form of skill ``name``) in capitals ("API")."""
    skill = vocabulary.get(name)
    return any(match_key(f) == key and f.isupper() for f in (skill.name, *skill.aliases))


def _token_char(c: str) -> bool:
    return c.isalnum() or c in "+#.-"


# A capitalised word (no initials) and a space right before a capitalised slashed neighbour ("Data
# Protection Act/GDPR", "Project Engineering/Project Management"): the neighbour ends a name of several
# words, whose last word alone is no part of the mention ("HW Bring-up/debug" stays whole).
_TAIL_OF_A_NAME = re.compile(r"\b[A-Z][a-z][\w&-]*[ \t]+$")


# The capitalised words that go on a name a slashed neighbour opens ("Operating" + " Department Practitioner").
_HEAD_OF_A_NAME = re.compile(r"[ \t]+[A-Z][a-z]+\b")


def slash_group(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) over names joined to it by slashes ("Jest/Enzyme", "C#/.NET")."""
    s, e = start, end
    low, high = max(0, start - CONTEXT_REACH), min(len(text), end + CONTEXT_REACH)
    initials = _INITIALS.fullmatch(text, start, end) is not None
    # a capitalised name of several words ("Registered Nurse") stays apart from initials slashed before
    # it ("ODP/Registered Nurse") and from the head of another such name after it ("Registered
    # Nurse/Operating Department Practitioner"): two names, each its own
    named = " " in text[start:end] and all(w[:1].isupper() for w in text[start:end].split())
    while s > low + 1 and text[s - 1] == "/" and _token_char(text[s - 2]):
        t = s - 1
        while t > low and _token_char(text[t - 1]):
            t -= 1
        if text[t:s - 1].isdigit():
            break  # "20000" of "ISO 20000/ITIL": a number ends the name before it
        if _TAIL_OF_A_NAME.search(text, max(low, t - 40), t) and text[t:t + 1].isupper():
            break  # "Act" of "Data Protection Act/GDPR": the last word of a name of several, no name alone
        if initials and _SLASHED_INITIALS.fullmatch(text, t, s - 1) and text[t:s - 1] not in _STANDARDS_BODIES:
            break  # "RMA/NVQ", "RNC/RN": initials of three letters or more are their own name (as known ones are)
        if named and _INITIALS.fullmatch(text, t, s - 1):
            break  # "ODP" of "ODP/Registered Nurse"
        s = t
    while e + 1 < high and text[e] == "/" and _token_char(text[e + 1]):
        f = e + 1
        while f < high and _token_char(text[f]):
            f += 1
        if initials and _SLASHED_INITIALS.fullmatch(text, e + 1, f):
            break  # "NVQ/RMA"
        if named and text[e + 1].isupper() and _HEAD_OF_A_NAME.match(text, f):
            break  # "Operating" of "Registered Nurse/Operating Department Practitioner"
        e = f
    while e > end and text[e - 1] in ".-":
        e -= 1
    while s < start and text[s] in ".-" and not text[s + 1:s + 2].isalnum():
        s += 1
    return s, e


def _sentence_bounds(text: str, start: int, end: int, line_start: int, line_end: int) -> tuple[int, int]:
    lo = max(text.rfind(p, line_start, start) for p in (". ", "; ", "! ", "? "))
    lo = line_start if lo < 0 else lo + 2
    hi_candidates = [i for i in (text.find(p, end, line_end) for p in (". ", "; ", "! ", "? ")) if i >= 0]
    return lo, min(hi_candidates) if hi_candidates else line_end


# A number glued after a name in a scraped list, the number's own words after it: "200 Hours".
_GLUED_NUMBER = re.compile(r"\d{1,6}(?=[ \t]+[a-z])")


def _on_boundary(norm: str, start: int, end: int, key: str) -> bool:
    """True when [start, end) of the normalised text is a whole token sequence."""
    if start > 0:
        before = norm[start - 1]
        if before in _WORD_CHARS or before in "+#@":
            return False
        if before == "." and key[0].isalnum() and start > 1 and norm[start - 2] in _WORD_CHARS:
            return False  # the tail of a dotted name ("js" in "node.js")
    if end < len(norm):
        after = norm[end]
        if after in _WORD_CHARS and not (after.isdigit() and key[-1].isalpha() and " " in key
                                       and _GLUED_NUMBER.match(norm, end)):
            return False  # a name of words may run into a scraped list's next number: "Multi-engine200 Hours"
        if key[-1].isalnum() and after in "+#":
            return False  # "C" in "C++", "C#"
        if after == "$" and len(key) <= 3 and key.isalpha():
            return False  # a currency's sign: "R$ 4.000,00" (Brazil's real), "C$", "US$"
        if after == "." and end + 1 < len(norm) and norm[end + 1] in _WORD_CHARS and key[-1].isalnum():
            return False  # the head of a dotted name ("vue" in "vue.js")
    if len(key) == 1 and key.isalpha() and (
            (end + 1 < len(norm) and norm[end] == "&" and norm[end + 1].isalpha())
            or (start > 1 and norm[start - 1] == "&" and norm[start - 2].isalpha())):
        return False  # a letter of initials joined by "&": "C" of "C&G 730" (City & Guilds), "R" of "R&D"
    return True


def _longest_non_overlapping(candidates: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Longest candidates first, each kept when no kept one overlaps it. Occupied characters are
    marked in a bytearray, so each test costs the candidate's own length (skill names are short),
    not the number of candidates kept so far."""
    chosen: list[tuple[int, int, str, str]] = []
    size = max((c[1] for c in candidates), default=0)
    occupied = bytearray(size)
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        start, end = cand[0], cand[1]
        if occupied.find(1, start, end) >= 0:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


def matcher_for(vocabulary: Vocabulary) -> SkillMatcher:
    """The matcher of a vocabulary, built once and owned by it (``Vocabulary.matcher``)."""
    return vocabulary.matcher



# "Long Name of Things (LNT)": up to eight capitalised or small joining words before the letters in
# brackets (``abbreviations.defined_abbreviations``).
_SPELT_OUT = re.compile(r"((?:[A-Z][\w&'.-]*|of|and|for|the|&)(?:[ \t]+(?:[A-Z][\w&'.-]*|of|and|for|the|&)){0,7})"
                        r"[ \t]*\(([A-Z][A-Z0-9&]{1,7})\)")


# Characters read again on either side of a spelt-out name and its letters: a mention that holds
# the letters starts or ends within them ("an Enhanced ... (DBS) check", "(NMC) registration").
SPELT_OUT_REACH = 60


def _windows(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """``spans`` clipped to [0, size] and merged where they overlap, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        lo, hi = max(0, lo), min(size, hi)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _spelt_out_acronyms(text: str) -> list[tuple[int, int, int]]:
    """(start of the spelt-out name, start and end of the letters) of each acronym the text spells
    out right before its brackets, the initials of the name's words giving the letters."""
    from credstack.skills.abbreviations import initials_match

    out = []
    for m in _SPELT_OUT.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        run = initials_match([w.group() for w in words], m.group(2).replace("&", ""))
        if run:
            n = len(run.split())
            out.append((m.start(1) + words[-n].start(), m.start(2), m.end(2)))
    return out

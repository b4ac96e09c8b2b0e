"""Tagger spans -> vocabulary skills, or new skills of kind "other" named by their own words.

A span is linked, in order: (1) to the skill whose name or alias (or a variant the matcher
knows: plural, singular, spelling) is the whole span; (2) to the vocabulary skill whose name
embedding is nearest, when the cosine is at least ``LINK_THRESHOLD``; otherwise (3) it becomes
a skill of kind ``other`` with the span's words as its name, so nothing the tagger found is
dropped silently. Gaps, credentials and highlighting then treat linked spans like any match.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from credstack.places import load_places
from credstack.skills.matcher import match_key, matcher_for
from credstack.skills.model import Skill, SkillKind
from credstack.skills.vocabulary import Vocabulary

# Cosine of all-MiniLM-L6-v2 name embeddings above which a span is taken to name the same skill.
# First set by inspection (at 0.8 the neighbours seen were the same concept in other words,
# "relational database design" -> "Relational Databases"; a few points lower, broader or sibling
# concepts). Measured since on held-out SkillSpan train postings (bench/tagger_thresholds.py, 28
# postings): span F1 moves by at most 0.003 anywhere from 0.6 to 1.01 (no nearest links at all),
# because a link changes a span's name more than whether it counts; 0.8 is kept for the names.
LINK_THRESHOLD = 0.8
# The same for the default static model (``credstack.embedding.StaticEmbedder``), whose cosines run
# higher and looser: "rx-java" is 0.93 from JavaFX. Set where its links best agree with MiniLM's at
# 0.8, on the tagger's spans over 40 SkillSpan train postings, never dev (bench/link_threshold_bench.py):
# 0.92 agrees on 91.7% of decisions and 6 of its 28 links are not MiniLM's; at 0.8, 174 of 264
# would be. Fewer links mean more skills of kind "other", never a dropped span.
STATIC_LINK_THRESHOLD = 0.92
_EDGE = re.compile(r"[\W_]+")
_END = re.compile(r"[\W_]+$")
# Filler before a span's own words ("between health" of "between health and social care", "such as
# Excel"); "i.e." and "e.g." in small letters only ("IE 11" is a browser).
_FILLER = (r"(?:a|an|the|of|in|on|with|and|or|to|for|your|our|good|strong|solid|"
           r"excellent|proven|some|any|basic|advanced|deep|in-?depth|thorough|great|between|across|among|amongst|"
           r"throughout|including|such[ \t]+as|"
           r"(?-i:i\.?e\.?|e\.?g\.?))")
_LEADING = re.compile(rf"(?:{_FILLER}\s+)+", re.IGNORECASE)
_FILLER_ONLY = re.compile(rf"{_FILLER}(?:\s+{_FILLER})*", re.IGNORECASE)  # "indepth" of "indepth awareness of"


# Abbreviations that name nothing, a whole span once its edges are cut: Latin ones in small letters, as written ("i.e",
# "e.g", "etc"; "CF" is cystic fibrosis), and the units of a length of time in any case ("within last ****mths", a job
# board's masked number glued to its unit)
_ABBREVIATIONS = frozenset({"i.e", "e.g", "etc", "viz", "cf"})
_TIME_UNITS = frozenset({"mths", "mnths", "yrs", "hrs", "wks"})
_TOKEN = re.compile(r"[\w&+#.-]+")


def name_token(word: str) -> bool:
    """Initials, digits or inner capitals: a name's own token ("CPMA", "3G", "PineNet")."""
    return any(c.isdigit() for c in word) or (len(word) > 1 and (word.isupper() or any(c.isupper() for c in word[1:])))


def _may_be_near(surface: str, skill: Skill) -> bool:
    from credstack.skills.plain_words import rank

    words = _TOKEN.findall(surface)
    if len(words) == 1 and not name_token(words[0]) and rank(words[0]) is not None:
        return False
    if len(words) == 1 and len(words[0]) > 1 and words[0].isupper() \
            and words[0].casefold() not in {form.casefold() for form in (skill.name, *skill.aliases)}:
        return False  # initials alone name a skill only as a whole form of it: "AP" of "AP / AR / PR" is no "WELL AP"
    forms = [w for form in (skill.name, *skill.aliases) for w in _TOKEN.findall(form)]
    own = {w.casefold() for w in forms}
    acronyms = {w for w in forms if len(w) > 1 and w.isupper()}
    # a lone capital too ("D" of "PCV (D) licence" is a licence's category, not "A&P License")
    return all(w.casefold() in own and not _other_casing(w, acronyms)
               for w in words if name_token(w) or (len(w) == 1 and w.isupper()))


def _other_casing(word: str, acronyms: set[str]) -> bool:
    """A word with inner capitals that is a skill's all-capital initials in other letters' case:
    "SoC" (a system on a chip) is not "SOC" (SOC 2), "MArch" not "MARCH"."""
    return (not word.isupper() and any(c.isupper() for c in word[1:])
            and any(a.casefold() == word.casefold() for a in acronyms))


# Words that join or lead a name's words, and say nothing of what it is about.
_JOINING = frozenset("a an the and or of in on at to for with by & + / skills skill".split())


def _same_word(a: str, b: str) -> bool:
    """One word in two forms: the same, or sharing all but their endings ("cost" / "costing",
    "operate" / "operation", "industry" / "industrial")."""
    if a == b:
        return True
    common = len(os.path.commonprefix([a, b]))
    return common >= 4 and common >= min(len(a), len(b)) - 3


def _content_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", text.casefold()) if w and w not in _JOINING]


def _a_sibling(surface: str, skill: Skill) -> bool:
    """Each of the skill's names has a word the span lacks while the span has a word the name
    lacks: a neighbour of the same kind, not the same skill ("children Liability Insurance" is not
    Public Liability Insurance, "kitchen safety rules" no Food Safety Management Systems). A span
    whose words are the name's and more ("building data structures": Data Structures), or fewer
    ("braiding": Hair Braiding), still links."""
    words = _content_words(surface)
    for form in (skill.name, *skill.aliases):
        own = _content_words(form)
        name_only = any(not any(_same_word(o, w) for w in words) for o in own)
        span_only = any(not any(_same_word(w, o) for o in own) for w in words)
        if not (name_only and span_only):
            return False
    return True


@dataclass(frozen=True)
class Link:
    skill: Skill
    how: str  # "exact", "manner" (a soft skill read past its words of manner), "nearest" or "new"
    similarity: float | None = None
    vector: object = None  # the span's embedding, when one was computed


# Words a span can run on to when the tagger ends it one word late ("financial control and",
# "administration training and/or"), or a requirement's label after it ("clinical specialty Preferred").
# (a possessive or a demonstrative ends no name either: "access to your" of "access to your own transport")
_TRAILING_WORD = (r"(?:and|or|with|of|in|for|to|on|as|the|a|an|plus|including|etc|preferred|required|desired"
                  r"|according|relating|regarding|concerning|pertaining|undertaken|existing|involved"
                  r"|desirable|essential|your|our|their|its|his|her|my|this|that|these|those)\b")
# (one run of separators between two words: "[\s/]+ ... [\W_]*" in turn backtracked exponentially on a run of
# blanked spaces between filler words)
_TRAILING = re.compile(rf"[\s/]+{_TRAILING_WORD}(?:[\W_]*[\s/]{_TRAILING_WORD})*[\W_]*$", re.IGNORECASE)


_POSSESSIVE_TAIL = re.compile(r"(?:s|ll|re|ve|d|t)[ \t]+", re.IGNORECASE)  # what an apostrophe ends: "'s", "'ll"


def clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` of ``text`` without edge punctuation, leading filler ("strong", "a") and a
    trailing joining word ("and", "of"): where the span's own words are; a bracket the span closes
    but does not open parts it ("D) license" of "PCV (D) license" is "license"), and so does one it
    opens but does not close ("System (HARS" is "System")."""
    if ")" in text[start:end]:
        start = _after_stray_closing(text, start, end)
    if "(" in text[start:end]:
        end = _before_stray_opening(text, start, end)
    if start > 0 and text[start - 1] in "'’":
        tail = _POSSESSIVE_TAIL.match(text, start, end)
        start = tail.end() if tail else start  # "s mobile frontend" of "Budgetwise's mobile frontend"
    while start < end:
        before = (start, end)
        for pattern in (_EDGE, _LEADING):
            found = pattern.match(text, start, end)
            if found:
                start = found.end()
        found = _TRAILING.search(text, start, end) or _END.search(text, start, end)
        if found and found.start() >= start:
            end = found.start()
        if (start, end) == before:
            break
    if text.count("(", start, end) > text.count(")", start, end):
        # the edge's ")" went with the punctuation: "Management (OPM)" is not "Management (OPM"
        end = end + 1 if text[end:end + 1] == ")" else _before_stray_opening(text, start, end)
    words = text[start:end]
    if words in _ABBREVIATIONS or words.lower() in _TIME_UNITS or _FILLER_ONLY.fullmatch(text, start, end):
        return start, start  # "i.e" of "application tiers. i.e. UI, Midtier and DB", "indepth": nothing named
    return start, max(start, end)


def _after_stray_closing(text: str, start: int, end: int) -> int:
    """Where ``start:end`` begins once what stands before a bracket it closes but never opened is
    left out ("D) license" of "PCV (D) license": the category is another name's)."""
    depth = 0
    for i in range(start, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            if depth:
                depth -= 1
            elif any(c.isalnum() for c in text[i + 1:end]):  # not "Flotherm)" of "Siemens (StarCCM, Flotherm)"
                start = i + 1
    return start


def _before_stray_opening(text: str, start: int, end: int) -> int:
    """Where ``start:end`` ends once a bracket it opens but never closes is left out, with what follows
    it ("System (HARS" of "HIV and AIDS Reporting System (HARS) dataset" is "System": the span stops
    inside the bracket)."""
    depth = 0
    for i in range(end - 1, start - 1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth:
                depth -= 1
            elif any(c.isalnum() for c in text[start:i]):  # not "(Flotherm" of "(Flotherm, StarCCM"
                end = i
    return end


def clean_surface(surface: str) -> str:
    """The span's words without edge punctuation, leading filler ("strong", "a") and a trailing
    joining word ("and", "of")."""
    start, end = clean_bounds(surface, 0, len(surface))
    return re.sub(r"\s+", " ", surface[start:end])


def exact_link(surface: str, vocabulary: Vocabulary) -> Skill | None:
    skill = vocabulary.resolve(surface) or _licence_of_a_place(surface, vocabulary)
    if skill is not None:
        return skill
    matcher = matcher_for(vocabulary)
    if surface.isascii() and "(" not in surface and match_key(surface) not in matcher.forms:
        # A match is read as the whole surface only when the surface's own key is one of the
        # matcher's forms (a name spelt out before its letters in brackets aside): no reading.
        return None
    matches = matcher.find(surface)
    if len(matches) == 1 and match_key(matches[0].surface) == match_key(surface):
        return vocabulary.get(matches[0].skill)
    return None


# Words of manner between a soft skill's verb and the rest of its name ("work effectively and efficiently as part
# of a team"), and the staff at every level a post communicates with ("communicate with staff at all levels")
_MANNER = re.compile(r"(?i)\s+(?:(?:effectively|efficiently|well|closely|collaboratively|successfully|confidently|"
                     r"positively|flexibly|professionally|constructively)(?:\s*,\s*|\s+and\s+|\s+or\s+)?)+(?=\s)")
_AT_ALL_LEVELS = re.compile(r"(?i)\s+with\s+(?:staff|people|colleagues|stakeholders|others|individuals)\s+at\s+all"
                            r"\s+levels$")


def _plain_manner_link(surface: str, vocabulary: Vocabulary) -> Skill | None:
    """The soft skill a duty phrase names once its words of manner are read past ("work effectively and
    efficiently as part of a team" -> Teamwork; "communicate with staff at all levels" -> Communication)."""
    plain = _AT_ALL_LEVELS.sub(" effectively", _MANNER.sub("", surface))
    if plain == surface:
        return None
    skill = exact_link(plain, vocabulary)
    return skill if skill is not None and skill.kind == SkillKind.SOFT else None


# Head nouns naming the machine a skill works or the person working it ("fork lift trucks",
# "forklift driver", "crane operator"): the span names the skill its other words name.
_OPERATED = re.compile(r"(?:\s+(?:trucks?|drivers?|operators?|operatives?)){1,2}$", re.IGNORECASE)
# Where machines, vehicles and the licences to work them are: elsewhere a "driver" is code or a
# cause ("SQL driver", "sales driver").
_WORKED_CATEGORIES = frozenset({"operations_supply_chain", "trades", "engineering", "certification"})


def _operated_link(surface: str, vocabulary: Vocabulary) -> Skill | None:
    """The hard skill or licence of machines, vehicles or trades a span names before a trailing
    "trucks", "driver", "operator" ("fork lift trucks" -> Forklift Operation, "HGV driver" -> HGV
    Licence); a tool's or an office skill's name before one ("Python operator", "SQL driver",
    "sales driver") is left alone, as is any other head noun ("Python developer")."""
    stem = _OPERATED.sub("", surface)
    if stem == surface or not stem.strip():
        return None
    skill = exact_link(stem, vocabulary)
    if (skill is not None and skill.kind in (SkillKind.HARD, SkillKind.CERTIFICATION)
            and skill.category in _WORKED_CATEGORIES):
        return skill
    return None


# A tool or a field named with the word that says it is asked for ("Microsoft Office skills", "SAP
# experience", "payroll knowledge"): the name before it is the skill.
_ASKED_AS = re.compile(r"\s+(?:skills?|experience|knowledge|proficiency|expertise)$", re.IGNORECASE)


def _asked_as_link(surface: str, vocabulary: Vocabulary) -> Skill | None:
    """The tool or hard skill a span names before a trailing "skills", "experience", "knowledge" ...
    ("Microsoft Office skills" -> Microsoft Office); a soft skill keeps its own reading ("communication
    skills" is the vocabulary's own name or none)."""
    stem = _ASKED_AS.sub("", surface)
    if stem == surface or not stem.strip():
        return None
    skill = exact_link(stem, vocabulary)
    return skill if skill is not None and skill.kind in (SkillKind.TOOL, SkillKind.HARD) else None


MAX_PLACE_WORDS = 3


def _licence_of_a_place(surface: str, vocabulary: Vocabulary) -> Skill | None:
    """The certification a place's name qualifies ("Georgia RN license", "Idaho RN license": the
    Registered Nurse licence, issued there): the place's words first, then the certification's
    name or alias whole. Where the job is decides where it must be held; what it is stays the same."""
    words = surface.split()
    for k in range(1, min(MAX_PLACE_WORDS, len(words) - 1) + 1):
        if load_places().is_place(" ".join(words[:k])):
            skill = vocabulary.resolve(" ".join(words[k:]))
            if skill is not None and skill.kind == SkillKind.CERTIFICATION:
                return skill
    return None


# A name with a gloss in brackets after it ("NMC (Nurse)", "HCPC (Paramedic)"): the register, the
# licence or the tool before the brackets is what the span names.
_GLOSSED = re.compile(r"(.+?)\s*\(\s*([^()]{1,40}?)\s*\)")


def _glossed_link(surface: str, vocabulary: Vocabulary) -> Skill | None:
    """The skill the words before a bracketed gloss name exactly ("NMC (Nurse)" -> NMC Registration),
    the gloss of a few words at most aside."""
    m = _GLOSSED.fullmatch(surface)
    if m is None or len(m.group(2).split()) > 3:
        return None
    return exact_link(m.group(1), vocabulary)


def other_skill(surface: str) -> Skill:
    return Skill(name=surface, kind=SkillKind.OTHER, category="other")


def _columns(embeddings) -> tuple[list[str], object]:
    """The vocabulary's names and its vectors as columns: ``SkillEmbeddings.vocabulary_columns``
    (transposed once), or the transpose of any other source's ``vocabulary_matrix``."""
    columns = getattr(embeddings, "vocabulary_columns", None)
    if columns is not None:
        return columns()
    names, matrix = embeddings.vocabulary_matrix()
    return names, matrix.T


def link_spans(surfaces: list[str], vocabulary: Vocabulary, embeddings=None,
               threshold: float | None = None) -> list[Link]:
    """One link per surface (already cleaned); ``embeddings`` (a ``SkillEmbeddings``) enables
    nearest-neighbour links, without it unmatched spans become "other" skills.

    A nearest link is refused for one everyday word (its vector is the word's, and a name made of
    it and one unknown token sits right on it: "license" -> "A&P License", "Credential" ->
    "Credentialing"), and when the span holds a name (initials, digits, inner capitals) that the
    skill's own names lack ("CPMA certification" is not "CPR Certification"), or when span and
    skill each have a word the other lacks (``_a_sibling``)."""
    if threshold is None:
        static = embeddings is not None and getattr(embeddings.embedder, "static", False)
        threshold = STATIC_LINK_THRESHOLD if static else LINK_THRESHOLD
    links: list[Link | None] = [None] * len(surfaces)
    pending: list[int] = []
    for i, surface in enumerate(surfaces):
        skill = exact_link(surface, vocabulary) or _operated_link(surface, vocabulary) \
            or _asked_as_link(surface, vocabulary) or _glossed_link(surface, vocabulary)
        if skill is not None:
            links[i] = Link(skill, "exact", 1.0)
        elif (soft := _plain_manner_link(surface, vocabulary)) is not None:
            links[i] = Link(soft, "manner", 1.0)  # words the matcher never saw together: no rule of its refused them
        else:
            pending.append(i)
    if pending and embeddings is not None:
        names, columns = _columns(embeddings)
        vectors = embeddings.embedder.encode([surfaces[i] for i in pending])
        sims = vectors @ columns
        best = sims.argmax(axis=1)
        for row, i in enumerate(pending):
            score = float(sims[row, best[row]])
            skill = vocabulary.get(names[best[row]])
            if score >= threshold and _may_be_near(surfaces[i], skill) and not _a_sibling(surfaces[i], skill):
                links[i] = Link(skill, "nearest", score, vectors[row])
            else:
                links[i] = Link(other_skill(surfaces[i]), "new", score, vectors[row])
    return [link or Link(other_skill(surfaces[i]), "new") for i, link in enumerate(links)]

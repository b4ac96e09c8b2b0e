"""Which sense an ambiguous word has in a posting: the occupation its other skills point at.

"EMR" is health records on a ward and Amazon EMR on a data team; "coding" is programming or
medical coding; "DOE" on a pay line is "depending on experience". The forms and their senses are
data (``data/skill_context.json`` under "senses"); the rule is one: the posting's unambiguous
skills, and its title, vote for occupation families, and a doubtful mention takes the sense whose
family has support, or is no skill at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from credstack.skills.matcher import skill_context_data
from credstack.skills.model import Skill, SkillKind
from credstack.skills.vocabulary import Vocabulary


@dataclass(frozen=True)
class Senses:
    families: dict[str, str]  # vocabulary category -> family
    neutral: frozenset[str]
    forms: dict[str, tuple[tuple[str, str], ...]]  # casefolded form -> ((skill, family), ...)
    near: dict[str, tuple[tuple[str, re.Pattern], ...]] = field(default_factory=dict)  # form -> ((skill, cue), ...)
    none_near: dict[str, re.Pattern] = field(default_factory=dict)  # form -> words that make it no skill
    min_share: float = 0.0  # of the leading family's votes, for a sense's family to count
    window: int = 60  # characters either side of a mention where its near words are looked for
    bound_families: frozenset[str] = frozenset()  # fields whose initials need the field in the posting
    cue_only: frozenset[str] = frozenset()  # forms that are no skill unless a sense's near words are beside them


@lru_cache(maxsize=1)
def load_senses() -> Senses:
    data = skill_context_data()["senses"]
    families = {category: family for family, categories in data["families"].items() for category in categories}
    forms = {form.casefold(): tuple((s["skill"], s["family"]) for s in senses)
             for form, senses in data["forms"].items()}
    near = {form.casefold(): tuple((s["skill"], re.compile(s["near"])) for s in senses if s.get("near"))
            for form, senses in data["forms"].items()}
    none_near = {form.casefold(): re.compile(p) for form, p in data.get("none_near", {}).items()
                 if not form.startswith("_")}
    return Senses(families, frozenset(data["neutral"]), forms, {f: n for f, n in near.items() if n}, none_near,
                  float(data.get("min_share", 0.0)), int(data.get("window", 60)),
                  frozenset(data.get("initials", {}).get("families", ())),
                  frozenset(f.casefold() for f in data.get("cue_only", {}).get("forms", ())))


def is_initials(surface: str) -> bool:
    """A short all-capital form ("ECE", "ICU"): initials, which many occupations share."""
    return 2 <= len(surface) <= 5 and surface.isalpha() and surface.isupper()


def family_of(skill: Skill, vocabulary: Vocabulary, senses: Senses | None = None) -> str:
    """The occupation family of a skill: its category's, or for a credential (whose category says
    nothing) the family of the skills it implies."""
    senses = senses or load_senses()
    family = senses.families.get(skill.category, next(iter(senses.neutral)))
    if skill.kind == SkillKind.CERTIFICATION:
        implied = [vocabulary.get(name) for name in skill.implies]
        found = [senses.families.get(s.category) for s in implied if s is not None]
        specific = [f for f in found if f and f not in senses.neutral]
        if specific:
            return specific[0]
    return family


def sense_form(surface: str, senses: Senses | None = None) -> str | None:
    """The listed ambiguous form a surface is (singular or plural), if any."""
    senses = senses or load_senses()
    key = surface.casefold().strip()
    if key in senses.forms:
        return key
    # a plural of initials is written with a small "s" ("EMRs"); one in capitals is a name of its
    # own ("CPCS", the UK plant operator's card, is no plural of "CPC")
    if key.endswith("s") and key[:-1] in senses.forms and not surface.strip().isupper():
        return key[:-1]
    return None


def support(weights: Iterable[tuple[Skill, int]], vocabulary: Vocabulary, senses: Senses | None = None) -> Counter:
    """Votes per family from (skill, weight) pairs; neutral families get none."""
    senses = senses or load_senses()
    votes: Counter = Counter()
    for skill, weight in weights:
        family = family_of(skill, vocabulary, senses)
        if family not in senses.neutral:
            votes[family] += weight
    return votes


def choose_sense(form: str, votes: Counter, senses: Senses | None = None) -> str | None:
    """The skill a listed form names here: the sense whose family has most support; None when no
    sense has any, or its family is a side line of the posting (less than ``min_share`` of the
    leading family's votes): the word is not a skill in this posting."""
    senses = senses or load_senses()
    best = max(senses.forms[form], key=lambda sense: votes.get(sense[1], 0))
    support = votes.get(best[1], 0)
    lead = max(votes.values(), default=0)
    return best[0] if support > 0 and support >= senses.min_share * lead else None


# What the words around one mention say of its sense: a sense's skill, NO_SENSE, or None (nothing).
NO_SENSE = ""


def local_sense(form: str, text: str, start: int, end: int, clause: tuple[int, int] | None = None,
                senses: Senses | None = None) -> str | None:
    """The sense the words next to a mention give it ("EMR" beside Spark and Glue: Amazon EMR),
    ``NO_SENSE`` when they make it no skill ("work authorization", "authorization (CLAD)") or when
    a ``cue_only`` form has none of its sense's words beside it ("Driver CPC"), or None when they
    say nothing and the posting's occupation decides."""
    senses = senses or load_senses()
    lo, hi = clause or (0, len(text))
    # the mention itself blanked out: only the words around it speak
    window = text[max(lo, start - senses.window):start] + " " * (end - start) + text[end:min(hi, end + senses.window)]
    here = min(start - lo, senses.window)  # where the mention starts in the window
    nearest: tuple[int, str] | None = None
    for skill, cue in senses.near.get(form, ()):
        for m in cue.finditer(window):
            distance = here - m.end() if m.end() <= here else m.start() - (here + end - start)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, skill)
    if nearest is not None:
        return nearest[1]  # the closest cue word speaks for its sense
    none = senses.none_near.get(form)
    if none is not None and none.search(text[max(lo, start - senses.window):min(hi, end + senses.window)]):
        return NO_SENSE
    return NO_SENSE if form in senses.cue_only else None


@lru_cache(maxsize=1)
def _title_roles() -> tuple[dict[str, str], frozenset[str]]:
    data = skill_context_data()["title_roles"]
    return data["roles"], frozenset(data["skip"])


@lru_cache(maxsize=1)
def _not_bare_after() -> dict[str, frozenset[str]]:
    data = skill_context_data()["title_roles"].get("not_bare_after", {})
    return {noun: frozenset(words) for noun, words in data.items() if not noun.startswith("_")}


def title_disciplines(title: str, vocabulary: Vocabulary) -> list[tuple[Skill, str]]:
    """The hard skills a job title names as the job's discipline, each with the title's words for it:
    "IT Project Manager" -> Project Management; "Demand & Supply Planner" -> Demand Planning and
    Supply Planning; "Middle School Math Teacher" -> Teaching."""
    roles, skip = _title_roles()
    words = re.findall(r"[A-Za-z][\w'+.-]*|&|/", title)
    found: dict[str, tuple[Skill, str]] = {}
    for i, word in enumerate(words):
        discipline = roles.get(word.casefold())
        if discipline is None:
            continue
        before: list[str] = []
        for w in reversed(words[max(0, i - 4):i]):
            if w.casefold() in skip:
                break
            before.insert(0, w)
        if any(w in ("&", "/") or w.casefold() == "and" for w in before):
            # "Demand & Supply Planner": each coordinated word takes the role noun
            prefixes = [[w] for w in before if w not in ("&", "/") and w.casefold() != "and"]
        else:
            prefixes = [before[k:] for k in range(len(before) + 1)]
        blocked = _not_bare_after().get(word.casefold(), frozenset())
        for prefix in prefixes:
            if not prefix and before and before[-1].casefold() in blocked:
                continue  # "Property Buyer": houses bought, no Procurement
            phrase = " ".join([*prefix, discipline])
            skill = vocabulary.resolve(phrase)
            if skill is None and len(prefix) > 1:
                # "Data Warehouse Manager": the words before the role noun name a skill of their own (Data
                # Warehousing), which a shorter prefix would lose ("Warehouse Manager": Warehouse Management)
                named = vocabulary.resolve(" ".join(prefix))
                if named is not None and named.kind == SkillKind.HARD:
                    found.setdefault(named.name, (named, " ".join(prefix)))
                    break
            if skill is not None and skill.kind == SkillKind.HARD:
                found.setdefault(skill.name, (skill, " ".join([*prefix, word])))
                if len(prefix) > 1 or (prefix and len(prefixes) == len(before) + 1):
                    break
    return list(found.values())


@lru_cache(maxsize=1)
def conditions() -> frozenset[str]:
    """Skills that are conditions of employment (a driver's licence, a clearance): context only."""
    data = skill_context_data()
    return frozenset(data["conditions"]["skills"])


@lru_cache(maxsize=1)
def _employer_kinds() -> re.Pattern:
    patterns = skill_context_data().get("employer_kinds", {}).get("patterns", [])
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", re.IGNORECASE)


def employer_kind(phrase: str) -> bool:
    """Whether a phrase names a kind of employer ("Big 4", "high-growth startups", "Fortune 500
    companies"): where a candidate worked, context rather than a skill."""
    return _employer_kinds().fullmatch(" ".join(phrase.split())) is not None


@lru_cache(maxsize=1)
def traits() -> frozenset[str]:
    """Skills that name a personality or an attitude ("integrity", "self-starter", "can-do
    attitude"): asked by a posting, they are words it also mentions, not skills to rank or gap on."""
    data = skill_context_data()
    return frozenset(data["traits"]["skills"])


@lru_cache(maxsize=1)
def backgrounds() -> frozenset[str]:
    """Skills that are also a field one works in (Teaching, Logistics, Investment Banking): named
    as a background ("experience in higher education") they are a skill only where the job is
    that field (``requirements.background_slot``)."""
    data = skill_context_data()
    return frozenset(data["backgrounds"]["skills"])


"""The skills vocabulary: canonical skills with kinds, categories, aliases and implications.

The data lives in ``credstack/data/skills/*.json``, one JSON array per domain, each entry
``{"name", "kind", "category", "aliases": [...], "implies": [...]}``. ``validate`` enforces the
rules the matcher relies on: unique names, no surface form shared by two skills, every implied
skill present.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from credstack.skills.matcher import SkillMatcher
from credstack.skills.model import Skill, SkillKind

CATEGORIES = frozenset({
    "software", "data", "cloud_devops", "security", "it_support", "engineering", "marketing",
    "design_ux", "product_project", "sales_crm", "finance_accounting", "hr", "healthcare",
    "healthcare_admin", "operations_supply_chain", "customer_support", "education", "business",
    "office", "legal", "industry", "soft", "language", "degree", "certification", "science",
    "trades",
})

_SEPARATORS = re.compile(r"[\s\-_]+")


def _without_accents(text: str) -> str:
    """``text`` with its letters' accents left off ("informática" -> "informatica")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def surface_key(text: str) -> str:
    """The form two surface strings share when the matcher treats them as the same words.

    Case, and hyphen/underscore/space variants, are not told apart ("Node-JS" = "node js").
    """
    return _SEPARATORS.sub(" ", text.casefold().replace("\u2019", "'")).strip()


class VocabularyError(ValueError):
    """The vocabulary data breaks a rule; ``problems`` lists each one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} vocabulary problems, first: {problems[0]}")
        self.problems = problems


@dataclass
class Vocabulary:
    skills: dict[str, Skill]
    by_surface: dict[str, str] = field(default_factory=dict)
    digest: str = ""
    # match keys never matched (``in_language``: an English name that is an ordinary word there)
    excluded: frozenset[str] = frozenset()
    # match keys matched only when the text writes their first letter as a capital (``in_language``:
    # a name that is an ordinary word there in lower case, "Scala" beside "su scala nazionale")
    capitalised: frozenset[str] = frozenset()
    # match keys a language's own word takes from a tool spelt like it (``in_language``): the Spanish,
    # Portuguese and Italian "informatica" (computing) is no Informatica, the ETL tool, which keeps
    # its longer product names ("Informatica PowerCenter") there
    taken: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not self.by_surface:
            for skill in self.skills.values():
                for form in (skill.name, *skill.aliases):
                    self.by_surface.setdefault(surface_key(form), skill.name)

    def __len__(self) -> int:
        return len(self.skills)

    @cached_property
    def matcher(self) -> SkillMatcher:
        """The Aho-Corasick matcher of these skills, built on first use and kept with them."""
        return SkillMatcher(self)

    def __iter__(self) -> Iterator[Skill]:
        return iter(self.skills.values())

    def get(self, name: str) -> Skill | None:
        return self.skills.get(name)

    def in_language(self, language: str) -> Vocabulary:
        """These skills with the names a text in ``language`` gives them (``skills.languages``)
        added to their aliases; itself for English or a language without names. Built once per
        language: its matcher too. The digest stays: the skills, and their vectors, are the same."""
        from dataclasses import replace

        from credstack.skills.languages import ENGLISH, ordinary_words, translations
        from credstack.skills.matcher import match_key

        names = translations().get(language) if language != ENGLISH else None
        if not names:
            return self
        built = self.__dict__.setdefault("_languages", {})
        if language not in built:
            skills = {name: replace(skill, aliases=skill.aliases + tuple(
                          form for form in names.get(name, ()) if surface_key(form) not in self.by_surface))
                      if name in names else skill for name, skill in self.skills.items()}
            ordinary = ordinary_words().get(language, ())
            built[language] = Vocabulary(skills=skills, digest=self.digest,
                                         excluded=frozenset(match_key(w) for w in ordinary if not w[:1].isupper()),
                                         capitalised=frozenset(match_key(w) for w in ordinary if w[:1].isupper()),
                                         taken=self._taken_by(names))
        return built[language]

    def _taken_by(self, names: dict[str, tuple[str, ...]]) -> tuple[tuple[str, str], ...]:
        """(match key, skill) of each of a language's words that, accents aside and in any case, is
        spelt as another skill's tool name: "informática", often written "informatica" or
        "Informatica", is computing in that language, never the ETL tool Informatica."""
        from credstack.skills.matcher import match_key

        taken = []
        for name, forms in names.items():
            for form in forms:
                bare = _without_accents(form)
                owner = self.by_surface.get(surface_key(bare))
                if owner and owner != name and self.skills[owner].kind == SkillKind.TOOL \
                        and surface_key(bare) == surface_key(owner):
                    taken.append((match_key(bare), name))
        return tuple(taken)

    def resolve(self, text: str) -> Skill | None:
        """The skill whose canonical name or alias is ``text`` (case/hyphen-insensitive)."""
        name = self.by_surface.get(surface_key(text))
        return self.skills[name] if name else None

    def family(self, name: str, max_members: int = 30) -> set[str]:
        """The specific parents ``name`` directly implies: those at most ``max_members`` skills
        imply directly ("Data Visualization" for Tableau and Power BI; not "Programming", which
        nearly every language implies). Skills sharing one are siblings."""
        if not hasattr(self, "_fan_in"):
            fan_in: dict[str, int] = {}
            for skill in self.skills.values():
                for parent in skill.implies:
                    fan_in[parent] = fan_in.get(parent, 0) + 1
            self._fan_in = fan_in
        skill = self.skills.get(name)
        return {p for p in skill.implies if self._fan_in.get(p, 0) <= max_members} if skill else set()

    def forms_of(self, name: str) -> set[str]:
        """The skills ``name`` is a more specific form of: those it implies whose name ends its own
        ("Electrical Troubleshooting" of "Troubleshooting", "Paediatric First Aid" of "First Aid").
        The implication is the data's word that the narrower skill is the broader one; a shared
        head word alone is not ("Kali Linux" implies no "Linux" skill it is a form of, and "Data
        Mining" none of "Mining")."""
        skill = self.skills.get(name)
        if skill is None:
            return set()
        own = surface_key(name)
        return {p for p in skill.implies if own.endswith(" " + surface_key(p))}

    def implied(self, name: str) -> set[str]:
        """Every skill that having ``name`` implies, transitively (``name`` itself excluded)."""
        seen: set[str] = set()
        stack = list(self.skills[name].implies) if name in self.skills else []
        while stack:
            current = stack.pop()
            if current in seen or current == name:
                continue
            seen.add(current)
            stack.extend(self.skills[current].implies if current in self.skills else ())
        return seen


def validate(entries: Iterable[tuple[str, dict]]) -> list[str]:
    """Every rule the data breaks, as readable lines ("file: entry: problem")."""
    problems: list[str] = []
    names: dict[str, str] = {}
    surfaces: dict[str, tuple[str, str]] = {}
    implies: list[tuple[str, str, str]] = []
    kinds = {k.value for k in SkillKind}
    for origin, entry in entries:
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            problems.append(f"{origin}: entry without a clean name: {entry!r}")
            continue
        where = f"{origin}: {name}"
        extra = set(entry) - {"name", "kind", "category", "aliases", "implies"}
        if extra:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        if entry.get("kind") not in kinds:
            problems.append(f"{where}: kind {entry.get('kind')!r} not one of {sorted(kinds)}")
        if entry.get("category") not in CATEGORIES:
            problems.append(f"{where}: category {entry.get('category')!r} not in CATEGORIES")
        if name in names:
            problems.append(f"{where}: duplicate of the entry in {names[name]}")
            continue
        names[name] = origin
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            problems.append(f"{where}: aliases must be a list of non-empty strings")
            aliases = []
        for form in (name, *aliases):
            key = surface_key(form)
            owner = surfaces.get(key)
            if owner and owner[0] != name:
                problems.append(f"{where}: surface form {form!r} also names {owner[0]!r} ({owner[1]})")
            elif owner is None:
                surfaces[key] = (name, origin)
        targets = entry.get("implies", [])
        if not isinstance(targets, list):
            problems.append(f"{where}: implies must be a list")
            targets = []
        implies += [(where, name, t) for t in targets]
    for where, name, target in implies:
        if target == name:
            problems.append(f"{where}: implies itself")
        elif target not in names:
            problems.append(f"{where}: implies unknown skill {target!r}")
    return problems


def _read_entries() -> list[tuple[str, dict]]:
    folder = resources.files("credstack") / "data" / "skills"
    entries: list[tuple[str, dict]] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".json"):
            data = json.loads(item.read_text(encoding="utf-8"))
            entries += [(item.name, e) for e in data]
    return entries


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """The bundled vocabulary, validated, built once per process."""
    entries = _read_entries()
    problems = validate(entries)
    if problems:
        raise VocabularyError(problems)
    skills = {
        e["name"]: Skill(
            name=e["name"], kind=SkillKind(e["kind"]), category=e["category"],
            aliases=tuple(e.get("aliases", ())), implies=tuple(e.get("implies", ())),
        )
        for _, e in entries
    }
    digest = hashlib.sha256(
        json.dumps([e for _, e in entries], sort_keys=True).encode()
    ).hexdigest()[:16]
    return Vocabulary(skills=skills, digest=digest)


def main() -> int:
    """``python -m credstack.skills.vocabulary``: check the data and print counts."""
    from collections import Counter

    entries = _read_entries()
    problems = validate(entries)
    for p in problems:
        print(p)
    by_file = Counter(origin for origin, _ in entries)
    by_kind = Counter(e.get("kind") for _, e in entries)
    print(f"{len(entries)} entries; per file {dict(by_file)}; per kind {dict(by_kind)}")
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

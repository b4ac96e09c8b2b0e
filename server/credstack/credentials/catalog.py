"""The micro-credential catalog (``data/credentials.json``): loading, validation, look-ups."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import asdict
from functools import lru_cache
from importlib import resources

from credstack.credentials.model import Assessment, Credential, CredentialKind, Pricing
from credstack.skills.matcher import match_key

FIELDS = {"id", "name", "provider", "platform", "kind", "skills", "cost_min", "cost_max", "pricing", "hours", "weeks",
          "hours_per_week", "format", "assessment", "validity_years", "renewal", "prerequisites", "level",
          "financial_aid", "url", "source", "checked", "basis", "aliases", "grants"}
FORMATS = {"self-paced", "instructor-led"}
LEVELS = {"beginner", "intermediate", "advanced"}
AID = {"yes", "no", "unknown"}
_URL = re.compile(r"^https://[^\s]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CatalogError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} catalog problems, first: {problems[0]}")
        self.problems = problems


def validate(entries: list[dict], vocabulary=None) -> list[str]:
    """Every rule the catalog data breaks, one readable line each."""
    problems: list[str] = []
    seen: set[str] = set()
    for entry in entries:
        cid = entry.get("id", "?")
        if cid in seen:
            problems.append(f"{cid}: duplicate id")
        seen.add(cid)
        if set(entry) != FIELDS:
            problems.append(f"{cid}: keys differ from the schema: missing {sorted(FIELDS - set(entry))}, "
                            f"extra {sorted(set(entry) - FIELDS)}")
            continue
        for key, allowed in (("kind", {k.value for k in CredentialKind}), ("pricing", {p.value for p in Pricing}),
                             ("assessment", {a.value for a in Assessment}), ("format", FORMATS), ("level", LEVELS),
                             ("financial_aid", AID)):
            if entry[key] not in allowed:
                problems.append(f"{cid}: {key} {entry[key]!r} not in {sorted(allowed)}")
        for key in ("url", "source"):
            if not isinstance(entry[key], str) or not _URL.match(entry[key]):
                problems.append(f"{cid}: {key} must be an https URL")
        if not isinstance(entry["checked"], str) or not _DATE.match(entry["checked"]):
            problems.append(f"{cid}: checked must be a YYYY-MM-DD date")
        low, high = entry["cost_min"], entry["cost_max"]
        if (low is None) != (high is None) or (low is not None and (low < 0 or high < low)):
            problems.append(f"{cid}: cost_min/cost_max must both be known, >= 0, and min <= max")
        if entry["pricing"] == "free" and (low, high) != (0, 0):
            problems.append(f"{cid}: a free credential costs 0")
        for key in ("hours", "weeks", "hours_per_week", "validity_years"):
            if entry[key] is not None and not (isinstance(entry[key], (int, float)) and entry[key] > 0):
                problems.append(f"{cid}: {key} must be positive or null")
        if not entry["skills"]:
            problems.append(f"{cid}: covers no skills")
        if vocabulary is not None:
            for skill in entry["skills"]:
                if vocabulary.get(skill) is None:
                    problems.append(f"{cid}: skill {skill!r} is not in the vocabulary")
            grants = entry["grants"]
            skill = vocabulary.get(grants) if grants is not None else None
            if grants is not None and (skill is None or skill.kind != "certification"):
                problems.append(f"{cid}: grants {grants!r} is not a vocabulary certification")
    return problems


def _credential(entry: dict) -> Credential:
    return Credential(
        id=entry["id"], name=entry["name"], provider=entry["provider"], platform=entry["platform"],
        kind=CredentialKind(entry["kind"]), skills=tuple(entry["skills"]), cost_min=entry["cost_min"],
        cost_max=entry["cost_max"], pricing=Pricing(entry["pricing"]), hours=entry["hours"], weeks=entry["weeks"],
        hours_per_week=entry["hours_per_week"], format=entry["format"], assessment=Assessment(entry["assessment"]),
        validity_years=entry["validity_years"], renewal=entry["renewal"], prerequisites=entry["prerequisites"],
        level=entry["level"], financial_aid=entry["financial_aid"], url=entry["url"], source=entry["source"],
        checked=entry["checked"], aliases=tuple(entry["aliases"]), grants=entry["grants"], basis=entry["basis"],
    )


class Catalog:
    """Credentials by id, plus a name index for matching what users and postings write.

    With the vocabulary, a credential also covers what its skills imply ("Recruiting" implies
    "Talent Acquisition"), the same implications the gap report uses to call a skill implied.
    """

    def __init__(self, credentials: list[Credential], vocabulary=None) -> None:
        self.credentials = credentials
        self.vocabulary = vocabulary
        self._by_id = {c.id: c for c in credentials}
        self._order = {c.id: i for i, c in enumerate(credentials)}
        self._coverage = {c.id: _coverage(c, vocabulary) for c in credentials}
        self._by_grant = _unique_index((c.grants, c) for c in credentials if c.grants)
        self._provider_keys = {c.id: _provider_keys(c) for c in credentials}
        self._providers = sorted(set().union(*self._provider_keys.values()), key=len, reverse=True)
        self._by_name: dict[str, Credential | None] = {}  # None: several credentials answer to the name
        self._claims: dict[str, list[Credential]] = {}
        for tier in range(3):  # official names, then own aliases, then vocabulary names: earlier tiers win
            pairs = [(_name_key(n), c) for c in credentials for n in self._names(c, tier)]
            for key, credential in _unique_index(pairs).items():
                if key and key not in self._by_name:
                    self._by_name[key] = credential
                    if credential is None:
                        self._claims[key] = list({c.id: c for k, c in pairs if k == key}.values())

    def __len__(self) -> int:
        return len(self.credentials)

    def __iter__(self):
        return iter(self.credentials)

    def get(self, credential_id: str) -> Credential | None:
        return self._by_id.get(credential_id)

    def order(self, credential: Credential) -> int:
        """Position in the data file; entries are listed flagship first, so ties go to earlier ones."""
        return self._order.get(credential.id, len(self._order))

    def coverage(self, credential: Credential) -> dict[str, str | None]:
        """Skill names the credential covers -> None when taught outright, else the taught skill implying it."""
        found = self._coverage.get(credential.id)
        return found if found is not None else _coverage(credential, None)

    def for_vocabulary_name(self, name: str) -> Credential | None:
        """The credential awarding the vocabulary certification ``name``; None when none or several do
        (eight Udacity programmes all award "Udacity Nanodegree")."""
        return self._by_grant.get(name)

    def granting(self, name: str) -> list[Credential]:
        """Every credential awarding the vocabulary certification ``name``."""
        return [c for c in self.credentials if c.grants == name]

    def find(self, name: str) -> Credential | None:
        """The credential a user or posting means by ``name`` (name, alias, abbreviation, exam code).

        Falls back to the name without a parenthesised part ("PMP (2019)") and without a leading
        provider word ("CompTIA Sec+" -> "Sec+"), so long as what is left still says something.
        """
        key = _name_key(name)
        if not key:
            return None
        found = self._by_name.get(key)
        if found is None:
            found = self._by_name.get(_name_key(re.sub(r"\s*\([^)]*\)", "", name)))
        if found is None:
            for provider in self._providers:
                if key.startswith(provider + " ") and len(key) - len(provider) > 3:
                    rest = key[len(provider) + 1:]
                    found = self._by_name.get(rest)
                    if found is None:  # "IASSC Green Belt": the provider settles an ambiguous name
                        mine = [c for c in self._claims.get(rest, []) if provider in self._provider_keys[c.id]]
                        found = mine[0] if len(mine) == 1 else None
                    break
        return found

    def _is_plain_skill(self, name: str) -> bool:
        """True when ``name`` is a vocabulary skill rather than a credential ("Data Analytics")."""
        skill = self.vocabulary.resolve(name) if self.vocabulary is not None else None
        return skill is not None and skill.kind != "certification"

    def _names(self, c: Credential, tier: int) -> list[str]:
        """Names of ``c`` by trust: 0 its official name, id and exam code; 1 its aliases and its name
        without the provider ("AWS Certified Cloud Practitioner" -> "Cloud Practitioner"); 2 the names
        of the vocabulary certification it awards (shared by sibling credentials, so weakest)."""
        if tier == 0:
            return [c.name, re.sub(r"\s*\([^)]*\)", "", c.name), c.id, *re.findall(r"\(([^)]*)\)", c.name)]
        if tier == 1:
            official = _name_key(re.sub(r"\s*\([^)]*\)", "", c.name))
            bare = [official[len(p) + 1:] for p in self._provider_keys[c.id] if official.startswith(p + " ")]
            return [*c.aliases, *(b for b in bare if len(b) > 3 and not self._is_plain_skill(b))]
        if not c.grants:
            return []
        skill = self.vocabulary.get(c.grants) if self.vocabulary is not None else None
        return [c.grants, *(skill.aliases if skill is not None else ())]

    def search(self, skill: str | None = None, q: str | None = None, kind: str | None = None,
               max_cost: float | None = None) -> list[Credential]:
        """Credentials teaching ``skill`` (a name or alias), containing every word of ``q``, of ``kind``,
        with a known total cost of at most ``max_cost``; in catalog order (flagship first)."""
        wanted = None
        if skill:
            resolved = self.vocabulary.resolve(skill) if self.vocabulary is not None else None
            wanted = {skill.casefold(), resolved.name.casefold()} if resolved else {skill.casefold()}
        results = []
        words = [w for w in (q or "").casefold().split() if w]
        for c in self.credentials:
            names = {s.casefold() for s in c.skills} | {(c.grants or "").casefold()}
            if wanted and not wanted & names:
                continue
            if kind and c.kind != kind:
                continue
            if max_cost is not None and (c.total_cost is None or c.total_cost > max_cost):
                continue
            haystack = " ".join((c.id, c.name, c.provider, c.platform, " ".join(c.skills), " ".join(c.aliases),
                                 c.grants or "")).casefold()
            if words and not all(w in haystack for w in words):
                continue
            results.append(c)
        return results

    def summary(self) -> dict[str, dict[str, int]]:
        """How many credentials there are of each kind, from each provider and on each platform."""
        return {
            "kind": dict(Counter(str(c.kind) for c in self.credentials).most_common()),
            "provider": dict(Counter(c.provider for c in self.credentials).most_common()),
            "platform": dict(Counter(c.platform for c in self.credentials).most_common()),
        }


def _unique_index(pairs) -> dict[str, Credential | None]:
    """key -> credential, or None where two different credentials claim the key (ambiguous)."""
    index: dict[str, Credential | None] = {}
    for key, credential in pairs:
        if key in index and index[key] is not None and index[key].id != credential.id:
            index[key] = None
        else:
            index.setdefault(key, credential)
    return index


def _provider_keys(c: Credential) -> set[str]:
    keys = {_name_key(c.provider), _name_key(c.platform), _name_key(c.provider.split()[0]),
            _name_key(c.platform.split()[0])}
    return {k for k in keys if len(k) >= 3 and k not in _NOT_BRANDS}


# First words of provider names that are ordinary words, not a brand someone writes before a name.
_NOT_BRANDS = {"the", "university", "national", "internal", "institute", "project", "red", "scaled", "johns",
               "stanford", "curtin", "linux", "scrum", "amazon"}


def _coverage(c: Credential, vocabulary) -> dict[str, str | None]:
    taught = [*c.skills, *([c.grants] if c.grants else [])]
    covered: dict[str, str | None] = dict.fromkeys(taught)
    if vocabulary is not None:
        for name in taught:
            for implied in sorted(vocabulary.implied(name)):
                covered.setdefault(implied, name)
    return covered


_SUFFIX = re.compile(r"\b(professional certificate|certificate|certification|certified|credential|exam)s?\b"
                     r"|\bce\s*$", re.I)  # "CompTIA Security+ ce": the continuing-education form


def _name_key(name: str) -> str:
    text = name.replace("–", "-").replace("—", "-")
    text = _SUFFIX.sub(" ", text)
    return re.sub(r"[^a-z0-9+#]+", " ", match_key(text)).strip()


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    from credstack.skills.vocabulary import load_vocabulary

    entries = json.loads((resources.files("credstack") / "data" / "credentials.json").read_text("utf-8"))
    vocabulary = load_vocabulary()
    problems = validate(entries, vocabulary)
    if problems:
        raise CatalogError(problems)
    return Catalog([_credential(e) for e in entries], vocabulary)


def credential_to_dict(credential: Credential) -> dict:
    data = asdict(credential)
    for key in ("kind", "pricing", "assessment"):
        data[key] = str(data[key])
    data["skills"] = list(credential.skills)
    data["aliases"] = list(credential.aliases)
    data["total_cost_estimate"] = credential.total_cost
    data["total_hours_estimate"] = credential.total_hours
    return data


def main() -> int:
    """Print the catalog's size per kind, provider and platform (``python -m credstack.credentials.catalog``)."""
    catalog = load_catalog()
    print(f"{len(catalog)} credentials")
    for facet, counts in catalog.summary().items():
        print(f"\nper {facet}:")
        for name, count in counts.items():
            print(f"  {count:4d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

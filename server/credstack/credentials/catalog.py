"""The micro-credential catalog (``data/credentials.json``): loading, validation, look-ups."""

from __future__ import annotations

import json
import re
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
    """Credentials by id, plus a name index for matching what users and postings write."""

    def __init__(self, credentials: list[Credential], vocabulary=None) -> None:
        self.credentials = credentials
        self._by_id = {c.id: c for c in credentials}
        self._by_grant: dict[str, Credential] = {}
        self._by_name: dict[str, Credential] = {}
        for c in credentials:
            if c.grants:
                self._by_grant.setdefault(c.grants, c)
        for c in credentials:
            names = [c.name, re.sub(r"\s*\([^)]*\)", "", c.name), c.id, *c.aliases]
            names += re.findall(r"\(([^)]*)\)", c.name)  # "(SAA-C03)", "(PMP)"
            if c.grants:
                names.append(c.grants)
                skill = vocabulary.get(c.grants) if vocabulary is not None else None
                if skill is not None:
                    names += skill.aliases
            for name in names:
                key = _name_key(name)
                if key:
                    self._by_name.setdefault(key, c)

    def __len__(self) -> int:
        return len(self.credentials)

    def __iter__(self):
        return iter(self.credentials)

    def get(self, credential_id: str) -> Credential | None:
        return self._by_id.get(credential_id)

    def for_vocabulary_name(self, name: str) -> Credential | None:
        return self._by_grant.get(name)

    def find(self, name: str) -> Credential | None:
        """The credential a user or posting means by ``name`` (name, alias, abbreviation, exam code)."""
        key = _name_key(name)
        if not key:
            return None
        found = self._by_name.get(key)
        if found is None:
            stripped = _name_key(re.sub(r"\s*\([^)]*\)", "", name))
            found = self._by_name.get(stripped)
        return found

    def search(self, skill: str | None = None, q: str | None = None, kind: str | None = None,
               max_cost: float | None = None) -> list[Credential]:
        results = []
        words = [w for w in (q or "").casefold().split() if w]
        for c in self.credentials:
            names = {s.casefold() for s in c.skills} | {(c.grants or "").casefold()}
            if skill and skill.casefold() not in names:
                continue
            if kind and c.kind != kind:
                continue
            if max_cost is not None and (c.total_cost is None or c.total_cost > max_cost):
                continue
            haystack = " ".join((c.name, c.provider, c.platform, " ".join(c.skills), " ".join(c.aliases))).casefold()
            if words and not all(w in haystack for w in words):
                continue
            results.append(c)
        return results


_SUFFIX = re.compile(r"\b(professional certificate|certificate|certification|certified|credential|exam)s?\b", re.I)


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

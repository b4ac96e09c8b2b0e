"""The micro-credential catalog (``data/credentials.json``): loading, validation, look-ups."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import asdict
from functools import lru_cache
from importlib import resources

from credstack.credentials.model import (
    Accreditation,
    Assessment,
    Credential,
    CredentialKind,
    Level,
    Prerequisite,
    Pricing,
)
from credstack.skills.matcher import match_key

FIELDS = {"id", "name", "provider", "platform", "kind", "skills", "cost_min", "cost_max", "price_note", "pricing",
          "hours", "weeks", "hours_per_week", "study_time", "format", "assessment", "accreditation", "validity_years",
          "renewal", "prerequisites", "level", "free_audit", "financial_aid", "exam_code", "retired", "successor",
          "occupations", "countries", "countries_basis", "recognition", "url", "source_url", "checked", "basis",
          "aliases", "grants"}
# Keys an entry may leave out: ``states`` (the states or provinces it is limited to) only where it is,
# ``outside`` (the countries it is not meant for) only where there are some.
OPTIONAL_FIELDS = {"states", "outside"}
FORMATS = {"self-paced", "instructor-led"}
LEVELS = {level.value for level in Level}
AID = {"yes", "no", "unknown"}
STUDY_TIME = {"provider", "provider_gives_none", "unknown"}  # unknown: not checked
PREREQUISITE_TYPES = {"credential", "experience", "education", "license", "training", "other"}
PREREQUISITE_KEYS = {"type", "required", "credential", "years", "text"}
RECOGNITION_KEYS = {"postings", "of", "method"}
_URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STRINGS = ("id", "name", "provider", "platform", "format", "basis")
_OPTIONAL_STRINGS = ("price_note", "renewal", "exam_code", "successor", "grants", "checked")


@lru_cache(maxsize=1)
def load_occupations() -> dict[str, dict]:
    """The occupation groups (``data/occupations.json``) by id."""
    data = json.loads((resources.files("credstack") / "data" / "occupations.json").read_text("utf-8"))
    return {group["id"]: group for group in data["groups"]}


class CatalogError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} catalog problems, first: {problems[0]}")
        self.problems = problems


def validate(entries: list[dict], vocabulary=None, occupations: dict | None = None) -> list[str]:
    """Every rule the catalog data breaks, one readable line each."""
    problems: list[str] = []
    seen: set[str] = set()
    ids = {e.get("id") for e in entries}
    groups = load_occupations() if occupations is None else occupations
    for entry in entries:
        cid = entry.get("id", "?")
        if cid in seen:
            problems.append(f"{cid}: duplicate id")
        seen.add(cid)
        if set(entry) - OPTIONAL_FIELDS != FIELDS:
            problems.append(f"{cid}: keys differ from the schema: missing {sorted(FIELDS - set(entry))}, "
                            f"extra {sorted(set(entry) - FIELDS - OPTIONAL_FIELDS)}")
            continue
        problems.extend(f"{cid}: {p}" for p in _entry_problems(entry, ids, groups, vocabulary))
    problems.extend(_duplicate_names(entries))
    if vocabulary is not None:
        problems.extend(_national_generic_names(entries, vocabulary))
    return problems


def _entry_problems(entry: dict, ids: set, groups: dict, vocabulary) -> list[str]:
    problems = []
    for key in _STRINGS:
        if not isinstance(entry[key], str) or not entry[key].strip():
            problems.append(f"{key} must be a non-empty string")
    for key in _OPTIONAL_STRINGS:
        if entry[key] is not None and (not isinstance(entry[key], str) or not entry[key].strip()):
            problems.append(f"{key} must be a non-empty string or null")
    for key, allowed in (("kind", {k.value for k in CredentialKind}), ("pricing", {p.value for p in Pricing}),
                         ("assessment", {a.value for a in Assessment}), ("format", FORMATS), ("level", LEVELS),
                         ("accreditation", {a.value for a in Accreditation}), ("financial_aid", AID),
                         ("free_audit", AID), ("study_time", STUDY_TIME)):
        if entry[key] not in allowed:
            problems.append(f"{key} {entry[key]!r} not in {sorted(allowed)}")
    for key in ("url", "source_url"):
        if not isinstance(entry[key], str) or not _URL.match(entry[key]):
            problems.append(f"{key} must be an http(s) URL")
    checked = entry["checked"]
    if checked is not None and (not isinstance(checked, str) or not _DATE.match(checked)):
        problems.append("checked must be a YYYY-MM-DD date or null")
    if not isinstance(entry["basis"], str) or len(entry["basis"].strip()) < 10:
        problems.append("basis must say how the figures were checked, or why they were not")
    low, high = entry["cost_min"], entry["cost_max"]
    if any(v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))) for v in (low, high)):
        problems.append("cost_min/cost_max must be numbers or null (unknown)")
    elif (low is None) != (high is None) or (low is not None and (low < 0 or high < low)):
        problems.append("cost_min/cost_max must both be known, >= 0, and min <= max")
    elif low is None and not entry["price_note"]:
        problems.append("an unknown price needs a price_note saying why")
    elif low is not None and low != high and not entry["price_note"]:
        problems.append("a price range needs a price_note saying what each end means")
    if entry["pricing"] == "free" and (low, high) != (0, 0):
        problems.append("a free credential costs 0")
    for key in ("hours", "weeks", "hours_per_week", "validity_years"):
        value = entry[key]
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0):
            problems.append(f"{key} must be positive or null")
    timed = entry["hours"] is not None or entry["weeks"] is not None
    if entry["study_time"] == "provider" and not timed:
        problems.append("study_time 'provider' needs hours or weeks")
    if entry["study_time"] == "provider_gives_none" and timed:
        problems.append("study_time 'provider_gives_none' cannot carry hours or weeks")
    if not isinstance(entry["retired"], bool):
        problems.append("retired must be true or false")
    elif entry["successor"] is not None and entry["successor"] not in ids:
        problems.append(f"successor {entry['successor']!r} is not a catalog id")
    elif entry["successor"] is not None and not entry["retired"]:
        problems.append("only a retired entry has a successor")
    problems.extend(_prerequisite_problems(entry, ids))
    occupations = entry["occupations"]
    if not isinstance(occupations, list) or not occupations:
        problems.append("occupations must list at least one group")
    else:
        problems.extend(f"occupation {o!r} is not in data/occupations.json" for o in occupations if o not in groups)
    problems.extend(_country_problems(entry))
    recognition = entry["recognition"]
    if not isinstance(recognition, dict) or set(recognition) != RECOGNITION_KEYS \
            or not isinstance(recognition["method"], str) \
            or not all(v is None or (isinstance(v, int) and v >= 0)
                       for v in (recognition["postings"], recognition["of"])):
        problems.append("recognition must be {postings: int|null, of: int|null, method: str}")
    if not isinstance(entry["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in entry["aliases"]):
        problems.append("aliases must be a list of names")
    if not isinstance(entry["skills"], list) or not entry["skills"]:
        problems.append("covers no skills")
    elif vocabulary is not None:
        for skill in entry["skills"]:
            if vocabulary.get(skill) is None:
                problems.append(f"skill {skill!r} is not in the vocabulary")
        grants = entry["grants"]
        skill = vocabulary.get(grants) if grants is not None else None
        if grants is not None and (skill is None or skill.kind != "certification"):
            problems.append(f"grants {grants!r} is not a vocabulary certification")
    return problems


def _country_problems(entry: dict) -> list[str]:
    """``countries``: the ISO 3166 codes of the only countries where the credential counts (a
    national licence or a credential on one country's law), [] where it counts anywhere; with it,
    ``countries_basis`` says why."""
    countries, basis = entry["countries"], entry["countries_basis"]
    outside = entry.get("outside", [])
    for key, codes in (("countries", countries), ("outside", outside)):
        if not isinstance(codes, list) or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in codes):
            return [f"{key} must list ISO 3166 codes ([]: anywhere)" if key == "countries" else
                    "outside must list ISO 3166 codes (leave the key out: none)"]
    if "outside" in entry and not outside or set(outside) & set(countries):
        return ["outside lists the countries a credential is not meant for, none of its countries"]
    if bool(countries or outside) != (isinstance(basis, str) and bool(basis.strip())):
        return ["countries_basis says why the credential counts only in its countries (or not in those it is "
                "outside of), and only then"]
    return _state_problems(entry)


def _state_problems(entry: dict) -> list[str]:
    """``states`` (optional): the ISO 3166-2 codes of the only states or provinces where it counts
    ("US-CA" for the California PHRca), each in one of its ``countries`` and known to
    ``data/places.json``; ``countries_basis`` says why."""
    from credstack.places import load_places

    states = entry.get("states", [])
    known = {f"{country}-{code}" for country, _name, code in load_places().subdivisions}
    if not isinstance(states, list) or not states and "states" in entry:
        return ["states must list ISO 3166-2 codes such as 'US-CA' (leave the key out: the whole country)"]
    wrong = [s for s in states if not isinstance(s, str) or s not in known or s[:2] not in entry["countries"]]
    if wrong:
        return [f"states {wrong} must be ISO 3166-2 codes of US states or Canadian provinces in its countries"]
    return []


def _prerequisite_problems(entry: dict, ids: set) -> list[str]:
    prerequisites = entry["prerequisites"]
    if not isinstance(prerequisites, list):
        return ["prerequisites must be a list (empty: none)"]
    problems = []
    for p in prerequisites:
        if not isinstance(p, dict) or set(p) != PREREQUISITE_KEYS or p["type"] not in PREREQUISITE_TYPES \
                or not isinstance(p["required"], bool):
            problems.append(f"prerequisite {p!r} must be {{type, required, credential, years, text}}")
        elif p["type"] == "credential" and (p["credential"] not in ids or p["credential"] == entry["id"]):
            problems.append(f"prerequisite {p['credential']!r} is not another catalog id")
        elif p["type"] == "experience" and not (isinstance(p["years"], (int, float)) and p["years"] > 0):
            problems.append("an experience prerequisite needs positive years")
        elif p["type"] not in ("credential", "experience") and not p["text"]:
            problems.append(f"a {p['type']} prerequisite needs its text")
    return problems


def _duplicate_names(entries: list[dict]) -> list[str]:
    """Names and aliases that two entries claim: a held certification could not be told apart."""
    owners: dict[str, set[str]] = {}
    for entry in entries:
        if not isinstance(entry.get("aliases"), list) or not isinstance(entry.get("name"), str):
            continue
        for name in {_name_key(n) for n in (entry["name"], *entry["aliases"])}:
            if name:
                owners.setdefault(name, set()).add(entry.get("id", "?"))
    return [f"name or alias {name!r} is claimed by {sorted(ids)}" for name, ids in sorted(owners.items())
            if len(ids) > 1]


def _national_generic_names(entries: list[dict], vocabulary) -> list[str]:
    """Aliases of a country's card that are the generic name of the certification it grants while
    another country's card grants it too: "Forklift license" asks for a forklift certification
    wherever the job is, and as one card's alias it would name the US OSHA card on a job in Leeds
    (a name a posting writes is kept whatever its country)."""
    granting: dict[str, list[dict]] = {}
    for entry in entries:
        if isinstance(entry.get("grants"), str) and not entry.get("retired"):
            granting.setdefault(entry["grants"], []).append(entry)
    problems = []
    for name, owners in granting.items():
        skill = vocabulary.get(name)
        if skill is None or len(owners) < 2:
            continue
        generic = {_name_key(n) for n in (skill.name, *skill.aliases)}
        for entry in owners:
            countries = set(entry.get("countries") or ())
            if not countries or all(set(o.get("countries") or ()) <= countries for o in owners if o is not entry):
                continue
            shared = [a for a in entry.get("aliases", []) if _name_key(a) in generic]
            if shared:
                problems.append(f"{entry.get('id', '?')}: aliases {shared} are the generic name of {name!r}, "
                                f"which other countries' cards grant too; keep them to the vocabulary")
    return problems


def _credential(entry: dict) -> Credential:
    return Credential(
        id=entry["id"], name=entry["name"], provider=entry["provider"], platform=entry["platform"],
        kind=CredentialKind(entry["kind"]), skills=tuple(entry["skills"]), cost_min=entry["cost_min"],
        cost_max=entry["cost_max"], pricing=Pricing(entry["pricing"]), hours=entry["hours"], weeks=entry["weeks"],
        hours_per_week=entry["hours_per_week"], format=entry["format"], assessment=Assessment(entry["assessment"]),
        validity_years=entry["validity_years"], renewal=entry["renewal"],
        prerequisites=tuple(Prerequisite(**p) for p in entry["prerequisites"]), level=entry["level"],
        financial_aid=entry["financial_aid"], url=entry["url"], source=entry["source_url"], checked=entry["checked"],
        aliases=tuple(entry["aliases"]), grants=entry["grants"], basis=entry["basis"], price_note=entry["price_note"],
        exam_code=entry["exam_code"], retired=entry["retired"], successor=entry["successor"],
        study_time=entry["study_time"], accreditation=entry["accreditation"], free_audit=entry["free_audit"],
        occupations=tuple(entry["occupations"]), recognition=entry["recognition"],
        countries=tuple(entry["countries"]), countries_basis=entry["countries_basis"],
        states=tuple(entry.get("states", ())), outside=tuple(entry.get("outside", ())),
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
        self._by_grant = _unique_index((c.grants, c) for c in credentials if c.grants and not c.retired)
        for key, retired in _unique_index((c.grants, c) for c in credentials if c.grants and c.retired).items():
            self._by_grant.setdefault(key, retired)  # a retired credential only answers when nothing live does
        self._provider_keys = {c.id: _provider_keys(c) for c in credentials}
        self._providers = sorted(set().union(*self._provider_keys.values()), key=len, reverse=True)
        self._derived: dict[str, object] = {}
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

    def derived(self, name: str, build):
        """A table worked out from this catalog once, on first use, and kept with it (the occupation
        association of skills, the finder of credential names in text)."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]

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

    def covering(self, skills) -> set[str]:
        """Ids of the credentials whose ``coverage`` holds any of ``skills``."""
        index = self.derived("covering", _covering_index)
        return {cid for skill in skills for cid in index.get(skill, ())}

    def for_vocabulary_name(self, name: str) -> Credential | None:
        """The credential awarding the vocabulary certification ``name``; None when none or several do
        (every Udacity programme awards "Udacity Nanodegree")."""
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
                    if found is not None and provider not in self._provider_keys[found.id]:
                        found = None  # "Microsoft Security Essentials" is no GIAC Security Essentials
                    if found is None:  # "IASSC Green Belt": the provider settles an ambiguous name
                        mine = [c for c in self._claims.get(rest, []) if provider in self._provider_keys[c.id]]
                        found = mine[0] if len(mine) == 1 else None
                    break
        return found

    def _is_plain_skill(self, name: str) -> bool:
        """True when ``name`` is a vocabulary skill rather than a credential ("Data Analytics")."""
        skill = self.vocabulary.resolve(name) if self.vocabulary is not None else None
        return skill is not None and skill.kind != "certification"

    def _is_other_certification(self, name: str, c: Credential) -> bool:
        """True when ``name`` is the vocabulary's name for a certification ``c`` does not award: the
        provider cut off "Medical-Surgical Registered Nurse" leaves "Registered Nurse", the licence."""
        skill = self.vocabulary.resolve(name) if self.vocabulary is not None else None
        return skill is not None and skill.kind == "certification" and skill.name != c.grants

    def _names(self, c: Credential, tier: int) -> list[str]:
        """Names of ``c`` by trust: 0 its official name, id and exam code; 1 its aliases and its name
        without the provider ("AWS Certified Cloud Practitioner" -> "Cloud Practitioner"); 2 the names
        of the vocabulary certification it awards (shared by sibling credentials, so weakest)."""
        if tier == 0:
            return [c.name, re.sub(r"\s*\([^)]*\)", "", c.name), c.id, *re.findall(r"\(([^)]*)\)", c.name)]
        if tier == 1:
            official = _name_key(re.sub(r"\s*\([^)]*\)", "", c.name))
            bare = [official[len(p) + 1:] for p in self._provider_keys[c.id] if official.startswith(p + " ")]
            return [*c.aliases, *(b for b in bare if len(b) > 3 and not self._is_plain_skill(b)
                                  and not self._is_other_certification(b, c) and not _one_plain_word(b))]
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


def _one_plain_word(name: str) -> bool:
    """A name left of one word without digits or symbols once its provider is cut off: "Docker
    Certified Associate" -> "associate", "NALA Certified Paralegal" -> "paralegal", "ServSafe
    Allergens" -> "allergens". Alone, it names a rank, a job or a subject, not this credential
    ("CompTIA Security+" -> "security+" still does)."""
    return re.fullmatch(r"[a-z]+", name) is not None


def _provider_keys(c: Credential) -> set[str]:
    keys = {_name_key(c.provider), _name_key(c.platform), _name_key(c.provider.split()[0]),
            _name_key(c.platform.split()[0])}
    return {k for k in keys if len(k) >= 3 and k not in _NOT_BRANDS}


# First words of provider names that are ordinary words, not a brand someone writes before a name.
_NOT_BRANDS = {"the", "university", "national", "internal", "institute", "project", "red", "scaled", "johns",
               "stanford", "curtin", "linux", "scrum", "amazon"}


def _covering_index(catalog: Catalog) -> dict[str, list[str]]:
    """Skill name -> ids of the credentials covering it (``Catalog.coverage``)."""
    index: dict[str, list[str]] = {}
    for credential in catalog.credentials:
        for skill in catalog.coverage(credential):
            index.setdefault(skill, []).append(credential.id)
    return index


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
    data["occupations"] = list(credential.occupations)
    data["countries"] = list(credential.countries)
    data["states"] = list(credential.states)
    data["outside"] = list(credential.outside)
    data["prerequisites"] = [asdict(p) for p in credential.prerequisite_list]
    data["prerequisites_text"] = "; ".join(p.describe() for p in credential.prerequisite_list) or None
    data["source_url"] = credential.source
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

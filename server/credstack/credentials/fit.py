"""Which credentials fit the role: the posting's occupation groups and seniority, inferred from its
title and its skills, and the test a credential must pass to be recommended for it.

The groups are the catalog's own taxonomy (``data/occupations.json``). A skill speaks for the groups
of the catalog credentials that teach it and for the groups its vocabulary category describes
(``data/occupation_cues.json``); the title speaks through the job words it holds. A credential is
recommended for a gap only when the posting names it, or when its occupation is the posting's, and
a vendor's credential (one built on a product: AutoCAD, AWS, Tableau) only when the posting asks for
that product: a generic word ("troubleshooting", "compliance", "blueprints") never pulls in a
credential from another field.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from credstack.credentials.catalog import load_occupations
from credstack.credentials.model import Credential
from credstack.gaps import REQUIREMENT_WEIGHT
from credstack.skills.model import Requirement, SkillKind, SkillMention

SKILL_WEIGHT = REQUIREMENT_WEIGHT  # defined once, in gaps
TITLE_WEIGHT = 1.0  # the title's evidence, against the skills' (each normalised to 1)
KEEP_SHARE = 0.4  # groups scoring at least this share of the best one are the posting's
UNTITLED_KEEP_SHARE = 0.5  # the same for a group the title does not name, when it names one
MAX_GROUPS = 3
CERT_FACTOR = 2.0  # a certification the posting names says more about the field than a skill
NEUTRAL_KINDS = {SkillKind.SOFT}
# The skills' evidence (SKILL_WEIGHT: required 3, unspecified 2, preferred 1; a certification twice
# that, CERT_FACTOR) that weighs in full beside a title naming the field: two required skills, six
# desirable ones, or one required certification.
FULL_SKILL_EVIDENCE = 6.0
KNOWN_SHARE = 0.5  # the skills' share one group needs for the occupation to count as known without the title
# The skills that must speak for that group: one word is no occupation. A volunteer co-ordinator's
# posting whose only skill beside the soft ones is "Recruiting" (of volunteers) is no recruiter's job.
KNOWN_SKILLS = 2
FOCUS_SHARE = 0.5  # share of a credential's skills a posting must ask for when it does not ask its focus


@lru_cache(maxsize=1)
def load_cues() -> dict:
    return json.loads((resources.files("credstack") / "data" / "occupation_cues.json").read_text("utf-8"))


@dataclass
class RoleFit:
    """The posting's occupation groups (share of evidence each) and seniority, and what it asks for."""

    groups: dict[str, float] = field(default_factory=dict)
    seniority: str = "mid"  # "entry" | "mid" | "senior"
    asked: frozenset[str] = frozenset()  # the posting's skills and what they imply, by name
    required: frozenset[str] = frozenset()  # the same, for the skills it requires
    named: frozenset[str] = frozenset()  # the skills the posting names itself (nothing implied)
    # Whether the occupation is known: the title names a group, or one group has most of the skills'
    # evidence. A "Lead Correctional Officer" or a "Motor Vehicle Dispatcher" is in no group of the
    # taxonomy, and the few words such a posting shares with one ("security", "budget") are no
    # case for that field's credentials.
    known: bool = True
    # The countries the job is in (ISO 3166 codes; empty: not said). A national licence of another
    # country is no advice for it: NCLEX-RN for a nurse in England, who registers with the NMC.
    countries: frozenset[str] = frozenset()
    # The US states and Canadian provinces the job is in (ISO 3166-2 codes, "US-TX"; empty: not
    # said). A credential on one state's law is no advice elsewhere: the California PHRca for an HR
    # job in Houston.
    states: frozenset[str] = frozenset()
    # Whether the posting's education bar is school: the schooling it asks (a high-school diploma,
    # GCSEs, a Certificate III) and no degree. A licence that needs a degree first (the CPA's 150
    # semester hours, the CMA's bachelor's) is a career change from such a job, not a step in it:
    # no advice for an accounts payable clerk.
    school_only: bool = False
    # The job's title (several listings' titles, one a line): a credential named for another role of
    # the field (a welding supervisor's for a mechanic) is no advice for it (``other_role``).
    title: str = ""
    # Countries the posting cannot be in, when its country is not known: its pay is in dollars, so
    # it is not in Britain or Ireland, and a credential counting only there is no advice for it.
    unlikely: frozenset[str] = frozenset()

    def local(self, credential: Credential) -> bool:
        """Whether ``credential`` counts where the job is (anywhere, when either does not say): its
        country, then its state where it is limited to some and the job's state is known."""
        return self.in_country(credential) and (
            not self.states or not credential.states or bool(self.states & set(credential.states)))

    def in_country(self, credential: Credential) -> bool:
        """Whether ``credential`` counts in the job's country, whatever its state; with the country
        unknown, whether it counts somewhere the posting may be (``unlikely``)."""
        if not self.countries:
            return not credential.countries or not set(credential.countries) <= self.unlikely
        return (
            (not credential.countries or bool(self.countries & set(credential.countries)))
            and not self.countries <= set(credential.outside))

    def names(self) -> list[str]:
        groups = load_occupations()
        return [groups[g]["name"] for g in self.groups if g in groups]

    def role(self, credential: Credential | None = None) -> str | None:
        """The main group's short name for a sentence ("nursing"), or None when unknown; with a
        credential, the first of the posting's groups it belongs to: a sales certificate fits "this
        sales role", never "this IT support role" when the posting's skills lean to IT support."""
        if not self.known:
            return None
        roles = load_cues().get("roles", {})
        groups = [g for g in self.groups if credential is None or g in credential.occupations]
        return next((roles.get(g) for g in groups if roles.get(g)), None)

    def reason(self, credential: Credential, cover: dict[str, str | None], vocabulary=None) -> str | None:
        """How ``credential`` fits the role ("vendor", "occupation", "tool"), or None when it does not."""
        if self.school_only and (needs_degree(credential) or credential.level in BEYOND_SCHOOL_LEVELS):
            return None
        if needs_graduate_degree(credential) and undergraduate_only(self.named):
            return None  # a licence after a master's is another degree away from a job hiring at a bachelor's
        if operative_title(self.title) and off_operative_level(credential, self.required):
            return None
        if other_role(credential, self.title, self.groups) or other_rung(credential, self.title):
            return None
        if self.other_specialty(credential):
            return None
        product = primary_product(credential, vocabulary)
        in_field = not self.groups or (self.known and bool(set(credential.occupations) & set(self.groups)))
        if product is not None:
            # A vendor's credential needs its product asked for, and the role's field or a firm ask:
            # AWS "a plus" on a security analyst's posting is no case for AWS Advanced Networking.
            return "vendor" if product in self.asked and (in_field or product in self.required) else None
        if in_field:
            # The same field is not enough: a credential is about its focus (its first skill), and a
            # field has specialties. A front-end posting's "REST APIs" is no case for Cisco DevNet
            # (networking automation) or a back-end certificate; an SEO's "JavaScript" none for a
            # Salesforce developer exam. It fits when the posting asks for its focus, or for most of
            # what it teaches.
            return "occupation" if self.asks_for(credential) else None
        tools = [s for s, via in cover.items() if via is None and _kind(vocabulary, s) == SkillKind.TOOL]
        # Another field's credential for a tool the posting asks: only one about that tool (an Excel
        # exam for Excel), never one that merely uses it (a Salesforce developer exam for JavaScript).
        # Its focus must be that tool: a statistics course or a data-analyst certificate that also
        # teaches Excel is no case for an HR technician whose posting asks for Excel.
        return "tool" if tools and credential.skills and credential.skills[0] in tools else None

    @property
    def executive(self) -> bool:
        """Whether the title names an executive (``executive_title``)."""
        return executive_title(self.title)

    def other_specialty(self, credential: Credential) -> bool:
        """Whether ``credential`` teaches one of two specialties that exclude each other
        (``exclusive_specialties``) while the posting names the other and not it: a B2B sales course
        for a shop floor's retail (B2C) sales. A title's occupation group may name one
        (``_title_specialties``): a pub manager's sales are a B2C trade."""
        taught = set(credential.skills)
        named = (self.named or self.asked) | _title_specialties(self.title)
        return any((a in taught and b in named and a not in named) or (b in taught and a in named and b not in named)
                   for a, b in _exclusive_pairs())

    def asks_for(self, credential: Credential) -> bool:
        """Whether the posting asks for what ``credential`` is about: its focus, named by the posting
        itself (Node.js implies back-end work, but a React posting that mentions it is no back-end
        job), or at least two and ``FOCUS_SHARE`` of the skills it teaches."""
        taught = list(dict.fromkeys(credential.skills))
        if not taught or not self.asked:
            return True
        named = self.named or self.asked
        if taught[0] in named:
            return True
        hits = sum(1 for s in taught if s in named)
        return hits >= 2 and hits >= FOCUS_SHARE * len(taught)  # one shared word is no case

    def to_dict(self) -> dict:
        return {"groups": [{"id": g, "name": n, "share": round(self.groups[g], 3)}
                           for g, n in zip(self.groups, self.names(), strict=False)],
                "seniority": self.seniority, "countries": sorted(self.countries), "states": sorted(self.states)}


def _kind(vocabulary, name: str):
    skill = vocabulary.get(name) if vocabulary is not None else None
    return skill.kind if skill is not None else None


# Catalog levels a job whose bar is school does not lead to: the professional qualifications (ACCA,
# PMP, CISSP) are years of study and experience beyond it, however well they teach its work.
BEYOND_SCHOOL_LEVELS = frozenset({"professional", "expert"})
# The schooling a posting may ask without asking a degree (vocabulary names of kind degree).
SCHOOL_LEVEL = frozenset({"High School Diploma", "GCSE", "A-Levels", "International Baccalaureate Diploma",
                          "Certificate III", "Certificate IV", "Vocational Certificate", "Apprenticeship"})
# A required education prerequisite that is a degree: "Bachelor's degree", "150 semester hours",
# "an undergraduate degree", "Associate degree from a CAHIIM-accredited program"; one that offers a
# way without it ("... OR 4,000 hours of work experience", "or the foundation exams") or says a school
# diploma will do ("High school diploma or equivalent; no bachelor's degree required") is none.
_DEGREE_PREREQUISITE = re.compile(r"bachelor|associate degree|semester hours|undergraduate|post-secondary"
                                  r"|accredited (?:\w+ )?degree|graduate of", re.I)
_ANOTHER_WAY = re.compile(r"\bor\b(?!\s+(?:above|higher|better|equivalent))|high school|\bno\b[^.;]*degree", re.I)


def needs_degree(credential: Credential) -> bool:
    """Whether ``credential`` requires a post-secondary degree before it, with no other way in."""
    return any(p.type == "education" and p.required and p.text and _DEGREE_PREREQUISITE.search(p.text)
               and not _ANOTHER_WAY.search(p.text) for p in credential.prerequisite_list)


# A required education prerequisite that is a graduate degree ("A Master of Social Work (MSW)").
_GRADUATE_PREREQUISITE = re.compile(r"\bmaster'?s?\b|\b(?:MSW|MSN|MBA)\b|\bgraduate[- ](?:level|degree)", re.I)
# Vocabulary degrees above and below a bachelor's: a posting that asks a bachelor's (or less) and
# none of the first hires at that level.
_GRADUATE_DEGREE = re.compile(r"^(?:Master|Doctor|Juris Doctor|Postgraduate|Graduate Certificate|Postdoctoral)")
_UNDERGRADUATE_DEGREE = re.compile(r"^(?:Bachelor|Associate Degree|Foundation Degree|Higher National|Diploma"
                                   r"|Some College|Certificate of Higher Education)")


def needs_graduate_degree(credential: Credential) -> bool:
    """Whether ``credential`` requires a graduate degree before it (the ASWB Masters exam: an MSW)."""
    return any(p.type == "education" and p.required and p.text and _GRADUATE_PREREQUISITE.search(p.text)
               for p in credential.prerequisite_list)


def undergraduate_only(names: Iterable[str]) -> bool:
    """Whether the degrees among ``names`` (a posting's skills) are a bachelor's or below, and one at least."""
    names = list(names)
    return any(_UNDERGRADUATE_DEGREE.match(n) for n in names) and not any(_GRADUATE_DEGREE.match(n) for n in names)


@lru_cache(maxsize=1)
def _operative_cues() -> tuple[re.Pattern, re.Pattern]:
    cues = load_cues().get("operative_roles", {})
    def words(items):
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in items) + r")s?\b", re.I)
    return words(cues.get("titles", ["(?!)"])), words(cues.get("manager_words", ["(?!)"]))


def operative_title(title: str) -> bool:
    """Whether the job's title names a hands-on operative's job (``operative_roles``: a warehouse
    worker, a picker, a labourer); a title naming a supervisor's or a manager's role over one
    ("Warehouse Supervisor", "Picker Team Lead") is not."""
    titles, managers = _operative_cues()
    return bool(title) and bool(titles.search(title)) and not re.search(
        r"\b(?:supervisor|manager|lead|leader|foreman|superintendent|head|director)s?\b", title, re.I) \
        and not managers.search(title)


def off_operative_level(credential: Credential, required: Iterable[str] = ()) -> bool:
    """Whether ``credential`` is above an operative's job: a professional or expert qualification,
    one that needs a degree first, a manager's credential (by its name) above entry level, or any
    above entry level whose focus (first skill) the posting does not require (a CIPS diploma in
    procurement for a warehouse worker's posting listing 'Procurement' among its duties)."""
    _titles, managers = _operative_cues()
    if credential.level in BEYOND_SCHOOL_LEVELS or needs_degree(credential):
        return True
    if credential.level == "entry":
        return False
    return bool(managers.search(credential.name)) or not (credential.skills and credential.skills[0] in set(required))


@lru_cache(maxsize=1)
def _exclusive_pairs() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(pair) for pair in load_cues().get("exclusive_specialties", {}).get("pairs", ()))


@lru_cache(maxsize=256)
def _title_specialties(title: str) -> frozenset[str]:
    """The specialties of ``exclusive_specialties`` the occupation groups a title names work in
    ("by_title_group"): a pub manager's sales are to consumers (B2C), so a posting asking for "sales"
    gets no B2B prospecting course; or that the title's own words name ("by_title": a car
    salesperson's, a showroom's)."""
    cues = load_cues().get("exclusive_specialties", {})
    by_group = cues.get("by_title_group", {})
    found = {by_group[g] for g in title_groups(title) if g in by_group and not g.startswith("_")}
    for specialty, words in cues.get("by_title", {}).items():
        if not specialty.startswith("_") and _words(words).search(title or ""):
            found.add(specialty)
    return frozenset(found)


@lru_cache(maxsize=256)
def executive_title(title: str) -> bool:
    """Whether the title names an executive (``seniority``'s "executive": a chief officer, a
    president or vice president): a fundamentals course is no advice for one. A director or a head
    of a function is not one here: a small firm's "Head of Content" leads the writing itself."""
    return bool(_words(load_cues()["seniority"].get("executive", ())).search(title or ""))


@lru_cache(maxsize=1)
def _roles() -> tuple[tuple[re.Pattern, re.Pattern, str | None, frozenset[str]], ...]:
    """(the role's noun in a credential's name, the title words naming it, the group that is it, the
    title groups its title words need), per role."""
    def words(items):
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in items) + r")s?\b", re.I)

    roles = load_cues().get("role_credentials", {}).get("roles", {})
    # a role's credentials are named by its own noun, or by the several words of "names"
    return tuple((words(role.get("names") or [noun]), words(role["titles"]), role.get("group"),
                  frozenset(role.get("title_groups", ()))) for noun, role in roles.items())


def other_role(credential: Credential, title: str, groups: Iterable[str] = ()) -> bool:
    """Whether ``credential`` certifies a role its name gives (a supervisor's, an inspector's, an
    educator's: ``role_credentials``) that the job is not: its title does not name it (or names it
    inside another group's job, where the role asks its ``title_groups``: a yoga teacher's "teacher"
    is no school's), nor are its ``groups`` that role's."""
    return any(not _names_role(title or "", titles, needs) and group not in set(groups)
               for titles, group, needs in _roles_named(credential.name))


def _names_role(title: str, titles: re.Pattern, needs: frozenset[str]) -> bool:
    return bool(titles.search(title)) and (not needs or bool(needs & title_groups(title).keys()))


@lru_cache(maxsize=8192)
def _roles_named(name: str) -> tuple[tuple[re.Pattern, str | None, frozenset[str]], ...]:
    """(the title words, the group, the title groups) of each role whose noun a credential's name
    holds: a catalog's names are few and fixed, and each is read against every role once, not once
    a posting."""
    return tuple((titles, group, needs) for noun, titles, group, needs in _roles() if noun.search(name))


def _words(items: Iterable[str]) -> re.Pattern:
    """Any of ``items`` as a whole word: letters in capitals ("RN", "LPN", "CPA") only as written,
    so the "rn" of a word or "np" of a path is none; longer words in any case, plural too."""
    def one(w: str) -> str:
        body = re.escape(w) + (r"s?" if not w.isupper() else "")
        return body if w.isupper() else "(?i:" + body + ")"
    return re.compile(r"(?<![\w-])(?:" + "|".join(one(w) for w in sorted(items, key=len, reverse=True))
                      + r")(?![\w-])")


@lru_cache(maxsize=1)
def _rungs() -> tuple[tuple[str, int, re.Pattern, tuple[str, ...]], ...]:
    """(ladder, rung, the words naming the rung's credentials, its title words), per rung of
    ``role_ladders``."""
    ladders = load_cues().get("role_ladders", {}).get("ladders", {})
    return tuple((name, i, _words(rung["credentials"]), tuple(rung["titles"]))
                 for name, rungs in ladders.items() for i, rung in enumerate(rungs))


@lru_cache(maxsize=1)
def _title_words() -> tuple[tuple[re.Pattern, str, int], ...]:
    """Each rung's title words, compiled, the longest first."""
    by_length = sorted(((w, ladder, i) for ladder, i, _c, titles in _rungs() for w in titles), key=lambda x: -len(x[0]))
    return tuple((_words([w]), ladder, i) for w, ladder, i in by_length)


@lru_cache(maxsize=256)
def title_rungs(title: str) -> frozenset[tuple[str, int]]:
    """The (ladder, rung) of each role of ``role_ladders`` the title names, the longest words first:
    a "Nurse Practitioner" names the advanced practice rung, not the registered nurse's inside it;
    "Phone Triage (RN or LPN)" names two."""
    rest = title or ""
    found = set()
    for pattern, ladder, i in _title_words():
        if pattern.search(rest):
            found.add((ladder, i))
            rest = pattern.sub(" ", rest)
    return frozenset(found)


def credential_rungs(credential: Credential) -> frozenset[tuple[str, int]]:
    """The (ladder, rung) whose role ``credential`` licenses or certifies, by its name, what it
    grants and its aliases ("NCLEX-RN Examination": the registered nurse's)."""
    return _rungs_named("\n".join([credential.name, credential.grants or "", *credential.aliases]))


@lru_cache(maxsize=4096)
def _rungs_named(text: str) -> frozenset[tuple[str, int]]:
    return frozenset((ladder, i) for ladder, i, words, _t in _rungs() if words.search(text))


def other_rung(credential: Credential, title: str) -> bool:
    """Whether ``credential`` is the licence or certification of a role (``role_ladders``) the job's
    title does not name while it names others: the role below the one hired (the NCLEX-RN for a Nurse
    Practitioner), above it (the CPA for a Bookkeeper) or another one (a pharmacy technician's for a
    Medical Assistant/LPN). A title naming no role of the ladders is not judged."""
    named = title_rungs(title)
    if not named:
        return False
    own = credential_rungs(credential)
    return bool(own) and not (own & named)


def school_only(skills: Iterable[SkillMention]) -> bool:
    """Whether the schooling a posting asks is all below a degree (and it asks some)."""
    asked = {s.name for s in skills if s.kind == SkillKind.DEGREE}
    return bool(asked) and asked <= SCHOOL_LEVEL


def primary_product(credential: Credential, vocabulary=None) -> str | None:
    """The product a vendor credential is built on (its first skill, when that is a tool)."""
    if not credential.skills:
        return None
    first = credential.skills[0]
    return first if _kind(vocabulary, first) == SkillKind.TOOL else None


def _association(catalog) -> dict[str, dict[str, float]]:
    """Skill or certification name -> occupation group -> share, from the catalog's credentials."""
    if hasattr(catalog, "derived"):
        return catalog.derived("occupation_association", _build_association)
    return _build_association(catalog)


def _build_association(catalog) -> dict[str, dict[str, float]]:
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for c in catalog:
        if c.retired or not c.occupations:
            continue
        for name in c.skills:
            for group in c.occupations:
                counts[name][group] += 1.0 / len(c.occupations)
        if c.grants:
            for group in c.occupations:
                counts[c.grants][group] += CERT_FACTOR / len(c.occupations)
    return {name: _normalised(groups) for name, groups in counts.items()}


def _normalised(scores: dict[str, float]) -> dict[str, float]:
    total = sum(scores.values())
    return {k: v / total for k, v in scores.items() if v > 0} if total else {}


@lru_cache(maxsize=1)
def _title_patterns() -> list[tuple[str, re.Pattern, int, str]]:
    """(group, pattern, length, the word lower-cased) of each job word of ``titles``."""
    out = []
    for group, words in load_cues()["titles"].items():
        for word in words:
            # a title may name several posts ("Bus Drivers", "Primary Teachers"); short letters stay
            # as written ("HRs" is no title, "hrs" are hours)
            plural = r"(?:s|es)?" if len(word) >= 4 and word[-1].isalpha() else ""
            out.append((group, re.compile(r"(?<![\w&+])" + re.escape(word) + plural + r"(?![\w&+])", re.I),
                        len(word), word.lower()))
    return out


@lru_cache(maxsize=1)
def _outside_pattern() -> re.Pattern:
    words = load_cues().get("outside_titles", {}).get("titles", [])
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w&+])(?:" + "|".join(re.escape(w) for w in words) + r")(?:s|es)?(?![\w&+])", re.I)


def outside_title(title: str) -> bool:
    """Whether the title names an occupation outside the taxonomy ("Consultant Paediatrician")."""
    return bool(title) and bool(_outside_pattern().search(title))


@lru_cache(maxsize=1)
def _title_stems() -> list[tuple[str, re.Pattern, int, str]]:
    """(group, pattern, length, the stem lower-cased) of the job nouns' stems of titles in other
    languages (``title_stems``): matched inside a word, as German compounds hold them ("Medienpädagogin")."""
    stems = load_cues().get("title_stems", {})
    return [(group, re.compile(re.escape(stem), re.I), len(stem), stem.lower())
            for group, words in stems.items() if not group.startswith("_") for stem in words]


def _title_words_in(title: str) -> list[tuple[str, re.Pattern, int]]:
    """The job word patterns (``_title_patterns``, ``_title_stems``) that may match ``title``: with
    the title and the word both ASCII, only those whose word the title, lower-cased, holds (matching
    without case folds nothing more there); all of them otherwise. The same matches: searching all
    470 patterns in every title cost more than the rest of the role's reading."""
    patterns = _title_patterns() + _title_stems()
    if not title.isascii():
        return [(group, pattern, size) for group, pattern, size, _word in patterns]
    lowered = title.lower()
    return [(group, pattern, size) for group, pattern, size, word in patterns
            if word in lowered or not word.isascii()]


# An advert's praise of the place in its title ("Head Chef High Quality Multi-Outlet Hotel"): no quality job.
_PRAISE = re.compile(r"(?i)\b(?:high|highest|top|premium|superior|great|good|excellent)[ -]quality\b"
                     r"(?![ -](?:assurance|control|engineer|inspector|manager|lead|analyst|technician|specialist"
                     r"|auditor))")


def title_groups(title: str) -> dict[str, float]:
    """Occupation groups the title's job words name, by the length of the longest word each matched
    (a job noun of another language by its stem). Words inside a longer job phrase of the title
    are that phrase's, not a job of their own: "Yoga Instructor" is a fitness job, not also a
    teacher's for its "Instructor"."""
    title = _PRAISE.sub(" ", title or "")
    found = [(group, m.start(), m.end(), size) for group, pattern, size in _title_words_in(title)
             for m in pattern.finditer(title)]
    best: dict[str, int] = {}
    for group, start, end, size in found:
        if any(s <= start and end <= e and (e - s) > (end - start) for g, s, e, _ in found if g != group):
            continue
        best[group] = max(best.get(group, 0), size)
    if not best:
        return {}
    top = max(best.values())
    return _normalised({g: float(s) for g, s in best.items() if s >= 0.6 * top})


def skill_groups(skills: Iterable[SkillMention], catalog, vocabulary=None) -> dict[str, float]:
    """Occupation groups the posting's skills speak for, weighted by how strongly each is asked."""
    return _normalised(_skill_evidence(skills, catalog))


def _skill_evidence(skills: Iterable[SkillMention], catalog,
                    speakers: dict[str, int] | None = None) -> dict[str, float]:
    """Each occupation group's evidence from the skills, before normalising: the sum of the weights
    (``SKILL_WEIGHT``, ``CERT_FACTOR``) of the skills that speak for it, each skill's weight shared
    among its groups; ``speakers``, when given, counts the skills speaking for each group."""
    association = _association(catalog)
    categories = load_cues()["categories"]
    scores: dict[str, float] = defaultdict(float)
    for skill in skills:
        if skill.kind in NEUTRAL_KINDS:
            continue
        weight = SKILL_WEIGHT.get(skill.requirement, 2.0)
        weight *= CERT_FACTOR if skill.kind == SkillKind.CERTIFICATION else 1.0
        evidence: dict[str, float] = defaultdict(float)
        for group, share in association.get(skill.name, {}).items():
            evidence[group] += share
        for group in categories.get(skill.category, ()):
            evidence[group] += 1.0 / len(categories[skill.category])
        for group, share in _normalised(evidence).items():
            scores[group] += weight * share
            if speakers is not None:
                speakers[group] = speakers.get(group, 0) + 1
    return scores


def seniority(title: str, skills: Sequence[SkillMention]) -> str:
    words = load_cues()["seniority"]
    text = title or ""
    if any(re.search(r"(?<!\w)" + re.escape(w) + r"\.?(?!\w)", text, re.I)
           for w in (*words["senior"], *words.get("executive", ()))) \
            or re.search(r"\b(III|IV)\s*$", text):
        return "senior"
    if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I) for w in words["entry"]) \
            or re.search(r"\bI\s*$", text):
        return "entry"
    years = [s.years for s in skills if s.years]
    if years and max(years) >= 6:
        return "senior"
    return "mid"


def infer_fit(title: str, skills: Sequence[SkillMention], catalog, vocabulary=None,
              country: str | None = None, states: Iterable[str] = (), unlikely: Iterable[str] = ()) -> RoleFit:
    """The posting's occupation groups and seniority, from its title and skills, and its country
    and states (ISO 3166-2 codes, ``places.states_of``), or the countries it cannot be in
    (``places.unlikely_countries``) when its country is not known."""
    combined: dict[str, float] = defaultdict(float)
    speakers: dict[str, int] = {}
    evidence = _skill_evidence(skills, catalog, speakers)
    by_skills = _normalised(evidence)
    by_title = title_groups(title)
    # beside a title that names the field, a few skills say less than the title: two desirable
    # lines ("experience with social media and report writing is desirable") do not make a
    # midwife's post a marketing role; the skills weigh in full from FULL_SKILL_EVIDENCE on
    thin = min(1.0, sum(evidence.values()) / FULL_SKILL_EVIDENCE) if by_title else 1.0
    for group, share in by_skills.items():
        combined[group] += share * thin
    for group, share in by_title.items():
        combined[group] += TITLE_WEIGHT * share
    top = max(by_skills, key=by_skills.get, default=None)
    known = bool(by_title) or (top is not None and by_skills[top] >= KNOWN_SHARE
                               and speakers.get(top, 0) >= KNOWN_SKILLS and not outside_title(title))
    if by_title:
        # a field the title does not name needs more of the evidence beside one it names: an HR
        # technician's "analyze data" and "statistics" do not make the job a data analyst's
        best = max(combined.values())
        combined = {g: s for g, s in combined.items() if g in by_title or s >= UNTITLED_KEEP_SHARE * best}
    return RoleFit(_top(combined), seniority(title, skills), _asked(skills, vocabulary),
                   _asked([s for s in skills if s.requirement == Requirement.REQUIRED], vocabulary),
                   frozenset(s.name for s in skills), known, frozenset({country} - {None}), frozenset(states),
                   school_only(skills), title or "", frozenset() if country else frozenset(unlikely))


def merge_fits(fits: Sequence[RoleFit]) -> RoleFit:
    """Several listings' fits as one (the shopping list): groups by how many listings they come from."""
    combined: dict[str, float] = defaultdict(float)
    for fit in fits:
        for group, share in fit.groups.items():
            combined[group] += share
    levels = [f.seniority for f in fits]
    level = max(set(levels), key=levels.count) if levels else "mid"
    return RoleFit(_top(combined), level, frozenset().union(*(f.asked for f in fits)) if fits else frozenset(),
                   frozenset().union(*(f.required for f in fits)) if fits else frozenset(),
                   frozenset().union(*(f.named for f in fits)) if fits else frozenset(),
                   any(f.known for f in fits) if fits else True,
                   frozenset().union(*(f.countries for f in fits)) if fits else frozenset(),
                   frozenset().union(*(f.states for f in fits)) if fits else frozenset(),
                   bool(fits) and all(f.school_only for f in fits), "\n".join(f.title for f in fits if f.title))


def _top(scores: dict[str, float]) -> dict[str, float]:
    if not scores:
        return {}
    best = max(scores.values())
    kept = sorted(((g, s) for g, s in scores.items() if s >= KEEP_SHARE * best), key=lambda x: -x[1])[:MAX_GROUPS]
    return _normalised(dict(kept))


def _asked(skills: Sequence[SkillMention], vocabulary=None) -> frozenset[str]:
    names = {s.name for s in skills}
    if vocabulary is not None:
        for s in skills:
            names |= set(vocabulary.implied(s.name))
    return frozenset(names)

"""The profile's certifications recognised: the one resolver gaps, recommendations, the showcase,
tailoring and expiry warnings use.

People write a certification many ways: the catalog's own name, the letters ("PMP"), "Name (ABBR)",
with the issuer before or after it ("Basic Life Support (BLS) - American Heart Association"), with
or without "Certified"/"Certification". Each is tried against the catalog (names, aliases, exam
codes; the issuer settles shared letters such as CSM) and against the skills vocabulary, whose
certification names are what postings are read into. A held credential also covers the ones below
it on its level ladder (``credentials.ladders``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from credstack.credentials.catalog import _name_key
from credstack.credentials.ladders import covered, covered_by
from credstack.credentials.model import Credential
from credstack.profile.dates import month_label
from credstack.profile.model import Certification, CertStatus


class Standing(StrEnum):
    HELD = "held"  # earned and current
    LAPSED = "lapsed"  # earned, past its expiry: renew it
    IN_PROGRESS = "in_progress"  # being studied for: finish it


@dataclass(frozen=True)
class ResolvedCertification:
    """One profile certification and what it is: its catalog entry and vocabulary certification name."""

    certification: Certification
    entry: Credential | None
    name: str | None  # the vocabulary certification postings are read into ("PMP"), when known
    standing: Standing

    @property
    def label(self) -> str:
        return self.certification.name

    def action(self) -> str | None:
        """What to do with it for a posting that asks for it: None when it is held and current."""
        return {Standing.LAPSED: "renew", Standing.IN_PROGRESS: "finish"}.get(self.standing)

    def when(self) -> str:
        """ "lapsed in March 2024" / "expected June 2026" / "" in words."""
        c = self.certification
        if self.standing == Standing.LAPSED and c.expires:
            return f"lapsed in {month_label(c.expires) or c.expires}"
        if self.standing == Standing.IN_PROGRESS and c.expected:
            return f"expected {month_label(c.expected) or c.expected}"
        return ""


@dataclass
class HeldCredentials:
    """Every profile certification resolved, and the credentials a held one covers by its ladder."""

    items: list[ResolvedCertification] = field(default_factory=list)
    covered: dict[str, ResolvedCertification] = field(default_factory=dict)  # catalog id -> the holder
    covered_names: dict[str, ResolvedCertification] = field(default_factory=dict)  # vocabulary name -> holder
    # catalog ids of the credentials of a role below one a current credential certifies on its field's
    # ladder (``role_ladders``): a registered nurse's profile makes a patient care technician's a step down
    below: set[str] = field(default_factory=set)
    # catalog ids of entry-level foundations the profile is past: the required prerequisite of a
    # credential whose focus a higher credential held already gives (``_foundations_past``)
    past: set[str] = field(default_factory=set)

    def current(self) -> list[ResolvedCertification]:
        return [r for r in self.items if r.standing == Standing.HELD]

    def blocked_ids(self, asked: set[str] | frozenset[str] = frozenset()) -> set[str]:
        """Catalog ids never to recommend: held and current, or below one the profile names at all
        (a lapsed PMP still makes the CAPM a step down), and a lapsed one the posting does not ask
        for (``asked``: catalog ids it names): renewing an old badge is no advice for this job."""
        blocked = {r.entry.id for r in self.current() if r.entry is not None} | set(self.covered)
        blocked |= (self.below | self.past) - set(asked)
        for r in self.items:
            if r.entry is not None and r.standing != Standing.HELD:
                blocked |= covered_by(r.entry.id) - {r.entry.id}
                if r.standing == Standing.LAPSED and r.entry.id not in asked:
                    blocked.add(r.entry.id)
        return blocked

    def actions(self, asked: set[str] | frozenset[str] = frozenset()) -> dict[str, ResolvedCertification]:
        """Catalog id -> the certification to renew (lapsed, and the posting asks for it) or finish
        (in progress), when nothing the profile holds covers it already."""
        blocked = self.blocked_ids(asked)
        return {r.entry.id: r for r in self.items
                if r.action() and r.entry is not None and r.entry.id not in blocked}

    def lookup(self, name: str) -> ResolvedCertification | None:
        """How the profile holds the certification a posting calls ``name`` (exact, then by the
        catalog's name key: "QuickBooks Certified ProAdvisor" = "QuickBooks ProAdvisor")."""
        names = self.by_name()
        found = names.get(name.casefold())
        if found is None:
            keys = {_name_key(k): r for k, r in names.items()}
            found = keys.get(_name_key(name))
        return found

    def by_name(self) -> dict[str, ResolvedCertification]:
        """Name (casefolded) -> how the profile holds it, current ones winning: the vocabulary
        certification each answers to, then its catalog entry's own names, letters and exam code (a
        posting may write "CIR" for a credential the vocabulary does not know)."""
        out: dict[str, ResolvedCertification] = {}
        order = {Standing.HELD: 0, Standing.IN_PROGRESS: 1, Standing.LAPSED: 2}
        ranked = sorted(self.items, key=lambda r: order[r.standing])
        for r in ranked:
            out.setdefault((r.name or r.label).casefold(), r)
        for name, r in self.covered_names.items():
            out.setdefault(name.casefold(), r)
        for r in ranked:
            for form in _entry_forms(r.entry):
                out.setdefault(form.casefold(), r)
        return out

    def find(self, certification: Certification) -> ResolvedCertification | None:
        return next((r for r in self.items if r.certification is certification), None)


# Separators between a certification's name and its issuer, date or number.
_PARTS = re.compile(r"\s+[-–—|·•]\s+|\s*[,;]\s+|\s+(?:by|from|issued by|through|via)\s+", re.I)
_PAREN = re.compile(r"\(([^)]{2,40})\)")
_NOISE = re.compile(r"\b(?:certified|certification|certificate|credential|license|licence|card|holder)\b", re.I)
_TOKEN = re.compile(r"[a-z0-9+#]+")
FUZZY_MIN = 0.6  # share of words two names must have in common for a fallback match


def name_variants(name: str, issuer: str | None = None) -> list[str]:
    """The ways to read ``name``: whole, its leading part before an issuer or date, the name
    without its parenthesised letters, the letters alone, and each with the issuer in front."""
    text = " ".join(name.split())
    heads = [p for p in _PARTS.split(text) if p and len(p) > 1]
    out = [text]
    for part in heads[:1] + [p for p in heads[1:] if _PAREN.search(p)]:
        out.append(part)
    for part in list(out):
        bare = _PAREN.sub(" ", part).strip()
        out.append(" ".join(bare.split()))
        out.extend(m.strip() for m in _PAREN.findall(part))
    stripped = [" ".join(_NOISE.sub(" ", v).split()) for v in out]
    out.extend(s for s in stripped if s)
    out.extend(rest for v in list(out) if (rest := _without_place(v)))
    if issuer:
        out.extend(f"{issuer} {v}" for v in list(out))
    seen: set[str] = set()
    return [v for v in out if v and not (v.casefold() in seen or seen.add(v.casefold()))]


def _without_place(name: str) -> str | None:
    """``name`` without the state, province or country it starts with ("California General
    Electrician Certification", "Ontario 309A Electrician"): the licence is the one the vocabulary
    knows by its own name, the place where it was issued a detail."""
    from credstack.places import load_places

    words = name.split()
    places = load_places()
    for n in (3, 2, 1):
        if len(words) > n and places.is_place(" ".join(words[:n])):
            return " ".join(words[n:])
    return None


def resolve_certification(cert: Certification, catalog=None, vocabulary=None) -> tuple[Credential | None, str | None]:
    """The catalog entry and the vocabulary certification name ``cert`` stands for (either may be None).

    A course is no certification, though named after one: a name that says it prepares for an exam
    or is a course, module or learning path ("Prepare for the CompTIA Security+ (SY0-601) Exam",
    "AWS Cloud Practitioner Essentials", "SC-200: Mitigate threats using Microsoft Sentinel") stands
    for no credential whose own names lack those words; nor does one issued by a course platform
    (LinkedIn's "Six Sigma: Black Belt") or by another certifying body (Cisco's "Ethical Hacker")
    than the credential's, or one whose certificate lies on a course platform the credential is not
    on (a Coursera course called "Azure AI Fundamentals" is no AI-900). Real LinkedIn exports hold
    hundreds of such courses beside a few certifications (``bench/linkedin_import.py``)."""
    entry, name = _resolve(cert, catalog, vocabulary)
    platform = _url_platform(cert.url)
    if entry is not None and (_course_words(cert.name, _entry_forms(entry) + [entry.name])
                              or (platform and not _names_body(platform, _issuer_forms(entry)))):
        entry, name = None, None if name == entry.grants else name
    elif entry is not None and _issued_elsewhere(cert.issuer, entry, catalog):
        # another body's card of the same name is still that certification for a posting (a Red
        # Cross BLS card is BLS), but not this entry
        entry, name = None, _vocabulary_name(name_variants(cert.name, cert.issuer), vocabulary)
    on_platform = platform or (_key(cert.issuer) if cert.issuer and _platform(cert.issuer) else None)
    if name is not None and (_course_words(cert.name, [name, *_vocabulary_forms(name, vocabulary)])
                             or (entry is None and on_platform and _awarded_off(name, on_platform, catalog))):
        name = None  # a platform's course of a credential's name that a body awards elsewhere
    return entry, name


# Course platforms by the host of the certificates they issue (a LinkedIn export's Url column).
_PLATFORM_HOSTS = {"coursera.org": "coursera", "udemy.com": "udemy", "ude.my": "udemy", "edx.org": "edx",
                   "cognitiveclass.ai": "cognitive class", "skillbuilder.aws": "aws skill builder",
                   "cloudskillsboost.google": "google cloud skills boost", "skills.google": "google cloud skills boost",
                   "hackerrank.com": "hackerrank", "greatlearning.in": "great learning",
                   "simplilearn.com": "simplilearn",
                   "datacamp.com": "datacamp", "pluralsight.com": "pluralsight", "udacity.com": "udacity",
                   "futurelearn.com": "futurelearn", "alison.com": "alison", "lynda.com": "lynda",
                   "theforage.com": "forage", "forage-uploads-prod.s3.amazonaws.com": "forage"}


def _url_platform(url: str | None) -> str | None:
    """The course platform whose certificate ``url`` is (LinkedIn Learning by its path), if any."""
    found = re.match(r"(?:https?://)?([^/\s?#]+)(/[^\s?#]*)?", url or "", re.IGNORECASE)
    if found is None:
        return None
    host, path = found[1].casefold(), (found[2] or "").casefold()
    if host.endswith("linkedin.com") and path.startswith("/learning"):
        return "linkedin learning"
    return next((p for h, p in _PLATFORM_HOSTS.items() if host == h or host.endswith("." + h)), None)


def _awarded_off(name: str, platform: str, catalog) -> bool:
    """Whether the vocabulary certification ``name`` is one a catalog entry off ``platform`` awards."""
    awarding = catalog.granting(name) if catalog is not None and hasattr(catalog, "granting") else []
    return any(not _names_body(platform, _issuer_forms(c)) for c in awarding)


# Words saying that what was completed is a course, a module, a learning path or exam practice,
# not the certification it is named after (a credential whose own names hold the word keeps it:
# "Career Essentials in Generative AI", "Google Analytics Individual Qualification").
_COURSE = re.compile(r"\b(?:prepar(?:e|es|ing|ation)|prep|practice (?:exams?|tests?|questions)|mock (?:exams?|tests?)|"
                     r"exam cram|study guide|boot ?camp|crash course|capstone|essentials|introduction|intro to|"
                     r"explore|describe|getting started|get started|what is|overview|simulation|learning path|"
                     r"become an?)\b", re.IGNORECASE)
# Places where courses are taken, whose certificates of completion are no one else's certification.
_PLATFORMS = ("linkedin", "linkedin learning", "lynda", "lynda com", "udemy", "coursera", "edx", "pluralsight",
              "skillshare", "udacity", "datacamp", "codecademy", "simplilearn", "great learning", "alison",
              "futurelearn", "cybrary", "a cloud guru", "whizlabs", "kodekloud", "skillsoft", "hackerrank",
              "sololearn", "freecodecamp", "cursa", "hp life", "forage", "khan academy", "cognitive class",
              "google cloud skills boost", "qwiklabs", "microsoft learn", "aws skill builder", "saylor academy",
              "upgrad", "internshala", "nptel", "alura", "365 data science", "mindluster", "skillfront")


def _course_words(name: str, forms: Iterable[str]) -> bool:
    """Whether ``name`` holds a course's word that none of the credential's ``forms`` holds."""
    own = " ".join(forms).casefold()
    return any(m.group(0).casefold() not in own for m in _COURSE.finditer(name))


def _vocabulary_forms(name: str, vocabulary) -> list[str]:
    skill = vocabulary.get(name) if vocabulary is not None else None
    return list(skill.aliases) if skill is not None else []


def _key(text: str) -> str:
    return " ".join(_TOKEN.findall(text.casefold()))


def _platform(issuer: str) -> bool:
    key = _key(issuer)
    return any(_within(p, key) for p in _PLATFORMS)


def _within(short: str, long: str) -> bool:
    return bool(short) and f" {short} " in f" {long} "


def _issuer_forms(entry: Credential) -> set[str]:
    """How an issuer field may name ``entry``'s body: its provider and platform, each part of them
    ("ASCM (APICS)"), and their initials ("American Welding Society" -> "aws")."""
    forms = set()
    for body in (entry.provider, entry.platform):
        for part in re.split(r"[()/,]| and ", body):
            key = _key(part)
            if key:
                forms.add(key)
                words = key.split()
                if len(words) >= 2:
                    forms.add("".join(w[0] for w in words if w not in {"of", "for", "the", "and"}))
    return forms


def _names_body(issuer_key: str, forms: set[str]) -> bool:
    return any(_within(f, issuer_key) or _within(issuer_key, f) for f in forms if len(f) >= 2)


def _issued_elsewhere(issuer: str | None, entry: Credential, catalog) -> bool:
    """Whether ``issuer`` names a course platform or another certifying body of the catalog than
    ``entry``'s; an issuer the catalog does not know (an employer, "Credly", a test centre) says nothing."""
    if not issuer or catalog is None:
        return False
    key = _key(issuer)
    if not key or _names_body(key, _issuer_forms(entry)):
        return False
    if _platform(issuer):
        return True
    bodies = catalog.derived("issuer_forms", lambda cat: [_issuer_forms(c) for c in cat])
    return any(_names_body(key, forms) for forms in bodies)


def _resolve(cert: Certification, catalog=None, vocabulary=None) -> tuple[Credential | None, str | None]:
    entry = catalog.get(cert.catalog_id) if catalog is not None and cert.catalog_id else None
    variants = name_variants(cert.name, cert.issuer)
    if entry is None and catalog is not None:
        entry = _from_catalog(cert, variants, catalog)
    name = entry.grants if entry is not None and entry.grants else None
    if name is None:
        # An entry that awards no vocabulary certification keeps its letters to itself: ISM's CSM is
        # not the Certified ScrumMaster the vocabulary reads "CSM" as.
        name = _vocabulary_name(variants, vocabulary, catalog if entry is not None else None)
    if entry is None and name is not None and hasattr(catalog, "for_vocabulary_name"):
        entry = catalog.for_vocabulary_name(name)
    if entry is None and name is None and hasattr(catalog, "__iter__"):
        entry = _fuzzy(cert.name, catalog)
        name = entry.grants if entry is not None else None
    return entry, name


def _vocabulary_name(variants: list[str], vocabulary, awarded_by=None) -> str | None:
    """The first vocabulary certification a variant names; with ``awarded_by`` (a catalog), none
    that one of its entries awards."""
    for variant in variants if vocabulary is not None else ():
        skill = vocabulary.resolve(variant)
        if skill is None or skill.kind != "certification":
            continue
        if awarded_by is not None and hasattr(awarded_by, "granting") and awarded_by.granting(skill.name):
            continue
        return skill.name
    return None


def _from_catalog(cert: Certification, variants: list[str], catalog) -> Credential | None:
    """The first variant the catalog knows; with an issuer, the issuer-qualified reading goes first
    (it settles letters two bodies use, such as CSM)."""
    if cert.issuer:
        found = catalog.find(f"{cert.issuer} {cert.name}")
        if found is not None:
            return found
    for variant in variants:
        found = catalog.find(variant)
        if found is not None:
            return found
    return None


def _content_words(name: str) -> set[str]:
    return set(_TOKEN.findall(_NOISE.sub(" ", name).casefold())) - _STOP


_STOP = {"a", "an", "and", "by", "for", "from", "in", "of", "on", "the", "to", "with"}


def _fuzzy(name: str, catalog) -> Credential | None:
    """The one entry whose name or alias shares most words with ``name`` ("OSHA 10-Hour Construction"):
    one of the two names holds all the other's words but "for", "the", "by" (a shortened name, or
    one with more said), never each words of its own ("Career Essentials in Software Development"
    is not "Career Essentials in Generative AI")."""
    words = _content_words(name)
    if len(words) < 2:
        return None
    scored: dict[str, tuple[float, Credential]] = {}
    for c in catalog:
        for form in (c.name, *c.aliases):
            other = _content_words(form)
            if not other or not (words <= other or other <= words):
                continue
            common = len(words & other)
            share = max(common / len(words | other), common / len(words) if common >= 3 else 0.0)
            if share > scored.get(c.id, (0.0, c))[0]:
                scored[c.id] = (share, c)
    ranked = sorted(scored.values(), key=lambda x: -x[0])
    if not ranked or ranked[0][0] < FUZZY_MIN or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0] - 0.1):
        return None
    return ranked[0][1]


def _entry_forms(entry: Credential | None) -> list[str]:
    if entry is None:
        return []
    letters = re.findall(r"\(([^)]{2,30})\)", entry.name)
    forms = [entry.name, _PAREN.sub(" ", entry.name).strip(), *entry.aliases, *letters]
    if entry.exam_code and " + " not in entry.exam_code:
        forms.append(entry.exam_code)
    return [" ".join(f.split()) for f in forms if len(f.strip()) >= 3]


def standing(cert: Certification, today: date) -> Standing:
    if cert.status == CertStatus.IN_PROGRESS:
        return Standing.IN_PROGRESS
    return Standing.LAPSED if cert.lapsed(today) else Standing.HELD


def resolve_held(certifications: Iterable[Certification], catalog=None, vocabulary=None,
                 today: date | None = None) -> HeldCredentials:
    """Resolve every certification of a profile, and what the current ones cover by their ladders."""
    today = today or date.today()
    held = HeldCredentials()
    for cert in certifications:
        entry, name = resolve_certification(cert, catalog, vocabulary)
        held.items.append(ResolvedCertification(cert, entry, name, standing(cert, today)))
    holders = {r.entry.id: r for r in held.current() if r.entry is not None}
    own = set(holders)
    for lower, higher in covered(sorted(holders)).items():
        if lower in own:
            continue
        held.covered[lower] = holders[higher]
        entry = catalog.get(lower) if catalog is not None else None
        if entry is not None and entry.grants:
            held.covered_names.setdefault(entry.grants, holders[higher])
    # A vocabulary name also granted by a credential the profile holds directly stays its own.
    for r in held.current():
        if r.name:
            held.covered_names.pop(r.name, None)
    held.below = _below_held_rungs([r.entry for r in held.current() if r.entry is not None], catalog)
    held.past = _foundations_past(held.current(), catalog, vocabulary)
    return held


def _foundations_past(current: list[ResolvedCertification], catalog, vocabulary) -> set[str]:
    """Ids of the entry-level catalog credentials the profile is past: one whose focus (first
    skill) a current credential above entry level gives already (its own focus, or what the
    vocabulary says it implies), and one the catalog makes a required prerequisite of such a
    credential. NCCER Electrical Level 1 teaches electrical wiring and is taken after NCCER Core: a
    journeyman electrician's licence gives the wiring, so neither the Level 1 nor the Core's hand
    tools are advice for them. A licence the catalog does not list (a state's journeyman card)
    counts as above entry: the vocabulary knows it, and it takes years of practice. A credential at
    entry level gives nothing here: an EPA 608 card leaves NATE's Core exam good advice."""
    if catalog is None or not hasattr(catalog, "get"):
        return set()
    gives: set[str] = set()
    for r in current:
        if r.entry is not None and (r.entry.level == "entry" or not r.entry.skills):
            continue
        if r.entry is not None:
            gives.add(r.entry.skills[0])
        if r.name and vocabulary is not None:
            gives |= {r.name, *vocabulary.implied(r.name)}
    if not gives:
        return set()
    past = set()
    for credential in catalog:
        if not credential.skills or credential.skills[0] not in gives:
            continue
        if credential.level == "entry":
            past.add(credential.id)
        for p in credential.prerequisite_list:
            base = catalog.get(p.credential) if p.type == "credential" and p.required and p.credential else None
            if base is not None and base.level == "entry":
                past.add(base.id)
    return past


def _below_held_rungs(entries: list[Credential], catalog) -> set[str]:
    """Ids of the catalog's credentials whose every role sits below a rung ``entries`` certify, on
    the same ladder of ``role_ladders`` (a CNA or PCT certificate under an RN licence, a bookkeeping
    certificate under the CPA)."""
    from credstack.credentials.fit import credential_rungs

    top: dict[str, int] = {}
    for entry in entries:
        for ladder, rung in credential_rungs(entry):
            top[ladder] = max(top.get(ladder, -1), rung)
    if not top or catalog is None or not hasattr(catalog, "__iter__"):
        return set()

    def on_rungs(cat) -> dict[str, frozenset]:  # the catalog's role credentials, worked out once
        return {c.id: own for c in cat if (own := credential_rungs(c))}

    placed = catalog.derived("role_rungs", on_rungs) if hasattr(catalog, "derived") else on_rungs(catalog)
    return {cid for cid, own in placed.items() if all(ladder in top and rung < top[ladder] for ladder, rung in own)}


def entry_for(cert: Certification, catalog, vocabulary=None) -> Credential | None:
    """The catalog entry of one certification (the showcase and tailoring ask one at a time)."""
    return resolve_certification(cert, catalog, vocabulary)[0]


def names_of(items: Sequence[ResolvedCertification]) -> list[str]:
    return [r.label for r in items]

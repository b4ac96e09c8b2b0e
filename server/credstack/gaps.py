"""Posting skills vs the user's profile: have, have by implication, transferable, or missing.

Pure: takes the extracted skills, the profile, the vocabulary and (optionally) a function that
embeds skill names, and returns a ``GapReport`` with a 0-100 match score and its breakdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

import numpy as np

from credstack.credentials.held import HeldCredentials, ResolvedCertification, Standing, resolve_held
from credstack.profile.dates import expiry_passed
from credstack.profile.model import Certification, CertStatus, Profile
from credstack.skills import find_skills, skill_named
from credstack.skills.languages import LANGUAGE_NAMES, language_of
from credstack.skills.model import Requirement, SkillKind, SkillMention
from credstack.skills.vocabulary import Vocabulary


class GapStatus(StrEnum):
    HAVE = "have"
    IMPLIED = "implied"
    TRANSFERABLE = "transferable"
    MISSING = "missing"
    RENEW = "renew"  # a certification the profile holds but let lapse
    FINISH = "finish"  # a certification the profile is working towards


# How much each requirement level weighs in the score, and how much each status earns.
REQUIREMENT_WEIGHT = {Requirement.REQUIRED: 3.0, Requirement.UNSPECIFIED: 2.0, Requirement.PREFERRED: 1.0}
STATUS_CREDIT = {GapStatus.HAVE: 1.0, GapStatus.IMPLIED: 0.85, GapStatus.TRANSFERABLE: 0.5,
                 GapStatus.MISSING: 0.0, GapStatus.RENEW: 0.5, GapStatus.FINISH: 0.25}
# Statuses that leave something to acquire (the stack fills them); renew and finish are steps on
# certifications the profile already names, never "missing".
LACKING = (GapStatus.MISSING, GapStatus.TRANSFERABLE, GapStatus.RENEW, GapStatus.FINISH)
# Soft skills are rarely listed in a profile and are judged in interviews: they weigh little in
# the score and are never a gap a credential fills.
# A skill of kind "other" is the span tagger's reading of a name the vocabulary lacks, in the page's
# own words ("HEDIS", "window functions"): shown and counted, but at half weight, so a handful of
# them cannot outweigh the skills the vocabulary knows, and no credential is known to teach one.
KIND_FACTOR = {SkillKind.SOFT: 0.15, SkillKind.OTHER: 0.5}
SOFT_NOTE = "a soft skill: show it in your resume and interviews; no credential is needed for it"
# A degree the profile's education does not name may still be held: the user is told where to add it.
DEGREE_NOTE = ("not in your profile: if you hold it, add it to your education"
               " (e.g. \"BSc Accounting, University of Leeds, 2015\")")
# Cosine similarity of skill-name embeddings above which a held skill counts as transferable.
TRANSFER_THRESHOLD = 0.62
# Kinds whose skills can stand in for each other (a tool for a tool or a method, never a language
# for a degree).
TRANSFER_KINDS = {
    SkillKind.TOOL: {SkillKind.TOOL, SkillKind.HARD},
    SkillKind.HARD: {SkillKind.TOOL, SkillKind.HARD},
}

EmbedNames = Callable[[Sequence[str]], np.ndarray]


@dataclass
class SkillGap:
    skill: SkillMention
    status: GapStatus
    via: str | None = None  # the profile skill or certification that gives it
    similarity: float | None = None
    note: str | None = None
    years_short: bool = False  # held, with fewer years than the posting asks

    @property
    def group(self) -> str:
        """"soft" for soft skills (shown apart, never a gap to fill), else "skill"."""
        return "soft" if self.skill.kind == SkillKind.SOFT else "skill"

    @property
    def is_gap(self) -> bool:
        """Something to learn or certify: a hard skill, tool or credential not held."""
        return self.group != "soft" and self.status in (GapStatus.MISSING, GapStatus.TRANSFERABLE)

    def to_dict(self) -> dict:
        return {**self.skill.to_dict(), "status": str(self.status), "via": self.via,
                "similarity": None if self.similarity is None else round(self.similarity, 3),
                "note": self.note, "years_short": self.years_short, "group": self.group, "gap": self.is_gap}


@dataclass
class CertificationCheck:
    """A certification the posting names, checked against the profile (expiry included)."""

    name: str
    requirement: Requirement
    status: str  # held, expired, in_progress, missing
    held_as: str | None = None
    expires: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "requirement": str(self.requirement), "status": self.status,
                "held_as": self.held_as, "expires": self.expires}


@dataclass
class GapReport:
    items: list[SkillGap] = field(default_factory=list)
    certifications: list[CertificationCheck] = field(default_factory=list)
    score: int = 0
    breakdown: dict = field(default_factory=dict)
    summary: str = ""  # the score in one plain line ("has 7 of 9 required skills; missing ...")

    def to_dict(self) -> dict:
        return {"score": self.score, "breakdown": self.breakdown, "summary": self.summary,
                "skills": [g.to_dict() for g in self.items],
                "certifications": [c.to_dict() for c in self.certifications]}


def compare(skills: Sequence[SkillMention], profile: Profile, vocabulary: Vocabulary,
            embed: EmbedNames | None = None, today: date | None = None,
            taught: Callable[[Certification], Sequence[str]] | None = None,
            credentials: HeldCredentials | None = None,
            alternatives: Sequence[frozenset[str]] = (),
            stands: dict[str, ResolvedCertification] | None = None,
            registered: dict[str, str] | None = None) -> GapReport:
    """Classify each posting skill against the profile and score the match.

    ``credentials`` is the profile's certifications resolved (``credentials.held``; resolved here
    against the vocabulary alone when not given): a current one, and every one below it on its
    level ladder, is held; a lapsed one is to renew and an in-progress one to finish, never missing.
    ``taught(cert)`` names the skills a current certification teaches (the catalog's list), held
    then by implication. ``alternatives`` are certifications the posting accepts in place of each
    other ("SHRM-CP or PHR"): holding one answers the others. ``stands`` maps a certification's
    name (casefolded) to the profile's certification standing in for it where the job is (a UK
    first aid certificate for "CPR certified" in London): held, lapsed or in progress as that one is.
    ``registered`` maps a national registration to the profile's licence that puts its holder on
    that register where the job is ("NMC Registration" -> "Registered Nurse" for a UK job): implied."""
    today = today or date.today()
    credentials = credentials or resolve_held(profile.certifications, None, vocabulary, today)
    held: dict[str, str] = {}  # canonical name (casefolded) -> how the profile holds it
    years: dict[str, float | None] = {}
    words: dict[str, str] = {}  # a vocabulary skill -> the profile's own words for it ("MIG/TIG welding")
    for s in profile.skills:
        skill = skill_named(s.name, vocabulary)
        name = skill.name if skill else s.name
        held[name.casefold()] = name
        years[name.casefold()] = s.years
        if name != s.name:
            words.setdefault(name, " ".join(s.name.split()))
    certs_held = credentials.by_name()
    for key, r in certs_held.items():
        if r.standing == Standing.HELD:
            held.setdefault(key, r.name if r.name and r.name.casefold() == key else r.label)
    # A degree the profile lists by its letters and subject ("B.S. Accounting", "BSc (Hons)
    # Nursing") among its certifications or skills, where the subject alone ("Accounting") is all
    # the matcher reads in it; and each qualification of its education, degree and subject.
    for own in [*(r.certification.name for r in credentials.current()), *(s.name for s in profile.skills)]:
        degree = degree_named(own, vocabulary)
        if degree is not None:
            held.setdefault(degree.name.casefold(), degree.name)
    # a qualification still under way -> its line: not held, only the schooling under it counts
    # ("BSc Nursing, expected 2027": a high school diploma, no bachelor's, no nursing degree yet)
    studying: dict[str, str] = {}
    for line in profile.education:
        if _STILL_STUDYING.search(line):
            for name in qualification_held(line, vocabulary):
                studying.setdefault(name, line.strip())
            continue
        for name in qualification_held(line, vocabulary):
            held.setdefault(name.casefold(), name)
        if _apprenticeship_done(line):  # "Level 3 Apprenticeship in Fabrication and Welding, 2015"
            held.setdefault(APPRENTICESHIP.casefold(), line.strip())
    for group in alternatives:
        have = next((n for n in sorted(group) if n.casefold() in held), None)
        for other in group:
            if have is not None and other.casefold() not in held:
                held[other.casefold()] = held[have.casefold()]
    implied: dict[str, str] = {}
    forms: dict[str, str] = {}  # a skill held in a more specific form -> that form
    implications = {name: vocabulary.implied(name) for name in held.values()}  # read once, used twice
    for name, targets in implications.items():
        for target in targets:
            implied.setdefault(target.casefold(), name)
        for target in vocabulary.forms_of(name):
            forms.setdefault(target.casefold(), name)
    # a degree, held or under way, answers the schooling below it (a BSc: a diploma)
    rung_sources = [*((name, targets, name) for name, targets in implications.items()),
                    *((name, vocabulary.implied(name), line) for name, line in studying.items())]
    for name, targets, source in rung_sources:
        top = max((DEGREE_RUNGS.index(r) for r in {name, *targets} if r in DEGREE_RUNGS), default=0)
        for lower in DEGREE_RUNGS[:top]:
            implied.setdefault(lower.casefold(), source)
    for registration, licence in (registered or {}).items():
        implied.setdefault(registration.casefold(), licence)
    shown = apprenticeship_shown(profile, credentials)
    if shown is not None:
        implied.setdefault(APPRENTICESHIP.casefold(), shown)
    vocational = vocational_shown(profile, shown or held.get(APPRENTICESHIP.casefold()))
    if vocational is not None:  # a finished apprenticeship, a CAP or an FP: "abgeschlossene Ausbildung"
        implied.setdefault(VOCATIONAL.casefold(), vocational)
    for r in credentials.current():
        school = schooling_shown(r.entry)
        if school is not None:  # a licence that needs a degree first shows the schooling under it
            for lower in DEGREE_RUNGS[:DEGREE_RUNGS.index(school) + 1]:
                implied.setdefault(lower.casefold(), r.label)
        taught_skills = taught(r.certification) if taught is not None else ()
        if r.name and vocabulary.get(r.name) is not None:
            taught_skills = (*taught_skills, *vocabulary.implied(r.name))
        for target in taught_skills:
            implied.setdefault(target.casefold(), r.label)

    own_language = written_in(profile)
    report = GapReport()
    pending: list[SkillGap] = []
    for mention in skills:
        key = mention.name.casefold()
        as_held = None
        if mention.kind != SkillKind.SOFT:  # a skill named as the profile's certification is ("NFPA 70E")
            as_held = certs_held.get(key) or credentials.lookup(mention.name) or (stands or {}).get(key)
            if as_held is not None and as_held.standing == Standing.HELD:
                held.setdefault(key, as_held.label)
        if mention.kind == SkillKind.CERTIFICATION:
            report.certifications.append(_check_certification(mention, as_held, today))
        if key in held or key in forms:
            via = held.get(key) or forms[key]
            gap = SkillGap(mention, GapStatus.HAVE, words.get(via, via))
            if via.casefold() != key:  # "Electrical Troubleshooting" answers "Troubleshooting"
                gap.note = f"you have it as {words.get(via, via)}"
            asked, have = mention.years, years.get(via.casefold())
            if asked and have is not None and have < asked:
                gap.note, gap.years_short = f"asks {asked:g} years, you have {have:g}", True
        elif key in implied:
            via = words.get(implied[key], implied[key])
            gap = SkillGap(mention, GapStatus.IMPLIED, via, note=f"{via} implies {mention.name}")
        elif mention.kind == SkillKind.LANGUAGE and key == own_language.casefold():
            # the language the user writes their profile in: "Grade 12 English" is no gap to them
            gap = SkillGap(mention, GapStatus.IMPLIED, "your profile",
                           note=f"your profile is written in {own_language}")
        elif as_held is not None:  # lapsed or in progress (a current one is held above)
            gap = _renew_or_finish(mention, as_held)
        else:
            gap = SkillGap(mention, GapStatus.MISSING)
            if mention.kind == SkillKind.SOFT:
                gap.note = SOFT_NOTE
            else:
                pending.append(gap)
                if mention.kind == SkillKind.DEGREE:
                    gap.note = DEGREE_NOTE
        report.items.append(gap)
    _renewal_asked(report.items, credentials, vocabulary, own={s.casefold() for s in words.values()} | set(years))
    pending = [g for g in pending if g.status == GapStatus.MISSING]
    if pending:
        _mark_siblings(pending, list(held.values()), vocabulary, words)
    pending = [g for g in pending if g.status == GapStatus.MISSING]
    if embed is not None and pending:
        _mark_transferable(pending, list(held.values()), vocabulary, embed, words)
    counted = one_per_slot(report.items, alternatives)
    report.score, report.breakdown = score(counted)
    report.summary = summary_line(counted)
    return report


def one_per_slot(items: list[SkillGap], alternatives: Sequence[frozenset[str]]) -> list[SkillGap]:
    """``items`` with each either/or slot counted once, as its best answer: "at least one of German, French,
    ... or Russian" is one required skill, not nine (held or missing), for the score and its sentence. A slot
    none answers is named as the choice ("one of Dutch, French or German")."""
    slots = [group for group in alternatives if len(group) >= 2]
    if not slots:
        return items
    out: list[SkillGap] = []
    done: set[int] = set()
    for gap in items:
        slot = next((k for k, group in enumerate(slots) if gap.skill.name in group), None)
        if slot is None:
            out.append(gap)
            continue
        if slot in done:
            continue
        done.add(slot)
        members = [g for g in items if g.skill.name in slots[slot]]
        best = max(members, key=lambda g: STATUS_CREDIT[g.status])
        if len(members) > 1 and best.status == GapStatus.MISSING:
            names = [g.skill.name for g in members]
            choice = f"one of {_names(names[:-1])} or {names[-1]}" if len(names) <= 4 \
                else f"one of {', '.join(names[:3])} or {len(names) - 3} more"
            best = replace(best, skill=replace(best.skill, name=choice))
        out.append(best)
    return out


_DEGREE_LEAD_WORDS = 4
# The schooling ladder, lowest first: a degree held answers a posting asking any rung below it
# ("Certificate/Diploma/Degree" read as Diploma for a BSc holder; a bachelor's for an MSc).
DEGREE_RUNGS = ("High School Diploma", "Diploma", "Associate Degree", "Bachelor's Degree",
                "Master's Degree", "Doctorate")


# A required education prerequisite past school: a degree, a college or university programme, a
# nursing programme, semester hours. One that names school itself ("high school diploma or GED") is not.
_PAST_SCHOOL = re.compile(r"\b(?:degree|bachelor|associate|semester hours|undergraduate|post-secondary|college"
                          r"|university|(?:accredited|approved)\s+(?:[\w/-]+\s+){0,3}program(?:me)?)\b", re.I)
_SCHOOL = re.compile(r"\b(?:high school|secondary school|GED)\b", re.I)
# Another way in ("... OR 4,000 hours of professional work experience"): the schooling is not shown.
_OTHER_WAY = re.compile(r"\bor\b(?!\s+(?:equivalent|higher|above|better)\b)", re.I)


def schooling_shown(entry) -> str | None:
    """The rung of ``DEGREE_RUNGS`` a catalog credential shows its holder has reached by the
    education it requires first: the CPA's 150 semester hours a bachelor's, the NCLEX-RN's approved
    nursing programme school finished. None for one that requires no schooling past school."""
    texts = [p.text for p in (entry.prerequisite_list if entry is not None else ())
             if p.type == "education" and p.required and p.text]
    past = [t for t in texts if _PAST_SCHOOL.search(t) and not _SCHOOL.search(t) and not _OTHER_WAY.search(t)]
    if not past:
        return None
    words = " ".join(past).casefold()
    if any(w in words for w in ("bachelor", "semester hours", "undergraduate degree")):
        return "Bachelor's Degree"
    return "Associate Degree" if "associate degree" in words else "High School Diploma"


def degree_named(text: str, vocabulary: Vocabulary):
    """The degree (a vocabulary skill of kind degree) ``text`` opens with: "B.S. Accounting" and
    "Bachelor of Science in Accounting" -> Bachelor's Degree, "MSc Finance" -> Master's Degree;
    None when it opens with no degree's name or letters ("BS 7671 Wiring Regulations" opens with
    letters followed by a number, a standard's name, not a subject)."""
    return _degree_and_subject(text, vocabulary)[0]


def _degree_and_subject(text: str, vocabulary: Vocabulary):
    """``degree_named`` and the words after the degree's name (its subject, "in" left out)."""
    words = text.replace("(Hons)", " ").replace("(hons)", " ").split()
    for n in range(min(_DEGREE_LEAD_WORDS, len(words)), 0, -1):
        skill = vocabulary.resolve(" ".join(words[:n]).rstrip(",:;-"))
        if skill is not None and skill.kind == SkillKind.DEGREE:
            rest = words[n:]
            if rest and rest[0][:1].isdigit():
                return None, ""
            while rest and rest[0].casefold() in _SUBJECT_LEADS:
                rest = rest[1:]
            return skill, " ".join(rest)
    return None, ""


_SUBJECT_LEADS = {"in", "of", "-", "–", ":", "(", "with"}
# The parts of an education line after the qualification: school, place, years.
_EDUCATION_PARTS = re.compile(r"\s*(?:[,;|•·]|\s[-–—]\s|\(\d{4}|\b(?:19|20)\d{2}\b)")


def qualification_held(line: str, vocabulary: Vocabulary) -> list[str]:
    """The vocabulary skills one line of the profile's education holds: its degree and the
    degree's subject ("BSc (Hons) Nursing, University of Leeds, 2015" and "BSc, Nursing, ..." ->
    Bachelor's Degree, Nursing; "Bachelor's degree in Accounting" -> Bachelor's Degree,
    Accounting: the part after a bare degree only when it is a skill's name whole), or the
    qualification named whole ("High school diploma", "HNC Electrical Engineering", "A-levels").
    The school, place and years after it are not read."""
    parts = [p.strip() for p in _EDUCATION_PARTS.split(line.strip(), maxsplit=2) if p and p.strip()]
    first = parts[0] if parts else ""
    held: list[str] = []
    degree, subject = _degree_and_subject(first, vocabulary)
    if degree is None and len(parts) > 1:  # "BCA - Bachelor of Computer Application": its letters first
        degree, subject = _degree_and_subject(parts[1], vocabulary)
        parts = parts[1:]
    field = skill_named(subject, vocabulary) if subject else None
    if degree is not None and not subject and len(parts) > 1:  # "BSc (Hons), Nursing, University of Leeds"
        field = vocabulary.resolve(parts[1])  # whole: "Accounting School of London" is a school
    # a qualification named whole ("GED", "BSN", "A-levels"), never a name inside a school's
    # ("Trailhead by Salesforce" holds no Salesforce)
    whole = vocabulary.resolve(first) if first else None
    for skill in (degree, whole, field):
        if skill is not None and skill.name not in held:
            held.append(skill.name)
    return held


# An education line for a qualification still under way, as people write it on a profile ("BSc
# Nursing (in progress)", "MBA, expected 2027", "2023 - present", "PhD candidate") or in German,
# French, Spanish, Italian and Portuguese ("laufend", "en cours", "en curso", "in corso", "em andamento").
_STILL_STUDYING = re.compile(r"\b(?:in progress|ongoing|expected|anticipated|present|to date|current(?:ly)?|pursuing"
                             r"|studying|enrolled|candidate|incomplete|unfinished|not completed|working towards"
                             r"|laufend|bis heute|derzeit|en cours|en curso|cursando|in corso|em andamento)\b", re.I)

APPRENTICESHIP = "Apprenticeship"
VOCATIONAL = "Vocational Certificate"
_APPRENTICED = re.compile(r"\b(?:apprentice(?:ship)?s?|time[- ]served|journey(?:man|person|worker))\b", re.I)
# An apprenticeship not (yet) finished, or one below the craft level ("Level 2", "intermediate"):
# the words of a qualification still under way (``_STILL_STUDYING``) and those of a trainee, in
# English and as a German, French or Spanish profile writes them ("Azubi", "abgebrochen", "en
# formation", "sin terminar").
_BELOW_CRAFT = re.compile(r"\b(?:due|trainee|in training"
                          r"|(?:first|second|third|fourth|1st|2nd|3rd|4th|final)[- ]year|year \d|level [12]\b"
                          r"|intermediate|pre[- ]apprenticeship"
                          r"|in ausbildung|auszubildende[rn]?|azubi|aktuell|abgebrochen"
                          r"|nicht abgeschlossen|en formation|en préparation|apprentie?"
                          r"|actualidad|actualmente|sin terminar|abandonad[oa])\b", re.I)


def _not_done(text: str) -> bool:
    return bool(_STILL_STUDYING.search(text) or _BELOW_CRAFT.search(text))


# A qualification a finished craft apprenticeship gives: an NVQ/SVQ at Level 3 or above, a
# journeyman's (journeyperson's, journeyworker's) licence; Canada's Red Seal or a trade's
# Certificate of Qualification; Australia's Certificate III or IV (a trade's, "Cert III in
# Carpentry"); Ireland's QQI (FETAC) Level 6 Advanced Certificate Craft; Germany's
# Gesellenbrief/Gesellenprüfung, Facharbeiterbrief, a finished Berufsausbildung or Lehre, and the
# Meisterbrief above them (a master craftsman served the apprenticeship first); Switzerland's EFZ;
# France's CAP and Brevet professionnel (capitals only: "CAP" is the College of American
# Pathologists in English).
_CRAFT_LEVEL = re.compile(r"\b(?:N|S)VQ\b[^,;]*?\blevel\s*([3-7])\b|\blevel\s*([3-7])\s+(?:N|S)VQ\b"
                          r"|\bjourney(?:man|person|worker)\b"
                          r"|\bred[- ]seal\b|\bcertificates? of qualification\b"
                          r"|\bcert(?:ificate)?\.?\s*(?:III|IV|3|4)\b"
                          r"|\b(?:QQI|FETAC)\b[^,;]*?\blevel\s*(?:[6-9]|10)\b|\badvanced certificate\W+craft\b"
                          r"|\bnational craft certificate\b"
                          r"|\bgesellen(?:brief|prüfung|pruefung)\b|\bgesell(?:e|in)\b|\bfacharbeiter(?:brief|prüfung)\b"
                          r"|\bmeister(?:brief|prüfung|pruefung|titel)\b|\b(?:handwerks|industrie)meister(?:in)?\b"
                          r"|\babgeschlossene\s+(?:berufs)?ausbildung\b|\babgeschlossene\s+lehre\b|\blehrabschluss"
                          r"|(?-i:\bEFZ\b|\bCAP\b)|\bbrevet professionnel\b", re.I)
# A vocational school's qualification, not an apprenticeship's end: France's BEP and bac pro,
# Spain's Formación Profesional (FP de grado medio or superior, a ciclo formativo).
_VOCATIONAL = re.compile(r"(?-i:\bBEP\b)|\bbac(?:calauréat)? pro(?:fessionnel)?\b|\bformaci[oó]n profesional\b"
                         r"|\bFP\b[^,;]{0,12}?\bgrado (?:medio|superior)\b|\bciclos? formativos?\b"
                         r"|\bt[ée]cnico superior en\b", re.I)
_SERVED = re.compile(r"\b(?:time[- ]served|journey(?:man|person|worker)|red[- ]seal|gesell(?:e|in))\b", re.I)
_TRAINING = re.compile(r"\b(?:trainee|in training|working towards|apprentice)\b", re.I)


def _apprenticeship_done(line: str) -> bool:
    """An education line naming a finished apprenticeship: "Level 3 Apprenticeship in Fabrication
    and Welding, 2015", "Time-served apprenticeship, sheet metal"; not "Level 2 apprenticeship",
    "Electrical apprenticeship (in progress)" or "Apprenticeship, 2023 - present"."""
    return bool(_APPRENTICED.search(line)) and not _not_done(line)


def apprenticeship_shown(profile: Profile, credentials: HeldCredentials) -> str | None:
    """What shows the profile's holder finished an apprenticeship without their education saying
    so: a current craft qualification (an NVQ/SVQ Level 3 or above, a journeyman's licence, a Red
    Seal, a Certificate III, a Gesellenbrief or Meisterbrief, a CAP: ``_CRAFT_LEVEL``) among its
    certifications or education (its name), or a headline saying "time served", "journeyman" or
    "Red Seal" (the headline); a Level 2 or Certificate II, or one in progress, shows none. None
    when nothing does."""
    for text in [*(r.label for r in credentials.current()), *profile.education]:
        if _CRAFT_LEVEL.search(text) and not _not_done(text):
            return text.strip()
    headline = profile.headline or ""
    if _SERVED.search(headline) and not _TRAINING.search(headline):
        return headline.strip()
    return None


def vocational_shown(profile: Profile, apprenticed: str | None) -> str | None:
    """What shows the profile's holder has the vocational qualification a posting asks as
    "abgeschlossene Ausbildung", "CAP-BEP" or "FP de grado medio" (the vocabulary's Vocational
    Certificate): a finished apprenticeship (``apprenticed``, what shows it), else an education line
    naming a vocational school's finished qualification (a BEP, a bac pro, a Formación Profesional)."""
    if apprenticed is not None:
        return apprenticed
    for line in profile.education:
        if (_VOCATIONAL.search(line) or _apprenticeship_done(line)) and not _not_done(line):
            return line.strip()
    return None


def written_in(profile: Profile) -> str:
    """The language the profile is written in, by name ("English"; "German" for a headline and
    skills in German): its owner reads and writes it. English when its words show no other."""
    text = "\n".join([profile.headline, *profile.target_roles, *profile.education, *(s.name for s in profile.skills),
                      *(c.name for c in profile.certifications)])
    return LANGUAGE_NAMES.get(language_of(text), "English")


# A role's noun in a certificate's name names the work it certifies ("Coded welder" -> welding,
# "Forklift Operator" -> operation): read so, the name finds the skill the vocabulary knows.
_AGENT_NOUNS = ((re.compile(r"\b(\w+?)(?:er|ers)\b", re.I), r"\1ing"),
                (re.compile(r"\b(\w+?)ors?\b", re.I), r"\1ion"))


def certificate_subject(held: ResolvedCertification, vocabulary: Vocabulary, *, implied: bool = True) -> set[str]:
    """The skills a profile's certification is about: the vocabulary certification it answers to,
    its catalog entry's focus (first skill), and, for one neither knows, the hard skills or tools
    its own words name, a role's noun read as the work ("Coded welder BS EN ISO 9606-1": Welding).
    With ``implied``, what those imply too (a BLS card: CPR)."""
    out: set[str] = set()
    if held.name:
        out.add(held.name)
    if held.entry is not None and held.entry.skills:
        out.add(held.entry.skills[0])
    if not out:
        for text in (held.label, *(rx.sub(rep, held.label) for rx, rep in _AGENT_NOUNS)):
            found = {m.name for m in find_skills(text, vocabulary) if m.kind in (SkillKind.HARD, SkillKind.TOOL)}
            if found:
                out |= found
                break
    if implied:
        out |= {target for name in list(out) for target in vocabulary.implied(name)}
    return out


def _renewal_asked(items: list[SkillGap], credentials: HeldCredentials, vocabulary: Vocabulary,
                   own: set[str]) -> None:
    """A posting skill a lapsed certification of the profile is about, when no current one answers
    it: to renew (it lapsed in ...), as a catalog certification the posting names is, whether or not
    the catalog knows it (a coded welder's certificate, a forklift operator's card). Held by the
    profile's own skills ("MIG Welding" for "Welding") it stays held, with the renewal as its note
    when the certificate is about that very skill (not one it merely implies): the skill is there,
    the ticket to use it on the job is not."""
    lapsed = [r for r in credentials.items if r.standing == Standing.LAPSED]
    if not lapsed:
        return
    about: dict[str, ResolvedCertification] = {}
    direct: dict[str, ResolvedCertification] = {}
    for r in lapsed:
        subject = certificate_subject(r, vocabulary, implied=False)  # read once: the name may be searched
        for name in subject:
            direct.setdefault(name.casefold(), r)
        for name in subject | {target for known in subject for target in vocabulary.implied(known)}:
            about.setdefault(name.casefold(), r)
    for gap in items:
        key = gap.skill.name.casefold()
        if gap.skill.kind == SkillKind.SOFT or gap.status in (GapStatus.RENEW, GapStatus.FINISH):
            continue
        if gap.status in (GapStatus.HAVE, GapStatus.IMPLIED):
            r = direct.get(key)
            if r is not None and (gap.via or "").casefold() in own:  # not when a current certification answers it
                note = _renew_or_finish(gap.skill, r).note
                gap.note = f"{gap.note}; {note}" if gap.note else note
            continue
        if (r := about.get(key)) is not None:
            step = _renew_or_finish(gap.skill, r)
            gap.status, gap.via, gap.note, gap.similarity = step.status, step.via, step.note, None


def _renew_or_finish(mention: SkillMention, held: ResolvedCertification) -> SkillGap:
    when = held.when()
    if held.standing == Standing.IN_PROGRESS:
        note = f"finish your {held.label}" + (f" ({when})" if when else "")
        return SkillGap(mention, GapStatus.FINISH, held.label, note=note)
    note = f"renew your {held.label}" + (f": it {when}" if when else ": it has lapsed")
    return SkillGap(mention, GapStatus.RENEW, held.label, note=note)


def _check_certification(mention: SkillMention, held: ResolvedCertification | None, today: date) -> CertificationCheck:
    check = CertificationCheck(mention.name, mention.requirement, "missing")
    if held is None:
        return check
    c = held.certification
    check.held_as, check.expires, status = c.name, c.expires, c.status
    if status == CertStatus.IN_PROGRESS:
        check.status = "in_progress"
    elif expiry_passed(check.expires, today):
        check.status = "expired"
    else:
        check.status = "held"
    return check


def _mark_siblings(pending: list[SkillGap], held_names: list[str], vocabulary: Vocabulary,
                   words: dict[str, str] | None = None) -> None:
    """Transferable by the vocabulary: a held skill of a compatible kind in the same specific family
    (Tableau for Power BI: both "Data Visualization"; MySQL for PostgreSQL; Azure for AWS). ``words``:
    the profile's own words for a held skill, shown in its place."""
    words = words or {}
    held = [(n, vocabulary.family(n)) for n in held_names
            if (s := vocabulary.get(n)) is not None and s.kind in TRANSFER_KINDS]
    for gap in pending:
        if gap.skill.kind not in TRANSFER_KINDS:
            continue
        family = vocabulary.family(gap.skill.name)
        shared = [(len(family & parents), name, sorted(family & parents)) for name, parents in held
                  if family & parents and vocabulary.get(name).kind in TRANSFER_KINDS[gap.skill.kind]]
        if shared:
            _, via, parents = max(shared, key=lambda item: item[0])
            via = words.get(via, via)
            gap.status, gap.via = GapStatus.TRANSFERABLE, via
            gap.note = f"like {via}, which you have: both {' and '.join(parents)}"


def _mark_transferable(pending: list[SkillGap], held_names: list[str], vocabulary: Vocabulary,
                       embed: EmbedNames, words: dict[str, str] | None = None) -> None:
    words = words or {}
    candidates = [n for n in held_names if (s := vocabulary.get(n)) is not None and s.kind in TRANSFER_KINDS]
    targets = [g for g in pending if g.skill.kind in TRANSFER_KINDS]
    if not candidates or not targets:
        return
    vectors = embed([g.skill.name for g in targets] + candidates)
    sims = vectors[: len(targets)] @ vectors[len(targets):].T
    for gap, row in zip(targets, sims, strict=True):
        allowed = [j for j, name in enumerate(candidates)
                   if vocabulary.get(name).kind in TRANSFER_KINDS[gap.skill.kind]]
        if not allowed:
            continue
        best = max(allowed, key=lambda j: row[j])
        if row[best] >= TRANSFER_THRESHOLD:
            gap.status = GapStatus.TRANSFERABLE
            gap.via = words.get(candidates[best], candidates[best])
            gap.similarity = float(row[best])
            gap.note = f"close to {gap.via}, which you have"


def score(items: Sequence[SkillGap]) -> tuple[int, dict]:
    """0-100: the weighted share of the posting's skills the profile covers.

    Weight = requirement weight (required 3, unspecified 2, preferred 1) x kind factor (soft 0.15,
    other 0.5: see ``KIND_FACTOR``);
    credit = have 1, implied 0.85, transferable 0.5, missing 0; a skill held with fewer years than
    asked earns 0.8 of its credit.
    """
    groups: dict[str, dict] = {}
    earned = possible = 0.0
    for gap in items:
        weight = REQUIREMENT_WEIGHT[gap.skill.requirement] * KIND_FACTOR.get(gap.skill.kind, 1.0)
        credit = STATUS_CREDIT[gap.status] * (0.8 if gap.years_short else 1.0)
        group = groups.setdefault(str(gap.skill.requirement), {
            "skills": 0, **dict.fromkeys(map(str, GapStatus), 0), "points": 0.0, "max_points": 0.0})
        group["skills"] += 1
        group[str(gap.status)] += 1
        group["points"] += weight * credit
        group["max_points"] += weight
        earned += weight * credit
        possible += weight
    for group in groups.values():
        group["points"] = round(group["points"], 2)
        group["max_points"] = round(group["max_points"], 2)
    value = round(100 * earned / possible) if possible else 0
    return value, {
        "by_requirement": groups,
        "weights": {str(k): v for k, v in REQUIREMENT_WEIGHT.items()},
        "credit": {str(k): v for k, v in STATUS_CREDIT.items()},
        "explanation": "score = 100 x sum(weight x credit) / sum(weight); weight: required 3, "
                       "unspecified 2, preferred 1 (soft skills x0.15, skills the vocabulary "
                       "does not know x0.5); credit: have 1, implied 0.85, "
                       "transferable 0.5, missing 0 (x0.8 when you have fewer years than asked)",
    }


def _names(names: list[str], shown: int = 3) -> str:
    if len(names) <= shown:
        return ", ".join(names)
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"


def summary_line(items: Sequence[SkillGap]) -> str:
    """The match in one plain sentence: required skills held and missing, then the preferred ones.

    Soft skills are left out: they are judged in interviews, not counted as gaps."""
    hard = [g for g in items if g.group != "soft"]
    if not hard:
        return "No skills recognised to compare with your profile."

    def held(group: list[SkillGap]) -> int:
        return sum(g.status in (GapStatus.HAVE, GapStatus.IMPLIED) for g in group)

    by_level = {level: [g for g in hard if g.skill.requirement == level] for level in Requirement}
    required = by_level[Requirement.REQUIRED]
    basis, word = (required, "required") if required else (hard, "listed")
    parts = [f"has {held(basis)} of {len(basis)} {word} skills"]
    close = [g.skill.name for g in basis if g.status == GapStatus.TRANSFERABLE]
    # the vocabulary's skills first: the tagger's own names ("other") never crowd them out of view
    missing = [g.skill.name for g in sorted(basis, key=lambda g: g.skill.kind == SkillKind.OTHER)
               if g.status == GapStatus.MISSING]
    if missing:
        parts.append(f"missing {_names(missing)}")
    if close:
        parts.append(f"close on {_names(close)}")
    if required:
        for level, label in ((Requirement.PREFERRED, "preferred"), (Requirement.UNSPECIFIED, "also mentioned")):
            if by_level[level]:
                parts.append(f"{held(by_level[level])} of {len(by_level[level])} {label}")
    line = "; ".join(parts)
    return line[0].upper() + line[1:]

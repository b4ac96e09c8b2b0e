"""Plain data for catalog micro-credentials and recommended stacks."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

WEEKS_PER_MONTH = 52 / 12


class CredentialKind(StrEnum):
    PROFESSIONAL_CERTIFICATE = "professional_certificate"
    DIGITAL_BADGE = "digital_badge"
    NANODEGREE = "nanodegree"
    MICROMASTERS = "micromasters"
    INDUSTRY_CERTIFICATION = "industry_certification"


class Pricing(StrEnum):
    FREE = "free"
    PER_MONTH = "per_month"
    ONE_TIME = "one_time"
    EXAM_FEE = "exam_fee"


class Assessment(StrEnum):
    """How the credential is earned. An instructor-observed skills test (CPR, forklift) is a proctored exam."""

    ATTENDANCE_ONLY = "attendance_only"
    QUIZ = "quiz"
    GRADED_PROJECTS = "graded_projects"
    PROCTORED_EXAM = "proctored_exam"
    NONE = "attendance_only"  # earlier names, kept as aliases
    QUIZZES = "quiz"


class Accreditation(StrEnum):
    """Who vouches for the credential beyond its issuer."""

    ANSI_ISO_17024 = "ansi_iso_17024"  # the certification programme is accredited to ISO/IEC 17024
    NCCA = "ncca"  # accredited by the National Commission for Certifying Agencies
    ACE_CREDIT = "ace_credit"  # the American Council on Education recommends college credit for it
    UNIVERSITY_CREDIT = "university_credit"  # counts as credit towards a university degree
    NONE = "none"
    UNKNOWN = "unknown"


class Level(StrEnum):
    """Career stage the credential is for (documented in data/occupations.json)."""

    ENTRY = "entry"
    ASSOCIATE = "associate"
    PROFESSIONAL = "professional"
    EXPERT = "expert"


@dataclass(frozen=True)
class Prerequisite:
    """One condition for sitting the credential: another catalog entry, years of experience, or
    something else (a licence, a degree, training hours) in words. ``required`` False: recommended."""

    type: str  # "credential" | "experience" | "education" | "license" | "training" | "other"
    required: bool = True
    credential: str | None = None  # a catalog id, for type "credential"
    years: float | None = None  # for type "experience"
    text: str | None = None

    def describe(self, names: dict[str, str] | None = None) -> str:
        if self.type == "credential":
            label = (names or {}).get(self.credential or "", self.credential or "")
            core = f"{label} first"
        elif self.type == "experience" and self.years is not None:
            core = f"{self.years:g} year{'s' if self.years != 1 else ''} of experience"
            core += f" ({self.text})" if self.text else ""
        else:
            core = self.text or self.type
        return core if self.required else f"{core} (recommended)"


@dataclass(frozen=True)
class Range:
    """A figure given as a range, with what each end means; ``None`` ends are unknown."""

    low: float | None
    high: float | None
    unknown: tuple[str, ...] = ()  # ids of the parts whose figure is not published

    @property
    def known(self) -> bool:
        return self.low is not None


@dataclass(frozen=True)
class Credential:
    """One catalog entry. Unknown figures are None, never guessed.

    ``cost_min``/``cost_max`` are USD; for ``per_month`` pricing they are per month and
    ``total_cost_estimate`` uses the typical duration. ``hours`` is total typical study time.
    ``aliases`` are the names and abbreviations postings use for it ("PMP", "CompTIA Sec+").
    """

    id: str
    name: str
    provider: str
    platform: str
    kind: CredentialKind
    skills: tuple[str, ...]
    cost_min: float | None
    cost_max: float | None
    pricing: Pricing
    hours: float | None
    weeks: float | None
    hours_per_week: float | None
    format: str
    assessment: Assessment
    validity_years: float | None
    renewal: str | None
    prerequisites: tuple[Prerequisite, ...] | None
    level: str
    financial_aid: str
    url: str
    source: str
    checked: str | None  # the date the figures were checked against ``source``; None: not checked
    aliases: tuple[str, ...] = ()
    grants: str | None = None  # the vocabulary certification this credential awards, if any
    basis: str | None = None  # how the figures were checked, or why they were not
    price_note: str | None = None  # what each end of the price range means, or why it is unknown
    exam_code: str | None = None  # the current exam code or version
    retired: bool = False  # kept so holders are recognised; never recommended
    successor: str | None = None  # the catalog id that replaced a retired entry
    study_time: str = "provider"  # "provider": hours/weeks published; "provider_gives_none"
    accreditation: str = "unknown"
    free_audit: str = "unknown"  # the lessons can be followed free without the credential
    occupations: tuple[str, ...] = ()
    recognition: dict | None = None  # how often postings name it, and how that was counted
    # The only countries (ISO 3166 codes) where it counts, for a national licence or a credential
    # on one country's law (NCLEX-RN: the US and Canada); empty where it counts anywhere.
    countries: tuple[str, ...] = ()
    countries_basis: str | None = None
    # The only states or provinces (ISO 3166-2 codes, "US-CA") where it counts, for a credential on
    # one state's law (PHRca: California); empty where it counts in the whole of its countries.
    states: tuple[str, ...] = ()
    # The countries it is not meant for (ISO 3166 codes): a credential for practitioners based
    # outside them (the PHRi: outside the US, where HR people take the PHR); ``countries_basis``
    # says why. Empty: none.
    outside: tuple[str, ...] = ()

    @property
    def prerequisite_list(self) -> tuple[Prerequisite, ...]:
        return tuple(self.prerequisites or ())

    @property
    def cost_high(self) -> float | None:
        """The dearest end of the price (non-member, standard), for a one-off or exam fee; None when unknown."""
        if self.pricing == Pricing.FREE:
            return 0.0
        if self.cost_max is None or self.pricing == Pricing.PER_MONTH:
            return self.cost_at(None) if self.pricing == Pricing.PER_MONTH else None
        return float(self.cost_max)

    @property
    def months(self) -> float | None:
        """Typical duration in months, when known."""
        return self.months_at(None)

    @property
    def total_hours(self) -> float | None:
        if self.hours is not None:
            return self.hours
        if self.weeks and self.hours_per_week:
            return self.weeks * self.hours_per_week
        return None

    @property
    def total_cost(self) -> float | None:
        """Best-case total in USD: a subscription for its typical months, else the lowest fee."""
        return self.cost_at(None)

    def pace(self, max_hours_per_week: float | None) -> float | None:
        """Hours a week the learner would actually study, given their limit.

        A self-paced credential is stretched to fit the limit; anything else keeps its own pace.
        """
        if max_hours_per_week is None or self.format != "self-paced":
            return self.hours_per_week
        if self.hours_per_week is None:
            return max_hours_per_week if self.total_hours is not None else None
        return min(self.hours_per_week, max_hours_per_week)

    def weeks_at(self, max_hours_per_week: float | None) -> float | None:
        """Calendar weeks to finish at the learner's pace (the published weeks when no limit applies)."""
        pace = self.pace(max_hours_per_week)
        hours = self.total_hours
        if hours is not None and pace:
            return hours / pace
        return self.weeks

    def months_at(self, max_hours_per_week: float | None) -> float | None:
        weeks = self.weeks_at(max_hours_per_week)
        return None if weeks is None else weeks / WEEKS_PER_MONTH

    def cost_at(self, max_hours_per_week: float | None) -> float | None:
        """Total USD at the learner's pace: a slower pace means more subscription months.

        Subscriptions bill per started month, so the months are rounded up (with a few days' grace).
        """
        if self.pricing == Pricing.FREE:
            return 0.0
        if self.cost_min is None:
            return None
        if self.pricing == Pricing.PER_MONTH:
            months = self.months_at(max_hours_per_week)
            return None if months is None else round(float(self.cost_min) * max(1, math.ceil(months - 0.1)), 2)
        return float(self.cost_min)


@dataclass
class Recommendation:
    """One credential in a stack, with everything needed to explain the choice."""

    credential: Credential
    covers: list[str] = field(default_factory=list)  # missing skills it fills, heaviest first
    reasons: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)  # ids considered and not chosen for these skills
    implied: dict[str, str] = field(default_factory=dict)  # covered skill -> the taught skill implying it
    named: bool = False  # the posting names this credential outright
    cost: float | None = None  # USD at the learner's pace; None when the price is not published
    hours: float | None = None
    weeks: float | None = None  # calendar weeks at the learner's pace
    score: float = 0.0  # covered weight per unit of cost and time when it was chosen
    action: str = "earn"  # "earn"; "renew" a lapsed one or "finish" one in progress the profile names
    why: str = ""  # one plain sentence: why this pick, for this posting
    instead: list[str] = field(default_factory=list)  # names the posting accepts in its place ("PHR")


@dataclass
class StackPlan:
    recommendations: list[Recommendation] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    total_cost: float | None = 0.0  # sum of the known (lowest) costs; None when no part is known; see cost_unknown
    total_hours: float | None = None  # sum of the known hours; None when no part is known, never a made-up 0
    cost_range: Range | None = None  # lowest-highest total of the known parts (member to non-member...)
    hours_range: Range | None = None
    totals_text: str = ""  # the totals in words, unknown parts named
    cost_unknown: list[str] = field(default_factory=list)  # ids whose price is not published
    hours_unknown: list[str] = field(default_factory=list)  # ids whose study time is not published
    covered_weight: float = 0.0
    missing_weight: float = 0.0

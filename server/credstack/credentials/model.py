"""Plain data for catalog micro-credentials and recommended stacks."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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
    NONE = "none"
    QUIZZES = "quizzes"
    GRADED_PROJECTS = "graded_projects"
    PROCTORED_EXAM = "proctored_exam"


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
    prerequisites: str | None
    level: str
    financial_aid: str
    url: str
    source: str
    checked: str
    aliases: tuple[str, ...] = ()
    grants: str | None = None  # the vocabulary certification this credential awards, if any
    basis: str | None = None  # how the figures were checked

    @property
    def months(self) -> float | None:
        """Typical duration in months, when known."""
        if self.weeks:
            return self.weeks / 4.33
        if self.hours and self.hours_per_week:
            return self.hours / self.hours_per_week / 4.33
        return None

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
        if self.pricing == Pricing.FREE:
            return 0.0
        if self.cost_min is None:
            return None
        if self.pricing == Pricing.PER_MONTH:
            months = self.months
            return None if months is None else round(self.cost_min * max(1.0, round(months)), 2)
        return float(self.cost_min)


@dataclass
class Recommendation:
    credential: Credential
    covers: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)  # ids considered and not chosen for these skills


@dataclass
class StackPlan:
    recommendations: list[Recommendation] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    total_cost: float = 0.0
    total_hours: float = 0.0

"""Plain data for the skills vocabulary and for skills extracted from a posting."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SkillKind(StrEnum):
    HARD = "hard"
    TOOL = "tool"
    SOFT = "soft"
    LANGUAGE = "language"
    DEGREE = "degree"
    CERTIFICATION = "certification"
    OTHER = "other"  # named by the span tagger, in the page's own words, with no vocabulary entry


class TextKind(StrEnum):
    """What a stretch of text is to the skills reader: it sets how strongly a named skill is asked for."""

    REQUIREMENTS = "requirements"
    PREFERRED = "preferred"
    RESPONSIBILITIES = "responsibilities"
    OTHER = "other"


@dataclass(frozen=True)
class TextSection:
    """Text to read skills from; the caller leaves out what asks for nothing (about-us, benefits)."""

    kind: TextKind
    text: str
    heading: str = ""


class Requirement(StrEnum):
    REQUIRED = "required"
    PREFERRED = "preferred"
    UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class Skill:
    """A canonical vocabulary entry."""

    name: str
    kind: SkillKind
    category: str
    aliases: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()


@dataclass
class SkillMention:
    """A vocabulary skill a posting asks for.

    ``mentions`` are the exact substrings of the posting text that named it; ``score`` (0-1) is
    its relevance to the posting; ``years`` is the experience asked for, when stated.
    """

    name: str
    kind: SkillKind
    category: str
    requirement: Requirement = Requirement.UNSPECIFIED
    years: float | None = None
    mentions: list[str] = field(default_factory=list)
    score: float = 0.0

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": str(self.kind),
            "category": self.category,
            "requirement": str(self.requirement),
            "years": self.years,
            "mentions": list(self.mentions),
            "score": round(float(self.score), 4),
        }

    @classmethod
    def from_dict(cls, data: dict) -> SkillMention:
        """The inverse of ``to_dict`` (a stored listing, an answer sent back); KeyError/ValueError/
        TypeError on anything else."""
        return cls(name=data["name"], kind=SkillKind(data.get("kind", "hard")), category=data.get("category", ""),
                   requirement=Requirement(data.get("requirement", "unspecified")), years=data.get("years"),
                   mentions=[str(m) for m in data.get("mentions", [])], score=float(data.get("score", 0.0)))


@dataclass
class Keyword:
    """A skill-like phrase from a requirement section that the vocabulary lacks (lower confidence)."""

    phrase: str
    score: float
    requirement: Requirement = Requirement.UNSPECIFIED

    def to_dict(self) -> dict:
        return {"phrase": self.phrase, "score": round(float(self.score), 4),
                "requirement": str(self.requirement)}

    @classmethod
    def from_dict(cls, data: dict) -> Keyword:
        """The inverse of ``to_dict``; KeyError/ValueError/TypeError on anything else."""
        return cls(str(data["phrase"]), float(data.get("score", 0.0)),
                   Requirement(data.get("requirement", "unspecified")))


@dataclass
class Extraction:
    skills: list[SkillMention] = field(default_factory=list)
    other_keywords: list[Keyword] = field(default_factory=list)
    # industries and domains the work is in ("FinTech", "selling payroll software"): never gaps
    context: list[SkillMention] = field(default_factory=list)
    # skills named only as a background ("experience in higher education"): a skill where the job is
    # that field, context elsewhere; the caller, who knows the job's occupation, decides
    backgrounds: list[str] = field(default_factory=list)

"""The result of analysing one posting: what flows from page to resume."""

from __future__ import annotations

from dataclasses import dataclass, field

from credstack.credentials.model import StackPlan
from credstack.postings.model import Posting
from credstack.skills.model import Keyword, SkillMention


@dataclass
class Analysis:
    posting: Posting
    skills: list[SkillMention] = field(default_factory=list)
    other_keywords: list[Keyword] = field(default_factory=list)
    gaps: object | None = None  # credstack.gaps.GapReport when the user has a profile
    recommendations: StackPlan | None = None


def warm_up() -> None:
    """Load the model and build the matcher and embedding caches before the first request."""
    from credstack.postings import parse_posting
    from credstack.skills import extract_skills

    extract_skills(parse_posting("Requirements\n- 3+ years of Python and SQL\n- Nice to have: AWS"))

"""Posting -> skills. Stub until the skills issue lands."""

from credstack.postings.model import Posting
from credstack.skills.model import Extraction, Keyword, Requirement, Skill, SkillKind, SkillMention


def extract_skills(posting: Posting, *, vocabulary=None, embedder=None) -> Extraction:
    return Extraction()


__all__ = ["Extraction", "Keyword", "Requirement", "Skill", "SkillKind", "SkillMention", "extract_skills"]

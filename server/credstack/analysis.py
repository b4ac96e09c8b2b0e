"""The result of analysing one posting, and the pipeline that produces it.

page -> posting -> skills -> gaps -> credentials: each step is a pure function; this module only
strings them together and turns the result into JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from credstack.credentials.catalog import Catalog
from credstack.credentials.expiry import ExpiryFlag, expiry_flags
from credstack.credentials.model import StackPlan
from credstack.credentials.recommend import Limits, plan_to_dict, recommend_stack
from credstack.gaps import GapReport, GapStatus, compare
from credstack.postings import parse_posting
from credstack.postings.model import Posting, SectionKind
from credstack.profile.model import Certification, Profile
from credstack.resources import Resources
from credstack.skills import extract_skills
from credstack.skills.employer import about_employer, employer_names
from credstack.skills.model import Keyword, Requirement, SkillKind, SkillMention, TextKind, TextSection

# Weight of a missing skill when choosing credentials, by how the posting asks for it.
MISSING_WEIGHT = {Requirement.REQUIRED: 3.0, Requirement.UNSPECIFIED: 2.0, Requirement.PREFERRED: 1.0}


# The posting sections that can ask for skills, as the skills reader's own kinds; every other kind
# (about the company, benefits, how to apply, legal text, forms) is left out.
SKILL_TEXT = {SectionKind.REQUIREMENTS: TextKind.REQUIREMENTS, SectionKind.PREFERRED: TextKind.PREFERRED,
              SectionKind.RESPONSIBILITIES: TextKind.RESPONSIBILITIES, SectionKind.OTHER: TextKind.OTHER}


def skill_sections(posting: Posting, employer: list[str] | None = None) -> list[TextSection]:
    """The parts of ``posting`` that can ask for skills; the whole description when it has no sections.

    With the ``employer``'s names (``employer_of``), the paragraphs of unheaded text that introduce
    the employer ("Acme is a...", "Acme makes...") are left out too, as an about-us section is."""
    if not posting.sections:
        sections = [TextSection(TextKind.OTHER, posting.description)] if posting.description else []
    else:
        sections = [TextSection(SKILL_TEXT[s.kind], s.text, s.heading) for s in posting.sections
                    if s.kind in SKILL_TEXT]
    if not employer:
        return sections
    out = []
    for section in sections:
        if section.kind == TextKind.OTHER:
            kept = [p for p in re.split(r"\n\s*\n", section.text) if not about_employer(p, employer)]
            section = TextSection(section.kind, "\n\n".join(kept), section.heading)
        if section.text.strip() or section.heading:
            out.append(section)
    return out


def employer_of(posting: Posting, resources: Resources) -> list[str]:
    """The employer's name and its products as the posting writes them: never skills."""
    texts = [s.text for s in posting.sections] or [posting.description]
    return employer_names(posting.company, texts, lambda name: resources.vocabulary.resolve(name) is not None)


@dataclass
class Analysis:
    posting: Posting
    skills: list[SkillMention] = field(default_factory=list)
    other_keywords: list[Keyword] = field(default_factory=list)
    gaps: GapReport | None = None  # when the user has a profile
    recommendations: StackPlan | None = None
    expiry: list[ExpiryFlag] = field(default_factory=list)
    context: list[SkillMention] = field(default_factory=list)  # industries and domains: never gaps


def analyze(posting: Posting, resources: Resources, *, profile: Profile | None = None, limits: Limits | None = None,
            today: date | None = None, recommend: bool = True, rank: bool = True) -> Analysis:
    """Skills of ``posting``; with a profile, the gaps and the credentials that fill them.

    ``rank=False`` reads the skills without the model (tailoring needs only their names)."""
    employer = employer_of(posting, resources)
    extraction = extract_skills(skill_sections(posting, employer), resources.vocabulary,
                                resources.ranker if rank else None, resources.tagger if rank else None,
                                employer=employer, title=posting.title or "")
    result = Analysis(posting=posting, skills=extraction.skills, other_keywords=extraction.other_keywords,
                      context=extraction.context)
    return judge(result, resources, profile=profile, limits=limits, today=today, recommend=recommend)


def judge(result: Analysis, resources: Resources, *, profile: Profile | None = None, limits: Limits | None = None,
          today: date | None = None, recommend: bool = True) -> Analysis:
    """Fill in the gaps, expiry warnings and credentials of an analysis whose skills are known
    (a fresh one, or a saved listing read back against today's profile and catalog)."""
    if profile is not None:
        result.gaps = gap_report(result.skills, profile, resources, today=today)
        result.expiry = expiry_flags(profile.certifications, today or date.today(), resources.catalog)
    if recommend:
        result.recommendations = recommend_for(result, profile, resources.catalog, limits=limits)
    return result


def gap_report(skills: list[SkillMention], profile: Profile, resources: Resources, *,
               today: date | None = None) -> GapReport:
    """The profile against ``skills``: the one gap analysis every route uses."""
    return compare(skills, profile, resources.vocabulary, embed=resources.skill_vectors, today=today,
                   taught=lambda certification: skills_taught_by(certification, resources.catalog))


def match_score(skills: list[SkillMention], profile: Profile | None, resources: Resources) -> int | None:
    """The 0-100 match of ``profile`` to a posting's skills; None without a profile."""
    return gap_report(skills, profile, resources).score if profile is not None else None


def skills_taught_by(certification: Certification, catalog: Catalog) -> tuple[str, ...]:
    """The skills the catalog says a profile certification teaches (none when it is not in the catalog)."""
    found = catalog.get(certification.catalog_id) if certification.catalog_id else None
    found = found or catalog.find(certification.name)
    return found.skills if found is not None else ()


def missing_weights(result: Analysis) -> dict[str, float]:
    """Skills to fill and how much each matters: all of them without a profile, else the gaps."""
    weights: dict[str, float] = {}
    if result.gaps is not None:
        for gap in result.gaps.items:
            if gap.is_gap:
                factor = 0.5 if gap.status == GapStatus.TRANSFERABLE else 1.0
                weights[gap.skill.name] = MISSING_WEIGHT[gap.skill.requirement] * factor
    else:
        for skill in result.skills:
            if skill.kind != SkillKind.SOFT:  # judged in interviews: no credential fills it
                weights[skill.name] = MISSING_WEIGHT[skill.requirement]
    return weights


def recommend_for(result: Analysis, profile: Profile | None, catalog: Catalog, *,
                  limits: Limits | None = None) -> StackPlan:
    named = {s.name for s in result.skills if s.kind == SkillKind.CERTIFICATION}
    held = {c.catalog_id for c in (profile.certifications if profile else []) if c.catalog_id}
    weights = missing_weights(result)
    if not weights:
        return StackPlan()
    return recommend_stack(weights, catalog, limits, named=named, have_credentials=held)


def analysis_to_dict(result: Analysis) -> dict:
    data = {
        "posting": result.posting.to_dict(),
        "skills": [s.to_dict() for s in result.skills],
        "other_keywords": [k.to_dict() for k in result.other_keywords],
        "context": [s.to_dict() for s in result.context],
        "gaps": result.gaps.to_dict() if result.gaps is not None else None,
        "recommendations": None,
        "expiry": [flag.to_dict() for flag in result.expiry],
    }
    if result.recommendations is not None:
        data["recommendations"] = plan_to_dict(result.recommendations)
    return data


def warm_up(resources: Resources) -> None:
    """Load the model and the vocabulary vectors before the first request."""
    analyze(parse_posting("Requirements\n- 3+ years of Python and SQL\n- Nice to have: AWS"), resources,
            profile=Profile(skills=[]))

"""The result of analysing one posting, and the pipeline that produces it.

page -> posting -> skills -> gaps -> credentials: each step is a pure function; this module only
strings them together and turns the result into JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from credstack.credentials.model import StackPlan
from credstack.postings.model import Posting, SectionKind
from credstack.profile.model import Profile
from credstack.skills.model import Keyword, Requirement, SkillKind, SkillMention, TextKind, TextSection

# Weight of a missing skill when choosing credentials, by how the posting asks for it.
MISSING_WEIGHT = {Requirement.REQUIRED: 3.0, Requirement.UNSPECIFIED: 2.0, Requirement.PREFERRED: 1.0}


# The posting sections that can ask for skills, as the skills reader's own kinds; every other kind
# (about the company, benefits, how to apply, legal text, forms) is left out.
SKILL_TEXT = {SectionKind.REQUIREMENTS: TextKind.REQUIREMENTS, SectionKind.PREFERRED: TextKind.PREFERRED,
              SectionKind.RESPONSIBILITIES: TextKind.RESPONSIBILITIES, SectionKind.OTHER: TextKind.OTHER}


def skill_sections(posting: Posting) -> list[TextSection]:
    """The parts of ``posting`` that can ask for skills; the whole description when it has no sections."""
    if not posting.sections:
        return [TextSection(TextKind.OTHER, posting.description)] if posting.description else []
    return [TextSection(SKILL_TEXT[s.kind], s.text, s.heading) for s in posting.sections if s.kind in SKILL_TEXT]


@dataclass
class Analysis:
    posting: Posting
    skills: list[SkillMention] = field(default_factory=list)
    other_keywords: list[Keyword] = field(default_factory=list)
    gaps: object | None = None  # credstack.gaps.GapReport when the user has a profile
    recommendations: StackPlan | None = None
    expiry: list = field(default_factory=list)  # credstack.credentials.expiry.ExpiryFlag


def analyze(posting: Posting, *, profile: Profile | None = None, embedder=None, limits=None,
            today: date | None = None, recommend: bool = True, cache_dir: str | None = None) -> Analysis:
    """Skills of ``posting``; with a profile, the gaps and the credentials that fill them."""
    from credstack.skills import extract_skills

    extraction = extract_skills(skill_sections(posting), embedder=embedder, cache_dir=cache_dir)
    result = Analysis(posting=posting, skills=extraction.skills, other_keywords=extraction.other_keywords)
    if profile is not None:
        result.gaps = gap_report(extraction.skills, profile, embedder=embedder, today=today, cache_dir=cache_dir)
        result.expiry = profile_expiry(profile, today)
    if recommend:
        result.recommendations = recommend_for(result, profile, limits=limits)
    return result


def gap_report(skills: list[SkillMention], profile: Profile, *, embedder=None, today=None, cache_dir=None):
    from credstack.gaps import compare
    from credstack.skills.vocabulary import load_vocabulary

    return compare(skills, profile, load_vocabulary(), embed=name_embedder(embedder, cache_dir), today=today,
                   taught=skills_taught_by)


def skills_taught_by(certification) -> tuple[str, ...]:
    """The skills the catalog says a profile certification teaches (none when it is not in the catalog)."""
    try:
        from credstack.credentials.catalog import load_catalog
    except ImportError:
        return ()
    catalog = load_catalog()
    found = catalog.get(certification.catalog_id) if certification.catalog_id else None
    found = found or catalog.find(certification.name)
    return found.skills if found is not None else ()


def profile_expiry(profile: Profile, today: date | None = None) -> list:
    """Certifications in the profile that have expired or expire within 90 days."""
    from credstack.credentials.catalog import load_catalog
    from credstack.credentials.expiry import expiry_flags

    return expiry_flags(profile.certifications, today or date.today(), load_catalog())


def name_embedder(embedder, cache_dir: str | None = None):
    """A function embedding skill names (vocabulary ones from the on-disk cache)."""
    from credstack.skills import skill_embeddings

    if embedder is None:
        from credstack.embedding import default_embedder

        embedder = default_embedder()
    return lambda names: skill_embeddings(list(names), embedder, cache_dir=cache_dir)


def missing_weights(result: Analysis) -> dict[str, float]:
    """Skills to fill and how much each matters: all of them without a profile, else the gaps."""
    from credstack.gaps import GapStatus

    weights: dict[str, float] = {}
    if result.gaps is not None:
        for gap in result.gaps.items:
            if gap.status in (GapStatus.MISSING, GapStatus.TRANSFERABLE):
                factor = 0.5 if gap.status == GapStatus.TRANSFERABLE else 1.0
                weights[gap.skill.name] = MISSING_WEIGHT[gap.skill.requirement] * factor
    else:
        for skill in result.skills:
            weights[skill.name] = MISSING_WEIGHT[skill.requirement]
    return weights


def recommend_for(result: Analysis, profile: Profile | None, *, limits=None) -> StackPlan | None:
    try:
        from credstack.credentials.catalog import load_catalog
        from credstack.credentials.recommend import recommend_stack
    except ImportError:
        return None
    named = {s.name for s in result.skills if s.kind == SkillKind.CERTIFICATION}
    held = {c.catalog_id for c in (profile.certifications if profile else []) if c.catalog_id}
    weights = missing_weights(result)
    if not weights:
        return StackPlan()
    return recommend_stack(weights, load_catalog(), limits, named=named, have_credentials=held)


def analysis_to_dict(result: Analysis) -> dict:
    data = {
        "posting": result.posting.to_dict(),
        "skills": [s.to_dict() for s in result.skills],
        "other_keywords": [k.to_dict() for k in result.other_keywords],
        "gaps": result.gaps.to_dict() if result.gaps is not None else None,
        "recommendations": None,
        "expiry": [flag.to_dict() for flag in result.expiry],
    }
    if result.recommendations is not None:
        try:
            from credstack.credentials.recommend import plan_to_dict
        except ImportError:
            plan_to_dict = None
        if plan_to_dict is not None:
            data["recommendations"] = plan_to_dict(result.recommendations)
    return data


def analysis_from_dict(data: dict) -> Analysis:
    """Rebuild a stored analysis (posting and skills) for tailoring and shopping lists."""
    skills = [
        SkillMention(name=s["name"], kind=SkillKind(s["kind"]), category=s.get("category", ""),
                     requirement=Requirement(s.get("requirement", "unspecified")), years=s.get("years"),
                     mentions=list(s.get("mentions", [])), score=float(s.get("score", 0.0)))
        for s in data.get("skills", [])
    ]
    keywords = [Keyword(k["phrase"], float(k.get("score", 0.0)),
                        Requirement(k.get("requirement", "unspecified")))
                for k in data.get("other_keywords", [])]
    return Analysis(posting=Posting.from_dict(data["posting"]), skills=skills, other_keywords=keywords)


def warm_up() -> None:
    """Load the model and build the matcher and embedding caches before the first request."""
    from credstack.postings import parse_posting

    analyze(parse_posting("Requirements\n- 3+ years of Python and SQL\n- Nice to have: AWS"),
            profile=Profile(skills=[]))

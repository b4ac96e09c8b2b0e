"""Demand across saved listings -> the shopping list: what keeps coming up, and what you lack.

A career coach's first advice: read 10-15 listings for the role you want and list what recurs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from credstack.analysis import gap_report
from credstack.credentials.catalog import Catalog
from credstack.credentials.recommend import Limits, plan_to_dict, recommend_stack
from credstack.gaps import GapReport, GapStatus
from credstack.profile.model import Profile
from credstack.resources import Resources
from credstack.skills.model import Requirement, SkillKind, SkillMention

RANK = {Requirement.REQUIRED: 0, Requirement.UNSPECIFIED: 1, Requirement.PREFERRED: 2}
DEMAND_WEIGHT = {Requirement.REQUIRED: 3.0, Requirement.UNSPECIFIED: 2.0, Requirement.PREFERRED: 1.0}


@dataclass
class Demand:
    """One skill's demand across listings."""

    skill: SkillMention  # the strongest way any listing asked for it
    listings: int = 0
    required: int = 0
    preferred: int = 0
    unspecified: int = 0
    weight: float = 0.0
    posting_ids: list[int] = field(default_factory=list)
    status: GapStatus | None = None
    via: str | None = None

    def to_dict(self, total: int) -> dict:
        return {
            "name": self.skill.name, "kind": str(self.skill.kind), "category": self.skill.category,
            "listings": self.listings, "share": round(self.listings / total, 3) if total else 0.0,
            "required": self.required, "preferred": self.preferred, "unspecified": self.unspecified,
            "demand": round(self.weight, 2), "posting_ids": self.posting_ids,
            "status": str(self.status) if self.status else None, "via": self.via,
            "have": self.status in (GapStatus.HAVE, GapStatus.IMPLIED) if self.status else None,
        }


def demand(listings: Sequence[tuple[int, Sequence[SkillMention]]]) -> list[Demand]:
    """Count, per skill, the listings that ask for it and how (required / preferred / unspecified)."""
    table: dict[str, Demand] = {}
    for posting_id, skills in listings:
        strongest: dict[str, SkillMention] = {}
        for skill in skills:
            best = strongest.get(skill.name)
            if best is None or RANK[skill.requirement] < RANK[best.requirement]:
                strongest[skill.name] = skill
        for name, skill in strongest.items():
            row = table.get(name)
            if row is None:
                row = table[name] = Demand(skill)
            elif RANK[skill.requirement] < RANK[row.skill.requirement]:
                row.skill = skill
            row.listings += 1
            setattr(row, str(skill.requirement), getattr(row, str(skill.requirement)) + 1)
            row.weight += DEMAND_WEIGHT[skill.requirement]
            row.posting_ids.append(posting_id)
    return sorted(table.values(), key=lambda d: (-d.listings, -d.weight, d.skill.name.casefold()))


def apply_gaps(rows: list[Demand], report: GapReport | None) -> None:
    if report is None:
        return
    status = {g.skill.name: g for g in report.items}
    for row in rows:
        gap = status.get(row.skill.name)
        if gap is not None:
            row.status, row.via = gap.status, gap.via


def missing_first(rows: list[Demand]) -> list[Demand]:
    """Ranked by demand among the skills the user lacks (missing, then transferable)."""
    order = {GapStatus.MISSING: 0, GapStatus.TRANSFERABLE: 1, None: 0}
    lacking = [r for r in rows if r.status in (GapStatus.MISSING, GapStatus.TRANSFERABLE, None)]
    return sorted(lacking, key=lambda d: (order[d.status], -d.weight, -d.listings, d.skill.name.casefold()))


def credential_weights(rows: Sequence[Demand], total: int) -> dict[str, float]:
    """Weights for the credential stack: demand per listing, transferable skills at half."""
    weights = {}
    for row in rows:
        factor = 0.5 if row.status == GapStatus.TRANSFERABLE else 1.0
        weights[row.skill.name] = factor * row.weight / max(total, 1)
    return weights


def shopping_list(listings, profile: Profile | None, resources: Resources, *, limits: Limits | None = None,
                  today: date | None = None) -> dict:
    """The whole answer: demand per skill, the missing ones ranked, and the credential stack.

    ``listings`` is a sequence of ``(posting_id, summary_dict, skills)``. Gaps come from the same
    analysis as a single posting's (``analysis.gap_report``), so both agree on every skill.
    """
    rows = demand([(pid, skills) for pid, _summary, skills in listings])
    report = None
    if profile is not None:
        report = gap_report([r.skill for r in rows], profile, resources, today=today)
        apply_gaps(rows, report)
    total = len(listings)
    lacking = missing_first(rows)
    plan = _stack(lacking, total, profile, resources.catalog, limits,
                  [s for _p, _s, skills in listings for s in skills])
    return {
        "listings": total,
        "skills": [r.to_dict(total) for r in rows],
        "missing": [r.to_dict(total) for r in lacking],
        "recommendations": plan,
        "postings": [summary for _pid, summary, _skills in listings],
    }


def _stack(lacking: list[Demand], total: int, profile: Profile | None, catalog: Catalog, limits: Limits | None,
           all_skills: Sequence[SkillMention]) -> dict | None:
    weights = credential_weights(lacking, total)
    if not weights:
        return None
    named = {s.name for s in all_skills if s.kind == SkillKind.CERTIFICATION}
    held = {c.catalog_id for c in (profile.certifications if profile else []) if c.catalog_id}
    return plan_to_dict(recommend_stack(weights, catalog, limits, named=named, have_credentials=held))

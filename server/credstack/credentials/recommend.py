"""Which credentials fill the missing skills: a weighted set cover, greedy, explained.

Each step takes the credential with the most value for its price and time:

    value = (weight of the still-missing skills it covers) x assessment factor x named bonus
            / (1 + cost / COST_SCALE + hours / HOURS_SCALE)

Assessed credentials count more than watch-only ones, a credential the posting names outright
counts more, and one that mostly repeats what the stack already covers is skipped (and a warning
is given when two chosen ones overlap). The user's limits (budget, hours a week, free only) are
hard limits. ``bench/stack_bench.py`` measures the greedy choice against the exact optimum.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from credstack.credentials.catalog import Catalog, credential_to_dict
from credstack.credentials.model import Assessment, Credential, Pricing, Recommendation, StackPlan

ASSESSMENT_FACTOR = {Assessment.PROCTORED_EXAM: 1.0, Assessment.GRADED_PROJECTS: 0.9, Assessment.QUIZZES: 0.7,
                     Assessment.NONE: 0.5}
NAMED_BONUS = 1.5
COST_SCALE = 200.0  # dollars that count as much as one extra unit of penalty
HOURS_SCALE = 40.0  # study hours that count as much as one extra unit of penalty
UNKNOWN_COST = 300.0  # what an unknown price counts as (credentials with known prices win ties)
UNKNOWN_HOURS = 60.0
MIN_NEW_SHARE = 0.5  # skip a credential when under half of what it covers is still missing
OVERLAP_WARNING = 0.6


@dataclass
class Limits:
    max_budget: float | None = None
    max_hours_per_week: float | None = None
    free_only: bool = False
    max_items: int = 5


@dataclass
class _Candidate:
    credential: Credential
    covers: set[str] = field(default_factory=set)  # missing skills (and named certifications) it fills


def _covers(credential: Credential, missing: dict[str, float]) -> set[str]:
    found = {s for s in credential.skills if s in missing}
    if credential.grants and credential.grants in missing:
        found.add(credential.grants)
    return found


def _fits(credential: Credential, limits: Limits, spent: float) -> bool:
    cost = credential.total_cost
    if limits.free_only and (cost is None or cost > 0):
        return False
    if limits.max_budget is not None and (cost is None or spent + cost > limits.max_budget + 1e-9):
        return False
    if limits.max_hours_per_week is not None and credential.hours_per_week is not None \
            and credential.hours_per_week > limits.max_hours_per_week:
        return False
    return True


def _penalty(credential: Credential) -> float:
    cost = credential.total_cost
    hours = credential.total_hours
    return 1.0 + (UNKNOWN_COST if cost is None else cost) / COST_SCALE \
        + (UNKNOWN_HOURS if hours is None else hours) / HOURS_SCALE


def value(credential: Credential, gain: float, named: bool) -> float:
    return gain * ASSESSMENT_FACTOR[credential.assessment] * (NAMED_BONUS if named else 1.0) / _penalty(credential)


def recommend_stack(missing: dict[str, float], catalog: Catalog | Iterable[Credential], limits: Limits | None = None,
                    named: Iterable[str] = frozenset(), have_credentials: Iterable[str] = frozenset()) -> StackPlan:
    """Choose credentials covering the most weight of ``missing`` for the money and time."""
    limits = limits or Limits()
    named = set(named)
    held = set(have_credentials)
    candidates = [
        _Candidate(c, cov) for c in catalog
        if c.id not in held and (cov := _covers(c, missing))
    ]
    uncovered = dict(missing)
    plan = StackPlan()
    spent = hours = 0.0
    chosen_sets: list[tuple[Credential, set[str]]] = []
    while uncovered and len(plan.recommendations) < limits.max_items:
        scored = []
        for cand in candidates:
            new = cand.covers & set(uncovered)
            if not new or not _fits(cand.credential, limits, spent):
                continue
            if chosen_sets and len(new) < MIN_NEW_SHARE * len(cand.covers):
                continue  # mostly repeats what the stack already covers
            gain = sum(uncovered[s] for s in new)
            grants = cand.credential.grants
            is_named = bool(grants and grants in named and grants in new)
            scored.append((value(cand.credential, gain, is_named), gain, cand, new, is_named))
        if not scored:
            break
        scored.sort(key=lambda x: (-x[0], -x[1], x[2].credential.id))
        best_value, _gain, best, new, is_named = scored[0]
        rivals = [s for s in scored[1:] if s[3] & new][:2]
        rec = Recommendation(best.credential, covers=sorted(new, key=lambda s: (-missing[s], s)),
                             alternatives=[r[2].credential.id for r in rivals])
        rec.reasons = _reasons(best.credential, rec.covers, is_named, rivals, best_value)
        plan.recommendations.append(rec)
        chosen_sets.append((best.credential, new))
        spent += best.credential.total_cost or 0.0
        hours += best.credential.total_hours or 0.0
        for skill in new:
            uncovered.pop(skill, None)
        candidates = [c for c in candidates if c is not best]
    plan.uncovered = sorted(uncovered, key=lambda s: (-missing[s], s))
    plan.total_cost = round(spent, 2)
    plan.total_hours = round(hours, 1)
    plan.warnings = _overlap_warnings(chosen_sets, missing) + _limit_notes(plan, limits, missing, catalog, held)
    return plan


def _money(credential: Credential) -> str:
    cost = credential.total_cost
    if credential.pricing == Pricing.FREE or cost == 0:
        return "free"
    if cost is None:
        return "cost unknown"
    if credential.pricing == Pricing.PER_MONTH:
        return f"about ${cost:,.0f} (${credential.cost_min:,.0f}/month)"
    if credential.cost_max and credential.cost_max != credential.cost_min:
        return f"${credential.cost_min:,.0f}-{credential.cost_max:,.0f}"
    return f"${cost:,.0f}"


def _time(credential: Credential) -> str:
    if credential.hours is not None:
        return f"about {credential.hours:g} hours"
    if credential.weeks and credential.hours_per_week:
        return f"about {credential.weeks:g} weeks at {credential.hours_per_week:g} h/week"
    return "study time not published"


def _reasons(credential: Credential, covers: list[str], named: bool, rivals, best_value: float) -> list[str]:
    reasons = [f"covers {len(covers)} missing skill{'s' if len(covers) != 1 else ''}: {', '.join(covers)}"]
    if named:
        reasons.append("the posting names this credential")
    reasons.append(f"{_money(credential)}, {_time(credential)}")
    assessed = {Assessment.PROCTORED_EXAM: "assessed by a proctored exam",
                Assessment.GRADED_PROJECTS: "assessed by graded projects",
                Assessment.QUIZZES: "assessed by quizzes", Assessment.NONE: "attendance only, no assessment"}
    reasons.append(assessed[credential.assessment])
    if credential.validity_years:
        reasons.append(f"valid {credential.validity_years:g} years; {credential.renewal or 'renewal rule unknown'}")
    else:
        reasons.append(credential.renewal or "no expiry stated")
    for score, _gain, rival, new, _named in rivals:
        reasons.append(f"chosen over {rival.credential.name} ({_money(rival.credential)}, covers "
                       f"{len(new)}): {best_value / max(score, 1e-9):.1f}x the value for its cost and time")
    return reasons


def _overlap_warnings(chosen: list[tuple[Credential, set[str]]], missing: dict[str, float]) -> list[str]:
    warnings = []
    for i, (a, _) in enumerate(chosen):
        for b, _ in chosen[i + 1:]:
            cover_a = set(a.skills) & set(missing)
            cover_b = set(b.skills) & set(missing)
            shared = cover_a & cover_b
            smaller = min(len(cover_a), len(cover_b)) or 1
            if len(shared) / smaller >= OVERLAP_WARNING:
                warnings.append(f"{a.name} and {b.name} overlap on {', '.join(sorted(shared))}: "
                                f"you may only need one of them")
    return warnings


def _limit_notes(plan: StackPlan, limits: Limits, missing, catalog, held) -> list[str]:
    notes = []
    if plan.uncovered and (limits.max_budget is not None or limits.free_only or limits.max_hours_per_week):
        blocked = [c for c in catalog if c.id not in held and _covers(c, {s: 1 for s in plan.uncovered})]
        if blocked:
            notes.append(f"{len(plan.uncovered)} skill(s) left uncovered within your limits "
                         f"({', '.join(plan.uncovered[:5])}); raising them would add options")
    return notes


def plan_to_dict(plan: StackPlan) -> dict:
    return {
        "recommendations": [
            {"credential": credential_to_dict(r.credential), "covers": r.covers, "reasons": r.reasons,
             "alternatives": r.alternatives}
            for r in plan.recommendations
        ],
        "uncovered": plan.uncovered,
        "warnings": plan.warnings,
        "total_cost": plan.total_cost,
        "total_hours": plan.total_hours,
    }

"""Demand across saved listings -> the shopping list: what keeps coming up, and what you lack.

A career coach's first advice: read 10-15 listings for the role you want and list what recurs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from credstack.analysis import LACKING_SHARE, MISSING_WEIGHT, Analysis, gap_report, held_credentials, read_role
from credstack.credentials.catalog import Catalog
from credstack.credentials.fit import RoleFit, merge_fits
from credstack.credentials.held import HeldCredentials
from credstack.credentials.recommend import Limits, plan_to_dict, recommend_stack
from credstack.gaps import LACKING, REQUIREMENT_WEIGHT, GapReport, GapStatus
from credstack.postings.model import Posting
from credstack.profile.model import Profile
from credstack.resources import Resources
from credstack.skills.model import Requirement, SkillKind, SkillMention

RANK = {Requirement.REQUIRED: 0, Requirement.UNSPECIFIED: 1, Requirement.PREFERRED: 2}
DEMAND_WEIGHT = REQUIREMENT_WEIGHT  # defined once, in gaps


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
    """The skills the user lacks (missing, transferable, to renew or finish), soft skills apart, ranked
    by how many listings ask for them, then by how strongly (required counts most)."""
    lacking = [r for r in rows if r.status in (*LACKING, None) and r.skill.kind != SkillKind.SOFT]
    return sorted(lacking, key=lambda d: (-d.listings, -d.weight, d.skill.name.casefold()))


def credential_weights(rows: Sequence[Demand], total: int) -> dict[str, float]:
    """Weights for the credential stack: demand per listing, transferable skills at half."""
    weights = {}
    for row in rows:
        factor = LACKING_SHARE.get(row.status, 1.0)
        weights[row.skill.name] = factor * row.weight / max(total, 1)
    return weights


def unique_listings(listings: Sequence[tuple[int, dict, Analysis]]) -> tuple[list, list[int]]:
    """The listings without repeats (the same URL, tracking aside, or the same posting text; the most
    recent kept), and the ids of the repeats left out."""
    seen: set[str] = set()
    kept, repeats = [], []
    for pid, summary, result in listings:
        text = " ".join((result.posting.description or "").casefold().split())
        keys = {"text:" + text} if text else set()
        if summary.get("url"):
            keys.add("url:" + summary["url"].strip().rstrip("/").casefold())  # stored ones are normalised
        if keys & seen:
            repeats.append(pid)
            continue
        seen |= keys
        kept.append((pid, summary, result))
    return kept, repeats


def window_text(counted: int, saved: int | None, repeats: int = 0) -> str:
    """ "the last 15 of 16 saved listings" — the window, never a silent cap."""
    saved = counted + repeats if saved is None else saved
    if not saved:
        return "no saved listings yet"
    looked = counted + repeats
    head = f"all {saved} saved listings" if looked >= saved else f"the last {looked} of {saved} saved listings"
    if saved == 1:
        head = "your 1 saved listing"
    return head + (f" ({repeats} repeat{'s' if repeats != 1 else ''} of another listing left out)" if repeats else "")


def _as_analysis(item) -> Analysis:
    if isinstance(item, Analysis):
        return item
    return Analysis(posting=Posting(description=""), skills=list(item))


def shopping_list(listings, profile: Profile | None, resources: Resources, *, limits: Limits | None = None,
                  today: date | None = None, saved: int | None = None) -> dict:
    """The whole answer: demand per skill, the missing ones ranked, and the credential stack.

    ``listings`` is a sequence of ``(posting_id, summary_dict, analysis)`` (an ``Analysis`` of the
    saved listing, or just its skills), most recent first; ``saved`` is how many the user has saved
    in all. Each listing is read by the same pipeline as a single posting (``analysis.read_role``:
    occupation, either-or certifications) and the gaps come from the same ``analysis.gap_report``,
    so both agree on every skill.
    """
    listings, repeats = unique_listings([(pid, summary, read_role(_as_analysis(item), resources))
                                         for pid, summary, item in listings])
    rows = demand([(pid, result.skills) for pid, _summary, result in listings])
    slots = _slots(result.alternatives for _p, _s, result in listings)
    report = held = None
    if profile is not None:
        held = held_credentials(profile, resources, today=today)
        report = gap_report([r.skill for r in rows], profile, resources, today=today, held=held, alternatives=slots)
        apply_gaps(rows, report)
    total = len(listings)
    lacking = missing_first(rows)
    fit = merge_fits([result.fit for _p, _s, result in listings if result.fit is not None])
    plan = _stack(lacking, total, held, resources.catalog, limits, rows, fit, slots,
                  [result.named for _p, _s, result in listings],
                  set().union(*(result.written for _p, _s, result in listings)))
    soft = [r for r in rows if r.skill.kind == SkillKind.SOFT]
    return {
        "listings": total,
        "saved": saved if saved is not None else total + len(repeats),
        "repeats": repeats,
        "window": window_text(total, saved, len(repeats)),
        "skills": [r.to_dict(total) for r in rows],
        "missing": [r.to_dict(total) for r in lacking],
        "soft_skills": [r.to_dict(total) for r in soft],
        "role": fit.to_dict() if listings else None,
        "recommendations": plan,
        "postings": [summary for _pid, summary, _result in listings],
    }


def _slots(groups) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    for group_list in groups:
        for group in group_list:
            if group not in out:
                out.append(group)
    return out


# A certification counts as named by the listings (taken before anything else that fits) when at
# least this share of them ask for it; one listing's wish never outranks what most of them ask for.
NAMED_SHARE = 0.25


def _stack(lacking: list[Demand], total: int, held: HeldCredentials | None, catalog: Catalog,
           limits: Limits | None, rows: Sequence[Demand], fit: RoleFit | None,
           slots: list[frozenset[str]], named_lines: Sequence[dict] = (), written: set[str] = frozenset()
           ) -> dict | None:
    weights = credential_weights(lacking, total)
    named = {r.skill.name for r in rows if r.skill.kind == SkillKind.CERTIFICATION
             and r.listings >= max(1.0, NAMED_SHARE * total)}
    asked = {c.id for r in rows if r.skill.kind == SkillKind.CERTIFICATION for c in catalog.granting(r.skill.name)}
    # Credentials the listings name in the catalog's words (unknown to the vocabulary: "CMSRN",
    # "CCRN (Adult)") count as the single posting counts them, by how many listings name them.
    lines: dict[str, list] = {}
    for found in named_lines:
        for cid, line in found.items():
            lines.setdefault(cid, []).append(line)
    asked |= set(lines)
    blocked = held.blocked_ids(asked) if held else set()
    named_ids = {}
    for cid, found in lines.items():
        label = found[0].label
        if cid in blocked or len(found) < max(1.0, NAMED_SHARE * total):
            continue
        if held is not None and label not in weights:
            continue  # the gaps found it answered
        weights.setdefault(label, sum(MISSING_WEIGHT[line.requirement] for line in found) / max(total, 1))
        named_ids[cid] = label
    if not weights:
        return None
    plan = recommend_stack(weights, catalog, limits, named=named, have_credentials=blocked,
                           steps=held.actions(asked) if held else None, fit=fit, slots=slots,
                           named_ids=named_ids, written=written)
    demand_of = {r.skill.name: r.listings for r in rows} | {named_ids[cid]: len(lines[cid]) for cid in named_ids}
    # The stack in the order of the demand it answers: the picks most listings ask for first, and of
    # two answering as much, the cheaper (free ones first).
    plan.recommendations.sort(key=lambda r: (-max((demand_of.get(s, 0) for s in r.covers), default=0),
                                             r.cost if r.cost is not None else float("inf")))
    for rec in plan.recommendations:
        asking = max((demand_of.get(s, 0) for s in rec.covers), default=0)
        rec.why = for_listings(rec.why, asking, total)
        rec.reasons = [for_listings(r, asking, total) for r in rec.reasons]
    return plan_to_dict(plan)


_POSTING = re.compile(r"\b([Tt])he posting (asks|accepts|names)\b")
_ROLE_ASKS = re.compile(r"\bthis ([\w ,-]+?) role asks for\b")


def for_listings(text: str | None, asking: int, total: int) -> str | None:
    """A pick's sentence, written for one posting, said of the saved listings ("2 of your 3
    listings ask for it", "which 1 of your 7 nursing listings asks for"): on a shopping list "the
    posting" and "this role" name none of them."""
    if not text or total <= 1:
        return text

    def say(match: re.Match) -> str:
        verb = match.group(2)
        if verb == "accepts":
            return f"{match.group(1)}hose listings accept"
        if asking == 1:
            return f"1 of your {total} listings {verb}"  # "1 of your 3 listings asks"
        who = f"{asking} of your {total} listings" if asking else "your listings"
        return f"{who} {verb.removesuffix('s')}"

    def role(match: re.Match) -> str:
        # "which this nursing role asks for": how many of the listings ask it, or a pick one listing
        # of seven wants reads as what the role asks
        if asking == 1:
            return f"1 of your {total} {match.group(1)} listings asks for"
        who = f"{asking} of your {total}" if asking else "your"
        return f"{who} {match.group(1)} listings ask for"

    out = _ROLE_ASKS.sub(role, _POSTING.sub(say, text))
    return out[:1].upper() + out[1:]

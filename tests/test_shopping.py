"""Demand counting across saved listings and the missing-first ranking."""

from __future__ import annotations

from credstack.gaps import compare
from credstack.profile.model import Profile, ProfileSkill
from credstack.shopping import apply_gaps, demand, missing_first
from credstack.skills.model import Requirement, Skill, SkillKind, SkillMention
from credstack.skills.vocabulary import Vocabulary

R, P, U = Requirement.REQUIRED, Requirement.PREFERRED, Requirement.UNSPECIFIED


def m(name, req):
    return SkillMention(name=name, kind=SkillKind.TOOL, category="x", requirement=req, mentions=[name])


LISTINGS = [
    (1, [m("SQL", R), m("Python", R), m("Tableau", P), m("SQL", P)]),  # SQL twice: counted once, as required
    (2, [m("SQL", R), m("Tableau", R), m("Excel", U)]),
    (3, [m("SQL", P), m("Python", P), m("Looker", P)]),
]


def test_counts_per_listing_and_requirement():
    rows = {r.skill.name: r for r in demand(LISTINGS)}
    assert (rows["SQL"].listings, rows["SQL"].required, rows["SQL"].preferred) == (3, 2, 1)
    assert (rows["Python"].listings, rows["Python"].required, rows["Python"].preferred) == (2, 1, 1)
    assert (rows["Tableau"].required, rows["Tableau"].preferred) == (1, 1)
    assert rows["Excel"].unspecified == 1
    assert rows["SQL"].posting_ids == [1, 2, 3]
    assert [r.skill.name for r in demand(LISTINGS)][0] == "SQL"  # most listings first


def test_missing_ranked_by_demand_and_held_skills_left_out():
    vocabulary = Vocabulary({n: Skill(n, SkillKind.TOOL, "data") for n in
                             ("SQL", "Python", "Tableau", "Excel", "Looker")})
    rows = demand(LISTINGS)
    apply_gaps(rows, compare([r.skill for r in rows], Profile(skills=[ProfileSkill("SQL")]), vocabulary))
    ranked = [r.skill.name for r in missing_first(rows)]
    assert "SQL" not in ranked
    # Tableau: required once + preferred once = 4; Python: 3 + 1 = 4 -> tie broken by listings, name.
    assert ranked[:2] == ["Python", "Tableau"] and ranked[-1] == "Looker"

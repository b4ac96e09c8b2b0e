"""Stack choice on small hand-solved cases, and against the exact optimum."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace

from credstack.credentials.catalog import Catalog
from credstack.credentials.model import Assessment, Credential, CredentialKind, Prerequisite, Pricing
from credstack.credentials.recommend import Limits, plan_to_dict, recommend_stack


def cred(id, skills, cost, hours=20.0, assessment=Assessment.PROCTORED_EXAM, grants=None, pricing=Pricing.EXAM_FEE):
    return Credential(
        id=id, name=id.upper(), provider="P", platform="P", kind=CredentialKind.INDUSTRY_CERTIFICATION,
        skills=tuple(skills), cost_min=cost, cost_max=cost, pricing=Pricing.FREE if cost == 0 else pricing,
        hours=hours, weeks=None, hours_per_week=None, format="self-paced", assessment=assessment,
        validity_years=3, renewal="Renew every 3 years.", prerequisites=None, level="beginner",
        financial_aid="unknown", url="https://x.example", source="https://x.example", checked="2026-01-01",
        grants=grants)


class FakeVocabulary:
    """Just the implications, for a catalog built in the test."""

    def __init__(self, implies: dict[str, set[str]]) -> None:
        self.implies = implies

    def implied(self, name: str) -> set[str]:
        return set(self.implies.get(name, ()))

    def get(self, name: str):
        return None

    def resolve(self, name: str):
        return None


def ids(plan):
    return [r.credential.id for r in plan.recommendations]


def test_cheapest_cover():
    catalog = [cred("big", ["A", "B", "C"], 900), cred("ab", ["A", "B"], 100), cred("c", ["C"], 100)]
    plan = recommend_stack({"A": 3, "B": 3, "C": 3}, catalog)
    assert sorted(ids(plan)) == ["ab", "c"] and plan.total_cost == 200 and plan.uncovered == []


def test_required_skills_outweigh_preferred():
    catalog = [cred("req", ["A"], 100), cred("pref", ["B"], 100)]
    plan = recommend_stack({"A": 3, "B": 1}, catalog, Limits(max_items=1))
    assert ids(plan) == ["req"]


def test_budget_limit_is_hard():
    catalog = [cred("costly", ["A", "B"], 400), cred("cheap", ["A"], 50)]
    plan = recommend_stack({"A": 3, "B": 3}, catalog, Limits(max_budget=100))
    assert ids(plan) == ["cheap"] and plan.uncovered == ["B"]
    assert any("uncovered within your limits" in w for w in plan.warnings)


def test_free_only():
    catalog = [cred("paid", ["A"], 10), cred("free", ["A"], 0, assessment=Assessment.QUIZZES)]
    assert ids(recommend_stack({"A": 1}, catalog, Limits(free_only=True))) == ["free"]


def test_hours_per_week_limit_excludes_fixed_pace_and_stretches_self_paced():
    fixed = replace(cred("bootcamp", ["A"], 10), format="instructor-led", hours_per_week=20.0)
    calm = replace(cred("calm", ["A"], 200), hours_per_week=5.0)
    assert ids(recommend_stack({"A": 1}, [fixed, calm], Limits(max_hours_per_week=10))) == ["calm"]

    # A self-paced subscription of 80 hours at 10 h/week: 8 weeks, 2 months. At 5 h/week: 16 weeks, 4 months.
    course = replace(cred("course", ["A"], 49, hours=None, pricing=Pricing.PER_MONTH), weeks=8.0, hours_per_week=10.0)
    assert course.total_cost == 98
    plan = recommend_stack({"A": 1}, [course], Limits(max_hours_per_week=5))
    rec = plan.recommendations[0]
    assert (rec.cost, rec.hours, rec.weeks) == (196, 80, 16)
    assert any("16 weeks at your 5 h/week" in r for r in rec.reasons)


def test_named_credential_preferred():
    catalog = [cred("generic", ["Project Management"], 100),
               cred("pmp", ["Project Management"], 400, grants="PMP")]
    plan = recommend_stack({"Project Management": 3, "PMP": 3}, catalog, named={"PMP"})
    assert ids(plan) == ["pmp"]  # the generic one adds nothing once PMP covers Project Management
    assert plan.recommendations[0].named
    assert any("names this credential" in r for r in plan.recommendations[0].reasons)


def test_named_credential_comes_first_even_when_a_cheaper_one_scores_higher():
    catalog = [cred("cheap", ["A", "B"], 50), cred("named", ["A"], 500, grants="Cert X")]
    plan = recommend_stack({"A": 3, "B": 3, "Cert X": 1}, catalog, named={"Cert X"})
    assert ids(plan) == ["named", "cheap"]
    assert any("asks for Cert X by name" in r for r in plan.recommendations[0].reasons)


def test_a_named_credential_the_user_does_not_lack_gets_no_priority():
    catalog = [cred("generic", ["Project Management"], 100),
               cred("pmp", ["Project Management"], 400, grants="PMP")]
    assert ids(recommend_stack({"Project Management": 3}, catalog, named={"PMP"})) == ["generic"]


def test_named_credential_outside_the_budget_is_reported():
    catalog = [cred("generic", ["Project Management"], 100),
               cred("pmp", ["Project Management"], 400, grants="PMP")]
    plan = recommend_stack({"Project Management": 3, "PMP": 3}, catalog, Limits(max_budget=200), named={"PMP"})
    assert ids(plan) == ["generic"] and plan.uncovered == ["PMP"]
    assert any("the posting names PMP" in w and "$400" in w for w in plan.warnings)


def test_assessed_beats_watch_only_at_equal_cost():
    catalog = [cred("video", ["A"], 50, assessment=Assessment.NONE), cred("exam", ["A"], 50)]
    assert ids(recommend_stack({"A": 1}, catalog, Limits(max_items=1))) == ["exam"]


def test_overlapping_credential_not_stacked_when_something_else_covers_the_rest():
    catalog = [cred("x", ["A", "B", "C"], 100), cred("y", ["A", "B", "C", "D"], 150), cred("d", ["D"], 60)]
    plan = recommend_stack({"A": 3, "B": 3, "C": 3, "D": 1}, catalog)
    assert not ({"x", "y"} <= set(ids(plan)))
    assert not any("overlap" in w for w in plan.warnings)


def test_overlap_warning_when_only_an_overlapping_credential_covers_the_rest():
    # x and y share A, B, C; whichever comes first, only the other covers the last skill.
    catalog = [cred("x", ["A", "B", "C", "E"], 100), cred("y", ["A", "B", "C", "D"], 100)]
    plan = recommend_stack({"A": 3, "B": 3, "C": 3, "D": 1, "E": 1}, catalog)
    assert sorted(ids(plan)) == ["x", "y"] and plan.uncovered == []
    assert [w for w in plan.warnings if "overlap" in w] == ["X and Y overlap on A, B, C: you may only need one of them"]


def test_an_overlap_with_a_prerequisite_says_to_take_it_first():
    # y is taken with x (ACLS with a current BLS card): both are needed, not one of them
    from dataclasses import replace

    from credstack.credentials.model import Prerequisite

    x = cred("x", ["A", "B", "C", "E"], 100)
    y = replace(cred("y", ["A", "B", "C", "D"], 100),
                prerequisites=(Prerequisite(type="credential", required=False, credential="x"),))
    plan = recommend_stack({"A": 3, "B": 3, "C": 3, "D": 1, "E": 1}, [x, y])
    assert sorted(ids(plan)) == ["x", "y"]
    assert [w for w in plan.warnings if "overlap" in w] == ["Y builds on X (overlap on A, B, C): take X first"]


def test_a_cheap_pick_made_redundant_by_a_later_one_is_dropped():
    # The free badge has the best value per cost, but the course chosen next teaches A too.
    catalog = [cred("badge", ["A"], 0, hours=5, assessment=Assessment.QUIZZES), cred("course", ["A", "B", "C"], 100,
                                                                                    hours=200)]
    plan = recommend_stack({"A": 3, "B": 3, "C": 3}, catalog, seeds=0)
    assert ids(plan) == ["course"] and plan.recommendations[0].covers == ["A", "B", "C"]


def test_budget_trap_that_plain_greedy_falls_into():
    # Budget $150. "ab" has the best value per cost, but once bought, "e" no longer fits:
    # greedy covers A+B (3). Optimal: "e" + the free "b" cover E+B (4).
    catalog = [cred("e", ["E"], 150), cred("b", ["B"], 0), cred("ab", ["B", "A"], 50)]
    missing = {"A": 2, "B": 1, "C": 2, "D": 3, "E": 3}
    assert ids(recommend_stack(missing, catalog, Limits(max_budget=150), seeds=0)) == ["ab"]
    plan = recommend_stack(missing, catalog, Limits(max_budget=150))
    assert sorted(ids(plan)) == ["b", "e"] and plan.total_cost == 150 and plan.covered_weight == 4
    assert "no credential in the catalog teaches D, C" in plan.warnings  # heaviest first
    assert any("(A); raising them" in w for w in plan.warnings)


def test_implied_skills_ride_along_but_never_earn_a_place_alone():
    vocabulary = FakeVocabulary({"Recruiting": {"Talent Acquisition"}, "A/B Testing": {"Statistics"}})
    catalog = Catalog([cred("hr", ["Recruiting"], 100), cred("email", ["A/B Testing"], 0)], vocabulary)
    plan = recommend_stack({"Recruiting": 3, "Talent Acquisition": 3, "Statistics": 2}, catalog)
    assert ids(plan) == ["hr"] and plan.uncovered == ["Statistics"]
    rec = plan.recommendations[0]
    assert rec.covers == ["Recruiting", "Talent Acquisition"] and rec.implied == {"Talent Acquisition": "Recruiting"}
    assert "Talent Acquisition (through Recruiting)" in rec.reasons[0]
    assert plan.covered_weight == 3 + 3 * 0.85


def test_unknown_price_ranks_below_a_published_one_and_is_left_out_of_a_budget():
    catalog = [cred("mystery", ["A", "B"], None), cred("known", ["A", "B"], 600)]
    assert ids(recommend_stack({"A": 1, "B": 1}, catalog, Limits(max_items=1))) == ["known"]
    plan = recommend_stack({"A": 1, "B": 1}, [catalog[0]], Limits(max_budget=5000))
    assert ids(plan) == [] and plan.uncovered == ["A", "B"]
    unlimited = recommend_stack({"A": 1, "B": 1}, [catalog[0]])
    assert unlimited.cost_unknown == ["mystery"] and unlimited.total_cost is None  # unknown, not $0


def test_max_items_is_respected_and_said():
    catalog = [cred(x.lower(), [x], 10) for x in "ABC"]
    plan = recommend_stack({"A": 3, "B": 2, "C": 1}, catalog, Limits(max_items=2))
    assert ids(plan) == ["a", "b"] and plan.uncovered == ["C"]
    assert any("stopped at 2 credentials" in w for w in plan.warnings)


def test_ties_go_to_the_earlier_catalog_entry():
    catalog = [cred("zeta-flagship", ["A"], 100), cred("alpha-niche", ["A"], 100)]
    assert ids(recommend_stack({"A": 1}, catalog)) == ["zeta-flagship"]


def test_held_credentials_are_never_recommended_and_explanations_are_complete():
    catalog = [cred("held", ["A"], 10), cred("other", ["A"], 20)]
    plan = recommend_stack({"A": 1}, catalog, have_credentials={"held"})
    assert ids(plan) == ["other"]
    reasons = " | ".join(plan.recommendations[0].reasons)
    for piece in ("covers 1 missing skill", "$20", "proctored exam", "valid 3 years"):
        assert piece in reasons


def test_plan_to_dict_is_json_with_totals_and_explanations():
    catalog = [cred("a", ["A"], 100, hours=None), cred("b", ["B"], 0)]
    data = json.loads(json.dumps(plan_to_dict(recommend_stack({"A": 3, "B": 1}, catalog))))
    assert [r["credential"]["id"] for r in data["recommendations"]] == ["a", "b"]
    first = data["recommendations"][0]
    assert first["covers"] == ["A"] and first["cost"] == 100 and first["hours"] is None and first["reasons"]
    assert first["credential"]["total_cost_estimate"] == 100
    assert (data["total_cost"], data["total_hours"], data["hours_unknown"]) == (100, 20, ["a"])
    assert (data["covered_weight"], data["missing_weight"], data["uncovered"]) == (4, 4, [])


def exact_best(missing, catalog, budget):
    best = (0.0, 0.0)
    for n in range(len(catalog) + 1):
        for combo in itertools.combinations(catalog, n):
            cost = sum(c.total_cost for c in combo)
            if cost > budget:
                continue
            covered = {s for c in combo for s in c.skills if s in missing}
            weight = sum(missing[s] for s in covered)
            if (weight, -cost) > (best[0], -best[1]):
                best = (weight, cost)
    return best


def test_greedy_close_to_exact_on_small_random_cases():
    import random

    rng = random.Random(7)
    shipped, plain = [], []
    for _ in range(40):
        skills = [f"S{i}" for i in range(8)]
        missing = {s: rng.choice([1.0, 2.0, 3.0]) for s in skills}
        catalog = [cred(f"c{j}", rng.sample(skills, rng.randint(1, 4)), rng.choice([0, 50, 100, 200, 400]))
                   for j in range(8)]
        best, _ = exact_best(missing, catalog, 300)
        for ratios, seeds in ((shipped, 8), (plain, 0)):
            plan = recommend_stack(missing, catalog, Limits(max_budget=300, max_items=8), seeds=seeds)
            assert plan.total_cost <= 300
            ratios.append(sum(missing[s] for s in missing if s not in plan.uncovered) / best)
    assert all(a >= b for a, b in zip(shipped, plain, strict=True))  # restarts only ever add
    assert sum(r == 1.0 for r in shipped) >= 38 and min(shipped) >= 0.9
    assert min(plain) >= 0.6 and sum(plain) / len(plain) >= 0.9


def test_totals_are_ranges_with_the_unknown_parts_named_never_zero_hours():
    member = replace(cred("member", ["A"], 405, hours=None), cost_max=575, study_time="provider_gives_none")
    catalog = [member, cred("course", ["B"], 49, hours=30), cred("mystery", ["C"], None, hours=None)]
    plan = recommend_stack({"A": 3, "B": 2, "C": 1}, catalog)
    assert sorted(ids(plan)) == ["course", "member", "mystery"]
    assert (plan.cost_range.low, plan.cost_range.high, plan.cost_range.unknown) == (454, 624, ("mystery",))
    assert plan.total_cost == 454 and plan.total_hours == 30
    assert set(plan.hours_range.unknown) == {"member", "mystery"}
    assert "$454-624 in all" in plan.totals_text and "plus 1 whose price is not published (MYSTERY)" in plan.totals_text
    assert "about 30 h of study, plus 2 with no published study time" in plan.totals_text
    reasons = " | ".join(next(r for r in plan.recommendations if r.credential.id == "member").reasons)
    assert "the provider gives no study time" in reasons and "$405-575" in reasons
    data = json.loads(json.dumps(plan_to_dict(plan)))
    assert data["cost_range"] == {"low": 454, "high": 624, "unknown": ["mystery"]}


def test_no_known_study_time_is_unknown_not_zero():
    plan = recommend_stack({"A": 1}, [cred("exam", ["A"], 100, hours=None)])
    assert plan.total_hours is None and plan.hours_range.low is None
    assert "0 h" not in plan.totals_text and "study time not published" in plan.totals_text
    assert plan_to_dict(plan)["total_hours"] is None


def test_retired_credentials_are_never_recommended_even_when_named():
    old = replace(cred("old", ["A"], 10, grants="OLD"), retired=True, successor="new")
    plan = recommend_stack({"A": 1, "OLD": 3}, [old, cred("new", ["A"], 50)], named={"OLD"})
    assert ids(plan) == ["new"]


def test_prerequisites_are_explained_with_the_linked_entry_name():
    base = cred("base", ["Z"], 10)
    advanced = replace(cred("adv", ["A"], 10, grants="ADV"),
                       prerequisites=(Prerequisite("credential", True, credential="base"),
                                      Prerequisite("experience", False, years=2, text="in the field")))
    # Named by the posting, it is offered although the rung below is not held, and says so.
    reasons = " | ".join(recommend_stack({"A": 1, "ADV": 3}, [base, advanced], named={"ADV"}).recommendations[0].reasons)
    assert "prerequisites: BASE first; 2 years of experience (in the field) (recommended)" in reasons


def test_an_exam_whose_required_credential_is_not_held_waits_for_it():
    base = cred("base", ["A"], 10)
    advanced = replace(cred("adv", ["A", "B"], 10), prerequisites=(Prerequisite("credential", True, credential="base"),))
    assert ids(recommend_stack({"A": 1, "B": 1}, [base, advanced])) == ["base"]
    assert ids(recommend_stack({"A": 1, "B": 1}, [base, advanced], have_credentials={"base"})) == ["adv"]


def test_a_pick_covering_only_what_it_grants_says_so_in_its_sentence():
    # a real shopping list read "It teaches , which 1 of your 13 nursing listings asks for": the
    # ACLS course covers only the skill named after it, and the sentence listed what was left
    course = replace(cred("acls", ["Advanced Cardiovascular Life Support"], 200,
                          grants="Advanced Cardiovascular Life Support"),
                     kind=CredentialKind.PROFESSIONAL_CERTIFICATE, name="ACLS Provider")
    plan = recommend_stack({"Advanced Cardiovascular Life Support": 3}, [course])
    why = plan.recommendations[0].why
    assert why == ("The posting asks for Advanced Cardiovascular Life Support, which the ACLS Provider leads to, "
                   "and your profile does not show it yet.")
    # control: one covering other skills still names them
    other = recommend_stack({"A": 3}, [cred("a", ["A"], 100)]).recommendations[0].why
    assert other.startswith("It certifies A, which the posting asks for")


def test_study_hours_in_the_totals_are_rounded_as_the_cards_round_them():
    # "about 4 h of study" above a card saying "about 5 h" for the same 4.5 h course
    plan = recommend_stack({"A": 3}, [cred("a", ["A"], 60, hours=4.5)])
    assert plan.totals_text == "$60 in all; about 4.5 h of study"
    plan = recommend_stack({"A": 3, "B": 3}, [cred("a", ["A"], 60, hours=6.25), cred("b", ["B"], 60, hours=6.25)])
    assert plan.totals_text.endswith("about 13 h of study")  # 12.5 rounded half up, not to even

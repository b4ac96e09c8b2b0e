"""Credential stack: the greedy choice against the exact optimum on small random instances.

Two questions, each answered by brute force over every subset of a 10-12 credential catalog:

* budget-limited: how much of the missing weight the stack covers within the budget, against the
  most any affordable subset covers, and its coverage per dollar against that subset's;
* unlimited: what the stack costs (in the recommender's own cost-and-time penalty and in dollars)
  to cover everything coverable, against the cheapest subset that does (weighted set cover).

Both are run for plain greedy (``seeds=0``) and for the shipped recommender (greedy restarted from
the strongest single candidates, redundant picks dropped), and print how often each is optimal.

    python bench/stack_bench.py [--smoke]
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import time

from credstack.credentials.model import Assessment, Credential, CredentialKind, Pricing
from credstack.credentials.recommend import COST_SCALE, HOURS_SCALE, SEEDS, Limits, recommend_stack


def make(rng: random.Random, j: int, skills: list[str]) -> Credential:
    cost = rng.choice([0, 49, 99, 150, 200, 300, 400])
    return Credential(
        id=f"c{j}", name=f"C{j}", provider="P", platform="P", kind=CredentialKind.INDUSTRY_CERTIFICATION,
        skills=tuple(rng.sample(skills, rng.randint(1, 4))), cost_min=cost, cost_max=cost,
        pricing=Pricing.FREE if cost == 0 else Pricing.EXAM_FEE, hours=rng.choice([10, 20, 40, 80]), weeks=None,
        hours_per_week=None, format="self-paced", assessment=Assessment.PROCTORED_EXAM, validity_years=None,
        renewal=None, prerequisites=None, level="beginner", financial_aid="unknown", url="https://x.example",
        source="https://x.example", checked="2026-01-01")


def penalty(c: Credential) -> float:
    return 1.0 + c.total_cost / COST_SCALE + c.total_hours / HOURS_SCALE


def weight_of(combo, missing) -> float:
    return sum(missing[s] for s in {s for c in combo for s in c.skills})


def subsets(catalog):
    for n in range(len(catalog) + 1):
        yield from itertools.combinations(catalog, n)


def best_within(missing, catalog, budget) -> tuple[float, float]:
    """(weight, cost) of the affordable subset covering the most weight, cheapest among equals."""
    best = (0.0, 0.0)
    for combo in subsets(catalog):
        cost = sum(c.total_cost for c in combo)
        if cost <= budget:
            weight = weight_of(combo, missing)
            if (weight, -cost) > (best[0], -best[1]):
                best = (weight, cost)
    return best


def cheapest_cover(missing, catalog) -> tuple[float, float]:
    """(penalty, dollars) of the subset covering everything coverable at the least penalty."""
    coverable = weight_of(catalog, missing)
    best = (float("inf"), 0.0)
    for combo in subsets(catalog):
        if weight_of(combo, missing) >= coverable - 1e-9:
            pen = sum(penalty(c) for c in combo)
            if pen < best[0]:
                best = (pen, sum(c.total_cost for c in combo))
    return best


def instance(rng: random.Random, n_skills: int, n_creds: int):
    skills = [f"S{i}" for i in range(n_skills)]
    missing = {s: rng.choice([1.0, 2.0, 3.0]) for s in skills}
    return missing, [make(rng, j, skills) for j in range(n_creds)]


def budgeted(runs: int, seeds: int, rng: random.Random) -> dict:
    optimal, coverage, per_dollar, ms = 0, [], [], []
    for _ in range(runs):
        missing, catalog = instance(rng, 10, rng.choice([10, 12]))
        budget = rng.choice([200, 400, 800])
        best_weight, best_cost = best_within(missing, catalog, budget)
        started = time.perf_counter()
        plan = recommend_stack(missing, catalog, Limits(max_budget=budget, max_items=12), seeds=seeds)
        ms.append((time.perf_counter() - started) * 1000)
        weight = sum(missing[s] for s in missing if s not in plan.uncovered)
        optimal += weight >= best_weight - 1e-9
        coverage.append(weight / best_weight if best_weight else 1.0)
        if plan.total_cost and best_cost:
            per_dollar.append((weight / plan.total_cost) / (best_weight / best_cost))
    return {"optimal": optimal, "coverage": coverage, "per_dollar": per_dollar, "ms": ms}


def unlimited(runs: int, seeds: int, rng: random.Random) -> dict:
    optimal, penalty_ratio, dollar_ratio = 0, [], []
    for _ in range(runs):
        missing, catalog = instance(rng, 10, rng.choice([10, 12]))
        best_pen, best_dollars = cheapest_cover(missing, catalog)
        plan = recommend_stack(missing, catalog, Limits(max_items=12), seeds=seeds)
        chosen = [r.credential for r in plan.recommendations]
        pen = sum(penalty(c) for c in chosen)
        optimal += pen <= best_pen + 1e-9
        penalty_ratio.append(pen / best_pen)
        dollars = sum(c.total_cost for c in chosen)
        if best_dollars:
            dollar_ratio.append(dollars / best_dollars)
    return {"optimal": optimal, "penalty": penalty_ratio, "dollars": dollar_ratio}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few instances, to check the script runs")
    args = parser.parse_args()
    runs = 20 if args.smoke else 300
    print(f"{runs} random instances each: 10 skills weighted 1-3, 10-12 credentials of 1-4 skills, "
          f"$0-400 and 10-80 hours each")
    variants = (("plain greedy", 0), (f"greedy + {SEEDS} restarts (shipped)", SEEDS))
    print("\nbudget-limited ($200/$400/$800): weighted coverage against the best affordable subset")
    for label, seeds in variants:
        r = budgeted(runs, seeds, random.Random(2026))
        print(f"  {label:34} optimal {r['optimal']}/{runs} ({r['optimal'] / runs:.0%}); coverage mean "
              f"{statistics.mean(r['coverage']):.3f}, worst {min(r['coverage']):.3f}; coverage per dollar "
              f"{statistics.mean(r['per_dollar']):.2f}x the optimum's; median {statistics.median(r['ms']):.2f} ms")
    print("\nunlimited: cost of covering everything coverable against the cheapest full cover")
    for label, seeds in variants:
        r = unlimited(runs, seeds, random.Random(2027))
        print(f"  {label:34} optimal {r['optimal']}/{runs} ({r['optimal'] / runs:.0%}); cost-and-time "
              f"penalty mean {statistics.mean(r['penalty']):.3f}x, worst {max(r['penalty']):.3f}x; "
              f"dollars mean {statistics.mean(r['dollars']):.2f}x")


if __name__ == "__main__":
    main()

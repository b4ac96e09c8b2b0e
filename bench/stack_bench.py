"""Credential stack: the greedy choice against the exact optimum on random small instances.

Prints how often greedy is optimal and its weighted coverage and coverage-per-dollar ratios.

    python bench/stack_bench.py [--smoke]
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import time

from credstack.credentials.model import Assessment, Credential, CredentialKind, Pricing
from credstack.credentials.recommend import Limits, recommend_stack


def make(rng, j, skills):
    cost = rng.choice([0, 49, 99, 150, 200, 300, 400])
    return Credential(
        id=f"c{j}", name=f"C{j}", provider="P", platform="P", kind=CredentialKind.INDUSTRY_CERTIFICATION,
        skills=tuple(rng.sample(skills, rng.randint(1, 4))), cost_min=cost, cost_max=cost,
        pricing=Pricing.FREE if cost == 0 else Pricing.EXAM_FEE, hours=rng.choice([10, 20, 40, 80]), weeks=None,
        hours_per_week=None, format="self-paced", assessment=Assessment.PROCTORED_EXAM, validity_years=None,
        renewal=None, prerequisites=None, level="beginner", financial_aid="unknown", url="https://x.example",
        source="https://x.example", checked="2026-01-01")


def exact(missing, catalog, budget):
    best = (0.0, 0.0)
    for n in range(len(catalog) + 1):
        for combo in itertools.combinations(catalog, n):
            cost = sum(c.total_cost for c in combo)
            if cost > budget:
                continue
            weight = sum(missing[s] for s in {s for c in combo for s in c.skills})
            if (weight, -cost) > (best[0], -best[1]):
                best = (weight, cost)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    rng = random.Random(2026)
    runs = 30 if args.smoke else 300
    optimal = 0
    coverage, per_dollar, greedy_ms = [], [], []
    for _ in range(runs):
        skills = [f"S{i}" for i in range(10)]
        missing = {s: rng.choice([1.0, 2.0, 3.0]) for s in skills}
        catalog = [make(rng, j, skills) for j in range(10)]
        budget = rng.choice([200, 400, 800])
        best_weight, best_cost = exact(missing, catalog, budget)
        started = time.perf_counter()
        plan = recommend_stack(missing, catalog, Limits(max_budget=budget, max_items=10))
        greedy_ms.append((time.perf_counter() - started) * 1000)
        weight = sum(missing[s] for s in missing if s not in plan.uncovered)
        optimal += weight >= best_weight - 1e-9
        coverage.append(weight / best_weight if best_weight else 1.0)
        if plan.total_cost and best_cost:
            per_dollar.append((weight / plan.total_cost) / (best_weight / best_cost))
    print(f"{runs} random instances (10 skills, 10 credentials, budget-limited):")
    print(f"  greedy reaches the exact optimum's coverage in {optimal}/{runs} ({optimal / runs:.0%})")
    print(f"  weighted coverage vs exact: mean {statistics.mean(coverage):.3f}, worst {min(coverage):.3f}")
    if per_dollar:
        print(f"  coverage per dollar vs exact: mean {statistics.mean(per_dollar):.2f}")
    print(f"  greedy time per instance: median {statistics.median(greedy_ms):.2f} ms")


if __name__ == "__main__":
    main()

"""The coach panel: hand-written postings and profiles, scored on advice a career coach would sign.

Each case in ``bench/coach/cases/*.toml`` is a posting written for the panel (about-us, benefits,
EEO and application text included) and the name of a user in ``bench/coach/profiles.toml``; its
``[expect]`` block was written before the tool was run on it. Every case goes through the real app
(``create_app`` + test client: PUT the profile, POST /analyze with ``save``), and each user's saved
cases then through GET /shopping-list. Printed: one line per case, one per shopping list, and the
totals the issue's acceptance names:

- must-have credentials recommended (%): an ``[a, b]`` entry is one either/or slot, met by either;
- off-domain / wrong-level picks: recommended ids listed in ``must_not_recommend``;
- either/or slots filled twice: both sides of one ``[a, b]`` slot recommended;
- core skills found (%): ``core_skills`` among the posting's skill chips (vocabulary names);
- junk chips: chips naming a ``junk`` term (whole words, case-insensitive);
- held items reported missing: a ``held`` skill or certification the gaps call missing (or a held
  certification recommended), or a ``pending`` (lapsed / in progress) one called plainly missing;
- soft skills as credential gaps: a ``soft`` skill, or any skill of kind soft, among the missing
  gaps, the skills a recommendation covers, the plan's uncovered list or the shopping list's missing;
- /analyze p50 (ms).

Needs nothing outside the clone: ``python bench/coach_panel.py [-k ID-SUBSTRING] [--json OUT]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from credstack import create_app  # noqa: E402
from credstack.accounts import issue_token  # noqa: E402
from credstack.credentials.catalog import load_catalog  # noqa: E402
from credstack.skills.vocabulary import load_vocabulary  # noqa: E402

PANEL = ROOT / "bench" / "coach"


def load_panel(pattern: str | None = None) -> tuple[list[dict], dict]:
    profiles = tomllib.loads((PANEL / "profiles.toml").read_text(encoding="utf-8"))
    cases = [tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted((PANEL / "cases").glob("*.toml"))]
    if pattern:
        cases = [c for c in cases if pattern in c["id"]]
    for case in cases:
        if case["user"] not in profiles:
            raise SystemExit(f"{case['id']}: no profile named {case['user']!r}")
    return cases, profiles


def credential_names(cred_id: str, catalog, vocabulary) -> set[str]:
    """Every name a catalog credential can go by in an answer (casefolded): its catalog name, the
    vocabulary certification it grants, its aliases and exam code, and what they resolve to."""
    cred = catalog.get(cred_id)
    if cred is None:
        raise SystemExit(f"unknown catalog id {cred_id!r} in the panel")
    forms = {cred.name, *(cred.aliases or ())}
    for attr in ("grants", "exam_code"):
        if getattr(cred, attr, None):
            forms.add(getattr(cred, attr))
    names = set(forms)
    for form in forms:
        skill = vocabulary.resolve(form)
        if skill is not None:
            names.add(skill.name)
    return {n.casefold() for n in names}


def chip_has(chip: str, term: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term.casefold())}(?!\w)", chip.casefold()) is not None


def picks_of(plan: dict | None) -> list[str]:
    return [r["credential"]["id"] for r in (plan or {}).get("recommendations", [])]


def gap_names(plan: dict | None) -> set[str]:
    """Skill names the plan treats as gaps to buy: covered by a pick, or left uncovered."""
    names: set[str] = set()
    for r in (plan or {}).get("recommendations", []):
        names.update(n.casefold() for n in r.get("covers", []))
    for item in (plan or {}).get("uncovered", []):
        names.add((item if isinstance(item, str) else item.get("name", "")).casefold())
    return names


def score_case(case: dict, answer: dict, catalog, vocabulary) -> dict:
    exp = case["expect"]
    chips = [s["name"] for s in answer["skills"]]
    chip_keys = {c.casefold() for c in chips}
    plan = answer.get("recommendations")
    picks = picks_of(plan)
    gaps = answer.get("gaps") or {"skills": [], "certifications": []}

    must_hit, must_miss = 0, []
    doubled = []
    for slot in exp["must_recommend"]:
        options = slot if isinstance(slot, list) else [slot]
        chosen = [o for o in options if o in picks]
        if chosen:
            must_hit += 1
        else:
            must_miss.append("|".join(options))
        if len(chosen) > 1:
            doubled.append("+".join(chosen))
    wrong = [p for p in picks if p in exp["must_not_recommend"]]

    core_found = [s for s in exp["core_skills"] if s.casefold() in chip_keys]
    core_missed = [s for s in exp["core_skills"] if s.casefold() not in chip_keys]
    junk = sorted({c for c in chips for term in exp["junk"] if chip_has(c, term)})

    held_missing = []
    for item in exp["held"]:
        is_cred = catalog.get(item) is not None
        names = credential_names(item, catalog, vocabulary) if is_cred else {item.casefold()}
        bad = [g["name"] for g in gaps["skills"]
               if g["name"].casefold() in names and g["status"] in ("missing", "transferable")]
        bad += [c["name"] for c in gaps["certifications"] if c["name"].casefold() in names and c["status"] != "held"]
        if is_cred and item in picks:
            bad.append(f"recommended {item}")
        if bad:
            held_missing.append(f"{item}({bad[0]})")
    for item in exp.get("pending", []):
        names = credential_names(item, catalog, vocabulary)
        bad = [g["name"] for g in gaps["skills"]
               if g["name"].casefold() in names and g["status"] == "missing" and not g.get("note")]
        bad += [c["name"] for c in gaps["certifications"] if c["name"].casefold() in names and c["status"] == "missing"]
        if bad:
            held_missing.append(f"{item}(pending, {bad[0]})")

    soft_names = {s.casefold() for s in exp["soft"]}
    soft_names |= {s["name"].casefold() for s in answer["skills"] if s["kind"] == "soft"}
    as_gaps = {g["name"].casefold() for g in gaps["skills"]
               if g["status"] in ("missing", "transferable") and g.get("group") != "soft"}
    soft_gaps = sorted(soft_names & (as_gaps | gap_names(plan)))

    return {"id": case["id"], "occupation": case["occupation"], "user": case["user"],
            "must": (must_hit, len(exp["must_recommend"])), "must_missed": must_miss,
            "wrong": wrong, "doubled": doubled, "core": (len(core_found), len(exp["core_skills"])),
            "core_missed": core_missed, "junk": junk, "held_missing": held_missing, "soft_gaps": soft_gaps,
            "picks": picks, "whys": [r.get("why") for r in (plan or {}).get("recommendations", [])],
            "chips": chips, "other_chips": [s["name"] for s in answer["skills"] if s["kind"] == "other"],
            "score": gaps.get("score") if answer.get("gaps") else None,
            "summary": (answer.get("gaps") or {}).get("summary"), "error": answer.get("error")}


def score_shopping(user: str, cases: list[dict], answer: dict, catalog, vocabulary, results: list[dict]) -> dict:
    """The user's shopping list over their saved cases: the same junk/held/soft/off-domain checks.

    A chip is junk here when it was a junk chip of one of the cases (a term one case calls junk,
    "Payroll Tax" in an application form, can be a duty in another). A pick is off-domain when one
    case rules it out and none of the user's other cases must have it: a help-desk listing's CompTIA
    A+ stays right on a list that also holds a sysadmin listing where it would be the wrong level."""
    held, soft, junk_chips, wrong_ids, needed = set(), set(), set(), set(), set()
    for case in cases:
        exp = case["expect"]
        for item in exp["held"]:
            held |= credential_names(item, catalog, vocabulary) if catalog.get(item) else {item.casefold()}
        soft |= {s.casefold() for s in exp["soft"]}
        wrong_ids |= set(exp["must_not_recommend"])
        for slot in exp["must_recommend"]:
            needed |= set(slot) if isinstance(slot, list) else {slot}
    wrong_ids -= needed
    for result in results:
        if result["user"] == user:
            junk_chips |= set(result["junk"])
    soft |= {s["name"].casefold() for s in answer["skills"] if s["kind"] == "soft"}
    missing = [m for m in answer["missing"] if m.get("status") in (None, "missing", "transferable")]
    plan = answer.get("recommendations")
    picks = picks_of(plan)
    return {"user": user, "listings": answer["listings"], "cases": len(cases),
            "held_missing": sorted({m["name"] for m in missing if m["name"].casefold() in held}),
            "soft_gaps": sorted({m["name"].casefold() for m in missing if m["name"].casefold() in soft}
                                | (soft & gap_names(plan))),
            "junk": sorted({s["name"] for s in answer["skills"] if s["name"] in junk_chips}),
            "wrong": [p for p in picks if p in wrong_ids], "picks": picks}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def run(pattern: str | None = None, tagger: bool | None = None) -> dict:
    """Every case through the app; ``tagger`` turns the span tagger on or off (None: as the
    server would, from ``CREDSTACK_SKILL_TAGGER`` or the config default)."""
    cases, profiles = load_panel(pattern)
    catalog, vocabulary = load_catalog(), load_vocabulary()
    with tempfile.TemporaryDirectory() as tmp:
        setting = {} if tagger is None else {"SKILL_TAGGER": tagger}
        app = create_app({"TESTING": True, "INSTANCE_PATH": str(Path(tmp) / "instance"), "PRELOAD_MODEL": False,
                          "RATE_LIMIT_PER_MINUTE": 0, **setting,
                          "CACHE_DIR": os.environ.get("CREDSTACK_CACHE_DIR") or str(ROOT / ".cache" / "credstack")})
        client = app.test_client()
        headers = {}
        for user, profile in profiles.items():
            with app.extensions["credstack.db"].transaction() as session:
                token = issue_token(session, user)[1]
            headers[user] = {"Authorization": f"Bearer {token}"}
            body = {"name": user.title(), "headline": profile.get("headline", ""),
                    "skills": profile.get("skills", []), "certifications": profile.get("certifications", [])}
            reply = client.put("/api/v1/profile", json=body, headers=headers[user])
            if reply.status_code != 200:
                raise SystemExit(f"profile {user}: {reply.status_code} {reply.get_data(as_text=True)[:300]}")
        # Warm the model once so the first case's time is not the model's load.
        client.post("/api/v1/analyze", json={"text": "Requirements\n- 3+ years of Python"},
                    headers=next(iter(headers.values())))
        results, times = [], []
        for case in cases:
            key = "html" if case.get("format") == "html" else "text"
            body = {key: case["posting"], "url": case.get("url"), "save": True}
            start = time.perf_counter()
            reply = client.post("/api/v1/analyze", json=body, headers=headers[case["user"]])
            times.append(time.perf_counter() - start)
            if reply.status_code == 200:
                answer = reply.get_json()
            elif reply.status_code == 422:  # no posting found: every expectation of the case fails
                answer = {"skills": [], "gaps": None, "recommendations": None,
                          "error": reply.get_json()["error"]["type"]}
            else:
                raise SystemExit(f"{case['id']}: {reply.status_code} {reply.get_data(as_text=True)[:300]}")
            results.append(score_case(case, answer, catalog, vocabulary))
        shopping = []
        by_user: dict[str, list[dict]] = {}
        for case in cases:
            by_user.setdefault(case["user"], []).append(case)
        for user, own in by_user.items():
            if len(own) < 2:
                continue
            reply = client.get("/api/v1/shopping-list", headers=headers[user])
            if reply.status_code != 200:
                raise SystemExit(f"shopping list {user}: {reply.status_code}")
            shopping.append(score_shopping(user, own, reply.get_json(), catalog, vocabulary, results))
        app.extensions["credstack.db"].dispose()
        used = app.extensions["credstack.resources"].use_tagger
    return {"cases": results, "shopping": shopping, "times": times, "tagger": used}


def totals(report: dict) -> dict:
    cases = report["cases"]
    must = [sum(c["must"][i] for c in cases) for i in (0, 1)]
    core = [sum(c["core"][i] for c in cases) for i in (0, 1)]
    return {
        "cases": len(cases), "occupations": len({c["occupation"] for c in cases}),
        "must_pct": 100 * must[0] / must[1] if must[1] else 100.0, "must": must,
        "wrong": sum(len(c["wrong"]) for c in cases), "doubled": sum(len(c["doubled"]) for c in cases),
        "core_pct": 100 * core[0] / core[1] if core[1] else 100.0, "core": core,
        "junk": sum(len(c["junk"]) for c in cases), "held_missing": sum(len(c["held_missing"]) for c in cases),
        "soft_gaps": sum(len(c["soft_gaps"]) for c in cases),
        "other_chips": sum(len(c.get("other_chips", [])) for c in cases),
        "shop_held_missing": sum(len(s["held_missing"]) for s in report["shopping"]),
        "shop_soft_gaps": sum(len(s["soft_gaps"]) for s in report["shopping"]),
        "shop_junk": sum(len(s["junk"]) for s in report["shopping"]),
        "shop_wrong": sum(len(s["wrong"]) for s in report["shopping"]),
        "p50_ms": 1000 * percentile(report["times"], 0.5), "p95_ms": 1000 * percentile(report["times"], 0.95),
    }


def print_report(report: dict) -> None:
    for c in report["cases"]:
        parts = [f"must {c['must'][0]}/{c['must'][1]}", f"core {c['core'][0]}/{c['core'][1]}",
                 f"score {c['score']}"] + ([f"ERROR {c['error']}"] if c.get("error") else [])
        for label, key in (("MISSED-MUST", "must_missed"), ("WRONG", "wrong"), ("DOUBLED", "doubled"),
                           ("CORE-MISSED", "core_missed"), ("JUNK", "junk"), ("HELD-MISSING", "held_missing"),
                           ("SOFT-GAP", "soft_gaps")):
            if c[key]:
                parts.append(f"{label} {', '.join(c[key])}")
        print(f"{c['id']:<28} " + " · ".join(parts))
        print(f"{'':<28} picks: {', '.join(c['picks']) or '-'}")
        if c.get("other_chips"):
            print(f"{'':<28} other chips: {', '.join(c['other_chips'])}")
        if c.get("summary"):
            print(f"{'':<28} summary: {c['summary']}")
    for s in report["shopping"]:
        parts = [f"{s['listings']} listings ({s['cases']} cases)"]
        for label, key in (("WRONG", "wrong"), ("JUNK", "junk"), ("HELD-MISSING", "held_missing"),
                           ("SOFT-GAP", "soft_gaps")):
            if s[key]:
                parts.append(f"{label} {', '.join(s[key])}")
        print(f"shopping list {s['user']:<14} " + " · ".join(parts))
    t = totals(report)
    print()
    print(f"panel: {t['cases']} cases, {t['occupations']} occupations, span tagger "
          f"{'on' if report.get('tagger') else 'off'}")
    print(f"must-have credentials recommended   {t['must_pct']:5.1f}%  ({t['must'][0]}/{t['must'][1]})   target >= 90%")
    print(f"off-domain / wrong-level picks      {t['wrong']:5d}                target 0")
    print(f"either/or slots filled twice        {t['doubled']:5d}                target 0")
    print(f"core skills found                   {t['core_pct']:5.1f}%  ({t['core'][0]}/{t['core'][1]})  target >= 90%")
    print(f"junk chips                          {t['junk']:5d}                target 0")
    print(f"skill chips of kind other           {t['other_chips']:5d}                (the tagger's new skills)")
    print(f"held items reported missing         {t['held_missing']:5d}                target 0")
    print(f"soft skills as credential gaps      {t['soft_gaps']:5d}                target 0")
    print(f"shopping lists: held missing {t['shop_held_missing']}, soft as gaps {t['shop_soft_gaps']}, "
          f"junk {t['shop_junk']}, off-domain picks {t['shop_wrong']}")
    print(f"/analyze p50 {t['p50_ms']:.0f} ms  p95 {t['p95_ms']:.0f} ms  (n={len(report['times'])})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", dest="pattern", help="only cases whose id contains this")
    parser.add_argument("--json", help="also write the per-case results to this file")
    parser.add_argument("--tagger", choices=("config", "on", "off"), default="config",
                        help="read skills with the span tagger: as the server would (config), or on/off")
    args = parser.parse_args()
    report = run(args.pattern, None if args.tagger == "config" else args.tagger == "on")
    print_report(report)
    if args.json:
        Path(args.json).write_text(json.dumps({"totals": totals(report), **report}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

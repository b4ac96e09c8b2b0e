"""Credential advice with a profile, on real job pages: nothing held, nothing below, nothing abroad.

    python bench/advice_profiles.py [--verbose]

Each fictional user of ``bench/advice/profiles.toml`` (what a person of an occupation family holds,
written before the tool was run with it) is PUT as the profile of the real app, and each real page
it names (``bench/pages``, cached by ``python bench/pages_corpus.py --extract``) is POSTed to
/analyze. Each pick is checked: a certification the profile holds offered as new (``held``), one
below a held one on a level ladder (``below``), one whose catalog ``countries`` leave out the page's
labelled country (``abroad``, ``bench/advice/labels.json``), an id the user's ``not_recommend``
lists (``struck``); and each ``renew`` expectation (a lapsed certification the page asks) is looked
for among the picks with the action renew. Printed: one line per (user, page) with the picks and
their actions, the problems, then the totals. Without the cached pages it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "credstack-bench" / "pages"
PROFILES = ROOT / "bench" / "advice" / "profiles.toml"
LABELS = ROOT / "bench" / "advice" / "labels.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print each pick's sentence")
    args = parser.parse_args()
    users = tomllib.loads(PROFILES.read_text(encoding="utf-8"))
    pages = sorted({p for u in users.values() for p in u["pages"]})
    if not any((CACHE / p).exists() for p in pages):
        print(f"advice with profiles: skipped, the pages are not cached in {CACHE} "
              "(python bench/pages_corpus.py --extract)")
        return 0

    from credstack import create_app
    from credstack.accounts import issue_token
    from credstack.credentials.catalog import load_catalog
    from credstack.credentials.ladders import covered_by

    catalog = load_catalog()
    countries = json.loads(LABELS.read_text(encoding="utf-8")).get("countries", {})
    totals = {"runs": 0, "picks": 0, "held": 0, "below": 0, "abroad": 0, "struck": 0, "renew": 0, "renewed": 0}
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"TESTING": True, "INSTANCE_PATH": str(Path(tmp) / "instance"), "PRELOAD_MODEL": False,
                          "RATE_LIMIT_PER_MINUTE": 0,
                          "CACHE_DIR": os.environ.get("CREDSTACK_CACHE_DIR") or str(ROOT / ".cache" / "credstack")})
        client = app.test_client()
        for user, spec in users.items():
            with app.extensions["credstack.db"].transaction() as session:
                headers = {"Authorization": f"Bearer {issue_token(session, user)[1]}"}
            body = {"name": user.title(), "headline": spec.get("headline", ""), "location": spec.get("location"),
                    "skills": spec.get("skills", []),
                    "certifications": spec.get("certifications", [])}
            reply = client.put("/api/v1/profile", json=body, headers=headers)
            if reply.status_code != 200:
                raise SystemExit(f"profile {user}: {reply.status_code} {reply.get_data(as_text=True)[:300]}")
            for page in spec["pages"]:
                if not (CACHE / page).exists():
                    continue
                key = "html" if page.endswith(".html") else "text"
                reply = client.post("/api/v1/analyze", json={key: (CACHE / page).read_text(encoding="utf-8")},
                                    headers=headers)
                answer = reply.get_json() if reply.status_code == 200 else {}
                plan = answer.get("recommendations") or {}
                recs = plan.get("recommendations", [])
                held = {h["id"] for h in answer.get("held", []) or [] if isinstance(h, dict) and h.get("id")}
                held |= {c["credential"]["id"] for c in recs if c.get("action") in ("renew", "finish")}
                resolved = _held_ids(answer)
                problems = []
                for rec in recs:
                    cid, action = rec["credential"]["id"], rec.get("action", "earn")
                    entry = catalog.get(cid)
                    if action == "earn" and cid in resolved:
                        problems.append(f"held {cid}")
                        totals["held"] += 1
                    if action == "earn" and any(cid in covered_by(h) for h in resolved):
                        problems.append(f"below {cid}")
                        totals["below"] += 1
                    country = countries.get(page)
                    if country and entry is not None and entry.countries and country not in entry.countries:
                        problems.append(f"abroad {cid}")
                        totals["abroad"] += 1
                    if cid in spec.get("not_recommend", []):
                        problems.append(f"struck {cid}")
                        totals["struck"] += 1
                want = spec.get("renew", {}).get(page)
                if want:
                    totals["renew"] += 1
                    if any(r["credential"]["id"] == want and r.get("action") == "renew" for r in recs):
                        totals["renewed"] += 1
                    else:
                        problems.append(f"no renewal of {want}")
                totals["runs"] += 1
                totals["picks"] += len(recs)
                shown = ", ".join(r["credential"]["id"] + ("" if r.get("action", "earn") == "earn"
                                                           else f" ({r['action']})") for r in recs) or "-"
                print(f"{user:9s} {page:42s} {shown}")
                for problem in problems:
                    print(f"    PROBLEM {problem}")
                if args.verbose:
                    for rec in recs:
                        print(f"    {rec['credential']['id']}: {rec.get('why', '')}")
        app.extensions["credstack.db"].dispose()
    print(f"\nadvice with profiles: {len(users)} users, {totals['runs']} runs, {totals['picks']} picks; held offered "
          f"as new {totals['held']}, below a held one {totals['below']}, another country's {totals['abroad']}, "
          f"struck {totals['struck']}; renewals offered {totals['renewed']}/{totals['renew']}")
    return 0


def _held_ids(answer: dict) -> set[str]:
    """The catalog ids of the certifications the answer found the profile holds, current or not."""
    out = set()
    for item in (answer.get("held") or []):
        if isinstance(item, dict):
            entry = item.get("credential") or item.get("entry") or {}
            cid = entry.get("id") if isinstance(entry, dict) else item.get("id")
            if cid:
                out.add(cid)
    return out


if __name__ == "__main__":
    sys.exit(main())

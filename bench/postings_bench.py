"""Posting-parser benchmark: per-site field correctness on the fixture pages, and parse time
(including a synthetic 2 MB page and a 50,000-deep page). Prints figures; asserts nothing.

    python bench/postings_bench.py [--smoke]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from credstack.postings import NoPostingFound, parse_posting

PAGES = Path(__file__).resolve().parents[1] / "tests" / "postings" / "pages"


def timed(data, url=None, repeat=3):
    best, posting = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            posting = parse_posting(data, url=url)
        except NoPostingFound:
            posting = None
        best = min(best, time.perf_counter() - started)
    return posting, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="one repetition per page")
    args = parser.parse_args()
    repeat = 1 if args.smoke else 5
    rows, times = [], []
    for path in sorted(PAGES.glob("*/*.html")):
        expected = json.loads(path.with_suffix("").with_suffix(".expected.json").read_text())
        posting, seconds = timed(path.read_bytes(), expected.get("url"), repeat)
        times.append(seconds)
        ok = {
            "title": posting is not None and posting.title == expected["title"],
            "company": posting is not None and posting.company == expected["company"],
            "location": posting is not None and expected["location_contains"] in (posting.location or ""),
            "description": posting is not None and all(p in posting.description for p in expected["contains"])
            and not any(p in posting.description for p in expected["not_contains"]),
        }
        rows.append((f"{path.parent.name}/{path.stem}", posting.site if posting else "-", ok, seconds))
    print(f"{'page':28} {'site':16} title company location description  ms")
    for name, site, ok, seconds in rows:
        marks = "  ".join("ok  " if ok[k] else "MISS" for k in ("title", "company", "location", "description"))
        print(f"{name:28} {site:16} {marks}   {seconds * 1000:6.1f}")
    for field in ("title", "company", "location", "description"):
        right = sum(ok[field] for _, _, ok, _ in rows)
        print(f"{field:12} {right}/{len(rows)} correct")
    print(f"fixture parse time: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")

    job = (PAGES / "indeed" / "view.html").read_text()
    filler = "<div class='row'><p>" + "lorem ipsum dolor sit amet " * 30 + "</p></div>"
    big = job.replace("</body>", filler * (2 * 1024 * 1024 // len(filler)) + "</body>")
    _, seconds = timed(big, repeat=repeat)
    print(f"2 MB page ({len(big) / 1e6:.1f} MB): {seconds * 1000:.0f} ms (target: well under 1 s)")
    deep = "<html><body>" + "<div>" * 50_000 + job + "</div>" * 50_000 + "</body></html>"
    _, seconds = timed(deep, repeat=1)
    print(f"50,000 nested elements: {seconds * 1000:.0f} ms, no crash")


if __name__ == "__main__":
    main()

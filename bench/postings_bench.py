"""Posting-parser benchmark: per-site field correctness on the fixture pages, and parse time
(including synthetic 2 MB and 10 MB pages and a 50,000-deep page). Prints figures; asserts nothing.

    python bench/postings_bench.py [--smoke]

Correctness per fixture (against its ``.expected.json``): title and company exact, location
containing the expected phrase, description holding every expected phrase and none of the
page chrome listed; sections holding the phrases of ``in_section``. Pages that must be refused
count as right when the parser refuses them.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import defaultdict
from pathlib import Path

from credstack.postings import NoPostingFound, parse_posting

PAGES = Path(__file__).resolve().parents[1] / "tests" / "postings" / "pages"
FIELDS = ("title", "company", "location", "description", "sections")


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


def judge(posting, expected: dict) -> dict[str, bool]:
    if expected.get("no_posting"):
        return {field: posting is None for field in FIELDS}
    if posting is None:
        return {field: False for field in FIELDS}
    by_kind = defaultdict(str)
    for s in posting.sections:
        by_kind[str(s.kind)] += f"{s.heading}\n{s.text}\n"
    return {
        "title": posting.title == expected["title"],
        "company": posting.company == expected["company"],
        "location": expected["location_contains"] in (posting.location or ""),
        "description": all(p in posting.description for p in expected["contains"])
        and not any(p in posting.description for p in expected["not_contains"]),
        "sections": all(k in by_kind for k in expected["sections"])
        and all(p in by_kind[k] for k, phrases in expected.get("in_section", {}).items() for p in phrases)
        and not any(p in by_kind[k] for k, phrases in expected.get("not_in_section", {}).items() for p in phrases),
    }


_MARKUP_NAMES = re.compile(r"\s(class|id|data-[\w-]+|itemprop|itemscope|itemtype|role|aria-[\w-]+)="
                           r"""("[^"]*"|'[^']*'|[^\s>]+)""")
_JSON_LD = re.compile(r"<script type=.application/ld\+json.>.*?</script>", re.DOTALL)


def unknown_site(page: bytes) -> str:
    """The same page as an unknown site would serve it: no class, id, data-*, role or aria names
    for an adapter or a chrome hint to key on, no JSON-LD, no saved-from address."""
    html = page.decode("utf-8", "replace")
    html = re.sub(r"<!--\s*saved from url=[^>]*-->", "", _JSON_LD.sub("", _MARKUP_NAMES.sub("", html)))
    return html


def synthetic_pages(job: str) -> dict[str, str]:
    """A real fixture padded with page chrome to size; the generic one has no adapter to lean on."""
    # what makes real pages heavy: inline scripts and state blobs, SVG icons, menus, link lists
    filler = ("<script>window.__state = " + '{"k":"' + "x" * 800 + '"};</script>'
              "<div class='menu-panel'><svg viewBox='0 0 24 24'><path d='M12 2C8.1 2 5 5.1 5 9'/></svg>"
              "<ul class='links'>" + "<li><a href='/x'>Related item</a></li>" * 8 + "</ul></div>"
              "<div class='promo-card'><p>Sign up for alerts about jobs like this one.</p></div>")
    generic = (PAGES / "company" / "wordpress_sidebar.html").read_text("utf-8")
    return {
        "2 MB board page (adapter)": job.replace("</body>", filler * (2 * 1024 * 1024 // len(filler)) + "</body>"),
        "2 MB career page (generic)": generic.replace("</body>", filler * (2 * 1024 * 1024 // len(filler))
                                                      + "</body>"),
        "10 MB career page (generic)": generic.replace("</body>", filler * (10 * 1024 * 1024 // len(filler))
                                                       + "</body>"),
        "50,000 nested elements": "<html><body>" + "<div>" * 50_000 + job + "</div>" * 50_000 + "</body></html>",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="one repetition per page, no 10 MB page")
    args = parser.parse_args()
    repeat = 1 if args.smoke else 5
    rows, times = [], []
    parse_posting((PAGES / "indeed" / "view.html").read_bytes())  # load cue data and compile patterns first
    for path in sorted([*PAGES.glob("*/*.html"), *PAGES.glob("*/*.mhtml"), *PAGES.glob("*/*.txt")]):
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
        posting, seconds = timed(path.read_bytes(), expected.get("url"), repeat)
        times.append(seconds)
        site = posting.site if posting else ("(refused)" if expected.get("no_posting") else "-")
        rows.append((f"{path.parent.name}/{path.name}", site, judge(posting, expected), seconds))

    print(f"{'page':40} {'site':16} " + " ".join(f"{f:11}" for f in FIELDS) + "    ms")
    for name, site, ok, seconds in rows:
        marks = " ".join(f"{'ok' if ok[f] else 'MISS':11}" for f in FIELDS)
        print(f"{name:40} {site:16} {marks} {seconds * 1000:6.1f}")
    print()
    by_group, group_times = defaultdict(list), defaultdict(list)
    for name, _, ok, seconds in rows:
        by_group[name.split("/")[0]].append(ok)
        group_times[name.split("/")[0]].append(seconds)
    print(f"{'site':16} pages " + " ".join(f"{f:11}" for f in FIELDS) + " mean ms")
    for group, oks in sorted(by_group.items()):
        mean = statistics.mean(group_times[group]) * 1000
        print(f"{group:16} {len(oks):5} " + " ".join(f"{sum(o[f] for o in oks)}/{len(oks):<9}" for f in FIELDS)
              + f" {mean:7.1f}")
    total = len(rows)
    print("all              " + f"{total:4} " + " ".join(f"{sum(r[2][f] for r in rows)}/{total:<9}" for f in FIELDS))
    print(f"\nfixture parse time: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")

    # The fixtures were written alongside the parser; the same pages stripped of every name an
    # adapter or a chrome hint could key on show how the generic extractor does on its own.
    stripped = []
    for path in sorted(PAGES.glob("*/*.html")):
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
        if expected.get("no_posting") or "Loading" in path.read_text("utf-8", "replace"):
            continue  # a page whose text lives only in its JSON-LD has nothing left to find
        posting, _ = timed(unknown_site(path.read_bytes()), repeat=1)
        stripped.append(judge(posting, expected))
    print(f"unknown-site view ({len(stripped)} pages without names or JSON-LD): "
          + ", ".join(f"{f} {sum(o[f] for o in stripped)}/{len(stripped)}" for f in FIELDS))

    job = (PAGES / "indeed" / "view.html").read_text("utf-8")
    for name, page in synthetic_pages(job).items():
        if args.smoke and name.startswith("10 MB"):
            continue
        posting, seconds = timed(page, repeat=1 if ("nested" in name or "10 MB" in name) else repeat)
        found = "posting" if posting else "refused"
        print(f"{name} ({len(page) / 1e6:.1f} MB): {seconds * 1000:.0f} ms, {found} (target for 2 MB: well under 1 s)")


if __name__ == "__main__":
    main()

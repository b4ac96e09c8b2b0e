"""Every analysis the benches' postings give, as JSON lines: the guard rail of speed work.

    python bench/analysis_dump.py OUT.jsonl        # before the change, and again after it
    cmp BEFORE.jsonl AFTER.jsonl                   # a change meant only to be faster: no difference

Reads the SkillSpan dev postings (when the reference data lies beside the clone), the fixture job
pages under ``tests/``, and the cached real job pages and non-tech postings of
``bench/pages_corpus.py`` and ``bench/nontech_real.py`` (when extracted); each is analysed without
a profile and with a fixed one (skills, a certification near expiry, a lapsed one, one in progress)
on a fixed day, and written whole (``analysis_to_dict``) with its keys sorted.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import date
from pathlib import Path

from common import fixture_pages, skillspan_postings

from credstack.analysis import analysis_to_dict, analyze
from credstack.postings import parse_posting
from credstack.postings.errors import PostingError
from credstack.profile.model import Profile
from credstack.resources import Resources

CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "credstack-bench"
SKILLS = ("Python", "SQL", "Excel", "Tableau", "Java", "Communication", "Nursing", "Accounting")
PROFILE = {"name": "Bench", "skills": [{"name": n} for n in SKILLS],
           "certifications": [{"name": "BLS", "expires": "2026-12-15"},
                              {"name": "CompTIA Security+", "expires": "2025-01-01"},
                              {"name": "PMP", "status": "in_progress"}]}
TODAY = date(2026, 11, 30)


def inputs(cache: Path) -> list[tuple[str, str]]:
    """(name, page or text) of every posting read."""
    out = [(f"skillspan-dev/{i}", text) for i, text in enumerate(skillspan_postings())]
    out += [(f"fixture/{name}", html) for name, html in fixture_pages()]
    pages, nontech = cache / "pages", cache / "nontech_real"
    if pages.is_dir():
        out += [(f"pages/{p.name}", p.read_text("utf-8", errors="replace")) for p in sorted(pages.iterdir())]
    if nontech.is_dir():
        out += [(f"nontech_real/{p.name}", p.read_text("utf-8")) for p in sorted(nontech.glob("*.txt"))]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the JSON-lines file to write")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the extracted real corpora are")
    args = parser.parse_args()
    resources = Resources.load(cache_dir=os.environ.get("CREDSTACK_CACHE_DIR"))
    profile = Profile.from_dict(PROFILE)
    postings = inputs(args.cache)
    with open(args.out, "w", encoding="utf-8") as fh:
        for name, markup in postings:
            try:
                posting = parse_posting(markup)
            except PostingError as error:
                fh.write(json.dumps({"id": name, "error": error.error_type}) + "\n")
                continue
            for label, who in (("no profile", None), ("profile", profile)):
                result = analyze(posting, resources, profile=who, today=TODAY)
                fh.write(json.dumps({"id": f"{name} ({label})", "analysis": analysis_to_dict(result)}, sort_keys=True)
                         + "\n")
    print(f"{len(postings)} postings analysed into {args.out}")


if __name__ == "__main__":
    main()

"""Skill-extraction speed: credstack's extract_skills per posting (warm, in-process) beside raw
KeyBERT (all-MiniLM-L6-v2, 1-3 grams, top 20) on the same postings, in the same run.

    python bench/skills_bench.py [--smoke]
"""

from __future__ import annotations

import argparse
import statistics
import time

from common import fixture_pages, keybert_seconds, percentile, posting_texts

from credstack.analysis import skill_sections
from credstack.postings import parse_posting
from credstack.resources import Resources
from credstack.skills import extract_skills


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few postings only")
    args = parser.parse_args()
    texts = posting_texts(6 if args.smoke else None)
    pages = [html for _, html in fixture_pages(3 if args.smoke else None)]
    postings = [skill_sections(parse_posting(t)) for t in texts] + [skill_sections(parse_posting(p)) for p in pages]
    resources = Resources.load()
    ranker = resources.ranker
    extract_skills(postings[0], resources.vocabulary, ranker)  # load the model
    times, counts = [], []
    for posting in postings:
        started = time.perf_counter()
        result = extract_skills(posting, resources.vocabulary, ranker)
        times.append(time.perf_counter() - started)
        counts.append(len(result.skills))
    kb = keybert_seconds(texts[: (3 if args.smoke else 10)])
    p50 = statistics.median(times)
    print(f"credstack extract_skills: median {p50 * 1000:.1f} ms, p95 {percentile(times, .95) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms over {len(times)} postings ({statistics.mean(counts):.1f} skills each)")
    print(f"raw KeyBERT:              median {statistics.median(kb) * 1000:.0f} ms over {len(kb)} postings")
    print(f"targets: median <= 100 ms (stretch 30 ms); speed-up vs raw KeyBERT x{statistics.median(kb) / p50:.0f}")


if __name__ == "__main__":
    main()

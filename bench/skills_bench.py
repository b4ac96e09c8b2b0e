"""Skill-extraction speed: credstack's extract_skills per posting (warm, in-process), with the span
tagger and without it (vocabulary only), beside raw KeyBERT (all-MiniLM-L6-v2, 1-3 grams, top 20)
on the same postings, in the same run; and the process's peak RSS.

    python bench/skills_bench.py [--smoke]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from common import fixture_pages, keybert_seconds, percentile, posting_texts

from credstack.analysis import skill_sections
from credstack.postings import parse_posting
from credstack.postings.errors import PostingError
from credstack.resources import Resources
from credstack.skills import extract_skills


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few postings only")
    parser.add_argument("--torch-tagger", action="store_true",
                        help="also time the tagger as trained (torch int8, weights.pt), the runtime before ONNX")
    args = parser.parse_args()
    texts = posting_texts(6 if args.smoke else None)
    pages = [html for _, html in fixture_pages(3 if args.smoke else None)]
    postings = [skill_sections(parse_posting(t)) for t in texts]
    for page in pages:
        try:
            postings.append(skill_sections(parse_posting(page)))
        except PostingError:
            continue  # a fixture page that is no posting (sign-in walls, search results)
    resources = Resources.load()
    ranker = resources.ranker
    started = time.perf_counter()
    extract_skills(postings[0], resources.vocabulary, ranker, resources.tagger)  # load the models
    first = time.perf_counter() - started
    taggers = [("vocabulary", None), ("tagger", resources.tagger)]
    if args.torch_tagger:
        from credstack.skills.tagger import TorchSpanTagger

        taggers.append(("torch tagger", TorchSpanTagger()))
        extract_skills(postings[0], resources.vocabulary, ranker, taggers[-1][1])
    runs: dict[str, list[float]] = {label: [] for label, _ in taggers}
    counts = []
    for posting in postings:
        for label, tagger in taggers:
            started = time.perf_counter()
            result = extract_skills(posting, resources.vocabulary, ranker, tagger)
            runs[label].append(time.perf_counter() - started)
        counts.append(len(result.skills))
    times = runs["tagger"]
    kb = keybert_seconds(texts[: (3 if args.smoke else 10)])
    p50 = statistics.median(times)
    print(f"credstack extract_skills: median {p50 * 1000:.1f} ms, p95 {percentile(times, .95) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms over {len(times)} postings ({statistics.mean(counts):.1f} skills each)")
    print(f"  without the tagger:     median {statistics.median(runs['vocabulary']) * 1000:.1f} ms; "
          f"first call (models load) {first:.1f} s; peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    n = len(texts)
    print(f"  on the {n} plain-text postings alone (SkillSpan dev when present): median "
          + ", ".join(f"{label} {statistics.median(r[:n]) * 1000:.1f} ms" for label, r in runs.items()))
    if args.torch_tagger:
        print(f"  with the torch tagger:  median {statistics.median(runs['torch tagger']) * 1000:.1f} ms "
              "(the tagger as trained, before its ONNX Runtime export)")
    print(f"raw KeyBERT:              median {statistics.median(kb) * 1000:.0f} ms over {len(kb)} postings")
    print(f"targets: median <= 100 ms (stretch 30 ms); speed-up vs raw KeyBERT x{statistics.median(kb) / p50:.0f}")


if __name__ == "__main__":
    main()

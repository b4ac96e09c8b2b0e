"""The embedding model behind KeyBERT ranking and span linking: the static model (default) beside
all-MiniLM-L6-v2 on torch, on the same postings in the same run.

Per posting, for each model: the CPU time spent embedding (the document, the phrases, the linked
spans) and the whole analysis's CPU time (the tagger's, when on, is the same for both); then what
the cheaper model changes: the skills found, their order (Spearman's rho of the ranks of the skills
both found), the vocabulary-less keywords (Jaccard overlap) and how many tagger spans linked to a
vocabulary skill. CPU time, not wall time: on a shared machine wall time measures the neighbours.

    python bench/embedder_bench.py [--limit 20] [--tagger]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

from common import posting_texts

from credstack import embedding
from credstack.analysis import analyze
from credstack.config import cache_dir
from credstack.postings import posting_from_text
from credstack.resources import Resources


def run(kind: str, texts: list[str], tagger: bool) -> tuple[list[dict], float]:
    os.environ["CREDSTACK_EMBEDDER"] = kind
    embedding._default = None
    started = time.perf_counter()
    resources = Resources.load(cache_dir({}), tagger=tagger)
    _ = resources.ranker, resources.tagger
    load_s = time.perf_counter() - started
    spent = [0.0]
    encode = resources.embedder.encode

    def timed(texts):
        t = time.process_time()
        try:
            return encode(texts)
        finally:
            spent[0] += time.process_time() - t

    resources.embedder.encode = timed
    analyze(posting_from_text(texts[0]), resources, recommend=False)  # warm-up
    rows = []
    for text in texts:
        spent[0] = 0.0
        t = time.process_time()
        result = analyze(posting_from_text(text), resources, recommend=False)
        rows.append({"cpu": time.process_time() - t, "embed": spent[0],
                     "skills": [s.name for s in result.skills],
                     "linked": sum(1 for s in result.skills if str(s.kind) != "other"),
                     "keywords": {k.phrase for k in result.other_keywords}})
    return rows, load_s


def spearman(a: list[str], b: list[str]) -> float | None:
    common = [n for n in a if n in b]
    if len(common) < 3:
        return None
    ra = {n: i for i, n in enumerate(sorted(common, key=a.index))}
    rb = {n: i for i, n in enumerate(sorted(common, key=b.index))}
    n = len(common)
    return 1 - 6 * sum((ra[x] - rb[x]) ** 2 for x in common) / (n * (n * n - 1))


def ms(values: list[float]) -> str:
    return f"p50 {statistics.median(values) * 1000:7.1f} ms  mean {statistics.fmean(values) * 1000:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--tagger", action="store_true", help="with the span tagger on")
    args = parser.parse_args()
    texts = posting_texts(args.limit)
    if not texts:
        print("embedder bench: no postings to measure (no reference data and no fixture pages); skipped")
        return 0
    minilm, minilm_load = run("minilm", texts, args.tagger)
    static, static_load = run("static", texts, args.tagger)
    print(f"embedder bench: {len(texts)} postings, span tagger {'on' if args.tagger else 'off'}, CPU time")
    print(f"  MiniLM (torch)   load {minilm_load:5.1f} s  embedding {ms([r['embed'] for r in minilm])}  "
          f"analysis {ms([r['cpu'] for r in minilm])}")
    print(f"  static (default) load {static_load:5.1f} s  embedding {ms([r['embed'] for r in static])}  "
          f"analysis {ms([r['cpu'] for r in static])}")
    same = sum(set(a["skills"]) == set(b["skills"]) for a, b in zip(minilm, static, strict=True))
    rhos = [r for a, b in zip(minilm, static, strict=True) if (r := spearman(a["skills"], b["skills"])) is not None]
    union = sum(len(a["keywords"] | b["keywords"]) for a, b in zip(minilm, static, strict=True))
    inter = sum(len(a["keywords"] & b["keywords"]) for a, b in zip(minilm, static, strict=True))
    print(f"  same skills found: {same} of {len(texts)} postings; skill order rho median "
          f"{statistics.median(rhos) if rhos else float('nan'):.2f}; keywords {sum(len(a['keywords']) for a in minilm)}"
          f" (MiniLM) vs {sum(len(b['keywords']) for b in static)} (static), overlap {inter / max(union, 1):.2f}; "
          f"vocabulary skills {sum(a['linked'] for a in minilm)} vs {sum(b['linked'] for b in static)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

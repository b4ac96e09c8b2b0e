"""Skill extraction on the hand-labelled non-tech postings (nursing, trades, finance, marketing,
logistics), per occupation: the full extractor (vocabulary + tagger) beside the vocabulary alone,
in the same run.

    python bench/nontech_bench.py [--jsonl OUT.json] [--show]

The postings in ``bench/nontech/postings.txt`` were written for this project (no third-party
text), with inline labels in SkillSpan's scheme: ``[K: ...]`` knowledge, ``[S: ...]`` skill.
Metric (the one of the SkillSpan benchmark): a predicted mention matches a gold span when one's
token sequence is a contiguous part of the other's; recall over knowledge spans, precision over
all predicted mentions against skill and knowledge spans. ``--jsonl`` also writes the set in
SkillSpan's JSON-lines format (for ``skills_eval.py --data`` or training).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys

from common import tally_tagger_off_on

from credstack.analysis import skill_sections
from credstack.postings import parse_posting
from credstack.resources import Resources
from credstack.skills import extract_skills
from credstack.skills.span_eval import prf
from credstack.skills.tagger import words_of

HERE = os.path.dirname(os.path.abspath(__file__))
POSTINGS = os.path.join(HERE, "nontech", "postings.txt")
LABEL = re.compile(r"\[([KS]): ([^\]]+)\]")


def load(path: str = POSTINGS) -> list[dict]:
    postings: list[dict] = []
    current = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("==="):
                ident, occupation = (p.strip() for p in line[3:].split("|"))
                current = {"id": ident, "occupation": occupation, "lines": [], "spans": []}
                postings.append(current)
            elif current is not None and not line.startswith("#"):
                current["lines"].append(line)
    for posting in postings:
        while posting["lines"] and not posting["lines"][-1].strip():
            posting["lines"].pop()
        text_lines, spans = [], []
        for line in posting["lines"]:
            plain, pos, line_spans = "", 0, []
            for m in LABEL.finditer(line):
                plain += line[pos:m.start()]
                line_spans.append((len(plain), len(plain) + len(m.group(2)), m.group(1)))
                plain += m.group(2)
                pos = m.end()
            plain += line[pos:]
            text_lines.append(plain)
            spans.append(line_spans)
        posting["text"] = "\n".join(text_lines)
        posting["line_texts"], posting["line_spans"] = text_lines, spans
        posting["knowledge"] = [t[s:e] for t, ls in zip(text_lines, spans, strict=True) for s, e, k in ls if k == "K"]
        posting["skill"] = [t[s:e] for t, ls in zip(text_lines, spans, strict=True) for s, e, k in ls if k == "S"]
    return postings


def skillspan_rows(posting: dict, idx: int) -> list[dict]:
    rows = []
    for text, spans in zip(posting["line_texts"], posting["line_spans"], strict=True):
        words = words_of(text)
        if not words:
            continue
        tags = {"K": ["O"] * len(words), "S": ["O"] * len(words)}
        for s, e, kind in spans:
            inside = [i for i, (ws, we) in enumerate(words) if ws >= s and we <= e]
            for n, i in enumerate(inside):
                tags[kind][i] = "B" if n == 0 else "I"
        rows.append({"idx": idx, "source": posting["occupation"], "tokens": [text[s:e] for s, e in words],
                     "tags_knowledge": tags["K"], "tags_skill": tags["S"]})
    return rows


def mentions(posting: dict, resources: Resources, tag: bool) -> list[str]:
    result = extract_skills(skill_sections(parse_posting(posting["text"])), resources.vocabulary,
                            resources.ranker, resources.tagger if tag else None)
    return [m for s in result.skills for m in (s.mentions or [s.name])]


def in_split(ident: str, split: str) -> bool:
    """Training half: postings numbered 01-04 of each occupation; the test half: 05-08."""
    return (int(ident.rsplit("-", 1)[1]) <= 4) == (split == "train")


def _triple(scores: dict) -> tuple[float, float, float]:
    return scores["precision"], scores["recall_knowledge"], scores["f1"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsonl", help="also write the set in SkillSpan's JSON-lines format")
    parser.add_argument("--show", action="store_true", help="print missed and false mentions")
    parser.add_argument("--split", choices=["all", "train", "test"], default="test",
                        help="postings -01..-04 of each occupation may train the tagger; -05..-08 are held out")
    args = parser.parse_args()
    postings = [p for p in load() if args.split == "all" or in_split(p["id"], args.split)]
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as fh:
            for i, posting in enumerate(postings):
                for row in skillspan_rows(posting, i):
                    fh.write(json.dumps(row) + "\n")
        print(f"wrote {len(postings)} postings to {args.jsonl}")
        return 0
    resources = Resources.load()
    totals = tally_tagger_off_on(postings, lambda posting, tag: mentions(posting, resources, tag),
                                 lambda posting: (posting["occupation"],), args.show)
    print(f"{'occupation':12} {'postings':>8}  vocabulary P/R/F1      +tagger P/R/F1")
    per_occ = collections.Counter(p["occupation"] for p in postings)
    for key in [*sorted(per_occ), "all"]:
        v = _triple(prf(*totals[key]["vocabulary"]))
        t = _triple(prf(*totals[key]["tagger"]))
        n = per_occ[key] if key != "all" else len(postings)
        print(f"{key:12} {n:8d}  {v[0]:.3f} {v[1]:.3f} {v[2]:.3f}    {t[0]:.3f} {t[1]:.3f} {t[2]:.3f}")
    worst = min(prf(*totals[k]["tagger"])["f1"] for k in per_occ)
    print(f"nontech: F1 {prf(*totals['all']['tagger'])['f1']:.3f} (vocabulary alone "
          f"{prf(*totals['all']['vocabulary'])['f1']:.3f}); lowest occupation F1 {worst:.3f}; target >= 0.75 each")
    return 0


if __name__ == "__main__":
    sys.exit(main())

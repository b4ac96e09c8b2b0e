"""Where the whole extractor loses what its span tagger finds, and where its false mentions come from.

Runs ``credstack analyze`` (as ``skills_eval`` does: each skill's mentions) on SkillSpan postings
held out from the tagger's training, beside the tagger alone over every line, and sorts:

- each gold knowledge span the tagger alone finds but the extractor misses, by where it was lost:
  the posting parser left its line out of the skill sections, its section is not one the tagger
  reads, a filter dropped the tagger's span (which one), the span went to the keywords, or the
  mention is reported as context;
- each false mention (matching no gold span), by its source: a vocabulary match, a linked or a new
  tagger span, the title.

Choose rules on held-out *train* postings (``--data``: ``bench/tagger_thresholds.py --split DIR``
writes them, with a model trained without them, ``--model``), never on dev.

    python bench/extractor_errors.py --data DIR/tune.json --model M.onnx [--show N]

Without the data it says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from common import REFERENCE

import credstack.skills as skills_module
from credstack.analysis import analyze, employer_of, skill_sections
from credstack.postings import parse_posting
from credstack.resources import Resources
from credstack.skills.employer import employer_mask, is_employer_clause
from credstack.skills.linking import clean_bounds
from credstack.skills.model import TextSection
from credstack.skills.requirements import (
    asks_strongly,
    is_boilerplate_clause,
    is_descriptive_clause,
    judged_clause,
    names_a_role,
    segments,
)
from credstack.skills.span_eval import contiguous, loose_match, norm, postings, prf, read_rows
from credstack.skills.tagger import SpanTagger

DEFAULT_DATA = REFERENCE / "skillspan-train" / "train.json"


def _span_fates(seg, reading, matches, kept_mentions: set[str]) -> list[tuple[str, str]]:
    """(words, fate) of every tagger span the extractor read in one segment: "candidate" when it
    reached linking, else the first filter that dropped it."""
    out = []
    for span in reading.spans:
        words = seg.text[span.start:span.end]
        over = [m for m in matches if m.start < span.end and span.start < m.end]
        if over and not any(loose_match(norm(seg.text[p.start:p.end]), norm(words)) for p in
                            skills_module._beside_matches(span, matches, seg.text)):
            kept = any((m.mention or m.surface) in kept_mentions for m in over)
            out.append((words, "overlaps a vocabulary match" + (" (kept)" if kept else " (dropped)")
                        + f" {{{words!r} ~ {', '.join(repr(m.mention or m.surface) for m in over)}}}"))
            continue
    free = [piece for span in reading.spans for piece in skills_module._beside_matches(span, matches, seg.text)]
    for span in skills_module._alternatives(skills_module._joined(free, seg.text), seg.text):
        start, end = clean_bounds(seg.text, span.start, span.end)
        words = seg.text[start:end]
        surface = " ".join(words.split())
        clause = judged_clause(seg.text, start, end)  # as extract_skills reads it: near the span
        if not 2 <= len(surface) <= 80 or not any(c.isalpha() for c in surface):
            fate = "too short/long"
        elif is_boilerplate_clause(clause):
            fate = "boilerplate clause"
        elif is_employer_clause(clause):
            fate = "employer clause"
        elif is_descriptive_clause(clause) and not asks_strongly(clause):
            fate = "descriptive clause"
        elif names_a_role(seg.text, start, end):
            fate = "names a role"
        else:
            fate = f"candidate ({span.label}) {{{surface!r}}}"
        out.append((surface if fate.startswith("candidate") else words, fate))
    return out


def trace(posting, resources, tagger):
    """The segments, each with its kind, whether the tagger read it, and its span fates."""
    employer = employer_of(posting, resources)
    sections = skill_sections(posting, employer)
    if employer:
        mask = employer_mask(employer)
        sections = [TextSection(s.kind, mask(s.text), mask(s.heading)) for s in sections]
    segs = skills_module._within(segments(sections), skills_module.MAX_SKILL_TEXT)
    matches = skills_module.segment_matches(segs, resources.vocabulary)
    tagged = skills_module.read_tagged(segs, tagger, resources.vocabulary, matches) if segs else {}
    found, per_segment = skills_module._collect(segs, resources.vocabulary, tagged, matches)
    kept = {m for f in found.values() for m in f.mentions}
    out = []
    for i, (seg, matches) in enumerate(per_segment):
        fates = _span_fates(seg, tagged[i], matches, kept) if i in tagged else []
        out.append((seg, i in tagged, fates, matches))
    return out


def _where(line: tuple, traced) -> int | None:
    for i, (seg, *_rest) in enumerate(traced):
        if contiguous(line, norm(seg.text)):
            return i
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="SkillSpan-format postings (default: the held-out fifth of train)")
    parser.add_argument("--model", help="an ONNX tagger trained without them (default: the shipped one)")
    parser.add_argument("--show", type=int, default=6, help="examples printed per category")
    args = parser.parse_args()
    if args.data is None:
        if not DEFAULT_DATA.exists():
            print(f"no SkillSpan train data at {DEFAULT_DATA}: nothing to analyse")
            return 0
        from tagger_thresholds import held_out

        rows = held_out()
    elif not args.data.exists():
        print(f"no postings at {args.data}: nothing to analyse")
        return 0
    else:
        rows = read_rows(args.data)
    docs = postings(rows)
    resources = Resources.load()
    tagger = SpanTagger(args.model)
    resources.__dict__["_tagger"] = tagger
    lost: dict[str, list[str]] = defaultdict(list)
    false: dict[str, list[str]] = defaultdict(list)
    total = [0, 0, 0, 0]
    alone_total = [0, 0, 0, 0]
    for doc in docs:
        text = "\n".join(doc["lines"])
        posting = parse_posting(text)
        result = analyze(posting, resources, recommend=False)
        preds = {norm(m): (s, m) for s in result.skills for m in (s.mentions or [s.name]) if norm(m)}
        context = {norm(m) for s in result.context for m in (s.mentions or [s.name])}
        keywords = {norm(k.phrase) for k in result.other_keywords}
        alone_by_line = tagger.tag(doc["lines"])
        alone = {norm(line[s.start:s.end]) for line, spans in zip(doc["lines"], alone_by_line, strict=True)
                 for s in spans} - {()}
        gold_k = [g for g in dict.fromkeys(norm(s) for s in doc["knowledge"]) if g]
        gold_all = set(gold_k) | ({norm(s) for s in doc["skill"]} - {()})
        traced = trace(posting, resources, tagger)
        tp_k = 0
        for g in gold_k:
            if any(loose_match(p, g) for p in preds):
                tp_k += 1
                continue
            by_tagger = any(loose_match(a, g) for a in alone)
            line = next((norm(raw) for raw in doc["lines"] if contiguous(g, norm(raw))), g)
            # the span's own segment when its line was cut into several (a heading and its text)
            where = _where(line, traced)
            if where is None:
                where = _where(g, traced)
            if where is None:
                reason = "line not in the skill sections"
            else:
                seg, read, fates, matches = traced[where]
                if any(loose_match(c, g) for c in context):
                    reason = "reported as context"
                elif not read:
                    reason = f"segment not tagged ({seg.kind.value})"
                else:
                    hits = [fate for words, fate in fates if loose_match(norm(words), g)]
                    if hits:
                        reason = hits[0]
                        detail = ""
                        if "{" in reason:
                            reason, detail = reason.split(" {", 1)
                        if reason.startswith("candidate") and any(loose_match(k, g) for k in keywords):
                            reason += " -> keyword"
                        elif reason.startswith("candidate"):
                            reason += " -> dropped after linking"
                        if detail:
                            g = (*g, "{" + detail)
                    else:
                        reason = "no span in context"
            key = ("tagger finds it; " if by_tagger else "tagger misses it too; ") + reason
            lost[key].append(" ".join(g))
        matched = 0
        for p, (skill, words) in preds.items():
            if any(loose_match(p, g) for g in gold_all):
                matched += 1
                continue
            source = "new tagger span" if skill.kind.value == "other" else "vocabulary/linked"
            seg_kind = next((f"{seg.kind.value}{'' if read else ' untagged'}" for seg, read, _f, _m in traced
                             if words in seg.text), "?")
            source += f" in {seg_kind}"
            false[source].append(f"{words} [{skill.name}]")
        counts = (tp_k, len(gold_k), matched, len(preds))
        total = [a + b for a, b in zip(total, counts, strict=True)]
        tk = sum(any(loose_match(a, g) for a in alone) for g in gold_k)
        tp = sum(any(loose_match(a, g) for g in gold_all) for a in alone)
        alone_total = [a + b for a, b in zip(alone_total, (tk, len(gold_k), tp, len(alone)), strict=True)]
    s, a = prf(*total), prf(*alone_total)
    print(f"{len(docs)} postings; extractor P {s['precision']:.3f} R {s['recall_knowledge']:.3f} "
          f"F1 {s['f1']:.3f} ({s['predicted']} mentions); tagger alone P {a['precision']:.3f} "
          f"R {a['recall_knowledge']:.3f} F1 {a['f1']:.3f} ({a['predicted']} spans)")
    print(f"missed knowledge spans ({sum(len(v) for v in lost.values())}):")
    for key, items in sorted(lost.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(items):3d}  {key}: {'; '.join(items[:args.show])}")
    print(f"false mentions ({sum(len(v) for v in false.values())}):")
    for key, items in sorted(false.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(items):3d}  {key}: {'; '.join(items[:args.show])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

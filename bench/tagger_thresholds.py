"""Choose the span tagger's thresholds on held-out SkillSpan *train* postings (never on dev).

The tuning postings are every fifth posting of SkillSpan train (sorted by (source, idx)). The whole
extractor runs on them once (vocabulary + tagger + linking, as ``credstack analyze`` does), keeping
every tagger candidate with its label, confidence and cosine to the nearest vocabulary name, and
each vocabulary mention with the tagger's probability that its words are a span; each setting of
the grid is then a filter over those: the least confidence of a linked span, of a new ("other")
skill, the cosine from which a span is linked to its nearest vocabulary name, and the least tagger
probability a vocabulary match keeps (``MIN_VOCABULARY_AGREEMENT``). It prints skills_eval's
metric (loose span match) for the best settings, the best F1 at precision >= 0.85, and the curves
of the link threshold and of the vocabulary agreement; then, at the settings in force, the ranks
below which a lone everyday word is no new skill (``PLAIN_LOWER_RANK``, ``PLAIN_CAPITAL_RANK``)
and the rule that a span after "our" is the employer's.

Which model scores them: ideally one that never saw them (``--split DIR`` writes DIR/fit.json and
DIR/tune.json; train on fit.json with scripts/train_tagger.py, export with
scripts/export_tagger_onnx.py --model-only, pass ``--model``). By default the shipped model, which
was trained on all of train: its confidences on those postings run high, so thresholds chosen
this way err towards keeping spans.

    python bench/tagger_thresholds.py [--model M.onnx]

Without the SkillSpan reference data (CI) it says so and exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from common import REFERENCE

import credstack.skills as skills_module
import credstack.skills.linking as linking
from credstack.analysis import skill_sections
from credstack.postings import parse_posting
from credstack.resources import Resources
from credstack.skills import extract_skills
from credstack.skills.keywords import STOP_WORDS
from credstack.skills.model import TextKind
from credstack.skills.plain_words import cut_short, plain_rank, starts_a_duty
from credstack.skills.requirements import segments
from credstack.skills.span_eval import loose_match, norm, postings, prf, read_rows, score
from credstack.skills.tagger import SpanTagger

TRAIN = REFERENCE / "skillspan-train" / "train.json"
LINKED = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
NEW = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
LINK = (0.6, 0.7, 0.8, 0.9, 1.01)
AGREE = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
PLAIN_LOWER = (0, 2_000, 5_000, 10_000, 15_000, 20_000, 30_000)
PLAIN_CAPITAL = (0, 2_000, 5_000, 10_000, 15_000, 20_000, 30_000)


def split(out: Path) -> None:
    rows = read_rows(TRAIN)
    keys = sorted({(r.get("source"), r["idx"]) for r in rows})
    held = set(keys[4::5])
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "fit.json", "w", encoding="utf-8") as fit, open(out / "tune.json", "w", encoding="utf-8") as tune:
        for row in rows:
            (tune if (row.get("source"), row["idx"]) in held else fit).write(json.dumps(row) + "\n")
    print(f"{len(keys) - len(held)} postings to fit, {len(held)} held out, in {out}")


def candidates(secs, resources, tagger) -> tuple[dict[str, float], list[tuple]]:
    """The vocabulary's mentions, each with the tagger's highest probability that one of its
    occurrences is a span (2.0 where the tagger did not read it), and every tagger candidate as
    (words, label, confidence, linked exactly, cosine to the nearest vocabulary name, its plain-word
    rank and whether capitalised as a name or None, after "our"): each setting is then a filter."""
    segs = skills_module._within(segments(secs), skills_module.MAX_SKILL_TEXT)
    tagged = skills_module.read_tagged(segs, tagger, resources.vocabulary)
    agreement: dict[str, float] = {}
    unheaded: dict[str, bool] = {}  # mention -> whether every occurrence is vetoed in unheaded text

    def record(reading, match, *kinds, **options) -> bool:
        strongest = reading.strongest(match.start, match.end)
        key = match.mention or match.surface
        agreement[key] = max(agreement.get(key, -1.0), 2.0 if strongest is None else strongest)
        # the unheaded text's own check (MIN_UNHEADED_AGREEMENT) stays in force, as in extract_skills
        unheaded[key] = unheaded.get(key, True) and bool(kinds) and kinds[0] == TextKind.OTHER \
            and saved_veto(reading, match, *kinds, **options)
        return False

    saved_veto, skills_module._vetoed = skills_module._vetoed, record
    try:
        _, per_segment = skills_module._collect(segs, resources.vocabulary, tagged)
        vocab = [m for s in extract_skills(secs, resources.vocabulary).skills for m in s.mentions
                 if not unheaded.get(m, False)]
    finally:
        skills_module._vetoed = saved_veto
    saved = linking.LINK_THRESHOLD, linking.STATIC_LINK_THRESHOLD
    # every non-exact span "nearest", with its cosine, unless linking refuses it a nearest link
    linking.LINK_THRESHOLD = linking.STATIC_LINK_THRESHOLD = -2.0
    try:
        found = skills_module._tagged_candidates(per_segment, resources.vocabulary, tagged,
                                                 resources.ranker.embeddings)
    finally:
        linking.LINK_THRESHOLD, linking.STATIC_LINK_THRESHOLD = saved
    return ({m: agreement.get(m, 2.0) for m in vocab},
            [(surface, span.label, span.confidence, link.how == "exact",
              (link.similarity or 0.0) if link.how == "nearest" else -1.0,  # "new": a link refused
              plain_rank(surface, seg.text, span.start), skills_module._employers_own(seg.text, span.start),
              cut_short(surface, seg.text, span.start, span.end, STOP_WORDS),
              seg.kind == TextKind.RESPONSIBILITIES and starts_a_duty(seg.text, span.start)
              and not skills_module._name_shaped(surface.split()[0]))
             for seg, span, surface, _level, link in found])


def mentions(vocab: dict[str, float], cands: list[tuple], linked: float, new: float, link: float,
             agree: float = 0.0, plain: tuple[int, int] = (0, 0), ours: bool = False, cut: bool = False,
             duty: bool = False) -> list[str]:
    """The mentions ``extract_skills`` reports under these thresholds (see ``_add_tagged`` and
    ``_vetoed``); ``plain``: (lower-case, capitalised) ranks of the plain-word rule, ``ours``:
    whether spans after "our" are dropped; ``cut``, ``duty``: whether phrases of plain words cut
    short and the verbs opening a duty are keywords (``_no_name``)."""
    out = [m for m, strongest in vocab.items() if agree <= 0 or strongest >= agree]
    for surface, label, confidence, exact, cosine, ranked, after_our, is_cut, is_duty in cands:
        is_linked = exact or cosine >= link
        if confidence < (linked if is_linked else new):
            continue
        if not is_linked and label not in skills_module._NEW_SKILL_LABELS:
            continue  # an unlinked duty phrase goes to the keywords
        if not is_linked and ours and after_our:
            continue  # the employer's own
        if not is_linked and ranked is not None and ranked[0] <= plain[1 if ranked[1] else 0]:
            continue  # a lone everyday word: a keyword
        if not is_linked and ((cut and is_cut) or (duty and is_duty)):
            continue
        out.append(surface)
    return list(dict.fromkeys(out))


class Matches:
    """``span_eval.counts`` for one posting, with each mention's matches computed once."""

    def __init__(self, doc: dict) -> None:
        self.gold_k = [g for g in dict.fromkeys(norm(s) for s in doc["knowledge"]) if g]
        self.gold_all = set(self.gold_k) | ({norm(s) for s in doc["skill"]} - {()})
        self.known: dict[tuple, tuple[frozenset, bool]] = {}

    def counts(self, predicted: list[str]) -> tuple[int, int, int, int]:
        pred = {norm(p) for p in predicted} - {()}
        matched_k: set[int] = set()
        tp_p = 0
        for p in pred:
            if p not in self.known:
                self.known[p] = (frozenset(i for i, g in enumerate(self.gold_k) if loose_match(p, g)),
                                 any(loose_match(p, g) for g in self.gold_all))
            ks, hit = self.known[p]
            matched_k |= ks
            tp_p += hit
        return len(matched_k), len(self.gold_k), tp_p, len(pred)


def held_out() -> list[dict]:
    rows = read_rows(TRAIN)
    keys = sorted({(r.get("source"), r["idx"]) for r in rows})
    held = set(keys[4::5])
    return [r for r in rows if (r.get("source"), r["idx"]) in held]


def line(name: str, s: dict) -> str:
    return f"{name}: P {s['precision']:.3f} R {s['recall_knowledge']:.3f} F1 {s['f1']:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, help="write the fit/tune split of SkillSpan train here, and stop")
    parser.add_argument("--model", help="an ONNX tagger (default: the shipped one)")
    parser.add_argument("--plain-only", action="store_true", help="stop after the plain-word and 'our' rules")
    args = parser.parse_args()
    if not TRAIN.exists():
        print(f"no SkillSpan train data at {TRAIN}: nothing to tune (set CREDSTACK_REFERENCE)")
        return 0
    if args.split:
        split(args.split)
        return 0
    docs = postings(held_out())
    sections = [skill_sections(parse_posting("\n".join(d["lines"]))) for d in docs]
    resources = Resources.load(tagger=False)
    tagger = SpanTagger(args.model)
    runs = [candidates(secs, resources, tagger) for secs in sections]

    matchers = [Matches(doc) for doc in docs]

    def run(linked: float, new: float, link: float, agree: float, plain: tuple[int, int] = (0, 0),
            ours: bool = False, cut: bool = False, duty: bool = False) -> dict:
        total = [0, 0, 0, 0]
        for m, (v, c) in zip(matchers, runs, strict=True):
            found = mentions(v, c, linked, new, link, agree, plain, ours, cut, duty)
            total = [a + b for a, b in zip(total, m.counts(found), strict=True)]
        return prf(*total)

    static = getattr(resources.embedder, "static", False)
    current = (skills_module.MIN_LINKED_CONFIDENCE, skills_module.MIN_NEW_CONFIDENCE,
               linking.STATIC_LINK_THRESHOLD if static else linking.LINK_THRESHOLD,
               skills_module.MIN_VOCABULARY_AGREEMENT)
    print(f"{len(docs)} held-out train postings, {sum(len(c) for _, c in runs)} tagger candidates")
    print(line("  vocabulary only", score(docs, [list(v) for v, _ in runs])))
    assert run(*current) == score(docs, [mentions(v, c, *current) for v, c in runs])  # the fast count is the metric
    unseen = [(cand[0], cand[5]) for _, c in runs for cand in c if cand[5] is not None]
    print(f"  {len(unseen)} candidates are one plain word, e.g. {', '.join(s for s, _ in unseen[:12])}")
    plain = (skills_module.PLAIN_LOWER_RANK, skills_module.PLAIN_CAPITAL_RANK)
    print(line(f"  tagger, as set now {current}, plain words {plain}, 'our', cut short, duty verbs",
               run(*current, plain, True, True, True)))
    print(line("  the same without these four rules", run(*current)))
    print("  plain-word ranks (lower-case, capitalised) alone, at the settings in force:")
    for key in itertools.product(PLAIN_LOWER, PLAIN_CAPITAL):
        print(line(f"    {key}", run(*current, key)))
    whole = [({m: (2.0 if len(m.split()) > 1 else a) for m, a in v.items()}, c) for v, c in runs]
    total = [0, 0, 0, 0]
    for m, (v, c) in zip(matchers, whole, strict=True):
        total = [a + b for a, b in zip(total, m.counts(mentions(v, c, *current)), strict=True)]
    print(line("  for comparison, vocabulary matches of several words never checked by the tagger", prf(*total)))
    naive = [(v, [c for c in cands if not (" " not in c[0] and c[0].islower() and not c[3] and c[4] < current[2])])
             for v, cands in runs]
    total = [0, 0, 0, 0]
    for m, (v, c) in zip(matchers, naive, strict=True):
        total = [a + b for a, b in zip(total, m.counts(mentions(v, c, *current)), strict=True)]
    print(line("  for comparison, every lone lower-case new span dropped", prf(*total)))
    for name, flags in (("after 'our'", (True, False, False)), ("cut short", (False, True, False)),
                        ("duty verb", (False, False, True))):
        print(line(f"  only spans {name} dropped", run(*current, (0, 0), *flags)))
    if args.plain_only:
        return 0
    table = [(key, run(*key)) for key in itertools.product(LINKED, NEW, LINK, AGREE)]
    print("  best F1 (linked-conf, new-conf, link-cos, vocabulary-agreement):")
    for key, s in sorted(table, key=lambda row: -row[1]["f1"])[:8]:
        print(line(f"    {key}", s))
    ok = [row for row in table if row[1]["precision"] >= 0.85]
    if ok:
        print("  best F1 at P >= 0.85:")
        for key, s in sorted(ok, key=lambda row: -row[1]["f1"])[:5]:
            print(line(f"    {key}", s))
    else:
        print("  no setting reaches P >= 0.85")
    best = max(table, key=lambda row: row[1]["f1"])[0]
    print(f"  link threshold at linked-conf {best[0]}, new-conf {best[1]}, agreement {best[3]}:")
    for link in LINK:
        print(line(f"    cosine >= {link:.2f}", run(best[0], best[1], link, best[3])))
    print(f"  vocabulary agreement at {best[:3]} (precision / recall curve):")
    for agree in AGREE:
        print(line(f"    agreement >= {agree:.2f}", run(*best[:3], agree)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

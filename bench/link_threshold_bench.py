"""The static model's link threshold against MiniLM's, on the tagger's spans over SkillSpan *train*
postings (never dev): for each static threshold, how many spans link to a vocabulary skill, how
many of those links MiniLM makes too at ``LINK_THRESHOLD`` (to the same skill), and how often the
two agree on the decision (linked to the same skill, or both left unlinked).

    python bench/link_threshold_bench.py [--postings 40]

Needs the reference data beside the clone (``CREDSTACK_REFERENCE``); skips cleanly without it.
"""

from __future__ import annotations

import argparse
import json
import sys

from common import REFERENCE

from credstack.embedding import SentenceTransformerEmbedder, StaticEmbedder
from credstack.skills.linking import LINK_THRESHOLD, STATIC_LINK_THRESHOLD, clean_surface, exact_link
from credstack.skills.tagger import default_tagger
from credstack.skills.vocabulary import load_vocabulary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=40)
    args = parser.parse_args()
    path = REFERENCE / "skillspan-train" / "train.json"
    tagger = default_tagger()
    if not path.exists() or tagger is None:
        print(f"link threshold bench: no SkillSpan train data at {path} or no shipped tagger; skipped")
        return 0
    docs: dict[tuple, list[str]] = {}
    with path.open() as fh:
        for line in fh:
            row = json.loads(line)
            docs.setdefault((row["source"], row["idx"]), []).append(" ".join(row["tokens"]))
    texts = ["\n".join(lines) for lines in list(docs.values())[:args.postings]]
    vocabulary = load_vocabulary()
    surfaces = sorted({w for text, spans in zip(texts, tagger.tag(texts), strict=True) for s in spans
                       if 2 <= len(w := clean_surface(text[s.start:s.end])) <= 80
                       and exact_link(w, vocabulary) is None})
    names = [s.name for s in vocabulary]
    nearest = {}
    for model in (SentenceTransformerEmbedder(), StaticEmbedder()):
        sims = model.encode(surfaces) @ model.encode(names).T
        nearest[model.static] = (sims.argmax(axis=1), sims.max(axis=1))
    (m_best, m_sim), (s_best, s_sim) = nearest[False], nearest[True]
    m_link = m_sim >= LINK_THRESHOLD
    print(f"{len(surfaces)} tagger spans with no exact vocabulary name, from {len(texts)} SkillSpan train postings; "
          f"MiniLM links {int(m_link.sum())} at {LINK_THRESHOLD}")
    for t in (0.8, 0.85, 0.88, 0.9, 0.92, 0.94):
        s_link = s_sim >= t
        same = s_link & m_link & (s_best == m_best)
        agree = ((s_link == m_link) & (~m_link | (s_best == m_best))).mean()
        mark = "  <- STATIC_LINK_THRESHOLD" if abs(t - STATIC_LINK_THRESHOLD) < 1e-9 else ""
        print(f"  static >= {t:.2f}: links {int(s_link.sum()):4d}, same link as MiniLM {int(same.sum()):4d}, "
              f"links MiniLM does not make {int((s_link & ~same).sum()):4d}, decisions agree {agree:.3f}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Credential advice on real job pages (nobody here wrote them): are the picks in the job's field?

    python bench/advice_pages.py [--verbose] [--tagger on|off|config]

The pages are those of ``bench/pages`` (third-party, never committed; ``python bench/pages_corpus.py
--extract`` copies them into ``${XDG_CACHE_HOME:-~/.cache}/credstack-bench/pages/``). Their labels,
``bench/advice/labels.json``, were written from each page's title and duties before scoring: the
occupation groups whose credentials a career coach would accept for the job (none: the job is in no
group of the taxonomy). Each page is analysed as the API does for a user without a profile (every
skill is a gap, so the stack is as long as it gets), and each recommended credential is:

- named: the posting names it (always acceptable);
- product: built on a product the posting names itself (an Excel exam for "Excel"; acceptable);
- in field: one of its occupation groups is among the page's labelled ones;
- off field: neither — advice a coach would strike.

Pages added later (batch h21a on: job board records from Australia, the UK and Canada, written out as
pasted text) also carry the job's country and, for some, the skills a coach calls must-haves:
a pick whose catalog ``countries`` leave the job's country out is counted as wrong country
(whatever its verdict above), and each must-have is looked for among the skill chips. Their
``no_credential`` labels say which postings a coach would send off with no credential and why
("none: ..."), and which ones should get one the tool does not give ("gap: ..."): each page with no
pick is counted as one of the two, or as unexplained.

Batch h28a (12 UK staffing-agency job pages and 5 Canada Job Bank records: trades, drivers, care,
nursing, food service, childcare) was labelled the same way before the tool was first run on it;
``bench/advice_profiles.py`` runs its pages again with profiles of their occupation families.

The real non-tech postings of ``bench/nontech_real`` (nursing, trades, finance, marketing, logistics,
retail, security, care...; ``python bench/nontech_real.py --extract`` caches them) are read too, when
cached, as batch ``nontech_real``, with the fields and countries of ``bench/advice/nontech_real.json``.
Its ``struck`` labels name picks a coach struck though they are in the field (the licence of the role
below the one hired, a degree-gated one above it, another role's, another country's): each such pick
is counted as struck. The first four batches' 107 postings were labelled in issue h23a; the English
postings of the later batches of new occupations (splits held-occ3 to held-occ8, held-occ11 and
held-occ14 to held-occ17: 172 postings of 86 occupations, aviation to bar work) in issue advice11, before
the advice was first run on them; they are counted as batch ``nontech_real-occ``. Stop 57 labelled 200
more (``batches``: ``nontech_real-advice12``), one posting each of 200 occupations of the splits from
held-occ19 on, drawn at random before the advice was read on them: batch ``nontech_real-advice12``; then 200 more
of further occupations (``nontech_real-advice13``), and stop 58 another 400 the same way (``nontech_real-advice14``
and, labelled after advice14's fixes, ``nontech_real-advice15``). held-occ9,
held-occ10, held-occ12, held-occ13 and the postings in other languages stay unlabelled, unseen.

Printed: per page the picks and their verdicts, then picks, named, in field, off field and the
share acceptable, overall and per batch (``bench/pages/labels.json``). Without the cached pages
it says so in one line and exits 0 (as in CI).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "credstack-bench" / "pages"
LABELS = ROOT / "bench" / "advice" / "labels.json"
NONTECH = CACHE.parent / "nontech_real"
NONTECH_LABELS = ROOT / "bench" / "advice" / "nontech_real.json"
NONTECH_MANIFEST = ROOT / "bench" / "nontech_real" / "MANIFEST.tsv"
FIRST_NONTECH_BATCHES = 4  # the manifest batches labelled first (issue h23a); later ones score as 'nontech_real-occ'


def nontech_batches() -> dict[str, int]:
    """Each real non-tech posting's manifest batch, by its cached file name."""
    lines = NONTECH_MANIFEST.read_text("utf-8").splitlines() if NONTECH_MANIFEST.exists() else []
    if not lines:
        return {}
    head = lines[0].split("\t")
    rows = [dict(zip(head, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]
    return {f"{r['local-name']}.txt": int(r.get("batch") or 1) for r in rows}
PAGE_LABELS = ROOT / "bench" / "pages" / "labels.json"


def _summary(totals: dict, pages: int, tail: str = "") -> str:
    ok = totals["named"] + totals["product"] + totals["in_field"]
    share = f"{ok / totals['picks']:.1%}" if totals["picks"] else "n/a"
    return (f"{pages} pages, {totals['picks']} picks: named {totals['named']}, product {totals['product']}, "
            f"in field {totals['in_field']}, off field {totals['off_field']}; acceptable {share}{tail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print each pick's sentence")
    parser.add_argument("--tagger", choices=("config", "on", "off"), default="off",
                        help="read skills with the span tagger (on), without (off, the default), "
                             "or as the server would (config)")
    parser.add_argument("--chips", action="store_true", help="print each page's skill chips of kind other")
    args = parser.parse_args()
    advice = json.loads(LABELS.read_text(encoding="utf-8"))
    labels = advice["pages"]
    countries, must_have = advice.get("countries", {}), advice.get("must_have", {})
    no_credential = advice.get("no_credential", {})
    page_labels = json.loads(PAGE_LABELS.read_text(encoding="utf-8"))["pages"]
    present = {name: fields for name, fields in labels.items() if (CACHE / name).exists()}
    paths = {name: CACHE / name for name in present}
    nontech = json.loads(NONTECH_LABELS.read_text(encoding="utf-8"))
    nontech_countries = {f"nontech_real/{n}": c for n, c in nontech["countries"].items()}
    struck = {f"nontech_real/{n}": set(ids) for n, ids in nontech.get("struck", {}).items() if not n.startswith("_")}
    for name, fields in nontech["fields"].items():
        if (NONTECH / name).exists():
            present[f"nontech_real/{name}"] = fields
            paths[f"nontech_real/{name}"] = NONTECH / name
    if not present:
        print(f"advice on real pages: skipped, the pages are not cached in {CACHE} "
              "(python bench/pages_corpus.py --extract)")
        return 0

    from credstack.analysis import analyze
    from credstack.config import DEFAULTS, cache_dir
    from credstack.exceptions import CredstackError
    from credstack.postings import parse_posting
    from credstack.resources import Resources

    if args.tagger == "config":
        raw = os.environ.get("CREDSTACK_SKILL_TAGGER")
        tagger = bool(DEFAULTS["SKILL_TAGGER"]) if raw is None \
            else raw.strip().lower() not in ("0", "false", "no", "off")
    else:
        tagger = args.tagger == "on"
    resources = Resources.load(cache_dir({}), tagger=tagger)
    others = 0
    from credstack.credentials.fit import primary_product

    def zero() -> dict:
        return {"picks": 0, "named": 0, "product": 0, "in_field": 0, "off_field": 0, "pages": 0,
                "wrong_country": 0, "must": 0, "must_found": 0, "with_pick": 0, "none": 0, "gap": 0,
                "unexplained": 0, "labelled": 0, "struck": 0}

    totals = zero()
    batches: dict[str, dict] = {}
    manifest_batch = nontech_batches()
    # postings labelled in a later issue score as a batch of their own ("batches": name -> its postings)
    labelled_in = {n: batch for batch, names in nontech.get("batches", {}).items() if not batch.startswith("_")
                   for n in names}
    for name, fields in sorted(present.items()):
        if name.startswith("nontech_real/"):
            later = manifest_batch.get(name.split("/", 1)[1], 1) > FIRST_NONTECH_BATCHES
            key = labelled_in.get(name.split("/", 1)[1]) or ("nontech_real-occ" if later else "nontech_real")
        else:
            key = page_labels.get(name, {}).get("batch", "first")
        batch = batches.setdefault(key, zero())
        batch["pages"] += 1
        html = paths[name].read_text(encoding="utf-8", errors="replace")
        try:
            result = analyze(parse_posting(html), resources)
        except CredstackError as error:
            print(f"{name:40s} refused ({error.error_type})")
            continue
        verdicts = []
        for rec in (result.recommendations.recommendations if result.recommendations else []):
            c = rec.credential
            product = primary_product(c, resources.vocabulary)
            if rec.named:
                verdict = "named"
            elif product is not None and product in {s.name for s in result.skills}:
                verdict = "product"
            elif set(c.occupations) & set(fields):
                verdict = "in_field"
            else:
                verdict = "off_field"
            country = countries.get(name) or nontech_countries.get(name)
            wrong_country = bool(country and c.countries and country not in c.countries)
            for tally in (totals, batch):
                tally["picks"] += 1
                tally[verdict] += 1
                tally["wrong_country"] += wrong_country
                tally["struck"] += c.id in struck.get(name, ())
            verdicts.append((c.id + (" [COUNTRY]" if wrong_country else "")
                             + (" [STRUCK]" if c.id in struck.get(name, ()) else ""), verdict, rec.why))
        if name in countries:  # the batches labelled for it: with a pick, or why none
            kind = "with_pick" if verdicts else no_credential.get(name, "").split(":")[0]
            for tally in (totals, batch):
                tally[kind if kind in ("with_pick", "none", "gap") else "unexplained"] += 1
                tally["labelled"] += 1
        title = (result.posting.title or "")[:38]
        print(f"{name:40s} {title:38s} " + (", ".join(f"{cid}" + ("" if v != "off_field" else " [OFF]")
                                                      for cid, v, _ in verdicts) or "-"))
        chips = [s.name.casefold() for s in result.skills]
        missed = [m for m in must_have.get(name, [])
                  if not any(part.casefold() in chip for part in m.split("|") for chip in chips)]
        for tally in (totals, batch):
            tally["must"] += len(must_have.get(name, []))
            tally["must_found"] += len(must_have.get(name, [])) - len(missed)
        if missed:
            print(f"    must-haves not among the chips: {', '.join(missed)}")
        if not verdicts and name in no_credential:
            print(f"    no pick; {no_credential[name]}")
        other = [s.name for s in result.skills if s.kind == "other"]
        others += len(other)
        if args.chips and other:
            print(f"    other chips: {', '.join(other)}")
        if args.verbose:
            for cid, verdict, why in verdicts:
                print(f"    {verdict:9s} {cid}: {why}")
    def extra(tally: dict) -> str:
        if not tally["labelled"]:
            return f"; wrong country {tally['wrong_country']}; struck {tally['struck']}"
        return (f"; wrong country {tally['wrong_country']}; struck {tally['struck']}; must-haves among the chips "
                f"{tally['must_found']}/{tally['must']}; with a pick {tally['with_pick']}/{tally['labelled']} "
                f"(without: {tally['none']} need none, {tally['gap']} gaps, {tally['unexplained']} unexplained)")

    if len(batches) > 1:
        for key, tally in sorted(batches.items()):
            print(f"  batch {key}: {_summary(tally, tally['pages'], extra(tally))}")
    print(f"\nadvice on real pages: {_summary(totals, len(present), extra(totals))}; "
          f"span tagger {'on' if tagger else 'off'}, {others} skill chips of kind other")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How trustworthy and how wide the credential catalog is, beside the targets of issue 15.

    python bench/catalog_report.py            # the report
    python bench/catalog_report.py --recount  # also recount how many real postings name each entry
    python bench/catalog_report.py --baseline REF  # beside the catalog at a git revision (e.g. before a change)
    python bench/catalog_report.py --list     # also list the entries still unchecked or without a study time

Prints: entries; checked against the cited source (with the dates) vs not; share with study time
(published, "provider gives none", unknown); share with a cost (known, unknown); entries per
occupation group, per assessment, per accreditation, per level; retired entries. The targets
(>= 360 entries, >= 90% checked with a source, >= 90% with study time or "provider gives none",
every occupation group >= 5 entries) are printed beside each figure.

``--recount`` counts, in the SkillSpan train+dev postings (reference material outside the
repository; skipped when absent), the postings that name each entry by its name, an alias or its
exam code, and compares with the ``recognition`` figures stored in the catalog.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

TARGET_ENTRIES = 360
TARGET_CHECKED = 0.90
TARGET_STUDY = 0.90
TARGET_PER_GROUP = 5


def reference_dir() -> Path | None:
    """The shared reference folder when this checkout has one nearby (a user's clone has none)."""
    candidates = [os.environ.get("CREDSTACK_REFERENCE"), ROOT.parent / "shared" / "reference",
                  ROOT.parent.parent / "shared" / "reference"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def skillspan_postings(reference: Path) -> list[str]:
    """Every SkillSpan train and dev posting as one text (masked entities and all)."""
    docs: dict[tuple, list[str]] = {}
    for split, name in (("skillspan-train", "train.json"), ("skillspan-dev", "dev.json")):
        path = reference / split / name
        if not path.exists():
            continue
        with path.open() as fh:
            for line in fh:
                row = json.loads(line)
                docs.setdefault((split, row["source"], row["idx"]), []).append(" ".join(row["tokens"]))
    return ["\n".join(lines) for lines in docs.values()]


def mention_patterns(entry: dict) -> list[re.Pattern]:
    """What a posting writes for the entry: its name (with and without the bracketed part), its
    aliases and its exam code. Short all-capital forms ("PMP", "CPC") must match case and stand
    alone; longer names match case-insensitively on word boundaries."""
    names = {entry["name"], re.sub(r"\s*\([^)]*\)", "", entry["name"]), *entry["aliases"]}
    names |= set(re.findall(r"\(([^)]*)\)", entry["name"]))
    names -= {entry["provider"], entry["platform"]}  # "(Google)" names the provider, not the credential
    if entry.get("exam_code") and len(entry["exam_code"]) >= 4:  # "SP", "CP": too short to tell apart from prose
        names.add(entry["exam_code"])
    patterns = []
    for name in sorted(n.strip() for n in names if n and len(n.strip()) >= 3):
        body = re.escape(name).replace(r"\ ", r"[\s-]+")
        short = len(name) <= 6 or name.isupper()
        patterns.append(re.compile(rf"(?<![\w+#.]){body}(?![\w+#]|\.\w)", 0 if short else re.I))
    return patterns


def count_recognition(entries: list[dict], postings: list[str]) -> dict[str, int]:
    """Entry id -> how many postings name it at least once."""
    counts = {}
    for entry in entries:
        patterns = mention_patterns(entry)
        counts[entry["id"]] = sum(1 for text in postings if any(p.search(text) for p in patterns))
    return counts


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def report(entries: list[dict], groups: dict[str, dict]) -> bool:
    n = len(entries)
    ok = True

    def line(label: str, value: str, met: bool | None = None, target: str = "") -> None:
        nonlocal ok
        mark = "" if met is None else ("  [target met]" if met else "  [TARGET NOT MET]")
        ok = ok and met is not False
        print(f"{label:<44} {value}{'  target ' + target if target else ''}{mark}")

    line("entries", str(n), n >= TARGET_ENTRIES, f">= {TARGET_ENTRIES}")
    checked = [e for e in entries if e["checked"] and e["source_url"]]
    line("checked against the cited source", share(len(checked), n), len(checked) >= TARGET_CHECKED * n,
         f">= {TARGET_CHECKED:.0%}")
    for date, count in sorted(Counter(e["checked"] for e in checked).items()):
        line(f"  checked on {date}", str(count))
    line("  not checked (checked: null, basis says why)", str(n - len(checked)))
    study = Counter(e["study_time"] for e in entries)
    stated = study["provider"] + study["provider_gives_none"]
    line("study time stated", share(stated, n), stated >= TARGET_STUDY * n, f">= {TARGET_STUDY:.0%}")
    line("  hours or weeks published", share(study["provider"], n))
    line("  provider gives none", share(study["provider_gives_none"], n))
    line("  unknown (not checked)", share(study["unknown"], n))
    zero = sum(1 for e in entries if e["hours"] == 0 or e["weeks"] == 0)
    line("  shown as 0 h", str(zero), zero == 0, "0")
    known_cost = sum(1 for e in entries if e["cost_min"] is not None)
    line("cost known (free counts)", share(known_cost, n))
    line("  a range with member/standard ends", str(sum(1 for e in entries if e["cost_min"] is not None
                                                        and e["cost_min"] != e["cost_max"])))
    line("  unknown, with the reason", str(n - known_cost))
    retired = [e for e in entries if e["retired"]]
    line("retired (kept, never recommended)", str(len(retired)))
    for e in retired:
        line(f"  {e['id']}", f"-> {e['successor'] or 'no successor'}")

    print("\nentries per occupation group (an entry may serve several)")
    per_group = Counter(o for e in entries for o in e["occupations"])
    for gid, group in groups.items():
        count = per_group.get(gid, 0)
        line(f"  {gid}", f"{count:4d}  {group['name']}", count >= TARGET_PER_GROUP, f">= {TARGET_PER_GROUP}")
    for facet in ("assessment", "accreditation", "level", "kind"):
        print(f"\nper {facet}")
        for value, count in Counter(e[facet] for e in entries).most_common():
            line(f"  {value}", str(count))
    recognised = [e for e in entries if e["recognition"]["postings"]]
    print(f"\nrecognition: {len(recognised)} entries named in at least one posting of the counted corpus; "
          f"{sum(1 for e in entries if e['recognition']['postings'] is None)} not measurable there")
    for e in sorted(recognised, key=lambda e: -e["recognition"]["postings"])[:10]:
        print(f"  {e['recognition']['postings']:3d}/{e['recognition']['of']}  {e['name']}")
    return ok


def print_open_entries(entries: list[dict]) -> None:
    """The entries that keep the two verification targets from being met, with the reason their basis gives."""
    open_entries = [e for e in entries if not (e["checked"] and e["source_url"]) or e["study_time"] == "unknown"]
    print(f"\nentries still open ({len(open_entries)}): C = checked, S = study time stated")
    for e in open_entries:
        flags = ("C" if e["checked"] else "-") + ("S" if e["study_time"] != "unknown" else "-")
        print(f"  {flags} {e['id']:<40} {e['basis'][:110]}")


def baseline(ref: str) -> None:
    """The same headline figures for the catalog at git revision ``ref`` (any schema it had)."""
    try:
        text = subprocess.run(["git", "show", f"{ref}:server/credstack/data/credentials.json"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        print(f"baseline {ref}: not available (no git or no such revision)")
        return
    old = json.loads(text)
    n = len(old)
    dated = sum(1 for e in old if e.get("checked"))
    timed = sum(1 for e in old if e.get("hours") or e.get("weeks"))
    stated = sum(1 for e in old if e.get("study_time") in ("provider", "provider_gives_none"))
    priced = sum(1 for e in old if e.get("cost_min") is not None)
    groups = Counter(o for e in old for o in e.get("occupations", []))
    print(f"baseline {ref}: {n} entries; a checked date on {share(dated, n)}; hours or weeks on {share(timed, n)}; "
          f"study time stated on {share(stated, n)}; cost on {share(priced, n)}; "
          f"{len(groups)} occupation groups tagged; {sum(1 for e in old if e.get('retired'))} retired\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recount", action="store_true", help="recount posting mentions from SkillSpan")
    parser.add_argument("--baseline", metavar="REF", help="print the catalog at this git revision first")
    parser.add_argument("--list", action="store_true", help="list the entries not checked or without a study time")
    parser.add_argument("--smoke", action="store_true", help="accepted for the test script; the report is fast")
    args = parser.parse_args(argv)
    if args.baseline:
        baseline(args.baseline)
    from credstack.credentials.catalog import load_occupations

    data = ROOT / "server" / "credstack" / "data" / "credentials.json"
    entries = json.loads(data.read_text("utf-8"))
    ok = report(entries, load_occupations())
    if args.list:
        print_open_entries(entries)
    if args.recount:
        reference = reference_dir()
        postings = skillspan_postings(reference) if reference else []
        if not postings:
            print("\nrecount skipped: the SkillSpan reference postings are not on this machine")
        else:
            counts = count_recognition(entries, postings)
            stale = [e["id"] for e in entries
                     if e["recognition"]["of"] is not None and e["recognition"]["postings"] != counts[e["id"]]]
            print(f"\nrecount over {len(postings)} postings: {sum(1 for c in counts.values() if c)} entries named; "
                  f"{len(stale)} stored figures differ{': ' + ', '.join(stale[:10]) if stale else ''}")
    print(f"\nsummary: {len(entries)} entries; targets {'all met' if ok else 'NOT all met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Real LinkedIn data exports (nobody here wrote them): is what the import suggests what the user holds?

    python bench/linkedin_import.py [--extract] [--verbose]

The exports are personal data of third parties and never committed. ``bench/linkedin/MANIFEST.tsv``
names each one (repository, commit, folder, local name); ``--extract`` packs the folder's
``Certifications.csv``, ``Skills.csv`` and ``Profile.csv`` out of fetched snapshots (bare git
directories under ``$CREDSTACK_MIRRORS``, default ``/work/.mirror/<owner>+<name>/repo``) into a zip,
as LinkedIn's "Get a copy of your data" gives them, under
``${XDG_CACHE_HOME:-~/.cache}/credstack-bench/linkedin/``. Without the cache the script says so in
one line and exits 0 (as in CI).

Each export's zip goes through the import the API runs (``profile.imports.linkedin_export``), and
each suggested certification through the one resolver the profile store, the gaps, the
recommendations and the tailored resume use (``credentials.held.resolve_certification``).
``bench/linkedin/labels.json`` holds the hand-written labels: which rows are catalog credentials
(and which entry); every other row is a course, module, exam-preparation course, job simulation or
platform badge, which must resolve to no catalog entry and no vocabulary certification. Figures:

- rows: certifications suggested / named rows of the CSV (read here with the csv module);
- dates: "Started On" / "Finished On" values read as a month / values given;
- ids and links kept: credential ids and http(s) links suggested / given;
- held, right: labelled credentials resolved to their entry; missed: resolved to none;
- held, false: rows labelled no credential that resolve to an entry or a vocabulary certification
  (a course the user would be told they hold the certification for), and rows given another entry;
- skills: skills suggested / distinct names of Skills.csv.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
HERE = ROOT / "bench" / "linkedin"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "credstack-bench" / "linkedin"
MIRRORS = Path(os.environ.get("CREDSTACK_MIRRORS") or "/work/.mirror")
FILES = ("Certifications.csv", "Skills.csv", "Profile.csv")


def manifest() -> list[dict]:
    lines = (HERE / "MANIFEST.tsv").read_text("utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def extract(rows: list[dict]) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    for row in rows:
        git = MIRRORS / row["repo"].replace("/", "+") / "repo"
        if not git.is_dir():
            print(f"  {row['name']}: no snapshot at {git} (fetch github:{row['repo']})")
            continue
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name in FILES:
                path = name if row["folder"] in ("", ".") else f"{row['folder']}/{name}"
                shown = subprocess.run(["git", f"--git-dir={git}", "show", f"{row['commit']}:{path}"],
                                       capture_output=True)
                if shown.returncode == 0:
                    archive.writestr(name, shown.stdout)
        (CACHE / f"{row['name']}.zip").write_bytes(buffer.getvalue())


def _fold(text: str) -> str:
    return " ".join(text.split())


def _given(value: str | None) -> bool:
    """A cell that holds something (a re-saved export writes "NA" in blank ones)."""
    return (value or "").strip().casefold() not in ("", "na", "n/a", "-", "none", "null")


def csv_rows(archive: zipfile.ZipFile, name: str) -> list[dict]:
    if name not in archive.namelist():
        return []
    text = archive.read(name).decode("utf-8-sig", "replace")
    return list(csv.DictReader(io.StringIO(text)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", action="store_true", help="pack the exports out of fetched snapshots first")
    parser.add_argument("--verbose", action="store_true", help="list every false or missed credential")
    parser.add_argument("--batch", type=int, default=None, help="one batch of the manifest only")
    args = parser.parse_args()
    rows = manifest()
    if args.extract:
        extract(rows)
    present = [r for r in rows if (CACHE / f"{r['name']}.zip").is_file()
               and (args.batch is None or int(r.get("batch") or 1) == args.batch)]
    if not present:
        print(f"linkedin import bench: no cached exports in {CACHE} (run with --extract beside fetched "
              "snapshots); skipped")
        return 0

    from credstack.credentials.held import resolve_certification
    from credstack.profile.imports import linkedin_export
    from credstack.profile.model import Certification
    from credstack.resources import Resources

    resources = Resources.load(tagger=False)
    labels = json.loads((HERE / "labels.json").read_text("utf-8"))
    totals = dict.fromkeys(("rows", "rows_given", "dates", "dates_given", "kept", "kept_given", "right", "credentials",
                            "false", "not_credentials", "wrong", "skills", "skills_given"), 0)
    print(f"{'export':14} {'rows':>9} {'dates':>9} {'ids+links':>9} {'held':>7} {'false':>7} {'skills':>9}")
    for row in present:
        label = labels.get(row["name"], {})
        credentials = {_fold(k): v for k, v in label.get("credentials", {}).items()}
        unscored = {_fold(k) for k in label.get("unscored", [])}
        with zipfile.ZipFile(CACHE / f"{row['name']}.zip") as archive:
            given = [r for r in csv_rows(archive, "Certifications.csv") if _fold(r.get("Name") or "")]
            skills_given = {_fold(r.get("Name") or "").casefold() for r in csv_rows(archive, "Skills.csv")} - {""}
            try:
                found = linkedin_export(archive)
            except Exception as error:  # noqa: BLE001 - a crash on a real export is a finding to print
                print(f"{row['name']:14} CRASHED: {type(error).__name__}: {error}")
                totals["crashed"] = totals.get("crashed", 0) + 1
                continue
        f = dict.fromkeys(totals, 0)
        f["rows"], f["rows_given"] = len(found.certifications), len(given)
        f["skills"], f["skills_given"] = len(found.skills), len(skills_given)
        by_name = {}
        for cert in found.certifications:
            by_name.setdefault(_fold(cert["name"]), cert)
        for source in given:
            name = _fold(source["Name"])
            cert = by_name.get(name)
            for column, key in (("Started On", "issued"), ("Finished On", "expires")):
                if _given(source.get(column)):
                    f["dates_given"] += 1
                    f["dates"] += bool(cert and cert.get(key))
            for column, key in (("License Number", "credential_id"), ("Url", "url")):
                value = (source.get(column) or "").strip()
                if _given(value) and (key != "url" or value.lower().startswith(("http://", "https://"))):
                    f["kept_given"] += 1
                    f["kept"] += bool(cert and cert.get(key))
            if cert is None or name in unscored:
                continue
            entry, vocabulary_name = resolve_certification(
                Certification(name=cert["name"], issuer=cert.get("issuer"), url=cert.get("url")), resources.catalog,
                resources.vocabulary)
            expected = credentials.get(name)
            if expected is None:
                f["not_credentials"] += 1
                if entry is not None or vocabulary_name is not None:
                    f["false"] += 1
                    if args.verbose:
                        print(f"    false: {name!r} ({cert.get('issuer')}) -> {entry.id if entry else None} / "
                              f"{vocabulary_name}")
            else:
                f["credentials"] += 1
                if entry is not None and entry.id == expected:
                    f["right"] += 1
                elif entry is not None:
                    f["wrong"] += 1
                    if args.verbose:
                        print(f"    wrong: {name!r} -> {entry.id} (labelled {expected})")
                elif args.verbose:
                    print(f"    missed: {name!r} (labelled {expected})")
        for key in totals:
            totals[key] += f[key]
        print(f"{row['name']:14} {f['rows']:>4}/{f['rows_given']:<4} {f['dates']:>4}/{f['dates_given']:<4} "
              f"{f['kept']:>4}/{f['kept_given']:<4} {f['right']:>3}/{f['credentials']:<3} "
              f"{f['false'] + f['wrong']:>3}/{f['not_credentials']:<3} {f['skills']:>4}/{f['skills_given']:<4}")
    t = totals
    print(f"\n{len(present)} exports: rows {t['rows']}/{t['rows_given']}, dates read {t['dates']}/{t['dates_given']}, "
          f"ids and links kept {t['kept']}/{t['kept_given']}, skills {t['skills']}/{t['skills_given']}")
    print(f"held credentials: right {t['right']}/{t['credentials']}, wrong entry {t['wrong']}; "
          f"false credentials {t['false']} of {t['not_credentials']} rows that are none; "
          f"exports the import failed on {t.get('crashed', 0)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

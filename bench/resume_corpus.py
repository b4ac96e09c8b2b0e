"""Tailoring on real public resumes: does it ever damage one?

Extracts the documents listed in ``bench/resumes/MANIFEST.tsv`` from fetched repository
snapshots into ``${XDG_CACHE_HOME:-~/.cache}/credstack-bench/resumes/``, tailors each with one
fixed profile and posting, and checks, against the hand-written ``bench/resumes/labels.json``:

- runs: a section is placed (``expect: tailor``), or a clear error naming the layout with a
  separate one-page section (``expect: refuse``), or the named error (``expect: error:<type>``);
- lines: every original paragraph's text is present as often as before and in the same relative
  order, except lines moved into the certifications section;
- place: the new heading comes after the labelled header block and before the labelled first
  section in reading order (body, tables, text boxes), in the first section's cell or table;
  when the resume has a certifications section, the new entries sit under its heading (beside it
  when it labels a table row, after the lines of the labels stacked above it in its cell);
- one: exactly one certifications heading (the label's text repeated in the original, as a grid's
  column header, not counted);
- pages: LibreOffice converts the result and it has at most one page more than the original, and
  its first page holds at least half the text of the original's first page (a one-page layout
  row moved whole to page 2 leaves page 1 holding only the name, within the extra page allowed).

    python bench/resume_corpus.py [--mirror DIR] [--no-pdf] [--keep-output]

The manifest's ``batch`` column says which collection a document came in (1: the corpus the
tailoring was built on, 2: documents collected later and labelled before the tool ever ran on them,
3 to 16: collected and labelled the same way after the fixes for the batch before);
the summary gives each batch its own figures, per check, so what was tuned on and what was not
are never mixed. ``--batch N`` runs one batch only.

Snapshots are looked for in ``--mirror`` (default ``$CREDSTACK_MIRROR`` or ``/work/.mirror``) as
``owner+name/repo``; without them and without a cache the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
CORPUS = ROOT / "bench" / "resumes"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
HEADING = "Professional Development & Certifications"
TODAY = date(2026, 11, 25)
PDF_CHUNK = 60  # files per LibreOffice run
FIRST_PAGE_SHARE = 0.5  # of the original first page's text, at least, on the tailored first page


def cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "credstack-bench" / "resumes"


def extract(mirror: Path, cache: Path) -> list[dict]:
    """The manifest rows whose document is in the cache (extracted from a snapshot when needed)."""
    cache.mkdir(parents=True, exist_ok=True)
    rows = []
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            target = cache / row["local_name"]
            if not target.exists():
                repo = mirror / row["repo"].replace("/", "+") / "repo"
                git_dir = repo / ".git" if (repo / ".git").is_dir() else repo
                if git_dir.is_dir():
                    out = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
                                         capture_output=True)
                    if out.returncode == 0 and out.stdout:
                        target.write_bytes(out.stdout)
            if target.exists():
                rows.append(row)
    return rows


# ---- reading order, independent of the tool under test -------------------------------------

def _own_text(p) -> str:
    """The paragraph's own text (not its text boxes'), with a line break where Word breaks a line."""
    parts = []
    for t in p.iter(W + "t", W + "br", W + "cr"):
        anc, inside = t.getparent(), False
        while anc is not None and anc is not p:
            if anc.tag in (W + "txbxContent", MC + "Fallback"):
                inside = True
                break
            anc = anc.getparent()
        if not inside:
            if t.tag == W + "t":
                parts.append(t.text or "")
            elif t.get(W + "type") in (None, "textWrapping"):
                parts.append("\n")
    return "".join(parts)


def reading_order(data: bytes) -> list[tuple[str, str]]:
    """(container path, text) of every paragraph of the main document: body, table cells
    (row by row), text boxes (skipping the VML fallback copies), in document order."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    out: list[tuple[str, str]] = []

    def walk(el, path):
        for ch in el:
            if ch.tag == W + "p":
                for line in _own_text(ch).split("\n"):  # each line a person sees is checked
                    out.append((path, line.strip()))
                for box in ch.iter(W + "txbxContent"):
                    anc, fallback = box.getparent(), False
                    while anc is not None and anc is not ch:
                        fallback = fallback or anc.tag == MC + "Fallback"
                        anc = anc.getparent()
                    if not fallback:
                        walk(box, path + "/box")
            elif ch.tag == W + "tbl":
                tid = f"{path}/t{id(ch)}"
                for ri, tr in enumerate(ch.findall(W + "tr")):
                    for ci, tc in enumerate(tr.findall(W + "tc")):
                        walk(tc, f"{tid}/r{ri}c{ci}")
            elif ch.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"):
                walk(ch, path)

    walk(root.find(W + "body"), "")
    return out


def _visible(text: str) -> str:
    """Without private-use characters (symbol-font icons a text dump does not show)."""
    return re.sub("[\ue000-\uf8ff]", "", text).strip()


def _find(lines: list[str], label: str | None, start: int = 0) -> int | None:
    if label is None:
        return None
    want = _visible(label.strip())
    if want.startswith("sha256:"):  # a label holding personal details is stored as the line's digest
        digest = want.split(":", 1)[1]
        return next((i for i in range(start, len(lines))
                     if hashlib.sha256(_visible(lines[i]).encode()).hexdigest().startswith(digest)), None)
    for i in range(start, len(lines)):
        line = _visible(lines[i])
        rest = line[len(want):] if line.startswith(want) else None
        if rest is not None and (not rest.strip(" _-=–—.") or len(want) >= 40):
            return i  # the whole line, a heading ruled with underscores, or a long line's start
    return None


def subsequence_kept(before: list[str], after: list[str], moved: set[str]) -> list[str]:
    """Lines of ``before`` missing from ``after`` (in order, as often as before), ``moved`` aside."""
    rest = [t for t in after if t not in moved]
    missing, j = [], 0
    for line in before:
        if line in moved:
            continue
        k = j
        while k < len(rest) and rest[k] != line:
            k += 1
        if k == len(rest):
            missing.append(line)
        else:
            j = k + 1
    for line in moved:
        if sum(t == line for t in after) < sum(t == line for t in before):
            missing.append(line)
    return missing


# ---- the run ---------------------------------------------------------------------------------

def fixture():
    from credstack.analysis import Analysis
    from credstack.postings.model import Posting
    from credstack.profile.model import Certification, Profile, ProfileSkill
    from credstack.skills.model import Requirement, SkillKind, SkillMention

    def mention(name, kind=SkillKind.TOOL, req=Requirement.REQUIRED):
        return SkillMention(name=name, kind=kind, category="x", requirement=req, mentions=[name])

    analysis = Analysis(posting=Posting(title="Data Engineer", company="Acme"), skills=[
        mention("SQL"), mention("Python"), mention("Kubernetes"), mention("Tableau", req=Requirement.PREFERRED),
        mention("Apache Airflow")])
    profile = Profile(name="Test Person", skills=[ProfileSkill(s) for s in ("SQL", "Python", "Kubernetes",
                                                                            "Tableau", "Apache Airflow")],
                      certifications=[
                          Certification("Google Data Analytics Professional Certificate", issuer="Google",
                                        issued="2023-04", credential_id="GDA-1", url="https://example.org/verify/GDA-1"),
                          Certification("Certified Kubernetes Administrator", issuer="The Linux Foundation",
                                        issued="2024-06", expires="2027-06"),
                          Certification("CompTIA Security+", issuer="CompTIA", issued="2019-03", expires="2022-03"),
                          Certification("ServSafe Food Protection Manager Certification",
                                        issuer="National Restaurant Association", issued="2019-05")])
    return analysis, profile


def tailor_one(data: bytes, analysis, profile):
    """(tailored bytes or None, changes dict or None, error type or None, separate section bytes)."""
    from credstack import resume
    from credstack.credentials.catalog import load_catalog
    from credstack.exceptions import CredstackError
    from credstack.skills.vocabulary import load_vocabulary

    known = {"catalog": load_catalog(), "vocabulary": load_vocabulary()}
    try:
        if hasattr(resume, "tailor_document"):
            result = resume.tailor_document(data, analysis, profile, today=TODAY, **known)
            return result.data, result.changes.to_dict(), None, None
        return resume.tailor_resume(data, analysis, profile, today=TODAY, **known), None, None, None
    except CredstackError as exc:
        return None, None, exc.error_type, getattr(exc, "section_docx", None)


def page_counts(files: list[Path], workdir: Path) -> dict[str, tuple[int | None, int | None]]:
    """(pages, characters of text on page 1 but spaces) of each .docx once LibreOffice has
    converted it (one soffice run per chunk of files)."""
    if not files or shutil.which("soffice") is None:
        return {}
    profile = workdir / "lo-profile"
    for start in range(0, len(files), PDF_CHUNK):  # one soffice run left the last files of a long list unconverted
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(workdir / "pdf"), *map(str, files[start:start + PDF_CHUNK])],
                       capture_output=True, timeout=1200)
    counts = {}
    for f in files:
        pdf = workdir / "pdf" / (f.stem + ".pdf")
        pages = first = None
        if pdf.exists():
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            m = re.search(r"^Pages:\s+(\d+)", info, re.M)
            pages = int(m.group(1)) if m else None
            text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                                  text=True, errors="replace")
            first = len(re.sub(r"\s", "", text.stdout)) if text.returncode == 0 else None
        counts[f.name] = (pages, first)
    return counts


def check(name: str, label: dict, original: bytes, tailored: bytes | None, changes: dict | None,
          error: str | None, section: bytes | None) -> dict[str, str]:
    """Check name -> "ok" or what went wrong."""
    res: dict[str, str] = {}
    expect = label["expect"]
    if expect.startswith("error:"):
        res["runs"] = "ok" if error == expect.split(":", 1)[1] else f"got {error or 'a tailored document'}"
        return res
    if expect == "refuse":
        if error is None:
            res["runs"] = "placed a section in a layout labelled unsafe"
        elif not section:
            res["runs"] = f"error {error} without a separate section"
        else:
            res["runs"] = "ok"
        return res
    if error is not None or tailored is None:
        res["runs"] = f"error {error}"
        return res
    res["runs"] = "ok"
    before = [t for _, t in reading_order(original) if t]
    after_paths = [(p, t) for p, t in reading_order(tailored) if t]
    after = [t for _, t in after_paths]
    heading = (changes or {}).get("heading") or HEADING
    cert_label = label.get("certs")
    moved = set()
    if cert_label is not None:  # lines of the old section may move with it
        i = _find(before, cert_label)
        j = _find(before, label.get("certs_end"), i or 0) if i is not None else None
        if i is not None:
            moved.update(before[i:(j if j is not None else i) + 1])
    added = [t for t in after if t not in before]
    missing = subsequence_kept(before, after, moved)
    res["lines"] = "ok" if not missing else f"{len(missing)} lost or reordered: {missing[0][:50]!r}"
    headings = [t for t in after if t.casefold() in (heading.casefold(), HEADING.casefold())
                or (cert_label is not None and t == cert_label.strip())]
    # the label's text met again in the original (a grid's column header "자격증" under the heading
    # "자격증") is no second heading
    repeats = max(0, sum(t == cert_label.strip() for t in before) - 1) if cert_label is not None else 0
    res["one"] = "ok" if len(headings) - repeats == 1 else f"{len(headings) - repeats} certifications headings"
    if changes is not None and not changes.get("changed"):
        res["place"] = "ok" if not added else "unchanged but lines added"
        return res
    if cert_label is not None:
        h = _find(after, cert_label)
        entry = next((i for i, t in enumerate(after) if t in added and not t.casefold() == heading.casefold()), None)
        res["place"] = ("ok" if h is not None and entry is not None and h < entry
                        else f"entries not under {cert_label!r}")
        if res["place"] == "ok" and "/r" in after_paths[h][0] and after_paths[entry][0] == after_paths[h][0]:
            # a heading labelling a table row: its section's lines are in the cell beside it, and so
            # must the new entries be (not squeezed into the label's cell)
            i = _find(before, cert_label)
            own = [t for t in before[i + 1:i + 4] if t in moved]
            k = next((k for k in range(h + 1, len(after)) if own and after[k] == own[0]), None)
            if k is not None and not after_paths[k][0].startswith(after_paths[h][0]):
                res["place"] = "entries in the heading's label cell, not beside it with its section"
        if res["place"] == "ok" and "/r" in after_paths[h][0] and after_paths[entry][0] != after_paths[h][0]:
            # the last of several labels stacked in one cell ("ESTUDIOS ACTUALES", "CURSOS"): its lines
            # are the last of the cell beside it, and entries above them would sit beside another label
            cell, content = after_paths[h][0], after_paths[entry][0]
            above = [t for p, t in after_paths[:h] if p == cell and sum(c.isalpha() for c in t) >= 2]
            theirs = [i for i, (p, t) in enumerate(after_paths) if p == content and t not in added]
            if above and theirs and entry < theirs[-1]:
                res["place"] = "entries beside the first label stacked in the heading's cell, not after its lines"
        return res
    new = next((i for i, t in enumerate(after) if t.casefold() == heading.casefold() and t not in before), None)
    if new is None:
        res["place"] = "no new heading"
        return res
    end = _find(after, label.get("header_end"))
    first = _find(after, label.get("first_section"))
    name_i = _find(after, label.get("name"))
    problems = [f"labelled {key} not found" for key, found in (("header_end", end), ("first_section", first),
                                                               ("name", name_i)) if label.get(key) and found is None]
    if end is not None and new < end:
        problems.append("inside the header block")
    if name_i is not None and new < name_i:
        problems.append("above the name")
    if first is not None:
        if new > first:
            problems.append("after the first section")
        else:
            new_path, first_path = after_paths[new][0], after_paths[first][0]
            def shape(path):  # the same cell of a table at the same place (a copied heading bar)
                return re.sub(r"/t\d+", "/t", path)

            same_table = new_path.rsplit("/r", 1)[0] == first_path.rsplit("/r", 1)[0] or shape(new_path) == shape(
                first_path)
            if not (new_path == first_path or same_table or first_path.startswith(new_path)):
                problems.append(f"in another container ({new_path or 'body'} vs {first_path or 'body'})")
    entry = next((i for i, t in enumerate(after) if t in added and i != new), None)
    if entry is not None and entry < new:
        problems.append("entries before the heading (in another cell)")
    res["place"] = "ok" if not problems else ", ".join(problems)
    return res


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", default=os.environ.get("CREDSTACK_MIRROR", "/work/.mirror"))
    parser.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice page check")
    parser.add_argument("--keep-output", help="write each tailored .docx (and separate section) here")
    parser.add_argument("--batch", help="only the documents of this batch (the manifest's batch column)")
    args = parser.parse_args()
    cache = cache_dir()
    rows = extract(Path(args.mirror), cache)
    if args.batch:
        rows = [row for row in rows if (row.get("batch") or "1") == args.batch]
    if not rows:
        print(f"resume corpus: no documents in {cache} and no snapshots in {args.mirror}; skipped")
        return 0
    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
    analysis, profile = fixture()
    outdir = Path(args.keep_output) if args.keep_output else Path(tempfile.mkdtemp(prefix="credstack-corpus-"))
    outdir.mkdir(parents=True, exist_ok=True)
    results, to_convert = {}, []
    for row in rows:
        name = row["local_name"]
        label = labels[name]
        original = (cache / name).read_bytes()
        tailored, changes, error, section = tailor_one(original, analysis, profile)
        results[name] = (label, check(name, label, original, tailored, changes, error, section), changes,
                         row.get("batch") or "1")
        stem = Path(name).stem
        if tailored is not None:
            (outdir / f"{stem}.before.docx").write_bytes(original)
            (outdir / f"{stem}.after.docx").write_bytes(tailored)
            to_convert += [outdir / f"{stem}.before.docx", outdir / f"{stem}.after.docx"]
        elif section:
            (outdir / f"{stem}.section.docx").write_bytes(section)
            to_convert.append(outdir / f"{stem}.section.docx")
    pages = {} if args.no_pdf else page_counts(to_convert, outdir)
    passed = 0
    print(f"{'document':36} {'expect':18} runs lines place one pages  notes")
    for name, (label, res, _changes, _batch) in results.items():
        stem = Path(name).stem
        if pages:
            if f"{stem}.after.docx" in pages:
                (b, first_b), (a, first_a) = (pages.get(f"{stem}.before.docx", (None, None)),
                                              pages.get(f"{stem}.after.docx", (None, None)))
                res["pages"] = "ok" if a is not None and b is not None and a - b <= 1 else f"{b} -> {a}"
                if res["pages"] == "ok" and first_b and first_a is not None and first_a < FIRST_PAGE_SHARE * first_b:
                    res["pages"] = f"page 1 holds {first_a} characters, the original's {first_b}"
                res["_pages"] = f"{b}->{a}"
            elif f"{stem}.section.docx" in pages:
                s = pages.get(f"{stem}.section.docx", (None, None))[0]
                res["pages"] = "ok" if s == 1 else f"separate section has {s} pages"
                res["_pages"] = f"sec {s}"
        ok = all(v == "ok" for k, v in res.items() if not k.startswith("_"))
        passed += ok
        marks = " ".join(("ok" if res.get(k) == "ok" else ("-" if k not in res else "NO")).ljust(w)
                         for k, w in (("runs", 4), ("lines", 5), ("place", 5), ("one", 3)))
        notes = "; ".join(f"{k}: {v}" for k, v in res.items() if v != "ok" and not k.startswith("_"))
        print(f"{stem:36} {label['expect']:18} {marks} {res.get('_pages', '-'):6} {notes}")
    total = len(results)
    for batch in sorted({b for *_, b in results.values()}):
        mine = [res for _label, res, _changes, b in results.values() if b == batch]
        ok = sum(all(v == "ok" for k, v in res.items() if not k.startswith("_")) for res in mine)
        per_check = ", ".join(f"{k} {sum(r.get(k) == 'ok' for r in mine)}/{sum(k in r for r in mine)}"
                              for k in ("runs", "lines", "place", "one", "pages") if any(k in r for r in mine))
        print(f"batch {batch}: {ok}/{len(mine)} documents pass every check; per check: {per_check}")
    print(f"resume corpus: {passed}/{total} documents pass every check ({100 * passed / total:.0f}%)"
          f"{'' if pages else ' (page check skipped)'}; outputs in {outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Skill extraction on REAL non-tech job postings (nursing, trades, finance, marketing, logistics)
written by employers, labelled by hand in SkillSpan's scheme: per occupation, the full extractor
(vocabulary + span tagger) beside the vocabulary alone, in the same run.

    python bench/nontech_real.py --extract [--mirror DIR]   # snapshots -> cache, once
    python bench/nontech_real.py [--split held|held-old|held-new|held-occ|held-occ2|...|held-lang|held-lang2|
                                          held-lang3|held-lang4|train|all] [--show]
    python bench/nontech_real.py --jsonl OUT.json --split train|train-tech|train-occ|train-occ2|train-occ3|train-occ4|
                                                          held

Batches listed in ``TRAIN_BATCHES`` (tech and knowledge-work postings labelled to train the span
tagger) are training data only: in ``train-tech`` and ``all``, in no held-out split, and written by
``--jsonl --split train-tech`` whatever their occupation. ``train`` stays the first batch's half, the
real postings the shipped tagger was trained on (its manifest's ``reproduce`` line): adding the
training batches did not raise the whole extractor's F1 on held-out SkillSpan train postings, so
the shipped tagger does not use them (README, batch 11).

``train-occ`` is the English postings of the batches of new occupations listed in
``TAGGER_OCCUPATION_SPLITS`` (``held-occ`` to ``held-occ6``): their misses had already driven rule
fixes, so they were no longer independent figures, and the shipped tagger now learns from them
(``--jsonl --split train-occ``; their splits still score, as training-data figures).
``train-occ2`` is the batches labelled as non-tech training data (``OCC_TRAIN_BATCHES``).
``train-occ3`` (stop 43) is those and the later batches of new occupations whose misses were
studied too (``TAGGER_OCCUPATION_SPLITS3``: ``held-occ7`` to ``held-occ39``); ``train-occ4`` (since
stop 51, which the shipped tagger also learns from) adds ``held-occ40`` to ``held-occ60``
(``TAGGER_OCCUPATION_SPLITS4``). The never-looked-at batches (``NEVER_LOOKED_SPLITS``), ``held``, the
batches from ``held-occ61`` on and the other languages are never written by ``--jsonl``.

The postings are third-party text and never committed. ``bench/nontech_real/MANIFEST.tsv`` names
each one (repository, commit, path, locator inside the file, local name, occupation, sha256 of the
plain text); ``--extract`` reads the fetched snapshots (``/work/.mirror`` or ``--mirror``), turns
each posting into plain text deterministically (below) and writes it into
``${XDG_CACHE_HOME:-~/.cache}/credstack-bench/nontech_real/``. A text whose sha256 differs from
the manifest's is reported and left out (its labels' offsets would be wrong). Without the cache
the script says so in one line and exits 0.

Labels (``labels.json``): per local name, gold spans ``{"label": "K"|"S", "text", "start"}`` with
``start`` a character offset into the plain text; the labelling rules are in
``bench/nontech_real/README.md``. The metric is the one of ``bench/nontech_bench.py`` (SkillSpan's
loose match: recall over knowledge spans, precision over every predicted mention); the
predictions are what ``credstack analyze`` reads (employer filter, title, backgrounds included).
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import html
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import tally_tagger_off_on  # noqa: E402

from credstack.skills.span_eval import prf  # noqa: E402
from credstack.skills.tagger import words_of  # noqa: E402

CORPUS = HERE / "nontech_real"
MANIFEST = CORPUS / "MANIFEST.tsv"
LABELS = CORPUS / "labels.json"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "credstack-bench" / "nontech_real"
MIRRORS = Path(os.environ.get("CREDSTACK_MIRRORS", "/work/.mirror"))

TRAIN_BATCHES = {10, 11}
"""Manifest batches labelled as training data for the span tagger (tech and knowledge-work
postings): in split ``train-tech`` (and ``all``) only, never held out, and written by ``--jsonl``
though their occupations are not the first batch's."""

OCC_TRAIN_BATCHES = {16, 17}
"""Manifest batches of non-tech postings labelled as training data for the span tagger: in split
``train-occ2`` (and ``all``) only, never held out, whatever their occupations. Adding them to the
shipped recipe (once or twice) lowered the whole extractor on the held-out batches of new
occupations it was chosen on (held-occ7 0.794 -> 0.774 / 0.770, held-occ8 0.806 -> 0.769 / 0.767)
and on SkillSpan dev (0.815 -> 0.808 / 0.810), so the stop 24 tagger did not use them (README); since
stop 43 they are in ``train-occ3`` with 437 postings of the studied held-occ batches, which helped."""

TAGGER_OCCUPATION_SPLITS = ("held-occ", "held-occ2", "held-occ3", "held-occ4", "held-occ5", "held-occ6")
"""Splits of new occupations the shipped tagger trains on (``--jsonl --split train-occ``): each was
scored on its first run, then its misses drove fixes (README); a later split stays held out.
Adding held-occ7, held-occ8 and held-occ11 alone (48 postings, 24 occupations, given twice) did not
help occupations never trained on enough to ship (since stop 43 they are in ``train-occ3``, with 470
more): whole extractor F1 held-occ9 / held-occ10 / held / SkillSpan dev,
shipped 0.634 / 0.617 / 0.828 / 0.817; with them (seed 17) 0.641 / 0.625 /
0.823 / 0.817, seed 18 0.637 / 0.614 / 0.827 / 0.821; with train-occ2 once more 0.658 / 0.602 /
0.825 / 0.813 (same session): so they stay out."""

NEVER_LOOKED_SPLITS = ("held-occ9", "held-occ10", "held-occ12", "held-occ13", "held-occ18")
"""Batches of new occupations whose misses were never studied (figures only): they never train."""

TAGGER_OCCUPATION_SPLITS3 = tuple(f"held-occ{i}" for i in range(7, 40) if f"held-occ{i}" not in NEVER_LOOKED_SPLITS)
"""Splits of new occupations the shipped tagger also learns from since stop 43 (``--jsonl --split train-occ3``,
with the training batches of ``OCC_TRAIN_BATCHES``): every batch of new occupations whose misses had
already driven fixes, up to the forty-ninth. The never-looked-at ones, ``held``, the batches after
(``held-occ40`` on) and the other languages stay held out: they measure the tagger on work it never
learnt (stop 43's tagger; since stop 51 ``TAGGER_OCCUPATION_SPLITS4``)."""

TAGGER_OCCUPATION_SPLITS4 = TAGGER_OCCUPATION_SPLITS3 + tuple(f"held-occ{i}" for i in range(40, 61))
"""Splits of new occupations the shipped tagger learns from since stop 51 (``--jsonl --split train-occ4``, with
the training batches of ``OCC_TRAIN_BATCHES``): those of ``TAGGER_OCCUPATION_SPLITS3`` and the studied batches
after them up to the seventieth (``held-occ60``). The never-looked-at ones, ``held``, the batches from
``held-occ61`` on and the other languages stay held out."""


def learnt_splits(split: str) -> tuple[str, ...] | None:
    """The held-occ splits the training split ``split`` of studied batches holds (``train-occ3`` and ``train-occ4``
    also hold ``OCC_TRAIN_BATCHES``, as ``train-occ2`` does); None for any other split."""
    return {"train-occ": TAGGER_OCCUPATION_SPLITS, "train-occ3": TAGGER_OCCUPATION_SPLITS3,
            "train-occ4": TAGGER_OCCUPATION_SPLITS4}.get(split)


_BREAK = re.compile(r"<\s*br\s*/?\s*>|<\s*/?\s*(?:p|div|h[1-6]|ul|ol|tr|table|section)\b[^>]*>", re.IGNORECASE)
_ITEM = re.compile(r"<\s*li\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def manifest() -> list[dict]:
    lines = MANIFEST.read_text("utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def tidy(text: str) -> str:
    """One line per line, spaces folded, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_text(markup: str) -> str:
    """Plain text of a posting's HTML description (escaped once more in some JSON-LD feeds)."""
    markup = html.unescape(markup) if "&lt;" in markup else markup
    markup = _ITEM.sub("\n\u2022 ", _BREAK.sub("\n", markup))
    return tidy(html.unescape(_TAG.sub("", markup)))


NYC_SECTIONS = ("Job Description", "Minimum Qual Requirements", "Preferred Skills", "Additional Information")
_MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u203a\u20ac\u2122]+")


def unmangled(text: str) -> str:
    """UTF-8 text that was once read as Windows-1252 and saved again ("â€¢" for "•"), put back: the
    whole text where it converts, else each such run of characters alone (a text may mix both). The
    bytes Windows-1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) came through as the same code points."""
    def back(run: str) -> str:
        raw = bytes(ord(ch) if 0x80 <= ord(ch) <= 0x9f else ch.encode("cp1252")[0] for ch in run)
        return raw.decode("utf-8")
    try:
        return back(text)
    except (UnicodeError, ValueError):
        def one(found: re.Match) -> str:
            try:
                return back(found.group())
            except (UnicodeError, ValueError):
                return found.group()
        return _MOJIBAKE.sub(one, text)


def posting_text(data: bytes, locator: str) -> str:
    """The plain text of the posting ``locator`` names inside a file: ``csv:COLUMN=VALUE`` (a row
    of a CSV with ``title`` and ``description`` columns, or ``Title`` and ``FullDescription`` as in
    the Adzuna UK dump, or NYC Jobs' ``Business Title`` and its four text columns, each under its
    column's name as a heading, their characters mangled once by Windows-1252 put back), ``jsonld``
    (a JobPosting object), ``json:KEY=VALUE`` (the object of a JSON array whose KEY is VALUE, with
    ``title``/``titulo``/``job_title`` and ``description``/``detalle``/``job_description``, as a scraped job
    board's dump),
    ``jsonpath:TITLE;BODY`` (one JSON object per file, its title and HTML body at dotted key paths,
    as a job board's saved API answer), ``markdown`` (the whole file, a saved README or a site's
    content file), ``html`` (the whole file, a site's page of one offer) or ``jsarray:KEY=VALUE`` (the
    object of a script's array literal whose KEY is VALUE, with ``titulo``/``title`` and
    ``descricao``/``description``). A CSV's description column may also be named ``body``."""
    if locator.startswith("csv:"):
        column, value = locator[4:].split("=", 1)
        csv.field_size_limit(1 << 30)
        for row in csv.DictReader(io.StringIO(data.decode("utf-8", errors="replace"), newline="")):
            if row.get(column) == value:
                if "Business Title" in row:  # NYC Jobs: the site's sections, one column each
                    sections = [f"{heading}\n{unmangled(row[heading])}" for heading in NYC_SECTIONS
                                if (row.get(heading) or "").strip()]
                    return tidy("\n\n".join([row["Business Title"].strip(), *sections]))
                title = next(row[c] for c in ("title", "Title") if c in row)
                body = next(row[c] for c in ("description", "FullDescription", "body") if c in row)
                return tidy(f"{title.strip()}\n\n{body}")
        raise KeyError(locator)
    if locator == "jsonld":
        obj = json.loads(data.decode("utf-8", errors="replace"))
        return tidy(f"{html.unescape(obj['title']).strip()}\n\n{html_text(obj['description'])}")
    if locator.startswith("json:"):
        key, value = locator[5:].split("=", 1)
        for obj in json.loads(data.decode("utf-8", errors="replace"), parse_constant=lambda _: None):
            if str(obj.get(key)) == value:
                title = obj.get("title") or obj.get("titulo") or obj.get("job_title") or ""
                body = obj.get("description") or obj.get("detalle") or obj.get("job_description") or ""
                return tidy(f"{html.unescape(title).strip()}\n\n{html_text(body)}")
        raise KeyError(locator)
    if locator.startswith("jsonpath:"):
        obj = json.loads(data.decode("utf-8-sig", errors="replace"))
        title, body = (dotted(obj, path) or "" for path in locator[9:].split(";", 1))
        return tidy(f"{html.unescape(title).strip()}\n\n{html_text(body)}")
    if locator == "markdown":
        return markdown_text(data.decode("utf-8", errors="replace"))
    if locator == "html":
        return html_text(data.decode("utf-8", errors="replace"))
    if locator.startswith("jsarray:"):
        key, value = locator[8:].split("=", 1)
        for obj in js_array(data.decode("utf-8", errors="replace")):
            if str(obj.get(key)) == value:
                title = obj.get("titulo") or obj.get("title") or ""
                body = obj.get("descricao") or obj.get("description") or ""
                return tidy(f"{title.strip()}\n\n{body}")
        raise KeyError(locator)
    raise ValueError(f"unknown locator {locator!r}")


def js_array(source: str) -> list[dict]:
    """The objects of the first array a script assigns (``$.vagas = [{...}, ...];``, a site's job list
    kept as a JavaScript literal): its keys quoted as in JSON, trailing commas allowed."""
    start = source.index("[", source.index("="))
    body = source[start:source.rindex("]") + 1]
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", body))


def dotted(obj, path: str):
    """The value at a dotted path of keys inside nested JSON objects (None where a key is missing)."""
    for key in path.split("."):
        obj = obj.get(key) if isinstance(obj, dict) else None
    return obj


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s*", re.MULTILINE)
_MD_ITEM = re.compile(r"^\s*[*+-]\s+(?=\S)", re.MULTILINE)
_MD_BREAK = re.compile(r"\\$", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_EMPHASIS = re.compile(r"\*\*|__|`|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)")


def markdown_text(text: str) -> str:
    """Plain text of a Markdown posting (a job board's saved README, a site's content file): its
    front matter's title first, links to their words, list items as bullets, no emphasis marks or escapes."""
    text = text.replace("\r\n", "\n")
    front = _FRONT_MATTER.match(text)
    title = ""
    if front:
        found = re.search(r"^title:\s*(.*(?:\n[ \t]+.*)*)", front.group(1), re.MULTILINE)
        title = " ".join(found.group(1).split()).strip("\"'") if found else ""
        text = text[front.end():]
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_ITEM.sub("\u2022 ", text)
    text = _MD_ESCAPE.sub(r"\1", _MD_EMPHASIS.sub("", _MD_BREAK.sub("", text)))
    return tidy(f"{title}\n\n{text}" if title else text)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract(mirrors: Path = MIRRORS) -> tuple[int, list[str]]:
    """Write each posting's plain text into the cache; (how many written, names that drifted)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    blobs: dict[tuple[str, str, str], bytes | None] = {}
    written, drifted = 0, []
    for row in manifest():
        key = (row["repo"], row["commit"], row["path"])
        if key not in blobs:
            git_dir = mirrors / row["repo"].replace("/", "+") / "repo"
            if (git_dir / ".git").is_dir():  # some snapshots arrive as a work tree
                git_dir = git_dir / ".git"
            try:
                blobs[key] = subprocess.run(
                    ["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
                    check=True, capture_output=True).stdout
            except (subprocess.CalledProcessError, FileNotFoundError):
                blobs[key] = None
        if blobs[key] is None:
            continue
        text = posting_text(blobs[key], row["locator"])
        if row.get("sha256") and sha256(text) != row["sha256"]:
            drifted.append(row["local-name"])
            continue
        (CACHE / f"{row['local-name']}.txt").write_text(text, encoding="utf-8")
        if row["locator"] == "html":  # the page as the extension sends it, read by the analysis (``load``)
            (CACHE / f"{row['local-name']}.html").write_bytes(blobs[key])
        written += 1
    return written, drifted


def in_split(name: str, rows: list[dict], split: str) -> bool:
    """Postings of the first batch: half of each occupation trains, half is held out (the batch's
    names of an occupation sorted, and every other one, the 1st, 3rd, ..., is training data).
    Postings of a later batch (manifest column ``batch`` above 1) are held out, always: they were
    added after the tagger was trained, to measure it. ``held`` is both held-out sets together,
    ``held-old`` the first batch's half, ``held-new`` the later batches. A posting of an occupation
    the first batch does not have (teacher, chef, paralegal, ...) is in ``held-occ`` only, or
    ``held-occ2`` when the next batch of new occupations brought it (the fourth), ``held-occ3``
    the one after (the seventh), and so on, one split for each batch that brought new occupations, in
    batch order (``occupation_split``; ``split_choices`` lists them from the manifest; and ``all``):
    it measures
    how the extractor does on work it has never seen, so it never trains and leaves the figures of the
    five first occupations as they were. A posting of a training batch (``TRAIN_BATCHES``: tech and
    knowledge-work postings labelled for the tagger) is in ``train-tech`` only, whatever its occupation,
    and held-occ numbering does not count its batch."""
    if split == "all":
        return True
    row = _facts(rows).by_name[name]
    if int(row.get("batch") or 1) in OCC_TRAIN_BATCHES:
        return split in ("train-occ2", "train-occ3", "train-occ4")  # labelled to train the tagger: never held out
    if split == "train-occ2":
        return False
    if (learnt := learnt_splits(split)) is not None:
        return any(in_split(name, rows, held) for held in learnt)
    if is_training_batch(row):
        return split == "train-tech"  # labelled to train the tagger: never a held-out figure
    if split == "train-tech":
        return False
    if row["occupation"] not in first_occupations(rows) and int(row.get("batch") or 1) in occupation_batches(rows):
        return split == occupation_split(row, rows)  # a batch of new occupations, whatever each posting's language
    if language_of_row(row) != "en" or split.startswith("held-lang"):
        return language_of_row(row) != "en" and split == language_split(row, rows)
    if split.startswith("held-occ") or row["occupation"] not in first_occupations(rows):
        return split == occupation_split(row, rows) and row["occupation"] not in first_occupations(rows)
    batch = int(row.get("batch") or 1)
    if batch > 1:
        return split in ("held", "held-new")
    if split == "held-new":
        return False
    peers = _facts(rows).first_batch_peers[row["occupation"]]
    return (peers.index(name) % 2 == 0) == (split == "train")


def is_training_batch(row: dict) -> bool:
    """Whether the posting's batch was labelled as training data (``TRAIN_BATCHES``,
    ``OCC_TRAIN_BATCHES``)."""
    return int(row.get("batch") or 1) in TRAIN_BATCHES | OCC_TRAIN_BATCHES


def never_trains(row: dict, rows: list[dict], split: str = "") -> bool:
    """Whether ``--jsonl`` leaves the posting out of ``split``: a posting in another language (the
    tagger reads English alone) or of an occupation the first batch lacks (it measures work the
    tagger has never seen), unless its batch is a training batch, whose occupations are there to be
    learnt, or ``split`` is ``train-occ`` (the held-occ splits the tagger learns from)."""
    if language_of_row(row) != "en":
        return True
    if split == "train-occ2" or learnt_splits(split) is not None:
        return False
    return row["occupation"] not in first_occupations(rows) and not is_training_batch(row)


def language_of_row(row: dict) -> str:
    """The language a posting is written in (manifest column ``language``; English when absent).
    A posting in another language is held out as ``held-lang`` only (and ``all``): the span tagger
    reads English alone, so such a posting never trains it and leaves the English figures as they
    were."""
    return row.get("language") or "en"


def language_split(row: dict, rows: list[dict] | None = None) -> str:
    """The held-out split of a posting in another language: ``held-lang`` for the fifth batch (the
    first in other languages), ``held-lang2`` for the sixth, ``held-lang3`` for the next batch of
    postings in other languages alone (the thirtieth), and so on, so that a batch whose misses
    were never looked at keeps an independent figure of its own. The batches counted are those
    holding postings in other languages and no posting of a batch of new occupations (without
    ``rows``, the fifth and sixth batch alone are known)."""
    batch = int(row.get("batch") or 1)
    if rows is None:
        return "held-lang" if batch <= 5 else f"held-lang{batch - 4}"
    return numbered_split("held-lang", batch, language_batches(rows))


def numbered_split(name: str, batch: int, batches: list[int]) -> str:
    """``name`` for the first of ``batches``, ``name2`` for the second, and so on (the first when
    ``batch`` is none of them)."""
    rank = batches.index(batch) if batch in batches else 0
    return name if rank == 0 else f"{name}{rank + 1}"


def split_choices(rows: list[dict]) -> list[str]:
    """Every split ``--split`` takes: the fixed ones, then one ``held-occ`` split for each batch of
    new occupations in ``rows`` (``occupation_batches``), then the language splits."""
    occupation = [numbered_split("held-occ", batch, occupation_batches(rows)) for batch in occupation_batches(rows)]
    return ["all", "train", "train-tech", "train-occ", "train-occ2", "train-occ3", "train-occ4", "held", "held-old",
            "held-new", *occupation, "held-lang", "held-lang2", "held-lang3", "held-lang4"]


def language_batches(rows: list[dict]) -> list[int]:
    """The batches of postings in other languages scored per language: those holding a posting in
    another language, save the batches of new occupations (``occupation_batches``: the eighth's
    Italian and Spanish postings are scored with it) and the training batches."""
    return list(_facts(rows).language_batches)


def occupation_split(row: dict, rows: list[dict] | None = None) -> str:
    """The held-out split of a posting of an occupation the first batch lacks: ``held-occ`` for
    the first batch to bring new occupations (the third), ``held-occ2`` for the next such batch
    (the fourth), ``held-occ3`` for the one after (the seventh, as the fifth and sixth brought
    other languages), and so on, so that each batch of unseen occupations keeps a figure of its
    own. The batches counted are those holding an English posting of an occupation the first batch
    lacks (without ``rows``, the third and fourth batch alone are known)."""
    batch = int(row.get("batch") or 1)
    if rows is None:
        return "held-occ" if batch <= 3 else f"held-occ{batch - 2}"
    return numbered_split("held-occ", batch, occupation_batches(rows))


def occupation_batches(rows: list[dict]) -> list[int]:
    """The batches that brought occupations the first batch lacks: those holding an English posting
    of such an occupation (the fifth and sixth batch, other languages alone, are not among them). A
    posting in another language inside such a batch (the eighth's Italian bank advisor, Spanish
    gardener) is scored with its batch, per occupation, not with the language batches."""
    return list(_facts(rows).occupation_batches)


def first_occupations(rows: list[dict]) -> frozenset[str]:
    """The occupations of the first batch, the only ones the tagger may have been trained on."""
    return _facts(rows).first


class _Facts:
    """What the splits read of the whole manifest, worked out once per list of rows (the splits of
    every posting asked one by one would read the manifest anew each time: minutes for the tests)."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows, self.size = rows, len(rows)
        self.batches = (frozenset(TRAIN_BATCHES), frozenset(OCC_TRAIN_BATCHES))
        self.by_name: dict[str, dict] = {}
        for r in rows:
            self.by_name.setdefault(r["local-name"], r)
        self.first = frozenset(r["occupation"] for r in rows if int(r.get("batch") or 1) == 1)
        self.occupation_batches = sorted({int(r.get("batch") or 1) for r in rows
                                          if r["occupation"] not in self.first and language_of_row(r) == "en"
                                          and not is_training_batch(r)})
        occupations = set(self.occupation_batches)
        self.language_batches = sorted({int(r.get("batch") or 1) for r in rows
                                        if language_of_row(r) != "en" and not is_training_batch(r)
                                        and int(r.get("batch") or 1) not in occupations})
        self.first_batch_peers: dict[str, list[str]] = {}
        for r in sorted(rows, key=lambda r: r["local-name"]):
            if int(r.get("batch") or 1) == 1:
                self.first_batch_peers.setdefault(r["occupation"], []).append(r["local-name"])

    def fits(self, rows: list[dict]) -> bool:
        return rows is self.rows and len(rows) == self.size \
            and self.batches == (frozenset(TRAIN_BATCHES), frozenset(OCC_TRAIN_BATCHES))


_FACTS: list[_Facts] = []


def _facts(rows: list[dict]) -> _Facts:
    if not (_FACTS and _FACTS[0].fits(rows)):
        _FACTS[:] = [_Facts(rows)]
    return _FACTS[0]


def skillspan_rows(text: str, spans: list[dict], idx: int, source: str) -> list[dict]:
    """The posting as SkillSpan JSON lines: one row per non-empty line, its words as the tagger
    tokenises them, a B/I/O tag per word for knowledge and for skill. A word belongs to a span
    when they overlap (a span never straddles lines)."""
    rows, offset = [], 0
    for line in text.split("\n"):
        words = words_of(line)
        if words:
            tags = {"K": ["O"] * len(words), "S": ["O"] * len(words)}
            for span in spans:
                s = span["start"] - offset
                e = s + len(span["text"])
                inside = [i for i, (ws, we) in enumerate(words) if ws < e and we > s]
                for n, i in enumerate(inside):
                    tags[span["label"]][i] = "B" if n == 0 else "I"
            rows.append({"idx": idx, "source": source, "tokens": [line[s:e] for s, e in words],
                         "tags_knowledge": tags["K"], "tags_skill": tags["S"]})
        offset += len(line) + 1
    return rows


def check_spans(text: str, spans: list[dict]) -> list[str]:
    """Problems of a posting's labels against its text (wrong offset, span across lines)."""
    problems = []
    for span in spans:
        start, surface = span["start"], span["text"]
        if text[start:start + len(surface)] != surface:
            problems.append(f"{surface!r} not at {start}")
        elif "\n" in surface:
            problems.append(f"{surface!r} crosses a line")
    return problems


def load(split: str) -> list[dict]:
    """The cached, labelled postings of the split (text, gold spans, occupation)."""
    rows = manifest()
    labels = json.loads(LABELS.read_text("utf-8")) if LABELS.exists() else {}
    postings = []
    for row in rows:
        name = row["local-name"]
        path = CACHE / f"{name}.txt"
        if name not in labels or not path.exists() or not in_split(name, rows, split):
            continue
        text = path.read_text("utf-8")
        spans = labels[name]
        problems = check_spans(text, spans)
        if problems:
            print(f"{name}: labels do not fit the text ({'; '.join(problems[:3])}); left out")
            continue
        page = CACHE / f"{name}.html"
        postings.append({"id": name, "occupation": row["occupation"], "language": language_of_row(row),
                         "source": row["repo"], "text": text,
                         "page": page.read_bytes() if row["locator"] == "html" and page.exists() else None,
                         "spans": spans,
                         "knowledge": [s["text"] for s in spans if s["label"] == "K"],
                         "skill": [s["text"] for s in spans if s["label"] == "S"]})
    return postings


def mentions(text: str, resources, tag: bool, page: bytes | None = None) -> list[str]:
    """The skill mentions ``credstack analyze`` reads from the posting (its skills and its context:
    industries and domains), with the span tagger on or the vocabulary alone. A job page saved whole
    (``page``, the ``html`` locator) is read as the extension sends it, its HTML, whose side panels and
    menus the parser leaves out; its labels are written on its plain text (``text``), which keeps them."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    resources.use_tagger = tag
    result = analyze(parse_posting(page if page is not None else text), resources, recommend=False)
    return [m for s in [*result.skills, *result.context] for m in (s.mentions or [s.name])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", action="store_true", help="read the postings out of fetched snapshots first")
    parser.add_argument("--mirror", type=Path, default=MIRRORS, help="where the fetched snapshots are")
    parser.add_argument("--split", choices=split_choices(manifest()),
                        default="held", help="half of the first batch may train the tagger (train; train-tech: "
                        "the batches labelled as training data alone; train-occ: held-occ to held-occ6, which the "
                        "shipped tagger learns from; train-occ2: batches 16 and 17, labelled to train it; train-occ3: "
                        "those and the held-occ splits up to held-occ39 whose misses were studied; train-occ4: "
                        "those and held-occ40 to held-occ60, which it also learns from); "
                        "the other half and "
                        "every later batch are held out (held-old, held-new: one of them alone); held-occ, held-occ2, "
                        "held-occ3, ...: occupations the first batch lacks, one split for each batch that brought "
                        "them, in batch order (the third batch, the fourth, the seventh, ...; the manifest's batches "
                        "give the rest), "
                        "held-occ61 on never trained on (the studied ones before, train-occ4, are);"
                        " held-lang, held-lang2, held-lang3, held-lang4: postings written in French, German, "
                        "Spanish, Italian or Portuguese (fifth, sixth, thirtieth, thirty-third batch), per language")
    parser.add_argument("--jsonl", help="write the split in SkillSpan's JSON-lines format instead of scoring")
    parser.add_argument("--show", action="store_true", help="print missed and false mentions per posting")
    args = parser.parse_args()
    if args.extract:
        written, drifted = extract(args.mirror)
        changed = f"; text changed, left out: {drifted}" if drifted else ""
        print(f"extracted {written} postings into {CACHE}{changed}")
        return 0
    postings = load(args.split) if CACHE.is_dir() else []
    if not postings:
        print(f"nontech_real: no cached, labelled postings in {CACHE} (run with --extract beside fetched "
              "snapshots); skipped")
        return 0
    if args.jsonl:
        rows = manifest()
        unseen = {r["local-name"] for r in rows if never_trains(r, rows, args.split)}
        postings = [p for p in postings if p["id"] not in unseen]  # never training data, whatever the split
        with open(args.jsonl, "w", encoding="utf-8") as fh:
            for i, posting in enumerate(postings):
                for line in skillspan_rows(posting["text"], posting["spans"], i, posting["occupation"]):
                    fh.write(json.dumps(line) + "\n")
        print(f"wrote {len(postings)} postings ({args.split}) to {args.jsonl}")
        return 0
    from credstack.resources import Resources

    resources = Resources.load()
    group = "language" if args.split.startswith("held-lang") else "occupation"
    totals = tally_tagger_off_on(postings, lambda posting, tag: mentions(posting["text"], resources, tag,
                                                                         posting.get("page")),
                                 lambda posting: (posting[group], posting["source"]), args.show)
    per_occ = collections.Counter(p[group] for p in postings)
    per_source = collections.Counter(p["source"] for p in postings)
    width = max(len(k) for k in [*per_occ, *per_source])
    print(f"{group:{width}} {'postings':>8}  vocabulary P / R(K) / F1   +tagger P / R(K) / F1")
    for key in [*sorted(per_occ), "all", *sorted(per_source)]:
        if key in per_source and key == min(per_source):
            print("per source:")
        n = len(postings) if key == "all" else per_occ[key] or per_source[key]
        print(f"{key:{width}} {n:8d}  {scores(totals[key]['vocabulary'])}          {scores(totals[key]['tagger'])}")
    scored = [k for k in per_occ if f1_of(totals[k]["tagger"]) is not None]
    worst = min((f1_of(totals[k]["tagger"]) for k in scored), default=None)
    unscored = len(per_occ) - len(scored)
    print(f"nontech_real ({args.split}): F1 {prf(*totals['all']['tagger'])['f1']:.3f} with the tagger "
          f"(vocabulary alone {prf(*totals['all']['vocabulary'])['f1']:.3f}); lowest {group} F1 "
          f"{'n/a' if worst is None else f'{worst:.3f}'}; target >= 0.75 each"
          + (f" ({unscored} with no knowledge span labelled: no recall, so no F1)" if unscored else ""))
    return 0


def f1_of(tally: list[int]) -> float | None:
    """F1 of a group's counts (``span_eval.counts``), None when the group has no knowledge span
    labelled: its recall, and so its F1, is undefined (an advert that asks nothing, or only things
    a person does), not 0, whatever it predicts; its precision still counts in every group above it."""
    return None if tally[1] == 0 else prf(*tally)["f1"]


def scores(tally: list[int]) -> str:
    """'P R(K) F1' of a group's counts, recall and F1 'n/a' where no knowledge span is labelled."""
    p = prf(*tally)
    if tally[1] == 0:
        return f"{p['precision']:.3f}   n/a   n/a" if tally[3] else "  n/a   n/a   n/a"
    return f"{p['precision']:.3f} {p['recall_knowledge']:.3f} {p['f1']:.3f}"


if __name__ == "__main__":
    sys.exit(main())

"""Real saved job pages (nobody here wrote them): does the posting parser generalise?

    python bench/pages_corpus.py [--extract] [--page NAME] [--verbose]

The pages are third-party and never committed. ``bench/pages/MANIFEST.tsv`` names each one
(repository, commit, path, local name); ``--extract`` copies them out of fetched snapshots
(bare git directories under ``$CREDSTACK_MIRRORS``, default ``/work/.mirror/<owner>+<name>/repo``)
into ``${XDG_CACHE_HOME:-~/.cache}/credstack-bench/pages/``. Without the cache the script says so
in one line and exits 0 (as in CI).

The manifest's optional ``locator`` column says where a page sits inside its file (``json:html``:
under that key of a JSON record; ``json:[3]``: the fourth record of a job board's JSON export,
``jsonpage:[3]``: the same record written out as the board's page showed it, its description HTML under
the title, company and place (a record whose description is the board's own markup),
``csv:Id=123``: the row of a CSV export whose column Id is 123, each written out as the text a
user would paste: title, company and place, description; ``json:jobs/id=7/body``: the text kept at
that path (keys, list indexes, or KEY=VALUE picking a list's record); ``jsonld:page``: a scraped
JSON-LD record written into an empty page, as a script-drawn page is served before its script
runs; ``atspage:jobs/id=7``: an applicant-tracking system's API record (Ashby, Lever, Greenhouse, GitHub Jobs,
Workday) written out as its hosted job page shows it (the record may be a browser's view of the API's answer,
JSON in a <pre>; ``jsatspage:``: the same kept as a JavaScript literal commented out line by line);
``vcr:1``: the body of the second response recorded in a VCR cassette, a scraper's saved HTTP exchanges;
``jsrecord:resultats/id=7``: a job board's record kept as a JavaScript object literal (an API answer
pasted into a module), picked by a path as ``json:`` paths are and written out as ``csv:`` rows are;
``py:NAME``: a page kept in a Python source file as the string NAME, at module level or in a test fixture
function, as a scraper's test keeps the page it was written against). ``bench/pages/labels.json`` holds the
hand-written labels,
written before the parser was run on each page: page kind (posting / application_form /
search_list), title, company, location,
employment type, language, and the kind of each labelled block (by its heading). Scores:

- kind: a posting is parsed (as a posting); an application-form-only page is refused with
  ``no_description``; a search-list page is refused with ``no_posting``, or read with
  ``page_kind == "search_list"`` when one job is open beside the list; a page that shows a bot
  check or browser challenge instead of any job ("blocked"), says the job has expired ("expired"),
  or is no job at all ("not_a_job": an article, a resume, a course) is refused with ``no_posting``; a job's
  page saved before its script drew the job ("not_loaded": an empty template, an app shell) is refused
  with either;
- title, company: equal after case and space folding; location: the labelled place is contained
  in what was found (or the reverse), with no review counts or ratings;
- employment type: equal after folding, when labelled;
- description clean: none of the page's labelled boilerplate phrases (privacy notice, form labels,
  navigation) is in the description;
- section kinds: each labelled heading is among the parser's sections with the labelled kind;
  an application form, a list of other jobs or a legal notice may instead be left out.

Each figure is printed per site and overall, with non-English pages apart, and beside the same
figures for the "unknown site" view (classes, ids, data attributes and JSON-LD stripped, so no
adapter or markup hint can help). Pages added later carry a ``batch`` label; each batch's figures are
printed apart too, so a batch nobody had seen when the parser was tuned can be told from the rest.
Parse time: median and max per page, each page's time the processor
time of the least of ``--repeat`` runs (wall time on a shared machine measures its neighbours).
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from credstack.postings import NoPostingFound, parse_posting
from credstack.postings.decoding import decode

HERE = Path(__file__).resolve().parent / "pages"
MANIFEST = HERE / "MANIFEST.tsv"
LABELS = HERE / "labels.json"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "credstack-bench" / "pages"
MIRRORS = Path(os.environ.get("CREDSTACK_MIRRORS", "/work/.mirror"))
LEFT_OUT_OK = frozenset({"application_form", "navigation", "legal"})
FIELDS = ("kind", "title", "company", "location", "employment_type", "clean", "sections")


def manifest() -> list[dict]:
    lines = MANIFEST.read_text("utf-8").splitlines()
    head = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = line.split("\t")
        rows.append(dict(zip(head, cells + [""] * (len(head) - len(cells)), strict=True)))
    return rows


def extract() -> int:
    """Copy each page out of its snapshot into the cache; returns how many are there."""
    CACHE.mkdir(parents=True, exist_ok=True)
    found = 0
    for row in manifest():
        target = CACHE / row["local-name"]
        if target.exists():
            found += 1
            continue
        git_dir = MIRRORS / row["repo"].replace("/", "+") / "repo"
        if (git_dir / ".git").is_dir():  # some snapshots arrive as a work tree
            git_dir = git_dir / ".git"
        if not git_dir.is_dir():
            continue
        try:
            data = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
                                  check=True, capture_output=True).stdout
        except subprocess.CalledProcessError:
            continue
        data = located(data, row.get("locator", ""))
        if data is None:
            continue
        target.write_bytes(data)
        found += 1
    return found


# A job board's export names a record's parts in its own words; the first one present is used.
_RECORD_FIELDS = {
    "title": ("title", "job_title", "jobTitle", "Title", "intitule", "headline"),
    "company": ("company", "company_name", "companyName", "employerName", "Company", "entreprise.nom",
                "employer.name", "company.display_name"),
    "location": ("location", "locationName", "LocationRaw", "Location", "joblocation", "lieuTravail.libelle",
                 "workplace_address.municipality", "location.display_name", "location.city"),
    "description": ("description", "job_description", "jobDescription", "FullDescription", "body", "jobRequirement",
                    "description.text", "details"),
}


def _field(record: dict, key: str):
    """A record's value at KEY, or at a dotted path into its nested parts ('employer.name')."""
    node = record
    for step in key.split("."):
        node = node.get(step) if isinstance(node, dict) else None
    return node


def record_page(record: dict) -> str:
    """A job board's record whose description is the board's own HTML, as its page showed it: the
    title as the heading, company and place under it, then the description's markup."""
    def first(part: str) -> str:
        return next((str(record[k]).strip() for k in _RECORD_FIELDS[part] if record.get(k)), "")

    place = " - ".join(p for p in (first("company"), first("location")) if p)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + html.escape(first("title"))
            + "</title></head>\n<body><main><h1>" + html.escape(first("title")) + "</h1>\n<p>" + html.escape(place)
            + "</p>\n" + first("description") + "\n</main></body></html>\n")


def record_text(record: dict) -> str:
    """A job board's record (title, company, place, description) as the text a user would paste."""
    def first(part: str) -> str:
        values = (_field(record, k) for k in _RECORD_FIELDS[part])
        return next((str(v).strip() for v in values if v and isinstance(v, str | int | float)), "")

    head = [first("title"), " - ".join(p for p in (first("company"), first("location")) if p)]
    return "\n".join(line for line in head if line) + "\n\n" + first("description") + "\n"


_TITLE_KEYS = ("job_title", "title", "posting_title")
_PLACE_KEYS = ("locations", "location", "location_raw", "city")
# parts of a scraped record that are the scraper's or the form's, not the posting's words
_SKIPPED = re.compile(r"^(?:source|scraping_metadata|search_keyword|matched_keyword|match_score|url|poster_id|"
                      r"classification_code|currency|frequency|union|attachments|application_instructions|"
                      r"positions_to_fill|is_external_link)$|(?:_url|_id|_date|_time|_amount|_email|email|phone|fax)$")


_ASHBY_TYPES = {"FullTime": "Full time", "PartTime": "Part time", "Intern": "Intern", "Contract": "Contract",
                "Temporary": "Temporary"}


def ats_page(record: dict) -> str:
    """An applicant-tracking system's API record as its hosted job page shows it. Ashby (``descriptionHtml``):
    the title, then the facts pane, each fact an <h2> label over its value (Location, Employment Type,
    Department), then the description. Lever (``lists``): the title as an <h2> over the categories line
    (location, department and team, commitment), the opening, each list as an <h3> over its items, the
    closing. Greenhouse (``content``, its HTML escaped once more): the title, the place, the content.
    GitHub Jobs (``how_to_apply``, its public positions API of 2014-2021): the line "Full Time / place" over
    the title, the description, then the side column: the company's logo, its name as an <h2> and its
    address, and a "How to apply" box. Workday (``jobPostingInfo``, its candidate-experience API): the logo
    in the header, the title as an <h2> over "Apply", the details list (remote type, locations, time type,
    posted on, job requisition id, each a <dt> label over its values), then the description; the employer's
    name only in the JSON-LD the served page carries. No company is written that the record does not hold."""
    def esc(value) -> str:
        return html.escape(str(value or "").strip())

    title = (record.get("title") or record.get("text") or record.get("name")
             or (record.get("jobPostingInfo") or {}).get("title") or "")
    parts = ["<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(title)
             + "</title></head>\n<body><main>"]
    if "descriptionHtml" in record:  # Ashby
        parts.append("<h1>" + esc(title) + "</h1>")
        kind = record.get("employmentType")
        department = " • ".join(dict.fromkeys(v for v in (record.get("department"), record.get("team")) if v))
        facts = (("Location", record.get("location")), ("Employment Type", _ASHBY_TYPES.get(kind, kind)),
                 ("Department", department))
        parts.append("<div>" + "".join(f"<div><h2>{k}</h2><p>{esc(v)}</p></div>" for k, v in facts if v) + "</div>")
        parts.append("<div>" + (record.get("descriptionHtml") or "") + "</div>")
    elif "lists" in record:  # Lever
        categories = record.get("categories") or {}
        team = " – ".join(v for v in (categories.get("department"), categories.get("team")) if v)
        shown = (categories.get("location"), team, categories.get("commitment"))
        line = "".join(f"<div>{esc(v)}</div>" for v in shown if v)
        parts.append("<div><h2>" + esc(title) + "</h2><div>" + line + "</div></div>")
        parts.append("<div>" + (record.get("description") or "") + "</div>")
        for item in record.get("lists") or []:
            items = item.get("content") or ""
            parts.append("<div><h3>" + esc(item.get("text")) + "</h3><ul>" + items + "</ul></div>")
        parts.append("<div>" + (record.get("additional") or "") + "</div>")
    elif "how_to_apply" in record:  # GitHub Jobs
        parts.append("<p>" + esc(record.get("type")) + " / " + esc(record.get("location")) + "</p>")
        parts.append("<h1>" + esc(title) + "</h1>")
        parts.append("<div>" + (record.get("description") or "") + "</div>")
        company, site = esc(record.get("company")), esc(record.get("company_url"))
        logo = f'<img src="{esc(record.get("company_logo"))}" alt="{company}">' if record.get("company_logo") else ""
        parts.append("<div><div>" + logo + "<h2>" + company + "</h2>"
                     + (f'<p><a href="{site}">{site}</a></p>' if site else "") + "</div>"
                     + "<div><h3>How to apply</h3>" + (record.get("how_to_apply") or "") + "</div></div>")
    elif "jobPostingInfo" in record:  # Workday
        info = record["jobPostingInfo"]
        company = (record.get("hiringOrganization") or {}).get("name")
        if company:  # the served page's JSON-LD names the employer; its visible header shows only the logo
            ld = {"@context": "http://schema.org", "@type": "JobPosting", "title": title,
                  "hiringOrganization": {"@type": "Organization", "name": company}}
            parts.append('<script type="application/ld+json">' + json.dumps(ld).replace("</", "<\\/")
                         + "</script>")
        logo = (info.get("logoImage") or {}).get("alt")
        if logo:
            parts.append(f'<header><img alt="{esc(logo)}"></header>')
        places = [info.get("location")] + list(info.get("additionalLocations") or [])
        facts = (("remote type", [info.get("remoteType")]), ("locations", places),
                 ("time type", [info.get("timeType")]), ("posted on", [info.get("postedOn")]),
                 ("job requisition id", [info.get("jobReqId")]))
        parts.append("<h2>" + esc(title) + "</h2><a href=\"#\">Apply</a>")
        parts.append("<div>" + "".join("<dl><dt>" + k + "</dt>" + "".join(f"<dd>{esc(v)}</dd>" for v in vs if v)
                                       + "</dl>" for k, vs in facts if any(vs)) + "</div>")
        parts.append("<div>" + (info.get("jobDescription") or "") + "</div>")
    else:  # Greenhouse
        parts.append("<h1>" + esc(title) + "</h1>" + (f"<p>at {esc(record['company_name'])}</p>"
                                                           if record.get("company_name") else "")
                     + "<p>" + esc((record.get("location") or {}).get("name")) + "</p>")
        parts.append("<div>" + html.unescape(record.get("content") or "") + "</div>")
    return "\n".join(parts) + "\n</main></body></html>\n"


def rendered_record(record: dict) -> str:
    """A scraped job record of any shape (nested sections, headings, bullet lists) as the text its
    page showed: its title, its place, then each heading, paragraph and bullet in order."""
    def first(node, keys):
        if isinstance(node, dict):
            for key in keys:
                value = node.get(key)
                if isinstance(value, list) and value and isinstance(value[0], str):
                    return value[0]
                if isinstance(value, str) and value.strip():
                    return value
            for value in node.values():
                found = first(value, keys)
                if found:
                    return found
        return ""

    lines: list[str] = []

    def walk(node, key: str = "") -> None:
        if key and _SKIPPED.search(key):
            return
        if isinstance(node, dict):
            for k, v in node.items():
                if k not in _TITLE_KEYS and k not in _PLACE_KEYS:
                    walk(v, k)
        elif isinstance(node, list):
            for item in node:
                if isinstance(item, str) and item.strip():
                    lines.append(f"- {item.strip()}")
                elif isinstance(item, dict):
                    walk(item, key)
        elif isinstance(node, str) and node.strip() and not re.fullmatch(r"[\d\s.,:$+T-]+|[a-z_0-9]+", node.strip()):
            lines.append("" if key != "heading" else "")
            lines.append(node.strip())

    walk(record)
    head = [first(record, _TITLE_KEYS), first(record, _PLACE_KEYS)]
    return "\n".join(h for h in head if h) + "\n\n" + re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _walk(node, where: str):
    """The part of a parsed record a path names: keys, list indexes, or KEY=VALUE picking a
    list's record; None when a step finds nothing."""
    for step in where.split("/") if where else []:
        key, is_pick, value = step.partition("=")
        if is_pick:
            node = next((item for item in node if str(item.get(key)) == value), None)
        else:
            node = node[int(step)] if isinstance(node, list) else node.get(step)
        if node is None:
            return None
    return node


def located(data: bytes, locator: str) -> bytes | None:
    """The page or posting a manifest row names inside its file (None: not there).

    ``json:KEY`` is a page kept under KEY of a JSON record; ``json:[N]`` the Nth record of a JSON
    list, ``csv:COLUMN=VALUE`` the row of a CSV export whose COLUMN holds VALUE, both written out
    as a text posting (``record_text``); ``json:record`` a whole scraped record of nested sections
    (``rendered_record``); ``json:A/B=C/D`` the text at a path (key, list index, or the list's record
    whose B is C); ``jsonld:page`` a JSON-LD record in an otherwise empty page; ``vcr:N`` the Nth
    response recorded in a Ruby VCR cassette; ``py:NAME`` the string constant NAME of a Python source,
    module-level first, else assigned in a function (or that constant with ``.strip()`` called on it).
    """
    if not locator:
        return data
    kind, _, where = locator.partition(":")
    if kind == "json" and where == "record":
        return rendered_record(json.loads(data)).encode("utf-8")
    if kind == "json" and re.fullmatch(r"\[\d+\]", where):
        records = json.loads(data)
        index = int(where[1:-1])
        return record_text(records[index]).encode("utf-8") if index < len(records) else None
    if kind == "json" and "/" in where:  # a path: keys, list indexes, or KEY=VALUE picking a list's record
        node = _walk(json.loads(data), where)
        return None if node is None else str(node).encode("utf-8")
    if kind == "json":
        return json.loads(data)[where].encode("utf-8")
    if kind == "jsrecord":  # a record kept as a JavaScript object literal (an API answer pasted into a module)
        node = _walk(js_literal(data.decode("utf-8")), where)
        return None if node is None else record_text(node).encode("utf-8")
    if kind == "jsonpage" and re.fullmatch(r"\[\d+\]", where):
        records = json.loads(data)
        index = int(where[1:-1])
        return record_page(records[index]).encode("utf-8") if index < len(records) else None
    if kind == "atspage":  # an applicant-tracking system's API record, as its hosted page shows it
        node = _walk(json.loads(data), where)
        if isinstance(node, str):  # the record as a browser showed the API's answer: JSON inside a <pre>
            viewed = re.search(r"<pre[^>]*>(.*?)</pre>", node, re.S)
            node = json.loads(html.unescape(viewed.group(1)) if viewed else node)
        return None if node is None else ats_page(node).encode("utf-8")
    if kind == "jsatspage":  # the same, kept as a JavaScript literal commented out line by line
        source = re.sub(r"(?m)^[ \t]*// ?", "", data.decode("utf-8"))
        node = _walk(js_literal(source), where)
        return None if node is None else ats_page(node).encode("utf-8")
    if kind == "jsonld":  # a scraped JSON-LD record, served as a script-drawn page is before its script runs
        record = json.dumps(json.loads(data), ensure_ascii=False).replace("</", "<\\/")
        return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                f'<script type="application/ld+json">{record}</script>\n'
                "</head><body><div id=\"app\"></div></body></html>\n").encode()
    if kind == "vcr":  # the Nth recorded response of a scraper's HTTP cassette
        return cassette_body(data, int(where))
    if kind == "py":  # a page kept in a Python source as a module-level string constant
        return python_constant(data, where)
    if kind == "csv":
        column, _, value = where.partition("=")
        rows = csv.DictReader(io.StringIO(data.decode("utf-8", "replace")))
        row = next((r for r in rows if r.get(column) == value), None)
        return record_text(row).encode("utf-8") if row else None
    raise ValueError(f"unknown locator {locator!r}")


def js_literal(source: str):
    """The first object or list literal of a JavaScript or TypeScript module ('export const jobs = [...]'), read
    as JSON once its bare keys are quoted, its quotes made double and its trailing commas dropped."""
    start = min(i for i in (source.find("{"), source.find("[")) if i >= 0)
    out, i, n = [], start, len(source)
    while i < n:
        c = source[i]
        if c in "\"'`":
            j, chars = i + 1, []
            while j < n and source[j] != c:
                chars.append(source[j:j + 2] if source[j] == "\\" else source[j])
                j += 2 if source[j] == "\\" else 1
            text = "".join(chars)
            if c != '"':
                text = text.replace("\\" + c, c).replace('"', '\\"')
            out.append('"' + text.replace("\n", "\\n") + '"')
            i = j + 1
            continue
        if source.startswith("//", i):
            end = source.find("\n", i)
            i = n if end < 0 else end
            continue
        word = re.match(r"[A-Za-z_$][\w$]*", source[i:])
        if word:
            name = word.group(0)
            if source[i + len(name):].lstrip().startswith(":"):
                out.append('"' + name + '"')
            else:
                out.append({"undefined": "null", "True": "true", "False": "false", "None": "null"}.get(name, name))
            i += len(name)
            continue
        out.append(c)
        i += 1
    value, _end = json.JSONDecoder().raw_decode(re.sub(r",\s*([}\]])", r"\1", "".join(out)))
    return value


def python_constant(data: bytes, name: str) -> bytes | None:
    """The string a Python source assigns to NAME (a scraper test's saved page): at module level, or
    else in a function, as a test fixture that returns the page keeps it."""
    import ast

    tree = ast.parse(data)
    nested = [n for n in ast.walk(tree) if isinstance(n, ast.Assign) and n not in tree.body]
    for node in tree.body + nested:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value, strip = node.value, None
            # '"""<html>..."""'.strip(): the constant with its outer white space trimmed
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and not value.args \
                    and value.func.attr in ("strip", "lstrip", "rstrip"):
                value, strip = value.func.value, value.func.attr
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                text = getattr(value.value, strip)() if strip else value.value
                return text.encode("utf-8")
    return None


def cassette_body(data: bytes, index: int) -> bytes:
    """The response body of one recorded exchange in a Ruby VCR cassette (YAML with Ruby tags)."""
    import yaml  # only needed where cassettes are extracted

    class _Loader(yaml.SafeLoader):
        pass

    def _untagged(loader, _suffix, node):
        if isinstance(node, yaml.MappingNode):
            return loader.construct_mapping(node, deep=True)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node, deep=True)
        return loader.construct_scalar(node)

    _Loader.add_multi_constructor("!", _untagged)
    try:
        records = yaml.load(data, Loader=_Loader)  # noqa: S506 (safe loader)
    except yaml.YAMLError:  # older cassettes open a body with blank lines longer than its indent
        records = yaml.load(re.sub(rb"(?m)^[ \t\r]+$", b"", data), Loader=_Loader)  # noqa: S506
    body = records[index]["response"]["body"]
    if isinstance(body, dict):  # newer cassettes: {"encoding": ..., "string": ...}
        body = body.get("string", "")
    try:  # a double-quoted body keeps the page's bytes as "\xC2\xA0" escapes, one character per byte
        raw = body.encode("latin-1")
        raw.decode("utf-8")
        return raw
    except (UnicodeEncodeError, UnicodeDecodeError):
        return body.encode("utf-8")


_MARKUP_NAMES = re.compile(r"\s(?:class|id|data-[\w-]+|itemprop|itemscope|itemtype|role|aria-[\w-]+)="
                           r"(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.IGNORECASE)
_JSON_LD = re.compile(r"<script[^>]*ld\+json[^>]*>.*?</script>", re.IGNORECASE | re.DOTALL)


def unknown_site(markup: str) -> str:
    """The page as an unknown site would show it: no classes, ids, data attributes or JSON-LD."""
    return _MARKUP_NAMES.sub("", _JSON_LD.sub("", markup))


def fold(text: str | None) -> str:
    """Compared as a reader would: case, spacing, full-width forms ("／" for "/") and a backtick
    typed for an apostrophe ("you`ll") folded."""
    text = unicodedata.normalize("NFKC", text or "").replace("`", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


_COUNTS = re.compile(r"\d[\d,.]*\s*(reviews?|ratings?|applicants?|jobs?|employees|followers)|★|\b\d\.\d\b",
                     re.IGNORECASE)


def judge(posting, error, label: dict) -> dict[str, bool | None]:
    """Each field right (True), wrong (False) or not labelled (None)."""
    kind = label["kind"]
    out: dict[str, bool | None] = dict.fromkeys(FIELDS)
    if kind != "posting":
        wanted = {"application_form": {"no_description"}, "not_loaded": {"no_description", "no_posting"}}.get(
            kind, {"no_posting"})
        refused = posting is None and error is not None and error.error_type in wanted
        # a list with one job open beside it may be read, if the posting says it came from a list
        flagged = kind == "search_list" and posting is not None and getattr(posting, "page_kind", "") == kind
        out["kind"] = refused or flagged
        return out
    out["kind"] = posting is not None and getattr(posting, "page_kind", "posting") == "posting"
    if posting is None:
        return {f: False if label.get(f) is not None or f in ("kind", "clean") else None for f in FIELDS}
    out["title"] = fold(posting.title) == fold(label["title"])
    if label.get("company"):
        out["company"] = fold(posting.company) == fold(label["company"])
    if label.get("location"):
        got, want = fold(posting.location), fold(label["location"])
        out["location"] = bool(got) and (want in got or got in want) and not _COUNTS.search(posting.location or "")
    if label.get("employment_type"):
        out["employment_type"] = fold(posting.employment_type) == fold(label["employment_type"])
    if label.get("not_in_description") is not None:
        description = fold(posting.description)
        out["clean"] = bool(description) and not any(fold(p) in description for p in label["not_in_description"])
    if label.get("sections"):
        found = {fold(s.heading).strip(" :"): str(s.kind) for s in posting.sections}
        # a form, a list of other jobs or a legal notice left out of the posting is as good as typed
        hits = [found.get(fold(h).strip(" :"), None if k in LEFT_OUT_OK else "missing") in (k, None)
                if k in LEFT_OUT_OK else found.get(fold(h).strip(" :")) == k for h, k in label["sections"].items()]
        out["sections"] = hits  # type: ignore[assignment]
    return out


def run(markup: bytes, url: str | None, repeat: int = 1):
    """The parser's answer and its time: the processor time this process spent, the least of
    ``repeat`` runs (on a shared machine, other processes' load only ever adds to it)."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        started = time.process_time()
        posting = error = None
        try:
            posting = parse_posting(markup, url=url)
        except NoPostingFound as exc:
            error = exc
        best = min(best, time.process_time() - started)
    return posting, error, best


def site_of(name: str) -> str:
    return name.split("-")[0]


def report(rows: list[tuple[str, dict, dict]], title: str) -> dict[str, float]:
    """Per-site and overall accuracy of each field; returns the overall figures."""
    by_site: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    overall: dict[str, list[bool]] = defaultdict(list)
    for name, _label, verdict in rows:
        for field, value in verdict.items():
            if value is None:
                continue
            values = value if isinstance(value, list) else [value]
            by_site[site_of(name)][field].extend(values)
            overall[field].extend(values)

    def cell(values: list[bool]) -> str:
        return f"{sum(values)}/{len(values)}" if values else "-"

    print(f"\n{title}")
    print(f"  {'site':16}" + "".join(f"{f:>17}" for f in FIELDS))
    for site in sorted(by_site):
        print(f"  {site:16}" + "".join(f"{cell(by_site[site][f]):>17}" for f in FIELDS))
    print(f"  {'ALL':16}" + "".join(f"{cell(overall[f]):>17}" for f in FIELDS))
    return {f: 100 * sum(v) / len(v) for f, v in overall.items() if v}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--extract", action="store_true", help="copy the pages out of fetched snapshots first")
    parser.add_argument("--page", help="only this local name")
    parser.add_argument("--verbose", action="store_true", help="print what was found beside each label")
    parser.add_argument("--baseline", help="a source tree (holding server/credstack) to score in the same run, "
                                           "e.g. an export of the commit before a change")
    parser.add_argument("--repeat", type=int, default=3, help="parse each page this many times; its time is the "
                                                                "fastest (default 3)")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # used for the baseline run
    args = parser.parse_args()
    if args.extract:
        extract()
    if not CACHE.is_dir() or not any(CACHE.iterdir()):
        print(f"pages corpus: no cached pages in {CACHE} (run with --extract beside fetched snapshots); skipped")
        return 0
    labels = json.loads(LABELS.read_text("utf-8"))["pages"]
    views: dict[str, list] = {"as saved": [], "unknown site": []}
    times: list[float] = []
    missing = 0
    for row in manifest():
        name = row["local-name"]
        if args.page and name != args.page:
            continue
        path = CACHE / name
        if not path.exists() or name not in labels:
            missing += 1
            continue
        label = labels[name]
        markup = path.read_bytes()
        # the unknown-site view keeps the page's own encoding (a Shift_JIS page read as UTF-8 is mojibake)
        for view, data in (("as saved", markup), ("unknown site", unknown_site(decode(markup)))):
            posting, error, seconds = run(data, label.get("url"), args.repeat if view == "as saved" else 1)
            if view == "as saved":
                times.append(seconds)
            verdict = judge(posting, error, label)
            views[view].append((name, label, verdict))
            if args.verbose and view == "as saved":
                _show(name, label, posting, error, verdict)
    if not args.page:
        sites = {site_of(name) for name, _label, _verdict in views["as saved"]}
        other = sum(1 for _name, label, _verdict in views["as saved"] if label.get("language", "en") != "en")
        print(f"corpus: {len(views['as saved'])} pages from {len(sites)} sites and site builders, "
              f"{other} not in English")
    if args.json:
        print(json.dumps({view: _overall(rows) for view, rows in views.items()} | {"times": times}))
        return 0
    figures = {}
    for view, rows in views.items():
        english = [r for r in rows if r[1].get("language", "en") == "en"]
        other = [r for r in rows if r[1].get("language", "en") != "en"]
        figures[view] = report(rows, f"{view}: all pages ({len(rows)})")
        if view == "as saved":
            report(english, f"{view}: English pages ({len(english)})")
            report(other, f"{view}: not English ({len(other)})")
        for batch in sorted({r[1].get("batch", "first") for r in rows}):
            batched = [r for r in rows if r[1].get("batch", "first") == batch]
            if len(batched) < len(rows):
                figures[f"{view} {batch}"] = report(batched, f"{view}: batch {batch} ({len(batched)})")
    if times:
        print(f"\nparse time per page: median {1000 * statistics.median(times):.0f} ms, "
              f"max {1000 * max(times):.0f} ms ({len(times)} pages)")
    if args.baseline:
        _compare(args, figures, times)
    summary = " ".join(f"{f}={figures['as saved'].get(f, 0):.0f}%" for f in FIELDS)
    unknown = " ".join(f"{f}={figures['unknown site'].get(f, 0):.0f}%" for f in FIELDS)
    print(f"\npages corpus: {len(views['as saved'])} pages ({missing} not cached or not labelled); "
          f"as saved: {summary}; unknown site: {unknown}")
    for key in sorted(k for k in figures if k.startswith("as saved ")):
        print(f"  batch {key.removeprefix('as saved ')}: "
              + " ".join(f"{f}={figures[key].get(f, 0):.0f}%" for f in FIELDS if f in figures[key]))
    return 0


def _overall(rows: list) -> dict[str, float]:
    overall: dict[str, list[bool]] = defaultdict(list)
    for _name, _label, verdict in rows:
        for field, value in verdict.items():
            if value is not None:
                overall[field].extend(value if isinstance(value, list) else [value])
    return {f: 100 * sum(v) / len(v) for f, v in overall.items() if v}


def _compare(args, figures: dict, times: list[float]) -> None:
    """Score the baseline tree on the same pages in a child process and print both."""
    env = dict(os.environ, PYTHONPATH=str(Path(args.baseline).resolve() / "server"))
    command = [sys.executable, __file__, "--json", "--repeat", str(args.repeat)] + (
        ["--page", args.page] if args.page else [])
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        print(f"\nbaseline {args.baseline}: could not be scored ({done.stderr.strip()[-300:]})")
        return
    base = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\nbaseline ({args.baseline}) -> this tree, all pages")
    for view in ("as saved", "unknown site"):
        print(f"  {view:13}" + "".join(f"  {f} {base[view].get(f, 0):.0f}->{figures[view].get(f, 0):.0f}%"
                                        for f in FIELDS))
    if base["times"] and times:
        print(f"  parse time median {1000 * statistics.median(base['times']):.0f}->"
              f"{1000 * statistics.median(times):.0f} ms, max {1000 * max(base['times']):.0f}->"
              f"{1000 * max(times):.0f} ms")


def _show(name: str, label: dict, posting, error, verdict: dict) -> None:
    print(f"\n== {name} [{label['kind']}]")
    if posting is None:
        print(f"   refused: {error.error_type if error else '?'}: {error}")
        return
    for field in ("title", "company", "location", "employment_type"):
        mark = {True: "ok", False: "XX", None: "  "}[verdict.get(field)]
        print(f"   {mark} {field:16} {getattr(posting, field)!r:60.60}  label={label.get(field)!r}")
    print(f"   {'ok' if verdict.get('clean') else 'XX'} clean")
    for s in posting.sections:
        print(f"      [{s.kind}] {s.heading[:60]!r} ({len(s.text)} chars)")


if __name__ == "__main__":
    sys.exit(main())

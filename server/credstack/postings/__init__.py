"""HTML or text -> Posting.

Evidence in order: schema.org JobPosting (JSON-LD, then microdata); a site adapter chosen by
URL or markup; a generic extractor (boilerplate stripped, main content by text density, title
from og:title / h1 / <title>). Text input becomes a posting too, sectioned by its lines.
"""

from __future__ import annotations

import re

from credstack.postings import generic, jsonld, sites
from credstack.postings.model import Posting, Section, SectionKind
from credstack.postings.sections import build_sections, classify
from credstack.postings.text import blocks_of, clean_inline, html_fragment_blocks, parse_html, render, text_blocks

__all__ = ["NoPostingFound", "Posting", "PostingError", "Section", "SectionKind", "parse_posting"]

MAX_INPUT_CHARS = 12 * 1024 * 1024
_FILE_SIGNATURES = ((b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a Word or other zipped file"),
                    (b"\xd0\xcf\x11\xe0", "an old Word or Office file"), (b"\x89PNG", "an image"),
                    (b"\xff\xd8\xff", "an image"), (b"GIF8", "an image"), (b"\x1f\x8b", "a compressed file"))
_TAG_NAMES = r"(!doctype|html|head|body|div|p|br|span|h[1-6]|ul|ol|li|table|tr|td|script|style|meta|link|title|" \
             r"section|article|main|header|footer|nav|strong|b|em|i|a|font|center|form)"
_HTML_START = re.compile(rf"^\s*(<\?xml|<!--|<\s*{_TAG_NAMES}\b)", re.IGNORECASE)
_HTML_TAG = re.compile(rf"<\s*/?\s*{_TAG_NAMES}\b[^<>]{{0,500}}>", re.IGNORECASE)
MIN_SNIFFED_TAGS = 3
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252",
                        "cp1252", "x-cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


class PostingError(Exception):
    """Root of the errors raised while finding a posting in a page."""


class NoPostingFound(PostingError):
    """The page holds no job posting; ``reason`` says why, for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"no job posting found in this page: {reason}")
        self.reason = reason


_LATIN_SINGLE_BYTE = re.compile(r"^(cp125[0-8]|windows-125[0-8]|iso8859_\d+|latin_?\d?|mac_\w+|cp8\d\d)$")


def decode(data: bytes) -> str:
    """Bytes -> text: a BOM; then UTF-8 when the bytes are valid UTF-8 (whatever the page declares:
    pages saved years ago often declare one charset and use another); then the declared charset,
    read as browsers do (latin-1 and ASCII labels as windows-1252); then a detected encoding."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    codec = declared.group(1).decode("ascii", "ignore").lower() if declared else ""
    codec = "cp1252" if codec in _WINDOWS_1252_LABELS else codec
    if codec and codec.replace("-", "").replace("_", "") != "utf8":
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            if codec == "cp1252":  # five bytes cp1252 leaves undefined: keep them as replacements
                return data.decode(codec, "replace")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    guess = best.encoding if best is not None else "cp1252"
    # Western pages far outnumber the rest; a Latin single-byte guess is most likely windows-1252
    if _LATIN_SINGLE_BYTE.match(guess):
        guess = "cp1252"
    return data.decode(guess, "replace")


def is_html(text: str) -> bool:
    """Markup, by its content: it opens with a tag, or holds several. A text posting that names
    a tag or two ("semantic <section> and <article>") stays text, line breaks and all."""
    head = text[:20_000].lstrip("\ufeff")
    if _HTML_START.match(head):
        return True
    count = 0
    for _ in _HTML_TAG.finditer(head):
        count += 1
        if count >= MIN_SNIFFED_TAGS:
            return True
    return False


def parse_posting(html_or_text: str | bytes, url: str | None = None) -> Posting:
    """Find the job posting in a page (HTML) or a text posting."""
    text = decode(html_or_text) if isinstance(html_or_text, (bytes, bytearray)) else html_or_text
    if text is None or not text.strip():
        raise NoPostingFound("the page is empty")
    if isinstance(html_or_text, (bytes, bytearray)):
        for signature, kind in _FILE_SIGNATURES:
            if bytes(html_or_text[:8]).startswith(signature):
                raise NoPostingFound(f"this is {kind}, not a web page or text — paste the posting's text instead")
    if "\x00" in text[:4096] and text[:4096].count("\x00") > 16:
        raise NoPostingFound("this is a binary file, not a web page or text")
    text = text[:MAX_INPUT_CHARS]
    if is_html(text):
        return _from_html(text, url)
    return _from_text(text, url)


def _from_text(text: str, url: str | None) -> Posting:
    blocks = text_blocks(text)
    if not blocks:
        raise NoPostingFound("the text is empty")
    posting = Posting(url=url, site="text", description=render(blocks))
    posting.sections = build_sections(blocks, plain_text=True)
    first = blocks[0].text
    labelled = _labelled_fields(blocks[:40])
    from_first: dict = {}
    if len(first) <= 100 and len(first.split()) <= 12 and classify(first) is None and not first.endswith(".") \
            and not generic.is_fact_label(first.partition(":")[0]):
        # "Senior Engineer at Acme", "Acme is hiring a Nurse in Reno, NV", "Cook - Diner - Austin, TX"
        splittable = _SPLITTABLE.search(first) or (" - " in first and generic.LOCATION.search(first))
        from_first = generic.split_title(first, sites.load_sites()[1]) if splittable else {}
        posting.title = from_first.get("title") or first
    posting.title = labelled.get("title") or posting.title
    byline = generic.byline(blocks[1]) if posting.title and len(blocks) > 1 else {}
    posting.company = labelled.get("company") or from_first.get("company") or byline.get("company")
    posting.location = labelled.get("location") or from_first.get("location") or byline.get("location") \
        or generic.find_location(posting.description[:1500])
    posting.employment_type = _employment(labelled.get("employment_type")) or generic.find_employment_type(
        posting.description[:3000])
    posting.salary = _stated_pay(labelled.get("salary")) or generic.find_salary(posting.description, in_prose=True)
    named_sections = any(s.kind != SectionKind.OTHER for s in posting.sections)
    if len(posting.description) < 20 and not named_sections:
        raise NoPostingFound("the text is too short to be a job posting")
    return posting


_SPLITTABLE = re.compile(r"\s(at|@|hiring|\|)\s", re.IGNORECASE)  # " - " also ends titles ("Nurse - ICU")


def _labelled_fields(blocks) -> dict[str, str]:
    return generic.labelled_fields(blocks, limit=40)


def _from_html(markup: str, url: str | None) -> Posting:
    root = parse_html(markup)
    if root is None:
        raise NoPostingFound("the page could not be read as HTML")
    page_url = url or sites.declared_url(markup, root)
    body = generic.body_of(root)
    boilerplate = generic.Boilerplate(body)
    site = sites.detect_site(root, sites.original_url(page_url), markup)
    fields = sites.site_fields(site, root) if site else {}
    _, suffixes = sites.load_sites()
    og_title = generic.meta(root, "og:title", "twitter:title")
    page_titles = [t for t in (og_title, generic.page_title(root)) if t]
    h1s = generic.headings(root, boilerplate)
    structured = _pick(jsonld.json_ld_all(root) + list(jsonld.microdata_all(root)),
                       [fields.get("title") or "", *h1s, *page_titles])

    s = structured or jsonld.StructuredPosting()
    og_site = generic.meta(root, "og:site_name", "application-name")
    if og_site and og_site.lower() in {x.lower() for x in suffixes}:
        og_site = None
    names = {n.lower() for n in (s.company, fields.get("company"), og_site) if n}
    from_title = generic.split_title(page_titles[0], suffixes) if page_titles else {}
    title = generic.clean_title(s.title) or generic.clean_title(fields.get("title")) or generic.choose_title(
        [*((h, 1.0) for h in h1s), (from_title.get("title") or "", 0.5),
         *((h, -1.0) for h in generic.headings(root, boilerplate, "h2", limit=3))],
        page_titles, names)
    if page_titles:
        from_title = generic.split_title(page_titles[-1] if len(page_titles) > 1 else page_titles[0], suffixes,
                                         known_title=title)
        if not from_title.get("company") and len(page_titles) > 1:
            from_title = generic.split_title(page_titles[0], suffixes, known_title=title)

    blocks = _after_title(_description(structured, site, root, boilerplate), title)
    description = render(blocks)
    page = blocks_of(body, skip=boilerplate, limit=HEADER_BLOCKS)
    header = _header_blocks(page, blocks, title)
    in_description = {b.text for b in blocks}
    # facts the page states outside the description: a header above it, or a sidebar
    # ("Job Summary: Company / Location / Salary") beside or below it
    outside = [b for b in page if b.text not in in_description]
    labelled = {**generic.labelled_fields(outside, limit=HEADER_BLOCKS), **generic.labelled_fields(header)}
    in_text = generic.labelled_fields(blocks, limit=40)
    header_text = render(header)
    posting = Posting(
        title=title,
        company=clean_company(s.company or fields.get("company") or labelled.get("company") or in_text.get("company")
                              or from_title.get("company") or og_site or sites.company_from_url(site, page_url)),
        location=_first(s.location, _first_part(fields.get("location")), labelled.get("location"),
                        from_title.get("location"), lambda: generic.find_location(header_text),
                        in_text.get("location"), lambda: generic.find_location(description[:1500])),
        employment_type=_first(s.employment_type, fields.get("employment_type"),
                               _employment(labelled.get("employment_type")),
                               lambda: generic.find_employment_type(header_text),
                               _employment(in_text.get("employment_type")),
                               lambda: generic.find_employment_type(description[:3000]),
                               lambda: generic.find_employment_type(render(outside))),
        salary=_first(s.salary, fields.get("salary"), _stated_pay(_first_part(labelled.get("salary"))),
                      lambda: generic.find_salary(header_text), _stated_pay(in_text.get("salary"))),
        date_posted=s.date_posted or _iso_date(fields.get("date_posted")) or _iso_date(labelled.get("date_posted"))
        or _date(root),
        site=site.name if site else "generic",
        url=page_url or s.url,
        description=description,
        sections=build_sections(blocks),
    )
    if posting.title and posting.company and posting.title.lower() == posting.company.lower():
        posting.company = None
    if not posting.company:  # last resort: the name printed under the title ("Acme Corp · Reno, NV")
        posting.company = next((c for c in (generic.byline(b).get("company") for b in header[1:5]) if c), None)
    if not posting.salary:
        posting.salary = generic.find_salary(description, in_prose=True)
    _check_is_posting(posting, structured is not None, site is not None and bool(fields.get("title")), root,
                      boilerplate)
    return posting


ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "BlogPosting", "Report", "OpinionNewsArticle",
                           "ReportageNewsArticle", "AnalysisNewsArticle", "ScholarlyArticle", "LiveBlogPosting"})
MIN_LISTED_JOBS = 3


def _check_is_posting(posting: Posting, structured: bool, site_hit: bool, root, boilerplate) -> None:
    """A page is a posting when it says so (JSON-LD, microdata), when a job board's own layout is
    there, or when its text reads like one (requirement sections, job vocabulary) and the page is
    not an article, a sign-in form or a list of jobs."""
    if structured:
        if not posting.description and not posting.title:
            raise NoPostingFound("the page's job data is empty — is the listing still loading?")
        return
    signing_in = any((el.get("type") or "").lower() == "password" for el in root.iter("input"))
    if not posting.description:
        if signing_in:
            raise NoPostingFound("the page asks you to sign in — open the listing while signed in, or its "
                                 "public link, and try again")
        raise NoPostingFound("the page has no readable text — is the listing still loading?")
    if site_hit and len(posting.description) >= 40:
        return
    job_sections = any(x.kind in (SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES, SectionKind.PREFERRED)
                       and x.text for x in posting.sections)
    if job_sections:
        return
    if ARTICLE_TYPES & jsonld.page_types(root):
        raise NoPostingFound("this page is a news or blog article, not a job posting")
    if generic.count_job_links(generic.body_of(root), boilerplate) >= MIN_LISTED_JOBS:
        raise NoPostingFound("this page lists several jobs (search results) — open one job's own page and try "
                             "again")
    if signing_in and len(posting.description) < 600:
        raise NoPostingFound("the page asks you to sign in — open the listing while signed in, or its public "
                             "link, and try again")
    if generic.looks_like_posting(posting.description):
        return
    raise NoPostingFound("the page has no job title, requirements or responsibilities — open the job's own "
                         "page (not a search results list) and try again")


def _pick(found: list[jsonld.StructuredPosting], hints: list[str]) -> jsonld.StructuredPosting | None:
    """The page's own posting when its structured data lists several (similar jobs carry theirs)."""
    if len(found) <= 1:
        return found[0] if found else None
    wanted = [h.lower() for h in hints if h]
    for candidate in found:
        title = (candidate.title or "").lower()
        if title and any(title == h or title in h for h in wanted):
            return candidate
    return found[0]


MIN_DESCRIPTION_CHARS = 80
MAX_EDGE_LINK_WORDS = 8


def _description(structured, site, root, boilerplate) -> list:
    """The posting's blocks, without lone links at either end ("« Back to job listings")."""
    blocks = _description_blocks(structured, site, root, boilerplate)
    start, end = 0, len(blocks)
    while start < end and blocks[start].link and len(blocks[start].text.split()) <= MAX_EDGE_LINK_WORDS:
        start += 1
    while end > start and blocks[end - 1].link and len(blocks[end - 1].text.split()) <= MAX_EDGE_LINK_WORDS:
        end -= 1
    return blocks[start:end]


def _blocks_of_all(elements: list, skip) -> list:
    return [block for element in elements for block in blocks_of(element, skip=skip)]


def _after_title(blocks: list, title: str | None) -> list:
    """A description found by text density may begin above the job's own title (a result list,
    breadcrumbs); the posting starts after its title heading."""
    if not title:
        return blocks
    wanted = title.lower()
    for i, block in enumerate(blocks[: max(3, len(blocks) // 3)]):
        if block.text.lower() == wanted and (block.is_heading_tag or block.bold) and i + 1 < len(blocks):
            return blocks[i + 1:]
    return blocks


def _description_blocks(structured, site, root, boilerplate) -> list:
    """The posting's blocks: structured data's description, the site's description element, or
    the page's main content, preferring the page when structured data holds only a summary."""
    from_data = html_fragment_blocks(structured.description_html) if structured and structured.description_html \
        else []
    data_len = len(render(from_data))
    from_site = []
    if site is not None:
        for element in sites.site_description(site, root):
            from_site.extend(blocks_of(element, skip=generic.Boilerplate(element)))
    site_len = len(render(from_site))
    if data_len >= MIN_DESCRIPTION_CHARS:
        if site_len > max(1.5 * data_len, data_len + 300):
            return from_site
        if data_len < 500 and site_len < MIN_DESCRIPTION_CHARS:
            from_page = _blocks_of_all(generic.main_content(root, boilerplate), boilerplate)
            page_text = render(from_page)
            opening = render(from_data)[:40].lower()
            if len(page_text) > 2 * data_len and opening[:25] in page_text.lower():
                return from_page
        return from_data
    if site_len >= MIN_DESCRIPTION_CHARS:
        return from_site
    from_page = _blocks_of_all(generic.main_content(root, boilerplate), boilerplate)
    return max((from_page, from_site, from_data), key=lambda b: len(render(b)))


HEADER_BLOCKS = 400
MAX_HEADER_BLOCKS = 40


def _header_blocks(page: list, description: list, title: str | None) -> list:
    """The page's text between the job's title and its description, where boards state the
    location, pay and type (without the search results or menus above the title)."""
    end = len(page)
    if description:
        first = description[0].text
        end = next((i for i, block in enumerate(page) if block.text == first), min(len(page), MAX_HEADER_BLOCKS))
    start = max(0, end - MAX_HEADER_BLOCKS)
    if title:
        wanted = title.lower()
        starts = [i for i in range(start, end) if wanted in page[i].text.lower() and len(page[i].text) < 3 * len(title)]
        if starts:
            start = starts[-1]
    return page[start:end]


def _first(*values):
    """The first value that is set; callables are asked only when everything before them is empty."""
    for value in values:
        value = value() if callable(value) else value
        if value:
            return value
    return None


def _first_part(value: str | None) -> str | None:
    """"Austin, TX · 2 weeks ago · 87 applicants" -> "Austin, TX"."""
    if not value:
        return value
    return re.split(r"\s+[·•|]\s+", value)[0].strip() or None


def _employment(value: str | None) -> str | None:
    """A labelled schedule ("Full-time, Monday–Friday") -> its employment type, when it names one."""
    return generic.find_employment_type(value) if value else None


def _stated_pay(value: str | None) -> str | None:
    return value if value and re.search(r"\d", value) else None


def _iso_date(value: str | None) -> str | None:
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", value or "")
    return m.group() if m else None


def clean_company(name: str | None) -> str | None:
    """ "at Acme" -> "Acme", "Acme logo" -> "Acme", "Acme Careers" -> "Acme", "Acme 4.1 ★" -> "Acme"."""
    if not name:
        return None
    name = clean_inline(name)
    name = re.sub(r"^(at|@)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s*\d(?:[.,]\d)?\s*(★|\*|out of 5|stars?)?$", "", name) if re.search(r"\d[.,]\d\s*(★|\*)?$|★$",
                                                                                           name) else name
    name = re.sub(r"\s*★+$", "", name)
    name = re.sub(r"\s+(logo|careers|jobs|job board|home ?page|careers? site|career page)$", "", name,
                  flags=re.IGNORECASE)
    return name.strip(" -|·") or None


def _date(root) -> str | None:
    value = generic.meta(root, "article:published_time", "datePosted", "date")
    if not value:
        for el in root.iter("time"):
            if el.get("datetime"):
                value = el.get("datetime")
                break
    m = re.match(r"^\d{4}-\d{2}-\d{2}", value or "")
    return m.group() if m else None

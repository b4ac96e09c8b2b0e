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
from credstack.postings.text import blocks_of, html_fragment_blocks, parse_html, render, text_blocks

__all__ = ["NoPostingFound", "Posting", "PostingError", "Section", "SectionKind", "parse_posting"]

MAX_INPUT_CHARS = 12 * 1024 * 1024
_HTML_SNIFF = re.compile(r"<\s*(!doctype|html|head|body|div|p|br|span|h[1-6]|ul|ol|li|table|script|meta|section|"
                         r"article|main|strong|b|a)\b", re.IGNORECASE)
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


def decode(data: bytes) -> str:
    """Bytes -> text: BOM, then the page's declared charset if it decodes cleanly, then UTF-8,
    then a detected encoding (pages saved years ago often declare one charset and use another)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace")
    declared = _META_CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii", "ignore").lower()] if declared else []
    # Browsers read latin-1 and ASCII labels as windows-1252 (WHATWG), and so do we.
    candidates = ["cp1252" if c in _WINDOWS_1252_LABELS else c for c in candidates]
    candidates.append("utf-8")
    for codec in candidates:
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            if codec == "cp1252":  # five bytes cp1252 leaves undefined: keep going, replacing them
                return data.decode(codec, "replace")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    codec = best.encoding if best is not None else "cp1252"
    return data.decode(codec, "replace")


def is_html(text: str) -> bool:
    return bool(_HTML_SNIFF.search(text[:20_000]))


def parse_posting(html_or_text: str | bytes, url: str | None = None) -> Posting:
    """Find the job posting in a page (HTML) or a text posting."""
    text = decode(html_or_text) if isinstance(html_or_text, (bytes, bytearray)) else html_or_text
    if text is None or not text.strip():
        raise NoPostingFound("the page is empty")
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
    if len(first) <= 100 and len(first.split()) <= 12 and classify(first) is None and not first.endswith("."):
        posting.title = first
    labelled = _labelled_fields(blocks[:40])
    posting.company = labelled.get("company")
    posting.location = labelled.get("location") or generic.find_location(posting.description[:1500])
    posting.employment_type = labelled.get("employment_type") or generic.find_employment_type(
        posting.description[:3000])
    posting.salary = labelled.get("salary") or generic.find_salary(posting.description)
    named_sections = any(s.kind != SectionKind.OTHER for s in posting.sections)
    if len(posting.description) < 20 and not named_sections:
        raise NoPostingFound("the text is too short to be a job posting")
    return posting


_LABELS = {
    "company": r"company|employer|organi[sz]ation|hiring company",
    "location": r"location|job location|work location|based in|office",
    "employment_type": r"job type|employment type|type|schedule",
    "salary": r"salary|pay|compensation|pay range|salary range",
}


def _labelled_fields(blocks) -> dict[str, str]:
    out: dict[str, str] = {}
    for i, block in enumerate(blocks):
        for field, labels in _LABELS.items():
            if field in out:
                continue
            m = re.match(rf"^(?:{labels})\s*:\s*(.*)$", block.text, re.IGNORECASE)
            if m:
                value = m.group(1).strip() or (blocks[i + 1].text if i + 1 < len(blocks) else "")
                if 0 < len(value) <= 120:
                    out[field] = value
    return out


def _from_html(markup: str, url: str | None) -> Posting:
    root = parse_html(markup)
    if root is None:
        raise NoPostingFound("the page could not be read as HTML")
    structured = jsonld.json_ld(root) or jsonld.microdata(root)
    site = sites.detect_site(root, url)
    fields = sites.site_fields(site, root) if site else {}
    _, suffixes = sites.load_sites()
    from_title = generic.split_title(generic.meta(root, "og:title", "twitter:title") or generic.page_title(root) or "",
                                     suffixes)
    og_site = generic.meta(root, "og:site_name")
    if og_site and og_site.lower() in {s.lower() for s in suffixes}:
        og_site = None

    blocks = []
    if structured and structured.description_html:
        blocks = html_fragment_blocks(structured.description_html)
    if len(render(blocks)) < 80 and site is not None:
        element = sites.site_description(site, root)
        if element is not None:
            blocks = blocks_of(element, skip=generic.is_boilerplate)
    if len(render(blocks)) < 80:
        blocks = blocks_of(generic.main_content(root), skip=generic.is_boilerplate)
    description = render(blocks)

    s = structured or jsonld.StructuredPosting()
    posting = Posting(
        title=s.title or fields.get("title") or generic.first_heading(root) or from_title["title"],
        company=s.company or fields.get("company") or from_title["company"] or og_site,
        location=s.location or fields.get("location") or from_title["location"],
        employment_type=s.employment_type or fields.get("employment_type"),
        salary=s.salary or fields.get("salary"),
        date_posted=s.date_posted or fields.get("date_posted") or _date(root),
        site=site.name if site else ("jsonld" if structured else "generic"),
        url=url or s.url or generic.meta(root, "og:url"),
        description=description,
        sections=build_sections(blocks),
    )
    posting.company = clean_company(posting.company)
    if not (posting.location and posting.employment_type and posting.salary):
        header = generic.page_text(root)
        posting.location = posting.location or generic.find_location(header)
        posting.employment_type = posting.employment_type or generic.find_employment_type(header)
        pay_text = "\n".join(s.text for s in posting.sections if s.kind != SectionKind.BENEFITS)
        posting.salary = posting.salary or generic.find_salary(header.split(description[:200])[0] if description
                                                               else header) or generic.find_salary(pay_text)
    job_sections = any(s.kind in (SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES, SectionKind.PREFERRED)
                       for s in posting.sections)
    if structured is None and site is None and not job_sections and not generic.looks_like_posting(description):
        if not description:
            raise NoPostingFound("the page has no readable text — is the listing still loading?")
        raise NoPostingFound("the page has no job title, requirements or responsibilities — open the job's own "
                             "page (not a search results list) and try again")
    if not description and structured is None:
        raise NoPostingFound("the listing's description is empty — is it still loading?")
    return posting


def clean_company(name: str | None) -> str | None:
    """ "at Acme" -> "Acme", "Acme logo" -> "Acme", "Acme Careers" -> "Acme"."""
    if not name:
        return None
    name = re.sub(r"^(at|@)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s+(logo|careers|jobs|job board|home page|homepage)$", "", name, flags=re.IGNORECASE)
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

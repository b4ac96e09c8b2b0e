"""Site adapters (``data/postings_sites.json``): known job boards' markup -> posting fields."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from credstack.postings.text import blocks_of, clean_inline

FIELDS = ("title", "company", "location", "employment_type", "salary", "date_posted")


@dataclass(frozen=True)
class Site:
    name: str
    hosts: re.Pattern
    detect: tuple[tuple[CSSSelector, str], ...]  # (selector, a name it needs in the raw markup)
    fields: dict[str, tuple[tuple[CSSSelector, str | None], ...]]
    description: tuple[tuple[CSSSelector, bool], ...]  # (selector, join every match)
    company_from_url: re.Pattern | None = None


def _selector(text: str) -> tuple[CSSSelector, str | None]:
    css, _, attribute = text.partition("@")
    return CSSSelector(css), attribute or None


@lru_cache(maxsize=1)
def load_sites() -> tuple[list[Site], list[str]]:
    data = json.loads((resources.files("credstack") / "data" / "postings_sites.json").read_text("utf-8"))
    sites = []
    for raw in data["sites"]:
        try:
            sites.append(Site(
                name=raw["name"], hosts=re.compile(raw["hosts"], re.IGNORECASE),
                detect=tuple((CSSSelector(s), _needed_name(s)) for s in raw.get("detect", [])),
                fields={f: tuple(_selector(s) for s in raw.get(f, [])) for f in FIELDS},
                description=tuple((CSSSelector(s.removeprefix("all:")), s.startswith("all:"))
                                  for s in raw.get("description", [])),
                company_from_url=re.compile(raw["company_from_url"], re.IGNORECASE)
                if raw.get("company_from_url") else None,
            ))
        except SelectorError as exc:  # a broken selector is a data bug; the schema test catches it
            raise ValueError(f"site {raw.get('name')}: {exc}") from exc
    return sites, data["title_suffixes"]


_CSS_NAMES = re.compile(r"[#.]([A-Za-z_][\w-]*)|=\s*['\"]?([A-Za-z_][\w-]*)|(?:^|\s)([a-z]+-[\w-]+)")


def _needed_name(css: str) -> str:
    """The longest id, class, attribute value or custom element a selector names: a page without
    that text cannot match, and a substring test is far cheaper than a query over a large page."""
    names = [a or b or c for a, b, c in _CSS_NAMES.findall(css)]
    return max(names, key=len) if names else ""


def host_of(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def detect_site(root, url: str | None, markup: str | None = None) -> Site | None:
    """The adapter for this page: by URL host first, then by the page's own markup."""
    sites, _ = load_sites()
    host = host_of(url)
    if host:
        for site in sites:
            if site.hosts.search(host):
                return site
    for site in sites:
        if any((markup is None or name in markup) and sel(root) for sel, name in site.detect):
            return site
    return None


def first_text(root, selectors) -> str | None:
    for selector, attribute in selectors:
        for el in selector(root):
            value = el.get(attribute) if attribute else _visible_text(el)
            text = clean_inline(value or "")
            if text:
                return text[:300]
    return None


_SCREEN_READER = re.compile(r"(^|\s)(visually-hidden|sr-only|screen-reader-text|a11y-text|a11y-hidden)(\s|$)",
                            re.IGNORECASE)


def _screen_reader_copy(el) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return bool(_SCREEN_READER.search(el.get("class") or "")) or "display:none" in style


def _visible_text(el) -> str:
    """Text without screen-reader copies (a card's "Senior Engineer" beside a visually hidden
    "Senior Engineer with verification"); the plain text when nothing else is left."""
    text = " ".join(b.text for b in blocks_of(el, skip=lambda e: e is not el and _screen_reader_copy(e)))
    return text or el.text_content()


def site_fields(site: Site, root) -> dict[str, str | None]:
    fields = {f: first_text(root, site.fields[f]) for f in FIELDS}
    # separators the board prints between header facts (" - Full-time", "· Austin, TX")
    return {f: (v.strip(" -–—|·•,/") or None) if v else None for f, v in fields.items()}


def site_description(site: Site, root) -> list:
    """The elements holding the job text on this site (usually one), or []."""
    for selector, join in site.description:
        found = [el for el in selector(root) if clean_inline(el.text_content())]
        if not found:
            continue
        if not join:
            return found[:1]
        return [el for el in found if not any(other is not el and _contains(other, el) for other in found)]
    return []


def _contains(outer, inner) -> bool:
    return any(a is outer for a in inner.iterancestors())


def company_from_url(site: Site | None, url: str | None) -> str | None:
    """The company an ATS names in its URL (acme.wd5.myworkdayjobs.com, jobs.lever.co/acme)."""
    if site is None or site.company_from_url is None or not url:
        return None
    m = site.company_from_url.search(url)
    if not m:
        return None
    slug = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m.group("company"))  # "SummitComfort" -> "Summit Comfort"
    slug = re.sub(r"[-_.+%]+|\d+$", " ", slug).strip()
    return " ".join(w if w.isupper() else w.capitalize() for w in slug.split()) or None


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_ARCHIVED = re.compile(r"^https?://(?:web\.)?archive\.org/web/\d+[a-z_]*/(?P<url>.+)$", re.IGNORECASE)


def declared_url(markup: str, root) -> str | None:
    """The address a saved page names for itself: the browser's "saved from url" mark, the
    canonical link, og:url or <base href>."""
    m = _SAVED_FROM.search(markup[:4000])
    candidates = [m.group(1)] if m else []
    head = root.find("head")
    scope = head if head is not None else root
    for el in scope.iter("link", "meta", "base"):
        tag = el.tag
        if tag == "link" and "canonical" in (el.get("rel") or "").lower():
            candidates.append(el.get("href") or "")
        elif tag == "meta" and (el.get("property") or el.get("name") or "").lower() == "og:url":
            candidates.append(el.get("content") or "")
        elif tag == "base":
            candidates.append(el.get("href") or "")
    for candidate in candidates:
        candidate = candidate.strip()
        if re.match(r"^https?://[^/\s]+", candidate, re.IGNORECASE):
            return candidate
    return None


def original_url(url: str | None) -> str | None:
    """An archived copy's address -> the page it copies (for choosing the site adapter)."""
    if not url:
        return url
    m = _ARCHIVED.match(url.strip())
    if m:
        inner = m.group("url")
        return inner if re.match(r"^https?://", inner, re.IGNORECASE) else f"http://{inner}"
    return url

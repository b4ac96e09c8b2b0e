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

from credstack.postings.text import clean_inline

FIELDS = ("title", "company", "location", "employment_type", "salary", "date_posted")


@dataclass(frozen=True)
class Site:
    name: str
    hosts: re.Pattern
    detect: tuple[CSSSelector, ...]
    fields: dict[str, tuple[tuple[CSSSelector, str | None], ...]]
    description: tuple[CSSSelector, ...]


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
                detect=tuple(CSSSelector(s) for s in raw.get("detect", [])),
                fields={f: tuple(_selector(s) for s in raw.get(f, [])) for f in FIELDS},
                description=tuple(CSSSelector(s) for s in raw.get("description", [])),
            ))
        except SelectorError as exc:  # a broken selector is a data bug; the schema test catches it
            raise ValueError(f"site {raw.get('name')}: {exc}") from exc
    return sites, data["title_suffixes"]


def host_of(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def detect_site(root, url: str | None) -> Site | None:
    """The adapter for this page: by URL host first, then by the page's own markup."""
    sites, _ = load_sites()
    host = host_of(url)
    if host:
        for site in sites:
            if site.hosts.search(host):
                return site
    for site in sites:
        if any(sel(root) for sel in site.detect):
            return site
    return None


def first_text(root, selectors) -> str | None:
    for selector, attribute in selectors:
        for el in selector(root):
            value = el.get(attribute) if attribute else el.text_content()
            text = clean_inline(value or "")
            if text:
                return text[:300]
    return None


def site_fields(site: Site, root) -> dict[str, str | None]:
    return {f: first_text(root, site.fields[f]) for f in FIELDS}


def site_description(site: Site, root):
    """The element holding the job text on this site, or None."""
    for selector in site.description:
        found = selector(root)
        if found and clean_inline(found[0].text_content()):
            return found[0]
    return None

"""schema.org JobPosting from JSON-LD (plain, in @graph, in lists, HTML-escaped) and microdata."""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field

from credstack.hygiene import depth
from credstack.postings.dates import parse_date
from credstack.postings.employment import telling_employment_type
from credstack.postings.text import clean_inline, unescape_markup

EMPLOYMENT_TYPES = {
    "FULL_TIME": "Full-time", "PART_TIME": "Part-time", "CONTRACTOR": "Contract", "CONTRACT": "Contract",
    "TEMPORARY": "Temporary", "INTERN": "Internship", "INTERNSHIP": "Internship", "VOLUNTEER": "Volunteer",
    "PER_DIEM": "Per diem", "OTHER": "Other",
}
UNITS = {"HOUR": "an hour", "DAY": "a day", "WEEK": "a week", "MONTH": "a month", "YEAR": "a year"}
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "AUD": "A$", "CAD": "C$", "INR": "₹", "JPY": "¥", "NZD": "NZ$"}
MAX_NODES = 20_000
MAX_DEPTH = 64
MAX_PLACE_CHARS = 120


@dataclass
class StructuredPosting:
    """Fields a page states about its posting in structured data (all optional)."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    employment_type: str | None = None
    salary: str | None = None
    date_posted: str | None = None
    url: str | None = None
    description_html: str | None = None


def _loads(text: str):
    """The JSON of a JSON-LD block, or None: unreadable, or nested deeper than MAX_DEPTH (a
    hostile page; nothing a job posting needs is that deep), counts as absent."""
    data = _parse(text)
    if data is not None and depth(data, MAX_DEPTH) > MAX_DEPTH:
        return None
    return data


def _parse(text: str):
    text = text.strip()
    text = re.sub(r"^\s*<!--|-->\s*$", "", text)
    text = re.sub(r"^\s*//\s*<!\[CDATA\[|//\s*\]\]>\s*$", "", text)
    try:
        return json.loads(text)
    except RecursionError:
        return None
    except ValueError:
        pass
    try:  # trailing commas and raw control characters are common in hand-written JSON-LD
        return json.loads(re.sub(r",\s*([}\]])", r"\1", text), strict=False)
    except (ValueError, RecursionError):
        return None


def _is_job_posting(node: dict) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting" for k in kinds)


def _find_job_postings(data) -> tuple[list[dict], dict[str, dict]]:
    """Every JobPosting anywhere in the data, and every node that has an "@id" (for references
    such as ``"hiringOrganization": {"@id": "#org"}`` into a WordPress-style @graph)."""
    found, ids, stack, seen = [], {}, [data], 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            if _is_job_posting(node):
                found.append(node)
            if isinstance(node.get("@id"), str) and len(node) > 2:
                ids.setdefault(node["@id"], node)
            stack.extend(v for v in reversed(node.values()) if isinstance(v, (dict, list)))
    return found, ids


def _resolve(value, ids: dict[str, dict]):
    """A bare {"@id": ...} reference -> the node it names (one level)."""
    if isinstance(value, dict) and isinstance(value.get("@id"), str) and len(value) <= 2:
        return ids.get(value["@id"], value)
    if isinstance(value, list):
        return [_resolve(v, ids) for v in value]
    return value


def _text(value) -> str | None:
    if isinstance(value, str):
        text = clean_inline(html_lib.unescape(value))
        return text or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    if isinstance(value, list):
        parts = [t for t in (_text(v) for v in value) if t]
        return ", ".join(dict.fromkeys(parts)) or None
    return None


def _place(value) -> str | None:
    if isinstance(value, list):
        parts = [p for p in (_place(v) for v in value[:5]) if p]
        return "; ".join(dict.fromkeys(parts)) or None
    if isinstance(value, dict):
        address = value.get("address", value)
        if isinstance(address, str):
            return _text(address)
        if isinstance(address, dict):
            parts = [_text(_address_part(address, k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
            joined = _east_asian_address(parts[0], parts[1]) or ", ".join(p for p in parts if p)
            return joined or _text(address.get("name")) or _text(value.get("name"))
    return _text(value)


_HAN_KANA = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\s]+$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3\s]+$")


def _east_asian_address(locality: str | None, region: str | None) -> str | None:
    """A Japanese, Chinese or Korean place as its own script writes it, largest part first:
    "東京都大田区" (no space between), "서울특별시 강남구" (a space), not "大田区, 東京都, JP"."""
    if not locality or not region or region in locality:
        return None
    if _HAN_KANA.match(locality) and _HAN_KANA.match(region):
        return region + locality
    if _HANGUL.match(locality) and _HANGUL.match(region):
        return f"{region} {locality}"
    return None


def _address_part(address: dict, key: str):
    """An address property, also when a board numbers it ("addressRegion1")."""
    if key in address:
        return address[key]
    return next((v for k, v in address.items() if isinstance(k, str) and k.rstrip("0123456789") == key), None)


def _money(amount: float) -> str:
    return f"{amount:,.0f}" if amount >= 100 else f"{amount:,.2f}".rstrip("0").rstrip(".")


def _salary(value) -> str | None:
    if isinstance(value, str):
        return _text(value)
    if not isinstance(value, dict):
        return None
    currency = value.get("currency") if isinstance(value.get("currency"), str) else ""
    sign = CURRENCY_SIGNS.get(currency.upper(), f"{currency} " if currency else "")
    inner = value.get("value")
    if not isinstance(inner, dict):  # microdata flattens the QuantitativeValue into its parent
        inner = value if any(k in value for k in ("minValue", "maxValue")) else {"value": inner}
    unit = UNITS.get(str(inner.get("unitText") or value.get("unitText") or "").upper(), "")

    def number(key):
        try:
            return float(str(inner.get(key)).replace(",", ""))
        except (TypeError, ValueError):
            return None

    low, high, single = number("minValue"), number("maxValue"), number("value")
    if low is not None and high is not None and high != low:
        amount = f"{sign}{_money(low)}–{sign}{_money(high)}"
    elif low is not None or single is not None or high is not None:
        amount = f"{sign}{_money(next(v for v in (single, low, high) if v is not None))}"
    else:
        return None
    return f"{amount} {unit}".strip()


def _employment(value) -> str | None:
    values = value if isinstance(value, list) else [value]
    names = [EMPLOYMENT_TYPES.get(str(v).upper().replace("-", "_").replace(" ", "_")) or _named_type(_text(v))
             for v in values if v]
    names = [n for n in names if n and n != "Other"]  # "OTHER" says nothing: the page's own words may
    return ", ".join(dict.fromkeys(names)) or None


def _named_type(text: str | None) -> str | None:
    """A site's own words in place of schema.org's values ("umowa zlecenie, kontrakt B2B", "CDI") ->
    the employment type they name, or the words as they are when they name none."""
    return (telling_employment_type(text) or text) if text else None


# schema.org properties some pages fill instead of (or beside) "description".
EXTRA_PROPERTIES = (("responsibilities", "Responsibilities"), ("qualifications", "Qualifications"),
                    ("skills", "Skills"), ("educationRequirements", "Education requirements"),
                    ("experienceRequirements", "Experience requirements"), ("jobBenefits", "Benefits"))


def _extra_text(value) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        items = [t for t in (_extra_text(v) for v in value[:50]) if t]
        return "<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>" if items else None
    if isinstance(value, dict):
        return _extra_text(value.get("description") or value.get("name") or value.get("credentialCategory"))
    return None


def _words(markup: str) -> str:
    return re.sub(r"\W+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", markup))).lower()


def _with_extras(description: str | None, node: dict) -> str | None:
    """The description, followed by the separate qualifications/responsibilities/... properties
    that it does not already contain."""
    description = unescape_markup(description) if description else description
    plain = _words(description or "")
    parts = [description] if description else []
    for key, heading in EXTRA_PROPERTIES:
        text = _extra_text(node.get(key))
        if not text:
            continue
        text = unescape_markup(text)
        probe = _words(text).strip()[:80]
        if probe and probe not in plain:
            parts.append(f"<h3>{heading}</h3>{text if '<' in text else '<p>' + text + '</p>'}")
    return "".join(parts) or None


def from_node(node: dict, ids: dict[str, dict] | None = None) -> StructuredPosting:
    ids = ids or {}
    location = _place(_resolve(node.get("jobLocation"), ids))
    if str(node.get("jobLocationType", "")).upper() == "TELECOMMUTE":
        location = f"Remote ({location})" if location else "Remote"
        requirements = _place(node.get("applicantLocationRequirements"))
        # a list of every country is no requirement worth repeating
        if requirements and requirements not in location and len(requirements) <= MAX_PLACE_CHARS:
            location = f"{location}; {requirements}"
    description = node.get("description")
    date = _text(node.get("datePosted"))
    return StructuredPosting(
        title=_text(node.get("title") or node.get("name")),
        company=_text(_resolve(node.get("hiringOrganization"), ids)),
        location=location,
        employment_type=_employment(node.get("employmentType")),
        salary=_salary(node.get("baseSalary") or node.get("estimatedSalary")),
        date_posted=parse_date(date),
        url=node.get("url") if isinstance(node.get("url"), str) else None,
        description_html=_with_extras(description if isinstance(description, str) else None, node),
    )


@dataclass
class JsonLd:
    """What a page's JSON-LD says: its job postings, in page order, and the schema.org types it
    declares at the top or in @graph ("NewsArticle", "WebPage", ...)."""

    postings: list[StructuredPosting] = field(default_factory=list)
    types: set[str] = field(default_factory=set)


def read_json_ld(root) -> JsonLd:
    found = JsonLd()
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        data = _loads(script.text)
        if data is None:
            continue
        postings, ids = _find_job_postings(data)
        found.postings.extend(from_node(p, ids) for p in postings[:50])
        found.types |= _top_types(data)
    return found


def _top_types(data) -> set[str]:
    types: set[str] = set()
    for node in (data if isinstance(data, list) else [data])[:50]:
        if not isinstance(node, dict):
            continue
        graph = node.get("@graph")
        for item in [node, *(graph[:100] if isinstance(graph, list) else [])]:
            kind = item.get("@type") if isinstance(item, dict) else None
            types.update(k.rsplit("/", 1)[-1] for k in (kind if isinstance(kind, list) else [kind])
                         if isinstance(k, str))
    return types


def microdata_all(root):
    """JobPostings marked up with itemscope/itemprop, in page order (a generator)."""
    from lxml import etree

    for scope in root.iter():
        if not isinstance(scope.tag, str):
            continue
        kind = scope.get("itemtype") or ""
        if "JobPosting" not in kind:
            continue
        props: dict[str, object] = {}
        for el in scope.iter():
            if el is scope or not isinstance(el.tag, str):
                continue
            name = el.get("itemprop")
            if not name or name in props:
                continue
            if name == "description":
                props[name] = etree.tostring(el, encoding="unicode", method="html", with_tail=False)
            elif el.get("itemscope") is not None:
                inner = {}
                for sub in el.iter():
                    sub_name = sub.get("itemprop") if isinstance(sub.tag, str) else None
                    if sub is not el and sub_name and sub_name not in inner:
                        inner[sub_name] = sub.get("content") or clean_inline(sub.text_content())
                props[name] = inner or clean_inline(el.text_content())
            else:
                props[name] = el.get("content") or el.get("datetime") or clean_inline(el.text_content())
        location = props.get("jobLocation")
        if isinstance(location, dict):
            location = ", ".join(str(location[k]) for k in ("addressLocality", "addressRegion", "addressCountry")
                                 if location.get(k)) or location.get("name")
        yield StructuredPosting(
            title=_text(props.get("title")), company=_text(props.get("hiringOrganization")),
            location=_text(location), employment_type=_employment(props.get("employmentType")),
            salary=_salary(props.get("baseSalary")),
            date_posted=parse_date(_text(props.get("datePosted"))),
            description_html=props.get("description") if isinstance(props.get("description"), str) else None,
        )

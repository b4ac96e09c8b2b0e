"""Any page: strip boilerplate, find the main content by text density, and read the title,
company, location, type, salary and date from the page's own conventions."""

from __future__ import annotations

import re
from collections import defaultdict

from credstack.postings.text import clean_inline

BOILERPLATE_TAGS = ("nav", "header", "footer", "aside", "form", "dialog", "menu")
BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
                     "menu", "menubar"}
BOILERPLATE_HINTS = re.compile(
    r"(^|[\s_-])(cookie|consent|gdpr|ccpa|onetrust|newsletter|subscribe|signup|sign-up|breadcrumbs?|share|sharing|"
    r"social|modal|popup|pop-up|overlay|sidebar|side-bar|footer|similar|related|recommend(ed|ations?)?|"
    r"more-jobs|other-jobs|jobs-you|people-also|also-viewed|nav|navbar|menu|toolbar|skip-link|promo|advert|ads)"
    r"($|[\s_-])",
    re.IGNORECASE,
)
CONTENT_TAGS = ("p", "li", "pre", "td", "dd", "blockquote")
US_STATES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC").split()
_STATES = "|".join(US_STATES)
LOCATION = re.compile(
    r"\b(?:(?:Remote|Hybrid|On-?site)(?:\s*[-–(]\s*[A-Z][\w .,]+\)?)?|"
    rf"[A-Z][a-zA-Z.'\- ]{{1,28}},\s*(?:{_STATES})"
    r"(?:\s+\d{5})?\b|[A-Z][a-zA-Z.'\- ]{1,28},\s*(?:United States|USA|UK|United Kingdom|Canada|Australia|Germany|"
    r"France|India|Ireland|Netherlands|Spain|Singapore|New Zealand|Remote))"
)
EMPLOYMENT = re.compile(r"\b(full[- ]time|part[- ]time|contract(?:or)?|internship|temporary|freelance|permanent)\b",
                        re.IGNORECASE)
SALARY = re.compile(
    r"(?:[$£€]|USD\s?|EUR\s?|GBP\s?)\s?\d[\d,]*(?:\.\d+)?\s?[kK]?"
    r"(?:\s*(?:-|–|to)\s*(?:[$£€]|USD\s?)?\s?\d[\d,]*(?:\.\d+)?\s?[kK]?)?"
    r"(?:\s*(?:per|/|an?|each)\s*(?:hour|hr|year|yr|annum|month|week|day))?",
)
JOB_CUES = re.compile(
    r"\b(responsibilit|qualification|requirement|experience|apply|salary|benefits|job|role|position|candidate|"
    r"hiring|full[- ]time|part[- ]time|years of|skills|you will|we are looking|looking for|duties|team)",
    re.IGNORECASE,
)


def _hint(el) -> str:
    return " ".join(filter(None, (el.get("id"), el.get("class"), el.get("aria-label"), el.get("data-testid"))))


def is_boilerplate(el) -> bool:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in BOILERPLATE_TAGS:
        return True
    if (el.get("role") or "").lower() in BOILERPLATE_ROLES:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    hint = _hint(el)
    return bool(hint) and bool(BOILERPLATE_HINTS.search(hint)) and tag not in ("body", "html", "main", "article")


def main_content(root):
    """The element holding most of the page's prose (readability-style paragraph scoring)."""
    scores: dict = defaultdict(float)
    body = root.find("body")
    body = body if body is not None else root
    skipped = set()
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        if el in skipped or (parent is not None and parent in skipped) or is_boilerplate(el):
            skipped.add(el)
            continue
        if el.tag.lower() not in CONTENT_TAGS:
            continue
        text = clean_inline(el.text_content())
        if len(text) < 25:
            continue
        points = 1 + min(len(text) // 100, 3) + text.count(",") * 0.1 + (1 if JOB_CUES.search(text) else 0)
        if parent is not None:
            scores[parent] += points
            grand = parent.getparent()
            if grand is not None:
                scores[grand] += points / 2
    if not scores:
        return body
    best = max(scores, key=lambda el: scores[el] * (1 - _link_density(el)))
    # Content split over siblings ("requirements" in one div, "benefits" in the next) scores
    # almost as well one level up: take the parent then.
    while (parent := best.getparent()) is not None and parent in scores and parent.tag != "html" \
            and scores[parent] >= 0.75 * scores[best]:
        best = parent
    return best


def _link_density(el) -> float:
    total = len(clean_inline(el.text_content())) or 1
    links = sum(len(clean_inline(a.text_content())) for a in el.iter("a"))
    return min(1.0, links / total)


def meta(root, *names: str) -> str | None:
    head = root.find("head")
    scope = head if head is not None else root
    for el in scope.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in names and clean_inline(el.get("content") or ""):
            return clean_inline(el.get("content"))[:300]
    return None


def first_heading(root) -> str | None:
    for el in root.iter("h1"):
        text = clean_inline(el.text_content())
        if 2 < len(text) <= 150:
            return text
    return None


def page_title(root) -> str | None:
    el = root.find(".//title")
    if el is None:
        return None
    return clean_inline(el.text_content())[:300] or None


_SEPARATORS = re.compile(r"\s+[|–—·•»:]{1,2}\s+|\s+-\s+")
_HIRING = re.compile(r"^(?P<company>.+?)\s+hiring\s+(?P<title>.+?)(?:\s+in\s+(?P<location>.+))?$", re.IGNORECASE)
_APPLICATION = re.compile(r"^job application for\s+(?P<title>.+?)\s+at\s+(?P<company>.+)$", re.IGNORECASE)
_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>[A-Z0-9].+)$")


def split_title(raw: str, suffixes: list[str]) -> dict[str, str | None]:
    """A page title -> job title (and company/location when the title states them)."""
    suffix_set = {s.lower() for s in suffixes}
    parts = [p.strip() for p in _SEPARATORS.split(raw) if p.strip()]
    kept = [p for p in parts if p.lower() not in suffix_set and not re.search(r"\.(com|co|io)\b", p.lower())
            and not re.match(r"(?i)^(jobs?|careers?)( at| in| board)?\b", p)]
    out: dict[str, str | None] = {"title": None, "company": None, "location": None}
    if not kept:
        return out
    first = kept[0]
    for pattern in (_HIRING, _APPLICATION, _AT):
        m = pattern.match(first)
        if m:
            out.update({k: v for k, v in m.groupdict().items() if v})
            break
    else:
        out["title"] = first
        if len(kept) > 1 and not LOCATION.fullmatch(kept[1]):
            out["company"] = kept[1]
        for part in kept[1:]:
            if LOCATION.fullmatch(part):
                out["location"] = part
    return out


def find_location(text: str) -> str | None:
    m = LOCATION.search(text)
    return m.group().strip() if m else None


def find_employment_type(text: str) -> str | None:
    m = EMPLOYMENT.search(text)
    if not m:
        return None
    word = m.group(1).lower().replace(" ", "-")
    return {"full-time": "Full-time", "part-time": "Part-time", "contractor": "Contract"}.get(word, word.capitalize())


def find_salary(text: str) -> str | None:
    """A stated pay: a range, an hourly rate, or a yearly figure (not a $500 stipend)."""
    for m in SALARY.finditer(text):
        value = m.group().strip()
        digits = re.sub(r"\D", "", value.split("-")[0].split("–")[0].split(" to ")[0])
        is_range = bool(re.search(r"\d\s*(-|–|to)\s*\D{0,5}\d", value))
        hourly = bool(re.search(r"(hour|hr)\b", value))
        if is_range or hourly or re.search(r"\d[kK]\b", value) or (digits and int(digits[:9]) >= 10_000):
            return value
    return None


def page_text(root, limit: int = 6000) -> str:
    """The page's visible text without navigation and other boilerplate (for header fields)."""
    from credstack.postings.text import blocks_of, render

    body = root.find("body")
    return render(blocks_of(body if body is not None else root, skip=is_boilerplate))[:limit]


def looks_like_posting(text: str) -> bool:
    """Enough job vocabulary that this is a listing, not a news page or a login wall."""
    if len(text) < 120:
        return False
    cues = {m.group(1).lower()[:8] for m in JOB_CUES.finditer(text[:50_000])}
    return len(cues) >= 3

"""Any page: strip boilerplate, find the main content by text density, and read the title,
company, location, type, salary and date from the page's own conventions."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lxml import etree

from credstack.postings.text import BLOCK_TAGS, SKIP_TAGS, Block, clean_inline

BOILERPLATE_TAGS = ("nav", "header", "footer", "aside", "form", "dialog", "menu")
BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
                     "menu", "menubar"}
BOILERPLATE_HINTS = re.compile(
    r"(^|[\s_-])(cookies?|consent|gdpr|ccpa|onetrust|newsletter|subscribe|signup|sign-up|breadcrumbs?|share|sharing|"
    r"social|modal|popup|pop-up|overlay|sidebar|side-bar|footer|similar|related|recommend(ed|ations?)?|"
    r"more-jobs|other-jobs|jobs-you|people-also|also-viewed|nav|navbar|menu|toolbar|skip-link|promo|advert|ads|"
    r"visually-hidden|sr-only|screen-reader-text|a11y-text|wm-ipp|donato)"
    r"($|[\s_-])",
    re.IGNORECASE,
)
CONTENT_HINTS = re.compile(r"(^|[_-])(article|body|column|content|main|entry|hentry|post|primary|story)($|[_-])",
                           re.IGNORECASE)
_LAYOUT_MODIFIER = re.compile(r"^(has|with|no|without|show|hide|hidden|is|js|ast|layout)-", re.IGNORECASE)
# A boilerplate-looking element holding more than this share of the text in scope is the page
# itself (ASP.NET wraps whole pages in <form>; themes put "has-sidebar" on the content wrapper).
MAX_BOILERPLATE_SHARE = 0.6
CONTENT_TAGS = ("p", "li", "pre", "td", "dd", "blockquote")
SECTIONING_TAGS = frozenset({"article", "main", "section"})
SUB_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
LIST_TAGS = ("ul", "ol", "div", "section", "table", "tbody", "dl")
US_STATES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC").split()
_STATES = "|".join(US_STATES)
_COUNTRY_NAMES = (
    "United States|USA|US|UK|United Kingdom|England|Scotland|Wales|Northern Ireland|Canada|Australia|Germany|"
    "Deutschland|France|India|Ireland|Netherlands|Nederland|Spain|España|Italy|Italia|Poland|Polska|Portugal|"
    "Sweden|Denmark|Norway|Finland|Iceland|Switzerland|Schweiz|Suisse|Austria|Österreich|Belgium|Belgique|"
    "Luxembourg|Czech Republic|Czechia|Slovakia|Slovenia|Hungary|Romania|Bulgaria|Croatia|Serbia|Greece|Cyprus|"
    "Malta|Estonia|Latvia|Lithuania|Ukraine|Turkey|Türkiye|Singapore|New Zealand|Japan|China|Hong Kong|Taiwan|"
    "South Korea|Korea|Vietnam|Thailand|Malaysia|Indonesia|Pakistan|Bangladesh|Sri Lanka|Brazil|Brasil|Mexico|"
    "México|Argentina|Chile|Colombia|Peru|Costa Rica|Philippines|South Africa|Nigeria|Kenya|Ghana|Egypt|Morocco|"
    "Israel|UAE|United Arab Emirates|Saudi Arabia|Qatar"
)
_COUNTRIES = _COUNTRY_NAMES + "|Remote|ON|BC|AB|QC|NSW|VIC|QLD|WA"
_AU_STATES = "NSW|VIC|QLD|WA|SA|TAS|ACT|NT"
# a place-name word: "Louis", "St.", "Winston-Salem", "São", "Zürich"; not "States."
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]{0,2}\.|(?:[^\W\d_]|['-])*)"
_PLACE = rf"{_PLACE_WORD}(?:[ -](?:(?:de|la|del|du|do|da|upon|on|of|am|an|im|sur)\s)?{_PLACE_WORD}){{0,3}}"
LOCATION = re.compile(
    rf"\b(?:(?:Remote|Hybrid|On-?site)(?:\s*(?:[-–(,]|in)\s*{_PLACE}(?:,\s*{_PLACE})?\)?)?|"
    rf"{_PLACE},\s*(?:{_STATES})(?:\s+\d{{5}})?\b|"
    rf"{_PLACE}(?:\s\d{{1,2}})?(?:,\s*{_PLACE})?,\s*(?:{_COUNTRIES})\b(?!-)|"
    rf"{_PLACE},?\s+(?:{_AU_STATES})\s+\d{{4}}\b)"
)
# a byline part that is just a country or city-state ("Singapore", "Germany")
COUNTRY_ONLY = re.compile(rf"(?:{_COUNTRY_NAMES})")
EMPLOYMENT = re.compile(r"\b(full[- ]time|part[- ]time|contract(?:or)?|internship|temporary|freelance|permanent)\b",
                        re.IGNORECASE)
_S = r"[ \t\u00a0]"  # a pay figure stays on its line
_CURRENCY = rf"(?:[$£€₹]|USD{_S}?|EUR{_S}?|GBP{_S}?|AUD{_S}?|CAD{_S}?|INR{_S}?|A\$|C\$|NZ\$)"
_AMOUNT = rf"{_S}?\d[\d,]*(?:\.\d+)?{_S}?[kK]?"
_PER = rf"(?:{_S}*(?:per|/|an?|each){_S}*(?:hour|hr|year|yr|annum|month|mo|week|wk|day)\b)"
SALARY = re.compile(rf"{_CURRENCY}{_AMOUNT}{_PER}?(?:{_S}*(?:-|–|—|to){_S}*{_CURRENCY}?{_AMOUNT}{_PER}?)?")
JOB_CUES = re.compile(
    r"\b(responsibilit|qualification|requirement|experience|apply|salary|benefits|job|role|position|candidate|"
    r"hiring|full[- ]time|part[- ]time|years of|skills|you will|we are looking|looking for|duties|team)",
    re.IGNORECASE,
)


class Boilerplate:
    """Decides which elements are page chrome (navigation, banners, cookie notices, similar-job
    lists, link farms), with text sizes measured once so each question is cheap.

    ``scope`` is the element whose text is being extracted: an element holding most of the
    scope's text is never boilerplate, whatever its tag or class says.
    """

    def __init__(self, scope) -> None:
        self.size, self.links = text_sizes(scope)
        self.limit = MAX_BOILERPLATE_SHARE * self.size.get(scope, 0)

    def looks_like(self, el) -> bool:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in ("header", "footer"):  # a header inside an <article> heads the article, not the page
            return not any(a.tag in SECTIONING_TAGS for a in el.iterancestors())
        if tag in BOILERPLATE_TAGS:
            return True
        if (el.get("role") or "").lower() in BOILERPLATE_ROLES:
            return True
        # aria-hidden is left alone: boards mark the visible copy of a text aria-hidden and keep
        # a screen-reader copy beside it (dropped by its class below)
        if el.get("hidden") is not None:
            return True
        style = (el.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        if _chrome_by_name(el, tag):
            return True
        size = self.size.get(el, 0)
        # a list of links ("Similar jobs", "Popular searches", a sitemap) rather than prose
        return tag in LIST_TAGS and size > 0 and self.links.get(el, 0) >= 0.6 * size and _count_links(el) >= 3

    def __call__(self, el) -> bool:
        return self.looks_like(el) and self.size.get(el, 0) <= self.limit


def _count_links(el, cap: int = 3) -> int:
    n = 0
    for _ in el.iter("a"):
        n += 1
        if n >= cap:
            break
    return n


def text_sizes(scope) -> tuple[dict, dict]:
    """Visible characters under each element, and how many of them are link text (one
    iterative pass, children before parents)."""
    size: dict = {}
    links: dict = {}
    for el in reversed(list(scope.iter())):  # reversed document order: children before parents
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP_TAGS:
            size[el] = links[el] = 0
            continue
        total = len((el.text or "").strip())
        linked = 0
        for child in el:
            total += size.get(child, 0) + len((child.tail or "").strip())
            linked += links.get(child, 0)
        size[el] = total
        links[el] = total if tag == "a" else linked
    return size, links


def _hint(el) -> str:
    return " ".join(filter(None, (el.get("id"), el.get("class"), el.get("aria-label"), el.get("data-testid"))))


def _chrome_by_name(el, tag: str) -> bool:
    """Named like chrome ("cookie-banner", "similar-jobs") and not like content: as in
    Readability, a content name vetoes ("content-area has-sidebar" is the page's main column), and
    layout modifiers ("has-sidebar", "no-footer") name the layout, not the element."""
    if tag in ("body", "html", "main", "article"):
        return False
    hint = _hint(el)
    if not hint or not BOILERPLATE_HINTS.search(hint):
        return False
    chrome = False
    for token in hint.split():
        if _LAYOUT_MODIFIER.match(token):
            continue
        if CONTENT_HINTS.search(token):
            return False
        chrome = chrome or bool(BOILERPLATE_HINTS.search(token))
    return chrome


def body_of(root):
    body = root.find("body")
    return body if body is not None else root


ANCESTOR_DIVIDERS = (1, 2, 6, 9, 12)  # a paragraph's points for its holder and the holder's ancestors
MIN_SHARED_CANDIDATES = 3


def main_content(root, boilerplate: Boilerplate | None = None) -> list:
    """The elements holding the page's prose, in page order (Readability's method: paragraphs
    score for their holder and, less, its ancestors; strong candidates under one ancestor mean
    the content is split and the ancestor holds it; siblings that score well join the winner)."""
    body = body_of(root)
    boilerplate = boilerplate or Boilerplate(body)
    scores: dict = defaultdict(float)
    prose: dict = {}  # characters of scored text an element holds itself
    walker = etree.iterwalk(body, events=("start",))
    for _, el in walker:
        if not isinstance(el.tag, str) or el.tag.lower() in SKIP_TAGS or boilerplate(el):
            walker.skip_subtree()
            continue
        tag = el.tag.lower()
        if tag not in CONTENT_TAGS and tag not in BLOCK_TAGS:
            continue
        length = _own_text(el, boilerplate.size)
        if length < 25:
            continue
        text = clean_inline(el.text_content()) if boilerplate.size.get(el, 0) < 5000 else ""
        cue = 1 if JOB_CUES.search(text[:2000]) else 0
        prose[el] = length
        if tag in CONTENT_TAGS:  # a paragraph: it scores for the element holding it
            points = 1 + min(length // 100, 3) + text.count(",") * 0.1 + cue
            node = el.getparent()
        else:  # text set straight in a container, lines split by <br> (older pages)
            points = 1 + min(length / 75, 50) + cue
            node = el
        for divider in ANCESTOR_DIVIDERS:
            if node is None or not isinstance(node.tag, str) or node.tag == "html":
                break
            scores[node] += points / divider
            node = node.getparent()
    if not scores:
        return [body]

    def weighted(el) -> float:
        size = boilerplate.size.get(el, 0) or 1
        return scores.get(el, 0.0) * (1 - min(1.0, boilerplate.links.get(el, 0) / size))

    ranked = sorted(scores, key=weighted, reverse=True)[:5]
    top, top_score = ranked[0], weighted(ranked[0])
    rivals = [el for el in ranked[1:] if weighted(el) >= 0.75 * top_score]
    if len(rivals) >= MIN_SHARED_CANDIDATES - 1:
        rival_ancestors = [set(el.iterancestors()) | {el} for el in rivals]
        for ancestor in top.iterancestors():
            if ancestor.tag == "html":
                break
            if sum(ancestor in found for found in rival_ancestors) >= MIN_SHARED_CANDIDATES - 1:
                top = ancestor
                break
    # Climb while what the parent adds is prose too: a posting split into sections ("Company",
    # "Job description", "Qualifications") sits in the parent, the title bar and the sidebar do not.
    held = _prose_held(body, prose)
    size = boilerplate.size
    node = top.getparent()
    while node is not None and node.tag != "html":
        extra = size.get(node, 0) - size.get(top, 0)
        if extra > MAX_CLIMB_NOISE and held.get(node, 0) - held.get(top, 0) < MIN_PROSE_SHARE * extra:
            break
        top, node = node, (node.getparent() if node is not body else None)
    return _with_siblings(top, weighted, boilerplate)


MAX_CLIMB_NOISE = 20  # characters a wrapper may add (a heading, a label) and still be climbed
MIN_PROSE_SHARE = 0.6


def _prose_held(body, prose: dict) -> dict:
    """Scored characters under each element (children before parents, one pass)."""
    held: dict = {}
    for el in reversed(list(body.iter())):
        total = prose.get(el, 0)
        for child in el:
            total += held.get(child, 0)
        if total:
            held[el] = total
    return held


def _with_siblings(top, weighted, boilerplate: Boilerplate) -> list:
    """The winner and the siblings that belong with it (a "Requirements" list next to the
    "Responsibilities" one), each with the short heading right before it."""
    parent = top.getparent()
    if parent is None or top.tag == "body":
        return [top]
    threshold = max(3.0, 0.2 * weighted(top))
    siblings = [el for el in parent if isinstance(el.tag, str) and el.tag.lower() not in SKIP_TAGS]
    keep = set()
    for i, sibling in enumerate(siblings):
        if sibling is not top:
            if boilerplate(sibling):
                continue
            size = boilerplate.size.get(sibling, 0)
            links = boilerplate.links.get(sibling, 0)
            if weighted(sibling) < threshold and not (sibling.tag == "p" and size >= 80 and links < 0.25 * size):
                continue
        keep.add(i)
        j = i - 1
        while j >= 0 and j not in keep and _is_heading(siblings[j], boilerplate):
            keep.add(j)
            j -= 1
    return [siblings[i] for i in sorted(keep)]


def _is_heading(el, boilerplate: Boilerplate) -> bool:
    """An <h2>-<h6>, or a short paragraph that is all bold ("<p><b>Perks</b></p>") or names a
    section ("<div>REQUIREMENTS</div>")."""
    from credstack.postings.sections import classify

    tag = el.tag.lower()
    if tag in SUB_HEADING_TAGS:
        return True
    if tag not in ("p", "div") or not 0 < boilerplate.size.get(el, 0) <= 60:
        return False
    children = list(el)
    if not (el.text or "").strip() and len(children) == 1 and children[0].tag in ("b", "strong") \
            and not (children[0].tail or "").strip():
        return True
    return classify(clean_inline(el.text_content())) is not None


def _own_text(el, size: dict) -> int:
    """Characters of an element's own prose, leaving out nested blocks (a layout <td> holding a
    whole column is not one paragraph; its paragraphs score on their own)."""
    own = len((el.text or "").strip())
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag and tag not in BLOCK_TAGS:
            own += size.get(child, 0)
        own += len((child.tail or "").strip())
    return own


def meta(root, *names: str) -> str | None:
    head = root.find("head")
    scope = head if head is not None else root
    for el in scope.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in names and clean_inline(el.get("content") or ""):
            return clean_inline(el.get("content"))[:300]
    return None


def page_title(root) -> str | None:
    el = root.find(".//title")
    if el is None:
        return None
    return clean_inline(el.text_content())[:300] or None


@dataclass(frozen=True)
class TitleCues:
    job_words: re.Pattern
    not_titles: re.Pattern
    noise: re.Pattern


@lru_cache(maxsize=1)
def title_cues() -> TitleCues:
    data = json.loads((resources.files("credstack") / "data" / "postings_titles.json").read_text("utf-8"))
    words = "|".join(re.escape(w) for w in sorted(set(data["job_words"]), key=len, reverse=True))
    return TitleCues(
        job_words=re.compile(rf"\b({words})\b", re.IGNORECASE),
        not_titles=re.compile("|".join(f"(?:{p})" for p in data["not_titles"]), re.IGNORECASE),
        noise=re.compile("|".join(f"(?:{p})" for p in data["title_noise"]), re.IGNORECASE),
    )


def clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = title_cues().noise.sub("", clean_inline(title)).strip(" -|–—:·")
    return title or None


def headings(root, boilerplate: Boilerplate, tag: str = "h1", limit: int = 5) -> list[str]:
    """Texts of the page's first visible <h1>s (or other heading tag) outside page chrome."""
    out = []
    for el in root.iter(tag):
        if len(out) >= limit:
            break
        if _in_chrome(el, boilerplate):
            continue
        text = _dedupe(clean_inline(el.text_content()))
        if 2 < len(text) <= 150:
            out.append(text)
    return out


def count_job_links(scope, boilerplate: Boilerplate, cap: int = 10) -> int:
    """Links outside page chrome whose text reads like a job title, to different pages: a page
    of search results has one per result, a posting's own text has few or none."""
    cues = title_cues()
    seen: set[str] = set()
    for a in scope.iter("a"):
        text = clean_inline(a.text_content())
        href = (a.get("href") or "").strip()
        if not href or href in seen or not (3 <= len(text) <= 80) or len(text.split()) > 10:
            continue
        if cues.job_words.search(text) and not cues.not_titles.search(text) and not _in_chrome(a, boilerplate):
            seen.add(href)
            if len(seen) >= cap:
                break
    return len(seen)


def _in_chrome(el, boilerplate: Boilerplate, max_depth: int = 400) -> bool:
    depth = 0
    while el is not None and depth < max_depth:
        if boilerplate(el):
            return True
        el = el.getparent()
        depth += 1
    return False


def _dedupe(text: str) -> str:
    """"Senior EngineerSenior Engineer" (a visible copy beside a screen-reader copy) -> one."""
    half = len(text) // 2
    if len(text) % 2 == 0 and half and text[:half] == text[half:]:
        return text[:half]
    words = text.split()
    n = len(words) // 2
    if len(words) % 2 == 0 and n and words[:n] == words[n:]:
        return " ".join(words[:n])
    return text


def title_score(candidate: str, page_titles: list[str], names: set[str]) -> float:
    """How much a heading looks like this posting's job title (higher is better)."""
    cues = title_cues()
    text = candidate.strip()
    score = 0.0
    if cues.job_words.search(text):
        score += 3
    if cues.not_titles.search(text):
        score -= 5
    lowered = text.lower()
    if any(lowered and lowered in t.lower() for t in page_titles if t):
        score += 2
    if lowered in names:
        score -= 4
    words = len(text.split())
    if words > 15 or len(text) > 120:
        score -= 3
    if text.endswith((".", "!", "?")) and words > 6:
        score -= 2
    return score


def choose_title(candidates: list[tuple[str, float]], page_titles: list[str], names: set[str]) -> str | None:
    """The best candidate; each comes with a prior (a page's <h1> is likelier than its <title>)."""
    best, best_score = None, -3.0
    for text, prior in candidates:
        text = clean_title(text)
        if not text:
            continue
        score = title_score(text, page_titles, names) + prior
        if score > best_score:
            best, best_score = text, score
    return best


_SEPARATORS = re.compile(r"\s+[|–—·•»:]{1,2}\s+|\s+-\s+|\s*\|\s*")
_HIRING = re.compile(r"^(?!(?:we|we'?re|we are|now|is)\s)(?P<company>.+?)\s+(?:is\s+)?hiring\s+(?:an?\s+)?"
                     r"(?P<title>.+?)(?:\s+in\s+(?P<location>.+))?$", re.IGNORECASE)
_JOB_IN = re.compile(r"^(?P<title>.+?)\s+jobs?\s+in\s+(?P<location>[A-Z].+)$", re.IGNORECASE)  # "Nurse Job in Reno, NV"
_APPLICATION = re.compile(r"^job application for\s+(?P<title>.+?)\s+at\s+(?P<company>.+)$", re.IGNORECASE)
_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>[A-Z0-9].+)$")
_CAREERS_AT = re.compile(r"^(?:jobs?|careers?|work(?:ing)?|vacancies|openings)\s+(?:at|with|@)\s+(?P<company>.+)$",
                         re.IGNORECASE)
_JOB_PREFIX = re.compile(r"^(?:job|jobs|vacancy|position|opening|career|careers|now hiring|hiring)\s*[:\-–]\s+",
                         re.IGNORECASE)
_NOT_PART = re.compile(r"(?i)^((current |open |job |career |employment )?(jobs?|careers?|vacanc(y|ies)|openings?|"
                       r"opportunit(y|ies)|positions)|job (details|description|board|search|opening)|apply|home|"
                       r"search|employment|now hiring|join (us|our team))$")


def split_title(raw: str, suffixes: list[str], known_title: str | None = None) -> dict[str, str | None]:
    """A page title -> job title (and company/location when the title states them).

    With ``known_title`` (from the page's heading), the other parts are read around it, which
    also handles titles written "Company - Job title".
    """
    suffix_set = {s.lower() for s in suffixes}
    parts = [p.strip() for p in _SEPARATORS.split(raw) if p and p.strip()]
    out: dict[str, str | None] = {"title": None, "company": None, "location": None}
    kept = []
    for part in parts:
        part = _JOB_PREFIX.sub("", part)
        low = part.lower()
        job_in = _JOB_IN.match(part)  # "Nurse Job in Reno, NV": the title, and where
        if job_in:
            part, out["location"] = job_in.group("title"), out["location"] or job_in.group("location")
        for pattern in (_APPLICATION, _HIRING):  # "Job application for X at Y", "Y hiring X in Z"
            m = pattern.match(part)
            if m:
                out.update({k: v for k, v in m.groupdict().items() if v})
                out["title"] = re.sub(r"(?i)\s+job$", "", out["title"] or "") or None
                return out
        careers = _CAREERS_AT.match(part)
        if careers:
            out["company"] = out["company"] or careers.group("company")
            continue
        if low in suffix_set or re.search(r"\.(com|co|io|net|org)\b", low) or _NOT_PART.match(part) \
                or title_cues().not_titles.search(part):
            continue
        if re.match(r"(?i)^(.+?)\s+(careers|jobs)$", part) and len(parts) > 1:  # "Acme Careers"
            out["company"] = out["company"] or re.sub(r"(?i)\s+(careers|jobs)$", "", part)
            continue
        kept.append(part)
    if not kept:
        return out
    for pattern in (_AT,):
        m = pattern.match(kept[0])
        if m:
            out.update({k: v for k, v in m.groupdict().items() if v})
            out["title"] = re.sub(r"(?i)\s+job$", "", out["title"] or "") or None
            return out
    known = (known_title or "").lower()

    def names_title(part: str) -> bool:
        low = re.sub(r"(?i)\s+job$", "", part).lower()
        return bool(known) and (low == known or low in known or known in low)

    title_index = next((i for i, p in enumerate(kept) if names_title(p)), None)
    if title_index is None and not known:
        title_index = 0
        if len(kept) > 1 and not title_cues().job_words.search(kept[0]) and title_cues().job_words.search(kept[1]):
            title_index = 1  # "Acme - Senior Engineer" (Lever's order)
    if title_index is not None:
        out["title"] = re.sub(r"(?i)\s+job$", "", kept[title_index]) or None
    for i, part in enumerate(kept):
        if i == title_index:
            continue
        if LOCATION.fullmatch(part) or re.fullmatch(r"[A-Z][\w .'-]+,\s*[A-Z]{2}(\s+\d{5})?", part):
            out["location"] = out["location"] or part
        elif not out["company"] and len(part.split()) <= 6:
            out["company"] = part
    return out


def find_location(text: str) -> str | None:
    m = LOCATION.search(text)
    return m.group().strip(" ,") if m else None


def find_employment_type(text: str, in_prose: bool = False) -> str | None:
    """Full-time, Part-time, Contract, ... as the text states it.

    ``in_prose``: the text is a description, where "contract" also means contract law or vendor
    contracts; there it counts only as "contract role", "6-month contract", "contract-to-hire"...
    """
    for m in EMPLOYMENT.finditer(text):
        word = m.group(1).lower().replace(" ", "-")
        if in_prose and word == "contract" and not _CONTRACT_JOB.search(text[max(0, m.start() - 20):m.end() + 25]):
            continue
        return {"full-time": "Full-time", "part-time": "Part-time", "contractor": "Contract"}.get(word,
                                                                                             word.capitalize())
    return None


_CONTRACT_JOB = re.compile(r"\b(\d+[- ]?(month|week|year)s?\s+contract|contract(\s+|-)(role|position|job|basis|"
                           r"assignment|opportunity|to[- ]hire|to[- ]perm|engagement)|(fixed[- ]term|temporary|"
                           r"short[- ]term|long[- ]term|initial)\s+contract|on\s+(a\s+)?contract)\b", re.IGNORECASE)


_PAY_WORDS = re.compile(r"\b(salary|pay|paid|compensation|base|wage|earn|earnings|ote|rate|range|remuneration|"
                        r"package)\b", re.IGNORECASE)


def find_salary(text: str, in_prose: bool = False) -> str | None:
    """A stated pay: a range, an hourly rate, or a yearly figure (not a $500 stipend).

    ``in_prose``: the text is the description, where money also names quotas, budgets and
    revenue; a single figure counts there only with a unit, or with a pay word just before it.
    """
    for m in SALARY.finditer(text):
        value = m.group().strip()
        digits = re.sub(r"\D", "", re.split(r"\s*(?:-|–|—|to)\s*", value)[0])
        is_range = bool(re.search(r"\d\s*[kK]?\s*(-|–|—|to)\s*\D{0,5}\d", value))
        with_unit = bool(re.search(_PER, value))
        hourly = bool(re.search(r"(hour|hr)\b", value))
        if in_prose and not (with_unit or is_range) and not _PAY_WORDS.search(text[max(0, m.start() - 50):m.start()]):
            continue
        if is_range or hourly or re.search(r"\d[kK]\b", value) or (digits and int(digits[:9]) >= 10_000):
            return value
    return None


_LABELS = {
    "title": r"(job |position |role )?title|position|vacancy",
    "company": r"company|company name|employer|organi[sz]ation|hiring (company|organi[sz]ation)|business",
    "location": r"(job |work |office |primary )?locations?|city|based in|where|workplace|work site|job site",
    "employment_type": r"(job|employment|contract|work|position|time) type|type|schedule|employment|hours|contract|"
                       r"(employment |job |position )?status",
    "salary": r"salary|(base |annual |hourly )?pay( range| rate)?|compensation|salary range|wage|rate|remuneration",
    "date_posted": r"(date )?posted( on| date)?|posting date|published|date",
}
_LABEL_PATTERNS = {f: re.compile(rf"^(?:{p})\s*[:\-–]?\s*(?P<value>.*)$", re.IGNORECASE) for f, p in _LABELS.items()}
_COLON_PATTERNS = {f: re.compile(rf"^(?:{p})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE) for f, p in _LABELS.items()}


_NOT_A_NAME = re.compile(r"\b(ago|posted|reposted|today|yesterday|applicants?|apply|applied|save|saved|share|hiring|"
                         r"jobs?|careers?|new|urgent(ly)?|remote|hybrid|on-?site|view|see|more|less|show|promoted|"
                         r"easy|actively|reviewing|salary|benefits|employees|followers|reviews?)\b", re.IGNORECASE)
_NAME_SMALL_WORDS = frozenset(("of", "and", "&", "the", "for", "de", "la", "und"))


def byline(block: Block) -> dict[str, str]:
    """The line under a posting's title: "Acme Corp, Reno, NV", "Acme Corp - Remote" or just
    "Acme Corp" -> its company and location."""
    from credstack.postings.sections import classify

    text = block.text.strip()
    if block.tag == "li" or len(text) > 80 or len(text.split()) > 10 or text.endswith((".", ":")) or ":" in text \
            or classify(text) is not None:
        return {}
    place = LOCATION.search(text)
    before = re.split(r"\s+[·•|]\s+", (text[:place.start()] if place else text))[0].strip(" ,-–—|·@")
    out = {"location": place.group().strip()} if place else {}
    if not place:
        parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", text)[1:]]
        country = next((p for p in parts if COUNTRY_ONLY.fullmatch(p)), None)
        if country:
            out["location"] = country
    words = re.findall(r"[^\W\d_][\w&'.-]*", before)
    if words and len(words) <= 6 and all(w[0].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words) \
            and not EMPLOYMENT.search(before) and not title_cues().job_words.search(before) \
            and not _NOT_A_NAME.search(before):
        out["company"] = before
    return out


def is_fact_label(text: str) -> bool:
    """"Company", "Job type", "Salary": a label of a posting fact."""
    text = text.strip().rstrip(":").strip()
    return any(p.match(text) and not p.match(text).group("value") for p in _LABEL_PATTERNS.values())


def labelled_fields(blocks: list[Block], limit: int = 80) -> dict[str, str]:
    """Fields a page states as "Label: value" or as a label with its value on the next line
    ("Employment type" / "Full-time"), as job boards lay out their header facts."""
    out: dict[str, str] = {}
    for i, block in enumerate(blocks[:limit]):
        text = block.text.strip()
        if len(text) > 160:
            continue
        for field, colon in _COLON_PATTERNS.items():
            if field in out:
                continue
            m = colon.match(text)
            if m and _value_ok(m.group("value")):
                out[field] = m.group("value").strip()
                break
            bare = _LABEL_PATTERNS[field].match(text)
            if bare and not bare.group("value") and i + 1 < len(blocks) and _value_ok(blocks[i + 1].text):
                out[field] = blocks[i + 1].text.strip()
                break
    return out


def _value_ok(value: str) -> bool:
    value = value.strip()
    return 0 < len(value) <= 80 and len(value.split()) <= 12 and not value.endswith(":") \
        and not is_fact_label(value)  # "Company" followed by "Location": the value is missing


def looks_like_posting(text: str) -> bool:
    """Enough job vocabulary that this is a listing, not a news page or a login wall."""
    if len(text) < 120:
        return False
    cues = {m.group(1).lower()[:8] for m in JOB_CUES.finditer(text[:50_000])}
    return len(cues) >= 3

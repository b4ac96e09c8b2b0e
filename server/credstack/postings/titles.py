"""The job title of a page: its headings, its <title> split into title / company / location, each
candidate scored on how much it reads like a job title."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from credstack.postings.content import Boilerplate, in_chrome
from credstack.postings.facts import ADDRESS, COUNTRY_ONLY, LOCATION
from credstack.postings.model import SectionKind
from credstack.postings.sections import classify
from credstack.postings.text import clean_inline
from credstack.postings.title_words import clean_title, title_cues

MIN_MENU_HEADINGS = 3


def headings(root, boilerplate: Boilerplate, tag: str = "h1", limit: int = 5) -> list[str]:
    """Texts of the page's first visible <h1>s (or other heading tag) outside page chrome.

    Headings that are nothing but a link elsewhere, when the page has several, are a menu built
    of headings ("<h1><a href=/our-company>Our Company</a></h1>" for each entry), not the page's own."""
    found = list(root.iter(tag))
    menu = {el for el in found if _link_only(el)}
    if len(menu) < MIN_MENU_HEADINGS:
        menu = set()
    out = []
    for el in found:
        if len(out) >= limit:
            break
        if el in menu or in_chrome(el, boilerplate):
            continue
        text = _dedupe(clean_inline(el.text_content()))
        if 2 < len(text) <= 150:
            out.append(text)
    return out


def _link_only(el) -> bool:
    """All of an element's text is one link to another page."""
    links = [a for a in el.iter("a") if not (a.get("href") or "#").startswith(("#", "javascript:"))]
    return len(links) == 1 and clean_inline(links[0].text_content()) == clean_inline(el.text_content()) != ""


def count_job_links(scope, boilerplate: Boilerplate, cap: int = 10) -> int:
    """Links outside page chrome whose text reads like a job title, to different pages: a page
    of search results has one per result, a posting's own text has few or none. Links under a
    "Similar jobs" heading are a posting's suggestions, not results: counting stops there."""
    cues = title_cues()
    seen: set[str] = set()
    for a in scope.iter("a", *_SECTION_HEADING_TAGS):
        if a.tag != "a":
            heading = clean_inline(a.text_content())
            if len(heading) <= 60 and classify(heading) == SectionKind.NAVIGATION:
                break
            continue
        text = clean_inline(a.text_content())
        href = (a.get("href") or "").strip()
        if not href or href in seen or not (3 <= len(text) <= 80) or len(text.split()) > 10:
            continue
        if cues.job_words.search(text) and not cues.not_titles.search(text) and not in_chrome(a, boilerplate):
            seen.add(href)
            if len(seen) >= cap:
                break
    return len(seen)


_SECTION_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


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


def title_score(candidate: str, names: set[str]) -> float:
    """How much a candidate reads like a job title, whatever its source (higher is better)."""
    cues = title_cues()
    text = candidate.strip()
    score = 0.0
    if cues.job_words.search(text):
        score += 3
    if cues.not_titles.search(text) or cues.list_titles.search(text):
        score -= 5
    if text.lower() in names:
        score -= 4
    words = len(text.split())
    if words > 15 or len(text) > 120:
        score -= 3
    if text.endswith((".", "!", "?")) and words > 6:
        score -= 2
    return score


AGREEMENT = 2.0


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def agrees(one: str, other: str) -> bool:
    """Two sources name the same title: equal, or one holds the other as whole words
    ("Developer" and "Developer – Critical Applications"; "Nurse" and "Nurse (RN)")."""
    return _folded_agree(_folded(one), _folded(other))


def _folded_agree(a: str, b: str) -> bool:
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and f" {short} " in f" {long_} "


def choose_title(candidates: list[tuple[str, float, str]], names: set[str]) -> str | None:
    """The title the page's sources agree on. Each candidate comes with a prior (a page's <h1>
    is likelier than its <title>) and the kind of source it comes from (the page's own headings,
    its <title> and og:title, bold lines above the job text): a candidate another kind of source
    repeats gains, so a site's name in the <title> loses to the heading the title repeats, and
    a heading's fuller form beats the <title>'s shortened one. Generic headings ("Job details",
    "Career Opportunities", a list's title) lose whatever their source."""
    return ranked_title(candidates, names)[0]


def ranked_title(candidates: list[tuple[str, float, str]], names: set[str]) -> tuple[str | None, float]:
    """``choose_title``'s answer and its score."""
    seen: dict[tuple[str, str], float] = {}  # a heading and the element naming it often say the same
    for text, prior, kind in candidates:
        if text and seen.get((text, kind), -99.0) < prior:
            seen[(text, kind)] = prior
    kept = [(clean, prior, kind, _folded(clean)) for (text, kind), prior in seen.items()
            for clean in (clean_title(text),) if clean]
    scores: dict[str, float] = {}
    best, best_score = None, -3.0
    for text, prior, kind, folded in kept:
        if text not in scores:
            scores[text] = title_score(text, names)
        score = scores[text] + prior
        if any(other_kind != kind and _folded_agree(folded, other) for _, _, other_kind, other in kept):
            score += AGREEMENT
        if score > best_score:
            best, best_score = text, score
    return best, best_score


_TITLE_NAME = re.compile(r"(?i)(?:^|[-_\s]|(?<=[a-z]))(?:job|posting|position|vacancy|offer|req(?:uisition)?|header|"
                         r"banner|detail)?[-_]?title$")
_NOT_TITLE_NAME = re.compile(r"(?i)sub-?title|page-?title|site-?title|section|modal|dialog|card|list|nav|menu|"
                             r"footer|widget|breadcrumb|similar|related|recommend")
MAX_NAMED_TITLES = 3
MAX_NAMED_ELEMENTS = 40
_NAMED_TITLE_XPATH = etree.XPath("//@class[contains(., 'itle')]/.. | //@id[contains(., 'itle')]/..")


def named_titles(root, boilerplate: Boilerplate) -> list[str]:
    """Texts of elements whose class or id calls them the job's title ("job-title", "jobTitle",
    "posting-title", a bare "title"), outside page chrome. A page that names many (cards in a
    list of results) offers none: it holds no one title."""
    out: list[str] = []
    # names holding "itle" first: one pass in C over the page; only the first few are read, so a
    # hostile page of thousands of nested "title" elements costs one text read each, not the square
    for el in _NAMED_TITLE_XPATH(root)[:MAX_NAMED_ELEMENTS]:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in ("title", "meta", "script", "style", "a", "button", "label", "input", "img"):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if not names or not any(_TITLE_NAME.search(n) and not _NOT_TITLE_NAME.search(n) for n in names):
            continue
        text = _dedupe(clean_inline(el.text_content()))
        if not 2 < len(text) <= 150 or "\n" in text or text in out or in_chrome(el, boilerplate):
            continue  # a title is one line; tabs or a card's several lines are not
        out.append(text)
        if len(out) > MAX_NAMED_TITLES:
            return []
    return out


_SEPARATORS = re.compile(r"\s+[|–—·•»:]{1,2}\s+|\s+-\s+|\s*[|｜]\s*")
_COLON = re.compile(r"(?<=[^\W\d]):\s+")  # "Acme: Careers: Job details", when nothing else separates the parts


_HIRING = re.compile(r"^(?!(?:we|we'?re|we are|now|is)\s)(?P<company>.+?)\s+(?:is\s+)?hiring\s+(?:an?\s+)?"
                     r"(?P<title>.+?)(?:\s+in\s+(?P<location>.+))?$", re.IGNORECASE)


_JOB_IN = re.compile(r"^(?P<title>.+?)\s+jobs?\s+in\s+(?P<location>[A-Z].+)$", re.IGNORECASE)  # "Nurse Job in Reno, NV"


_APPLICATION = re.compile(r"^job application for\s+(?P<title>.+?)\s+at\s+(?P<company>.+)$", re.IGNORECASE)


_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|@)\s+(?P<company>[A-Z0-9].+)$")


_JOB_PREFIX = re.compile(r"^(?:job|jobs|vacancy|position|opening|career|careers|now hiring|hiring)\s*[:\-–]\s+",
                         re.IGNORECASE)


_NOT_PART = re.compile(r"(?i)^((current |open |job |career |employment )?(jobs?|careers?|vacanc(y|ies)|openings?|"
                       r"opportunit(y|ies)|positions)|job (details|description|board|search|opening)|apply|home|"
                       r"search|employment|now hiring|join (us|our team))$")


def _role_after_at(m: re.Match) -> bool:
    """Whether "A at B" holds the job's role after "at", none before it: "Hospice at Home Senior Healthcare
    Assistant" is one service's job title, not a "Hospice" with the employer "Home Senior Healthcare
    Assistant" ("Nurse at Acme Health" and "Analyst at Acme Recruitment" name their employers)."""
    words = title_cues().job_words
    return not words.search(m.group("title")) and bool(words.search(m.group("company")))


def split_title(raw: str, suffixes: list[str], known_title: str | None = None) -> dict[str, str | None]:
    """A page title -> job title (and company/location when the title states them).

    With ``known_title`` (from the page's heading), the other parts are read around it, which
    also handles titles written "Company - Job title".
    """
    suffix_set = {s.lower() for s in suffixes}
    parts = [p.strip() for p in _SEPARATORS.split(raw) if p and p.strip()]
    rest = raw[len(known_title):] if known_title and raw.lower().startswith(known_title.lower()) else ""
    if rest and _SEPARATORS.match(rest):  # "Designer – STEM - Job offer at Acme": the heading's title is one part
        parts = [known_title, *(p.strip() for p in _SEPARATORS.split(rest) if p and p.strip())]
    if len(parts) == 1:
        parts = [p.strip() for p in _COLON.split(raw) if p and p.strip()]
    out: dict[str, str | None] = {"title": None, "company": None, "location": None}
    kept = []
    for part in parts:
        part = _JOB_PREFIX.sub("", part)
        low = part.lower()
        job_in = _JOB_IN.match(part)  # "Nurse Job in Reno, NV": the title, and where
        if job_in:
            place, at, employer = job_in.group("location").partition(" at ")  # "... jobs in Reno at Acme"
            part, out["location"] = job_in.group("title"), out["location"] or place
            if at and employer[:1].isupper():
                out["company"] = out["company"] or employer
        for pattern in (_APPLICATION, _HIRING):  # "Job application for X at Y", "Y hiring X in Z"
            m = pattern.match(part)
            if m:
                out.update({k: v for k, v in m.groupdict().items() if v})
                out["title"] = re.sub(r"(?i)\s+job$", "", out["title"] or "") or None
                return out
        careers = title_cues().vacancies_at.match(part)  # "Careers at Acme", "Ledige stillinger på Acme"
        if careers or title_cues().vacancies_with_us.match(part):  # "Work with us" names no employer
            out["company"] = out["company"] or (careers.group("company") if careers else None)
            continue
        if low in suffix_set or re.search(r"\.(com|co|io|net|org)\b", low) or _NOT_PART.match(part) \
                or title_cues().not_titles.search(part) or title_cues().list_titles.search(part):
            continue  # a board's name, a generic heading or a list's title: neither job nor company
        if re.match(r"(?i)^(.+?)\s+(careers|jobs)$", part) and len(parts) > 1:  # "Acme Careers"
            out["company"] = out["company"] or re.sub(r"(?i)\s+(careers|jobs)$", "", part)
            continue
        if title_cues().legal_name.match(part) and not title_cues().job_words.search(part) and len(parts) > 1:
            out["company"] = out["company"] or part  # "Acme Companies Inc - Job details": the employer alone
            continue
        company_first = title_cues().company_first.match(part)
        if company_first and not out["company"]:  # "Acme GmbH Data Analyst": the company, then the job
            out["company"], part = company_first.group("company"), company_first.group("rest")
        kept.append(part)
    if not kept:
        return out
    for pattern in (_AT,):
        m = pattern.match(kept[0])
        if m and not _role_after_at(m):
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
    # a name the page title already gave ("Acme K.K. Cleaner - Tokyo | Board") outranks its last segment
    employer = None if out["company"] else _employer_after_bar(raw, kept, title_index, suffix_set)
    first_segment = {p.strip().lower() for p in _SEPARATORS.split(_BAR.split(raw)[0]) if p and p.strip()}
    for i, part in enumerate(kept):
        if i == title_index:
            continue
        if employer and part == employer:
            out["company"] = part
            continue
        if employer and title_index is not None and i > title_index and part.lower() in first_segment \
                and not _is_place(part) and not _WORK_MODE.match(part):
            out["title"] = f"{out['title']} - {part}"  # "Engineer (L4) - Ads | USA | Netflix": the job's team
            continue
        if title_index is not None and _in_heading_title(part, known):
            continue  # "Agent - Denver" under the heading "Agent - Denver": the job's own words, no employer
        if _is_place(part):
            out["location"] = out["location"] or part
        elif title_index is not None and i == title_index + 1 and not _could_name_a_company(part):
            out["title"] = f"{out['title']} - {part}"  # "Tutor - R", "Nurse Aide - Med/Surg (Reno, NV)"
        elif not out["company"] and len(part.split()) <= 6:
            out["company"] = part
    return out


_BAR = re.compile(r"\s*[|｜]\s*")


def _employer_after_bar(raw: str, kept: list[str], title_index: int | None, suffix_set: set[str]) -> str | None:
    """The last of a page title's bar-separated segments when it can name the employer and the first
    segment holds the title with a qualifier after a dash ("Registered Nurse - ICU | Mercy Health",
    "Engineer (L4) - Ads | USA - Remote | Netflix"): the qualifier is the job's unit, shift or team, the
    last segment who is hiring. A board's name, a place or a work mode there names no employer."""
    segments = [p.strip() for p in _BAR.split(raw) if p and p.strip()]
    if title_index is None or len(segments) < 2 or len(_SEPARATORS.split(segments[0])) < 2:
        return None
    last = segments[-1]
    if last not in kept or kept.index(last) <= title_index or last.lower() in suffix_set or _is_place(last) \
            or _WORK_MODE.match(last) or len(last.split()) > 6 or not _could_name_a_company(last):
        return None
    return last


def _in_heading_title(part: str, known: str) -> bool:
    """A part of the page title that the page's heading prints as a part of the job's title ("Customer
    Experience Agent - Denver" as <title> and as <h1>): what follows the heading's separator there is the
    job's own wording (a site, a shift, a team), never the employer the page title adds."""
    if not known:
        return False
    return any(p.strip().lower() == part.lower() for p in _SEPARATORS.split(known)[1:] if p and p.strip())


def _is_place(part: str) -> bool:
    return bool(LOCATION.fullmatch(part) or re.fullmatch(r"[A-Z][\w .'-]+,\s*[A-Z]{2}(\s+\d{5})?", part)
                or ADDRESS.match(part))


def _could_name_a_company(part: str) -> bool:
    """A part of "Title - X - Place" that can be the employer: not a lone letter (a subject, a
    grade; "HP" or "GE" can be employers) and not a qualifier of the job that names a place in brackets ("Med/Surg
    (Fayette, AL)", a unit at a site); those belong to the title."""
    if len(part.strip(" .")) <= MAX_QUALIFIER_CHARS:
        return False
    bracketed = re.search(r"\(([^()]+)\)\s*$", part)
    return not (bracketed and _is_place(bracketed.group(1).strip()))


MAX_QUALIFIER_CHARS = 1



MIN_LISTED_LINKS = 8


def _link_shape(href: str) -> tuple[str, str] | None:
    """"/jobs/view/engineer-3995343936?trk=x" -> ("", "/jobs/view/*"): links to pages of one kind."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    named = [s for s in parts.path.split("/") if s]
    if len(named) == 1 and not re.search(r"[\d.]", named[0]):
        # "/j-w-power-company", "/health-safety-and-environment": a site's own pages, routes at its
        # root, each of a kind of its own; a result's page carries its number, sits under a path
        # ("/jobs/...") its siblings share, or is one file of a template ("/q-sales-l-reno-jobs.html")
        return parts.netloc.lower(), parts.path
    segments = ["*" if re.search(r"\d", s) or len(s) > 25 or s.count("-") >= 3 else s for s in parts.path.split("/")]
    return parts.netloc.lower(), "/".join(segments)


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "b", "strong", "dt"})
_JOB_TEXT = (SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES)


def listed_links(scope, boilerplate: Boilerplate, before_job_text: bool = False) -> int:
    """Title-like links outside page chrome that lead to pages of the same kind (one URL shape):
    a list of results has one per result whatever its language; a posting links to few pages
    of one kind. With ``before_job_text``, only links above the first requirements or
    responsibilities heading count: results come before the job open beside them, "similar
    jobs" come after a posting."""
    shapes: Counter = Counter()
    link_shapes: list[tuple[str, str]] = []
    seen: set[str] = set()
    chrome: dict = {}
    menu = _menu_headings(scope)  # element -> in page chrome, shared by the links under it
    for a in scope.iter("a", *(_HEADING_TAGS if before_job_text else ())):
        tag = a.tag if isinstance(a.tag, str) else ""
        if before_job_text and tag in _HEADING_TAGS:
            text = clean_inline(a.text_content())  # a menu entry ("<h1><a>Technology</a></h1>") heads nothing
            if len(text) <= 60 and classify(text) in _JOB_TEXT and a not in menu:
                break
        if tag != "a":
            continue
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        address = _without_language(href)  # "?locale=de_DE", "?locale=fr_FR": one page, a language picker
        if address in seen:
            continue
        text = clean_inline(a.text_content())
        if not 6 <= len(text) <= 150 or _in_named_chrome(a, boilerplate, chrome) or a.getparent() in menu \
                or _searches_for(href, text):  # "Popular searches": each runs a search, none is a job
            continue
        seen.add(address)
        shape = _link_shape(href)
        if shape:
            shapes[shape] += 1
            link_shapes.append(shape)
    # "/jobs/reno/sales/jobid12-seller" and "/jobs/austin/it/jobid34-analyst": one kind of page
    # whose path also names a place or a category; read as the section and the job's own segment
    loose = Counter(_loose(shape) for shape in link_shapes)
    return sum(1 for shape in link_shapes if shapes[shape] >= 3 or (_loose(shape) and loose[_loose(shape)] >= 3))


_SEARCH_KEYS = frozenset({"q", "k", "kw", "keyword", "keywords", "searchkeyword", "searchterm", "search_term",
                          "what", "term"})


_LANGUAGE_KEYS = frozenset({"locale", "lang", "language", "hl", "lng", "culture"})


def _without_language(href: str) -> str:
    """The address a link leads to, whatever language it asks the page in: the links of a language
    picker ("?locale=de_DE", "?lang=fr") are one page, never a list of results."""
    if "?" not in href:
        return href
    try:
        parts = urlsplit(href)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                 if k.strip().casefold() not in _LANGUAGE_KEYS]
    except ValueError:
        return href
    return parts._replace(query="&".join(f"{k}={v}" for k, v in query)).geturl()


def _searches_for(href: str, text: str) -> bool:
    """A link that searches for its own text ("retail jobs" -> ?searchkeyword=retail jobs)."""
    if "?" not in href:
        return False
    try:
        query = parse_qsl(urlsplit(href.replace("\n", "")).query)
    except ValueError:
        return False
    wanted = " ".join(text.split()).casefold()
    return any(k.strip().casefold() in _SEARCH_KEYS and " ".join(v.split()).casefold() == wanted for k, v in query)


def _menu_headings(scope) -> set:
    """Headings that are each one link elsewhere, when there are several: a menu, not a page's
    own headings, nor a list of its results."""
    menu = {el for el in scope.iter(*_HEADING_TAGS) if el.tag in ("h1", "h2", "h3", "h4", "h5") and _link_only(el)}
    return menu if len(menu) >= MIN_MENU_HEADINGS else set()


def _loose(shape: tuple[str, str]) -> tuple[str, str] | None:
    """A link shape ending in a job's own segment, with the segments between kept out."""
    segments = [s for s in shape[1].split("/") if s]
    if len(segments) < 3 or segments[-1] != "*" or "*" in segments[:-1]:
        return None
    return shape[0], f"/{segments[0]}/.../*"


def _in_named_chrome(el, boilerplate: Boilerplate, seen: dict) -> bool:
    """``in_chrome`` without the link-list rule, remembering each ancestor's answer."""
    path = []
    node, found = el, False
    while node is not None:
        if node in seen:
            found = seen[node]
            break
        path.append(node)
        if boilerplate(node) and not boilerplate.is_link_list(node, node.tag.lower()):
            found = True
            break
        node = node.getparent()
    for visited in path:
        seen[visited] = found
    return found


def names_a_list(page_title: str | None, h1s: list[str]) -> bool:
    """The page's title or main heading names several jobs ("Frontend jobs in Egypt", "Careers")."""
    first = _SEPARATORS.split(page_title)[0].strip() if page_title else ""
    return any(title_cues().list_titles.search(t) for t in [first, *h1s[:1]] if t)


_WORK_MODE = re.compile(r"(?i)^(\d{1,3}\s?%\s*)?(fully |full |100% )?(remote|hybrid|on-?site|in-office|"
                        r"work from home|wfh|homeoffice|home office|télétravail|teletrabajo|remoto|híbrido)"
                        r"( (first|friendly|possible|ok))?$")
_PLACE_CODE = re.compile(r"^[A-Z]{2,3}$")  # "UK", "US", "EU", "NYC"
_TITLE_PARTS = re.compile(r"\s+[|–—·•]\s+|\s+-\s+")


def without_place_suffix(title: str | None) -> str | None:
    """"Account Executive - 100% remote - UK" -> "Account Executive", "Software Engineer in United
    Kingdom" -> "Software Engineer": work modes and places a board or employer appends to a title are
    facts of the posting, not part of the job's name."""
    if not title:
        return title
    cuts = list(_TITLE_PARTS.finditer(title))
    end = len(title)
    for cut in reversed(cuts):
        last = title[cut.end():end].strip(" ()[]")
        if not (_WORK_MODE.match(last) or _PLACE_CODE.match(last) or COUNTRY_ONLY.fullmatch(last)
                or LOCATION.fullmatch(last)):
            break
        end = cut.start()
    kept = title[:end].strip() or title
    at = _IN_PLACE.match(kept)  # "Software Engineer II in United Kingdom", as a career site's page title writes it
    if at and (COUNTRY_ONLY.fullmatch(at.group("place")) or LOCATION.fullmatch(at.group("place"))):
        return at.group("title")
    return kept


_IN_PLACE = re.compile(r"^(?P<title>.+?\S)\s+in\s+(?P<place>[A-Z][^()]+?)\s*$")


# A German ad's headline says the job is wanted: "Erzieher (m/w/d) in Köln gesucht",
# "MedienpädagogIn gesucht!". The job's name is before "in <place>" and "gesucht".
_WANTED = re.compile(r"^(?P<title>.+?)(?:\s+in\s+(?!(?:Teil|Voll)zeit\b|Festanstellung\b|Minijob\b)"
                     r"(?P<place>[^\W\d_][\w.-]*(?:[ -][^\W\d_][\w.-]*)?))?"
                     r"\s+(?:ab sofort\s+|dringend\s+)?gesucht\s*[!.]?$")


# A Scandinavian ad's headline names the town the job is in: "Operationssjuksköterska till Umeå!",
# "Lagerarbetare till Göteborg", "Tømrer til Aarhus" ("to Umeå"): the last words, capitalised, after
# "till" / "til".
_HEADLINE_TOWN = re.compile(r"\s(?:till|til)\s+(?P<place>[^\W\d_][\w.-]*(?:[ -][^\W\d_][\w.-]*)?)\s*[!.]?$")


def headline_place(title: str | None) -> str | None:
    """"Sjuksköterska till Umeå!" -> "Umeå"; a title naming no town so -> None."""
    m = _HEADLINE_TOWN.search(title or "")
    if not m or not all(word[0].isupper() for word in re.split(r"[ -]", m.group("place"))):
        return None
    return m.group("place")


def without_wanted(title: str | None) -> tuple[str | None, str | None]:
    """"MedienpädagogIn in München gesucht" -> ("MedienpädagogIn", "München"); other titles as they are."""
    m = _WANTED.match(title or "")
    if not m or not m.group("title").strip():
        return title, None
    place = m.group("place")
    return m.group("title").strip(), place if place and place[0].isupper() else None

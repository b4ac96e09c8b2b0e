"""Main content of any page: page chrome (navigation, banners, cookie notices, similar-job lists)
recognised and left out, the posting's prose found by text density (Readability's method), and
the page's own metadata (<meta>, <title>)."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import islice

from lxml import etree

from credstack.postings.sections import classify
from credstack.postings.text import BLOCK_TAGS, SKIP_TAGS, clean_inline

BOILERPLATE_TAGS = ("nav", "header", "footer", "aside", "form", "dialog", "menu")


BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
                     "menu", "menubar"}


BOILERPLATE_HINTS = re.compile(
    r"(^|[\s_-])(cookies?|consent|gdpr|ccpa|onetrust|newsletter|subscribe|signup|sign-up|breadcrumbs?|share|sharing|"
    r"social|modal|popup|pop-up|overlay|sidebar|side-bar|footer|similar|related|recommend(ed|ations?)?|"
    r"more-jobs|other-jobs|jobs-you|people-also|also-viewed|nav|navbar|menu|toolbar|skip-link|promo|advert|ads|"
    r"visually-hidden|sr-only|screen-reader-text|a11y-text|wm-ipp|donato|"
    r"authorbox|author-?(box|bio|info|card|profile)|about-(the-)?author)"  # a blog post's author box
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
        self._known: dict = {}  # element -> answer: the extractor asks about the same elements many times
        self.main: list | None = None  # ``main_content`` of the page this judges, once worked out

    def looks_like(self, el) -> bool:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in ("header", "footer"):  # a header inside an <article> heads the article, not the page
            return not any(a.tag in SECTIONING_TAGS for a in el.iterancestors())
        if tag in BOILERPLATE_TAGS:
            return True
        attrs = el.attrib
        if attrs:  # most elements have none: their tag and text alone decide
            if (attrs.get("role") or "").lower() in BOILERPLATE_ROLES:
                return True
            # aria-hidden is left alone: boards mark the visible copy of a text aria-hidden and
            # keep a screen-reader copy beside it (dropped by its class below)
            if attrs.get("hidden") is not None:
                return True
            style = (attrs.get("style") or "").replace(" ", "").lower()
            if "display:none" in style or "visibility:hidden" in style:
                return True
            if _chrome_by_name(el, tag):
                return True
        return self.is_link_list(el, tag)

    def is_link_list(self, el, tag: str) -> bool:
        size = self.size.get(el, 0)
        # a list of links ("Similar jobs", "Popular searches", a sitemap) rather than prose
        return tag in LIST_TAGS and size > 0 and self.links.get(el, 0) >= 0.6 * size and _count_links(el) >= 3

    def __call__(self, el) -> bool:
        known = self._known.get(el)
        if known is None:
            if el.tag == "dialog" and el.get("open") is None:  # a closed dialog is not shown, whatever it holds
                known = True
            else:
                known = self.looks_like(el) and self.size.get(el, 0) <= self.limit
            self._known[el] = known
        return known


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


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_JOB_KINDS = frozenset({"requirements", "responsibilities", "preferred"})
HEADING_CUE = 0.5
ABOUT_COMPANY_SHARE = 0.1
MAX_HEADING_LOOKBACK = 3  # siblings before a list or its section to look at for the section's heading


def _heading_of(el) -> str | None:
    """The text of a heading element, or of the heading a small title box holds ("<div
    class=tit><h3>职位信息</h3><p>Java开发工程师</p></div>")."""
    tag = el.tag.lower()
    if tag in _HEADING_TAGS or (len(el) == 0 and tag in ("strong", "b")):
        return clean_inline(el.text_content())
    if len(el) <= MAX_HEADING_LOOKBACK:
        inner = next((c for c in el if isinstance(c.tag, str) and c.tag.lower() in _HEADING_TAGS), None)
        if inner is not None:
            return clean_inline(inner.text_content())
    return None


def _kind_of_heading_before(el) -> str | None:
    for sibling in islice(el.itersiblings(preceding=True), MAX_HEADING_LOOKBACK):
        if not isinstance(sibling.tag, str):
            continue
        text = _heading_of(sibling)
        if text is not None:
            return str(classify(text) or "") if 0 < len(text) <= 80 else ""
    return None


def heading_kind(holder, seen: dict | None = None) -> str | None:
    """The kind of the heading a list or paragraph is set under ("Nasze wymagania", "岗位职责",
    "公司概况"), in any language the section cues know; None when no heading is close. ``seen``:
    each element's heading already read, kept across a page's calls (its paragraphs share holders,
    and a long heading is read once, not once a paragraph)."""
    node = holder
    for _ in range(3):  # the list itself, or the section boxes holding heading and list
        if node is None or not isinstance(node.tag, str):
            return None
        if seen is None:
            kind = _kind_of_heading_before(node)
        elif node in seen:
            kind = seen[node]
        else:
            kind = seen[node] = _kind_of_heading_before(node)
        if kind is not None:
            return kind
        node = node.getparent()
    return None


def under_job_heading(holder) -> bool:
    """A list or paragraph set under a duties or requirements heading: job text, though no English
    job word is in it."""
    return heading_kind(holder) in _JOB_KINDS


MAX_CUE_ELEMENTS = 400
MIN_ENGLISH_CUES = 3


def _english_job_words(body) -> bool:
    """The page's paragraphs and list items use English job words ("experience", "skills",
    "responsibilities"): enough of them, of different kinds, for the cue to work as it is."""
    found: set = set()
    for i, el in enumerate(body.iter(*CONTENT_TAGS)):
        if i >= MAX_CUE_ELEMENTS or len(found) >= MIN_ENGLISH_CUES:
            break
        found |= {m.group(1).lower()[:8] for m in JOB_CUES.finditer(clean_inline(el.text_content()[:500]))}
    return len(found) >= MIN_ENGLISH_CUES


def main_content(root, boilerplate: Boilerplate | None = None) -> list:
    """The elements holding the page's prose, in page order (Readability's method: paragraphs
    score for their holder and, less, its ancestors; strong candidates under one ancestor mean
    the content is split and the ancestor holds it; siblings that score well join the winner).
    Worked out once per ``boilerplate`` (one page's): the description and its wider reading ask
    for it both."""
    if boilerplate is not None and boilerplate.main is not None:
        return list(boilerplate.main)
    body = body_of(root)
    boilerplate = boilerplate or Boilerplate(body)
    boilerplate.main = _main_content(body, boilerplate)
    return list(boilerplate.main)


def _main_content(body, boilerplate: Boilerplate) -> list:
    headed = not _english_job_words(body)  # duty and requirement headings stand in for English job words
    scores: dict = defaultdict(float)
    prose: dict = {}  # characters of scored text an element holds itself
    headings: dict = {}  # element -> the kind of the heading before it (``heading_kind``)
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
        # an English job word, or (on a page in another language, at half weight) a place under a
        # duties or requirements heading
        kind = heading_kind(el.getparent() if tag in CONTENT_TAGS else el, headings) if headed else None
        cue = 1 if JOB_CUES.search(text[:2000]) else HEADING_CUE if kind in _JOB_KINDS else 0
        prose[el] = length
        if tag in CONTENT_TAGS:  # a paragraph: it scores for the element holding it
            points = 1 + min(length // 100, 3) + text.count(",") * 0.1 + cue
            node = el.getparent()
        else:  # text set straight in a container, lines split by <br> (older pages)
            points = 1 + min(length / 75, 50) + cue
            node = el
        if kind == "about_company":  # the employer's profile, however long, is not the job's own text
            points *= ABOUT_COMPANY_SHARE
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
    table = _label_table(top, boilerplate)
    if table is not None:
        top = table
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
MAX_LABEL_CHARS = 60  # a label cell ("Required Qualifications") of a label | content row
MIN_LABEL_ROWS = 3
MAX_CELL_SHARE = 0.5


def _label_table(top, boilerplate: Boilerplate):
    """The table a winning cell belongs to when the posting is laid out as label | content rows
    ("Position Title | ...", "Duties | ...", "Required Qualifications | ..."), as university and
    government job systems do: one cell is one section, the table is the posting. None otherwise,
    and when the winning cell holds half the table's text or more (the posting in one cell, its
    facts in the other rows)."""
    cell = next((el for el in (top, *top.iterancestors()) if isinstance(el.tag, str)
                 and el.tag.lower() in ("td", "th", "table")), None)
    if cell is None or cell.tag.lower() == "table":
        return None
    table = next((el for el in cell.iterancestors() if el.tag.lower() == "table"), None)
    if table is None:
        return None
    if boilerplate.size.get(cell, 0) >= MAX_CELL_SHARE * boilerplate.size.get(table, 0):
        return None  # the cell holds the posting; the other rows are its facts
    labelled = 0
    for row in table.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        if len(cells) == 2 and 0 < boilerplate.size.get(cells[0], 0) <= MAX_LABEL_CHARS \
                and boilerplate.size.get(cells[1], 0) > 0:
            labelled += 1
    return table if labelled >= MIN_LABEL_ROWS else None


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


def in_chrome(el, boilerplate: Boilerplate, max_depth: int = 400, link_lists: bool = True) -> bool:
    """Inside page chrome; ``link_lists=False`` leaves lists of links in (a page of results is one)."""
    depth = 0
    while el is not None and depth < max_depth:
        if boilerplate(el) and (link_lists or not boilerplate.is_link_list(el, el.tag.lower())):
            return True
        el = el.getparent()
        depth += 1
    return False


def meta(root, *names: str) -> str | None:
    head = root.find("head")
    scope = head if head is not None else root
    for el in scope.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").lower()
        if key in names and clean_inline(el.get("content") or ""):
            return clean_inline(el.get("content"))[:300]
    return None


def page_title(root) -> str | None:
    el = root.find(".//title")
    if el is None:
        return None
    return clean_inline(el.text_content())[:300] or None


def looks_like_posting(text: str) -> bool:
    """Enough job vocabulary that this is a listing, not a news page or a login wall."""
    if len(text) < 120:
        return False
    cues = {m.group(1).lower()[:8] for m in JOB_CUES.finditer(text[:50_000])}
    return len(cues) >= 3


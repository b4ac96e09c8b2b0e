"""HTML -> readable blocks (headings, paragraphs, list items) and clean text.

Walks the tree iteratively (``lxml.etree.iterwalk``), never recursively, so pathological nesting
cannot raise RecursionError; skips scripts, styles, form controls and other non-content elements.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from dataclasses import dataclass, replace

import lxml.html
from lxml import etree

from credstack.postings.glued import repair_glued

BLOCK_TAGS = frozenset("""
address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer
form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul
""".split())
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BOLD_TAGS = frozenset({"b", "strong"})
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)", re.IGNORECASE)
# Inline elements that pages lay out apart with CSS ("$110K/yr</span><span>Full-time"): their
# edges separate words. Formatting tags (b, em, font) may split a word and do not.
SPACED_INLINE_TAGS = frozenset({"span", "a", "label", "time", "small", "abbr", "cite", "output", "data"})
_SEPARATE = re.compile(r"[^\s(\[/][^\s,.;:!?)\]/%]")
SKIP_TAGS = frozenset("""
script style noscript template svg canvas iframe object embed button select option input textarea
head title meta link map area audio video picture source track
""".split())


def _is_custom_button(tag: str) -> bool:
    """A design system's button element ("yth-button", "ion-button", "md-filled-button"): a web
    component named as one is a button, its label ("Cancel", "Apply now") no part of the text."""
    return "-" in tag and tag.endswith("-button")


_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2009\u202f]+")
MAX_BLOCK_CHARS = 20_000
# A posting's text is read up to this many characters. The longest real postings hold about
# 30,000 (long legal notices included) and skills are read from the first 100,000; a page beyond
# it (hostile or broken) is read this far, so every stage after reading costs a bounded time.
MAX_DESCRIPTION_CHARS = 100_000
_BULLET_CHAR = re.compile(r"^(?:[•·▪●◦‣▸►✓✔☞⌲➢➤→*]|-(?!\d)|–|—)\s*")


@dataclass
class Block:
    """A block of readable text and how the page presented it."""

    text: str
    tag: str  # "h", "li" or "p"
    bold: bool = False  # the whole block is bold
    level: int = 0  # 1-6 for <h1>-<h6> and markdown headings
    link: bool = False  # mostly link text ("« Back to job listings", "2 days ago - save job")
    label: bool = False  # a table's header cell (<th>) or a term (<dt>): the label of the value beside it
    item_head: bool = False  # a list item's first line, its other lines after it ("業務内容<br>管理薬剤師、調剤…")

    @property
    def is_heading_tag(self) -> bool:
        return self.tag == "h"


# "You`ll", "We`re": a backtick typed for an apostrophe, between two letters
_BACKTICK_APOSTROPHE = re.compile(r"(?<=[^\W\d_])`(?=[^\W\d_])")


def clean_inline(text: str) -> str:
    if "`" in text:
        text = _BACKTICK_APOSTROPHE.sub("'", text)
    return _SPACES.sub(" ", text).strip()


# libxml2 drops everything nested deeper than 2,048 elements (browsers flatten at 512). Long runs
# of bare opening tags are how pages get that deep; the innermost tags of a run are kept.
_OPEN_RUN = re.compile(r"(?:<[a-zA-Z][\w-]{0,20}(?:\s[^<>]{0,200})?>\s*){64,}")
_OPEN_TAG = re.compile(r"<[a-zA-Z][\w-]{0,20}(?:\s[^<>]{0,200})?>")
KEPT_OF_RUN = 32


def parse_html(markup: str):
    """An lxml tree for any markup; None when nothing can be parsed."""
    root, too_deep = _parse(markup)
    if too_deep:
        root, _ = _parse(_OPEN_RUN.sub(lambda m: "".join(_OPEN_TAG.findall(m.group())[-KEPT_OF_RUN:]), markup))
    return root


# An XHTML page's XML prolog ("<?xml version="1.0" encoding="UTF-8"?>"): lxml refuses a decoded
# string that still declares an encoding, so the page would read as no HTML at all.
_XML_PROLOG = re.compile(r"^\ufeff?\s*<\?xml\b[^>]*\?>")


def _parse(markup: str):
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, recover=True)
    markup = _XML_PROLOG.sub("", markup, count=1)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None, False
    return root, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def blocks_of(root, skip=None, limit: int | None = None, max_chars: int | None = None) -> list[Block]:
    """The readable blocks under ``root``, in document order.

    ``skip(element)`` may return True for elements (and their subtrees) to leave out; ``limit``
    stops after that many blocks, ``max_chars`` once the blocks hold that many characters.
    """
    blocks: list[Block] = []
    read = 0  # characters in the blocks so far
    parts: list[str] = []
    bold_chars = total_chars = link_chars = 0
    bold_depth = link_depth = 0
    edge = False  # at the edge of a spaced inline element
    skipping: list = []
    emphasised: list = []  # open bold elements (<b>, <h2>, style="font-weight:700")
    stack_tags: list[str] = []
    item_starts: list[int] = []  # where each open <li>'s blocks begin

    def flush(kind: tuple[str, int]) -> None:
        nonlocal parts, bold_chars, total_chars, link_chars, read
        text = clean_inline("".join(parts))[:MAX_BLOCK_CHARS]
        if text:
            read += len(text)
            bold = total_chars > 0 and bold_chars >= 0.9 * total_chars
            link = total_chars > 0 and link_chars >= 0.5 * total_chars
            bullet = _BULLET_CHAR.match(text) if kind[0] == "p" else None
            if bullet and text[bullet.end():]:  # "• item" lines between <br>s are list items
                blocks.append(Block(text[bullet.end():], "li"))
            else:
                blocks.append(Block(text, kind[0], bold, kind[1], link, "th" in stack_tags or "dt" in stack_tags))
        parts, bold_chars, total_chars, link_chars = [], 0, 0, 0

    def current_tag() -> tuple[str, int]:
        for tag in reversed(stack_tags):
            if tag in HEADING_TAGS:
                return "h", int(tag[1])
            if tag in ("li", "dd"):  # a <dt> is a term (often a heading), its <dd> the item
                return "li", 0
        return "p", 0

    def add_text(text: str | None) -> None:
        nonlocal bold_chars, total_chars, link_chars, edge
        if not text:
            return
        if edge and parts and _SEPARATE.match(parts[-1][-1] + text[0]):
            parts.append(" ")
        edge = False
        parts.append(text)
        visible = len(text.strip())
        total_chars += visible
        if bold_depth:
            bold_chars += visible
        if link_depth:
            link_chars += visible

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if (limit is not None and len(blocks) >= limit) or (max_chars is not None and read >= max_chars):
            return blocks
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if not tag or tag in SKIP_TAGS or _is_custom_button(tag) or (skip is not None and skip(el)):
                walker.skip_subtree()  # its own "end" comes next
                skipping.append(el)
                continue
            if tag in BLOCK_TAGS or tag == "br":
                flush(current_tag())
            if tag == "br":
                continue
            stack_tags.append(tag)
            if tag == "li":
                item_starts.append(len(blocks))
            emphasis = tag in BOLD_TAGS or tag in HEADING_TAGS or _BOLD_STYLE.search(el.get("style") or "")
            if emphasis:
                emphasised.append(el)
                bold_depth += 1
            if tag in SPACED_INLINE_TAGS:
                edge = True
            if tag == "a":
                link_depth += 1
            add_text(el.text)
        else:
            if skipping and skipping[-1] is el:
                skipping.pop()
                add_text(el.tail)
                continue
            if tag == "br" or not tag:
                add_text(el.tail)
                continue
            if tag in BLOCK_TAGS:
                flush(current_tag())
            if tag == "li" and item_starts:
                start = item_starts.pop()
                if len(blocks) - start >= 2 and all(b.tag == "li" for b in blocks[start:]):
                    blocks[start] = replace(blocks[start], item_head=True)
            if stack_tags:
                stack_tags.pop()
            if emphasised and emphasised[-1] is el:
                emphasised.pop()
                bold_depth -= 1
            if tag in SPACED_INLINE_TAGS:
                edge = True
            if tag == "a":
                link_depth -= 1
            add_text(el.tail)
    flush(current_tag())
    return blocks


_ESCAPED_TAG = re.compile(r"&(?:amp;)*(?:lt|#0*60|#x0*3c);\s*/?\s*[a-z]", re.IGNORECASE)
_REAL_TAG = re.compile(r"<\s*/?\s*[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.IGNORECASE)


def unescape_markup(fragment: str) -> str:
    """Markup escaped once or twice ("&amp;lt;p&amp;gt;", as JSON-LD descriptions often come) is
    unescaped while escaped tags outnumber real ones."""
    for _ in range(3):
        escaped = len(_ESCAPED_TAG.findall(fragment[:200_000]))
        if not escaped or escaped <= len(_REAL_TAG.findall(fragment[:200_000])):
            break
        fragment = html_lib.unescape(fragment)
    return fragment


def html_fragment_blocks(fragment: str) -> list[Block]:
    """Blocks of an HTML fragment (a JSON-LD description), up to ``MAX_DESCRIPTION_CHARS``;
    without any markup it is text."""
    fragment = unescape_markup(fragment)
    if not _REAL_TAG.search(fragment):
        return text_blocks(html_lib.unescape(fragment))
    root = parse_html(f"<html><body>{fragment}</body></html>")
    return blocks_of(root, max_chars=MAX_DESCRIPTION_CHARS) if root is not None else text_blocks(fragment)


_BULLET = re.compile(r"^\s*(?:\*{2,3}(?=\s)|[-*•·▪●◦‣–—]|\d{1,2}[.)]|[a-z][.)])\s+")  # "** item" too


_INLINE_MARKDOWN = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")


def _plain(line: str) -> str:
    """Inline markdown emphasis dropped ("**Nice to have:** Kafka" -> "Nice to have: Kafka")."""
    return _INLINE_MARKDOWN.sub(r"\2", line) if "**" in line or "__" in line else line


# The bracketed words hold no bracket: a run of brackets without their ends is read once, not once
# per bracket from there to the line's end (quadratic on a hostile line of "[" or "![").
# An address holds no bracket either: a run of links or images never closed ("[a](/[a](/...") is
# read once, not from each opening to the run's end.
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^)\s\[\]]*\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]+)\]\((?:https?://|mailto:|www\.|/|#)[^)\s\[\]]*(?:\s+\"[^\"\n]*\")?\)")
# `🌎 Remote, Berlin`: a code span, opened after a space or a line's start and closed before one
# (a backtick typed for an apostrophe sits between two letters and opens none)
_CODE_SPAN = re.compile(r"(?:(?<=\s)|^)`([^`\n]+)`(?=[\s.,;:!?)]|$)")


# "**Profile** ****": bold around nothing, beside bold text (four stars glued to a word mask its
# digits, as some boards print pay: "R****", "**** GBP/hr")
_EMPTY_EMPHASIS = re.compile(r"(?:(?<=\s)|^)(?:\*{4}|_{4})(?=\s|$)")
# "**Nice to have:\n**": a bold line whose closing stars went to the next line
_BOLD_SPAN = re.compile(r"(\*\*|__)[^\W_][^*_\n]*\1")  # "**Profil recherché**", words between the stars
# (its words end on a letter or sign, not a space: a lazy run before "[ \t]*\n" re-read the spaces
# after each of its characters, quadratic on a line of spaces)
_BOLD_CLOSED_BELOW = re.compile(r"(?m)^([ \t]*(\*\*|__)(?:(?!\2)[^\n])*(?:(?!\2)[^\s]))[ \t]*\n[ \t]*\2[ \t]*$")


def _unmarked(line: str) -> str:
    """A markdown line's links, images and code spans as the text a reader sees ("[Nurse](https://..)"
    -> "Nurse"); the rest of the line as it is."""
    if "](" in line:
        line = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line))
    if "`" in line:
        line = _CODE_SPAN.sub(r"\1", line)
    if "****" in line or "____" in line:
        emptied = _EMPTY_EMPHASIS.sub("", line)
        if _BOLD_SPAN.search(emptied):
            line = emptied
    return line


def _after_pictographs(line: str) -> tuple[str, str]:
    """("🚀 ", "**Your mission**") of "🚀 **Your mission**": the pictographs a line opens with, and the rest."""
    i = 0
    while i < len(line) and (unicodedata.category(line[i]) in ("So", "Sk") or line[i] in "\ufe0f\u200d "):
        i += 1
    return line[:i], line[i:]


_RULE = re.compile(r"(?:[-=*_~─━—–]\s*){3,}")  # a rule line ("---", "***", "===")

# A line of a page's inline script, pasted with its text ("})(window, document, 'script', 'dataLayer',
# 'GTM-5746WC6');", "w[l] = w[l] || []; w[l].push({"): its brackets and a script's own words; nothing a
# reader of the posting sees, and no "GTM" asked of anyone.
_SCRIPT_WORDS = re.compile(r"\bfunction\s*\(|\b(?:var|let|const)\s+[\w$]+\s*=|\b(?:document|window)\.\w|\.(?:push|"
                           r"getElementsBy\w+|createElement|querySelector\w*|addEventListener|setAttribute|"
                           r"insertBefore|appendChild)\(|^\s*\}\)")
_SCRIPT_SIGNS = "{}();=[]"


def _script_line(line: str) -> bool:
    """Whether ``line`` is a line of script code: four of its signs at least, one in 16 of its characters,
    and a script's own words."""
    if "(" not in line and "{" not in line:
        return False
    signs = sum(line.count(c) for c in _SCRIPT_SIGNS)
    return signs >= 4 and signs * 16 >= len(line) and _SCRIPT_WORDS.search(line) is not None

# The last word of a line that breaks a sentence where no sentence or list item ends ("Our
# practices use the", "the first point of contact for our"): when the line is as long as a
# hard-wrapped one (an e-mail, an ad pasted from a fixed-width page), the line after it goes on
# with the sentence. A heading can end on a preposition or a verb ("What we're looking for", "Who
# we are"), but it is short, and no verb is in the list.
_GOES_ON = re.compile(r"\s(?:a|an|the|our|your|their|its|of|to|for|with|from|into|by|and|or|but|than|"
                      r"such as|including)$")
WRAPPED_CHARS = 45  # the least length of a line taken as hard-wrapped


def _breaks_off(block: Block) -> bool:
    """Whether a text block is a hard-wrapped line cut mid-sentence (``_GOES_ON``)."""
    return (block.tag in ("p", "li") and not block.bold and len(block.text) >= WRAPPED_CHARS
            and bool(_GOES_ON.search(block.text)))


# Markup whose angle brackets a scraper stripped, left in the text ("... Storage Tex Tape./span/div
# divspan stylefontsize: ****ptCandidates will ...", "... issues. /span/li lispan stylefontsize:
# ****ptDomain knowledge ..."): closing tags run together, opening tags glued to each other and
# their style attribute. A closing block tag ends a paragraph, an opening "li" starts a list item.
_BLOCK_TAG = r"(?:div|p|li|ul|ol|h[1-6]|tr|table|tbody)"
_INLINE_TAG = r"(?:span|strong|em|b|i|u|font|br|td)"
# (a one-letter tag alone, as in "a /b test", is left)
_CLOSED_TAGS = re.compile(rf"(?<![\w/])(?:(?:/(?:{_BLOCK_TAG}|{_INLINE_TAG})){{2,}}|/(?!(?:p|b|i|u)(?![\w/]))"
                          rf"(?:{_BLOCK_TAG}|{_INLINE_TAG}))(?![\w/])")
# Two tags glued at least, one of them a span or div (no English word is made so), or any opening
# tags before a style attribute
_GLUED_TAGS = r"(?:span|div|li|ul|ol|strong|em|font|p)"
_OPENED_TAGS = re.compile(rf"(?<![\w/])(?:(?={_GLUED_TAGS}*(?:span|div)){_GLUED_TAGS}{{2,}}(?![\w/])"
                          rf"(?:[ \t]+style[a-z-]*:[ \t]*[\d*.]*(?:pt|px|em|%)?)?"
                          rf"|{_GLUED_TAGS}+[ \t]+style[a-z-]*:[ \t]*[\d*.]*(?:pt|px|em|%)?"
                          rf"|(?:ul|ol)[ \t]+type(?:disc|circle|square)(?![\w/]))")  # a list's bullet type


_BLOCK_TAG_IN = re.compile(rf"(?<![a-z]){_BLOCK_TAG}(?![a-z])|^(?:div|li|ul|ol|p)")  # "span/div", "divspan"


def _markup_left(match: re.Match) -> str:
    """What stands for the tags matched: a list item's dash, a line break for a block's edge, else a space."""
    tags = match.group(0)
    if tags.startswith("li"):
        return "\n- "
    return "\n" if _BLOCK_TAG_IN.search(tags.lstrip("/")) else " "


def _without_stripped_markup(text: str) -> str:
    """The text without the markup a scraper left when it stripped the angle brackets
    (``_CLOSED_TAGS``, ``_OPENED_TAGS``), its paragraphs and list items parted where they were."""
    if "/span" not in text and "/div" not in text and "/li" not in text and "style" not in text:
        return text
    return _OPENED_TAGS.sub(_markup_left, _CLOSED_TAGS.sub(_markup_left, text))


def text_blocks(text: str, max_chars: int = MAX_DESCRIPTION_CHARS) -> list[Block]:
    """Blocks of plain text: one per non-empty line, up to ``max_chars`` characters; bullet lines
    become list items. A line broken after a word no sentence ends on (``_GOES_ON``) goes on in the
    next line when that follows at once and is no list item or heading: one paragraph, as written
    before the text was wrapped."""
    blocks = []
    read = 0
    text = _without_stripped_markup(text[:max_chars * 2])
    if "**" in text or "__" in text:
        text = _BOLD_CLOSED_BELOW.sub(r"\1\2", text)
    goes_on = False  # the last block ends mid-sentence on the line just before
    for raw in repair_glued(text).splitlines():
        if read >= max_chars:
            break
        line = clean_inline(_unmarked(raw[:max_chars - read + 1000]))[:max_chars - read]  # 1000: room for spaces
        if not line or _RULE.fullmatch(line) or _script_line(line):  # a rule ("---") divides; it says nothing
            goes_on = False
            continue
        read += len(line)
        bullet = _BULLET.match(line)
        if goes_on and not bullet and not line.startswith("#"):
            last = blocks[-1]
            blocks[-1] = Block(f"{last.text} {_plain(line)}", last.tag, last.bold, last.level)
            goes_on = _breaks_off(blocks[-1])
            continue
        if bullet:
            blocks.append(Block(_plain(line[bullet.end():].strip()), "li"))
        else:
            # "## Skills", and "##Skills" as older markdown renderers took it (two hashes at least:
            # "#1 in sales" and "#hiring" are no headings)
            hashes = re.match(r"^(#{1,6})\s+(.+?)\s*#*$", line) or re.match(r"^(#{2,6})([^\s#].*?)\s*#*$", line)
            marks, rest = _after_pictographs(line)
            starred = re.match(r"^(\*\*|__)(.+?)\1(:?)$", rest if marks and rest else line)  # "🚀 **Your mission**"
            if hashes:  # "### **Qualifications**": the heading's own emphasis dropped
                heading = _plain(hashes.group(2)).strip()
                if heading.strip("*_ "):
                    blocks.append(Block(heading, "h", True, len(hashes.group(1))))
            elif starred:  # **Requirements** reads as a bold paragraph, as in HTML
                blocks.append(Block(starred.group(2).strip() + starred.group(3), "p", True))
            else:
                blocks.append(Block(_plain(line), "p"))
        goes_on = bool(blocks) and _breaks_off(blocks[-1])
    return blocks


def render(blocks: list[Block]) -> str:
    """Clean text: paragraphs separated by blank lines, list items as "- " lines."""
    out: list[str] = []
    previous = None
    for block in blocks:
        if block.tag == "li":
            if previous not in ("li", "h", None):
                out.append("")
            out.append(f"- {block.text}")
        else:
            if out:
                out.append("")
            out.append(block.text)
        previous = block.tag
    return "\n".join(out).strip()

"""Where things are in a resume: paragraphs in reading order, section headings, the header.

Works on the raw WordprocessingML so that nothing is rebuilt: the body's paragraphs, the
paragraphs inside layout-table cells and content controls, in reading order, walked with an
explicit stack (deep nesting cannot recurse).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from docx.oxml.ns import qn

W_P, W_TBL, W_TR, W_TC, W_SDT, W_SDT_CONTENT = (qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt"),
                                                qn("w:sdtContent"))
MAX_HEADING_CHARS = 60
MAX_HEADING_WORDS = 6


@lru_cache(maxsize=1)
def section_names() -> dict[str, str]:
    data = json.loads((resources.files("credstack") / "data" / "resume_sections.json").read_text("utf-8"))
    return {_key(name): kind for kind, names in data.items() if not kind.startswith("_") for name in names}


def _key(text: str) -> str:
    text = text.casefold().replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def paragraph_text(p) -> str:
    return "".join(p.xpath(".//w:t/text()"))


def block_paragraphs(body) -> list:
    """Paragraphs of the body in reading order, descending into tables and content controls
    (not into text boxes, which float outside the flow)."""
    out = []
    stack = [iter(body)]
    while stack:
        try:
            el = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        if el.tag == W_P:
            out.append(el)
        elif el.tag in (W_TBL, W_TR, W_TC, W_SDT, W_SDT_CONTENT):
            stack.append(iter(el))
    return out


def style_name(p, document) -> str:
    style_id = p.xpath("string(./w:pPr/w:pStyle/@w:val)")
    if not style_id:
        return ""
    try:
        return document.styles.get_by_id(style_id, 1).name or style_id  # 1 = WD_STYLE_TYPE.PARAGRAPH
    except (KeyError, ValueError):
        return style_id


def runs_all_bold(p) -> bool:
    runs = [r for r in p.xpath("./w:r | ./w:hyperlink/w:r") if "".join(r.xpath("./w:t/text()")).strip()]
    if not runs:
        return False
    for run in runs:
        bold = run.xpath("./w:rPr/w:b")
        if not bold or bold[0].get(qn("w:val")) in ("0", "false"):
            return False
    return True


@dataclass
class Heading:
    element: object
    text: str
    kind: str  # certifications, skills, experience, education, summary, other, unknown


def classify_heading(text: str) -> str | None:
    key = _key(text)
    names = section_names()
    if key in names:
        return names[key]
    for name, kind in names.items():
        if key.startswith(name + " ") and len(key.split()) <= MAX_HEADING_WORDS:
            return kind
    return None


def is_heading(p, document, text: str | None = None) -> str | None:
    """The section kind when ``p`` is a section heading, else None."""
    text = (paragraph_text(p) if text is None else text).strip()
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return None
    kind = classify_heading(text.rstrip(":"))
    style = style_name(p, document).lower()
    if kind is not None:
        return kind
    if style.startswith("heading") and not text.endswith((".", ",")):
        return "unknown"
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and runs_all_bold(p) and not text.endswith("."):
        return "unknown"
    return None


@dataclass
class Layout:
    paragraphs: list  # reading order
    headings: list[Heading]

    def first_heading(self) -> Heading | None:
        return self.headings[0] if self.headings else None

    def section_body(self, heading: Heading) -> list:
        """Paragraphs after ``heading`` up to the next heading, in the same container."""
        i = self.paragraphs.index(heading.element)
        body = []
        parent = heading.element.getparent()
        for p in self.paragraphs[i + 1:]:
            if any(h.element is p for h in self.headings) or p.getparent() is not parent:
                break
            body.append(p)
        return body


def layout(document) -> Layout:
    paragraphs = block_paragraphs(document.element.body)
    headings = []
    for p in paragraphs:
        kind = is_heading(p, document)
        if kind is not None:
            headings.append(Heading(p, paragraph_text(p).strip(), kind))
    return Layout(paragraphs, headings)

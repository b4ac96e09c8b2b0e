"""A resume's text in reading order, by section (for importing skills and certifications)."""

from __future__ import annotations

from dataclasses import dataclass, field

from credstack.resume.safety import check_docx
from credstack.resume.structure import paragraph_text, read_layout


@dataclass
class ResumeText:
    paragraphs: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)  # section kind -> its lines

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def read_resume(docx_bytes: bytes) -> ResumeText:
    """Every paragraph (body, tables, text boxes, headers and footers) after the safety checks."""
    document = check_docx(docx_bytes)
    out = ResumeText()
    found = read_layout(document)
    headings = {h.element: h for h in found.headings}
    current = "header"
    for block in found.blocks:
        if not block.text:
            continue
        heading = headings.get(block.element)
        if heading is not None and heading.kind not in ("title", "unknown") or (heading is not None and
                                                                                 heading.rank[0] <= 1):
            current = heading.kind if heading.kind not in ("title", "unknown") else current
            out.headings.append(block.text)
            continue
        out.paragraphs.append(block.text)
        out.sections.setdefault(current, []).append(block.text)
    for section in document.sections:
        for part in (section.header, section.footer):
            if part is not None and not part.is_linked_to_previous:
                for p in part._element.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
                    text = paragraph_text(p).strip()
                    if text:
                        out.paragraphs.append(text)
                        out.sections.setdefault("header", []).append(text)
    return out

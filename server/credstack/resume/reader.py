"""A resume's text in reading order, by section (for importing skills and certifications)."""

from __future__ import annotations

from dataclasses import dataclass, field

from credstack.resume.safety import check_docx
from credstack.resume.structure import is_heading, paragraph_text


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
    current = "header"
    containers = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer):
            if part is not None and not part.is_linked_to_previous:
                containers.append(part._element)
    for container in containers:
        for p in container.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
            text = paragraph_text(p).strip()
            if not text:
                continue
            kind = is_heading(p, document, text)
            if kind is not None and container is document.element.body:
                current = kind
                out.headings.append(text)
                continue
            out.paragraphs.append(text)
            out.sections.setdefault(current, []).append(text)
    return out

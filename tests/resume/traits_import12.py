"""Small synthetic resumes for traits of real resumes of batches 11 and 12 that the import got
wrong. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml

from .docs import save

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _boxes(boxes: list[list[str]]) -> bytes:
    """One floating VML text box per list of lines, one below the other."""
    d = Document()
    for n, lines in enumerate(boxes):
        paras = "".join(f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if i == 0 and len(lines) > 1 else ''}"
                        f"<w:t>{line}</w:t></w:r></w:p>" for i, line in enumerate(lines))
        d.add_paragraph()._p.append(parse_xml(
            f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            f'<v:shape style="position:absolute;margin-top:{n * 130}pt;width:400pt;height:120pt">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    return save(d)


def courses_box_before_other_boxes() -> bytes:
    """A courses heading with its lines in one text box, read before the boxes of the education
    lines and of the name (a LibreOffice export of a designed page)."""
    return _boxes([["EXPERIENCE"], ["COURSES", "Welding Safety Course", "Forklift Operator Training"],
                   ["Plumbing apprenticeship, City College (2018-2021)"], ["Anna Berg", "anna.berg@example.com"]])


def courses_heading_alone_in_its_box() -> bytes:
    """The control: the courses heading alone in its box, its lines in the next one."""
    return _boxes([["COURSES"], ["Welding Safety Course", "Forklift Operator Training"]])

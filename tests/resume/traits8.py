"""Small synthetic resumes for a trait of real resumes that tailoring got wrong after the seventh
batch: the summary and the first section's label drawn in floating text boxes anchored in empty
body paragraphs (the label "Skills" in a box left of a box of bullets), the rest in the body.
Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from .docs import save

W = nsdecls("w")
BULLETS = ["Ten years building desktop applications.", "Advanced C and C++ with algorithms.",
           "Agile development practices."]


def _floating_box(document, lines: list[str], width: int = 300, height: int = 90, bold: bool = False):
    """An empty body paragraph anchoring a floating VML text box (positioned from its paragraph, no
    wrapping: the body's empty paragraphs keep its room), as Word writes one."""
    p = document.add_paragraph()
    look = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>' if bold else ""
    paragraphs = "".join(f"<w:p><w:r>{look}<w:t>{line}</w:t></w:r></w:p>" for line in lines)
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="position:absolute;'
        f"margin-left:120pt;margin-top:0;width:{width}pt;height:{height}pt;z-index:1;"
        f'mso-position-vertical-relative:paragraph"><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent>'
        f"</v:textbox></v:shape></w:pict></w:r>"))
    return p


def _heading(document, text: str) -> None:
    run = document.add_paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(14)


def label_box_beside_summary_box(text_between: bool = False) -> bytes:
    """Name, contact and title in the body; then a band of two floating boxes: the bullets of a
    summary, and "Skills" as the label beside them; empty paragraphs keeping the band's room; then
    "Experience" and its entries in the body. ``text_between``: a body line between the two boxes'
    anchors (no band: the label is a heading of its own)."""
    d = Document()
    d.add_paragraph().add_run("Jordan Avery").bold = True
    d.add_paragraph("jordan.avery@example.com | +1 555 010 0199")
    d.add_paragraph().add_run("Software Engineer").bold = True
    d.add_paragraph()
    _floating_box(d, BULLETS)
    if text_between:
        d.add_paragraph("Open to relocation within Europe.")
    else:
        d.add_paragraph()
    _floating_box(d, ["Skills"], width=80, height=20, bold=True)
    for _ in range(4):
        d.add_paragraph()
    _heading(d, "Experience")
    d.add_paragraph("Software Engineer, Northwind Tools, 2018 - present")
    d.add_paragraph("Built a market-data feed handler in C++.")
    d.add_paragraph("Cut the build time of the desktop client from forty minutes to nine.")
    d.add_paragraph("Software Developer, Contoso Labs, 2012 - 2018")
    d.add_paragraph("Wrote the Windows installer and the crash reporter of a photo editor.")
    _heading(d, "Education")
    d.add_paragraph("MSc Computer Science, 2012")
    return save(d)

"""Resumes built to be hard: layout tables, text boxes, headers and footers, numbered lists, an
existing Certificates section, plain-bold headings, fields, placeholders, content controls,
section breaks. Each builder returns the .docx bytes."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W = nsdecls("w")


def save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def bold_heading(document, text):
    p = document.add_paragraph()
    p.add_run(text).bold = True
    return p


def textbox_paragraph(document, text):
    """A run holding a VML text box (what Word writes for floating text boxes)."""
    p = document.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:200pt;height:40pt">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>'
        f'</v:shape></w:pict></w:r>'))
    return p


def classic_with_certificates() -> bytes:
    """Heading-styled sections, an existing Certificates section, numbered list, header/footer,
    a text box, a mail-merge field, {{ }} placeholders and a content control."""
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Jane Doe — Resume"
    d.sections[0].footer.paragraphs[0].text = "References available on request"
    d.add_paragraph("Jane Doe", style="Title")
    d.add_paragraph("jane@example.com | +1 555 0100 | Austin, TX")
    textbox_paragraph(d, "Open to relocation")
    d.add_heading("Summary", level=1)
    p = d.add_paragraph("Analyst for ")
    p._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" MERGEFIELD Company "><w:r><w:t>«Company»</w:t></w:r></w:fldSimple>'))
    p.add_run(" with {{years}} years in retail analytics.")
    d.add_heading("Experience", level=1)
    d.add_paragraph("Senior Analyst, Globex (2020–2024)")
    d.add_paragraph("Cut reporting time by 40% with SQL automation", style="List Number")
    d.add_paragraph("Built the Tableau sales dashboard", style="List Number")
    d.add_heading("Certificates", level=1)
    d.add_paragraph("CompTIA Security+ — CompTIA, 2022")
    d.add_paragraph("Wilderness First Aid (2014)")
    d.add_heading("Skills", level=1)
    d.add_paragraph("Excel, Python, SQL, Tableau")
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="Interests"/></w:sdtPr><w:sdtContent><w:p><w:r>'
                    f'<w:t>Interests: chess, hiking</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    d.element.body.insert(len(d.element.body) - 1, sdt)
    return save(d)


def layout_table() -> bytes:
    """Two columns in a table: contact and skills left, experience right; headings are bold
    capitals in the cells."""
    d = Document()
    d.add_paragraph("JOHN SMITH").runs[0].bold = True
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "john@smith.example"
    left.add_paragraph("(555) 010-2000")
    h = left.add_paragraph()
    h.add_run("SKILLS").bold = True
    left.add_paragraph("Kubernetes")
    left.add_paragraph("Terraform")
    left.add_paragraph("Go")
    right.paragraphs[0].add_run("EXPERIENCE").bold = True
    right.add_paragraph("Platform Engineer, Initech 2019–2024")
    right.add_paragraph("Ran 40 Kubernetes clusters on AWS")
    h2 = right.add_paragraph()
    h2.add_run("EDUCATION").bold = True
    right.add_paragraph("BS Computer Science, State University")
    return save(d)


def plain_bold_headings() -> bytes:
    """Normal-style paragraphs with bold runs as headings, and a page/section break."""
    d = Document()
    d.add_paragraph("Maria Garcia")
    d.add_paragraph("maria@garcia.example · linkedin.com/in/mariagarcia")
    bold_heading(d, "Professional Experience")
    d.add_paragraph("HR Generalist, Umbrella Corp, 2018–present")
    bold_heading(d, "Education")
    d.add_paragraph("BA Psychology")
    d.add_section(WD_SECTION.NEW_PAGE)
    bold_heading(d, "Languages")
    d.add_paragraph("Spanish (native), English (fluent)")
    return save(d)


def many_paragraphs(n: int = 7000) -> bytes:
    d = Document()
    d.add_paragraph("Long Resume")
    d.add_paragraph("long@resume.example")
    d.add_heading("Experience", level=1)
    for i in range(n):
        d.add_paragraph(f"Achievement number {i}: shipped things with Python and SQL.")
    return save(d)


def rezip(data: bytes, changes: dict[str, bytes] | None = None, extra: dict[str, bytes] | None = None,
          compress=zipfile.ZIP_DEFLATED) -> bytes:
    """A copy of a .docx with some parts replaced or added."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as dst:
        for info in src.infolist():
            body = (changes or {}).get(info.filename, src.read(info.filename))
            dst.writestr(info.filename, body)
        for name, body in (extra or {}).items():
            dst.writestr(name, body)
    return out.getvalue()

"""Small synthetic resumes, each reproducing one trait real resumes have that broke tailoring:
a two-column table with the name in a cell after empty cells, content in text boxes, small-caps
Normal headings (an academic CV), a "Certification in ..." body line, a bracketed skills list,
German / French / Portuguese headings with personal-details blocks, a centred contact line,
headings ruled with a bottom border. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Twips

from .docs import save

W = nsdecls("w")
BRACKETED_SKILLS = "Microsoft Office (Word, Excel, PowerPoint, etc.), Git, Jira"
CERT_BODY_LINE = "Certification in AutoCAD and Revit drafting"


def caps_heading(container, text, size=None, border=False):
    p = container.add_paragraph()
    run = p.add_run(text.upper())
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if border:
        bottom_rule(p)
    return p


def bottom_rule(p):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="2E74B5"/></w:pBdr>'))


def set_width(cell, twips):
    cell.width = Twips(twips)


def two_column_name_cell(with_certification: bool = True) -> bytes:
    """The name (bold capitals, 28 pt) in a table cell after two empty cells; a narrow sidebar
    (contact, skills) beside the wide main column (experience, education); an old
    "CERTIFICATION" heading whose entries sit in its own row."""
    d = Document()
    table = d.add_table(rows=3, cols=3)
    top = table.rows[0].cells
    name = top[2].paragraphs[0].add_run("JANE DOE")
    name.bold, name.font.size = True, Pt(28)
    left, _, right = table.rows[1].cells
    for cell, width in zip(table.rows[1].cells, (2600, 200, 7000), strict=True):
        set_width(cell, width)
    left.paragraphs[0].text = "jane@doe.example"
    left.add_paragraph("+1 555 0100")
    caps_heading(left, "Skills", 12)
    left.add_paragraph("Kubernetes")
    left.add_paragraph("SQL")
    right.paragraphs[0].add_run("EXPERIENCE").bold = True
    right.paragraphs[0].runs[0].font.size = Pt(12)
    right.add_paragraph("Data Engineer, Initech, 2019–2024")
    right.add_paragraph("Built the nightly SQL warehouse loads and their Tableau dashboards.")
    caps_heading(right, "Education", 12)
    right.add_paragraph("BSc Computer Science, State University")
    if with_certification:
        last = table.rows[2].cells[2]
        last.paragraphs[0].add_run("CERTIFICATION").bold = True
        last.paragraphs[0].runs[0].font.size = Pt(12)
        last.add_paragraph("Wilderness First Aid (2014)")
    return save(d)


def textbox_layout() -> bytes:
    """The whole resume in fixed-size floating text boxes (DrawingML with a VML fallback)."""
    d = Document()

    def box(lines: list[str], top: int) -> None:
        paras = "".join(f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if i == 0 else ''}<w:t>{line}</w:t></w:r></w:p>"
                        for i, line in enumerate(lines))
        p = d.add_paragraph()
        p._p.append(parse_xml(
            f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            f'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
            f'<w:t xml:space="preserve"> </w:t></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape style="position:absolute;margin-top:{top}pt;width:400pt;height:120pt">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            f'</mc:AlternateContent></w:r>'))
        p._p.append(parse_xml(
            f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            f'<v:shape style="position:absolute;margin-top:{top}pt;width:400pt;height:120pt">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))

    box(["Lin Wei", "lin.wei@example.com", "+86 138 0000 0000"], 0)
    box(["EXPERIENCE", "Data Engineer, Example Co, 2019–2024", "Kept 300 nightly jobs running on Kubernetes."], 130)
    box(["EDUCATION", "BEng Software Engineering, Example University, 2019"], 260)
    return save(d)


def small_caps_academic_cv() -> bytes:
    """Headings are Normal paragraphs in small capitals (no Heading style, no bold); the
    "Certifications / Training" section sits between Education and four later sections."""
    d = Document()
    d.add_paragraph("Dr. Ana Souza").runs[0].font.size = Pt(16)
    d.add_paragraph("ana.souza@university.example · +44 20 7946 0000")

    def heading(text):
        p = d.add_paragraph()
        p.add_run(text).font.small_caps = True
        return p

    heading("Education")
    d.add_paragraph("PhD Epidemiology, University of Example, 2018")
    heading("Certifications / Training")
    d.add_paragraph("Good Clinical Practice (GCP) training, NIHR, 2021")
    d.add_paragraph("Advanced R programming workshop, 2019")
    heading("Publications")
    d.add_paragraph("Souza A. et al. (2022). Cohort effects in vaccine uptake. The Lancet 399, 1-10.")
    heading("Teaching")
    d.add_paragraph("Lecturer, Biostatistics I (2019–2023)")
    heading("Service")
    d.add_paragraph("Reviewer for BMJ Open and PLOS ONE")
    heading("References")
    d.add_paragraph("Available on request")
    return save(d)


def certification_body_line() -> bytes:
    """A short body line that begins "Certification in ..." under Experience: a user's line,
    not a heading."""
    d = Document()
    d.add_paragraph("Sam Carter", style="Title")
    d.add_paragraph("sam@carter.example | 555-0100 | Leeds")
    d.add_heading("Experience", level=1)
    d.add_paragraph("CAD Technician, Example Architects, 2018–2024")
    d.add_paragraph(CERT_BODY_LINE)
    d.add_paragraph("Produced 200 drawing sets for residential projects.")
    d.add_heading("Education", level=1)
    d.add_paragraph("HNC Construction, Leeds College, 2017")
    return save(d)


def skills_line_with_brackets() -> bytes:
    """A skills line holding a bracketed list: splitting it on ", " would garble it."""
    d = Document()
    d.add_paragraph("Priya Shah", style="Title")
    d.add_paragraph("priya@shah.example")
    d.add_heading("Experience", level=1)
    d.add_paragraph("Analyst, Example Bank, 2020–2024")
    d.add_heading("Skills", level=1)
    d.add_paragraph(BRACKETED_SKILLS)
    return save(d)


def german_personal_details() -> bytes:
    """A German Lebenslauf: title line, a personal-details block, bold German headings."""
    d = Document()
    title = d.add_paragraph()
    title.add_run("Lebenslauf").bold = True
    d.add_paragraph("Name: Max Mustermann")
    d.add_paragraph("Geburtsdatum: 01.02.1990")
    d.add_paragraph("Anschrift: Musterstraße 1, 10115 Berlin")
    d.add_paragraph("Telefon: +49 30 1234567")
    d.add_paragraph("Staatsangehörigkeit: deutsch")
    for heading, line in (("Berufserfahrung", "2018–2024 Datenanalyst, Beispiel GmbH, Berlin"),
                          ("Ausbildung", "2014–2018 B.Sc. Informatik, TU Berlin"),
                          ("Sprachkenntnisse", "Deutsch (Muttersprache), Englisch (C1)")):
        d.add_paragraph().add_run(heading).bold = True
        d.add_paragraph(line)
    return save(d)


def french_ruled_header() -> bytes:
    """A French CV: the name and contact lines in a ruled header block (a one-cell table with a
    bottom border), then "FORMATION" (education) and "EXPÉRIENCE PROFESSIONNELLE"."""
    d = Document()
    table = d.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0]
    cell.paragraphs[0].add_run("Claire Martin").bold = True
    cell.add_paragraph("claire.martin@exemple.fr · 06 12 34 56 78 · Lyon")
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:tcBorders {W}><w:bottom w:val="single" w:sz="12" w:color="000000"/></w:tcBorders>'))
    for heading, line in (("FORMATION", "Master Informatique, Université de Lyon, 2020"),
                          ("EXPÉRIENCE PROFESSIONNELLE", "Ingénieure données, Exemple SA, 2020–2024"),
                          ("COMPÉTENCES", "SQL, Python, Tableau")):
        caps_heading(d, heading)
        d.add_paragraph(line)
    return save(d)


def portuguese_courses() -> bytes:
    """A Portuguese currículo with "Cursos Complementares" (an existing courses section)."""
    d = Document()
    d.add_paragraph().add_run("João Silva").bold = True
    d.add_paragraph("joao.silva@exemplo.com.br | (11) 98765-4321")
    for heading, lines in (("Objetivo", ["Analista de dados"]),
                           ("Experiência Profissional", ["Analista, Exemplo Ltda, 2019–2024"]),
                           ("Formação Acadêmica", ["Bacharelado em Estatística, USP, 2018"]),
                           ("Cursos Complementares", ["Power BI Avançado (2021)", "Excel para Negócios (2020)"])):
        p = d.add_paragraph()
        run = p.add_run(heading)
        run.font.small_caps = True
        run.bold = True
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def centred_contact_ruled_headings() -> bytes:
    """Name and contact line centred; headings in capitals with a bottom rule, an empty
    paragraph before each heading; an existing "Certificates" heading with its rule."""
    d = Document()
    name = d.add_paragraph()
    name.add_run("ALEX MORGAN").font.size = Pt(20)
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    contact = d.add_paragraph("alex@morgan.example · +1 555 0100 · Denver, CO")
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for heading, line in (("Summary", "Platform engineer with ten years of cloud work."),
                          ("Experience", "Senior Engineer, Example Corp, 2016–2024"),
                          ("Education", "BS Computer Science, 2014")):
        d.add_paragraph()
        caps_heading(d, heading, border=True)
        d.add_paragraph(line)
    return save(d)


def ruled_certificates_section() -> bytes:
    """Ruled headings and an existing "Certificates" section at the end (its rule must stay)."""
    d = Document()
    d.add_paragraph("Robin Lee", style="Title")
    d.add_paragraph("robin@lee.example · 555-0100")
    for heading, line in (("Experience", "Data Analyst, Example Co, 2019–2024"),
                          ("Education", "BA Economics, 2018"),
                          ("Certificates", "Lean Six Sigma Green Belt (2020)")):
        caps_heading(d, heading, border=True)
        d.add_paragraph(line)
    return save(d)


def header_name_breaks_in_paragraph() -> bytes:
    """The name only in the page header; the first section typed as one paragraph: a bold heading
    ruled with underscores, then its lines after line breaks."""
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Lena Vogel · lena@vogel.example · +49 30 1234567"
    p = d.add_paragraph()
    p.add_run("Kenntnisse " + "_" * 60).bold = True
    p.add_run().add_break()
    p.add_run("- Python | SQL | Kubernetes")
    p.add_run().add_break()
    p.add_run("- Deutsch (Muttersprache), Englisch (C1)")
    d.add_paragraph().add_run("Erfahrung " + "_" * 60).bold = True
    d.add_paragraph("Datenanalystin, Beispiel GmbH, 2019–2024")
    d.add_paragraph().add_run("Ausbildung " + "_" * 60).bold = True
    d.add_paragraph("B.Sc. Informatik, TU Berlin, 2019")
    return save(d)


ALL = [header_name_breaks_in_paragraph, two_column_name_cell, textbox_layout, small_caps_academic_cv, certification_body_line,
       skills_line_with_brackets, german_personal_details, french_ruled_header, portuguese_courses,
       centred_contact_ruled_headings, ruled_certificates_section]

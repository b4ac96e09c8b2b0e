"""More small synthetic resumes, one per trait of the second batch of real resumes that tailoring
got wrong: an entry title that begins with a section word ("Licence Informatique", a French
degree), Hebrew right-to-left headings, a Lebenslauf with no section headings at all, body lines
right-aligned to push a date to the margin, italic date runs, a heading row of fixed height, rotated
heading cells, a form of content controls, and a heading in a narrow newspaper column beside the
name. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

from .docs import save
from .fixtures import caps_heading, set_width

W = nsdecls("w")


def degree_titles_in_education() -> bytes:
    """French headings (bold capitals, 12 pt) and, under FORMATION, bold italic entry titles; one
    of them is "Licence Informatique" (a degree), which begins like a licences heading."""
    d = Document()
    d.add_paragraph().add_run("Claire Martin").bold = True
    d.add_paragraph("claire.martin@exemple.fr · 06 12 34 56 78")
    for heading, entries in (("FORMATION", [("Master 1 Informatique – en cours", "Université Grenoble Alpes"),
                                            ("Licence Informatique", "Université Jean-Monnet, Saint-Etienne")]),
                             ("COMPÉTENCES", [("Langages", "Python, SQL, Java")]),
                             ("EXPÉRIENCE PROFESSIONNELLE", [("Stagiaire", "INRIA Grenoble")])):
        caps_heading(d, heading, 12)
        for title, line in entries:
            run = d.add_paragraph().add_run(title)
            run.bold = run.italic = True
            d.add_paragraph(line)
    return save(d)


def hebrew_right_to_left() -> bytes:
    """A Hebrew resume: right-to-left paragraphs, headings in colour in right-to-left runs marked
    bold and italic for Latin text only (Word draws them plain), the name and contact in a text box."""
    d = Document()

    def rtl(p):
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:bidi {W}/>'))
        return p

    box = rtl(d.add_paragraph())
    box._p.append(parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:400pt;height:40pt">'
        f'<v:textbox><w:txbxContent><w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>דנה כהן - מפתחת תוכנה</w:t></w:r></w:p>'
        f'<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>dana@example.co.il | 054-0000000</w:t></w:r></w:p>'
        f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    for heading, lines in (("פרופיל", ["מפתחת תוכנה עם ניסיון בפיתוח מערכות נתונים.", "אוהבת ללמוד טכנולוגיות חדשות."]),
                           ("ניסיון תעסוקתי", ["2020-2024: מפתחת נתונים, חברה לדוגמה"]),
                           ("השכלה", ["2016-2020: תואר ראשון במדעי המחשב"]),
                           ("שפות", ["עברית: שפת אם. אנגלית: גבוהה."])):
        run = rtl(d.add_paragraph()).add_run(heading)
        run.font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)
        run.font.size = Pt(13)  # with b and i, which Word does not draw on right-to-left text (bCs, iCs)
        run.bold = run.italic = True
        run._r.get_or_add_rPr().append(parse_xml(f'<w:rtl {W}/>'))
        for line in lines:
            rtl(d.add_paragraph(line))
    return save(d)


def lebenslauf_without_headings() -> bytes:
    """A Lebenslauf with no section headings: the name only in the page header, a title line,
    tab-aligned personal details, a rule, then date-led entries (date TAB role)."""
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Yara Beispiel ■ Musterweg 1 ■ 80331 München ■ yara@beispiel.de"
    title = d.add_paragraph()
    title.add_run("Lebenslauf").font.size = Pt(20)
    d.add_paragraph()
    for label, value in (("Geburtsdatum", "12.08.1997"), ("Geburtsort", "Plovdiv/Bulgarien"),
                         ("Familienstand", "ledig"), ("Staatsangehörigkeit", "bulgarisch")):
        p = d.add_paragraph()
        p.add_run(label)
        p.add_run().add_tab()
        p.add_run(value).bold = True
    rule = d.add_paragraph()
    rule._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="single" w:sz="6" w:color="auto"/></w:pBdr>'))
    d.add_paragraph()
    for dates, role, place in (("Seit 02/2021", "Umschulung zum Fachinformatiker", "GFN GmbH – München"),
                               ("11/2017 – 08/2019", "Produktionsmitarbeiter", "BMW AG – München"),
                               ("12/2017 – 08/2019", "Mitarbeiter im Fahrdienst", "Autovermietung – München"),
                               ("08/2017 – 10/2017", "Mitarbeiter im Facility-Management", "Rahmer GmbH – München")):
        p = d.add_paragraph()
        p.add_run(dates)
        p.add_run().add_tab()
        p.add_run(role).bold = True
        q = d.add_paragraph()
        q.add_run().add_tab()
        q.add_run(place)
        d.add_paragraph()
    return save(d)


def right_aligned_dated_lines() -> bytes:
    """Headings in capitals; each entry's first line right-aligned (the date pushed to the margin
    with spaces), the lines under it left-aligned; italic date runs before plain text."""
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Sam Rivera"
    d.add_paragraph("1 Main St, Boulder, CO · 555-0100 · sam@rivera.example")
    for heading, first, rest in (("EDUCATION", ("Ph.D. Chemical Engineering, ", "State University          2017"),
                                  "Dissertation on molecular simulation"),
                                 ("PUBLICATIONS", ("Uncertainty quantification, ", "J. Chem. Phys. 2019"),
                                  "With co-authors")):
        caps_heading(d, heading, 11, border=True)
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(first[0]).bold = True
        p.add_run(first[1])
        d.add_paragraph(rest)
    return save(d)


def italic_dates_before_text() -> bytes:
    """Each body line begins with a long italic date run, then a short plain text run."""
    d = Document()
    d.add_paragraph().add_run("Kai Liu").font.size = Pt(18)
    d.add_paragraph("kai@liu.example | +86 136 0000 0000")
    for heading, lines in (("EDUCATION", [("Sept 2017 – Jul 2023 (expected)", "BSc Physics")]),
                           ("RESEARCH EXPERIENCE", [("Aug 2018 – Aug 2019 (one year)", "Fluid suspension")])):
        caps_heading(d, heading, 11)
        for date_text, text in lines:
            p = d.add_paragraph()
            p.add_run(date_text).italic = True
            p.add_run("\t" + text)
    return save(d)


def form_of_content_controls() -> bytes:
    """An application form: one label | value table whose values are content controls (some still
    showing their placeholder prompt), one row per field and per section."""
    d = Document()
    d.add_paragraph().add_run("Curriculum vitae").bold = True
    d.add_paragraph("Nadia Ben Ali")
    table = d.add_table(rows=0, cols=2)
    for label, value in (("Adresse", "12 rue de la Paix, Tunis"), ("E-Mail", "nadia@exemple.tn"),
                         ("Formation professionnelle 1", "Institut Supérieur d'Informatique, 2015"),
                         ("Autres formations", "Cliquez ici pour taper du texte."),
                         ("Expérience professionnelle 1", "Vendeuse, 2016–2020"),
                         ("Compétences spécifiques", "Réseaux, bureautique")):
        left, right = table.add_row().cells
        left.paragraphs[0].add_run(label).bold = True
        right._tc.remove(right.paragraphs[0]._p)
        right._tc.append(parse_xml(
            f'<w:sdt {W}><w:sdtPr><w:alias w:val="{label}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>{value}</w:t>'
            f'</w:r></w:p></w:sdtContent></w:sdt>'))
    return save(d)


def heading_in_a_narrow_newspaper_column() -> bytes:
    """A resume converted from PDF: a two-column section (a 1652-twip column, a 8892-twip one)
    whose narrow first column holds the first heading, the name after a column break; one column
    from the next section on."""
    d = Document()
    for _ in range(3):
        d.add_paragraph()
    d.add_paragraph("EDUCATION", style="Heading 1")
    name = d.add_paragraph()
    name.add_run().add_break(WD_BREAK.COLUMN)
    name.add_run("Lin Chen").bold = True
    d.add_paragraph("Contact: (+86) 151 0000 0000 Email: lin@chen.example")
    end = d.add_paragraph()
    end._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {W}><w:type w:val="continuous"/><w:pgSz w:w="11900" w:h="16850"/>'
        f'<w:cols w:num="2" w:space="720" w:equalWidth="0"><w:col w:w="1652" w:space="216"/><w:col w:w="8892"/>'
        f'</w:cols></w:sectPr>'))
    d.add_paragraph("Beijing University of Aeronautics and Astronautics, Master of Software Engineering")
    d.add_paragraph("WORK EXPERIENCE", style="Heading 1")
    d.add_paragraph("Software Engineer II, Example Group, 2016 – present")
    return save(d)


def heading_row_of_fixed_height() -> bytes:
    """The main column is a table: a heading row of exact height (sized for "Berufserfahrung")
    spanning both columns, then date | entry rows."""
    d = Document()
    d.add_paragraph("Ben Roth · ben@roth.example · +49 160 0000000")
    table = d.add_table(rows=3, cols=2)
    head = table.rows[0]
    merged = head.cells[0].merge(head.cells[1])
    run = merged.paragraphs[0].add_run("Berufserfahrung")
    run.font.size, run.underline = Pt(16), True
    head._tr.get_or_add_trPr().append(parse_xml(f'<w:trHeight {W} w:hRule="exact" w:val="567"/>'))
    for row, (dates, text) in zip(table.rows[1:], (("08/2016 – 07/2018", "Ausbildung zum Verkäufer, Edeka"),
                                                   ("08/2022 – jetzt", "Verkäufer, Aldi")), strict=True):
        row.cells[0].paragraphs[0].add_run(dates)
        row.cells[1].paragraphs[0].add_run(text)
    return save(d)


def rotated_heading_cells() -> bytes:
    """An academic CV whose sections are tables: a narrow shaded cell with the heading turned
    sideways (btLr), the section's entries in the wide cell beside it."""
    d = Document()
    d.add_paragraph("Dana K. Giles").runs[0].font.size = Pt(20)
    d.add_paragraph("dana@giles.example · (555) 010-0000")
    for heading, lines in (("Publications", ["Systematic Serendipity, MNRAS 2019", "Outlier scoring, 2020"]),
                           ("Education", ["PhD in Physics, 2020", "B.S. in Physics, 2012"])):
        table = d.add_table(rows=1, cols=2)
        label, content = table.rows[0].cells
        set_width(label, 992)
        set_width(content, 8458)
        label._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="19345C"/>'))
        label._tc.get_or_add_tcPr().append(parse_xml(f'<w:textDirection {W} w:val="btLr"/>'))
        run = label.paragraphs[0].add_run(heading)
        run.bold, run.font.size = True, Pt(14)
        content.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            content.add_paragraph(line)
        d.add_paragraph()
    return save(d)


def headings_indented_with_spaces() -> bytes:
    """Headings typed after a run of spaces (how the author indented them), a colon at the end."""
    d = Document()
    d.add_paragraph("Daniel Paredes · daniel@example.mx · (667) 175 3969")
    for heading, line in (("Formación académica:", "Instituto Tecnológico de Culiacán 2010-2015"),
                          ("Experiencia Laboral:", "Auxiliar de Sistemas 2013-2014")):
        p = d.add_paragraph()
        p.add_run("      ").font.size = Pt(14)
        p.add_run(heading).font.size = Pt(14)
        d.add_paragraph(line, style="List Bullet")
    return save(d)


def _png() -> bytes:
    """A 1x1 grey PNG."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b""))


def photo_reaching_up_beside_the_first_heading(offset_emu: int = -702945) -> bytes:
    """The main column is a table: a heading row, then entry rows; a photo floats (no text wrap)
    from the first entry's cell up beside the heading (a negative offset from its paragraph)."""
    import io

    d = Document()
    d.add_paragraph("Ben Roth · ben@roth.example · +49 160 0000000")
    table = d.add_table(rows=3, cols=2)
    merged = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    merged.paragraphs[0].add_run("Berufserfahrung").font.size = Pt(16)
    for row, (dates, text) in zip(table.rows[1:], (("08/2016 – 07/2018", "Ausbildung zum Verkäufer"),
                                                   ("08/2022 – jetzt", "Verkäufer, Aldi")), strict=True):
        row.cells[0].paragraphs[0].add_run(dates)
        row.cells[1].paragraphs[0].add_run(text)
    photo = table.rows[1].cells[1].add_paragraph().add_run()
    photo.add_picture(io.BytesIO(_png()), width=Pt(90), height=Pt(100))
    inline = photo._r.xpath(".//wp:inline")[0]
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp")} distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>1874520</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{offset_emu}</wp:posOffset></wp:positionV>'
        f'</wp:anchor>')
    extent = inline.find(inline.xpath("./wp:extent")[0].tag)
    anchor.append(extent)
    anchor.append(parse_xml(f'<wp:effectExtent {nsdecls("wp")} l="0" t="0" r="0" b="0"/>'))
    anchor.append(parse_xml(f'<wp:wrapNone {nsdecls("wp")}/>'))
    for child in list(inline):
        if child.tag.endswith(("}docPr", "}cNvGraphicFramePr", "}graphic")):
            anchor.append(child)
    inline.getparent().replace(inline, anchor)
    return save(d)


def headings_in_a_style_of_their_own(first: str = "MY STORY") -> bytes:
    """The name only as a labelled line; the title and headings in shaded one-cell tables, typed in
    a paragraph style of the document's own ("CV Heading"); the first heading is no lexicon word
    (or "PERSONAL PROFILE" over a paragraph of prose: a summary, not personal details)."""
    from docx.enum.style import WD_STYLE_TYPE

    d = Document()
    style = d.styles.add_style("CV Heading", WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold, style.font.size, style.font.all_caps = True, Pt(12), True
    title = d.add_table(rows=1, cols=1).rows[0].cells[0].paragraphs[0]
    title.add_run("CURRICULUM VITAE").bold = True
    d.add_paragraph("Name:\tSam Gower\tAddress:\t9 Beck Lane, Norwich")
    d.add_paragraph("Mobile:\t07808 000000\tEmail:\tsam@gower.example")
    for heading, line in ((first, "I am an experienced developer building desktop and web applications in C#, Pascal "
                                   "and JavaScript, with twenty years in supply chain software."),
                          ("WORK HISTORY", "Sep 20 – Feb 21  Software Consultant, CAM Systems Ltd."),
                          ("ADDITIONAL INFORMATION", "Full clean driving licence.")):
        cell = d.add_table(rows=1, cols=1).rows[0].cells[0]
        cell.paragraphs[0].style = style
        cell.paragraphs[0].add_run(heading)
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="0000FF"/>'))
        d.add_paragraph(line)
    return save(d)


def no_headings_long_address_line() -> bytes:
    """No heading lines at all: a title, the name, a birth date, an address typed as one long line,
    an identity number, then phone and e-mail lines (14 pt), then the text (11 pt); labels typed
    inline."""
    d = Document()
    d.add_paragraph().add_run("CURRICULUM VITAE").bold = True
    d.add_paragraph("Simón Molina Moncada")
    d.add_paragraph("Nacido el 16 de octubre de 2006")
    d.add_paragraph("Nacionalidad chilena, viviendo en la Comunidad Fernando Carilao, N°117, en Perquenco, Región de la "
                    "Araucanía, Chile, desde el año dos mil diez")
    d.add_paragraph("22.236.601-1")
    d.add_paragraph("Teléfono de contacto: +56 9 5984 0000")
    d.add_paragraph("Correo electrónico: simon@ejemplo.cl")
    d.add_paragraph("Habilidades para el inglés (nivel medio), la computación y el dibujo.")
    p = d.add_paragraph()
    p.add_run("Escolaridad: ").bold = True
    p.add_run("Liceo agrícola San Sebastián (2021-2024)")
    for i, paragraph in enumerate(d.paragraphs):  # the header lines in 14 pt, the text in 11 pt, set on the runs
        for run in paragraph.runs:
            run.font.size = Pt(14 if i < 7 else 11)
    return save(d)


ALL = [degree_titles_in_education, hebrew_right_to_left, lebenslauf_without_headings, right_aligned_dated_lines,
       italic_dates_before_text, form_of_content_controls, heading_in_a_narrow_newspaper_column,
       heading_row_of_fixed_height, rotated_heading_cells, headings_indented_with_spaces,
       photo_reaching_up_beside_the_first_heading, headings_in_a_style_of_their_own, no_headings_long_address_line]

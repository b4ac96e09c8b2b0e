"""Small synthetic resumes, one per trait of the fourth batch of real resumes that tailoring got
wrong: a certifications heading that labels a table row (its entries in the cell beside it), a
sidebar built of tables of its own inside the outer two-column table, and a Word template whose
headings and entries are content controls, the entries still temporary prompts; a section heading
with a short value after its colon ("Образование: высшее"), and a training section introduced by a
lead-in sentence in the look of the document's headings; a certificates row of columns (dates |
issuers | names) labelled in the first cell; headings ruled by a line shape drawn after their
text; section titles drawn as pictures beside personal details in text boxes. Each builder returns
the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from .docs import save, textbox_paragraph
from .fixtures import set_width

W = nsdecls("w")


def _clear(cell):
    for p in list(cell._tc.iterchildren("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")):
        cell._tc.remove(p)


def certificates_row_beside_its_label() -> bytes:
    """The whole resume in a label | content table (a Google Docs template): each section's heading
    alone in the narrow left cell of its row, its entries in the wide right cell; the row
    "Courses and Certifications" holds two courses."""
    d = Document()
    table = d.add_table(rows=0, cols=2)
    rows = (("Ana Souza", ["Rua das Flores 12, Belo Horizonte", "ana.souza@example.com"]),
            ("Summary", ["Data analyst who turns operations data into weekly decisions."]),
            ("Experience", ["Acme Logistics / Analyst", "2021 - 2024", "Built the weekly KPI reports."]),
            ("Courses and Certifications", ["Data Science with Python (46h)", "Udemy",
                                            "Java Object Orientation (28h)", "T-Academy"]),
            ("Skills", ["SQL, Python, Power BI"]))
    for i, (label, lines) in enumerate(rows):
        left, right = table.add_row().cells
        set_width(left, 2200)
        set_width(right, 7200)
        run = left.paragraphs[0].add_run(label)
        run.bold = True
        run.font.size = Pt(22 if i == 0 else 11)
        right.paragraphs[0].add_run(lines[0]).bold = i > 0
        for line in lines[1:]:
            right.add_paragraph(line)
    return save(d)


def sidebar_of_tables_beside_main_column() -> bytes:
    """A two-cell outer table: the narrow left cell holds a table with the name and contact and a
    table with an "About me" section; the wide right cell holds a table with the experience
    section (a Word template with a photo sidebar)."""
    d = Document()
    outer = d.add_table(rows=1, cols=2)
    left, right = outer.rows[0].cells
    set_width(left, 3400)
    set_width(right, 6200)
    _clear(left)
    _clear(right)
    contact = left.add_table(rows=1, cols=1).rows[0].cells[0]
    name = contact.paragraphs[0].add_run("MARIA PETROVA")
    name.font.size = Pt(20)
    contact.add_paragraph("maria.petrova@example.com")
    contact.add_paragraph("+7 900 000 00 00")
    about = left.add_table(rows=2, cols=1)
    about.rows[0].cells[0].paragraphs[0].add_run("ABOUT ME").font.size = Pt(12)
    about.rows[1].cells[0].paragraphs[0].add_run("Support specialist who likes to learn new tools and teach them.")
    main = right.add_table(rows=2, cols=1)
    main.rows[0].cells[0].paragraphs[0].add_run("WORK EXPERIENCE").font.size = Pt(12)
    body = main.rows[1].cells[0]
    body.paragraphs[0].add_run("Broker support, specialist").bold = True
    body.add_paragraph("April 2021 - September 2024")
    body.add_paragraph("Answered customers' questions about the brokerage service.")
    for cell in (left, right):  # a cell ends with a paragraph
        cell.add_paragraph()
    return save(d)


def _control(text: str, *, heading: bool = False, prompt: bool = False) -> str:
    props = "<w:temporary/><w:showingPlcHdr/>" if prompt else ""
    run = f'<w:r><w:rPr>{"<w:b/><w:caps/>" if heading else ""}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    return f'<w:sdt {W}><w:sdtPr>{props}</w:sdtPr><w:sdtContent><w:p>{run}</w:p></w:sdtContent></w:sdt>'


def template_of_content_controls() -> bytes:
    """A Word resume template: the name in the top row's wide cell; below, a sidebar cell (profile,
    contact) and a wide main cell whose headings are content controls of their own, each followed
    by entry controls that are still temporary prompts ("[University] - [Degree]")."""
    d = Document()
    table = d.add_table(rows=2, cols=2)
    top_left, top_right = table.rows[0].cells
    side, main = table.rows[1].cells
    for cell, width in ((top_left, 3000), (side, 3000), (top_right, 6600), (main, 6600)):
        set_width(cell, width)
    top_right.paragraphs[0].add_run("DENIS SOUZA").font.size = Pt(28)
    top_right.add_paragraph("SOFTWARE DEVELOPER")
    side.paragraphs[0].add_run("PROFILE").bold = True
    side.add_paragraph("Systems analyst who keeps learning and building web applications.")
    side.add_paragraph().add_run("CONTACT").bold = True
    side.add_paragraph("denis.souza@example.com")
    _clear(main)
    for heading, entries in (("Education", ["[University] - [Degree]", "[02/2020] - [12/2021]"]),
                             ("Projects", ["[Complete web development]", "[03/2021] - [09/2021]"])):
        main._tc.append(parse_xml(_control(heading, heading=True)))
        for entry in entries:
            main._tc.append(parse_xml(_control(entry, prompt=True)))
    main._tc.append(parse_xml(f"<w:p {W}/>"))
    return save(d)


def _labelled(d, label: str, value: str, size: int, value_size: int | None = None):
    p = d.add_paragraph()
    run = p.add_run(label)
    run.bold, run.font.size = True, Pt(size)
    if value:
        p.add_run(value).font.size = Pt(value_size or size)
    return p


def heading_with_a_value_after_its_colon(other_headings: bool = True) -> bytes:
    """A Russian resume: title, name, bold-labelled personal details (12 pt); then "Образование"
    in the 16 pt bold of the headings, its colon and value ("высшее") plain and smaller, on one
    line with the section under it; "Навыки и опыт:" a heading of its own. Without
    ``other_headings`` the skills heading is a plain line too: nothing shows what a heading looks like."""
    d = Document()
    _labelled(d, "Резюме", "", 18)
    _labelled(d, "Королёв Артём", "", 16)
    for label, value in (("Дата рождения", ": 09.01.2000"), ("E-mail", ": artem@example.ru"),
                         ("Телефон", ": +7 981 000-00-00"), ("Место жительства", ": Санкт-Петербург")):
        _labelled(d, label, value, 12)
    _labelled(d, "Образование", ": высшее", 16, 11)
    d.add_paragraph("2017-2021 Санкт-Петербургский политехнический университет")
    d.add_paragraph("Факультет: электроэнергетика и электротехника")
    if other_headings:
        _labelled(d, "Навыки и опыт:", "", 16)
    else:
        d.add_paragraph("Навыки и опыт:")
    d.add_paragraph("- Python, Pandas, Scikit-Learn")
    d.add_paragraph("- SQL, Git")
    return save(d)


def training_introduced_by_a_lead_in(heading_look: bool = True) -> bytes:
    """A trainer's CV with no name block: bullet lines, then headings ending with a colon in bold
    14 pt; the training section is introduced by a bold 14 pt sentence naming it ("Completed further
    training and workshops, the most important:") and a list. Without ``heading_look`` the
    sentence is plain body text."""
    d = Document()
    for line in ("* Member of the regional trainers' association", "* Founder of a volunteer coaching team"):
        d.add_paragraph(line)
    for heading, lines in (("Qualifications:", ["* Master in human development", "* Certified NLP practitioner"]),
                           ("Completed further training and workshops, the most important:",
                            ["- Time management", "- Presentation skills", "- Strategic planning diploma"]),
                           ("Work experience:", ["* Training consultant, 2015 - 2024"])):
        if heading.startswith("Completed") and not heading_look:
            d.add_paragraph(heading)
        else:
            _labelled(d, heading, "", 14)
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def certificates_row_of_columns(label_first: bool = True) -> bytes:
    """A Korean resume typed in one table: the name and contact rows, then one row per section with
    its label in the first cell and its entries in columns (dates | issuers | names, a line each);
    "자격증" (certificates) holds three. Without ``label_first`` the certificates label heads the
    last column after "Year" and "Month" labels, its entries in the rows below (a form's grid)."""
    d = Document()
    table = d.add_table(rows=0, cols=4)

    def row(*cells):
        out = table.add_row().cells
        for cell, value in zip(out, cells, strict=True):
            lines = value if isinstance(value, list) else [value]
            cell.paragraphs[0].add_run(lines[0])
            for line in lines[1:]:
                cell.add_paragraph(line)
        return out

    row("김민수", "", "Phone", "010-0000-0000")
    row("", "", "E-mail", "minsu@example.kr")
    if label_first:
        row("학력", ["2017.03 ~ 2025.08", "2014.03 ~ 2017.02"], ["고려대학교", "금호고등학교"], ["졸업", "졸업"])
        row("자격증", ["2024.09.10", "2021.10.01", "2020.12.22"], ["한국산업인력공단", "한국데이터산업진흥원", "한국생산성본부"],
            ["정보처리기사", "SQL개발자(SQLD)", "DSAC 3급"])
        row("어학능력", ["영어, TOEIC", "영어, TOEIC SPEAKING"], ["ETS", "ETS"], ["880", "IH"])
    else:
        row("학력", "년", "월", "자격증")
        for year, month, name in (("2021", "10", "SQL개발자(SQLD)"), ("2020", "12", "DSAC 3급"), ("", "", "")):
            row("", year, month, name)
    for cell in table.rows[2].cells[:1] + table.rows[3].cells[:1] + table.rows[-1].cells[:1]:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    return save(d)


def _shape_run(shape_id: int, cx: int, cy: int) -> str:
    return (f'<w:r {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing><wp:inline>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{shape_id}" name="Shape {shape_id}"/><a:graphic>'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:spPr><a:prstGeom prst="line"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def headings_ruled_by_a_shape(icon: bool = False) -> bytes:
    """Europass-style headings in bold grey: the text, then an inline line shape (4.4 in long,
    1.5 pt thick) running to the margin, as a converted PDF draws them. With ``icon`` the shape
    after each heading is a small square (an icon), not a rule."""
    d = Document()
    d.add_paragraph().add_run("Adrian Klein").bold = True
    d.add_paragraph("adrian.klein@example.de · +49 157 0000000")
    cx, cy = (228600, 228600) if icon else (4179461, 19050)
    for i, (heading, lines) in enumerate((("Studium", ["2018 - 2024 Master Mechatronik, Leibniz Universität"]),
                                          ("Praxiserfahrung", ["2020 - 2024 Wissenschaftliche Hilfskraft"]))):
        p = d.add_paragraph()
        run = p.add_run(heading + " ")
        run.bold = True
        p._p.append(parse_xml(_shape_run(10 + i, cx, cy)))
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def drawn_titles_boxed_details(boxed: bool = True) -> bytes:
    """A designed Chinese resume: the personal details and skills in text boxes down a side panel,
    the section titles pictures (no text), the body only the entries' lines. Without ``boxed``
    the details are body lines too (a resume with no headings at all)."""
    d = Document()
    details = ["姓名（Name）：李明（Ming Li）", "手机（Cellphone）：18600000000", "邮箱（E-mail）：ming.li@example.cn",
               "C++、Java、Python 等编程语言。", "MySQL 数据库的应用开发和管理。"]
    for line in details:
        if boxed:
            textbox_paragraph(d, line)
        else:
            d.add_paragraph(line)
    for line in ("毕业学校（Graduate from）：清华大学", "专业（Major）：数理基础科学", "GPA：3.3",
                 "大二夏季学期和同学开发了一个校园学生管理系统，实现了讨论区、选课和资料上传功能。",
                 "大三完成了一个网页解析和搜索的程序，自动解析网页正文内容并计算相似度。",
                 "目前在人工智能实验室进行推荐系统的研究，独立承担一个项目。"):
        d.add_paragraph(line)
    return save(d)


ALL = [certificates_row_beside_its_label, sidebar_of_tables_beside_main_column, template_of_content_controls,
       heading_with_a_value_after_its_colon, lambda: heading_with_a_value_after_its_colon(False),
       training_introduced_by_a_lead_in, lambda: training_introduced_by_a_lead_in(False),
       certificates_row_of_columns, lambda: certificates_row_of_columns(False), headings_ruled_by_a_shape,
       lambda: headings_ruled_by_a_shape(True), drawn_titles_boxed_details, lambda: drawn_titles_boxed_details(False)]

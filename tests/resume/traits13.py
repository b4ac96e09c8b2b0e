"""Small synthetic resumes for traits of real resumes that tailoring got wrong in the thirteenth
batch. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from .docs import save


def _bold(d, text, size=10):
    run = d.add_paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(size)


def employment_after_personal_details(detail: str = "Position: Supplemental Instructor (2018 - 2019)") -> bytes:
    """A South African student's CV: a 'Curriculum Vitae' title over the name, a 'Personal
    information:' block of label lines with the contact last, then 'Current Employment:' whose
    label lines end with ``detail`` (a post with its years in brackets by default), then
    'Personal Attributes:', 'Education:' and 'References:'; bold colon headings the body's size."""
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    title = d.add_paragraph().add_run("Curriculum Vitae")
    title.bold, title.font.size = True, Pt(28)
    name = d.add_paragraph().add_run("Pieter van Wyk")
    name.bold, name.font.size = True, Pt(20)
    for heading, body in (("Personal information:", ["Date of Birth: 1 May 1999", "Nationality : South African",
                                                      "Cell phone number : +27 78 000 1234",
                                                      "E-mail Address: pieter@example.org"]),
                          ("Current Employment:", ["Company: Example University", "Employed from: 2018 – current",
                                                   detail]),
                          ("Personal Attributes:", ["Leadership skills", "Team player"]),
                          ("Education:", ["BSc. I.T. Degree, Example University"]),
                          ("References:", ["Dr. A. Example, lecturer, a.example@example.org"])):
        _bold(d, heading)
        for line in body:
            d.add_paragraph(line)
    return save(d)


def headings_over_smaller_subheadings(sub_size: int = 12) -> bytes:
    """A Chinese CV exported by WPS: every heading in 'Heading 2' (one outline level), section
    names at 14 pt ('教育', '校园项目') each directly over a sub-heading drawn at ``sub_size``
    ('毕业院校', a project's name); a '基本资料' (basic information) heading over the name, phone
    and e-mail label lines at the top."""
    d = Document()
    d.styles["Normal"].font.size = Pt(10)

    def heading(text, size):
        p = d.add_heading(level=2)
        p.add_run(text).font.size = Pt(size)

    heading("基本资料", 14)
    for line in ("姓名：王小梅", "电话：13800000000", "邮箱：xiaomei@example.com"):
        d.add_paragraph(line)
    heading("教育", 14)
    heading("毕业院校", sub_size)
    d.add_paragraph("2017.6毕业 南京某大学 计算机科学与技术")
    heading("校园项目", 14)
    heading("Bug管理系统", sub_size)
    d.add_paragraph("简介：一个基于B/S架构的Bug管理系统，使用Bootstrap、jquery进行前端开发。")
    return save(d)


def title_of_name(of_line: bool = True) -> bytes:
    """'Curriculum Vitae' / 'Of' / the name as three centred lines of a title block, the 'Of' as
    large as the title; without ``of_line`` the name follows the title directly."""
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    for text, size in (("Curriculum Vitae", 36), *((("Of", 36),) if of_line else ()), ("Pieter van Wyk", 16)):
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)
    d.add_paragraph("pieter@example.org")
    _bold(d, "Education:")
    d.add_paragraph("BSc. I.T. Degree, Example University")
    return save(d)


def certificate_grid(column: str = "Сертификат") -> bytes:
    """A Russian CV: the name, e-mail and phone, 'Образование' (a degree), then 'Достижения'
    (achievements) over a grid whose header row is ``column`` | 'Год получения' and whose rows are
    CAE 2017 and FCE 2016, then 'Опыт работы'; headings ruled below at 14 pt over a 10 pt body."""
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph().add_run("Анна Петрова").font.size = Pt(20)
    d.add_paragraph("anna.petrova@example.ru")
    d.add_paragraph("+7 (900) 000 00 00")

    def heading(text):
        p = d.add_paragraph()
        p.add_run(text).font.size = Pt(14)
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            bottom.set(qn(key), value)
        borders.append(bottom)
        p._p.get_or_add_pPr().append(borders)

    heading("Образование")
    d.add_paragraph("НИУ ВШЭ, бакалавр, 2017-2021")
    heading("Достижения")
    grid = d.add_table(rows=3, cols=2)
    for row, (a, b) in zip(grid.rows, ((column, "Год получения"), ("CAE", "2017"), ("FCE", "2016")), strict=True):
        row.cells[0].text, row.cells[1].text = a, b
    heading("Опыт работы")
    d.add_paragraph("Репетитор английского языка, 5 лет")
    return save(d)


def date_column_lines(tab_stop: bool = True) -> bytes:
    """A Dutch CV whose entries are laid out in two columns: '2015 – heden<tab>:MBO ICT ...' with a
    hanging indent of 3 inches and (with ``tab_stop``) a tab stop there, the value column; without
    it the hanging indent is only how the user's long lines wrap. Name, contact, then Opleiding and
    Werkervaring headings in bold."""
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph().add_run("Daan de Vries").font.size = Pt(18)
    d.add_paragraph("daan@example.nl")
    for heading, body in (("Opleiding", ["2015 – heden\t:MBO ICT niveau 4 aan het Nova College te Beverwijk",
                                         "2011 – 2015\t:VMBO-TL aan het Kennemer College te Beverwijk"]),
                          ("Werkervaring", ["2016 – heden\t:Medewerker supermarkt te Beverwijk"])):
        _bold(d, heading, 12)
        for line in body:
            p = d.add_paragraph(line)
            p.paragraph_format.left_indent = Inches(3)
            p.paragraph_format.first_line_indent = -Inches(3)
            if tab_stop:
                p.paragraph_format.tab_stops.add_tab_stop(Inches(3))
    return save(d)

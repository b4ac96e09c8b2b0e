"""Small synthetic resumes for traits of real resumes that tailoring or import got wrong in the
eighth corpus batch (bench/resumes, batch 8). Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from .docs import save

W = nsdecls("w")
W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
CERT_LINE = "Certificate of Completion, Applied Machine Learning Specialist (2020)"
ROWS = [("About me", ["Biomedical engineer working on machine learning for clinical imaging."]),
        ("Skills", ["Python", "Pandas", "Feature Engineering"]),
        ("Education & Certificates", ["Bachelor of Biomedical Engineering, Cairo University (2018)", CERT_LINE]),
        ("Projects", ["Two projects on support vector machines", "One project on k-means clustering"])]


def _sdt(inner: str, kind: str, n: int) -> str:
    """A content control around ``inner``: a repeating section, one of its items, or a plain
    rich-text field (``kind`` "text")."""
    marker = {"section": "<w15:repeatingSection/>", "item": "<w15:repeatingSectionItem/>", "text": ""}[kind]
    return f'<w:sdt><w:sdtPr><w:id w:val="{n}"/>{marker}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'


def label_rows_with_repeating_sections(repeating: bool = True) -> bytes:
    """Address lines, then the name, then a table of label | gap | content rows, as Word's resume
    templates make: each content cell a repeating section of entries (``w15:repeatingSection``, one
    item per entry). ``repeating=False``: the same entries each in a plain content control (a form's
    fill-in fields)."""
    d = Document()
    d.add_paragraph("Street Address: 102 Andalous St, Sheikh Zayed")
    d.add_paragraph("Telephone: 0111 505 5052 | amr.example@example.com")
    name = d.add_paragraph().add_run("Amr Example")
    name.bold, name.font.size = True, Pt(20)
    table = d.add_table(rows=len(ROWS), cols=3)
    n = 100
    for row, (label, entries) in zip(table.rows, ROWS, strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        cell = row.cells[2]._tc
        for p in cell.findall(f"{{{cell.nsmap['w']}}}p"):
            cell.remove(p)
        items = ""
        for entry in entries:
            n += 1
            items += _sdt(f"<w:p><w:r><w:t>{entry}</w:t></w:r></w:p>", "item" if repeating else "text", n)
        n += 1
        body = _sdt(items, "section", n) if repeating else items
        cell.append(parse_xml(f"<w:body {W} {W15}>{body}</w:body>")[0])
    return save(d)


def heading_styled_personal_label() -> bytes:
    """'Lebenslauf' and the name on one line, a date, then the birthday's label typed in the
    Heading 1 style over its value, then sections in the same style with names the lexicon may not
    know ("Schulzeit/ Ausbildung")."""
    d = Document()
    d.add_paragraph().add_run("Lebenslauf Max Beispiel").bold = True
    d.add_paragraph("2024-04-28")
    d.add_heading("Geburtstag", level=1)
    d.add_paragraph("01.02.2000")
    d.add_heading("Schulzeit/ Ausbildung", level=1)
    d.add_paragraph("2006 - 2010 Grundschule am Markt")
    d.add_paragraph("2010 - 2020 Gymnasium am Berg")
    d.add_heading("Arbeitserfahrung", level=1)
    d.add_paragraph("Zwei Wochen Praktikum in einer Computeragentur")
    d.add_paragraph("Sieben Monate Arbeit als Werkstudent")
    return save(d)


def _bold(d, text: str) -> None:
    d.add_paragraph().add_run(text).bold = True


def japanese_career_history(cert_heading: str = "■取得資格等") -> bytes:
    """A shokumu keirekisho: title, date and name lines, ■ headings, the qualifications section
    named with a trailing 'etc.' (等)."""
    d = Document()
    _bold(d, "職 務 経 歴 書")
    d.add_paragraph("2022年5月26日現在")
    d.add_paragraph("氏名　山田 太郎")
    _bold(d, "■職務経歴")
    d.add_paragraph("2019年10月～2021年12月　株式会社サンプル【正社員】")
    d.add_paragraph("担当職務：通訳、翻訳、書類作成")
    _bold(d, cert_heading)
    d.add_paragraph("日本語能力試験１級（2018年1月）")
    d.add_paragraph("普通自動車第一種運転免許（2017年7月）")
    _bold(d, "■自己PR")
    d.add_paragraph("維持・更新しやすいコードを書くことを心がけています。")
    return save(d)


COURSES = ["Informática básica: Word, Excel, PowerPoint", "Elétrica automotiva – SENAI",
           "Introdução Git e GitHub - Digital Innovation One"]


def courses_subheading_inside_education() -> bytes:
    """An education section holding, after the schools, a 'Cursos concluídos:' sub-heading (bold,
    ending in a colon) over the completed courses; then the experience section."""
    d = Document()
    name = d.add_paragraph().add_run("Claudio Exemplo")
    name.bold, name.font.size = True, Pt(20)
    d.add_paragraph("claudio@example.com | (27) 99946-0000")
    h = d.add_paragraph().add_run("Escolaridade")
    h.bold, h.font.size = True, Pt(14)
    d.add_paragraph("Ensino Médio - completo")
    d.add_paragraph("Faculdade Exemplo - Tecnólogo em análise de sistemas - cursando")
    _bold(d, "Cursos concluídos:")
    for course in COURSES:
        d.add_paragraph(course)
    h = d.add_paragraph().add_run("Experiência")
    h.bold, h.font.size = True, Pt(14)
    d.add_paragraph("Mecânico Automotivo, Centro Automotivo Exemplo, 2015 - 2019")
    return save(d)


def _fill(cell, lines: list[str]) -> None:
    cell.paragraphs[0].text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def form_with_licence_rows() -> bytes:
    """A rirekisho-like form: one table whose rows are year | month | item, a column-header row
    '年 | 月 | 免許・資格' over dated licence rows and empty rows, then rows of another shape (a
    merged 'motivation' cell beside commute and family fields) that are no licences."""
    d = Document()
    _bold(d, "履　歴　書")
    d.add_paragraph("氏名　山田 太郎")
    rows = [["年", "月", "免許・資格"], ["平成5", "12", "第二種情報処理技術者試験 合格"],
            ["平成5", "11", "日本商工会議所 簿記検定 ２級 合格"], ["平成4", "11", "第一種 普通自動車免許 取得"],
            ["", "", ""], ["", "", ""]]
    table = d.add_table(rows=len(rows) + 2, cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _fill(table.cell(r, c), [text])
    motivation = table.cell(len(rows), 0).merge(table.cell(len(rows) + 1, 1))
    _fill(motivation, ["志望の動機、特技、好きな学科、アピールポイントなど",
                       "IT系フリーランスエンジニアとして活動しております。"])
    _fill(table.cell(len(rows), 2), ["通勤時間", "約　1時間"])
    _fill(table.cell(len(rows) + 1, 2), ["扶養家族数（配偶者を除く）", "0　人"])
    return save(d)


def certificate_table_with_column_header(header: tuple[str, str] = ("資格", "取得時期")) -> bytes:
    """A career history whose qualifications section is a two-column table under its own heading,
    its first row the column labels (qualification | date obtained)."""
    d = Document()
    _bold(d, "職 務 経 歴 書")
    d.add_paragraph("氏名　山田 太郎")
    _bold(d, "■職務経歴")
    d.add_paragraph("2019年10月～2021年12月　株式会社サンプル【正社員】")
    _bold(d, "■取得資格等")
    rows = [list(header), ["基本情報技術者試験", "2022年5月"], ["日本語能力試験１級", "2018年1月"],
            ["普通自動車第一種運転免許", "2017年7月"]]
    table = d.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if r == 0:  # the header row in bold, as the section headings are
                table.cell(r, c).paragraphs[0].add_run(text).bold = True
            else:
                _fill(table.cell(r, c), [text])
    _bold(d, "■自己PR")
    d.add_paragraph("維持・更新しやすいコードを書くことを心がけています。")
    return save(d)

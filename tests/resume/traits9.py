"""Small synthetic resumes for traits of real resumes that tailoring or import got wrong in the
ninth batch: a Korean applicant grid (label cells, headings typed without their word space, a
bilingual heading glossed in brackets), headings side by side on one line over a two-column page,
a French "Formations" section after the education one, a two-column page whose first column holds
the header. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from .docs import save

W = nsdecls("w")


def _bold(document, text: str, size: int = 13):
    run = document.add_paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(size)
    return run


def korean_applicant_grid() -> bytes:
    """A title, then a grid of label | value cells (the name a labelled value), then sections under
    body headings, one typed without its word space ("보유기술") and one glossed in English."""
    d = Document()
    _bold(d, "이 력 서", 20)
    grid = d.add_table(rows=3, cols=4)
    for r, (label, value, label2, value2) in enumerate([("이름", "김민준", "나이", "25세"),
                                                         ("휴대폰", "010-1234-5678", "이메일", "minjun@example.com"),
                                                         ("주소", "서울시 강남구 테헤란로 1", "", "")]):
        for c, text in enumerate((label, value, label2, value2)):
            grid.cell(r, c).paragraphs[0].add_run(text).bold = c in (0, 2)
    _bold(d, "학력사항")
    d.add_paragraph("2015.03-2019.02 한국대학교 컴퓨터공학과")
    _bold(d, "Career (경력, 아르바이트)")
    d.add_paragraph("2019.03-2023.12 예시회사 개발자")
    _bold(d, "자격증")
    d.add_paragraph("2020.05 정보처리기사")
    _bold(d, "보유기술")
    d.add_paragraph("Java, Spring")
    return save(d)


def headings_side_by_side(tabbed: bool = True) -> bytes:
    """Name and contact, then two headings on one line held apart by a tab (the left and right
    columns' sections below them), then their lines."""
    d = Document()
    _bold(d, "Alex Berg", 20)
    d.add_paragraph("Telefon: 070 000 0000")
    d.add_paragraph("Email: alex.berg@example.com")
    p = d.add_paragraph()
    left = p.add_run("UTBILDNING")
    left.bold, left.font.size = True, Pt(13)
    if tabbed:
        p.add_run().add_tab()
    right = p.add_run("PROFIL")
    right.bold, right.font.size = True, Pt(13)
    d.add_paragraph("Medieinstitutet, webbutveckling (2019 - 2021)")
    d.add_paragraph("Födelsedag: 1996-08-03")
    _bold(d, "ERFARENHETER")
    d.add_paragraph("Stena Fastigheter (2017), trädgårdsarbetare")
    return save(d)


def formations_after_education() -> bytes:
    """A French CV: contact, a job title, "Etudes et diplômes", then "Formations" listing training
    courses, then skills."""
    d = Document()
    d.add_paragraph("Amine Ben Salah")
    d.add_paragraph("Tel : (+216) 20 000 000")
    d.add_paragraph("E-mail : amine@example.com")
    _bold(d, "Responsable de Vente", 16)
    for heading, lines in (("Etudes et diplômes", ["2009 : Maîtrise en Informatique de Gestion",
                                                    "2004 : Baccalauréat, section Mathématique"]),
                           ("Formations", ["Gestion d'Equipe.", "Méthodes et Techniques des Ventes."]),
                           ("Compétences", ["Encadrer et dynamiser des équipes de ventes."])):
        _bold(d, heading)
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def header_in_first_of_two_columns(widths: tuple[int, int] = (3610, 6886)) -> bytes:
    """One two-column section for the whole page (a LibreOffice export): the name, contact and
    skills in the first column (a little over half the second's width), experience at the top of
    the second after blank paragraphs, no column break."""
    d = Document()
    _bold(d, "Danilo Carvalho", 20)
    _bold(d, "Contatos")
    d.add_paragraph("Email: danilo@example.com")
    _bold(d, "Habilidades")
    d.add_paragraph("Análise de dados com Python e SQL.")
    for _ in range(6):
        d.add_paragraph()
    _bold(d, "Experiência Profissional")
    d.add_paragraph("2021-2022 - Aux. administrativo, Transportes Exemplo")
    sect = d.element.body.find(qn("w:sectPr"))
    for cols in sect.findall(qn("w:cols")):
        sect.remove(cols)
    sect.append(parse_xml(
        f'<w:cols {W} w:num="2" w:equalWidth="false" w:sep="true"><w:col w:w="{widths[0]}" w:space="288"/>'
        f'<w:col w:w="{widths[1]}"/></w:cols>'))
    return save(d)


def columns_laid_out_below_header(column_break: bool = True, widths: tuple[int, int] = (5883, 3512),
                                  page_break: bool = False) -> bytes:
    """A one-column header ending in the first heading, then (on the same page) a continuous
    section of two unequal columns laid out by hand: education on the left, a column break, the
    profile on the right."""
    d = Document()
    _bold(d, "Alex Berg", 20)
    d.add_paragraph("Email: alex.berg@example.com")
    _bold(d, "UTBILDNING")  # the last line of the one-column section, over the left column
    if page_break:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    end_of_header = d.add_paragraph()
    end_of_header._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {W}><w:type w:val="continuous"/><w:cols w:space="720"/></w:sectPr>'))
    d.add_paragraph("Medieinstitutet, webbutveckling (2019 - 2021)")
    p = d.add_paragraph()
    if column_break:
        p.add_run().add_break(WD_BREAK.COLUMN)
    _bold(d, "PROFIL")
    d.add_paragraph("Födelsedag: 1996-08-03")
    end = d.add_paragraph()
    end._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {W}><w:type w:val="continuous"/><w:cols {W} w:num="2" w:space="720" w:equalWidth="0">'
        f'<w:col w:w="{widths[0]}" w:space="485"/><w:col w:w="{widths[1]}"/></w:cols></w:sectPr>'))
    _bold(d, "ERFARENHETER")
    d.add_paragraph("Stena Fastigheter (2017), trädgårdsarbetare")
    return save(d)

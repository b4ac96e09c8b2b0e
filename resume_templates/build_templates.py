"""Builds the three resume templates (classic, modern, compact) with python-docx.

    python resume_templates/build_templates.py

writes server/credstack/resume/templates/<name>.docx. Each template holds placeholders
({{name}}, {{contact}}, {{headline}}, {{summary}}, {{skills}}) in single runs, which
``credstack.resume.templates.build_resume`` fills from a profile.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parents[1] / "server" / "credstack" / "resume" / "templates"

DESIGNS = {
    "classic": {"font": "Georgia", "size": 11, "name_size": 24, "name_align": WD_ALIGN_PARAGRAPH.CENTER,
                "heading_size": 12, "heading_color": None, "heading_caps": True, "rule": True, "margin": 0.9},
    "modern": {"font": "Calibri", "size": 10.5, "name_size": 26, "name_align": WD_ALIGN_PARAGRAPH.LEFT,
               "heading_size": 13, "heading_color": RGBColor(0x1F, 0x4E, 0x79), "heading_caps": False, "rule": False,
               "margin": 0.8},
    "compact": {"font": "Arial", "size": 9.5, "name_size": 18, "name_align": WD_ALIGN_PARAGRAPH.LEFT,
                "heading_size": 10.5, "heading_color": RGBColor(0x33, 0x33, 0x33), "heading_caps": True, "rule": True,
                "margin": 0.5},
}
SECTIONS = [("Summary", "{{summary}}"), ("Skills", "{{skills}}"),
            ("Experience", "Job title — Company · Start–End: add your roles and two or three results for each."),
            ("Education", "Degree — School · Year")]


def bottom_rule(paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "808080")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def build(name: str, design: dict) -> Document:
    document = Document()
    for section in document.sections:
        section.left_margin = section.right_margin = Inches(design["margin"])
        section.top_margin = section.bottom_margin = Inches(design["margin"] * 0.8)
    normal = document.styles["Normal"]
    normal.font.name = design["font"]
    normal.font.size = Pt(design["size"])
    normal.paragraph_format.space_after = Pt(3)
    heading = document.styles["Heading 1"]
    heading.font.name = design["font"]
    heading.font.size = Pt(design["heading_size"])
    heading.font.bold = True
    heading.font.all_caps = design["heading_caps"]
    heading.font.color.rgb = design["heading_color"] or RGBColor(0, 0, 0)
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.space_after = Pt(3)

    title = document.add_paragraph()
    run = title.add_run("{{name}}")
    run.font.size = Pt(design["name_size"])
    run.font.bold = True
    title.alignment = design["name_align"]
    contact = document.add_paragraph()
    contact.add_run("{{contact}}")
    contact.alignment = design["name_align"]
    headline = document.add_paragraph()
    headline.add_run("{{headline}}").italic = True
    headline.alignment = design["name_align"]
    for text, body in SECTIONS:
        h = document.add_paragraph(text, style="Heading 1")
        if design["rule"]:
            bottom_rule(h)
        document.add_paragraph().add_run(body)
    document.core_properties.title = f"credstack {name} resume template"
    document.core_properties.author = "credstack"
    return document


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, design in DESIGNS.items():
        path = OUT / f"{name}.docx"
        build(name, design).save(path)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

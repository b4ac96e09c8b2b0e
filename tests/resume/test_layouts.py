"""Placement on real-world layouts (one synthetic fixture per trait) and the property that no
user's line is ever lost, rewritten or reordered."""

from __future__ import annotations

import io
from collections import Counter
from datetime import date

import pytest
from docx import Document
from lxml import etree

from credstack.analysis import Analysis
from credstack.credentials.catalog import load_catalog
from credstack.postings.model import Posting
from credstack.profile.model import Certification, Profile, ProfileSkill
from credstack.resume import LayoutUnsupported, TailorOptions, tailor_document
from credstack.resume.structure import classify_heading, read_layout
from credstack.skills.model import Requirement, SkillKind, SkillMention
from credstack.skills.vocabulary import load_vocabulary

from . import docs, fixtures, traits, traits4, traits6, traits7

TODAY = date(2026, 11, 25)
KNOWN = {"catalog": load_catalog(), "vocabulary": load_vocabulary()}  # what the app's Resources hold
HEADING = "Professional Development & Certifications"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def mention(name, kind=SkillKind.TOOL, req=Requirement.REQUIRED):
    return SkillMention(name=name, kind=kind, category="x", requirement=req, mentions=[name])


FIRST = "Google Data Analytics Professional Certificate"  # covers SQL (3) + Tableau (1); CKA covers Kubernetes (3)
ANALYSIS = Analysis(posting=Posting(title="Data Engineer"), skills=[
    mention("SQL"), mention("Kubernetes"), mention("Tableau", req=Requirement.PREFERRED), mention("Git")])
PROFILE = Profile(name="Test", skills=[ProfileSkill("SQL"), ProfileSkill("Kubernetes"), ProfileSkill("Git")],
                  certifications=[
                      Certification("Certified Kubernetes Administrator", issuer="The Linux Foundation",
                                    issued="2024-06", expires="2027-06"),
                      Certification("Google Data Analytics Professional Certificate", issuer="Google",
                                    issued="2023-04")])


def lines(data: bytes) -> list[tuple[str, object]]:
    """(text, element) of every non-empty paragraph in reading order, walked independently of the
    tool: body, table cells, text boxes (not the VML fallback copies)."""
    root = Document(io.BytesIO(data)).element.body
    out = []
    for p in root.iter(W + "p"):
        if any(a.tag == "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
               for a in p.iterancestors()):
            continue
        text = "".join(t.text or "" for t in p.iter(W + "t")
                       if next((a for a in t.iterancestors(W + "p")), None) is p).strip()
        if text:
            out.append((text, p))
    return out


def texts(data: bytes) -> list[str]:
    return [t for t, _ in lines(data)]


def tailor(data: bytes, **options):
    return tailor_document(data, ANALYSIS, PROFILE, TailorOptions(**options), today=TODAY, **KNOWN)


def assert_nothing_lost(original: bytes, tailored: bytes, moved: set[str] = frozenset()):
    """Each original line is in the output as often as before, in the same relative order,
    except lines moved (with their section)."""
    before, after = texts(original), texts(tailored)
    assert not Counter(before) - Counter(after), "a line was lost or rewritten"
    rest = [t for t in after if t in Counter(before) and t not in moved]
    kept = [t for t in before if t not in moved]
    it = iter(rest)
    assert all(any(t == r for r in it) for t in kept), "the user's lines changed order"


# ---- the property over every resume the tests use --------------------------------------------

BUILDERS = [docs.classic_with_certificates, docs.layout_table, docs.plain_bold_headings,
            lambda: docs.many_paragraphs(300), *fixtures.ALL, lambda: fixtures.two_column_name_cell(False),
            *traits.ALL, *traits4.ALL, *traits6.ALL, *traits7.ALL]


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: getattr(b, "__name__", "variant"))
@pytest.mark.parametrize("options", [{}, {"include_unrelated": True, "expired": "mark"}])
def test_no_line_is_lost_rewritten_or_reordered(build, options):
    original = build()
    try:
        result = tailor(original, **options)
    except LayoutUnsupported as exc:  # untouched resume, and the section offered on its own
        assert exc.section_docx and HEADING in texts(exc.section_docx)
        return
    moved = set()
    if result.changes.section == "merged":
        found = read_layout(Document(io.BytesIO(original)))
        heading = next(h for h in found.headings if h.text == result.changes.heading)
        # the heading's whole line moves with it (its text may be cut before a rule: "--- pelatihan ---")
        moved = {heading.text, found.block(heading.element).text, *(b.text for b in found.section_blocks(heading) if b.text)}
    assert_nothing_lost(original, result.data, moved)
    added = Counter(texts(result.data)) - Counter(texts(original))
    assert sum(added.values()) == len(result.changes.included) + (result.changes.section == "added")


# ---- placement per trait ----------------------------------------------------------------------

def test_two_column_table_name_cell_is_never_a_heading_nor_the_target():
    original = fixtures.two_column_name_cell(with_certification=False)
    found = read_layout(Document(io.BytesIO(original)))
    assert found.name is not None and found.name.text == "JANE DOE"
    assert all(h.text != "JANE DOE" for h in found.headings)
    result = tailor(original)
    d = Document(io.BytesIO(result.data))
    name_cell = d.tables[0].rows[0].cells[2]
    assert [p.text for p in name_cell.paragraphs] == ["JANE DOE"]  # nothing above the name
    main = [p.text for p in d.tables[0].rows[1].cells[2].paragraphs]
    assert main.index(HEADING.upper()) < main.index("EXPERIENCE")  # top of the main column
    sidebar = [p.text for p in d.tables[0].rows[1].cells[0].paragraphs]
    assert HEADING.upper() not in sidebar
    heading = next(p for p in d.tables[0].rows[1].cells[2].paragraphs if p.text == HEADING.upper())
    assert heading.runs[0].font.size.pt == 12  # the headings' 12 pt, not the name's 28 pt
    assert_nothing_lost(original, result.data)


def test_two_column_table_old_certification_heading_kept_with_its_entries():
    original = fixtures.two_column_name_cell(with_certification=True)
    result = tailor(original)
    after = texts(result.data)
    assert result.changes.section == "merged" and after.count("CERTIFICATION") == 1 and HEADING.upper() not in after
    i = after.index("CERTIFICATION")
    assert after[i + 1].startswith(FIRST) and after[i + 2].startswith("Certified Kubernetes Administrator")
    assert "Wilderness First Aid (2014)" in after[i + 1:]
    assert_nothing_lost(original, result.data)


def test_text_boxes_refused_with_the_section_offered_separately():
    with pytest.raises(LayoutUnsupported) as info:
        tailor(fixtures.textbox_layout())
    assert info.value.error_type == "layout_not_editable" and "text boxes" in str(info.value)
    section = texts(info.value.section_docx)
    assert section[0] == HEADING and section[1].startswith(FIRST)


def test_small_caps_sections_end_at_the_next_small_caps_heading():
    original = fixtures.small_caps_academic_cv()
    found = read_layout(Document(io.BytesIO(original)))
    certs = next(h for h in found.headings if h.kind == "certifications")
    assert [b.text for b in found.section_blocks(certs) if b.text] == [
        "Good Clinical Practice (GCP) training, NIHR, 2021", "Advanced R programming workshop, 2019"]
    result = tailor(original)
    after = texts(result.data)
    assert result.changes.heading == "Certifications / Training"
    order = [after.index(t) for t in ("Certifications / Training", "Education", "Publications", "Teaching",
                                      "Service", "References")]
    assert order == sorted(order)  # the section moved whole to the top; no later section hoisted


def test_certification_in_body_line_is_a_users_line_not_a_heading():
    original = fixtures.certification_body_line()
    found = read_layout(Document(io.BytesIO(original)))
    assert fixtures.CERT_BODY_LINE not in [h.text for h in found.headings]
    result = tailor(original)
    after = texts(result.data)
    assert after.count(fixtures.CERT_BODY_LINE) == 1 and result.changes.section == "added"
    assert after.index(HEADING) < after.index("Experience") < after.index(fixtures.CERT_BODY_LINE)
    assert_nothing_lost(original, result.data)


def test_bracketed_skills_list_never_resplit():
    original = fixtures.skills_line_with_brackets()
    for options in ({}, {"reorder_skills": True}):
        after = texts(tailor(original, **options).data)
        line = next(t for t in after if "Microsoft Office" in t)
        assert "Microsoft Office (Word, Excel, PowerPoint, etc.)" in line  # the bracket group intact
        assert sorted(line.replace(" ", "")) == sorted(fixtures.BRACKETED_SKILLS.replace(" ", ""))


@pytest.mark.parametrize("build, first_section, header_end", [
    (fixtures.german_personal_details, "Berufserfahrung", "Staatsangehörigkeit: deutsch"),
    (fixtures.french_ruled_header, "FORMATION", "claire.martin@exemple.fr · 06 12 34 56 78 · Lyon"),
])
def test_other_languages_headings_and_header_block(build, first_section, header_end):
    original = build()
    found = read_layout(Document(io.BytesIO(original)))
    assert found.first_section is not None and found.first_section.text == first_section
    after = texts(tailor(original).data)
    heading = next(t for t in after if t.casefold() == HEADING.casefold())
    assert after.index(header_end) < after.index(heading) < after.index(first_section)
    if build is fixtures.french_ruled_header:  # not inside the ruled header table
        d = Document(io.BytesIO(tailor(original).data))
        assert all(heading not in c.text for c in d.tables[0].rows[0].cells)


def test_heading_typed_with_its_section_in_one_paragraph_and_a_name_only_in_the_page_header():
    original = fixtures.header_name_breaks_in_paragraph()
    found = read_layout(Document(io.BytesIO(original)))
    assert found.first_section is not None and found.first_section.text == "Kenntnisse"
    after = texts(tailor(original).data)
    assert after.index(HEADING) < next(i for i, t in enumerate(after) if t.startswith("Kenntnisse"))


def test_portuguese_courses_section_merged():
    original = fixtures.portuguese_courses()
    result = tailor(original)
    after = texts(result.data)
    assert result.changes.section == "merged" and result.changes.heading == "Cursos Complementares"
    assert after.index("Cursos Complementares") < after.index("Objetivo")
    assert after[after.index("Cursos Complementares") + 1].startswith(FIRST)


@pytest.mark.parametrize("name, kind", [
    ("Berufserfahrung", "experience"), ("Expériences professionnelles", "experience"), ("FORMATION", "education"),
    ("Formação Acadêmica", "education"), ("Esperienza lavorativa", "experience"), ("Werkervaring", "experience"),
    ("Doświadczenie zawodowe", "experience"), ("工作经历", "experience"), ("職　務　経　歴", "experience"),
    ("■資格", "certifications"), ("Zertifikate:", "certifications"), ("Certificaciones", "certifications"),
    ("Certyfikaty", "certifications"), ("Datos personales", "personal"), ("Lebenslauf", "title"),
    ("Цели", "summary"), ("Умения и навыки", "skills"), ("Дополнительная информация", "other"),
    ("Otros títulos:", "certifications"), ("CURSOS REALIZADOS:", "certifications"), ("Job Objective:", "summary"),
    ("LICENSES / CERTIFICATIONS", "certifications"),
])
def test_multilingual_lexicon(name, kind):
    assert classify_heading(name) == kind


def test_entries_copy_body_paragraphs_not_the_centred_contact_line_and_headings_keep_their_rule():
    original = fixtures.centred_contact_ruled_headings()
    result = tailor(original)
    d = Document(io.BytesIO(result.data))
    paragraphs = d.paragraphs
    i = next(k for k, p in enumerate(paragraphs) if p.text == HEADING.upper())
    heading, entry = paragraphs[i], paragraphs[i + 1]
    assert heading._p.pPr.find(W + "pBdr") is not None  # the rule under headings, copied
    assert entry.alignment is None or entry.alignment != 1  # not centred like the contact line
    assert paragraphs[i + len(result.changes.included) + 1].text == ""  # the empty line before the next heading
    assert paragraphs[i + len(result.changes.included) + 2].text == "SUMMARY"


def test_merged_certificates_heading_keeps_its_rule():
    original = fixtures.ruled_certificates_section()
    result = tailor(original)
    d = Document(io.BytesIO(result.data))
    heading = next(p for p in d.paragraphs if p.text == "CERTIFICATES")
    assert heading._p.pPr.find(W + "pBdr") is not None
    after = texts(result.data)
    assert after.index("CERTIFICATES") < after.index("EXPERIENCE")
    untouched = Counter(etree.tostring(p._p) for p in Document(io.BytesIO(original)).paragraphs)
    assert not untouched - Counter(etree.tostring(p._p) for p in d.paragraphs)  # every user paragraph's XML kept


def test_a_placement_that_would_lose_a_line_is_refused_not_returned(monkeypatch):
    import credstack.resume.tailor as tailor_module

    real = tailor_module._place_new_section

    def clumsy(found, anchor, heading_el, entries):  # a placement bug that drops the user's next line
        real(found, anchor, heading_el, entries)
        nxt = anchor.element.getnext()
        nxt.getparent().remove(nxt)

    monkeypatch.setattr(tailor_module, "_place_new_section", clumsy)
    with pytest.raises(LayoutUnsupported) as info:
        tailor(fixtures.certification_body_line())
    assert "without changing your own lines" in str(info.value) and info.value.section_docx

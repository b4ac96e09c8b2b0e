"""Tailoring hard documents: the section lands at the top, nothing else changes, rules hold."""

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
from credstack.profile.model import Certification, CertStatus, Profile, ProfileSkill
from credstack.resume import TailorOptions, convert_to_pdf, read_resume, tailor_document, tailor_resume
from credstack.resume.structure import block_paragraphs, layout, paragraph_text
from credstack.skills.model import Requirement, SkillKind, SkillMention
from credstack.skills.vocabulary import load_vocabulary

from . import docs

TODAY = date(2026, 11, 25)
KNOWN = {"catalog": load_catalog(), "vocabulary": load_vocabulary()}  # what the app's Resources hold
HEADING = "Professional Development & Certifications"


def mention(name, kind=SkillKind.TOOL, req=Requirement.REQUIRED):
    return SkillMention(name=name, kind=kind, category="x", requirement=req, mentions=[name])


ANALYSIS = Analysis(
    posting=Posting(title="Security Analyst", company="Acme"),
    skills=[mention("Cybersecurity", SkillKind.HARD), mention("CompTIA Security+", SkillKind.CERTIFICATION),
            mention("SQL"), mention("Tableau", req=Requirement.PREFERRED), mention("Kubernetes")],
)
PROFILE = Profile(
    name="Jane Doe",
    skills=[ProfileSkill("SQL"), ProfileSkill("Tableau"), ProfileSkill("Excel"), ProfileSkill("Kubernetes")],
    certifications=[
        Certification("Google Data Analytics Professional Certificate", issuer="Google", issued="2023-04",
                      credential_id="GDA-1", url="https://coursera.org/verify/GDA-1"),
        Certification("CompTIA Security+", issuer="CompTIA", issued="2022-03", expires="2025-03", credential_id="SEC-9"),
        Certification("Certified Kubernetes Administrator", issuer="The Linux Foundation", issued="2024-06",
                      expires="2027-06"),
        Certification("AWS Certified Cloud Practitioner", issuer="Amazon Web Services", status=CertStatus.IN_PROGRESS,
                      expected="2027-02"),
        Certification("ServSafe Food Protection Manager Certification", issuer="National Restaurant Association",
                      issued="2019-05"),
    ],
)


def texts(data: bytes) -> list[str]:
    d = Document(io.BytesIO(data))
    return [paragraph_text(p) for p in block_paragraphs(d.element.body)]


def xml_of(data: bytes) -> list[str]:
    d = Document(io.BytesIO(data))
    return [etree.tostring(p).decode() for p in block_paragraphs(d.element.body)]


def part_xml(data: bytes, name: str) -> bytes:
    import zipfile

    return zipfile.ZipFile(io.BytesIO(data)).read(name)


def check_common(original: bytes, tailored: bytes, cert_lines: set[str]):
    before, after = texts(original), texts(tailored)
    for line in before:
        if line and line not in cert_lines and line.strip(":") not in ("Certificates", "Certifications"):
            assert line in after, f"lost: {line!r}"
    d = Document(io.BytesIO(tailored))
    found = layout(d)
    # the heading follows the resume's own convention: in capitals when its headings are
    capitals = all(h.text.isupper() for h in found.headings if h.kind != "unknown" and h.text.upper() != HEADING.upper())
    heading = HEADING.upper() if capitals else HEADING
    assert heading in after
    others = [h for h in found.headings if h.text != heading and h.kind != "unknown"]  # named sections
    assert found.paragraphs.index(next(h.element for h in found.headings if h.text == heading)) < \
        found.paragraphs.index(others[0].element)
    return after


def test_classic_document():
    """The existing Certificates section moves, whole, to the top and takes the new entries; no
    line of the user's is removed (the old code deleted lines it meant to rewrite)."""
    original = docs.classic_with_certificates()
    result = tailor_document(original, ANALYSIS, PROFILE, TailorOptions(reorder_skills=False), today=TODAY, **KNOWN)
    after = texts(result.data)
    assert result.changes.section == "merged" and result.changes.heading == "Certificates"
    assert after.count("Certificates") == 1 and HEADING not in after
    section = after[after.index("Certificates") + 1:after.index("Summary")]
    # CKA (Kubernetes) and the Google certificate (SQL, Tableau) are relevant; Google's covers SQL
    # (required) and Tableau (preferred): 3 + 1; CKA covers Kubernetes: 3
    assert section[0].startswith("Google Data Analytics Professional Certificate — Google · Issued Apr 2023 · "
                                 "Credential ID GDA-1")
    assert section[1].startswith("Certified Kubernetes Administrator — The Linux Foundation · Issued Jun 2024 · "
                                 "Expires Jun 2027")
    # the user's own lines, moved with their heading, never lost or rewritten
    assert section[2:] == ["CompTIA Security+ — CompTIA, 2022", "Wilderness First Aid (2014)"]
    assert not any("ServSafe" in line or "AWS" in line for line in after)
    left_out = {item.name: item.reason for item in result.changes.left_out}
    assert left_out["CompTIA Security+"].startswith("expired")
    before = texts(original)
    assert sorted(before) == sorted(t for t in after if t not in section[:2])
    # untouched parts: header, footer, and every paragraph's XML
    for part in ("word/header1.xml", "word/footer1.xml"):
        assert part_xml(original, part) == part_xml(result.data, part)
    assert not Counter(xml_of(original)) - Counter(xml_of(result.data))
    assert "MERGEFIELD Company" in part_xml(result.data, "word/document.xml").decode()
    assert "{{years}}" in " ".join(after) and "Interests: chess, hiking" in after


def test_hyperlink_is_real():
    tailored = tailor_resume(docs.classic_with_certificates(), ANALYSIS, PROFILE, today=TODAY, **KNOWN)
    document = Document(io.BytesIO(tailored))
    rels = {r.rId: r.target_ref for r in document.part.rels.values() if r.is_external}
    links = document.element.body.xpath(".//w:hyperlink")
    targets = {rels[link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]
               for link in links}
    assert "https://coursera.org/verify/GDA-1" in targets


def test_expired_marked_and_unrelated_kept_when_asked():
    options = TailorOptions(expired="mark", include_unrelated=True, reorder_skills=False)
    after = texts(tailor_resume(docs.plain_bold_headings(), ANALYSIS, PROFILE, options, today=TODAY, **KNOWN))
    section = after[after.index(HEADING) + 1:after.index("Professional Experience")]
    assert section[0].startswith("CompTIA Security+ — CompTIA · Issued Mar 2022 · Credential ID SEC-9 (expired Mar 2025)")
    assert not any("Expires Mar 2025" in line for line in section)  # never shown as current
    assert any(line.startswith("AWS Certified Cloud Practitioner — Amazon Web Services (in progress, expected Feb 2027)")
               for line in section)
    assert any("ServSafe" in line for line in section[-3:])  # unrelated ones come last


def test_layout_table_resume():
    original = docs.layout_table()
    tailored = tailor_resume(original, ANALYSIS, PROFILE, TailorOptions(reorder_skills=False), today=TODAY, **KNOWN)
    check_common(original, tailored, set())
    d = Document(io.BytesIO(tailored))
    cell_texts = [paragraph_text(p) for p in d.tables[0].rows[0].cells[0]._tc.xpath("./w:p")]
    # the resume writes its headings in capitals ("SKILLS", "EXPERIENCE"), so the new one is too
    assert HEADING.upper() in cell_texts and cell_texts.index(HEADING.upper()) < cell_texts.index("SKILLS")


def test_plain_bold_headings_copy_run_formatting_and_section_breaks_stay_single():
    original = docs.plain_bold_headings()
    profile = Profile(name="Maria", certifications=[Certification("SHRM-CP", issuer="SHRM", issued="2021-09")])
    analysis = Analysis(posting=Posting(title="HR Manager"),
                        skills=[mention("SHRM-CP", SkillKind.CERTIFICATION), mention("Human Resources", SkillKind.HARD)])
    tailored = tailor_resume(original, analysis, profile, today=TODAY, **KNOWN)
    check_common(original, tailored, set())
    d = Document(io.BytesIO(tailored))
    heading = next(p for p in d.paragraphs if p.text == HEADING)
    assert heading.style.name == "Normal" and all(r.bold for r in heading.runs)
    assert len(d.sections) == len(Document(io.BytesIO(original)).sections)


def test_skills_reordered_never_added():
    # opt-in since reordering moves the user's own text
    tailored = tailor_resume(docs.classic_with_certificates(), ANALYSIS, PROFILE, TailorOptions(reorder_skills=True),
                             today=TODAY, **KNOWN)
    after = texts(tailored)
    skills_line = after[after.index("Skills") + 1]
    assert skills_line.split(", ")[:2] == ["SQL", "Tableau"]
    assert sorted(skills_line.split(", ")) == ["Excel", "Python", "SQL", "Tableau"]  # same items, new order


def test_nothing_relevant_leaves_the_document_untouched():
    profile = Profile(certifications=[Certification("ServSafe Food Protection Manager Certification")])
    original = docs.plain_bold_headings()
    assert tailor_resume(original, ANALYSIS, profile, today=TODAY, **KNOWN) == original


def test_seven_thousand_paragraphs():
    original = docs.many_paragraphs()
    tailored = tailor_resume(original, ANALYSIS, PROFILE, today=TODAY, **KNOWN)
    assert texts(tailored).index(HEADING) == 2 and len(texts(tailored)) == len(texts(original)) + 3  # heading + 2


def test_reader_finds_text_everywhere():
    resume = read_resume(docs.classic_with_certificates())
    assert "Jane Doe — Resume" in resume.paragraphs  # header
    assert "Open to relocation" in resume.paragraphs  # text box
    assert "Wilderness First Aid (2014)" in resume.sections["certifications"]


@pytest.mark.slow
def test_libreoffice_converts_every_tailored_document():
    for build in (docs.classic_with_certificates, docs.layout_table, docs.plain_bold_headings):
        pdf = convert_to_pdf(tailor_resume(build(), ANALYSIS, PROFILE, today=TODAY, **KNOWN))
        assert pdf.startswith(b"%PDF") and len(pdf) > 1000

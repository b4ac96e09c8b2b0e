"""Tailoring and import on traits of real resumes found in the ninth batch (synthetic fixtures in
``traits9.py``)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from credstack.credentials.catalog import load_catalog
from credstack.profile.resume_import import suggestions_from_resume
from credstack.resume import LayoutUnsupported
from credstack.resume.structure import classify_heading, read_layout
from credstack.skills.vocabulary import load_vocabulary

from . import traits9
from .test_layouts import FIRST, HEADING, assert_nothing_lost, tailor, texts


@pytest.fixture(scope="module")
def read():
    vocabulary, catalog = load_vocabulary(), load_catalog()
    return lambda data: suggestions_from_resume(data, vocabulary, catalog)


def test_korean_headings_are_known_with_or_without_their_word_space():
    assert classify_heading("보유기술") == classify_heading("보유 기술") == "skills"
    assert classify_heading("경력사항") == classify_heading("경력 사항") == "experience"


@pytest.mark.parametrize("text, kind", [
    ("Career (경력, 아르바이트, 사회활동)", "experience"),
    ("Profile Info (학력사항)", "education"),
    ("Technology (보유기술)", "skills"),
    ("Certification (자격증, 수상내역, 장학금내역)", "certifications"),
    ("C++ (Training)", None),  # an entry whose bracket says what it was, in its own language
    ("Java (Advanced)", None),
])
def test_a_heading_glossed_in_another_language_is_known_by_either_name(text, kind):
    assert classify_heading(text) == kind


def test_the_labels_of_a_korean_applicant_grid_are_no_name():
    found = read_layout(Document(io.BytesIO(traits9.korean_applicant_grid())))
    assert found.name is None or found.name.text == "김민준"
    kinds = {h.text: h.kind for h in found.headings}
    assert kinds["이름"] == "personal" and kinds["보유기술"] == "skills" and kinds["Career (경력, 아르바이트)"] == "experience"
    assert found.first_section is not None and found.first_section.text == "학력사항"


def test_a_korean_certificate_section_ends_at_the_next_heading(read):
    found = read(traits9.korean_applicant_grid())
    names = [c["name"] for c in found.certifications]
    assert any("정보처리기사" in n for n in names)
    assert not any("Java" in n or "보유기술" in n or "예시회사" in n for n in names)


def test_headings_side_by_side_on_one_line_are_headings():
    """"UTBILDNING<tab>PROFIL" over two columns: the line heads the left column's section, and
    the new section goes before it, after the header."""
    original = traits9.headings_side_by_side()
    found = read_layout(Document(io.BytesIO(original)))
    assert found.first_section is not None and found.first_section.kind == "education"
    result = tailor(original)
    after = texts(result.data)
    heading = next(i for i, t in enumerate(after) if t.casefold() == HEADING.casefold())
    assert after.index("Email: alex.berg@example.com") < heading < after.index("UTBILDNINGPROFIL")
    assert_nothing_lost(original, result.data)


def test_two_words_run_together_without_a_tab_are_no_pair_of_headings():
    found = read_layout(Document(io.BytesIO(traits9.headings_side_by_side(tabbed=False))))
    assert all(h.text != "UTBILDNING" for h in found.headings)


def test_formations_after_an_education_section_is_where_the_trainings_are(read):
    original = traits9.formations_after_education()
    result = tailor(original)
    after = texts(result.data)
    assert HEADING not in after and HEADING.upper() not in after  # the entries join "Formations"
    assert after.index("Formations") < next(i for i, t in enumerate(after) if t.startswith(FIRST)) \
        < after.index("Compétences")
    assert_nothing_lost(original, result.data, moved={"Formations", "Gestion d'Equipe.",
                                                      "Méthodes et Techniques des Ventes."})
    names = [c["name"] for c in read(original).certifications]
    assert any("Gestion d" in n for n in names) and any("Techniques des Ventes" in n for n in names)


def test_other_skills_ends_a_certificates_section(read):
    from .test_resume_import import resume

    found = read(resume("#Education", "2017 - 2021 Maltepe University", "#Courses and Certificates",
                        "Python 101 course", "#Other Skills", "Git, GitHub, Unity, Linux"))
    assert not any("Other Skills" in c["name"] or "Unity" in c["name"] for c in found.certifications)


def test_a_header_in_the_first_of_two_unequal_columns_is_refused_with_the_section_apart():
    """The first column is a little over half the second: not narrow by width, yet lines added
    there push its last lines over the top of the second column."""
    with pytest.raises(LayoutUnsupported) as info:
        tailor(traits9.header_in_first_of_two_columns())
    assert "flows into the next" in str(info.value) and HEADING in texts(info.value.section_docx)

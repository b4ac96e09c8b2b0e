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


def _names(found) -> list[str]:
    return [c["name"] for c in found.certifications]


def test_a_licence_label_with_a_dash_for_its_value_is_no_licence(read):
    from .test_resume_import import resume

    assert not _names(read(resume("#Profil", "Födelsedag:\t1996-08-03", "Körkort:\t\t-", "#Utbildning",
                                  "Medieinstitutet (2019 - 2021)")))
    assert any("Körkort" in n for n in _names(read(resume("#Profil", "Körkort:\tB"))))  # control: a class


def test_a_scholarship_or_a_grade_in_a_certificates_section_is_no_certificate(read):
    from .test_resume_import import resume

    names = _names(read(resume("#Certification (자격증, 수상내역, 장학금내역)",
                               [["자격증(수상명)", "발행처", "취득년월"],
                                ["생활체육지도사 자격증 2급", "국민체육진흥공단", "2017.06.07"],
                                ["성적 장학금 성조", "건국대학교", "2017.09"]],
                               "#Career (경력, 아르바이트)", "2019.07 강사")))
    assert any("생활체육지도사" in n for n in names) and not any("장학금" in n for n in names)


def test_schools_and_grades_under_education_and_further_education_are_no_courses(read):
    from .test_resume_import import resume

    names = _names(read(resume("#ОБРАЗОВАНИЕ И ДОПОЛНИТЕЛЬНОЕ ОБРАЗОВАНИЕ", "Высшая школа Экономики",
                               "Факультет МИЭМ, направление: Информатика и вычислительная техника", "GPA: 8 / 10",
                               "Yandex C++ Course on Coursera", "#ПРОЕКТЫ", "Диплом")))
    assert names and all("Yandex" in n for n in names)


def test_schools_in_a_dated_courses_table_are_no_courses(read):
    from .test_resume_import import resume

    names = _names(read(resume("#EDUCATION, COURSES AND CERTIFICATES",
                               [["2013", "Prince2 Foundation"], ["2012", "SCRUM"],
                                ["1975-1979", "Business School: ESSCA, Ecole Supérieure des Sciences Commerciales"
                                              " d’Angers, France. Specialization: Finance & Accounting"],
                                ["1971-1974", "Secondary School : Lycée de Tocqueville, Cherbourg, Bachelor Degree"]],
                               "#MISCELLANEOUS INFORMATION", "Languages: French")))
    assert any("Prince2" in n for n in names) and not any("School" in n for n in names)


def test_columns_laid_out_by_hand_below_the_header_are_refused_with_the_section_apart():
    """Lines added above a page's hand-laid columns push the first column past the page's foot."""
    with pytest.raises(LayoutUnsupported) as info:
        tailor(traits9.columns_laid_out_below_header())
    assert "columns laid out by hand" in str(info.value) and HEADING in texts(info.value.section_docx)


@pytest.mark.parametrize("options", [{"column_break": False}, {"widths": (4700, 4700)}, {"page_break": True}])
def test_flowing_or_equal_columns_or_columns_on_a_later_page_still_take_the_section(options):
    original = traits9.columns_laid_out_below_header(**options)
    result = tailor(original)
    after = [t.casefold() for t in texts(result.data)]
    assert after.index("email: alex.berg@example.com") < after.index(HEADING.casefold()) < after.index("utbildning")
    assert_nothing_lost(original, result.data)


def test_a_year_beside_several_courses_of_that_year_gives_each_its_own_entry(read):
    """A dated table of courses: a year cell beside two paragraphs, a row whose year cell is empty
    (the year above), then long single-course rows: each course an entry, none an issuer."""
    from .test_resume_import import resume

    rows = [["2017", "UML"], ["", "Web Marketing"], ["2016", "e-Marketing Fundamentals"],
            ["2014", ["E-Commerce", "European Project Management"]], ["2013", "Prince2 Foundation"],
            ["2012", ["SCRUM", "BiSL, ASL"]], ["2011", ["Workshop: SQL", "Data Modeling"]],
            ["2000", "Method and Technical Information Analysis: ACTIMOD modeling method"],
            ["1990", "HP-UX UNIX Fundamentals & HP-UX 9000/800 System Administration"],
            ["1981", "Analysis and Programming"]]
    names = _names(read(resume("#EDUCATION, COURSES AND CERTIFICATES", rows, "#REFERENCES", "On request")))
    for course in ("UML", "Web Marketing", "European Project Management", "SCRUM", "Data Modeling", "ACTIMOD",
                   "HP-UX UNIX Fundamentals", "Analysis and Programming"):
        assert any(course in n for n in names), course


@pytest.mark.parametrize("line, name, issued", [
    ("Microsoft Office Specialist, Excel 2016", "Microsoft Office Specialist, Excel 2016", None),
    ("MOS: Word 2013, Microsoft, June 2015", "MOS: Word 2013", "2015-06"),
    ("Windows Server 2019 Administration, 2021", "Windows Server 2019 Administration", "2021-01"),
    ("AWS Certified Cloud Practitioner 2021", "AWS Certified Cloud Practitioner", "2021-01"),  # a date: no product's version
])
def test_a_products_version_year_stays_in_the_name_and_is_no_date(read, line, name, issued):
    from .test_resume_import import resume

    found = read(resume("#Certifications", line, "#Skills", "Typing"))
    cert = next(c for c in found.certifications if c["name"].startswith(name[:10]))
    assert (cert["name"], cert.get("issued")) == (name, issued)


def test_a_version_named_certificate_keeps_its_catalog_series(read):
    from .test_resume_import import resume

    found = read(resume("#Certifications", "Microsoft Office Specialist, Excel 2016", "#Skills", "Typing"))
    assert found.certifications[0].get("catalog_id") == "microsoft-mos-excel"
    found = read(resume("#Certifications", "Microsoft Office Specialist, Word 2016", "#Skills", "Typing"))
    assert found.certifications[0].get("catalog_id") != "microsoft-mos-excel"  # Word is no Excel exam

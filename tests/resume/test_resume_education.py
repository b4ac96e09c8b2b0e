"""Education lines suggested from a resume's education section (profile.resume_education): one
line per qualification, the degree's name first, then its school and end year; never a school
that names no qualification, a course, a degree still under way, a grade or a contact line."""

from __future__ import annotations

from credstack.profile.resume_education import education_lines, names_qualification


def test_school_above_its_degree_and_dates_below():
    lines = ["Illinois Institute of Technology, Chicago, IL", "PhD in Physics", "May 2012",
             "Westminster College", "B.S. in Physics"]
    assert education_lines(lines)[0] == "PhD in Physics, Illinois Institute of Technology, Chicago, IL, 2012"
    assert education_lines(lines)[1].startswith("B.S. in Physics, Westminster College")


def test_degree_then_dates_then_school():
    lines = ["Ph.D. in Mathematik", "08/2006 – 07/2010,", "Universität Heidelberg.",
             "MSc. in Physik", "09/2004 – 07/2006,", "Moskauer Institut."]
    assert education_lines(lines) == ["Ph.D. in Mathematik, Universität Heidelberg, 2010",
                                      "MSc. in Physik, Moskauer Institut, 2006"]


def test_one_line_entries_keep_the_degree_first_and_lose_grades():
    assert education_lines(["2009-2013\tBachelor of Engineering: Electrical Engineering, GPA: 3.8",
                            "King’s College London – BSc Physics\tSep 2014 – Jun 2018"]) == [
        "Bachelor of Engineering: Electrical Engineering, 2013", "BSc Physics, King’s College London, 2018"]


def test_degrees_under_way_are_left_out():
    lines = ["Master of Science in Nursing (MSN) – In Progress", "University of Texas (Expected Graduation: May 2027)",
             "Bachelor of Science in Nursing (BSN)", "Texas State University | Graduated: May 2016",
             "Sep 2019-present: Part-time PGDip in Health Data Analytics; UCL"]
    assert education_lines(lines) == ["Bachelor of Science in Nursing (BSN), Texas State University, 2016"]
    lines = ["Secundario (Completo)", "Escuela Secundaria N°4", "Bachiller en Ciencias sociales.",
             "Terciario (En curso)", "Universidad Provincial", "Tecnicatura en Desarrollo de Software."]
    assert education_lines(lines) == ["Bachiller en Ciencias sociales, Escuela Secundaria N°4"]


def test_schools_courses_and_projects_name_no_qualification():
    for line in ["Burggymnasium Wettin", "2021 - 2024 Informatikstudium an der Hochschule Merseburg",
                 "Curso de preparación para examen Certificate in Advanced English:",
                 "Final Year Project: recommender website", "Brandeis University, Waltham MA",
                 "Relevant coursework: Data Structures", "Degree", "ESPECIALIZAÇÃO", "jane@example.com"]:
        assert not names_qualification(line), line


def test_school_leaving_qualifications_in_other_languages():
    assert education_lines(["2004 : Baccalauréat, section Mathématique"]) == ["Baccalauréat, section Mathématique, 2004"]
    assert education_lines(["Colégio Fialho – Ensino médio – Concluído 2020."]) == ["Ensino médio, Colégio Fialho, 2020"]
    assert education_lines(["2016.03.~ 2019.02. | 고림고등학교 | 인문계열 | 졸업"]) == ["고림고등학교 인문계열 졸업, 2019"]
    assert education_lines(["Moi Girls High School (2012 -2015) – K.C.S.E attained a mean grade B-."]) == [
        "K.C.S.E, Moi Girls High School, 2015"]


def test_table_rows_are_entries_whole():
    lines = ["Institution | Degree | Year | GPA/CGPA | Board", "Binnaguri high school | SSC | 2018 | 4.83 | Dinajpur",
             "Jaldhaka govt.college | HSC | 2020 | 5.00 | Dinajpur"]
    assert education_lines(lines) == ["SSC, Binnaguri high school, Dinajpur, 2018",
                                      "HSC, Jaldhaka govt.college, Dinajpur, 2020"]


def test_a_degree_word_before_its_subject_and_indian_class_levels():
    assert education_lines(["2017-2019 : Master développeur d’application à l’ETNA",
                            "2011-2016 : Licence informatique à l’UPEC"]) == [
        "Master développeur d’application à l’ETNA, 2019", "Licence informatique à l’UPEC, 2016"]
    assert education_lines(["12th | Standard Public School, Indore | 58.4% | 2016"]) == [
        "12th, Standard Public School, Indore, 2016"]
    assert not names_qualification("Certified Scrum Master training")


def test_the_entry_says_under_way_a_few_short_lines_below_and_another_entry_keeps_its_dates():
    lines = ["Tertiary : Bachelor of Science in Information Technology", "Davao Oriental State University",
             "Guang-guang, Mati City", "(on-going)"]
    assert education_lines(lines) == []
    lines = ["2012 - Ensino médio", "EE. Prof. Francisco Costa Braga", "2023-presente (cursando) Assistente"]
    assert education_lines(lines) == ["Ensino médio, 2012"]
    assert education_lines(["Bacharelado em Logística (2018)", "Administração e Marketing (2021)"]) == [
        "Bacharelado em Logística, 2018"]


def test_a_tabbed_line_naming_its_school_still_reads_the_expected_date_below_it():
    lines = ["2022\tDoctorate of Nursing Practice, Duquesne University, Pittsburgh, PA", "Expected Graduate: August 2025",
             "2018\tBachelor of Science in Nursing, Duquesne University, Pittsburgh, PA"]
    assert education_lines(lines) == ["Bachelor of Science in Nursing, Duquesne University, Pittsburgh, PA, 2018"]

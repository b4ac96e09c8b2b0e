"""False mentions of general shapes found on real postings: an institution's or team's name, the
degree a job leads to, fixed phrases that are not the skill, the employer described. Each trait
has a synthetic posting and a control where the same words are asked for."""

from __future__ import annotations

import pytest

from credstack.analysis import skill_sections
from credstack.postings import parse_posting
from credstack.skills import extract_skills
from credstack.skills.requirements import names_a_role
from credstack.skills.vocabulary import load_vocabulary


def _skills(posting: str) -> dict[str, list[str]]:
    found = extract_skills(skill_sections(parse_posting(posting)), load_vocabulary()).skills
    return {s.name: s.mentions for s in found}


def _names_a_role(text: str, name: str) -> bool:
    start = text.index(name)
    return names_a_role(text, start, start + len(name))


@pytest.mark.parametrize("text, name, role", [
    ("enrolled in the PhD programme of the Faculty of Chemistry and Pharmacy at the university", "Pharmacy", True),
    ("the Department of Physics, Chemistry and Pharmacy", "Chemistry", True),
    ("A degree in Chemistry and Pharmacy is required", "Pharmacy", False),
    ("Knowledge of Pharmacy and Chemistry", "Chemistry", False),
])
def test_each_field_of_an_institutions_name_names_the_institution(text, name, role):
    assert _names_a_role(text, name) is role


@pytest.mark.parametrize("text, name", [
    ("Work with the Site Reliability Engineering (SRE) team on shared services", "Site Reliability Engineering"),
    ("Work with the Site Reliability Engineering ( SRE ) team on shared services", "SRE"),
])
def test_a_teams_name_with_its_initials_names_the_team(text, name):
    assert _names_a_role(text, name)


def test_an_institutions_fields_are_no_skills_and_the_same_field_asked_is():
    posting = ("PhD Student in Pharmaceutical Technology\n\nAbout the position\n"
               "The candidate will be enrolled at the Faculty of Chemistry and Pharmacy of the university.\n\n"
               "Requirements\n- A Master's degree in Chemistry\n- Experience with SQL\n")
    assert "Pharmacy" not in _skills(posting)
    asked = posting.replace("Experience with SQL", "Knowledge of pharmacy and chemistry")
    assert _skills(asked)["Pharmacy"] == ["pharmacy"]


PHD_POST = """PhD Scholarship in Protein Formulation

Requirements
- A Master's degree in Chemistry or Pharmaceutical Sciences
- Experience with protein analytics
"""


@pytest.mark.parametrize("offered", [
    "A 3-year PhD scholarship in Pharmaceutical Technology is available to applicants who meet these requirements.",
    "This PhD project requires a strong interest in protein stability.",
    "Successful applicants must be enrolled in the PhD programme of the graduate school.",
    "Required: acceptance of the scholarships for the PhD degree by the faculty.",
    "We offer a highly interesting and challenging PhD: the required courses are free.",
    "The PhD Position is required to start in autumn and is funded for three years.",
])
def test_the_degree_a_post_leads_to_is_not_asked(offered):
    skills = _skills(PHD_POST + offered + "\n")
    assert "Doctorate" not in skills
    assert skills["Master's Degree"] == ["Master's degree in Chemistry"]


@pytest.mark.parametrize("asked", [
    "- A PhD in chemistry is required",
    "- Candidates with a PhD in chemistry or a related field",
    "- You hold a PhD degree in physics or expect to defend your thesis soon",
    "- You must defend your PhD thesis before the start date",
])
def test_a_degree_asked_on_a_doctoral_post_is_still_asked(asked):
    assert "Doctorate" in _skills(PHD_POST + asked + "\n")


def _found(text: str) -> set[tuple[str, str]]:
    from credstack.skills.matcher import matcher_for

    return {(m.skill, m.surface) for m in matcher_for(load_vocabulary()).find(text)}


@pytest.mark.parametrize("text, skill", [
    ("Working in collaboration with partners worldwide, the institute sequences genomes.", "Collaboration"),
    ("Nurses keep in close communication with the families.", "Communication"),
    ("Wrap your head around our web API and push it to the next level Design and deploy services", "Game Design"),
    ("Qualification requirements and job description can be found in the memorandum.", "Job Analysis"),
    ("Please see the full job description attached.", "Job Analysis"),
    ("Experience with No-sql databases.", "SQL"),
])
def test_a_fixed_phrase_is_not_the_skill_its_words_name(text, skill):
    assert skill not in {name for name, _surface in _found(text)}


@pytest.mark.parametrize("text, skill, surface", [
    ("Strong collaboration skills and a wish to collaborate with partners.", "Collaboration", "collaboration"),
    ("Level design for mobile games is a plus.", "Game Design", "Level design"),
    ("Write and update job descriptions for new roles.", "Job Analysis", "job descriptions"),
    ("Experience with NoSQL and SQL databases.", "SQL", "SQL"),
])
def test_the_same_words_asked_are_still_found(text, skill, surface):
    assert (skill, surface) in _found(text)


def test_a_taggers_span_in_a_fixed_phrase_is_no_skill_either():
    from credstack.skills.matcher import in_fixed_phrase

    text = "Working in collaboration with partners worldwide, the institute sequences genomes."
    start = text.index("collaboration")
    assert in_fixed_phrase(text, start, start + len("collaboration"))
    text = "Strong collaboration skills and experience with partners worldwide."
    start = text.index("collaboration")
    assert not in_fixed_phrase(text, start, start + len("collaboration"))


EMPLOYER_POST = """Senior Python Developer

Your tasks
- Extend our Kubernetes monitoring and its dashboards
{sentence}

Your profile
- Strong Python and SQL skills
"""


@pytest.mark.parametrize("sentence, skill", [
    ("- As one of the leading providers of monitoring software, our product watches small IoT devices "
     "and large data centers", "Internet of Things"),
    ("- You join a team of world-class researchers, problem solvers and designers", "Problem Solving"),
    ("- The chair is well-known for its top research in protein formulation and analytics", "Data Analysis"),
])
def test_what_the_employer_or_its_product_does_is_no_skill_asked(sentence, skill):
    assert skill not in _skills(EMPLOYER_POST.format(sentence=sentence))


@pytest.mark.parametrize("sentence, skill", [
    ("- Build monitoring for small IoT devices and large data centers", "Internet of Things"),
    ("- Strong problem solving skills are required", "Problem Solving"),
    ("- In this role you will advance our industry-leading analytics of customer data", "Data Analysis"),
    ("- Own the product roadmap with the founders", "Product Roadmapping"),
])
def test_the_same_words_as_the_candidates_work_are_asked(sentence, skill):
    assert skill in _skills(EMPLOYER_POST.format(sentence=sentence))


@pytest.mark.parametrize("clause, about", [
    ("Flexible working Company description: life here is unique where collaboration is in all we do", True),
    ("Our software Checkmk monitors millions of devices in large data centers", True),
    ("The institute is renowned for its research in quantum devices", True),
    ("Engineering here is home to a unique team spirit built on collaboration and openness", True),
    ("There will be a numeracy and literacy screening assessment on the day of the interview", False),
    ("Build monitoring software for large data centers", False),
])
def test_what_describes_the_employer_and_what_does_not(clause, about):
    from credstack.skills.employer import describes_employer, is_employer_clause

    assert describes_employer(clause) is about
    if "interview" in clause:
        assert is_employer_clause(clause)  # the hiring process: tagger spans there are still dropped


@pytest.mark.parametrize("text, skill", [
    ("Benefitting from our flexibility, you will enjoy a strong culture of open communication and support.",
     "Communication"),
    ("Collaborative and open company culture dedicated to making great products", "Collaboration"),
    ("A great company culture, free lunches and a gym", "Culture Building"),
])
def test_the_workplaces_culture_is_no_skill_asked(text, skill):
    assert skill not in {name for name, _surface in _found(text)}


@pytest.mark.parametrize("text, skill", [
    ("Help shape our company culture as we grow", "Culture Building"),
    ("Experience building a strong company culture in a growing team", "Culture Building"),
    ("Excellent communication and support skills", "Communication"),
])
def test_a_culture_to_build_and_the_same_words_asked_are_still_found(text, skill):
    assert skill in {name for name, _surface in _found(text)}


@pytest.mark.parametrize("text, name, role", [
    ("As a member of the iOS Mobile Development Agile team your work will grow our products", "Mobile Development", True),
    ("Join our Data Science Platform team in Berlin", "Data Science", True),
    ("Experience in Mobile Development and Agile teams", "Mobile Development", False),
    ("Strong Project Management Skills Required", "Project Management", False),
])
def test_a_teams_capitalised_name_names_the_team(text, name, role):
    assert _names_a_role(text, name) is role


@pytest.mark.parametrize("text, name, role", [
    ("Capable of sharing your findings with your colleagues and collaboration partners", "collaboration", True),
    ("You align with our marketing partners on campaigns", "marketing", True),
    ("Strong collaboration skills with partners and colleagues", "collaboration", False),
])
def test_a_skill_word_naming_partners_names_people(text, name, role):
    assert _names_a_role(text, name) is role


def test_a_quoted_name_after_our_software_is_the_employers_product():
    from credstack.skills.employer import employer_names

    texts = ["As a leading provider, our software \u2018Checkmk\u2019 monitors millions of devices.",
             "Over 2,500 customers use the Checkmk Enterprise Edition every day."]
    assert "Checkmk" in employer_names(None, texts)
    assert employer_names(None, ["Experience with our software tools Jira and Confluence"],
                          lambda name: name in ("Jira", "Confluence")) == []


def _skills_and_context(posting: str) -> set[str]:
    found = extract_skills(skill_sections(parse_posting(posting)), load_vocabulary())
    return {s.name for s in found.skills} | {s.name for s in found.context}


@pytest.mark.parametrize("sentence, kept", [
    ("- 2+ years of experience in the healthcare industry", True),  # the candidate's background, asked
    ("- Background in the retail sector is a plus", True),
    ("- We are a leading provider in the healthcare industry", False),  # control: the employer's own
])
def test_a_background_in_an_industry_is_asked_the_employers_industry_is_not(sentence, kept):
    industry = "Healthcare Industry" if "healthcare" in sentence else "Retail Industry"
    assert (industry in _skills_and_context(EMPLOYER_POST.format(sentence=sentence))) is kept

"""Synthetic fixtures for the header of a posting that is no skill text: the job title its first
line opens with when the line is too long to be taken as the title (a header pasted as one line,
"Backend Engineer (Python) Acme Berlin Date posted: ..."), lines of header facts ("Location: ... |
Contract: ..."), and field labels ("Job description:", "Job type:"). Each has a control where the
same words are asked of the candidate."""

from __future__ import annotations

from tests.skills.conftest import mentions

from credstack.analysis import skill_sections, without_field_labels, without_title_head
from credstack.postings import parse_posting

PASTED_HEADER = ("Frontend Engineer - TypeScript / React Northwind Digital Ltd Berlin Germany Date posted: 2024-03-01 "
                 "Job type: Full-time Experience level: Senior\n"
                 "We build booking tools for small hotels.\n\n"
                 "Requirements\n- 3+ years of JavaScript\n- Experience with Jest\n")


def test_the_title_a_long_first_line_opens_with_is_no_skill_text(resources):
    texts = "\n".join(s.text for s in skill_sections(parse_posting(PASTED_HEADER)))
    assert "TypeScript" not in texts and "Frontend Engineer" not in texts
    assert "Berlin Germany" in texts  # only the title and its qualifiers go (a name or two may go with them)
    found = mentions(PASTED_HEADER, resources)
    assert "TypeScript" not in found and "React" not in found
    assert "JavaScript" in found and "Jest" in found


def test_control_the_same_names_asked_in_the_text_are_kept(resources):
    text = PASTED_HEADER.replace("- Experience with Jest", "- Experience with TypeScript and React")
    found = mentions(text, resources)
    assert found["TypeScript"] == ["TypeScript"] and found["React"] == ["React"]


def test_a_title_in_brackets_and_its_qualifiers():
    assert without_title_head("Backend Engineer ( Python ) Acme Date posted: 2021\nmore") == "Acme Date posted: 2021\nmore"
    assert without_title_head("Senior Python Developer (m/f/d) with a focus on Kubernetes") == \
        "with a focus on Kubernetes"


def test_control_a_first_line_that_is_prose_or_no_title_is_kept():
    for line in ("Registered Nurse needed for our ICU, BLS required", "Software Engineers at Acme build with Python",
                 "We are looking for a Python Developer", "Python and SQL required",
                 "Nurses and carers welcome to apply"):
        assert without_title_head(line) == line


def test_a_line_of_header_facts_is_no_skill_text():
    text = "Location: Leeds | Contract: Permanent | Salary: £40,000\nRef: QA-0445\nClosing date: 20 June\n- Excel"
    assert without_field_labels(text).split("\n") == ["", "", "", "- Excel"]


def test_control_a_field_whose_key_is_no_fact_is_kept():
    text = "Tools: Excel | Languages: French\nExperience with Python: essential"
    assert without_field_labels(text) == text


def test_a_field_label_is_not_a_skill_but_its_value_is_kept():
    line = "Job description: Job type: Full-time Role: DevOps Industry: Logistics"
    kept = without_field_labels(line)
    assert "Job description" not in kept and "Job type" not in kept and "Industry" not in kept
    assert "Role: DevOps" in kept and "Logistics" in kept  # a label of the asking text keeps its cue


def test_control_a_label_that_asks_keeps_its_cue():
    line = "Your profile: Python and SQL Requirements: Excel"
    assert without_field_labels(line) == line


def test_a_job_description_label_is_no_job_analysis_skill(resources):
    text = ("Warehouse Operative\n\nDate posted: 2024-01-02 Job description: Job type: Full-time\n\n"
            "Requirements\n- Forklift licence\n- Stock control experience\n")
    assert "Job Analysis" not in mentions(text, resources)
    asked = text.replace("- Stock control experience", "- Writing job descriptions for new roles")
    assert "Job Analysis" in mentions(asked, resources)


# The labels inside running text, as a page pasted without its headings reads.
OFFER = ("Python Developer\n\nWe build monitoring software.\n\n"
         "Requirements\n- 3+ years of Python\n- Experience with Docker\n"
         "All roles are hybrid. Company description: Our team of 20 developers works in Scrum.\n"
         "We run our own data centre and a Jenkins build farm.\n"
         "Job benefits: 30 days leave, a learning budget and Kubernetes training.\n")


def test_what_an_inline_company_or_benefits_label_starts_is_no_skill_text(resources):
    found = mentions(OFFER, resources)
    assert "Python" in found and "Docker" in found
    assert not {"Scrum", "Jenkins", "Kubernetes"} & set(found)


def test_control_an_asking_label_or_a_required_line_ends_the_labelled_part(resources):
    text = OFFER.replace("We run our own data centre and a Jenkins build farm.",
                         "Your profile: Jenkins and Scrum experience")
    found = mentions(text, resources)
    assert "Jenkins" in found and "Scrum" in found
    required = OFFER.replace("We run our own data centre and a Jenkins build farm.",
                             "Jenkins is required for this role.")
    assert "Jenkins" in mentions(required, resources)


def test_a_soft_word_in_unheaded_text_that_asks_nothing_is_no_skill(resources):
    text = ("Process Engineer\n\nThe project is a close cooperation between two universities.\n\n"
            "The work involves crystal growth and device fabrication in a cleanroom.\n")
    assert "Collaboration" not in mentions(text, resources)


def test_control_a_soft_skill_asked_in_unheaded_text_is_kept(resources):
    for line in ("You will ensure close cooperation between two universities.",
                 "Good cooperation skills are a plus."):
        text = f"Process Engineer\n\n{line}\n\nThe work involves crystal growth in a cleanroom.\n"
        assert "Collaboration" in mentions(text, resources), line


RECRUITER = ("Senior Data Analyst - Power BI / SQL - Leeds - £45,000 - Hybrid\n"
             "Location: Leeds | Contract: Permanent | Salary: £40,000 - £45,000 + benefits\n"
             "Reference: DA-2291 | Posted: 3 days ago\n\n"
             "We are looking for a Data Analyst to join our insight team.\n\n"
             "Requirements\n- Advanced Excel and SQL\n- Stakeholder management\n\n"
             "For more information contact Jane Smith, Senior Recruitment Consultant specialising in Data & "
             "Analytics roles, on 0113 496 0000.\n")


def test_a_job_board_header_and_a_recruiter_footer_are_no_skill_text(resources):
    found = mentions(RECRUITER, resources)
    assert set(found) == {"SQL", "Microsoft Excel", "Stakeholder Management"}


def test_control_the_header_s_tools_asked_in_the_text_are_kept(resources):
    text = RECRUITER.replace("- Stakeholder management", "- Power BI dashboards and data analytics")
    found = mentions(text, resources)
    assert "Business Intelligence" in found or "Power BI" in found
    assert "Data Analysis" in found


def test_a_contact_line_goes_but_a_range_of_years_or_pay_stays():
    assert without_field_labels("Call Jane on 0113 496 0000\nor jobs@acme.example") == "\n"
    for line in ("SQL work from 2020 - 2024", "Pay 40000 - 45000 with Excel"):
        assert without_field_labels(line) == line

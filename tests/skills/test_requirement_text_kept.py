"""Requirement text that salience rules must not mistake for the employer's blurb or for how to
apply (issue 14, seen on SkillSpan train postings): run-on text without punctuation, a requirements
heading written as a sentence, a clause whose subject is what the candidate brings.

Synthetic postings; each keeps the employer's own blurb out at the same time.
"""

from __future__ import annotations

from credstack.analysis import analyze
from credstack.postings import parse_posting
from credstack.resources import Resources
from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.requirements import is_descriptive_clause, judged_clause
from credstack.skills.vocabulary import load_vocabulary


def skills_of(text: str) -> set[str]:
    return {s.name for s in extract_skills([TextSection(TextKind.OTHER, text)], load_vocabulary()).skills}


def test_run_on_text_asks_for_its_skills_though_an_application_line_ends_it():
    text = ("We also expect you to have solid experience with build automation tools such as Bamboo and "
            "Puppet as well as distributed version control with Git and technical skills in Java and Python "
            "and experience with Agile processes excellent interpersonal skills and great attention to detail "
            "More information and send application For further information and details contact our office "
            "by phone or by mail during office hours and ask for the team lead of the department "
            "Please submit your application by using our online application form no later than 23 March")
    assert {"Git", "Java", "Python", "Puppet"} <= skills_of(text)


def test_a_short_application_clause_still_asks_for_nothing():
    # a clause of ordinary length is judged whole, as before
    text = "Please submit your application with your Python and SQL portfolio by 23 March."
    assert not {"Python", "SQL"} & skills_of(text)


def test_run_on_clause_is_judged_near_the_mention():
    text = "x " * 200 + "Java" + " y" * 200
    clause = judged_clause(text, 400, 404)
    assert "Java" in clause and len(clause) < 320


def test_a_requirement_stated_as_is_a_prerequisite_is_not_the_company_describing_itself():
    assert not is_descriptive_clause("Fluency in written and spoken English is a prerequisite for this position")
    assert not is_descriptive_clause("Knowledge of SAP is a plus")
    assert is_descriptive_clause("Northgrid Energy is a renewable energy retailer")


def test_a_requirements_heading_written_as_a_sentence_after_how_to_apply():
    text = """Backend Engineer

Key responsibilities
- Write secure, testable services in Java

Interested?

This is what you will need to have
- Experience with Maven, Jenkins and JUnit
- Apache Tomcat setup and configuration

Acme Bank is a global leader in financial services."""
    result = analyze(parse_posting(text), Resources.load(tagger=False), recommend=False, rank=False)
    skills = {s.name for s in result.skills}
    assert {"Apache Maven", "Jenkins", "JUnit"} <= skills
    assert "Financial Services" not in skills


def test_experience_working_with_asks_for_the_skill_and_working_in_names_a_domain():
    skills = skills_of("- Experience working with microservices, virtualization and streaming data\n"
                       "- Experience working in healthcare or insurance")
    assert {"Microservices", "Virtualization"} <= skills
    assert "Healthcare Industry" not in skills


def test_an_ordinary_word_opening_the_employers_blurb_is_no_brand():
    from credstack.skills.employer import employer_names

    vocab = load_vocabulary()
    texts = ["Acme is a Content Operations Platform that helps teams produce high quality content at scale.",
             "Experience working with Content Management Systems and other content platforms"]
    names = employer_names("Acme", texts, lambda n: vocab.resolve(n) is not None)
    assert "Content" not in names and "Content Management Systems" not in names
    brand = employer_names("Tallow", ["Our products, Tallow Payroll and Tallow Cards, serve 9,000 firms.",
                                      "Support Tallow Ledger customers"], lambda n: vocab.resolve(n) is not None)
    assert "Tallow Ledger" in brand

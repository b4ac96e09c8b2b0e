"""Failure modes the fix set of batch 29 (held-occ21: psychological wellbeing practitioners, family
therapists, vascular scientists, clinical auditors, sleep physiologists, payroll officers, billing
clerks, bid writers) showed, each checked on made-up text with a control beside it."""

from __future__ import annotations

from tests.skills.conftest import names, read

from credstack.analysis import without_labelled_parts

EXCEL = names("Excel")


def test_a_pay_field_of_an_advert_flattened_onto_one_line_leaves_its_duties():
    ad = ("Job Title: Bid Writer Location: Leeds Salary: Circa 30k The Role You will be responsible for writing "
          "tenders in Excel and managing the bid library for the sales team. The Candidate You will have a proven "
          "track record of winning public sector contracts.")
    assert "writing tenders in Excel" in without_labelled_parts(ad)


def test_a_pay_field_on_its_own_line_still_ends_the_skill_text(resources):
    ad = "Bid Writer\n\nSalary: 30k plus pension\nFree Excel training and a gym\n"
    assert "Excel" not in without_labelled_parts(ad)
    skills, _ = read(ad, resources)
    assert EXCEL and not EXCEL & skills
    ad = ("Bid Writer\n\nSalary: Circa 30k The Role You will be responsible for writing tenders in Excel and "
          "managing the bid library for the sales team. The Candidate You will have a proven track record of "
          "winning public sector contracts.")
    skills, _ = read(ad, resources)
    assert EXCEL <= skills

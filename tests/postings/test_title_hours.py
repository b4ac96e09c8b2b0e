"""A job whose hours only its title states, as healthcare boards abbreviate them: "Registered Nurse
RN - Medical ICU MICU - PT Nights" (batch h33p: a LinkedIn export record whose text names no
employment type). "PT"/"FT" beside a shift word is part-/full-time; alone, "PT" is as often a
physical therapist ("Travel PT - Outpatient"); other types a title may hold are names ("Contract
Manager"). A type the page states elsewhere comes first. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.employment import employment_in_title

TEXT = """{title}
Lakeside Regional Hospital - Gainesville, GA

{fact}The Medical Intensive Care Unit cares for adults who need close monitoring and intensive nursing.

Minimum Job Qualifications
Licensed to practice as an RN in Georgia; one year of acute care experience.

Essential Tasks And Responsibilities
Assess patients, give medications safely and document care in the electronic record.
"""

PAGE = """<html><head><title>{title} | Lakeside Regional Hospital</title></head><body><main>
<h1>{title}</h1><p>Lakeside Regional Hospital · Gainesville, GA</p>
<p>{fact}The Medical Intensive Care Unit cares for adults who need close monitoring and intensive nursing.</p>
<h2>Minimum Job Qualifications</h2><p>Licensed to practice as an RN in Georgia; one year of acute care experience.</p>
<h2>Essential Tasks And Responsibilities</h2><p>Assess patients, give medications safely and document care.</p>
</main></body></html>"""


@pytest.mark.parametrize("template", [TEXT, PAGE])
@pytest.mark.parametrize("title, hours", [
    ("Registered Nurse RN - Medical ICU - PT Nights", "Part-time"),
    ("Certified Nursing Assistant - FT Days", "Full-time"),
    ("Unit Secretary - Nights, PT", "Part-time"),
    ("Patient Care Tech - Part Time", "Part-time"),
])
def test_the_hours_a_title_states(template, title, hours):
    assert parse_posting(template.format(title=title, fact="")).employment_type == hours


@pytest.mark.parametrize("template", [TEXT, PAGE])
def test_a_therapist_states_no_hours(template):
    assert parse_posting(template.format(title="Travel PT - Outpatient Clinic", fact="")).employment_type is None


@pytest.mark.parametrize("title", ["Contract Manager - Nursing Services", "Temporary Housing Coordinator", "PT Assistant"])
def test_a_title_names_only_hours(title):
    assert employment_in_title(title) is None


@pytest.mark.parametrize("template", [TEXT, PAGE])
def test_a_type_the_text_states_comes_first(template):
    page = template.format(title="Registered Nurse - PT Nights", fact="This is a full-time position. ")
    assert parse_posting(page).employment_type == "Full-time"

"""Traits of job-board detail panes in batch p13: a design system's button elements ("<yth-button>Cancel")
hold button labels, not job text; a heading names its part in the singular ("Role requirement",
"Key requirement"); a Japanese fact list heads its requirements "対象となる人" / "対象となる方" (who the
job is for). Synthetic fixtures with controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.sections import classify

PANE = """<html><body><main>
<h1>Store Assistant</h1><p>Acme Retail - Leeds, England</p>
<h2>Role description</h2><p>Serve customers and keep the shelves stocked and tidy every day.</p>
<h2>{heading}</h2><p>A school-leaving certificate and a friendly manner with customers.</p>
<yth-navbar><yth-button href="/back">Cancel</yth-button><ion-button>Apply now</ion-button></yth-navbar>
<store-buttons><p>Free parking for staff at the store.</p></store-buttons>
</main></body></html>"""


def test_a_custom_button_element_is_no_part_of_the_description():
    description = parse_posting(PANE.format(heading="Role requirement")).description
    assert "Cancel" not in description and "Apply now" not in description
    # the control: an element merely named after buttons ("store-buttons") keeps its text
    assert "Free parking for staff" in description


@pytest.mark.parametrize("heading", ["Role requirement", "Key requirement", "Job requirement"])
def test_a_singular_requirement_heading_heads_requirements(heading):
    assert classify(heading) == "requirements"
    sections = {s.heading: s.kind for s in parse_posting(PANE.format(heading=heading)).sections}
    assert sections[heading] == "requirements"


def test_role_description_still_heads_responsibilities():
    assert classify("Role description") == "responsibilities"


@pytest.mark.parametrize("heading", ["対象となる人", "対象となる方"])
def test_who_the_job_is_for_heads_requirements_in_japanese(heading):
    assert classify(heading) == "requirements"


def test_the_number_of_people_sought_heads_no_requirements():
    assert classify("対象となる人数") is None

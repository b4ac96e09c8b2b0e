"""A university's vacancy page states no place in a header or a fact box, only in a sentence of the
posting: "The department has campuses in both Aalborg and Esbjerg, this position is located in
Aalborg.", "The place of work will be in Copenhagen." (batch h27p review). The sentence whose subject
is the job places it; a sentence about the company's offices does not. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.facts import stated_job_place

PAGE = """<html><head><title>Vacancies at a university</title></head><body><main>
<h1>PhD Stipend in Battery State Estimation using Machine Learning</h1>
<h2>Job description</h2>
<p>The Department of Energy invites applications for a PhD stipend in battery state estimation,
starting 1 November or soon after. {sentence}</p>
<h3>Qualifications</h3><ul><li>A Master's degree in electrical engineering</li>
<li>Experience with machine learning and battery modelling</li></ul>
<h3>Agreement</h3><p>The stipend is for three years under the collective agreement.</p>
</main></body></html>"""


@pytest.mark.parametrize("sentence, place", [
    ("The department has campuses in both Nordby and Vesthavn, this position is located in Nordby.", "Nordby"),
    ("The place of work will be in Vesthavn.", "Vesthavn"),
    ("The role is based in our Nordby office, close to the harbour.", "Nordby"),
])
def test_the_place_a_sentence_about_the_job_states(sentence, place):
    assert parse_posting(PAGE.format(sentence=sentence)).location == place


def test_a_sentence_about_the_company_places_no_job():
    assert parse_posting(PAGE.format(sentence="Our headquarters are located in Nordby.")).location is None


def test_a_lower_case_word_is_no_place():
    assert stated_job_place("The role is based in agile teams.") is None

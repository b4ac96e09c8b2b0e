"""An agency's or a board's trade enumerated in prose ("chercheur de talents en CDI, CDD, Intérim",
"permanent, temporary or contract roles") names no job's employment type (batch p12: a staffing
agency's welder offer read as permanent from its blurb, its own "Contrat d'intérim" further down).
Synthetic fixtures, one per trait, with controls."""

from __future__ import annotations

import pytest

from credstack.postings.employment import find_employment_type


@pytest.mark.parametrize("text, expected", [
    ("Acme Intérim, spécialiste du recrutement en CDI, CDD, Intérim, vous propose un poste de cariste. "
     "Contrat d'intérim de 3 mois.", "Temporary"),
    ("We recruit for permanent, temporary or contract roles across the region. This is a part-time post.",
     "Part-time"),
    ("Wir vermitteln Stellen in Vollzeit, Teilzeit und befristet. Die Stelle ist unbefristet.", "Permanent"),
])
def test_an_enumeration_of_types_is_skipped(text, expected):
    found = find_employment_type(text, in_prose=True)
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # two types: the job's own, read as one compound since batch p14 ("permanent, full-time" as "permanent
    # full-time": the more telling, as on a line of facts)
    ("This is a permanent, full-time role in our Leeds office.", "Full-time"),
    ("Contrat d'intérim de 6 mois, horaires de journée.", "Temporary"),
    ("A temporary post covering maternity leave.", "Temporary"),
])
def test_a_job_stating_its_type_keeps_it(text, expected):
    assert find_employment_type(text, in_prose=True) == expected

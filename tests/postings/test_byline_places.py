"""A line under the title that reads "Name - Place" (batch h28p review of old pages): the name is
the employer even when the line is too long or too wordy for a plain byline, or its place is a
town with a state's code or "Various locations". Synthetic fixtures, one per trait."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.facts import byline
from credstack.postings.text import text_blocks

DUTIES = "\n\nYou will keep our payroll accurate and answer staff questions about pay.\n" \
         "You will reconcile the ledgers each month and report to the finance lead.\n"


@pytest.mark.parametrize("line, company, location", [
    ("Harbour Works Ltd - Leeds, West Yorkshire, England, West Yorkshire", "Harbour Works Ltd",
     "Leeds, West Yorkshire, England"),
    ("The Growers Guild of Australia (Qld) - Spring Hill, Brisbane QLD", "The Growers Guild of Australia (Qld)",
     "Spring Hill, Brisbane QLD"),
    ("Talbot Minerals - Greenbushes WA", "Talbot Minerals", "Greenbushes WA"),
    ("Statistics Office - Various locations", "Statistics Office", "Various locations"),
    ("Riverside Works Ltd - Cheshire, England", "Riverside Works Ltd", "Cheshire, England"),  # "works" heads duties
])
def test_a_name_dash_place_line_names_the_employer(line, company, location):
    posting = parse_posting("Payroll Officer\n" + line + DUTIES)
    assert posting.company == company
    assert location in (posting.location or "")


@pytest.mark.parametrize("line", [
    "Full-time - Leeds, West Yorkshire, England",  # an employment type, not a name
    "Apply today for this role at our busy site - Leeds, England",  # a sentence, not a name
    "Senior Payroll Officer - Greenbushes WA",  # a job's name
    "Requirements - London, England",  # a section's heading over its place
    "About Us - Leeds, West Yorkshire",
    "What We Offer - Spring Hill, Brisbane QLD",
    "Position Summary - Greenbushes WA",
])
def test_a_line_whose_head_is_no_name_names_no_employer(line):
    assert "company" not in byline(text_blocks(line)[0])

"""A heading in capitals glued to the sentence before it (batch p13: a staffing agency's record lost
its line breaks, '...Health and Safety regulationPRIMARY RESPONSIBILITIES:Employee Relations...'):
a word, then a dictionary word in capitals too long for initials, starts a new line, so the heading
heads its section again. Synthetic fixture with controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.glued import repair_glued

RECORD = ("Payroll Officer\nBrightwater Foods - Durban\n\n"
          "QUALIFICATIONS AND EXPERIENCE:A diploma in payroll administration.Three years of payroll experience in "
          "a large retail environment.Working knowledge of tax and labour lawsPRIMARY RESPONSIBILITIES:Payroll "
          "RunsProcess the monthly and weekly payrolls.Reconcile payroll accounts with the general ledger.\n")


def test_a_capitals_heading_glued_to_a_sentence_heads_its_section():
    kinds = {s.heading: s.kind for s in parse_posting(RECORD).sections}
    assert kinds.get("PRIMARY RESPONSIBILITIES") == "responsibilities"
    assert kinds.get("QUALIFICATIONS AND EXPERIENCE") == "requirements"


@pytest.mark.parametrize("text", [
    "Experience with JavaSCRIPT frameworks is welcome.",  # the capitals are no dictionary word of their own
    "Our teamNASDAQ listed and growing.",  # initials, not a word in capitals
])
def test_other_capitals_inside_a_word_are_left_alone(text):
    assert repair_glued(text) == text

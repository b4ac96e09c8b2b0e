"""A flat paragraph (an aggregator's one-line copy of a posting) where labels in capitals with a
colon mark the levels: "MUST: Be registered with ... DESIRED: 2 years of experience ...", seen on a
real dental nurse's page. The label opens a clause of its own, so what MUST lists is required and
only what DESIRED lists is preferred. Synthetic postings with a control."""

from __future__ import annotations

from credstack.analysis import analyze
from credstack.postings import parse_posting
from credstack.skills.model import Requirement
from credstack.skills.requirements import clause_of

FLAT = ("Dental Nurse\n\nA practice is looking for a dental nurse. CANDIDATE REQUIREMENTS MUST: Hold a "
        "Basic Life Support certificate Be skilled in infection control DESIRED: 2 years of experience "
        "Have experience using Microsoft Excel SALARY & BENEFITS: 28 days holiday\n")


def levels(text, resources):
    result = analyze(parse_posting(text), resources, recommend=False, rank=False)
    return {s.name: s.requirement for s in result.skills}


def test_a_capitals_label_with_a_colon_opens_a_clause():
    text = "Hold a licence MUST: Be skilled in welding DESIRED: Forklift experience"
    assert clause_of(text, text.index("welding"), text.index("welding") + 7).startswith("MUST")
    assert "DESIRED" not in clause_of(text, text.index("welding"), text.index("welding") + 7)
    # the control: a label in ordinary case, or capitals without a colon, is no clause end
    text = "Hold a licence Must be skilled in welding Desired: forklift experience"
    assert "Desired" in clause_of(text, text.index("welding"), text.index("welding") + 7)


def test_must_and_desired_lists_in_a_flat_paragraph(resources):
    got = levels(FLAT, resources)
    assert got.get("Infection Control") == Requirement.REQUIRED
    assert got.get("Microsoft Excel") == Requirement.PREFERRED

""""Critères de recrutement :" (batch p12, a French care home's offer) heads what the job asks for:
the profile, the experience, the diploma. Synthetic fixture with a control."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind
from credstack.postings.sections import classify

TEXT = ("Agent d'entretien (H/F)\nRésidence Les Tilleuls\n\n"
        "Vous assurez l'entretien des parties communes et le service des repas.\n\n"
        "Critères de recrutement :\n- Débutants acceptés\n- Expérience en EHPAD souhaitée\n")


@pytest.mark.parametrize("heading", ["Critères de recrutement", "Nos critères de sélection",
                                     "Criterios de selección"])
def test_recruitment_criteria_head_requirements(heading):
    assert classify(heading) == SectionKind.REQUIREMENTS


def test_the_section_under_it_is_requirements():
    posting = parse_posting(TEXT)
    kinds = {s.heading.strip(" :"): s.kind for s in posting.sections}
    assert kinds.get("Critères de recrutement") == SectionKind.REQUIREMENTS


def test_a_criterion_in_prose_heads_nothing():
    sentence = "Les critères de recrutement sont définis par la direction de la résidence avec l'équipe."
    posting = parse_posting("Agent d'entretien (H/F)\nRésidence Les Tilleuls\n\n" + sentence
                            + "\nVous assurez l'entretien des parties communes et le service des repas.\n")
    assert all(not s.heading.startswith("Les critères") for s in posting.sections)

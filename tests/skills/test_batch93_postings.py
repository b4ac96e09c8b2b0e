"""What batches 93 to 95's real postings (bench/nontech_real.py --split held-occ83 to held-occ85: a critical care
clinical fellow, an NHS corporate accountant, a personality disorder service practitioner, a PHP developer, a head
chef and 31 more) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def names(text: str, kind: TextKind = TextKind.REQUIREMENTS) -> set[str]:
    return {s.name for s in extract_skills([TextSection(kind, text)], load_vocabulary()).skills}


@pytest.mark.parametrize(("text", "expected"), [
    ("Background in Anaesthesia/Critical Care Medicine, having achieved FRCA, FFICM (or equivalent).",
     {"FRCA", "FFICM", "Anesthesiology", "Critical Care"}),
    ("MRCS or FRCS (Urol) is essential.", {"MRCS", "FRCS"}),
    ("Applicants must hold MRCPsych or equivalent.", {"MRCPsych"}),
    ("FRCR or equivalent is essential; MRCPCH for the paediatric post.", {"FRCR", "MRCPCH"}),
    ("Membership of the Royal College of Emergency Medicine (MRCEM) is desirable.", {"MRCEM"}),
])
def test_the_uk_medical_royal_college_qualifications_are_named(text, expected):
    """A critical care fellow's advert asked for "FRCA, FFICM": neither was in the vocabulary, while MRCP and
    FRCPath were. The royal colleges' memberships and fellowships are the qualifications UK doctors' adverts
    name."""
    assert expected <= names(text)


def test_nhs_patient_level_costing_is_a_skill():
    assert "Patient-Level Costing" in names("Make best use of our PLICS outputs and the clinical data behind them.")


def test_mentalization_based_treatment_and_its_initials():
    assert "Mentalization-Based Treatment" in names("Experience of delivering MBT to service users.")
    assert "Mentalization-Based Treatment" in names("Trained in Mentalisation Based Treatment.")


def test_xhtml_is_html():
    assert "HTML" in names("Core skills: PHP JavaScript JQuery XHTML CSS MySQL")


@pytest.mark.parametrize("text", [
    "A Pastry Chef with two AA Rosette experience is needed.",
    "Experience in fine dining or a Michelin starred kitchen.",
])
def test_a_rosette_or_michelin_kitchen_asks_for_fine_dining(text):
    assert "Fine Dining" in names(text)


def test_the_restaurants_own_fine_dining_is_no_ask():
    assert "Fine Dining" not in names("Our fine dining restaurant is famous across the county.",
                                      TextKind.OTHER)


def test_a_flattened_advert_with_glued_sentences_keeps_its_run_in_headings():
    """A UK board's head chef advert: the description is one line whose sentences are glued ("...
    property.As this is ..."); parting them left blocks none of which was the flattened whole, so its
    "Requirements:" and "Benefits Include:" were no longer headings and its title's "MultiOutlet" was cut."""
    from credstack.postings import parse_posting
    from credstack.postings.sections import SectionKind

    body = ("Leading hotel located in Aberdeenshire is looking for a highly skilled Head Chef. Set in a stunning "
            "location this is a high volume operation that is busy with corporate guests midweek.This is a "
            "multioutlet hotel that has a fine dining restaurant, a Brasserie and bar meals.The Head Chef role "
            "gives you full autonomy on all the menus at the property. The successful chef will operate an "
            "organised kitchen that follows all hygiene legislation and meets all financial targets set. "
            "Requirements: An experienced Head Chef who is used to working in a large multioutlet hotel where "
            "the emphasis was on quality is needed.The hotel is looking for a chef with recent experience in a "
            "two AA Rosette property.As this is a high volume operation all candidates must have well developed "
            "kitchen management skills. Benefits Include: Uniform Provided Meals on Duty Bonus Scheme")
    posting = parse_posting(f"Head Chef High Quality MultiOutlet Hotel Award Winning Dining\n\n{body}\n")
    assert posting.title == "Head Chef High Quality MultiOutlet Hotel Award Winning Dining"
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds.get("Requirements") == SectionKind.REQUIREMENTS
    assert any(k == SectionKind.BENEFITS for k in kinds.values())


def test_praise_of_the_place_in_a_title_names_no_quality_job():
    from credstack.credentials.fit import title_groups

    assert title_groups("Head Chef High Quality MultiOutlet Hotel") == {"food_hospitality": 1.0}
    assert title_groups("Chef de Partie Top Quality Restaurant") == {"food_hospitality": 1.0}
    assert title_groups("Quality Manager") == {"quality_safety": 1.0}  # controls
    assert title_groups("High Quality Assurance Lead") == {"quality_safety": 1.0}

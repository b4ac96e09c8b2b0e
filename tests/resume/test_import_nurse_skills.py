"""A nurse's resume suggests the skills it claims, not a lab technique named by a word of its
clinical phrases (the user walk-through: resume import suggested unrelated skills to a nurse;
the ICU nurse of the real resume corpus was offered the chemist's 'Titration' for 'Vasoactive
Medication Titration'). A synthetic .docx, with a chemist's control."""

from __future__ import annotations

import pytest
from docx import Document

from credstack.credentials.catalog import load_catalog
from credstack.profile.resume_import import suggestions_from_resume
from credstack.skills.vocabulary import load_vocabulary

from .docs import save


@pytest.fixture(scope="module")
def read():
    vocabulary, catalog = load_vocabulary(), load_catalog()
    return lambda data: {s["name"] for s in suggestions_from_resume(data, vocabulary, catalog).skills}


def _resume(title: str, skills: list[str]) -> bytes:
    d = Document()
    d.add_paragraph("Alex Rivera")
    d.add_paragraph("alex.rivera@example.com")
    d.add_heading("Experience", level=1)
    d.add_paragraph(title)
    d.add_heading("Skills", level=1)
    for line in skills:
        d.add_paragraph(line)
    return save(d)


def test_medication_titration_is_no_chemistry_skill(read):
    got = read(_resume("Registered Nurse, Medical ICU, 2018-2024", [
        "Ventilator Management | Hemodynamic Monitoring | Vasoactive Medication Titration",
        "Titration of insulin drips and sedation per protocol"]))
    assert "Titration" not in got and {"Mechanical Ventilation", "Hemodynamic Monitoring"} <= got


def test_a_chemists_titration_is_still_suggested(read):
    # control: the lab technique, in a lab's words
    got = read(_resume("QC Chemist, Example Pharma, 2018-2024", ["HPLC, acid-base titration, pH measurement"]))
    assert "Titration" in got

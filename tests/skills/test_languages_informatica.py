"""A language's own word for computing spelt as a tool's name: "informática" (Spanish, Portuguese), often
written "informatica" or "Informatica" and the Italian word as it is, is computing (Digital Literacy) in a
text in that language, never the ETL tool Informatica, which keeps its product names there ("Informatica
PowerCenter") and its name in English; the French "informatique" and German "Informatik" are read too
(synthetic postings, each with a control)."""

from __future__ import annotations

import pytest

from credstack.skills import find_skills
from credstack.skills.vocabulary import load_vocabulary


def names(text: str) -> set[str]:
    return {s.name for s in find_skills(text, load_vocabulary())}


@pytest.mark.parametrize("text, expected", [
    ("Requisitos: experiencia en el sector y conocimientos de informatica. Se valorará la disponibilidad "
     "para los turnos de la empresa.", "Digital Literacy"),
    ("Requisitos: Necessário experiência na área e conhecimento básico em Informatica. Ter conhecimento em "
     "reparos básicos em equipamentos para a empresa.", "Digital Literacy"),
    ("Requisiti: Conoscenze di Informatica di base, esperienza nella gestione della contabilità per la "
     "nostra azienda.", "Digital Literacy"),
    ("Profil recherché : expérience dans le secteur et connaissances en informatique pour la gestion des "
     "dossiers de la société.", "Digital Literacy"),
    ("Anforderungen: Sie haben ein Studium der Informatik und Erfahrung mit der Wartung von Anlagen für "
     "unsere Kunden.", "Computer Science"),
])
def test_the_language_s_word_for_computing_is_computing(text, expected):
    found = names(text)
    assert expected in found and "Informatica" not in found


@pytest.mark.parametrize("text", [
    "Requisiti: esperienza con Informatica PowerCenter e SQL per la nostra azienda e per il cliente.",
    "Requisitos: experiencia con Informatica PowerCenter y SQL para la empresa y los clientes.",
    "Requirements: Informatica, SQL and Snowflake for our data warehouse.",
])
def test_the_tool_keeps_its_product_name_and_its_english_name(text):
    found = names(text)
    assert "Informatica" in found and "Digital Literacy" not in found

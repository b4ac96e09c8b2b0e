"""A field named as part of an institution's name is no requirement, in the other languages the
vocabulary reads as in English ("Department of Chemistry"): a German apprenticeship's vocational
school "Berufsbildende Schule für Einzelhandel und Logistik" (held-lang) asked for neither retail
nor logistics. Synthetic fixtures, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import at, read

from credstack.skills.requirements import names_a_role

POSTING = """Fachkraft für Lagerlogistik (m/w/d)

Das bringst Du mit
- Staplerschein und Erfahrung mit Inventuren.
- {}
"""


@pytest.mark.parametrize(("text", "field"), [
    ("Berufsschule: Berufsbildende Schule für Einzelhandel und Logistik in Bremen", "Logistik"),
    ("Berufsschule: Berufsbildende Schule für Einzelhandel und Logistik in Bremen", "Einzelhandel"),
    ("Estudiante de la Facultad de Medicina y Enfermería", "Enfermería"),
    ("Diplômé de l'Institut de Gestion", "Gestion"),
    ("the Faculty of Chemistry and Pharmacy", "Pharmacy"),
])
def test_a_field_in_an_institutions_name_names_the_institution(text, field):
    assert names_a_role(*at(text, field))


@pytest.mark.parametrize(("text", "field"), [
    # the controls: a field asked, and a school's field in lower case (no name)
    ("Erfahrung in Logistik und Einzelhandel", "Logistik"),
    ("Formación de enfermería en una escuela de enfermería", "enfermería"),
])
def test_a_field_asked_is_no_institution(text, field):
    assert not names_a_role(*at(text, field))


def test_the_vocational_schools_fields_are_not_asked(resources):
    school, _ = read(POSTING.format("Berufsschule: Berufsbildende Schule für Einzelhandel und Logistik in Bremen"),
                     resources)
    asked, context = read(POSTING.format("Erfahrung in Logistik und Einzelhandel."), resources)
    assert "Logistics" in asked and "Logistics" not in school

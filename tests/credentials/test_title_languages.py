"""A job title in French, German, Spanish, Italian or Portuguese names its occupation group as an
English title does: German compounds hold the job noun inside a word ("Medienpädagogin")."""

from __future__ import annotations

import pytest

from credstack.credentials.fit import title_groups


@pytest.mark.parametrize("title, group", [
    ("MedienpädagogIn", "education"),
    ("Erzieherin (m/w/d) in Teilzeit", "education"),
    ("Enseignant de mathématiques", "education"),
    ("Gesundheits- und Krankenpfleger (m/w/d)", "nursing"),
    ("Infirmière de bloc opératoire", "nursing"),
    ("Enfermera de quirófano", "nursing"),
    ("Softwareentwickler Java (m/w/d)", "software_development"),
    ("Développeuse Python", "software_development"),
    ("Industrieelektriker (m/w/d)", "skilled_trades"),
    ("Acheteur projet H/F", "logistics_supply_chain"),
    ("Buchhalterin", "accounting"),
])
def test_a_title_in_another_language_names_its_group(title, group):
    groups = title_groups(title)
    assert max(groups, key=groups.get) == group, groups


@pytest.mark.parametrize("title, group", [
    ("Registered Nurse, ICU", "nursing"), ("Senior Software Engineer", "software_development"),
    ("Professor of Chemistry", "education"), ("Commercial Electrician", "skilled_trades"),
])
def test_english_titles_read_as_before(title, group):
    groups = title_groups(title)
    assert max(groups, key=groups.get) == group, groups

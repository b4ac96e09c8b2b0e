"""Names German postings write for their tools and standards (held-lang3): the accounting software
DATEV, the commercial code's accounting rules HGB ("Bilanzierungskenntnisse nach HGB"), and a
shop's RFID beside its till system. Synthetic fixtures, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import names, read

POSTING = """Finanzbuchhalter (m/w/d)

Aufgaben
- Laufende Buchung der Geschäftsvorfälle und die Kontenabstimmung.
- Erstellung der Monats- und Jahresabschlüsse für unsere Kunden.

Qualifikation
- Abgeschlossene kaufmännische Ausbildung und Berufserfahrung im Rechnungswesen.
- Kenntnisse im Umsatzsteuerrecht, Bilanzierungskenntnisse nach HGB von Vorteil.
- Idealerweise anwendungssicher in der Buchhaltungssoftware DATEV.
"""


def test_a_german_accountants_tool_and_standard_are_read(resources):
    skills, _ = read(POSTING, resources)
    assert {"DATEV", "HGB", "Account Reconciliation"} <= skills


@pytest.mark.parametrize(("text", "skill"), [
    ("Du arbeitest selbstständig mit dem Kassensystem, RFID und unserer CRM-Software.", "RFID"),
    ("Experience with radio frequency identification in a warehouse.", "RFID"),
    ("Jahresabschlüsse nach Handelsgesetzbuch und IFRS.", "HGB"),
    ("Sicherer Umgang mit DATEV Unternehmen online.", "DATEV"),
])
def test_the_names(text, skill):
    assert skill in names(text)


@pytest.mark.parametrize(("text", "skill"), [
    # the controls: the letters in lower case inside other words, and other German words
    ("Die Datev-ähnliche Oberfläche ist leicht; hgb steht hier klein.", "HGB"),
    ("Wir bieten eine moderne Buchhaltungssoftware.", "DATEV"),
])
def test_the_controls(text, skill):
    assert skill not in names(text)

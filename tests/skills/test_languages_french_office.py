"""French postings name office programs by the computer words of French ("messagerie Outlook", "saisie de
courriers sous Word") and a driving licence by "permis" alone ("Le permis est souhaité"), while "permis de
travail" or "permis de construire" is no driving licence (synthetic postings, each with a control)."""

from __future__ import annotations

from credstack.skills import find_skills
from credstack.skills.vocabulary import load_vocabulary


def names(text: str) -> set[str]:
    return {s.name for s in find_skills(text, load_vocabulary())}


def test_office_programs_beside_french_computer_words():
    text = ("Descriptif du poste : prise de messages et transmission via messagerie Outlook, saisie de "
            "courriers sous Word pour le service de la société.")
    assert {"Microsoft Outlook", "Microsoft Word"} <= names(text)


def test_the_words_without_a_computer_word_are_no_programs():
    text = ("Profil recherché : vous avez le dernier Word de la réunion et un Outlook positif sur la vie "
            "de la société.")
    assert not {"Microsoft Outlook", "Microsoft Word"} & names(text)


def test_permis_alone_is_a_driving_licence():
    text = "Profil recherché : le sens du service pour la clientèle. Le permis est souhaité pour les déplacements."
    assert "Driver's License" in names(text)


def test_a_work_or_building_permit_is_no_driving_licence():
    for permit in ("un permis de travail valide", "le permis de construire des maisons"):
        text = f"Profil recherché : vous avez {permit} et le sens du service pour la clientèle de la société."
        assert "Driver's License" not in names(text), permit

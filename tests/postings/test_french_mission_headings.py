"""French headings the section vocabulary read wrong (batch p12-check: a France Travail offer,
looked at while going over sections after batch p14): "À propos de la mission" is about the job,
not the company ("À propos" alone or "À propos de nous" is), and "Certificats requis" asks for
something. Synthetic fixture with its controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

TEXT = """Cariste (h/f)
Atelier Rhône Logistique - 69 - Vénissieux

Nous recrutons un cariste pour notre entrepôt de Vénissieux.


{heading}

- Chargement et déchargement des camions
- Rangement des palettes en hauteur


Profil recherché

- Une première expérience en entrepôt


Certificats requis

- CACES R489 catégorie 3
"""


def _kinds(heading: str) -> dict[str, str]:
    return {s.heading: str(s.kind) for s in parse_posting(TEXT.format(heading=heading)).sections}


@pytest.mark.parametrize("heading", ["À propos de la mission", "A propos du poste"])
def test_about_the_job_is_the_job(heading):
    kinds = _kinds(heading)
    assert kinds.get(heading) == "responsibilities"
    assert kinds.get("Certificats requis") == "requirements"


@pytest.mark.parametrize("heading", ["À propos de nous", "À propos"])
def test_about_us_stays_about_the_company(heading):
    assert _kinds(heading).get(heading) == "about_company"

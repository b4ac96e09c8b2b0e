"""A Scandinavian ad's headline names the town the job is in, "till"/"til" ("to") before it:
"Operationssjuksköterska till Umeå!" (batch p12, a Swedish public job board's ad pasted as text,
whose place field said only 'unspecified'). With no place stated elsewhere, that town is the job's
place; "till" before a common noun names none. Synthetic fixtures with controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.titles import headline_place

TEXT = "{title}\n\nDu arbetar dagtid på vardagar på vår operationsavdelning.\n" \
       "Minst två års erfarenhet som sjuksköterska krävs.\n"
PAGE = "<html><body><main><h1>{title}</h1><p>Du arbetar dagtid på vardagar på vår lagerenhet och " \
       "packar order till kunder i hela landet.</p><h2>Din profil</h2><ul><li>Truckkort krävs</li>" \
       "<li>Minst ett års erfarenhet av lagerarbete</li></ul></main></body></html>"


@pytest.mark.parametrize("title, town", [
    ("Sjuksköterska till Nordvik!", "Nordvik"),
    ("Lagerarbetare till Västra Hamn", "Västra Hamn"),
    ("Tømrer til Sønderby", "Sønderby"),
])
def test_the_headline_town_is_the_place(title, town):
    assert parse_posting(TEXT.format(title=title)).location == town
    assert parse_posting(PAGE.format(title=title)).location == town


@pytest.mark.parametrize("title", ["Välkommen till oss", "Bidra till framtidens vård", "Lagerarbetare"])
def test_no_town_after_till_names_no_place(title):
    assert headline_place(title) is None

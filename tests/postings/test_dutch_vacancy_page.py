"""A Dutch vacancy page (batch p13: a web agency's 'Vacature Software Engineer' page was refused as no
posting, none of its headings being read): Dutch headings name their parts ('Wat ga je doen?',
'Wat vragen wij?', 'Jij hebt:', 'Wij bieden:', 'Interesse?'), and 'Vacature' before the title is the
word for vacancy, no part of the job's name. Synthetic fixture with controls."""

from __future__ import annotations

import pytest

from credstack.postings import NoPostingFound, parse_posting
from credstack.postings.sections import classify
from credstack.postings.title_words import clean_title

PAGE = """<html><body><div class="content">
<h1>Vacature Monteur Installatietechniek</h1>
<h2>Wat ga je doen?</h2>
<p>Je installeert en onderhoudt verwarmingsinstallaties bij klanten in de regio.</p>
<h2>Wat vragen wij?</h2>
<ul><li>Een afgeronde mbo-opleiding installatietechniek</li><li>Rijbewijs B</li></ul>
<p>Wij bieden:</p>
<ul><li>Een goed salaris</li><li>Een bus van de zaak</li></ul>
<h2>Interesse?</h2>
<p>Mail je cv en motivatie naar onze afdeling personeelszaken.</p>
</div></body></html>"""


def test_a_dutch_vacancy_page_is_read_with_its_parts():
    posting = parse_posting(PAGE)
    assert posting.title == "Monteur Installatietechniek"
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds["Wat ga je doen?"] == "responsibilities"
    assert kinds["Wat vragen wij?"] == "requirements"
    assert kinds["Wij bieden"] == "benefits"
    assert kinds["Interesse?"] == "how_to_apply"


@pytest.mark.parametrize("heading, kind", [
    ("Jij hebt", "requirements"), ("Verder heb je", "requirements"), ("Wie ben jij?", "requirements"),
    ("Functieomschrijving", "responsibilities"), ("Jouw taken", "responsibilities"),
    ("Wat bieden wij?", "benefits"), ("Arbeidsvoorwaarden", "benefits"), ("Solliciteren", "how_to_apply"),
    ("Over ons", "about_company"),
])
def test_dutch_headings_name_their_parts(heading, kind):
    assert classify(heading) == kind


def test_a_dutch_page_without_job_parts_stays_refused():
    # the control: the same layout with only story headings is no posting
    page = PAGE.replace("Wat ga je doen?", "Ons verhaal").replace("Wat vragen wij?", "Onze geschiedenis") \
        .replace("<p>Wij bieden:</p>", "<p>Ons pand:</p>").replace("Interesse?", "Route")
    page = page.replace("<h1>Vacature Monteur Installatietechniek</h1>", "<h1>Het bedrijf</h1>")
    with pytest.raises(NoPostingFound):
        parse_posting(page)


@pytest.mark.parametrize("raw, title", [
    ("Vacature Software Engineer – Medior", "Software Engineer – Medior"),
    ("Vacature: Monteur", "Monteur"),
    ("Vacatures", "Vacatures"),  # the control: the index's own heading is not cut
    ("Vacature", "Vacature"),
])
def test_the_word_for_vacancy_before_a_title_is_cut(raw, title):
    assert clean_title(raw) == title

"""Dutch and German ads head their parts by addressing the reader ("Onze ideale kandidaat heeft:",
"Jouw kwaliteiten", "Wat kun je verwachten?"; "Sie tragen Verantwortung für", "Sie zeichnen sich aus
durch", "Sie erwartet bei uns", "Du hast"), and English ones say "What you'll be working on" or "In
this position you will". None of these was a section cue, so such an ad had no requirements or
duties and, in a language whose job words are not counted, was refused as no job posting. Batch p16
(GitHub Jobs ads). Synthetic fixture; the control is a German club's news page."""

from __future__ import annotations

import pytest

from credstack.postings import NoPostingFound, parse_posting
from credstack.postings.model import SectionKind

GERMAN_AD = """<html><head><title>Elektroniker für Betriebstechnik</title></head><body><main>
<h1>Elektroniker für Betriebstechnik</h1>
<p>Die Nordwerk GmbH fertigt seit 1950 Pumpen für Kunden in ganz Europa.</p>
<p>Sie tragen Verantwortung für</p>
<ul><li>die Wartung und Instandsetzung unserer Fertigungsanlagen</li><li>die Fehlersuche an Steuerungen</li></ul>
<p>Sie zeichnen sich aus durch</p>
<ul><li>eine abgeschlossene Ausbildung als Elektroniker</li><li>mehrjährige Praxis in der Instandhaltung</li></ul>
<p>Sie erwartet bei uns</p>
<ul><li>ein unbefristeter Arbeitsvertrag</li><li>eine Kantine</li></ul>
</main></body></html>"""

DUTCH_AD = """<html><head><title>Monteur installatietechniek</title></head><body><main>
<h1>Monteur installatietechniek</h1>
<p>Noordhaven Installaties zoekt een monteur voor onderhoud bij klanten in de regio.</p>
<p><strong>Jouw toekomstige baan</strong></p><ul><li>Onderhoud van cv-ketels en warmtepompen</li>
<li>Storingen verhelpen</li></ul>
<p><strong>Onze ideale kandidaat heeft:</strong></p>
<ul><li>een mbo-diploma installatietechniek</li><li>twee jaar praktijk als monteur</li></ul>
<p><strong>Wat kun je verwachten?</strong></p><ul><li>Een bus van de zaak</li><li>Een vast contract</li></ul>
</main></body></html>"""

GERMAN_NEWS = """<html><head><title>Sommerfest im Verein</title></head><body><main>
<h1>Sommerfest im Verein</h1>
<p>Am Samstag feierte der Verein sein Sommerfest auf dem Sportplatz. Bei bestem Wetter kamen
viele Familien, die Kinder spielten Fußball und am Abend spielte eine Band aus der Nachbarschaft.</p>
<p>Der Vorstand dankt allen Helferinnen und Helfern für den schönen Tag und freut sich auf das
nächste Jahr, wenn das Fest wieder im Juli stattfinden soll.</p>
</main></body></html>"""


@pytest.mark.parametrize(("page", "wanted"), [
    (GERMAN_AD, {"Sie tragen Verantwortung für": SectionKind.RESPONSIBILITIES,
                 "Sie zeichnen sich aus durch": SectionKind.REQUIREMENTS,
                 "Sie erwartet bei uns": SectionKind.BENEFITS}),
    (DUTCH_AD, {"Jouw toekomstige baan": SectionKind.RESPONSIBILITIES,
                "Onze ideale kandidaat heeft": SectionKind.REQUIREMENTS,
                "Wat kun je verwachten?": SectionKind.BENEFITS}),
], ids=["german", "dutch"])
def test_headings_addressing_the_reader_type_their_sections(page, wanted):
    found = {s.heading.rstrip(":"): s.kind for s in parse_posting(page).sections}
    assert {h: found.get(h) for h in wanted} == wanted


@pytest.mark.parametrize(("heading", "kind"), [
    ("What you'll be working on", SectionKind.RESPONSIBILITIES),
    ("In this position you will", SectionKind.RESPONSIBILITIES),
    ("Du hast", SectionKind.REQUIREMENTS),
    ("Jouw kwaliteiten", SectionKind.REQUIREMENTS),
    ("Waar kom je te werken?", SectionKind.ABOUT_COMPANY),
    ("INTERESTED? APPLY NOW!", SectionKind.HOW_TO_APPLY),
    ("Geïnteresseerd", SectionKind.HOW_TO_APPLY),
])
def test_the_cues_name_their_kind(heading, kind):
    from credstack.postings.sections import classify
    assert classify(heading) == kind


@pytest.mark.parametrize("heading", ["Sie bringen mit...", "Interested in our culture?", "Du hast recht, sagt er."])
def test_near_misses_are_not_cues(heading):
    from credstack.postings.sections import classify
    assert classify(heading) is None


def test_a_news_page_in_german_is_still_no_posting():
    with pytest.raises(NoPostingFound):
        parse_posting(GERMAN_NEWS)

"""A job's text set as short lists under headings in a language with no English job words, beside
a long paragraph about the company (batch h28p: a Pracuj.pl offer): the lists are the job's text,
and a page whose structured data holds only schema.org's parts (no description of its own) is read
from the page, under the page's own headings. Synthetic fixtures, one per trait."""

from __future__ import annotations

import json

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind

COMPANY = ("Firma Przykładowa to zespół specjalistów, który od lat wspiera klientów w całym kraju, "
           "dostarczając usługi utrzymania systemów, wdrożeń, szkoleń, konsultacji i serwisu, a nasi "
           "pracownicy realizują projekty dla operatorów, banków, urzędów, szpitali i uczelni, dbając o "
           "jakość, terminowość, bezpieczeństwo, dokumentację, komunikację i rozwój kompetencji zespołu. ") * 3

BODY = f"""<main><h1>Administrator systemów</h1>
<section><h2>Twój zakres obowiązków</h2><ul>
<li>Administracja i utrzymanie serwerów z systemem Linux</li>
<li>Instalacja i konfiguracja baz danych dla zespołów projektowych</li>
<li>Tworzenie skryptów automatyzujących codzienną pracę zespołu</li></ul></section>
<section><h2>Nasze wymagania</h2><ul>
<li>Doświadczenie w administracji systemami Linux od dwóch lat</li>
<li>Umiejętność pisania skryptów powłoki bash w codziennej pracy</li></ul></section>
<section><h2>To oferujemy</h2><ul><li>Prywatna opieka medyczna dla pracownika i rodziny</li></ul></section>
<section><h2>Firma Przykładowa</h2><div><p>{COMPANY}</p></div></section></main>"""


def _page(json_ld: dict | None = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(json_ld)}</script>' if json_ld else ""
    return f"<html><head><title>Administrator systemów</title>{script}</head><body>{BODY}</body></html>"


def _kinds(posting) -> dict:
    return {s.heading: s.kind for s in posting.sections}


def test_lists_under_duty_headings_are_the_jobs_text():
    kinds = _kinds(parse_posting(_page()))
    assert kinds.get("Twój zakres obowiązków") == SectionKind.RESPONSIBILITIES
    assert kinds.get("Nasze wymagania") == SectionKind.REQUIREMENTS
    assert kinds.get("To oferujemy") == SectionKind.BENEFITS


def test_structured_parts_only_give_way_to_the_pages_headings():
    record = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Administrator systemów",
              "hiringOrganization": "Firma Przykładowa",
              "responsibilities": "Administracja i utrzymanie serwerów z systemem Linux, Instalacja i konfiguracja "
                                  "baz danych dla zespołów projektowych, Tworzenie skryptów automatyzujących "
                                  "codzienną pracę zespołu",
              "experienceRequirements": "Doświadczenie w administracji systemami Linux od dwóch lat, "
                                        "Umiejętność pisania skryptów powłoki bash w codziennej pracy",
              "jobBenefits": "Prywatna opieka medyczna dla pracownika i rodziny"}
    posting = parse_posting(_page(record))
    kinds = _kinds(posting)
    assert kinds.get("Twój zakres obowiązków") == SectionKind.RESPONSIBILITIES
    assert "Responsibilities" not in kinds  # the structured data's parts, under headings of ours


def test_an_english_page_with_its_words_in_inline_tags_keeps_its_whole_text():
    """English job words set inside <span>s still mark the page as English: the duty-heading cue
    stays off, and the main text is the whole posting, not one of its lists."""
    from pathlib import Path

    page = (Path(__file__).parent / "pages" / "generic" / "no_classes.html").read_text("utf-8")
    page = page.replace("<li>", "<li><span>").replace("</li>", "</span></li>").replace("<p>", "<p><span>") \
        .replace("</p>", "</span></p>")
    posting = parse_posting(page)
    assert "four family dental offices" in posting.description
    assert "QuickBooks Online and Excel skills" in posting.description

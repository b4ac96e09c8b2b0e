"""Traits of career sites and job boards met on real pages (batch h27p: Danish employers' and
universities' sites, a public job board, Japanese nurse and pharmacist job sites). Synthetic
fixtures, one per trait."""

from __future__ import annotations

from credstack.postings import NoPostingFound, parse_posting

LANGUAGES = ("de_DE", "en_GB", "es_ES", "fr_FR", "hu_HU", "it_IT", "ja_JP", "pt_BR", "ru_RU", "zh_CN")
LANGUAGE_NAMES = ("Deutsch (Deutschland)", "English (United Kingdom)", "Español (España)", "Français (France)",
                  "Magyar (Magyarország)", "Italiano (Italia)", "日本語 (日本)", "Português (Brasil)",
                  "Русский язык (Россия)", "简体中文 (中国大陆)")


def _career_page(links: str) -> str:
    return f"""<html><head><title>Service Planner</title></head><body>
<div class="lang">{links}</div>
<h1>Service Planner</h1>
<p>Location: Aarhus, DK</p>
<p><b>Plan the work of our field technicians</b></p>
<p>You will plan visits for forty technicians across the region, balance their routes and keep our
customers informed when a visit moves. You will own the weekly plan and its changes.</p>
<p><b>Good at numbers and calm on the phone</b></p>
<p>You have planned work for a team before, you are at home in spreadsheets and you stay friendly
when a customer is not. Danish and English are both needed in the job every day.</p>
</body></html>"""


def test_a_language_picker_is_no_list_of_jobs():
    picker = "".join(f'<a href="https://careers.example.com?locale={code}">{name}</a>'
                     for code, name in zip(LANGUAGES, LANGUAGE_NAMES, strict=True))
    posting = parse_posting(_career_page(picker))
    assert posting.title == "Service Planner"
    assert posting.page_kind == "posting"


def test_links_to_ten_jobs_are_still_a_list():
    results = "".join(f'<a href="https://careers.example.com/job/{n}?locale=en_GB">Service Planner, depot {n}</a>'
                      for n in range(1, 11))
    try:
        posting = parse_posting(_career_page(results))
    except NoPostingFound:
        return
    assert posting.page_kind == "search_list"

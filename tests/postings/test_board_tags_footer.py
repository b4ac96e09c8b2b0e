"""A job board's footer after the posting (held-lang3/held-lang4's German postings, saved with
their board's record): a "Find more ... Jobs in <country> on <board>" link, the board's category
tags under "Tags" (here "標籤") and the saved record's source and slug. None of it is the job's
text, so none of it names a skill ("Finance", "Customer Service", "API", the slug's title).
Header facts labelled in Chinese ("公司: ...", "地點: ...") are the posting's company and place,
whose words are no skills either. Synthetic fixture, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.postings import parse_posting
from credstack.postings.model import JOB_KINDS, SectionKind
from credstack.postings.sections import classify

POSTING = """Buchhalter (m/w/d)

職位資訊
• 公司: Beispiel Recruitment GmbH
• 地點: Köln
• 發布時間: 2026-01-15

Aufgaben
• Laufende Buchung der Geschäftsvorfälle und die Kontenabstimmung.
• Erstellung der Monats- und Jahresabschlüsse für unsere Kunden.
• Debitoren- und Kreditorenbuchhaltung sowie die Abwicklung des Zahlungsverkehrs.

Qualifikation
• Abgeschlossene kaufmännische Ausbildung und Berufserfahrung im Rechnungswesen.
• Kenntnisse im Umsatzsteuerrecht sind von Vorteil.

Find more
English Speaking Jobs in Germanyon Jobboard

標籤

Finance, Customer Service

---

資料來源: Jobboard API
原始 Slug: buchhalter-koeln-123456
"""


@pytest.mark.parametrize("heading", ["Tags", "Job tags:", "標籤", "标签", "Schlagwörter", "Find more",
                                     "Find Jobs in Germany on Jobboard", "Find more Nursing Jobs in Leeds"])
def test_a_boards_tags_and_find_more_links_head_navigation(heading):
    assert classify(heading) == SectionKind.NAVIGATION


@pytest.mark.parametrize("heading", ["Technical skills", "Find out more about us", "Your tasks"])
def test_other_headings_are_no_navigation(heading):
    assert classify(heading) != SectionKind.NAVIGATION


def test_the_footer_is_no_job_text():
    posting = parse_posting(POSTING)
    job_text = "\n".join(s.text for s in posting.sections if s.kind in JOB_KINDS)
    assert "Kontenabstimmung" in job_text and "Umsatzsteuerrecht" in job_text
    for footer in ("Finance", "English Speaking", "API", "buchhalter-koeln"):
        assert footer not in job_text


def test_chinese_labels_state_the_company_and_place():
    posting = parse_posting(POSTING)
    assert posting.company == "Beispiel Recruitment GmbH"
    assert posting.location == "Köln"


FOOTER_NAMES = {"Business Finance", "Customer Service", "APIs", "Recruiting", "English"}


def test_no_skill_is_read_from_the_footer_or_the_company(resources):
    skills, context = read(POSTING, resources)
    assert not (skills | context) & FOOTER_NAMES
    assert {"Account Reconciliation", "Taxation", "Month-End Close"} <= skills  # the job's own text is read


def test_the_same_lines_under_no_footer_heading_are_read(resources):
    # the control: with neutral words in place of the footer's headings and labels, the same lines
    # are job text, and their names are read
    plain = POSTING.replace("標籤", "Notes").replace("Find more", "More").replace("資料來源", "Source")
    plain = plain.replace("公司", "Firm")
    skills, _ = read(plain, resources)
    assert {"Business Finance", "Customer Service", "APIs"} <= skills

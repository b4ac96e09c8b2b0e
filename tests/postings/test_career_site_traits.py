"""Traits of career sites and job boards met on real pages (batch h27p: Danish employers' and
universities' sites, a public job board, Japanese nurse and pharmacist job sites). Synthetic
fixtures, one per trait."""

from __future__ import annotations

import json

import pytest

from credstack.postings import NoPostingFound, parse_posting
from credstack.postings.facts import find_employment_type
from credstack.postings.model import SectionKind
from credstack.postings.sections import classify
from credstack.postings.title_words import clean_title
from credstack.postings.titles import choose_title

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


def _facts_table(rows: list[tuple[str, str]], cell: str = "th") -> str:
    if cell == "dt":
        body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
        return f"<dl>{body}</dl>"
    body = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    return f"<table>{body}</table>"


NURSE_ROWS = [
    ("募集職種", "正看護師"),
    ("雇用形態", "常勤"),
    ("業務内容", "有料老人ホームでの施設内訪問看護業務。バイタルチェック、処置、服薬管理、記録記入、"
             "ご家族への連絡、医師との連携、夜間のオンコール対応の補助など、入居者さまの健康管理全般をお任せします。"),
    ("勤務地", "愛知県名古屋市昭和区"),
    ("給与", "月収：300,000円～"),
    ("応募要項", "正看護師免許をお持ちの方。施設での看護経験が1年以上ある方を歓迎します。"),
]


@pytest.mark.parametrize("cell", ["th", "dt"])
def test_a_rows_label_heads_its_cell(cell):
    markup = f"""<html><head><title>正看護師 ｜ GARO HOME 鶴舞</title></head><body><h1>正看護師</h1>
{_facts_table(NURSE_ROWS, cell)}</body></html>"""
    sections = {s.heading: s for s in parse_posting(markup).sections}
    assert sections["業務内容"].kind == SectionKind.RESPONSIBILITIES
    assert sections["応募要項"].kind == SectionKind.REQUIREMENTS
    # the next row's label closes the duties: the place and the pay are not duties
    assert "名古屋市" not in sections["業務内容"].text and "300,000" not in sections["業務内容"].text


def test_brackets_around_a_heading_are_not_its_words():
    text = ("正看護師\n\n【業務内容】\n有料老人ホームでの施設内訪問看護業務。バイタルチェック、処置、記録記入など。\n\n"
            "【応募資格】\n正看護師免許をお持ちの方。\n")
    sections = {s.heading: s.kind for s in parse_posting(text).sections}
    assert sections.get("業務内容") == SectionKind.RESPONSIBILITIES
    assert sections.get("応募資格") == SectionKind.REQUIREMENTS


@pytest.mark.parametrize("raw, clean", [
    ("PhD Stipend in Battery Modelling (14-21065)", "PhD Stipend in Battery Modelling"),
    ("薬剤師(月給 : 30万円～)", "薬剤師"),
    ("看護師（日勤常勤）", "看護師"),
    ("Nurse (RN)", "Nurse (RN)"),  # what the job is stays
    ("Lagerhelfer (m/w/d)", "Lagerhelfer (m/w/d)"),
    ("FLIGHT ENGINEER (INSTRUCTOR) (Title 32)", "FLIGHT ENGINEER (INSTRUCTOR) (Title 32)"),
])
def test_a_vacancy_number_pay_or_schedule_in_brackets_is_no_part_of_a_title(raw, clean):
    assert clean_title(raw) == clean


def test_a_side_box_named_info_is_no_title():
    candidates = [("Info", 0.6, "page"), ("Two postdoctoral positions in permafrost research", 0.5, "page_title")]
    assert choose_title(candidates, set()) == "Two postdoctoral positions in permafrost research"


@pytest.mark.parametrize("heading, kind", [
    ("Contact and application", SectionKind.HOW_TO_APPLY),
    ("Questions", SectionKind.HOW_TO_APPLY),
    ("Salary and terms of employment", SectionKind.BENEFITS),
    ("Research project", SectionKind.RESPONSIBILITIES),
    ("More specifically, your key tasks will be to:", SectionKind.RESPONSIBILITIES),
    ("Online ansøgning - gode råd", SectionKind.HOW_TO_APPLY),
    ("Dine arbejdsopgaver", SectionKind.RESPONSIBILITIES),
    ("Kvalifikationer", SectionKind.REQUIREMENTS),
    ("Vi tilbyder", SectionKind.BENEFITS),
    ("Om os", SectionKind.ABOUT_COMPANY),
    ("応募要項", SectionKind.REQUIREMENTS),
    ("求めるスキル", SectionKind.REQUIREMENTS),
])
def test_headings_of_danish_pages_and_japanese_job_sites(heading, kind):
    assert classify(heading) == kind


@pytest.mark.parametrize("text, kind", [
    ("Arbejdstid: Fuldtid", "Full-time"), ("Arbetstid: Heltid", "Full-time"), ("Arbejdstid: Deltid", "Part-time"),
    ("Ansættelsesform: Fastansættelse", "Permanent"), ("Ansættelsesform: Tidsbegrænset", "Temporary"),
    ("勤務形態: 常勤", "Full-time"), ("勤務形態: 非常勤", "Part-time"),  # 非常勤 holds 常勤: the longer term wins
])
def test_danish_swedish_and_japanese_work_hours(text, kind):
    assert find_employment_type(text) == kind


def test_a_danish_side_box_states_the_hours():
    markup = f"""<html><head><title>Postdoc in soil ecology</title></head><body>
<h1>Postdoc in soil ecology</h1>
<p><b>The position</b></p><p>{"You will run field experiments on greenhouse gas fluxes and model the results. " * 3}</p>
<p><b>Qualifications</b></p><p>{"A PhD in soil science or biogeochemistry and field work experience. " * 3}</p>
<h3>Info</h3><p>Ansøgningsfrist: 01-09-2021</p><p>Arbejdstid: Fuldtid</p></body></html>"""
    posting = parse_posting(markup)
    assert posting.employment_type == "Full-time"
    assert posting.title == "Postdoc in soil ecology"


def _teaser_page(similar: int = 5, login: bool = True, work_area: str = "Work area: Ikast",
                 lead: str = "Apply for this position if") -> str:
    form = ('<form><input name="email"><input type="password" name="pw"><button>Log in</button></form>'
            if login else "")
    cards = "".join(f'<h1><a href="/job/{900 + n}/x">Student Assistant {n}</a></h1><p>Created: May 05, 2021</p>'
                    for n in range(similar))
    return f"""<html><head><title>View job | Jobs in Denmark</title></head><body>
<header>{form}<nav><a href="/find">Find a job</a></nav></header>
<h1>Learning sales – Fulltime Student Position</h1>
<div class="JobPresentation">This website uses cookies<br>If you choose to accept cookies, you agree that the
site and third-parties store the cookies of your choice.<br>Allow selection Allow all cookies
<p>Warning Your browser is outdated. Get the best experience by using the latest version.</p>
<p>{lead}</p>
<ul><li>You want to learn and develop your sales skills</li><li>You want to set up cookie consent banners</li></ul>
<p>In our service unit we are looking for talented students to join our spare parts sales team for a year.</p>
<p>See the complete text at Vindkraft Service A/S</p></div>
<ul><li>{work_area}</li><li>Working hours: Full time (37 hours)</li></ul>
<h2>Similar jobs</h2>{cards}</body></html>"""


def test_a_job_teaser_with_similar_jobs_under_it_is_a_posting():
    posting = parse_posting(_teaser_page())
    assert posting.page_kind == "posting"
    assert posting.title == "Learning sales – Fulltime Student Position"  # never "View job"
    assert posting.location == "Ikast" and posting.employment_type == "Full-time"
    # the site's cookie and browser notices are not the job's text; a duty about cookies is
    for notice in ("uses cookies", "accept cookies", "Allow all cookies", "browser is outdated"):
        assert notice not in posting.description
    assert "cookie consent banners" in posting.description
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds["Apply for this position if"] == SectionKind.REQUIREMENTS  # conditions, not the form


def test_a_short_text_beside_a_sign_in_form_with_no_place_is_still_a_sign_in_wall():
    with pytest.raises(NoPostingFound):
        parse_posting(_teaser_page(similar=0, work_area="Reference: 8144115", lead="Read on"))


@pytest.mark.parametrize("heading, kind", [
    ("Apply for this job", SectionKind.APPLICATION_FORM), ("Apply for this position if", SectionKind.REQUIREMENTS),
])
def test_apply_if_states_conditions(heading, kind):
    assert classify(heading) == kind


def test_a_label_over_the_title_is_not_the_employer_and_working_at_names_it():
    markup = f"""<html><head><title>Jobannonce</title></head><body>
<nav><a href="/a">Karriere</a> <a href="/b">Om os</a></nav>
<p>Stilling</p><h1>Security Receptionist</h1>
<p><b>Placering</b></p><p>Bagsværd, Denmark</p>
<p><b>The position</b></p><p>{"You will receive guests, run the switchboard and book meeting rooms. " * 3}</p>
<p><b>Qualifications</b></p><p>{"You speak and write Danish and English well and keep calm with visitors. " * 3}</p>
<p><b>Working at Nordlys Pharma</b></p><p>At Nordlys Pharma, your skills help us change lives.</p>
</body></html>"""
    posting = parse_posting(markup)
    assert posting.title == "Security Receptionist"
    assert posting.company == "Nordlys Pharma"  # not "Stilling", the label over the title
    assert posting.location == "Bagsværd, Denmark"


@pytest.mark.parametrize("locality, region, country, place", [
    ("大田区", "東京都", "JP", "東京都大田区"),  # largest first, no separator, as Japanese writes it
    ("강남구", "서울특별시", "KR", "서울특별시 강남구"),
    ("Ballerup", "Capital Region", "DK", "Ballerup, Capital Region, DK"),
])
def test_an_east_asian_address_reads_as_its_script_writes_it(locality, region, country, place):
    record = {"@context": "https://schema.org", "@type": "JobPosting", "title": "薬剤師",
              "description": "<p>調剤、監査、投薬、薬歴管理をお任せします。薬剤師免許をお持ちの方。</p>" * 3,
              "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": locality,
                                                            "addressRegion": region, "addressCountry": country}}}
    markup = f'<html><head><script type="application/ld+json">{json.dumps(record)}</script></head><body></body></html>'
    assert parse_posting(markup).location == place


def test_facts_under_similar_jobs_are_other_jobs():
    markup = f"""<html><head><title>Warehouse Team Lead</title></head><body>
<h1>Warehouse Team Lead</h1><h2>Hobbii A/S</h2>
<p><b>Who are you:</b></p><ul><li>{"You have led a team in a warehouse before and keep calm in the high season. " * 3}</li></ul>
<h2>Similar jobs</h2>
<h1><a href="/job/1/a">Warehouse Worker</a></h1><ul><li>Work area: Risskov</li><li>Working hours: Full time (37 hours)</li></ul>
</body></html>"""
    posting = parse_posting(markup)
    assert posting.location is None and posting.employment_type is None


def test_a_sidebar_marked_as_aside_states_the_hours():
    markup = f"""<html><head><title>NVH Test Engineer</title></head><body>
<h1>NVH Test Engineer</h1><h2>Dinamo A/S</h2>
<p><b>Qualifications</b></p><ul><li>{"An engineering degree within acoustics and vibration, and test rig experience. " * 3}</li></ul>
<aside><h3>Type of employment</h3><p>Regular position</p><h3>Weekly working hours</h3><p>Full time (37 hours)</p>
<h3>Employer</h3><p>Dinamo A/S</p><p>DK 5500 Middelfart</p></aside>
</body></html>"""
    posting = parse_posting(markup)
    assert posting.employment_type == "Full-time"
    assert "Weekly working hours" not in posting.description  # the sidebar stays out of the job's text


def test_a_facts_table_of_short_rows_is_the_jobs_own_text():
    rows = [("応募資格", "○正看護師の資格をお持ちの方<br>○臨床経験（または介護施設でのご勤務経験）が3年以上ある方<br>"
                     "○週4日～の勤務可能な方<br>○最低2ヶ月間ご勤務可能な方<br>○1都3県にお住まいの方（東京・神奈川・千葉・埼玉）"),
            ("雇用形態", "派遣社員（2ヶ月以上）"), ("勤務地", "埼玉県さいたま市見沼区"),
            ("仕事内容・勤務先概要", "特別養護老人ホームにおける看護業務全般<br>■必要な処置：胃ろう、皮膚ケア、インシュリン、吸引、"
                             "バイタルチェック、服薬管理<br>＜勤務先概要＞<br>■施設形態：特別養護老人ホーム<br>■定員：140名/140室"),
            ("給与", "時給 2100円～")]
    markup = f"""<html><head><title>特別養護老人ホーム（さいたま市見沼区）派遣社員の求人情報 | 看護師の求人・転職・募集【求人ER看護師】</title>
</head><body><h1>看護師の転職・派遣は「求人ER」。東京・神奈川・千葉・埼玉の求人多数！</h1>
<h3>求人詳細</h3><p>特別養護老人ホーム/埼玉県さいたま市見沼区</p>{_facts_table(rows, "dt")}</body></html>"""
    posting = parse_posting(markup)  # a <title> naming jobs in general does not make it a list
    assert posting.page_kind == "posting"
    assert posting.employment_type == "Temporary"
    assert {s.heading: s.kind for s in posting.sections}["応募資格"] == SectionKind.REQUIREMENTS


def test_a_rows_label_names_its_own_cell_not_the_heading_above_it():
    markup = f"""<html><head><title>Laboratory Coordinator</title></head><body><h1>Laboratory Coordinator</h1>
<p>{"The coordinator runs the teaching laboratories of the chemistry department and keeps them stocked. " * 2}</p>
<h2>Requirements</h2>
{_facts_table([("Education", "Bachelor's degree in chemistry"), ("Nearest station", "Northfield, 5 minutes on foot"),
               ("Phone", "555-0100")])}</body></html>"""
    kinds = {s.heading: s.kind for s in parse_posting(markup).sections}
    assert kinds["Education"] == SectionKind.REQUIREMENTS
    assert kinds["Nearest station"] == SectionKind.OTHER and kinds["Phone"] == SectionKind.OTHER

"""Kinds of page that are not a job's own page, and boilerplate around a posting: synthetic pages,
each reproducing a trait seen on real saved pages (application-form-only ATS pages, search lists
with a job open beside them, privacy policies in closed dialogs, non-English section headings)."""

from __future__ import annotations

import pytest

from credstack.postings import NoDescription, NoPostingFound, SectionKind, parse_posting

FIELDS = """
<form action="/apply" method="post">
  <h2>Personal information</h2>
  <label for="fn">First name*</label><input id="fn" name="first_name" type="text">
  <label for="ln">Last name*</label><input id="ln" name="last_name" type="text">
  <label for="em">Email*</label><input id="em" name="email" type="email">
  <label for="ph">Phone</label><input id="ph" name="phone" type="tel">
  <label for="cv">Resume/CV*</label><input id="cv" name="resume" type="file">
  <label for="sal">Salary expectations (required)</label><input id="sal" name="salary" type="text">
  <label><input type="checkbox" name="consent"> I have read the privacy policy</label>
  <button type="submit">Submit application</button>
</form>"""

JOB = """
<h2>Your tasks</h2><ul><li>Plan and run the monthly payroll for 400 employees across three sites</li>
<li>Answer employees' questions on pay slips, deductions and leave balances</li>
<li>Reconcile payroll accounts with the finance team every month</li></ul>
<h2>Your profile</h2><ul><li>Three years of payroll experience in a company of 200 people or more</li>
<li>Good command of Excel (pivot tables, lookups)</li><li>Fluent English; German is a plus</li></ul>"""


def page(head: str, body: str) -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def test_a_page_that_is_only_the_application_form_asks_for_the_description():
    markup = page("<title>Payroll Specialist | Jobs at Harbour Foods</title>",
                  "<a href='/job/77'>Back to the job</a><h1>Payroll Specialist</h1><p>Zurich, Full-time</p>"
                  "<p>Thank you for your interest! Please fill in the short form below.</p>" + FIELDS +
                  "<footer><a href='/privacy'>Privacy policy</a></footer>")
    with pytest.raises(NoDescription) as info:
        parse_posting(markup, url="https://harbourfoods.example/job/77/apply")
    assert info.value.error_type == "no_description" and info.value.status == 422
    assert "open the job description" in str(info.value)
    assert isinstance(info.value, NoPostingFound)  # callers that catch the parent still catch it


def test_a_posting_with_its_application_form_is_read_without_the_form():
    markup = page("<title>Payroll Specialist | Harbour Foods</title>",
                  "<main><h1>Payroll Specialist</h1>" + JOB + "<h2>Apply for this job</h2>" + FIELDS + "</main>")
    posting = parse_posting(markup)
    assert posting.title == "Payroll Specialist" and posting.page_kind == "posting"
    assert "monthly payroll" in posting.description
    assert "First name" not in posting.description and "Resume/CV" not in posting.description


def test_a_privacy_policy_in_a_closed_dialog_is_not_the_description():
    privacy = "".join(f"<h3>{i}. Processing of personal data</h3><p>{'We process your personal data. ' * 30}</p>"
                      for i in range(1, 9))
    markup = page("<title>Payroll Specialist - Harbour Foods</title>",
                  "<main><h1>Payroll Specialist</h1>" + JOB + "</main>"
                  f"<dialog aria-modal='true'><h1>Privacy policy for recruitment</h1>{privacy}</dialog>")
    posting = parse_posting(markup)
    assert "personal data" not in posting.description
    assert {SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS} <= {s.kind for s in posting.sections}


def _results(n: int) -> str:
    return "".join(f"<li><a href='/rc/clk?jk={i:04x}'>Payroll Clerk {i}</a><span>Acme {i}</span></li>" for i in range(n))


def test_a_search_list_with_one_job_open_beside_it_says_so():
    markup = page("<title>Payroll jobs in Leeds | JobBoard</title>",
                  f"<h1>Payroll jobs in Leeds</h1><ul class='results'>{_results(12)}</ul>"
                  f"<div class='pane'><h2>Payroll Specialist</h2><p>Harbour Foods - Leeds</p>{JOB}</div>")
    posting = parse_posting(markup)
    assert posting.page_kind == "search_list"
    assert "monthly payroll" in posting.description


def test_a_search_list_without_a_job_open_is_refused():
    cards = "".join(f"<div><h2><a href='/jb/{i}x{i}'>清掃スタッフ {i}</a></h2><p>東京都 時給1,200円</p></div>"
                    for i in range(4))
    markup = page("<title>清掃の仕事 - 東京都｜求人サイト</title>", f"<h1>清掃 - 東京都の求人情報</h1>{cards}")
    with pytest.raises(NoPostingFound) as info:
        parse_posting(markup)
    assert info.value.error_type == "no_posting" and "several jobs" in info.value.reason


@pytest.mark.parametrize(("headings", "kinds"), [
    (("Ihre Aufgaben", "Ihr Profil", "Wir bieten"), ("responsibilities", "requirements", "benefits")),
    (("Votre mission :", "Votre profil :", "Les plus :"), ("responsibilities", "requirements", "benefits")),
    (("Responsabilidades", "Requisitos", "Ofrecemos"), ("responsibilities", "requirements", "benefits")),
    (("직무내용", "지원자격", "우대사항"), ("responsibilities", "requirements", "preferred")),
    (("仕事内容", "応募資格", "福利厚生"), ("responsibilities", "requirements", "benefits")),
])
def test_section_headings_in_other_languages(headings, kinds):
    body = "<main><h1>Data Analyst</h1>" + "".join(
        f"<h3>{h}</h3><ul><li>{'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ' * 3}</li></ul>"
        for h in headings) + "</main>"
    posting = parse_posting(page("<title>Data Analyst</title>", body))
    found = {s.heading.rstrip(" :"): str(s.kind) for s in posting.sections}
    assert [found.get(h.rstrip(" :")) for h in headings] == list(kinds)


def test_equal_opportunity_and_privacy_text_is_legal_with_its_sub_headings():
    body = ("<main><h1>Payroll Specialist</h1>" + JOB + "<h2>Equal Employment Opportunity</h2><p>We are an equal "
            "opportunity employer and value diversity at our company.</p><h2>Privacy policy</h2>"
            "<h3>1. About processing of personal data</h3><p>We keep your data for two years.</p>"
            "<h3>2. Your rights</h3><p>You may ask us to delete it.</p></main>")
    posting = parse_posting(page("<title>Payroll Specialist</title>", body))
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds["Equal Employment Opportunity"] == SectionKind.LEGAL
    assert kinds["1. About processing of personal data"] == SectionKind.LEGAL
    assert kinds["2. Your rights"] == SectionKind.LEGAL


@pytest.mark.parametrize(("facts", "location", "employment"), [
    ("<p><strong>Type de contrat:</strong> CDI</p><p><strong>Lieu de travail:</strong> Fribourg</p>",
     "Fribourg", "Permanent"),
    ("<dl><dt>Arbeitsort</dt><dd>Zürich</dd><dt>Anstellungsart</dt><dd>Teilzeit</dd></dl>", "Zürich", "Part-time"),
    ("<dl><dt>勤務地</dt><dd>東京都品川区</dd><dt>雇用形態</dt><dd>アルバイト・パート</dd></dl>", "東京都品川区",
     "Part-time"),
])
def test_labelled_facts_in_other_languages(facts, location, employment):
    body = f"<main><h1>Data Analyst</h1>{facts}" + JOB + "</main>"
    posting = parse_posting(page("<title>Data Analyst</title>", body))
    assert (posting.location, posting.employment_type) == (location, employment)


def test_the_api_answers_a_form_only_page_with_no_description(client, auth):
    markup = page("<title>Payroll Specialist | Jobs at Harbour Foods</title>",
                  "<h1>Payroll Specialist</h1><p>Please fill in the short form below.</p>" + FIELDS)
    response = client.post("/api/v1/analyze", json={"html": markup, "url": "https://harbourfoods.example/apply"},
                           headers=auth)
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["type"] == "no_description" and "open the job description" in error["message"]


@pytest.mark.parametrize(("heading", "title"), [
    ("Account Executive - 100% remote - UK", "Account Executive"),
    ("Data Analyst | Hybrid | Germany", "Data Analyst"),
    ("Software Engineer - Platform", "Software Engineer - Platform"),  # a team, not a place: kept
])
def test_work_mode_and_place_suffixes_leave_the_title(heading, title):
    posting = parse_posting(page(f"<title>{heading} | Careers</title>", f"<main><h1>{heading}</h1>{JOB}</main>"))
    assert posting.title == title


@pytest.mark.parametrize(("header", "mode"), [
    ("<p>Zürich (Birmensdorferstrasse), Remote</p>", "remote"),
    ("<p>Rotkreuz, Hybrid · Vollzeit</p>", "hybrid"),
    ("<p><strong>Télétravail (2j max/semaine):</strong> Non</p>", None),
    ("<p>On-site in Austin, TX</p>", "on-site"),
    ("<p>Austin, TX</p>", None),
])
def test_work_mode_from_the_header(header, mode):
    posting = parse_posting(page("<title>Data Analyst</title>", f"<main><h1>Data Analyst</h1>{header}{JOB}</main>"))
    assert posting.work_mode == mode


@pytest.mark.parametrize(("text", "pay"), [
    ("Salary: 85'000 CHF", "85'000 CHF"),
    ("Gehalt: 70.000 - 85.000 € pro Jahr", "70.000 - 85.000 € pro Jahr"),
    ("Salaire : 55 000 € - 65 000 € par an", "55 000 € - 65 000 € par an"),
    ("時給1,350円", "時給1,350円"),
    ("월급 218만원 ~ 218만원", "월급 218만원 ~ 218만원"),
    ("$90,000 - $120,000 a year", "$90,000 - $120,000 a year"),
])
def test_pay_with_its_currency_and_period(text, pay):
    from credstack.postings.facts import find_salary

    assert find_salary(text) == pay


@pytest.mark.parametrize("text", ["We raised 2.000.000 € last year and grew to 40 people.", "Budget 500 €"])
def test_money_in_prose_that_is_not_pay(text):
    from credstack.postings.facts import find_salary

    assert find_salary(text, in_prose=True) is None


def test_similar_jobs_below_a_posting_do_not_make_it_a_list():
    similar = "".join(f"<div><h3><a href='/jb/{i}x{i}'>Payroll Clerk {i}</a></h3><p>Acme {i}</p></div>"
                      for i in range(10))
    markup = page("<title>Payroll Specialist - Harbour Foods</title>",
                  f"<main><h1>Payroll Specialist</h1>{JOB}</main><section><h2>Jobs like this one</h2>{similar}"
                  "</section>")
    assert parse_posting(markup).page_kind == "posting"


@pytest.mark.parametrize(("page_title", "title", "company"), [
    ("山田商事株式会社 倉庫スタッフの求人詳細情報 - 東京都 品川区｜求人サイト", "倉庫スタッフ", "山田商事株式会社"),
    ("Hafen Logistik GmbH Lagerist (m/w/d) | Jobbörse", "Lagerist (m/w/d)", "Hafen Logistik GmbH"),
])
def test_company_named_with_its_legal_form_before_the_job_in_the_page_title(page_title, title, company):
    posting = parse_posting(page(f"<title>{page_title}</title>", f"<main>{JOB}</main>"))
    assert (posting.title, posting.company) == (title, company)


@pytest.mark.parametrize(("address", "place"), [
    ("<p>勤務地：東京都 品川区 大崎駅 徒歩1分</p>", "東京都 品川区"),
    ("<p>근무지역 전북특별자치도 군산시 설림길 11</p>", "전북특별자치도 군산시"),
])
def test_east_asian_addresses_are_locations(address, place):
    posting = parse_posting(page("<title>Data Analyst</title>", f"<main><h1>Data Analyst</h1>{address}{JOB}</main>"))
    assert place in (posting.location or "")


@pytest.mark.parametrize("notice", [
    "The job posting you are looking for has expired or the position has already been filled. If you are "
    "interested in one of our other opportunities, please visit our career site.",
    "Sorry, this position is no longer available.",
    "Diese Stelle ist leider nicht mehr verfügbar.",
])
def test_a_page_saying_the_job_is_gone_is_refused(notice):
    markup = page("<title>Harbour Foods - Job details</title>",
                  "<div class='nav'><a href='/'>Home</a> <a href='/search'>Search openings</a></div>"
                  f"<table><tr><td><p>{notice}</p></td></tr></table>"
                  "<p>© 2010 Harbour Foods. All rights reserved. Privacy Policy</p>")
    with pytest.raises(NoPostingFound) as info:
        parse_posting(markup)
    assert info.value.error_type == "no_posting" and "no longer open" in info.value.reason


def test_a_posting_that_mentions_a_filled_position_is_still_read():
    markup = page("<title>Payroll Specialist - Harbour Foods</title>",
                  "<h1>Payroll Specialist</h1><p>This position has been filled before; we are hiring again.</p>" + JOB)
    assert parse_posting(markup).title == "Payroll Specialist"


def test_a_salary_label_is_not_the_title_of_a_description_without_one():
    markup = ("<div><p><strong>About the team</strong></p><p>Our sales team helps customers adopt our products.</p>"
              "<p><strong>In this role, you'll:</strong></p><ul><li>Meet with potential customers</li>"
              "<li>Qualify and create new opportunities</li></ul>"
              "<p><strong>You might thrive in this role if you have:</strong></p><ul>"
              "<li>3-4 years of client-facing experience in sales</li><li>Strong communication skills</li></ul>"
              "<div><span>Annual Salary Range</span><span>$160,000 — $220,000 USD</span></div>"
              "<p><strong>About Harbour</strong></p><p>Harbour builds tools for logistics teams.</p></div>")
    posting = parse_posting(markup)
    assert posting.title is None
    assert {str(s.kind) for s in posting.sections if s.heading.startswith("You might thrive")} == {"requirements"}
    assert posting.company == "Harbour"  # named by its "About Harbour" section, not by "About the team"


def test_about_the_team_or_you_names_no_company():
    markup = ("<div><p><strong>About the team</strong></p><p>Our sales team helps customers adopt our products.</p>"
              "<p><strong>About you</strong></p><ul><li>3-4 years of client-facing experience in sales</li>"
              "<li>Strong communication skills</li></ul><p><strong>Responsibilities</strong></p>"
              "<ul><li>Meet with potential customers</li><li>Qualify and create new opportunities</li></ul></div>")
    assert parse_posting(markup).company is None


ARTICLE_HEAD = ("<meta property='og:type' content='article'>"
                "<meta property='article:published_time' content='2017-03-09T23:16:02+00:00'>")


def test_a_dated_article_about_hiring_is_not_a_posting():
    """A blog post on hiring trends, with related posts whose text says what jobs require."""
    headline = "Jobs Data Shows React Skills in High Demand, CMS Market Oversaturated with Developers"
    body = (f"<article><h1>{headline}</h1><p>By Sam Writer, March 9, 2017</p>"
            "<p>A jobs board published its analysis of hiring trends based on the options employers selected.</p>"
            "<p>Demand for backend and mobile developers outpaces supply; the report names React and Python.</p>"
            "<h3>Developer Survey Ranks the Most Dreaded Technologies</h3><p>Respondents said the roles "
            "required experience with build tools, and employers require Git.</p></article>"
            "<div class='comments'><h3>13 comments</h3><p>I wonder how many skills are table stakes.</p></div>")
    with pytest.raises(NoPostingFound) as info:
        parse_posting(page(f"<title>{headline}</title>{ARTICLE_HEAD}", body))
    assert "article" in info.value.reason


def test_a_dated_career_page_declared_an_article_is_still_a_posting():
    markup = page(f"<title>Payroll Specialist - Harbour Foods</title>{ARTICLE_HEAD}",
                  "<main><h1>Payroll Specialist</h1>" + JOB + "</main>")
    assert parse_posting(markup).title == "Payroll Specialist"


def test_a_job_inside_a_company_site_whose_menu_links_its_own_pages_is_one_job():
    """A job board framed by the employer's own site: its menus link a dozen of the site's pages at
    the root ("/harbour-cold-chain-company", "/health-safety-and-environment"), each a page of its
    own kind, not results of one kind."""
    units = ["harbour-foods-company", "harbour-cold-chain-company", "harbour-dairy-supply-company",
             "harbour-bakery-goods-company", "harbour-fresh-produce-company", "harbour-seafood-trading-company",
             "harbour-logistics-services-company", "health-safety-and-environment", "social-media-and-press"]
    menu = "".join(f"<div><a href='https://harbourfoods.example/{u}'>{u.replace('-', ' ').title()}</a></div>"
                   for u in units)
    markup = page("<title>Harbour Foods | Employment Opportunities</title>",
                  f"<div>{menu}</div><table><tr><td>Title</td><td>Payroll Specialist</td></tr>"
                  "<tr><td>City</td><td>Zurich</td></tr></table>" + JOB + f"<div>{menu}</div>")
    posting = parse_posting(markup, url="https://jobs.example/harbour/JobDetails.aspx?id=7")
    assert posting.page_kind == "posting"
    assert "monthly payroll" in posting.description


def test_results_at_one_path_with_their_numbers_are_still_a_list():
    results = "".join(f"<div><a href='/job.aspx?id={i}'>Payroll Specialist {name}</a><p>Zurich</p></div>"
                      for i, name in enumerate(["North", "South", "East", "West", "Central", "Harbour", "Lake",
                                                "Airport", "Old Town"]))
    with pytest.raises(NoPostingFound):
        parse_posting(page("<title>Search results | Harbour Foods</title>", f"<main>{results}</main>"))

"""Traits of applicant-tracking-system and employer career pages seen on real saved pages (the
pages corpus' third batch), each reproduced on a small synthetic page: a menu built of <h1>
links above the job's own <h1>, a <title> written "Category - Title jobs in Place at Company",
label/value rows under the title ("Tracking Code" / "2011392", "Location:" / "Headquarters"),
a singular "Responsibility" heading, and a results page whose job links carry a place and a
category in their paths beside a tag cloud of popular searches."""

from __future__ import annotations

import json

import pytest

from credstack.postings import NoPostingFound, SectionKind, parse_posting

MENU = "".join(f"<div class='nav-col'><h1><a href='/jobs/{slug}.html'>{name}</a></h1></div>"
               for slug, name in (("our-company", "Our Company"), ("core-values", "Core Values"),
                                  ("benefits", "Benefits"), ("technology", "Technology"),
                                  ("sales", "Sales"), ("network", "Network"), ("events", "Events")))

DUTIES = ("<p>Plans and leads integrated system testing of large IT projects spanning many systems, "
          "leads a team of testers and analysts, reports test status to management and improves the "
          "testing process after each release.</p><p>Reviews requirements and designs with the project teams, "
          "signs off test plans, tracks defects to closure and coaches the team on automation tools.</p>")

SEARCHES = "".join(f"<a href='/jobs/search-jobs?searchflowevent=jobsearchevent&searchkeyword={q}'>{q}</a> "
                   for q in ("retail jobs", "marketing", "account exec jobs", "architect",
                             "information technology", "customer support rep", "sales", "engineer"))


def page(head: str, body: str) -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def career_site_job() -> str:
    return page("<title>Other - IT Quality Assurance jobs in Buenos Aires at Northwind Telecom</title>"
                "<title>IT Quality Assurance</title>",
                MENU + "<div class='main'><h1>IT Quality Assurance</h1>"
                "<p>IT Quality Assurance | Other | Buenos Aires, B, ARGENTINA</p>" + DUTIES +
                "<p>Qualifications: a bachelor's degree, five years of test management, MS Project.</p>"
                "<h3>Popular Searches</h3>" + SEARCHES + "</div>")


def test_a_menu_of_heading_links_is_not_the_jobs_title():
    posting = parse_posting(career_site_job())
    assert posting.title == "IT Quality Assurance"


def test_a_title_naming_the_place_and_the_employer_gives_both():
    posting = parse_posting(career_site_job())
    assert posting.location == "Buenos Aires"
    assert posting.company == "Northwind Telecom"
    assert posting.page_kind == "posting"  # its popular searches and its menu list no jobs


def test_a_results_page_whose_links_name_a_place_and_a_category_is_a_list():
    rows = "".join(
        f"<tr><td><a href='/jobs/{city}/{area}/jobid{4600 + i}-{title.lower().replace(' ', '-')}/'>"
        f"<strong>{title}</strong></a><div>{'<b>Position Responsibilities</b>: ' if i >= 8 else ''}the {title} "
        f"supports customers and colleagues in our {city} office, plans the work of the week, reports to the "
        f"area manager and keeps records up to date ...</div></td>"
        f"<td>{area}</td><td>{city.title()}</td></tr>"
        for i, (city, area, title) in enumerate([
            ("irving", "sales", "Retail Sales Consultant"), ("tampa", "customer-service", "Contact Associate"),
            ("dallas", "information-technology", "Network Engineer"), ("reston", "fns", "Project Manager"),
            ("pittsburgh", "human-resources", "HR Summer Intern"), ("cary", "information-technology", "Programmer"),
            ("toronto", "network", "RF Engineer"), ("plano", "sales", "Store Manager"),
            ("ashburn", "finance", "Financial Analyst"), ("singapore", "other", "Program Manager"),
            ("leuven", "other", "Security Consultant"), ("basking-ridge", "marketing", "Marketing Manager"),
            ("irving", "information-technology", "Database Analyst"), ("tampa", "sales", "Sales Associate"),
            ("hempstead", "information-technology", "IT Student Intern"), ("richardson", "human-resources",
                                                                            "Wellness Coordinator"),
            ("marlboro", "human-resources", "Health Educator"), ("temple-terrace", "healthcare", "Personal Trainer"),
            ("new-york-city", "legal", "Assistant Counsel"), ("west-chester", "installation", "Field Manager")]))
    markup = page("<title>Search Jobs | Northwind Telecom Careers</title>",
                  MENU + "<h2>Search Results</h2><table>" + rows + "</table>")
    # each later result's snippet opens with a duties cue: a dozen short "duties" sections are the
    # list's rows, not a job open beside the list
    with pytest.raises(NoPostingFound):
        parse_posting(markup)


def test_label_rows_under_the_title_name_no_company():
    rows = ("<p class='title'>IT Support Specialist</p><dl><dt>Tracking Code</dt><dd>2011392</dd>"
            "<dt>Job Description</dt><dd><p><b>Responsibilities</b></p>" + DUTIES + "</dd><dt>Job Location</dt><dd>Midwest City, OK US</dd>"
            "<dt>Position Type</dt><dd>Full-Time/Regular</dd></dl>")
    posting = parse_posting(page("<title>Careers</title>", rows))
    assert posting.company != "Tracking Code"
    taleo = ("<table><tr><td><b>Accounts Payable Clerk</b></td></tr><tr><td>Location:</td><td>Headquarters</td></tr>"
             "<tr><td>Job Code:</td><td>103</td></tr><tr><td># of openings:</td><td>1</td></tr></table>"
             "<p><b>Responsibilities</b></p>" + DUTIES)
    posting = parse_posting(page("<title></title>", taleo))
    assert posting.location == "Headquarters"
    assert posting.company in (None, "")  # the place the job is at is no employer


def test_a_singular_responsibility_heading_names_the_duties():
    markup = page("<title>Accounts Payable Clerk</title>",
                  "<h1>Accounts Payable Clerk</h1><p><b>IV. RESPONSIBILITY</b></p><ul>"
                  "<li>Recording vendor invoices daily and applying them to purchase orders</li>"
                  "<li>Reconciling the payables ledger with the general ledger every month</li>"
                  "<li>Running the check writing cycle and obtaining signatures</li></ul>"
                  "<p><b>VII. QUALIFICATIONS AND EXPERIENCE</b></p><ul><li>Three years in accounts payable</li>"
                  "<li>Working knowledge of Excel, Word and Outlook</li></ul>")
    kinds = {s.heading: s.kind for s in parse_posting(markup).sections}
    assert kinds.get("IV. RESPONSIBILITY") == SectionKind.RESPONSIBILITIES
    assert kinds.get("VII. QUALIFICATIONS AND EXPERIENCE") == SectionKind.REQUIREMENTS


def workday_shell(description: str) -> str:
    """A Workday job page as served before its script runs: the job only in JSON-LD."""
    data = {"@context": "http://schema.org", "@type": "JobPosting", "title": "Industry Strategy Manager",
            "hiringOrganization": {"@type": "Organization", "name": "Northwind Software"},
            "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Montreal"}},
            "employmentType": "FULL_TIME", "description": description}
    return page("<title></title><script type='application/ld+json'>" + json.dumps(data) + "</script>",
                "<div id='root'><div class='spinner'>Loading...</div></div>")


FLAT = ("Position Overview Do you have a passion for media and entertainment? You will help drive our "
        "strategy for 3D content creation and work closely with product, sales and marketing teams, and our "
        "Benefits Team will answer your questions on relocation. Frequent travel is required. "
        "Responsibilities Define and articulate the strategic vision for 3D content creation to teams, "
        "executives and customers Perform deep analysis of industry trends and competitors to guide planning "
        "Represent the company at key industry events Minimum Qualifications 8-10 years of experience in the "
        "media and entertainment industry in a technical role related to 3D animation software Exceptional "
        "presentation skills with full mastery of PowerPoint Bachelor's degree Equal Employment Opportunity "
        "We are proud to be an equal opportunity employer and consider all qualified applicants without "
        "regard to race, color, religion, age, sex, sexual orientation, gender identity or disability.")


def test_a_description_flattened_to_one_line_gets_its_headings_back():
    posting = parse_posting(workday_shell(FLAT))
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds.get("Responsibilities") == SectionKind.RESPONSIBILITIES
    assert kinds.get("Minimum Qualifications") == SectionKind.REQUIREMENTS
    assert kinds.get("Equal Employment Opportunity") == SectionKind.LEGAL
    assert "Benefits Team" not in kinds  # "our Benefits Team" is no heading
    required = next(s.text for s in posting.sections if s.kind == SectionKind.REQUIREMENTS)
    assert "PowerPoint" in required and "equal opportunity" not in required

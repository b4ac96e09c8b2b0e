"""Posting fields from structured data, page titles, labels and the page around the description;
page addresses, encodings, sniffing, and the adapter data's schema."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from credstack.postings import decode, is_html, parse_posting
from credstack.postings.facts import find_employment_type, find_location, find_salary
from credstack.postings.labels import labelled_fields
from credstack.postings.sites import declared_url, load_sites, original_url
from credstack.postings.text import html_fragment_blocks, parse_html, render
from credstack.postings.titles import split_title, without_wanted

JOB_BODY = ("<h2>Requirements</h2><ul><li>3+ years of Go</li><li>PostgreSQL</li></ul>"
            "<h2>Responsibilities</h2><p>Build APIs for our payments team. You will own services end to end.</p>")
SUFFIXES = load_sites()[1]


def page(head: str = "", body: str = JOB_BODY) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("raw, known, title, company, location", [
    ("Senior Data Engineer - Austin, TX 78701 - Indeed.com", None, "Senior Data Engineer", None, "Austin, TX 78701"),
    ("Northwind hiring Data Engineer in Austin, TX | LinkedIn", None, "Data Engineer", "Northwind", "Austin, TX"),
    ("Job Application for Site Reliability Engineer at Quillfeather", None, "Site Reliability Engineer",
     "Quillfeather", None),
    ("Parcelwise - Account Executive, Mid-Market", None, "Account Executive, Mid-Market", "Parcelwise", None),
    ("Staff Accountant Job - Harbor Point - Grand Rapids, MI | Indeed.com", "Staff Accountant", "Staff Accountant",
     "Harbor Point", "Grand Rapids, MI"),
    ("Employment Opportunities - Tri-County Water", "Mechanic II", None, "Tri-County Water", None),
    ("Careers at Acme | Nurse", "Nurse", "Nurse", "Acme", None),
    ("Senior Data Engineer Job in Austin, TX - Northwind | CareerBuilder.com", None, "Senior Data Engineer",
     "Northwind", "Austin, TX"),
    # an older career site: the employer after "opportunities with", parts split by colons alone
    ("Find job and career opportunities with Lakeside University", "Adjunct Faculty", None, "Lakeside University",
     None),
    ("Northgate: Careers: Career Opportunities", "Course Instructor", None, "Northgate", None),
    ("Senior Engineer: Platform | Acme", None, "Senior Engineer: Platform", "Acme", None),
    # generic parts and a list's title name neither the job nor the company
    ("Harbor Homes - Job details", "Door Attendant", None, "Harbor Homes", None),
    ("채용정보 상세 | 채용정보 상세검색 | 일자리 찾기", None, None, None, None),
    # "Title - X - Place" where X qualifies the job (a lone letter, a unit with its site in brackets):
    # part of the title, never the company; a short name still can be the employer
    ("Tutor or Teacher - R - Chicago, IL 60611", None, "Tutor or Teacher - R", None, "Chicago, IL 60611"),
    ("Nurse Aide / CNA - Med/Surg (Reno, NV) - Reno, NV", None, "Nurse Aide / CNA - Med/Surg (Reno, NV)", None,
     "Reno, NV"),
    ("Field Engineer - GE - Austin, TX", None, "Field Engineer", "GE", "Austin, TX"),
    # a registered name alone beside a generic part is the employer, never the job
    ("Harbour Foods Companies Inc - Job details", None, None, "Harbour Foods Companies Inc", None),
])
def test_page_titles_split_into_fields(raw, known, title, company, location):
    assert split_title(raw, SUFFIXES, known_title=known) == {"title": title, "company": company, "location": location}


def test_title_prefers_the_heading_that_names_a_job():
    body = ("<header class='site-header'><h1 class='site-title'>Acme Foods</h1></header>"
            "<main><h1>Join our team</h1><h2>Forklift Operator</h2>" + JOB_BODY + "</main>")
    posting = parse_posting(page("<title>Forklift Operator | Acme Foods Careers</title>", body))
    assert posting.title == "Forklift Operator" and posting.company == "Acme Foods"


def test_json_ld_fills_fields_and_the_page_fills_its_gaps():
    data = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Welder",
            "description": "<p>Weld frames for trailers.</p><ul><li>MIG welding</li><li>Read blueprints</li></ul>",
            "jobLocation": {"@type": "Place", "address": {"addressLocality": "Elkhart", "addressRegion": "IN"}}}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script><meta property='og:site_name' " \
           "content='Hoosier Trailers'>"
    posting = parse_posting(page(head, "<h1>Welder</h1><p>Loading...</p>"))
    assert (posting.title, posting.company, posting.location) == ("Welder", "Hoosier Trailers", "Elkhart, IN")
    assert "- MIG welding" in posting.description


def test_json_ld_numbered_address_keys_and_an_other_employment_type():
    """A board writes "addressRegion1", and "OTHER" as the employment type while the page prints
    the schedule: the region is read, and the page's own words give the type."""
    data = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Welder", "employmentType": ["OTHER"],
            "description": "<p>Weld frames for trailers.</p><ul><li>MIG welding</li><li>Read blueprints</li></ul>",
            "jobLocation": {"@type": "Place", "address": {"addressLocality": "Elkhart", "addressRegion1": "IN",
                                                          "addressCountry": "US"}}}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    body = "<h1>Welder</h1><div><h2>Job details</h2><p>Job type</p><p>Part-time</p></div>"
    posting = parse_posting(page(head, body))
    assert posting.location == "Elkhart, IN, US"
    assert posting.employment_type == "Part-time"


def test_json_ld_summary_gives_way_to_the_full_page_text():
    data = {"@type": "JobPosting", "title": "Cook", "description": "Cook at our diner on Main Street. Apply today!"}
    body = ("<h1>Cook</h1><div class='job'><p>Cook at our diner on Main Street. Apply today!</p>"
            "<h3>Duties</h3><ul><li>Prepare breakfast and lunch orders on the flat-top grill</li>"
            "<li>Keep the line stocked and clean through every shift</li></ul><h3>Requirements</h3>"
            "<ul><li>One year of short-order cooking experience in a busy diner</li>"
            "<li>Food handler card and reliable transportation</li></ul></div>")
    posting = parse_posting(page(f"<script type='application/ld+json'>{json.dumps(data)}</script>", body))
    assert "flat-top grill" in posting.description and "Food handler card" in posting.description


def test_microdata_posting():
    body = ("<div itemscope itemtype='https://schema.org/JobPosting'><h1 itemprop='title'>Baker</h1>"
            "<span itemprop='hiringOrganization' itemscope itemtype='https://schema.org/Organization'>"
            "<span itemprop='name'>Crumb &amp; Co</span></span>"
            "<span itemprop='jobLocation' itemscope><span itemprop='address' itemscope>"
            "<span itemprop='addressLocality'>Bend</span><span itemprop='addressRegion'>OR</span></span></span>"
            "<div itemprop='description'><p>Bake bread from 4am.</p><ul><li>Sourdough experience</li></ul></div></div>")
    posting = parse_posting(page("", body))
    assert (posting.title, posting.company, posting.location) == ("Baker", "Crumb & Co", "Bend, OR")
    assert "Sourdough" in posting.description


@pytest.mark.parametrize("fragment", [
    "&lt;p&gt;Hello&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;",
    "&amp;lt;p&amp;gt;Hello&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Go&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;",
    "<p>Hello</p><ul><li>Go</li></ul>",
])
def test_escaped_descriptions(fragment):
    assert render(html_fragment_blocks(fragment)) == "Hello\n\n- Go"


def test_text_descriptions_keep_their_lines():
    assert render(html_fragment_blocks("Hello &amp; welcome\n• Go\n• Rust")) == "Hello & welcome\n\n- Go\n- Rust"


@pytest.mark.parametrize("text, salary", [
    ("Pay: $42 - $50 an hour", "$42 - $50 an hour"),
    ("$110K/yr - $135K/yr", "$110K/yr - $135K/yr"),
    ("£45,000 to £55,000 per annum", "£45,000 to £55,000 per annum"),
    ("Base salary of $95,000 plus bonus", "$95,000"),
])
def test_stated_pay(text, salary):
    assert find_salary(text, in_prose=True) == salary


@pytest.mark.parametrize("text", ["Hit a quarterly quota of $300K in new ARR", "a $500 home office stipend"])
def test_money_that_is_not_pay(text):
    assert find_salary(text, in_prose=True) is None


@pytest.mark.parametrize("text, place", [
    ("Sales Representative - Dayton, OH 45402", "Dayton, OH 45402"), ("Winston-Salem, NC", "Winston-Salem, NC"),
    ("based in London, UK", "London, UK"), ("Python, SQL and Go", None),
    ("Bengaluru, Karnataka, India", "Bengaluru, Karnataka, India"),
    ("London, England, United Kingdom", "London, England, United Kingdom"),
    ("São Paulo, SP, Brasil · Full-time", "São Paulo, SP, Brasil"), ("Zürich, Switzerland", "Zürich, Switzerland"),
    ("Frankfurt am Main, Germany", "Frankfurt am Main, Germany"), ("Dublin 2, Ireland", "Dublin 2, Ireland"),
    ("Sydney NSW 2000", "Sydney NSW 2000"), ("Experience with Python, Java or Scala, Germany-based teams", None),
    # an imaging department's modalities are no Connecticut town; a town in capitals still is one
    ("assist with clinical fluoroscopy, US, CT and mobile x-ray imaging", None), ("RENO, NV 89501", "RENO, NV 89501"),
])
def test_locations(text, place):
    assert find_location(text) == place


def test_header_facts_come_from_the_job_not_the_result_list():
    body = ("<ul class='results'><li><a href='/j/1'>Cashier</a> Dollar Barn — Tulsa, OK — Part-time</li></ul>"
            "<h1>Store Manager</h1><div class='facts'><span>Broken Arrow, OK</span><span>Full-time</span>"
            "<span>$58,000 a year</span></div><div class='job'>" + JOB_BODY + "</div>")
    posting = parse_posting(page("<title>Store Manager</title>", body))
    assert (posting.location, posting.employment_type, posting.salary) == ("Broken Arrow, OK", "Full-time",
                                                                           "$58,000 a year")


def test_labelled_facts_in_a_sidebar():
    body = ("<h1>Line Mechanic</h1><div class='main'>" + JOB_BODY + "</div><div class='summary'><dl>"
            "<dt>Company</dt><dd>Prairie Air</dd><dt>Location</dt><dd>Wichita, KS</dd><dt>Job Type</dt>"
            "<dd>Contract</dd></dl></div>")
    posting = parse_posting(page("<title>Line Mechanic</title>", body))
    assert (posting.company, posting.location, posting.employment_type) == ("Prairie Air", "Wichita, KS",
                                                                            "Contract")


def test_page_address_from_the_page_itself():
    markup = ("<!-- saved from url=(0040)https://www.indeed.com/viewjob?jk=abc123 -->\n<html><head>"
              "<link rel='canonical' href='https://example.com/other'></head><body></body></html>")
    assert declared_url(markup, parse_html(markup)) == "https://www.indeed.com/viewjob?jk=abc123"
    markup = "<html><head><meta property='og:url' content='https://jobs.lever.co/acme/1'></head></html>"
    assert declared_url(markup, parse_html(markup)) == "https://jobs.lever.co/acme/1"
    assert original_url("https://web.archive.org/web/20110815093012/http://jobview.monster.com/x.aspx") == \
        "http://jobview.monster.com/x.aspx"


def test_site_from_a_saved_page_without_a_url():
    markup = "<!-- saved from url=(0040)https://www.indeed.com/viewjob?jk=abc123 -->\n" + page("<title>Cook</title>")
    posting = parse_posting(markup)
    assert posting.site == "indeed" and posting.url.startswith("https://www.indeed.com/")


@pytest.mark.parametrize("data", [
    "\ufeffCafé résumé — naïve".encode("utf-8"),
    "Café résumé — naïve".encode(),
    b"<meta charset='iso-8859-1'>" + "Café résumé — naïve".encode(),  # declared latin-1, sent UTF-8
    b"<meta charset='iso-8859-1'>" + "Café résumé — naïve".encode("cp1252"),
    b"<meta charset='utf-8'>" + "Café résumé — naïve".encode("cp1252"),  # declared one, used another
])
def test_encodings(data):
    assert "Café résumé — naïve" in decode(data)


@pytest.mark.parametrize("text, markup", [
    ("<p>Hello</p>", True), ("  <!DOCTYPE html><html>", True), ("Title\n<b>Req</b><ul><li>x</li></ul>", True),
    ("<ORGANIZATION> is hiring\nRequirements", False),
    ("Frontend developer\nYou know semantic <section> and <article>\nRequirements", False),
])
def test_text_or_html_by_sniffing(text, markup):
    assert is_html(text) is markup


def test_text_that_names_a_tag_keeps_its_lines():
    posting = parse_posting("Frontend Developer\nRequirements\n- Semantic <section> and <article> markup\n- CSS\n")
    assert posting.site == "text" and "- CSS" in posting.description


def test_site_data_schema():
    data = json.loads((resources.files("credstack") / "data" / "postings_sites.json").read_text("utf-8"))
    sites, suffixes = load_sites()  # every selector and host pattern compiles
    names = [s["name"] for s in data["sites"]]
    assert len(names) == len(set(names)) and len(sites) == len(names) and suffixes
    for site in sites:
        assert site.description, site.name
        assert all(name for _, name in site.detect), site.name  # each has a name to pre-check


@pytest.mark.parametrize("text, kind", [
    ("Negotiate contract terms with suppliers and manage vendor contracts.", None),
    ("This is a 6-month contract with a view to extension.", "Contract"),
    ("Contract-to-hire role for a senior analyst.", "Contract"),
    ("We offer full-time and part-time schedules.", "Full-time"),
])
def test_employment_type_in_prose(text, kind):
    assert find_employment_type(text, in_prose=True) == kind


@pytest.mark.parametrize("place", ["Singapore", "Germany"])
def test_a_byline_part_that_is_only_a_country_is_the_location(place):
    page = ("<html><head><title>Backend Engineer - Acme Ltd</title></head><body><main><h1>Backend Engineer</h1>"
            f"<div><span>Acme Ltd</span> · <span>{place}</span> · <span>Full-time</span></div>"
            "<h2>Requirements</h2><ul><li>3+ years of experience with Python</li><li>Strong SQL skills</li></ul>"
            "</main></body></html>")
    posting = parse_posting(page)
    assert (posting.location, posting.company) == (place, "Acme Ltd")


def test_a_label_in_two_parts_takes_the_next_line_as_its_value():
    """"Location: City" / "New York" (an old applicant tracker's table): the place, not "City"."""
    blocks = html_fragment_blocks("<p>Location: City</p><p>New York</p><p>Location: State</p><p>New York</p>")
    assert labelled_fields(blocks)["location"] == "New York"


def test_a_label_value_table_names_the_job_posting_title():
    """An old ATS page: no headings, the title in a "Job Posting Title" row of a label/value table,
    the employer's registered name in the <title>."""
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in (
        ("Job Posting Title", "Seasonal Receiver/Stocker Overnight"), ("Job ID", "10231BR"),
        ("Location Name", "Egg Harbor Township, NJ"),
        ("Job Description", "Position Description Responsible for safe, accurate and efficient receiving and stocking "
                            "of freight. Job Requirements Ability to operate fork lifts and pallet jacks.")))
    posting = parse_posting(page("<title>Harbour Foods Companies Inc - Job details</title>",
                                 f"<a href='/'>Home</a><a href='/search'>Search openings</a><table>{rows}</table>"))
    assert posting.title == "Seasonal Receiver/Stocker Overnight"
    assert posting.company == "Harbour Foods Companies Inc"


@pytest.mark.parametrize("byline, company, location", [
    ("Harbour Freight Pty Ltd - Hoxton Park NSW", "Harbour Freight Pty Ltd", "Hoxton Park NSW"),
    ("Brightside Recruitment - Croydon, Surrey", "Brightside Recruitment", "Croydon, Surrey"),
    ("Midhurst, West Sussex", None, "Midhurst, West Sussex"),
    ("Cheshire", None, "Cheshire"),
    ("Harbour Legal - Brisbane QLD(Hybrid)", "Harbour Legal", "Brisbane QLD (Hybrid)"),  # the mode is no place
])
def test_a_byline_place_known_by_its_country_is_the_location(byline, company, location):
    """A pasted posting's second line "Employer - Town STATE" or "Town, County": Australian towns are
    written with their state's code and no comma, British ones with their county."""
    posting = parse_posting(f"Warehouse Assistant\n{byline}\n\nRequirements:\n- Forklift experience\n- Stock control\n")
    assert (posting.company, posting.location) == (company, location)


@pytest.mark.parametrize(("raw", "title", "place"), [
    ("MedienpädagogIn in München gesucht", "MedienpädagogIn", "München"),
    ("Pflegefachkraft (m/w/d) ab sofort gesucht!", "Pflegefachkraft (m/w/d)", None),
    ("Erzieher (m/w/d) in Bad Tölz ab sofort gesucht", "Erzieher (m/w/d)", "Bad Tölz"),
    # only "in" names the place: "für" and "nach" name other things, and a contract is no place
    ("Koch für Restaurant gesucht", "Koch für Restaurant", None),
    ("Mitarbeiter nach Vereinbarung gesucht", "Mitarbeiter nach Vereinbarung", None),
    ("Pflegekraft in Teilzeit gesucht", "Pflegekraft in Teilzeit", None),
    # no "gesucht": the title is left as it is, English "wanted" included
    ("Bar staff wanted - Casual", "Bar staff wanted - Casual", None),
    ("Gesucht: Elektriker", "Gesucht: Elektriker", None),
])
def test_a_german_wanted_headline_gives_the_job_and_its_place(raw, title, place):
    assert without_wanted(raw) == (title, place)


@pytest.mark.parametrize(("text", "kind"), [
    ("Wir suchen eine Erzieherin in Teilzeitanstellung (60%), befristet auf ein Jahr.", "Part-time"),
    ("Eine Vollzeitstelle, unbefristet.", "Full-time"),
])
def test_german_compound_employment_words(text, kind):
    assert find_employment_type(text, in_prose=True) == kind


def test_a_sentence_over_a_labelled_title_stays_in_the_text():
    posting = parse_posting("Acme Foods is a family bakery.\nJob title:\nBaker\nRequirements:\n- Early starts\n"
                            "- Food hygiene certificate\n")
    assert posting.title == "Baker"
    assert "Acme Foods is a family bakery." in posting.description


def test_structured_full_time_gives_way_to_a_stated_part_time_post():
    page = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Receptionist", '
            '"employmentType": "FULL_TIME", "hiringOrganization": {"name": "Elm Surgery"}, "description": '
            '"<p>This position is part-time hours (up to 16 a week).</p><h3>Requirements</h3><ul><li>Reception '
            'experience</li></ul>"}</script></head><body></body></html>')
    assert parse_posting(page).employment_type == "Part-time"
    either = page.replace("This position is part-time hours", "Full-time or part-time positions available")
    assert parse_posting(either).employment_type == "Full-time"


@pytest.mark.parametrize("sentence, kind", [
    # batch p14: an ambulance trust's "either a full or part time position" overruled its FULL_TIME
    ("This can be either a full or part time position but not bank at this time.", "Full-time"),
    ("We offer full/part-time contracts to suit you.", "Full-time"),
    ("The post is part time hours, Monday to Wednesday.", "Part-time"),  # the post's own hours
])
def test_a_full_time_option_in_a_shared_ending_keeps_the_structured_full_time(sentence, kind):
    page = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Triage Nurse", '
            '"employmentType": "FULL_TIME", "hiringOrganization": {"name": "Elm Ambulance Service"}, "description": '
            f'"<p>{sentence}</p><h3>Requirements</h3><ul><li>Registered nurse or paramedic</li></ul>"}}</script>'
            '</head><body></body></html>')
    assert parse_posting(page).employment_type == kind

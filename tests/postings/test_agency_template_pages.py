"""Traits of a UK staffing agency's job pages (bench/nontech_real batch 103, the site's templates),
each reproduced in a page written here: every part of the job in its own styled block (an intro, a
facts table, each list under its own heading), so the densest block, one list, was all the parser
read; a page whose list of duties had a heading the parser did not know ("Responsible for") was
refused as no posting, and one with a known heading lost the skills asked under the next."""

from __future__ import annotations

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind
from credstack.postings.sections import classify

ITEMS = "".join(f'<li><i class="fa fa-caret-right"></i> {t}</li>' for t in (
    "To prepare, cook foods at open grill and run a service inside the restaurant kitchen.",
    "To manage your given section in a clean tidy and efficient manner.",
    "To learn new dishes and strive to be the leading edge in food fashion.",
    "Maintaining very high standards of hygiene.",
    "Must have experience in all sections of the kitchen.",
    "A Minimum of 3 to 5 Years checkable work history needed for this position."))


def _page(title: str, heading: str, extra: str = "") -> str:
    return f"""<html><head><title>Workers Direct</title></head><body>
<nav><a href="/">Home</a> <a href="/jobs">Jobs</a> <a href="/contact">Contact</a></nav>
<div class="jp_tittle_main_wrapper"><div class="container"><h1>{title}</h1></div></div>
<div class="aboutus_section"><div class="container"><div class="row">
 <div class="col-lg-12"><div class="about_text_wrapper"><div class="section_heading section_2_heading">
  <h2>{title}</h2></div></div></div>
 <div class="col-lg-12"><div class="about_text_wrapper">
  <div class="section_heading section_2_heading row"><div class="col-lg-12">
   <p style="margin: 0;">Two experienced chefs required for a newly opened restaurant in Peckham.</p>
   <p style="margin: 0;">Must have previous experience as a chef.</p></div>
   <div class="col-lg-12"><table class="table"><tr><th>Job Location</th><td>Peckham, SE15</td></tr>
   <tr><th>Job Duration</th><td>Permanent</td></tr><tr><th>Wages</th><td>From £12K to 18K</td></tr></table></div>
  </div>
  <div class="section_heading section_2_heading margin-top-60">
   <div class="section_heading section_2_heading"><h4>{heading}</h4></div>
   <div class="col-md-12"><ul>{ITEMS}</ul></div>
  </div>
  {extra}
 </div></div>
</div></div></div>
<footer>© Workers Direct</footer></body></html>"""


SKILLS = """<div class="col-md-12"><div class="section_heading section_2_heading">
 <h4>An ideal Candidate Must have <span>Following Skills</span></h4></div>
 <div><ul><li>NVQ Level 2 in Food Hygiene</li><li>Working knowledge of HACCP</li>
 <li>Able to work under pressure</li></ul></div></div>"""


def test_duties_under_a_responsible_for_heading_are_a_posting():
    posting = parse_posting(_page("Grill Chef", "Responsible <span>for</span>"))
    assert posting.title == "Grill Chef" and posting.location == "Peckham, SE15"
    assert any(s.kind == SectionKind.RESPONSIBILITIES and "open grill" in s.text for s in posting.sections)
    assert classify("Responsible for") == classify("You will be responsible for:") == SectionKind.RESPONSIBILITIES
    assert classify("Objectives and Key Tasks") == SectionKind.RESPONSIBILITIES
    assert classify("Directly responsible to") is None  # whom the post reports to


def test_a_heading_the_parser_does_not_know_still_gives_the_page_its_job():
    posting = parse_posting(_page("Grill Chef", "What the day <span>looks like</span>"))
    assert "open grill" in posting.description and "Two experienced chefs" in posting.description


def test_the_skills_asked_under_their_own_block_join_the_duties():
    posting = parse_posting(_page("Grill Chef", "Objectives and <span>Key Tasks</span>", SKILLS))
    kinds = {s.kind: s.text for s in posting.sections}
    assert "open grill" in kinds[SectionKind.RESPONSIBILITIES]
    assert "HACCP" in kinds[SectionKind.REQUIREMENTS]


def test_a_wider_description_stops_at_a_search_pages_facets():
    """Widening the main content stops where a search page's facets start ("IT Jobs (1254)", "Part-time
    (514)"): they read like job words, and the theme's job list page had been taken for a posting."""
    from credstack.postings import content
    from credstack.postings.page import _wider_description
    from credstack.postings.text import parse_html

    facets = "".join(f"<p><label>{name} <span>({n})</span></label></p>" for name, n in (
        ("Engineering Jobs", 514), ("IT Jobs", 1254), ("Part-time", 514), ("Contract", 554), ("Temporary", 1254)))
    markup = ("<html><body><div class='wrap'><div class='side'><h4>Jobs by Category</h4>" + facets + "</div>"
              "<div class='main'><div class='card'><p>Webstrot Technology Ltd. is hiring a junior developer with "
              "salary and benefits for the role.</p></div></div></div></body></html>")
    root = parse_html(markup)
    assert _wider_description(root, content.Boilerplate(content.body_of(root)), set()) is None

"""Traits of job boards met on real pages (batch h23g): a board's entry kept as markdown, and a
list of job cards beside sign-in and job-alert forms. Synthetic fixtures, one per trait."""

from __future__ import annotations

import pytest

from credstack.postings import NoDescription, NoPostingFound, parse_posting
from credstack.postings.model import SectionKind

MARKDOWN_ENTRY = """# [Chargé de maintenance H/F](https://board.example/apply/charge-de-maintenance)
### Vernelec
#### `💰 Not specified` `🌎 Remote,Lyon, France`

### **Company Description**

Vernelec conçoit et entretient des installations électriques pour l'industrie depuis 1987.

###  **Job Description**

  * Assurer la maintenance préventive et corrective des équipements
  * Diagnostiquer les pannes électriques et mécaniques

###  **Qualifications**

  * Bac+2 en maintenance industrielle ou électrotechnique
  * Habilitation électrique

## CLICK TO [APPLY](https://board.example/apply/charge-de-maintenance)
"""


def test_a_markdown_entry_reads_as_its_text():
    posting = parse_posting(MARKDOWN_ENTRY)
    assert posting.title == "Chargé de maintenance H/F"  # the link's text, not its address
    assert posting.company == "Vernelec"
    assert "Lyon, France" in posting.location and "`" not in posting.location
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds["Company Description"] == SectionKind.ABOUT_COMPANY  # "### **...**": no stars left
    assert kinds["Job Description"] == SectionKind.RESPONSIBILITIES
    assert kinds["Qualifications"] == SectionKind.REQUIREMENTS
    assert "https://" not in posting.description and "CLICK TO" not in posting.description  # the apply button


@pytest.mark.parametrize("line, kept", [
    ("Send your CV to jobs@example.com and we will answer within a week.", True),
    ("Apply now", False), ("Click here to apply »", False), ("Apply for this job", False),
])
def test_only_an_apply_button_ending_the_text_is_dropped(line, kept):
    text = MARKDOWN_ENTRY.rsplit("\n## CLICK TO", 1)[0] + "\n" + line + "\n"
    assert (line.rstrip(" »") in parse_posting(text).description) is kept


def test_an_apply_call_inside_the_text_stays():
    text = MARKDOWN_ENTRY.replace("###  **Qualifications**", "Apply now\n\n###  **Qualifications**")
    assert "Apply now" in parse_posting(text).description


def test_a_backtick_apostrophe_is_no_code_span():
    text = "Night Porter\n\nYou`ll check guests in and out and keep the lobby safe at night, you`ll " \
           "also handle deliveries.\n\nRequirements\n- Two years in a hotel\n- Good English\n"
    assert "You'll check guests in" in parse_posting(text).description


CARD = ('<li class="card"><a href="/jobs/{n}-{slug}"><h3>{title}</h3><span>Rekrutacja online</span>'
        '<span>{company}</span><span>Wrocław</span><span>Java</span></a></li>')  # a whole card is one link
MODALS = ('<form action="/subscriptions" id="job-alert"><input type="text" name="subscription[city]">'
          '<input type="text" name="subscription[technology][]"><input type="email" name="subscription[email]">'
          '<textarea name="g-recaptcha-response"></textarea></form>'
          '<form action="/users/sign_in"><input type="email" name="user[email]">'
          '<input type="password" name="user[password]"></form>'
          '<form action="/users/password"><input type="email" name="user[email]"></form>')


def test_job_cards_beside_sign_in_and_alert_forms_are_a_list_not_a_form():
    cards = "".join(CARD.format(n=100 + i, slug=f"role-{i}", title=f"Programista {i}", company=f"Firma {i}")
                    for i in range(12))
    page = f"<html><head><title>Oferty pracy z IT</title></head><body><ul>{cards}</ul>{MODALS}</body></html>"
    with pytest.raises(NoPostingFound) as info:
        parse_posting(page)
    assert not isinstance(info.value, NoDescription)
    assert "lists several jobs" in info.value.reason


def test_an_application_form_is_still_a_form():
    fields = "".join(f'<label>{n}</label><input type="text" name="{n}">' for n in
                     ("first_name", "last_name", "phone", "city"))
    page = (f"<html><body><h1>Apply: Warehouse Operative</h1><form action='/apply'>{fields}"
            "<input type='file' name='resume'></form></body></html>")
    with pytest.raises(NoDescription):
        parse_posting(page)


REQS = "\n\nRequirements\n- Two years in a warehouse\n- Forklift licence\n\nResponsibilities\n- Pick and pack orders\n"


def test_pictographs_label_place_and_pay():
    posting = parse_posting("Fleet Coordinator\n### Nordlager\n#### `💰 $52,000 – $61,000` `🌎 USA - Remote`" + REQS)
    assert posting.location == "USA - Remote"  # the place after 🌎, not "Remote" alone
    assert posting.salary and "52,000" in posting.salary


def test_a_place_ending_the_title_line_is_not_its_employer():
    posting = parse_posting("# Lagerhelfer (m/w/d) | Deutschland\n### Nordlager Logistik\n" + REQS)
    assert posting.title == "Lagerhelfer (m/w/d) | Deutschland"
    assert posting.company == "Nordlager Logistik"


def test_a_company_still_ends_a_title_line():
    posting = parse_posting("Lagerhelfer (m/w/d) | Nordlager Logistik\n" + REQS)
    assert posting.title == "Lagerhelfer (m/w/d)" and posting.company == "Nordlager Logistik"


@pytest.mark.parametrize("line, company", [("### ília", "ília"), ("pick and pack in a modern warehouse", None)])
def test_a_lower_case_brand_alone_on_a_heading_line(line, company):
    assert parse_posting(f"# Warehouse Operative\n{line}\n" + REQS).company == company


def test_a_camel_case_name_written_the_same_way_twice_is_not_split():
    text = ("Channel Account Manager\n### BrightPath\n\nBrightPath builds firewalls for small businesses. You will grow "
            "BrightPath's reseller network across the region." + REQS)
    posting = parse_posting(text)
    assert posting.company == "BrightPath" and "grow BrightPath's reseller network" in posting.description


def _kinds(text: str) -> dict[str, SectionKind]:
    return {s.heading: s.kind for s in parse_posting(text).sections}


def test_an_equal_treatment_notice_under_a_kindless_heading_is_legal():
    kinds = _kinds("Technicien de maintenance\n### Vernelec" + REQS + "\n### **Additional Information**\n\n"
                   "Nous nous engageons au respect de l'égalité de traitement entre les candidats.\n\n"
                   "Tous nos postes sont ouverts aux personnes en situation de handicap.\n")
    assert kinds["Additional Information"] == SectionKind.LEGAL


def test_a_kindless_heading_over_other_text_stays_other():
    kinds = _kinds("Technicien de maintenance\n### Vernelec" + REQS + "\n### **Additional Information**\n\n"
                   "Le poste est basé à Lyon, avec des déplacements ponctuels en Rhône-Alpes.\n")
    assert kinds["Additional Information"] == SectionKind.OTHER


def test_topics_under_a_lead_in_heading_keep_its_kind():
    kinds = _kinds("Partnerships Manager\n### Northbeam\n\n**Key responsibilities:**\n**Strategic Alliances**\n"
                   "• Build a pipeline of technology partners\n• Track each partnership's results\n\n"
                   "**Analyst Relations**\n• Brief industry analysts every quarter\n\n"
                   "**Key skills:**\n• Five years in business development\n")
    assert kinds["Strategic Alliances"] == kinds["Analyst Relations"] == SectionKind.RESPONSIBILITIES
    assert kinds["Key skills"] == SectionKind.REQUIREMENTS


def test_a_container_heading_reads_as_what_it_holds():
    kinds = _kinds("Full Stack Engineer\n### Ninabyte" + REQS + "\n### **Additional Information**\n\nCosa Offriamo:\n\n"
                   "  * Remote working\n  * Stock options\n")
    assert kinds["Additional Information"] == kinds["Cosa Offriamo"] == SectionKind.BENEFITS


@pytest.mark.parametrize("heading, kind", [
    ("Das bieten wir Dir:", SectionKind.BENEFITS), ("Les avantages à nous rejoindre :", SectionKind.BENEFITS),
    ("Benefícios e incentivos:", SectionKind.BENEFITS), ("Cosa offriamo", SectionKind.BENEFITS),
    ("Sobre a empresa", SectionKind.ABOUT_COMPANY), ("Chi siamo", SectionKind.ABOUT_COMPANY),
    ("An ideal candidate also has:", SectionKind.PREFERRED), ("Additional points for:", SectionKind.PREFERRED),
    ("Costituiscono un plus:", SectionKind.PREFERRED), ("Noch offene Fragen?", SectionKind.HOW_TO_APPLY),
    ("The ideal candidate has:", SectionKind.REQUIREMENTS),
])
def test_section_cues_in_more_wordings(heading, kind):
    from credstack.postings.sections import classify
    assert classify(heading) == kind


def test_bold_headings_as_boards_mangle_them():
    text = ("Soudeur H/F\n### Atelier Rhône\n\n🚀 **Vos missions :**\n\n  * Souder des structures en acier\n"
            "  * Contrôler les soudures\n\n🎯 **Profil recherché** ****\n\nCAP soudure et deux ans d'expérience.\n\n"
            "**Será um extra se você tiver:  \n**\n\n  * Habilitation TIG\n")
    kinds = _kinds(text)
    assert kinds["Vos missions"] == SectionKind.RESPONSIBILITIES  # the pictograph before the bold is no part of it
    assert kinds["Profil recherché"] == SectionKind.REQUIREMENTS  # "****" after it: bold around nothing
    assert "Será um extra se você tiver" in kinds  # its closing stars on the next line


def test_masked_digits_keep_their_stars():
    posting = parse_posting("Dental Nurse\n\nSALARY & BENEFITS: **** GBP/hr, experience with Kodak R**** software."
                            + REQS)
    assert "BENEFITS: ** GBP/hr" in posting.description and "Kodak R** software" in posting.description


@pytest.mark.parametrize("body, kind", [
    ("  * Formations tout au long du parcours\n  * Ordinateur et téléphone portables\n  * Tickets restaurant\n",
     SectionKind.BENEFITS),
    ("Vous rejoindrez une société suisse reconnue pour la qualité de son accompagnement et la fidélité de ses "
     "clients, avec de réelles perspectives d'évolution.\n", SectionKind.ABOUT_COMPANY),
])
def test_why_join_over_a_list_of_perks_is_benefits(body, kind):
    kinds = _kinds("Soudeur H/F\n### Atelier Rhône" + REQS + "\n### Pourquoi rejoindre Atelier Rhône ?\n\n" + body)
    assert kinds["Pourquoi rejoindre Atelier Rhône ?"] == kind


def test_a_careers_home_of_menus_says_so():
    places = "".join(f"<option>City {i}, Country {i}</option>" for i in range(40))  # a search form's pickers
    teams = "".join(f"<option>Team number {i}</option>" for i in range(12))
    page = (f"<html><head><title>Example Deals Careers</title></head><body><div class='header'><form class='search'>"
            f"<label>Choose a location<select>{places}</select></label><label>Choose a team<select>{teams}</select>"
            "</label><button>Search</button></form></div>"
            "<footer><a href='/privacy'>Privacy policy</a> <a href='/terms'>Terms of use</a> "
            "<a href='/cookies'>Cookie policy</a></footer></body></html>")
    with pytest.raises(NoPostingFound) as info:
        parse_posting(page)
    assert "menus and links" in info.value.reason


def test_a_script_shell_is_still_loading():
    page = ("<html><body><div id='app'></div><script>window.__STATE__ = " + '{"a": "' + "x" * 5000 + '"}'
            + "</script></body></html>")
    with pytest.raises(NoPostingFound) as info:
        parse_posting(page)
    assert "no readable text" in info.value.reason


@pytest.mark.parametrize("items, kind", [
    (["Work Life Balance – flexible Arbeitszeiten und mobiles Arbeiten", "Fit and relaxed – mit EGYM Wellpass",
      "Enjoy biking – Dienstradleasing", "IT Communities – Wissensaustausch"], SectionKind.BENEFITS),
    (["Graduation with a medical specialization", "Experience with health and safety programs",
      "Member of an Employment Equity group", "Knowledge of physical health measures"], SectionKind.OTHER),
])
def test_a_list_of_perks_under_a_kindless_heading_is_benefits(items, kind):
    listed = "".join(f"  *  {item}\n" for item in items)
    kinds = _kinds("Applikationsentwickler\n### Nordwerk" + REQS + "\n### **Additional Information**\n\n" + listed)
    assert kinds["Additional Information"] == kind


@pytest.mark.parametrize("paragraph, kind", [
    ("Compensation varies based on location. The starting pay range is $80,000 – $95,000 a year.", SectionKind.BENEFITS),
    ("The Company also offers a comprehensive benefits program: medical, dental, mental health support.",
     SectionKind.BENEFITS),
    ("Experience with Salesforce reporting is a strong advantage for this role.", SectionKind.REQUIREMENTS),
])
def test_pay_paragraphs_after_the_skills_list_are_no_skills(paragraph, kind):
    posting = parse_posting("Partnerships Manager\n### Northbeam\n\n**Key skills:**\n• Strategic thinker\n"
                            "• Excellent written communication\n\n" + paragraph + "\n")
    assert next(s.kind for s in posting.sections if paragraph[:30] in s.text) == kind

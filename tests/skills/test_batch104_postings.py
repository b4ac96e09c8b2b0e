"""What batch 104's real postings (bench/nontech_real.py --split held-occ94: a 2013 US job board's web
developers, designers, art and technical directors and support representatives) and the misses they led back
to showed. Synthetic postings, with controls."""

from __future__ import annotations

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def names(text: str, kind: TextKind = TextKind.REQUIREMENTS) -> set[str]:
    return {s.name for s in extract_skills([TextSection(kind, text)], load_vocabulary()).skills}


@pytest.mark.parametrize("text", [
    "Hands-on command of design and page layout software such as Flash, Fireworks, Photoshop, Illustrator.",
    "Build Flash banners and HTML5 ads for our web campaigns.",
])
def test_flash_beside_design_or_web_words_is_the_animation_tool(text):
    """An art director's and an e-commerce developer's posting asked for Flash by that name alone; the
    vocabulary knew it only as 'Adobe Flash' (an alias of Adobe Animate, its name since 2016)."""
    assert "Adobe Animate" in names(text)


@pytest.mark.parametrize("text", [
    "Flash sales experience in retail is a plus.",
    "Flash memory and USB drives must be encrypted.",
    "Complete arc flash safety training.",
    "Flash cards help with learning.",  # no design or software word near it
])
def test_flash_as_an_ordinary_word_is_no_tool(text):
    assert "Adobe Animate" not in names(text)


@pytest.mark.parametrize("text, employer", [
    ("MailChimp is seeking tech-support geeks who can write to users in Spanish.", "MailChimp"),
    ("Thank you for your interest. Salesforce is currently hiring support engineers.", "Salesforce"),
    ("Slack is looking for a support lead.", "Slack"),
])
def test_a_known_name_that_is_seeking_or_hiring_is_the_employer(text, employer):
    """A support advert opened 'MailChimp is seeking tech-support geeks': the product the vocabulary knows
    was read as a skill asked. A name that seeks or hires is the employer, whatever else it names."""
    from credstack.skills.employer import employer_names
    assert employer in employer_names(None, [text], lambda name: True)


def test_a_known_name_asked_for_stays_a_skill():
    from credstack.skills.employer import employer_names
    assert employer_names(None, ["Python is a must. Experience with Slack is a plus."], lambda name: True) == []


@pytest.mark.parametrize("text", ["Customer is looking for a qualified senior ETL tester.",
                                  "Client is seeking an experienced bookkeeper."])
def test_an_agency_s_unnamed_client_is_no_name(text):
    from credstack.skills.employer import employer_names
    assert employer_names(None, [text], lambda name: True) == []


@pytest.mark.parametrize("text, skill", [
    ("2 years experience in a customer service role", "Customer Service"),
    ("1+ year experience in an online customer service role", "Customer Service"),
    ("Previous experience in a sales position", "Sales"),
])
def test_the_field_of_a_past_post_is_asked(text, skill):
    """Batch 105's technical support representative asked for '1+ year experience in an online customer service
    role': the field was read as the domain of the work ('experience in the biotech industry'), shown apart and
    never a gap, and 'online' before it as a role's name."""
    assert skill in names(text)


@pytest.mark.parametrize("text, skill", [
    ("Experience in the biotech industry", "Biotechnology"),
    ("Experience in a retail environment", "Retail Industry"),
])
def test_an_industry_or_setting_stays_the_domain(text, skill):
    assert skill not in names(text)


@pytest.mark.parametrize("text, lead_in", [
    ("we have done original work on machine learning and data visualization.", "From a technology perspective "),
    ("we have grown our project management and business analysis practice to 500 staff.", "Over the past ten years "),
    ("we have won awards for customer service and user experience design.", "To date "),
])
def test_what_the_employer_has_done_after_a_lead_in_is_its_story(text, lead_in):
    """A support advert's company text: 'From a technology perspective we have scaled the world's third largest
    ruby on rails site, invented the first HTML5 document reader, and done original work on textual analysis.'
    'We have ...' was the employer's story only at the clause's start. (Tools named there stay, as in 'we use
    React': SkillSpan's labels take an employer's stack as asked.)"""
    bare = names(text[0].upper() + text[1:], TextKind.OTHER)
    assert bare == names(lead_in + text, TextKind.OTHER)
    assert not bare & {"Machine Learning", "Data Visualization", "Project Management", "Business Analysis",
                       "Customer Service", "User Experience Design"}


def test_a_lead_in_before_you_still_asks():
    assert "Python" in names("From a technical perspective you will need strong Python skills.")


@pytest.mark.parametrize("text, employer", [
    ("AppFolio is a fast growing and funded startup in Santa Barbara, CA that builds web applications.", "AppFolio"),
    ("Workday is one of the leading HR software providers.", "Workday"),
    ("Bloomberg, the global business and financial information and news leader, gives decision makers an edge.",
     "Bloomberg"),
])
def test_a_known_name_introduced_as_a_company_is_the_employer(text, employer):
    """A front-end engineer's posting opened 'AppFolio is a fast growing and funded startup': the property
    management software was a chip of the posting."""
    from credstack.skills.employer import employer_names
    assert employer in employer_names(None, [text], lambda name: True)


@pytest.mark.parametrize("text", ["Python is a must and Excel is a plus.", "Excel is a tool we use daily.",
                                  "Excel, the spreadsheet, is a must."])
def test_a_known_name_that_is_a_plus_or_a_tool_stays_a_skill(text):
    from credstack.skills.employer import employer_names
    assert employer_names(None, [text], lambda name: True) == []


def test_an_ordinary_word_left_of_a_lost_name_is_no_employer():
    """'Construction is a tech-enabled Commercial General Contracting firm' (the firm's name lost before it):
    taking 'Construction' for the employer blanked the 'Construction Estimating' the post asks."""
    from credstack.skills.employer import employer_names
    text = "Construction is a tech-enabled contracting firm. Knowledge of construction materials is required."
    assert employer_names(None, [text], lambda name: True) == []


@pytest.mark.parametrize("text", ["Interfaces with external printers and other vendors.",
                                  "Files are delivered to printers and web developers in the desired formats."])
def test_print_shops_a_designer_works_with_are_no_printer_support(text):
    """Batch 105's graphic designer sends artwork to 'external printers and other vendors': the print shops,
    not the office machines an IT post supports."""
    assert "Printer Support" not in names(text, TextKind.RESPONSIBILITIES)


@pytest.mark.parametrize("text", ["Troubleshoot printers, scanners and desktop PCs.",
                                  "Install and maintain network printers."])
def test_printers_an_it_post_supports_stay(text):
    assert "Printer Support" in names(text, TextKind.RESPONSIBILITIES)


@pytest.mark.parametrize("text", [
    "The design function has a strong hands-on approach to design, carrying out initial concept development.",
    "The Internal Agency handles projects for the Marketing teams as well as Internal Communications.",
    "The production function ensures concepts are carried through to execution.",
])
def test_what_the_team_or_agency_does_is_its_story(text):
    """A design director's posting opened on its in-house agency ('The Internal Agency handles projects for ...
    Internal Communications'): the team's own work, not skills asked."""
    from credstack.skills.employer import is_employer_clause
    assert is_employer_clause(text)


@pytest.mark.parametrize("text", ["You will ensure the team has what it needs.",
                                  "The successful candidate has strong Excel skills."])
def test_what_the_candidate_has_is_no_team_story(text):
    from credstack.skills.employer import is_employer_clause
    assert not is_employer_clause(text)

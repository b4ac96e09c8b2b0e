"""What batch 59's real postings (bench/nontech_real.py --split held-occ49: a sales engineer, an interim director
of nursing, an EPR database administrator, a medical PA with waiting list management, an I&E engineer and eleven
more) showed: a question heading run into the pay line before it, a locum agency's town and firm read as
requirements, a typographic apostrophe that turned "We’re looking for" into the employer describing itself, a
range of voltages as a chip, and words of NHS administration and Epic reporting the vocabulary lacked.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions

from credstack.postings import parse_posting
from credstack.postings.glued import repair_glued


def test_a_question_heading_run_into_the_line_before_it_starts_a_section(resources):
    text = ("Sales Engineer\n\nPay and Benefits:We offer competitive compensation, health insurance and a 401(k). "
            "*Salary commensurate with experience What you will need to succeed at Acme Pittsburgh:Bachelor’s "
            "degree in Engineering.Demonstrated proficiency with Microsoft Office.Experience with SolidWorks "
            "and/or SAP a plus.\n")
    assert "\nWhat you will need to succeed at Acme Pittsburgh:\n" in repair_glued(text)
    assert {"Microsoft Office", "SolidWorks"} <= found(text, resources)
    # control: a question in running text, no colon glued to a next word, stays where it is
    plain = "We value what you bring. What we offer: a pension and 25 days of leave."
    assert repair_glued(plain) == plain


def test_the_community_a_post_is_in_describes_the_place_not_the_candidate(resources):
    text = ("Interim Director of Nursing\n\nRequirements\n\nBachelor’s degree required. Active RN license required.\n\n"
            "The Community\n\nThe town thrives on outdoor activities like canoeing and hiking, and its hospital "
            "offers medical, dental and vision insurance and life insurance.\n")
    assert {s.heading: s.kind.value for s in parse_posting(text).sections}.get("The Community") == "about_company"
    assert "Life Insurance" not in found(text, resources)
    assert "Registered Nurse" in found(text, resources)  # control: the requirements above it still ask


def test_a_typographic_apostrophe_keeps_an_ask_an_ask(resources):
    text = ("Database Administrator\n\nRequired skills and experience\n\nWe’re looking for people with experience "
            "in database management, data manipulation and project management.\n")
    assert "Project Management" in found(text, resources)
    assert "Microsoft Excel" in mentions("Nurse\n\nAbout you\n\nIt’s a plus if you know Excel.\n", resources)
    # control: the employer describing itself with the same apostrophe asks nothing
    about = "Acme\n\nWe’re a leading provider of project management software to hospitals.\n"
    assert "Project Management" not in found(about, resources)


def test_a_range_of_measures_is_no_chip():
    from tests.skills.conftest import with_tagger

    text = "Working knowledge of high voltage electrical distribution systems (138kv – 480 v)."
    result = with_tagger(text, {"138kv – 480": "knowledge", "high voltage electrical distribution systems": "knowledge"})
    names = {s.name for s in [*result.skills, *result.context]}
    assert "138kv – 480" not in names and "High Voltage Systems" in names  # control: the systems are a skill


def test_words_of_nhs_administration_and_epic_reporting_the_vocabulary_lacked(resources):
    pa = ("Medical PA\n\nDuties\n- Add and remove patients on the waiting list and book admissions using Medway PAS\n")
    got = found(pa, resources)
    assert {"Waiting List Management", "Electronic Health Records"} <= got
    dba = ("Clarity Database Administrator\n\nThe role\n- Administer the Epic Clarity and Caboodle reporting "
           "databases on SQL Server for our clinical teams\n")
    assert {"Epic Clarity", "Epic Caboodle"} <= found(dba, resources)
    # control: clarity of thought on a ward is no Epic database
    nurse = "Staff Nurse\n\nRequirements\n- Clarity of thought and good communication with patients\n"
    assert "Epic Clarity" not in found(nurse, resources)


def test_an_offer_heading_in_the_future_tense_heads_the_perks(resources):
    text = ("Head of Care\n\nYour Day-to-Day...\n\n• Provide leadership to all clinical staff\n\n{}\n\n"
            "• 50% NMC registration renewal paid by us\n\n• RCNi membership\n\nEssential:\n\n"
            "• A Registered Mental Nurse with a current pin number\n")
    for heading in ("Why Cygnet? We’ll offer you…", "We'll offer you..."):
        kinds = {s.heading: s.kind.value for s in parse_posting(text.format(heading)).sections}
        assert kinds.get(heading) == "benefits", kinds
    # control: a question heading about the company alone is no perk list
    kinds = {s.heading: s.kind.value for s in parse_posting(text.format("Why Cygnet?")).sections}
    assert "benefits" not in kinds.values()


def test_connectives_and_sentences_run_together_are_no_keywords():
    from credstack.skills import _worth_a_keyword

    assert not _worth_a_keyword("and/or", "knowledge")  # "Experience with SolidWorks and/or SAP a plus"
    assert not _worth_a_keyword("skills.Exemplify", "knowledge")  # "analytical skills.Exemplify professionalism"
    # controls: names written with a slash or a dot stay
    assert _worth_a_keyword("TCP/IP", "knowledge") and _worth_a_keyword("ASP.Net", "knowledge")

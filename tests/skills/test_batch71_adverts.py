"""What batches 71 to 74's real postings (bench/nontech_real.py --split held-occ61 to held-occ64: a medicolegal
specialist, an executive assistant, a wind energy policy associate, a robotics engineer, a prison pharmacy technician
and 55 more) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, section_kinds
from tests.skills.test_tagger import FakeTagger

from credstack.postings.glued import repair_glued
from credstack.postings.model import SectionKind
from credstack.skills import TextKind, TextSection, extract_skills, find_skills
from credstack.skills.vocabulary import load_vocabulary


def _names(text: str, vocabulary) -> set[str]:
    """The names of the skills ``find_skills`` reads in ``text``."""
    return {s.name for s in find_skills(text, vocabulary)}


def _tagged(text: str, phrases: dict[str, str], kind: TextKind = TextKind.REQUIREMENTS) -> set[str]:
    """Skill names (and industries: the context) read from ``text`` under a requirements heading, with a tagger
    marking ``phrases``."""
    result = extract_skills([TextSection(kind, text, "Requirements")], load_vocabulary(), tagger=FakeTagger(phrases))
    return {s.name for s in [*result.skills, *result.context]}


def test_an_everyday_word_is_the_field_asked_when_experience_or_a_degree_is_in_it():
    text = ("- Proven experience in medicine, law, or related fields.\n"
            "- A degree in theatre or a similar discipline.\n"
            "- Work across the office and the warehouse floor.\n")
    got = _tagged(text, {"medicine": "knowledge", "law": "knowledge", "theatre": "knowledge",
                         "office": "knowledge", "warehouse": "knowledge"})
    assert {"medicine", "law", "theatre"} <= got
    # control: the same kind of everyday word, where nothing asks for it as a field, is no skill
    assert not {"office", "warehouse"} & got


def test_a_field_word_that_opens_a_longer_name_is_still_cut_short():
    # "law firms": the tagger kept "law" alone, but the item goes on; the word names no field by itself here
    got = _tagged("- Experience in law firms or chambers is welcome.\n", {"law": "knowledge"})
    assert "law" not in got


def test_the_field_asked_may_follow_an_adverb():
    got = _tagged("- Minimum one year of experience preferably in hospitality, restaurant or housekeeping industry.\n",
                  {"restaurant": "knowledge"})
    assert {"restaurant", "Hospitality Industry"} <= got
    # control: "hospitality" with nothing asking for it is the employer's line of work, no skill
    assert "Hospitality Industry" not in _tagged("- Support the hospitality team at the front desk.\n", {})


def test_a_heading_glued_to_the_plural_ending_the_list_before_it_is_cut_off():
    text = ("Coordinator\n\nBenefits:\nVarious health insurance options401k Retirement Savings PlanPaid Time Off\n"
            "Employee Perks and DiscountsJob duties\n- Set up conference rooms for meetings.\n")
    assert "Discounts\nJob duties" in repair_glued(text)
    assert section_kinds(text).get("Job duties") == SectionKind.RESPONSIBILITIES
    # controls: a name made of a short word and a capitalised one stays whole, as does a known name
    assert repair_glued("Message us on WhatsApp today.") == "Message us on WhatsApp today."
    assert repair_glued("Use SharePoint daily.") == "Use SharePoint daily."


def test_the_specialties_a_hospital_has_on_site_are_no_skills_asked(resources):
    text = ("Clinical Fellow Paediatric Surgery\n\nYou will join a department of six consultant surgeons.\n\n"
            "There are related tertiary paediatric surgical specialties on site including ENT, ophthalmology, "
            "orthopaedics and orthodontics.\n")
    assert not {"Ophthalmology", "Orthodontics"} & found(text, resources)
    # control: the same names, asked of the candidate
    asked = ("Clinical Fellow\n\nRequirements\n- Experience in ophthalmology or orthodontics.\n")
    assert {"Ophthalmology", "Orthodontics"} <= found(asked, resources)


def test_excel_in_lower_case_is_the_spreadsheet_and_the_verb_is_not(resources):
    vocabulary = resources.vocabulary
    for line in ("A working knowledge of excel and other Microsoft programmes.",
                 "Basic computer knowledge is required (word, excel, outlook etc.).",
                 "Proficient in excel (can perform complex functions).",
                 "Proficient in Microsoft Office, particularly Excel with pivot table proficiency.",
                 "Maintain cash flow in excel with Accounting Supervisor."):
        assert "Microsoft Excel" in _names(line, vocabulary), line
    # controls: the verb, however it is put
    for line in ("We excel in the production of hydration products.", "Do you excel at building relationships?",
                 "We are looking for people who will excel in providing a safe service.", "you will excel.",
                 "We hire people that excel with customers.", "Candidates who excel with numbers."):
        assert "Microsoft Excel" not in _names(line, vocabulary), line


def test_what_the_position_comes_with_and_the_career_it_leads_to_are_offered(resources):
    text = ("Research Technician\n\nRequirements\n- A biology-related bachelor's degree.\n"
            "- The position will come with mentoring and solid support from the principal investigator, aiming to "
            "build a new career in the US biotech industry or to enter a Ph.D. graduate program.\n"
            "- You will be in a productive environment for his/her career development in government, academia, and "
            "the biotech industry.\n")
    got = found(text, resources)
    assert not {"Mentoring", "Doctorate", "Biotechnology", "Government", "Higher Education Sector"} & got
    assert "Bachelor's Degree" in got
    # control: the same names asked of the candidate
    asked = ("Research Technician\n\nRequirements\n- Excellent mentoring and coaching skills.\n"
             "- A Ph.D. in biology and experience in the biotech industry.\n")
    assert {"Mentoring", "Doctorate", "Biotechnology"} <= found(asked, resources)


def test_the_field_asked_may_be_the_last_of_two_or_follow_an_article():
    text = ("- A minimum of four years experience in film or entertainment.\n"
            "- Three years of experience with a public relations agency, studio or film distributor.\n"
            "- Work closely with the studio team and the office.\n")
    got = _tagged(text, {"entertainment": "knowledge", "studio": "knowledge", "office": "knowledge"})
    assert {"entertainment", "studio"} <= got
    assert "office" not in got  # control: the workplace, asked as nothing


def test_a_collaborative_environment_is_the_workplace_not_a_soft_skill_asked(resources):
    vocabulary = resources.vocabulary
    for line in ("We work together in a highly collaborative environment.", "Collaborative and team-oriented environment",
                 "Experience tuning ML pipelines in a collaborative project environment."):
        assert "Collaboration" not in _names(line, vocabulary), line
    # control: the candidate asked to be collaborative
    assert "Collaboration" in _names("Required: Driven, flexible, collaborative, and analytical.", vocabulary)


def test_a_knowledge_span_cut_short_before_the_noun_ending_its_item_takes_the_noun():
    got = _tagged("- Two years' experience in a homeless services setting.\n", {"homeless services": "knowledge"})
    assert "homeless services setting" in got
    # controls: an adverb or a participle ends the item, no noun; nothing is added to a name that stands whole
    assert not any(name.startswith("best practices") for name in
                   _tagged("- Share best practices effectively.\n", {"best practices": "knowledge"}))
    assert "infection control" in _tagged("- Knowledge of infection control.\n", {"infection control": "knowledge"}) \
        or "Infection Control" in _tagged("- Knowledge of infection control.\n", {"infection control": "knowledge"})


def test_an_ampersand_between_words_is_and(resources):
    vocabulary = resources.vocabulary
    got = {s.name: s.mentions for s in find_skills("Subject to a satisfactory Disclosure & Barring Service Check.",
                                                   vocabulary)}
    assert got.get("Background Checks") == ["Disclosure & Barring Service Check"]
    assert "Workplace Safety" in _names("Knowledge of health & safety legislation.", vocabulary)
    # control: a name with an ampersand inside it is still itself
    assert "General Management" in _names("Full P&L management of the site.", vocabulary)


def test_a_heading_run_into_the_sentence_before_it_and_its_spaced_first_bullet_heads_a_section():
    text = ("Data Analyst\n\nAcme is a growth company focused on widgets. Duties and Responsibilities: · Build "
            "dashboards in Tableau\n- Maintain SQL pipelines\n- Report to the CFO. Requirements: · 5 years of SQL\n"
            "- Knowledge of Python\n")
    kinds = section_kinds(text)
    assert kinds.get("Duties and Responsibilities") == SectionKind.RESPONSIBILITIES
    assert kinds.get("Requirements") == SectionKind.REQUIREMENTS
    # control: capitalised words before a colon and a bullet that name no section stay in their sentence
    assert repair_glued("We ship fast. Acme Widgets Inc: · since 1990") == "We ship fast. Acme Widgets Inc: · since 1990"


def test_what_staff_call_the_jobs_advantage_is_offered_and_htm_has_its_plural_name(resources):
    text = ("Estates Craftsperson\n\nThe post holder will maintain plant in line with Health Technical Memorandums "
            "(HTM).\n\nThose already working here admit that a major advantage is the great work life balance, "
            "the teamwork and the ability to make a difference.\n")
    got = found(text, resources)
    assert "Health Technical Memoranda" in got
    assert "Teamwork" not in got
    # control: teamwork asked of the candidate
    assert "Teamwork" in found("Estates Craftsperson\n\nRequirements\n- Good teamwork skills.\n", resources)


def test_supervision_received_is_no_supervision_skill_however_long_the_list_before_it(resources):
    vocabulary = resources.vocabulary
    for line in ("The post holder would receive regular clinical, professional and line management supervision as "
                 "well as weekly peer supervision.",
                 "You will receive 2 hours of clinical supervision each week at no cost to you.",
                 "Used to working independently without day to day supervision."):
        assert "People Management" not in _names(line, vocabulary), line
    # control: supervision the candidate gives
    assert "People Management" in _names("Experience of supervision of junior staff.", vocabulary)


def test_communications_staff_receive_and_a_directors_title_are_not_the_discipline(resources):
    vocabulary = resources.vocabulary
    for line in ("Employees working for Public Health England will receive appropriate communications and consultation "
                 "prior to any formal transfer.",
                 "Support the Associate Director of Communications and Engagement to develop a strategic approach."):
        assert "Communications" not in _names(line, vocabulary), line
    # control: the discipline asked
    assert "Communications" in _names("Experience in communications and marketing.", vocabulary)


def test_the_people_who_lead_are_not_the_leadership_skill(resources):
    vocabulary = resources.vocabulary
    for line in ("Ensure client satisfaction with the site leadership team.",
                 "Work in cooperation with plant leadership to identify cost saving opportunities.",
                 "You will manage a caseload with support and leadership from your team leader."):
        assert "Leadership" not in _names(line, vocabulary), line
    got = _tagged("- Present the forecast to the leadership team.\n", {"leadership team": "knowledge"})
    assert "leadership team" not in got  # a team is people, as "operators" are
    # control: the skill asked
    assert "Leadership" in _names("Proven leadership and coaching skills.", vocabulary)


def test_no_field_is_named_by_what_any_job_has_an_adjective_or_a_product_list():
    text = ("- Knowledge of policies and practices.\n- Experience in federal or state government.\n"
            "- Experience with DonorPerfect, Ready, Set, Auction (or similar) is an asset.\n"
            "- Experience in journalism or broadcasting.\n")
    got = _tagged(text, {w: "knowledge" for w in ("policies", "practices", "federal", "Ready", "Set", "journalism",
                                                   "broadcasting")})
    assert not {"policies", "practices", "federal", "Ready", "Set"} & got
    assert {"journalism", "broadcasting"} <= got  # control: fields asked

"""What batches 67 and 68's real postings (bench/nontech_real.py --split held-occ57 and held-occ58: an environmental
virologist, a clinical resourcing lead, a managed file transfer specialist, an FFE equipment manager, a park trust's
education coordinator and 27 more) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions, section_kinds
from tests.skills.test_tagger import FakeTagger

from credstack.postings.glued import repair_glued
from credstack.postings.model import SectionKind
from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.requirements import asks_the_candidate
from credstack.skills.vocabulary import load_vocabulary


def _beside_duties(intro: str, phrases: dict[str, str]) -> set[str]:
    """Skill names read from unheaded text ``intro`` beside a headed duties list, with a tagger marking ``phrases``."""
    sections = [TextSection(TextKind.OTHER, intro), TextSection(TextKind.RESPONSIBILITIES,
                                                                   "- Plan the weekly rota\n", "Responsibilities")]
    result = extract_skills(sections, load_vocabulary(), tagger=FakeTagger(phrases))
    return {s.name for s in result.skills}


def test_experience_of_and_understanding_of_ask_the_candidate_as_experience_in_does():
    assert asks_the_candidate("Experience of engaging with Clinical Commissioning Groups is vital")
    assert asks_the_candidate("an understanding of the role they play in supporting clinical resourcing")
    assert asks_the_candidate("The successful candidate will have experience with Bloomreach")
    assert not asks_the_candidate("This post offers the chance to grow in a supportive team")  # control
    intro = ("Devon Doctors are recruiting a resourcing lead.\n"
             "Experience of Workforce Loader Pro is vital, as is an understanding of rota design.\n"
             "Acme Health has been delivering urgent care with Parkside Loader for twenty years.\n")
    got = _beside_duties(intro, {"Workforce Loader Pro": "knowledge", "Parkside Loader": "knowledge"})
    assert "Workforce Loader Pro" in got
    assert "Parkside Loader" not in got  # control: the employer's own history asks nothing


def test_a_heading_glued_to_the_number_opening_its_first_item_is_a_heading():
    text = ("Education Coordinator\n\nSpecial RequirementsThe candidate must complete a background check.\n"
            "Benefits401(k) plan with company match.Life insurance and short-term disability insurance.\n")
    assert repair_glued("Benefits401(k) plan with company match.").startswith("Benefits\n401(k)")
    assert section_kinds(text).get("Benefits") == SectionKind.BENEFITS
    assert repair_glued("Education4-year college degree required.").startswith("Education\n4-year")
    # controls: a heading word inside a sentence, and a spaced number, stay as written
    assert repair_glued("We offer great Benefits401 things") == "We offer great Benefits401 things"
    assert repair_glued("Benefits 401(k)") == "Benefits 401(k)"


def test_the_civil_service_grade_seo_is_no_search_engine_optimisation(resources):
    text = ("Senior Environmental Virologist\n\nThe role\n\nA virologist is required to fill an SEO post in which they "
            "will study the survival of viruses on surfaces.\n\nRequirements\n- Laboratory experience in virology\n")
    assert "Search Engine Optimization" not in found(text, resources)
    # control: the marketing skill is still itself, before the words that ask it
    assert "Search Engine Optimization" in found("Marketer\n\nRequirements\n- SEO and PPC experience\n"
                                                 "- Knowledge of SEO best practices\n", resources)


def test_using_a_computer_is_digital_literacy(resources):
    for line in ("Experience of using a computer is also essential.", "Use computers for administration.",
                 "Proficient in Microsoft Office and computer knowledge."):
        assert "Digital Literacy" in found(f"Receptionist\n\nRequirements\n- {line}\n", resources), line
    # control: computer programs named after the words stay their own
    assert "Digital Literacy" not in found("Clerk\n\nRequirements\n- Knowledge of computer programs for entering "
                                           "data\n", resources)


def test_managed_file_transfer_tools_and_furniture_fixtures_and_equipment(resources):
    text = ("MFT Specialist\n\nRequirements\n- Admin knowledge on Connect: Direct (upgrades, installations and support)\n"
            "- Experience with Axway, Sterling File Gateway or Globalscape\n- Best practices in managed file transfer\n")
    got = found(text, resources)
    assert {"IBM Sterling Connect:Direct", "Axway", "IBM Sterling File Gateway", "Globalscape EFT",
            "Managed File Transfer"} <= got
    assert "API Gateway" not in got  # the product's last word is no API gateway
    ffe = "FFE Manager\n\nResponsibilities\n- Lead the FFE workstream: furniture, fixtures and equipment\n"
    assert "FF&E Specification" in found(ffe, resources)
    assert "FFE" in mentions(ffe, resources)["FF&E Specification"]


def test_an_industry_named_bare_where_the_words_beside_it_ask_for_it(resources):
    text = ("Design Coordinator\n\nRequirements\n- Possess general knowledge of new home design, construction, and "
            "finishes.\n- Two years of experience in retail or hospitality\n- Background in manufacturing\n")
    assert {"Construction Industry", "Retail Industry", "Hospitality Industry", "Manufacturing Industry"} \
        <= found(text, resources)
    # control: the employer's own work and a project named with the bare word ask for nothing
    blurb = ("Site Manager\n\nResponsibilities\n- Oversee the construction of the new hospital wing\n"
             "- Plan the retail units' fit-out\n")
    assert not {"Construction Industry", "Retail Industry"} & found(blurb, resources)


def test_a_span_that_opens_a_bracket_it_never_closes_ends_before_it():
    from credstack.skills.linking import clean_surface

    assert clean_surface("System (HARS") == "System"
    assert clean_surface("Microsoft Office (Word") == "Microsoft Office"
    assert clean_surface("PCV (D) license") == "PCV (D) license"  # control: a bracket it closes stays
    assert clean_surface("(Flotherm") == "Flotherm"  # control: a bracket opening the span is edge punctuation


def test_a_degree_from_a_college_or_university_in_a_field_names_the_field():
    from credstack.skills.requirements import degree_field_end

    def field(text: str) -> str:
        end = text.index("degree") + len("degree")
        return text[:degree_field_end(text, end)]

    assert field("Bachelor's degree from an accredited college or university in business management, public "
                 "administration or related field") \
        == "Bachelor's degree from an accredited college or university in business management"
    assert field("Master's degree from an ABET accredited university in Civil Engineering or Structural Engineering") \
        == "Master's degree from an ABET accredited university in Civil Engineering"
    # controls: a school and no field, a year after it
    assert field("Bachelor's degree from a top school.") == "Bachelor's degree"
    assert field("Bachelor's degree from the University of Leeds in 2019") == "Bachelor's degree"


def test_the_post_holder_will_heads_the_duties_and_wishing_to_discuss_heads_the_contact(resources):
    text = ("Specialist Practitioner\n\nAbout us\n\nWe are a new laboratory.\n\nThe post holder will:\n\n"
            "- Run PCR assays on the Hamilton Microlab\n\nThe post holder should be able:\n\n- To triage minor injuries\n\n"
            "Candidates wishing to discuss more details of the post, please contact:\n\nDr Jane Smith\n")
    kinds = section_kinds(text)
    assert kinds.get("The post holder will") == SectionKind.RESPONSIBILITIES
    assert kinds.get("The post holder should be able") == SectionKind.RESPONSIBILITIES
    assert kinds.get("Candidates wishing to discuss more details of the post, please contact") == SectionKind.HOW_TO_APPLY
    assert kinds.get("About us") == SectionKind.ABOUT_COMPANY  # control


def test_must_have_or_hold_asks_the_candidate_in_text_beside_headed_sections():
    assert asks_the_candidate("Must have ENB A33 or equivalent.")
    assert asks_the_candidate("Applicants must hold an ED qualification.")
    assert not asks_the_candidate("We have a new unit opening in May.")  # control
    intro = "We are recruiting bank nurses.\nMust have Qorvex Zandor Award or equivalent.\nOur unit uses Zephyr Beds.\n"
    got = _beside_duties(intro, {"Qorvex Zandor Award": "knowledge", "Zephyr Beds": "knowledge"})
    assert "Qorvex Zandor Award" in got and "Zephyr Beds" not in got


def test_the_right_to_work_in_a_country_is_work_authorization_and_a_number_of_years_glued_after_a_full_stop(resources):
    text = ("Nurse\n\nRequirements\n- RN licence\n- Must be authorized to work in the United States\n\n"
            "Applicants must have the right to work in the EU.\n")
    assert mentions(text, resources)["Work Authorization"] == ["authorized to work in the United States",
                                                                "right to work in the EU"]
    assert "EU" not in found(text, resources)
    assert repair_glued("Bachelor's degree in Finance or Economics.1 - 3 years of experience in FP&A.") \
        == "Bachelor's degree in Finance or Economics.\n1 - 3 years of experience in FP&A."
    assert repair_glued("Version 2.1 - 3 years") == "Version 2.1 - 3 years"  # control: a version number


def test_cvent(resources):
    assert "Cvent" in found("Events Manager\n\nResponsibilities\n- Create and manage assigned CVENT meeting websites\n",
                            resources)


def test_a_requirement_noted_among_the_contact_lines_is_read(resources):
    text = ("Emergency Surgery Consultant\n\nThe successful candidate will manage an emergency surgery list.\n\n"
            "For more information please contact our Consultant Emergency Surgeons:\n\nMr A Smith on 01908 997514\n\n"
            "Please submit your CV as a Microsoft Word document.\n\n"
            "Please note that full GMC registration and license to practice is an essential for this role.\n")
    assert section_kinds(text).get("For more information please contact our Consultant Emergency Surgeons") \
        == SectionKind.HOW_TO_APPLY
    got = found(text, resources)
    assert "GMC Registration" in got
    assert "Microsoft Word" not in got  # control: the application's own instructions still ask nothing


def test_dental_and_radiology_specialties_and_minor_illness(resources):
    text = ("Consultant\n\nRequirements\n- Specialist registration in Restorative Dentistry or Periodontology\n"
            "- Head & neck imaging and neuro imaging for patients, with ultrasound guided FNA\n"
            "- Treat minor illness and injury\n")
    assert {"Restorative Dentistry", "Periodontics", "Head and Neck Imaging", "Neuroradiology",
            "Fine Needle Aspiration", "Minor Illness Management"} <= found(text, resources)
    # control: the same letters far from medical words are no biopsy
    assert "Fine Needle Aspiration" not in found("Analyst\n\nRequirements\n- Work with the FNA team on loan data\n",
                                                 resources)


def test_world_class_practices_a_duty_uses_are_no_employer_blurb(resources):
    text = ("Distribution Manager\n\nResponsibilities / Main Tasks\n\nResponsible to lead, develop, plan and execute "
            "distribution and warehousing activities using world class internal material handling practices.\n")
    assert {"Warehouse Management", "Materials Management"} <= found(text, resources)
    # control: the employer calling itself world class is still its own blurb
    blurb = ("Distribution Manager\n\nResponsibilities\n\n- Plan the weekly rota\n\nAcme is a world class manufacturer of "
             "warehousing robots and material handling systems.\n")
    assert not {"Warehouse Management", "Materials Management"} & found(blurb, resources)


def test_duties_for_our_clients_and_procedures_established_in_a_department_are_no_employer_blurb(resources):
    text = ("Senior Financial Analyst\n\nResponsibilities\n- Be our client's primary point of contact for all financial "
            "issues, including forecasting and annual budgeting\n- Adheres to QC procedures established in the "
            "department\n")
    assert {"Budgeting", "Financial Forecasting", "Quality Control"} <= found(text, resources)
    # controls: the agency's client and the firm's founding are still the employer's own words
    blurb = ("Analyst\n\nResponsibilities\n- Plan the weekly rota\n\nOur client is a leading bank with a budgeting "
             "app.\n\nThe company was established in 1985 to offer quality control services.\n")
    assert not {"Budgeting", "Quality Control"} & found(blurb, resources)


def test_a_reporting_to_label_keeps_whom_the_post_reports_to_out_of_the_skills(resources):
    text = ("HRIS Analyst\n\nResponsibilities\n- Reporting To: Human Resource AVP, and CFO, supporting the processes "
            "of the HR Department.\n- Maintain the Workday HRIS\n")
    got = found(text, resources)
    assert not {"AVP", "CFO", "Human Resources"} & got
    assert "Workday HCM" in got  # control


def test_interviewing_as_a_duty_is_no_hiring_process(resources):
    from credstack.skills.employer import is_employer_clause

    assert not is_employer_clause("Help with interviewing and mentoring junior engineers.")
    assert not is_employer_clause("Conducts initial student interviews and assessments, including orientation")
    for hiring in ("Interviews will be held on 5 May.", "Shortlisted candidates will be invited for interview.",
                   "Candidates will be interviewed in person.", "Interview date: 18th November 2020"):
        assert is_employer_clause(hiring), hiring  # controls: the hiring process is still the employer's
    from tests.skills.conftest import with_tagger

    result = with_tagger("- Conduct structured interviews of students using the Qorvex Zandor rubric\n",
                         {"Qorvex Zandor rubric": "knowledge"}, kind=TextKind.RESPONSIBILITIES)
    assert "Qorvex Zandor rubric" in {s.name for s in result.skills}
    hiring = with_tagger("- Interviews will be held using the Qorvex Zandor rubric\n",
                         {"Qorvex Zandor rubric": "knowledge"}, kind=TextKind.RESPONSIBILITIES)
    assert "Qorvex Zandor rubric" not in {s.name for s in hiring.skills}  # control


def test_experience_in_an_industry_is_asked_not_the_employers_own_industry():
    from credstack.skills.employer import is_employer_clause

    assert not is_employer_clause("5 years of experience in the pharmaceutical industry and drug product manufacturing")
    assert not is_employer_clause("Experience in the healthcare space")
    assert is_employer_clause("We are a leader in the healthcare industry")  # control
    assert is_employer_clause("Acme operates in the energy sector across Europe")  # control


def test_tertiary_qualifications_and_a_field_list_closed_by_a_bracket(resources):
    text = "Claims Specialist\n\nRequirements\n- Tertiary qualifications in law, business or insurance (desired).\n"
    assert mentions(text, resources)["Diploma"] == ["Tertiary qualifications in law", "business", "insurance"]


def test_languages_slashed_or_hyphenated_together_are_each_their_own_word(resources):
    text = ("Medical Assistant\n\nRequirements\n- Bilingual proficiency (Spanish/English) is a plus\n"
            "- Mandarin-English interpreting\n- Experience with React/Redux\n")
    got = mentions(text, resources)
    assert got["Spanish"] == ["Spanish"] and got["English"] == ["English"] and got["Mandarin Chinese"] == ["Mandarin"]
    assert got["React"] == ["React/Redux"]  # control: other names slashed together keep the page's group

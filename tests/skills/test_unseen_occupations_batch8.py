"""Synthetic fixtures for what the eighth batch of real postings (bench/nontech_real.py --split
held-occ4: bank tellers and credit advisors, a gardener and a harvest crew, CT and MRI
radiographers, event and exhibition managers, ecologists and an environmental compliance
specialist, physicians, interior and architectural designers, vehicle technicians) showed: a
certificate's initials glued to the word before them in a scraped list ("customer service
skillsASE certification is a plus"), places named with their own noun ("Lee County", "Marco
Island") and a glued heading's word ("Key Accountabilities") taken for skills by the span tagger,
a recruiter's "we are not able to give feedback" read as the skill of giving feedback, a company
named with its "Inc." describing its services, and the names and other-language words these
occupations use that the vocabulary lacked. The controls keep each word where it is asked for."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read, with_tagger

from credstack.places import place_shaped
from credstack.postings.glued import repair_glued
from credstack.skills.employer import describes_employer
from credstack.skills.requirements import is_boilerplate_clause, is_descriptive_clause
from credstack.skills.vocabulary import load_vocabulary

GLUED = ("QualificationsExperience in conducting vehicle maintenance and oil changesProficient in automotive repair"
         "Excellent communication and customer service skillsASE certification is a plusHigh school diploma")


def test_initials_glued_to_the_word_before_them_start_an_item_of_their_own():
    lines = repair_glued(GLUED).splitlines()
    assert "ASE certification is a plus" in lines
    assert "Excellent communication and customer service skills" in lines


@pytest.mark.parametrize("text", [
    "Experience with PostgreSQL, GraphQL and MySQL",
    "Fluent in English and German; knowledge of macOS",
    "Excellent communication skillsASE welcome",  # one sign alone in a text is as likely a name
])
def test_names_ending_in_capitals_are_not_cut(text):
    assert repair_glued(text) == text


def test_a_certificate_glued_to_the_item_before_it_is_read(resources):
    skills, _ = read(f"Automotive Technician\n\n{GLUED}\n", resources)
    assert "ASE Certification" in skills


@pytest.mark.parametrize(("surface", "place"), [
    ("Lee County", True), ("Collier County", True), ("Marco Island", True), ("County Durham", True),
    ("City of Dallas", True), ("Cranberry Township", True),
    ("County Council", False), ("Island Hopping", False), ("Project Management", False),
])
def test_a_place_named_with_its_own_noun_is_a_place(surface, place):
    assert place_shaped(surface) is place


def _tagged(text: str, phrases: dict[str, str]) -> set[str]:
    return {m for s in with_tagger(text, phrases).skills for m in s.mentions}


def test_a_place_or_a_heading_word_the_tagger_marks_is_no_skill():
    text = ("- In-depth knowledge of permitting processes and regulations in Lee County and Marco Island\n"
            "- Key Accountabilities Carry out service and repair work to VOSA standards\n")
    mentions = _tagged(text, {"Lee County": "knowledge", "Marco Island": "knowledge",
                              "Accountabilities": "knowledge", "VOSA standards": "knowledge"})
    assert not {"Lee County", "Marco Island", "Accountabilities"} & mentions
    assert "VOSA standards" in mentions


@pytest.mark.parametrize("clause", [
    "Due to the amount of response we receive, unfortunately we are not able to give feedback to individuals",
    "if you have not heard back within 7 days please assume that you have not been successful",
    "Due to the volume of applications, only shortlisted candidates will be contacted",
])
def test_a_recruiters_notice_is_boilerplate(clause):
    assert is_boilerplate_clause(clause)


def test_giving_feedback_asked_of_the_candidate_is_not_boilerplate():
    assert not is_boilerplate_clause("Give feedback to junior technicians on their work")


def test_a_company_named_with_its_inc_describing_its_services_describes_the_employer():
    assert is_descriptive_clause("Lawhon & Sons, Inc. provides full-service environmental engineering and "
                                 "consulting services to the public and private sector")
    assert describes_employer("Over the past 39 years, our services have grown to include wetland services")
    assert not is_descriptive_clause("Experience with environmental engineering, Inc. a plus")


@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Primary Care Physician", "- Board Certified or Board Eligible Family Medicine or Internal Medicine",
     "Family Medicine"),
    ("Primary Care Physician", "- Board Certified or Board Eligible Family Medicine or Internal Medicine",
     "Internal Medicine"),
    ("Physician", "- Manage complex problems in primary care, including chronic care", "Primary Care"),
    ("Physician", "- Manage complex problems in primary care, including chronic care", "Chronic Care Management"),
    ("MRI Radiographer", "- Good knowledge of MR scanning", "Magnetic Resonance Imaging"),
    ("CT Technologist", "- Performs CT scans and post processing", "Computed Tomography"),
    ("Pilot", "- ATP Certificate (Required)", "Airline Transport Pilot Certificate"),
    ("Pilot", "- 500 hours multi-engine time", "Multi-Engine Rating"),
    ("Pilot", "- Knowledge of Part 135 regs", "FAA Part 135"),
    ("Personal Trainer", "- REPS level 3 personal trainer", "REPs Registration"),
    ("Fitness Instructor", "- Exercise to Music qualification", "Exercise to Music"),
    ("Ecologist", "- Open water dive certification (PADI or equivalent) desired", "PADI Open Water Diver"),
    ("Ecologist", "- Experience with wetland delineations and mussel surveys", "Wetland Delineation"),
    ("Ecologist", "- Experience with wetland delineations and mussel surveys", "Ecological Surveys"),
    ("Environmental Specialist", "- Experience with programs under the Clean Water Act and RCRA",
     "Clean Water Act"),
    ("Environmental Specialist", "- Experience with programs under the Clean Water Act and RCRA",
     "Resource Conservation and Recovery Act"),
    ("Environmental Specialist", "- Certified Hazardous Materials Manager (CHMM) required",
     "Certified Hazardous Materials Manager"),
    ("Architectural Designer", "- Provide advice on value engineering", "Value Engineering"),
    ("Architectural Designer", "- Navigate and manage the permitting process", "Permitting"),
    ("Interior Designer", "- Produce construction documents; construction administration",
     "Construction Documents"),
    ("Interior Designer", "- Produce construction documents; construction administration",
     "Construction Administration"),
    ("Interior Designer", "- We use ArchiCAD", "ArchiCAD"),
    ("Events Coordinator", "- Experience with DonorPerfect or Raiser's Edge", "DonorPerfect"),
    ("Events Coordinator", "- Experience with DonorPerfect or Raiser's Edge", "Raiser's Edge"),
    ("Radiographer", "- Must be registered with the HPC", "HCPC Registration"),
])
def test_names_these_occupations_ask_for_are_read(resources, title, line, skill):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert skill in skills | context


def test_the_events_industry_is_the_jobs_context(resources):
    _, context = read("Exhibition Project Manager\n\nRequirements:\n- Project Management experience within "
                      "the Exhibition & Events Industry\n", resources)
    assert "Events Industry" in context


JARDINERO = ("Jardinero\n\nEstamos buscando un jardinero con experiencia en el cuidado de los jardines de una casa "
             "para trabajar de lunes a viernes en la zona norte.\nRequisitos:\n- Experiencia comprobable en "
             "jardinería.\n- Certificado de antecedentes penales actualizado.\n")
VENDIMIA = ("Vendimia\n\nSomos una bodega de la zona y buscamos personas para la vendimia de este año.\n"
            "Requisitos:\n- Graduado o estudiante avanzado de Enología, Bromatología o afines.\n- Ganas de "
            "trabajar en equipo y de aprender con nosotros.\n")
MEDICO = ("Médico/a Neurólogo/a\n\nNos encontramos en la búsqueda de un médico para la atención de los pacientes "
          "en el consultorio de la zona.\nRequisitos:\n- Título de Médico habilitante actualizado.\n- "
          "Experiencia previa en el campo y en la atención al paciente.\n")
CREDITO = ("Credit Advisor\n\nLa ricerca è volta a neolaureati che verranno inseriti nella nostra filiale per "
           "svolgere le attività della filiale nel settore del credito al consumo e del supporto alla clientela.\n"
           "Requisiti:\n- Forte propensione a lavorare in team e orientamento al cliente.\n")


@pytest.mark.parametrize(("text", "skill"), [
    (JARDINERO, "Landscaping"), (JARDINERO, "Background Checks"), (VENDIMIA, "Oenology"),
    (VENDIMIA, "Nutrition Science"), (MEDICO, "Doctor of Medicine"), (CREDITO, "Lending"),
])
def test_words_of_these_occupations_in_other_languages_are_read(resources, text, skill):
    skills, context = read(text, resources)
    assert skill in skills | context


LAGER = ("Ausbildung Fachkraft für Lagerlogistik\n\nDas machen Sie bei uns\n... Warenlagerung: Alles hat seinen "
         "Lagerplatz und du sorgst dafür, dass die Ware gut zu finden ist.\n... Versand: Damit die Ware gut ankommt, "
         "verpackst du sie für den Transport.\n\nDas bringen Sie mit\n... Sie haben eine kaufmännische Ausbildung "
         "abgeschlossen und Erfahrung im Einzelhandel.\n... Sie besitzen einen eigenen Pkw und sind flexibel.\n")
OSS = ("Operatore Socio Sanitario\n\nCerchiamo una persona per la nostra residenza per anziani.\nRequisiti:\n"
       "- Qualifica di Operatore Socio Sanitario\n- Esperienza nella gestione delle presenze con TeamSystem\n"
       "- Automunito/a e disponibile a lavorare su turni\n")


@pytest.mark.parametrize(("text", "skill"), [
    (LAGER, "Warehouse Management"), (LAGER, "Shipping and Receiving"), (LAGER, "Vocational Certificate"),
    (LAGER, "Retail Industry"), (LAGER, "Own Vehicle"), (OSS, "Certified Nursing Assistant"), (OSS, "TeamSystem"),
    (OSS, "Timekeeping"), (OSS, "Own Vehicle"),
    ("Care Worker\n\nRequirements:\n- Full UK driving licence and access to own vehicle\n", "Own Vehicle"),
])
def test_an_apprentices_tasks_a_care_workers_qualification_and_an_own_car_are_read(resources, text, skill):
    skills, context = read(text, resources)
    assert skill in skills | context


def test_an_italian_store_is_no_sales_skill(resources):
    text = ("Credit Advisor\n\nLa società ha raggiunto più di 260 punti vendita sul territorio e cerca neolaureati "
            "per la filiale.\nRequisiti:\n- Esperienza nella vendita di prodotti finanziari e orientamento al cliente.\n")
    skills, _ = read(text, resources)
    assert "Sales" in skills  # asked by name
    blurb = ("Credit Advisor\n\nLa società ha raggiunto più di 260 punti vendita sul territorio e cerca neolaureati "
             "per la filiale.\nRequisiti:\n- Forte propensione a lavorare in team e orientamento al cliente.\n")
    skills, context = read(blurb, resources)
    assert "Sales" not in skills | context


def test_a_heading_glued_after_the_text_before_it_gets_a_line_of_its_own():
    text = "Interactuar con otras áreas de la empresaRequisitos: Secundario completo"
    assert repair_glued(text).splitlines() == ["Interactuar con otras áreas de la empresa",
                                               "Requisitos: Secundario completo"]
    assert repair_glued("Greet visitors at the front deskRequirements: High school diploma").splitlines()[1] == \
        "Requirements: High school diploma"
    assert repair_glued("Use PropTypes.string.isRequired: true") == "Use PropTypes.string.isRequired: true"


def test_a_degree_under_a_glued_spanish_heading_is_asked(resources):
    text = ("Analista Contable\n\nPara importante grupo de empresas buscamos un analista. Funciones: Organizar el "
            "proceso de cierre mensual de las empresas e interactuar con otras áreas de la empresaRequisitos: "
            "Contador o estudiante de la carrera de Contador o Lic en Administración con experiencia en grupos "
            "empresarios.\n")
    skills, _ = read(text, resources)
    assert "Bachelor of Business Administration" in skills


def test_a_company_with_its_inc_describing_its_services_in_a_posting_asks_for_none_of_them(resources):
    text = ("Entry-Level Ecologist\n\nQualifications\n- A degree in biology or environmental science.\n\n"
            "Lawhon & Sons, Inc. provides full-service environmental engineering and consulting services to the "
            "public and private sector.\n")
    skills, context = read(text, resources)
    assert not {"Environmental Engineering", "Management Consulting"} & (skills | context)
    assert "Biology" in skills


@pytest.mark.parametrize(("line", "skill"), [
    ("- Must demonstrate knowledge of the principles of growth and development over the life span", "Age-Specific Care"),
    ("- Basic computer experience required", "Digital Literacy"),
])
def test_a_hospital_technologists_general_asks_are_read(resources, line, skill):
    skills, _ = read(f"CT Technologist\n\nRequirements:\n{line}\n", resources)
    assert skill in skills


def test_a_degree_slashed_to_another_item_is_its_own_mention(resources):
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    text = ("Addetto/a buste paga\n\nCerchiamo una persona per l'elaborazione delle buste paga.\n"
            "Requisiti:\n- Esperienza nell'elaborazione delle buste paga.\n"
            "Livello di istruzione: Diploma Universitario/Certificazioni\n")
    result = analyze(parse_posting(text), resources, recommend=False, rank=False)
    mentions = {m for s in result.skills for m in s.mentions}
    assert "Diploma Universitario" in mentions and "Diploma Universitario/Certificazioni" not in mentions


def test_a_colleagues_abbreviated_title_is_no_skill():
    colleague = _tagged("- Coordinate event-marketing materials with Community Relations Dir.\n",
                        {"Community Relations": "knowledge"})
    assert "Community Relations" not in colleague
    asked = _tagged("- Experience in Community Relations work\n", {"Community Relations": "knowledge"})
    assert "Community Relations" in asked


def test_a_name_of_words_run_into_the_next_number_of_a_scraped_list_is_read(resources):
    text = ("Pilot in Command\n\nMinimum Qualifications for Consideration: 3000 Total Time500 Hours "
            "Multi-engine200 Hours turbine experience\n")
    skills, _ = read(text, resources)
    assert "Multi-Engine Rating" in skills
    from credstack.skills.matcher import matcher_for

    found = {m.surface for m in matcher_for(load_vocabulary()).find("Use Excel2016 and Java17 daily")}
    assert "Excel" not in found  # a single word glued to digits is a version or an identifier, left alone


@pytest.mark.parametrize("clause", [
    "Must be able to pass a background check",
    "Clear criminal background check and drug screening",
    "Successful candidates must have an acceptable driving record and pass a background check",
])
def test_a_background_check_the_candidate_must_pass_is_asked(clause):
    assert not is_boilerplate_clause(clause)


@pytest.mark.parametrize("clause", [
    "Should you be offered a conditional offer of employment a background check and drug screen will be run",
    "Candidates must pass a background check, as allowed by law",
])
def test_a_background_check_the_employer_runs_stays_policy(clause):
    assert is_boilerplate_clause(clause)


def test_a_janitors_background_check_is_read(resources):
    text = ("Janitorial Subcontractor\n\nThis is a position for a post construction clean. Must be able to pass a "
            "background check.\nQualifications\n- Janitorial experience\n")
    skills, context = read(text, resources)
    assert "Background Checks" in skills | context


def test_skills_a_job_offers_to_develop_are_not_asked(resources):
    text = ("Entry-Level Ecologist\n\nThe role offers a blend of field and office work, which will provide the "
            "opportunity to develop field survey, research, technical writing and client coordination skills.\n"
            "Qualifications\n- A degree in biology or environmental science\n")
    skills, context = read(text, resources)
    assert "Technical Documentation" not in skills | context
    skills, _ = read("Ecologist\n\nQualifications\n- Strong technical writing skills\n", resources)
    assert "Technical Documentation" in skills


def test_donor_development_is_fundraising(resources):
    skills, _ = read("Events Coordinator\n\nRequirements:\n- Applied understanding of donor development best "
                     "practices\n", resources)
    assert "Development Fundraising" in skills


def test_items_of_the_employers_list_of_services_are_not_asked(resources):
    text = ("Entry-Level Ecologist\n\nQualifications\n- A degree in biology or environmental science\n\n"
            "Over the past 39 years, our services have grown to include environmental site investigations and "
            "remediation; ecological and wetland services; environmental permitting; and NEPA compliance.\n")
    skills, context = read(text, resources)
    assert not {"Environmental Compliance", "Compliance"} & (skills | context)
    asked = ("Environmental Specialist\n\nOur clients include utilities; experience with environmental permitting "
             "is required.\n")
    skills, _ = read(asked, resources)
    assert "Environmental Compliance" in skills


@pytest.mark.parametrize("clause", [
    "at least one year of specialized experience equivalent to the next lower grade level in federal service",
    "Graduate education must demonstrate the knowledge, skills, and abilities necessary to do the work",
])
def test_a_federal_postings_qualification_rules_are_boilerplate(clause):
    assert is_boilerplate_clause(clause)


def test_a_suites_parts_slashed_in_parentheses_are_each_a_mention():
    from credstack.skills.matcher import group_mentions, matcher_for

    matcher = matcher_for(load_vocabulary())
    text = "Advanced skills in MS Office Suite (Outlook/Word/Excel/PowerPoint)"
    assert {m.mention for m in group_mentions(text, matcher.find(text))} >= {"Outlook", "Word", "Excel", "PowerPoint"}
    slashed = "Experience with HTML/CSS/JavaScript and React/Redux"
    assert {m.mention for m in group_mentions(slashed, matcher.find(slashed))} == {"HTML/CSS/JavaScript", "React/Redux"}


@pytest.mark.parametrize(("line", "skill"), [
    ("- Successful candidates must have an acceptable driving record", "Driver's License"),
    ("- Stream assessments and waterway permitting support", "Ecological Surveys"),
    ("- Stream assessments and waterway permitting support", "Permitting"),
    ("- National Registry of Environmental Professionals (NREP) Certified Environmental Auditor",
     "Certified Environmental Auditor"),
])
def test_an_ecologists_asks_are_read(resources, line, skill):
    skills, context = read(f"Ecologist\n\nRequirements:\n{line}\n", resources)
    assert skill in skills | context

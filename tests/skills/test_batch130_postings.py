"""What batches 130 and 131's real postings (bench/nontech_real.py --split held-occ120, held-occ121: LinkedIn postings
of 2023-24 and NHS adverts) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import analyzed, levels

ILS = {"Immediate Life Support (ILS) Provider", "Immediate Life Support"}


def test_a_certification_the_post_offers_to_develop_into_is_not_asked():
    """A prison nurse's advert: 'We could give you the opportunity to develop in to a specialist role ... i.e. ANP,
    BBV, substance misuse, ILS (intermediate life support), phlebotomy': the catalog found ILS by its letters and
    made it a certification the nurse lacked, though the vocabulary's own reading had left it as offered."""
    offered = ("Senior Mental Health Nurse\n\nRequirements\n\n- Registered Mental Health Nurse\n\nWe could give you "
               "the opportunity to develop in to a specialist role, such as ILS, health promotion or phlebotomy.\n")
    assert not ILS & analyzed(offered)
    trained = ("Senior Mental Health Nurse\n\nRequirements\n\n- Registered Mental Health Nurse\n- You will be "
               "trained in ILS during your induction.\n")
    assert not ILS & analyzed(trained)
    asked = ("Senior Mental Health Nurse\n\nRequirements\n\n- Registered Mental Health Nurse\n- You must hold a "
             "current ILS certificate.\n")
    assert ILS & analyzed(asked)


def test_what_a_sentence_opening_in_return_offers_is_not_asked():
    """An emergency nurse practitioner's advert: 'In return you will have the opportunity to develop within your
    role through continuing professional development with modules such as prescribing, minor illness course and
    x-ray interpretation': the modules offered read as skills asked."""
    offered = ("Emergency Nurse Practitioner\n\nAbout the role\n\nYou will see and treat patients independently. "
               "In return you will have the opportunity to develop within your role through continuing professional "
               "development with modules such as prescribing, minor illness course and x-ray interpretation.\n")
    found = analyzed(offered)
    assert not {"Continuing Professional Development", "Radiology"} & found
    asked = ("Emergency Nurse Practitioner\n\nAbout the role\n\nYou will see and treat patients independently. "
             "You must have proven experience of x-ray interpretation. In return we offer a study leave package.\n")
    assert "Radiology" in analyzed(asked)
    asking = ("Emergency Nurse Practitioner\n\nAbout the role\n\nIn return you must have experience of x-ray "
              "interpretation.\n")
    assert "Radiology" in analyzed(asking)


def test_machining_operations_are_skills_in_a_machine_shop_and_words_elsewhere():
    """A second-shift CNC operator's posting listed its work as 'operations: Sealing Rings CNC Line, milling,
    turning, boring and abrasive machining procedures' and its machines as 'grinders, burring & Jt burring':
    the vocabulary knew none of the operations. 'Turning clients into partners' is no lathe work."""
    shop = ("CNC Operator\n\nResponsibilities\n\n- Perform operations within the following: CNC line, milling, "
            "turning and abrasive machining procedures.\n- Abrasive machinery: grinders, burring.\n")
    assert {"Milling", "Turning", "Deburring"} <= analyzed(shop)
    sales = ("Account Manager\n\nRequirements\n\n- Experience turning clients into long-term partners\n"
             "- A record of turning around underperforming territories\n- Milling about is not our style\n")
    assert not {"Milling", "Turning"} & analyzed(sales)


def test_a_credentials_initials_written_with_dots_are_the_credential_and_keep_their_level(resources):
    """A production planner's posting ran 'Bachelor's degree in business or equivalent manufacturing planning
    experienceC.P.I.M/C.P.M. certificate preferred.': glued to the word before it and written with dots, APICS CPIM
    was not read; with dots its clause ended at 'C.P.I.M.', so 'preferred' did not reach it."""
    dotted = ("Production Planner\n\nRequirements\n- Excel\n- C.P.I.M. certificate preferred\n")
    assert levels(dotted, resources).get("APICS CPIM") == "preferred"
    glued = ("Production Planner\n\nJob Requirements: Bachelor's degree in business or equivalent manufacturing "
             "planning experienceC.P.I.M. certificate preferred.At least 2 yrs. experience in a Supply Chain role."
             "Possess strong skills using MS Office programs, including Excel, Word, and PowerPoint.Experience with "
             "computerized planning systems (MRP, ERP)Ability to work independently.\n")
    assert levels(glued, resources).get("APICS CPIM") == "preferred"
    plain = "Production Planner\n\nRequirements\n- Excel\n- CPIM certificate preferred\n"
    assert levels(plain, resources).get("APICS CPIM") == "preferred"


def test_good_laboratory_practice_beside_manufacturing_practice_and_safe_quality_food_by_name():
    """A food plant's quality technician was asked for 'Formal education ... on GLP, GMP, SQF, Food Defense, PCQI,
    or HACCP' and to 'meet Safe Quality Food (SQF) requirements': GLP, a laboratory's initials, needed a science
    posting around it, and 'Safe Quality Food' was no name known."""
    food = ("Quality Technician\n\nQualifications\n- Formal education on GLP, GMP, SQF or HACCP.\n"
            "- Assure the plant meets Safe Quality Food requirements.\n")
    found = analyzed(food)
    assert {"Good Laboratory Practice", "Good Manufacturing Practice", "Food Safety"} <= found
    assert "Good Laboratory Practice" not in analyzed("Marketing Manager\n\nRequirements\n- GLP-1 launch experience\n")


def test_the_experience_a_hospital_offers_is_not_asked_but_the_experience_a_candidate_offers_is():
    """A regional anaesthesia fellowship's advert: 'The hospital offers particular experience in transplant and
    hepatobiliary anaesthesia, ... paediatric anaesthesia, upper GI and colorectal surgery, airway experience including
    ENT ...': the hospital's casemix read as eight skills the fellow lacked."""
    offered = ("Clinical Fellow\n\nRequirements\n- Full GMC registration.\n\nThe hospital offers particular experience "
               "in obstetrics, paediatric anaesthesia, upper GI and colorectal surgery.\n")
    found = analyzed(offered)
    assert "GMC Registration" in found or any("GMC" in name for name in found)
    assert "Labor and Delivery" not in found and not any("colorectal" in name.lower() for name in found)
    asked = "Sales Executive\n\nRequirements\n- Candidates who can offer experience in B2B sales and Salesforce.\n"
    assert {"B2B Sales", "Salesforce"} <= analyzed(asked)


def test_i9_and_e_verify_are_an_hr_duty_not_a_new_hires_paperwork():
    """A travel company's HR manager was to handle 'E Verify (Verifying licensure and eligibility for employment
    (I-9))': only 'I-9 verification' was a known name. The same words in a new hire's conditions are paperwork."""
    duty = ("HR Manager\n\nResponsibilities\n- Process E Verify checks and verify eligibility for employment (I-9).\n"
            "- Complete I-9 forms for new hires.\n")
    assert "I-9 Compliance" in analyzed(duty)
    paperwork = ("Recruiter\n\nRequirements\n- Recruiting experience\n- Candidates must complete an I-9 upon hire.\n"
                 "- Employment is contingent on completing Form I-9.\n")
    assert "I-9 Compliance" not in analyzed(paperwork)


def test_a_part_of_the_world_is_a_place_not_a_skill():
    """A bearing maker's controller 'will work with the Controllers across SKF USA, North America Sales Controller,
    Latin America Sales Controller, IT Controller ...': the tagger's 'Latin America' became a skill of its own."""
    from credstack.places import load_places

    places = load_places()
    assert all(places.is_place(p) for p in ("Latin America", "EMEA", "Asia Pacific", "Middle East", "Europe"))
    assert not any(places.is_place(p) for p in ("Java", "Sales", "Logistics", "Purchasing"))


def test_a_courses_modules_are_taught_not_asked():
    """A wilderness medicine fellowship's advert: 'Modules include: Working in Urgent Care Medical Services (20
    credits) / ... / Human Factors and Managing Safe Dispositions (20 credits) / Risk Management and Preparedness
    (20 credits)': what the course teaches read as skills the trainee lacked."""
    taught = ("Wilderness Fellowship\n\nThe fellowship\n\nThe trainee will study part time. Modules include: Working in "
              "Urgent Care Medical Services (20 credits) / Operational Practice and Using Technology in Urgent Care "
              "(20 credits) / Human Factors and Managing Safe Dispositions (20 credits) / Risk Management and "
              "Preparedness (20 credits).\n\nRequirements\n- Current Emergency Medicine trainee.\n")
    assert not {"Risk Management", "Human Factors"} & analyzed(taught)
    asked = ("Data Analyst\n\nRequirements\n- Your degree course must include modules in statistics and Python.\n"
             "- Experience in risk management.\n")
    assert {"Python", "Risk Management"} <= analyzed(asked)


def test_echo_is_echocardiography_beside_the_heart_and_a_word_elsewhere():
    """A senior cardiac physiologist's advert: 'currently providing adult TTE, TOE, DSE, ESE, contrast and bubble echo
    procedures': 'echo', the name the ward uses, was no name known."""
    cardiac = ("Cardiac Physiologist\n\nRequirements\n- Experience performing adult echo in a cardiology department.\n"
               "- Knowledge of TOE.\n")
    assert "Echocardiography" in analyzed(cardiac)
    brand = "Marketing Manager\n\nRequirements\n- Echo our brand values in every campaign.\n- Excel\n"
    assert "Echocardiography" not in analyzed(brand)


def test_a_sexual_health_clinics_tests_and_a_childrens_social_workers_fields_are_named():
    """A sexual health clinic nurse's advert listed 'Pregnancy testing STI screening Blood testing and ultrasound
    scanning'; a children's social worker's, 'children in need, fostering, adoption' and 'Experience within
    Children's Services', and asked for a 'Qualified Social Worker': none of these was a name known. 'Cash' is no
    contraception and sexual health service (CaSH)."""
    clinic = ("Sexual Health Nurse\n\nThe role\n- Pregnancy testing\n- STI screening\n- Blood testing\n")
    assert {"Sexual Health", "Phlebotomy"} <= analyzed(clinic)
    social = ("Social Worker\n\nRequirements\n- Qualified Social Worker\n- Experience within Children's Services\n"
              "- Duties include assessments of children in need\n")
    found = analyzed(social)
    assert {"Social Work", "Social Care"} <= found
    assert "Sexual Health" not in analyzed("Cashier\n\nRequirements\n- Handling cash and card payments\n")


def test_letters_a_posting_spells_out_as_its_trust_name_it_not_a_skill():
    """A business support coordinator's advert opened 'Cambridgeshire and Peterborough NHS Foundation Trust (CPFT)
    provide integrated community health care' and asked for 'experience using different IT platforms within CPFT':
    the trust's letters became a skill. A regulator spelt out stays asked ('General Dental Council (GDC)')."""
    from credstack.skills.abbreviations import organisations_defined

    assert organisations_defined("Cambridgeshire and Peterborough NHS Foundation Trust (CPFT) provide care") == {"CPFT"}
    assert not organisations_defined("You must be registered with the General Dental Council (GDC).")
    assert not organisations_defined("Chartered Institute of Personnel and Development (CIPD) Level 5")
    trust = ("Business Support Coordinator\n\nCambridgeshire and Peterborough NHS Foundation Trust (CPFT) provide "
             "integrated community health care.\n\nRequirements\n- Excellent IT skills and experience using different IT "
             "platforms within CPFT inc. Health Roster and S1.\n")
    assert "CPFT" not in analyzed(trust)


def test_pre_assessment_is_a_nursing_field():
    """A pre-assessment manager's advert asked for 'Proven experience of working in pre-assessment as a lead or Senior
    Nurse' and 'Pre-assessment qualifications': the field, named so on every surgical ward, was no name known."""
    asked = ("Pre-Assessment Manager\n\nRequirements\n- Proven experience of working in pre-assessment as a lead nurse\n"
             "- Registered Nurse\n")
    assert "Pre-operative Assessment" in analyzed(asked)


def test_user_acceptance_testing_and_quarkxpress_are_names_known():
    """A data analyst's posting asked for 'UAT experience (support testing)' and a childcare academy's designer for
    'Photoshop, InDesign, QuarkXPress, and Illustrator': neither UAT nor QuarkXPress was a name known."""
    found = analyzed("Analyst\n\nRequirements\n- UAT experience\n- Photoshop, InDesign, QuarkXPress, and Illustrator\n")
    assert {"User Acceptance Testing", "QuarkXPress", "Adobe InDesign"} <= found


def test_equal_opportunities_listed_among_fields_is_no_equal_opportunity_statement():
    """A children's centre manager's advert asked for knowledge of 'policies and procedures relating to children's
    services; safeguarding, disability, equal opportunities, health and safety': read as the employer's equal
    opportunities statement, the clause lost health and safety. 'spread sheet' is a spreadsheet."""
    listed = ("Centre Manager\n\nRequirements\nKnowledge of legislation, policies and procedures relating to children's "
              "services; safeguarding, disability, equal opportunities, health and safety.\n- Keep the bookings "
              "spread sheet\n")
    assert {"Workplace Safety", "Spreadsheets"} <= analyzed(listed)
    statement = ("Recruiter\n\nRequirements\n- Excel skills.\n\nABC Ltd is an equal opportunities employer, and "
                 "welcomes applications from all, whatever their health and safety record.\n")
    assert "Workplace Safety" not in analyzed(statement)


def test_admission_to_a_state_bar_is_bar_admission():
    """A senior labor and employment attorney's posting asked for 'Admission to the New York State Bar': the state's
    bar, named with its state, was no name known. A firm that is a member of the State Bar asks no admission of a
    paralegal."""
    asked = ("Senior Attorney\n\nRequirements\n- Juris Doctor (JD) degree from an accredited law school.\n"
             "- Admission to the New York State Bar.\n")
    assert "Bar Admission" in analyzed(asked)
    firm = "Paralegal\n\nRequirements\n- Experience supporting attorneys; we are a member firm of the State Bar of Texas\n"
    assert "Bar Admission" not in analyzed(firm)

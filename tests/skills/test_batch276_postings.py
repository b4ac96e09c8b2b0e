"""What batches 276 and 277's real postings (bench/nontech_real.py --split held-occ266, held-occ267: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions, tagged_names


def test_a_capitalised_name_stays_apart_from_the_names_slashed_to_it(resources):
    """'a Theatre Practitioner / ODP/Registered Nurse', 'a Registered Nurse/Operating Department Practitioner'
    (a theatre recovery advert): two professions, each its own name; the slash takes in no initials before the
    name, nor the first word of another capitalised name after it. A lower-case word slashed on stays part of
    one name ('HV/LV switchgear', 'CBRN/HART operations')."""
    got = mentions("Theatre Practitioner\n\nRequirements\n- You will be an ODP/Registered Nurse with recovery "
                   "experience.\n- Ideally a Registered Nurse/Operating Department Practitioner.\n", resources)
    assert set(got.get("Registered Nurse", [])) == {"Registered Nurse"}, got
    got = mentions("Electrician\n\nRequirements\n- Experience of HV/LV switchgear.\n", resources)
    assert not any(m == "LV switchgear" for ms in got.values() for m in ms), got


def test_sas_the_grade_of_doctor_is_no_statistics_software(resources):
    """'The SAS doctor in this post will be involved in the care of all the patients on Aspen ward' (a
    psychiatry specialty doctor advert): SAS, the specialty and associate specialist grade, is no SAS
    software without a word of data or software near; with one, it is."""
    got = found("Specialty Doctor\n\nKey Responsibilities\nThe SAS doctor in this post will be involved in the "
                "care of all the patients on the ward, and will lead ward rounds.\n", resources)
    assert "SAS" not in got, got
    got = found("Data Analyst\n\nRequirements\n- Experience of SAS and SQL for data analysis.\n", resources)
    assert "SAS" in got, got


def test_the_areas_a_team_specialises_in_are_the_employers(resources):
    """'The Consultancy Team specialise in 7 key areas:' then 'Analytics', 'Project Management', ... (a
    consultancy team's advert): what the team does, led into its list; the same words asked stay."""
    got = found("Consultant\n\nOur team offers consulting services to the NHS.\n\nThe Consultancy Team specialise in "
                "3 key areas:\n\n- Analytics\n- Project Management\n- Digital Transformation\n\n"
                "Experience in consultancy within a healthcare setting is desirable.\n", resources)
    assert not {"Data Analysis", "Project Management"} & got, got
    got = found("Consultant\n\nRequirements:\n\n- Analytics\n- Project Management\n", resources)
    assert {"Data Analysis", "Project Management"} <= got, got


def test_a_pay_band_and_the_posts_papers_are_no_skills():
    """'a qualified Care Navigator (Afc B4)', 'other administrative tasks as outlined in the job description and
    person spec' (NHS adverts): the tagger's spans on the post's pay band and the papers that describe it are no
    skills; a course or tool it marks beside them stays."""
    got = tagged_names("A qualified Care Navigator (AfC B4) with a Care Certificate. Other administrative tasks as "
                       "outlined in the job description and person spec, using Pentaho.",
                       {"AfC B4": "knowledge", "person spec": "knowledge", "Pentaho": "knowledge"})
    assert not {"AfC B4", "person spec"} & got, got
    assert "Pentaho" in got, got


def test_mentorship_in_a_support_system_is_given_to_the_starter(resources):
    """'You will be expected to achieve national critical care clinical competencies within a structured support
    system of mentorship' (an intensive care nurse advert): the mentoring the starter gets; mentoring others is
    asked."""
    got = found("Staff Nurse\n\nRequirements\n- You will achieve critical care competencies within a structured "
                "support system of mentorship.\n", resources)
    assert "Mentoring" not in got, got
    got = found("Staff Nurse\n\nRequirements\n- Experience of mentorship of student nurses.\n", resources)
    assert "Mentoring" in got, got


def test_a_check_the_employer_gives_free_is_no_ask(resources):
    """'Our DBS check is free, you have no fees to pay!' (a pharmacy technician advert): the employer's offer;
    a check said required stays one, and so does being free from something."""
    got = found("Pharmacy Technician\n\nRequirements\n- GPhC registration.\n\nOur DBS check is free, you have no fees "
                "to pay!\n", resources)
    assert "Background Checks" not in got, got
    got = found("Pharmacy Technician\n\nRequirements\n- GPhC registration.\n- An enhanced DBS check is required.\n",
                resources)
    assert "Background Checks" in got, got


def test_sponsored_courses_the_post_may_lead_to_are_offered(resources):
    """'it might therefore be possible to undertake sponsored development opportunities such as Diplomas or other
    qualifications' (a locum consultant advert): what the employer may fund, not asked."""
    got = mentions("Locum Consultant\n\nRequirements\n- Full GMC registration.\n\nThe Trust encourages development of "
                   "medical staff; it might be possible to undertake sponsored development opportunities such as "
                   "Diplomas or other qualifications.\n", resources)
    assert not any("Diplomas" in ms for ms in got.values()), got


def test_jda_needs_words_of_software_near(resources):
    """'Great support from senior doctors and JDA office' (a foundation doctor's testimonial): the doctors'
    office, no supply-chain software (JDA, now Blue Yonder) without a word of software or a software-field skill
    near."""
    got = found("Foundation Doctor\n\nRequirements\n- Great support from senior doctors and JDA office, with "
                "supported study time.\n", resources)
    assert "Blue Yonder" not in got, got
    got = found("Supply Chain Analyst\n\nRequirements\n- Experience of JDA software and SQL.\n", resources)
    assert "Blue Yonder" in got, got


def test_the_services_a_managers_portfolio_includes_are_no_ask(resources):
    """'The Surgical Service Group Manager portfolio includes General Surgery, Trauma & Orthopaedics, Anaesthetics,
    Critical Care and Oral Maxillofacial Services' (a service group manager's advert): the services the post runs,
    not what its holder must know; a portfolio of work the post supports ('supporting our commercial portfolio
    including supply chain') is the job's own."""
    got = found("Service Group Manager\n\nThe Surgical Service Group Manager portfolio includes General Surgery, "
                "Anaesthetics and Critical Care. You will have experience of change management.\n", resources)
    assert not {"General Surgery", "Anaesthesiology", "Critical Care"} & got, got
    assert "Change Management" in got, got
    got = found("Service Group Manager\n\nRequirements\n- Experience in general surgery and critical care.\n",
                resources)
    assert {"General Surgery", "Critical Care"} <= got, got


def test_the_professions_of_an_mdt_approach_are_colleagues(resources):
    """'we have an MDT approach of Doctors, nurses, OT's psychology, support workers and soon peer support' (a
    community mental health nurse advert): the team's make-up, no ask; 'multidisciplinary team working with
    excellent communication skills' asks."""
    got = found("Community Psychiatric Nurse\n\n\u2022 The team is friendly, the team leaders and consultants are "
                "excellent, we have an MDT approach of Doctors, nurses, OT\u2019s psychology, support workers and soon "
                "peer support.\n", resources)
    assert "Psychology" not in got, got
    got = found("Theatre Team Leader\n\nRequirements\n- Evidence of multidisciplinary team working with excellent "
                "communication skills.\n", resources)
    assert "Communication" in got, got


def test_training_the_employer_says_will_be_available_is_offered(resources):
    """'Appropriate training will be available, particularly for ARTP qualification, non-medical prescribing and
    advanced assessment skills' (a community COPD nurse advert): what the post gives; 'Technical training is
    provided on the job and you will be required to contribute to clinical audit' still asks the audit."""
    got = found("COPD Nurse\n\nRequirements\n- NMC registration.\n- Appropriate training will be available, "
                "particularly for non-medical prescribing and spirometry.\n", resources)
    assert not {"Non-Medical Prescribing", "Spirometry"} & got, got
    got = found("Ophthalmic Technician\n\nRequirements\n- Technical training is provided on the job and you will be "
                "required to contribute to clinical audit.\n", resources)
    assert "Clinical Governance" in got, got


def test_a_specialty_the_starter_may_go_on_to_is_offered(resources):
    """'Are you interested in specialising in Gastroenterology or Endocrinology?' (a staff nurse advert): where
    the post may lead, no ask; experience in it asked stays."""
    got = found("Staff Nurse\n\nAre you interested in specialising in Gastroenterology or Endocrinology? Our wards "
                "are busy.\n\nRequirements\n- NMC registration.\n", resources)
    assert not {"Gastroenterology", "Endocrinology"} & got, got
    got = found("Staff Nurse\n\nRequirements\n- Experience in gastroenterology.\n", resources)
    assert "Gastroenterology" in got, got


def test_the_team_members_a_post_supports_are_colleagues(resources):
    """'The role requires you to support other members of the theatre team, such as scrub practitioners, operating
    department practitioners (ODP), surgeons and anaesthetists' (a theatre support worker advert): the people
    worked with, no ask."""
    got = mentions("Theatre Support Worker\n\nRequirements\n- The role requires you to support other members of the "
                   "theatre team, such as scrub practitioners, surgeons and anaesthetists.\n", resources)
    words = {m.casefold() for ms in got.values() for m in ms}
    assert not {"scrub practitioners", "anaesthetists"} & words, got


def test_the_specialities_a_department_covers_are_the_employers(resources):
    """'Specialities covered are General Surgery, ENT and Maxilloacial Surgery, Breast Surgery, Upper GI, ...'
    (a scrub nurse advert): the department's work, no ask."""
    got = found("Scrub Nurse\n\nYou will rotate through a range of surgical specialities.\n\nSpecialities covered are "
                "General Surgery, Urology and Orthopaedics.\n\nRequirements\n- NMC registration.\n", resources)
    assert not {"General Surgery", "Urology", "Orthopedics"} & got, got


def test_to_excel_is_no_spreadsheet(resources):
    """'To excel you will be an enthusiastic, caring and compassionate registered professional' (a CBT therapist
    advert): the verb; Excel named with office words stays."""
    got = found("CBT Therapist\n\nRequirements\n- To excel you will be a caring registered professional.\n",
                resources)
    assert "Microsoft Excel" not in got, got
    got = found("Administrator\n\nRequirements\n- Proficient in excel and Outlook.\n", resources)
    assert "Microsoft Excel" in got, got


def test_excel_within_a_role_is_the_verb(resources):
    """'CWP offers Continuing Professional Development ... and encourage you to excel within your nursing role' (a
    clinical lead advert): the verb."""
    got = found("Clinical Lead\n\nRequirements\n- NMC registration.\n- We encourage you to excel within your nursing "
                "role.\n", resources)
    assert "Microsoft Excel" not in got, got


def test_embedded_alone_is_no_embedded_systems_without_words_of_software(resources):
    """'Support the 6 C's as embedded practise', 'the principles embedded in psychosocial interventions' (mental
    health nurse adverts): the participle, not embedded systems; with words of software near it is."""
    got = found("Staff Nurse\n\nRequirements\n- Support the 6 C's as embedded practise.\n- Knowledge of the principles "
                "embedded in psychosocial interventions.\n", resources)
    assert "Embedded Systems" not in got, got
    got = found("Software Engineer\n\nRequirements\n- Solid knowledge of embedded applications software development "
                "in C++.\n", resources)
    assert "Embedded Systems" in got, got

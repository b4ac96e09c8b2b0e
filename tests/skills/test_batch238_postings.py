"""What batches 238 to 243's real postings (bench/nontech_real.py --split held-occ228 to held-occ233: NHS Jobs
adverts, UK Adzuna health and social care adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_a_flattened_adverts_heading_run_into_its_duties_is_no_skill(resources):
    """'... Divisional Office. Human Resources (HR) Adhere to, and implement, all HR policies' (a one-line clinical
    lead advert): the heading of the duties after it, no Human Resources asked; a name a duty's verb follows within a
    sentence, or after a colon, stays asked."""
    got = found("Clinical Lead\n\nClinical Lead Job Middlesex. Manage and monitor budgets agreed by the Divisional "
                "Office. Human Resources (HR) Adhere to, and implement, all HR policies and procedures. Financial "
                "Management Ensure the budget is kept.\n", resources)
    assert "Human Resources" not in got, got
    got = found("HR Officer\n\nRequirements\n\n- Experience in Human Resources\n- Essential: Human Resources "
                "(HR) Administration\n", resources)
    assert "Human Resources" in got, got


def test_from_the_heads_run_on_duties_helper():
    from credstack.skills import _heads_run_on_duties

    text = "the budgets. Financial Control Manage, monitor and maintain budgets. You have Excel Use it."
    start = text.index("Financial Control")
    assert _heads_run_on_duties(text, start, start + len("Financial Control"))
    start = text.index("Excel")
    assert not _heads_run_on_duties(text, start, start + len("Excel"))  # inside its sentence


def test_funded_study_the_employer_offers_is_no_ask(resources):
    """'receive funded further education such as the non-medical prescribing course' (an advanced practitioner's
    advert): offered, not asked; 'must have completed the non-medical prescribing course' asks it."""
    got = found("Advanced Practitioner\n\nWith the potential to move within the company as well as receive funded "
                "further education such as the non-medical prescribing course, we can help you build a portfolio "
                "career.\n\nEssential Criteria\n\n- Registered Adult Nurse\n", resources)
    assert "Non-Medical Prescribing" not in got, got
    got = found("Advanced Practitioner\n\nEssential Criteria\n\n- You must have completed the non-medical "
                "prescribing course\n", resources)
    assert "Non-Medical Prescribing" in got, got


def test_what_the_starter_is_given_access_to_is_offered(resources):
    """'you will have access to best-in-class training and development including the ... Academy' and 'Nursing
    Leadership training courses' offered; 'You must have experience in leadership' asks."""
    got = found("Nurse\n\nWe are committed to investing in the professional development of all our nurses. You will "
                "have access to Nursing Leadership training courses including the Mary Seacole programme.\n", resources)
    assert "Leadership" not in got, got
    got = found("Nurse\n\nRequirements\n\n- You must have experience in leadership\n", resources)
    assert "Leadership" in got, got


def test_one_team_named_with_and_is_a_team(resources):
    """'within the Trust's Urgent Care and Assessment Team (UCAT)' (a personality disorder hub's practitioner):
    a team's name, no Urgent Care asked; 'experience in Urgent Care and Emergency Medicine' asks both."""
    got = found("Practitioner\n\nThe role\n\nThe post holder will operate as a lead within the Trust's Urgent Care "
                "and Assessment Team (UCAT).\n", resources)
    assert "Urgent Care" not in got, got
    got = found("Practitioner\n\nThe role\n\nYou will need experience in Urgent Care and Emergency Medicine.\n",
                resources)
    assert {"Urgent Care", "Emergency Medicine"} <= got, got


def test_the_employers_standing_and_expertise_are_no_ask(resources):
    """'has been praised by the GMC for its innovative approach' (a cardiologist's advert), 'one of the largest
    Primary and Urgent care providers' (an ACP's), 'also has particular expertise in heart disease, trauma,
    neurosciences ...' (a dietitian's), 'There is close collaboration with the other post holder' (a
    psychologist's): the employer and its workplace; the controls ask."""
    got = found("Consultant\n\nThe medical school has been praised by the GMC for its innovative approach to "
                "undergraduate medical education.\n", resources)
    assert "GMC Registration" not in got, got
    got = found("Consultant\n\nRequirements\n\n- Full registration with the GMC\n", resources)
    assert "GMC Registration" in got, got
    got = found("Advanced Clinical Practitioner\n\ngtd healthcare is one of the largest Primary and Urgent care "
                "providers in North West England.\n", resources)
    assert "Urgent Care" not in got, got
    got = found("Dietitian\n\nSouth Tees NHS Foundation Trust also has particular expertise in heart disease, trauma, "
                "neurosciences, renal services and spinal injuries.\n\nRequirements\n\n- Has expertise in "
                "diabetes\n", resources)
    assert "Neuroscience" not in got and "Diabetes Care" in got, got
    got = found("Psychologist\n\nThis post is part time. There is close collaboration with the other post holder to "
                "provide peer support.\n", resources)
    assert "Collaboration" not in got, got
    got = found("Psychologist\n\nRequirements\n\n- Collaboration skills\n", resources)
    assert "Collaboration" in got, got


def test_a_contribution_to_patient_care_is_the_goal(resources):
    """'encouraged to work autonomously and to make a real contribution to patient care' (an ACP's advert): the
    outcome the work serves; 'Provide patient care' stays asked."""
    got = found("Advanced Clinical Practitioner\n\nThis is an environment where you are encouraged to make a real "
                "contribution to patient care and the organisation.\n", resources)
    assert "Patient Care" not in got, got
    got = found("Advanced Clinical Practitioner\n\nDuties\n\n- Provide patient care\n", resources)
    assert "Patient Care" in got, got


def test_the_areas_an_opportunity_may_include_are_offered(resources):
    """'gives you the opportunity to work across a variety of clinical areas, ... This may include:' over a list of
    specialities (a bank dietitian's advert): where the post may work, offered; 'This will include:' under a post's
    own work leads its duties."""
    got = found("Dietitian\n\nWorking for NHSP gives you the opportunity to work across a variety of clinical areas, "
                "which may be in the acute or community setting, building rapport and improving your skills. This "
                "may include:\n\n- Cardiology\n\n- Diabetes\n\n- Oncology / Haematology\n\nRequirements\n\n- HCPC "
                "registration\n", resources)
    assert not {"Cardiology", "Oncology"} & got, got
    got = found("Nurse\n\nAn exciting opportunity has arisen to work in our ward. This will include:\n\n- "
                "Phlebotomy\n\n- Cannulation\n", resources)
    assert "Phlebotomy" in got, got


def test_the_employers_videos_and_its_staffs_stories_ask_nothing(resources):
    """'please view our videos on YouTube' (a community nurse's advert) is where the employer posts; 'I soon
    developed my clinical skills including wound care, palliative care ...' (a nurse's story in another advert) is
    what a member of staff did; 'I am recruiting for ...' (an agency's advert) is the recruiter's work. The controls
    ask."""
    got = found("Community Nurse\n\nTo find out what it is like to work for us please view our videos on YouTube, "
                "search for Bromley healthcare.\n", resources)
    assert "YouTube" not in got, got
    got = found("Social Media Officer\n\nRequirements\n\n- Experience creating videos on YouTube\n", resources)
    assert "YouTube" in got, got
    got = found("Community Staff Nurse\n\nCommunity nursing is such a varied job. I soon developed my clinical skills "
                "including wound care, palliative care and pressure ulcer care. Later I further gained much more "
                "experience in complex clinical assessments and leadership.\n", resources)
    assert not {"Wound Care", "Palliative Care"} & got, got
    got = found("Community Staff Nurse\n\nI am currently recruiting for a community nurse with experience in wound "
                "care.\n", resources)
    assert "Wound Care" in got and "Recruiting" not in got, got
    got = found("Recruiter\n\nRequirements\n\n- Experience recruiting nurses\n", resources)
    assert "Recruiting" in got, got


def test_the_stakeholders_areas_and_a_go_live_date_are_no_skills(resources):
    """'working with key stakeholders in relation to HR, Estates, Information Governance, Performance, IM&T' and
    'beyond the 1/4/2021 Go Live date' (a project manager's advert): the departments the post works with and a
    milestone, no Human Resources and no Go; 'Experience in HR', 'Experience with Go' ask them."""
    got = found("Project Manager\n\nKey responsibilities will include working with key stakeholders in relation to HR, "
                "Estates, Performance and IM&T. There will be the need, beyond the 1/4/2021 Go Live date, to support "
                "the service.\n", resources)
    assert not {"Human Resources", "Go"} & got, got
    got = found("Developer\n\nRequirements\n\n- Experience with Go and Python\n- Experience in HR\n", resources)
    assert {"Human Resources", "Go"} <= got, got


def test_whom_the_employer_is_recruiting_is_asked(resources):
    """'We are currently recruiting dedicated and motivated individuals with excellent communication skills' and
    'We are currently recruiting for a community nurse with experience in wound care' (adverts of batch 243 and
    earlier): whom the employer seeks, asked, though the clause opens on the employer's hiring; 'I am currently
    recruiting for a large company that specialises in wound care' describes the client, and 'We are committed to
    recruiting candidates who share the commitment to safeguarding' is the safeguarding statement."""
    got = found("Nurse\n\nWe are currently recruiting dedicated and motivated individuals with excellent communication "
                "skills.\n", resources)
    assert "Communication" in got, got
    got = found("Nurse\n\nWe are currently recruiting for a community nurse with experience in wound care.\n",
                resources)
    assert "Wound Care" in got, got
    got = found("Nurse\n\nI am currently recruiting for a large company that specialises in wound care.\n", resources)
    assert "Wound Care" not in got, got
    got = found("Nurse\n\nWe are committed to recruiting candidates who share the commitment to safeguarding, and "
                "therefore we apply robust recruitment.\n", resources)
    assert "Recruiting" not in got, got


def test_the_specialties_an_employer_offers_are_its_own(resources):
    """'offers a wide range of theatre specialties including Head and Neck surgery, Trauma and Orthopaedics, ...
    Urology, Gynaecology and General Surgery' (a theatres team leader's advert): the hospital's specialties; 'You will
    offer a range of therapies including CBT' is the post's work."""
    got = found("Theatres Team Leader\n\nWe have just appointed new surgeons. Oxford offers a wide range of theatre "
                "specialties including Head and Neck surgery, Urology and Gynaecology.\n", resources)
    assert not {"Urology", "Gynecology"} & got, got
    got = found("Psychologist\n\nDuties\n\n- You will offer a range of therapies including CBT and EMDR\n", resources)
    assert "Cognitive Behavioral Therapy" in got, got


def test_the_employers_priorities_and_its_prose_under_a_desirable_list_are_its_own(resources):
    """'the key priorities for Lancashire & South Cumbria are implementation of Integrated Community Stroke
    Rehabilitation, ... an Ambulatory Care Model' (a stroke unit nurse's advert) and 'Cygnet Hospital ... can offer
    service users a broad range of therapies including CAT, EMDR and Schema Therapy' run on under a 'Desirable' list
    (a clinical team leader's): the employer's; 'Your key priorities will be budget management' and the desirable
    list's own items are asked."""
    got = found("Staff Nurse\n\nIn addition to continuous improvement the key priorities for Lancashire & South Cumbria "
                "are implementation of Integrated Community Stroke Rehabilitation and an Ambulatory Care Model.\n",
                resources)
    assert not {"Ambulatory Care", "Continuous Improvement"} & got, got
    got = found("Manager\n\nYour key priorities will be budget management and stakeholder management.\n", resources)
    assert "Budgeting" in got, got
    got = found("Nurse\n\nDesirable\n\n- Experience of CBT\n- Knowledge of DBT\n\nCygnet Hospital Kewstoke provides a "
                "therapeutic environment which can offer service users a broad range of therapies including CAT, EMDR "
                "and Schema Therapy.\n", resources)
    assert {"Cognitive Behavioral Therapy", "Dialectical Behavior Therapy"} <= got, got
    assert "Eye Movement Desensitization and Reprocessing" not in got, got

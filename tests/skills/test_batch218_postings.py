"""What batches 218 to 227's real postings (bench/nontech_real.py --split held-occ208 to held-occ217: NHS Jobs
adverts, UK Adzuna hospitality and health and social care adverts), the hospitality adverts of batch 185 and the
engineers of batches 78 and 83 showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions


def test_a_skill_said_not_needed_with_an_adverb_or_a_short_form_is_not_asked(resources):
    """'rosette experience is certainly not necessary', 'SAP isn't required': not asked; the same words without
    the 'not' ask for it."""
    got = found("Chef de Partie\n\nRequirements\n\n- Fine dining experience is certainly not necessary.\n"
                "- A real passion for cooking\n", resources)
    assert "Fine Dining" not in got, got
    got = found("Office Administrator\n\nRequirements\n\n- SAP isn\u2019t required, we will train you.\n"
                "- Good knowledge of Microsoft Word\n", resources)
    assert "SAP" not in got and "Microsoft Word" in got, got
    got = found("Chef de Partie\n\nRequirements\n\n- Fine dining experience is certainly necessary.\n", resources)
    assert "Fine Dining" in got, got


def test_who_supervises_and_directs_the_job_is_a_colleague(resources):
    """'You will be under the supervision and direction of a registered nurse whilst on duty' (a healthcare
    assistant): the nurse's credential is not asked of the assistant; a nurse's own posting asks it."""
    got = found("Health Care Assistant\n\nDuties\n\n- You will be under the supervision and direction of a "
                "registered nurse whilst on duty.\n- Assisting with activities of daily living\n", resources)
    assert "Registered Nurse" not in got, got
    got = found("Staff Nurse\n\nRequirements\n\n- You must be a registered nurse with current NMC registration.\n",
                resources)
    assert "Registered Nurse" in got, got


def test_what_the_employer_supports_its_staff_to_study_is_offered(resources):
    """'This includes support to study post-graduate qualifications such as MBA or MSc or undertaking academic
    research' (a consultant's advert), 'The Trust provides support for all healthcare support workers to complete
    mandatory training, including the Care Certificate': offered, not asked; what the person specification names is
    asked."""
    got = found("Consultant in Emergency Medicine\n\nThe role\n\nYou will lead the care of patients in our two Emergency "
                "Departments. We are keen to support the professional study of our consultant body. This includes "
                "support to study post-graduate qualifications such as MBA or MSc or undertaking academic research."
                "\n\nRequirements\n\n- Full GMC registration\n", resources)
    assert not {"MBA", "Master of Business Administration"} & got, got
    got = found("Healthcare Support Worker\n\nThe role\n\nYou will assist the nurses on the ward. The Trust provides "
                "support for all healthcare support workers to complete mandatory training, including the Care "
                "Certificate.\n\nRequirements\n\n- Good communication skills\n", resources)
    assert "Care Certificate" not in got, got
    got = found("Healthcare Support Worker\n\nRequirements\n\n- The Care Certificate\n", resources)
    assert "Care Certificate" in got, got
    got = found("Operations Director\n\nRequirements\n\n- Post-graduate qualifications such as MBA or MSc\n",
                resources)
    assert {"MBA", "Master of Business Administration"} & got, got


def test_the_services_of_the_team_the_post_joins_are_the_teams(resources):
    """'You will be part of a wider multi-disciplinary team who provide a vast range of services such early days
    in custody risk management, primary care and substance misuse services to the population' (a prison nurse):
    the team's services, not skills asked; 'experience of risk management' asks."""
    got = found("Staff Nurse\n\nAbout the role\n\nYou will be part of a wider multi-disciplinary team who provide a "
                "vast range of services such as early days in custody risk management, primary care and substance "
                "misuse services to the population.\n\nRequirements\n\n- NMC registration\n", resources)
    assert "Risk Management" not in got, got
    got = found("Staff Nurse\n\nRequirements\n\n- Experience of risk management and substance misuse services\n",
                resources)
    assert "Risk Management" in got, got


def test_healthcare_listed_with_a_pension_is_a_benefit(resources):
    """'plus an excellent package, including pension, Healthcare and much more' (a project manager's advert): the
    perk, not the industry; 'within the Healthcare sector' is the industry."""
    got = found("Project Manager\n\nThis is a permanent role plus an excellent package, including pension, Healthcare "
                "and much more.\n\nRequirements\n\n- Proven project management experience\n", resources)
    assert "Healthcare Industry" not in got, got
    got = found("Project Manager\n\nRequirements\n\n- Proven project management experience within Healthcare\n",
                resources)
    assert "Healthcare Industry" in got, got


def test_mobile_network_standards_and_version_control_tools_are_named(resources):
    """'Considerable 3G UMTS/WCDMA protocol stack design & development at Layer 3/RRC. Configuration Management
    Tools (such as ClearCase)' (batch 83's protocol engineer): the standards and the tool are skills; a hotel's GSM
    (its general or guest services manager) is no mobile network."""
    got = found("Senior Software Engineer\n\nRequirements\n\n- Considerable 3G UMTS/WCDMA protocol stack design and "
                "development, to 3GPP specifications\n- Configuration management tools such as ClearCase or "
                "Perforce\n- LTE and GSM radio networks\n", resources)
    assert {"UMTS", "3GPP", "IBM Rational ClearCase", "Perforce", "LTE", "GSM"} <= got, got
    got = found("Hotel Receptionist\n\nRequirements\n\n- Experience as a GSM or front office supervisor\n", resources)
    assert "GSM" not in got, got


def test_known_initials_slashed_to_unknown_longer_initials_are_their_own_name(resources):
    """'You will need to be RNC/RN qualified' (a neonatal nurse): RN is the mention, RNC another name; a
    standards body's initials stay in the standard's name ('ISO/TS 16949', 'ISO/IEC 17025')."""
    got = mentions("Neonatal Nurse\n\nRequirements\n\n- You will need to be RNC/RN qualified with current NMC "
                   "registration\n", resources)
    assert got.get("Registered Nurse") == ["RN"], got
    got = mentions("Quality Engineer\n\nRequirements\n\n- Working knowledge of ISO/TS 16949 and ISO/IEC 17025\n",
                   resources)
    assert got.get("IATF 16949") == ["ISO/TS 16949"] and got.get("Laboratory Accreditation") == ["ISO/IEC 17025"], got


def test_what_the_home_caters_for_is_the_employers(resources):
    """'The home caters for the care of the elderly specifically catering for clients with long term care and
    nursing' (a nursing home manager's advert): the home's residents, not skills asked; a chef who will 'cater for
    functions' still runs the section, and the same care asked of the candidate is asked."""
    got = found("Nursing Home Manager\n\nNursing Home Manager required for a large nursing home. The home caters for "
                "the care of the elderly specifically catering for clients with long term care and nursing, to "
                "nursing dementia care and respite. Requirements: You must hold NMC registration and experience of "
                "dementia care.\n", resources)
    assert not {"Geriatrics", "Long-Term Care"} & got and "Dementia Care" in got, got
    got = found("Nursing Home Manager\n\nRequirements\n\n- Experience of long term care and care of the elderly\n",
                resources)
    assert {"Geriatrics", "Long-Term Care"} <= got, got
    got = found("Chef de Partie\n\nDuties\n\n- You will cater for functions of up to 200 guests and run the pastry "
                "section\n", resources)
    assert "Kitchen Section Running" in got, got


def test_a_circumstance_permitting_is_no_permits_work(resources):
    """'occasional visits to clients nationally (Covid permitting)' (a head of finance): the idiom, not the work of
    obtaining permits; 'Lead the permitting process' is."""
    got = found("Head of Finance\n\nRequirements\n\n- Occasional visits to clients nationally (Covid permitting)\n"
                "- ACCA or CIMA qualified\n", resources)
    assert "Permitting" not in got and "ACCA" in got, got
    got = found("Planner\n\nRequirements\n\n- Lead the permitting process and manage air permitting requirements\n",
                resources)
    assert "Permitting" in got, got


def test_what_a_sentence_sets_aside_is_not_asked(resources):
    """'focusing on the care side of the home rather than the business and marketing' (a registered manager):
    marketing is set aside; what comes before 'rather than' is asked ('React rather than Angular')."""
    got = found("Registered Manager\n\nRequirements\n\n- You will manage the home, focusing on the care side of the "
                "home rather than the business and marketing.\n- Experience of CQC regulations\n", resources)
    assert "Marketing" not in got and "CQC Regulations" in got, got
    got = found("Developer\n\nRequirements\n\n- Experience with React rather than Angular\n- Experience with "
                "Angular instead of Vue.js\n", resources)
    assert "React" in got and "Angular" in got and "Vue.js" not in got, got


def test_the_areas_the_posts_on_offer_are_in_are_offered(resources):
    """'There are a variety of posts available including the Acute Medical Unit, ..., Ward 3 Oncology, Ward 11
    Endocrinology, Ward 12 Gastroenterology' (a staff nurse advert): where the vacancies are, not skills asked; a
    specialty asked is asked."""
    got = found("Staff Nurse\n\nAbout the role\n\nWe are looking for Band 5 Staff Nurses to work across the "
                "Specialities of Medicine. There are a variety of posts available including the Acute Medical Unit, "
                "Ward 3 Oncology, Ward 11 Endocrinology, Ward 12 Gastroenterology and our Stroke Unit.\n\n"
                "Requirements\n\n- NMC registration\n", resources)
    assert not {"Oncology", "Endocrinology", "Gastroenterology"} & got, got
    got = found("Staff Nurse\n\nRequirements\n\n- Experience in Oncology, Endocrinology or Gastroenterology\n",
                resources)
    assert {"Oncology", "Endocrinology", "Gastroenterology"} <= got, got


def test_a_programme_others_run_and_meetings_on_offer_are_given(resources):
    """'You will also be able to participate in the CPD program offered by the systemic discipline', 'There will
    also be opportunities for you to meet regularly with other Psychologists ... for supervision groups, CPD events'
    (two psychologists' adverts): given, not asked; 'Evidence of CPD' is asked."""
    for sentence in ("You will also be able to participate in the CPD program offered by the systemic discipline.",
                     "There will also be opportunities for you to meet regularly with other Psychologists across the "
                     "Trust for supervision groups, CPD events and service development projects."):
        got = found(f"Systemic Psychotherapist\n\nAbout the role\n\n{sentence}\n\nRequirements\n\n- HCPC "
                    "registration\n", resources)
        assert "Continuing Professional Development" not in got, (sentence, got)
    got = found("Systemic Psychotherapist\n\nRequirements\n\n- Evidence of CPD\n", resources)
    assert "Continuing Professional Development" in got, got


def test_an_employer_saying_it_is_recruiting_asks_no_recruiting(resources):
    """'Catering services are now recruiting across the county' (a bank porter), 'We are recruiting a registered
    nurse': the employer hiring, not the work of hiring; 'you will be recruiting for staff' and 'responsible for
    recruiting, interviewing and hiring' are the work."""
    for text in ("Porter\n\nCatering services are now recruiting across the county and provide an opportunity to "
                 "work in a busy environment.\n\nDuties\n- Moving waste\n",
                 "Tissue Viability Nurse\n\nWe are recruiting a registered nurse who has an interest in wound care."
                 "\n\nRequirements\n- NMC registration\n"):
        got = found(text, resources)
        assert "Recruiting" not in got, (text, got)
    got = found("HR Coordinator\n\nDuties\n- You will be recruiting for staff across the care sector\n", resources)
    assert "Recruiting" in got, got
    got = found("HR Coordinator\n\nDuties\n- Responsible for recruiting, interviewing and hiring\n", resources)
    assert "Recruiting" in got, got


def test_the_operating_theatre_is_perioperative_work(resources):
    """'Desirable Theatre experience, A E experience' (sexual health nurses), 'experience working within operating
    theatres': the operating theatre, in the words of UK postings; a degree 'in theatre or performing arts' is
    not."""
    got = found("Staff Nurse\n\nRequirements\n\n- Desirable: Theatre experience, A&E experience\n", resources)
    assert "Surgical Assisting" in got, got
    got = found("Scrub Nurse\n\nRequirements\n\n- 18 months experience working within operating theatres\n",
                resources)
    assert "Surgical Assisting" in got, got
    got = found("Drama Lecturer\n\nRequirements\n\n- A Master's degree in theatre or performing arts\n", resources)
    assert "Surgical Assisting" not in got, got

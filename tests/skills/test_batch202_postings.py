"""What batches 202 to 205's real postings (bench/nontech_real.py --split held-occ192 to held-occ195: NHS Jobs
adverts, UK Adzuna hospitality and health and social care adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions, names, read_whole


def test_a_chef_de_partie_in_title_case_is_no_chef_tool():
    """'Chef De Partie **** Red Star **** AA Rosette Hotel' (a line of names, read with no context): the kitchen's
    post, its 'De' in capitals too; a line of tools keeps Chef."""
    assert "Chef" not in names("Chef De Partie **** Two AA Rosette Hotel")
    assert "Chef" in names("Chef Puppet Ansible")


def test_excel_after_another_verb_is_the_verb(resources):
    """'a superb opportunity for a Chef de Partie to flourish and excel': doing well, not the spreadsheet."""
    got = found("Commis Chef\n\nRequirements\n\n- This is a superb opportunity for a chef to flourish and excel.\n"
                "- Cope well under pressure\n", resources)
    assert "Microsoft Excel" not in got, got
    got = found("Office Administrator\n\nRequirements\n\n- Good knowledge of Microsoft Word and excel.\n", resources)
    assert "Microsoft Excel" in got, got


def test_consolidation_is_the_accounts_only_where_moneys_words_are(resources):
    """'during the first 6 months of the consolidation of learning period' (a newly qualified paramedic): no
    Financial Consolidation; 'month-end close and consolidation of the group accounts' is."""
    got = found("Lead Paramedic\n\nDuties\n\n- Review the NQP portfolio during the first 6 months of the "
                "consolidation of learning period\n", resources)
    assert "Financial Consolidation" not in got, got
    got = found("Group Accountant\n\nDuties\n\n- Responsible for month-end close and consolidation of the group "
                "accounts\n", resources)
    assert "Financial Consolidation" in got, got


def test_the_last_word_of_a_long_name_is_not_slashed_into_the_next_name(resources):
    """'compliance with Data Protection Act/GDPR': GDPR is the mention, not 'Act/GDPR'; names slashed whole
    ('Jest/Enzyme', 'HW Bring-up/debug' of initials) stay as the page wrote them."""
    got = mentions("Lead Paramedic\n\nDuties\n\n- Maintain confidentiality and ensure compliance with Data "
                   "Protection Act/GDPR.\n", resources)
    assert got.get("GDPR") == ["GDPR"], got
    got = mentions("Project Engineer\n\nRequirements\n\n- Experience of Project Engineering/Project Management "
                   "within regulated manufacturing\n", resources)
    assert got.get("Project Management") == ["Project Management"], got
    got = mentions("Office Administrator\n\nRequirements\n\n- Good knowledge of Excel/Word\n", resources)
    assert got.get("Microsoft Excel") == ["Excel/Word"], got


def test_what_a_team_consists_of_is_its_colleagues(resources):
    """'The teams consist of Child and Adolescent psychiatry, Clinical Psychology, Mental Health Nursing, Art
    Therapy, Systemic Family Therapy, Support Workers and administrative staff': the team the doctor joins."""
    got = found("Specialty Doctor\n\nAbout the role\n\nThe teams consist of Child and Adolescent psychiatry, Clinical "
                "Psychology, Mental Health Nursing, Art Therapy, Systemic Family Therapy, Support Workers and "
                "administrative staff.\n\nRequirements\n\n- MRCPsych\n", resources)
    assert not {"Family Therapy", "Systemic Family Therapy", "Psychology", "Nursing"} & got, got
    got = found("Family Therapist\n\nRequirements\n\n- Training in Systemic Family Therapy and Clinical Psychology\n",
                resources)
    assert got & {"Family Therapy", "Systemic Family Therapy"} and "Psychology" in got, got


def test_a_call_to_apply_run_on_after_the_ask_leaves_the_ask(resources):
    """'at least 18 months experience working within Anaesthetics and Recovery If you would like to apply for this
    post please send in your CV' (a dump with its full stops lost): the call is its own clause."""
    got = found("ODP\n\nThe Role\n\nYou will need to be a qualified ODP. You will need to have at least 18 months "
                "experience working within Anaesthetics and Recovery If you would like to apply for this post please "
                "send in your CV to our office\n", resources)
    assert "Anesthesiology" in got, got
    got = found("ODP\n\nThe Role\n\nYou will need to be a qualified ODP.\n\nHow to apply\n\nIf you would like to "
                "apply for this post please send your CV, and see our anaesthetics unit's page\n", resources)
    assert "Anesthesiology" not in got, got


def test_what_is_said_provided_by_the_employer_is_given(resources):
    """'(protective clothing and uniforms are provided by Carewatch)': given; 'the care provided by the home' and
    a licence 'issued by' a body are not."""
    got = found("Care Worker\n\nDuties\n\n- Dress appropriately for post (protective clothing and uniforms are "
                "provided by Carewatch)\n- Support service users with personal care\n", resources)
    assert "Personal Protective Equipment" not in got, got
    got = found("Care Worker\n\nDuties\n\n- Wear protective clothing and gloves at all times\n", resources)
    assert "Personal Protective Equipment" in got, got


def test_role_paragraphs_under_a_benefits_heading_are_the_job(resources):
    """'What can we offer you?' followed by the post itself ('As a Registered Nurse (Mental Health) you'll be an
    integral part of the healthcare team by bringing your top-notch clinical skills ...') and then the salary: the
    paragraphs before the offer are job text; the offer's are not."""
    text = ("Mental Health Clinical Lead\n\nAre you an inspiring team leader?\n\nWhat can we offer you?\n\n"
            "As a Registered Nurse (Mental Health) you'll be an integral part of the healthcare team by bringing your "
            "clinical skills and leadership to the role.\n\nYour role as the clinical lead will be responsible for "
            "the Key Performance Indicators of the team.\n\nYou'll receive an annual salary of up to 38,000, free "
            "mandatory training and Microsoft Excel courses.\n")
    got = found(text, resources)
    assert {"Registered Nurse", "KPI Development"} <= got and "Microsoft Excel" not in got, got


def test_the_readers_duty_after_the_employers_words_in_one_clause_is_asked(resources):
    """'Our pre-assessment service covers a number of specialties and you will play an important role in assessing
    patients for a variety of procedures including ENT, Orthopaedics, Urology': the post's work; what the service
    covers before the hand-over stays the employer's."""
    got = found("Pre-Operative Assessment Nurse\n\nOur pre-assessment service covers a number of specialties and "
                "you will assess patients for procedures including ENT, Orthopaedics and Urology.\n", resources)
    assert {"Otolaryngology", "Orthopedics", "Urology"} <= got, got
    got = found("Pre-Operative Assessment Nurse\n\nOur service covers ENT, Orthopaedics and Urology and you will "
                "be part of a friendly team.\n", resources)
    assert not {"Otolaryngology", "Orthopedics", "Urology"} & got, got


def test_what_an_opportunity_to_experience_names_is_offered(resources, tagged):
    """'You'll have the opportunity to experience working within the ICCs first hand within the adult community
    rotations': a chance the rotation gives, not an ask (the span tagger read 'adult community rotations')."""
    got = read_whole("Occupational Therapist\n\nYou'll have the opportunity to experience working within the ICCs "
                     "first hand within the adult community rotations. Our paediatric rotation offers a rare "
                     "opportunity to experience and develop skills within this fast paced setting.\n", tagged)
    assert not [m for ms in got.values() for m in ms if "rotations" in m or "ICCs" in m], got
    got = found("Occupational Therapist\n\nRequirements\n\n- Experience working within neurology rehabilitation\n",
                resources)
    assert "Neurology" in got, got


def test_consolidation_of_learning_is_no_accounts_work_near_a_qualification(resources):
    """'Newly Qualified Paramedics ... the consolidation of learning period': 'Qualified' is near, but learning
    made firm is no Financial Consolidation."""
    got = found("Lead Paramedic\n\nDuties\n\n- Monitor Newly Qualified Paramedics, including reviewing the portfolio "
                "during the first 6 months of the consolidation of learning period\n", resources)
    assert "Financial Consolidation" not in got, got
    got = found("Qualified Accountant\n\nDuties\n\n- Consolidation of the subsidiaries' ledgers each quarter\n",
                resources)
    assert "Financial Consolidation" in got, got


def test_a_list_opening_word_glued_to_its_first_item_is_no_part_of_it(resources):
    """'Broad experience in core physiotherapy specialities required-neurology, MSK, ITU' (a lost space): the
    mention is 'neurology'; a hyphenated word of the page ('bio-statistics') stays whole."""
    got = mentions("Physiotherapist\n\nRequirements\n\n- Broad experience in core physiotherapy specialities "
                   "required-neurology, MSK, ITU, acute respiratory\n- Knowledge of bio-statistics\n", resources)
    assert got.get("Neurology") == ["neurology"] and got.get("Statistics") == ["bio-statistics"], got


def test_an_interview_undertaken_virtually_via_a_tool_asks_for_no_tool(resources):
    """'It is anticipated that Interviews will be undertaken virtually via Microsoft Teams': how it is held."""
    got = found("Primary Care Administrator\n\nEssential\n\n- Good organisational skills\n- It is anticipated that "
                "Interviews will be undertaken virtually via Microsoft Teams, date to be confirmed.\n", resources)
    assert "Microsoft Teams" not in got, got
    got = found("Primary Care Administrator\n\nEssential\n\n- Meetings will be undertaken via Microsoft Teams, so "
                "confidence with it is essential.\n", resources)
    assert "Microsoft Teams" in got, got


def test_a_call_to_apply_run_on_after_the_asks_leaves_them(resources):
    """'Must have an active NMC Pin Number Must be able to complete an enhanced CRB check Salary: ... If you think
    you are suitable please apply' (a dump with its full stops lost): the call is its own clause."""
    got = found("Home Manager\n\nMust have previous experience as a Home Manager Must be well presented Ability to "
                "communicate effectively at all levels Must have an active NMC Pin Number Must be able to complete an "
                "enhanced CRB check Salary: **** dependant on experience, plus negotiable bonus If you think you are "
                "suitable please send your details to us or call me on **** **** If your experience matches please "
                "forward your CV immediately\n", resources)
    assert {"NMC Registration", "Background Checks"} <= got, got


def test_unknown_initials_slashed_to_known_ones_are_their_own_name(resources):
    """'have NVQ/RMA' (RMA unknown): NVQ is the mention, as 'ACA/ACCA/CIMA' gives each its own; 'TCP/IP' (two
    letters) and 'Jest/Enzyme' (a word) stay whole."""
    got = mentions("Regional Manager\n\nRequirements\n\n- Proven experience at a senior level in a care environment "
                   "and NVQ/RMA\n- Knowledge of TCP/IP\n", resources)
    assert got.get("NVQ") == ["NVQ"] and got.get("TCP/IP") == ["TCP/IP"], got


def test_examples_of_what_the_employer_offers_are_offered(resources):
    """'We offer opportunities to develop your specialist role. Examples include a NVQ level 3 in Social &
    Healthcare, Immunisations / Vaccination Training': the examples go on with the offer before them."""
    got = found("Healthcare Assistant\n\nInterested in development?\n\nWe offer opportunities to develop your "
                "specialist role. Examples include a NVQ level 3 in Social & Healthcare, Immunisations / Vaccination "
                "Training and long term condition courses.\n\nRequirements\n\n- Phlebotomy training\n", resources)
    assert "Phlebotomy" in got and not {"NVQ", "Immunization", "Vaccination"} & got, got
    got = found("Healthcare Assistant\n\nRequirements\n\n- Relevant qualifications. Examples include a NVQ level 3 "
                "in Social & Healthcare\n", resources)
    assert "NVQ" in got, got


def test_the_teams_own_experience_and_what_the_post_will_not_give_are_not_asked(resources):
    """'The Consultant body has a breadth of experience including an MRCEM examiners, and sub-specialty interests in
    Paediatric Emergency Medicine' (the colleagues'); 'you will not receive a National Training Number or a CCT'
    (not given, and not asked either)."""
    got = found("Specialty Doctor\n\nThe Consultant body has a breadth of experience including an MRCEM "
                "examiners, and sub-specialty interests in Paediatric Emergency Medicine. This is not a recognised "
                "training post, and you will not receive a National Training Number or a CCT.\n\nRequirements\n\n"
                "- GMC registration\n", resources)
    assert not {"MRCEM", "CCT", "Emergency Medicine"} & got, got
    got = found("Specialty Doctor\n\nRequirements\n\n- MRCEM\n- CCT in Emergency Medicine\n", resources)
    assert {"MRCEM", "CCT", "Emergency Medicine"} <= got, got


def test_a_teaching_qualification_asked_of_a_nurse_is_kept_as_one(resources):
    """'Possession of a teaching qualification would be advantageous' (a community children's nursing deputy): a
    teaching qualification, no school teacher's QTS, and no longer dropped for want of a teacher's field; a
    teacher's posting still reads QTS."""
    got = found("Community Children's Nurse\n\nRequirements\n\n- Paediatric experience\n- Possession of a teaching "
                "qualification would be advantageous\n", resources)
    assert "Teaching Qualification" in got and "Qualified Teacher Status" not in got, got
    got = found("Primary Teacher\n\nRequirements\n\n- A recognised teaching qualification\n- Lesson planning\n",
                resources)
    assert "Qualified Teacher Status" in got, got


def test_what_a_team_includes_is_its_colleagues(resources):
    """'The team includes specialist dietitians for adult stroke, gastroenterology, surgery, diabetes, paediatrics and
    critical care': the dietitians the starter joins, not what is asked of them."""
    got = found("Dietitian\n\nThe team includes specialist dietitians for adult stroke, gastroenterology, surgery, "
                "diabetes, paediatrics and critical care.\n\nRequirements\n\n- HCPC registration\n", resources)
    assert not {"Gastroenterology", "Pediatrics", "Critical Care", "Diabetes Care"} & got, got
    got = found("Dietitian\n\nRequirements\n\n- HCPC registration\n- Experience in gastroenterology and diabetes\n",
                resources)
    assert {"Gastroenterology", "Diabetes Care"} <= got, got


def test_literate_in_a_language_asks_for_it(resources):
    """'You will be 18 or over and need to be literate in English and numerate': English is asked."""
    got = found("Support Worker\n\nThe Person\n\nYou will be 18 or over and need to be literate in English and "
                "numerate.\n", resources)
    assert "English" in got, got
    got = found("Support Worker\n\nThe Person\n\nYou will work with our English team.\n", resources)
    assert "English" not in got, got


def test_the_fields_a_post_offers_openings_in_are_offered(resources):
    """'General and Specialty Medicine are able to offer exciting opportunities within; General Medicine, Cardiology,
    Renal, Dialysis, ... HCOOP/Frailty, Rheumatology ...': the wards on offer, not asked."""
    got = found("Registered Nurse\n\nGeneral and Specialty Medicine are able to offer exciting opportunities within; "
                "General Medicine, Cardiology, Renal, Dialysis, Endoscopy, Diabetes, Stroke, HCOOP/Frailty, "
                "Rheumatology and Neurology.\n\nRequirements\n\n- Experience in cardiology\n", resources)
    assert "Cardiology" in got and not {"Rheumatology", "Neurology", "Endoscopy", "Frailty Care"} & got, got


def test_a_registration_every_applicant_must_hold_under_an_offer_heading_is_asked(resources):
    """'We can offer' heads the rest of the advert, whose last paragraph says 'All applicants must be registered with
    the Health and Care Professions Council (HCPC), and the RCSLT.': an ask, read as one."""
    got = found("Speech & Language Therapist\n\nThe post holder will assess adults with a learning disability and "
                "eating and drinking difficulties.\n\nWe can offer:\n\n\u2022 Excellent line management.\n\n\u2022 "
                "Clinical supervision.\n\n\u2022 Relocation package.\n\nThis is an excellent opportunity to develop "
                "your skills in a supportive environment.\n\nAll applicants must be registered with the Health and "
                "Care Professions Council (HCPC), and the RCSLT.\n\nIf you would like to discuss this post please "
                "contact the team lead.\n", resources)
    assert "HCPC Registration" in got and "Clinical Supervision" not in got, got


def test_credentials_slashed_are_each_their_own_name(resources):
    """'Minimum Qualifications: Registered General Nurse/Registered Mental Nurse (as appropriate)': two registrations,
    each its own mention, as languages slashed are; one phrase's variants ('continuous delivery/continuous
    deployment') stay whole."""
    got = mentions("Deputy Manager\n\nRequirements\n\n- Registered General Nurse/Registered Mental Nurse (as "
                   "appropriate)\n- Currently registered with NMC\n- continuous delivery/continuous deployment\n",
                   resources)
    assert {"Registered General Nurse", "Registered Mental Nurse"} <= set(got.get("NMC Registration", [])), got
    assert got.get("Continuous Delivery") == ["continuous delivery/continuous deployment"], got


def test_the_registered_managers_award_is_a_credential(resources):
    """'someone who has already done their Registered Managers Award' (a nursing home manager): the UK care
    manager's award, asked."""
    got = found("Nursing Home Manager\n\nRequirements\n\n- A Registered General Nurse who has already done their "
                "Registered Managers Award\n", resources)
    assert "Registered Manager's Award" in got, got

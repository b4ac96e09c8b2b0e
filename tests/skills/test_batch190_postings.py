"""What batches 190 to 193's real postings (bench/nontech_real.py --split held-occ180 to held-occ183: NHS Jobs
adverts, NYC Jobs postings, UK Adzuna health and social care adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions, read_whole, tagged_names, with_tagger


def test_a_persons_middle_initial_and_surname_are_no_r_and_no_bloomberg_terminal(resources):
    """'Mayor Michael R. Bloomberg and SBS are committed to ...': a person's name, not R or Bloomberg Terminal."""
    got = found("Account Manager\n\nRequirements\n\n- Mayor Michael R. Bloomberg and SBS are committed to helping "
                "minority-owned companies grow\n- Excellent writing and organizational skills\n", resources)
    assert "R" not in got and "Bloomberg Terminal" not in got, got
    got = found("Financial Analyst\n\nRequirements\n\n- Experience with Python and R. Strong Bloomberg and Excel "
                "skills\n", resources)
    assert {"R", "Bloomberg Terminal"} <= got, got


def test_the_tool_an_interview_is_held_on_is_no_ask(resources):
    """'invited to dial into a Skype or Microsoft Teams interview': how the interview is held."""
    got = found("Health Care Support Worker\n\nEssential\n\n- Good standard of English and maths\n- All shortlisted "
                "candidates will be invited to dial into a Skype or Microsoft Teams interview on Thursday\n", resources)
    assert "Microsoft Teams" not in got and "Skype" not in got, got
    got = found("Administrator\n\nEssential\n\n- Confident with Microsoft Teams and Skype for meetings\n", resources)
    assert "Microsoft Teams" in got, got


def test_what_pays_for_a_thing_is_no_government_sector(resources):
    """'Not be currently undertaking any form of formal government-funded education': a condition, not the sector."""
    got = found("Health Care Support Worker\n\nEssential\n\n- Not be currently undertaking any form of formal "
                "government-funded education\n", resources)
    assert "Government" not in got, got
    assert "Government" in found("Policy Officer\n\nEssential\n\n- Experience in local government\n", resources)


def test_a_units_mission_is_the_employers_story(resources):
    """'The mission of the Bureau of HIV/ AIDS Prevention and Control (the Bureau) is to prevent new infections
    and reduce morbidity ...': what the employer does; 'The purpose of the role is to' is the job's."""
    got = found("Contract Analyst\n\nJob Description\n\nThe mission of the Bureau of HIV/ AIDS Prevention and Control "
                "(the Bureau) is to prevent new infections and reduce morbidity and mortality through epidemiology and "
                "human resources management.\n\nPreferred Skills\n\n- Advanced proficiency in Microsoft Excel\n",
                resources)
    assert "Epidemiology" not in got and "Microsoft Excel" in got, got
    got = found("Epidemiologist\n\nJob Description\n\nThe purpose of the role is to lead epidemiology studies.\n",
                resources)
    assert "Epidemiology" in got, got


def test_the_means_a_starter_is_supported_by_are_given_not_asked(tagged):
    """'You will be supported by the team leader, ... and the wider MDT via clinical supervision, ... reflective
    practice discussions and case formulation meetings': what the team gives the starter."""
    text = ("Lead Practitioner\n\nAbout the role\n\nYou will be supported by the team leader, existing senior nursing "
            "staff and the wider MDT via clinical supervision, managerial supervision, daily MDT zoning meetings and "
            "risk discussions, reflective practice discussions and case formulation meetings.\n\nEssential\n\n"
            "- Registered Mental Health Nurse\n")
    got = mentions(text, tagged)
    assert not [m for ms in got.values() for m in ms if "supervision" in m or "formulation" in m], got
    got = mentions("Lead Practitioner\n\nEssential\n\n- Experience of case formulation and reflective practice\n", tagged)
    assert [m for ms in got.values() for m in ms if "formulation" in m], got


def test_a_product_named_like_a_job_after_experience_with_is_a_product(tagged):
    """'Experience with Law Manager and Microsoft Office Applications': Law Manager is case software, not a manager;
    'reports to the Practice Manager' stays someone."""
    got = read_whole("Office Manager\n\nPreferred Skills\nExperience with Law Manager and Microsoft Office "
                     "Applications.\n", tagged)
    assert "Law Manager" in got, got
    got = read_whole("Office Manager\n\nPreferred Skills\n\n- Reports to the Practice Manager\n- Microsoft Office\n",
                     tagged)
    assert "Practice Manager" not in got, got


def test_a_nurses_pin_named_alone_is_their_nmc_registration(resources):
    """'Applicants must be qualified Mental Health nurse practitioners and must hold a valid PIN.': the NMC PIN;
    a card's PIN is no registration."""
    got = found("Senior RMN\n\nThe successful applicant will need 2 years' experience. Applicants must be qualified "
                "Mental Health nurse practitioners and must hold a valid PIN.\n", resources)
    assert "NMC Registration" in got, got
    got = found("Cashier\n\nRequirements\n\n- Take chip and PIN payments from patients and visitors at the hospital "
                "shop\n- Reset a customer PIN at the till\n", resources)
    assert "NMC Registration" not in got, got


def test_a_range_of_gcse_grades_is_no_skill():
    """'equivalent to a level 1 (GCSE D to G or above)': a range of grades the tagger may mark, no name."""
    got = tagged_names("You must have a good standard of education in maths and English, equivalent to a level 1 (GCSE "
                       "D to G or above)", {"D to G": "knowledge"})
    assert "D to G" not in got and "GCSE" in got, got


def test_a_word_grading_the_ask_is_no_head_noun_of_the_span():
    """'Knowledge of government procurement processes and information systems desirable.': the tagger's
    'information systems' does not take 'desirable' as its head noun."""
    result = with_tagger("Knowledge of government procurement processes and information systems desirable. Foreign "
                         "language skills a plus.", {"information systems": "knowledge"})
    assert not [m for s in result.skills for m in s.mentions if m.endswith("desirable")], result.skills


def test_a_label_opening_its_line_leaves_no_words_glued_to_its_value():
    """'Event Type: Zoom': 'Event' is the label's own word, no 'Event Zoom'; an owner's label keeps its owner
    ('Employer Industry: Marketing': the employer's industry, read as the employer's)."""
    from credstack.analysis import without_field_labels

    assert without_field_labels("Event Type: Zoom").split() == ["Zoom"]
    assert without_field_labels("Employer Industry: Marketing and Communications").split()[0] == "Employer"
    assert without_field_labels("Strong skills in Excel Job type: Full time").split()[:4] == ["Strong", "skills", "in",
                                                                                             "Excel"]


def test_clinical_knowledge_asked_is_a_clinical_skill(resources):
    """'Sound clinical knowledge and skills are also important', 'expert clinical knowledge': asked of a nurse."""
    got = found("Senior RMN\n\nRequirements\n\n- Sound clinical knowledge and skills are also important\n", resources)
    assert "Clinical Skills" in got, got
    got = found("Staff Nurse\n\nRequirements\n\n- NMC registration\n- A real passion for developing your clinical "
                "skills and clinical knowledge\n", resources)
    assert "Clinical Skills" not in got and "NMC Registration" in got, got


def test_the_employers_own_pages_on_a_network_are_no_tool_asked(resources):
    """'take a look at our Facebook and Twitter pages', 'Follow us on Instagram': where the trust posts; 'Manage our
    Twitter account' asks for it."""
    got = found("Staff Nurse\n\nRequirements\n\n- NMC registration\n- To keep up to date with our recruitment, take a "
                "look at our Facebook and Twitter pages. Follow us on Instagram.\n", resources)
    assert not {"X (Twitter)", "Instagram", "Facebook"} & got, got
    got = found("Social Media Officer\n\nRequirements\n\n- Manage our Twitter account and Instagram feed\n", resources)
    assert "X (Twitter)" in got, got


def test_what_the_employer_pays_for_and_the_starter_receives_later_is_no_ask(resources):
    """'If you are a newly qualified nurse we will pay your first year's NMC registration fee as well as paying you
    at Band 4 until you receive you NMC PIN': given, not asked; 'Current NMC registration' is asked."""
    got = found("Qualified Nurse\n\nAbout the role\n\nIf you are a newly qualified nurse we will pay your first year's "
                "NMC registration fee as well as paying you at Band 4 until you receive you NMC PIN.\n", resources)
    assert "NMC Registration" not in got, got
    got = found("Qualified Nurse\n\nEssential\n\n- Current NMC registration\n", resources)
    assert "NMC Registration" in got, got


def test_what_the_team_is_trained_in_is_no_ask(resources):
    """'Our team includes GPs, Clinical Leads, Nurses and HCAs; all our clinical staff are trained to deliver
    intermediate life support (ILS)': what the colleagues hold."""
    got = found("Clinical Manager\n\nAbout the service\n\nOur team includes GPs, Clinical Leads, Nurses and HCAs; all "
                "our clinical staff are trained to deliver intermediate life support (ILS).\n", resources)
    assert "Immediate Life Support" not in got, got
    got = found("Clinical Manager\n\nEssential\n\n- Trained to deliver intermediate life support (ILS)\n", resources)
    assert "Immediate Life Support" in got, got


def test_a_registration_the_employer_pays_for_is_a_benefit(resources):
    """'50% NMC registration renewal paid by Cygnet' among the benefits: given, not asked."""
    got = mentions("Bank RMN\n\nIn addition to a competitive hourly rate there are many benefits on offer:\n\n- Free "
                   "parking\n- 50% NMC registration renewal paid by Cygnet\n", resources)
    assert "NMC Registration" not in got, got
    got = mentions("Bank RMN\n\nEssential\n\n- NMC registration paid up to date\n", resources)
    assert "NMC Registration" in got, got


def test_quick_to_react_is_no_react_library(resources):
    """'So if you are a Senior Chef De Partie that is Talented Quick to react Hard working': a chef's reflexes."""
    got = found("Senior Chef De Partie\n\nRequirements\n\n- Talented\n- Quick to react\n- Hard working\n", resources)
    assert "React" not in got, got
    assert "React" in found("Frontend Developer\n\nRequirements\n\n- Experience with react and redux\n", resources)


def test_a_postcode_the_tagger_marks_is_no_skill():
    """'The roles will be based in ... Margam, Neath Port Talbot, SA13 2NR': where the testing unit is."""
    got = tagged_names("The roles will be based in the Liberty Stadium, Swansea, SA1 2FA and Longlands Lane Playing "
                       "Fields, Margam, SA13 2NR. Experience of swab testing is essential.",
                       {"SA13 2NR": "knowledge", "swab testing": "knowledge"})
    assert "SA13 2NR" not in got, got

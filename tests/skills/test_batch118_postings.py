"""What batches 118 and 119's real postings (bench/nontech_real.py --split held-occ108, held-occ109: LinkedIn postings
of 2023-24 and NHS adverts) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import analyzed


def test_fine_tuning_a_craft_is_no_model_training():
    """A restoration company's sales manager 'love[s] fine-tuning your craft': read as Fine-Tuning, the training
    of language models, which would have sent a salesperson to an LLM course."""
    craft = ("Client Solutions Manager\n\nWho are you?\nYou're an organized manager. You love fine-tuning your craft "
             "and learning new strategies.\n\nRequirements:\n- Three years of relationship sales\n")
    assert "Fine-Tuning" not in analyzed(craft)
    models = ("Machine Learning Engineer\n\nRequirements:\n- Experience fine-tuning large language models\n"
              "- Python and PyTorch\n")
    assert "Fine-Tuning" in analyzed(models)


def test_a_company_founded_under_a_summary_heading_is_still_the_employer():
    """A manufacturing engineer's posting put its joint venture's story under 'Summary', beside the role: 'VA was
    founded by our parent companies to be an innovative aerospace manufacturer of high precision, jet engine
    bearings. Our mandate is to ... produce ... bearings': the company's industry and products read as asked."""
    told = ("Manufacturing Engineer\n\nSummary\n\nThe Manufacturing Engineer supports existing manufacturing "
            "processes.\n\nAcme Bearings LLC, a joint venture between two firms, was created in August 2007. It was "
            "founded by our parent companies to be an innovative aerospace manufacturer of jet engine bearings. "
            "Our mandate is to produce lower cost bearings for our customers.\n\nRequirements\n\n"
            "- Experience with CNC machining\n")
    found = analyzed(told)
    assert "CNC Machining" in found and not {"Aerospace and Defense", "Mechanical Power Transmission"} & found
    asked = ("Manufacturing Engineer\n\nRequirements\n\n- Experience in aerospace manufacturing\n"
             "- Experience with CNC machining\n")
    assert {"CNC Machining", "Aerospace and Defense"} <= analyzed(asked)


def test_event_driven_shifts_are_no_software_architecture():
    """A special event manager 'Works Event-driven, Schedule-based shifts': read as Event-Driven Architecture."""
    shifts = ("Special Event Manager\n\nRequirements:\n- Works Event-driven, Schedule-based shifts, serving as Manager "
              "on Duty as needed\n- Event planning experience\n")
    assert "Event-Driven Architecture" not in analyzed(shifts)
    software = ("Backend Engineer\n\nRequirements:\n- Strong foundation in test-driven development, event-driven "
                "design and Kafka\n- Python\n")
    assert "Event-Driven Architecture" in analyzed(software)


def test_a_specialist_role_offered_to_develop_into_lists_no_asks_even_after_ie():
    """A prison nurse's advert: 'We could give you the opportunity to develop in to a specialist role of your
    interest ... i.e. ANP, BBV, sexual health, plastering, ILS/ALS ..., phlebotomy, vaccinations, suturing, wound
    care ... courses.' The development offered read as nine skills asked; the dots of 'i.e.' had ended the
    sentence the offer was looked for in."""
    offered = ("Primary Care Nurse\n\nWe could give you the opportunity to develop in to a specialist role of your "
               "interest i.e. plastering, phlebotomy, vaccinations, suturing and wound care courses.\n\n"
               "Requirements:\n- NMC registration\n")
    found = analyzed(offered)
    assert "NMC Registration" in found and not {"Phlebotomy", "Suturing", "Wound Care", "Vaccination"} & found
    asked = ("Primary Care Nurse\n\nRequirements:\n- NMC registration\n- Experience in phlebotomy and wound care, "
             "e.g. in primary care\n")
    assert {"Phlebotomy", "Wound Care"} <= analyzed(asked)


def test_radiation_protection_supervisor_training_is_radiation_safety_not_a_supervisor():
    """A CT lead radiographer's advert: 'Radiation Protection Supervisor training and/ or qualification are
    desirable': the field before 'Supervisor' went as a role's, and 'Supervisor training' was left."""
    desired = ("CT Lead Radiographer\n\nRequirements\n\n• HCPC registration\n\n• Radiation Protection Supervisor "
               "training and/ or qualification are desirable.\n")
    found = analyzed(desired)
    assert "Radiation Safety" in found and not any("Supervisor" in name for name in found)
    reported = ("Radiographer\n\nYou will report to the Radiation Protection Supervisor.\n\nRequirements\n\n"
                "• HCPC registration\n")
    assert "Radiation Safety" not in analyzed(reported)


def test_the_nmc_alone_is_the_nurses_register_where_the_posting_is_clinical():
    """An NHS 111 advert: 'You must currently be registered with either the NMC (Nurse) or HCPC (Paramedic).' The
    HCPC was its register; 'NMC (Nurse)' became a skill of its own, which no credential or profile could meet."""
    nurse = ("Clinical Advisor\n\nYou must currently be registered with either the NMC (Nurse) or HCPC (Paramedic).\n")
    found = analyzed(nurse)
    assert {"NMC Registration", "HCPC Registration"} <= found and "NMC (Nurse)" not in found
    assert "NMC Registration" in analyzed("Staff Nurse\n\nRequirements:\n- Registered with the NMC\n")
    maritime = "Deck Officer\n\nRequirements:\n- Valid NMC endorsement issued by the US Coast Guard\n"
    assert "NMC Registration" not in analyzed(maritime)


def test_a_span_with_a_bracketed_gloss_links_to_the_name_before_it():
    from credstack.skills.linking import link_spans
    from credstack.skills.vocabulary import load_vocabulary

    links = link_spans(["HCPC (Paramedic)", "Excel (pivot tables)", "team (players)"], load_vocabulary())
    assert [link.skill.name for link in links] == ["HCPC Registration", "Microsoft Excel", "team (players)"]


def test_a_company_name_joined_by_an_ampersand_is_one_name():
    """A police custody nurse's advert ended 'Care & Custody, a Mitie company': split at the ampersand, 'Care' became
    a name of the employer's, and 'Primary Care' and 'Urgent Care' of its requirements went as its products."""
    from credstack.skills.employer import employer_names

    advert = ("Staff Nurse (Police Custody)\n\nWho we're looking for?\n\n• Experience of A&E, Primary Care, Substance "
              "Misuse, Walk in or Urgent Care (Desirable)\n\nCare & Custody, a Mitie company\n")
    assert employer_names(None, [advert]) == ["Care & Custody"]
    assert {"Primary Care", "Urgent Care"} <= analyzed(advert)
    assert set(employer_names(None, ["We grow our Trailhead and Basecamp brands."])) == {"Trailhead", "Basecamp"}


def test_education_and_requirements_heads_the_requirements():
    """A machine operator's posting headed its asks 'Job Education And Requirements': read as no heading, its 'High
    School Diploma or GED Equivalent.' was a degree named that nobody asked for."""
    from tests.skills.conftest import section_kinds

    posting = ("Machine Operator\n\nJob Responsibilities\n\nRun the grinding machines.\n\n{}\n\nHigh School Diploma or "
               "GED Equivalent.\n")
    for heading in ("Job Education And Requirements", "Education & Qualifications"):
        assert section_kinds(posting.format(heading))[heading].value == "requirements"
        assert "High School Diploma" in analyzed(posting.format(heading))
    assert "High School Diploma" not in analyzed(posting.format("About the Education Team"))


def test_a_presenting_need_or_patients_presenting_with_a_condition_are_no_presentation_skills():
    """A community mental health professional would 'Provide initial screening and assessment according to presenting
    need': the client's need, read as Presentation Skills."""
    clinical = ("Therapist\n\nDuties\n\n- Provide initial screening and assessment according to presenting need\n"
                "- Care for patients presenting with stroke\n- Assess presenting symptoms\n")
    assert "Presentation Skills" not in analyzed(clinical)
    asked = "Analyst\n\nRequirements\n\n- Experience presenting to senior stakeholders\n- Presenting findings\n"
    assert "Presentation Skills" in analyzed(asked)


def test_weightlifting_is_a_training_discipline_and_lifting_a_load_is_none():
    """A private Pilates studio asked for 'previous experience in athletics, dance, physical therapy, or private
    training (weightlifting, pilates, etc.)': weightlifting was no name of the vocabulary's. (A bare 'Pilates' or
    'group exercise classes' stays no skill: a gym's classes are offered as perks, test_nontech_vocabulary_breadth.)"""
    instructor = ("Pilates Instructor\n\nRequirements\n\n- Previous experience in private training (weightlifting, "
                  "pilates, etc.)\n- Group fitness instruction\n")
    assert {"Strength Training", "Group Exercise Instruction"} <= analyzed(instructor)
    warehouse = "Warehouse Operative\n\nRequirements\n\n- Weightlifting up to 50 pounds\n- Forklift licence\n"
    assert "Strength Training" not in analyzed(warehouse)


def test_a_gp_practice_summarisers_records_work_is_in_the_vocabulary():
    """An NHS medical notes summariser would be 'Managing electronic GP2GP links' and 'Monitoring progress of notes
    summarising against practice targets': neither the GP record transfer nor summarising was a name known."""
    advert = ("Medical Notes Summariser\n\nDuties\n\n• Managing electronic GP2GP links and resolving degraded "
              "information\n• Monitoring progress of notes summarising against practice targets\n")
    assert {"GP2GP", "Medical Notes Summarising"} <= analyzed(advert)


def test_using_a_defibrillator_is_a_skill_and_one_on_site_is_none():
    """An emergency care assistant 'will use a defibrillator to resuscitate patients': no name the vocabulary knew."""
    assert "Defibrillation" in analyzed("Emergency Care Assistant\n\nYou will use a defibrillator to resuscitate "
                                        "patients.\n\nRequirements\n\n- Full driving licence\n")
    assert "Defibrillation" not in analyzed("Office Manager\n\nWe have a defibrillator on site and free parking.\n\n"
                                            "Requirements\n\n- Excel\n")


def test_hazop_and_the_petrochemical_industry_are_names_of_the_vocabulary():
    """A process engineer's advert asked for 'Safety, environmental and operability reviews (HAZOP, ENVID, SIL)' and
    'experience in ... Refining and/or Ethylene/ Petrochemicals': HAZOP was no name known."""
    advert = ("Senior Process Engineer\n\nRequirements\n\n- Safety, environmental and operability reviews (HAZOP, "
              "ENVID, SIL)\n- Experience in a refinery or petrochemical plant\n")
    assert {"HAZOP", "Petrochemicals"} <= analyzed(advert)


def test_uk_social_work_qualifications_and_frameworks_are_names_of_the_vocabulary():
    """Children's social work adverts of 2013 asked for a 'DipSW' and work 'within the Every Child Matters
    framework': neither was a name known."""
    advert = ("Social Worker\n\nRequirements\n\n- Qualified social worker (DipSW, CQSW or equivalent)\n"
              "- Work within the Every Child Matters framework\n")
    assert {"Diploma in Social Work", "Every Child Matters"} <= analyzed(advert)

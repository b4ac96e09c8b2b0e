"""What batches 288 to 293's real postings (bench/nontech_real.py --split held-occ278 ... held-occ283: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions

from credstack.skills.employer import employer_names


def test_a_regulator_named_after_the_word_body_is_no_employer(resources):
    """'registered with the relevant body (Health Professions Council, NMC, BABCP, ACAT)' (a psychological
    therapist advert): the council the candidate registers with, named in brackets after 'the relevant body',
    is the profession's regulator, not the employer, and its registration is asked. A council named as the
    employer stays the employer's name."""
    text = ("Psychological Therapist\n\nWe are looking for a therapist who is suitably qualified and registered "
            "with the relevant body (Health Professions Council, NMC, BABCP, ACAT).\n")
    assert "Health Professions Council" not in employer_names(None, [text])
    assert mentions(text, resources).get("HCPC Registration") == ["Health Professions Council"]
    text = "Please note: you must be registered with a recognised professional body such as the Health Professions Council."
    assert "Health Professions Council" not in employer_names(None, [text])
    text = "Join the Health Professions Council as a registrar. The Health Professions Council is a great place."
    assert "Health Professions Council" in employer_names(None, [text])


def test_a_regulator_whose_name_is_two_names_joined_by_and_is_no_employer(resources):
    """'must be registered with the Health and Care Professions Council (HCPC)' (a clinical scientist advert):
    the name read from its middle ('Care Professions Council') is the regulator's name still, not the
    employer's; masked as the employer's, the registration the advert asks for was lost."""
    text = ("Clinical Scientist\n\nRequirements\n- Successful applicants must be registered with the Health and Care "
            "Professions Council (HCPC) as a clinical scientist.\n")
    assert not any("Council" in name for name in employer_names(None, [text]))
    assert "HCPC Registration" in mentions(text, resources)


def test_systems_well_embedded_in_a_service_are_no_embedded_systems(resources):
    """'NELFT offers excellent opportunities for career development and has well embedded systems of appraisal
    and professional support' (an occupational therapist advert): an adverb of degree before 'embedded systems'
    makes them systems a service has made its own, not the engineering field; the field asked stays."""
    got = found("Occupational Therapist\n\nThe post holder would provide OT assessment and intervention and "
                "co-facilitate psycho-educational groups. ELHT offers excellent opportunities for career "
                "development and has well embedded systems of appraisal and professional support.\n", resources)
    assert "Embedded Systems" not in got, got
    got = found("Firmware Engineer\n\nRequirements\n- Experience of embedded systems for the automotive "
                "industry.\n", resources)
    assert "Embedded Systems" in got, got


def test_visa_sponsorship_the_advert_will_not_give_is_no_marketing_sponsorship(resources):
    """'Applicants requiring Tier 2 sponsorship should ensure they meet the Home Office application criteria'
    (a junior fellow advert), 'This position is not eligible for sponsorship', 'Sponsorship is not provided for
    this position', 'Sponsorship of professional qualifications' (a benefit): immigration sponsorship or the
    employer's funding, not the marketing skill; sourcing sponsorship for events stays that skill."""
    got = found("Junior Fellow\n\nRequirements\n- GMC registration.\n- Applicants requiring Tier 2 sponsorship "
                "should ensure they meet the Home Office criteria.\n- This position is not eligible for "
                "sponsorship.\n- Sponsorship is not provided for this position.\n\nBenefits\n- Sponsorship of "
                "professional qualifications.\n", resources)
    assert "Sponsorships" not in got, got
    got = found("Events Manager\n\nRequirements\n- Experience of sourcing sponsorship funding for events.\n",
                resources)
    assert "Sponsorships" in got, got


def test_licence_holders_whom_the_employers_opportunities_are_for_are_asked(resources):
    """'We have amazing new opportunities for experienced ODPs and Theatre Registered Nurses' (a theatre
    practitioner advert), 'We have vacancies for registered Children's nurses': the employer's sentence names
    whom the post is open to, the licence asked. The employer's staff named in its own words stay unasked."""
    got = found("Theatre Practitioner\n\nWe have amazing new opportunities for experienced ODPs and Theatre "
                "Registered Nurses.\n", resources)
    assert "Registered Nurse" in got, got
    got = found("Theatre Practitioner\n\nWe have a friendly team of Registered Nurses and ODPs.\n", resources)
    assert "Registered Nurse" not in got, got


def test_a_caseload_a_duty_is_done_across_or_within_is_no_caseload_to_manage(resources):
    """'You will assess patient's health and well-being across a complex and changing caseload' (a recovery
    practitioner advert and a dozen more), 'manage clinical risk within own patient caseload': the caseload is
    the duty's scope, not caseload management asked; 'manage a busy caseload', 'TB caseloads' stay asked."""
    got = found("Recovery Practitioner\n\nResponsibilities\n- You will assess patient's health and well-being "
                "across a complex and changing caseload.\n- Manage clinical risk within own patient caseload.\n",
                resources)
    assert "Caseload Management" not in got, got
    for duty in ("Manage a busy caseload of patients.", "Manage a team and TB caseloads."):
        got = found(f"TB Nurse\n\nResponsibilities\n- {duty}\n", resources)
        assert "Caseload Management" in got, (duty, got)


def test_an_essential_licence_joined_to_the_employers_checks_is_still_asked(resources):
    """'A full driving licence is essential and DVLA checks will be carried out as will an enhanced DBS check
    and full referencing before a start date can be confirmed' (a bank driver advert): the part of the
    sentence that asks is judged on its own, not with the employer's checks joined on by 'and', in either
    order. The checks alone stay the employer's process."""
    for sentence in ("A full driving licence is essential and DVLA checks will be carried out as will an enhanced "
                     "DBS check before a start date can be confirmed.",
                     "DVLA checks will be carried out and a full driving licence is essential."):
        got = found(f"Bank Driver\n\nAbout You\n\n{sentence}\n", resources)
        assert "Driver's License" in got, (sentence, got)
    got = found("Bank Driver\n\nAbout You\n\nA full driving licence check will be carried out before a start "
                "date can be confirmed.\n", resources)
    assert "Driver's License" not in got, got


def test_healthcare_estates_standards_and_iso_codes_are_knowledge(resources):
    """'a detailed understanding of ... compliance with relevant standards/industry guidance including: HTM03-01,
    DW144, BS9999:2017, HBN04-01' (a hospital ventilation manager advert); 'ISO 17020', 'ISO9000', 'ISO 20000'
    (an inspection body, a manufacturer, an IT service desk): standards the candidate must know, written
    with or without the space and year."""
    got = mentions("Ventilation Manager\n\nRequirements\n- Understanding of standards including HTM03-01, "
                   "BS9999:2017 and HBN04-01.\n- Knowledge of ISO 17020, ISO9000 and ISO 20000.\n", resources)
    assert got.get("HTM 03-01") == ["HTM03-01"], got
    assert got.get("BS 9999") == ["BS9999:2017"], got
    assert got.get("Health Building Notes") == ["HBN04-01"], got
    assert got.get("ISO/IEC 17020") == ["ISO 17020"], got
    assert got.get("ISO 9001") == ["ISO9000"], got
    assert got.get("IT Service Management") == ["ISO 20000"], got

"""What batches 152 and 153's real postings (bench/nontech_real.py --split held-occ142, held-occ143: a 2013 UK job
board's adverts outside health and social care, and NHS adverts) and the misses they led back to showed. Synthetic
postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, section_kinds


def test_a_topic_heading_under_an_empty_duties_heading_keeps_its_kind():
    """A deputy director of facilities' advert: 'KEY DUTIES AND RESPONSIBILITES' in capitals, then straight under it
    'PORTFOLIO MANAGEMENT RESPONSIBILITY', which names no kind: the portfolio's services, its governance and its
    performance reviews read as unheaded text beside headed sections. A heading of its own kind still turns it."""
    posting = ("Deputy Director of Facilities\n\nWe are one of the largest Trusts in the UK.\n\nKEY DUTIES AND "
               "RESPONSIBILITIES\n\nPORTFOLIO MANAGEMENT\n\n• Front of House\n• Waste Management\n\nABOUT THE TRUST"
               "\n\nWe run nine hospitals.\n")
    kinds = {h: str(k) for h, k in section_kinds(posting).items()}
    assert kinds["PORTFOLIO MANAGEMENT"] == "responsibilities"
    assert kinds["ABOUT THE TRUST"] == "about_company"


def test_the_nhs_patient_record_rio_is_a_tool_beside_patient_words_and_the_city_is_not(resources):
    """A transcriptionist's advert: 'Use of our patient information system (Rio) and other systems to save data to
    patient records': the vocabulary did not know the record system."""
    record = ("Transcriptionist\n\nMain duties\n\n• Use of our patient information system (Rio) to save data to "
              "patient records\n")
    assert "RiO" in found(record, resources)
    city = ("Account Manager\n\nRequirements\n\n- Willing to travel to Rio de Janeiro for client meetings\n")
    assert "RiO" not in found(city, resources)


def test_what_the_employer_says_is_provided_is_not_asked(resources):
    """A mobile testing unit operative's advert: 'You must also be prepared to work outdoors with appropriate training
    and PPE provided': the protective equipment handed out read as a skill asked. What the post holder uses or
    gives ('comfortable using the ICT systems provided', 'the quality of care provided') is still the work."""
    from tests.skills.conftest import at

    from credstack.skills.requirements import taught_on_the_job

    assert taught_on_the_job(*at("Work outdoors with appropriate training and PPE provided.", "PPE"))
    assert taught_on_the_job(*at("Uniforms are provided.", "Uniforms"))
    assert not taught_on_the_job(*at("Be comfortable using the ICT systems provided.", "ICT systems"))
    assert not taught_on_the_job(*at("Oversee the quality of care provided.", "quality of care"))
    assert not taught_on_the_job(*at("A teaching license issued by the Department of Education.", "teaching license"))


def test_nhs_clinical_systems_an_applications_trainer_teaches_are_tools(resources):
    """An ICT applications trainer's advert listed 'Inpatient Nursing documentation via Nervecentre' and 'Patient
    questionnaires and communication via DrDoctor': the vocabulary knew neither system."""
    posting = ("ICT Applications Trainer\n\nDuties\n\n• Inpatient Nursing documentation via Nervecentre\n• Patient "
               "questionnaires and communication via DrDoctor\n")
    assert {"Nervecentre", "DrDoctor"} <= found(posting, resources)

"""What batch 186's real postings (bench/nontech_real.py --split held-occ176: NHS Jobs adverts), and an earlier
advert read beside them, showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import analyzed, found, read

REMOTE = ("NHS 111 Clinical Advisor\n\nCareNow 111 (East Region) CIC is looking for experienced Pathways trained "
          "nurses.\n\nRequirements\n\n- NMC registration\n- As a homeworking clinician you will need to have a minimum "
          "of 6 MB of broadband download speed and 1.5MB of upload speed.\n\nInterviews to be held on 16th November "
          "2020 via Microsoft Teams.\n\nCareNow Health CIC is committed to safeguarding adults and children.\n")


def test_a_home_workers_connection_is_a_condition(resources):
    """'6 MB of broadband download speed and 1.5MB of upload speed' read as skills of their own ('upload'): a home
    worker's line is a condition of the job, shown as context like a car of one's own, never a gap."""
    skills, context = read(REMOTE, resources)
    assert "Internet Access" in context and "Internet Access" not in skills, (skills, context)
    assert not any("upload" in s.lower() or "broadband" in s.lower() for s in skills), skills


def test_a_companys_legal_form_is_no_credential(resources):
    """'... CIC is looking for', 'CIC is committed to': a community interest company, not the Certified Inpatient
    Coder credential."""
    got = analyzed("NHS 111 Clinical Advisor\n\nCareNow 111 (East Region) CIC is looking for experienced Pathways "
                   "trained nurses, paramedics and pharmacists from across the country to work remotely providing "
                   "clinical care for our patients. You will need to have a minimum of 12 months telephone triage "
                   "experience using the NHS Pathways Clinical Decision Support Software.\n\nRequirements\n\n"
                   "- NMC registration\n")
    assert not any("CIC" in s for s in got), got
    assert "NMC Registration" in got, got


def test_a_coders_cic_stays_a_credential(resources):
    """Control: the credential asked for by its letters."""
    got = analyzed("Inpatient Coder\n\nRequirements\n\n- AHIMA certification required: CCS or CIC\n")
    assert any("CIC" in s for s in got), got


def test_an_interviews_day_then_its_medium_asks_no_tool(resources):
    got = found(REMOTE, resources)
    assert "Microsoft Teams" not in got, got
    got = found("Administrator\n\nRequirements\n\n- Experience of Microsoft Teams and Outlook\n", resources)
    assert "Microsoft Teams" in got, got


def test_a_missions_letter_is_no_language(resources):
    """'our Triple R mission; Rural, Remote and Resourceful' read R, the statistics language, in an endoscopy
    sister's advert."""
    got = found("Junior Sister\n\nYou will join a team which supports services from endoscopy, theatres, critical care "
                "and peri operative care. The directorate is evolving to embrace the rapidly changing landscape of the "
                "NHS, developing and empowering staff to deliver our ‘Triple R’ mission; Rural, Remote and Resourceful "
                "environments: gold standard hospital care for our Rural communities, and excellent training and "
                "services for patients in Remote and Resourceful environments.\n\nRequirements\n\n- NMC "
                "registration\n", resources)
    assert "R" not in got, got
    assert "R" in found("Data Analyst\n\nRequirements\n\n- Programming in R and Python\n", resources)


def test_the_secondments_a_post_offers_are_no_ask(resources):
    """A CESR doctor's 'Secondments include Anaesthesia, ITU, Acute Medicine and Paediatrics': offered modules."""
    got = found("Specialty Doctor\n\nIt will be possible to provide three month modules. Secondments include "
                "Anaesthesia, ITU, Acute Medicine and Paediatrics.\n\nRequirements\n\n- Full GMC registration\n",
                resources)
    assert not {"Anesthesiology", "Anaesthesia", "Pediatrics", "Paediatrics", "Intensive Care"} & got, got

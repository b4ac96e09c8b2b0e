"""A one-line advert (the UK Adzuna dump's) whose header's fields run on without colons ("Position Telephone Triage
Nurse Location Watford Hours Part Time ... Salary Band 6 ****k ****k Company Eclypse Recruitment are recruiting ...")
and whose asks follow a run-in "Experience and Qualifications" (batch 235). Synthetic text, with controls."""

from __future__ import annotations

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind

AD = ("Telephone Triage Nurse\n\nPosition Telephone Triage Nurse Location Watford Hours Part Time, Full Time or Bank "
      "Monday to Friday 9am 5pm Salary Band 6 ****k ****k Company Eclypse Recruitment are recruiting for a pioneering "
      "telemedicine provider with systems used in GP surgeries and pharmacies. You will be liaising with the patients "
      "directly to gather information on their vital signs. You will then determine via a traffic light system whether "
      "the patient needs to be referred to hospital. Experience and Qualifications Registered Nurse (RGN) Experience in "
      "Triage Ideally experience in Diabetes, Chronic Heart Failure or COPD Strong IT Skills Please click apply today.")


def test_the_pay_field_of_a_flattened_header_heads_nothing():
    """'Salary Band 6 ****k' is one field of the header, not a benefits heading over the rest of the advert."""
    posting = parse_posting(AD)
    benefits = [s for s in posting.sections if s.kind == SectionKind.BENEFITS]
    assert not any("Triage" in s.text for s in benefits), [(s.kind, s.heading) for s in posting.sections]


def test_experience_and_qualifications_run_in_heads_the_asks():
    """'... referred to hospital. Experience and Qualifications Registered Nurse (RGN) ...': the asks' heading, run in."""
    posting = parse_posting(AD)
    asks = [s for s in posting.sections if s.kind == SectionKind.REQUIREMENTS]
    assert asks and asks[0].heading == "Experience and Qualifications" and "COPD" in asks[0].text, \
        [(s.kind, s.heading) for s in posting.sections]


def test_a_salary_heading_over_its_own_text_still_heads_benefits():
    """A flattened advert's 'Benefits' run in before perks stays a heading; a pay value is what marks a field."""
    text = ("Chef de Partie\n\nWe are looking for a chef de partie to join our busy kitchen team in a fine dining "
            "restaurant where you will prepare fresh food every day, working with seasonal produce from local farms "
            "and helping the head chef plan the menus for the restaurant and its private dining room. Requirements "
            "Experience as a chef de partie in a quality kitchen, a food hygiene certificate and a passion for food "
            "Benefits Free meals on duty, uniform provided, a staff discount and a share of the service charge. "
            "Our kitchen is a friendly place to work, the team is small and settled, the hours are fair and the "
            "restaurant closes on Mondays, so you will have time off to enjoy the town and the countryside around it.")
    kinds = {s.heading: s.kind for s in parse_posting(text).sections}
    assert kinds.get("Benefits") == SectionKind.BENEFITS, kinds

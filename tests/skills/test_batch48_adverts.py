"""What batch 48's real postings (bench/nontech_real.py --split held-occ38: an apheresis nurse practitioner, a
community paediatrician, a plastic surgeon, a clinical appeals manager and twelve more) showed: "Check Out Our
Benefits:" opening a glued list of perks is the benefits; the names of apheresis treatments, neurodevelopmental
problems, skin surgery and biopsies, GI bleeding, abuse and neglect, an acute environment and access to a vehicle.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, section_kinds

from credstack.postings.model import SectionKind


def test_check_out_our_benefits_opens_the_benefits(resources):
    text = ("Clinical Appeals Manager\n\nRequirements\n- RN with comparable experience\n"
            "Check Out Our Benefits:401(k)401(k) matchingDental insuranceLife insurancePaid time off\n")
    assert SectionKind.BENEFITS in section_kinds(text).values()
    got = found(text, resources)
    assert "Registered Nurse" in got and "Insurance Industry" not in got
    asked = "Insurance Clerk\n\nRequirements\n- Experience in life insurance\n"
    assert "Insurance Industry" in found(asked, resources)  # control: asked for, it stays


def test_clinical_names_of_specialist_services(resources):
    text = ("Nurse Practitioner\n\nRequirements\n- Experience of therapeutic plasma exchange and extracorporeal "
            "photopheresis\n- Manage a range of neurodevelopmental problems\n- Undertake dermatological surgical "
            "procedures, including biopsies\n- Manage acute GI emergencies, including GI bleeding\n- Experience of "
            "recognising abuse and neglect\n- Ward management in an acute environment\n"
            "- Hold a full driving licence and have access to a vehicle\n")
    got = found(text, resources)
    assert {"Therapeutic Apheresis", "Neurodevelopmental Disorders", "Skin Surgery", "Biopsy", "Gastroenterology",
            "Safeguarding", "Hospitals", "Own Vehicle"} <= got
    plain = "Office Clerk\n\nRequirements\n- Exchange data with the plasma screen supplier\n- Neglect no detail\n"
    assert not {"Therapeutic Apheresis", "Safeguarding"} & found(plain, resources)  # control


def test_agile_working_as_a_way_of_working_is_no_agile_method(resources):
    text = ("Advanced Nurse Practitioner\n\nRequirements\n- NMC registration\n\nWe will support your work-life "
            "balance with flexible and agile working options. We promote agile working across our hubs.\n")
    assert "Agile" not in found(text, resources)
    asked = "Delivery Manager\n\nRequirements\n- Experience of agile working in a Scrum team\n"
    assert "Agile" in found(asked, resources)  # control: the method asked for

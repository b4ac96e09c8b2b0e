"""Synthetic fixtures for chips a career coach would strike on nurse and store postings: the employer's
code of conduct under its own heading ("COMPLIANCE: Act in compliance with legal rules ... adhere to
the spirit and the language of the Sarbanes-Oxley Act ... report suspected violations") asks no
compliance skill; services a supporting team provides ("supported by a strong operational team that
provide services ranging from marketing to billing and collections") are the post's support, no
condition; supervision the post works under ("a minimum direction and periodic supervision") is no
people management, whether the matcher or the tagger finds it; a heading run into its list
("Physical Functions • Ability to stand") is no skill; a check the tagger names with record words
("Criminal Record Review Act Check") is a condition; a patient's compliance with treatment is no
regulatory compliance, and "practice building operations" no facilities management. Each with its
control."""

from __future__ import annotations

import pytest
from tests.skills.conftest import names, with_tagger
from tests.skills.test_tagger_chips import chips

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.requirements import heads_boilerplate, services_of_others
from credstack.skills.vocabulary import load_vocabulary


def _found(text: str, kind: TextKind = TextKind.RESPONSIBILITIES) -> set[str]:
    result = extract_skills([TextSection(kind, text)], load_vocabulary())
    return {s.name for s in result.skills} | {s.name for s in result.context}


CODE = ("COMPLIANCE:\n- Act in compliance with legal rules and regulations applicable to the position.\n"
        "- Adhere to the spirit and the language of the Sarbanes-Oxley Act of 2002 (SOX) to avoid any conduct "
        "in violation of SOX.\n- Report suspected violations of company policies to the Compliance Officer.\n")


def test_a_code_of_conduct_asks_no_compliance_skill():
    found = _found(CODE)
    assert not {"Compliance", "Sarbanes-Oxley"} & found
    assert heads_boilerplate(CODE, 0, len("COMPLIANCE"))


def test_compliance_work_asked_stays():
    found = _found("Ensure compliance with Sarbanes-Oxley (SOX) controls and prepare reconciliations.")
    assert {"Compliance", "Sarbanes-Oxley"} <= found
    duties = "COMPLIANCE:\n- Maintain compliance records for the clinic.\n"
    assert "Compliance" in _found(duties)
    assert not heads_boilerplate(duties, 0, len("COMPLIANCE"))


def test_services_a_supporting_team_provides_are_not_asked():
    text = ("Nurses are supported by a strong operational team that provide a multitude of services ranging "
            "from marketing to billing and collections to patient financial planning.")
    found = _found(text)
    assert not {"Marketing", "Accounts Receivable", "Financial Planning and Analysis"} & found
    start = text.index("billing")
    assert services_of_others(text, start, start + len("billing and collections"))


def test_services_the_candidate_provides_stay():
    text = "You will provide billing and collections services and support the marketing team."
    assert "Accounts Receivable" in _found(text)
    start = text.index("billing")
    assert not services_of_others(text, start, start + len("billing and collections"))


def test_supervision_received_is_no_people_management():
    assert "People Management" not in names("Work with a minimum direction and periodic supervision.")
    assert "People Management" not in names("Works with minimal direction and general supervision")
    assert "People Management" in names("Provide periodic supervision of cashiers")
    others, _, _ = chips("- Work with a minimum direction and periodic supervision.\n- Shift supervision of cashiers",
                         {"periodic supervision": "knowledge", "Shift supervision": "knowledge"})
    assert "periodic supervision" not in others


def test_a_heading_run_into_its_list_is_no_chip():
    text = "- Ability to lift 30 pounds. Physical Functions • Ability to stand for 8 hours\n- Physical Functions testing"
    others, _, _ = chips(text, {"Physical Functions": "knowledge"})
    assert "Physical Functions" not in others
    text = "- Experience with Physical Functions testing of prosthetics"
    others, _, _ = chips(text, {"Physical Functions": "knowledge"})
    assert "Physical Functions" in others


def test_a_record_check_the_tagger_names_is_a_condition():
    result = with_tagger("A Criminal Record Review Act Check (CRRA) and Enhanced Security Screening will be required.",
                          {"Record Review Act Check": "knowledge"})
    assert "Record Review Act Check" not in {s.name for s in result.skills}
    assert "Background Checks" in {s.name for s in result.context}
    result = with_tagger("Experience with Reconciliation Check processes in Xero.",
                          {"Reconciliation Check": "knowledge"})
    assert "Background Checks" not in {s.name for s in result.context} | {s.name for s in result.skills}


@pytest.mark.parametrize(("text", "skill", "present"), [
    ("Ensure the completion of treatment and compliance with periodic re-evaluations.", "Compliance", False),
    ("Educate the patient on the importance of compliance relative to Stage II and III appointments.", "Compliance",
     False),
    ("Monitor patient compliance and medication compliance.", "Compliance", False),
    ("Ensure compliance with HIPAA and OSHA regulations.", "Compliance", True),
    ("Compliance with company policies and regulatory requirements.", "Compliance", True),
    ("The nurses are integral to both clinical and practice building operations.", "Facilities Management", False),
    ("Oversee building operations, maintenance and security.", "Facilities Management", True),
])
def test_a_patients_compliance_and_practice_building_are_no_such_skills(text, skill, present):
    assert (skill in names(text)) is present


def test_a_mishap_a_duty_keeps_down_is_no_chip():
    others, _, _ = chips("- Controls merchandise, cash shortages, and other selling expenses.\n"
                         "- Reconcile cash registers using the TillPoint software.",
                         {"cash shortages": "knowledge", "TillPoint": "knowledge"})
    assert "cash shortages" not in others
    assert "TillPoint" in others

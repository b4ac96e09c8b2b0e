"""A new skill (a tagger span no vocabulary skill names) is never a body or a role: "Crown
Counsel", "Store Manager", "BC Prosecution Service", "School of Engineering" are whom a posting
names (the employer, a colleague, the job) and were chips on real pages; nor does it end on a
requirement's label or a dangling "and/or" ("clinical specialty Preferred"). Synthetic postings,
a fake tagger."""

from __future__ import annotations

from tests.skills.test_tagger import FakeTagger

from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.model import SkillKind
from credstack.skills.vocabulary import load_vocabulary


def others(text: str, phrases: dict[str, str]) -> set[str]:
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary(),
                            tagger=FakeTagger(phrases))
    return {s.name for s in result.skills if s.kind == SkillKind.OTHER}


def test_a_capitalised_role_is_no_skill():
    found = others("- Experience supporting a Store Manager and Crown Counsel with gravel sieving",
                   {"Store Manager": "knowledge", "gravel sieving": "knowledge"})
    assert "Store Manager" not in found
    assert "gravel sieving" in found  # the control: a new skill in the same line stays


def test_a_product_named_like_a_role_stays():
    assert "NT User Manager" in others("- Use NT User Manager to set up accounts", {"NT User Manager": "knowledge"})


def test_a_plural_capitalised_role_is_no_skill():
    assert "Law Clerks" not in others("- Work closely with Law Clerks on file intake", {"Law Clerks": "knowledge"})


def test_a_role_word_inside_a_credential_stays():
    # a credential's name ends on a person's noun and is asked of the candidate
    found = others("- Registered Hearing Technician status required", {"Registered Hearing Technician": "knowledge"})
    assert "Registered Hearing Technician" in found
    # the tagger's span cut after the credential's word: still the credential's name
    found = others("- Must be a Registered Hearing Technician", {"Hearing Technician": "knowledge"})
    assert "Hearing Technician" in found


def test_a_body_is_no_skill():
    found = others("- Liaise with the Kestrel Prosecution Service, the Hospital Authority and the "
                   "School of Engineering on ledger tagging",
                   {"Kestrel Prosecution Service": "knowledge", "Hospital Authority": "knowledge",
                    "School of Engineering": "knowledge", "ledger tagging": "knowledge"})
    assert not {"Kestrel Prosecution Service", "Hospital Authority", "School of Engineering"} & found
    assert "ledger tagging" in found


def test_a_requirement_label_or_dangling_and_or_is_cut_off():
    found = others("- Certification in gravel sieving Preferred", {"gravel sieving Preferred": "knowledge"})
    assert "gravel sieving" in found and "gravel sieving Preferred" not in found
    found = others("- Ledger tagging and/or reconciliation", {"Ledger tagging and/or": "knowledge"})
    assert "Ledger tagging" in found


def test_a_facts_field_saying_not_required_asks_nothing():
    from credstack.skills.requirements import marked_not_applicable

    page = "Security clearance\nNot Required\nDrug test\nNo\nFinancial Disclosure Report: Not required\n"
    for label in ("Security clearance", "Drug test", "Disclosure"):
        at = page.find(label)
        assert marked_not_applicable(page, at, at + len(label)), label
    # the controls: a field whose value names what is needed, a skill whose line goes on
    page = "Security clearance\nSecret\nDrug test\nYes\n- Excel: Normal use of formulas\n"
    for label in ("Security clearance", "Drug test", "Excel"):
        at = page.find(label)
        assert not marked_not_applicable(page, at, at + len(label)), label


def test_equity_and_vaccination_terms_of_hiring_ask_no_skill():
    # whom an advisory service helps through the hiring, and the vaccinations an employer checks
    found = others("- The Indigenous Applicant Advisory Service is available to Indigenous (First Nations, "
                   "Inuit or Métis) applicants.\n- Full vaccination history (must include Hepatitis B).\n"
                   "- Gravel sieving experience", {"First Nations": "knowledge", "Hepatitis B": "knowledge",
                                                   "Gravel sieving": "knowledge"})
    assert not {"First Nations", "Hepatitis B"} & found
    assert "Gravel sieving" in found
    # the control: a nurse who gives the vaccinations
    assert "Hepatitis B" in others("- Administer Hepatitis B vaccinations to patients", {"Hepatitis B": "knowledge"})


def test_a_states_licence_is_a_skill_asked():
    found = others("- D.D.S. or D.M.D. with a current Illinois license", {"Illinois license": "knowledge"})
    assert "Illinois license" in found
    # the control: a state with an everyday word names no skill
    assert "Illinois based" not in others("- Candidates must be Illinois based", {"Illinois based": "knowledge"})

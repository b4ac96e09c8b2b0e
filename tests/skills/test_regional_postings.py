"""Australian and British postings read as their job seekers would: a town on the header line is no
tool ("Spring Hill, Brisbane QLD" is not the Spring framework), the town the tagger marks is where
the job is, a qualification's level ("Cert IV") is no "IV" chip, an awarding body written in
capitals ("CACHE") is no caching, and words of everyday office or recruiting work ("interpreting
Awards", "psychometric testing") are not translation or software testing. Each beside the same
words asking for the skill."""

from __future__ import annotations

import pytest
from tests.skills.test_tagger import FakeTagger

from credstack.analysis import analyze
from credstack.postings import parse_posting
from credstack.resources import Resources
from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def res():
    return Resources.load(tagger=False)


def names(text: str, phrases: dict[str, str] | None = None, place: str = "") -> set[str]:
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary(), None,
                            FakeTagger(phrases) if phrases else None, place=place)
    return {s.name for s in result.skills}


def test_the_header_lines_town_is_no_tool(res):
    text = ("Employee Relations Adviser\nHarbour Guild - Spring Hill, Brisbane QLD\n\n"
            "About you\n- Experience in employee relations and workplace investigations\n")
    result = analyze(parse_posting(text), res, rank=False)
    assert result.posting.location == "Spring Hill, Brisbane QLD"
    assert "Spring" not in {s.name for s in result.skills}
    assert "Employee Relations" in {s.name for s in result.skills}
    # the framework asked for in the posting's own words stays
    java = text.replace("workplace investigations", "Java and Spring")
    assert "Spring" in {s.name for s in analyze(parse_posting(java), res, rank=False).skills}


def test_the_town_the_job_is_in_is_no_chip():
    phrases = {"Ceduna": "knowledge", "yard operations": "knowledge"}
    text = "- Based in Ceduna, with mainline and yard operations\n"
    assert "Ceduna" not in names(text, phrases, place="Ceduna (Thevenard)")
    assert "Ceduna" in names(text, phrases)  # without the job's place, the rule has nothing to go on


def test_a_qualifications_level_is_no_chip_and_the_qualification_is_read():
    found = names("- Cert III Aged Care, Cert IV Allied Health Assistance preferred\n",
                  {"IV": "knowledge", "Cert III Aged": "knowledge"})
    assert "IV" not in found
    assert {"Certificate III", "Certificate IV"} <= found


def test_an_awarding_body_in_capitals_is_no_caching():
    assert "Caching" not in names("- Qualifications: NNEB, CACHE, NVQ Level 3 or equivalent\n")
    assert "Caching" in names("- Redis, caching and API design for our web applications\n")


def test_office_and_recruiting_words_are_not_translation_or_software_testing():
    assert "Translation" not in names("- Interpreting Awards and relevant legislation\n")
    assert "Translation" in names("- Interpreting for patients who speak Polish or Urdu\n")
    assert "Software Testing" not in names("- Able to pass psychometric testing and driving history checks\n")
    assert "Software Testing" in names("- Testing of web applications and APIs\n")


def test_publication_venues_are_no_skills():
    phrases = {"CVPR": "knowledge", "SPIE": "knowledge", "COLMAP": "knowledge"}
    found = names("- Publications at top venues such as CVPR or SPIE\n- Experience with COLMAP\n", phrases)
    assert not {"CVPR", "SPIE"} & found
    assert "COLMAP" in found  # a tool named outside the publishing clause stays


def test_rsa_is_the_alcohol_service_certificate_only_in_a_bars_posting(res):
    bar = "Bar Staff\nHarbour Hotel - Brisbane QLD\n\nAbout you\n- RSA preferred but not required\n- Friendly service\n"
    crypto = "Security Engineer\nAcme - Austin, TX\n\nRequirements\n- Public key cryptography: RSA and AES\n"
    assert "Responsible Service of Alcohol" in {s.name for s in analyze(parse_posting(bar), res, rank=False).skills}
    assert "Responsible Service of Alcohol" not in {s.name for s in
                                                    analyze(parse_posting(crypto), res, rank=False).skills}


def test_british_care_and_pharmacy_wording_is_read():
    assert "Pharmacy" in names("- Follow procedures for dispensing medicines, including controlled drugs\n")
    assert "Manual Handling" in names("- Basic Life Support, Medication Training, Moving & Handling\n")


def test_a_clerical_title_is_office_work_not_data_analysis(res):
    text = ("Clerical Officer\nNorthfield School - Riverstone NSW\n\nDuties\n- Maintain school records and stats\n"
            "- Use Excel spreadsheets and the student database\n- Welcome visitors and answer phone enquiries\n")
    fit = analyze(parse_posting(text), res, rank=False).fit
    assert next(iter(fit.groups)) == "customer_service"


def test_a_property_solicitors_matters_are_real_estate_law(res):
    text = ("Associate, Real Estate\nEdinburgh\n\nA qualified solicitor with knowledge covering a variety of real "
            "estate matters. You will advise on landlord and tenant issues and leases.\n")
    result = analyze(parse_posting(text), res, rank=False)
    assert "Real Estate Law" in {s.name for s in result.skills}
    assert "legal" in result.fit.groups


def test_the_employers_name_without_its_place_is_the_employer():
    from credstack.skills.employer import employer_names

    names_found = employer_names("Law Society of NSW", ["Process the Law Society's payroll fortnightly."])
    assert "Law Society" in names_found
    assert "Accounting" not in employer_names("Institute of Accounting", ["Accounting experience."])


def test_a_licence_class_the_tagger_marks_is_no_chip():
    found = names("- Valid Full Stage Manitoba Class 5 driver's license\n", {"Class 5": "knowledge"})
    assert "Class 5" not in found


def test_a_welders_bond_and_blueprints_are_no_finance_or_translation():
    """A welder "bonds metals" and "interprets blueprints": no Fixed Income, no Translation (a real
    welding posting read as both). Bonds beside a finance word, and interpreting for clients in
    another language, are still read."""
    found = names("- Use heat to bond metals\n- Plan work by interpreting blueprints and schematics\n")
    assert not {"Fixed Income", "Translation"} & found
    assert "Fixed Income" in names("- Trade corporate bonds for our asset management clients in the finance team\n")
    assert "Translation" in names("- Interpreting for Spanish-speaking patients and their families\n")


def test_a_span_naming_people_is_no_skill():
    """The tagger's "brazing machine operators" (a real welding posting: "as brazing machine operators
    become more responsible for programming robots") names people, not a skill a user could lack;
    a credential's name shaped like a role, and a name that goes on past the role word, stay."""
    text = ("- As brazing machine operators become more responsible for programming robots\n"
            "- Certified Nursing Assistant preferred; Edge Developer Tools for debugging\n")
    found = names(text, {"brazing machine operators": "knowledge", "Certified Nursing Assistant": "knowledge",
                         "Edge Developer": "knowledge"})
    assert "brazing machine operators" not in found
    assert "Edge Developer" in found
    assert "Certified Nursing Assistant" in found or "CNA" in found


def test_names_people_reads_the_last_word():
    from credstack.skills.requirements import names_people

    assert names_people("welding operators") and names_people("UX designers") and names_people("sous chefs")
    assert not names_people("operators") and not names_people("device drivers")
    assert not names_people("Chartered Accountant") and not names_people("Google Tag Manager")
    assert not names_people("tooling developer", " Tools")


def test_brazing_is_a_trade_skill():
    """A welding posting's "welding, soldering, and brazing" read Welding and Soldering but no Brazing."""
    assert {"Welding", "Soldering", "Brazing"} <= names("- Welding, soldering, and brazing of copper and steel\n")

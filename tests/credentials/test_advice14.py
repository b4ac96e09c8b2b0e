"""Advice on 200 further real postings (bench/advice/nontech_real.json, batch nontech_real-advice14,
labelled before the advice was read on them), each trait reproduced in a posting written here.

Three NHS nursing posts and a UK tax post got US licences (NCLEX-RN, the IRS Enrolled Agent):
- a contact line ("Gale Metcalfe, MS Nurse Team Leader") was read as a town in Mississippi;
- "(band 3)" in lower case, a county ("Cambridgeshire") and a ward's British spellings ("orthopaedic",
  "gynaecology") were no British hints;
- a flattened ad's "Position: ... Location: Bristol Salary: ..." gave the title the whole run and no place.
A yoga teacher got the Praxis Core (a school teacher's test), a payroll officer asked for "5 GCE O
Levels" got a Google Cloud certificate, and a records specialist was read as a data job."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.credentials.fit import other_role, title_groups
from credstack.places import load_places, spelled_british
from credstack.postings import parse_posting
from credstack.postings.facts import find_location


def picks(res, posting: str) -> list[str]:
    result = analyze(parse_posting(posting), res)
    return [r.credential.id for r in result.recommendations.recommendations]


MS_NURSE = """Nurse Specialist - Multiple Sclerosis

Multiple Sclerosis (MS) Nurse Specialist Advert (Band 6)

An exciting opportunity has arisen for a Registered Nurse with a Neurology background to join our MS team.
You will manage a caseload of patients, running nurse led clinics and telephone clinics.
The successful candidate will need excellent communication and assessment skills.

For further information please contact:-
Jane Smith, MS Nurse Team Leader, 0113 3928117
Dr John Brown, MS Consultant, 0113 3928122
"""


def test_a_contact_line_naming_a_ms_nurse_is_no_town_in_mississippi():
    assert find_location("Jane Smith, MS Nurse Team Leader, 0113 3928117") is None
    assert find_location("Proficient in Outlook, MS Word and MS Excel") is None
    assert find_location("Customer Service, AR Management and billing") is None
    assert find_location("Based in Jackson, MS 39201") == "Jackson, MS 39201"
    assert find_location("Jackson, MS\nNurse Team") == "Jackson, MS"
    assert find_location("Portland, OR United States") == "Portland, OR"
    assert find_location("Austin, TX Full Time") == "Austin, TX"


def test_the_ms_nurse_of_a_uk_post_gets_no_us_licence(res):
    posting = parse_posting(MS_NURSE)
    assert posting.location is None
    assert "ncsbn-nclex-rn" not in picks(res, MS_NURSE)


def test_lower_case_pay_bands_counties_and_a_wards_spellings_are_british_hints():
    places = load_places()
    # "(band 3)" and "programme", "organisational": a pay band and British spelling, two hints
    assert places.country_in_text("Community Nursing Assistants (band 3) join our programme with "
                                  "organisational support.") == "GB"
    # one hint each is no country
    assert places.country_in_text("Community Nursing Assistants (band 3) join our team.") is None
    assert places.country_in_text("Band 6 and band 6 roles are open.") is None  # one band, however written
    # places of one country count once, whatever their number: Norfolk and Suffolk are Virginian cities too
    assert places.country_in_text("Offices in Norfolk and Suffolk") is None
    assert places.country_in_text("Patients from Cambridgeshire and East Anglia. The hospital specialises in "
                                  "orthopaedic surgery.") == "GB"
    assert spelled_british("orthopaedic surgery and gynaecology") and not spelled_british("orthopedic surgery")


def test_an_operating_department_practitioner_is_a_uk_profession():
    assert load_places().country_in_text("You will be a Registered Nurse or an Operating Department Practitioner.") == "GB"


SCRUB_NURSE = """Orthopaedic Scrub Nurse

My client is a large provider of private healthcare with hospitals treating patients from Cambridgeshire and
East Anglia. The hospital specialises in cardiology, orthopaedic surgery and gynaecology.
Who we are looking for
You will be a Registered Nurse with experience across a range of surgical specialities.
"""


def test_a_uk_scrub_nurse_naming_no_town_gets_no_us_licence(res):
    assert "ncsbn-nclex-rn" not in picks(res, SCRUB_NURSE)


def test_a_flattened_ads_facts_are_read_one_label_at_a_time():
    ad = parse_posting("Theatre Nurse Anaesthetic\n\nPosition: Theatre Nurse Anaesthetic Location: Cambridge "
                       "Salary: 30,000 per annum Job Description: A private hospital is recruiting.\n\n"
                       "Requirements\n- NMC registration\n")
    assert ad.title == "Theatre Nurse Anaesthetic" and ad.location == "Cambridge"
    tax = parse_posting("Personal Tax Senior\n\nRole: Personal Tax Senior Location: Bristol Salary: Up to 45K "
                        "depending on experience A top 10 firm are looking for a Personal Tax Senior to join "
                        "their team. To provide a full personal tax compliance service as required by the "
                        "circumstances of each client, and preparation of personal tax returns.\n")
    assert tax.location == "Bristol"


def test_a_uk_tax_senior_placed_in_bristol_gets_no_irs_enrolment(res):
    posting = ("Personal Tax Senior\n\nRole: Personal Tax Senior Location: Bristol Salary: Up to 45K depending on "
               "experience A top 10 firm are looking for a Personal Tax Senior. To provide a full personal tax "
               "compliance service. Preparation of personal tax returns and tax planning.\n")
    assert "irs-enrolled-agent" not in picks(res, posting)
    assert "irs-enrolled-agent" in picks(res, posting.replace("Bristol", "Denver, CO"))


@pytest.mark.parametrize("title, school", [
    ("Yoga Teacher", False), ("Pilates Teacher", False), ("Swimming Teacher", False),
    ("Primary Teacher", True), ("Middle School Math Teacher", True), ("Kindergarten Teacher", True),
])
def test_a_yoga_teacher_is_no_school_teacher(catalog, title, school):
    assert other_role(catalog.get("ets-praxis-core"), title, ["education"]) is not school


def test_a_yoga_teachers_title_is_a_fitness_job():
    assert set(title_groups("Yoga Teacher")) == {"fitness_wellness"}
    assert set(title_groups("Primary Teacher")) == {"education"}


PAYROLL = """Payroll Officer
Leeds, West Yorkshire
Requirements
- 5 GCE O Levels, including English & Mathematics or NVQ level 2 equivalent experience
- Experience of payroll and Microsoft Excel
"""


def test_gce_o_levels_are_no_google_cloud(res):
    result = analyze(parse_posting(PAYROLL), res, recommend=False)
    assert "Google Compute Engine" not in {s.name for s in result.skills}
    cloud = analyze(parse_posting("Cloud Engineer\nRequirements\n- Deploy services on GCE and GKE with Terraform\n"),
                    res, recommend=False)
    assert "Google Compute Engine" in {s.name for s in cloud.skills}


@pytest.mark.parametrize("title", ["Records Specialist", "Records Clerk", "Records Officer"])
def test_a_records_clerk_is_an_office_job(title):
    assert "customer_service" in title_groups(title)


@pytest.mark.parametrize("title", ["Meat Manager", "Butcher", "Meat Cutter", "Deli Clerk"])
def test_a_meat_counters_staff_sell_to_shoppers(res, title):
    """A supermarket's meat manager asked for sales and merchandising sells to walk-in shoppers (a
    nontech_real-advice15 posting got a B2B inbound sales course)."""
    assert set(title_groups(title)) == {"food_hospitality"}
    posting = (f"{title}\nAtlanta, GA\nRequirements\n- Drive department sales and merchandising\n"
               "- Maintain sanitation standards in the meat department\n")
    assert "hubspot-inbound-sales" not in picks(res, posting)



def test_a_teams_name_of_several_words_is_no_skill_asked(res):
    """A SAS developer who 'will work closely with frontend analytics teams' got a front-end
    developer's certificate (nontech_real-advice13, still there at advice14)."""
    def skills(line):
        return {s.name for s in analyze(parse_posting(f"SAS Developer\nRequirements\n- {line}\n- SAS programming\n"),
                                        res, recommend=False).skills}
    assert "Front-End Development" not in skills("Work closely with data warehouse teams and frontend analytics "
                                                 "teams to create reporting solutions")
    assert "Front-End Development" in skills("Experience in frontend development teams")  # the candidate's own
    assert "Front-End Development" in skills("Experience in frontend development with React")


def test_the_london_insurance_market_is_british():
    """A reinsurance analyst 'based in London or Bermuda' asking for 'knowledge of Lloyd's and the London
    Market' got the US CPA (nontech_real-advice16)."""
    places = load_places()
    assert places.country_in_text("Knowledge of the London Market is essential.") == "GB"
    assert places.country_in_text("Knowledge of Lloyd s and reinsurance; offices in London or Bermuda.") == "GB"
    assert places.country_in_text("Knowledge of Lloyd's and reinsurance.") is None  # one hint alone


@pytest.mark.parametrize("title, assistant", [
    ("Allied Health Assistant", True), ("Therapy Assistant", True), ("Rehabilitation Support Worker", True),
    ("Medical Doctor", False), ("Physiotherapist", False), ("Occupational Therapist", False),
])
def test_the_allied_health_assistants_certificate_is_an_assistants(catalog, title, assistant):
    """A medical doctor's posting asking for patient care got Australia's Certificate IV in Allied Health
    Assistance (nontech_real-advice16)."""
    assert other_role(catalog.get("au-cert-iv-allied-health-assistance"), title, ["allied_health"]) is not assistant


def test_a_countrys_possessive_is_no_location_and_a_zip_code_makes_a_state():
    """'a subsidiary of parent company DCC PLC, Ireland's 6th largest company' placed six UK adverts in
    Ireland; an address's 'Allentown, PA 18106', last of its parts, was read as Panama."""
    assert find_location("a subsidiary of parent company DCC PLC, Ireland's 6th largest company") is None
    assert find_location("Our office: Cork, Ireland.") == "Cork, Ireland"
    places = load_places()
    assert places.country_of("5910 Hamilton Blvd., Allentown, PA 18106") == "US"
    assert places.states_of("5910 Hamilton Blvd., Allentown, PA 18106") == {"US-PA"}
    assert places.country_of("Berlin, Berlin, DE") == "DE"  # a country's code last of many, as before


def test_a_location_naming_several_countries_names_none():
    """'United States, Canada' was read as Canada, 'Brazil, Croatia, Italy' as Italy: a post open in several
    countries is in no one of them."""
    places = load_places()
    assert places.country_of("United States, Canada") is None
    assert places.country_of("Brazil, Croatia, Italy") is None
    assert places.country_of("Atlanta, Georgia, United States") == "US"  # a state named like a country
    assert places.country_of("London, England, UK") == "GB"  # one country's names

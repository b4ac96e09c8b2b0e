"""Where a job is decides which national licences are advice: a nurse in England registers with
the NMC, and the NCLEX-RN (the US and Canadian licensing exam) is no credential to recommend her;
a posting that names it outright still gets it."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from credstack.analysis import analyze
from credstack.credentials.catalog import load_catalog, validate
from credstack.credentials.fit import infer_fit, merge_fits
from credstack.places import load_places
from credstack.postings import parse_posting
from credstack.skills.model import Requirement, SkillMention


@pytest.mark.parametrize("location, salary, country", [
    ("Swindon, GB", None, "GB"),  # structured data: locality, country code
    ("Berlin, Berlin, DE", None, "DE"),  # locality, region, country: DE is Germany, not Delaware
    ("Austin, TX", None, "US"),
    ("San Jose, CA", None, "US"),  # a city and a state code: California, not Canada
    ("Toronto, ON, Canada", None, "CA"),
    ("Vancouver, BC", None, "CA"),
    ("Bengaluru, Karnataka, India", None, "IN"),
    ("Remote - United Kingdom", None, "GB"),
    ("Leeds | England", None, "GB"),
    ("London (UK)", None, "GB"),
    ("Springfield, IL, United States", None, "US"),
    ("Austin, TX; Dallas, TX", None, "US"),
    ("Austin, TX; London, UK", None, None),  # two countries: no one of them
    ("London, UK; Remote", None, "GB"),
    ("Remote", None, None),
    ("Hamburg", None, None),  # a city alone says nothing here
    (None, "£30,300 - £41,425 a year", "GB"),  # no place: the pound says
    (None, "$80,000", None),  # many countries write dollars
    (None, None, None),
    ("Hoxton Park NSW", None, "AU"),  # an Australian town and its state's code, no comma between
    ("Brisbane QLD(Remote)", None, "AU"),
    ("Hove SA", None, "AU"),
    ("Sydney CBD, NSW", None, "AU"),
    ("Perth WA 6000", None, "AU"),  # WA is Washington's code too: the 4-digit postcode tells
    ("Seattle WA", None, None),
    ("Riyadh, SA", None, "SA"),  # alone after a comma, SA is Saudi Arabia's ISO code
    ("Midhurst, West Sussex", None, "GB"),  # a British county
    ("Derby Derbyshire East Midlands", None, "GB"),
    ("Cheshire", None, "GB"),
    ("Norfolk, VA", None, "US"),  # the state after it wins over the county's name
    ("Victoria, BC", None, "CA"),
    ("The Pas MB, Winnipeg MB", None, "CA"),  # a town and its province's code, no comma
    ("Yellowknife NT", None, None),  # NT is a Canadian territory and an Australian one
    ("Darwin NT 0800", None, "AU"),  # the 4-digit postcode tells
])
def test_the_country_is_read_from_the_location(location, salary, country):
    assert load_places().country_of(location, salary) == country


def test_a_national_registration_tells_the_country():
    places = load_places()
    assert places.country_of_certifications(["NMC Registration", "Basic Life Support"]) == "GB"
    assert places.country_of_certifications(["Basic Life Support"]) is None
    assert places.country_of_certifications(["NMC Registration", "CDL Class A"]) is None  # contradicting


def test_national_certifications_are_vocabulary_certifications(catalog):
    data = json.loads((resources.files("credstack") / "data" / "places.json").read_text("utf-8"))
    for name in data["certification_countries"]:
        skill = catalog.vocabulary.get(name)
        assert skill is not None and skill.kind == "certification", name


def test_country_bound_credentials_say_why(catalog):
    bound = [c for c in catalog if c.countries]
    assert {"ncsbn-nclex-rn", "cdl-class-a", "finra-series-7", "osha-10-construction"} <= {c.id for c in bound}
    assert all(c.countries_basis for c in bound)
    assert load_catalog().get("nebosh-igc").countries == ()  # an international certificate counts anywhere


def test_the_catalog_rejects_countries_without_a_reason(catalog):
    entries = json.loads((resources.files("credstack") / "data" / "credentials.json").read_text("utf-8"))
    entry = next(e for e in entries if e["id"] == "ncsbn-nclex-rn")
    broken = [dict(entry, countries_basis=None), dict(entry, id="x1", countries=["usa"], name="X1", aliases=[])]
    problems = validate(broken, catalog.vocabulary)
    assert any("countries_basis" in p for p in problems)
    assert any("ISO 3166" in p for p in problems)


def _nurse(catalog, country):
    asked = []
    for name in ("Registered Nurse", "Nursing", "Patient Care"):
        skill = catalog.vocabulary.resolve(name)
        asked.append(SkillMention(skill.name, skill.kind, skill.category, requirement=Requirement.REQUIRED,
                                  mentions=[name]))
    return asked, infer_fit("Registered Nurse", asked, catalog, catalog.vocabulary, country)


def test_another_countrys_licence_is_not_recommended(catalog):
    from credstack.credentials.recommend import recommend_stack

    for country, expected in (("US", True), ("CA", True), (None, True), ("GB", False)):
        asked, fit = _nurse(catalog, country)
        plan = recommend_stack({s.name: 3.0 for s in asked}, catalog, named={"Registered Nurse"}, fit=fit)
        ids = [r.credential.id for r in plan.recommendations]
        assert ("ncsbn-nclex-rn" in ids) is expected, (country, ids)


def test_the_shopping_list_keeps_the_countries_of_its_listings(catalog):
    _, uk = _nurse(catalog, "GB")
    _, us = _nurse(catalog, "US")
    _, unknown = _nurse(catalog, None)
    assert merge_fits([uk, unknown]).countries == {"GB"}
    assert merge_fits([uk, us]).countries == {"GB", "US"}
    assert merge_fits([uk, us]).local(catalog.get("ncsbn-nclex-rn"))
    assert not merge_fits([uk]).local(catalog.get("ncsbn-nclex-rn"))


UK_NURSE = """Staff Nurse
Location: Swindon, UK

Requirements:
- Registered Nurse with current NMC registration
- Experience in acute care
"""

UK_RECRUITING_US_NURSES = """Staff Nurse
Location: Leeds, UK

Requirements:
- Registered Nurse; we welcome nurses who passed the NCLEX-RN and are joining the NMC register
"""


def picks_of(text, res):
    """The ids of the credentials recommended for a posting's text (with no profile), and the analysis."""
    result = analyze(parse_posting(text), res, rank=False)
    return [r.credential.id for r in result.recommendations.recommendations], result


def test_a_uk_posting_gets_no_us_licensing_exam(res):
    ids, result = picks_of(UK_NURSE, res)
    assert result.fit.countries == {"GB"}
    assert "ncsbn-nclex-rn" not in ids
    ids, result = picks_of(UK_NURSE.replace("Location: Swindon, UK", "Location: Austin, TX"), res)
    assert "ncsbn-nclex-rn" in ids
    rec = next(r for r in result.recommendations.recommendations if r.credential.id == "ncsbn-nclex-rn")
    # the posting wrote "Registered Nurse", not the exam's name: the sentence says so
    assert rec.why.startswith("The posting asks for Registered Nurse, which the NCLEX-RN Examination leads to")


def test_the_registration_tells_the_country_when_the_page_gives_none(res):
    ids, result = picks_of(UK_NURSE.replace("Location: Swindon, UK\n", ""), res)
    assert result.fit.countries == {"GB"}
    assert "ncsbn-nclex-rn" not in ids


def test_a_licence_the_posting_names_outright_stays(res):
    ids, _ = picks_of(UK_RECRUITING_US_NURSES, res)
    assert "ncsbn-nclex-rn" in ids


ACCOUNTANT = """Financial Accountant
Location: {where}

Requirements:
- Qualified accountant (CPA) with audit experience
- Month-end close and IFRS reporting
"""


def test_bare_letters_name_no_other_countrys_licence(res):
    # "CPA" alone in a UK posting is no case for the US licence; in a US one it is asked by name
    uk, _ = picks_of(ACCOUNTANT.format(where="London, UK"), res)
    us, _ = picks_of(ACCOUNTANT.format(where="Chicago, IL"), res)
    assert "aicpa-cpa" not in uk
    assert "aicpa-cpa" in us


def test_a_shopping_list_of_uk_nursing_jobs_gets_no_us_licensing_exam(res):
    from credstack.shopping import shopping_list

    def listing(pid, text):
        return (pid, {"url": f"https://jobs.example/{pid}"}, analyze(parse_posting(text), res, rank=False,
                                                                    recommend=False))

    uk = [listing(1, UK_NURSE), listing(2, UK_NURSE.replace("acute care", "theatres"))]
    answer = shopping_list(uk, None, res)
    assert answer["role"]["countries"] == ["GB"]
    assert "ncsbn-nclex-rn" not in [r["credential"]["id"] for r in answer["recommendations"]["recommendations"]]
    us = [listing(1, UK_NURSE.replace("Swindon, UK", "Austin, TX")),
          listing(2, UK_NURSE.replace("Swindon, UK", "Dallas, TX").replace("acute care", "theatres"))]
    answer = shopping_list(us, None, res)
    assert "ncsbn-nclex-rn" in [r["credential"]["id"] for r in answer["recommendations"]["recommendations"]]


@pytest.mark.parametrize("text, country", [
    ("Competitive hourly rate plus superannuation.", "AU"),
    ("You must be eligible to live and work in the UK and hold an enhanced DBS check.", "GB"),
    ("Pay: 12 GBP per hour", "GB"),
    ("Offices in London and Sydney; you will be paid in dollars.", None),  # no word only one country writes
    ("Superannuation and an enhanced DBS check", None),  # two countries: neither
    ("Must be legally entitled to work in Canada", "CA"),
    ("Ensure compliance with all FDA, DEA, State Board of Pharmacy, OSHA and other regulatory standards.", "US"),
    ("Medical, dental and a 401(k) with a company match; must be authorized to work in the United States", "US"),
    ("Our UK plant follows FDA and MHRA guidance", None),  # FDA alone: a UK pharma plant writes it too
    ("An Assistant Financial Accountant for an NHS Foundation Trust", "GB"),
    ("Our robust Trust Nurse Revalidation Programme offers an e-portfolio", "GB"),
    ("Informal visits: ring the matron or email endoscopy@trust.nhs.uk.", "GB"),  # an address's domain
    ("Send your CV to careers@cement.ge", "GE"),
    ("Apply at uk.linkedin.com or careers.example.com", None),  # a subdomain is no country's domain
    ("", None),
])
def test_words_only_one_country_writes_name_it(text, country):
    assert load_places().country_in_text(text) == country


UK_TEACHER = """Primary Teachers
Northfield Supply - South Yorkshire

We are looking for KS1 and KS2 Primary Teachers for supply work in schools across the area.
Candidates must have a good knowledge of the national curriculum and excellent classroom and
behaviour management skills. You must hold a recognised teaching qualification and ideally have
recent experience of teaching in the UK.
"""

AU_DRIVER = """Bus Drivers
Harbour Transit - Hoxton Park NSW

About you
- Have an HR or MR licence
- Have held an unrestricted driver's licence for at least 12 months
- Good communication skills and a safe driving record
- Customer service experience
"""


def test_a_teacher_in_an_english_county_gets_no_us_teaching_licence(res):
    ids, result = picks_of(UK_TEACHER, res)
    assert result.fit.countries == {"GB"}
    assert not [cid for cid in ids if res.catalog.get(cid).countries and "GB" not in res.catalog.get(cid).countries]
    # the same posting in Texas: a US teaching licence exam is advice there
    us, _ = picks_of(UK_TEACHER.replace("South Yorkshire", "Austin, TX").replace(" in the UK", ""), res)
    assert [cid for cid in us if res.catalog.get(cid).countries == ("US",)]


def test_an_australian_driver_is_read_as_a_driver_in_australia(res):
    ids, result = picks_of(AU_DRIVER, res)
    names = {s.name for s in result.skills}
    assert result.fit.countries == {"AU"}
    assert "Human Resources" not in names  # "HR licence" is a heavy rigid vehicle licence
    assert "Heavy Vehicle Licence" in names
    assert not [cid for cid in ids if "human_resources" in res.catalog.get(cid).occupations]


DENTAL_NURSE = """Dental Nurse
Midhurst, West Sussex

Requirements:
- Be registered with the General Dental Council (GDC)
- Chair side assistance and sterilising instruments
- Booking appointments and some reception duties
"""


def test_a_dental_nurse_is_no_registered_nurse(res):
    ids, result = picks_of(DENTAL_NURSE, res)
    names = {s.name for s in result.skills}
    assert "GDC Registration" in names  # the regulator she registers with, not her employer
    assert "Nursing" not in names and "nursing" not in result.fit.groups
    assert "allied_health" in result.fit.groups
    assert not [cid for cid in ids if "nursing" in res.catalog.get(cid).occupations]
    # a staff nurse in Texas is a registered nurse: her licensing exam is advice
    rn, result = picks_of(DENTAL_NURSE.replace("Dental Nurse\n", "Staff Nurse\n", 1).replace(
        "Midhurst, West Sussex", "Austin, TX").replace("the General Dental Council (GDC)", "the state board"), res)
    assert "nursing" in result.fit.groups and "ncsbn-nclex-rn" in rn


def test_regions_and_provinces_are_places():
    places = load_places()
    assert places.is_place("Nunavut") and places.is_place("West Sussex") and places.is_place("Queensland")
    assert not places.is_place("Python") and not places.is_place("Spring")


@pytest.mark.parametrize("location, text, country, states", [
    ("Tbilisi, Georgia", None, "GE", set()),  # a city of the country before the shared name
    ("Batumi, Georgia", None, "GE", set()),
    ("Batumi", None, "GE", set()),
    ("Atlanta, Georgia", None, "US", {"US-GA"}),  # the state, as before
    ("Savannah, GA", None, "US", {"US-GA"}),
    ("Athens, Georgia", None, "US", {"US-GA"}),  # a town the country has no claim on: the state
    ("Georgia", None, "US", {"US-GA"}),
    ("Georgia", "Salary: 1200 GEL per month", "GE", set()),  # the currency beside an amount
    ("Remote - Georgia", "Call us on +995 32 200 00 00", "GE", set()),  # the dialling code
    ("Georgia", "ძირითადი მოთხოვნები: სამუშაო გამოცდილება მსგავს პოზიციაზე", "GE", set()),  # its script
    ("Georgia", "Gel nails and gel polish; $15 an hour", "US", {"US-GA"}),  # 'gel' is no currency
    ("Georgia, USA", "Paid 1200 GEL", "US", {"US-GA"}),  # the country said outright wins
])
def test_a_state_named_like_a_country_is_read_by_its_context(location, text, country, states):
    places = load_places()
    assert places.country_of(location, None, text) == country
    assert {s for s in places.states_of(location, text) if s[:2] == country} == states


def test_the_marks_of_a_country_name_it_without_a_location():
    places = load_places()
    assert places.country_in_text("Pay: 1 200 GEL, five days a week") == "GE"
    assert places.country_in_text("We need a nail technician for gel extensions") is None
    assert places.country_in_text("ბეტონის მიქსერის ოპერირება და ჩაბარებული ბეტონმზიდის მოვლა") == "GE"
    assert places.country_in_text("Welcome desk: say გამარჯობა to our guests") is None  # a word is no page


RN_IN = """Registered Nurse (ICU)
Location: {where}

Requirements:
- Registered Nurse with ICU experience
- Patient assessment, medication administration and IV therapy
"""


def test_a_nurse_in_tbilisi_gets_no_us_licensing_exam(res):
    ids, result = picks_of(RN_IN.format(where="Tbilisi, Georgia"), res)
    assert result.fit.countries == {"GE"} and not result.fit.states
    assert "ncsbn-nclex-rn" not in ids
    # the control: the same posting in Atlanta, Georgia keeps the US exam
    ids, result = picks_of(RN_IN.format(where="Atlanta, Georgia"), res)
    assert result.fit.countries == {"US"} and result.fit.states == {"US-GA"}
    assert "ncsbn-nclex-rn" in ids


UK_STAFF_NURSE = ("Staff Nurse - Band 5\nLocation: Leeds, UK\n\nEssential criteria:\n- Current NMC registration\n"
                  "- Experience of medication administration\n")


def _nmc_status(res, location, skills, certifications=()):
    from credstack.profile.model import Profile

    profile = Profile.from_dict({"name": "x", "location": location, "skills": [{"name": n} for n in skills],
                                 "certifications": [{"name": n} for n in certifications]})
    result = analyze(parse_posting(UK_STAFF_NURSE), res, profile=profile, recommend=False)
    return next(g.status.value for g in result.gaps.items if g.skill.name == "NMC Registration")


@pytest.mark.parametrize("location, skills, status", [
    ("Leeds, UK", ["Registered Nurse"], "implied"),  # a UK nurse is on the NMC's register
    (None, ["RN"], "implied"),  # a nurse who gives no place, for a UK job
    ("Austin, TX", ["Registered Nurse"], "missing"),  # a US nurse is not yet
    ("Leeds, UK", ["Patient Care"], "missing"),  # no licence, no register
])
def test_a_nursing_licence_is_the_registration_where_it_is_issued(res, location, skills, status):
    assert _nmc_status(res, location, skills) == status


def test_a_nurse_whose_licences_are_american_is_not_on_the_uk_register(res):
    # no place given, but the NCLEX-RN counts only in the US and Canada
    assert _nmc_status(res, None, ["Registered Nurse"], ["NCLEX-RN"]) == "missing"


def test_a_registration_is_implied_only_for_a_job_in_its_country():
    places = load_places()
    assert places.registrations_of({"Registered Nurse"}, {"GB"}, {"GB"}) == {"NMC Registration": "Registered Nurse"}
    assert places.registrations_of({"Registered Nurse"}, {"US"}, set()) == {}
    assert places.registrations_of({"Registered Nurse"}, {"GB"}, {"US", "CA"}) == {}
    assert places.registrations_of({"Pharmacist License"}, {"GB"}, set()) == {"GPhC Registration": "Pharmacist License"}
    issuers = dict(places.certification_countries)
    assert all(reg in issuers for reg, _ in places.registered_by_licence)  # each has the country it is issued in


@pytest.mark.parametrize("location, country", [
    ("Dubai", "AE"), ("Abu Dhabi", "AE"), ("Doha", "QA"), ("Riyadh", "SA"),  # a Gulf city alone names its country
    ("Dubai, UAE", "AE"), ("London", "GB"),
])
def test_a_gulf_city_alone_names_its_country(location, country):
    """A UK agency's advert for a spa manager in Dubai ('Location: Dubai', a .co.uk address) was read as a
    British job: the city alone now says the country, as 'Sydney' or 'Tbilisi' do."""
    assert load_places().country_of(location) == country


def test_a_currency_code_is_a_word_of_its_own():
    """'FINRA Series 6, 26, and 65 required' on a US insurance post holds the letters INR: no rupee, no
    Indian job (it was read as one). A code written beside an amount still names its country."""
    places = load_places()
    assert places.country_in_text("FINRA Series 6, 26, and 65 required.") is None
    assert places.country_in_text("Salary: INR 12,00,000 per annum") == "IN"
    assert places.country_in_text("Salary 30000GBP a year") == "GB"
    assert places.country_of(None, "FINRA-registered broker bonus") is None

"""A posting that says nowhere which country it is in gets its country-limited credentials for one
country: a US electrician's posting without a place got the US OSHA forklift card beside the
British 18th Edition award, an HVAC technician's the US EPA 608 beside it."""

from __future__ import annotations

from credstack.credentials.catalog import load_catalog
from credstack.credentials.fit import RoleFit
from credstack.credentials.recommend import recommend_stack


def picks(missing: dict[str, float], title: str, countries=frozenset(), named=frozenset()) -> list:
    fit = RoleFit(groups={"skilled_trades": 1.0}, title=title, asked=frozenset(missing), named=frozenset(missing),
                  countries=frozenset(countries))
    return recommend_stack(missing, load_catalog(), named=named, fit=fit).recommendations


def countries_of(recs) -> set[str]:
    return {c for r in recs for c in (r.credential.countries or ())}


def test_no_country_said_gives_one_countrys_credentials():
    missing = {"Electrical Wiring": 3.0, "Electrical Systems": 3.0, "Forklift Operation": 2.0, "HVAC": 3.0}
    recs = picks(missing, "Electrician Mechanic")
    assert len(countries_of(recs)) <= 1
    assert recs  # something is still advised


def test_a_named_credential_decides_the_country():
    missing = {"Electrical Wiring": 3.0, "18th Edition Wiring Regulations": 3.0, "Forklift Operation": 2.0}
    recs = picks(missing, "Electrician", named={"18th Edition Wiring Regulations"})
    ids = {r.credential.id for r in recs}
    assert "cg-2382-wiring-regulations" in ids
    assert countries_of(recs) == {"GB"}


def test_the_jobs_country_said_is_untouched():
    missing = {"Electrical Wiring": 3.0, "Electrical Systems": 3.0}
    assert "cg-2382-wiring-regulations" in {r.credential.id for r in picks(missing, "Electrician", {"GB"})}


def test_a_posting_without_a_place_is_read_where_the_user_lives():
    from credstack.analysis import analyze
    from credstack.postings import parse_posting
    from credstack.profile.model import Profile
    from credstack.resources import Resources

    text = ("Electrician\n\nRequirements\n- Electrical wiring and electrical systems\n"
            "- Fault finding on commercial sites\n")
    res = Resources.load(tagger=False)
    home = Profile.from_dict({"name": "Sam", "location": "Leeds, United Kingdom", "skills": [{"name": "Welding"}]})
    assert analyze(parse_posting(text), res, profile=home).fit.countries == {"GB"}
    assert not analyze(parse_posting(text), res).fit.countries  # no profile: no country
    # pay in dollars is no job in Britain, wherever the user lives
    paid = text.replace("Requirements", "Pay: $32.00 per hour\n\nRequirements")
    assert "GB" not in analyze(parse_posting(paid), res, profile=home).fit.countries


def test_british_spelling_rules_the_us_out():
    """A UK agency's forklift page that names no place ('organise', 'serialised', 'Organisational')
    got the US OSHA forklift card; two British spellings rule the US out, one does not, and a US
    posting's own spelling rules out nothing."""
    from credstack.places import unlikely_countries

    assert "US" in unlikely_countries("Process and organise returns; keep records of all serialised items.")
    assert "US" not in unlikely_countries("Keep the stock organised and the yard tidy.")
    assert not unlikely_countries("Organize the warehouse, color-code the labor schedule, forklift license.")
    assert "US" in unlikely_countries("Hold a current licence. Work at our distribution centre.")


def test_a_canadian_postal_code_tells_canada():
    """A scraped Job Bank record glues the street, the town, the province and the postal code
    ("44 Street SECalgary, ABT2Z 4A2"): the province's code and a postal code of its shape tell Canada."""
    from credstack.places import load_places

    places = load_places()
    assert places.country_in_text("Apply at 44 Street SECalgary, ABT2Z 4A2") == "CA"
    assert places.country_in_text("Our office: 2404 Main Street, Vancouver, BC V5T 3E2") == "CA"
    assert places.country_in_text("Order part ON1A2B3C and ABC1D2E3 today") is None

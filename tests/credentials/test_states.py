"""A credential on one US state's law counts only there: the California PHRca is advice for an HR
job in Los Angeles, none for one in Houston; where the posting gives no state, it stays."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from credstack.analysis import analyze
from credstack.credentials.catalog import validate
from credstack.credentials.fit import RoleFit, merge_fits
from credstack.places import load_places
from credstack.postings import parse_posting


@pytest.mark.parametrize("location, states", [
    ("Houston, TX", {"US-TX"}),
    ("Austin, Texas", {"US-TX"}),
    ("Houston, TX 77002", {"US-TX"}),  # a ZIP code after the state
    ("Houston TX 77002", {"US-TX"}),  # a town and its state's code, no comma, then a ZIP code
    ("Houston TX", set()),  # no comma, no ZIP code: an Italian town writes its province so ("Milano MI")
    ("Chicago, Illinois 60601", {"US-IL"}),
    ("San Jose, CA", {"US-CA"}),  # CA after a US city is California
    ("Los Angeles, CA, US", {"US-CA"}),
    ("Remote (California)", {"US-CA"}),
    ("Washington, DC", {"US-DC"}),
    ("Toronto, ON, CA", {"CA-ON"}),  # CA last of three is Canada: Ontario is the province
    ("Montréal, Québec", {"CA-QC"}),
    ("Austin, TX; Los Angeles, CA", {"US-TX", "US-CA"}),
    ("Remote - US", set()),  # the country, no state
    ("Berlin, Berlin, DE", set()),  # Germany, not Delaware
    ("Perth WA 6000", set()),  # Western Australia: no US state
    ("London, UK", set()),
    (None, set()),
])
def test_the_state_is_read_from_the_location(location, states):
    assert load_places().states_of(location) == states


@pytest.mark.parametrize("location, country", [
    ("Houston, TX 77002", "US"),
    ("Houston TX", None),  # as "Milano MI" or "Oristano OR": a town and an Italian province
    ("Milano MI", None),
    ("Oristano OR", None),
    ("Berlin DE", None),  # DE is Delaware's code and Germany's: no comma, no telling
    ("Seattle WA", None),  # WA is Western Australia's too
])
def test_zip_codes_and_bare_state_codes_name_the_us(location, country):
    assert load_places().country_of(location) == country


def test_subdivisions_are_the_states_and_provinces_places_knows():
    data = json.loads((resources.files("credstack") / "data" / "places.json").read_text("utf-8"))
    us, ca = data["subdivisions"]["US"], data["subdivisions"]["CA"]
    assert set(us) == set(data["us_states"]) and set(us.values()) == set(data["us_state_codes"])
    assert set(ca) == set(data["canadian_provinces"]) and set(ca.values()) == set(data["canadian_province_codes"])


def test_a_state_credential_counts_only_in_its_state(catalog):
    phrca = catalog.get("hrci-phrca")
    assert phrca.states == ("US-CA",) and phrca.countries == ("US",)
    assert RoleFit(countries=frozenset({"US"}), states=frozenset({"US-CA"})).local(phrca)
    assert not RoleFit(countries=frozenset({"US"}), states=frozenset({"US-TX"})).local(phrca)
    assert RoleFit(countries=frozenset({"US"})).local(phrca)  # no state given: it may be California
    assert RoleFit().local(phrca)
    assert not RoleFit(countries=frozenset({"GB"})).local(phrca)
    # a national credential is not limited by the job's state
    assert RoleFit(countries=frozenset({"US"}), states=frozenset({"US-TX"})).local(catalog.get("hrci-phr"))


def test_a_shopping_list_keeps_the_states_of_its_listings(catalog):
    texas = RoleFit(countries=frozenset({"US"}), states=frozenset({"US-TX"}))
    california = RoleFit(countries=frozenset({"US"}), states=frozenset({"US-CA"}))
    assert merge_fits([texas, california]).states == {"US-TX", "US-CA"}
    assert merge_fits([texas, california]).local(catalog.get("hrci-phrca"))
    assert not merge_fits([texas]).local(catalog.get("hrci-phrca"))


def test_the_catalog_checks_states(catalog):
    entries = json.loads((resources.files("credstack") / "data" / "credentials.json").read_text("utf-8"))
    entry = next(e for e in entries if e["id"] == "hrci-phrca")
    assert validate([entry], catalog.vocabulary) == []
    for states in (["CA"], ["US-XX"], ["CA-ON"], []):  # no country, unknown, another country's, empty
        problems = validate([dict(entry, states=states)], catalog.vocabulary)
        assert any("states" in p for p in problems), states
    national = next(e for e in entries if e["id"] == "hrci-phr")
    assert "states" not in national and validate([national], catalog.vocabulary) == []


HR = """HR Generalist
Location: {where}

Requirements:
- 3+ years of HR generalist experience
- Knowledge of employment law and HR compliance
- Employee relations, onboarding and benefits administration
"""


@pytest.mark.parametrize("where, states, offered", [
    ("Houston, TX", {"US-TX"}, False),
    ("Austin, Texas", {"US-TX"}, False),
    ("Los Angeles, CA", {"US-CA"}, True),
    ("San Diego, California", {"US-CA"}, True),
])
def test_the_california_hr_exam_follows_the_jobs_state(res, where, states, offered):
    result = analyze(parse_posting(HR.format(where=where)), res, rank=False)
    ids = [r.credential.id for r in result.recommendations.recommendations]
    assert result.fit.states == states and result.fit.to_dict()["states"] == sorted(states)
    assert ("hrci-phrca" in ids) is offered, ids
    assert ids  # an HR job in Texas still gets HR advice, only a national one


def test_a_state_credential_the_posting_names_stays(res):
    # in the job's country its letters are unambiguous: the posting asks for it, whatever the state
    text = HR.format(where="Houston, TX") + "- PHRca certification required (you will support our California sites)\n"
    ids = [r.credential.id for r in analyze(parse_posting(text), res, rank=False).recommendations.recommendations]
    assert "hrci-phrca" in ids
    # in another country the letters are no case for it
    text = text.replace("Houston, TX", "Manchester, UK")
    ids = [r.credential.id for r in analyze(parse_posting(text), res, rank=False).recommendations.recommendations]
    assert "hrci-phrca" not in ids


TEACHER = """Elementary School Teacher
{where}

Requirements:
- Bachelor's degree in education
- Classroom management and lesson planning
- Student assessment and differentiated instruction
"""


@pytest.mark.parametrize("where, first, absent", [
    ("Location: Austin, TX", "texes-ppr-ec12", {"ftce-professional-education", "ets-praxis-plt"}),
    ("Location: Miami, Florida", "ftce-professional-education", {"texes-ppr-ec12", "ets-praxis-plt"}),
    ("Location: Chicago, IL", "ets-praxis-plt", {"texes-ppr-ec12", "ftce-professional-education"}),
    # no state given: the state exams may count there, but the national one comes first
    ("Location: United States", "ets-praxis-plt", {"texes-ppr-ec12", "ftce-professional-education"}),
])
def test_a_states_own_teacher_exam_comes_before_the_national_one(res, where, first, absent):
    result = analyze(parse_posting(TEACHER.format(where=where)), res, rank=False)
    ids = [r.credential.id for r in result.recommendations.recommendations]
    assert first in ids and not absent & set(ids), ids
    rec = next(r for r in result.recommendations.recommendations if r.credential.id == first)
    if first != "ets-praxis-plt":
        state = "Texas" if first == "texes-ppr-ec12" else "Florida"
        assert any(f"this one is {state}'s own, where the job is" in reason for reason in rec.reasons), rec.reasons


def test_a_state_exam_of_unknown_place_comes_after_the_national_one(catalog):
    from credstack.credentials.recommend import recommend_stack

    missing = {"Teaching": 3.0, "Classroom Management": 3.0, "Student Assessment": 2.0}
    teachers = [c for c in catalog if c.id in ("texes-ppr-ec12", "ets-praxis-plt")]
    # a school's post: the teacher exams are a school teacher's (role_credentials), so the title says so
    unknown = RoleFit(groups={"education": 1.0}, countries=frozenset({"US"}), title="Science Teacher")
    plan = recommend_stack(missing, teachers, fit=unknown)
    assert [r.credential.id for r in plan.recommendations] == ["ets-praxis-plt"]
    rival = next(r for r in plan.recommendations[0].reasons if r.startswith("chosen over TExES"))
    assert "counts only in Texas, and the posting does not say the job is there" in rival
    texas = RoleFit(groups={"education": 1.0}, countries=frozenset({"US"}), states=frozenset({"US-TX"}),
                    title="Science Teacher")
    assert [r.credential.id for r in recommend_stack(missing, teachers, fit=texas).recommendations] == [
        "texes-ppr-ec12"]


def test_a_state_credential_stands_to_the_job_by_its_state(catalog):
    from credstack.credentials.recommend import _locality

    texes, praxis = catalog.get("texes-ppr-ec12"), catalog.get("ets-praxis-plt")
    texas = RoleFit(countries=frozenset({"US"}), states=frozenset({"US-TX"}))
    florida = RoleFit(countries=frozenset({"US"}), states=frozenset({"US-FL"}))
    unknown = RoleFit(countries=frozenset({"US"}))
    # its own state first, an unknown state after the national ones, another state's last (kept only
    # when the posting names it: the reason then says it is not where the job is)
    assert [_locality(texes, f) for f in (texas, unknown, florida)] == [1, -1, -2]
    assert _locality(praxis, florida) == 0 and _locality(texes, None) == 0

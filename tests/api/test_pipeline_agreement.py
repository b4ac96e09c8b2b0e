"""One pipeline: the same posting and profile through /analyze, the saved listing, the listings list,
the shopping list, the showcase and the CLI agree on every skill's status and on the score (issue 14)."""

from __future__ import annotations

import json

import pytest

from credstack.cli import main as cli_main

POSTING = """Senior Project Manager
About us: Northwind builds software for hospitals. We offer dental insurance and a 401k.
Responsibilities
- Lead cross-functional projects from kickoff to delivery; manage risk and budgets
- Run Agile ceremonies with Scrum teams; track work in Jira
Requirements
- PMP or PRINCE2 certification required
- CAPM holders considered for the associate track
- 5+ years of project management and stakeholder management
- Basic Life Support (BLS) certification preferred
- Certified ScrumMaster (CSM) a plus
"""

PROFILE = {
    "name": "Taylor Kim",
    "skills": [{"name": "Jira", "years": 4}, {"name": "Risk Management"}],
    "certifications": [
        {"name": "Project Management Professional (PMP)", "issuer": "PMI", "issued": "2022-03", "expires": "2028-03"},
        {"name": "Basic Life Support (BLS) - American Heart Association", "expires": "2024-02"},
        {"name": "Certified ScrumMaster", "status": "in_progress", "expected": "2027-01"},
    ],
}


@pytest.fixture
def client(make_app):
    """No deadline: the first analysis of a run loads the model, which the budget is not about."""
    return make_app(ANALYZE_SECONDS=None).test_client()


def statuses(skills: list[dict]) -> dict[str, str]:
    return {s["name"]: s["status"] for s in skills}


def test_every_route_agrees_on_every_skill(client, auth, tmp_path, capsys):
    assert client.put("/api/v1/profile", json=PROFILE, headers=auth).status_code == 200
    response = client.post("/api/v1/analyze", json={"text": POSTING, "url": "https://jobs.example.com/pm",
                                                    "save": True}, headers=auth)
    assert response.status_code == 200, response.get_json()
    analysed = response.get_json()
    expected = statuses(analysed["gaps"]["skills"])
    score = analysed["gaps"]["score"]
    # The held PMP covers the CAPM below it; the lapsed BLS is to renew; the CSM in progress to finish.
    assert expected["PMP"] == "have" and expected["CAPM"] == "have"
    assert expected["Basic Life Support"] == "renew" and expected["Certified ScrumMaster"] == "finish"
    assert "missing" not in {expected[n] for n in ("PMP", "CAPM", "Basic Life Support", "Certified ScrumMaster")}

    pid = analysed["posting_id"]
    saved = client.get(f"/api/v1/postings/{pid}", headers=auth).get_json()
    assert statuses(saved["gaps"]["skills"]) == expected and saved["score"] == score

    listed = client.get("/api/v1/postings", headers=auth).get_json()
    assert [p["score"] for p in listed] == [score]

    shop = client.get("/api/v1/shopping-list?last=1", headers=auth).get_json()
    assert {s["name"]: s["status"] for s in shop["skills"]} == expected
    assert shop["postings"][0]["score"] == score and shop["window"] == "your 1 saved listing"

    showcase = client.get(f"/api/v1/postings/{pid}/showcase", headers=auth).get_json()["showcase"]
    named = {b["certification"] for b in showcase if b["named_in_posting"]}
    assert "Project Management Professional (PMP)" in named

    posting_file, profile_file = tmp_path / "posting.txt", tmp_path / "profile.json"
    posting_file.write_text(POSTING)
    profile_file.write_text(json.dumps(PROFILE))
    assert cli_main(["analyze", str(posting_file), "--profile", str(profile_file), "--json"]) == 0
    from_cli = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert statuses(from_cli["gaps"]["skills"]) == expected and from_cli["gaps"]["score"] == score


def test_the_stack_renews_and_finishes_before_buying_and_never_goes_down_the_ladder(client, auth):
    client.put("/api/v1/profile", json=PROFILE, headers=auth)
    plan = client.post("/api/v1/analyze", json={"text": POSTING}, headers=auth).get_json()["recommendations"]
    picks = {r["credential"]["id"]: r for r in plan["recommendations"]}
    assert "pmi-capm" not in picks and "pmi-pmp" not in picks
    assert picks["aha-bls"]["action"] == "renew" and picks["scrumalliance-csm"]["action"] == "finish"
    assert all(r["why"] for r in plan["recommendations"])


def test_shopping_list_states_its_window_and_leaves_repeats_out(client, auth):
    client.put("/api/v1/profile", json=PROFILE, headers=auth)
    for i in range(3):
        client.post("/api/v1/analyze", json={"text": POSTING.replace("Northwind", f"Northwind {i}"),
                                             "url": f"https://jobs.example.com/{i}", "save": True}, headers=auth)
    # the same posting saved again from another site: the same text, another URL
    client.post("/api/v1/analyze", json={"text": POSTING.replace("Northwind", "Northwind 2"),
                                         "url": "https://elsewhere.example.org/job/77", "save": True}, headers=auth)
    shop = client.get("/api/v1/shopping-list?last=3", headers=auth).get_json()
    assert shop["saved"] == 4 and len(shop["repeats"]) == 1 and shop["listings"] == 2
    assert shop["window"].startswith("the last 3 of 4 saved listings")
    counts = [row["listings"] for row in shop["missing"]]
    assert counts == sorted(counts, reverse=True)
    assert all(row["kind"] != "soft" for row in shop["missing"])
    assert "uncovered_summary" in (shop["recommendations"] or {"uncovered_summary": {}})


NURSE = """Registered Nurse - Medical/Surgical Unit
Requirements
- Active RN license
- BLS required; ACLS within 6 months
- CCRN (Adult) required within 12 months of hire
- CMSRN preferred
- 2+ years of acute care nursing experience
"""

NURSE_PROFILE = {
    "name": "Rosa Diaz",
    "skills": [{"name": "Patient Care", "years": 6}],
    "certifications": [
        {"name": "Registered Nurse (RN)", "issuer": "State Board of Nursing", "expires": "2030-06"},
        {"name": "BLS", "issuer": "American Heart Association", "expires": "2030-02"},
        {"name": "ACLS", "issuer": "American Heart Association", "expires": "2030-01"},
        {"name": "CMSRN", "status": "in_progress", "expected": "2027-03"},
    ],
}


def picks(plan: dict | None) -> list[str]:
    return sorted(r["credential"]["id"] for r in (plan or {}).get("recommendations", []))


def test_the_shopping_list_recommends_what_the_posting_names_in_the_catalogs_words(client, auth):
    """Credentials the vocabulary does not know but the catalog finds named ("CCRN (Adult)", "CMSRN")
    are in the shopping list's stack as in the posting's: to take, or to finish."""
    assert client.put("/api/v1/profile", json=NURSE_PROFILE, headers=auth).status_code == 200
    analysed = client.post("/api/v1/analyze", json={"text": NURSE, "save": True}, headers=auth).get_json()
    expected = picks(analysed["recommendations"])
    assert "aacn-ccrn-adult" in expected and "msncb-cmsrn" in expected
    # ... and they are asked for like any certification: chips, gaps and the score count them.
    gaps = statuses(analysed["gaps"]["skills"])
    assert gaps["CCRN (Adult) – Critical Care Registered Nurse"] == "missing"
    assert gaps["Certified Medical-Surgical Registered Nurse (CMSRN)"] == "finish"
    assert "CCRN" in analysed["gaps"]["summary"]
    shop = client.get("/api/v1/shopping-list", headers=auth).get_json()
    assert picks(shop["recommendations"]) == expected
    finish = next(r for r in shop["recommendations"]["recommendations"] if r["credential"]["id"] == "msncb-cmsrn")
    assert finish["why"].startswith("Finish the CMSRN")

    # With a second listing, a pick's sentence counts the listings instead of naming "the posting".
    other = NURSE.replace("Medical/Surgical Unit", "Telemetry").replace("- CCRN (Adult) required within 12 months of hire\n", "")
    client.post("/api/v1/analyze", json={"text": other, "save": True}, headers=auth)
    shop = client.get("/api/v1/shopping-list", headers=auth).get_json()
    whys = {r["credential"]["id"]: r["why"] for r in shop["recommendations"]["recommendations"]}
    assert "1 of your 2 listings asks for" in whys["aacn-ccrn-adult"]
    assert "2 of your 2 listings ask for it" in whys["msncb-cmsrn"]
    assert not any("the posting" in why.lower() for why in whys.values())


def test_the_cli_lists_soft_skills_apart_from_what_is_missing(tmp_path, capsys):
    posting, profile = tmp_path / "posting.txt", tmp_path / "profile.json"
    posting.write_text(NURSE + "- Critical thinking and resilience under pressure\n"
                       "- BLS from the American Heart Association; Certified Medical-Surgical Registered Nurse a plus\n")
    profile.write_text(json.dumps(NURSE_PROFILE))
    assert cli_main(["analyze", str(posting), "--profile", str(profile)]) == 0
    out = capsys.readouterr().out
    missing = next(line for line in out.splitlines() if line.startswith("Missing: "))
    soft = next(line for line in out.splitlines() if line.startswith("Soft skills to show"))
    assert "Critical Thinking" in soft and "Critical Thinking" not in missing
    assert "CCRN (Adult)" in missing
    keywords = next((line for line in out.splitlines() if line.startswith("Other keywords: ")), "")
    words = keywords.removeprefix("Other keywords: ").split(", ")
    assert not {"CCRN", "American Heart", "Heart Association", "Certified Medical-Surgical"} & set(words)


def test_a_tagger_phrase_repeating_a_named_certification_is_that_chip(make_app):
    """With the span tagger on, "CCRN certification" is the CCRN chip, not a second skill beside it."""
    from credstack.analysis import Analysis, read_role
    from credstack.postings import parse_posting
    from credstack.skills.model import SkillKind, SkillMention

    resources = make_app(ANALYZE_SECONDS=None).extensions["credstack.resources"]
    result = Analysis(posting=parse_posting(NURSE), skills=[
        SkillMention("Registered Nurse", SkillKind.CERTIFICATION, "certification", mentions=["RN"]),
        SkillMention("CCRN certification", SkillKind.OTHER, "other", mentions=["CCRN certification"])])
    names = {s.name for s in read_role(result, resources).skills}
    assert "CCRN (Adult) – Critical Care Registered Nurse" in names and "CCRN certification" not in names

"""/analyze says what the job needs (issue 14): context apart, soft skills never gaps, a score
that explains itself in one line."""

from __future__ import annotations

POSTING = """Account Executive
About Quillfin
Quillfin builds payroll software. Our products, Quillfin Payroll and Quillfin Cards, serve 9,000 firms.
Requirements
- 3+ years of B2B sales experience in Salesforce
- Experience selling HR or payroll software
- Strong communication and teamwork
- Valid driver's license
Quillfin is an equal opportunity employer."""


def test_analyze_answers_context_soft_skills_and_a_summary(make_app, token):
    # no deadline: the first analysis loads the model, slow on a busy machine
    client, auth = make_app(ANALYZE_SECONDS=0).test_client(), {"Authorization": f"Bearer {token}"}
    assert client.put("/api/v1/profile", json={"skills": [{"name": "Salesforce"}]}, headers=auth).status_code == 200
    answer = client.post("/api/v1/analyze", json={"text": POSTING}, headers=auth).get_json()
    skills = {s["name"] for s in answer["skills"]}
    context = {s["name"] for s in answer["context"]}
    assert "Salesforce" in skills and "Payroll" not in skills and "Human Resources" not in skills
    assert {"Payroll", "Driver's License"} <= context
    gaps = {g["name"]: g for g in answer["gaps"]["skills"]}
    soft = [g for g in gaps.values() if g["kind"] == "soft"]
    assert soft and all(g["group"] == "soft" and g["gap"] is False for g in soft)
    assert gaps["Salesforce"]["status"] == "have" and gaps["Salesforce"]["gap"] is False
    summary = answer["gaps"]["summary"]
    assert summary.startswith("Has ") and "required skills" in summary
    assert "Communication" not in summary and "Teamwork" not in summary
    picked = [c for r in (answer["recommendations"] or {}).get("recommendations", []) for c in r["covers"]]
    assert not {"Communication", "Teamwork"} & set(picked)
    # chips: hard skills before soft ones
    kinds = [s["kind"] for s in answer["skills"]]
    assert kinds.index("soft") > max(i for i, k in enumerate(kinds) if k != "soft") - len(soft)


def test_a_listing_in_a_language_credstack_does_not_read_carries_a_note(client, auth):
    dutch = ("Stagiair Online marketing\nWij zoeken een enthousiaste stagiair voor ons team. Je werkt mee aan "
             "online marketing campagnes en je helpt bij het beheer van onze websites en social media. Ook denk "
             "je mee over de strategie van onze klanten en wordt je begeleid door een ervaren collega.")
    answer = client.post("/api/v1/analyze", json={"text": dutch, "save": True}, headers=auth).get_json()
    assert len(answer["notes"]) == 1 and "Dutch" in answer["notes"][0]
    saved = client.get(f"/api/v1/postings/{answer['posting_id']}", headers=auth).get_json()
    assert saved["notes"] == answer["notes"]  # a saved listing read back says it too
    english = client.post("/api/v1/analyze", json={"text": POSTING}, headers=auth).get_json()
    assert english["notes"] == []

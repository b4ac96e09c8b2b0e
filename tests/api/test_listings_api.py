"""Analyze with save, saved listings, the shopping list, isolation between users."""

from __future__ import annotations

POSTING = """Data Analyst
Requirements
- 3+ years of SQL
- Experience with Tableau or Looker
Nice to have
- Python
"""


def analyze(client, auth, **body):
    response = client.post("/api/v1/analyze", json=body, headers=auth)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_save_twice_same_url_updates(client, auth):
    first = analyze(client, auth, text=POSTING, url="https://jobs.example.com/1?utm_source=x", save=True)
    second = analyze(client, auth, text=POSTING + "\nBenefits: dental", url="https://jobs.example.com/1",
                     save=True)
    assert first["posting_id"] == second["posting_id"]
    assert (first["created"], second["created"]) == (True, False)
    listed = client.get("/api/v1/postings", headers=auth).get_json()
    assert len(listed) == 1
    full = client.get(f"/api/v1/postings/{first['posting_id']}", headers=auth).get_json()
    assert "dental" in full["posting"]["description"]


def test_analyze_without_save_stores_nothing(client, auth):
    body = analyze(client, auth, text=POSTING)
    assert body.get("posting_id") is None
    assert client.get("/api/v1/postings", headers=auth).get_json() == []
    assert body["profile_empty"] is True and body["gaps"] is None


def test_delete_and_isolation(client, auth, other_auth):
    pid = analyze(client, auth, text=POSTING, url="https://jobs.example.com/2", save=True)["posting_id"]
    assert client.get(f"/api/v1/postings/{pid}", headers=other_auth).status_code == 404
    assert client.delete(f"/api/v1/postings/{pid}", headers=other_auth).status_code == 404
    assert client.get("/api/v1/postings", headers=other_auth).get_json() == []
    # B saving the same URL makes B's own row, leaving A's alone
    other = analyze(client, other_auth, text=POSTING, url="https://jobs.example.com/2", save=True)
    assert other["posting_id"] != pid
    assert client.delete(f"/api/v1/postings/{pid}", headers=auth).status_code == 204
    assert client.get(f"/api/v1/postings/{pid}", headers=auth).status_code == 404
    assert len(client.get("/api/v1/postings", headers=other_auth).get_json()) == 1


def test_analyze_requires_html_or_text(client, auth):
    assert client.post("/api/v1/analyze", json={}, headers=auth).status_code == 422
    both = {"html": "<p>x</p>", "text": "x"}
    assert client.post("/api/v1/analyze", json=both, headers=auth).status_code == 422
    response = client.post("/api/v1/analyze", json={"text": "   "}, headers=auth)
    assert response.status_code == 422 and "no job posting" in response.get_json()["error"]["message"]


def test_shopping_list_empty_then_counts(client, auth):
    empty = client.get("/api/v1/shopping-list", headers=auth).get_json()
    assert empty["listings"] == 0 and empty["skills"] == []
    for i in range(3):
        analyze(client, auth, text=POSTING + f"\nref {i}", url=f"https://jobs.example.com/s{i}", save=True)
    body = client.get("/api/v1/shopping-list?last=2", headers=auth).get_json()
    assert body["listings"] == 2 and len(body["postings"]) == 2
    assert client.get("/api/v1/shopping-list?last=0", headers=auth).status_code == 422


def test_a_saved_listing_is_judged_against_the_profile_as_it_is_now(client, auth):
    pid = analyze(client, auth, text=POSTING, url="https://jobs.example.com/now", save=True)["posting_id"]
    assert client.get(f"/api/v1/postings/{pid}", headers=auth).get_json()["gaps"] is None  # no profile yet
    client.post("/api/v1/profile/skills", json={"name": "SQL", "years": 5}, headers=auth)
    first = client.get(f"/api/v1/postings/{pid}", headers=auth).get_json()
    status = {s["name"]: s["status"] for s in first["gaps"]["skills"]}
    assert status["SQL"] == "have" and status["Python"] == "missing"
    client.post("/api/v1/profile/skills", json={"name": "Python"}, headers=auth)
    again = client.get(f"/api/v1/postings/{pid}", headers=auth).get_json()
    assert {s["name"]: s["status"] for s in again["gaps"]["skills"]}["Python"] == "have"
    assert again["score"] > first["score"] == first["gaps"]["score"]
    listed = client.get("/api/v1/postings", headers=auth).get_json()
    assert listed[0]["score"] == again["score"]


def test_listings_store_facts_only(app, client, auth):
    from credstack.models import PostingRow

    analyze(client, auth, text=POSTING, url="https://jobs.example.com/facts", save=True)
    with app.extensions["credstack.db"].transaction() as session:
        stored = session.query(PostingRow).one().analysis
    assert set(stored) == {"version", "skills", "other_keywords"} and stored["version"] == 2

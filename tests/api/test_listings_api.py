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

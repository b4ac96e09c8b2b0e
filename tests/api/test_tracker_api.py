"""The job tracker: stage, dates and notes per saved listing; list, filter, sort, CSV; saving an
analysis without running it again."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from credstack.tracker import Entry, tracker_csv

POSTING = """{title}
{company} · Austin, TX
Requirements
- 3+ years of SQL
- Experience with Tableau or Looker
Nice to have
- Python
"""


def save(client, auth, n: int, title: str = "Data Analyst", company: str = "Acme") -> int:
    body = {"text": POSTING.format(title=title, company=company), "url": f"https://jobs.example.com/{n}", "save": True}
    response = client.post("/api/v1/analyze", json=body, headers=auth)
    assert response.status_code == 200, response.get_json()
    return response.get_json()["posting_id"]


def patch(client, auth, pid: int, **body):
    return client.patch(f"/api/v1/postings/{pid}/tracking", json=body, headers=auth)


def test_a_saved_listing_starts_at_saved_and_changes_stage(client, auth):
    pid = save(client, auth, 1)
    first = client.get(f"/api/v1/postings/{pid}/tracking", headers=auth).get_json()
    assert (first["stage"], first["applied_on"], first["notes"]) == ("saved", None, "")
    assert first["saved_on"] == date.today().isoformat()

    answer = patch(client, auth, pid, stage="applied")
    assert answer.status_code == 200, answer.get_json()
    # moving past "saved" with no date records today
    assert answer.get_json()["applied_on"] == date.today().isoformat()
    answer = patch(client, auth, pid, stage="interview", applied_on="2026-03-14", notes="Call with Sam on Friday")
    got = client.get(f"/api/v1/postings/{pid}/tracking", headers=auth).get_json()
    assert (got["stage"], got["applied_on"], got["notes"]) == ("interview", "2026-03-14", "Call with Sam on Friday")
    # only the notes: stage and date stay
    patch(client, auth, pid, notes="")
    got = client.get(f"/api/v1/postings/{pid}/tracking", headers=auth).get_json()
    assert (got["stage"], got["applied_on"], got["notes"]) == ("interview", "2026-03-14", "")


@pytest.mark.parametrize("body, field", [
    ({"stage": "hired"}, "stage"),
    ({"applied_on": "14/03/2026"}, "applied_on"),
    ({"applied_on": "2026-02-30"}, "applied_on"),
    ({"notes": "x" * 5001}, "notes"),
    ({"posting_id": 3}, "posting_id"),
])
def test_bad_changes_are_refused_with_a_type(client, auth, body, field):
    pid = save(client, auth, 1)
    answer = patch(client, auth, pid, **body)
    assert answer.status_code == 422, answer.get_json()
    error = answer.get_json()["error"]
    assert error["type"] in ("invalid_input", "invalid_tracking")
    assert field in str(error["details"])
    assert client.get(f"/api/v1/postings/{pid}/tracking", headers=auth).get_json()["stage"] == "saved"


def test_tracking_is_scoped_to_its_owner(client, auth, other_auth):
    pid = save(client, auth, 1)
    assert client.get(f"/api/v1/postings/{pid}/tracking", headers=other_auth).status_code == 404
    assert patch(client, other_auth, pid, stage="offer").status_code == 404
    assert client.get("/api/v1/tracker", headers=other_auth).get_json()["listings"] == []
    assert client.get(f"/api/v1/postings/{pid}/tracking", headers=auth).get_json()["stage"] == "saved"


def test_tracker_filters_sorts_and_forgets_deleted_listings(client, auth):
    a = save(client, auth, 1, "Data Analyst", "Zeta")
    b = save(client, auth, 2, "BI Developer", "Acme")
    c = save(client, auth, 3, "Analytics Engineer", "Mango")
    patch(client, auth, a, stage="applied", applied_on="2026-01-10")
    patch(client, auth, c, stage="applied", applied_on="2026-02-01")
    listed = client.get("/api/v1/tracker?stage=applied&sort=applied", headers=auth).get_json()
    assert [e["id"] for e in listed["listings"]] == [c, a]
    assert listed["stages"] == ["saved", "applied", "interview", "offer", "rejected"]
    by_company = client.get("/api/v1/tracker?sort=company", headers=auth).get_json()["listings"]
    assert [e["company"] for e in by_company] == ["Acme", "Mango", "Zeta"]
    reverse = client.get("/api/v1/tracker?sort=-company", headers=auth).get_json()["listings"]
    assert [e["id"] for e in reverse] == [a, c, b]
    by_stage = client.get("/api/v1/tracker?sort=stage", headers=auth).get_json()["listings"]
    assert by_stage[0]["id"] == b
    assert client.get("/api/v1/tracker?sort=salary", headers=auth).status_code == 422
    assert client.get("/api/v1/tracker?stage=hired", headers=auth).status_code == 422

    assert client.delete(f"/api/v1/postings/{a}", headers=auth).status_code == 204
    assert [e["id"] for e in client.get("/api/v1/tracker?stage=applied", headers=auth).get_json()["listings"]] == [c]


def test_tracker_csv_has_a_row_per_listing(client, auth):
    a = save(client, auth, 1, "Data Analyst", "Acme")
    save(client, auth, 2, "BI Developer", "Globex")
    patch(client, auth, a, stage="offer", notes='Offer: "great", negotiate\nsecond line')
    answer = client.get("/api/v1/tracker.csv?sort=title", headers=auth)
    assert answer.status_code == 200 and answer.mimetype == "text/csv"
    assert "attachment" in answer.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.get_data(as_text=True))))
    assert [r["title"] for r in rows] == ["BI Developer", "Data Analyst"]
    assert rows[1]["stage"] == "offer" and rows[1]["notes"] == 'Offer: "great", negotiate\nsecond line'
    assert rows[0]["stage"] == "saved" and rows[0]["url"] == "https://jobs.example.com/2"
    assert client.get("/api/v1/tracker.csv").status_code == 401


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted():
    from datetime import datetime

    entry = Entry(id=1, title="=HYPERLINK(\"http://x\")", company="+Acme", location=None, url=None, score=None,
                  stage="saved", saved_on=date(2026, 1, 1), applied_on=None, updated_at=datetime(2026, 1, 1),
                  notes="@boss")
    row = next(csv.DictReader(io.StringIO(tracker_csv([entry]))))
    assert row["title"].startswith("'=") and row["company"] == "'+Acme" and row["notes"] == "'@boss"


def test_save_from_an_analysis_without_running_it_again(client, auth, monkeypatch):
    analysed = client.post("/api/v1/analyze", json={"text": POSTING.format(title="Data Analyst", company="Acme"),
                                                    "url": "https://jobs.example.com/9"}, headers=auth).get_json()
    assert analysed.get("posting_id") is None

    import credstack.analysis

    def boom(*args, **kwargs):
        raise AssertionError("saving must not analyse again")

    monkeypatch.setattr(credstack.analysis, "analyze", boom)
    monkeypatch.setattr("credstack.api.analyze.analyze", boom)
    answer = client.post("/api/v1/tracker", json={"url": "https://jobs.example.com/9", "analysis": analysed},
                         headers=auth)
    assert answer.status_code == 201, answer.get_json()
    body = answer.get_json()
    assert body["created"] is True and body["tracking"]["stage"] == "saved"
    full = client.get(f"/api/v1/postings/{body['posting_id']}", headers=auth).get_json()
    assert full["title"] == "Data Analyst"
    assert [s["name"] for s in full["skills"]] == [s["name"] for s in analysed["skills"]]
    again = client.post("/api/v1/tracker", json={"url": "https://jobs.example.com/9?utm_source=x",
                                                 "analysis": analysed}, headers=auth).get_json()
    assert (again["posting_id"], again["created"]) == (body["posting_id"], False)


@pytest.mark.parametrize("analysis", [{}, {"posting": "x", "skills": []}, {"posting": {"title": 3}, "skills": []},
                                      {"posting": {"title": "A"}, "skills": [{"nom": "SQL"}]}])
def test_save_refuses_what_is_not_an_analysis(client, auth, analysis):
    answer = client.post("/api/v1/tracker", json={"analysis": analysis}, headers=auth)
    assert answer.status_code == 422
    assert answer.get_json()["error"]["type"] == "invalid_input"  # the spec describes the analysis: refused as it says
    assert client.get("/api/v1/postings", headers=auth).get_json() == []

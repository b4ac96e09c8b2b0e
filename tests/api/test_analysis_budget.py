"""An analysis past its time budget stops with 503 too_slow; one whose client has gone stops too,
and nothing is saved for it."""

from __future__ import annotations

POSTING = "Data Analyst\nRequirements\n" + "- Python, SQL, AWS, Docker, Kubernetes and 5+ years\n" * 200


def _auth(app, user="dora"):
    from credstack.accounts import issue_token

    with app.extensions["credstack.db"].transaction() as session:
        return {"Authorization": f"Bearer {issue_token(session, user)[1]}"}


def test_an_analysis_past_its_budget_answers_503_too_slow(make_app):
    app = make_app(ANALYZE_SECONDS=1e-6)
    response = app.test_client().post("/api/v1/analyze", headers=_auth(app), json={"text": POSTING})
    assert response.status_code == 503, response.get_json()
    assert response.get_json()["error"]["type"] == "too_slow" and int(response.headers["Retry-After"]) > 0


def test_work_for_a_client_that_left_is_not_continued_nor_saved(make_app):
    app = make_app()
    client, headers = app.test_client(), _auth(app)
    response = client.post("/api/v1/analyze", headers=headers, json={"text": POSTING, "save": True},
                           environ_overrides={"waitress.client_disconnected": lambda: True})
    assert response.status_code == 499 and response.get_json()["error"]["type"] == "client_closed"
    assert client.get("/api/v1/postings", headers=headers).get_json() == []


def test_a_normal_analysis_fits_the_default_budget(client, auth):
    response = client.post("/api/v1/analyze", headers=auth, json={"text": POSTING})
    assert response.status_code == 200 and response.get_json()["skills"]

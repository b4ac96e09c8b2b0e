"""Input hygiene in one place: control characters never reach storage by any route, a stored one
never breaks a resume, and nesting deep enough to exhaust the stack is a 4xx, not a 500."""

from __future__ import annotations

import io
import json
import re
import zipfile

from sqlalchemy import update

from credstack.models import CertificationRow

BAD = "\x01\x07\x0b\x0c\x1b\x7f\x85\x9f\r"
UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
POSTING = "Data Analyst\nRequirements\n- SQL\n- Tableau dashboards\n"


def dirty(text: str) -> str:
    return f"{text[:2]}{BAD}{text[2:]}"


def assert_clean(value, where: str) -> None:
    text = json.dumps(value, ensure_ascii=False)
    found = sorted({hex(ord(c)) for c in UNWANTED.findall(json.loads(json.dumps(text)))})
    assert not found, f"{where}: control characters {found} stored"


def test_no_route_stores_a_control_character(client, auth):
    profile = {"name": dirty("Jane Doe"), "headline": dirty("Data analyst"), "location": dirty("Leeds"),
               "phone": dirty("0113 496 0000"), "target_roles": [dirty("Analyst")],
               "skills": [{"name": dirty("Python")}],
               "certifications": [{"name": dirty("Tableau Desktop Specialist"), "issuer": dirty("Tableau"),
                                   "credential_id": dirty("ABC-1")}]}
    assert client.put("/api/v1/profile", headers=auth, json=profile).status_code == 200
    skill = client.post("/api/v1/profile/skills", headers=auth, json={"name": dirty("Kubernetes")}).get_json()
    client.patch(f"/api/v1/profile/skills/{skill['id']}", headers=auth, json={"name": dirty("Docker")})
    cert = client.post("/api/v1/profile/certifications", headers=auth,
                       json={"name": dirty("Scrum Master"), "issuer": dirty("Scrum.org")}).get_json()
    client.patch(f"/api/v1/profile/certifications/{cert['id']}", headers=auth, json={"issuer": dirty("PMI")})
    badge = {"badge": {"name": dirty("Open Data Badge"), "issuer": {"name": dirty("ODI")}, "tags": ["SQL"]},
             "issuedOn": "2024-01-01"}
    assert client.post("/api/v1/profile/import/badge?apply=true", headers=auth, json=badge).status_code == 200
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Skills.csv", f"Name\n{dirty('Excel')}\n")
        archive.writestr("Certifications.csv", f"Name,Authority,License Number\n{dirty('PRINCE2 Foundation')},"
                                               f"{dirty('Axelos')},{dirty('P-77')}\n")
    r = client.post("/api/v1/profile/import/linkedin?apply=true", headers=auth, content_type="multipart/form-data",
                    data={"file": (io.BytesIO(buffer.getvalue()), "export.zip")})
    assert r.status_code == 200, r.get_json()
    saved = client.post("/api/v1/analyze", headers=auth,
                        json={"text": dirty(POSTING), "url": "https://jobs.example/1", "save": True}).get_json()
    stored = client.get("/api/v1/profile", headers=auth).get_json()
    names = {s["name"] for s in stored["skills"]}
    assert stored["name"] == "Jane Doe" and "Docker" in names and any("Excel" in n for n in names), names
    assert_clean(stored, "profile")
    assert_clean(client.get(f"/api/v1/postings/{saved['posting_id']}", headers=auth).get_json(), "posting")


def test_a_stored_control_character_in_a_certification_never_breaks_tailoring(client, app, auth):
    client.put("/api/v1/profile", headers=auth, json={"name": "Jane Doe", "skills": [{"name": "SQL"}],
                                                     "certifications": [{"name": "Tableau Desktop Specialist"}]})
    with app.extensions["credstack.db"].engine.begin() as connection:  # a row written before the rules
        connection.execute(update(CertificationRow).values(name="Tableau\x0b Desktop\x01 Specialist"))
    pid = client.post("/api/v1/analyze", headers=auth, json={"text": POSTING, "save": True}).get_json()["posting_id"]
    response = client.get(f"/api/v1/postings/{pid}/resume.docx", headers=auth)
    assert response.status_code == 200, response.get_json()


def test_a_json_body_nested_50000_deep_is_a_4xx(client, auth):
    body = '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}"
    response = client.post("/api/v1/analyze", headers={**auth, "Content-Type": "application/json"}, data=body)
    assert response.status_code == 422, response.data[:200]
    assert response.get_json()["error"]["type"] == "too_deep"


def test_a_json_body_nested_past_the_limit_but_short_is_a_4xx(client, auth):
    body = '{"name": "x", "links": ' + "[" * 40 + "]" * 40 + "}"
    response = client.put("/api/v1/profile", headers={**auth, "Content-Type": "application/json"}, data=body)
    assert response.status_code == 422 and response.get_json()["error"]["type"] == "too_deep"


def test_json_ld_nested_100000_deep_counts_as_absent(client, auth):
    page = ("<html><head><title>Data Analyst - Acme</title><script type='application/ld+json'>"
            + '{"@type": "JobPosting", "x": ' + "[" * 100_000 + "]" * 100_000 + "}</script></head><body>"
            "<h1>Data Analyst</h1><h2>Requirements</h2><ul><li>SQL and Tableau</li><li>3+ years of Excel</li></ul>"
            "</body></html>")
    response = client.post("/api/v1/analyze", headers=auth, json={"html": page})
    assert response.status_code == 200, response.get_json()
    assert "SQL" in {s["name"] for s in response.get_json()["skills"]}

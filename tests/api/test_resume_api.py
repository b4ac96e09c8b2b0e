"""Resume upload, imports, tailored downloads and PDFs through the API."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from docx import Document

from ..resume import docs

PROFILE = {"name": "Jane Doe", "skills": [{"name": "SQL"}, {"name": "Tableau"}],
           "certifications": [{"name": "Google Data Analytics Professional Certificate", "issuer": "Google",
                               "issued": "2023-04", "credential_id": "GDA-1",
                               "url": "https://coursera.org/verify/GDA-1"}]}
POSTING = "Data Analyst\nRequirements\n- SQL\n- Tableau dashboards\n- Google Data Analytics Certificate preferred\n"


def upload(client, auth, data, name="resume.docx", url="/api/v1/profile/resume"):
    return client.post(url, data={"file": (io.BytesIO(data), name)}, headers=auth,
                       content_type="multipart/form-data")


def test_upload_suggests_and_stores(client, auth):
    response = upload(client, auth, docs.classic_with_certificates())
    assert response.status_code == 201
    body = response.get_json()
    names = {s["name"] for s in body["suggestions"]["skills"]}
    assert {"SQL", "Tableau", "Python"} <= names
    certs = {c["name"] for c in body["suggestions"]["certifications"]}
    assert any("Security+" in c for c in certs)
    meta = client.get("/api/v1/profile/resume", headers=auth).get_json()
    assert meta["filename"] == "resume.docx" and len(meta["sha256"]) == 64


@pytest.mark.parametrize("data, name, code", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.doc", 415),
    (b"not a document", "resume.docx", 415),
    (b"", "empty.docx", 415),
])
def test_bad_upload_leaves_the_stored_resume(client, auth, data, name, code):
    good = docs.plain_bold_headings()
    assert upload(client, auth, good).status_code == 201
    before = client.get("/api/v1/profile/resume", headers=auth).get_json()
    response = upload(client, auth, data, name)
    assert response.status_code == code and response.get_json()["error"]["message"]
    assert client.get("/api/v1/profile/resume", headers=auth).get_json() == before


def test_tailored_download_for_a_saved_listing(client, auth):
    client.put("/api/v1/profile", json=PROFILE, headers=auth)
    upload(client, auth, docs.classic_with_certificates())
    pid = client.post("/api/v1/analyze", json={"text": POSTING, "save": True, "url": "https://jobs.example/1"},
                      headers=auth).get_json()["posting_id"]
    response = client.get(f"/api/v1/postings/{pid}/resume.docx", headers=auth)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith('attachment; filename="Jane-Doe-')
    paragraphs = [p.text for p in Document(io.BytesIO(response.data)).paragraphs]
    # the resume's own Certificates section moves to the top and takes the entry (no second heading)
    i = paragraphs.index("Certificates")
    assert paragraphs[i + 1].startswith("Google Data Analytics Professional Certificate — Google")
    assert i < paragraphs.index("Summary") and "Professional Development & Certifications" not in paragraphs
    assert json.loads(response.headers["X-Credstack-Changes"])["section"] == "merged"
    showcase = client.get(f"/api/v1/postings/{pid}/showcase", headers=auth).get_json()["showcase"]
    assert showcase[0]["linkedin_add_url"].startswith("https://www.linkedin.com/profile/add?startTask=")
    assert showcase[0]["linkedin_fields"]["certId"] == "GDA-1"


def test_expired_certifications_are_left_out_or_marked_on_request(client, auth):
    expired = {**PROFILE, "certifications": [{**PROFILE["certifications"][0], "expires": "2024-04"}]}
    client.put("/api/v1/profile", json=expired, headers=auth)
    upload(client, auth, docs.plain_bold_headings())
    pid = client.post("/api/v1/analyze", json={"text": POSTING, "save": True}, headers=auth).get_json()["posting_id"]

    def cert_lines(query=""):
        response = client.get(f"/api/v1/postings/{pid}/resume.docx{query}", headers=auth)
        assert response.status_code == 200
        return [p.text for p in Document(io.BytesIO(response.data)).paragraphs if "Google Data Analytics" in p.text]

    assert cert_lines() == []
    marked = cert_lines("?expired=mark")
    assert len(marked) == 1 and "expired Apr 2024" in marked[0]
    bad = client.get(f"/api/v1/postings/{pid}/resume.docx?expired=sometimes", headers=auth)
    assert bad.status_code == 422 and "expired" in json.dumps(bad.get_json()["error"]["details"])


def test_template_used_without_a_stored_resume_and_pdf(client, auth):
    client.put("/api/v1/profile", json=PROFILE, headers=auth)
    pid = client.post("/api/v1/analyze", json={"text": POSTING, "save": True}, headers=auth).get_json()["posting_id"]
    docx = client.get(f"/api/v1/postings/{pid}/resume.docx?template=modern", headers=auth)
    assert docx.status_code == 200 and Document(io.BytesIO(docx.data)).paragraphs[0].text == "Jane Doe"
    assert client.get(f"/api/v1/postings/{pid}/resume.docx?template=fancy", headers=auth).status_code == 422
    pdf = client.get(f"/api/v1/postings/{pid}/resume.docx?format=pdf", headers=auth)
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")


def test_pdf_without_libreoffice_is_501(client, auth, monkeypatch):
    import credstack.resume.pdf as pdf

    monkeypatch.setattr(pdf, "soffice", lambda: None)
    client.put("/api/v1/profile", json=PROFILE, headers=auth)
    pid = client.post("/api/v1/analyze", json={"text": POSTING, "save": True}, headers=auth).get_json()["posting_id"]
    response = client.get(f"/api/v1/postings/{pid}/resume.docx?format=pdf", headers=auth)
    assert response.status_code == 501 and "LibreOffice" in response.get_json()["error"]["message"]


def test_one_off_tailor(client, auth):
    client.put("/api/v1/profile", json=PROFILE, headers=auth)
    response = client.post("/api/v1/tailor", data={"file": (io.BytesIO(docs.plain_bold_headings()), "r.docx"),
                                                   "posting": POSTING}, headers=auth, content_type="multipart/form-data")
    assert response.status_code == 200
    assert "Professional Development & Certifications" in [p.text for p in Document(io.BytesIO(response.data)).paragraphs]


def linkedin_zip(**files) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return out.getvalue()


def test_linkedin_import_suggest_then_apply(client, auth):
    data = linkedin_zip(**{"Skills.csv": "Name\nSQL\nPower BI\n",
                           "Certifications.csv": "Name,Url,Authority,Started On,Finished On,License Number\n"
                                                 "PMP,,PMI,Jan 2021,Jan 2027,123\n",
                           "Education.csv": "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                                            "University of Leeds,2012,2015,,BSc (Hons) Accounting,Rowing\n"})
    url = "/api/v1/profile/import/linkedin"
    suggested = upload(client, auth, data, "export.zip", url).get_json()
    assert suggested["applied"] is False
    assert client.get("/api/v1/profile", headers=auth).get_json()["skills"] == []
    applied = upload(client, auth, data, "export.zip", url + "?apply=true").get_json()
    assert applied["added"] == {"skills": 2, "certifications": 1, "education": 1}
    profile = client.get("/api/v1/profile", headers=auth).get_json()
    assert {s["name"] for s in profile["skills"]} == {"SQL", "Power BI"}
    assert profile["education"] == ["BSc (Hons) Accounting, University of Leeds, 2015"]
    again = upload(client, auth, data, "export.zip", url + "?apply=true").get_json()
    assert again["added"] == {"skills": 0, "certifications": 0, "education": 0}  # nothing twice
    assert profile["certifications"][0]["catalog_id"] == "pmi-pmp"


@pytest.mark.parametrize("data, code", [
    (b"not a zip at all", 422),
    (linkedin_zip(**{"Connections.csv": "First Name\nA\n"}), 422),
])
def test_bad_linkedin_exports(client, auth, data, code):
    response = upload(client, auth, data, "export.zip", "/api/v1/profile/import/linkedin")
    assert response.status_code == code and response.get_json()["error"]["message"]


def test_linkedin_zip_bomb(client, auth):
    bomb = linkedin_zip(**{"Skills.csv": "Name\n" + "A" * (60 * 1024 * 1024)})
    response = upload(client, auth, bomb, "export.zip", "/api/v1/profile/import/linkedin")
    assert response.status_code == 422 and "zip bomb" in response.get_json()["error"]["message"]


def test_badge_json_body(client, auth):
    assertion = {"type": "Assertion", "issuedOn": "2024-05-02", "badge": {
        "type": "BadgeClass", "name": "Kubernetes Fundamentals", "issuer": {"name": "Example Academy"},
        "tags": ["kubernetes"]}}
    body = client.post("/api/v1/profile/import/badge?apply=true", data=json.dumps(assertion), headers=auth,
                       content_type="application/json").get_json()
    assert body["suggestions"]["certifications"][0]["name"] == "Kubernetes Fundamentals"
    names = [c["name"] for c in client.get("/api/v1/profile", headers=auth).get_json()["certifications"]]
    assert names == ["Kubernetes Fundamentals"]


def test_a_resume_tailored_with_none_stored_is_said_to_be_a_starter(client, auth):
    # a welder with no resume uploaded got a page of placeholders with nothing saying so
    assert client.put("/api/v1/profile", json={"name": "Mike Torres", "certifications": [
        {"name": "OSHA 10-Hour Construction", "issuer": "OSHA", "issued": "2019-04"}]}, headers=auth).status_code == 200
    text = ("Maintenance Electrician\nRequirements\n- OSHA 10-Hour Construction card\n- Electrical troubleshooting\n"
            "- Motor controls and PLC experience\n- 5 years of industrial maintenance")
    saved = client.post("/api/v1/analyze", json={"text": text, "save": True}, headers=auth).get_json()
    pid = saved["posting_id"]
    changes = client.get(f"/api/v1/postings/{pid}/resume/changes", headers=auth).get_json()
    assert changes["starter"] is True
    header = client.get(f"/api/v1/postings/{pid}/resume.docx", headers=auth).headers["X-Credstack-Changes"]
    assert json.loads(header)["starter"] is True
    assert upload(client, auth, docs.plain_bold_headings()).status_code in (200, 201)
    assert client.get(f"/api/v1/postings/{pid}/resume/changes", headers=auth).get_json()["starter"] is False


def test_upload_suggests_education_the_profile_lacks(client, auth):
    data = docs.plain_bold_headings()  # Education: "BA Psychology"
    suggested = upload(client, auth, data).get_json()["suggestions"]["profile"]
    assert suggested["education"] == ["BA Psychology"]
    client.put("/api/v1/profile", json={"name": "Maria Garcia", "education": ["ba  psychology"]}, headers=auth)
    again = upload(client, auth, data).get_json()["suggestions"]["profile"]
    assert again.get("education", []) == []  # the profile has it, in other case and spacing

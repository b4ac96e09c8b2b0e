"""The change summary and the skills a resume never mentions, through the API, the spec and the CLI."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document

from credstack.cli import main as cli_main

from . import docs, fixtures

PROFILE = {"name": "Jane Doe", "skills": [{"name": "SQL"}, {"name": "Tableau"}, {"name": "Python"},
                                          {"name": "Apache Airflow"}],
           "certifications": [{"name": "Google Data Analytics Professional Certificate", "issuer": "Google",
                               "issued": "2023-04", "credential_id": "GDA-1"},
                              {"name": "ServSafe Food Protection Manager Certification",
                               "issuer": "National Restaurant Association", "issued": "2019-05"}]}
POSTING = ("Data Analyst\nRequirements\n- SQL\n- Tableau dashboards\n- Apache Airflow pipelines\n"
           "- Google Data Analytics Certificate preferred\n")
KEYS = {"changed", "section", "heading", "included", "left_out", "unchanged_reason", "page_count_before",
        "page_count_after", "page_warning", "unmentioned_skills", "layout_warning", "starter"}


def save_listing(client, auth, resume: bytes) -> int:
    client.put("/api/v1/profile", json=PROFILE, headers=auth)
    client.post("/api/v1/profile/resume", data={"file": (io.BytesIO(resume), "r.docx")}, headers=auth,
                content_type="multipart/form-data")
    return client.post("/api/v1/analyze", json={"text": POSTING, "save": True}, headers=auth).get_json()["posting_id"]


def test_header_route_and_spec_agree(client, auth):
    pid = save_listing(client, auth, docs.plain_bold_headings())
    extension = "chrome-extension://" + "a" * 32
    response = client.get(f"/api/v1/postings/{pid}/resume.docx", headers={**auth, "Origin": extension})
    assert response.status_code == 200
    assert "X-Credstack-Changes" in response.headers["Access-Control-Expose-Headers"]  # the extension may read it
    raw = response.headers["X-Credstack-Changes"]
    assert raw.isascii() and ", " not in raw and ": " not in raw  # compact ASCII JSON
    header = json.loads(raw)
    assert set(header) == KEYS
    assert header["changed"] is True and header["section"] == "added"
    assert header["heading"] == "Professional Development & Certifications"
    assert [i["name"] for i in header["included"]] == ["Google Data Analytics Professional Certificate"]
    assert header["left_out"] == [{"name": "ServSafe Food Protection Manager Certification",
                                   "reason": "not related to this posting"}]
    # SQL, Tableau, Airflow asked; the resume mentions none of them; Python is not asked for
    assert set(header["unmentioned_skills"]) >= {"SQL", "Apache Airflow"} and "Python" not in header[
        "unmentioned_skills"]
    route = client.get(f"/api/v1/postings/{pid}/resume/changes", headers=auth)
    assert route.status_code == 200 and route.get_json() == header
    spec = client.get("/api/v1/openapi.json").get_json()
    assert "/api/v1/postings/{posting_id}/resume/changes" in spec["paths"]
    props = spec["components"]["schemas"]["ChangesOut"]["properties"]
    assert set(props) == KEYS and props["included"]["type"] == "array"


def test_append_skills_opt_in_in_the_resume_format(client, auth):
    pid = save_listing(client, auth, fixtures.skills_line_with_brackets())
    plain = client.get(f"/api/v1/postings/{pid}/resume.docx", headers=auth)
    lines = [p.text for p in Document(io.BytesIO(plain.data)).paragraphs]
    assert fixtures.BRACKETED_SKILLS in lines  # untouched by default
    appended = client.get(f"/api/v1/postings/{pid}/resume.docx?append_skills=true", headers=auth)
    lines = [p.text for p in Document(io.BytesIO(appended.data)).paragraphs]
    skills_line = next(t for t in lines if t.startswith(fixtures.BRACKETED_SKILLS))
    assert skills_line.startswith(fixtures.BRACKETED_SKILLS + ", ")  # the line's own delimiter, at its end
    assert "Apache Airflow" in skills_line


def test_layout_that_cannot_take_a_section_gets_a_reason_and_a_separate_section(client, auth):
    pid = save_listing(client, auth, fixtures.textbox_layout())
    response = client.get(f"/api/v1/postings/{pid}/resume.docx", headers=auth)
    error = response.get_json()["error"]
    assert response.status_code == 422 and error["type"] == "layout_not_editable"
    assert "text boxes" in error["message"] and "section_only" in json.dumps(error["details"])
    section = client.get(f"/api/v1/postings/{pid}/resume.docx?section_only=true", headers=auth)
    assert section.status_code == 200
    lines = [p.text for p in Document(io.BytesIO(section.data)).paragraphs]
    summary = json.loads(section.headers["X-Credstack-Changes"])
    assert summary["changed"] is False and summary["included"][0]["name"].startswith("Google Data Analytics")
    assert lines[0] == "Professional Development & Certifications"
    assert lines[1].startswith("Google Data Analytics Professional Certificate")


def test_one_off_odt_upload_says_save_as_docx(client, auth):
    from .test_bad_documents import odt

    client.put("/api/v1/profile", json=PROFILE, headers=auth)
    response = client.post("/api/v1/tailor", data={"file": (io.BytesIO(odt()), "r.docx"), "posting": POSTING},
                           headers=auth, content_type="multipart/form-data")
    error = response.get_json()["error"]
    assert response.status_code == 415 and error["type"] == "opendocument" and "Save As" in error["message"]


def test_cli_prints_the_summary(tmp_path, capsys):
    resume, posting, profile = tmp_path / "r.docx", tmp_path / "p.txt", tmp_path / "profile.json"
    resume.write_bytes(docs.plain_bold_headings())
    posting.write_text(POSTING)
    profile.write_text(json.dumps(PROFILE))
    code = cli_main(["tailor", str(resume), "--posting", str(posting), "--profile", str(profile),
                     "-o", str(tmp_path / "out.docx"), "--no-page-check"])
    out = capsys.readouterr().out
    assert code == 0 and (tmp_path / "out.docx").exists()
    assert 'Added the section "Professional Development & Certifications"' in out
    assert "+ Google Data Analytics Professional Certificate" in out
    assert "- ServSafe Food Protection Manager Certification: left out, not related to this posting" in out
    assert "never mentions: " in out and "Apache Airflow" in out


def test_cli_writes_the_section_alone_when_the_layout_cannot_take_it(tmp_path, capsys):
    resume, posting, profile = tmp_path / "r.docx", tmp_path / "p.txt", tmp_path / "profile.json"
    resume.write_bytes(fixtures.textbox_layout())
    posting.write_text(POSTING)
    profile.write_text(json.dumps(PROFILE))
    code = cli_main(["tailor", str(resume), "--posting", str(posting), "--profile", str(profile),
                     "-o", str(tmp_path / "out.docx"), "--no-page-check"])
    captured = capsys.readouterr()
    assert code == 4 and "text boxes" in captured.err
    assert (tmp_path / "out-certifications.docx").exists() and not (tmp_path / "out.docx").exists()


@pytest.mark.slow
def test_pdf_download_carries_the_summary_with_page_counts(client, auth):
    pid = save_listing(client, auth, docs.plain_bold_headings())
    response = client.get(f"/api/v1/postings/{pid}/resume.docx?format=pdf", headers=auth)
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    header = json.loads(response.headers["X-Credstack-Changes"])
    assert set(header) == KEYS and header["changed"] is True
    assert header["page_count_before"] >= 1 and header["page_count_after"] >= header["page_count_before"]
    assert (header["page_warning"] is not None) == (header["page_count_after"] > header["page_count_before"])

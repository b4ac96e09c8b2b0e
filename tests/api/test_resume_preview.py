"""The tailored resume's first page as a PNG, before any download: rendered in PDF output's box,
and a clear JSON error (no image) when the server cannot render or every slot is busy."""

from __future__ import annotations

import io
import json
import shutil
import struct
import threading
import zlib

import pytest

from ..resume import docs

PROFILE = {"name": "Jane Doe", "skills": [{"name": "SQL"}, {"name": "Tableau"}],
           "certifications": [{"name": "Google Data Analytics Professional Certificate", "issuer": "Google",
                               "issued": "2023-04", "credential_id": "GDA-1"}]}
POSTING = "Data Analyst\nRequirements\n- SQL\n- Tableau dashboards\n- Google Data Analytics Certificate preferred\n"

renders = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftoppm")),
                             reason="LibreOffice and poppler are system packages (scripts/system-deps.sh)")


def saved_listing(client, auth, resume: bytes | None = None) -> int:
    client.put("/api/v1/profile", json=PROFILE, headers=auth)
    if resume is not None:
        client.post("/api/v1/profile/resume", data={"file": (io.BytesIO(resume), "r.docx")}, headers=auth,
                    content_type="multipart/form-data")
    return client.post("/api/v1/analyze", json={"text": POSTING, "save": True}, headers=auth).get_json()["posting_id"]


def png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the raw (unfiltered-enough for counting ink) rows of an 8-bit PNG."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = header[:4]
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(idat)
    stride = width * channels * depth // 8 + 1
    return width, height, [raw[i * stride:(i + 1) * stride] for i in range(height)]


@renders
def test_the_first_page_is_rendered_with_the_change_summary(client, auth):
    pid = saved_listing(client, auth, docs.plain_bold_headings())
    response = client.get(f"/api/v1/postings/{pid}/resume/preview.png", headers=auth)
    assert response.status_code == 200, response.get_json()
    assert response.mimetype == "image/png" and "no-store" in response.headers["Cache-Control"]
    width, height, rows = png_rows(response.data)
    assert width == 720 and height > width  # a portrait page
    # ink on the page: rows that are not all one value (filters aside, a blank page's rows are constant)
    assert sum(len(set(row[1:])) > 1 for row in rows) > 20
    changes = json.loads(response.headers["X-Credstack-Changes"])
    assert changes == client.get(f"/api/v1/postings/{pid}/resume/changes", headers=auth).get_json()
    assert changes["changed"] and changes["included"][0]["name"] == "Google Data Analytics Professional Certificate"


def test_no_libreoffice_or_no_poppler_is_a_clear_501(client, auth, monkeypatch):
    import credstack.resume.pdf as pdf

    pid = saved_listing(client, auth)
    for missing, word in (("soffice", "LibreOffice"), ("pdftoppm", "poppler")):
        monkeypatch.setattr(pdf, "soffice", lambda: "/usr/bin/soffice")
        monkeypatch.setattr(pdf, "pdftoppm", lambda: "/usr/bin/pdftoppm")
        monkeypatch.setattr(pdf, missing, lambda: None)
        response = client.get(f"/api/v1/postings/{pid}/resume/preview.png", headers=auth)
        assert response.status_code == 501 and response.mimetype == "application/json"
        error = response.get_json()["error"]
        assert error["type"] == "pdf_unavailable" and word in error["message"], error


def test_every_slot_taken_is_503_busy(client, auth, monkeypatch):
    import credstack.resume.pdf as pdf

    pid = saved_listing(client, auth)
    monkeypatch.setattr(pdf, "soffice", lambda: "/usr/bin/soffice")
    monkeypatch.setattr(pdf, "pdftoppm", lambda: "/usr/bin/pdftoppm")
    monkeypatch.setattr(pdf, "QUEUE_SECONDS", 0.05)
    monkeypatch.setattr(pdf, "_slots", threading.BoundedSemaphore(1))
    pdf._slots.acquire()  # noqa: SLF001 - another conversion holds the only slot
    response = client.get(f"/api/v1/postings/{pid}/resume/preview.png", headers=auth)
    assert response.status_code == 503 and response.headers["Retry-After"] == "10"
    assert response.get_json()["error"]["type"] == "busy"


def test_another_users_listing_has_no_preview(client, auth, other_auth):
    pid = saved_listing(client, auth)
    assert client.get(f"/api/v1/postings/{pid}/resume/preview.png", headers=other_auth).status_code == 404

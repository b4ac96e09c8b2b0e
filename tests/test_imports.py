"""Profile imports from files we build ourselves: LinkedIn exports and Open Badges (JSON, PNG)."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib

import pytest

from credstack.profile.dates import month_label, to_month
from credstack.profile.imports import ProfileImportError, linkedin_export, open_badge, png_text_chunks
from credstack.skills.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary()


def make_zip(files: dict[str, str]) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


SKILLS = "\ufeffName\nSQL\nTableau\nsql\nData Visualization\n"
CERTS = ("Name,Url,Authority,Started On,Finished On,License Number\n"
         "Google Data Analytics Certificate,https://coursera.org/verify/XYZ,Google,Mar 2023,,XYZ\n"
         "\"PMP, Project Management Professional\",,Project Management Institute,Jan 2021,Jan 2024,123\n"
         ",,,,,\n")


def test_linkedin_export_skills_certs_and_profile():
    archive = make_zip({"Basic_LinkedInDataExport/Skills.csv": SKILLS,
                        "Basic_LinkedInDataExport/Certifications.csv": CERTS,
                        "Basic_LinkedInDataExport/Profile.csv":
                            "First Name,Last Name,Headline,Geo Location\nJane,Doe,Analyst,Austin\n"})
    out = linkedin_export(archive)
    assert [s["name"] for s in out.skills] == ["SQL", "Tableau", "Data Visualization"]  # dedupe
    google, pmp = out.certifications
    assert google == {"name": "Google Data Analytics Certificate", "issuer": "Google", "issued": "2023-03",
                      "expires": None, "credential_id": "XYZ", "url": "https://coursera.org/verify/XYZ",
                      "status": "earned", "expected": None, "catalog_id": None}
    assert pmp["name"].startswith("PMP, Project") and pmp["expires"] == "2024-01" and pmp["url"] is None
    assert out.profile == {"name": "Jane Doe", "headline": "Analyst", "location": "Austin"}


def test_linkedin_education_rows_become_qualification_lines():
    education = ("School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                 "University of Leeds,Sep 2012,Jun 2015,,\"BSc (Hons), Nursing\",\n"
                 "Lincoln High School,2005,2009,,,Football\n"
                 ",,,,,\n"
                 "University of Leeds,Sep 2012,Jun 2015,,\"BSc (Hons), Nursing\",\n")
    out = linkedin_export(make_zip({"Skills.csv": SKILLS, "Education.csv": education}))
    assert out.profile == {"education": ["BSc (Hons), Nursing, University of Leeds, 2015", "Lincoln High School, 2009"]}


def test_linkedin_csv_with_notes_preamble():
    archive = make_zip({"Skills.csv": "Notes:\n\"Some LinkedIn note\"\n\nName\nExcel\n"})
    assert [s["name"] for s in linkedin_export(archive).skills] == ["Excel"]


def test_a_name_with_an_unquoted_comma_keeps_its_columns():
    # a spreadsheet's re-save of a real export: the comma of the name was not quoted, and the row
    # had one field more than its header (the import crashed on it)
    certs = ("Name,Url,Authority,Started On,Finished On,License Number\n"
             "Python for Data Science, AI & Development,https://coursera.org/verify/J5B,IBM,Nov 2025,NA,J5B\n"
             "SQL (Advanced),https://www.hackerrank.com/certificates/1ea,HackerRank,Aug 2025,NA,1ea\n")
    first, second = linkedin_export(make_zip({"Certifications.csv": certs})).certifications
    assert (first["name"], first["url"], first["issuer"], first["issued"], first["credential_id"]) == \
        ("Python for Data Science, AI & Development", "https://coursera.org/verify/J5B", "IBM", "2025-11", "J5B")
    assert second["name"] == "SQL (Advanced)" and second["issuer"] == "HackerRank"


@pytest.mark.parametrize("text", ["\nName,Url,Authority\nPMP,,PMI\n", "\n \nName,Url,Authority\nPMP,,PMI\n"])
def test_blank_lines_above_the_header_are_skipped(text):
    # the header is the first line holding anything (a blank first line gave a 500)
    assert [c["name"] for c in linkedin_export(make_zip({"Certifications.csv": text})).certifications] == ["PMP"]


def test_a_csv_of_blank_lines_suggests_nothing():
    assert linkedin_export(make_zip({"Certifications.csv": "\n\n \n"})).certifications == []


@pytest.mark.parametrize("blank", ["NA", "N/A", "-", "null"])
def test_a_placeholder_for_nothing_is_no_value(blank):
    certs = ("Name,Url,Authority,Started On,Finished On,License Number\n"
             f"Certified ScrumMaster,{blank},Scrum Alliance,Feb 2019,{blank},{blank}\n")
    cert = linkedin_export(make_zip({"Certifications.csv": certs})).certifications[0]
    assert (cert["credential_id"], cert["expires"], cert["url"]) == (None, None, None)  # no "Credential ID NA"


def test_linkedin_zip_without_the_csvs_is_refused():
    with pytest.raises(ProfileImportError, match="Skills.csv"):
        linkedin_export(make_zip({"Connections.csv": "First Name\nA\n"}))


@pytest.mark.parametrize("text, month", [
    ("Mar 2021", "2021-03"), ("September 2020", "2020-09"), ("2021-03", "2021-03"),
    ("2021-03-15T00:00:00Z", "2021-03"), ("03/2021", "2021-03"), ("2019", "2019-01"), ("Aug-26", "2026-08"), ("Apr-25", "2025-04"), ("Sep-98", "1998-09"),
    ("", None), ("soon", None), ("13/2021", None), ("Foo 2021", None),
    ("2022年5月", "2022-05"), ("２０１６年１月", "2016-01"), ("2021年13月", None),
])
def test_month_parsing(text, month):
    assert to_month(text) == month


def test_month_label():
    assert month_label("2024-06") == "Jun 2024" and month_label(None) is None


ASSERTION = {
    "@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://badges.example/a/1",
    "recipient": {"type": "email", "hashed": False, "identity": "jane@example.com"},
    "issuedOn": "2024-05-02T10:00:00Z", "expires": "2027-05-02T10:00:00Z",
    "verification": {"type": "hosted"},
    "badge": {"type": "BadgeClass", "id": "https://badges.example/b/1", "name": "Kubernetes Fundamentals",
              "description": "d", "criteria": {"narrative": "Pass the lab exam."},
              "issuer": {"type": "Profile", "id": "https://badges.example/i", "name": "Example Academy"},
              "tags": ["kubernetes", "containers", "not-a-skill-xyz"]},
}


def png_with(chunks: list[tuple[bytes, bytes]]) -> bytes:
    out = b"\x89PNG\r\n\x1a\n"
    for kind, body in chunks:
        out += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return out


IHDR = (b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))


def itxt(text: str, compressed: bool = False) -> tuple[bytes, bytes]:
    payload = zlib.compress(text.encode()) if compressed else text.encode()
    return b"iTXt", b"openbadges\0" + bytes([1 if compressed else 0, 0]) + b"\0\0" + payload


def test_badge_json():
    out = open_badge(json.dumps(ASSERTION).encode(), VOCABULARY)
    cert = out.certifications[0]
    assert (cert["name"], cert["issuer"], cert["issued"], cert["expires"]) == (
        "Kubernetes Fundamentals", "Example Academy", "2024-05", "2027-05")
    assert cert["criteria"] == "Pass the lab exam." and "kubernetes" in cert["tags"]
    assert cert["url"] == "https://badges.example/a/1"


@pytest.mark.parametrize("compressed", [False, True])
def test_baked_png(compressed):
    data = png_with([IHDR, itxt(json.dumps(ASSERTION), compressed), (b"IEND", b"")])
    assert png_text_chunks(data)["openbadges"].startswith("{")
    assert open_badge(data, VOCABULARY).certifications[0]["name"] == "Kubernetes Fundamentals"


@pytest.mark.parametrize("data, message", [
    (png_with([IHDR, (b"IEND", b"")]), "no Open Badges data"),
    (png_with([IHDR, itxt("https://badges.example/a/1"), (b"IEND", b"")]), "links to its assertion"),
    (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 1000) + b"iTXt" + b"short", "cut short"),
    (b"not json at all", "Not an Open Badges"),
    (json.dumps({**ASSERTION, "badge": "https://badges.example/b/1"}).encode(), "only by URL"),
    (json.dumps({**ASSERTION, "badge": {"name": ""}}).encode(), "no name"),
    (json.dumps([1, 2]).encode(), "JSON object"),
])
def test_bad_badges_are_refused_with_a_reason(data, message):
    with pytest.raises(ProfileImportError, match=message):
        open_badge(data, VOCABULARY)


def test_png_decompression_bomb_is_refused():
    bomb = zlib.compress(b"{" + b" " * (20 * 1024 * 1024))
    data = png_with([IHDR, (b"iTXt", b"openbadges\0\x01\x00\0\0" + bomb), (b"IEND", b"")])
    with pytest.raises(ProfileImportError, match="larger than a badge"):
        open_badge(data, VOCABULARY)

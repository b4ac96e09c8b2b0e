"""Imports into a profile: LinkedIn's data export, Open Badges 2.0 assertions (JSON or baked PNG).

Each import returns *suggestions* — skills and certifications in the profile JSON shape — that
the user confirms; nothing here touches storage.
"""

from __future__ import annotations

import csv
import io
import json
import re
import struct
import zlib
from dataclasses import dataclass, field

from credstack.exceptions import CredstackError
from credstack.hygiene import clean_text, clean_value
from credstack.profile.dates import to_month
from credstack.profile.schema import MAX_EDUCATION
from credstack.skills.vocabulary import Vocabulary

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_CSV_BYTES = 5 * 1024 * 1024
MAX_BADGE_JSON = 1024 * 1024
# The longest value each certification field holds (the profile schema's and the column's).
CERT_LIMITS = {"name": 300, "issuer": 300, "credential_id": 200, "url": 2000, "catalog_id": 100}


class ProfileImportError(CredstackError):
    """An upload that cannot be imported; the message says what to send instead."""

    status = 422
    error_type = "bad_import"


@dataclass
class Suggestions:
    skills: list[dict] = field(default_factory=list)
    certifications: list[dict] = field(default_factory=list)
    profile: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """As JSON, with control characters taken out of every string (an upload is read here)."""
        return clean_value({"skills": self.skills, "certifications": self.certifications, "profile": self.profile})


def certification(name: str, **fields: object) -> dict:
    cert = {"name": " ".join(name.split())[:300], "issuer": None, "issued": None, "expires": None,
            "credential_id": None, "url": None, "status": "earned", "expected": None, "catalog_id": None}
    for key, value in fields.items():
        if value not in (None, ""):
            cert[key] = value
    for key, limit in CERT_LIMITS.items():  # a longer value would not fit the column, nor pass a PUT
        value = cert.get(key)
        if isinstance(value, str) and len(value) > limit:
            cert[key] = None if key == "url" else value[:limit].rstrip()
    return cert


def _read_csv(archive, wanted: str) -> list[dict] | None:
    """Rows of the CSV whose file name (any folder, any case) is ``wanted``."""
    for info in archive.infolist():
        if info.filename.rsplit("/", 1)[-1].lower() == wanted.lower():
            if info.file_size > MAX_CSV_BYTES:
                raise ProfileImportError(f"{info.filename} is larger than LinkedIn exports ever are.")
            text = clean_text(archive.read(info).decode("utf-8-sig", "replace"))  # before splitlines() sees \x0b
            lines = text.splitlines()
            # Some LinkedIn CSVs open with a "Notes:" preamble before the header row.
            while lines and lines[0].lower().startswith("notes"):
                lines.pop(0)
                while lines and lines[0].strip():
                    lines.pop(0)
                while lines and not lines[0].strip():
                    lines.pop(0)
            return _rows(csv.reader(io.StringIO("\n".join(lines))))
    return None


# What a re-saved export writes in an empty cell ("NA" in every blank Finished On and License Number).
_BLANK = {"na", "n/a", "n.a.", "none", "null", "nil", "-", "--", "—"}


def _rows(reader) -> list[dict]:
    """The CSV's rows by its header, each value stripped and a placeholder for nothing made empty.
    A row with more fields than the header is a name holding a comma that a spreadsheet saved
    without quotes ("Python for Data Science, AI & Development,https://..."): its first fields are
    the name again, so the columns after it keep their own values."""
    header = [h.strip() for h in next((row for row in reader if any(c.strip() for c in row)), [])]
    out = []
    for fields in reader if header else ():
        if len(fields) > len(header):
            extra = len(fields) - len(header)
            fields = [", ".join(f.strip() for f in fields[:extra + 1] if f.strip())] + fields[extra + 1:]
        fields = fields + [""] * (len(header) - len(fields))  # a short row: its last cells empty
        out.append({h: "" if (v := (value or "").strip()).casefold() in _BLANK else v
                    for h, value in zip(header, fields, strict=True)})
    return out


def linkedin_export(archive) -> Suggestions:
    """Skills.csv, Certifications.csv and Profile.csv from LinkedIn's "Get a copy of your data"."""
    skills = _read_csv(archive, "Skills.csv")
    certs = _read_csv(archive, "Certifications.csv")
    if skills is None and certs is None:
        raise ProfileImportError("This zip has neither Skills.csv nor Certifications.csv: download your data "
                           "from LinkedIn (Settings > Data privacy > Get a copy of your data) and upload "
                           "that .zip as it is.")
    out = Suggestions()
    seen: set[str] = set()
    for row in skills or []:
        name = " ".join(row.get("Name", "").split())[:200]
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.skills.append({"name": name, "level": None, "years": None})
    for row in certs or []:
        name = row.get("Name", "")
        if not name.strip():
            continue
        url = row.get("Url") or None
        out.certifications.append(certification(
            name, issuer=row.get("Authority") or None, issued=to_month(row.get("Started On")),
            expires=to_month(row.get("Finished On")), credential_id=(row.get("License Number") or None),
            url=url if url and url.lower().startswith(("http://", "https://")) else None))
    profile_rows = _read_csv(archive, "Profile.csv") or []
    if profile_rows:
        row = profile_rows[0]
        name = " ".join(f"{row.get('First Name', '')} {row.get('Last Name', '')}".split())
        out.profile = {k: v for k, v in {"name": name, "headline": row.get("Headline", ""),
                                          "location": row.get("Geo Location", "")}.items() if v}
    education = [line for row in _read_csv(archive, "Education.csv") or [] if (line := education_line(row))]
    if education:
        out.profile["education"] = list(dict.fromkeys(education))[:MAX_EDUCATION]
    return out


def education_line(row: dict) -> str:
    """One row of LinkedIn's Education.csv as the profile keeps it: "Degree Name, School Name, End
    year" ("BSc Nursing, University of Leeds, 2015"); a school with no degree named is kept as the
    school alone, so nothing the user wrote is lost."""
    degree = " ".join(row.get("Degree Name", "").split())
    school = " ".join(row.get("School Name", "").split())
    end = re.search(r"\b(?:19|20)\d{2}\b", row.get("End Date", ""))
    parts = [p for p in (degree, school, end.group(0) if end else "") if p]
    return ", ".join(parts)[:300] if degree or school else ""


def png_text_chunks(data: bytes) -> dict[str, str]:
    """tEXt/iTXt chunks of a PNG by keyword, read without decoding the image."""
    if not data.startswith(PNG_SIGNATURE):
        raise ProfileImportError("Not a PNG image: upload the badge's baked PNG or its JSON assertion.")
    chunks: dict[str, str] = {}
    pos = len(PNG_SIGNATURE)
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) < length:
            raise ProfileImportError("The PNG is cut short or corrupt.")
        pos += 12 + length
        if kind == b"iTXt":
            keyword, _, rest = body.partition(b"\0")
            if len(rest) < 2:
                continue
            compressed, rest = rest[0], rest[2:]
            _lang, _, rest = rest.partition(b"\0")
            _translated, _, text = rest.partition(b"\0")
            if compressed:
                inflater = zlib.decompressobj()
                text = inflater.decompress(text, MAX_BADGE_JSON + 1)
                if len(text) > MAX_BADGE_JSON:
                    raise ProfileImportError("The badge data in this PNG is far larger than a badge.")
            chunks[keyword.decode("latin-1")] = text.decode("utf-8", "replace")
        elif kind == b"tEXt":
            keyword, _, text = body.partition(b"\0")
            chunks[keyword.decode("latin-1")] = text.decode("latin-1")
        elif kind == b"IEND":
            break
    return chunks


def open_badge(data: bytes | dict, vocabulary: Vocabulary) -> Suggestions:
    """An Open Badges 2.0 assertion (JSON, or baked into a PNG's ``openbadges`` iTXt chunk)."""
    if isinstance(data, (bytes, bytearray)):
        if bytes(data[:8]) == PNG_SIGNATURE:
            text = png_text_chunks(bytes(data)).get("openbadges")
            if text is None:
                raise ProfileImportError("This PNG carries no Open Badges data (no 'openbadges' chunk): it is "
                                   "an image, not a baked badge.")
        else:
            text = bytes(data).decode("utf-8-sig", "replace")
        text = text.strip()
        if text.lower().startswith(("http://", "https://")):
            raise ProfileImportError("This badge only links to its assertion online "
                               f"({text[:200]}); download that JSON and upload it instead.")
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ProfileImportError("Not an Open Badges assertion: expected JSON or a baked PNG.") from exc
    if not isinstance(data, dict):
        raise ProfileImportError("Not an Open Badges assertion: expected a JSON object.")
    badge = data.get("badge")
    if isinstance(badge, str) or badge is None:
        raise ProfileImportError("The assertion names its badge only by URL; credstack does not fetch it. "
                           "Upload an assertion with the badge embedded (or the baked PNG).")
    if not isinstance(badge, dict) or not isinstance(badge.get("name"), str) or not badge["name"].strip():
        raise ProfileImportError("The badge has no name.")
    issuer = badge.get("issuer")
    issuer_name = issuer.get("name") if isinstance(issuer, dict) else None
    criteria = badge.get("criteria")
    narrative = criteria.get("narrative") if isinstance(criteria, dict) else None
    url = data.get("id") if isinstance(data.get("id"), str) else None
    verify = data.get("verification")
    if isinstance(verify, dict) and isinstance(verify.get("url"), str):
        url = verify["url"]
    cert = certification(
        badge["name"], issuer=issuer_name if isinstance(issuer_name, str) else None,
        issued=to_month(str(data.get("issuedOn") or "")), expires=to_month(str(data.get("expires") or "")),
        url=url if url and url.lower().startswith(("http://", "https://")) else None)
    cert["criteria"] = narrative if isinstance(narrative, str) else None
    tags = badge.get("tags") if isinstance(badge.get("tags"), list) else []
    cert["tags"] = [t for t in tags if isinstance(t, str)][:50]
    skills = []
    vocab = vocabulary
    for tag in cert["tags"]:
        skill = vocab.resolve(tag)
        if skill is not None and skill.name not in {s["name"] for s in skills}:
            skills.append({"name": skill.name, "level": None, "years": None})
    return Suggestions(skills=skills, certifications=[cert])

"""Skills and certifications found in the user's own resume, as suggestions to confirm."""

from __future__ import annotations

import re

from credstack.credentials.catalog import Catalog
from credstack.profile.dates import to_month
from credstack.profile.imports import Suggestions, certification
from credstack.resume import read_resume
from credstack.skills import find_skills
from credstack.skills.model import SkillKind
from credstack.skills.vocabulary import Vocabulary

_YEAR_MONTH = re.compile(r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}|"
                         r"\d{1,2}/\d{4}|(?:19|20)\d{2})\b")
_EXPIRES = re.compile(r"(?i)(expires?|expiration|valid (?:until|through)|exp\.?)\s*:?\s*")
_ID = re.compile(r"(?i)(?:credential|license|licence|certificate|cert)\s*(?:id|no\.?|number|#)\s*:?\s*([A-Z0-9-]{4,})")


def suggestions_from_resume(docx_bytes: bytes, vocabulary: Vocabulary, catalog: Catalog) -> Suggestions:
    """Vocabulary skills named anywhere in the resume; certifications from its certification
    lines and from any line naming a catalog credential."""
    resume = read_resume(docx_bytes)
    found = find_skills(resume.text, vocabulary)
    out = Suggestions()
    out.skills = [{"name": s.name, "level": None, "years": None} for s in found
                  if s.kind not in (SkillKind.CERTIFICATION, SkillKind.DEGREE)]
    seen: set[str] = set()
    cert_lines = list(resume.sections.get("certifications", []))
    for s in found:
        if s.kind == SkillKind.CERTIFICATION:
            cert_lines += [line for line in resume.paragraphs if any(m in line for m in s.mentions)]
    for line in cert_lines:
        cert = _parse_line(line, catalog)
        if cert and cert["name"].casefold() not in seen:
            seen.add(cert["name"].casefold())
            out.certifications.append(cert)
    return out


def _parse_line(line: str, catalog) -> dict | None:
    """ "AWS Certified Cloud Practitioner — Amazon Web Services · Issued Mar 2023 · Credential ID X"."""
    text = line.strip(" -•*\t")
    if not text or len(text) > 300:
        return None
    head = re.split(r"\s+[—–|·]\s+|\s+-\s+|,\s+(?=[A-Z(]|\d{4})|\s+\(", text, maxsplit=1)[0].strip()
    entry = catalog.find(head) or catalog.find(text)
    name = entry.name if entry is not None and catalog.find(head) is None and len(head) < 4 else head
    issuer = entry.provider if entry is not None else None
    expires = None
    expiry = _EXPIRES.search(text)
    if expiry:
        m = _YEAR_MONTH.search(text, expiry.end())
        expires = to_month(m.group(1)) if m else None
    dates = [to_month(m.group(1)) for m in _YEAR_MONTH.finditer(text)]
    issued = next((d for d in dates if d and d != expires), None)
    credential = _ID.search(text)
    return certification(name, issuer=issuer, issued=issued, expires=expires,
                         credential_id=credential.group(1) if credential else None,
                         catalog_id=entry.id if entry is not None else None)

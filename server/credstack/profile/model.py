"""The user's skill profile: plain data shared by storage, gaps, recommendations and resumes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum

from credstack.profile.dates import expiry_passed


class Level(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"
    EXPERT = "expert"


class CertStatus(StrEnum):
    EARNED = "earned"
    IN_PROGRESS = "in_progress"


@dataclass
class ProfileSkill:
    name: str
    level: Level | None = None
    years: float | None = None


@dataclass
class Certification:
    """A certification in LinkedIn's "Licenses & Certifications" shape. Dates are "YYYY-MM"."""

    name: str
    issuer: str | None = None
    issued: str | None = None
    expires: str | None = None
    credential_id: str | None = None
    url: str | None = None
    status: CertStatus = CertStatus.EARNED
    expected: str | None = None
    catalog_id: str | None = None

    def lapsed(self, today: date) -> bool:
        """Earned but past its expiry."""
        return self.status == CertStatus.EARNED and expiry_passed(self.expires, today)

    def valid(self, today: date) -> bool:
        """Earned and not past its expiry."""
        return self.status == CertStatus.EARNED and not expiry_passed(self.expires, today)


@dataclass
class Profile:
    name: str = ""
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: list[str] = field(default_factory=list)
    headline: str = ""
    target_roles: list[str] = field(default_factory=list)
    # Qualifications, one a line in the user's words ("BSc (Hons) Nursing, University of Leeds,
    # 2015", "High school diploma", "NVQ Level 3 Health and Social Care"): a posting's degree or
    # schooling is answered from them.
    education: list[str] = field(default_factory=list)
    skills: list[ProfileSkill] = field(default_factory=list)
    certifications: list[Certification] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = asdict(self)
        for s in data["skills"]:
            s["level"] = str(s["level"]) if s["level"] else None
        for c in data["certifications"]:
            c["status"] = str(c["status"])
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Profile:
        """Build from already-validated JSON (see ``profile.schema`` for validation)."""
        skills = [
            ProfileSkill(s["name"], Level(s["level"]) if s.get("level") else None, s.get("years"))
            for s in data.get("skills", [])
        ]
        certs = [
            Certification(
                name=c["name"], issuer=c.get("issuer"), issued=c.get("issued"),
                expires=c.get("expires"), credential_id=c.get("credential_id"), url=c.get("url"),
                status=CertStatus(c.get("status") or "earned"), expected=c.get("expected"),
                catalog_id=c.get("catalog_id"),
            )
            for c in data.get("certifications", [])
        ]
        return cls(
            name=data.get("name") or "", email=data.get("email"), phone=data.get("phone"),
            location=data.get("location"), links=list(data.get("links") or []),
            headline=data.get("headline") or "", target_roles=list(data.get("target_roles") or []),
            education=list(data.get("education") or []), skills=skills, certifications=certs,
        )

"""Reading and writing a user's profile. Every function is scoped to one ``user_id``.

Skill names are stored in the user's own words ("MIG/TIG welding" stays so): matching reads them
as the vocabulary skill they stand for (``skills.skill_named``: Welding), and two names for one
skill ("JS", "JavaScript") are one entry of the profile; certifications get their catalog id when
the catalog knows them (every writing function takes the ``catalog`` to resolve names with, and its vocabulary:
the app's Resources). Callers run these inside one transaction, so an edit is applied whole or
not at all.
"""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from credstack.credentials.catalog import Catalog
from credstack.credentials.held import resolve_certification
from credstack.exceptions import CredstackError
from credstack.hygiene import clean_value
from credstack.models import CertificationRow, ProfileRow, ProfileSkillRow
from credstack.profile.model import Certification, Profile
from credstack.profile.schema import MAX_EDUCATION
from credstack.skills import skill_named

SCALARS = ("name", "email", "phone", "location", "links", "headline", "target_roles", "education")
LISTS = ("links", "target_roles", "education")
# The caps a PUT enforces (profile.schema), applied to imports too.
MAX_SKILLS = 500
MAX_CERTIFICATIONS = 200
CERT_FIELDS = ("name", "issuer", "issued", "expires", "credential_id", "url", "status", "expected",
               "catalog_id")


class ProfileError(CredstackError):
    """A profile edit that cannot be applied; ``field`` names the offending field."""

    error_type = "bad_profile"

    def __init__(self, field: str, message: str, status: int = 422) -> None:
        super().__init__(f"{field}: {message}", details={field: [message]})
        self.field = field
        self.status = status
        if status == 409:
            self.error_type = "conflict"


def skill_key(name: str, catalog: Catalog) -> str:
    """What two profile skills share when they are the same skill: the vocabulary skill their words
    stand for, else the words themselves (any case or spacing)."""
    name = " ".join(name.split())
    skill = skill_named(name, catalog.vocabulary) if catalog.vocabulary is not None else None
    return (skill.name if skill else name).casefold()


def catalog_id_for(name: str, issuer: str | None, catalog: Catalog, url: str | None = None) -> str | None:
    """The catalog entry a certification written this way is (``credentials.held``'s one resolver;
    its link tells a course platform's certificate from the credential of the same name)."""
    credential = resolve_certification(Certification(name=name, issuer=issuer, url=url), catalog,
                                       catalog.vocabulary)[0]
    return credential.id if credential else None


def _skill_row_values(data: dict, catalog: Catalog) -> dict:
    return {"name": " ".join(data["name"].split()), "level": data.get("level"), "years": data.get("years")}


def _cert_row_values(data: dict, catalog: Catalog) -> dict:
    values = {k: data.get(k) for k in CERT_FIELDS}
    values["name"] = " ".join(values["name"].split())
    values["status"] = values["status"] or "earned"
    if not values.get("catalog_id"):
        values["catalog_id"] = catalog_id_for(values["name"], values.get("issuer"), catalog, values.get("url"))
    return values


def has_profile(session: Session, user_id: int) -> bool:
    if session.get(ProfileRow, user_id) is not None:
        return True
    return bool(session.scalar(select(func.count()).select_from(ProfileSkillRow)
                               .where(ProfileSkillRow.user_id == user_id)))


def skill_rows(session: Session, user_id: int) -> list[ProfileSkillRow]:
    return list(session.scalars(select(ProfileSkillRow).where(ProfileSkillRow.user_id == user_id)
                                .order_by(ProfileSkillRow.position, ProfileSkillRow.id)))


def cert_rows(session: Session, user_id: int) -> list[CertificationRow]:
    return list(session.scalars(select(CertificationRow).where(CertificationRow.user_id == user_id)
                                .order_by(CertificationRow.position, CertificationRow.id)))


def skill_to_dict(row: ProfileSkillRow, with_id: bool = False) -> dict:
    data = {"name": row.name, "level": row.level, "years": row.years}
    return {"id": row.id, **data} if with_id else data


def cert_to_dict(row: CertificationRow, with_id: bool = False) -> dict:
    data = {k: getattr(row, k) for k in CERT_FIELDS}
    return {"id": row.id, **data} if with_id else data


def get_profile_dict(session: Session, user_id: int) -> dict:
    row = session.get(ProfileRow, user_id)
    data = {k: getattr(row, k) if row else None for k in SCALARS}
    data["name"] = data["name"] or ""
    data["headline"] = data["headline"] or ""
    data["links"] = list(data["links"] or [])
    for key in LISTS:
        data[key] = list(data[key] or [])
    data["skills"] = [skill_to_dict(r) for r in skill_rows(session, user_id)]
    data["certifications"] = [cert_to_dict(r) for r in cert_rows(session, user_id)]
    return clean_value(data)  # rows stored before the hygiene rules must not break a resume


def get_profile(session: Session, user_id: int) -> Profile:
    return Profile.from_dict(get_profile_dict(session, user_id))


def _merge_duplicate_skills(skills: list[dict], catalog: Catalog) -> list[dict]:
    """One entry per skill: "JS" and "JavaScript" are the same; the first one listed wins, and
    a later one only fills the level or years the first left empty."""
    merged: dict[str, dict] = {}
    for skill in skills:
        first = merged.setdefault(skill_key(skill["name"], catalog), skill)
        for key in ("level", "years"):
            if first.get(key) is None and skill.get(key) is not None:
                first[key] = skill[key]
    return list(merged.values())


def replace_profile(session: Session, user_id: int, data: dict, *, catalog: Catalog) -> dict:
    """Replace the whole profile with validated ``data`` (see ``profile.schema``)."""
    skills = _merge_duplicate_skills([_skill_row_values(s, catalog) for s in data.get("skills", [])], catalog)
    certs = [_cert_row_values(c, catalog) for c in data.get("certifications", [])]
    row = session.get(ProfileRow, user_id)
    if row is None:
        row = ProfileRow(user_id=user_id)
        session.add(row)
    for key in SCALARS:
        default = [] if key in LISTS else ("" if key in ("name", "headline") else None)
        setattr(row, key, data.get(key, default))
    session.execute(delete(ProfileSkillRow).where(ProfileSkillRow.user_id == user_id))
    session.execute(delete(CertificationRow).where(CertificationRow.user_id == user_id))
    session.flush()
    session.add_all(ProfileSkillRow(user_id=user_id, position=i, **s) for i, s in enumerate(skills))
    session.add_all(CertificationRow(user_id=user_id, position=i, **c) for i, c in enumerate(certs))
    session.flush()
    return get_profile_dict(session, user_id)


def _ensure_profile_row(session: Session, user_id: int) -> None:
    if session.get(ProfileRow, user_id) is None:
        session.add(ProfileRow(user_id=user_id, links=[], target_roles=[], education=[]))
        session.flush()


def _next_position(session: Session, model, user_id: int) -> int:
    current = session.scalar(select(func.max(model.position)).where(model.user_id == user_id))
    return (current if current is not None else -1) + 1


def add_skill(session: Session, user_id: int, data: dict, *, catalog: Catalog) -> ProfileSkillRow:
    values = _skill_row_values(data, catalog)
    existing = {skill_key(r.name, catalog): r.name for r in skill_rows(session, user_id)}
    same = existing.get(skill_key(values["name"], catalog))
    if same is not None:
        also = "" if same.casefold() == values["name"].casefold() else f" (as {same!r})"
        raise ProfileError("name", f"{values['name']!r} is already in your profile{also}; edit it instead",
                           status=409)
    _ensure_profile_row(session, user_id)
    row = ProfileSkillRow(user_id=user_id, position=_next_position(session, ProfileSkillRow, user_id),
                          **values)
    session.add(row)
    session.flush()
    return row


def get_skill(session: Session, user_id: int, skill_id: int) -> ProfileSkillRow | None:
    row = session.get(ProfileSkillRow, skill_id)
    return row if row is not None and row.user_id == user_id else None


def update_skill(session: Session, row: ProfileSkillRow, patch: dict, *, catalog: Catalog) -> ProfileSkillRow:
    if "name" in patch:
        name = " ".join(patch["name"].split())
        clash = [r for r in skill_rows(session, row.user_id)
                 if r.id != row.id and skill_key(r.name, catalog) == skill_key(name, catalog)]
        if clash:
            raise ProfileError("name", f"{name!r} is already in your profile", status=409)
        row.name = name
    for key in ("level", "years"):
        if key in patch:
            setattr(row, key, patch[key])
    session.flush()
    return row


def add_certification(session: Session, user_id: int, data: dict, *, catalog: Catalog) -> CertificationRow:
    _ensure_profile_row(session, user_id)
    row = CertificationRow(user_id=user_id, position=_next_position(session, CertificationRow, user_id),
                           **_cert_row_values(data, catalog))
    session.add(row)
    session.flush()
    return row


def get_certification(session: Session, user_id: int, cert_id: int) -> CertificationRow | None:
    row = session.get(CertificationRow, cert_id)
    return row if row is not None and row.user_id == user_id else None


def update_certification(session: Session, row: CertificationRow, patch: dict, *, catalog: Catalog) -> CertificationRow:
    merged = {**cert_to_dict(row), **patch}
    if "name" in patch and "catalog_id" not in patch:
        merged["catalog_id"] = None
    if merged.get("issued") and merged.get("expires") and merged["expires"] < merged["issued"]:
        raise ProfileError("expires", "must not be before the issue date")
    for key, value in _cert_row_values(merged, catalog).items():
        setattr(row, key, value)
    session.flush()
    return row



def mark_suggestions(session: Session, user_id: int, suggestions: dict, *, catalog: Catalog) -> dict:
    """Flag each suggested skill/certification already in the profile (``in_profile``), resolve
    names the way storing them would, and leave out suggested education lines the profile has
    (case and spacing aside)."""
    skills = {skill_key(r.name, catalog) for r in skill_rows(session, user_id)}
    certs = {r.name.casefold() for r in cert_rows(session, user_id)}
    for skill in suggestions.get("skills", []):
        skill["name"] = " ".join(skill["name"].split())
        skill["in_profile"] = skill_key(skill["name"], catalog) in skills
    for cert in suggestions.get("certifications", []):
        if not cert.get("catalog_id"):
            cert["catalog_id"] = catalog_id_for(cert["name"], cert.get("issuer"), catalog, cert.get("url"))
        cert["in_profile"] = cert["name"].casefold() in certs
    scalars = suggestions.get("profile") or {}
    if scalars.get("education"):
        row = session.get(ProfileRow, user_id)
        have = {" ".join(line.split()).casefold() for line in (row.education if row is not None else None) or []}
        kept = [line for line in scalars["education"] if " ".join(line.split()).casefold() not in have]
        scalars["education"] = kept[:MAX_EDUCATION]  # the lines the profile has left out: nothing to confirm
    return suggestions


class ProfileFull(CredstackError):
    """An import would take the profile past the caps a PUT enforces."""

    status = 422
    error_type = "profile_full"


def merge_suggestions(session: Session, user_id: int, suggestions: dict, *, catalog: Catalog) -> dict:
    """Add every suggested skill and certification the profile lacks; fill empty name/headline.

    One read of the profile, one batch of inserts: the cost is linear in the import and the
    transaction short, so other users' writes are not held up. Past the caps a PUT enforces
    (MAX_SKILLS, MAX_CERTIFICATIONS) nothing is added and ProfileFull says by how much.
    """
    mark_suggestions(session, user_id, suggestions, catalog=catalog)
    new_skills: dict[str, dict] = {}
    for skill in suggestions.get("skills", []):
        if not skill["in_profile"]:
            new_skills.setdefault(skill_key(skill["name"], catalog), skill)
    new_certs = [c for c in suggestions.get("certifications", []) if not c["in_profile"]]
    have_skills = len(skill_rows(session, user_id))
    have_certs = len(cert_rows(session, user_id))
    if have_skills + len(new_skills) > MAX_SKILLS:
        raise ProfileFull(f"This import would give your profile {have_skills + len(new_skills):,} skills; a profile "
                          f"holds at most {MAX_SKILLS}. Import without applying, then keep the skills you want.",
                          details={"skills": have_skills + len(new_skills), "max": MAX_SKILLS})
    if have_certs + len(new_certs) > MAX_CERTIFICATIONS:
        raise ProfileFull(f"This import would give your profile {have_certs + len(new_certs):,} certifications; a "
                          f"profile holds at most {MAX_CERTIFICATIONS}. Import without applying, then keep the "
                          "certifications you want (course completions need not all go in).",
                          details={"certifications": have_certs + len(new_certs), "max": MAX_CERTIFICATIONS})
    _ensure_profile_row(session, user_id)
    position = _next_position(session, ProfileSkillRow, user_id)
    rows = [{"user_id": user_id, "position": position + i, **_skill_row_values(skill, catalog)}
            for i, skill in enumerate(new_skills.values())]
    if rows:
        session.execute(insert(ProfileSkillRow), clean_value(rows))  # one executemany
    position = _next_position(session, CertificationRow, user_id)
    rows = [{"user_id": user_id, "position": position + i,
             **_cert_row_values({k: cert.get(k) for k in CERT_FIELDS}, catalog)}
            for i, cert in enumerate(new_certs)]
    if rows:
        session.execute(insert(CertificationRow), clean_value(rows))
    for item in [*new_skills.values(), *new_certs]:
        item["in_profile"] = True
    for skill in suggestions.get("skills", []):
        skill["in_profile"] = True
    scalars = suggestions.get("profile") or {}
    new_education: list[str] = []
    if scalars:
        row = session.get(ProfileRow, user_id)
        for key in ("name", "headline", "location"):
            if scalars.get(key) and not getattr(row, key):
                setattr(row, key, scalars[key][:200 if key != "headline" else 500])
        have = list(row.education or [])
        known = {" ".join(line.split()).casefold() for line in have}
        for line in clean_value(scalars.get("education") or []):
            key = " ".join(line.split()).casefold()
            if key and key not in known and len(have) + len(new_education) < MAX_EDUCATION:
                known.add(key)
                new_education.append(line[:300])
        if new_education:
            row.education = [*have, *new_education]
    session.flush()
    return {"skills": len(new_skills), "certifications": len(new_certs), "education": len(new_education)}

"""The user's profile: whole-profile GET/PUT and one-item routes for skills and certifications."""

from __future__ import annotations

from datetime import date

from apiflask import APIBlueprint, Schema
from apiflask.fields import Boolean, File, Float, Integer, List, Nested, String
from apiflask.schemas import EmptySchema
from flask import current_app, request

from credstack.api.auth import auth
from credstack.api.common import not_found, resources, transaction, user_id
from credstack.api.schemas import ExpiryFlagOut
from credstack.archives import check_zip
from credstack.credentials.expiry import expiry_flags
from credstack.db import get_session
from credstack.errors import ApiError
from credstack.policies import JSON, MULTIPART, accepts
from credstack.profile import schema as ps
from credstack.profile import store
from credstack.profile.imports import linkedin_export, open_badge

bp = APIBlueprint("profile", __name__, url_prefix="/api/v1/profile", tag="Profile")


class SkillOut(ps.SkillSchema):
    id = Integer()


class CertificationOut(ps.CertificationSchema):
    id = Integer()


def _apply(fn, *args, **kwargs):
    with transaction() as session:
        return fn(session, *args, **kwargs)


@bp.get("")
@bp.auth_required(auth)
@bp.output(ps.ProfileSchema)
def get_profile():
    """The whole profile (defaults when nothing is saved yet)."""
    return store.get_profile_dict(get_session(), user_id())


@bp.put("")
@bp.auth_required(auth)
@bp.input(ps.ProfileSchema, arg_name="body")
@bp.output(ps.ProfileSchema)
def put_profile(body: dict):
    """Replace the whole profile, atomically; skills keep your own words (two names for one skill are one entry)."""
    return _apply(store.replace_profile, user_id(), body, catalog=resources().catalog)


@bp.get("/skills")
@bp.auth_required(auth)
@bp.output(SkillOut(many=True))
def list_skills():
    return [store.skill_to_dict(r, True) for r in store.skill_rows(get_session(), user_id())]


@bp.post("/skills")
@bp.auth_required(auth)
@bp.input(ps.SkillSchema, arg_name="body")
@bp.output(SkillOut, status_code=201)
@bp.doc(responses={409: "That skill is already in the profile."})
def add_skill(body: dict):
    return store.skill_to_dict(_apply(store.add_skill, user_id(), body, catalog=resources().catalog), True)


def _owned_skill(session, skill_id: int):
    row = store.get_skill(session, user_id(), skill_id)
    if row is None:
        raise not_found("skill", skill_id)
    return row


@bp.patch("/skills/<int(max=2147483647):skill_id>")
@bp.auth_required(auth)
@bp.input(ps.SkillPatchSchema, arg_name="body")
@bp.output(SkillOut)
@bp.doc(responses={409: "Another skill of the profile has that name."})
def edit_skill(skill_id: int, body: dict):
    return store.skill_to_dict(_apply(lambda s: store.update_skill(s, _owned_skill(s, skill_id), body,
                                                                    catalog=resources().catalog)), True)


@bp.delete("/skills/<int(max=2147483647):skill_id>")
@bp.auth_required(auth)
@bp.output(EmptySchema, status_code=204)
def delete_skill(skill_id: int):
    _apply(lambda s: s.delete(_owned_skill(s, skill_id)))
    return ""


@bp.get("/certifications")
@bp.auth_required(auth)
@bp.output(CertificationOut(many=True))
def list_certifications():
    return [store.cert_to_dict(r, True) for r in store.cert_rows(get_session(), user_id())]


@bp.post("/certifications")
@bp.auth_required(auth)
@bp.input(ps.CertificationSchema, arg_name="body")
@bp.output(CertificationOut, status_code=201)
def add_certification(body: dict):
    return store.cert_to_dict(_apply(store.add_certification, user_id(), body, catalog=resources().catalog), True)


def _owned_cert(session, cert_id: int):
    row = store.get_certification(session, user_id(), cert_id)
    if row is None:
        raise not_found("certification", cert_id)
    return row


@bp.patch("/certifications/<int(max=2147483647):cert_id>")
@bp.auth_required(auth)
@bp.input(ps.CertificationPatchSchema, arg_name="body")
@bp.output(CertificationOut)
def edit_certification(cert_id: int, body: dict):
    row = _apply(lambda s: store.update_certification(s, _owned_cert(s, cert_id), body,
                                                        catalog=resources().catalog))
    return store.cert_to_dict(row, True)


@bp.delete("/certifications/<int(max=2147483647):cert_id>")
@bp.auth_required(auth)
@bp.output(EmptySchema, status_code=204)
def delete_certification(cert_id: int):
    _apply(lambda s: s.delete(_owned_cert(s, cert_id)))
    return ""


class UploadIn(Schema):
    file = File(required=True, metadata={"description": "The file to upload."})


class ApplyQuery(Schema):
    apply = Boolean(load_default=False, metadata={"description": "Add the suggestions to the profile."})


class SuggestedSkillOut(Schema):
    name = String()
    level = String(allow_none=True)
    years = Float(allow_none=True)
    in_profile = Boolean(metadata={"description": "Already in your profile."})


class SuggestedCertificationOut(Schema):
    name = String()
    issuer = String(allow_none=True)
    issued = String(allow_none=True)
    expires = String(allow_none=True)
    credential_id = String(allow_none=True)
    url = String(allow_none=True)
    status = String()
    expected = String(allow_none=True)
    catalog_id = String(allow_none=True)
    in_profile = Boolean(metadata={"description": "Already in your profile."})
    criteria = String(allow_none=True, metadata={"description": "A badge's criteria, in its issuer's words."})
    tags = List(String(), metadata={"description": "A badge's tags."})


class SuggestedProfileOut(Schema):
    name = String()
    headline = String()
    location = String()
    education = List(String(), metadata={"description": "Qualifications, one line each (LinkedIn's Education.csv; "
                                                      "a resume's education section, lines the profile has left out)."})


class SuggestionsOut(Schema):
    """What an import or a resume upload found, in the profile's shape, to confirm."""

    skills = List(Nested(SuggestedSkillOut))
    certifications = List(Nested(SuggestedCertificationOut))
    profile = Nested(SuggestedProfileOut)


class AddedOut(Schema):
    skills = Integer()
    certifications = Integer()
    education = Integer()


class ImportOut(Schema):
    suggestions = Nested(SuggestionsOut)
    applied = Boolean()
    added = Nested(AddedOut, allow_none=True, metadata={"description": "How many were added (with ?apply=true)."})


def _read_upload(upload) -> bytes:
    data = upload.read()
    if not data:
        raise ApiError(422, "The uploaded file is empty.", {"files": {"file": ["empty file"]}})
    return data


def _suggest(suggestions, apply: bool) -> dict:
    data = suggestions.to_dict()
    if apply:
        added = _apply(store.merge_suggestions, user_id(), data, catalog=resources().catalog)
    else:
        added = None
        store.mark_suggestions(get_session(), user_id(), data, catalog=resources().catalog)
    return {"suggestions": data, "applied": apply, "added": added}


@bp.post("/import/linkedin")
@bp.auth_required(auth)
@accepts(MULTIPART)
@bp.input(UploadIn, location="files", arg_name="files")
@bp.input(ApplyQuery, location="query", arg_name="query")
@bp.output(ImportOut)
def import_linkedin(files: dict, query: dict):
    """Skills and certifications from LinkedIn's data export (.zip with Skills.csv, Certifications.csv).

    Returns suggestions to confirm; with `?apply=true` they are added to the profile at once.
    """
    archive = open_archive(_read_upload(files["file"]), "LinkedIn export")
    return _suggest(linkedin_export(archive), query["apply"])


@bp.post("/import/badge")
@bp.auth_required(auth)
@accepts(MULTIPART, JSON)
@bp.input(ApplyQuery, location="query", arg_name="query")
@bp.output(ImportOut)
@bp.doc(description="An Open Badges 2.0 assertion: a JSON body, or multipart `file` (JSON or baked PNG).")
def import_badge(query: dict):
    """A certification from an Open Badges 2.0 assertion (JSON, or a baked PNG)."""
    if request.mimetype == JSON:
        payload = request.get_json(silent=True)
        if payload is None:
            raise ApiError(400, "The body is not valid JSON.")
    else:
        upload = request.files.get("file")
        if upload is None:
            raise ApiError(422, "Send the badge as multipart field 'file' or as a JSON body.",
                           {"files": {"file": ["missing"]}})
        payload = _read_upload(upload)
    return _suggest(open_badge(payload, resources().vocabulary), query["apply"])


def open_archive(data: bytes, what: str):
    """The upload as a zip, after checking its size, entry count and compression ratio."""
    config = current_app.config
    return check_zip(data, max_total=int(config["ARCHIVE_MAX_UNCOMPRESSED"]),
                     max_entries=int(config["ARCHIVE_MAX_ENTRIES"]),
                     max_ratio=float(config["ARCHIVE_MAX_RATIO"]), what=what)


class ExpiryOut(Schema):
    flags = List(Nested(ExpiryFlagOut))


@bp.get("/certifications/expiry")
@bp.auth_required(auth)
@bp.output(ExpiryOut)
def certification_expiry():
    """Your certifications that have expired or expire within 90 days, with each one's renewal rule."""
    profile = store.get_profile(get_session(), user_id())
    return {"flags": [f.to_dict() for f in expiry_flags(profile.certifications, date.today(), resources().catalog)]}

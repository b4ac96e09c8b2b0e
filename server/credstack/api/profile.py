"""The user's profile: whole-profile GET/PUT and one-item routes for skills and certifications."""

from __future__ import annotations

from apiflask import APIBlueprint
from apiflask.fields import Integer
from apiflask.schemas import EmptySchema

from credstack.api.auth import auth
from credstack.api.common import not_found, transaction, user_id
from credstack.db import get_session
from credstack.errors import ApiError
from credstack.profile import schema as ps
from credstack.profile import store

bp = APIBlueprint("profile", __name__, url_prefix="/api/v1/profile", tag="Profile")


class SkillOut(ps.SkillSchema):
    id = Integer()


class CertificationOut(ps.CertificationSchema):
    id = Integer()


def _apply(fn, *args):
    try:
        with transaction() as session:
            return fn(session, *args)
    except store.ProfileError as exc:
        raise ApiError(exc.status, str(exc), exc.details) from exc


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
    """Replace the whole profile, atomically; skill names are stored in canonical form."""
    return _apply(store.replace_profile, user_id(), body)


@bp.get("/skills")
@bp.auth_required(auth)
@bp.output(SkillOut(many=True))
def list_skills():
    return [store.skill_to_dict(r, True) for r in store.skill_rows(get_session(), user_id())]


@bp.post("/skills")
@bp.auth_required(auth)
@bp.input(ps.SkillSchema, arg_name="body")
@bp.output(SkillOut, status_code=201)
def add_skill(body: dict):
    return store.skill_to_dict(_apply(store.add_skill, user_id(), body), True)


def _owned_skill(session, skill_id: int):
    row = store.get_skill(session, user_id(), skill_id)
    if row is None:
        raise not_found("skill", skill_id)
    return row


@bp.patch("/skills/<int:skill_id>")
@bp.auth_required(auth)
@bp.input(ps.SkillPatchSchema, arg_name="body")
@bp.output(SkillOut)
def edit_skill(skill_id: int, body: dict):
    return store.skill_to_dict(_apply(lambda s: store.update_skill(s, _owned_skill(s, skill_id), body)), True)


@bp.delete("/skills/<int:skill_id>")
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
    return store.cert_to_dict(_apply(store.add_certification, user_id(), body), True)


def _owned_cert(session, cert_id: int):
    row = store.get_certification(session, user_id(), cert_id)
    if row is None:
        raise not_found("certification", cert_id)
    return row


@bp.patch("/certifications/<int:cert_id>")
@bp.auth_required(auth)
@bp.input(ps.CertificationPatchSchema, arg_name="body")
@bp.output(CertificationOut)
def edit_certification(cert_id: int, body: dict):
    row = _apply(lambda s: store.update_certification(s, _owned_cert(s, cert_id), body))
    return store.cert_to_dict(row, True)


@bp.delete("/certifications/<int:cert_id>")
@bp.auth_required(auth)
@bp.output(EmptySchema, status_code=204)
def delete_certification(cert_id: int):
    _apply(lambda s: s.delete(_owned_cert(s, cert_id)))
    return ""

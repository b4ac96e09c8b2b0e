"""Resumes: the stored base resume, tailored downloads for a saved listing, one-off tailoring."""

from __future__ import annotations

import hashlib
import re

from apiflask import APIBlueprint, Schema
from apiflask.fields import Boolean, Dict, File, Integer, List, String
from apiflask.schemas import EmptySchema
from apiflask.validators import OneOf
from flask import Response

from credstack.analysis import analyze
from credstack.api.auth import auth
from credstack.api.common import owned_listing, resources, transaction, user_id, user_profile
from credstack.db import get_session
from credstack.errors import ApiError
from credstack.listings import stored_analysis
from credstack.models import ResumeRow, utcnow
from credstack.policies import MULTIPART, accepts
from credstack.postings import parse_posting
from credstack.profile import store
from credstack.profile.model import Profile
from credstack.profile.resume_import import suggestions_from_resume
from credstack.resume import (
    PdfUnavailable,
    TailorOptions,
    UnknownTemplate,
    build_resume,
    convert_to_pdf,
    showcase,
    tailor_resume,
)

bp = APIBlueprint("resumes", __name__, url_prefix="/api/v1", tag="Resumes")

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class ResumeMeta(Schema):
    filename = String()
    sha256 = String()
    size = Integer()
    uploaded_at = String()


class UploadOut(Schema):
    resume = Dict()
    suggestions = Dict()


class ResumeUpload(Schema):
    file = File(required=True, metadata={"description": "Your resume as a .docx file."})


class TailorQuery(Schema):
    format = String(load_default="docx", validate=OneOf(["docx", "pdf"]))
    template = String(load_default=None, metadata={"description": "Template when no resume is stored."})
    include_unrelated = Boolean(load_default=False)
    heading = String(load_default=None)
    expired = String(load_default="omit", validate=OneOf(["omit", "mark"]),
                     metadata={"description": "Leave expired certifications out, or list them marked expired."})


class TailorUpload(Schema):
    file = File(required=True, metadata={"description": "The resume (.docx) to tailor."})
    posting = String(required=True, metadata={"description": "The posting: page HTML or text."})
    url = String(load_default=None)


class ShowcaseOut(Schema):
    showcase = List(Dict())


def _meta(row: ResumeRow) -> dict:
    return {"filename": row.filename, "sha256": row.sha256, "size": row.size,
            "uploaded_at": row.uploaded_at.isoformat() + "Z"}


def _profile() -> Profile:
    return user_profile() or Profile()


@bp.post("/profile/resume")
@bp.auth_required(auth)
@accepts(MULTIPART)
@bp.input(ResumeUpload, location="files", arg_name="files")
@bp.output(UploadOut, status_code=201)
def upload_resume(files: dict):
    """Store your base resume (.docx) and suggest the skills and certifications found in it.

    The file is checked (zip bombs, macros, external entities, legacy .doc) before anything is
    stored; a refused upload leaves the stored resume as it was.
    """
    upload = files["file"]
    data = upload.read()
    # raises a ResumeError (4xx) for a bad file
    suggestions = suggestions_from_resume(data, resources().vocabulary, resources().catalog)
    name = (upload.filename or "resume.docx").replace("\\", "/").rsplit("/", 1)[-1][:200] or "resume.docx"
    with transaction() as session:
        row = session.get(ResumeRow, user_id())
        if row is None:
            row = ResumeRow(user_id=user_id())
            session.add(row)
        row.filename, row.content, row.size = name, data, len(data)
        row.sha256, row.uploaded_at = hashlib.sha256(data).hexdigest(), utcnow()
        session.flush()
        meta = _meta(row)
        marked = store.mark_suggestions(session, user_id(), suggestions.to_dict())
    return {"resume": meta, "suggestions": marked}


@bp.get("/profile/resume")
@bp.auth_required(auth)
@bp.output(ResumeMeta)
@bp.doc(responses={404: "No base resume stored."})
def resume_meta():
    """The stored base resume's name, size, hash and upload time."""
    row = get_session().get(ResumeRow, user_id())
    if row is None:
        raise ApiError(404, "No base resume stored: upload your .docx resume first.")
    return _meta(row)


@bp.delete("/profile/resume")
@bp.auth_required(auth)
@bp.output(EmptySchema, status_code=204)
@bp.doc(responses={404: "No base resume stored."})
def delete_resume():
    with transaction() as session:
        row = session.get(ResumeRow, user_id())
        if row is None:
            raise ApiError(404, "No base resume stored.")
        session.delete(row)
    return ""


def _download_name(profile: Profile, company: str | None, extension: str) -> str:
    parts = [profile.name or "resume", company or "tailored"]
    stem = "-".join(re.sub(r"[^A-Za-z0-9]+", "-", p).strip("-") for p in parts if p)
    return f"{stem or 'resume'}.{extension}"


def _send(data: bytes, name: str, fmt: str) -> Response:
    if fmt == "pdf":
        try:
            data = convert_to_pdf(data)
        except PdfUnavailable as exc:
            raise ApiError(501, f"PDF output needs LibreOffice on the server, which is not installed "
                                f"({exc}); download the .docx instead.") from exc
    response = Response(data, mimetype="application/pdf" if fmt == "pdf" else DOCX)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _template(profile: Profile, name: str | None) -> bytes:
    try:
        return build_resume(profile, name or "classic")
    except UnknownTemplate as exc:
        raise ApiError(422, str(exc), {"query": {"template": [str(exc)]}}) from exc


def _options(query: dict):
    options = TailorOptions(include_unrelated=query["include_unrelated"], expired=query["expired"])
    if query.get("heading"):
        options.heading = query["heading"][:120]
    return options


@bp.get("/postings/<int(max=2147483647):posting_id>/resume.docx")
@bp.auth_required(auth)
@bp.input(TailorQuery, location="query", arg_name="query")
@bp.doc(responses={200: {"description": "The tailored resume (.docx, or PDF with ?format=pdf).",
                         "content": {DOCX: {}, "application/pdf": {}}},
                   501: "PDF asked for but LibreOffice is not installed."})
def tailored_resume(posting_id: int, query: dict):
    """Your base resume (or a template built from your profile) tailored to a saved listing."""
    session = get_session()
    row = owned_listing(session, posting_id)
    profile = _profile()
    stored = session.get(ResumeRow, user_id())
    base = stored.content if stored else _template(profile, query.get("template"))
    result = stored_analysis(row)
    data = tailor_resume(base, result, profile, _options(query))
    return _send(data, _download_name(profile, row.company, query["format"]), query["format"])


@bp.get("/postings/<int(max=2147483647):posting_id>/showcase")
@bp.auth_required(auth)
@bp.output(ShowcaseOut)
def posting_showcase(posting_id: int):
    """Ways to show your relevant certifications for this listing: LinkedIn add-to-profile link
    and fields, email signature, name with post-nominals, a post, interview talking points."""
    row = owned_listing(get_session(), posting_id)
    result = stored_analysis(row)
    return {"showcase": showcase(_profile(), result)}


@bp.post("/tailor")
@bp.auth_required(auth)
@accepts(MULTIPART)
@bp.input(TailorUpload, location="form_and_files", arg_name="form")
@bp.input(TailorQuery, location="query", arg_name="query")
@bp.doc(responses={200: {"description": "The tailored resume.", "content": {DOCX: {}, "application/pdf": {}}},
                   501: "PDF asked for but LibreOffice is not installed."})
def tailor_upload(form: dict, query: dict):
    """One-off: tailor an uploaded .docx to a posting (HTML or text) with your profile; nothing is stored."""
    data = form["file"].read()
    posting = parse_posting(form["posting"], url=form.get("url"))
    profile = _profile()
    result = analyze(posting, resources(), profile=profile, recommend=False)
    tailored = tailor_resume(data, result, profile, _options(query))
    return _send(tailored, _download_name(profile, posting.company, query["format"]), query["format"])


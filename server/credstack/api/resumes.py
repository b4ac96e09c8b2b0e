"""Resumes: the stored base resume, tailored downloads for a saved listing, one-off tailoring."""

from __future__ import annotations

import hashlib
import json
import re

from apiflask import APIBlueprint, Schema
from apiflask.fields import Boolean, Dict, File, Integer, List, Nested, String
from apiflask.schemas import EmptySchema
from apiflask.validators import OneOf
from flask import Response

from credstack.analysis import analyze
from credstack.api.auth import auth
from credstack.api.common import owned_listing, resources, transaction, user_id, user_profile
from credstack.api.profile import SuggestionsOut
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
    LayoutUnsupported,
    PdfUnavailable,
    TailorOptions,
    UnknownTemplate,
    build_resume,
    convert_to_pdf,
    first_page_png,
    showcase,
    tailor_document,
)
from credstack.resume.pages import measure_pages
from credstack.resume.tailor import certification_section

bp = APIBlueprint("resumes", __name__, url_prefix="/api/v1", tag="Resumes")

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class ResumeMeta(Schema):
    filename = String()
    sha256 = String()
    size = Integer()
    uploaded_at = String()


class UploadOut(Schema):
    resume = Nested(ResumeMeta)
    suggestions = Nested(SuggestionsOut)


class ResumeUpload(Schema):
    file = File(required=True, metadata={"description": "Your resume as a .docx file."})


class TailorQuery(Schema):
    format = String(load_default="docx", validate=OneOf(["docx", "pdf"]))
    template = String(load_default=None, metadata={"description": "Template when no resume is stored."})
    include_unrelated = Boolean(load_default=False)
    heading = String(load_default=None)
    expired = String(load_default="omit", validate=OneOf(["omit", "mark"]),
                     metadata={"description": "Leave expired certifications out, or list them marked expired."})
    append_skills = Boolean(load_default=False, metadata={
        "description": "Append the posting's skills your profile holds but your resume never mentions to the "
                       "resume's skills section, in its own format (off by default)."})
    count_pages = Boolean(load_default=False, metadata={
        "description": "Count pages before and after with LibreOffice (slower; always done with format=pdf)."})
    section_only = Boolean(load_default=False, metadata={
        "description": "Return only the certifications section as a one-page .docx (for layouts that cannot "
                       "take it: fixed text boxes, forms)."})


class ChangeItemOut(Schema):
    name = String(required=True)
    reason = String(required=True)


class ChangesOut(Schema):
    """What tailoring changed; the same object travels in the X-Credstack-Changes header."""

    changed = Boolean(required=True)
    section = String(required=True, validate=OneOf(["added", "merged", "none"]))
    heading = String(allow_none=True, required=True)
    included = List(Nested(ChangeItemOut), required=True)
    left_out = List(Nested(ChangeItemOut), required=True)
    unchanged_reason = String(allow_none=True, required=True)
    page_count_before = Integer(allow_none=True, required=True)
    page_count_after = Integer(allow_none=True, required=True)
    page_warning = String(allow_none=True, required=True)
    unmentioned_skills = List(String(), required=True, metadata={
        "description": "Skills the posting asks for that your profile holds but your resume never mentions."})
    layout_warning = String(allow_none=True, required=True, metadata={
        "description": "Something on the page the new section may collide with (a floating picture), and what to do."})
    starter = Boolean(metadata={
        "description": "No resume is stored: the file is a starter resume built from your profile, with "
                       "placeholders for your experience and education to fill in before sending it."})


class TailorUpload(Schema):
    file = File(required=True, metadata={"description": "The resume (.docx) to tailor."})
    posting = String(required=True, metadata={"description": "The posting: page HTML or text."})
    url = String(load_default=None)


class ShowcaseItemOut(Schema):
    """One relevant certification, with what to say and where."""

    certification = String()
    issuer = String(allow_none=True)
    status = String()
    named_in_posting = Boolean()
    covers = List(String())
    linkedin_add_url = String(allow_none=True)
    linkedin_fields = Dict(keys=String(), values=String(), allow_none=True)
    email_signature = String()
    name_line = String()
    post_nominals = String(allow_none=True)
    post = String()
    talking_points = List(String())
    for_company = String(allow_none=True)


class ShowcaseOut(Schema):
    showcase = List(Nested(ShowcaseItemOut))


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
        marked = store.mark_suggestions(session, user_id(), suggestions.to_dict(), catalog=resources().catalog)
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


CHANGES_HEADER = "X-Credstack-Changes"


def _pdf(data: bytes) -> bytes:
    try:
        return convert_to_pdf(data)
    except PdfUnavailable as exc:
        raise ApiError(501, f"PDF output needs LibreOffice on the server, which is not installed "
                            f"({exc}); download the .docx instead.") from exc


def _send(data: bytes, name: str, fmt: str, changes: dict | None = None) -> Response:
    response = Response(data, mimetype="application/pdf" if fmt == "pdf" else DOCX)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    if changes is not None:
        response.headers[CHANGES_HEADER] = json.dumps(changes, ensure_ascii=True, separators=(",", ":"))
    return response


def _tailored(base: bytes, result, profile: Profile, query: dict, name: str, *, as_json: bool = False,
              starter: bool = False):
    """The tailored document (or only its section, or only the change summary) as the query asks;
    ``starter``: ``base`` is the template built from the profile, no resume being stored."""
    options = _options(query)
    if query["section_only"] and not as_json:
        section = certification_section(result, profile, options, catalog=resources().catalog,
                                        vocabulary=resources().vocabulary)
        return _send(section.data, _section_name(name), "docx", {**section.changes.to_dict(), "starter": starter})
    try:
        tailored = tailor_document(base, result, profile, options, catalog=resources().catalog,
                                   vocabulary=resources().vocabulary)
    except LayoutUnsupported as exc:
        exc.details = {"reason": exc.reason, "section_only": "Ask again with section_only=true to download the "
                                                              "certifications section as a separate one-page .docx."}
        raise
    data, changes = tailored.data, tailored.changes
    if query["format"] == "pdf" and not as_json:
        data = _pdf(data)
        if changes.changed:
            changes.note_pages(*measure_pages(base, tailored_pdf=data))
    elif query["count_pages"] and changes.changed:
        changes.note_pages(*measure_pages(base, tailored.data))
    summary = {**changes.to_dict(), "starter": starter}
    if as_json:
        return summary
    return _send(data, name, query["format"], summary)


def _section_name(name: str) -> str:
    return name.rsplit(".", 1)[0] + "-certifications.docx"


def _template(profile: Profile, name: str | None) -> bytes:
    try:
        return build_resume(profile, name or "classic")
    except UnknownTemplate as exc:
        raise ApiError(422, str(exc), {"query": {"template": [str(exc)]}}) from exc


def _options(query: dict):
    options = TailorOptions(include_unrelated=query["include_unrelated"], expired=query["expired"],
                            append_skills=query["append_skills"])
    if query.get("heading"):
        options.heading = query["heading"][:120]
    return options


TAILOR_RESPONSES = {
    200: {"description": "The tailored resume (.docx, or PDF with ?format=pdf). The X-Credstack-Changes header "
                         "carries the change summary (the ChangesOut schema) as compact ASCII JSON.",
          "content": {DOCX: {}, "application/pdf": {}},
          "headers": {CHANGES_HEADER: {"description": "ChangesOut as compact ASCII JSON.",
                                       "schema": {"type": "string"}}}},
    422: "The file is not a resume we can read, or its layout cannot take a new section safely "
         "(error type layout_not_editable: ask again with section_only=true).",
    501: "PDF asked for but LibreOffice is not installed."}


def _saved_listing(posting_id: int, query: dict):
    session = get_session()
    row = owned_listing(session, posting_id)
    profile = _profile()
    stored = session.get(ResumeRow, user_id())
    base = stored.content if stored else _template(profile, query.get("template"))
    result = stored_analysis(row)
    return base, result, profile, _download_name(profile, row.company, query["format"]), stored is None


@bp.get("/postings/<int(max=2147483647):posting_id>/resume.docx")
@bp.auth_required(auth)
@bp.input(TailorQuery, location="query", arg_name="query")
@bp.doc(responses=TAILOR_RESPONSES)
def tailored_resume(posting_id: int, query: dict):
    """Your base resume (or a template built from your profile) tailored to a saved listing."""
    base, result, profile, name, starter = _saved_listing(posting_id, query)
    return _tailored(base, result, profile, query, name, starter=starter)


@bp.get("/postings/<int(max=2147483647):posting_id>/resume/changes")
@bp.auth_required(auth)
@bp.input(TailorQuery, location="query", arg_name="query")
@bp.output(ChangesOut)
@bp.doc(responses={422: "The resume cannot be read or its layout cannot take a new section safely."})
def tailored_resume_changes(posting_id: int, query: dict):
    """What tailoring your resume to this listing changes (same query as resume.docx), without the file:
    the section added or merged, the certifications put in and left out with reasons, and the
    posting's skills your profile holds but your resume never mentions."""
    base, result, profile, name, starter = _saved_listing(posting_id, query)
    return _tailored(base, result, profile, query, name, as_json=True, starter=starter)


@bp.get("/postings/<int(max=2147483647):posting_id>/resume/preview.png")
@bp.auth_required(auth)
@bp.input(TailorQuery, location="query", arg_name="query")
@bp.doc(responses={
    200: {"description": "The first page of the tailored resume as a PNG 720 px wide (same query as "
                         "resume.docx); X-Credstack-Changes carries the change summary.",
          "content": {"image/png": {}},
          "headers": {CHANGES_HEADER: {"description": "ChangesOut as compact ASCII JSON.",
                                       "schema": {"type": "string"}}}},
    422: "The resume cannot be read, its layout cannot take a new section safely, or its first page could "
         "not be rendered.",
    501: "LibreOffice or poppler-utils is not installed on the server (error type pdf_unavailable).",
    503: "Every conversion slot is busy (error type busy); ask again after Retry-After seconds."})
def tailored_resume_preview(posting_id: int, query: dict):
    """A look at the tailored resume before downloading it: its first page, rendered by LibreOffice
    and poppler in the same sandbox, deadline and concurrency cap as PDF output."""
    base, result, profile, _name, starter = _saved_listing(posting_id, query)
    tailored = tailor_document(base, result, profile, _options(query), catalog=resources().catalog,
                               vocabulary=resources().vocabulary)
    response = Response(first_page_png(tailored.data), mimetype="image/png")
    response.headers[CHANGES_HEADER] = json.dumps({**tailored.changes.to_dict(), "starter": starter}, ensure_ascii=True,
                                                  separators=(",", ":"))
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/postings/<int(max=2147483647):posting_id>/showcase")
@bp.auth_required(auth)
@bp.output(ShowcaseOut)
def posting_showcase(posting_id: int):
    """Ways to show your relevant certifications for this listing: LinkedIn add-to-profile link
    and fields, email signature, name with post-nominals, a post, interview talking points."""
    row = owned_listing(get_session(), posting_id)
    result = stored_analysis(row)
    return {"showcase": showcase(_profile(), result, catalog=resources().catalog, vocabulary=resources().vocabulary)}


@bp.post("/tailor")
@bp.auth_required(auth)
@accepts(MULTIPART)
@bp.input(TailorUpload, location="form_and_files", arg_name="form")
@bp.input(TailorQuery, location="query", arg_name="query")
@bp.doc(responses=TAILOR_RESPONSES)
def tailor_upload(form: dict, query: dict):
    """One-off: tailor an uploaded .docx to a posting (HTML or text) with your profile; nothing is stored."""
    data = form["file"].read()
    posting = parse_posting(form["posting"], url=form.get("url"))
    profile = _profile()
    result = analyze(posting, resources(), profile=profile, recommend=False)
    return _tailored(data, result, profile, query, _download_name(profile, posting.company, query["format"]))

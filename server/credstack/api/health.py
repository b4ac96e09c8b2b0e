"""Health, identity and the offline API docs assets."""

from __future__ import annotations

import shutil

from apiflask import APIBlueprint, Schema
from apiflask.fields import Boolean, String
from flask import abort, send_from_directory

from credstack import __version__
from credstack.api.auth import auth

bp = APIBlueprint("health", __name__, url_prefix="/api/v1", tag="Health")


class HealthOut(Schema):
    status = String(metadata={"example": "ok"})
    version = String()
    pdf = Boolean(metadata={"description": "Whether tailored resumes can be converted to PDF here."})


class MeOut(Schema):
    user = String()


@bp.get("/health")
@bp.output(HealthOut)
def health():
    """Server status (no token needed)."""
    return {"status": "ok", "version": __version__,
            "pdf": bool(shutil.which("soffice") or shutil.which("libreoffice"))}


@bp.get("/me")
@bp.auth_required(auth)
@bp.output(MeOut)
def me():
    """Who the token belongs to; the extension's "Test connection" calls this."""
    return {"user": auth.current_user.name}


@bp.get("/docs/static/<path:filename>")
@bp.doc(hide=True)
def docs_static(filename: str):
    from swagger_ui_bundle import swagger_ui_path

    if filename not in {"swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"}:
        abort(404)
    return send_from_directory(str(swagger_ui_path), filename, max_age=3600)

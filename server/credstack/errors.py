"""One JSON error shape for the whole API: ``{"error": {"code", "message", "details"}}``.

Domain exceptions we expect are mapped to 4xx here, by class; anything else reaches the one 500
handler, which logs the traceback and tells the client nothing about the internals.
"""

from __future__ import annotations

import logging

from apiflask import APIFlask, HTTPError
from flask import jsonify, request

log = logging.getLogger("credstack")

MESSAGES = {
    400: "The request could not be read: check that the body is valid JSON or form data.",
    401: "Missing or invalid API token: send 'Authorization: Bearer <token>' (create one with "
         "`credstack token`).",
    403: "This origin or user may not do that.",
    404: "Nothing found at this URL for your account.",
    413: "The request body is too large.",
    415: "Unsupported media type.",
    422: "The request body is not valid.",
    429: "Too many requests: wait a moment and try again.",
    500: "Something went wrong on the server; it has been logged. Try again, and report it if it "
         "keeps happening.",
    501: "Not implemented on this server.",
}


class ApiError(Exception):
    """An error a view raises on purpose, with the status and a message a person can act on."""

    def __init__(self, code: int, message: str, details: object = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}


def error_response(code: int, message: str, details: object = None, headers: dict | None = None):
    response = jsonify({"error": {"code": code, "message": message, "details": details}})
    response.status_code = code
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _domain_errors() -> list[tuple[type[BaseException], int]]:
    """Expected domain exceptions and their status, most specific first."""
    from credstack.postings import PostingError

    table: list[tuple[type[BaseException], int]] = []
    try:
        from credstack.resume import errors as resume_errors
    except ImportError:  # the resume package is optional in partial checkouts
        resume_errors = None
    if resume_errors is not None:
        for name, code in (
            ("LegacyDocFormat", 415), ("NotADocx", 415), ("MacroEnabled", 415),
            ("DocumentTooLarge", 413), ("EncryptedDocument", 422), ("UnsafeDocument", 422),
            ("ResumeError", 422),
        ):
            cls = getattr(resume_errors, name, None)
            if cls is not None:
                table.append((cls, code))
    try:
        from credstack.archives import ArchiveError
    except ImportError:
        ArchiveError = None
    if ArchiveError is not None:
        table.append((ArchiveError, 422))
    try:
        from credstack.profile.imports import ImportError_ as ProfileImportError
    except ImportError:
        ProfileImportError = None
    if ProfileImportError is not None:
        table.append((ProfileImportError, 422))
    table.append((PostingError, 422))
    return table


def register_error_handlers(app: APIFlask) -> None:
    @app.error_processor
    def http_error(error: HTTPError):
        code = error.status_code
        message = error.message if error.message and code in (429, 501) else MESSAGES.get(code)
        details = error.detail or None
        if code == 405:
            allowed = error.headers.get("Allow", "")
            message = f"{request.method} is not allowed on {request.path}; allowed: {allowed}."
        elif code == 404:
            message = f"Nothing found at {request.path} for your account."
        elif code == 422 and isinstance(details, dict):
            message = "The request is not valid: " + _describe_validation(details)
        elif code == 413:
            message = error.message if error.message and "too large" in error.message.lower() \
                else MESSAGES[413]
        elif code == 415 and error.message and error.message != "Unsupported Media Type":
            message = error.message
        elif code == 400 and error.message and error.message not in ("Bad Request", "Validation error"):
            message = error.message
        message = message or error.message or "Error"
        return error_response(code, message, details, dict(error.headers))

    @app.errorhandler(ApiError)
    def api_error(error: ApiError):
        return error_response(error.code, error.message, error.details, error.headers)

    for exc_class, code in _domain_errors():
        app.register_error_handler(exc_class, _domain_handler(code))

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, MESSAGES[500])


def _domain_handler(code: int):
    def handler(error: BaseException):
        return error_response(code, str(error), getattr(error, "details", None))
    return handler


def _describe_validation(details: dict) -> str:
    """'field.sub: problem; other: problem' from webargs/marshmallow's nested messages."""
    parts: list[str] = []

    def walk(prefix: str, node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("json", "form", "files", "query", "headers", "view_args"):
                    walk(prefix, value)
                elif isinstance(key, int) or str(key).isdigit():
                    walk(f"{prefix}[{key}]", value)
                else:
                    walk(f"{prefix}.{key}" if prefix else str(key), value)
        elif isinstance(node, list) and all(isinstance(x, str) for x in node):
            parts.append(f"{prefix or 'body'}: {' '.join(node)}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(f"{prefix}[{i}]", value)
        else:
            parts.append(f"{prefix or 'body'}: {node}")

    walk("", details)
    return "; ".join(parts[:10]) or "see details"


def error_schema() -> dict:
    """The OpenAPI schema of every error response."""
    return {
        "properties": {
            "error": {
                "type": "object",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "details": {"nullable": True},
                },
                "required": ["code", "message", "details"],
            }
        },
        "required": ["error"],
        "type": "object",
    }


# Error responses every operation can give, documented in the spec (see ``document_errors``).
COMMON_ERRORS = {500: "Unexpected server error (logged)."}
AUTH_ERRORS = {401: "Missing or invalid token.", 429: "Rate limit reached; see Retry-After."}
BODY_ERRORS = {400: "The body could not be read.", 413: "The body is too large.",
               415: "The body is not of a type this route takes."}


def document_errors(spec: dict) -> dict:
    """Add the error responses the policies can produce to every operation of the spec."""
    ref = {"application/json": {"schema": error_schema()}}
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            codes = dict(COMMON_ERRORS)
            if operation.get("security"):
                codes.update(AUTH_ERRORS)
            if method in ("post", "put", "patch"):
                codes.update(BODY_ERRORS)
            if "{" in path:
                codes[404] = "Not found in your account."
            for code, description in codes.items():
                operation["responses"].setdefault(str(code), {"description": description, "content": ref})
    return spec

"""One JSON error shape for the whole API: ``{"error": {"code", "type", "message", "details"}}``.

Expected errors are :class:`~credstack.exceptions.CredstackError` subclasses that carry their own
status and machine-readable type; anything else reaches the one 500 handler, which logs the
traceback and tells the client nothing about the internals.
"""

from __future__ import annotations

import logging

from apiflask import APIFlask, HTTPError
from flask import jsonify, request
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SqlTimeout

from credstack.exceptions import CredstackError

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


# A stable machine-readable name for each status, when the error has none of its own.
TYPES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "invalid_input",
    429: "rate_limited", 500: "server_error", 501: "not_implemented", 503: "unavailable",
}


BUSY_RETRY_AFTER = 5


class ApiError(CredstackError):
    """An error a view raises on purpose, with the status and a message a person can act on."""

    def __init__(self, code: int, message: str, details: object = None,
                 headers: dict[str, str] | None = None, error_type: str | None = None) -> None:
        super().__init__(message, details=details)
        self.status = code
        self.error_type = error_type or TYPES.get(code, "error")
        self.headers = headers or {}

    @property
    def code(self) -> int:
        return self.status


def error_response(code: int, message: str, details: object = None, headers: dict | None = None,
                   error_type: str | None = None):
    body = {"code": code, "type": error_type or TYPES.get(code, "error"), "message": message, "details": details}
    response = jsonify({"error": body})
    response.status_code = code
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


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

    @app.errorhandler(CredstackError)
    def expected_error(error: CredstackError):
        return error_response(error.status, error.message, error.details, getattr(error, "headers", None),
                              error.error_type)

    @app.errorhandler(OperationalError)
    @app.errorhandler(SqlTimeout)
    def storage_busy(error: Exception):
        """Transient storage trouble (SQLite 'database is locked', a PostgreSQL serialization
        failure or lost connection, an exhausted pool): try again shortly, never a 500."""
        log.warning("storage busy on %s %s: %s", request.method, request.path, str(error).splitlines()[0][:200])
        return error_response(503, "The server's storage is busy; try again in a few seconds.",
                              {"retry_after": BUSY_RETRY_AFTER}, {"Retry-After": str(BUSY_RETRY_AFTER)}, "busy")

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, MESSAGES[500])


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
                    "type": {"type": "string", "description": "stable machine-readable kind, e.g. no_posting"},
                    "message": {"type": "string"},
                    "details": {"nullable": True},
                },
                "required": ["code", "type", "message", "details"],
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


def waitress_json_errors(limit: int | None = None) -> None:
    """Make waitress's own error answers (a body over its cap, a malformed request) the API's JSON
    error shape instead of plain text: they never reach Flask, so they are shaped here. ``limit``:
    the largest body the app takes, said in the answer to a body over waitress's cap."""
    import json

    from waitress import utilities

    too_large = "The request body is too large for this server"
    if limit:
        size = f"{limit / (1024 * 1024):g} MiB" if limit >= 1024 * 1024 else f"{limit / 1024:g} KiB"
        too_large += (f": it takes at most {size}. Send the job's own page (not a long"
                      " feed or a saved archive), or raise CREDSTACK_MAX_CONTENT_LENGTH on a server you run.")
    else:
        too_large += "."

    def to_response(self, ident=None):
        code = int(self.code)
        message = {413: too_large}.get(code) or f"{self.reason}: {self.body}"
        body = json.dumps({"error": {"code": code, "type": TYPES.get(code, "bad_request"), "message": message,
                                     "details": None}}).encode()
        return f"{code} {self.reason}", [("Content-Type", "application/json")], body

    utilities.Error.to_response = to_response

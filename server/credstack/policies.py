"""Request policies applied to every route: body caps, media types, CORS, security headers,
and per-token rate limits."""

from __future__ import annotations

import json
import math
import re
import threading
import time
from collections import deque

from apiflask import APIFlask
from flask import Request, Response, current_app, g, request

from credstack.accounts import hash_token
from credstack.errors import ApiError
from credstack.hygiene import clean_value, depth

EXTENSION_ORIGIN = re.compile(
    r"^(chrome-extension://[a-p]{32}|moz-extension://[0-9a-f-]{36}|safari-web-extension://[0-9A-F-]{36})$"
)
BODY_METHODS = {"POST", "PUT", "PATCH"}
JSON = "application/json"
MULTIPART = "multipart/form-data"


def accepts(*mimetypes: str):
    """Declare the request media types a view takes (JSON when not declared)."""
    def mark(view):
        view.credstack_accepts = frozenset(mimetypes)
        return view
    return mark


def origin_allowed(origin: str) -> bool:
    config = current_app.config
    if origin in (config.get("CORS_ORIGINS") or []):
        return True
    return bool(config.get("LOCAL_MODE")) and bool(EXTENSION_ORIGIN.match(origin))


class RateLimiter:
    """A sliding one-minute window per key, in memory (one server process per instance)."""

    def __init__(self) -> None:
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, per_minute: int) -> float:
        """Record a hit; returns 0 when allowed, else the seconds until the next one is."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] >= 60.0:
                hits.popleft()
            if len(hits) >= per_minute:
                return max(0.0, 60.0 - (now - hits[0]))
            hits.append(now)
            return 0.0


def bearer_key() -> str | None:
    """The rate-limit key of a request: the hash of the bearer token it carries (no storage
    read: a request with an unknown token is limited like any other, then refused by the route)."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        return None
    return hash_token(token)


def enforce_rate_limit(key: str | None) -> None:
    per_minute = int(current_app.config.get("RATE_LIMIT_PER_MINUTE") or 0)
    if per_minute <= 0 or key is None:
        return
    wait = current_app.extensions["credstack.ratelimiter"].check(key, per_minute)
    if wait:
        seconds = max(1, math.ceil(wait))
        raise ApiError(429, f"Rate limit of {per_minute} requests a minute reached; retry in {seconds} s.",
                       {"retry_after": seconds}, {"Retry-After": str(seconds)})


class CleanedRequest(Request):
    """A request whose body the boundary may replace with a cleaned copy (see clean_json_body):
    every reader of the body (Flask's get_json, webargs, the routes) goes through get_data."""

    cleaned_body: bytes | None = None

    def get_data(self, cache: bool = True, as_text: bool = False, parse_form_data: bool = False):
        if self.cleaned_body is None:
            return super().get_data(cache=cache, as_text=as_text, parse_form_data=parse_form_data)
        return self.cleaned_body.decode() if as_text else self.cleaned_body


def register_policies(app: APIFlask) -> None:
    app.request_class = CleanedRequest
    app.extensions["credstack.ratelimiter"] = RateLimiter()

    @app.before_request
    def check_body():
        g.started = time.perf_counter()
        if request.method == "OPTIONS":
            return preflight()
        limits = current_app.config.get("ROUTE_BODY_LIMITS") or {}
        limit = int(limits.get(request.endpoint, current_app.config["MAX_CONTENT_LENGTH"]))
        limit = min(limit, int(current_app.config["MAX_CONTENT_LENGTH"]))
        request.max_content_length = limit
        if request.content_length is not None and request.content_length > limit:
            raise ApiError(413, f"The request body is too large: {request.content_length:,} bytes, "
                                f"the limit for this route is {limit // 1024:,} KiB.",
                           {"limit": limit})
        enforce_rate_limit(bearer_key())
        if request.method in BODY_METHODS and request.mimetype == JSON:
            clean_json_body()
        return None

    @app.after_request
    def decorate(response: Response) -> Response:
        if "started" in g:  # server-side time, for benchmarks and the browser's network panel
            response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - g.started) * 1000:.1f}"
        origin = request.headers.get("Origin")
        if origin and origin_allowed(origin):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Expose-Headers"] = "Content-Disposition, Retry-After, X-Credstack-Changes"
        response.vary.add("Origin")
        headers = response.headers
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Referrer-Policy", "no-referrer")
        headers.setdefault("Cross-Origin-Resource-Policy", "same-site")
        if request.path.startswith("/api/v1/docs"):
            headers.setdefault("Content-Security-Policy",
                               "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                               "style-src 'self' 'unsafe-inline'; img-src 'self' data:")
        else:
            headers.setdefault("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
            headers.setdefault("Cache-Control", "no-store")
        return response


# Escapes or bytes of characters no stored text may hold (see credstack.hygiene): C0 controls but
# tab and newline, DEL, C1 controls, U+FFFE/U+FFFF, surrogates, NUL.
_UNSTORABLE = re.compile(rb"\\u(?:00[01][0-8bBcCeEfF]|001[0-9a-fA-F]|000[bBcCdD]|007[fF]|00[89][0-9a-fA-F]"
                         rb"|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF])|[\x00\x7f]|\xc2[\x80-\x9f]|\\[rbf]")
_NESTING = re.compile(rb"[\[{]")
# Deepest nesting of a JSON body: the API's deepest schema is three levels.
MAX_JSON_DEPTH = 32


def clean_json_body() -> None:
    """Input hygiene at the boundary, before any route reads a JSON body: nesting past
    MAX_JSON_DEPTH is refused (422 too_deep, not a RecursionError), and control characters, NUL
    and lone surrogates are taken out of every string (credstack.hygiene), so what routes
    validate, compare and store is clean text. Clean bodies (nearly all) are left untouched;
    invalid JSON is left for the route's own error."""
    data = request.get_data(cache=True)
    deep = len(_NESTING.findall(data, 0, 4096)) > MAX_JSON_DEPTH or len(data) > 4096
    if not deep and not _UNSTORABLE.search(data):
        return
    try:
        parsed = json.loads(data)
    except RecursionError as exc:
        raise ApiError(422, f"The JSON body is nested too deeply (at most {MAX_JSON_DEPTH} levels).",
                       {"max_depth": MAX_JSON_DEPTH}, error_type="too_deep") from exc
    except ValueError:
        return
    if depth(parsed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise ApiError(422, f"The JSON body is nested too deeply (at most {MAX_JSON_DEPTH} levels).",
                       {"max_depth": MAX_JSON_DEPTH}, error_type="too_deep")
    cleaned = clean_value(parsed)
    if cleaned != parsed:
        request.cleaned_body = json.dumps(cleaned).encode()


def check_media_type() -> None:
    """415 for a body of a type the route does not take, 422 for a route that needs a body and got
    none. Runs once the caller is known (credstack.api.auth.TokenAuth), so an anonymous caller
    learns nothing about a route but that it needs a token."""
    view = current_app.view_functions.get(request.endpoint)
    if request.method in BODY_METHODS and not _has_body() and getattr(view, "_spec", {}).get("body") is not None:
        raise ApiError(422, "This route needs a request body; none was sent.", {"body": ["missing"]})
    if request.method in BODY_METHODS and _has_body():
        wanted = getattr(view, "credstack_accepts", frozenset({JSON}))
        if request.mimetype not in wanted:
            raise ApiError(415, f"Unsupported media type {request.mimetype or '(none)'!r}: this "
                                f"route takes {' or '.join(sorted(wanted))}.")


def _has_body() -> bool:
    return bool(request.content_length) or request.headers.get("Transfer-Encoding", "").lower() == "chunked"


def preflight() -> Response | None:
    """Answer CORS preflights: allowed origins get the headers, others a JSON 403."""
    origin = request.headers.get("Origin")
    if not origin or not request.headers.get("Access-Control-Request-Method"):
        return None  # a plain OPTIONS: Flask answers with Allow
    if not origin_allowed(origin):
        raise ApiError(403, f"Origin {origin} may not call this API. Add it to CREDSTACK_CORS_ORIGINS "
                            "or use the credstack extension.")
    response = current_app.make_default_options_response()
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
    response.headers["Access-Control-Max-Age"] = "600"
    return response

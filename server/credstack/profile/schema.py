"""Validation of the profile JSON (API bodies, ``--profile`` files, exports).

Keys: name, email, phone, location, links, headline, target_roles, education (qualifications, one
line each), skills[{name, level, years}],
certifications[{name, issuer, issued, expires, credential_id, url, status, expected, catalog_id}].
Omitted keys take their defaults; unknown keys are rejected.
"""

from __future__ import annotations

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

MONTH_PATTERN = r"^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])$"  # [0-9]: Python's \\d takes any script's digits
# No whitespace, spelled out: Python's \\s and a JSON-schema (ECMA) \\s disagree (U+FEFF, U+001C-F,
# U+0085). Control characters (\\r, \\f, \\v, U+0085...) are taken out of a body before validation,
# so both the spec and the server let them pass.
_SPACE = " \\t\\n\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
URL_PATTERN = rf"^[Hh][Tt][Tt][Pp][Ss]?://[^{_SPACE}]+$"
LEVELS = ("beginner", "intermediate", "advanced", "expert")
STATUSES = ("earned", "in_progress")
MAX_EDUCATION = 20  # qualifications a profile keeps


class WholeRegexp(validate.Regexp):
    """A Regexp validator that must match the whole value: Python's ``$`` also matches before a
    trailing newline, a JSON-schema ``$`` does not, and the spec carries the same pattern."""

    def __call__(self, value):
        if self.regex.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


class Contains(validate.Regexp):
    """The value holds at least one match of the pattern anywhere (JSON-schema's own ``pattern``
    semantics, which the spec carries)."""

    def __call__(self, value):
        if self.regex.search(value) is None:
            raise ValidationError(self._format_error(value))
        return value


# Control characters are taken out of every JSON body before validation (credstack.hygiene), so a
# required name must hold something else: the spec says so with this pattern.
VISIBLE_PATTERN = "[^\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]"
_visible = Contains(VISIBLE_PATTERN, error="must hold more than control characters")

# Regexp validators (not functions) so the OpenAPI spec carries the patterns.
_month = WholeRegexp(MONTH_PATTERN, error="must be a month written YYYY-MM, e.g. 2024-06")
_url = WholeRegexp(URL_PATTERN, error="must be an http(s) URL")


class _Strict(Schema):
    class Meta:
        unknown = RAISE
        ordered = True


class SkillSchema(_Strict):
    name = fields.String(required=True, validate=[validate.Length(min=1, max=200), _visible])
    level = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(LEVELS))
    years = fields.Float(load_default=None, allow_none=True, validate=validate.Range(min=0, max=70))


class SkillPatchSchema(_Strict):
    name = fields.String(validate=[validate.Length(min=1, max=200), _visible])
    level = fields.String(allow_none=True, validate=validate.OneOf(LEVELS))
    years = fields.Float(allow_none=True, validate=validate.Range(min=0, max=70))


class CertificationSchema(_Strict):
    name = fields.String(required=True, validate=[validate.Length(min=1, max=300), _visible])
    issuer = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=300))
    issued = fields.String(load_default=None, allow_none=True, validate=_month)
    expires = fields.String(load_default=None, allow_none=True, validate=_month,
                            metadata={"description": "Must not be before `issued` (422 otherwise)."})
    credential_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=200))
    url = fields.String(load_default=None, allow_none=True, validate=[validate.Length(max=2000), _url])
    status = fields.String(load_default="earned", validate=validate.OneOf(STATUSES))
    expected = fields.String(load_default=None, allow_none=True, validate=_month)
    catalog_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=100))

    @validates_schema
    def _dates(self, data: dict, **_kw) -> None:
        _check_cert_dates(data)


class CertificationPatchSchema(_Strict):
    name = fields.String(validate=[validate.Length(min=1, max=300), _visible])
    issuer = fields.String(allow_none=True, validate=validate.Length(max=300))
    issued = fields.String(allow_none=True, validate=_month)
    expires = fields.String(allow_none=True, validate=_month)
    credential_id = fields.String(allow_none=True, validate=validate.Length(max=200))
    url = fields.String(allow_none=True, validate=[validate.Length(max=2000), _url])
    status = fields.String(validate=validate.OneOf(STATUSES))
    expected = fields.String(allow_none=True, validate=_month)
    catalog_id = fields.String(allow_none=True, validate=validate.Length(max=100))


def _check_cert_dates(data: dict) -> None:
    issued, expires = data.get("issued"), data.get("expires")
    if issued and expires and expires < issued:
        raise ValidationError("must not be before the issue date", "expires")


class ProfileSchema(_Strict):
    name = fields.String(load_default="", validate=validate.Length(max=200))
    email = fields.Email(load_default=None, allow_none=True)
    phone = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=64))
    location = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=200))
    links = fields.List(fields.String(validate=[validate.Length(max=2000), _url]), load_default=list,
                        validate=validate.Length(max=20))
    headline = fields.String(load_default="", validate=validate.Length(max=500))
    target_roles = fields.List(fields.String(validate=[validate.Length(min=1, max=200), _visible]), load_default=list,
                               validate=validate.Length(max=30))
    education = fields.List(fields.String(validate=[validate.Length(min=1, max=300), _visible]), load_default=list,
                            validate=validate.Length(max=MAX_EDUCATION))
    skills = fields.List(fields.Nested(SkillSchema), load_default=list, validate=validate.Length(max=500))
    certifications = fields.List(fields.Nested(CertificationSchema), load_default=list,
                                 validate=validate.Length(max=200))


def load_profile_json(data: object) -> dict:
    """Validate profile JSON; raises marshmallow ``ValidationError`` naming each bad field."""
    return ProfileSchema().load(data)

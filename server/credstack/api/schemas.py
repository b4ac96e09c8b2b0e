"""Request and response schemas shared by several resources."""

from __future__ import annotations

from apiflask import Schema
from apiflask.fields import Boolean, Dict, Float, Integer, List, Nested, String
from apiflask.validators import Length, OneOf, Range
from marshmallow import INCLUDE, RAISE

from credstack.api.credentials import CredentialOut
from credstack.postings.model import SectionKind
from credstack.profile.schema import VISIBLE_PATTERN, Contains
from credstack.skills.model import Requirement, SkillKind


class LimitsIn(Schema):
    class Meta:
        unknown = RAISE

    max_budget = Float(load_default=None, allow_none=True, validate=Range(min=0),
                       metadata={"description": "Most you will spend, USD."})
    max_hours_per_week = Float(load_default=None, allow_none=True, validate=Range(min=0, max=168))
    free_only = Boolean(load_default=False)


class AnalyzeIn(Schema):
    class Meta:
        unknown = RAISE

    html = String(validate=Length(max=12 * 1024 * 1024), metadata={"description": "The page's HTML."})
    text = String(validate=Length(max=12 * 1024 * 1024), metadata={"description": "Or the posting as text."})
    url = String(load_default=None, allow_none=True, validate=Length(max=4000))
    save = Boolean(load_default=False, metadata={"description": "Store it as a saved listing."})
    limits = Nested(LimitsIn, load_default=None, allow_none=True)


class SectionOut(Schema):
    kind = String(metadata={"description": "requirements, preferred, responsibilities, about_company, benefits, "
                                           "how_to_apply, other, legal, application_form, navigation."})
    heading = String()
    text = String()


class PostingOut(Schema):
    title = String(allow_none=True)
    company = String(allow_none=True)
    location = String(allow_none=True)
    employment_type = String(allow_none=True)
    salary = String(allow_none=True)
    date_posted = String(allow_none=True)
    work_mode = String(allow_none=True, metadata={"description": "remote, hybrid or on-site, when the page says."})
    site = String()
    url = String(allow_none=True)
    description = String()
    sections = List(Nested(SectionOut))
    page_kind = String(metadata={"description": "posting, or search_list (one job open beside a list of jobs)."})


class PostingSkillOut(Schema):
    name = String()
    kind = String()
    category = String()
    requirement = String(metadata={"description": "required, preferred or unspecified."})
    years = Float(allow_none=True)
    mentions = List(String(), metadata={"description": "The posting's own words for it."})
    score = Float()


class KeywordOut(Schema):
    phrase = String()
    score = Float()
    requirement = String()


class SkillGapOut(PostingSkillOut):
    status = String(metadata={"description": "have, implied, transferable, missing; renew or finish for a "
                                           "certification held but lapsed or in progress."})
    via = String(allow_none=True)
    similarity = Float(allow_none=True)
    note = String(allow_none=True)
    years_short = Boolean()
    group = String(metadata={"description": "soft for soft skills (shown apart, never a gap), else skill."})
    gap = Boolean(metadata={"description": "Something to learn or certify: a hard skill, tool or credential "
                                           "not held."})


class CertificationCheckOut(Schema):
    name = String()
    requirement = String()
    status = String(metadata={"description": "held, expired, in_progress or missing."})
    held_as = String(allow_none=True)
    expires = String(allow_none=True)


class ScoreGroupOut(Schema):
    skills = Integer()
    have = Integer()
    implied = Integer()
    transferable = Integer()
    missing = Integer()
    renew = Integer()
    finish = Integer()
    points = Float()
    max_points = Float()


class ScoreBreakdownOut(Schema):
    by_requirement = Dict(keys=String(), values=Nested(ScoreGroupOut))
    weights = Dict(keys=String(), values=Float())
    credit = Dict(keys=String(), values=Float())
    explanation = String()


class GapsOut(Schema):
    score = Integer(metadata={"description": "0-100 match of your profile to the posting."})
    breakdown = Nested(ScoreBreakdownOut)
    summary = String(metadata={"description": "The score in one plain line (\"has 7 of 9 required skills; "
                                              "missing Terraform, Helm; 2 of 5 preferred\")."})
    skills = List(Nested(SkillGapOut))
    certifications = List(Nested(CertificationCheckOut))


class ExpiryFlagOut(Schema):
    name = String()
    expires = String()
    status = String(metadata={"description": "expired or expiring_soon."})
    days_left = Integer()
    renewal = String(allow_none=True)
    catalog_id = String(allow_none=True)
    inferred = Boolean()
    note = String(allow_none=True)
    source = String(allow_none=True)


class RangeOut(Schema):
    low = Float(allow_none=True)
    high = Float(allow_none=True)
    unknown = List(String())


class RecommendationOut(Schema):
    credential = Nested(CredentialOut)
    covers = List(String())
    implied = Dict(keys=String(), values=String())
    named = Boolean()
    cost = Float(allow_none=True)
    hours = Float(allow_none=True)
    weeks = Float(allow_none=True)
    score = Float()
    reasons = List(String())
    alternatives = List(String())
    action = String(metadata={"description": "earn; renew a lapsed one or finish one in progress."})
    why = String(metadata={"description": "Why this pick, for this posting, in one plain sentence."})
    instead = List(String(), metadata={"description": "Credentials the posting accepts in its place."})


class UncoveredOut(Schema):
    top = List(String())
    more = Integer()
    count = Integer()
    text = String()


class StackPlanOut(Schema):
    recommendations = List(Nested(RecommendationOut))
    uncovered = List(String())
    uncovered_summary = Nested(UncoveredOut, metadata={"description": "The top uncovered skills and how many more."})
    warnings = List(String())
    total_cost = Float(allow_none=True)
    total_hours = Float(allow_none=True)
    cost_range = Nested(RangeOut, allow_none=True)
    hours_range = Nested(RangeOut, allow_none=True)
    totals_text = String()
    cost_unknown = List(String())
    hours_unknown = List(String())
    covered_weight = Float()
    missing_weight = Float()


class RoleGroupOut(Schema):
    id = String()
    name = String()
    share = Float(metadata={"description": "Share of the posting's evidence for this occupation group, 0-1."})


class RoleOut(Schema):
    groups = List(Nested(RoleGroupOut))
    seniority = String(metadata={"description": "entry, mid or senior."})
    countries = List(String(), metadata={"description": "ISO 3166 codes of the countries the job is in (from its "
                                                         "location, its salary's currency or a national licence it "
                                                         "asks for); empty when it does not say. Another country's "
                                                         "licences are not recommended."})
    states = List(String(), metadata={"description": "ISO 3166-2 codes of the US states or Canadian provinces the "
                                                     "job is in ('US-TX'), from its location; empty when it does "
                                                     "not say. A credential limited to another state is not "
                                                     "recommended."})


class AnalysisOut(Schema):
    posting = Nested(PostingOut)
    skills = List(Nested(PostingSkillOut))
    other_keywords = List(Nested(KeywordOut))
    gaps = Nested(GapsOut, allow_none=True)
    recommendations = Nested(StackPlanOut, allow_none=True)
    expiry = List(Nested(ExpiryFlagOut))
    context = List(Nested(PostingSkillOut), metadata={
        "description": "Industries, domains and conditions of employment the posting names (\"FinTech\", "
                       "\"selling payroll software\", a driver's licence): shown as context, never skills or gaps."})
    role = Nested(RoleOut, allow_none=True, metadata={"description": "The posting's occupation groups and "
                                                                   "seniority, as inferred for choosing credentials."})
    alternatives = List(List(String()), metadata={"description": "Certifications the posting accepts in place "
                                                                 "of each other (one slot each)."})
    notes = List(String(), metadata={"description": "What to know before trusting the answer, one sentence each: "
                                                   "the listing is in a language credstack does not read yet."})
    profile_empty = Boolean()
    posting_id = Integer(allow_none=True)
    created = Boolean(allow_none=True)


class PostingSummary(Schema):
    id = Integer()
    url = String(allow_none=True)
    title = String(allow_none=True)
    company = String(allow_none=True)
    site = String()
    location = String(allow_none=True)
    skills = Integer()
    score = Integer(allow_none=True)
    saved_at = String()


class PostingFull(PostingSummary):
    posting = Nested(PostingOut)
    skills = List(Nested(PostingSkillOut))  # type: ignore[assignment]
    other_keywords = List(Nested(KeywordOut))
    gaps = Nested(GapsOut, allow_none=True)
    recommendations = Nested(StackPlanOut, allow_none=True)
    expiry = List(Nested(ExpiryFlagOut))
    context = List(Nested(PostingSkillOut))
    role = Nested(RoleOut, allow_none=True)
    alternatives = List(List(String()))
    notes = List(String(), metadata={"description": "What to know before trusting the answer, one sentence each: "
                                                   "the listing is in a language credstack does not read yet."})


class _Passing(Schema):
    """Keys it does not name pass through (an answer of /analyze holds more than is read back)."""

    class Meta:
        unknown = INCLUDE


class SectionIn(_Passing):
    kind = String(required=True, validate=OneOf([k.value for k in SectionKind]))
    heading = String(load_default="")
    text = String(load_default="")


class PostingIn(_Passing):
    title = String(allow_none=True)
    company = String(allow_none=True)
    location = String(allow_none=True)
    employment_type = String(allow_none=True)
    salary = String(allow_none=True)
    date_posted = String(allow_none=True)
    work_mode = String(allow_none=True)
    site = String(allow_none=True)
    url = String(allow_none=True)
    description = String(allow_none=True)
    sections = List(Nested(SectionIn))
    page_kind = String(allow_none=True)


class SkillIn(_Passing):
    name = String(required=True, validate=Contains(VISIBLE_PATTERN, error="must hold more than control characters"))
    kind = String(validate=OneOf([k.value for k in SkillKind]))
    category = String()
    requirement = String(validate=OneOf([r.value for r in Requirement]))
    years = Float(allow_none=True)
    mentions = List(String())
    score = Float()


class KeywordIn(_Passing):
    phrase = String(required=True)
    score = Float()
    requirement = String(validate=OneOf([r.value for r in Requirement]))


class AnalysisIn(_Passing):
    """An answer of ``/analyze`` sent back as it came: its posting and skills are read."""

    posting = Nested(PostingIn, required=True)
    skills = List(Nested(SkillIn), required=True)
    other_keywords = List(Nested(KeywordIn), allow_none=True)


def refine_spec(spec: dict) -> dict:
    """Constraints marshmallow cannot express, written into the spec so it says exactly what the
    server accepts: bodies are required, /analyze takes exactly one of ``html`` and ``text``."""
    for operations in spec.get("paths", {}).values():
        for operation in operations.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                operation["requestBody"]["required"] = True  # every body-taking route needs its body
    schemas = spec.get("components", {}).get("schemas", {})
    analyze = schemas.get("AnalyzeIn")
    if analyze is not None:
        analyze["oneOf"] = [{"required": ["html"], "not": {"required": ["text"]}},
                            {"required": ["text"], "not": {"required": ["html"]}}]
        analyze["description"] = "Send exactly one of `html` (the page) or `text` (the posting)."
    badge = spec.get("paths", {}).get("/api/v1/profile/import/badge", {}).get("post")
    if badge is not None:
        badge["requestBody"] = BADGE_BODY
    return spec


# A character a name keeps once control characters are taken out (credstack.hygiene) and the
# ends stripped the way Python strips them: a name needs one.
_NAME_CHAR = "[^\t\n \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000" \
             "\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]"
# POST /profile/import/badge reads its body itself (JSON or a multipart file): what it takes.
BADGE_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {
            "type": "object", "required": ["badge"],
            "description": "An Open Badges 2.0 assertion with its badge embedded (a badge named only by URL "
                           "is not fetched).",
            "properties": {"badge": {"type": "object", "required": ["name"],
                                     "properties": {"name": {"type": "string", "pattern": _NAME_CHAR}}}}}},
        "multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {"file": {"type": "string", "format": "binary",
                                    "description": "The assertion as JSON, or a baked badge PNG."}}}},
    },
}

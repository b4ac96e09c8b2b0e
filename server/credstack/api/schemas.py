"""Request and response schemas shared by several resources."""

from __future__ import annotations

from apiflask import Schema
from apiflask.fields import Boolean, Dict, Float, Integer, List, Nested, String
from apiflask.validators import Length, Range
from marshmallow import RAISE


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


class AnalysisOut(Schema):
    posting = Dict()
    skills = List(Dict())
    other_keywords = List(Dict())
    context = List(Dict(), metadata={"description": "Industries, domains and conditions of employment the "
                                     "posting names (\"FinTech\", \"selling payroll software\", a driver's "
                                     "licence): shown as context, never skills or gaps."})
    gaps = Dict(allow_none=True)
    recommendations = Dict(allow_none=True)
    expiry = List(Dict())
    role = Dict(allow_none=True, metadata={"description": "The posting's occupation groups and seniority, as "
                                                        "inferred for choosing credentials."})
    alternatives = List(List(String()), metadata={"description": "Certifications the posting accepts in place "
                                                                 "of each other (one slot each)."})
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
    posting = Dict()
    skills = List(Dict())  # type: ignore[assignment]
    other_keywords = List(Dict())
    gaps = Dict(allow_none=True)
    recommendations = Dict(allow_none=True)
    role = Dict(allow_none=True)
    alternatives = List(List(String()))


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
    return spec

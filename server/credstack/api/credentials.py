"""The micro-credential catalog: search and one entry."""

from __future__ import annotations

from apiflask import APIBlueprint, Schema
from apiflask.fields import Boolean, Float, Integer, List, Nested, String
from apiflask.validators import Length, OneOf, Range

from credstack.api.auth import auth
from credstack.api.common import resources
from credstack.credentials.catalog import credential_to_dict
from credstack.credentials.model import CredentialKind
from credstack.errors import ApiError

bp = APIBlueprint("credentials", __name__, url_prefix="/api/v1/credentials", tag="Credentials")


class SearchQuery(Schema):
    skill = String(load_default=None, validate=Length(max=200), metadata={"description": "A skill it covers."})
    q = String(load_default=None, validate=Length(max=200), metadata={"description": "Words in its name or skills."})
    kind = String(load_default=None, validate=OneOf([k.value for k in CredentialKind]))
    max_cost = Float(load_default=None, validate=Range(min=0), metadata={"description": "Most total cost, USD."})


class PrerequisiteOut(Schema):
    type = String(metadata={"description": "credential, experience, education, license, training or other."})
    required = Boolean(metadata={"description": "False: recommended, not required."})
    credential = String(allow_none=True, metadata={"description": "A catalog id, for type credential."})
    years = Float(allow_none=True, metadata={"description": "For type experience."})
    text = String(allow_none=True)


class RecognitionOut(Schema):
    """How often postings name the credential, and how that was counted (the counts are null for
    an entry not counted yet, as the catalog allows)."""

    postings = Integer(allow_none=True)
    of = Integer(allow_none=True)
    method = String()


class CredentialOut(Schema):
    id = String()
    name = String()
    provider = String()
    platform = String()
    kind = String()
    skills = List(String())
    cost_min = Float(allow_none=True)
    cost_max = Float(allow_none=True)
    pricing = String()
    hours = Float(allow_none=True)
    weeks = Float(allow_none=True)
    hours_per_week = Float(allow_none=True)
    format = String()
    assessment = String()
    validity_years = Float(allow_none=True)
    renewal = String(allow_none=True)
    prerequisites = List(Nested(PrerequisiteOut))
    prerequisites_text = String(allow_none=True)
    level = String()
    financial_aid = String()
    url = String()
    source = String()
    checked = String(allow_none=True, metadata={"description": "Date the figures were checked against the source; "
                                                                "null when they were not (basis says why)."})
    basis = String(allow_none=True)
    source_url = String()
    price_note = String(allow_none=True)
    exam_code = String(allow_none=True)
    retired = Boolean()
    successor = String(allow_none=True)
    study_time = String(metadata={"description": "provider (hours/weeks published), provider_gives_none, unknown."})
    accreditation = String()
    free_audit = String()
    occupations = List(String())
    countries = List(String(), metadata={"description": "ISO 3166 codes of the only countries where it counts (a "
                                                         "national licence); empty where it counts anywhere."})
    countries_basis = String(allow_none=True, metadata={"description": "Why it counts only there."})
    states = List(String(), metadata={"description": "ISO 3166-2 codes of the only US states or Canadian provinces "
                                                     "where it counts ('US-CA' for the PHRca); empty where it "
                                                     "counts in the whole of its countries."})
    outside = List(String(), metadata={"description": "ISO 3166 codes of the countries it is not meant for (the "
                                                      "PHRi: practitioners based outside the US); empty: none."})
    recognition = Nested(RecognitionOut, allow_none=True)
    aliases = List(String())
    grants = String(allow_none=True)
    total_cost_estimate = Float(allow_none=True)
    total_hours_estimate = Float(allow_none=True)


class CredentialList(Schema):
    credentials = List(Nested(CredentialOut))


@bp.get("")
@bp.auth_required(auth)
@bp.input(SearchQuery, location="query", arg_name="query")
@bp.output(CredentialList)
def search_credentials(query: dict):
    """Catalog entries, filtered by a covered skill, words, kind and maximum total cost."""
    found = resources().catalog.search(skill=query["skill"], q=query["q"], kind=query["kind"],
                                       max_cost=query["max_cost"])
    return {"credentials": [credential_to_dict(c) for c in found]}


@bp.get("/<string(length=None, maxlength=100):credential_id>")
@bp.auth_required(auth)
@bp.output(CredentialOut)
def get_credential(credential_id: str):
    """One catalog entry with its cost, time, validity, renewal and source."""
    credential = resources().catalog.get(credential_id)
    if credential is None:
        raise ApiError(404, f"No credential {credential_id!r} in the catalog; search it with GET /api/v1/credentials.")
    return credential_to_dict(credential)

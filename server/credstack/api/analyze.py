"""POST /api/v1/analyze: a page or text -> posting, skills, gaps, credentials (and save it)."""

from __future__ import annotations

from apiflask import APIBlueprint
from flask import current_app, jsonify, request

from credstack.analysis import analysis_to_dict, analyze
from credstack.api.auth import auth
from credstack.api.common import limits_from, resources, transaction, user_id, user_profile
from credstack.api.schemas import AnalysisOut, AnalyzeIn
from credstack.budget import checkpoint, time_budget
from credstack.errors import ApiError
from credstack.listings import save_listing
from credstack.postings import parse_posting

bp = APIBlueprint("analyze", __name__, url_prefix="/api/v1", tag="Analyze")


@bp.post("/analyze")
@bp.auth_required(auth)
@bp.input(AnalyzeIn, arg_name="body")
@bp.output(AnalysisOut)
def analyze_page(body: dict):
    """Find the posting in `html` (or `text`), its skills, your gaps and the credentials that fill them.

    With `"save": true` the listing is stored (the same URL again updates it) and `posting_id`
    is returned.
    """
    if ("html" in body) == ("text" in body):
        raise ApiError(422, "Send exactly one of 'html' (the page) or 'text' (the posting).",
                       {"json": {"html": ["send html or text"]}})
    # The page comes from the site the user visits: its analysis gets a deadline, and stops when
    # the client hangs up (waitress tells, when its request lookahead is on).
    with time_budget(current_app.config.get("ANALYZE_SECONDS"),
                     client_gone=request.environ.get("waitress.client_disconnected")):
        posting = parse_posting(body.get("html", body.get("text")), url=body.get("url"))
        checkpoint()
        profile = user_profile()
        result = analyze(posting, resources(), profile=profile, limits=limits_from(body.get("limits")))
        checkpoint()
    answer = analysis_to_dict(result)
    answer["profile_empty"] = profile is None or not (profile.skills or profile.certifications)
    if body.get("save"):
        with transaction() as session:
            row, created = save_listing(session, user_id(), body.get("url"), result)
            answer["posting_id"], answer["created"] = row.id, created
    # ``analysis_to_dict`` already gives what AnalysisOut makes of it (tests/api/test_response_schemas.py;
    # every analysis of bench/analysis_dump.py's 221 postings, with and without a profile): dumping
    # the big answer through the schema again took 3.3 ms a SkillSpan posting, and the schema stays
    # this route's documented answer.
    return jsonify(answer)

"""Clauses about the employer rather than the candidate: its products, clients, industry and
standing, or the recruiting process. Words there ("renewable energy", "conducting interviews")
describe the company or the hiring, not a skill asked for.

The cue patterns live in ``data/requirement_cues.json`` under "employer"; they complement the
descriptive-opener rule of ``requirements.is_descriptive_clause`` ("We build...", "Acme is...").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _employer_cues() -> tuple[re.Pattern, ...]:
    data = json.loads((resources.files("credstack") / "data" / "requirement_cues.json").read_text("utf-8"))
    return tuple(re.compile(p) for p in data.get("employer", []))


def is_employer_clause(clause: str) -> bool:
    """True when the clause tells about the company or the hiring process, not the candidate."""
    return any(cue.search(clause) for cue in _employer_cues())

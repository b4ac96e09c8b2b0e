"""Kept for callers outside this package that still import the country pattern from here
(``skills/keywords.py``); the extractor itself lives in ``content``, ``titles``, ``facts`` and
``labels``."""

from __future__ import annotations

from credstack.postings.facts import COUNTRY_ONLY

__all__ = ["COUNTRY_ONLY"]

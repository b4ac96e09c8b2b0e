"""Place names (countries, US states) from ``data/places.json``: never skills, read as locations."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


@dataclass(frozen=True)
class Places:
    countries: tuple[str, ...]
    us_states: tuple[str, ...]
    us_state_codes: tuple[str, ...]

    @property
    def country_pattern(self) -> re.Pattern:
        """Matches a country name (use ``fullmatch`` for 'the whole string is a country')."""
        return _alternation(self.countries)

    def is_place(self, phrase: str) -> bool:
        folded = phrase.casefold()
        return folded in _folded(self.us_states) or bool(self.country_pattern.fullmatch(phrase))


@cache
def _alternation(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")")


@cache
def _folded(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(n.casefold() for n in names)


@lru_cache(maxsize=1)
def load_places() -> Places:
    data = json.loads((resources.files("credstack") / "data" / "places.json").read_text("utf-8"))
    return Places(tuple(data["countries"]), tuple(data["us_states"]), tuple(data["us_state_codes"]))

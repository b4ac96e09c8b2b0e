"""Level ladders (``data/credential_ladders.json``): which held credential covers which lower one.

A track lists catalog ids from the lowest level to the highest; a credential covers every one below
it on every track it is on, so a PMP holder is never told to take the CAPM.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def load_tracks() -> tuple[tuple[str, ...], ...]:
    data = json.loads((resources.files("credstack") / "data" / "credential_ladders.json").read_text("utf-8"))
    return tuple(tuple(track["steps"]) for track in data["tracks"])


@lru_cache(maxsize=1)
def _below() -> dict[str, frozenset[str]]:
    below: dict[str, set[str]] = {}
    for track in load_tracks():
        for i, credential_id in enumerate(track):
            below.setdefault(credential_id, set()).update(track[:i])
    changed = True
    while changed:  # a step below a step below is below too, across tracks
        changed = False
        for credential_id, lower in below.items():
            more = set().union(*(below.get(x, set()) for x in lower)) - lower - {credential_id}
            if more:
                lower |= more
                changed = True
    return {k: frozenset(v) for k, v in below.items()}


def covered_by(credential_id: str) -> frozenset[str]:
    """The catalog ids a holder of ``credential_id`` has no need of (lower steps of its ladders)."""
    return _below().get(credential_id, frozenset())


@lru_cache(maxsize=1)
def _not_top() -> frozenset[str]:
    return frozenset(step for track in load_tracks() for step in track[:-1])


def has_higher(credential_id: str) -> bool:
    """A higher rung exists above ``credential_id`` on one of its ladders (AWS Cloud Practitioner)."""
    return credential_id in _not_top()


def covered(held_ids: Iterable[str]) -> dict[str, str]:
    """Each catalog id below one of ``held_ids`` -> the held id that covers it."""
    out: dict[str, str] = {}
    for held in held_ids:
        for lower in sorted(covered_by(held)):
            out.setdefault(lower, held)
    return out


@lru_cache(maxsize=1)
def load_peers() -> tuple[frozenset[str], ...]:
    """Groups of peer designations (``peers`` of ``data/credential_ladders.json``): the full
    qualifications of different bodies that stand for one professional standing (CPA, ACCA, CIMA)."""
    data = json.loads((resources.files("credstack") / "data" / "credential_ladders.json").read_text("utf-8"))
    return tuple(frozenset(group["ids"]) for group in data.get("peers", ()))


def peers_of(credential_ids: Iterable[str]) -> frozenset[str]:
    """The peer designations of any of ``credential_ids`` (themselves left out): a second body's
    qualification for someone who holds or is finishing the first adds no standing."""
    ids = set(credential_ids)
    return frozenset().union(*(group for group in load_peers() if group & ids)) - ids

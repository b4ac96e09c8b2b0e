"""A description written as one list whose items each open on a heading line (a Japanese pharmacist
board's JSON-LD: "<li>業務内容<br>管理薬剤師、調剤…</li><li>求めるスキル<br>…</li>", seen in the h27p pages
while looking at sections after batch p14): an item's first line, when it is a section cue and more
lines of the item follow it, heads them. An item that is only a cue, and an item whose first line
names no section ("Forklift<br>Reach truck"), stay items. Synthetic fixture."""

from __future__ import annotations

import json

from credstack.postings import parse_posting


def _page(description: str) -> str:
    record = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Warehouse Operative",
              "hiringOrganization": {"name": "Northgate Logistics Ltd"}, "description": description}
    return (f'<html><head><script type="application/ld+json">{json.dumps(record)}</script></head>'
            "<body><h1>Warehouse Operative</h1></body></html>")


HEADED = ("<p>Northgate Logistics runs a distribution centre for grocery chains.</p><ul>"
          "<li>Duties<br>Pick and pack orders for stores<br>Load trailers safely</li>"
          "<li>Requirements<br>A counterbalance forklift licence<br>Able to work night shifts</li>"
          "<li>業務内容<br>ピッキング、梱包、出荷作業</li></ul>")


def _kinds(description: str) -> dict[str, str]:
    return {s.heading: str(s.kind) for s in parse_posting(_page(description)).sections}


def test_an_item_headed_by_a_cue_line_heads_its_lines():
    kinds = _kinds(HEADED)
    assert kinds.get("Duties") == "responsibilities"
    assert kinds.get("Requirements") == "requirements"
    assert kinds.get("業務内容") == "responsibilities"


def test_items_that_head_nothing_stay_items():
    kinds = _kinds("<p>Northgate Logistics runs a distribution centre.</p><h3>Responsibilities</h3><ul>"
                   "<li>Forklift<br>Reach truck</li><li>Requirements</li><li>Load trailers safely</li></ul>")
    assert "Forklift" not in kinds and "Requirements" not in kinds
    assert kinds.get("Responsibilities") == "responsibilities"

"""A job as a careers site's repository keeps it (batch h33p: Netlify CMS entries): a site
generator's front matter ("---" / "templateKey: Job" / "postDate: ..." / "title: ..." / "---") over
the ad, and the clipboard's "<!--StartFragment-->" marks around pasted markup. The front matter's
fields are the site's own (its title is the job's) and none of it, nor the marks, is the ad's text;
a text that opens with a rule and no fields keeps its lines. Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

ENTRY = """---
templateKey: Job
postDate: 2024-03-01T09:30:00.000Z
active: true
title: Forklift Operator
---
<!--StartFragment-->

**Harbor Foods, Inc.** is a family-owned distributor of fresh produce. We are seeking a reliable **Forklift Operator** for our day shift.

**Job duties include:**

* Load and unload trailers safely and on schedule
* Move pallets between receiving, storage and shipping

**Requirements:**

* Current forklift certification
* Able to lift 50 pounds

<!--EndFragment-->
"""


def test_front_matter_gives_the_title_and_stays_out_of_the_text():
    posting = parse_posting(ENTRY)
    assert posting.title == "Forklift Operator"
    assert posting.company == "Harbor Foods, Inc."
    for trace in ("templateKey", "postDate", "active: true", "StartFragment", "EndFragment", "---"):
        assert trace not in posting.description
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds.get("Requirements") == "requirements"


def test_a_rule_without_fields_is_no_front_matter():
    text = """---
Forklift Operator - Harbor Foods - Riverside, CA
---
Load and unload trailers safely and on schedule.
Requirements: current forklift certification; able to lift 50 pounds.
"""
    posting = parse_posting(text)
    assert "Load and unload trailers" in posting.description
    assert posting.title is not None and "Forklift Operator" in posting.title

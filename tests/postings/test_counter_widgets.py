"""A recruiter's site shows counters under its posting ("WORKERS 98", "WORKED HOURS 1200",
"CLIENTS 1434"), each a heading over a number. Under the posting's own "Requirements" they were
typed as requirement sections, and their headings came back as keywords the job asks. A heading
over a number alone is a counter, no part of the job. Synthetic page; control: a heading under
the requirements over a word stays a requirement."""

from __future__ import annotations

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind

PAGE = """<html><body><main>
<h1>Chef de Partie</h1>
<h3>Responsibilities</h3><ul><li>Prepare menus with the head chef</li><li>Keep the section clean</li></ul>
<h3>Requirements</h3><ul><li>Two years in a busy kitchen</li><li>Food hygiene certificate</li></ul>
<h4>WORKERS</h4><p>98</p>
<h4>WORKED HOURS</h4><p>1,200</p>
<h4>CLIENTS</h4><p>1434+</p>
<h4>Languages</h4><p>French</p>
</main></body></html>"""


def test_a_heading_over_a_number_alone_is_a_counter():
    sections = {s.heading: s.kind for s in parse_posting(PAGE).sections}
    assert {sections[h] for h in ("WORKERS", "WORKED HOURS", "CLIENTS")} == {SectionKind.OTHER}
    assert sections["Requirements"] == SectionKind.REQUIREMENTS
    # the control: a heading under the requirements over a word keeps the kind it had
    assert sections["Languages"] == SectionKind.REQUIREMENTS

"""An ad that names its employer only in its first sentence, by its registered name and maybe the
name it trades under: "Natural Essentials, Inc. DBA Bulk Apothecary is a growing company that ..."
(batch h33p: a manufacturer's careers-site entry, no company line, no 'About' heading). The name must
end on a legal form, so that "Our team is a ..." names no one, and an equal-opportunity statement
names no employer here. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

TEXT = """Maintenance Technician

{opening} We are seeking a motivated Maintenance Technician to join our plant team.

Key Responsibilities:
- Carry out preventive maintenance on filling and packing lines
- Troubleshoot electrical, pneumatic and mechanical faults
- Keep maintenance records up to date

Qualifications:
- Two years of industrial maintenance experience
- Able to read schematics and technical manuals
"""

PAGE = """<html><head><title>Maintenance Technician</title></head><body><main>
<h1>Maintenance Technician</h1>
<p>{opening} We are seeking a motivated Maintenance Technician to join our plant team.</p>
<h2>Key Responsibilities</h2><ul><li>Carry out preventive maintenance on filling and packing lines</li>
<li>Troubleshoot electrical, pneumatic and mechanical faults</li></ul>
<h2>Qualifications</h2><ul><li>Two years of industrial maintenance experience</li>
<li>Able to read schematics and technical manuals</li></ul>
</main></body></html>"""


@pytest.mark.parametrize("template, opening, company", [
    (TEXT, "Brightwater Foods, Inc. DBA Brightwater Pantry is a growing company that makes sauces.",
     "Brightwater Foods, Inc."),
    (PAGE, "Brightwater Foods, Inc. DBA Brightwater Pantry is a growing company that makes sauces.",
     "Brightwater Foods, Inc."),
    (TEXT, "**Kestrel Tools GmbH** is one of the region's oldest toolmakers.", "Kestrel Tools GmbH"),
    (PAGE, "<strong>Kestrel Tools GmbH</strong> is one of the region's oldest toolmakers.", "Kestrel Tools GmbH"),
    # batch p14-check: "American Specialty Health, Inc. is seeking a Phone and Credential Representative ..."
    (TEXT, "Brightwater Foods, Inc. is seeking a line lead for its sauce plant.", "Brightwater Foods, Inc."),
    (PAGE, "Kestrel Tools GmbH is currently looking for an apprentice toolmaker.", "Kestrel Tools GmbH"),
    (TEXT, "Brightwater Foods, Inc. seeks a line lead for its sauce plant.", "Brightwater Foods, Inc."),
])
def test_the_employer_the_first_sentence_introduces(template, opening, company):
    assert parse_posting(template.format(opening=opening)).company == company


@pytest.mark.parametrize("opening", [
    "Our team is a small group of engineers who keep the plant running.",
    "Brightwater Foods is a growing company that makes sauces.",  # no legal form: a name is not sure
    "Brightwater Foods, Inc. is an equal opportunity employer.",
    "Brightwater Foods is seeking a line lead for its sauce plant.",  # no legal form
    "Our client is seeking a line lead for a sauce plant.",  # an agency's unnamed client
])
@pytest.mark.parametrize("template", [TEXT, PAGE])
def test_no_employer_without_a_registered_name_introduced(template, opening):
    assert parse_posting(template.format(opening=opening)).company is None

"""A job board's notes on how its apply button behaves, printed under the job ("This application will
take you to another website.", "You'll be using your data to apply.", batch p13-check: South Africa's
SAYouth) are the site's, not the job's: left out of the description. Synthetic fixture with a control."""

from __future__ import annotations

from credstack.postings import parse_posting

PANE = """<html><body><main>
<h1>Shelf Merchandiser</h1><p>Freshline Foods - Rustenburg, North West</p>
<h2>Role description</h2>
<p>Keep store shelves filled, neat and correctly priced across three supermarkets in the area.</p>
<ul><li>You will need your own smartphone.</li><li>Matric certificate required.</li></ul>
<h5>You'll be using your data to apply.</h5>
<h5>This application will take you to another website.</h5>
<p>This role will take you to another store each week.</p>
</main></body></html>"""


def test_apply_flow_notes_are_left_out():
    description = parse_posting(PANE).description
    assert "using your data to apply" not in description
    assert "take you to another website" not in description
    # the control: the job's own sentence of the same shape stays
    assert "This role will take you to another store each week." in description

""""- IT skills as many of our services are electronic" (an NHS maternity support worker's essential
requirements): an item that opens on what it asks and gives the employer's reason after it asks; the
employer's words in the reason are why, not what the mention is about. An item about the employer
stays the employer's."""

from credstack.analysis import analyze
from credstack.postings import parse_posting


def _skills(resources, item: str) -> set[str]:
    text = f"Maternity Support Worker\n\nEssential Requirements:\n\n{item}\n- Phlebotomy\n"
    return {s.name for s in analyze(parse_posting(text.encode()), resources, recommend=False).skills}


def test_a_skill_asked_with_the_employers_reason_is_read(resources):
    assert "Digital Literacy" in _skills(resources, "- IT skills as many of our services are electronic.")
    assert "Leadership" in _skills(resources, "- Leadership because our team grows fast")


def test_an_item_about_the_employer_stays_the_employers(resources):
    assert "Software Development" not in _skills(resources, "- We build software as our core business.")
    assert "Phlebotomy" in _skills(resources, "- We build software as our core business.")

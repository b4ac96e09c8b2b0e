"""A posting laid out as label | content table rows ("Duties and Responsibilities | ...",
"Required Qualifications | ..."), as university and government job systems print them: the whole
table is the posting, each row a typed section. (The page, from the coach panel's case 10, was read
as its one longest cell and then refused as "no posting".)"""

from __future__ import annotations

from pathlib import Path

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind

PAGE = Path(__file__).with_name("label_rows_table.html")


def test_label_rows_are_the_posting_and_each_row_a_section():
    posting = parse_posting(PAGE.read_bytes(), url="https://careers.pinecrestu.example/postings/31877")
    assert posting.title == "Systems Administrator II"
    for phrase in ("Administer Red Hat Enterprise Linux", "3 years of Linux", "RHCSA or Linux+"):
        assert phrase in posting.description
    assert "Search Jobs" not in posting.description
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds["Duties and Responsibilities"] == SectionKind.RESPONSIBILITIES
    assert kinds["Required Qualifications"] == SectionKind.REQUIREMENTS
    assert kinds["Preferred Qualifications"] == SectionKind.PREFERRED
    assert kinds["Benefits"] == SectionKind.BENEFITS and kinds["EEO Statement"] == SectionKind.LEGAL

"""A job kept as an older static site keeps it (batch p14: a 2013 job board's Jekyll posts): the
file saved with Windows line ends ("---\\r\\n" around the front matter) and headings written
"##Duties:" with no space after the hashes, as the markdown renderers of the time accepted them.
The front matter's fields are the site's own and no part of the ad's text whatever the line ends;
"##Duties" is a heading, while a line opening on one hash and a word or number ("#1 in sales",
"#hiring") stays the ad's text. Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

POST = """---
layout: job
type: Support
title: Parts Counter Associate
company: Valley Tractor Supply
location: Fresno, CA
apply: www.example.com/careers/parts-counter
post-date: 3-4-2013
---

Valley Tractor Supply sells and services farm equipment across the Central Valley.

##Duties and Responsibilities:

* Greet walk-in customers and look up parts in the catalog
* Ship and receive orders, keep the stock room counted

##Knowledge, Skills and Abilities:

* Two years of counter or warehouse experience
* Forklift certification a plus
"""


def _kinds(posting) -> dict[str, str]:
    return {s.heading.strip(" :"): str(s.kind) for s in posting.sections}


def test_front_matter_with_windows_line_ends_stays_out_of_the_text():
    posting = parse_posting(POST.replace("\n", "\r\n").encode())
    assert posting.title == "Parts Counter Associate"
    assert posting.company == "Valley Tractor Supply"
    assert posting.location == "Fresno, CA"
    for trace in ("layout: job", "post-date", "apply:", "www.example.com"):
        assert trace not in posting.description
    assert "apply" not in {s.heading for s in posting.sections}


def test_headings_with_no_space_after_the_hashes():
    kinds = _kinds(parse_posting(POST))
    assert kinds.get("Duties and Responsibilities") == "responsibilities"
    assert kinds.get("Knowledge, Skills and Abilities") == "requirements"
    assert not any(h.startswith("#") for h in kinds)


def test_one_hash_and_a_word_stays_text():
    text = POST.replace("##Duties and Responsibilities:", "#1 in parts sales three years running.\n\n"
                        "#hiring #fresno\n\n##Duties and Responsibilities:")
    posting = parse_posting(text)
    assert "#1 in parts sales three years running." in posting.description
    assert "#hiring #fresno" in posting.description
    assert _kinds(posting).get("Duties and Responsibilities") == "responsibilities"

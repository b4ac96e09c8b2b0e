"""A heading in capitals run into a flat posting ("... Be up on their CPD hours DESIRED: 2 years
of experience", "PERSONAL ATTRIBUTES AND BEHAVIOURS Ability to ...", seen on a real dental nurse's
and a warehouse assistant's pages) is no keyword; an acronym is one, common word or not."""

from __future__ import annotations

import pytest

from credstack.skills import _worth_a_keyword


@pytest.mark.parametrize(("phrase", "kept"), [
    ("DESIRED", False),
    ("ATTRIBUTES", False),
    ("BEHAVIOURS", False),
    ("PERSONAL ATTRIBUTES", False),
    # controls: acronyms and names written in capitals
    ("HEDIS", True),
    ("CQC", True),
    ("NHS", True),
    ("COSHH", True),
    ("gravel sieving", True),
])
def test_a_shouted_heading_word_is_no_keyword(phrase, kept):
    assert _worth_a_keyword(phrase, "knowledge") is kept

"""'TIG' is tungsten inert gas welding beside welding words, and nothing in a US federal posting's
'TIME-IN-GRADE (TIG) REQUIREMENT' (a pay rule): the form needs its context
(skill_context.json 'forms' -> 'welding')."""

from __future__ import annotations

from tests.skills.conftest import names


def test_time_in_grade_is_no_welding():
    assert "Welding" not in names("FEDERAL TIME-IN-GRADE (TIG) REQUIREMENT FOR GENERAL SCHEDULE (GS) POSITIONS")
    assert "Welding" not in names("TIG applies if you are in a current GS position.")


def test_tig_beside_welding_words_is_welding():
    assert "Welding" in names("Proficient in MIG, TIG and stick welding")
    assert "Welding" in names("Experience with TIG on stainless steel and aluminium")

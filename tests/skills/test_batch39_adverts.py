"""What batch 39's real postings (bench/nontech_real.py --split held-occ29: Australian forklift operators,
bus and train drivers; NHS stroke, district, learning disability, dermatology, TB and pain nurses) showed:
a count of an everyday thing ("at one site") is no skill; English is asked where the reader must
"read, understand and converse in" it; a trust's online literacy and numeracy test is its hiring process,
not an ask; and names the vocabulary lacked (tuberculosis and directly observed therapy, a train driver's
examinations and roll-by inspections, the district nursing qualification, thrombolysis). Synthetic
postings, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found


def test_a_count_of_an_everyday_thing_is_no_name():
    from credstack.skills import _no_name
    from credstack.skills.requirements import Requirement, Segment, TextKind
    from credstack.skills.tagger import Span

    for line, surface, counted in (("- Operate forklifts to load trucks at one site", "one site", True),
                                   ("- Travel between sites, although one site will be your base", "one site", True),
                                   ("- Experience of Six Sigma methods", "Six Sigma", False)):
        at = line.index(surface)
        seg = Segment(line, Requirement.UNSPECIFIED, TextKind.RESPONSIBILITIES)
        assert _no_name(seg, Span(at, at + len(surface), "knowledge", 0.9), surface) is counted, line


def test_english_read_and_conversed_in_is_asked(resources):
    text = ("Bus Driver\n\nRequirements\n- Good communication skills - with the ability to read, understand and "
            "converse in English, read maps and calculate change\n")
    assert "English" in found(text, resources)
    control = "Chef\n\nRequirements\n- Experience cooking English and French cuisine\n"
    assert "English" not in found(control, resources)


def test_an_online_literacy_and_numeracy_test_is_the_hiring_process(resources):
    text = ("District Nurse\n\nRequirements\n- Registered nurse\n\nWe require prospective employees to carry out an "
            "online literacy and numeracy test, equivalent to NVQ Level 2.\n")
    got = found(text, resources)
    assert not {"Numeracy", "Literacy"} & got
    control = "Care Assistant\n\nRequirements\n- Good literacy and numeracy skills\n"
    assert {"Numeracy", "Literacy"} & found(control, resources)


@pytest.mark.parametrize(("line", "skill"), [
    ("Provide directly observed therapy in patients' homes.", "Tuberculosis Care"),
    ("Experience of working with patients affected by tuberculosis.", "Tuberculosis Care"),
    ("Carry out train examination and roll by inspections.", "Locomotive Operation"),
    ("A level 1 (adult) registered District Nurse.", "District Nursing"),
    ("Assess patients for thrombolysis in the emergency department.", "Stroke Care"),
])
def test_names_the_vocabulary_lacked(resources, line, skill):
    assert skill in found(f"Nurse\n\nRequirements\n- {line}\n", resources)

"""Web and e-mail addresses name no skills; looking for them costs the same however long a run of
text without spaces is (a Chinese paragraph, a slashed list of a suite's parts): the address
pattern is scanned once over the text, from the start of each run, not once a mention over every
letter of the run."""

from __future__ import annotations

import time

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary

RUNS = {
    "chinese": "岗位职责熟悉Java开发",
    "open suite": "MS Office (Outlook/Word/Excel/PowerPoint/",
}


def _cpu(text: str) -> float:
    started = time.process_time()
    extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary())
    return time.process_time() - started


def test_a_run_without_spaces_costs_in_proportion_to_its_length():
    extract_skills([TextSection(TextKind.REQUIREMENTS, "Python", "Requirements")], load_vocabulary())
    for name, unit in RUNS.items():
        small_text, large_text = unit * (500 // len(unit)), unit * (4000 // len(unit))
        small = large = float("inf")
        for _round in range(3):  # interleaved, so both sizes see the same load
            small, large = min(small, _cpu(small_text)), min(large, _cpu(large_text))
            if large <= 24 * max(small, 0.002):
                break
        # eight times the text: linear about 8x, a scan per mention over the run 64x and more
        assert large <= 24 * max(small, 0.002), f"{name}: 500 chars {small:.3f} s, 4,000 chars {large:.3f} s"


def test_names_inside_addresses_are_no_skills_and_the_rest_are():
    text = ("Send your CV to python.jobs@acme.com or see www.excel-jobs.org/apply\n"
            "Requirements: Excel and SQL; 招聘邮箱：java@acme.cn 熟悉Python开发")
    names = {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")],
                                             load_vocabulary()).skills}
    assert {"Microsoft Excel", "SQL", "Python"} <= names, names
    assert "Java" not in names, names

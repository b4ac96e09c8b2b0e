"""Synthetic fixtures for trade tools read in the wrong trade or field (journeyman electrician and
sheet-metal worker walks): a power threader is a pipe- or conduit-threading machine, no plumbing
asked of an electrician; powder-actuated tools are a fastening tool, not powder processing; "sheet
metal" beside fabrication, welding or a press is the worker's trade, and beside CAD or design the
engineer's design skill; a folding machine beside sheet metal or a press is a press brake, beside
print or binding a print-finishing machine; a CNC press is a press brake, not CNC machining. A
social worker's report writing is report writing, not business writing (which implies it). Each
with its control."""

from __future__ import annotations

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def _found(text: str, title: str = "") -> set[str]:
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary(), title=title)
    return {s.name for s in result.skills} | {s.name for s in result.context}


@pytest.mark.parametrize(("text", "title", "present", "absent"), [
    ("Utilize tools like hydraulic benders, power threaders and power pullers.", "Journeyman Electrician",
     {"Pipe Threading", "Conduit Installation"}, {"Plumbing"}),
    ("Install PEX and copper pipe and repair water heaters.", "Plumber", {"Plumbing"}, set()),
    ("Operate specialized equipment, such as powder-activated tools and JLG lifts.", "Electrician",
     {"Powder-Actuated Tools"}, {"Powder Processing"}),
    ("Experience in powder metallurgy and handling powders.", "Process Engineer", {"Powder Processing"},
     {"Powder-Actuated Tools"}),
    ("Be able to use CNC Press, Folding Machine along with all other tools for sheet metal fabrication and "
     "welding.", "Sheet Metal Worker", {"Press Brake Operation", "Sheet Metal Work"},
     {"CNC Machining", "Print Finishing", "Sheet Metal Design"}),
    ("Design sheet metal parts in SolidWorks and produce 3D models for manufacture.", "Mechanical Design Engineer",
     {"Sheet Metal Design"}, {"Sheet Metal Work"}),
    ("Operate folding machines and guillotines for printed leaflets and binding.", "Print Finisher",
     {"Print Finishing"}, {"Press Brake Operation"}),
    ("Program and operate CNC mills for machined parts.", "CNC Machinist", {"CNC Machining"},
     {"Press Brake Operation"}),
])
def test_trade_tools_take_the_trade_of_their_posting(text, title, present, absent):
    found = _found(text, title)
    assert present <= found
    assert not absent & found


def test_report_writing_is_its_own_skill_not_business_writing():
    found = _found("Skilled in report writing with excellent literacy skills.", "Social Worker")
    assert "Report Writing" in found and "Business Writing" not in found
    assert "Business Writing" in _found("Strong business writing and business correspondence.", "Office Manager")
    vocabulary = load_vocabulary()
    assert "Report Writing" in vocabulary.get("Business Writing").implies

"""The bundled skills vocabulary obeys the rules the matcher relies on."""

import pytest

from credstack.skills.vocabulary import load_vocabulary, surface_key, validate


def test_bundled_vocabulary_is_valid():
    vocab = load_vocabulary()
    assert len(vocab) > 0


def entry(name, **kw):
    return ("t.json", {"name": name, "kind": "tool", "category": "software", **kw})


@pytest.mark.parametrize(
    "entries, fragment",
    [
        ([entry("Go"), entry("Go")], "duplicate"),
        ([entry("JavaScript", aliases=["JS"]), entry("Jscript", aliases=["js"])], "also names"),
        ([entry("Node.js", aliases=["node-js"]), entry("Node JS")], "also names"),
        ([entry("React", implies=["JavaScript"])], "implies unknown"),
        ([entry("React", implies=["React"])], "implies itself"),
        ([("t.json", {"name": "X", "kind": "weird", "category": "software"})], "kind"),
        ([("t.json", {"name": "X", "kind": "tool", "category": "nope"})], "category"),
        ([entry("X", colour="red")], "unknown keys"),
    ],
)
def test_validate_reports_each_broken_rule(entries, fragment):
    problems = validate(entries)
    assert any(fragment in p for p in problems), problems


def test_surface_key_ignores_case_and_separators():
    assert surface_key("Node-JS") == surface_key("node  js") == "node js"
    assert surface_key("C++") != surface_key("C")

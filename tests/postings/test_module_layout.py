"""The postings package's modules import each other without a cycle, and keep place names as data."""

from __future__ import annotations

import ast
import json
import re
from importlib import resources
from pathlib import Path

import credstack.postings

PACKAGE = Path(credstack.postings.__file__).parent


def _imports(path: Path) -> set[str]:
    """The sibling modules a module imports at module level or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("credstack.postings."):
                found.add(node.module.split(".")[2])
            elif node.module == "credstack.postings":
                found.update(alias.name for alias in node.names)
    return found


def test_no_import_cycle_between_postings_modules():
    graph = {p.stem: _imports(p) & {q.stem for q in PACKAGE.glob("*.py")} for p in PACKAGE.glob("*.py")
             if p.stem != "__init__"}
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> None:
        if state.get(name) == 1:
            raise AssertionError("import cycle: " + " -> ".join([*path, name]))
        if state.get(name) == 2:
            return
        state[name] = 1
        for dep in graph.get(name, ()):
            visit(dep, [*path, name])
        state[name] = 2

    for module in graph:
        visit(module, [])


def test_place_lists_are_data():
    data = json.loads((resources.files("credstack") / "data" / "postings_places.json").read_text("utf-8"))
    assert {"regions_after_city", "au_states", "address_patterns"} <= set(data)
    assert all(isinstance(n, str) and n.strip() == n and n for key in data if not key.startswith("_")
               for n in data[key])
    for pattern in data["address_patterns"]:
        re.compile(pattern)

"""The layers stay apart: domain code never reaches the web or storage layers, and skills read
text sections, never postings. Read from the source with ``ast``, so a function-level import counts."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "server" / "credstack"
# The web and storage layers, and the frameworks only they may use.
OUTER = ("flask", "apiflask", "werkzeug", "sqlalchemy", "alembic", "waitress",
         "credstack.api", "credstack.cli", "credstack.db", "credstack.models", "credstack.errors",
         "credstack.policies", "credstack.accounts", "credstack.listings", "credstack.tracker",
         "credstack.profile.store")
DOMAIN = ("postings", "skills", "credentials", "resume", "gaps.py", "shopping.py", "analysis.py", "places.py",
          "budget.py", "hygiene.py", "resources.py", "part_names.py",
          "exceptions.py", "archives.py", "embedding.py", "profile/model.py", "profile/imports.py",
          "profile/dates.py", "profile/schema.py", "profile/resume_import.py")


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def modules(*parts: str) -> list[Path]:
    out: list[Path] = []
    for part in parts:
        target = PACKAGE / part
        out += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return out


def reaches(imported: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(i for i in imported if any(i == p or i.startswith(p + ".") for p in prefixes))


@pytest.mark.parametrize("path", modules(*DOMAIN), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_domain_code_stays_out_of_web_and_storage(path):
    assert path.exists()
    assert reaches(imports_of(path), OUTER) == []


@pytest.mark.parametrize("path", modules("skills"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_skills_never_import_postings(path):
    assert reaches(imports_of(path), ("credstack.postings", "credstack.analysis")) == []


def test_the_checks_see_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from credstack.postings.model import Posting\n    import flask\n")
    assert reaches(imports_of(bad), ("credstack.postings",)) == ["credstack.postings.model"]
    assert reaches(imports_of(bad), OUTER) == ["flask"]


# The packaged vocabulary and catalog are loaded by their own modules and by Resources (the app's
# and each CLI command's); everything else is handed the ones it uses.
LOADERS = {"load_vocabulary", "load_catalog"}
MAY_LOAD = {"resources.py", "skills/vocabulary.py", "credentials/catalog.py"}


def loader_calls(path: Path) -> list[str]:
    return sorted(node.func.id for node in ast.walk(ast.parse(path.read_text("utf-8")))
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in LOADERS)


@pytest.mark.parametrize("path", [p for p in modules(".") if str(p.relative_to(PACKAGE)) not in MAY_LOAD],
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_hidden_loading_of_the_vocabulary_or_catalog(path):
    assert loader_calls(path) == []


def test_the_loader_check_sees_a_call(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(vocabulary=None):\n    return vocabulary or load_vocabulary()\n")
    assert loader_calls(bad) == ["load_vocabulary"]

"""Checks on the package's source code itself."""

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "stance"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_level_names_are_bound_once(path):
    # A second module-level `_PATTERN = ...` silently replaces the first for every function that reads it
    # (the attribution package has hundreds of patterns; one such clash broke transcript speakers in session 9).
    counts = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
        elif isinstance(node, ast.ImportFrom):  # a name imported from a sibling module and defined again here
            counts.update(a.asname or a.name for a in node.names if a.name != "annotations")
    assert {name: n for name, n in counts.items() if n > 1} == {}


ATTRIBUTION_LAYERS = ["lexicon", "speakers", "quotes", "sentence", "names", "article"]


@pytest.mark.parametrize("layer", ATTRIBUTION_LAYERS)
def test_attribution_modules_import_only_from_the_layers_below(layer):
    # the package reads bottom-up (word lists, speakers, quotes, one sentence, names in an article, the article):
    # a module that reached up would bring back the cycle the single 4,000-line module hid
    tree = ast.parse((PACKAGE / "attribution" / f"{layer}.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1}
    below = set(ATTRIBUTION_LAYERS[:ATTRIBUTION_LAYERS.index(layer)])
    assert imported <= below, f"{layer} imports {sorted(imported - below)}"
    assert {p.stem for p in (PACKAGE / "attribution").glob("*.py")} == set(ATTRIBUTION_LAYERS) | {"__init__"}

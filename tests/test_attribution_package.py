"""The attribution package's layout: each module uses only those listed before it in the
package's docstring, so the rules can be read from the words up."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import framing.attribution as attribution
from framing.attribution.headlines import _is_title_case

PACKAGE = Path(attribution.__file__).parent


def _documented_order() -> list[str]:
    """The modules in the order the package's docstring lists them."""
    listed = attribution.__doc__.split("The rules live in modules of their own", 1)[1]
    return re.findall(r"``(\w+)``", listed.split("This module puts them together", 1)[0])


def test_the_docstring_lists_every_module():
    modules = {path.stem for path in PACKAGE.glob("*.py")} - {"__init__"}
    assert sorted(_documented_order()) == sorted(modules)


@pytest.mark.parametrize("module", sorted(path.stem for path in PACKAGE.glob("*.py")))
def test_a_module_imports_only_those_before_it(module):
    order = _documented_order() + ["__init__"]
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    imported = {node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.level == 1}
    for name in imported:
        assert order.index(name) < order.index(module), f"{module} imports {name}, listed after it"


@pytest.mark.parametrize("words, expected", [
    ("Ukraine Rules Out More Talks With Russia", True),
    ("Sanders Vows To End Tax Break", True),
    ("Poll: 3 In 4 Voters Back The Plan", True),
    ("Ukraine rules out more talks", False),  # sentence case
    ("Kyiv Says No", True),
    ("Kyiv Says", False),  # two words are a name and a verb, or a name
])
def test_title_case_headlines(words, expected):
    assert _is_title_case(words) is expected

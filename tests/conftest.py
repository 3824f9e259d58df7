"""Shared fixtures: the seed articles, scored once per test session."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from framing import load_seeds, score_corpus

ROOT = Path(__file__).resolve().parent.parent


def load_script(name: str) -> ModuleType:
    """A script of ``scripts/`` imported as a module, to test its functions."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seeds():
    return load_seeds()


@pytest.fixture(scope="session")
def seed_text(seeds):
    """The text of a seed by its id ("000" ... "004")."""
    by_id = {a.id: a.text for a in seeds}
    return by_id.__getitem__


@pytest.fixture(scope="session")
def seed_scores(seeds):
    return score_corpus(seeds)

"""Shared fixtures: the seed articles, scored once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing import load_seeds, score_corpus

ROOT = Path(__file__).resolve().parent.parent


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

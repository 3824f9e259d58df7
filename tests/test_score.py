"""The tables: fixed columns, pooling per outlet, normalisation, empty input."""
from __future__ import annotations

import math
import threading

import pandas as pd
import pytest

from framing import METRICS, Article, score_corpus, score_frame
from framing import score
from framing.score import ARTICLE_COLUMNS, OUTLET_COLUMNS, SENTENCE_COLUMNS, SPAN_COLUMNS, score_text, warm_up

REQUIRED = ["words", "sentences", "hedges_per_1k", "boosters_per_1k", "loaded_per_1k", "named_share",
            "anonymous_share", "unattributed_share", "quote_share", "loaded_verb_share", "sentiment_mean",
            "negative_share", "positive_share", "flesch_reading_ease", "fk_grade"]


def test_required_metrics_exist_and_are_described():
    for name in REQUIRED:
        assert name in METRICS and METRICS[name]


def test_seed_tables_have_fixed_columns(seed_scores):
    assert list(seed_scores.sentences.columns) == SENTENCE_COLUMNS
    assert list(seed_scores.spans.columns) == SPAN_COLUMNS
    assert list(seed_scores.articles.columns) == ARTICLE_COLUMNS
    assert list(seed_scores.outlets.columns) == OUTLET_COLUMNS


def test_four_outlets_and_19fortyfive_pools_two_articles(seed_scores):
    outlets = seed_scores.outlets.set_index("outlet")
    assert sorted(outlets.index) == ["19FortyFive", "RES-MPE", "RT", "The Washington Post"]
    assert outlets.loc["19FortyFive", "articles"] == 2
    pair = seed_scores.articles[seed_scores.articles.outlet == "19FortyFive"]
    assert outlets.loc["19FortyFive", "words"] == pair.words.sum()
    assert outlets.loc["19FortyFive", "sentences"] == pair.sentences.sum()


def test_shares_add_up_and_rates_are_per_thousand_words(seed_scores):
    for table in (seed_scores.articles, seed_scores.outlets):
        total = table.named_share + table.anonymous_share + table.unattributed_share
        assert ((total - 1).abs() < 0.01).all()
    sentences, spans, articles = seed_scores.sentences, seed_scores.spans, seed_scores.articles
    one = articles.iloc[1]
    hedges = ((spans.article_id == one.article_id) & (spans.kind == "hedge")).sum()
    assert one.hedges_per_1k == pytest.approx(round(1000 * hedges / one.words, 1))
    assert one.words == sentences.loc[(sentences.article_id == one.article_id) & ~sentences.excluded, "words"].sum()


def test_excluded_sentences_count_for_nothing(seed_scores):
    sentences = seed_scores.sentences
    assert sentences.loc[sentences.excluded, "words"].eq(0).all()
    excluded_ids = set(zip(sentences.loc[sentences.excluded, "article_id"], sentences.loc[sentences.excluded, "sentence"]))
    assert not excluded_ids & set(zip(seed_scores.spans.article_id, seed_scores.spans.sentence))


def test_readability_is_in_a_plausible_range(seed_scores):
    for _, row in seed_scores.articles.iterrows():
        assert 0 < row.flesch_reading_ease < 80 and 5 < row.fk_grade < 25


def test_rt_uses_loaded_language_in_its_own_voice(seed_scores):
    spans = seed_scores.spans
    rt_own = spans[(spans.outlet == "RT") & (spans.kind == "loaded") & ~spans.quoted]
    assert "overwhelmingly voted" in set(rt_own.text)


def test_empty_corpus_gives_empty_tables_with_the_same_columns():
    scores = score_corpus([])
    assert list(scores.articles.columns) == ARTICLE_COLUMNS and scores.articles.empty
    assert list(scores.outlets.columns) == OUTLET_COLUMNS and scores.outlets.empty


def test_an_article_of_only_boilerplate_has_zero_words_and_no_rates():
    scores = score_corpus([Article("a", "Leave a Reply\nAdvertisement", "X"), Article("b", "Talks may resume.", "Y")])
    empty = scores.articles.set_index("article_id").loc["a"]
    assert empty.words == 0 and math.isnan(empty.hedges_per_1k)
    assert scores.articles.set_index("article_id").loc["b", "hedges_per_1k"] > 0


def test_score_frame_runs_on_a_plain_dataframe():
    frame = pd.DataFrame({"id": ["x", "y"], "outlet": ["A", "B"],
                          "text": ["Officials said talks may resume.", "Russia illegally annexed Crimea."]})
    result = score_frame(frame)
    assert list(result.columns) == ARTICLE_COLUMNS
    assert list(result.article_id) == ["x", "y"]
    assert result.loc[0, "anonymous_share"] == 1.0 and result.loc[1, "loaded_per_1k"] > 0
    assert list(score_frame(frame.iloc[:0]).columns) == ARTICLE_COLUMNS


def test_score_frame_of_no_rows_has_the_dtypes_of_a_scored_frame():
    scored = score_frame(pd.DataFrame({"id": ["x"], "text": ["Officials said talks may resume."]}))
    # Dask's empty partition of JSON Lines: columns of objects, whatever they will hold.
    empty = pd.DataFrame({"id": pd.Series(dtype=object), "text": pd.Series(dtype=object)})
    assert score_frame(empty).dtypes.to_dict() == scored.dtypes.to_dict()
    assert scored.dtypes["words"] == "int64" and scored.dtypes["hedges_per_1k"] == "float64"


def test_score_frame_reads_missing_values_as_nothing_not_as_nan():
    # As Dask's read_json gives records that lack a field: NaN, or None in a column of strings.
    frame = pd.DataFrame({"id": [1, float("nan"), 3],
                          "text": ["Officials said talks may resume.", float("nan"), "It is a sham."],
                          "outlet": ["A", float("nan"), None], "title": [None, "T", pd.NA]}, index=[10, 11, 12])
    result = score_frame(frame)
    assert list(result.article_id) == ["1", "11", "3"]  # whole numbers as written; no id: the row's label
    assert list(result.outlet) == ["A", "", ""] and list(result.title) == ["", "T", ""]
    assert list(result.words) == [5, 0, 4] and list(result.sentences) == [1, 0, 1]
    assert "nan" not in set(result.article_id) | set(result.outlet) | set(result.title)


def test_score_frame_keeps_ids_that_are_not_whole_numbers_as_they_are():
    frame = pd.DataFrame({"id": [1.5, 2.0, 2.0**60], "text": ["Talks may resume."] * 3})
    assert list(score_frame(frame).article_id) == ["1.5", "2", str(2.0**60)]
    frame = pd.DataFrame({"id": ["1.0", "007"], "text": ["Talks may resume."] * 2})  # strings: never touched
    assert list(score_frame(frame).article_id) == ["1.0", "007"]


def test_every_span_category_of_the_seeds_has_an_explanation(seed_scores):
    from framing.explain import CATEGORY_EXPLANATIONS, VERB_EXPLANATIONS
    spans = seed_scores.spans
    for kind, category in set(zip(spans.kind, spans.category)):
        if kind != "word_choice":  # a word choice's category is its concept; its note says the framing
            assert (kind, category) in CATEGORY_EXPLANATIONS, (kind, category)
    for category in set(seed_scores.sentences.verb_category) - {""}:
        assert category in VERB_EXPLANATIONS, category


def test_warm_up_loads_once_whoever_calls_it_and_changes_no_score():
    text = "Officials said the talks may resume. Critics called the plan a sham."
    before = score_text(text)
    callers = [threading.Thread(target=warm_up) for _ in range(3)]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join()
    assert score._load_once.cache_info().misses == 1
    assert score_text(text) == before


WORD_COUNT_TEXT = ("U.S. officials’ well-known, co-operative stance -- a--b, rock'n'roll — “We talked,” he said... "
                   "3.5 per-cent of __init__ _x_ 2022-11-17. ‘Maybe’ – or not? İstanbul’s ﬁne ΣΑΣ 会谈开始了。 - ' ’")


def test_sentence_words_are_the_word_pattern_matches(seed_text):
    for text in (WORD_COUNT_TEXT, seed_text("000"), seed_text("001")):
        for row in score_text(text).sentences:
            body, words, excluded = row[4], row[5], row[6]
            assert words == (0 if excluded else len(score._WORD.findall(body))), body


def test_scores_do_not_depend_on_what_the_token_caches_hold(monkeypatch, seed_text):
    from framing import readability

    expected = [score_text(text) for text in (WORD_COUNT_TEXT, seed_text("002"))]
    monkeypatch.setattr(score, "_TOKEN_CACHE_SIZE", 3)  # the caches start afresh every few tokens
    monkeypatch.setattr(readability, "_TOKEN_CACHE_SIZE", 3)
    score._TOKEN_WORDS.clear()
    readability._TOKEN_SYLLABLES.clear()
    assert [score_text(text) for text in (WORD_COUNT_TEXT, seed_text("002"))] == expected
    score._TOKEN_WORDS.clear()
    readability._TOKEN_SYLLABLES.clear()

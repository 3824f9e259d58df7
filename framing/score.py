"""From annotations to tables: sentences, spans, per-article and per-outlet metrics.

Counts are normalised so that long and short articles compare: rates per 1,000 words of the
article's own text (boilerplate left out) and shares of its sentences. An outlet's figures
pool all its articles' sentences and words (so a long article weighs more than a short one);
its reading level is the word-weighted mean of its articles'.

>>> from framing.corpus import Article
>>> scores = score_corpus([Article("a1", "Officials said talks may resume. It is a sham.", "Outlet A")])
>>> row = scores.articles.iloc[0]
>>> int(row.words), int(row.sentences), float(row.anonymous_share), float(row.hedges_per_1k)
(9, 2, 0.5, 111.1)
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np
import pandas as pd

from .annotate import Lexicons, annotate
from .corpus import Article, unique_ids
from .readability import readability
from .sentiment import NEGATIVE_AT, POSITIVE_AT

__all__ = [
    "Scores", "TextScores", "score_corpus", "score_text", "assemble", "summarise", "score_frame",
    "SENTENCE_COLUMNS", "SPAN_COLUMNS", "METRICS", "ARTICLE_COLUMNS", "OUTLET_COLUMNS",
]

SENTENCE_COLUMNS = [
    "article_id", "outlet", "sentence", "start", "end", "paragraph", "text", "words", "excluded",
    "excluded_reason", "attribution", "quote", "speaker", "verb", "verb_category", "verb_connotation",
    "sentiment",
]
SPAN_COLUMNS = [
    "article_id", "outlet", "sentence", "start", "end", "kind", "category", "text", "rule", "quoted",
    "alternative",
]

#: Every metric, with what it means and which way is "more". The app and README show these.
METRICS: dict[str, str] = {
    "words": "Words of the article's own text (boilerplate left out).",
    "sentences": "Sentences of the article's own text.",
    "hedges_per_1k": "Hedges per 1,000 words (may, could, reportedly, it is believed). Higher: more tentative.",
    "boosters_per_1k": "Boosters per 1,000 words (clearly, flatly, made clear). Higher: more emphatic certainty.",
    "loaded_per_1k": "Loaded terms per 1,000 words, quotations included. Higher: more charged wording.",
    "loaded_own_per_1k": "Loaded terms per 1,000 words in the outlet's own voice (outside quotations).",
    "loaded_quoted_per_1k": "Loaded terms per 1,000 words inside quotations (the speakers' words).",
    "named_share": "Share of sentences attributed to a named person, office or outlet. Higher: more named sourcing.",
    "anonymous_share": "Share of sentences attributed to anonymous sources (officials said, people familiar with).",
    "unattributed_share": "Share of sentences with no source: claims in the outlet's own voice.",
    "quote_share": "Share of sentences holding a direct quotation of three words or more.",
    "loaded_verb_share": "Of the sentences with a reporting verb, the share whose verb is not neutral "
                         "(claimed, admitted, insisted rather than said). Higher: more framing of speakers.",
    "sentiment_mean": "Mean VADER compound score of the sentences, -1 (negative) to +1 (positive).",
    "sentiment_spread": "Standard deviation of the sentences' VADER scores. Higher: tone swings more.",
    "negative_share": "Share of sentences with VADER compound at or below -0.05.",
    "positive_share": "Share of sentences with VADER compound at or above +0.05.",
    "flesch_reading_ease": "Flesch reading ease (textstat). Higher: easier to read; 60-70 is plain English.",
    "fk_grade": "Flesch-Kincaid grade (textstat): US school grade needed. Higher: harder to read.",
}
ARTICLE_COLUMNS = ["article_id", "outlet", "title", "published", *METRICS]
OUTLET_COLUMNS = ["outlet", "articles", *METRICS]

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


class Scores(NamedTuple):
    """The four tables: one row per sentence, span, article and outlet."""

    sentences: pd.DataFrame
    spans: pd.DataFrame
    articles: pd.DataFrame
    outlets: pd.DataFrame


class TextScores(NamedTuple):
    """What one text scores, before it is given an article id and outlet: sentence rows and
    span rows (the columns of :data:`SENTENCE_COLUMNS` / :data:`SPAN_COLUMNS` after the first
    two) and its (Flesch reading ease, Flesch–Kincaid grade). Cache these by text."""

    sentences: list[tuple]
    spans: list[tuple]
    readability: tuple[float, float]


def score_text(text: str, lexicons: Lexicons | None = None) -> TextScores:
    """Annotate one text and lay out its sentence and span rows."""
    annotation = annotate(text, lexicons)
    sentence_rows = []
    starts = []
    own_text = []
    for k, s in enumerate(annotation.sentences):
        body = text[s.start:s.end]
        words = 0 if s.excluded else len(_WORD.findall(body))
        if not s.excluded:
            own_text.append(body)
        starts.append(s.start)
        sentence_rows.append((
            k, s.start, s.end, s.paragraph, body, words, s.excluded, s.excluded_reason, s.attribution,
            s.quote, s.speaker, s.verb, s.verb_category, s.verb_connotation, s.sentiment,
        ))
    span_rows = []
    k = 0
    for p in annotation.spans:
        while k + 1 < len(starts) and starts[k + 1] <= p.start:
            k += 1
        span_rows.append((k, p.start, p.end, p.kind, p.category, p.text, p.rule, p.quoted, p.alternative))
    return TextScores(sentence_rows, span_rows, readability("\n".join(own_text)))


def assemble(articles: list[Article], scored: list[TextScores]) -> Scores:
    """The four tables from articles and what their texts scored (same order, unique ids)."""
    sentence_rows, span_rows, infos = [], [], []
    for article, result in zip(articles, scored):
        key = (article.id, article.outlet)
        sentence_rows += [key + row for row in result.sentences]
        span_rows += [key + row for row in result.spans]
        ease, grade = result.readability
        infos.append((article.id, article.outlet, article.title, article.published,
                      round(ease, 1) if ease == ease else ease, round(grade, 1) if grade == grade else grade))
    sentences = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS)
    spans = pd.DataFrame(span_rows, columns=SPAN_COLUMNS)
    info = pd.DataFrame(infos, columns=["article_id", "outlet", "title", "published", "flesch_reading_ease", "fk_grade"])
    per_article = info.merge(summarise(sentences, spans, "article_id"), on="article_id", how="left")
    per_article = _fill_empty(per_article)[ARTICLE_COLUMNS]
    per_outlet = summarise(sentences, spans, "outlet").merge(_outlet_readability(per_article), on="outlet", how="left")
    counts = per_article.groupby("outlet", sort=False).size().rename("articles").reset_index()
    per_outlet = _fill_empty(counts.merge(per_outlet, on="outlet", how="left"))[OUTLET_COLUMNS]
    return Scores(sentences, spans, per_article, per_outlet)


def score_corpus(articles: Iterable[Article], lexicons: Lexicons | None = None) -> Scores:
    """Score a corpus: the sentence, span, per-article and per-outlet tables.

    Reordering the articles changes no article's scores; duplicate ids get a suffix."""
    articles = unique_ids(articles)
    return assemble(articles, [score_text(a.text, lexicons) for a in articles])


def _fill_empty(frame: pd.DataFrame) -> pd.DataFrame:
    """Articles with no scored sentence: zero counts, no rates."""
    for column in ("words", "sentences"):
        if column in frame:
            frame[column] = frame[column].fillna(0).astype(int)
    return frame


def summarise(sentences: pd.DataFrame, spans: pd.DataFrame, key: str) -> pd.DataFrame:
    """The metrics (see :data:`METRICS`) of each group of sentences sharing ``key``
    (``article_id`` or ``outlet``), pooled over the group's sentences and words."""
    live = sentences.loc[~sentences["excluded"].astype(bool)]
    flags = pd.DataFrame({
        key: live[key].values,
        "sentences": 1,
        "words": live["words"].to_numpy(dtype="int64"),
        "named": (live["attribution"] == "named").values,
        "anonymous": (live["attribution"] == "anonymous").values,
        "unattributed": (live["attribution"] == "none").values,
        "quote": live["quote"].astype(bool).values,
        "with_verb": (live["verb"] != "").values,
        "loaded_verb": (live["verb_connotation"] == "non_neutral").values,
        "sentiment": live["sentiment"].to_numpy(dtype="float64"),
        "negative": (live["sentiment"] <= NEGATIVE_AT).values,
        "positive": (live["sentiment"] >= POSITIVE_AT).values,
    })
    grouped = flags.groupby(key, sort=False)
    totals = grouped.sum(numeric_only=True)
    totals["sentiment_spread"] = grouped["sentiment"].std(ddof=0)

    kinds = pd.DataFrame({
        key: spans[key].values,
        "hedges": (spans["kind"] == "hedge").values,
        "boosters": (spans["kind"] == "booster").values,
        "loaded": (spans["kind"] == "loaded").values,
        "loaded_own": ((spans["kind"] == "loaded") & ~spans["quoted"].astype(bool)).values,
        "loaded_quoted": ((spans["kind"] == "loaded") & spans["quoted"].astype(bool)).values,
    }).groupby(key, sort=False).sum()
    totals = totals.join(kinds, how="left").fillna({c: 0 for c in kinds.columns})

    n, words = totals["sentences"], totals["words"].replace(0, np.nan)
    out = pd.DataFrame(index=totals.index)
    out["words"] = totals["words"].astype(int)
    out["sentences"] = n.astype(int)
    for name in ("hedges", "boosters", "loaded", "loaded_own", "loaded_quoted"):
        out[f"{name}_per_1k"] = (1000 * totals[name] / words).round(1)
    for name in ("named", "anonymous", "unattributed", "quote", "negative", "positive"):
        out[f"{name}_share"] = (totals[name] / n).round(3)
    out["loaded_verb_share"] = (totals["loaded_verb"] / totals["with_verb"].replace(0, np.nan)).round(3)
    out["sentiment_mean"] = (totals["sentiment"] / n).round(3)
    out["sentiment_spread"] = totals["sentiment_spread"].round(3)
    return out.reset_index()


def _outlet_readability(per_article: pd.DataFrame) -> pd.DataFrame:
    """Each outlet's reading level: its articles' scores weighted by their words."""
    rows = []
    for outlet, group in per_article.groupby("outlet", sort=False):
        valid = group.dropna(subset=["flesch_reading_ease"])
        weights = valid["words"].clip(lower=1)
        rows.append({
            "outlet": outlet,
            "flesch_reading_ease": round(float(np.average(valid["flesch_reading_ease"], weights=weights)), 1) if len(valid) else np.nan,
            "fk_grade": round(float(np.average(valid["fk_grade"], weights=weights)), 1) if len(valid) else np.nan,
        })
    return pd.DataFrame(rows, columns=["outlet", "flesch_reading_ease", "fk_grade"])


def score_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Per-article metrics for a DataFrame of articles (a ``text`` column, optional ``id``,
    ``outlet``, ``title``, ``published``): one partition in, one out, for Dask or Spark.

    The output has :data:`ARTICLE_COLUMNS`, one row per input row, in order.
    """
    records = frame.to_dict("records")
    articles = [
        Article(
            id=str(r.get("id") if r.get("id") is not None else i),
            text=str(r.get("text") or ""),
            outlet=str(r.get("outlet") or ""),
            title=str(r.get("title") or ""),
            published=str(r.get("published") or ""),
        )
        for i, r in zip(frame.index, records)
    ]
    if not articles:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c in METRICS else "object") for c in ARTICLE_COLUMNS})
    return score_corpus(articles).articles

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
import threading
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from .annotate import Lexicons, annotate, default_lexicons
from .corpus import Article, unique_ids
from .readability import load_dictionaries, readability
from .sentiment import NEGATIVE_AT, POSITIVE_AT

__all__ = [
    "Scores", "TextScores", "OutletPool", "score_corpus", "score_text", "assemble", "article_rows",
    "score_frame", "text_totals", "metrics_from_totals", "warm_up", "TOTALS", "SHORT_ARTICLE_WORDS",
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
    "anonymous_share": "Share of sentences attributed to anonymous sources (officials said, people familiar with), "
                       "or to a source a passive leaves out (it was announced, the talks are expected to resume).",
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
#: Below this many words an article's rates and reading level swing widely: one loaded term in 40
#: words is 25 per 1,000, and Flesch fitted his formula on samples of 100 words (Flesch 1948).
SHORT_ARTICLE_WORDS = 100

#: ``source``, last: the file (or upload) each article was read from, so that a row leads back to
#: it when ids or file names repeat across folders.
ARTICLE_COLUMNS = ["article_id", "outlet", "title", "published", *METRICS, "source"]
OUTLET_COLUMNS = ["outlet", "articles", *METRICS]

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_TOKEN_CACHE_SIZE = 100_000  # distinct tokens remembered (about 10 MB at most); then the cache starts afresh


class _TokenWords(dict):
    """How many words (matches of ``_WORD``) a whitespace-separated token holds, each distinct
    token counted once. A word never spans whitespace, so a sentence's words are the sum over
    its tokens."""

    def __missing__(self, token: str) -> int:
        count = len(_WORD.findall(token))
        if len(self) >= _TOKEN_CACHE_SIZE:
            self.clear()
        self[token] = count
        return count


_TOKEN_WORDS = _TokenWords()


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
    own_tokens = []  # the own text's whitespace-separated tokens, shared with readability
    for k, s in enumerate(annotation.sentences):
        body = text[s.start:s.end]
        if s.excluded:
            words = 0
        else:
            tokens = body.split()
            words = sum(map(_TOKEN_WORDS.__getitem__, tokens))
            own_text.append(body)
            own_tokens += tokens
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
    # The sentences joined by line breaks have exactly the sentences' tokens.
    return TextScores(sentence_rows, span_rows, readability("\n".join(own_text), own_tokens))


_warm_up_lock = threading.Lock()


def warm_up() -> None:
    """Load and compile, once per process, what scoring needs: the bundled lexicons, the
    pronunciation and hyphenation dictionaries, the tone lexicon (about a second in all). Scoring
    loads each on first use anyway; a server calls this when it starts, in the background, and a
    call made while that is under way waits for it instead of doing the same work again."""
    with _warm_up_lock:
        _load_once()


@cache
def _load_once() -> None:
    default_lexicons()
    load_dictionaries()
    score_text("Officials said the talks may resume, reportedly in Geneva.")  # the tone lexicon, lazy patterns


#: The integer counts every metric is computed from. Pooling adds them up, so an outlet's
#: figures are the same whether its articles are scored together or streamed one by one.
#: Tone is counted in units of 0.0001 (sentence scores are rounded to four places), so
#: sums stay exact integers whatever the order of addition.
TOTALS = [
    "sentences", "words", "named", "anonymous", "unattributed", "quote", "with_verb", "loaded_verb",
    "negative", "positive", "sentiment_units", "sentiment_squares",
    "hedges", "boosters", "loaded", "loaded_own", "loaded_quoted",
]
_SENTIMENT_UNIT = 10_000


def text_totals(result: TextScores) -> dict[str, int]:
    """The :data:`TOTALS` of one scored text (its own sentences only)."""
    totals = dict.fromkeys(TOTALS, 0)
    live = set()
    for (k, _start, _end, _paragraph, _body, words, excluded, _reason, attribution, quote, _speaker,
         verb, _category, connotation, sentiment) in result.sentences:
        if excluded:
            continue
        live.add(k)
        units = round(sentiment * _SENTIMENT_UNIT)
        totals["sentences"] += 1
        totals["words"] += words
        totals["named"] += attribution == "named"
        totals["anonymous"] += attribution == "anonymous"
        totals["unattributed"] += attribution == "none"
        totals["quote"] += bool(quote)
        totals["with_verb"] += verb != ""
        totals["loaded_verb"] += connotation == "non_neutral"
        totals["negative"] += sentiment <= NEGATIVE_AT
        totals["positive"] += sentiment >= POSITIVE_AT
        totals["sentiment_units"] += units
        totals["sentiment_squares"] += units * units
    for k, _start, _end, kind, _category, _text, _rule, quoted, _alternative in result.spans:
        if kind == "hedge":
            totals["hedges"] += 1
        elif kind == "booster":
            totals["boosters"] += 1
        elif kind == "loaded":
            totals["loaded"] += 1
            totals["loaded_quoted" if quoted else "loaded_own"] += 1
    return totals


def metrics_from_totals(totals: pd.DataFrame) -> pd.DataFrame:
    """The metrics (see :data:`METRICS`, reading level aside) from rows of :data:`TOTALS`.
    A row without sentences gets zero words and sentences and no rates."""
    # Computed on NumPy columns and made into one frame at the end: a pandas operation per
    # metric costs far more than its arithmetic on a few hundred rows.
    count = {name: totals[name].to_numpy(dtype="int64") for name in TOTALS}

    def per(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
        return numerator / np.where(denominator == 0, np.nan, denominator)  # no rate without a base

    sentences, words = count["sentences"], count["words"]
    columns: dict[str, np.ndarray] = {"words": words, "sentences": sentences}
    for name in ("hedges", "boosters", "loaded", "loaded_own", "loaded_quoted"):
        columns[f"{name}_per_1k"] = np.round(per(1000 * count[name], words), 1)
    for name in ("named", "anonymous", "unattributed", "quote", "negative", "positive"):
        columns[f"{name}_share"] = np.round(per(count[name], sentences), 3)
    columns["loaded_verb_share"] = np.round(per(count["loaded_verb"], count["with_verb"]), 3)
    mean = per(count["sentiment_units"], sentences)
    variance = np.clip(per(count["sentiment_squares"], sentences) - mean * mean, 0, None)
    columns["sentiment_mean"] = np.round(mean / _SENTIMENT_UNIT, 3)
    columns["sentiment_spread"] = np.round(np.sqrt(variance) / _SENTIMENT_UNIT, 3)
    return pd.DataFrame(columns, index=totals.index)


def _level(value: float) -> float:
    """A reading level as the article table shows it: one decimal, NaN kept."""
    return round(value, 1) if value == value else value


class OutletPool:
    """Per-outlet sums of article totals and word-weighted reading levels, added one article at
    a time: what the outlet table is made from, in memory or streaming."""

    def __init__(self) -> None:
        self.articles: dict[str, int] = {}
        self.totals: dict[str, dict[str, int]] = {}
        # Reading level: sums of (words x level in tenths) and of words, over articles that have one.
        self.levels: dict[str, list[int]] = {}

    def add(self, outlet: str, totals: dict[str, int], ease: float, grade: float) -> None:
        if outlet not in self.articles:
            self.articles[outlet] = 0
            self.totals[outlet] = dict.fromkeys(TOTALS, 0)
            self.levels[outlet] = [0, 0, 0]
        self.articles[outlet] += 1
        pooled = self.totals[outlet]
        for name, value in totals.items():
            pooled[name] += value
        if ease == ease:
            weight = max(totals["words"], 1)
            level = self.levels[outlet]
            level[0] += weight * round(ease * 10)
            level[1] += weight * round(grade * 10)
            level[2] += weight

    def table(self) -> pd.DataFrame:
        """The per-outlet table (:data:`OUTLET_COLUMNS`), outlets in order of first appearance."""
        outlets = list(self.articles)
        if not outlets:
            return pd.DataFrame({c: pd.Series(dtype="float64" if c in METRICS else "object") for c in OUTLET_COLUMNS})
        totals = pd.DataFrame([self.totals[o] for o in outlets], index=pd.Index(outlets, name="outlet"), columns=TOTALS)
        table = metrics_from_totals(totals)
        table.insert(0, "articles", [self.articles[o] for o in outlets])
        ease_sum, grade_sum, weights = (np.array([self.levels[o][i] for o in outlets], dtype="float64") for i in range(3))
        with np.errstate(invalid="ignore", divide="ignore"):
            table["flesch_reading_ease"] = np.round(ease_sum / weights / 10, 1)
            table["fk_grade"] = np.round(grade_sum / weights / 10, 1)
        return table.reset_index()[OUTLET_COLUMNS]


def article_rows(articles: list[Article], scored: list[TextScores], pool: OutletPool | None = None) -> pd.DataFrame:
    """The per-article table (:data:`ARTICLE_COLUMNS`) of scored articles; each article is also
    added to ``pool`` when one is given."""
    infos, totals = [], []
    for article, result in zip(articles, scored):
        ease, grade = (_level(x) for x in result.readability)
        counts = text_totals(result)
        if pool is not None:
            pool.add(article.outlet, counts, ease, grade)
        infos.append((article.id, article.outlet, article.title, article.published, ease, grade, article.source))
        totals.append(counts)
    info = pd.DataFrame(infos, columns=["article_id", "outlet", "title", "published", "flesch_reading_ease", "fk_grade",
                                        "source"])
    metrics = metrics_from_totals(pd.DataFrame(totals, columns=TOTALS, dtype="int64")).reset_index(drop=True)
    return pd.concat([info, metrics], axis=1)[ARTICLE_COLUMNS]


def assemble(articles: list[Article], scored: list[TextScores]) -> Scores:
    """The four tables from articles and what their texts scored (same order, unique ids)."""
    sentence_rows, span_rows = [], []
    for article, result in zip(articles, scored):
        key = (article.id, article.outlet)
        sentence_rows += [key + row for row in result.sentences]
        span_rows += [key + row for row in result.spans]
    sentences = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS)
    spans = pd.DataFrame(span_rows, columns=SPAN_COLUMNS)
    pool = OutletPool()
    per_article = article_rows(articles, scored, pool)
    return Scores(sentences, spans, per_article, pool.table())


def score_corpus(articles: Iterable[Article], lexicons: Lexicons | None = None) -> Scores:
    """Score a corpus: the sentence, span, per-article and per-outlet tables.

    Reordering the articles changes no article's scores; duplicate ids get a suffix."""
    articles = unique_ids(articles)
    return assemble(articles, [score_text(a.text, lexicons) for a in articles])


def score_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Per-article metrics for a DataFrame of articles (a ``text`` column, optional ``id``,
    ``outlet``, ``title``, ``published``): one partition in, one out, for Dask or Spark.

    The output has :data:`ARTICLE_COLUMNS`, one row per input row, in order. A missing value
    (None, NaN, NA) is no text (no words, no sentences), no outlet, title or date; an article
    without an id takes its row's index label. Whole numbers in a float ``id`` column are
    written as integers ("7", not "7.0").
    """
    # pandas holds integer ids with a gap (NaN) as floats: write those back as the integers they
    # were. Only below 2**53, where a float holds every integer exactly.
    float_ids = "id" in frame.columns and pd.api.types.is_float_dtype(frame["id"])

    def article_id(value: object, label: object) -> str:
        if _missing(value) or (isinstance(value, str) and not value):
            return str(label)
        if float_ids and float(value).is_integer() and abs(value) < 2**53:
            return str(int(value))
        return str(value)

    records = frame.to_dict("records")
    articles = [
        Article(
            id=article_id(r.get("id"), i),
            text=_cell(r.get("text")),
            outlet=_cell(r.get("outlet")),
            title=_cell(r.get("title")),
            published=_cell(r.get("published")),
        )
        for i, r in zip(frame.index, records)
    ]
    if not articles:
        return _empty_article_table()
    return score_corpus(articles).articles


def _missing(value: object) -> bool:
    """Whether a frame's cell holds nothing: None, NaN, pandas' NA or NaT."""
    return pd.api.types.is_scalar(value) and bool(pd.isna(value))


def _cell(value: object) -> str:
    """A frame's cell as text; a missing one as "" (str() made NaN the text "nan")."""
    return "" if _missing(value) else str(value)


def _empty_article_table() -> pd.DataFrame:
    """The article table of no articles, with the dtypes a scored one has: Dask takes the
    Parquet schema from it (an ``object`` text column, or float counts, made ``to_parquet`` fail)."""
    def dtype(column: str):
        if column in ("words", "sentences"):
            return "int64"
        # The dtype pandas gives a column of Python strings: ``str`` in pandas 3, ``object`` before.
        return "float64" if column in METRICS else pd.Series(["x"]).dtype
    return pd.DataFrame({c: pd.Series(dtype=dtype(c)) for c in ARTICLE_COLUMNS})

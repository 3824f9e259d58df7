"""A self-contained HTML report: the scorecard, every chart, the corpus with dates, the method.

The file works offline: plotly.js is inlined once and every chart after the first reuses it.
Every piece of text from the corpus (outlet names, titles, sentences) is HTML-escaped, and the
chart data is embedded as JSON that plotly escapes for a ``<script>`` block.

Optionally :func:`figure_png` renders a chart as PNG through kaleido and the system Chromium.
"""
from __future__ import annotations

import datetime as dt
import html
import warnings
from collections.abc import Callable, Iterable
from functools import cache

import pandas as pd
import plotly.graph_objects as go

from . import charts
from .corpus import Article, plural
from .language import looks_english
from .score import METRICS, SHORT_ARTICLE_WORDS, Scores

__all__ = ["build_report", "notices", "figure_png", "corpus_table", "metrics_csv", "metrics_json"]

_CSS = """
body { font-family: "Source Sans Pro", Arial, sans-serif; color: #222; max-width: 1150px; margin: 2rem auto;
  padding: 0 1rem; line-height: 1.5; }
h1 { margin-bottom: .2rem; } h2 { margin-top: 2.4rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.caption { color: #555; margin-top: -.4rem; }
.note { background: #f4f8fb; border-left: 4px solid #0072B2; padding: .6rem 1rem; }
.warning { background: #fdf6e3; border-left: 4px solid #D55E00; padding: .6rem 1rem; }
table { border-collapse: collapse; font-size: .92rem; margin: .6rem 0; display: block; max-width: 100%;
  overflow-x: auto; }  /* a table of many outlets scrolls sideways within the page */
tr > th:first-child { white-space: nowrap; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
table.figures td { text-align: right; }
"""


def corpus_table(articles: Iterable[Article], article_scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """The corpus as a table: id, outlet, title, published, words, source file."""
    words = {} if article_scores is None else dict(zip(article_scores["article_id"], article_scores["words"]))
    return pd.DataFrame(
        [(a.id, a.outlet, a.title, a.published or "undated", words.get(a.id, ""), a.url or a.source) for a in articles],
        columns=["id", "outlet", "title", "published", "words", "source"],
    )


#: Columns that count things: written as whole numbers.
_COUNTS = ("articles", "words", "sentences")
#: What a spreadsheet reads as the start of a formula (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def metrics_csv(scores: Scores) -> str:
    """The per-outlet and per-article metrics as one CSV, a ``level`` column telling them apart.
    Counts stay whole numbers. A text cell that a spreadsheet would run as a formula (an outlet
    or title starting with "=", "+", "-", "@") gets a leading apostrophe, so it shows as text."""
    table = pd.concat([scores.outlets.assign(level="outlet"), scores.articles.assign(level="article")],
                      ignore_index=True)
    for column in table.columns:
        values = table[column]
        if column in _COUNTS:
            table[column] = values.astype("Int64")  # blank where the level has no such count, never "2.0"
        elif pd.api.types.is_string_dtype(values) or values.dtype == object:
            table[column] = values.map(lambda v: f"'{v}" if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return table.to_csv(index=False)


def metrics_json(scores: Scores) -> str:
    """The per-outlet and per-article metrics, with what each metric means, as JSON."""
    import json

    return json.dumps({
        "metrics": METRICS,
        "outlets": json.loads(scores.outlets.to_json(orient="records")),
        "articles": json.loads(scores.articles.to_json(orient="records")),
    }, ensure_ascii=False, indent=1)


#: Pixels a chart's title takes above the plot (a 20 px font and its padding).
_TITLE_ROOM = 40


def _table(frame: pd.DataFrame, index: bool = False, figures: bool = False) -> str:
    """``frame`` as an HTML table; ``figures``: every cell a number, right-aligned so digits line up.
    A table with no rows says so rather than show its header alone."""
    if frame.empty:
        return '<p class="none">None in these articles.</p>'
    # to_html escapes every cell and header by default; kept explicit because it matters.
    return frame.to_html(index=index, escape=True, border=0, na_rep="–", float_format=lambda v: f"{v:g}",
                         classes="figures" if figures else None)


def notices(scores: Scores, articles: list[Article], edited: dict[str, tuple[int, int]] | None = None,
            escape: Callable[[str], str] = str) -> list[str]:
    """What a reader of the figures must know, as plain sentences (the app shows them as warnings,
    the report above its scorecard): articles that do not look English, articles too short for
    steady figures, and lexicons edited (``edited``: name -> (terms now, terms bundled)). The
    articles' names pass through ``escape`` (they are data: the app escapes them for Markdown)."""
    said = []
    foreign = [a for a in articles if not looks_english(a.text)]
    if foreign:
        more = f" and {len(foreign) - 5} more" if len(foreign) > 5 else ""
        names = ", ".join(escape(a.label()) for a in foreign[:5]) + more
        said.append(f"Not English? {names}. The lexicons and VADER are English-only: these articles are scored, "
                    "but their figures are unreliable.")
    short = scores.articles[scores.articles["words"] < SHORT_ARTICLE_WORDS].sort_values("words")
    if not short.empty:
        by_id = {a.id: a for a in articles}
        names = ", ".join(escape(by_id[row.article_id].label() if row.article_id in by_id else str(row.article_id))
                          + f" ({row.words} words)" for row in short.head(5).itertuples())
        more = f" and {len(short) - 5} more" if len(short) > 5 else ""
        said.append(f"Short: {names}{more}. Below {SHORT_ARTICLE_WORDS} words the rates per 1,000 words and the "
                    "reading level swing widely (one loaded term in 40 words is 25 per 1,000): compare these "
                    "with care.")
    if edited:
        lists = "; ".join(f"{name.replace('_', ' ')} ({now} terms, {bundled} bundled)"
                          for name, (now, bundled) in edited.items())
        said.append(f"Lexicons edited: {lists}. The figures come from the edited lists, not the bundled ones.")
    return said


def build_report(
    scores: Scores,
    articles: list[Article],
    colours: dict[str, str],
    generated: dt.datetime | None = None,
    title: str = "Framing report",
    notes: Iterable[str] = (),
    by_article: bool = False,
) -> str:
    """The whole report as one HTML document (see the module docstring). ``notes`` (plain text,
    see :func:`notices`) stand above the scorecard; ``by_article``: the groups are articles."""
    generated = generated or dt.datetime.now().replace(microsecond=0)
    esc = html.escape
    outlets = len({a.outlet for a in articles})
    pooled = ("Each article's figures" if by_article else "Each outlet's figures pooled over its articles")
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title>", f"<style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        f'<p>Report generated on <time datetime="{generated.isoformat()}">{generated:%d %B %Y, %H:%M}</time> '
        f"by Framing, from {plural(len(articles), 'article')} by {plural(outlets, 'outlet')}"
        f"{', compared article by article' if by_article else ''}.</p>",
        '<p class="note">These figures are prompts for discussion, not verdicts on outlets. Each counts words '
        "from lists (lexicons) and simple rules; they miss things and they flag things wrongly. Read the "
        "sentences behind a number before drawing a conclusion from it. The lexicons and the tone scores "
        "(VADER) are for English text only.</p>",
        *(f'<p class="warning">{esc(note)}</p>' for note in notes),
        "<h2>Scorecard</h2>",
        f'<p class="caption">{pooled}: rates per 1,000 words, shares in %.</p>',
        # metrics as rows (fits the page), formatted as the app shows them
        _table(charts.scorecard_text(charts.scorecard(scores.outlets, METRICS, "Article" if by_article else "Outlet").T)
               .rename(columns=charts.short_names(scores.outlets["outlet"])), index=True, figures=True),
    ]
    first = True
    for name, (fig, caption) in charts.all_figures(scores, colours).items():
        heading = fig.layout.title.text or name
        parts.append(f"<h2>{heading}</h2>")  # already escaped by the charts module
        parts.append(f'<p class="caption">{esc(caption)}</p>')
        # The heading names the chart: its own title would say it twice; the legend moves up into its room.
        fig = go.Figure(fig).update_layout(title_text="", margin_t=max(40, (fig.layout.margin.t or 96) - _TITLE_ROOM))
        parts.append(fig.to_html(full_html=False, include_plotlyjs=first, config={"displaylogo": False},
                                 default_width="100%"))
        first = False
    speakers = charts.speakers(scores.sentences, order=scores.outlets["outlet"])
    parts += ["<h2>Who is quoted</h2>",
              '<p class="caption">Speakers and their reporting verbs; ⚠ marks a verb that is not neutral.</p>',
              _table(speakers.rename(columns={"verbs": "reporting verbs", "non_neutral": "non-neutral verbs",
                                              "also_written": "also written as"}))]
    terms = charts.top_terms(scores.spans, ["hedge", "booster"], order=scores.outlets["outlet"])
    parts += ["<h2>Hedges and boosters: the words</h2>",
              '<p class="caption">Each outlet\'s most frequent hedges and boosters, with their counts.</p>',
              _table(terms)]
    negative, positive = charts.tone_extremes(scores.sentences)
    for heading, sentences in (("Most negative sentences", negative), ("Most positive sentences", positive)):
        parts += [f"<h2>{heading}</h2>", '<p class="caption">By VADER\'s compound score, from -1 to +1.</p>',
                  _table(pd.DataFrame({"score": sentences["sentiment"].map("{:+.2f}".format),
                                       "sentence": sentences["text"], "outlet": sentences["outlet"],
                                       "article": sentences["article_id"]}))]
    word_choice = charts.word_choice_table(scores.spans, scores.outlets["outlet"])
    parts += ["<h2>Word choice</h2>",
              '<p class="caption">Contested names and spellings, counted per outlet.</p>', _table(word_choice)]
    parts += ["<h2>The corpus</h2>", '<p class="caption">Every article scored, with its date of publication.</p>',
              _table(corpus_table(articles, scores.articles))]
    parts += ["<h2>What each metric means</h2>", "<dl>"]
    for name, meaning in METRICS.items():
        # The scorecard's name first, so a reader can find it; the column's name in the CSV beside it.
        label = charts.SCORECARD_LABELS.get(name, name)
        parts.append(f"<dt>{esc(label)} (<code>{esc(name)}</code>)</dt><dd>{esc(meaning)}</dd>")
    parts += ["</dl>", "</body></html>"]
    return "\n".join(parts)


@cache
def _kaleido_server() -> None:
    """Start kaleido's browser once per process (the first PNG takes a few seconds, the rest are fast)."""
    import kaleido

    kaleido.start_sync_server(mathjax=False)


def figure_png(fig: go.Figure, width: int = 1280, height: int | None = None) -> bytes:
    """The chart as PNG, rendered by kaleido with the system Chromium (started once)."""
    _kaleido_server()
    with warnings.catch_warnings():
        # plotly passes its own kaleido options on every call; the server started above has its own
        warnings.filterwarnings("ignore", message="The kopts argument is ignored if using a server")
        return fig.to_image(format="png", width=width, height=height or fig.layout.height or 500)

"""Charts and tables for the dashboard and the report: DataFrames in, plotly Figures out.

Every function is pure: it takes the score tables (see :mod:`framing.score`) and a colour for
each group (an outlet, or an article when the app groups by article) and returns a figure
with a title, axis titles and a legend. Each group keeps one colour and one marker symbol
everywhere, from the Okabe–Ito palette, so the charts read in colour-blind vision and in
greyscale on a projector.

User-supplied strings (outlet names, terms, sentences) are HTML-escaped before they reach a
figure: plotly renders a few tags in labels, and outlet names are data, not markup.

>>> colours = palette(["RT", "RES-MPE", "RT"])
>>> colours
{'RT': '#0072B2', 'RES-MPE': '#E69F00'}
"""
from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .corpus import unique_namer
from .score import OUTLET_COLUMNS, SHORT_ARTICLE_WORDS, Scores
from .sentiment import NEGATIVE_AT, POSITIVE_AT

__all__ = [
    "OKABE_ITO", "SYMBOLS", "BAR_PATTERNS", "FINGERPRINT_METRICS", "SCORECARD_LABELS", "palette", "symbols",
    "by_article", "short_name", "short_names", "NAME_LIMIT", "scorecard", "fingerprint", "hedging", "top_terms",
    "in_order",
    "attribution", "SOURCE_KINDS", "source_sentences", "speakers", "loaded_by_category", "term_heatmap",
    "word_choice_table", "tone", "tone_extremes", "tone_sentences", "readability", "term_sentences",
    "KIND_NAMES", "flag_name",
    "FIGURES", "figure", "all_figures",
]

#: Okabe & Ito (2008), "Color Universal Design": distinguishable in the common colour-vision
#: deficiencies. Ordered so the first four (the seeds' outlets) are the most distinct on white;
#: yellow comes last because it is faint on a white background (its marks are edged darker: PALE_OUTLINES).
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"]
#: A marker symbol per group too, so that no chart relies on colour alone.
SYMBOLS = ["circle", "square", "diamond", "triangle-up", "x", "star", "cross", "triangle-down"]

#: The metrics the fingerprint compares, with a short label, in reading order.
FINGERPRINT_METRICS = {
    "hedges_per_1k": "Hedges",
    "boosters_per_1k": "Boosters",
    "loaded_own_per_1k": "Loaded words (own voice)",
    "loaded_verb_share": "Non-neutral reporting verbs",
    "anonymous_share": "Anonymous sources",
    "unattributed_share": "Unattributed claims",
    "quote_share": "Quotations",
    "negative_share": "Negative sentences",
    "fk_grade": "Reading grade",
}

_FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=16, color="#222")
#: The legend sits under the title, placed against the whole figure ("container"), not the plot:
#: plotly then pushes the plot down as the legend wraps onto more rows on a narrow screen, where a
#: legend placed against the plot climbs over the title.
_LEGEND = dict(orientation="h", yref="container", yanchor="top", xanchor="left", x=0, title_text="",
               font=dict(size=15))
#: Pixels from the figure's top to the legend's first row: below the title's line.
_LEGEND_TOP = 48


def _esc(value: object) -> str:
    return html.escape(str(value), quote=False)


#: The narrowest plot a legend has above it (the dashboard's main column at 1280 px, less the axis
#: labels), the width of an entry (its symbol and gap, then its name's letters) and of a row.
_NARROWEST_PLOT, _ENTRY_GAP, _LETTER, _LEGEND_ROW = 560, 40, 8.5, 24


def _legend_rows(fig: go.Figure) -> int:
    """Rows the legend above the plot takes at the narrowest width. Past one row, plotly lays the
    entries out in columns as wide as the widest entry (0 when there is no legend)."""
    if fig.layout.showlegend is False:
        return 0
    names = list(dict.fromkeys(t.name for t in fig.data if t.showlegend is not False and t.name))
    widths = [_ENTRY_GAP + _LETTER * len(html.unescape(name)) for name in names]
    if sum(widths) <= _NARROWEST_PLOT:
        return 1 if names else 0
    columns = max(1, int(_NARROWEST_PLOT // max(widths)))
    return -(-len(names) // columns)


#: A grouped bar chart writes each bar's figure above it up to this many bars; past it the figures
#: would shrink to a few pixels and run together, so they are left to the hover.
LABELLED_BARS = 20


def _layout(fig: go.Figure, title: str, height: int = 440, panel_titles: bool = False, **kwargs) -> go.Figure:
    """Title, fonts, legend and margins shared by every chart. ``panel_titles``: the chart's panels
    have titles of their own above them."""
    fig.update_layout(
        title=dict(text=_esc(title), font=dict(size=20), x=0, xanchor="left", y=0.98, yanchor="top"),
        font=_FONT, height=height, template="plotly_white", legend=_LEGEND,
        margin=dict(l=10, r=20, t=96, b=10), hoverlabel=dict(font_size=15),
        # Figures on narrow bars shrink to fit; each to its own size, down to 11 px, left the
        # smallest figures the biggest. One size for all, never under 14 px (readable on a projector).
        uniformtext=dict(minsize=14, mode="show"),
    )
    fig.update_layout(**kwargs)
    # Height for every row of the legend past the first, so the plot keeps its size. Plotly pushes the
    # plot down below the legend, however many rows it wraps to, but not below a panel's title: that
    # needs the rows in the top margin too (as wide screens wrap them; a narrower one may wrap more).
    extra = _LEGEND_ROW * max(0, _legend_rows(fig) - 1)
    if extra:
        fig.update_layout(height=fig.layout.height + extra)
        if panel_titles:
            fig.update_layout(margin_t=fig.layout.margin.t + extra)
    fig.update_layout(legend_y=1 - _LEGEND_TOP / fig.layout.height)
    # Dark tick labels: the template's grey washes out on a projector.
    fig.update_xaxes(automargin=True, title_font=dict(size=16, color="#333"), tickfont=dict(size=15, color="#222"))
    fig.update_yaxes(automargin=True, title_font=dict(size=16, color="#333"), tickfont=dict(size=15, color="#222"))
    return fig


def palette(groups: Iterable[str]) -> dict[str, str]:
    """A colour for each group, in the order the groups first come (a corpus's order): the same
    corpus always gets the same colours, and a group added at the end leaves the others' colours
    as they were, so a class told "RT is green" can keep to it. Past eight groups the colours
    repeat (the marker symbols then tell them apart)."""
    return {g: OKABE_ITO[i % len(OKABE_ITO)] for i, g in enumerate(dict.fromkeys(groups))}


def _repeats(colours: dict[str, str]) -> dict[str, int]:
    """For each group of ``colours``, how many groups before it have its colour."""
    seen: dict[str, int] = {}
    repeats = {}
    for group, colour in colours.items():
        repeats[group] = seen.get(colour, 0)
        seen[colour] = repeats[group] + 1
    return repeats


def symbols(colours: dict[str, str]) -> dict[str, str]:
    """A marker symbol for each group of ``colours``: its colour's own symbol, shifted by one for
    each earlier group of the same colour, so a group whose colour repeats an earlier group's (past
    eight groups, or a second article of an outlet) gets another symbol: colour and symbol together
    tell 64 groups apart."""
    repeats = _repeats(colours)
    return {g: SYMBOLS[((OKABE_ITO.index(c) if c in OKABE_ITO else i) + repeats[g]) % len(SYMBOLS)]
            for i, (g, c) in enumerate(colours.items())}


#: Bar fills of a colour's first group, second, ...: solid, then hatched, so bars whose colour repeats differ.
BAR_PATTERNS = ["", "/", "x", ".", "\\", "+", "-", "|"]


def _colour(colours: dict[str, str], group: str) -> str:
    return colours.get(group, "#777777")


#: Colours too pale to stand out on white alone, with the darker shade that outlines them.
PALE_OUTLINES = {"#F0E442": "#8F8400"}


def _outline(colours: dict[str, str], group: str, otherwise: str) -> str:
    """The colour to edge a group's marks with: a darker shade of a pale colour, else ``otherwise``."""
    return PALE_OUTLINES.get(_colour(colours, group).upper(), otherwise)


def _bar_marker(colours: dict[str, str], group: str) -> dict:
    """A bar's colour, edged when it is pale, and hatched (``BAR_PATTERNS``) when an earlier group
    has its colour (past the eighth group, or a second article of an outlet)."""
    shape = BAR_PATTERNS[_repeats(colours).get(group, 0) % len(BAR_PATTERNS)]
    colour = _colour(colours, group)
    return {"color": colour, "pattern": {"shape": shape},
            "line": {"color": _outline(colours, group, colour), "width": 1.5}}


#: The longest group name a chart or a table shows whole: a longer one is cut with "…".
NAME_LIMIT = 40


def _unique(labels: Iterable[str]) -> list[str]:
    """``labels`` with a number added to any that repeats an earlier one, so a category axis
    does not merge two groups whose names were cut alike."""
    unique = unique_namer()
    return [unique(label) for label in labels]


def short_name(name: str, limit: int = NAME_LIMIT) -> str:
    """``name`` cut to ``limit`` characters with "…"; a compared article's " · id" is kept."""
    name = " ".join(str(name).split())
    head, sep, tail = name.rpartition(" · ")
    if len(name) > limit and sep and len(tail) < limit // 2:
        return _short(head, limit - len(sep) - len(tail)) + sep + tail
    return _short(name, limit)


def short_names(groups: Iterable[str]) -> dict[str, str]:
    """Each group's name as charts and tables show it: cut to ``NAME_LIMIT``, kept apart."""
    groups = list(dict.fromkeys(groups))
    return dict(zip(groups, _unique(short_name(g) for g in groups)))


def _names(groups: Iterable[str]) -> dict[str, str]:
    """:func:`short_names`, escaped for a chart."""
    return {group: _esc(name) for group, name in short_names(groups).items()}


def _groups(frame: pd.DataFrame, colours: dict[str, str]) -> list[str]:
    """The groups present in ``frame``, in the order of ``colours`` (then any others)."""
    present = list(dict.fromkeys(frame["outlet"])) if len(frame) else []
    return [g for g in colours if g in present] + [g for g in present if g not in colours]


def by_article(scores: Scores) -> Scores:
    """The same tables with each article as its own group (the ``outlet`` column then holds
    "outlet · article id"), so every chart can compare articles instead of outlets."""
    label = {row.article_id: f"{row.outlet} · {row.article_id}" for row in scores.articles.itertuples()}
    sentences = scores.sentences.assign(outlet=scores.sentences["article_id"].map(label))
    spans = scores.spans.assign(outlet=scores.spans["article_id"].map(label))
    articles = scores.articles.assign(outlet=scores.articles["article_id"].map(label))
    outlets = articles.assign(articles=1)[OUTLET_COLUMNS].reset_index(drop=True)
    return Scores(sentences, spans, articles, outlets)


#: The scorecard's names for the metrics: short, in the words the charts use; "/1k" is per 1,000
#: words and "%" a share of sentences.
SCORECARD_LABELS = {
    "words": "Words",
    "sentences": "Sentences",
    "hedges_per_1k": "Hedges /1k",
    "boosters_per_1k": "Boosters /1k",
    "loaded_per_1k": "Loaded words /1k",
    "loaded_own_per_1k": "Loaded, own voice /1k",
    "loaded_quoted_per_1k": "Loaded, quoted /1k",
    "named_share": "Named sources %",
    "anonymous_share": "Anonymous sources %",
    "unattributed_share": "Unattributed claims %",
    "quote_share": "Quotations %",
    "loaded_verb_share": "Non-neutral reporting verbs %",
    "sentiment_mean": "Tone: mean",
    "sentiment_spread": "Tone: spread",
    "negative_share": "Negative sentences %",
    "positive_share": "Positive sentences %",
    "flesch_reading_ease": "Reading ease",
    "fk_grade": "Reading grade",
}
#: Scorecard rows shown as whole numbers, and those on VADER's -1 to +1 scale (two decimals).
_COUNT_ROWS = ("Articles", "Words", "Sentences")
_TONE_ROWS = (SCORECARD_LABELS["sentiment_mean"], SCORECARD_LABELS["sentiment_spread"])


def scorecard(outlets: pd.DataFrame, metrics: dict[str, str], unit: str = "Outlet") -> pd.DataFrame:
    """Groups × metrics as a table with readable column names, shares as percentages; ``unit``
    names a group ("Article" when articles are compared)."""
    table = outlets.set_index("outlet")
    out = pd.DataFrame(index=table.index)
    out["Articles"] = table["articles"]
    for name in metrics:
        values = table[name]
        out[SCORECARD_LABELS[name]] = (values * 100).round(1) if name.endswith("_share") else values
    out.index.name = unit
    return out


def scorecard_text(card: pd.DataFrame) -> pd.DataFrame:
    """The transposed scorecard (metrics as rows) as text for display: counts as whole numbers,
    tone on its −1…+1 scale with two decimals, the rest with one; a missing value is "–", and
    a value that rounds to zero never shows as "-0.0".

    >>> scorecard_text(pd.DataFrame({"RT": [2, 0.1234, -0.04]}, index=["Articles", "Tone: mean", "Hedges /1k"]))
                  RT
    Articles       2
    Tone: mean  0.12
    Hedges /1k   0.0
    """
    def shown(value: float, decimals: int) -> str:
        if pd.isna(value):
            return "–"
        text = f"{value:,.{decimals}f}"
        return text[1:] if text.startswith("-") and float(text.replace(",", "")) == 0 else text

    rows = {}
    for name, values in card.iterrows():
        decimals = 0 if name in _COUNT_ROWS else 2 if name in _TONE_ROWS else 1
        rows[name] = [shown(v, decimals) for v in values]
    return pd.DataFrame.from_dict(rows, orient="index", columns=card.columns).rename_axis(card.index.name)


#: Where the fingerprint draws a short group whose value lies beyond the scale.
_BEYOND = 1.2
#: The fingerprint's marks (px), the distance between two groups' lanes in a metric's row, the
#: least and the most height of a row, and the height around the rows (title, legend, axis).
_MARK_PX, _LANE_PX, _ROW_PX, _ROW_PX_MOST, _AROUND_ROWS_PX = 16, 11, 36, 64, 176


def fingerprint(outlets: pd.DataFrame, colours: dict[str, str]) -> go.Figure:
    """Each group on the main metrics, on one scale: 1 is the group highest on that metric,
    0 is none at all. The hover gives the real value. Groups of fewer than
    ``SHORT_ARTICLE_WORDS`` words (whose rates swing widely) are drawn hollow and do not set the
    scale: one pasted paragraph would squeeze every other group to the left. When one of them lies
    beyond the scale it is drawn at "beyond"."""
    fig = go.Figure()
    marks = symbols(colours)
    labels = list(FINGERPRINT_METRICS.values())
    table = outlets.set_index("outlet")
    groups = _groups(outlets, colours)
    names = _names(groups)
    short = table["words"] < SHORT_ARTICLE_WORDS if "words" in table else pd.Series(False, index=table.index)
    steady = table.loc[~short] if (~short).any() else table
    # Each group in its own lane, a little above or below the metric's line, so equal values do not
    # hide each other: the rows grow with the groups until the marks stand _LANE_PX apart (up to
    # _ROW_PX_MOST a row; past it they overlap a little).
    row_px = min(max(_ROW_PX, _LANE_PX * (len(groups) - 1) + _MARK_PX), _ROW_PX_MOST)
    step = min(_LANE_PX / row_px, 0.8 / max(len(groups) - 1, 1))
    beyond = False
    for k, group in enumerate(groups):
        row = table.loc[group]
        scaled, real = [], []
        for name in FINGERPRINT_METRICS:
            top = steady[name].max()
            value = row[name]
            if pd.isna(value):  # not measured (a reading level without sentences): not drawn at "none"
                scaled.append(None)
                real.append("n/a")
                continue
            position = float(value / top) if pd.notna(top) and top > 0 else 0.0
            beyond |= position > 1
            scaled.append(min(max(position, 0.0), _BEYOND))  # below none (a negative grade): at none
            real.append(f"{value:.0%}" if name.endswith("_share") else f"{value:g}")
        symbol = marks.get(group, "circle") + ("-open" if short.get(group, False) else "")
        note = f" (under {SHORT_ARTICLE_WORDS} words: not to scale)" if short.get(group, False) else ""
        colour = _colour(colours, group)
        fig.add_trace(go.Scatter(
            x=scaled, y=[i + (k - (len(groups) - 1) / 2) * step for i in range(len(labels))],
            mode="markers", name=names[group], text=labels,
            # A hollow mark is drawn in its fill colour alone: a pale one takes its darker shade.
            marker=dict(color=_outline(colours, group, colour) if note else colour, size=_MARK_PX, opacity=0.9,
                        symbol=symbol,
                        line=dict(color=_outline(colours, group, colour if note else "white"),
                                  width=2 if note or colour.upper() in PALE_OUTLINES else 1)),
            customdata=real, hovertemplate=f"%{{text}}: %{{customdata}}{_esc(note)}<extra>%{{fullData.name}}</extra>",
        ))
    fig.update_yaxes(autorange="reversed", title_text="", tickvals=list(range(len(labels))), ticktext=labels,
                     zeroline=False)
    ticks = {0: "none", 0.5: "half", 1: "highest", **({_BEYOND: "beyond"} if beyond else {})}
    fig.update_xaxes(range=[-0.05, (_BEYOND if beyond else 1) + 0.05], tickvals=list(ticks),
                     ticktext=list(ticks.values()), title_text="1 = the highest outlet on that metric, 0 = none")
    fig.update_yaxes(showgrid=True, gridcolor="#e4e4e4", gridwidth=1)
    # showlegend: plotly drops the legend of a single outlet, which then has no name on the chart.
    return _layout(fig, "Framing fingerprint: side by side, metric by metric",
                   height=_AROUND_ROWS_PX + row_px * len(labels), showlegend=True)


def _ticks_on_two_lines(fig: go.Figure, categories: list[str]) -> None:
    """The category axis's names broken after their first word: on a narrow screen plotly tilts
    names that do not fit, and tilted they are hard to read and take the plot's height."""
    fig.update_xaxes(tickmode="array", tickvals=categories,
                     ticktext=[name.replace(" ", "<br>", 1) for name in categories])


def hedging(outlets: pd.DataFrame, colours: dict[str, str]) -> go.Figure:
    """Hedges and boosters per 1,000 words, one bar per group."""
    fig = go.Figure()
    table = outlets.set_index("outlet")
    names = _names(_groups(outlets, colours))
    labelled = len(names) * 2 <= LABELLED_BARS
    for group in names:
        values = [table.at[group, "hedges_per_1k"], table.at[group, "boosters_per_1k"]]
        fig.add_trace(go.Bar(
            x=["Hedges (may, reportedly…)", "Boosters (clearly, flatly…)"], y=values, name=names[group],
            marker=_bar_marker(colours, group),
            text=[f"{v:.1f}" if pd.notna(v) and labelled else "" for v in values],
            textposition="outside", hovertemplate="%{x}: %{y:.1f} per 1,000 words<extra>%{fullData.name}</extra>",
        ))
    fig.update_layout(barmode="group")
    _ticks_on_two_lines(fig, ["Hedges (may, reportedly…)", "Boosters (clearly, flatly…)"])
    fig.update_yaxes(title_text="Per 1,000 words", rangemode="tozero")
    return _layout(fig, "Hedges and boosters per 1,000 words", showlegend=True)


def top_terms(spans: pd.DataFrame, kinds: Iterable[str], n: int = 8,
              order: Iterable[str] = ()) -> pd.DataFrame:
    """Each group's most frequent terms of the given kinds: group, kind, term, count. Groups
    come in ``order`` (the legends' order), any others after them alphabetically."""
    kinds = list(kinds)
    found = spans.loc[spans["kind"].isin(kinds)]
    if found.empty:
        return pd.DataFrame(columns=["outlet", "kind", "term", "count"])
    found = found.assign(term=found["text"].str.lower().str.replace(r"\s+", " ", regex=True))
    counts = found.groupby(["outlet", "kind", "term"]).size().rename("count").reset_index()
    counts = in_order(counts, order, ["kind", "count", "term"], [True, False, True])
    return counts.groupby(["outlet", "kind"], sort=False).head(n).reset_index(drop=True)


def in_order(table: pd.DataFrame, order: Iterable[str], by: Sequence[str] = (),
             ascending: Sequence[bool] = ()) -> pd.DataFrame:
    """``table`` sorted by its ``outlet`` column in ``order`` (the legends' order; others after
    them, alphabetically), then by ``by``; rows that tie keep their order."""
    place = {group: k for k, group in enumerate(order)}
    table = table.assign(place=table["outlet"].map(place).fillna(len(place)))
    return table.sort_values(["place", "outlet", *by], ascending=[True, True, *ascending],
                             kind="stable").drop(columns="place")


def _one_line(texts: pd.Series) -> pd.Series:
    """Each text with its runs of white space (line breaks included) made one space, for a table row."""
    return texts.map(lambda t: " ".join(str(t).split()))


def _live_of(sentences: pd.DataFrame, group: str) -> pd.DataFrame:
    """The sentences of ``group`` that count (boilerplate left out), as every figure counts them."""
    return sentences.loc[~sentences["excluded"].astype(bool) & (sentences["outlet"] == group)]


#: The attribution chart's bars, named as in the scorecard.
_ATTRIBUTION = {metric: SCORECARD_LABELS[metric].removesuffix(" %")
                for metric in ("named_share", "anonymous_share", "unattributed_share", "quote_share")}


def attribution(outlets: pd.DataFrame, colours: dict[str, str]) -> go.Figure:
    """Shares of sentences with a named, an anonymous or no source, and with a quotation."""
    fig = go.Figure()
    table = outlets.set_index("outlet")
    names = _names(_groups(outlets, colours))
    labelled = len(names) * len(_ATTRIBUTION) <= LABELLED_BARS
    for group in names:
        values = [table.at[group, name] for name in _ATTRIBUTION]
        fig.add_trace(go.Bar(
            x=list(_ATTRIBUTION.values()), y=values, name=names[group], marker=_bar_marker(colours, group),
            # The axis says these are per cent: a figure without its "%" fits over a bar at 1,024 px
            # with the sidebar open, where "55%" ran into its neighbour's "49%".
            text=[f"{100 * v:.0f}" if pd.notna(v) and labelled else "" for v in values], textposition="outside",
            hovertemplate="%{x}: %{y:.0%} of sentences<extra>%{fullData.name}</extra>",
        ))
    fig.update_layout(barmode="group", bargap=0.12)  # bars a little wider than the default, for their figures
    _ticks_on_two_lines(fig, list(_ATTRIBUTION.values()))
    fig.update_yaxes(title_text="Share of sentences", tickformat=".0%", rangemode="tozero")
    return _layout(fig, "Who is the source? Shares of sentences", showlegend=True)


#: The attribution chart's bars, by the sentences each counts.
SOURCE_KINDS = dict(zip(_ATTRIBUTION.values(), [
    lambda rows: rows["attribution"] == "named",
    lambda rows: rows["attribution"] == "anonymous",
    lambda rows: rows["attribution"] == "none",
    lambda rows: rows["quote"].astype(bool),
]))


def source_sentences(sentences: pd.DataFrame, bar: str, group: str) -> pd.DataFrame:
    """The sentences of ``group`` that one bar of the attribution chart counts (``bar`` is a key
    of :data:`SOURCE_KINDS`), in reading order: article, speaker, reporting verb, sentence.
    Their number over the group's sentences is the bar's height."""
    live = _live_of(sentences, group)
    rows = live.loc[SOURCE_KINDS[bar](live)]
    return pd.DataFrame({
        "article_id": rows["article_id"], "speaker": rows["speaker"], "verb": rows["verb"],
        "sentence": _one_line(rows["text"]),
    }).reset_index(drop=True)


def speakers(sentences: pd.DataFrame, order: Iterable[str] = ()) -> pd.DataFrame:
    """Who is quoted or cited, per group: speaker, sentences, the reporting verbs used (a
    non-neutral verb is marked ``⚠``), how many of them are non-neutral, and the other forms the
    speaker is written in. One person's forms count together (``speaker_names``): "Peskov" and
    "Kremlin spokesman Dmitry Peskov" are one row, under the fullest form. Groups come in
    ``order`` (the legends' order), the most cited speaker first."""
    live = sentences.loc[~sentences["excluded"].astype(bool) & (sentences["speaker"] != "")]
    columns = ["outlet", "speaker", "sentences", "verbs", "non_neutral", "also_written"]
    if live.empty:
        return pd.DataFrame(columns=columns)
    fullest = {}
    for group, part in live.groupby("outlet", sort=False):
        named = part.loc[part["attribution"] == "named", "speaker"].unique()
        fullest.update({(group, name): form for name, form in speaker_names(named).items()})
        # Other sources written with and without an article ("U.S. official", "the U.S. official")
        # are one row, under the form written most often.
        others = part.loc[part["attribution"] != "named", "speaker"]
        by_words: dict[tuple[str, ...], str] = {}
        for form in others.value_counts(sort=True).index:
            by_words.setdefault(_name_words(form) or (form,), form)
        fullest.update({(group, form): by_words[_name_words(form) or (form,)] for form in others.unique()
                        if (group, form) not in fullest})
    live = live.assign(written=live["speaker"],
                       speaker=[fullest.get(key, key[1]) for key in zip(live["outlet"], live["speaker"])])
    rows = []
    for (group, speaker), part in live.groupby(["outlet", "speaker"], sort=False):
        verbs = []
        for verb, connotation in part[["verb", "verb_connotation"]].itertuples(index=False):
            if verb:
                mark = f"{verb} ⚠" if connotation == "non_neutral" else verb
                if mark not in verbs:
                    verbs.append(mark)
        others = [form for form in part["written"].unique() if form != speaker]
        rows.append((group, speaker, len(part), ", ".join(verbs),
                     int((part["verb_connotation"] == "non_neutral").sum()), ", ".join(others)))
    table = pd.DataFrame(rows, columns=columns)
    return in_order(table, order, ["sentences", "speaker"], [False, True]).reset_index(drop=True)


# Titles and articles left out when two forms of a name are compared ("Mr. Trump", "Donald Trump").
_NAME_NOISE = frozenset("the a an mr mrs ms dr sen rep gov gen".split())


def _name_words(form: str) -> tuple[str, ...]:
    words = (w.strip(".,’'").lower() for w in form.split())
    return tuple(w for w in words if w and w not in _NAME_NOISE)


def speaker_names(forms: Iterable[str]) -> dict[str, str]:
    """The fullest form of each of one outlet's named speakers: a name whose words end exactly
    one longer name ("Peskov", "Dmitry Peskov" -> "Kremlin spokesman Dmitry Peskov") and a
    description in lower case whose words all stand in exactly one name ("the Ukrainian
    president" -> "Ukrainian President Volodymyr Zelensky") take that name. A form that fits
    two people ("Clinton" beside "Bill Clinton" and "Hillary Clinton"), and the writer's "I", stay
    as they are. Returns only the forms that change."""
    forms = [f for f in dict.fromkeys(forms) if f and not f.endswith("(the writer)")]
    words = {f: _name_words(f) for f in forms}
    names = [f for f in forms if words[f] and f.split()[-1][:1].isupper()]
    position = {name: k for k, name in enumerate(names)}
    by_last: dict[str, list[str]] = {}  # a name can only end a longer name with the same last word
    by_word: dict[str, set[str]] = {}
    for name in names:
        by_last.setdefault(words[name][-1], []).append(name)
        for word in words[name]:
            by_word.setdefault(word, set()).add(name)

    def extends(longer: str, shorter: str) -> bool:
        size = len(words[shorter])
        return len(words[longer]) > size and words[longer][-size:] == words[shorter]

    def fullest(candidates: list[str]) -> str | None:
        # the one candidate no other candidate extends; None when two people are possible
        top = [c for c in candidates if not any(extends(o, c) for o in candidates)]
        return top[0] if len({words[t] for t in top}) == 1 else None

    changes = {}
    for form in forms:
        own = words[form]
        if not own:
            continue
        if form in position:  # a name
            longer = [n for n in by_last[own[-1]] if extends(n, form)]
        elif form.split()[-1].islower():  # a description: "the Ukrainian president"
            longer = sorted(set.intersection(*(by_word.get(w, set()) for w in own)), key=position.get)
        else:
            continue
        target = fullest(longer) if longer else None
        if target is not None:
            changes[form] = target
    return changes


def _words(outlets: pd.DataFrame) -> pd.Series:
    return outlets.set_index("outlet")["words"].replace(0, np.nan)


def loaded_by_category(spans: pd.DataFrame, outlets: pd.DataFrame, colours: dict[str, str]) -> go.Figure:
    """Loaded terms per 1,000 words by category, in the outlet's own voice (top) and inside
    quotations (bottom)."""
    loaded = spans.loc[spans["kind"] == "loaded"]
    categories = sorted(loaded["category"].replace("", "other").unique()) or ["(none found)"]
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.16,
                        subplot_titles=("In the outlet's own voice", "Inside quotations (the speakers' words)"))
    words = _words(outlets)
    names = _names(_groups(outlets, colours))
    for group in names:
        mine = loaded.loc[loaded["outlet"] == group].assign(category=lambda f: f["category"].replace("", "other"))
        for row, quoted in ((1, False), (2, True)):
            part = mine.loc[mine["quoted"].astype(bool) == quoted]
            counts = part.groupby("category").size().reindex(categories, fill_value=0)
            rate = (1000 * counts / words.get(group, np.nan)).round(1)
            fig.add_trace(go.Bar(
                x=[_esc(c.replace("_", " ")) for c in categories], y=rate.values, name=names[group],
                marker=_bar_marker(colours, group), legendgroup=names[group], showlegend=row == 1,
                customdata=counts.values,
                hovertemplate="%{x}: %{y:.1f} per 1,000 words (%{customdata} terms)<extra>%{fullData.name}</extra>",
            ), row=row, col=1)
    fig.update_layout(barmode="group")
    fig.update_yaxes(title_text="Per 1,000 words", rangemode="tozero")
    fig.update_annotations(font_size=16, x=0, xanchor="left")
    _ticks_on_two_lines(fig, [_esc(c.replace("_", " ")) for c in categories])  # tilted, they ran into the lower panel's title
    fig.update_xaxes(showticklabels=True, row=1, col=1)
    fig = _layout(fig, "Loaded language by category, per 1,000 words", height=680, showlegend=True,
                  panel_titles=True, margin=dict(l=10, r=20, t=140, b=10))
    return fig


#: The most columns whose names the heatmap writes level; past them, upright.
_LEVEL_COLUMNS = 5


def term_heatmap(spans: pd.DataFrame, outlets: pd.DataFrame, kind: str = "loaded", top: int = 25) -> go.Figure:
    """The most frequent terms of ``kind`` (rows) in each group (columns), per 1,000 words; the
    cell shows the count."""
    found = spans.loc[spans["kind"] == kind]
    found = found.assign(term=found["text"].str.lower().str.replace(r"\s+", " ", regex=True))
    groups = list(outlets["outlet"])
    counts = pd.crosstab(found["term"], found["outlet"]).reindex(columns=groups, fill_value=0)
    counts = counts.loc[counts.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top]]
    counts = counts.sort_index(key=lambda s: -counts.sum(axis=1).reindex(s).values, kind="stable")
    rates = (1000 * counts / _words(outlets).reindex(groups).values).round(1)
    fig = go.Figure(go.Heatmap(
        z=rates.values, x=list(_names(groups).values()), y=[_esc(t) for t in counts.index],
        text=counts.values, texttemplate="%{text}", colorscale="Blues", zmin=0,
        colorbar=dict(title=dict(text="per 1,000<br>words")),
        hovertemplate="%{y} in %{x}: %{text} times, %{z:.1f} per 1,000 words<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", title_text="Term")
    # Past a few columns the names, tilted a little by default, run into each other: upright
    # they each keep their own column.
    fig.update_xaxes(title_text="", side="top", tickangle=-90 if len(groups) > _LEVEL_COLUMNS else None)
    name = kind.replace("_", " ")
    # Articles compared one by one are named "outlet · id" (see by_article).
    who = "each article" if groups and all(" · " in str(g) for g in groups) else "each outlet"
    return _layout(fig, f"Which {name} terms {who} uses", height=max(380, 150 + 30 * len(counts)))


def word_choice_table(spans: pd.DataFrame, groups: Iterable[str]) -> pd.DataFrame:
    """The word-choice variants (Kyiv/Kiev …) each group uses: concept, variant, a count per
    group, and what the variant signals (last: the longest text, it must not push the counts
    out of sight)."""
    groups = list(groups)
    found = spans.loc[spans["kind"] == "word_choice"]
    if found.empty:
        return pd.DataFrame(columns=["concept", "variant", *groups, "signals"])
    found = found.assign(variant=found["rule"].str.replace(r"^variant: ", "", regex=True))
    table = pd.crosstab([found["category"], found["variant"], found["alternative"]], found["outlet"])
    table = table.reindex(columns=groups, fill_value=0).reset_index()
    table.columns = ["concept", "variant", "signals", *groups]
    return table[["concept", "variant", *groups, "signals"]].sort_values(
        ["concept", "variant"], key=lambda names: names.str.lower()).reset_index(drop=True)


def tone(sentences: pd.DataFrame, colours: dict[str, str]) -> go.Figure:
    """Every sentence's VADER compound score per group (one dot each), with the box of the
    middle half and the mean."""
    live = sentences.loc[~sentences["excluded"].astype(bool)]
    fig = go.Figure()
    marks = symbols(colours)
    names = _names(_groups(live, colours))
    for group in names:
        part = live.loc[live["outlet"] == group]
        edge = _outline(colours, group, _colour(colours, group))
        fig.add_trace(go.Box(
            x=part["sentiment"], y=[names[group]] * len(part), name=names[group], orientation="h",
            boxpoints="all", jitter=0.5, pointpos=0, boxmean=True,
            marker=dict(color=_colour(colours, group), size=8, opacity=0.7, symbol=marks.get(group, "circle"),
                        line=dict(color=edge, width=1)),
            line=dict(color=edge), fillcolor="rgba(0,0,0,0)",
            customdata=[_esc(_short(t, 140)) for t in part["text"]],
            hovertemplate="%{x:.2f}: %{customdata}<extra>%{fullData.name}</extra>",
        ))
    fig.add_vline(x=0, line=dict(color="#888", dash="dot"))
    fig.update_xaxes(range=[-1.05, 1.05], title_text="VADER compound: −1 most negative, +1 most positive",
                     zeroline=False)
    fig.update_yaxes(autorange="reversed", title_text="")
    fig.update_layout(showlegend=False)
    return _layout(fig, "Tone of each sentence", height=max(380, 160 + 70 * len(fig.data)))


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tone_extremes(sentences: pd.DataFrame, n: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``n`` most negative and ``n`` most positive sentences: outlet, article, score, text."""
    live = sentences.loc[~sentences["excluded"].astype(bool), ["outlet", "article_id", "sentiment", "text"]]
    live = live.assign(text=_one_line(live["text"]))
    negative = live.loc[live["sentiment"] < 0].nsmallest(n, "sentiment").reset_index(drop=True)
    positive = live.loc[live["sentiment"] > 0].nlargest(n, "sentiment").reset_index(drop=True)
    return negative, positive


def tone_sentences(sentences: pd.DataFrame, side: str, group: str) -> pd.DataFrame:
    """The sentences of ``group`` that its share of ``side`` ("negative" or "positive") sentences
    counts (VADER compound at or beyond the cut-off), the most extreme first: article, score,
    sentence. Their number over the group's sentences is the share."""
    live = _live_of(sentences, group)
    if side == "negative":
        rows = live.loc[live["sentiment"] <= NEGATIVE_AT].sort_values("sentiment", kind="stable")
    else:
        rows = live.loc[live["sentiment"] >= POSITIVE_AT].sort_values("sentiment", ascending=False, kind="stable")
    return pd.DataFrame({"article_id": rows["article_id"], "sentiment": rows["sentiment"],
                         "sentence": _one_line(rows["text"])}).reset_index(drop=True)


def readability(articles: pd.DataFrame, colours: dict[str, str]) -> go.Figure:
    """Flesch reading ease and Flesch–Kincaid grade of each article, coloured by its group."""
    # Titles and labels on two lines: on one, a narrow screen left the panels a few pixels wide
    # and ran the two titles into each other.
    fig = make_subplots(rows=1, cols=2, shared_yaxes=True, horizontal_spacing=0.1,
                        subplot_titles=("Reading ease<br>(higher: easier)", "Grade level<br>(higher: harder)"))
    labels = []
    for r in articles.itertuples():
        # Articles compared one by one are already named "outlet · id": "RT · 003", not "RT · 003 · 003".
        one_by_one = str(r.outlet).endswith(f" · {r.article_id}")
        suffix = r.title or ("" if one_by_one else r.article_id)
        labels.append((short_name(str(r.outlet), 32), _short(suffix, 32) if suffix else ""))
    shown = _unique(f"{outlet}\n{title}" if title else outlet for outlet, title in labels)
    frame = articles.assign(label=["<br>".join(_esc(line) for line in label.split("\n")) for label in shown])
    names = _names(_groups(frame, colours))
    for group in names:
        part = frame.loc[frame["outlet"] == group]
        for col, metric, fmt in ((1, "flesch_reading_ease", "{:.1f}"), (2, "fk_grade", "{:.1f}")):
            # An article without a reading level (no words, or no sentence punctuation) says so.
            text = [fmt.format(v) if v == v else "not measured" for v in part[metric]]
            fig.add_trace(go.Bar(
                x=part[metric].fillna(0), y=part["label"], orientation="h", name=names[group], legendgroup=names[group],
                showlegend=False, cliponaxis=False, marker=_bar_marker(colours, group), text=text,
                textposition="outside", hovertemplate="%{y}: %{text}<extra></extra>",
            ), row=1, col=col)
    fig.update_yaxes(autorange="reversed")
    for col, metric in ((1, "flesch_reading_ease"), (2, "fk_grade")):
        low, top = min(0.0, frame[metric].min()), frame[metric].max()
        top = top if top > 0 else 1
        # Room for a label beside the bar at either end, inside the panel (a negative grade's
        # label ran into the other panel's).
        fig.update_xaxes(range=[low - 0.25 * (top - low) if low < 0 else 0, top * 1.2], row=1, col=col)
    fig.update_annotations(font_size=16)
    return _layout(fig, "Readability of each article (each bar in its outlet's colour)",
                   height=max(380, 200 + 48 * len(frame)), margin=dict(l=10, r=20, t=100, b=10))


#: How the term finder names each kind of span.
KIND_NAMES = {"hedge": "hedge", "booster": "booster", "loaded": "loaded", "word_choice": "word choice",
              "attribution_cue": "reporting verb", "speaker": "speaker", "quote": "quotation"}


def flag_name(kind: str, category: str) -> str:
    """A span's kind and category in plain words.

    >>> flag_name("attribution_cue", "non_neutral")
    'reporting verb (non-neutral)'
    """
    name = KIND_NAMES.get(kind, kind.replace("_", " "))
    plain = str(category).replace("non_", "non-").replace("_", " ")
    return f"{name} ({plain})" if plain else name


def _term_text(spans: pd.DataFrame) -> pd.Series:
    """Each span's words as the term finder names a term: lower case, single spaces."""
    return spans["text"].str.lower().str.split().str.join(" ")


def term_counts(spans: pd.DataFrame, kinds: Sequence[str]) -> pd.Series:
    """For each term flagged as one of ``kinds``: how many sentences hold it so, most first.
    This is the number of sentences :func:`term_sentences` lists for it with the same kinds."""
    chosen = spans.loc[spans["kind"].isin(kinds)]
    held = chosen.assign(term=_term_text(chosen)).drop_duplicates(["term", "article_id", "sentence"])
    return held["term"].value_counts().rename("sentences")


def term_sentences(sentences: pd.DataFrame, spans: pd.DataFrame, term: str,
                   kinds: Sequence[str] | None = None) -> pd.DataFrame:
    """The sentences that hold ``term`` (case-insensitive) as one of ``kinds`` of span (any kind
    when None), each once: outlet, article, everything the term is flagged as there ("loaded
    (delegitimising); reporting verb (non-neutral)" when one word is both), sentence text."""
    wanted = " ".join(term.lower().split())
    hits = spans.loc[_term_text(spans) == wanted]
    if kinds is not None:
        held = hits.loc[hits["kind"].isin(kinds), ["article_id", "sentence"]].drop_duplicates()
        hits = hits.merge(held, on=["article_id", "sentence"])
    if hits.empty:
        return pd.DataFrame(columns=["outlet", "article_id", "flagged as", "sentence"])
    hits = hits.assign(flag=[flag_name(k, c) for k, c in zip(hits["kind"], hits["category"])])
    flags = hits.groupby(["article_id", "sentence"], sort=False)["flag"].agg(lambda f: "; ".join(dict.fromkeys(f)))
    first = hits.drop_duplicates(["article_id", "sentence"]).set_index(["article_id", "sentence"])
    # In reading order: article by article, sentence by sentence.
    merged = first[["outlet"]].join(flags).reset_index().merge(
        sentences[["article_id", "sentence", "text"]].rename(columns={"text": "sentence_text"}).reset_index(),
        on=["article_id", "sentence"], how="left").sort_values("index", kind="stable")
    return pd.DataFrame({
        "outlet": merged["outlet"], "article_id": merged["article_id"], "flagged as": merged["flag"],
        "sentence": _one_line(merged["sentence_text"]),
    }).reset_index(drop=True)


#: Every chart of the dashboard, by name, in view order: how it is drawn from the score tables
#: and the groups' colours, and its one-line caption. The app draws only the charts of the open
#: view (:func:`figure`); the report draws them all (:func:`all_figures`).
FIGURES: dict[str, tuple[Callable[[Scores, dict[str, str]], go.Figure], str]] = {
    "fingerprint": (lambda s, c: fingerprint(s.outlets, c),
                    "Each row is a metric; 1 is the outlet highest on it, 0 means none. "
                    f"Hover for the real values. Outlets under {SHORT_ARTICLE_WORDS} words are hollow and do "
                    "not set the scale."),
    "hedging": (lambda s, c: hedging(s.outlets, c),
                "How often each outlet softens a claim (hedges) or presses it (boosters)."),
    "attribution": (lambda s, c: attribution(s.outlets, c),
                    "Out of each outlet's sentences: whom it attributes to, and how often it quotes directly."),
    "loaded": (lambda s, c: loaded_by_category(s.spans, s.outlets, c),
               "Charged wording per 1,000 words, split by who says it: the outlet, or the people it quotes."),
    "heatmap": (lambda s, c: term_heatmap(s.spans, s.outlets),
                "The most frequent loaded terms; colour is the rate per 1,000 words, the number the count."),
    "tone": (lambda s, c: tone(s.sentences, c),
             "Each dot is one sentence; the box spans the middle half, the dashed line marks the mean."),
    "readability": (lambda s, c: readability(s.articles, c),
                    "How hard each article is to read, by two standard formulas (textstat)."),
}


def figure(name: str, scores: Scores, colours: dict[str, str]) -> tuple[go.Figure, str]:
    """One chart of :data:`FIGURES` with its caption.

    >>> from framing import load_seeds, score_corpus
    >>> scores = score_corpus(load_seeds())
    >>> fig, caption = figure("hedging", scores, palette(scores.outlets["outlet"]))
    >>> fig.layout.title.text
    'Hedges and boosters per 1,000 words'
    >>> sorted(trace.name for trace in fig.data)[:2]
    ['19FortyFive', 'RES-MPE']
    """
    draw, caption = FIGURES[name]
    return draw(scores, colours), caption


def all_figures(scores: Scores, colours: dict[str, str]) -> dict[str, tuple[go.Figure, str]]:
    """Every chart of the dashboard with its one-line caption, by name, in view order."""
    return {name: figure(name, scores, colours) for name in FIGURES}

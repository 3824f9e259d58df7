"""An article as escaped HTML, its spans highlighted by kind, for the "Read the articles" view.

Every kind is marked in two ways besides colour (a line style and a letter tag before the span),
so the highlighting survives colour-blind vision and a washed-out projector. Hovering shows the
kind, the category and the neutral alternative; boilerplate the scores leave out is greyed.
All text is escaped: an article is data, never markup.

>>> html = article_html("It may <b>rain</b>.", [], [{"start": 3, "end": 6, "kind": "hedge", "category": "modal"}])
>>> "&lt;b&gt;rain&lt;/b&gt;" in html and "<b>" not in html
True
"""
from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable, Mapping

import pandas as pd

from .explain import explain

__all__ = ["KINDS", "STYLE", "legend_html", "heading_html", "article_html", "md_escape", "markdown_table"]

#: Each kind: its label, the letter tag shown before each span, and what it means.
KINDS: dict[str, tuple[str, str, str]] = {
    "hedge": ("Hedge", "H", "softens a claim: may, reportedly, it is believed"),
    "booster": ("Booster", "B", "presses a claim: clearly, flatly, made clear"),
    "loaded": ("Loaded", "L", "charged wording; hover for a plainer alternative"),
    "word_choice": ("Word choice", "W", "a contested name or spelling: Kyiv/Kiev"),
    "attribution_cue": ("Attribution", "A", "the source cue: said, according to"),
    "speaker": ("Speaker", "S", "who is quoted or cited"),
    "quote": ("Quotation", "Q", "a direct quotation: the speaker's words"),
}

STYLE = """<style>
.fr-article { white-space: pre-wrap; font-size: 1.05rem; line-height: 1.75; max-height: 34rem;
  overflow-y: auto; padding: .6rem .8rem; border: 1px solid #ddd; border-radius: .4rem; }
.fr-heading { min-height: 3.2em; line-height: 1.6; margin-bottom: .4rem; display: -webkit-box;
  -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.fr-legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; font-size: .95rem; margin: .2rem 0 .6rem 0; }
.fr-tag { font-size: .8em; font-weight: 700; vertical-align: super; margin-right: .1em; color: #333; }
.k-quote { font-style: italic; background: #ececec; }
.k-hedge { background: #d2e8f7; text-decoration: underline dotted #0072B2 2px; text-underline-offset: 3px; }
.k-booster { background: #fde3b6; text-decoration: underline double #9a6200 2px; text-underline-offset: 3px; }
.k-loaded { background: #f8d3c3; text-decoration: underline wavy #D55E00 1.5px; text-underline-offset: 3px; }
.k-word_choice { border: 2px dashed #009E73; border-radius: 3px; padding: 0 1px; }
.k-attribution_cue { border-bottom: 2px dashed #444; }
.k-speaker { font-weight: 700; border-bottom: 2px solid #CC79A7; }
.fr-excluded { color: #9a9a9a; text-decoration: line-through #c8c8c8; }
.fr-focus:not(.k-hedge):not(.k-booster):not(.k-loaded):not(.k-quote) { background: #fff2a8; }
.fr-focus-mark { font-weight: 700; color: #000; }
.fr-term { border: 2px solid #111; border-radius: 3px; font-weight: 700; }
.fr-more { color: #666; font-style: italic; }
</style>"""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:&=])")
#: Where a web or e-mail address begins, for Markdown's autolinks: after "://", between "www" and
#: its dot, after "@". An invisible character there keeps the address from being linked.
_ADDRESS_START = re.compile(r"(?<=://)|(?i:(?<=\bwww)(?=\.))|(?<=@)")
_WORD_JOINER = "\u2060"


def md_escape(text: object) -> str:
    """Text safe to put in Streamlit Markdown: every Markdown, HTML, LaTeX (``$``) and
    directive (``:``) character backslash-escaped, so it shows literally. A web or e-mail address
    gets an invisible word joiner after its "://", "www" or "@": Streamlit's Markdown links
    addresses in plain text, escaped or not, and the user's text is no link to follow.

    >>> md_escape("$x$ [a](javascript:alert(1))")
    '\\\\$x\\\\$ \\\\[a\\\\]\\\\(javascript\\\\:alert\\\\(1\\\\)\\\\)'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _ADDRESS_START.sub(_WORD_JOINER, str(text)))


def markdown_table(frame: pd.DataFrame, text_columns: Iterable[str] = ()) -> str:
    """``frame`` as a Markdown table, its index as the first column, the ``text_columns`` left-
    aligned and every other column right-aligned (for figures); every header and cell escaped,
    so it shows literally.

    >>> print(markdown_table(pd.DataFrame({"A|B": ["1.5"]}, index=pd.Index(["x*"], name="Metric"))))
    | Metric | A\\|B |
    |:---|---:|
    | x\\* | 1\\.5 |
    """
    def row(cells: Iterable[object]) -> str:
        return "| " + " | ".join(md_escape(cell) for cell in cells) + " |"

    text_columns = set(text_columns)
    rule = "|:---|" + "".join(":---|" if c in text_columns else "---:|" for c in frame.columns)
    lines = [row([frame.index.name or "", *frame.columns]), rule]
    lines += [row([index, *values]) for index, values in zip(frame.index, frame.itertuples(index=False))]
    return "\n".join(lines)


def _esc(value: object) -> str:
    return _html.escape(str(value), quote=True)


def _records(rows: pd.DataFrame | Iterable[Mapping]) -> list[dict]:
    if isinstance(rows, pd.DataFrame):
        return rows.to_dict("records")
    return [dict(r) for r in rows]


def heading_html(outlet: str, title: str, published: str) -> str:
    """An article's heading above its box: outlet in bold, title, date. Always two lines high (a
    longer one is cut, whole on hover), so boxes side by side start level.

    >>> heading_html("RT", "<b>Talks</b>", "2023-11")
    '<div class="fr-heading" title="RT · &lt;b&gt;Talks&lt;/b&gt; · 2023-11"><b>RT</b> · &lt;b&gt;Talks&lt;/b&gt; · 2023-11</div>'
    """
    whole = f"{outlet} · {title} · {published}"
    return (f'<div class="fr-heading" title="{_esc(whole)}"><b>{_esc(outlet)}</b> · {_esc(title)} · '
            f'{_esc(published)}</div>')


def legend_html(kinds: Iterable[str] = tuple(KINDS), focus: str = "") -> str:
    """The legend: a sample of each kind's marking, its tag and what it means; with a chosen term
    ``focus``, how its sentences and the term itself are marked."""
    items = []
    if focus:
        items.append(f'<span title="a sentence that holds the chosen term"><span class="fr-focus-mark">▶ </span>'
                     f'<span class="fr-focus">Sentence with “{_esc(focus)}”</span></span>')
        items.append(f'<span title="the chosen term itself"><span class="fr-term">{_esc(focus)}</span></span>')
    for kind in kinds:
        label, tag, meaning = KINDS[kind]
        items.append(f'<span title="{_esc(meaning)}"><span class="fr-tag">{tag}</span>'
                     f'<span class="k-{kind}">{_esc(label)}</span></span>')
    items.append('<span title="page furniture the scores leave out"><span class="fr-excluded">Boilerplate'
                 '</span></span>')
    return f'<div class="fr-legend">{"".join(items)}</div>'


def _describe(span: dict) -> str:
    label = KINDS.get(span["kind"], (span["kind"], "", ""))[0]
    parts = [label]
    if span.get("category"):
        parts[0] += f": {str(span['category']).replace('_', ' ')}"
    if span.get("alternative"):
        parts.append(("signals: " if span["kind"] == "word_choice" else "plainer: ") + str(span["alternative"]))
    if span.get("quoted") and span["kind"] in ("loaded", "word_choice"):
        parts.append("inside a quotation")
    parts.append(explain(span["kind"], str(span.get("category") or "")))
    if span.get("rule"):
        parts.append(f"matched {span['rule']}")
    return " · ".join(parts)


def article_html(
    text: str,
    sentences: pd.DataFrame | Iterable[Mapping],
    spans: pd.DataFrame | Iterable[Mapping],
    kinds: Iterable[str] = tuple(KINDS),
    focus: str = "",
    limit: int = 60_000,
) -> str:
    """The article ``text`` as escaped HTML: the ``spans`` of the chosen ``kinds`` marked (see
    :data:`KINDS`), excluded ``sentences`` greyed, sentences holding the term ``focus`` as a span
    (of any kind, highlighted or not) marked with ▶ and a yellow background (where no kind's
    colour is), the term itself boxed. Only the first
    ``limit`` characters are shown.

    ``sentences`` and ``spans`` are rows (dicts or a DataFrame) with ``start``/``end`` offsets
    into ``text``, as in :data:`framing.score.SENTENCE_COLUMNS` / :data:`SPAN_COLUMNS`.
    """
    kinds = set(kinds)
    shown = text[:limit]
    end_all = len(shown)
    every_span = [s for s in _records(spans) if 0 <= s["start"] < s["end"] <= end_all]
    spans = [s for s in every_span if s["kind"] in kinds]
    sentences = [s for s in _records(sentences) if 0 <= s["start"] < s["end"] <= end_all]
    # The sentences that hold the term as a span of any kind, as the term finder lists them; not
    # every sentence where the word occurs ("Ukraine" is everywhere, flagged in two).
    wanted = " ".join(focus.lower().split())
    held = [s["start"] for s in every_span
            if " ".join(shown[s["start"]:s["end"]].lower().split()) == wanted] if wanted else []
    focus_sentences = [s for s in sentences if wanted and not s.get("excluded")
                       and any(s["start"] <= start < s["end"] for start in held)]
    # The term itself, boxed, inside the sentences marked: the word to follow from a chart.
    terms = [s for s in every_span if s["start"] in held and any(f["start"] <= s["start"] < f["end"]
                                                                for f in focus_sentences)]
    excluded = [s for s in sentences if s.get("excluded")]

    cuts = {0, end_all}
    for item in (*spans, *excluded, *focus_sentences, *terms):
        cuts.update((item["start"], item["end"]))
    cuts = sorted(cuts)
    starts: dict[int, list[dict]] = {}
    for span in spans:
        starts.setdefault(span["start"], []).append(span)
    focus_starts = {s["start"] for s in focus_sentences}

    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a in focus_starts:
            out.append('<span class="fr-focus-mark" title="holds the chosen term">▶ </span>')
        for span in sorted(starts.get(a, []), key=lambda s: -s["end"]):
            _label, tag, _ = KINDS.get(span["kind"], ("", "?", ""))
            out.append(f'<span class="fr-tag" title="{_esc(_describe(span))}">{tag}</span>')
        active = [s for s in spans if s["start"] <= a and b <= s["end"]]
        classes = [f"k-{k}" for k in KINDS if any(s["kind"] == k for s in active)]
        titles = [_describe(s) for s in active]
        reason = next((s.get("excluded_reason") or "boilerplate" for s in excluded if s["start"] <= a and b <= s["end"]), "")
        if reason:
            classes.append("fr-excluded")
            titles.append(f"left out of the scores: {reason}")
        if any(s["start"] <= a and b <= s["end"] for s in focus_sentences):
            classes.append("fr-focus")
        if any(s["start"] <= a and b <= s["end"] for s in terms):
            classes.append("fr-term")
        piece = _esc(shown[a:b])
        if classes:
            title = f' title="{_esc(" | ".join(titles))}"' if titles else ""
            piece = f'<span class="{" ".join(classes)}"{title}>{piece}</span>'
        out.append(piece)
    if len(text) > limit:
        out.append(f'<span class="fr-more">\n… {len(text) - limit:,} more characters not shown.</span>')
    # A box that scrolls by itself takes the keyboard's focus, so the arrow keys and PageDown scroll it.
    return f'<div class="fr-article" tabindex="0">{"".join(out)}</div>'

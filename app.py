"""Framing dashboard: how news outlets frame the same story, down to the words.

Run with ``streamlit run app.py``. Layout only: everything that computes lives in ``framing``.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from importlib.resources import files

import pandas as pd
import streamlit as st

from framing import METRICS, Lexicons, default_lexicons, load_seeds
from framing import charts, highlight, report
from framing.corpus import SUPPORTED_SUFFIXES, Article, InputError, decode_bytes, has_words, plural
from framing.language import looks_english
from framing.lexicon import LEXICON_FILES, parse_table, read_table, table_problem
from framing.score import Scores, TextScores, assemble, score_corpus, score_text, warm_up
from framing.workspace import (
    Paste, Workspace, WorkspaceError, add_term, build_corpus, carry_exclusions, lexicon_tables, outlet_as_read,
    remove_terms, table_tsv,
)

UPLOAD_TYPES = [suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES]  # what the readers take
VIEWS = [
    "Overview", "Hedging and certainty", "Sources and attribution", "Loaded language and word choice",
    "Tone", "Readability", "Read the articles", "Method", "Lexicons",
]
READ = "Read the articles"
#: The selector's labels: short, so that every view fits in one row at 1280×720.
VIEW_LABELS = {"Hedging and certainty": "Hedging", "Sources and attribution": "Sources",
               "Loaded language and word choice": "Loaded words"}
# Above this much text, scoring takes long enough that the page shows its progress.
PROGRESS_FROM_CHARS = 200_000
#: Sentences listed under a term chosen in the term finder (all of them are marked in the reader).
HITS_SHOWN = 50
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


class _NoCacheFallbackWarning(logging.Filter):
    """The server imports this module to find ``app`` before its runtime exists, so Streamlit
    warns, once per cached function, that it falls back to a memory cache. That import only
    looks for ``app``; the sessions' runs use the runtime's caches. The warning misleads."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("No runtime found")


logging.getLogger("streamlit.runtime.caching.cache_data_api").addFilter(_NoCacheFallbackWarning())


def _digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str, ensure_ascii=False).encode()).hexdigest()[:12]


@st.cache_resource(show_spinner=False)
def compiled_lexicons(tables_json: str) -> Lexicons:
    """The lexicons compiled from edited rows (by name, as JSON), once per distinct edit."""
    return Lexicons.from_tables(json.loads(tables_json))


@st.cache_data(show_spinner=False, max_entries=5000)
def text_scores(text: str, lexicon_key: str, _lexicons: Lexicons) -> TextScores:
    """One text scored, cached by its text and the lexicons' key."""
    return score_text(text, _lexicons)


@st.cache_resource(show_spinner=False)
def bundled_tables() -> dict[str, tuple[dict, ...]]:
    """The bundled lexicons' rows, read once and shared (read-only: edits make new lists)."""
    return {name: read_table(name) for name in LEXICON_FILES}


@st.cache_data(show_spinner=False)
def seed_articles() -> list[Article]:
    return load_seeds()


def state() -> Workspace:
    return st.session_state.setdefault("workspace", Workspace())


def set_state(ws: Workspace) -> None:
    # Files or seeds added or removed can renumber repeated ids: what was left out stays left out.
    st.session_state["workspace"] = carry_exclusions(state(), ws)


def generation() -> int:
    """Bumped when a workspace is loaded or reset, so widgets bound to it start afresh."""
    return st.session_state.setdefault("generation", 0)


def restart(ws: Workspace, message: str) -> None:
    st.session_state["workspace"] = ws  # a workspace of its own: nothing carried over
    st.session_state["generation"] = generation() + 1
    st.session_state["flash"] = message
    st.session_state.pop("from_uploader", None)


# ---------------------------------------------------------------- sidebar

def upload_ui() -> st.delta_generator.DeltaGenerator:
    """The uploader; new files go into the workspace. Returns the place for its messages."""
    limit = st.get_option("server.maxUploadSize")
    files_ = st.sidebar.file_uploader(
        "Upload articles", type=UPLOAD_TYPES, accept_multiple_files=True, key=f"uploader_{generation()}",
        help=".txt .md .html .docx .jsonl .csv; in .jsonl and .csv each row is an article with a \"text\" field "
             "and optional outlet, title, published. A .csv with a \"file\" column instead (a metadata table, "
             "like the seeds' metadata.csv) gives the outlet, title and date of the uploaded files it names.",
    )
    st.sidebar.caption(f"Up to {limit} MB per file (the server's upload limit). Files stay on this computer's "
                       "server and are never sent anywhere else.")
    ws = state()
    seen = st.session_state.setdefault("from_uploader", set())
    current = set()
    for f in files_ or []:
        data = f.getvalue()
        ws = ws.with_upload(f.name, data)
        current.add((f.name, hashlib.sha256(data).hexdigest()[:16]))
    gone = seen - current
    if gone:  # removed from the uploader by the user: remove from the workspace too
        ws = replace(ws, uploads=[u for u in ws.uploads if (u.name, u.digest) not in gone])
    st.session_state["from_uploader"] = current
    set_state(ws)
    return st.sidebar.container()


def _add_paste() -> None:
    text = st.session_state.get("paste_text", "")
    if not text.strip():
        st.session_state["flash"] = "Nothing to add: paste an article's text first."
        return
    if not has_words(text):  # only punctuation or invisible spaces: nothing to score
        st.session_state["flash"] = "Nothing to add: the text holds no words."
        return
    outlet = st.session_state.get("paste_outlet", "").strip() or "Pasted"
    ws = state()
    set_state(replace(ws, pastes=[*ws.pastes, Paste(text, outlet, st.session_state.get("paste_title", "").strip())]))
    st.session_state["paste_text"] = ""
    st.session_state["paste_title"] = ""
    st.session_state["flash"] = f"Added an article from {highlight.md_escape(outlet)}."


def paste_ui() -> None:
    # An expander, not a popover: a popover closed by Esc or a click outside dropped what was
    # being typed in its boxes.
    with st.expander("Paste an article"):
        st.text_area("Article text", key="paste_text", height=140)
        st.text_input("Outlet", key="paste_outlet", placeholder="e.g. The Guardian")
        st.text_input("Title (optional)", key="paste_title")
        st.button("Add pasted article", key="paste_add", on_click=_add_paste)


def corpus_ui(articles: list[Article]) -> None:
    """Rename outlets, leave articles out, go back to the seeds."""
    ws, gen = state(), generation()
    with st.popover("Outlets and articles", width="stretch"):
        st.checkbox("Include the five seed articles", value=ws.use_seeds, key=f"use_seeds_{gen}",
                    on_change=lambda: set_state(replace(state(), use_seeds=st.session_state[f"use_seeds_{gen}"])))
        st.markdown("**Rename outlets**")
        renames, moved = dict(ws.renames), {}
        # One box per outlet as shown. Renaming it renames every outlet shown under that name, so
        # outlets merged by an earlier rename stay together.
        for shown in sorted({a.outlet for a in articles}):
            box = f"rename_{gen}_{_digest(shown)}"
            new = st.text_input(shown, value=shown, key=box, label_visibility="collapsed",
                                on_change=_name_kept, args=(box, shown)).strip()
            if new and new != shown:
                merged = [original for original, name in ws.renames.items() if name == shown]
                # The shown name is an outlet's own too, unless it only came from a rename; that
                # outlet holds the group's colour, so it goes first (see outlet_colours).
                if shown not in ws.renames and (not merged or shown in {outlet_as_read(a) for a in articles}):
                    merged.insert(0, shown)
                renames = {**{original: new for original in merged},
                           **{original: name for original, name in renames.items() if original not in merged}}
                moved[shown] = new
        renames = {original: name for original, name in renames.items() if original != name}
        ids = [a.id for a in articles]
        labels = {a.id: article_label(a, 70) for a in articles}
        chosen = st.multiselect("Leave out articles", ids, default=[i for i in ws.excluded if i in ids],
                                format_func=labels.get, key=f"excluded_{gen}_{_digest(ids)}")
        excluded = sorted(set(chosen) | (set(ws.excluded) - set(ids)))
        if renames != ws.renames or excluded != sorted(ws.excluded):
            # An outlet picked under "the sentences behind" stays picked under its new name.
            for kept in [key for key in st.session_state if str(key).endswith("_group_kept")]:
                st.session_state[kept] = moved.get(st.session_state[kept], st.session_state[kept])
            set_state(replace(state(), renames=renames, excluded=excluded))
            st.rerun()
        remove_ui(ws, gen)
        if st.button("Back to the seeds", key="reset", help="Forget uploads, pasted texts, renames, exclusions "
                     "and lexicon edits (save the workspace first to keep them)."):
            restart(Workspace(), "Back to the five seed articles.")
            st.rerun()


def remove_ui(ws: Workspace, gen: int) -> None:
    """Remove pasted texts, and files that came with a loaded workspace (those uploaded here
    go with the ✕ in the uploader)."""
    in_uploader = {name for name, _ in st.session_state.get("from_uploader", set())}
    removable = {f"paste:{k}": f"{p.article_id} · {p.outlet} · {p.title or ' '.join(p.text.split()[:6]) + '…'}"
                 for k, p in enumerate(ws.pastes)}
    removable |= {f"upload:{u.name}": f"{u.name} (from the workspace file)" for u in ws.uploads
                  if u.name not in in_uploader}
    if not removable:
        return
    gone = st.multiselect("Remove pasted texts and files", list(removable), format_func=lambda k: removable[k][:70],
                          key=f"remove_{gen}_{_digest(list(removable.values()))}")
    if st.button("Remove them", key="remove_go", disabled=not gone):
        pastes = [int(k.split(":", 1)[1]) for k in gone if k.startswith("paste:")]
        uploads = [k.split(":", 1)[1] for k in gone if k.startswith("upload:")]
        set_state(state().without(pastes=pastes, uploads=uploads))
        said = [plural(n, noun) for n, noun in ((len(pastes), "pasted text"), (len(uploads), "file")) if n]
        st.session_state["flash"] = f"Removed {' and '.join(said)}."
        st.rerun()


def workspace_ui() -> None:
    """Save the workspace to one file; load one back."""
    with st.popover("Save or load your workspace", width="stretch"):
        ws = state()
        # The colours' order goes into the file, so the charts look the same when it is loaded.
        order = st.session_state.get("colour_order", (None, ws.outlet_order))[1]
        saved = replace(ws, outlet_order=list(order)).to_json().encode("utf-8")
        st.download_button("Save workspace", data=saved, file_name="framing-workspace.json",
                           mime="application/json", key="ws_save", on_click="ignore",
                           help="Uploads, pasted texts, renamed outlets, left-out articles and lexicon edits.")
        loaded = st.file_uploader("Load workspace", type=["json"], key=f"ws_load_{generation()}")
        if loaded is not None:
            try:
                new = Workspace.from_json(loaded.getvalue())
            except WorkspaceError as error:
                st.error(highlight.md_escape(f"{loaded.name}: {error}"), icon="⚠️")
            else:
                restart(new, f"Workspace loaded from {highlight.md_escape(loaded.name)}.")
                st.rerun()


def sidebar_top_ui() -> tuple[list[Article], st.delta_generator.DeltaGenerator]:
    """The uploader, with messages about bad files beside it. Returns all articles and an empty
    place below for the rest of the sidebar (:func:`sidebar_rest_ui`)."""
    st.sidebar.header("Your articles")
    messages = upload_ui()
    articles, problems = build_corpus_cached(state())
    with messages:
        for name, problem in problems.items():
            # A file read in part (some rows skipped) is a warning; a file not read at all, an error.
            partly = name in {a.source for a in articles}
            # Escaped: a message quotes file names and contents, which are the user's data.
            (st.warning if partly else st.error)(highlight.md_escape(problem), icon="⚠️")
    return articles, st.sidebar.container()


def grouping() -> str:
    """The "Compare" choice, read before its radio button is drawn (at the end of the run)."""
    return st.session_state.get("group_by", "Outlets")


def sidebar_rest_ui(articles: list[Article]) -> None:
    """Paste, rename, leave out, workspace and grouping: drawn after the open view, so that the
    browser gets the view's chart first, and in popovers, whose widgets the browser loads only
    when one is opened. Their callbacks and reruns keep the view up to date."""
    paste_ui()
    corpus_ui(articles)
    workspace_ui()
    st.radio("Compare", ["Outlets", "Articles"], horizontal=True, key="group_by",
             help="Pool each outlet's articles, or show every article on its own.")
    st.radio("Charts' camera button saves", ["PNG", "SVG"], horizontal=True, key="image_format",
             help="PNG for slides and documents; SVG to edit, or to print at any size. The browser draws it, "
                  "with no other software.")


def build_corpus_cached(ws: Workspace) -> tuple[list[Article], dict[str, str]]:
    # The name too: it chooses the reader, and can give the outlet and the ids.
    key = _digest([(u.name, u.digest) for u in ws.uploads], ws.pastes, ws.renames, ws.use_seeds)
    cache = st.session_state.setdefault("corpus_cache", {})
    if key not in cache:
        cache.clear()
        cache[key] = build_corpus(ws)
    return cache[key]


# ---------------------------------------------------------------- scoring

def active_lexicons() -> tuple[Lexicons, str]:
    ws = state()
    if not ws.lexicons:
        return default_lexicons(), "bundled"
    tables_json = json.dumps(ws.lexicons, sort_keys=True, ensure_ascii=False)
    return compiled_lexicons(tables_json), _digest(tables_json)


def corpus_signature(articles: list[Article]) -> str:
    """What the scores depend on besides the lexicons: every article's id, metadata and text."""
    return _digest([(a.id, a.outlet, a.title, a.published, a.source,
                     hashlib.sha1(a.text.encode("utf-8", "replace")).hexdigest()) for a in articles])


@st.cache_data(show_spinner=False, max_entries=32)
def assembled_scores(signature: str, lexicon_key: str, group: str, _articles: list[Article],
                     _lexicons: Lexicons) -> Scores:
    """The four tables for a corpus (by its signature), lexicons and grouping. A rerun that
    changes none of these (another view, a term, a highlight filter) reads them back."""
    scores = assemble(_articles, [text_scores(a.text, lexicon_key, _lexicons) for a in _articles])
    return charts.by_article(scores) if group == "Articles" else scores


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_figure(name: str, scores_key: str, colours: tuple[tuple[str, str], ...], _scores: Scores):
    """One chart of the open view, drawn once per scores and colours. Shared, not copied:
    st.plotly_chart only reads it."""
    return charts.figure(name, _scores, dict(colours))


# Tables the views show, derived from the scores; cached with them (some take a good part of a run).
TABLES = {
    "scorecard": lambda s, _: highlight.markdown_table(charts.scorecard_text(
        charts.scorecard(s.outlets, METRICS).T).rename(columns=charts.short_names(s.outlets["outlet"]))),
    "metrics_csv": lambda s, _: report.metrics_csv(s).encode("utf-8"),
    "metrics_json": lambda s, _: report.metrics_json(s).encode("utf-8"),
    "top_terms": lambda s, kinds: charts.top_terms(s.spans, list(kinds), order=s.outlets["outlet"]),
    "speakers": lambda s, _: charts.speakers(s.sentences, order=s.outlets["outlet"]),
    "word_choice": lambda s, _: charts.word_choice_table(s.spans, s.outlets["outlet"]),
    "tone_extremes": lambda s, _: charts.tone_extremes(s.sentences),
    "terms": lambda s, kinds: charts.term_counts(s.spans, kinds),
    "term_sentences": lambda s, term_and_kinds: charts.term_sentences(s.sentences, s.spans, *term_and_kinds),
    "source_sentences": lambda s, bar_and_group: charts.source_sentences(s.sentences, *bar_and_group),
    "tone_sentences": lambda s, side_and_group: charts.tone_sentences(s.sentences, *side_and_group),
}


@st.cache_data(show_spinner=False, max_entries=256)
def table(name: str, scores_key: str, _scores: Scores, arg: object = None):
    return TABLES[name](_scores, arg)


class Scored:
    """The scores of the articles on show, with the key they are cached under and the colours."""

    def __init__(self, scores: Scores, key: str, colours: dict[str, str]):
        # The outlets in the legends' order (the order they came in), so the scorecard and the
        # tables list them as the charts do; the cache key then carries that order too.
        outlets = charts.in_order(scores.outlets, colours).reset_index(drop=True)
        self.scores, self.colours = scores._replace(outlets=outlets), colours
        self.key = f"{key}:{_digest(list(colours))}"

    def figure(self, name: str):
        return cached_figure(name, self.key, tuple(self.colours.items()), self.scores)

    def table(self, name: str, arg: object = None):
        return table(name, self.key, self.scores, arg)


def score_ui(articles: list[Article], group: str) -> tuple[Scores, str]:
    """Score the articles (cached by text), showing progress when there is a lot of text.
    Returns the scores (grouped by outlet or by article) and their cache key."""
    warm_up()  # waits for the server's start-up warm-up if it is still under way
    lexicons, key = active_lexicons()
    done = st.session_state.setdefault("scored", set())
    digests = [hashlib.sha1(a.text.encode("utf-8", "replace")).hexdigest() for a in articles]
    todo = [a for a, d in zip(articles, digests) if (key, d) not in done]
    size = sum(len(a.text) for a in todo)
    if size >= PROGRESS_FROM_CHARS or len(todo) > 20:
        holder = st.empty()
        with holder.status(f"Scoring {plural(len(todo), 'article')}, "
                           f"{size / 1e6:.1f} million characters…", expanded=True):
            bar = st.progress(0.0, text="Starting")
            for k, article in enumerate(todo, start=1):
                bar.progress(k / len(todo), text=f"Article {k} of {len(todo)}: {article.outlet[:60]}")
                text_scores(article.text, key, lexicons)
        holder.empty()  # done: the figures below take its place
    done.update((key, d) for d in digests)
    signature = corpus_signature(articles)
    return assembled_scores(signature, key, group, articles, lexicons), _digest(signature, key, group)


# ---------------------------------------------------------------- views

def chart(scored: Scored, key: str) -> None:
    fig, caption = scored.figure(key)
    # The format picked in the sidebar (drawn after the view, so read from its state).
    image_format = st.session_state.get("image_format", "PNG").lower()
    st.plotly_chart(fig, key=key, config={**PLOTLY_CONFIG, "toImageButtonOptions": {
        **PLOTLY_CONFIG["toImageButtonOptions"], "format": image_format, "filename": f"framing-{key}"}})
    st.caption(caption)


def _focus_from(widget_key: str) -> None:
    st.session_state["focus_term"] = st.session_state.get(widget_key) or ""


def _name_kept(box: str, shown: str) -> None:
    """A rename box emptied (or left with spaces only) shows the outlet's name again: an outlet
    needs a name, and a blank box no longer says whose it is."""
    if not st.session_state[box].strip():
        del st.session_state[box]  # drawn afresh with the name as its value


def _read_term(term: str) -> None:
    """Open the reader on the sentences that hold ``term``."""
    st.session_state["focus_term"] = term
    st.session_state["view"] = READ


def term_finder_ui(scored: Scored, kinds: tuple[str, ...], key: str) -> str:
    """Pick a term from the charts and tables; see every sentence that holds it. The term stays
    chosen across views, so the reader opens on it."""
    terms = scored.table("terms", kinds)
    if terms.empty:
        st.info("No such terms in these articles.")
        return ""
    options = list(terms.index)
    focus = st.session_state.get("focus_term", "")
    widget_key = f"{key}_{_digest(options)}"
    term = st.selectbox("Find the sentences that hold a term", options,
                        index=options.index(focus) if focus in terms.index else None,
                        format_func=lambda t: f"{t} ({plural(terms[t], 'sentence')})",
                        placeholder="Choose a term…",
                        key=widget_key, on_change=_focus_from, args=(widget_key,))
    if term:
        # A Markdown table, not a data grid: the sentences are the evidence, and a grid cuts them
        # to one short line.
        hits = scored.table("term_sentences", (term, kinds))
        shown = hits.head(HITS_SHOWN).rename(columns={"article_id": "article"})
        shown = shown.assign(outlet=shown["outlet"].map(charts.short_name)).set_index("outlet")
        # In the reader the articles below mark the sentences: the list folds away so they come first.
        verb = "holds" if len(hits) == 1 else "hold"
        where = (st.expander(f"The {plural(len(hits), 'sentence')} that {verb} “{highlight.md_escape(term)}”")
                 if key == "read_finder" else st.container())
        where.markdown(highlight.markdown_table(shown, text_columns=shown.columns))
        if len(hits) > HITS_SHOWN:
            where.caption(f"The first {HITS_SHOWN} of {len(hits)} sentences; {READ} marks them all.")
    if term and key != "read_finder":
        st.button(f"Read these sentences in their articles ({READ})", key=f"{key}_read", on_click=_read_term,
                  args=(term,), icon=":material/menu_book:")
    return term or ""


def overview_ui(scored: Scored, articles: list[Article]) -> None:
    chart(scored, "fingerprint")
    if len(scored.scores.outlets) == 1:
        # Comparing articles helps only with two or more, and not when it is already chosen.
        compare = ("" if grouping() == "Articles" or len(articles) < 2
                   else ", or compare articles (Compare, in the sidebar)")
        st.info("The fingerprint compares outlets: with one, it is the highest on every metric it has at all. "
                f"Add an article from another outlet{compare}; the scorecard below gives its figures.",
                icon=":material/info:")
    st.subheader("Scorecard")
    # A Markdown table: legible on a projector, and light for the first screen (the browser loads
    # no table or data-grid code before the chart is drawn).
    st.markdown(scored.table("scorecard"))
    st.caption("Every metric for every outlet, articles and words included: rates per 1,000 words, shares in % "
               "of sentences. The Method view says how each is computed.")
    export_ui(scored, articles)


def export_ui(scored: Scored, articles: list[Article]) -> None:
    st.subheader("Export")
    cols = st.columns(4)
    cols[0].download_button("Metrics (CSV)", scored.table("metrics_csv"),
                            file_name="framing-metrics.csv", mime="text/csv", key="dl_csv", on_click="ignore")
    cols[1].download_button("Metrics (JSON)", scored.table("metrics_json"),
                            file_name="framing-metrics.json", mime="application/json", key="dl_json",
                            on_click="ignore")
    scores, colours = scored.scores, scored.colours
    # Read now (session state); the notices and the report are worked out only when downloaded.
    edited, by_article = edited_lexicons(state()), grouping() == "Articles"
    cols[2].download_button("HTML report", lambda: report.build_report(
                                scores, articles, colours, notes=report.notices(scores, articles, edited),
                                by_article=by_article).encode("utf-8"),
                            file_name="framing-report.html", mime="text/html", key="dl_report", on_click="ignore",
                            help="One file with every chart and table; opens offline in any browser.")
    cols[3].caption("PNG of a chart: the camera button at the top right of each chart.")


def hedging_ui(scored: Scored) -> None:
    chart(scored, "hedging")
    st.markdown("**Each outlet's most frequent hedges and boosters**")
    st.dataframe(scored.table("top_terms", ("hedge", "booster")), hide_index=True, width="stretch",
                 key="hedge_terms")
    term_finder_ui(scored, ("hedge", "booster"), "hedge_finder")


#: A wrapped table longer than this many rows scrolls in a box of this height (pixels).
ROWS_IN_VIEW, BOX_HEIGHT = 12, 520


def wrapped_table(frame: pd.DataFrame, index: str, text_columns: Iterable[str]) -> None:
    """``frame`` as a Markdown table, ``index`` first: long text wraps where a data grid cuts it
    ("Kremlin spokesman Dmitry Pesko…"). Past :data:`ROWS_IN_VIEW` rows it scrolls in a box."""
    if frame.empty:
        st.caption("None in these articles.")
        return
    box = st.container(height=BOX_HEIGHT) if len(frame) > ROWS_IN_VIEW else st.container()
    box.markdown(highlight.markdown_table(frame.set_index(index), text_columns=text_columns))


def sources_ui(scored: Scored) -> None:
    chart(scored, "attribution")
    st.markdown("**Who is quoted or cited, with which reporting verbs** (⚠ marks a verb that is not neutral: "
                "claimed, admitted, insisted rather than said; *non-neutral* counts those sentences; *also "
                "written as* lists the other forms of the speaker counted in the row)")
    speakers = scored.table("speakers")
    names = charts.short_names(scored.scores.outlets["outlet"])
    wrapped_table(speakers.assign(outlet=speakers["outlet"].map(names)).rename(columns={
        "verbs": "reporting verbs", "non_neutral": "non-neutral", "also_written": "also written as"}),
        "outlet", ["speaker", "reporting verbs", "also written as"])
    term_finder_ui(scored, ("speaker", "attribution_cue"), "source_finder")
    sentences_behind_ui(scored, "source_sentences", "Bar", list(charts.SOURCE_KINDS), "source",  # last: it can be long
                        present=lambda rows: rows.rename(columns={"verb": "reporting verb"}))


def sentences_behind_ui(scored: Scored, table_name: str, label: str, options: list[str], key: str,
                        name: Callable[[str], str] = str,
                        present: Callable[[pd.DataFrame], pd.DataFrame] | None = None) -> None:
    """For one outlet (or article) and one of ``options`` (a bar, a share), the sentences that
    figure counts, from the table ``table_name``; ``present`` readies them for showing."""
    outlets = scored.scores.outlets.set_index("outlet")
    if outlets.empty:
        return
    st.markdown(f"**The sentences behind each {label.lower()}**")
    left, right = st.columns([3, 2])
    choice = left.radio(label, options, format_func=name, horizontal=True, key=f"{key}_choice")
    groups = list(outlets.index)
    names = charts.short_names(groups)  # unique, as in the legends
    # Keyed by the outlets, so a stale choice cannot linger; the choice is kept apart and picked
    # again when its outlet is still there (after a paste or a rename of another).
    kept = st.session_state.get(f"{key}_group_kept")
    widget_key = f"{key}_group_{_digest(groups)}"
    group = right.selectbox("Article" if grouping() == "Articles" else "Outlet", groups,
                            index=groups.index(kept) if kept in groups else 0, format_func=names.get,
                            key=widget_key, on_change=lambda: st.session_state.update(
                                {f"{key}_group_kept": st.session_state[widget_key]}))
    rows = scored.table(table_name, (choice, group))
    total = int(outlets.at[group, "sentences"])
    st.caption(f"{name(choice)}: {plural(len(rows), 'sentence')} of {total} in {highlight.md_escape(group)}"
               + (f"; the first {HITS_SHOWN} are shown." if len(rows) > HITS_SHOWN else "."))
    if len(rows):
        shown = (present or (lambda frame: frame))(rows.head(HITS_SHOWN)).rename(columns={"article_id": "article"})
        st.markdown(highlight.markdown_table(shown.set_index("article"), text_columns=shown.columns))


def loaded_ui(scored: Scored) -> None:
    chart(scored, "loaded")
    chart(scored, "heatmap")
    st.markdown("**Word choice**: the names and spellings outlets split on, counted per outlet")
    word_choice = scored.table("word_choice")
    # One column says who uses each variant and how often, in the legends' order: a column per
    # outlet ran out of sight past a few outlets, and the text of "signals" with them.
    names = charts.short_names(scored.scores.outlets["outlet"])
    groups = list(word_choice.columns[2:-1])
    used_by = [", ".join(f"{names.get(group, group)} {count}" for group, count in zip(groups, counts) if count)
               for counts in word_choice[groups].itertuples(index=False)]
    # The variant first: a table's first column does not wrap, and a concept can be long.
    wrapped_table(word_choice[["variant", "concept"]].assign(**{"used by (times)": used_by},
                                                             signals=word_choice["signals"]),
                  "variant", ["concept", "used by (times)", "signals"])
    term_finder_ui(scored, ("loaded", "word_choice"), "loaded_finder")


def tone_ui(scored: Scored) -> None:
    chart(scored, "tone")
    outlets = scored.scores.outlets.set_index("outlet")
    # Shares in % of sentences, as in the scorecard; the scores on VADER's -1 to +1 scale.
    table_ = pd.DataFrame({"Mean": outlets["sentiment_mean"], "Spread": outlets["sentiment_spread"],
                           "Negative sentences": outlets["negative_share"] * 100,
                           "Positive sentences": outlets["positive_share"] * 100})
    # The outlet as a column, not the grid's index, which draws it small and grey.
    st.markdown("**Each outlet's tone, over all its sentences**")
    st.dataframe(table_.rename_axis("Outlet").reset_index(), hide_index=True, width="stretch", key="tone_table",
                 column_config={
        "Mean": st.column_config.NumberColumn(format="%.2f", help=METRICS["sentiment_mean"]),
        "Spread": st.column_config.NumberColumn(format="%.2f", help=METRICS["sentiment_spread"]),
        "Negative sentences": st.column_config.NumberColumn(format="%.1f%%", help=METRICS["negative_share"]),
        "Positive sentences": st.column_config.NumberColumn(format="%.1f%%", help=METRICS["positive_share"])})
    # The sentences are the evidence: Markdown tables show them whole (a data grid cut them to a
    # line), each right after its score.
    headings = ("Most negative sentences", "Most positive sentences")
    for heading, sentences in zip(headings, scored.table("tone_extremes")):
        st.markdown(f"**{heading}**")
        shown = pd.DataFrame({"score": sentences["sentiment"].map("{:.2f}".format), "sentence": sentences["text"],
                              "outlet": sentences["outlet"].map(charts.short_name),
                              "article": sentences["article_id"]}).set_index("score")
        st.markdown(highlight.markdown_table(shown, text_columns=shown.columns) if len(shown) else "None.")
    st.caption("VADER scores words from a general-purpose list: it reads war reporting as negative whoever "
               "writes it, so compare outlets with each other rather than with zero.")
    sentences_behind_ui(scored, "tone_sentences", "Share", ["negative", "positive"], "tone",
                        name=lambda side: f"{side.capitalize()} sentences",
                        present=lambda rows: rows.assign(sentiment=rows["sentiment"].map("{:+.2f}".format))
                        .rename(columns={"sentiment": "score"}))


def readability_ui(scored: Scored) -> None:
    chart(scored, "readability")
    # In the chart's order: outlet by outlet as in the legends, each outlet's articles as they came.
    articles = charts.in_order(scored.scores.articles, scored.scores.outlets["outlet"])
    # The article and its figures first, the title last: a long title wraps below them.
    figure = lambda values: values.map(lambda v: "not measured" if pd.isna(v) else f"{v:.1f}")  # noqa: E731
    wrapped_table(pd.DataFrame({
        "outlet": articles["outlet"].map(charts.short_names(scored.scores.outlets["outlet"])),
        "article": articles["article_id"], "reading ease": figure(articles["flesch_reading_ease"]),
        "grade level": figure(articles["fk_grade"]), "words": articles["words"].map("{:,}".format),
        "title": articles["title"]}), "outlet", ["article", "title"])
    st.caption(f"Reading ease: {METRICS['flesch_reading_ease']} Grade level: {METRICS['fk_grade']}")


#: Scrolls each article box of the reader to its first sentence marked ▶, once the boxes are
#: drawn (tried for two seconds). Fixed text: nothing from the articles goes into it.
SCROLL_TO_FOCUS = """<script>
(() => {
  let tries = 0;
  const scroll = () => {
    const boxes = [...document.querySelectorAll(".fr-article")].filter(box => box.querySelector(".fr-focus"));
    for (const box of boxes) {
      const mark = box.querySelector(".fr-focus");
      box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - 24;
    }
    if (!boxes.length && ++tries < 20) setTimeout(scroll, 100);
  };
  // Arrived from another view by the keyboard, focus is lost with the button pressed once the
  // old view is gone: it goes to the first box, so Tab and the arrow keys carry on from there.
  let waits = 0;
  const refocus = () => {
    const box = document.querySelector(".fr-article");
    if (box && document.activeElement === document.body) box.focus({preventScroll: true});
    else if (++waits < 10) setTimeout(refocus, 200);
  };
  scroll();
  setTimeout(refocus, 200);
})();
</script>"""


def read_ui(scored: Scored, articles: list[Article]) -> None:
    if not articles:
        st.info("No article to read.")
        return
    scores = scored.scores
    ids = [a.id for a in articles]
    by_id = {a.id: a for a in articles}
    # With a term chosen (here or in another view): articles that hold it, one per outlet, the user's own first.
    # Otherwise the newest of the user's own articles first (what they just added), then other outlets.
    focus = st.session_state.get("focus_term", "")
    holding = (list(dict.fromkeys(scored.table("term_sentences", (focus, tuple(highlight.KINDS)))["article_id"]))
               if focus else [])
    seeds = {a.id for a in seed_articles()}
    own = [a for a in articles if a.id not in seeds and a.source != ""]
    default, outlets_seen = [], set()
    # The articles picked before stay picked, with an article just added first, unless another
    # term has been chosen since (then the articles that hold it).
    picked = [i for i in st.session_state.get("read_picked", []) if i in by_id]
    if picked and st.session_state.get("read_picked_for", "") == focus:
        known = set(st.session_state.get("read_known", ids))
        default = list(dict.fromkeys([*[a.id for a in own if a.id not in known][-1:], *picked]))[:4]
    own_ids = {a.id for a in own}
    for article_id in sorted(holding, key=lambda i: i not in own_ids):
        if by_id[article_id].outlet not in outlets_seen and len(default) < 2:
            default.append(article_id)
            outlets_seen.add(by_id[article_id].outlet)
    if own and not default:
        default.append(own[-1].id)
        outlets_seen.add(own[-1].outlet)
    for a in articles:
        if a.outlet not in outlets_seen and len(default) < 2:
            default.append(a.id)
            outlets_seen.add(a.outlet)
    # Full width each, labels kept short: side by side, the chosen articles ran out of sight.
    chosen = st.multiselect("Articles side by side", ids, default=default, max_selections=4,
                            format_func=lambda i: article_label(by_id[i], 50),
                            key=f"read_articles_{_digest(ids, focus)}")  # a new term brings up its articles
    st.session_state.update(read_picked=chosen, read_known=ids, read_picked_for=focus)
    focus = term_finder_ui(scored, tuple(highlight.KINDS), "read_finder")
    # The marks to show are picked in a popover beside the legend, which names them: a picker of its
    # own pushed the articles a row further down, out of sight on a projector at 720 px.
    kept = st.session_state.get("read_kinds_kept", list(highlight.KINDS))
    shown = "all" if len(kept) == len(highlight.KINDS) else f"{len(kept)} of {len(highlight.KINDS)}"
    row = st.container(horizontal=True, vertical_alignment="center", wrap=False)
    with row.popover(f"Highlight: {shown}", width="content"):
        # Kept apart from the widget, whose value Streamlit forgets while another view is open.
        kinds = st.multiselect("Highlight", list(highlight.KINDS), default=kept,
                               format_func=lambda k: highlight.KINDS[k][0], key="read_kinds",
                               on_change=lambda: st.session_state.update(read_kinds_kept=st.session_state["read_kinds"]))
    row.html(highlight.STYLE + highlight.legend_html(kinds, focus))
    for row_start in range(0, len(chosen), 2):
        cols = st.columns(2)
        for col, article_id in zip(cols, chosen[row_start:row_start + 2]):
            article = by_id[article_id]
            with col:
                heading = highlight.heading_html(article.outlet, article.title or article.id,
                                                 article.published or "undated")
                if not looks_english(article.text):
                    st.html(highlight.STYLE + heading)
                    st.warning("This article does not look English: the lexicons and VADER are English-only, "
                               "so its figures are unreliable.", icon=":material/translate:")
                    heading = ""
                sentences = scores.sentences.loc[scores.sentences["article_id"] == article_id]
                spans = scores.spans.loc[scores.spans["article_id"] == article_id]
                st.html(highlight.STYLE + heading + highlight.article_html(article.text, sentences, spans, kinds, focus))
    if focus and chosen:
        # Each article box scrolls by itself: bring its first marked sentence into view.
        # The digest makes the element differ for each term and set of articles: an element the
        # same as in the last run is not drawn again, and its script would not run again.
        st.html(SCROLL_TO_FOCUS.replace("<script>", f"<script>/* {_digest(focus, chosen, kinds)} */"),
                unsafe_allow_javascript=True)


def method_ui() -> None:
    st.markdown("""
**These figures are prompts for discussion, not verdicts on outlets.** Each one counts words from lists and
applies simple rules; it misses things and flags things wrongly. Read the sentences behind a number (the
*Read the articles* view) before drawing a conclusion from it.

**How the text is prepared.** Page furniture (navigation, comment forms, "related articles", author boxes)
is found and left out of every figure; it shows greyed in *Read the articles*. Rates are per 1,000 words of
the article's own text; shares are of its sentences. An outlet's figures pool all its articles.

**Sources.** Hedges and boosters: Hyland (2005), Hooper (1975), Lakoff (1973). Loaded language: after
Recasens et al. (2013) and Da San Martino et al. (2019). Reporting verbs: Bergler (1992), Caldas-Coulthard
(1994), Levin's (1993) verb classes, Wiebe et al.'s (2005) private states and newsroom style guides. Tone: VADER (Hutto & Gilbert 2014), compound score per sentence. Readability:
textstat's Flesch reading ease and Flesch–Kincaid grade. The lists are in the *Lexicons* tab.

**Limits.** English only (a notice shows when an article does not look English). Lexicon matching does not
understand negation or irony. VADER was built for social media. Readability formulas count syllables and
sentence length, not ideas, and like the rates per 1,000 words they swing widely below about 100 words (a
notice names such articles). Machine-translated articles carry the translator's choices (Kiev/Kyiv).
""")
    st.subheader("What each metric means")
    # Wrapped in full (a data grid cut each meaning to a line), named as the scorecard names them
    # and as the exports and the command line do.
    meanings = pd.DataFrame({"in exports": list(METRICS), "meaning": list(METRICS.values())},
                            index=pd.Index([charts.SCORECARD_LABELS.get(m, m) for m in METRICS], name="metric"))
    st.markdown(highlight.markdown_table(meanings, text_columns=meanings.columns))
    st.caption("Shares show in % here and in the report; the CSV, JSON and the command line give them as "
               "fractions from 0 to 1 (0.25 is 25%).")
    st.subheader("Accuracy against annotated corpora")
    accuracy_ui()


def accuracy_ui() -> None:
    source = files("framing").joinpath("data", "accuracy.json")
    try:
        figures = json.loads(source.read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError):
        st.info("Accuracy: not measured yet.")
        return
    except ValueError:
        st.warning("Accuracy: the file of measured figures cannot be read.")
        return
    rows = figures if isinstance(figures, list) else figures.get("results", [figures])
    st.markdown(highlight.markdown_table(accuracy_table(rows), text_columns=["corpus", "met"]))
    when = f", {figures['measured']}" if isinstance(figures, dict) and figures.get("measured") else ""
    corpora = "; ".join(dict.fromkeys(str(row["corpus"]) for row in rows if row.get("corpus")))
    st.caption(f"Measured by comparing the detectors with human annotations (the dev part of each corpus{when}); "
               "see framing/data/accuracy.json. The 95% interval is the range a score keeps when the "
               "corpus's articles are resampled: where it spans the target, other articles may fall on "
               f"either side of it. Corpora: {highlight.md_escape(corpora)}.")
    st.markdown(DETECTORS_MISS)


def accuracy_table(rows: list[dict]) -> pd.DataFrame:
    """The measured figures as text, one row per figure (named by its label, else its id): three
    decimals, blank where a figure has no precision, recall, floor or target. "95% interval" is
    the range the score keeps in 95 % of bootstrap resamples of the corpus's articles (how far
    another set of articles may move it); "met" says whether the score reaches the target."""
    def number(value: object) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value  # NaN: none

    def interval(value: object) -> str:
        ok = isinstance(value, (list, tuple)) and len(value) == 2 and all(map(number, value))
        return f"{value[0]:.2f}\u2060–\u2060{value[1]:.2f}" if ok else ""  # word joiners: one line

    def cell(column: str, v: object) -> str:
        # The corpus by its short name ("BABE (Spinde et al. 2021)": "BABE", "SemEval-2020 Task 11
        # PTC": "PTC", "CoNLL-2010 Wikipedia uncertainty": "CoNLL-2010"), so the table fits the page
        # at 1,280 px; the caption cites it in full. Floors and targets were set to two decimals:
        # shown so, they leave room.
        if column == "corpus":
            words = str(v).partition(" (")[0].split()
            return (words[-1] if words[-1].isupper() else words[0]) if words else ""
        if not number(v):
            return ""
        return f"{v:.2f}" if column in ("naive floor", "target") else f"{v:.3f}"

    table = pd.DataFrame(rows)
    names = table["label"].fillna(table["figure"]) if "label" in table.columns else table["figure"]
    table = table.drop(columns=["figure", "label"], errors="ignore").set_index(names.rename("figure"))
    shown = pd.DataFrame({column: [cell(column, v) for v in table[column]]
                          for column in table.columns if column != "interval"}, index=table.index)
    if "interval" in table.columns:
        at = shown.columns.get_loc("score") + 1 if "score" in shown.columns else len(shown.columns)
        shown.insert(at, "95% interval", [interval(v) for v in table["interval"]])
    if {"score", "target"} <= set(table.columns):
        shown["met"] = ["" if not (number(score) and number(target)) else "yes" if score >= target else "no"
                        for score, target in zip(table["score"], table["target"])]
    return shown


#: What the Method view says the detectors still miss (the full account: docs/detectors.md).
DETECTORS_MISS = """
**What the detectors still miss.** *Hedges*: uncertainty carried by grammar rather than a word (an open
question, a conditional, a negated certainty). *Attribution*: a position attributed through an action or a
stance noun ("X unleashed a string of posts", "a staunch opponent of the plan") and one-off predicates ("took
offense at"); a speaker can come out too short or too long around an apposition, and a pronoun points back
only to an earlier speaker. *Loaded language*: loaded phrases built from plain words (irony, metaphor, long
propaganda clauses), words loaded only in some stories ("regime", "crisis"), and bias that lies in which facts
an article chooses. Loaded terms inside quotations are counted apart, as the speaker's words.
"""


def lexicon_ui() -> None:
    ws, gen = state(), generation()
    bundled = bundled_tables()
    tables = lexicon_tables(ws, bundled)
    # The options' labels stay the same whatever is edited: a widget's value is matched by its
    # label, so a label that changed with the term count picked another lexicon.
    # Remembered apart from the widget, whose state goes when another view is open.
    remembered = st.session_state.get("lex_choice", next(iter(LEXICON_FILES)))
    name = st.selectbox("Lexicon", list(LEXICON_FILES), index=list(LEXICON_FILES).index(remembered), key="lex_name",
                        format_func=lambda n: n.replace("_", " "))
    st.session_state["lex_choice"] = name
    key_column = LEXICON_FILES[name]
    rows = tables[name]
    st.caption(f"{len(rows)} terms" + (f", edited here ({len(bundled[name])} in the bundled list)"
                                       if name in ws.lexicons else ", as bundled"))
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", height=300, key=f"lex_table_{name}")
    columns = list(rows[0]) if rows else [key_column]
    with st.form(key=f"lex_add_{name}_{gen}", clear_on_submit=True):
        st.markdown(f"**Add a term** to *{name.replace('_', ' ')}*")
        cols = st.columns(min(len(columns), 4))
        values = {}
        for k, column in enumerate(columns[:4]):
            used = Counter(r.get(column, "") for r in rows if r.get(column))
            # A column of a few labels (kind, category): name them, most used first, to spare typos.
            hint = (f"In this list: {highlight.md_escape(', '.join(v for v, _ in used.most_common()))}."
                    if column != key_column and 0 < len(used) <= 12 else None)
            values[column] = cols[k].text_input(column, key=f"lex_add_{name}_{column}_{gen}", help=hint)
        if st.form_submit_button("Add term"):
            new_rows = add_term(rows, key_column, values)
            if len(new_rows) == len(rows):
                st.warning("Not added: the term is empty or already in the list.")
            else:
                set_state(replace(state(), lexicons={**state().lexicons, name: new_rows}))
                st.rerun()
    terms = [r.get(key_column, "") for r in rows]
    gone = st.multiselect("Remove terms", terms, key=f"lex_remove_{name}_{gen}_{_digest(terms)}")
    if st.button("Remove the chosen terms", key=f"lex_remove_go_{name}", disabled=not gone):
        set_state(replace(state(), lexicons={**state().lexicons, name: remove_terms(rows, key_column, gone)}))
        st.rerun()
    left, right = st.columns(2)
    left.download_button(f"Download {name}.tsv", table_tsv(name, rows).encode("utf-8"), file_name=f"{name}.tsv",
                         mime="text/tab-separated-values", key=f"lex_download_{name}", on_click="ignore")
    if right.button("Back to the bundled list", key=f"lex_reset_{name}", disabled=name not in ws.lexicons):
        set_state(replace(state(), lexicons={k: v for k, v in state().lexicons.items() if k != name}))
        st.rerun()
    # Once a file is loaded the uploader starts afresh (a new key), so the same file can be loaded
    # again after going back to the bundled list.
    loads = st.session_state.setdefault("lexicon_loads", 0)
    uploaded = st.file_uploader(f"Load an edited {name}.tsv", type=["tsv", "txt"], key=f"lex_load_{name}_{gen}_{loads}")
    if uploaded is not None:
        try:  # saved from a spreadsheet it may be UTF-16 or Windows-1252, as articles may
            loaded_text = decode_bytes(uploaded.getvalue(), uploaded.name)
        except InputError as error:
            loaded_text, problem = "", str(error).split(": ", 1)[-1]
        else:
            problem = table_problem(name, loaded_text)
        if problem:
            st.error(f"{highlight.md_escape(uploaded.name)}: {problem}. Nothing was changed.", icon="⚠️")
        else:
            loaded_rows = parse_table(loaded_text)
            st.session_state["lexicon_loads"] = loads + 1
            set_state(replace(state(), lexicons={**state().lexicons, name: loaded_rows}))
            st.session_state["flash"] = f"Loaded {highlight.md_escape(uploaded.name)}: {len(loaded_rows)} terms."
            st.rerun()


def article_label(article: Article, width: int = 60) -> str:
    """An article as the notices and pickers name it: "outlet · title" (the id when untitled), cut to ``width``."""
    return article.label(width)


#: The icon of each kind of notice, by its first word (see framing.report.notices).
NOTICE_ICONS = {"Not": ":material/translate:", "Short:": ":material/straighten:", "Lexicons": ":material/menu_book:"}


def edited_lexicons(ws: Workspace) -> dict[str, tuple[int, int]]:
    """The lexicons edited in the workspace: name -> (terms now, terms bundled)."""
    bundled = bundled_tables()
    return {name: (len(rows), len(bundled[name])) for name, rows in ws.lexicons.items() if name in bundled}


def notices_ui(scores: Scores, articles: list[Article]) -> None:
    """Warnings to read the figures by: the same sentences as the report's (framing.report.notices)."""
    for note in report.notices(scores, articles, edited_lexicons(state()), escape=highlight.md_escape):
        st.warning(note, icon=NOTICE_ICONS.get(note.split()[0], ":material/info:"))


def main() -> None:
    st.set_page_config(page_title="Framing", page_icon="📰", layout="wide", initial_sidebar_state="expanded")
    # A wide table (the scorecard of many outlets) scrolls sideways inside the page instead of running
    # off it, and its row names stay on one line.
    st.html("<style>.block-container{padding-top:3.8rem;padding-bottom:1rem} "
            "h1{font-size:1.9rem!important;padding:0 0 .2rem 0!important} "
            "[data-testid=stMarkdownContainer] table{display:block;max-width:100%;overflow-x:auto} "
            "[data-testid=stMarkdownContainer] tr>:first-child{white-space:nowrap} "
            # The sidebar's collapse button shows only under the mouse, so Tab never reached it; on
            # a 1,024 px projector, collapsing the sidebar is what gives the charts their width.
            "[data-testid=stSidebarCollapseButton]{visibility:visible!important;display:block}</style>")
    all_articles, sidebar_rest = sidebar_top_ui()
    view_ui(all_articles)
    with sidebar_rest:
        sidebar_rest_ui(all_articles)


def colour_order(as_read: list[str]) -> list[str]:
    """The outlets in the order they first came in this workspace, removed ones included while
    an outlet after them is still there: removing a pasted text or an uploaded file then leaves
    the others' colours as they were. Starts afresh when a workspace is loaded (from the order
    saved in it) or reset."""
    gen = generation()
    remembered_gen, order = st.session_state.get("colour_order", (gen, state().outlet_order))
    order = list(order) if remembered_gen == gen else list(state().outlet_order)
    order += [outlet for outlet in dict.fromkeys(as_read) if outlet not in order]
    present = set(as_read)
    while order and order[-1] not in present:  # holds no one's place: the next outlet takes its colour
        order.pop()
    st.session_state["colour_order"] = (gen, order)
    return order


def outlet_colours(all_articles: list[Article], group: str) -> dict[str, str]:
    """Each group's colour, in the corpus's order, left-out articles included, and by the outlets
    as read: adding, leaving out, removing, renaming or merging an outlet changes no other's
    colour or marker. An outlet merged into another by a rename, or removed, keeps its place under
    a key no chart draws (the markers go by place too); an outlet that others are merged into
    by name keeps its own colour."""
    if group == "Articles":
        # Each article in its outlet's colour (a second article of an outlet is hatched and takes
        # another marker), so "RT is orange" holds when articles are compared one by one too.
        outlets = outlet_colours(all_articles, "Outlets")
        return {f"{a.outlet} · {a.id}": outlets.get(a.outlet, "#777777") for a in all_articles}
    shown = {}
    for a in all_articles:
        shown.setdefault(outlet_as_read(a), a.outlet)
    palette = charts.palette(colour_order([outlet_as_read(a) for a in all_articles]))
    # Outlets shown under the name they were read with take their colour first, so one renamed
    # into them ("RES-MPE" to "RT") does not take RT's; a name no outlet was read with goes to
    # the first outlet renamed to it, the one that held the group's colour before ("RT" and
    # "RES-MPE" renamed on together to "Russia Today": RT).
    owner = {read: read for read in palette if shown.get(read) == read}
    for read, name in state().renames.items():
        if read in palette and shown.get(read) == name:
            owner.setdefault(name, read)
    colours = {}
    for read, colour in palette.items():
        if read not in shown:
            colours[f"\x00removed: {read}"] = colour
        elif owner.get(shown[read], read) == read and shown[read] not in colours:
            colours[shown[read]] = colour
        else:
            colours[f"\x00merged: {read}"] = colour
    return colours


def view_ui(all_articles: list[Article]) -> None:
    """The title and the open view."""
    group = grouping()
    excluded = set(state().excluded)
    articles = [a for a in all_articles if a.id not in excluded]
    outlets = list(dict.fromkeys(a.outlet for a in articles))  # in the legends' order, the corpus's
    st.title(f"Framing: how {len(outlets)} outlet{'s tell' if len(outlets) != 1 else ' tells'} the same story"
             if outlets else "Framing: how outlets tell the same story")
    named = f": {highlight.md_escape(', '.join(outlets))}" if outlets else ""
    st.caption(f"{plural(len(articles), 'article')}{named}. "
               "The figures are prompts for discussion, not verdicts.")
    flash = st.session_state.pop("flash", "")
    if flash:
        st.toast(flash)
    # One view at a time: only the open view's charts and tables are built and sent.
    st.session_state.setdefault("view", VIEWS[0])
    view = st.segmented_control("View", VIEWS, key="view", required=True, label_visibility="collapsed",
                                format_func=lambda v: VIEW_LABELS.get(v, v))
    if view == "Method":
        method_ui()
        return
    if view == "Lexicons":
        lexicon_ui()
        return
    if not articles:
        st.info("Every article is left out: bring some back under *Outlets and articles* in the sidebar."
                if all_articles else
                "No article to compare: upload or paste one in the sidebar, or go back to the seeds.")
        return
    scores, key = score_ui(articles, group)
    colours = outlet_colours(all_articles, group)
    scored = Scored(scores, key, colours)
    notices_ui(scores, articles)
    {
        "Overview": lambda: overview_ui(scored, articles),
        "Hedging and certainty": lambda: hedging_ui(scored),
        "Sources and attribution": lambda: sources_ui(scored),
        "Loaded language and word choice": lambda: loaded_ui(scored),
        "Tone": lambda: tone_ui(scored),
        "Readability": lambda: readability_ui(scored),
        READ: lambda: read_ui(scored, articles),
    }[view]()


def timed_main(log: str) -> None:
    """main(), appending the script run's seconds to the file ``log`` (FRAMING_RUN_LOG; used by
    ``python -m framing.bench --app``)."""
    started = time.perf_counter()
    try:
        main()
    finally:
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"{time.perf_counter() - started:.4f}\n")


def warm_up_dashboard() -> None:
    """Do once, for the whole server, what the first visit would otherwise wait for: load and
    compile the scoring resources, and draw the seeds' first chart once (plotly loads its
    validators on first use). Each visit still scores and draws for itself."""
    warm_up()
    with contextlib.suppress(ImportError):  # st.set_page_config matches the page icon against this
        importlib.import_module("streamlit.emojis")  # module's emoji pattern, compiled on import
    scores = score_corpus(load_seeds())
    charts.figure("fingerprint", scores, charts.palette(scores.outlets["outlet"]))


@contextlib.asynccontextmanager
async def warm_up_at_start(_server):
    """Start :func:`warm_up_dashboard` in the background as the server starts, so that it overlaps
    with the browser loading the page's code instead of coming after it."""
    threading.Thread(target=warm_up_dashboard, name="framing-warm-up", daemon=True).start()
    yield


if __name__ == "__main__":  # a visit: Streamlit runs this file as a script, which draws the page
    if os.environ.get("FRAMING_RUN_LOG"):
        timed_main(os.environ["FRAMING_RUN_LOG"])
    else:
        main()
else:  # `streamlit run app.py` imports this module to find `app`, the server it runs
    app = st.App(__file__, lifespan=warm_up_at_start)

"""Charts: one colour per outlet everywhere, titles and axis labels, user strings escaped."""
from __future__ import annotations

import json
from dataclasses import replace

import pandas as pd
import pytest

from framing import charts
from framing.corpus import Article
from framing.score import METRICS, score_corpus

SEED_OUTLETS = ["19FortyFive", "RES-MPE", "RT", "The Washington Post"]


@pytest.fixture(scope="module")
def figures(seed_scores):
    colours = charts.palette(seed_scores.outlets["outlet"])
    return charts.all_figures(seed_scores, colours), colours


def test_palette_is_okabe_ito_in_the_corpus_order_and_an_added_group_changes_no_other():
    three = charts.palette(["RT", "B", "RT", "A"])
    assert list(three) == ["RT", "B", "A"] and list(three.values()) == charts.OKABE_ITO[:3]
    four = charts.palette(["RT", "B", "A", "Aardvark"])  # sorting would have put it first
    assert {g: four[g] for g in three} == three
    assert set(charts.palette(SEED_OUTLETS).values()) <= set(charts.OKABE_ITO)
    assert len(set(charts.palette(SEED_OUTLETS).values())) == 4


def test_palette_repeats_after_eight_groups_and_symbols_tell_them_apart():
    colours = charts.palette([f"outlet {k:02d}" for k in range(20)])
    assert len(colours) == 20 and len(set(colours.values())) == 8
    marks = charts.symbols(colours)
    assert len({(colours[g], marks[g]) for g in colours}) == 20  # no two groups look alike
    assert [marks[g] for g in list(colours)[:8]] == charts.SYMBOLS  # the first eight as before


def test_bars_of_a_repeated_colour_are_hatched(seed_scores):
    """Past eight outlets the colours repeat: the bars of the ninth on are hatched, so none look alike."""
    row = seed_scores.outlets.iloc[0]
    outlets = pd.DataFrame([{**row.to_dict(), "outlet": f"outlet {k:02d}"} for k in range(10)])
    colours = charts.palette(outlets["outlet"])
    for fig in (charts.hedging(outlets, colours), charts.attribution(outlets, colours)):
        looks = [(bar.marker.color, bar.marker.pattern.shape or "") for bar in fig.data]
        assert len(set(looks)) == 10 and [shape for _, shape in looks[:8]] == [""] * 8


def test_a_legend_of_many_outlets_gets_rows_of_its_own_under_the_title(seed_scores):
    row = seed_scores.outlets.iloc[0]
    names = [f"Outlet with a long name {k:02d}" for k in range(16)]
    outlets = pd.DataFrame([{**row.to_dict(), "outlet": name} for name in names])
    colours = charts.palette(names)
    few, many = (charts.hedging(seed_scores.outlets, charts.palette(seed_scores.outlets["outlet"])),
                 charts.hedging(outlets, colours))
    # 16 entries of about 260 px: two columns above a 560 px plot, so eight rows, seven more than one.
    # The figure grows by them, so the plot keeps its height.
    assert many.layout.height - few.layout.height == 7 * 24
    for fig in (few, many):
        # Placed against the whole figure, its top 48 px down (under the title), the legend
        # pushes the plot down however many rows a narrow screen wraps it to.
        assert fig.layout.legend.yref == "container" and fig.layout.legend.yanchor == "top"
        assert fig.layout.height * (1 - fig.layout.legend.y) == pytest.approx(48)
        assert fig.layout.margin.t == 96
    # Plotly does not push the plot below a panel's title, so a chart with panel titles keeps the
    # legend's rows in its top margin as well.
    loaded_few = charts.loaded_by_category(seed_scores.spans, seed_scores.outlets,
                                           charts.palette(seed_scores.outlets["outlet"]))
    loaded_many = charts.loaded_by_category(seed_scores.spans, outlets, colours)
    assert loaded_many.layout.margin.t - loaded_few.layout.margin.t == 7 * 24


@pytest.mark.parametrize("name", ["fingerprint", "hedging", "attribution", "loaded", "heatmap", "tone", "readability"])
def test_every_figure_has_a_title_and_a_caption(figures, name):
    fig, caption = figures[0][name]
    assert fig.layout.title.text and caption.endswith(".")
    assert fig.layout.height >= 380
    # Figures on bars keep one size, readable on a projector, however narrow the bars.
    assert fig.layout.uniformtext.minsize >= 14 and fig.layout.uniformtext.mode == "show"


@pytest.mark.parametrize("name", ["fingerprint", "hedging", "attribution", "loaded", "tone", "readability"])
def test_each_outlet_keeps_its_colour_in_every_chart(figures, name):
    all_figures, colours = figures
    fig = all_figures[name][0]
    seen = {}
    for trace in fig.data:
        colour = trace.marker.color
        seen.setdefault(trace.name, set()).add(colour)
    assert set(seen) == set(SEED_OUTLETS)
    for outlet, used in seen.items():
        assert used == {colours[outlet]}, outlet


def test_fingerprint_scale_runs_from_zero_to_the_highest_outlet(figures):
    fig = figures[0]["fingerprint"][0]
    xs = [x for trace in fig.data for x in trace.x]
    assert min(xs) >= 0 and max(xs) == 1
    # on each metric (row) some outlet is the highest, unless no outlet has any
    for k in range(len(charts.FINGERPRINT_METRICS)):
        row = [trace.x[k] for trace in fig.data]
        assert max(row) in (0, 1)


def test_fingerprint_marks_of_equal_value_stand_apart(figures):
    # Outlets with the same value on a metric stand in lanes of their own in its row, far enough
    # apart that one mark does not hide another (they were 4 px apart, marks of 18 px).
    fig = figures[0]["fingerprint"][0]
    rows = len(charts.FINGERPRINT_METRICS)
    row_px = (fig.layout.height - fig.layout.margin.t - 80) / rows  # less the title, legend and x axis
    lanes = sorted(trace.y[0] for trace in fig.data)
    gaps_px = [(b - a) * row_px for a, b in zip(lanes, lanes[1:])]
    mark_px = fig.data[0].marker.size
    assert len(lanes) == 4 and min(gaps_px) >= 0.6 * mark_px
    assert (lanes[-1] - lanes[0]) < 1  # every lane inside its metric's row


def test_scorecard_has_counts_and_percent_shares(seed_scores):
    card = charts.scorecard(seed_scores.outlets, {"words": "", "anonymous_share": ""})
    assert list(card.columns) == ["Articles", "Words", "Anonymous sources %"]
    assert card["Articles"].sum() == 5
    assert card["Anonymous sources %"].between(0, 100).all()


def test_scorecard_names_every_metric_in_words():
    assert set(charts.SCORECARD_LABELS) == set(METRICS)
    assert len(set(charts.SCORECARD_LABELS.values())) == len(METRICS)
    assert not any("_" in label for label in charts.SCORECARD_LABELS.values())


def test_by_article_makes_each_article_a_group(seed_scores):
    regrouped = charts.by_article(seed_scores)
    assert len(regrouped.outlets) == 5
    assert regrouped.outlets["articles"].eq(1).all()
    assert set(regrouped.sentences["outlet"]) == set(regrouped.outlets["outlet"])


def test_word_choice_table_counts_variants_per_outlet(seed_scores):
    table = charts.word_choice_table(seed_scores.spans, SEED_OUTLETS)
    assert list(table.columns) == ["concept", "variant", *SEED_OUTLETS, "signals"]
    assert table[SEED_OUTLETS].to_numpy().sum() == (seed_scores.spans["kind"] == "word_choice").sum()


def test_speakers_mark_non_neutral_verbs(seed_scores):
    table = charts.speakers(seed_scores.sentences)
    assert not table.empty
    marked = table.loc[table["non_neutral"] > 0, "verbs"]
    assert marked.str.contains("⚠").all()
    assert not table.loc[table["non_neutral"] == 0, "verbs"].str.contains("⚠").any()


def test_one_speakers_forms_count_in_one_row(seed_scores):
    table = charts.speakers(seed_scores.sentences).set_index(["outlet", "speaker"])
    zelensky = table.loc[("RT", "Ukrainian President Volodymyr Zelensky")]
    assert set(zelensky["also_written"].split(", ")) == {"Zelensky", "The president", "Ukrainian president"}
    assert ("RT", "Zelensky") not in table.index
    assert table.loc[("19FortyFive", "Kremlin spokesman Dmitry Peskov"), "also_written"] == "Peskov"
    assert table["sentences"].sum() == (~seed_scores.sentences["excluded"].astype(bool)
                                        & (seed_scores.sentences["speaker"] != "")).sum()


@pytest.mark.parametrize("forms, changes", [
    (["Peskov", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"],
     {"Peskov": "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov": "Kremlin spokesman Dmitry Peskov"}),
    (["Mr. Trump", "Donald Trump"], {"Mr. Trump": "Donald Trump"}),
    (["Clinton", "Bill Clinton", "Hillary Clinton"], {}),  # two people: the surname stays
    (["the Ukrainian president", "Ukrainian President Volodymyr Zelensky"],
     {"the Ukrainian president": "Ukrainian President Volodymyr Zelensky"}),
    (["the president", "President Joe Biden", "Ukrainian President Volodymyr Zelensky"], {}),  # two presidents
    (["the former actor", "Ukrainian President Volodymyr Zelensky"], {}),  # nothing in the name says so
    (["Kremlin", "Kremlin spokesman Dmitry Peskov"], {}),  # an institution is not its spokesman
    (["I (the writer)", "I"], {}),
])
def test_speaker_names_take_the_fullest_form_of_one_person(forms, changes):
    assert charts.speaker_names(forms) == changes


def test_term_sentences_finds_every_sentence_holding_the_term(seed_scores):
    term = seed_scores.spans.loc[seed_scores.spans["kind"] == "hedge", "text"].str.lower().iloc[0]
    hits = charts.term_sentences(seed_scores.sentences, seed_scores.spans, term)
    assert len(hits) >= 1
    assert hits["sentence"].str.lower().str.contains(term.split()[0]).all()
    assert charts.term_sentences(seed_scores.sentences, seed_scores.spans, "no such term at all").empty


def test_term_sentences_lists_a_sentence_once_with_everything_its_term_is_flagged_as(seed_scores):
    # "claimed" is both a reporting verb that frames its speaker and a loaded term: one row a
    # sentence, saying both, not one row for each.
    hits = charts.term_sentences(seed_scores.sentences, seed_scores.spans, "claimed")
    cues = seed_scores.spans.loc[(seed_scores.spans["kind"] == "attribution_cue")
                                 & (seed_scores.spans["text"].str.lower() == "claimed")]
    assert len(hits) == len(cues[["article_id", "sentence"]].drop_duplicates()) >= 2
    assert not hits.duplicated(["article_id", "sentence"]).any()
    assert set(hits["flagged as"]) == {"reporting verb (non-neutral); loaded (delegitimising)"}
    assert list(hits.columns) == ["outlet", "article_id", "flagged as", "sentence"]


@pytest.mark.parametrize("kinds", [("hedge", "booster"), ("speaker", "attribution_cue"), ("loaded", "word_choice")])
def test_a_terms_count_in_the_finder_is_the_number_of_sentences_it_lists(seed_scores, kinds):
    counts = charts.term_counts(seed_scores.spans, kinds)
    assert len(counts) > 5
    for term, count in counts.items():
        hits = charts.term_sentences(seed_scores.sentences, seed_scores.spans, term, kinds)
        assert len(hits) == count, term


def test_a_view_lists_only_the_sentences_where_its_term_is_of_the_views_kinds(seed_scores):
    # "Zelensky" is a speaker in a few sentences and a contested spelling (word choice) in many:
    # the Sources view lists the first, the reader (every kind) both.
    sources = charts.term_sentences(seed_scores.sentences, seed_scores.spans, "zelensky", ("speaker", "attribution_cue"))
    everywhere = charts.term_sentences(seed_scores.sentences, seed_scores.spans, "zelensky")
    assert 0 < len(sources) < len(everywhere)
    assert sources["flagged as"].str.contains("speaker").all()
    assert not everywhere["flagged as"].str.contains("speaker").all()


def test_word_and_speaker_tables_follow_the_order_they_are_given(seed_scores):
    order = list(seed_scores.outlets["outlet"])[::-1]
    for table in (charts.top_terms(seed_scores.spans, ["hedge"], order=order),
                  charts.speakers(seed_scores.sentences, order=order)):
        assert list(dict.fromkeys(table["outlet"])) == [o for o in order if o in set(table["outlet"])]
    unordered = charts.speakers(seed_scores.sentences)
    assert list(dict.fromkeys(unordered["outlet"])) == sorted(set(unordered["outlet"]))


def test_the_heatmap_writes_many_outlets_names_upright(seed_scores):
    assert charts.term_heatmap(seed_scores.spans, seed_scores.outlets).layout.xaxis.tickangle is None  # four: level
    copies = (1, 2, 3)
    many = pd.concat([seed_scores.outlets.assign(outlet=seed_scores.outlets["outlet"] + f" {k}") for k in copies],
                     ignore_index=True)
    spans = pd.concat([seed_scores.spans.assign(outlet=seed_scores.spans["outlet"] + f" {k}") for k in copies])
    assert charts.term_heatmap(spans, many).layout.xaxis.tickangle == -90  # twelve would run into each other


def test_tone_extremes_are_ordered(seed_scores):
    negative, positive = charts.tone_extremes(seed_scores.sentences, n=3)
    assert list(negative["sentiment"]) == sorted(negative["sentiment"])
    assert list(positive["sentiment"]) == sorted(positive["sentiment"], reverse=True)
    assert (negative["sentiment"] < 0).all() and (positive["sentiment"] > 0).all()


HOSTILE = "<b onmouseover=alert(1)>Evil</b> & <a href='javascript:alert(2)'>x</a>"


def test_user_strings_are_escaped_in_figures():
    scores = score_corpus([Article("x1", "Officials said talks may resume. It was a sham, critics said.", HOSTILE),
                           Article("x2", "Talks stalled.", "Plain")])
    colours = charts.palette(scores.outlets["outlet"])
    for name, (fig, _) in charts.all_figures(scores, colours).items():
        spec = json.dumps(fig.to_plotly_json(), default=str)
        assert "<b onmouseover" not in spec and "<a href" not in spec, name


def test_empty_spans_give_empty_tables_not_errors():
    empty = pd.DataFrame(columns=["article_id", "outlet", "sentence", "start", "end", "kind", "category", "text",
                                  "rule", "quoted", "alternative"])
    assert charts.top_terms(empty, ["hedge"]).empty
    assert charts.word_choice_table(empty, ["A"]).empty


def test_readability_says_not_measured_and_keeps_a_negative_grades_label_in_its_panel():
    import pandas as pd

    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"], "title": ["", "", ""],
                             "flesch_reading_ease": [float("nan"), 85.9, 119.2], "fk_grade": [float("nan"), 2.6, -2.6]})
    fig = charts.readability(articles, charts.palette(articles["outlet"]))
    texts = {(trace.xaxis, trace.name): list(trace.text) for trace in fig.data}
    assert texts[("x", "X")] == ["not measured"] and texts[("x2", "X")] == ["not measured"]
    assert texts[("x2", "Z")] == ["-2.6"] and texts[("x", "Z")] == ["119.2"]
    low, high = fig.layout.xaxis2.range
    assert low < -2.6 - 0.2 * (2.6 + 2.6) and high > 2.6  # room for the label beside the negative bar


@pytest.mark.parametrize("name", ["hedging", "attribution", "loaded"])
def test_bar_categories_are_named_on_two_lines(figures, name):
    # Named on one line, a narrow screen tilted them; the bars keep their names (the app's lists
    # of the sentences behind a bar go by them).
    fig = figures[0][name][0]
    axis = fig.layout.xaxis
    assert list(axis.tickvals) == list(fig.data[0].x)
    assert all(text == value.replace(" ", "<br>", 1) for text, value in zip(axis.ticktext, axis.tickvals))
    assert any("<br>" in text for text in axis.ticktext)


def test_the_heatmap_title_names_articles_when_articles_are_compared(seed_scores):
    compared = charts.by_article(seed_scores)
    assert charts.term_heatmap(compared.spans, compared.outlets).layout.title.text == \
        "Which loaded terms each article uses"
    assert charts.term_heatmap(seed_scores.spans, seed_scores.outlets).layout.title.text == \
        "Which loaded terms each outlet uses"


def test_readability_names_each_article_on_two_short_lines(seed_scores):
    # On one line of 44 characters the names left the panels a few pixels wide on a narrow screen.
    fig = charts.readability(seed_scores.articles, charts.palette(seed_scores.articles["outlet"]))
    labels = {label for trace in fig.data for label in trace.y}
    assert "The Washington Post<br>The US is privately asking Ukra…" in labels
    assert all(len(line) <= 32 for label in labels for line in label.split("<br>"))
    assert all("<br>" in a.text for a in fig.layout.annotations)  # the panel titles too
    hostile = pd.DataFrame({"article_id": ["a"], "outlet": ["<b>X</b>"], "title": ["<i>T</i>"],
                            "flesch_reading_ease": [50.0], "fk_grade": [9.0]})
    assert charts.readability(hostile, charts.palette(["<b>X</b>"])).data[0].y == ("&lt;b&gt;X&lt;/b&gt;<br>&lt;i&gt;T&lt;/i&gt;",)


def test_a_short_outlet_is_hollow_in_the_fingerprint_and_does_not_set_its_scale(seeds):
    paragraph = Article("p", "Officials may perhaps possibly resume talks, reportedly. It could be a sham.", "Gazette")
    scores = score_corpus([*seeds, paragraph])
    fig = charts.fingerprint(scores.outlets, charts.palette(a.outlet for a in [*seeds, paragraph]))
    traces = {trace.name: trace for trace in fig.data}
    assert traces["Gazette"].marker.symbol.endswith("-open") and "not to scale" in traces["Gazette"].hovertemplate
    assert not traces["RT"].marker.symbol.endswith("-open")
    hedges = list(charts.FINGERPRINT_METRICS).index("hedges_per_1k")
    assert traces["Gazette"].x[hedges] == charts._BEYOND  # drawn at "beyond"
    assert max(traces[o].x[hedges] for o in ("19FortyFive", "The Washington Post", "RES-MPE", "RT")) == 1.0
    assert "beyond" in fig.layout.xaxis.ticktext


def test_a_metric_not_measured_is_not_drawn_at_none_in_the_fingerprint(seed_scores):
    outlets = seed_scores.outlets.copy()
    outlets.loc[outlets["outlet"] == "RT", "fk_grade"] = float("nan")
    fig = charts.fingerprint(outlets, charts.palette(outlets["outlet"]))
    rt = next(trace for trace in fig.data if trace.name == "RT")
    grade = list(charts.FINGERPRINT_METRICS).index("fk_grade")
    assert rt.x[grade] is None and rt.customdata[grade] == "n/a"


def test_a_negative_value_is_drawn_at_none_in_the_fingerprint(seed_scores):
    outlets = seed_scores.outlets.copy()
    outlets.loc[outlets["outlet"] == "RT", "fk_grade"] = -0.7  # very short words and sentences
    fig = charts.fingerprint(outlets, charts.palette(outlets["outlet"]))
    rt = next(trace for trace in fig.data if trace.name == "RT")
    grade = list(charts.FINGERPRINT_METRICS).index("fk_grade")
    assert rt.x[grade] == 0.0 and rt.customdata[grade] == "-0.7"


LONG_NAME = "The Daily Chronicle of Extraordinarily Long-Named Outlets and Their Digital Properties"


def test_long_outlet_names_are_cut_in_every_chart_and_kept_apart(seeds):
    twin = LONG_NAME + ", Weekend Edition"  # the same first forty characters
    articles = [replace(seeds[0], outlet=LONG_NAME), replace(seeds[1], outlet=twin), *seeds[2:]]
    scores = score_corpus(articles)
    colours = charts.palette(a.outlet for a in articles)
    for name, (fig, _) in charts.all_figures(scores, colours).items():
        shown = json.dumps(fig.to_plotly_json(), default=str)
        assert LONG_NAME not in shown, name
    tone = charts.tone(scores.sentences, colours)
    rows = [trace.y[0] for trace in tone.data]
    assert len(set(rows)) == len(rows) == len(scores.outlets)  # the two long names are not one row
    assert all(len(row) <= charts.NAME_LIMIT + 4 for row in rows)
    heatmap = charts.term_heatmap(scores.spans, scores.outlets)
    assert len(set(heatmap.data[0].x)) == len(scores.outlets)


def test_a_compared_articles_long_name_keeps_its_id():
    assert charts.short_name(f"{LONG_NAME} · pasted-1").endswith("… · pasted-1")
    assert len(charts.short_name(f"{LONG_NAME} · pasted-1")) == charts.NAME_LIMIT


def test_readability_names_a_compared_article_once(seed_scores):
    compared = charts.by_article(seed_scores)
    fig = charts.readability(compared.articles, charts.palette(compared.articles["outlet"]))
    labels = {label for trace in fig.data for label in trace.y}
    assert "RT · 003" in labels and not any(label.endswith("· 003 · 003") for label in labels)


@pytest.mark.parametrize("bar, share", [("Named sources", "named_share"), ("Anonymous sources", "anonymous_share"),
                                        ("Unattributed claims", "unattributed_share"), ("Quotations", "quote_share")])
def test_the_sentences_behind_each_attribution_bar_make_its_height(seed_scores, bar, share):
    for row in seed_scores.outlets.itertuples():
        rows = charts.source_sentences(seed_scores.sentences, bar, row.outlet)
        assert len(rows) / row.sentences == pytest.approx(getattr(row, share), abs=5e-4)  # shares are rounded
        assert list(rows.columns) == ["article_id", "speaker", "verb", "sentence"]
    figure = charts.attribution(seed_scores.outlets, charts.palette(seed_scores.outlets["outlet"]))
    assert list(figure.data[0].x) == list(charts.SOURCE_KINDS)  # the bars the chart draws
    anonymous = charts.source_sentences(seed_scores.sentences, "Anonymous sources", "19FortyFive")
    assert anonymous["sentence"].str.contains("Russian position on negotiations was made clear").any()


@pytest.mark.parametrize("side", ["negative", "positive"])
def test_the_sentences_behind_a_tone_share_make_the_share(seed_scores, side):
    for row in seed_scores.outlets.itertuples():
        rows = charts.tone_sentences(seed_scores.sentences, side, row.outlet)
        assert len(rows) / row.sentences == pytest.approx(getattr(row, f"{side}_share"), abs=5e-4)
        scores = list(rows["sentiment"])
        assert scores == sorted(scores, reverse=side == "positive")  # the most extreme first


def test_a_source_written_with_and_without_an_article_is_one_row(seed_scores):
    table = charts.speakers(seed_scores.sentences)
    official = table.loc[(table["outlet"] == "19FortyFive") & (table["speaker"].str.endswith("U.S. official"))]
    assert len(official) == 1
    assert official.iloc[0]["sentences"] == 2 and official.iloc[0]["also_written"] in ("U.S. official",
                                                                                       "the U.S. official")


def test_bar_figures_are_written_only_while_they_fit(seed_scores):
    four = seed_scores.outlets
    eight = pd.concat([four, four.assign(outlet=four["outlet"] + " (copy)")], ignore_index=True)
    for outlets, written in ((four, True), (eight, False)):
        figure = charts.attribution(outlets, charts.palette(outlets["outlet"]))
        assert any(any(t.text) for t in figure.data) is written  # 16 bars: figures; 32: the hover only
        assert all(t.hovertemplate for t in figure.data)
    hedges = charts.hedging(eight, charts.palette(eight["outlet"]))  # 16 bars still fit
    assert all(any(t.text) for t in hedges.data)


def test_the_pale_yellow_is_edged_in_a_darker_shade_in_every_chart(seed_scores):
    eight = pd.concat([seed_scores.outlets, seed_scores.outlets.assign(outlet=seed_scores.outlets["outlet"] + " 2")],
                      ignore_index=True)
    colours = charts.palette(eight["outlet"])
    yellow = next(group for group, colour in colours.items() if colour == "#F0E442")
    dark = charts.PALE_OUTLINES["#F0E442"]
    bars = charts.attribution(eight, colours)
    assert next(t for t in bars.data if t.name == yellow).marker.line.color == dark
    assert next(t for t in bars.data if t.name != yellow).marker.line.color != dark
    dots = charts.fingerprint(eight, colours)
    assert next(t for t in dots.data if t.name == yellow).marker.line.color == dark
    # A short outlet is hollow, and a hollow mark is drawn in its fill colour alone.
    short = eight.assign(words=eight["words"].where(eight["outlet"] != yellow, 40))
    hollow = next(t for t in charts.fingerprint(short, colours).data if t.name == yellow)
    assert hollow.marker.symbol.endswith("-open") and hollow.marker.color == dark
    assert next(t for t in charts.fingerprint(short, colours).data if t.name == "RT").marker.color == colours["RT"]

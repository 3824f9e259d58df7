"""The HTML report: self-contained, every chart and table, the corpus with dates, escaped."""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from framing import charts, report
from framing.corpus import Article
from framing.score import score_corpus

WHEN = dt.datetime(2024, 3, 5, 14, 30)
HOSTILE = ('<script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> '
           '<iframe src="https://example.com"></iframe> $\\frac{1}{2}$ **bold**')


@pytest.fixture(scope="module")
def seed_report(seeds, seed_scores):
    return report.build_report(seed_scores, seeds, charts.palette(seed_scores.outlets["outlet"]), generated=WHEN)


def test_report_is_one_offline_document(seed_report):
    assert seed_report.startswith("<!DOCTYPE html>")
    assert seed_report.count("<script type=\"text/javascript\">/**\n* plotly.js") <= 1
    assert len(re.findall(r"plotly\.js v\d", seed_report)) == 1  # inlined exactly once
    assert not re.search(r"<script[^>]+src=", seed_report)  # nothing fetched from the network
    assert not re.search(r"<link[^>]+href=", seed_report)


def test_report_holds_every_chart_and_the_date(seed_report):
    assert seed_report.count('class="plotly-graph-div"') == 7
    assert "5 March 2024" in seed_report
    for heading in ["Scorecard", "Hedges and boosters: the words", "Most negative sentences", "Most positive sentences",
                    "Who is quoted", "Word choice", "The corpus", "What each metric means"]:
        assert f"<h2>{heading}</h2>" in seed_report


def test_report_holds_the_words_and_sentences_behind_hedging_and_tone(seed_scores, seed_report):
    terms = seed_report.split("<h2>Hedges and boosters: the words</h2>")[1].split("<h2>")[0]
    top = charts.top_terms(seed_scores.spans, ["hedge"]).iloc[0]
    assert f"<td>{html.escape(top['term'])}</td>" in terms
    negative = seed_report.split("<h2>Most negative sentences</h2>")[1].split("<h2>")[0]
    worst = charts.tone_extremes(seed_scores.sentences)[0].iloc[0]
    assert html.escape(worst["text"]) in negative and f"{worst['sentiment']:+.2f}" in negative


def test_report_glossary_names_each_metric_as_the_scorecard_does(seed_report):
    glossary = seed_report.split("<h2>What each metric means</h2>")[1]
    assert "<dt>Non-neutral reporting verbs % (<code>loaded_verb_share</code>)</dt>" in glossary
    for label in charts.SCORECARD_LABELS.values():
        assert f"<dt>{html.escape(label)} (" in glossary


def test_report_scorecard_reads_like_the_apps(seed_scores, seed_report):
    """Same rounding as the app's scorecard: whole counts, tone to two decimals, rates to one."""
    shown = charts.scorecard_text(charts.scorecard(seed_scores.outlets, report.METRICS).T)
    scorecard = seed_report.split("<h2>Scorecard</h2>")[1].split("<h2>")[0]
    cells = re.findall(r"<td>([^<]*)</td>", scorecard)
    assert cells == [report.html.escape(v) for v in shown.to_numpy().ravel()]
    assert not any(re.search(r"\.\d{3}", cell) for cell in cells)


def test_report_speakers_table_names_its_columns_in_words(seed_report):
    speakers = seed_report.split("<h2>Who is quoted</h2>")[1].split("<h2>")[0]
    assert "<th>reporting verbs</th>" in speakers and "<th>non-neutral verbs</th>" in speakers
    assert "<th>also written as</th>" in speakers
    assert "non_neutral" not in speakers and "also_written" not in speakers


def test_report_lists_the_corpus_with_dates(seeds, seed_report):
    for article in seeds:
        assert report.html.escape(article.title) in seed_report
    assert seed_report.count("2022-") + seed_report.count("2023-") >= len(seeds)


def test_report_says_figures_are_not_verdicts(seed_report):
    assert "prompts for discussion, not verdicts" in seed_report


def test_report_escapes_hostile_articles():
    articles = [Article("x<1>", f"Officials said {HOSTILE} may be a sham.", f"Outlet {HOSTILE}", title=HOSTILE,
                        published="<b>2024</b>"), Article("plain", "Talks stalled, officials said.", "Plain")]
    scores = score_corpus(articles)
    page = report.build_report(scores, articles, charts.palette(scores.outlets["outlet"]), generated=WHEN)
    body = page.split("</style>", 1)[1]
    scripts = re.findall(r"<script\b[^>]*>", body)
    assert len(scripts) == 2 + 7  # plotly's config and plotly.js once, then one per chart, and no other
    assert "<img" not in body and "<iframe" not in body and "<b>2024" not in body
    assert "alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_metrics_json_has_outlets_articles_and_meanings(seed_scores):
    doc = json.loads(report.metrics_json(seed_scores))
    assert len(doc["outlets"]) == 4 and len(doc["articles"]) == 5
    assert "hedges_per_1k" in doc["metrics"]


def test_corpus_table_says_undated():
    table = report.corpus_table([Article("a", "t", "O")])
    assert table.loc[0, "published"] == "undated"


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="kaleido needs Chromium")
def test_png_export_through_kaleido(seed_scores):
    fig = charts.hedging(seed_scores.outlets, charts.palette(seed_scores.outlets["outlet"]))
    png = report.figure_png(fig, width=640, height=400)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


def test_report_names_each_chart_once_and_right_aligns_the_scorecard(seed_report):
    """The heading names a chart; the chart's own title would repeat it just below."""
    assert seed_report.count("Framing fingerprint: side by side, metric by metric") == 1
    assert '<table class="dataframe figures">' in seed_report.split("<h2>Scorecard</h2>")[1].split("<h2>")[0]


def test_report_carries_the_apps_warnings_and_counts_outlets_by_article():
    german = "Die Gespräche wurden am Freitag in Genf wieder aufgenommen, sagten die Beamten beider Delegationen. " * 3
    articles = [Article("a", "Officials said the talks may resume. " * 40, "Gazette", title="Talks <resume>"),
                Article("b", "Critics called the plan a sham.", "Gazette"),
                Article("c", german, "Zeitung")]
    scores = score_corpus(articles)
    notes = report.notices(scores, articles, {"hedges": (531, 530)})
    assert notes[0].startswith("Not English? Zeitung · c.")
    assert notes[1].startswith("Short: Gazette · b (6 words), Zeitung · c (")
    assert notes[2] == ("Lexicons edited: hedges (531 terms, 530 bundled). The figures come from the edited "
                        "lists, not the bundled ones.")
    assert report.notices(score_corpus(articles[:1]), articles[:1]) == []  # nothing to say of it
    by_article = charts.by_article(scores)
    page = report.build_report(by_article, articles, charts.palette(by_article.outlets["outlet"]), generated=WHEN,
                               notes=notes, by_article=True)
    assert "from 3 articles by 2 outlets, compared article by article." in page
    assert "Each article's figures: rates per 1,000 words" in page
    assert "<th>Article</th>" in page and "<th>Outlet</th>" not in page  # the scorecard's corner
    for note in notes:
        assert f'<p class="warning">{html.escape(note)}</p>' in page


def test_report_of_one_article_speaks_in_the_singular(seeds, seed_scores):
    one = score_corpus(seeds[:1])
    page = report.build_report(one, seeds[:1], charts.palette(one.outlets["outlet"]), generated=WHEN)
    assert "from 1 article by 1 outlet." in page


def test_metrics_csv_keeps_counts_whole_and_formulas_inert(seed_scores):
    import io

    import pandas as pd

    articles = [Article("a", "Officials said the talks may resume. " * 5, "=cmd|' /C calc'!A0", title="@SUM(1+1)"),
                Article("b", "Critics called the plan a sham. " * 5, "-Minus Media", title="Plain title")]
    text = report.metrics_csv(score_corpus(articles))
    table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    outlets = table.loc[table["level"] == "outlet", "outlet"].tolist()
    assert sorted(outlets) == ["'-Minus Media", "'=cmd|' /C calc'!A0"]
    assert table.loc[table["level"] == "article", "title"].tolist() == ["'@SUM(1+1)", "Plain title"]
    assert table.loc[table["level"] == "outlet", "articles"].tolist() == ["1", "1"]  # not "1.0"
    assert table.loc[table["level"] == "article", "articles"].tolist() == ["", ""]
    seeds = pd.read_csv(io.StringIO(report.metrics_csv(seed_scores)))
    assert len(seeds) == len(seed_scores.outlets) + len(seed_scores.articles)


def test_a_section_with_nothing_in_it_says_so():
    plain = [Article("p", "The council met on Tuesday. It approved the budget for the year ahead.", "Gazette")]
    scores = score_corpus(plain)
    page = report.build_report(scores, plain, charts.palette(scores.outlets["outlet"]), generated=WHEN)
    word_choice = page.split("<h2>Word choice</h2>", 1)[1].split("<h2>", 1)[0]
    assert "None in these articles." in word_choice and "<table" not in word_choice

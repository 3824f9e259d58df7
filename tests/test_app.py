"""The dashboard in Streamlit's AppTest: every view, upload, paste, renames, exclusions,
lexicon edits, workspaces, and that user text is never markup."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from framing import charts
from framing.workspace import Paste, Upload, Workspace
from test_corpus import word_document
from conftest import ROOT

APP = str(Path(__file__).resolve().parent.parent / "app.py")
SEED_OUTLETS = ["19FortyFive", "RES-MPE", "RT", "The Washington Post"]
VIEWS = ["Overview", "Hedging and certainty", "Sources and attribution", "Loaded language and word choice",
         "Tone", "Readability", "Read the articles", "Method", "Lexicons"]
#: The charts each view draws (by title) and a phrase of each chart's caption, in order.
VIEW_CHARTS = {
    "Overview": [("Framing fingerprint", "Each row is a metric")],
    "Hedging and certainty": [("Hedges and boosters", "softens a claim")],
    "Sources and attribution": [("Who is the source?", "whom it attributes to")],
    "Loaded language and word choice": [("Loaded language", "Charged wording"),
                                        ("loaded terms each outlet uses", "most frequent loaded terms")],
    "Tone": [("Tone of each sentence", "Each dot is one sentence")],
    "Readability": [("Readability of each article", "How hard each article")],
    "Read the articles": [], "Method": [], "Lexicons": [],
}
ARTICLE = ("Officials said the talks may resume next week. Critics called the plan a sham and insisted "
           "it would clearly fail. The minister told reporters that Kyiv was ready.")


def fresh() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_view(at: AppTest, view: str) -> AppTest:
    at.segmented_control(key="view").set_value(view)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture(scope="module")
def seeded() -> AppTest:
    """The app as first opened, on the seeds (read-only: tests must not change it)."""
    return fresh()


@pytest.fixture(scope="module", params=VIEWS)
def view_app(request) -> tuple[str, AppTest]:
    """Each view opened from the first screen (read-only)."""
    return request.param, open_view(fresh(), request.param)


def _specs(at: AppTest) -> list[dict]:
    """Each plotly chart's figure JSON, in the order drawn."""
    return [json.loads(element.proto.spec) for element in at.get("plotly_chart")]


def markdown_rows(at: AppTest, first_column: str, holding: str = "") -> list[list[str]]:
    """The rows of the Markdown table whose first header is ``first_column`` (and which holds
    ``holding``), header first, each cell unescaped."""
    body = next(m.value for m in at.markdown
                if m.value.startswith(f"| {first_column} |") and holding in m.value.splitlines()[0])
    unescape = lambda cell: re.sub(r"\\(.)", r"\1", cell.strip())  # noqa: E731
    rows = [[unescape(cell) for cell in re.split(r"(?<!\\)\|", line.strip()[1:-1])] for line in body.splitlines()]
    return [rows[0], *rows[2:]]


def markdown_frame(at: AppTest, first_column: str, holding: str = "") -> pd.DataFrame:
    """That table as a data frame of text."""
    header, *rows = markdown_rows(at, first_column, holding)
    return pd.DataFrame(rows, columns=header)


def scorecard(at: AppTest) -> pd.DataFrame:
    """The Overview's scorecard (metrics × outlets), read back from its Markdown table."""
    body = next(m.value for m in at.markdown if "Hedges /1k" in m.value)
    unescape = lambda cell: re.sub(r"\\(.)", r"\1", cell.strip())  # noqa: E731
    rows = [[unescape(cell) for cell in re.split(r"(?<!\\)\|", line.strip()[1:-1])] for line in body.splitlines()]
    header, _, *rows = rows
    number = lambda cell: float("nan") if cell == "–" else float(cell.replace(",", ""))  # noqa: E731
    return pd.DataFrame([[number(v) for v in row[1:]] for row in rows],
                        index=[row[0] for row in rows], columns=header[1:])


def scorecard_outlets(at: AppTest) -> list[str]:
    return list(scorecard(at).columns)


def paste(at: AppTest, outlet: str, text: str = ARTICLE * 8) -> AppTest:
    """Paste ``text`` as an article of ``outlet`` in the sidebar (long enough not to count as short)."""
    at.text_area(key="paste_text").input(text)
    at.text_input(key="paste_outlet").input(outlet)
    at.button(key="paste_add").click()
    at.run()
    return at


def shown(elements) -> list[str]:
    """The text of messages as the reader sees it: Markdown escapes undone (they hold user data, escaped)."""
    return [re.sub(r"\\(.)", r"\1", e.value) for e in elements]


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    uploader = next(u for u in at.get("file_uploader") if u.label == "Upload articles")
    for name, data in files:
        uploader.upload(name, data, "application/octet-stream")
    at.run()
    return at


def test_the_view_selector_offers_every_view_and_opens_on_the_overview(seeded):
    selector = seeded.segmented_control(key="view")
    labels = {"Hedging and certainty": "Hedging", "Sources and attribution": "Sources",
              "Loaded language and word choice": "Loaded words"}
    assert list(selector.options) == [labels.get(v, v) for v in VIEWS]  # short, to fit one row
    assert selector.value == "Overview"
    assert not seeded.get("tab")


def test_every_view_opens_and_draws_only_its_own_charts_with_titles_and_captions(view_app):
    view, at = view_app
    assert not at.exception
    assert at.segmented_control(key="view").value == view
    titles = [spec["layout"]["title"]["text"] for spec in _specs(at)]
    expected = VIEW_CHARTS[view]
    assert len(titles) == len(expected), titles
    captions = " ".join(c.value for c in at.caption)
    for title, (wanted, phrase) in zip(titles, expected):
        assert wanted in title
        assert phrase in captions


def test_every_chart_shows_all_four_seed_outlets(view_app):
    view, at = view_app
    for spec in _specs(at):
        text = json.dumps(spec)
        missing = [o for o in SEED_OUTLETS if o not in text]
        assert not missing, (view, spec["layout"]["title"]["text"], missing)


def test_every_view_with_tables_shows_them(view_app):
    view, at = view_app
    wanted = {"Overview": "Hedges /1k", "Hedging and certainty": "term", "Sources and attribution": "speaker",
              "Loaded language and word choice": "concept", "Tone": "Mean", "Readability": "grade level",
              "Method": "meaning"}.get(view)
    if wanted is None:
        return
    columns = [str(c) for d in [*at.dataframe, *at.table] for c in [*d.value.columns, *d.value.index]]
    columns += [cell.strip() for m in at.markdown if m.value.startswith("| ")
                for cell in m.value.splitlines()[0].strip("| ").split(" | ")]
    if view == "Overview":
        columns = list(scorecard(at).index)
    if view == "Method":  # the meanings, as a table that wraps them
        columns = next(m.value for m in at.markdown if m.value.startswith("| metric |")).splitlines()[0].strip("| ").split(" | ")
    assert wanted in columns, (view, columns[:20])


def test_the_reader_shows_two_outlets_highlighted(view_app):
    view, at = view_app
    bodies = [h.proto.body for h in at.get("html") if "class=\"fr-article" in h.proto.body]
    if view != "Read the articles":
        assert not bodies  # the other views do not build the highlighted articles
        return
    assert len(bodies) == 2 and all("k-hedge" in b or "k-loaded" in b for b in bodies)


def test_scorecard_lists_the_seed_outlets_with_counts(seeded):
    assert sorted(scorecard_outlets(seeded)) == SEED_OUTLETS
    frame = scorecard(seeded)
    assert frame.loc["Articles"].sum() == 5
    assert (frame.loc["Words"] > 100).all()


def test_a_term_chosen_in_a_view_opens_the_reader_on_its_sentences():
    at = open_view(fresh(), "Hedging and certainty")
    finder = next(s for s in at.selectbox if s.label == "Find the sentences that hold a term")
    term = "may" if "may" in finder.options else finder.options[0].rsplit(" (", 1)[0]
    finder.set_value(term)
    at.run()
    table = next(m.value for m in at.markdown if m.value.startswith("| outlet | article | flagged as | sentence |"))
    rows = table.replace("\\", "").splitlines()[2:]
    assert len(rows) >= 1 and all(term in row.rsplit(" | ", 1)[-1].lower() for row in rows)
    at.button(key="hedge_finder_read").click()
    at.run()
    assert not at.exception
    assert at.segmented_control(key="view").value == "Read the articles"
    assert next(s for s in at.selectbox if s.label == "Find the sentences that hold a term").value == term
    marked = [h.proto.body for h in at.get("html") if 'class="fr-article"' in h.proto.body and 'class="fr-focus-mark"' in h.proto.body]
    assert marked, "the reader marks the sentences that hold the term"
    assert any(f"Sentence with “{term}”" in h.proto.body for h in at.get("html"))  # the legend says so


def test_the_finder_counts_the_sentences_it_lists():
    at = open_view(fresh(), "Sources and attribution")
    finder = next(s for s in at.selectbox if s.label == "Find the sentences that hold a term")
    label = next(o for o in finder.options if o.startswith("zelensky ("))
    count = int(label.removeprefix("zelensky (").split()[0])
    finder.set_value("zelensky")
    at.run()
    table = next(m.value for m in at.markdown if m.value.startswith("| outlet | article | flagged as | sentence |"))
    rows = table.splitlines()[2:]
    assert len(rows) == count and all("speaker" in row for row in rows)


def test_a_long_outlet_name_is_cut_in_the_scorecard_and_the_term_finder():
    long_name = "The Daily Chronicle of Extraordinarily Long-Named Outlets and Their Digital Properties"
    at = fresh()
    paste(at, long_name)
    assert charts.short_name(long_name) in scorecard_outlets(at) and long_name not in scorecard_outlets(at)
    open_view(at, "Loaded language and word choice")
    next(s for s in at.selectbox if s.label == "Find the sentences that hold a term").set_value("sham")
    at.run()
    table = next(m.value for m in at.markdown if m.value.startswith("| outlet | article | flagged as | sentence |"))
    assert "Extraordinarily" in table and "Digital Properties" not in table


def test_the_reader_opens_a_term_on_the_users_own_article_first():
    at = fresh()
    paste(at, "Classroom Gazette")  # holds "may", as seed articles do
    open_view(at, "Hedging and certainty")
    next(s for s in at.selectbox if s.label == "Find the sentences that hold a term").set_value("may")
    at.run()
    at.button(key="hedge_finder_read").click()
    at.run()
    assert next(m for m in at.multiselect if m.label == "Articles side by side").value[0] == "pasted-1"


def test_the_camera_button_saves_png_or_svg_as_picked():
    at = fresh()
    configs = lambda: [json.loads(c.proto.config)["toImageButtonOptions"] for c in at.get("plotly_chart")]  # noqa: E731
    assert configs() and all(c["format"] == "png" and c["filename"].startswith("framing-") for c in configs())
    at.radio(key="image_format").set_value("SVG")
    at.run()
    assert configs() and all(c["format"] == "svg" for c in configs())


def test_the_subtitle_names_the_outlets_in_the_legends_order():
    at = fresh()
    legend = [t["name"] for t in _specs(at)[0]["data"]]
    assert shown(at.caption)[0].startswith(f"5 articles: {', '.join(legend)}.")


def test_the_tone_table_names_its_outlets_in_a_column_under_a_heading():
    # As the grid's index the outlets were drawn small and grey, under no heading.
    at = open_view(fresh(), "Tone")
    table = next(d.value for d in at.dataframe if "Mean" in d.value.columns)
    assert sorted(table["Outlet"]) == sorted(SEED_OUTLETS)
    assert any(m.value == "**Each outlet's tone, over all its sentences**" for m in at.markdown)


def test_the_most_negative_and_positive_sentences_are_shown_whole():
    at = open_view(fresh(), "Tone")
    tables = [m.value for m in at.markdown if m.value.startswith("| score | sentence | outlet | article |")]
    assert len(tables) == 2
    negative = tables[0].splitlines()[2:]
    scores = [float(row.split(" | ")[0].strip("| ").replace("\\", "")) for row in negative]
    assert len(negative) == 5 and scores == sorted(scores) and scores[-1] < 0
    assert max(len(row) for row in negative) > 200  # a long sentence, not cut to one line


def test_accuracy_section_reads_the_file_or_says_not_measured():
    at = open_view(fresh(), "Method")
    measured = (Path(APP).parent / "framing" / "data" / "accuracy.json").exists()
    said = any("not measured yet" in i.value for i in at.info)
    assert said != measured
    meanings = next(m.value for m in at.markdown if m.value.startswith("| metric | in exports | meaning |"))
    assert "| Hedges /1k | hedges\\_per\\_1k |" in meanings
    sources = next(m.value for m in at.markdown if m.value.startswith("**These figures are prompts"))
    for cited in ("Hyland (2005)", "Recasens et al. (2013)", "Bergler (1992)", "Levin's (1993)"):
        assert cited in sources
    if measured:
        assert any("What the detectors still miss" in m.value for m in at.markdown)
        table = next(m.value for m in at.markdown if m.value.startswith("| figure |"))
        assert "PolNeAR" in table and "nan" not in table and "None" not in table
        # Each figure with a target says whether it reaches it, as the file's numbers do.
        results = json.loads((Path(APP).parent / "framing" / "data" / "accuracy.json").read_text())["results"]
        for row in results:
            if row.get("target") is not None:
                met = "yes" if row["score"] >= row["target"] else "no"
                line = next(line for line in table.splitlines()
                            if line.replace("\\", "").startswith(f"| {row['label']} |"))
                assert line.rstrip(" |").endswith(met), line
        # The bootstrap interval stands beside the score it belongs to.
        header = table.splitlines()[0]
        assert "| score | 95% interval |" in header
        for row in results:
            line = next(line.replace("\\", "") for line in table.splitlines()
                        if line.replace("\\", "").startswith(f"| {row['label']} |"))
            low, high = row["interval"]
            assert f"| {row['score']:.3f} | {low:.2f}\u2060–\u2060{high:.2f} |" in line, line
            # The table names the corpus short, so it fits the page; the caption below cites it in full.
            short = {"CoNLL-2010 Wikipedia uncertainty": "CoNLL-2010",
                     "SemEval-2020 Task 11 PTC": "PTC"}.get(row["corpus"].partition(" (")[0],
                                                             row["corpus"].partition(" (")[0])
            assert f"| {row['label']} | {short} |" in line, line
            assert any(row["corpus"] in c.value.replace("\\", "") for c in at.caption), row["corpus"]


def test_a_word_document_upload_joins_under_the_outlet_its_metadata_table_gives():
    at = fresh()
    body = "".join(f"<w:p><w:r><w:t>{sentence}.</w:t></w:r></w:p>" for sentence in ARTICLE.split(". "))
    upload(at, ("talks.docx", word_document(body)),
           ("metadata.csv", b"file,outlet,published\ntalks.docx,Word Weekly,2024-01-02\n"))
    assert not at.exception and not at.error
    assert "Word Weekly" in scorecard_outlets(at)


def test_upload_limit_is_stated(seeded):
    assert any("MB per file" in c.value for c in seeded.caption)


def test_upload_adds_an_outlet_to_the_scorecard():
    at = fresh()
    row = json.dumps({"text": ARTICLE, "outlet": "Classroom Gazette", "title": "Talks", "published": "2024-01-02"})
    upload(at, ("gazette.jsonl", row.encode()))
    assert not at.exception
    assert "Classroom Gazette" in scorecard_outlets(at)
    assert "Classroom Gazette" in at.get("plotly_chart")[0].proto.spec


def test_an_uploaded_metadata_table_names_the_outlet_of_a_text_file():
    at = fresh()
    upload(at, ("talks.txt", ARTICLE.encode()), ("metadata.csv", b"file,outlet,title\ntalks.txt,Classroom Gazette,Talks\n"))
    assert not at.exception and not at.error
    assert "Classroom Gazette" in scorecard_outlets(at)


def test_bad_upload_gets_a_message_and_the_others_still_load():
    at = fresh()
    upload(at, ("archive.txt", b"PK\x03\x04" + bytes(200)), ("good.jsonl", json.dumps(
        {"text": ARTICLE, "outlet": "Good Outlet"}).encode()))
    assert not at.exception
    messages = " ".join(shown(at.error))
    assert "archive.txt" in messages
    assert "Good Outlet" in scorecard_outlets(at)


def test_malformed_rows_are_reported_by_line_and_good_rows_kept():
    at = fresh()
    data = "\n".join([json.dumps({"text": ARTICLE, "outlet": "Rows Outlet"}), "{not json", json.dumps({"x": 1})])
    upload(at, ("rows.jsonl", data.encode()))
    messages = " ".join(shown(at.warning))  # read in part: a warning
    assert "line 2" in messages and "line 3" in messages
    assert "Rows Outlet" in scorecard_outlets(at)


def test_paste_adds_an_outlet_and_clears_the_box():
    at = fresh()
    paste(at, "Pasted Press", ARTICLE)
    assert "Pasted Press" in scorecard_outlets(at)
    assert at.text_area(key="paste_text").value == ""
    assert [t.value for t in at.toast] == ["Added an article from Pasted Press."]
    at.run()  # a rerun keeps the pasted article
    assert "Pasted Press" in scorecard_outlets(at)


@pytest.mark.parametrize("text", ["\u200b\u200b\u00a0", "... --- !!!"], ids=["invisible-spaces", "punctuation"])
def test_a_paste_without_words_is_refused_and_kept_in_the_box(text):
    at = fresh()
    paste(at, "Empty Press", text)
    assert [t.value for t in at.toast] == ["Nothing to add: the text holds no words."]
    assert "Empty Press" not in scorecard_outlets(at) and at.session_state["workspace"].pastes == []
    assert at.text_area(key="paste_text").value == text


def _trace_colours(at: AppTest) -> dict[str, str]:
    """Each outlet's colour in the first chart (the fingerprint), by its legend name."""
    return {t["name"]: t.get("line", {}).get("color") or t.get("marker", {}).get("color")
            for t in _specs(at)[0]["data"] if t.get("name")}


def test_an_added_outlet_leaves_the_others_colours_as_they_were():
    at = fresh()
    before = _trace_colours(at)
    paste(at, "Aardvark Agency", ARTICLE)  # first in the alphabet
    after = _trace_colours(at)
    assert len(before) == 4 and "Aardvark Agency" in after
    assert {outlet: after[outlet] for outlet in before} == before
    assert after["Aardvark Agency"] not in before.values()


def test_non_english_article_gets_a_notice():
    at = fresh()
    paste(at, "Le Journal", "Les négociations entre la Russie et l'Ukraine sont au point mort, "
              "selon des responsables qui ont parlé sous couvert d'anonymat. " * 4)
    assert any("English-only" in w.value for w in at.warning)
    assert "Le Journal" in scorecard_outlets(at)


def test_english_seeds_get_no_language_notice(seeded):
    assert not any("English-only" in w.value for w in seeded.warning)


def test_short_article_gets_a_notice_with_its_word_count(seeded):
    at = fresh()
    paste(at, "Brief Press", ARTICLE)
    notices = [w.value for w in at.warning if w.value.startswith("Short:")]
    assert len(notices) == 1 and "Brief Press · pasted\\-1 (28 words)" in notices[0]
    assert not any(w.value.startswith("Short:") for w in seeded.warning)  # the seeds are all long enough
    at.radio(key="group_by").set_value("Articles")  # articles compared: the same name, not "outlet · id · id"
    at.run()
    notices = [w.value for w in at.warning if w.value.startswith("Short:")]
    assert len(notices) == 1 and "Brief Press · pasted\\-1 (28 words)" in notices[0]


def test_renaming_an_outlet_renames_it_everywhere():
    at = fresh()
    box = next(t for t in at.text_input if t.label == "RT")
    box.input("Russia Today")
    at.run()
    assert "Russia Today" in scorecard_outlets(at) and "RT" not in scorecard_outlets(at)
    names = {trace["name"] for trace in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]}
    assert "Russia Today" in names and "RT" not in names
    at.run()
    assert "Russia Today" in scorecard_outlets(at)


def test_a_rename_box_left_blank_shows_the_outlets_name_again():
    at = fresh()
    next(t for t in at.text_input if t.label == "RT").input("   ")
    at.run()
    assert next(t for t in at.text_input if t.label == "RT").value == "RT"
    assert "RT" in scorecard_outlets(at)


def test_outlets_merged_by_a_rename_stay_together_when_renamed_again():
    at = fresh()
    next(t for t in at.text_input if t.label == "RES-MPE").input("The Washington Post")
    at.run()
    assert sorted(scorecard_outlets(at)) == ["19FortyFive", "RT", "The Washington Post"]
    next(t for t in at.text_input if t.label == "The Washington Post").input("WaPo")
    at.run()
    assert sorted(scorecard_outlets(at)) == ["19FortyFive", "RT", "WaPo"]  # both articles moved
    assert int(scorecard(at).loc["Articles", "WaPo"]) == 2
    next(t for t in at.text_input if t.label == "WaPo").input("RES-MPE")
    at.run()
    assert at.session_state["workspace"].renames == {"The Washington Post": "RES-MPE"}
    assert sorted(scorecard_outlets(at)) == ["19FortyFive", "RES-MPE", "RT"]


def test_leaving_out_an_article_drops_it_from_the_scores():
    at = fresh()
    at.multiselect(key=next(m.key for m in at.multiselect if m.label == "Leave out articles")).select("003")
    at.run()
    assert "RT" not in scorecard_outlets(at)
    at.run()
    assert "RT" not in scorecard_outlets(at)


def test_grouping_by_article_shows_each_article():
    at = fresh()
    at.radio(key="group_by").set_value("Articles")
    at.run()
    assert not at.exception
    assert len(scorecard_outlets(at)) == 5
    names = {trace["name"] for trace in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]}
    assert "19FortyFive · 000" in names and len(names) == 5


def test_back_to_the_seeds_forgets_uploads():
    at = fresh()
    upload(at, ("gazette.jsonl", json.dumps({"text": ARTICLE, "outlet": "Classroom Gazette"}).encode()))
    at.button(key="reset").click()
    at.run()
    assert sorted(scorecard_outlets(at)) == SEED_OUTLETS


def test_loading_a_workspace_restores_its_articles_and_renames():
    at = fresh()
    ws = Workspace(pastes=[Paste(ARTICLE, "Saved Outlet")], renames={"RT": "Russia Today"}, excluded=["000"])
    loader = next(u for u in at.get("file_uploader") if u.label == "Load workspace")
    loader.upload("lesson.json", ws.to_json().encode(), "application/json")
    at.run()
    assert not at.exception
    assert at.session_state["workspace"] == ws
    outlets = scorecard_outlets(at)
    assert "Saved Outlet" in outlets and "Russia Today" in outlets


def test_a_broken_workspace_file_gets_a_message():
    at = fresh()
    loader = next(u for u in at.get("file_uploader") if u.label == "Load workspace")
    loader.upload("lesson.json", b"{\"format\": \"something else\"}", "application/json")
    at.run()
    assert any("not a workspace file" in message for message in shown(at.error))
    assert sorted(scorecard_outlets(at)) == SEED_OUTLETS


def test_adding_a_loaded_term_changes_the_scores_and_survives_reruns():
    at = open_view(fresh(), "Lexicons")
    before = at.session_state["workspace"].lexicons
    at.selectbox(key="lex_name").set_value("loaded")
    at.run()
    at.text_input(key="lex_add_loaded_term_0").input("negotiations")
    category = at.text_input(key="lex_add_loaded_category_0")
    # the labels in use, most used first (escaped: they come from the user's file)
    assert category.help.startswith("In this list: emotive\\_intensifier, ")
    assert not at.text_input(key="lex_add_loaded_term_0").help  # terms are too many to list
    category.input("test_category")
    next(b for b in at.get("button") if b.label == "Add term").click()
    at.run()
    assert not at.exception
    rows = at.session_state["workspace"].lexicons["loaded"]
    assert before == {} and rows[-1]["term"] == "negotiations"
    open_view(at, "Loaded language and word choice")
    assert "test category" in at.get("plotly_chart")[0].proto.spec
    at.run()
    assert "test category" in at.get("plotly_chart")[0].proto.spec


def test_the_lexicon_picker_stays_put_and_counts_terms_as_they_are_edited():
    at = open_view(fresh(), "Lexicons")
    at.selectbox(key="lex_name").set_value("loaded")
    at.run()
    bundled = len(at.session_state["workspace"].lexicons.get("loaded", [])) or None
    caption = next(c.value for c in at.caption if c.value.endswith(", as bundled"))
    count = int(caption.split()[0])
    at.text_input(key="lex_add_loaded_term_0").input("negotiations")
    next(b for b in at.get("button") if b.label == "Add term").click()
    at.run()
    assert bundled is None and at.selectbox(key="lex_name").value == "loaded"
    assert any(c.value == f"{count + 1} terms, edited here ({count} in the bundled list)" for c in at.caption)
    at.button(key="lex_reset_loaded").click()
    at.run()
    assert at.selectbox(key="lex_name").value == "loaded"  # it jumped to hedges when its label changed
    assert any(c.value == f"{count} terms, as bundled" for c in at.caption)


def test_the_same_lexicon_file_loads_again_after_going_back_to_the_bundled_list():
    at = open_view(fresh(), "Lexicons")
    at.selectbox(key="lex_name").set_value("hedges")
    at.run()
    mine = b"term\tkind\tcategory\nperhaps\thedge\tmodal\nnegotiations\thedge\tmodal\n"
    for _ in range(2):
        loader = next(u for u in at.get("file_uploader") if u.label == "Load an edited hedges.tsv")
        loader.upload("my_hedges.tsv", mine, "text/tab-separated-values")
        at.run()
        assert [r["term"] for r in at.session_state["workspace"].lexicons["hedges"]] == ["perhaps", "negotiations"]
        at.button(key="lex_reset_hedges").click()
        at.run()
        assert "hedges" not in at.session_state["workspace"].lexicons


def test_another_lexicons_file_is_refused_and_the_list_kept():
    at = open_view(fresh(), "Lexicons")
    at.selectbox(key="lex_name").set_value("loaded")
    at.run()
    hedges = (ROOT / "framing" / "data" / "hedges.tsv").read_bytes()
    for name, data in (("hedges.tsv", hedges), ("bare.tsv", b"term\tkind\nsham\thedge\n")):
        loader = next(u for u in at.get("file_uploader") if u.label == "Load an edited loaded.tsv")
        loader.upload(name, data, "text/tab-separated-values")
        at.run()
        assert "loaded" not in at.session_state["workspace"].lexicons
        assert any("hedges list" in m and "not the loaded list" in m for m in shown(at.error)), name


def test_removing_a_term_takes_it_out_of_the_list():
    at = open_view(fresh(), "Lexicons")
    at.selectbox(key="lex_name").set_value("hedges")
    at.run()
    remove = next(m for m in at.multiselect if m.label == "Remove terms")
    remove.select("may")
    at.run()
    at.button(key="lex_remove_go_hedges").click()
    at.run()
    terms = [r["term"] for r in at.session_state["workspace"].lexicons["hedges"]]
    assert "may" not in terms and len(terms) > 10


def test_hostile_text_is_escaped_in_the_reader():
    at = fresh()
    hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> $\\frac{1}{2}$ **bold** officials said."
    paste(at, "<b>Evil</b> [link](javascript:alert(3))", hostile * 2)
    open_view(at, "Read the articles")
    reader = next(m for m in at.multiselect if m.label == "Articles side by side")
    reader.set_value(["pasted-1"])
    at.run()
    bodies = [h.proto.body for h in at.get("html")]
    article = next(b for b in bodies if "fr-article" in b and "alert(1)" in b)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article and "<script" not in article
    assert "<img" not in article
    # The heading above the box names the outlet, escaped; no Markdown shows it raw.
    heading = next(b for b in bodies if "fr-heading" in b and "Evil" in b)
    assert '<div class="fr-heading" title="&lt;b&gt;Evil&lt;/b&gt;' in heading and "<b>Evil</b>" not in heading
    assert "<b>Evil</b>" not in " ".join(m.value for m in at.markdown)


def _status_labels(node) -> list[str]:
    """The labels of the status boxes (st.status) under ``node``."""
    found = []
    for child in getattr(node, "children", {}).values():
        if type(child).__name__ == "Status":
            found.append(child.label)
        found += _status_labels(child)
    return found


def test_a_large_paste_is_scored_once_then_comes_from_the_cache(seeds):
    text = "\n\n".join(a.text for a in seeds)
    big = (text + "\n\n") * (250_000 // len(text) + 1)
    at = fresh()
    assert not at.get("progress")
    paste(at, "Big Paste", big)
    assert not at.exception
    assert "Big Paste" in scorecard_outlets(at)
    assert not at.get("progress")  # shown while scoring, gone with its box once the figures are drawn
    assert _status_labels(at.main) == []  # the box used to stay on screen, reading "Scored."
    digest = __import__("hashlib").sha1(big.encode("utf-8")).hexdigest()
    assert any(d == digest for _, d in at.session_state["scored"])  # remembered: the next run skips it
    at.run()
    assert not at.get("progress")


def test_several_hundred_articles_at_once_are_scored_and_charted():
    at = fresh()
    rows = "\n".join(json.dumps({"id": f"a{i}", "outlet": f"Outlet {i % 12}", "text": f"{ARTICLE} Item {i}."})
                     for i in range(300))
    upload(at, ("many.jsonl", rows.encode()))
    assert not at.exception, [e.value for e in at.exception]
    outlets = scorecard_outlets(at)
    assert all(f"Outlet {k}" in outlets for k in range(12)) and set(SEED_OUTLETS) <= set(outlets)
    fingerprint = _specs(at)[0]
    assert {"Outlet 0", "Outlet 11", "RT"} <= {trace.get("name") for trace in fingerprint["data"]}


def test_streamlit_run_serves_the_app_with_its_start_up_warm_up():
    # `streamlit run app.py` finds `app` (an st.App whose start-up hook warms the scoring) and serves it
    from streamlit.web.server.app_discovery import discover_asgi_app

    found = discover_asgi_app(Path(APP))
    assert found.is_asgi_app and found.app_name == "app"


def test_the_start_up_warm_up_runs_when_the_server_imports_the_app():
    # What the server does at start: import app.py as a module (which makes `app`) and warm up;
    # in a separate process, so that this one's Streamlit state is left alone.
    import subprocess
    import sys

    code = "import app; app.warm_up_dashboard(); print(type(app.app).__name__)"
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(APP).parent, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("App")
    # that import comes before the runtime exists; Streamlit's cache fallback warning is not shown
    assert "No runtime found" not in done.stderr, done.stderr[-2000:]


def test_an_edited_lexicon_is_named_above_the_figures():
    at = open_view(fresh(), "Lexicons")
    at.text_input(key="lex_add_hedges_term_0").input("negotiations")
    next(b for b in at.get("button") if b.label == "Add term").click()
    at.run()
    open_view(at, "Overview")
    notes = [w.value for w in at.warning if w.value.startswith("Lexicons edited: hedges")]
    assert len(notes) == 1 and "bundled). The figures come from the edited lists" in notes[0]


def test_the_title_and_caption_count_in_words_for_one_and_for_none():
    at = fresh()
    leave_out = at.multiselect(key=next(m.key for m in at.multiselect if m.label == "Leave out articles"))
    leave_out.set_value(["000", "001", "002", "004"])
    at.run()
    assert at.title[0].value == "Framing: how 1 outlet tells the same story"
    assert at.caption[0].value.startswith("1 article: RT.")
    leave_out = at.multiselect(key=next(m.key for m in at.multiselect if m.label == "Leave out articles"))
    leave_out.set_value(["000", "001", "002", "003", "004"])
    at.run()
    assert at.title[0].value == "Framing: how outlets tell the same story"  # not "how 0 outlets tell"
    assert at.caption[0].value.startswith("0 articles. The figures")
    assert [i.value for i in at.info] == ["Every article is left out: bring some back under *Outlets and "
                                          "articles* in the sidebar."]


def test_a_file_read_in_part_is_a_warning_and_a_file_not_read_an_error():
    at = fresh()
    good = json.dumps({"id": "g1", "outlet": "Gazette", "text": ARTICLE})
    upload(at, ("part.jsonl", f"{good}\nnot json\n".encode()), ("broken.jsonl", b"not json\n"))
    assert any(m.startswith("1 article read, 1 row skipped") for m in shown(at.warning))
    assert not any("part.jsonl" in m or "1 row skipped" in m for m in shown(at.error))
    assert any(m.startswith("broken.jsonl: no article with text found") for m in shown(at.error))
    assert "Gazette" in scorecard_outlets(at)


def test_the_reader_keeps_the_articles_picked_when_one_is_added():
    at = open_view(fresh(), "Read the articles")
    next(m for m in at.multiselect if m.label == "Articles side by side").set_value(["003", "002"])
    at.run()
    open_view(at, "Overview")
    paste(at, "Pasted Press", ARTICLE)
    open_view(at, "Read the articles")
    assert next(m for m in at.multiselect if m.label == "Articles side by side").value == ["pasted-1", "003", "002"]


def test_a_pasted_text_and_a_file_from_a_workspace_can_be_removed():
    at = fresh()
    loader = next(u for u in at.get("file_uploader") if u.label == "Load workspace")
    ws = Workspace(uploads=[], pastes=[Paste(ARTICLE, "First Press"), Paste(ARTICLE, "Second Press")],
                   excluded=["pasted-2"])
    ws = ws.with_upload("saved.txt", f"Saved Times\n\n{ARTICLE}".encode())
    loader.upload("lesson.json", ws.to_json().encode(), "application/json")
    at.run()
    remove = next(m for m in at.multiselect if m.label == "Remove pasted texts and files")
    assert list(remove.options) == ["pasted-1 · First Press · Officials said the talks may resume…",
                                    "pasted-2 · Second Press · Officials said the talks may resume…",
                                    "saved.txt (from the workspace file)"]
    remove.set_value(["paste:0", "upload:saved.txt"])
    at.run()
    at.button(key="remove_go").click()
    at.run()
    assert not at.exception
    now = at.session_state["workspace"]
    assert [p.outlet for p in now.pastes] == ["Second Press"] and now.uploads == []
    # The second paste keeps its id, so it is still left out and an id noted earlier still names it.
    assert [p.article_id for p in now.pastes] == ["pasted-2"] and now.excluded == ["pasted-2"]
    remove = next(m for m in at.multiselect if m.label == "Remove pasted texts and files")
    assert list(remove.options) == ["pasted-2 · Second Press · Officials said the talks may resume…"]


def test_removing_a_pasted_text_leaves_the_later_outlets_marks_alone():
    at = fresh()
    paste(at, "First Press")
    paste(at, "Second Press")
    before = _trace_marks(at)
    _remove(at, "paste:0")
    after = _trace_marks(at)
    assert set(after) == set(before) - {"First Press"}
    assert all(after[outlet] == before[outlet] for outlet in after)  # Second Press kept its colour and marker


def test_an_outlet_added_after_the_last_is_removed_takes_its_colour_as_on_a_fresh_start():
    at = fresh()
    paste(at, "First Press")
    freed = _trace_marks(at)["First Press"]
    _remove(at, "paste:0")
    paste(at, "Third Press")
    assert _trace_marks(at)["Third Press"] == freed


def _popover_labels(at: AppTest) -> list[str]:
    return [block.proto.popover.label for block in at.get("popover")]


def test_the_lexicon_picked_and_the_readers_highlights_are_kept_through_another_view():
    at = open_view(fresh(), "Lexicons")
    at.selectbox(key="lex_name").set_value("word_choice")
    at.run()
    open_view(at, "Read the articles")
    assert "Highlight: all" in _popover_labels(at)
    at.multiselect(key="read_kinds").unselect("quote")
    at.run()
    assert "Highlight: 6 of 7" in _popover_labels(at)  # the button that opens the picker says what it shows
    open_view(at, "Method")
    open_view(at, "Lexicons")
    assert at.selectbox(key="lex_name").value == "word_choice"
    open_view(at, "Read the articles")
    assert "quote" not in at.multiselect(key="read_kinds").value and "hedge" in at.multiselect(key="read_kinds").value


def test_a_term_chosen_in_the_reader_brings_up_its_articles_and_marks_its_sentences_only():
    at = open_view(fresh(), "Read the articles")
    assert "003" not in next(m for m in at.multiselect if m.label == "Articles side by side").value
    finder = next(s for s in at.selectbox if s.label == "Find the sentences that hold a term")
    finder.set_value("nbc")  # a source named only in RT's article
    at.run()
    assert next(m for m in at.multiselect if m.label == "Articles side by side").value[0] == "003"
    assert any("The 1 sentence that holds" in e.label for e in at.expander)
    marked = sum(h.proto.body.count('class="fr-focus-mark"') for h in at.get("html") if 'class="fr-article"' in h.proto.body)
    assert marked == 1  # the sentence listed, not every sentence with the word


def test_the_reader_keeps_its_picks_with_a_term_chosen_when_an_article_is_added():
    at = open_view(fresh(), "Hedging and certainty")
    finder = next(s for s in at.selectbox if s.label == "Find the sentences that hold a term")
    finder.set_value(finder.options[0].rsplit(" (", 1)[0])
    at.run()
    open_view(at, "Read the articles")
    next(m for m in at.multiselect if m.label == "Articles side by side").set_value(["000", "001", "002", "003"])
    at.run()
    at.text_area(key="paste_text").input(ARTICLE)
    at.button(key="paste_add").click()
    at.run()
    assert next(m for m in at.multiselect if m.label == "Articles side by side").value == ["pasted-1", "000", "001",
                                                                                        "002"]


def test_leaving_out_an_article_keeps_the_others_colours_when_comparing_articles():
    at = fresh()
    at.radio(key="group_by").set_value("Articles")
    at.run()
    before = _trace_colours(at)
    at.multiselect(key=next(m.key for m in at.multiselect if m.label == "Leave out articles")).select("001")
    at.run()
    after = _trace_colours(at)
    assert len(after) == len(before) - 1 and all(after[name] == before[name] for name in after)


def test_articles_compared_one_by_one_keep_their_outlets_colours():
    # Each article took a colour of its own, so RT's article was no longer in RT's colour.
    at = fresh()
    by_outlet = _trace_marks(at)
    at.radio(key="group_by").set_value("Articles")
    at.run()
    by_article = _trace_marks(at)
    assert by_article["RT · 003"] == by_outlet["RT"]
    assert by_article["19FortyFive · 000"] == by_outlet["19FortyFive"]
    colour, symbol = by_article["19FortyFive · 004"]  # the outlet's second article: its colour, another mark
    assert colour == by_outlet["19FortyFive"][0] and symbol != by_outlet["19FortyFive"][1]
    at = open_view(at, "Hedging and certainty")
    bars = {t["name"]: t["marker"]["pattern"]["shape"] for spec in _specs(at) for t in spec["data"]
            if t.get("type") == "bar" and t.get("name", "").startswith("19FortyFive")}
    assert bars == {"19FortyFive · 000": "", "19FortyFive · 004": "/"}


def _trace_marks(at: AppTest) -> dict[str, tuple[str, str]]:
    """Each outlet's (colour, marker symbol) in the fingerprint, by its legend name."""
    return {t["name"]: (t["marker"]["color"], t["marker"]["symbol"]) for t in _specs(at)[0]["data"] if t.get("name")}


def _remove(at: AppTest, *keys: str) -> None:
    next(m for m in at.multiselect if m.label == "Remove pasted texts and files").set_value(list(keys))
    at.run()
    at.button(key="remove_go").click()
    at.run()


def test_merging_two_outlets_by_a_rename_leaves_the_other_outlets_marks_alone():
    at = fresh()
    paste(at, "Pasty")
    before = _trace_marks(at)
    next(t for t in at.text_input if t.label == "RT").input("RES-MPE")
    at.run()
    after = _trace_marks(at)
    assert set(after) == {"19FortyFive", "The Washington Post", "RES-MPE", "Pasty"}
    assert all(after[outlet] == before[outlet] for outlet in after)  # Pasty kept its colour and marker


def test_an_outlet_merged_into_a_later_one_by_a_rename_leaves_that_outlet_its_marks():
    at = fresh()
    before = _trace_marks(at)
    next(t for t in at.text_input if t.label == "RES-MPE").input("RT")  # RES-MPE comes before RT
    at.run()
    after = _trace_marks(at)
    assert set(after) == {"19FortyFive", "The Washington Post", "RT"}
    assert all(after[outlet] == before[outlet] for outlet in after)


def test_a_merged_outlet_renamed_again_keeps_the_marks_it_had():
    at = fresh()
    next(t for t in at.text_input if t.label == "RES-MPE").input("RT")
    at.run()
    merged = _trace_marks(at)["RT"]
    next(t for t in at.text_input if t.label == "RT").input("Russia Today")
    at.run()
    assert _trace_marks(at)["Russia Today"] == merged
    saved = replace(at.session_state["workspace"], outlet_order=list(at.session_state["colour_order"][1]))
    again = fresh()  # the order of the renames is kept in a saved workspace too
    next(u for u in again.get("file_uploader") if u.label == "Load workspace").upload(
        "lesson.json", saved.to_json().encode(), "application/json")
    again.run()
    assert _trace_marks(again)["Russia Today"] == merged


def test_a_saved_workspace_loads_with_every_outlet_in_the_colour_it_had():
    at = fresh()
    paste(at, "Zeta Press")
    upload(at, ("alpha.txt", f"Alpha Agency\n\n{ARTICLE * 8}".encode()))  # uploaded after the paste
    before = _trace_marks(at)
    # What "Save workspace" writes: the workspace and the order the outlets came in.
    saved = replace(at.session_state["workspace"], outlet_order=list(at.session_state["colour_order"][1]))
    saved = replace(saved, uploads=[Upload("alpha.txt", f"Alpha Agency\n\n{ARTICLE * 8}".encode())])
    again = fresh()
    next(u for u in again.get("file_uploader") if u.label == "Load workspace").upload(
        "lesson.json", saved.to_json().encode(), "application/json")
    again.run()
    assert not again.exception
    assert _trace_marks(again) == before


def _sentences_behind(at: AppTest, view: str, key: str, choice: str, outlet: str) -> tuple[int, int]:
    """Pick ``choice`` and ``outlet`` in a view's list of the sentences behind a figure; the
    number listed and the outlet's sentences, as its caption says them."""
    open_view(at, view)
    at.radio(key=key).set_value(choice)
    next(s for s in at.selectbox if s.label == "Outlet").set_value(outlet)
    at.run()
    caption = next(c.value for c in at.caption if re.search(r"\d+ sentences? of \d+ in ", c.value))
    shown, total = re.search(r"(\d+) sentences? of (\d+) in ", caption).groups()
    return int(shown), int(total)


def test_the_sources_view_lists_the_sentences_behind_a_bar():
    at = fresh()
    shown, _ = _sentences_behind(at, "Sources and attribution", "source_choice", "Anonymous sources", "19FortyFive")
    assert shown >= 1 and any(c.value.startswith("Anonymous sources:") for c in at.caption)
    assert any("Russian position on negotiations was made clear" in m.value for m in at.markdown)
    # A name with Markdown in it shows literally.
    at = fresh()
    paste(at, "*Star* Press")
    _sentences_behind(at, "Sources and attribution", "source_choice", "Named sources", "*Star* Press")
    assert any(c.value.endswith("in \\*Star\\* Press.") for c in at.caption)


def test_the_outlet_picked_under_the_sentences_stays_picked_when_an_outlet_is_added():
    at = fresh()
    _sentences_behind(at, "Sources and attribution", "source_choice", "Named sources", "RT")
    paste(at, "Newcomer Daily")
    picker = next(s for s in at.selectbox if s.label == "Outlet")
    assert "Newcomer Daily" in picker.options and picker.value == "RT"


def test_the_outlet_picked_under_the_sentences_stays_picked_under_its_new_name():
    at = fresh()
    _sentences_behind(at, "Sources and attribution", "source_choice", "Named sources", "RT")
    next(t for t in at.text_input if t.label == "RT").input("Russia Today")
    at.run()
    picker = next(s for s in at.selectbox if s.label == "Outlet")
    assert picker.value == "Russia Today" and "RT" not in picker.options


def test_the_tone_view_lists_the_sentences_behind_a_share():
    at = fresh()
    shown, total = _sentences_behind(at, "Tone", "tone_choice", "negative", "RT")
    assert 1 <= shown <= total and any(c.value.startswith("Negative sentences:") for c in at.caption)
    table_ = next(m.value for m in at.markdown if m.value.startswith("| article | score | sentence |"))
    assert len(re.findall(r"^\| 003 \| \\-\d\\\.\d\d \|", table_, flags=re.M)) == min(shown, 50)


def test_one_outlet_alone_is_named_in_the_fingerprint_and_told_it_has_nothing_to_compare():
    at = fresh()
    assert not any("The fingerprint compares outlets" in i.value for i in at.info)
    next(c for c in at.checkbox if c.label == "Include the five seed articles").uncheck()
    at.run()
    paste(at, "Lone Herald")
    notice = next(i.value for i in at.info if "The fingerprint compares outlets" in i.value)
    assert "compare articles" not in notice  # one article: comparing articles would not help
    figure = _specs(at)[0]
    assert figure["layout"]["showlegend"] is True and [t["name"] for t in figure["data"]] == ["Lone Herald"]
    paste(at, "Lone Herald")
    assert any("compare articles" in i.value for i in at.info if "The fingerprint compares outlets" in i.value)


def test_the_scorecard_lists_outlets_in_the_legends_order():
    at = fresh()
    paste(at, "Pasted Press")  # pasted first, uploaded second: the corpus puts uploads before pastes
    upload(at, ("later.txt", (ARTICLE * 8).encode()))
    legend = [t["name"] for t in _specs(at)[0]["data"] if t.get("name")]
    assert legend[-2:] == ["Pasted Press", "later"]  # a .txt file names its outlet by its file name
    assert scorecard_outlets(at) == legend


def test_the_word_and_speaker_tables_list_outlets_in_the_legends_order():
    at = fresh()
    paste(at, "Aardvark Weekly")  # first in the alphabet, last in the legend
    legend = [t["name"] for t in _specs(at)[0]["data"] if t.get("name")]
    assert legend[-1] == "Aardvark Weekly"
    open_view(at, "Hedging and certainty")
    listed = list(dict.fromkeys(next(d.value for d in at.dataframe if "term" in d.value.columns)["outlet"]))
    assert "Aardvark Weekly" in listed and listed == [name for name in legend if name in listed]
    for view, column in (("Sources and attribution", "speaker"),):
        open_view(at, view)
        table = markdown_frame(at, "outlet", column)
        listed = list(dict.fromkeys(table["outlet"]))
        assert "Aardvark Weekly" in listed and listed == [name for name in legend if name in listed], view


def test_the_readability_table_lists_articles_in_the_charts_order():
    at = open_view(fresh(), "Readability")
    bars = [(t["name"], len(t["y"])) for t in _specs(at)[0]["data"] if t.get("xaxis", "x") == "x"]
    table = markdown_frame(at, "outlet", "grade level")
    assert list(table["outlet"]) == [name for name, count in bars for _ in range(count)]
    assert list(table["article"][:2]) == ["000", "004"]  # 19FortyFive's two articles together
    labels = [label for t in _specs(at)[0]["data"] for label in t["text"]]
    assert all(re.fullmatch(r"-?\d+\.\d", label) for label in labels)  # one decimal, as in the table


def test_the_speaker_and_word_choice_tables_show_their_text_whole(seed_scores):
    at = open_view(fresh(), "Sources and attribution")
    speakers = markdown_frame(at, "outlet", "speaker")
    assert "Kremlin spokesman Dmitry Peskov" in set(speakers["speaker"])  # a data grid cut it at 1,280 px
    open_view(at, "Loaded language and word choice")
    table = markdown_frame(at, "variant", "used by")
    counts = charts.word_choice_table(seed_scores.spans, seed_scores.outlets["outlet"]).set_index("variant")
    war = table.set_index("variant").loc["war", "used by (times)"]
    expected = [f"{outlet} {n}" for outlet, n in counts.loc["war", list(seed_scores.outlets["outlet"])].items() if n]
    assert war == ", ".join(expected) and len(expected) >= 2


def test_two_long_outlet_names_cut_alike_are_kept_apart_in_the_sentences_picker():
    at = fresh()
    long_name = "The International Herald of Extremely Long Outlet Names Edition "
    paste(at, long_name + "A")
    paste(at, long_name + "B")
    open_view(at, "Sources and attribution")
    picker = next(s for s in at.selectbox if s.label == "Outlet")
    shown = [o for o in picker.options if o.startswith("The International Herald")]
    assert len(shown) == 2 and len(set(shown)) == 2


def test_an_upload_problem_shows_the_files_words_literally():
    at = fresh()
    header = "id,![pixel](https://example.com/p.png) [click](https://example.com) $x^2$\n1,2\n"
    upload(at, ("notes.csv", header.encode()))
    message = next(e.value for e in at.error if "notes" in e.value)
    # Escaped: no image, link or formula is drawn, and the browser fetches nothing.
    assert "![pixel]" not in message and "\\!\\[pixel\\]\\(https\\:" in message and "\\$x^2\\$" in message


def test_a_left_out_article_stays_left_out_when_another_file_with_the_same_ids_is_removed():
    at = fresh()
    rows = lambda outlet: "\n".join(json.dumps({"id": k, "text": ARTICLE * 4, "outlet": outlet})  # noqa: E731
                                    for k in (1, 2)).encode()
    ws = Workspace().with_upload("alpha.jsonl", rows("Alpha")).with_upload("beta.jsonl", rows("Beta"))
    at.session_state["workspace"] = replace(ws, excluded=["1 (2)"])  # Beta's first article
    at.run()
    assert "Beta" in scorecard_outlets(at)
    remove = next(m for m in at.multiselect if m.label == "Remove pasted texts and files")
    remove.set_value(["upload:alpha.jsonl"])
    at.run()
    at.button(key="remove_go").click()
    at.run()
    # Beta's articles are now "1" and "2": the one left out is still Beta's first, and no other.
    assert at.session_state["workspace"].excluded == ["1"]
    assert scorecard(at).loc["Articles", "Beta"] == 1  # its second article


def test_a_workspace_with_the_same_bytes_under_another_name_is_read_afresh():
    at = fresh()
    data = f"Plain Herald\n\n{ARTICLE * 4}".encode()
    for name, readable in (("article.csv", False), ("article.txt", True)):
        loader = next(u for u in at.get("file_uploader") if u.label == "Load workspace")
        loader.upload(f"{name}.json", Workspace().with_upload(name, data).to_json().encode(), "application/json")
        at.run()
        assert ("article" in scorecard_outlets(at)) is readable, name  # a .txt names its outlet by its file
        assert any("article.csv" in m for m in shown(at.error)) is not readable, name


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_lexicon_saved_by_a_spreadsheet_loads_with_its_accents(encoding):
    at = open_view(fresh(), "Lexicons")
    at.selectbox(key="lex_name").set_value("loaded")
    at.run()
    data = "term\tcategory\nnaïve plan\tsubjective_evaluative\nsham\tdelegitimising\n".encode(encoding)
    loader = next(u for u in at.get("file_uploader") if u.label == "Load an edited loaded.tsv")
    loader.upload("loaded.tsv", data, "text/tab-separated-values")
    at.run()
    assert [r["term"] for r in at.session_state["workspace"].lexicons["loaded"]] == ["naïve plan", "sham"]

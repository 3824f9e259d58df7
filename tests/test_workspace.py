"""Workspaces: the round trip is exact, bad files are refused with a message, one bad upload
never takes the others down, lexicon edits are kept."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from framing.lexicon import parse_table, read_table
from framing.workspace import (
    FORMAT, Paste, Upload, Workspace, WorkspaceError, add_term, build_corpus, remove_terms,
    table_tsv,
)

ODD_BYTES = "Ünïcödé — “quotes” 😀 שלום\r\nCRLF\x00NUL".encode("utf-16")

CASES = [
    pytest.param(Workspace(), id="empty"),
    pytest.param(Workspace(use_seeds=False, pastes=[Paste("Text", "Outlet", "Title")]), id="paste-no-seeds"),
    pytest.param(Workspace(uploads=[Upload("a.txt", ODD_BYTES), Upload("b.csv", b"text\nhello\n")]), id="odd-bytes"),
    pytest.param(Workspace(renames={"RT": "Russia Today", "<b>": "&amp;"}, excluded=["000", "x (2)"]), id="renames"),
    pytest.param(Workspace(lexicons={"hedges": [{"term": "perhaps", "kind": "hedge", "category": "adverb"}]}),
                 id="lexicon-edit"),
]


@pytest.mark.parametrize("ws", CASES)
def test_round_trip_is_exact(ws):
    again = Workspace.from_json(ws.to_json())
    assert again == ws
    assert again.to_json() == ws.to_json()


@pytest.mark.parametrize("text, message", [
    pytest.param("not json", "not valid JSON", id="not-json"),
    pytest.param("[]", "format", id="a-list"),
    pytest.param('{"format": "other/1"}', "format", id="wrong-format"),
    pytest.param(json.dumps({"format": FORMAT, "uploads": [{"name": "a"}]}), "missing or malformed", id="no-data"),
    pytest.param(json.dumps({"format": FORMAT, "uploads": [{"name": "a", "data": "***"}]}), "malformed",
                 id="bad-base64"),
    pytest.param(json.dumps({"format": FORMAT, "lexicons": {"nope": []}}), "unknown lexicon", id="unknown-lexicon"),
])
def test_bad_workspace_files_are_refused_with_a_message(text, message):
    with pytest.raises(WorkspaceError, match=message):
        Workspace.from_json(text)


def test_the_same_upload_twice_is_kept_once():
    ws = Workspace().with_upload("a.txt", b"hello").with_upload("a.txt", b"hello")
    assert len(ws.uploads) == 1
    assert len(ws.with_upload("a.txt", b"changed").uploads) == 2


def test_one_bad_file_never_stops_the_others():
    ws = Workspace(use_seeds=False, uploads=[
        Upload("archive.zip", b"PK\x03\x04"), Upload("binary.txt", bytes(range(256)) * 10),
        Upload("good.txt", b"The talks stalled on Friday, officials said."),
        Upload("rows.jsonl", b'{"text": "Talks.", "outlet": "X"}\n{broken\n'),
    ])
    articles, problems = build_corpus(ws)
    assert {a.source for a in articles} == {"good.txt", "rows.jsonl"}
    assert set(problems) == {"archive.zip", "binary.txt", "rows.jsonl"}
    assert "line 2" in problems["rows.jsonl"]


def test_renames_apply_and_ids_stay_unique():
    ws = Workspace(pastes=[Paste("One.", "Same"), Paste("Two.", "Same")], renames={"RT": "Russia Today"})
    articles, _ = build_corpus(ws)
    outlets = {a.outlet for a in articles}
    assert "Russia Today" in outlets and "RT" not in outlets
    assert len({a.id for a in articles}) == len(articles)


def test_seeds_can_be_left_out():
    articles, _ = build_corpus(Workspace(use_seeds=False, pastes=[Paste("One.", "Mine")]))
    assert [a.outlet for a in articles] == ["Mine"]


def test_adding_and_removing_terms():
    rows = [{"term": "may", "kind": "hedge", "category": "modal"}]
    added = add_term(rows, "term", {"term": "  Perhaps ", "category": "adverb"})
    assert added[-1] == {"term": "perhaps", "kind": "", "category": "adverb"}
    assert add_term(added, "term", {"term": "PERHAPS"}) == added
    assert add_term(added, "term", {"term": "  "}) == added
    assert remove_terms(added, "term", ["May"]) == [added[-1]]


@pytest.mark.parametrize("name", ["hedges", "loaded", "report_verbs", "word_choice"])
def test_downloaded_lexicon_reads_back_the_same(name):
    rows = [dict(r) for r in read_table(name)]
    rows.append({k: "odd\tvalue\nwith breaks" if k != list(rows[0])[0] else "new term" for k in rows[0]})
    again = parse_table(table_tsv(name, rows))
    assert len(again) == len(rows)
    assert again[:-1] == rows[:-1]
    assert again[-1][list(rows[0])[0]] == "new term"


@pytest.mark.parametrize("text, english", [
    pytest.param("Officials said the talks may resume after the meeting in the capital. " * 3, True, id="english"),
    pytest.param("Short.", True, id="too-short-to-tell"),
    pytest.param("Die Gespräche zwischen Russland und der Ukraine sind ins Stocken geraten, sagten Beamte. " * 4,
                 False, id="german"),
    pytest.param("Переговоры между Россией и Украиной зашли в тупик, заявили официальные лица. " * 4, False,
                 id="russian"),
    pytest.param("المحادثات بين روسيا وأوكرانيا متوقفة، بحسب مسؤولين في العاصمة اليوم. " * 5, False, id="arabic"),
    # Few words between spaces, but plainly not English: told by the script of its letters.
    pytest.param("俄罗斯和乌克兰之间的谈判陷入僵局，官员们说。", False, id="chinese-short"),
    pytest.param("Переговоры зашли в тупик.", False, id="russian-short"),
    pytest.param("Zelensky met Ермак and Sybiha in Kyiv, and said the talks may resume.", True, id="english-with-names"),
    # Few function words: told by how many of its words are English dictionary words.
    pytest.param("Critics argued the reform could possibly work, sources say.", True, id="english-few-function-words"),
    pytest.param("Kremlin slams drone strikes near Moscow; Kyiv denies launching attacks overnight", True,
                 id="english-headline"),
    pytest.param("Las negociaciones entre las dos partes se reanudaron el viernes en Ginebra.", False, id="spanish"),
    pytest.param("Les négociations entre les deux parties ont repris vendredi à Genève.", False, id="french"),
    pytest.param("Le negoziati tra le due parti sono riprese venerdì a Ginevra.", False, id="italian"),
    pytest.param("Die Gespräche wurden am Freitag in Genf wieder aufgenommen.", False, id="german-short"),
])
def test_looks_english(text, english):
    from framing.language import looks_english

    assert looks_english(text) is english


def test_seeds_look_english(seeds):
    from framing.language import looks_english

    assert all(looks_english(a.text) for a in seeds)


METADATA = (b"file,outlet,title,published\n"
            b"folder/a.txt,Daily Planet,Talks stall,2023-01-05\n"
            b"b.txt,Daily Bugle,,\n")


def test_an_uploaded_metadata_table_describes_the_uploaded_files():
    ws = Workspace(use_seeds=False, uploads=[
        Upload("metadata.csv", METADATA), Upload("a.txt", b"The talks stalled, officials said."),
        Upload("c.txt", b"Kiev rejected the plan.\nSource: RT"),
    ])
    articles, problems = build_corpus(ws)
    by_source = {a.source: a for a in articles}
    assert set(by_source) == {"a.txt", "c.txt"} and problems == {}
    assert (by_source["a.txt"].outlet, by_source["a.txt"].outlet_from, by_source["a.txt"].title) == (
        "Daily Planet", "metadata", "Talks stall")
    assert by_source["c.txt"].outlet == "RT"


def test_a_metadata_table_with_semicolons_is_read_too():
    table = METADATA.replace(b",", b";")
    articles, problems = build_corpus(Workspace(use_seeds=False, uploads=[
        Upload("meta.csv", table), Upload("b.txt", b"Talks resumed.")]))
    assert [(a.outlet, a.outlet_from) for a in articles] == [("Daily Bugle", "metadata")] and problems == {}


def test_a_metadata_table_that_names_no_upload_says_so():
    articles, problems = build_corpus(Workspace(use_seeds=False, uploads=[Upload("metadata.csv", METADATA)]))
    assert articles == []
    assert "names none of the uploaded files (folder/a.txt, b.txt)" in problems["metadata.csv"]


def test_a_renamed_article_keeps_the_outlet_it_was_read_with():
    from framing.workspace import Paste, Workspace, build_corpus, outlet_as_read

    articles, _ = build_corpus(Workspace(use_seeds=False, pastes=[Paste("Talks resumed.", "RT"),
                                                                  Paste("Talks stalled.", "TASS")],
                                         renames={"RT": "Russia Today"}))
    assert [(a.outlet, outlet_as_read(a)) for a in articles] == [("Russia Today", "RT"), ("TASS", "TASS")]


def test_a_paste_keeps_its_id_when_an_earlier_one_is_removed_and_a_new_one_takes_a_fresh_id():
    ws = Workspace(use_seeds=False, pastes=[Paste("One text here.", "A"), Paste("Two texts here.", "B")])
    ws = ws.without(pastes=[0])
    ws = replace(ws, pastes=[*ws.pastes, Paste("Three texts here.", "C")])
    articles, _ = build_corpus(ws)
    assert [(a.id, a.outlet) for a in articles] == [("pasted-2", "B"), ("pasted-3", "C")]
    assert Workspace.from_json(ws.to_json()) == ws


def test_a_workspace_saved_before_pastes_had_numbers_numbers_them_by_place():
    doc = json.loads(Workspace(pastes=[Paste("One.", "A"), Paste("Two.", "B")]).to_json())
    for paste in doc["pastes"]:
        del paste["number"]
    assert [p.article_id for p in Workspace.from_json(json.dumps(doc)).pastes] == ["pasted-1", "pasted-2"]


def test_exclusions_follow_their_articles_when_files_and_seeds_come_and_go():
    from framing.workspace import carry_exclusions

    rows = lambda outlet: "\n".join(json.dumps({"id": k, "text": f"{outlet} said the talks may resume."})  # noqa: E731
                                    for k in (1, 2)).encode()
    both = Workspace().with_upload("a.jsonl", rows("A")).with_upload("b.jsonl", rows("B"))
    left_out = replace(both, excluded=["000", "1 (2)"])  # a seed, and b.jsonl's first row
    only_b = carry_exclusions(left_out, left_out.without(uploads=["a.jsonl"]))
    assert only_b.excluded == ["000", "1"]  # b.jsonl's rows are now "1" and "2"
    seeds_off = carry_exclusions(only_b, replace(only_b, use_seeds=False))
    assert seeds_off.excluded == ["000", "1"]  # the seed is remembered for when the seeds come back
    assert carry_exclusions(only_b, only_b.without(uploads=["b.jsonl"])).excluded == ["000"]  # gone with its file

"""Batch scoring: streaming equals in memory, --jobs keeps order, outputs parse back, quiet off a terminal.

Peak memory is measured by the benchmark (docs/scale.md), never asserted here with timings."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from framing import score_corpus
from framing.batch import iter_articles, score_stream
from framing.bench import write_corpus
from framing.corpus import Article
from conftest import ROOT
from test_corpus import word_document


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "framing", *args], input=stdin.encode("utf-8"),
                          capture_output=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"), 12, seed=3)


def test_streaming_equals_in_memory(seeds):
    # Two articles share an id, as in memory they get a suffix.
    articles = [*seeds, Article("000", seeds[1].text[:3000], "RT")]
    memory = score_corpus(articles)
    streamed_articles, streamed_outlets = score_stream(iter(articles))
    pd.testing.assert_frame_equal(streamed_articles, memory.articles, check_dtype=False)
    pd.testing.assert_frame_equal(streamed_outlets, memory.outlets, check_dtype=False)


def test_jobs_2_equals_jobs_1_in_order(corpus):
    one, two = (run("score", str(corpus), "--articles", "--format", "csv", "--jobs", jobs) for jobs in ("1", "2"))
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    ids = [line.split(",")[0] for line in one.stdout.decode().splitlines()[1:]]
    assert ids == [f"syn-{i:06d}" for i in range(12)]


def test_annotate_jobs_2_keeps_order_and_reports_bad_lines(corpus):
    lines = corpus.read_text(encoding="utf-8").splitlines()[:5]
    stdin = "\n".join(lines[:2] + ["{not json"] + lines[2:]) + "\n"
    one, two = run("annotate", "-", stdin=stdin), run("annotate", "-", "--jobs", "2", stdin=stdin)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    ids = [json.loads(line)["id"] for line in two.stdout.decode().splitlines()]
    assert ids == [json.loads(l)["id"] for l in lines[:2]] + [None] + [json.loads(l)["id"] for l in lines[2:]]
    assert "stdin line 3" in two.stderr.decode() and "Traceback" not in two.stderr.decode()


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_outputs_parse_back(corpus, tmp_path, suffix):
    out = tmp_path / f"articles{suffix}"
    result = run("score", str(corpus), "--articles", "--output", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    read = {".csv": pd.read_csv, ".jsonl": lambda p: pd.read_json(p, lines=True), ".parquet": pd.read_parquet}[suffix]
    table = read(out)
    expected, _ = score_stream(iter_articles([str(corpus)], print))
    assert list(table.article_id) == list(expected.article_id)
    assert table.words.tolist() == expected.words.tolist()
    assert table.hedges_per_1k.tolist() == pytest.approx(expected.hedges_per_1k.tolist(), nan_ok=True)


def test_per_outlet_output_and_progress_quiet_off_a_terminal(corpus, tmp_path):
    out = tmp_path / "outlets.jsonl"
    result = run("score", str(corpus), "--output", str(out))
    assert result.returncode == 0
    assert result.stderr == b""  # stderr is a pipe here: no progress bar
    outlets = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum(o["articles"] for o in outlets) == 12


def test_bad_rows_are_reported_and_the_rest_scored(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "Talks may resume."}\nnot json\n{"id": "c", "text": ""}\n', encoding="utf-8")
    result = run("score", str(path), "--articles", "--format", "csv")
    assert result.returncode == 1
    assert len(result.stdout.decode().splitlines()) == 2
    stderr = result.stderr.decode()
    assert "line 2" in stderr and "line 3" in stderr and "Traceback" not in stderr


def test_engine_benchmark_times_every_stage_against_vader_alone():
    from framing.bench import format_table, run_benchmark

    rows, words = run_benchmark(n=2, repeat=1)
    names = [name for name, _rate, _ratio in rows]
    assert names[0].startswith("VADER alone") and rows[0][2] == 1.0
    assert any(n.startswith("annotate:") for n in names) and any(n.startswith("score_text:") for n in names)
    assert {"detector: attribution", "readability", "cleaning: boilerplate"} <= set(names)
    assert words > 1000 and all(rate > 0 and ratio > 0 for _name, rate, ratio in rows)
    table = format_table(rows)
    assert table.count("\n") == len(rows) + 1 and "| 1.00× |" in table


def _folder_with_metadata(folder):
    (folder / "a.txt").write_text("The talks stalled on Friday, officials said.", encoding="utf-8")
    (folder / "b.txt").write_text("Kiev rejected the plan.\nSource: RT", encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,id,outlet,title,published,byline\n"
        "a.txt,first,Daily Planet,Talks stall,2023-01-05,Lois Lane\n"
        "gone.txt,second,Daily Planet,,,\n", encoding="utf-8")
    return folder


def test_a_folder_metadata_table_describes_its_files(tmp_path):
    problems = []
    articles = {a.source.rsplit("/", 1)[-1]: a for a in iter_articles([str(_folder_with_metadata(tmp_path))],
                                                                      problems.append)}
    assert set(articles) == {"a.txt", "b.txt"}  # the table itself is not read as articles
    first = articles["a.txt"]
    assert (first.id, first.outlet, first.outlet_from, first.title, first.published) == (
        "first", "Daily Planet", "metadata", "Talks stall", "2023-01-05")
    assert first.extra["byline"] == "Lois Lane"
    assert (articles["b.txt"].outlet, articles["b.txt"].outlet_from) == ("RT", "text")  # no row: as before
    assert problems == [f"{tmp_path / 'metadata.csv'}: no such file: gone.txt"]


def test_a_long_metadata_table_of_missing_files_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed.", encoding="utf-8")
    rows = "".join(f"gone{i}.txt,X\n" for i in range(500))
    (tmp_path / "metadata.csv").write_text("file,outlet\n" + rows, encoding="utf-8")
    problems = []
    assert len(list(iter_articles([str(tmp_path)], problems.append))) == 1
    assert problems == [f"{tmp_path / 'metadata.csv'}: no such file: gone0.txt, gone1.txt, gone2.txt and 497 more"]


def test_the_seeds_folder_scores_as_the_seeds():
    default, folder = run("score", "--articles", "--format", "csv"), run("score", "seeds", "--articles", "--format", "csv")
    assert default.returncode == folder.returncode == 0, folder.stderr
    default_table, folder_table = (pd.read_csv(io.BytesIO(r.stdout), dtype=str) for r in (default, folder))
    pd.testing.assert_frame_equal(folder_table.drop(columns="source"), default_table.drop(columns="source"))
    assert list(folder_table["source"]) == ["seeds/" + name for name in default_table["source"]]


def test_a_metadata_table_alone_is_explained(tmp_path):
    problems = []
    assert list(iter_articles([str(_folder_with_metadata(tmp_path) / "metadata.csv")], problems.append)) == []
    assert "name the folder that holds its articles" in problems[-1]


def test_hidden_files_and_folders_in_a_folder_are_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed.", encoding="utf-8")
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07" * 100)  # a macOS resource fork
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Not an article.", encoding="utf-8")
    problems = []
    assert [a.id for a in iter_articles([str(tmp_path)], problems.append)] == ["a"]
    assert problems == []


def test_a_folder_of_word_documents_is_scored_with_its_metadata_and_lock_files_skipped(tmp_path):
    body = "<w:p><w:r><w:t>Officials said the talks may resume.</w:t></w:r></w:p>"
    (tmp_path / "talks.docx").write_bytes(word_document(body))
    (tmp_path / "~$talks.docx").write_bytes(b"\x05owner" + bytes(156))  # Word's lock file while it is open
    (tmp_path / "metadata.csv").write_text("file,outlet,published\ntalks.docx,Gazette,2022-11-20\n", encoding="utf-8")
    problems = []
    [article] = iter_articles([str(tmp_path)], problems.append)
    assert problems == []
    assert (article.id, article.outlet, article.title, article.published) == ("talks", "Gazette", "Talks stall",
                                                                              "2022-11-20")
    assert article.text == "Officials said the talks may resume."


def test_a_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Talks stalled.", encoding="utf-8")
    problems = []
    named = [str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path)]  # the folder, a file in it, the folder again
    assert [a.id for a in iter_articles(named, problems.append)] == ["a", "b"]
    assert problems == []


def test_linked_folders_are_followed_once_and_broken_links_reported(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("Talks resumed.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "linked").symlink_to(real, target_is_directory=True)
    (corpus / "linked" / "loop").symlink_to(corpus, target_is_directory=True)  # a link back up
    (corpus / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    problems = []
    assert [a.id for a in iter_articles([str(corpus)], problems.append)] == ["a"]
    assert problems == [f"{corpus / 'gone.txt'}: a link to a file that does not exist"]


def test_a_folder_that_cannot_be_opened_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Talks resumed.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = __import__("os").scandir

    def scandir(path="."):  # as for a folder without read permission (root reads any folder)
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("os.scandir", scandir)
    problems = []
    assert [a.id for a in iter_articles([str(tmp_path)], problems.append)] == ["a"]
    assert problems == [f"{tmp_path / 'locked'}: cannot be read (Permission denied)"]


@pytest.mark.parametrize("command", [["score", "--articles"], ["score"], ["annotate"]])
def test_the_output_file_is_never_one_of_the_inputs(tmp_path, command):
    source = tmp_path / "talks.csv"
    source.write_text("id,text\na,Officials said the talks may resume.\n", encoding="utf-8")
    output = source.with_suffix(".jsonl") if command == ["annotate"] else source
    if command == ["annotate"]:
        output.write_text('{"id": "a", "text": "Officials said the talks may resume."}\n', encoding="utf-8")
    before = output.read_bytes()
    result = run(*command, str(output), "-o", str(output))
    assert result.returncode == 2
    assert "is also an input; write the results to another file" in result.stderr.decode()
    assert output.read_bytes() == before  # not emptied, not overwritten


def test_an_output_file_inside_an_input_folder_is_not_read_as_input(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said the talks may resume.", encoding="utf-8")
    output = tmp_path / "scores.csv"
    for _ in range(2):  # the second run finds the first run's output in the folder
        result = run("score", str(tmp_path), "--articles", "-o", str(output))
        assert result.returncode == 0, result.stderr.decode()
        assert list(pd.read_csv(output)["article_id"]) == ["a"]


def test_a_cp1252_character_deep_in_a_large_record_file_is_read_right(tmp_path):
    filler = [json.dumps({"id": f"f{n}", "text": "Officials said the talks may resume."}) for n in range(200)]
    late = json.dumps({"id": "late", "text": "Café owners “claimed” the naïve deal."}, ensure_ascii=False)
    cp1252 = tmp_path / "cp1252.jsonl"
    cp1252.write_bytes("\n".join([*filler, late]).encode("cp1252"))  # the first non-ASCII byte after 8 KB
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes("id,text\nu,Café “talks” resumed.\n".encode("utf-16-le"))  # no byte-order mark
    problems = []
    articles = {a.id: a.text for a in iter_articles([str(cp1252), str(utf16)], problems.append)}
    assert problems == []
    assert articles["late"] == "Café owners “claimed” the naïve deal."
    assert articles["u"] == "Café “talks” resumed."


def test_one_record_in_cp1252_leaves_the_utf8_records_as_written(tmp_path):
    utf8 = [json.dumps({"id": f"u{n}", "text": "Café talks — “may” resume."}, ensure_ascii=False) for n in range(50)]
    windows = json.dumps({"id": "w", "text": "Naïve “claims”, officials said."}, ensure_ascii=False)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(("\n".join(utf8) + "\n").encode("utf-8") + windows.encode("cp1252") + b"\n")
    problems = []
    articles = {a.id: a.text for a in iter_articles([str(mixed)], problems.append)}
    assert problems == [] and len(articles) == 51
    assert all(articles[f"u{n}"] == "Café talks — “may” resume." for n in range(50))  # was "CafÃ© talks â€” …"
    assert articles["w"] == "Naïve “claims”, officials said."


def test_a_compressed_record_file_is_named_as_such(tmp_path):
    import gzip

    packed = tmp_path / "corpus.jsonl"
    packed.write_bytes(gzip.compress(b'{"id": "a", "text": "Talks resumed."}\n'))
    problems = []
    assert list(iter_articles([str(packed)], problems.append)) == []
    assert problems == [f"{packed}: this is a compressed archive, not text; extract the articles as .txt, .html, "
                        ".jsonl or .csv"]


def test_a_metadata_table_written_on_windows_finds_its_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Officials said the talks may resume.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,id\nsub\\b.txt,Daily Planet,bee\n", encoding="utf-8")
    problems = []
    [article] = iter_articles([str(tmp_path)], problems.append)
    assert problems == [] and (article.id, article.outlet) == ("bee", "Daily Planet")


def test_files_of_other_types_in_a_folder_are_counted_in_a_notice(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed.", encoding="utf-8")
    for name in ("scan.pdf", "scan2.pdf", "LICENSE", "data.json", ".DS_Store", "~$a.docx"):
        (tmp_path / name).write_bytes(b"x")
    problems, notices = [], []
    assert [a.id for a in iter_articles([str(tmp_path)], problems.append, notice=notices.append)] == ["a"]
    assert problems == []  # not a problem: the exit code stays 0
    assert notices == [f"{tmp_path}: 4 files of other types not read (.pdf ×2, .json ×1, no suffix ×1)"]
    for name in ("scan2.pdf", "LICENSE", "data.json"):
        (tmp_path / name).unlink()
    notices.clear()
    list(iter_articles([str(tmp_path)], problems.append, notice=notices.append))
    assert notices == [f"{tmp_path}: 1 file of another type not read (.pdf ×1)"]


def _sigint_handler(chunk: list) -> list:
    import signal

    return [signal.getsignal(signal.SIGINT) == signal.SIG_IGN for _ in chunk]


def test_workers_leave_ctrl_c_to_the_parent():
    # Ctrl-C reaches every process of the terminal's group; a worker that took it printed a
    # traceback, or stuck on its queue and kept the run from ending.
    from framing.batch import ordered_map

    assert all(ordered_map(_sigint_handler, range(40), jobs=2, chunk=4))


def test_ctrl_c_in_the_parent_drops_the_queued_chunks_and_ends():
    from framing.batch import ordered_map

    results = ordered_map(_sigint_handler, range(10_000), jobs=2, chunk=4)
    next(results)
    with pytest.raises(KeyboardInterrupt):
        results.throw(KeyboardInterrupt)

"""The command line: the annotate contract, score formats, and clear errors (exit 2, no traceback)."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest

from framing.cli import main
from conftest import ROOT


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "framing", *args], input=stdin.encode("utf-8"),
                          capture_output=True, cwd=ROOT, timeout=300)


def test_annotate_stdin_follows_the_contract():
    docs = [{"id": "a1", "text": "Officials said the talks may resume. Critics called it a sham."},
            {"id": 7, "text": "“Kyiv” — Zelenskyy’s 😀 city."}]
    result = run("annotate", "-", stdin="".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs))
    assert result.returncode == 0, result.stderr
    outs = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in outs] == ["a1", 7]
    for doc, out in zip(docs, outs):
        for span in out["spans"]:
            assert doc["text"][span["start"]:span["end"]] == span["text"]
        for sentence in out["sentences"]:
            assert {"start", "end", "excluded", "attribution", "quote", "speaker", "sentiment"} <= set(sentence)
    first = outs[0]
    assert [s["attribution"] for s in first["sentences"]] == ["anonymous", "anonymous"]
    assert {"hedge", "loaded", "attribution_cue", "speaker"} <= {s["kind"] for s in first["spans"]}


def test_annotate_reports_a_bad_line_and_keeps_its_place():
    stdin = '{"id": "a", "text": "One."}\nnot json\n{"id": "b"}\n{"id": "c", "text": "Three."}\n'
    result = run("annotate", "-", stdin=stdin)
    assert result.returncode == 1
    outs = [json.loads(l) for l in result.stdout.decode().splitlines()]
    assert [o["id"] for o in outs] == ["a", None, "b", "c"]  # output line N answers input line N
    assert [bool(o.get("error")) for o in outs] == [False, True, True, False]
    assert outs[1]["sentences"] == outs[1]["spans"] == []
    assert "line 2" in result.stderr.decode() and "line 3" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_a_document_that_fails_keeps_its_place_with_the_problem(monkeypatch):
    from framing.batch import _annotate_chunk

    module = sys.modules["framing.annotate"]  # the package's "annotate" is the function
    real = module.annotate

    def failing(text):
        if text == "Boom.":
            raise IndexError("list index out of range")
        return real(text)

    monkeypatch.setattr(module, "annotate", failing)
    results = _annotate_chunk([("line 1", "a", "One.", {}), ("line 2", "b", "Boom.", {"outlet": "X"}),
                               ("line 3", "c", "Three.", {})])
    problems = [problem for problem, _ in results]
    records = [json.loads(line) for _, line in results]
    assert problems[0] == problems[2] == ""
    assert "line 2: could not annotate (IndexError" in problems[1]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[1] == {"id": "b", "error": problems[1].split(": ", 1)[1], "sentences": [], "spans": [],
                          "outlet": "X"}


def test_annotate_files(tmp_path):
    (tmp_path / "one.txt").write_text("Talks may resume.\nSource: RES-MPE", encoding="utf-8")
    result = run("annotate", str(tmp_path / "one.txt"))
    assert result.returncode == 0
    (out,) = [json.loads(l) for l in result.stdout.decode().splitlines()]
    assert out["id"] == "one" and out["outlet"] == "RES-MPE" and out["source"] == str(tmp_path / "one.txt")


def test_annotate_of_a_file_gives_the_text_its_offsets_index(tmp_path):
    import codecs
    import zipfile

    text = "Officials said the talks may resume. Critics called the plan a sham."
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    (tmp_path / "page.html").write_text(f"<html><head><title>Talks</title></head><body><article><p>{text}</p>"
                                        f"<p>{text}</p></article></body></html>", encoding="utf-8")
    word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(tmp_path / "doc.docx", "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{word}"><w:body><w:p><w:r><w:t>{text}</w:t>'
                                              "</w:r></w:p></w:body></w:document>")
    (tmp_path / "rows.jsonl").write_text(json.dumps({"id": "r", "text": text}) + "\n", encoding="utf-8")
    result = run("annotate", "-q", *(str(tmp_path / name) for name in ("bom.txt", "page.html", "doc.docx", "rows.jsonl")))
    assert result.returncode == 0, result.stderr
    outs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in outs] == ["bom", "page", "doc", "r"]
    for out in outs[:3]:
        assert text in out["text"] and out["spans"] and out["sentences"]
        for span in out["spans"]:
            assert out["text"][span["start"]:span["end"]] == span["text"]
        assert [out["text"][s["start"]:s["end"]] for s in out["sentences"]][:2] == [
            "Officials said the talks may resume.", "Critics called the plan a sham."]
    assert "text" not in outs[3]  # a record's offsets index its own "text" field


def test_files_of_one_name_in_two_folders_lead_back_to_their_files(tmp_path):
    for folder in ("left", "right"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Talks may resume, {folder} said.", encoding="utf-8")
    result = run("score", str(tmp_path), "--articles", "--format", "csv", "-q")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert [(r["article_id"], r["source"]) for r in rows] == [
        ("story", str(tmp_path / "left" / "story.txt")), ("story (2)", str(tmp_path / "right" / "story.txt"))]
    annotated = run("annotate", str(tmp_path), "-q")
    assert [json.loads(line)["source"] for line in annotated.stdout.decode().splitlines()] == [
        str(tmp_path / "left" / "story.txt"), str(tmp_path / "right" / "story.txt")]


def test_score_defaults_to_the_seeds_as_a_table():
    result = run("score")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    for outlet in ("19FortyFive", "The Washington Post", "RES-MPE", "RT"):
        assert outlet in text
    assert "hedges_per_1k" in text


def test_score_json_and_csv(capsys):
    assert main(["score", "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert len(payload["articles"]) == 5 and len(payload["outlets"]) == 4
    assert {"article_id", "outlet", "hedges_per_1k", "fk_grade"} <= set(payload["articles"][0])
    # The same names as the app's JSON download, and as the csv and jsonl formats.
    from framing import load_seeds, score_corpus
    from framing.report import metrics_json
    exported = json.loads(metrics_json(score_corpus(load_seeds())))
    assert list(payload["articles"][0]) == list(exported["articles"][0])
    assert {"outlet", "articles", "named_share"} <= set(payload["outlets"][0])
    assert main(["score", "--format", "csv", "--articles"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("article_id,outlet") and len(lines) == 6


ERRORS = [
    ("missing file", ["score", "no/such/file.txt"], "no such file"),
    ("empty file", ["score", "{empty}"], "empty"),
    ("empty stdin", ["annotate", "-"], "no documents"),
    ("bad option", ["score", "--format", "xml"], "invalid choice"),
    ("output in a missing folder", ["score", "-o", "no/such/folder/scores.csv"], "does not exist"),
    ("output is a folder", ["score", "-o", "{tmp}"], "is a folder"),
    ("unknown output type", ["score", "-o", "{tmp}/scores.xlsx"], "unknown output type"),
    ("annotate output in a missing folder", ["annotate", "{empty}", "-o", "no/such/a.jsonl"], "does not exist"),
]


@pytest.mark.parametrize("args, message", [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS])
def test_errors_are_one_clear_line_and_exit_2(tmp_path, args, message):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(*[a.replace("{empty}", str(empty)).replace("{tmp}", str(tmp_path)) for a in args])
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert message in stderr and "Traceback" not in stderr


def test_a_bad_output_is_refused_before_any_article_is_read(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("score", str(tmp_path), "-o", str(tmp_path / "missing" / "scores.csv"))
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert "does not exist" in stderr and "empty" not in stderr  # the folder was never read


def test_score_formats_on_screen_and_by_suffix(tmp_path, capsys):
    assert main(["score", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["outlet"] for r in rows] == ["19FortyFive", "The Washington Post", "RES-MPE", "RT"]
    assert main(["score", "-o", str(tmp_path / "scores.txt")]) == 0
    assert (tmp_path / "scores.txt").read_text(encoding="utf-8").startswith("outlet ")
    assert main(["score", "--format", "csv", "-o", str(tmp_path / "scores.dat")]) == 0
    assert (tmp_path / "scores.dat").read_text(encoding="utf-8").startswith("outlet,articles")


def test_outlet_can_be_given_on_the_command_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Talks may resume.\nSource: RES-MPE", encoding="utf-8")
    assert main(["score", "--format", "json", "--articles", "--outlet", "My Outlet", str(tmp_path / "a.txt")]) == 0
    assert json.loads(capsys.readouterr().out)["articles"][0]["outlet"] == "My Outlet"


def test_annotate_stdin_reads_past_a_byte_order_mark_and_names_bad_json_values():
    stdin = ('\ufeff{"id": "a", "text": "One."}\n{"id": NaN, "text": "Two."}\n'
             '{"id": "s\\ud800", "text": "Three \\ud83d."}\n')
    result = run("annotate", "-", stdin=stdin)
    assert result.returncode == 1
    outs = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in outs] == ["a", None, "s\ufffd"]  # strict JSON out, one line per line in
    assert outs[1]["error"] == "not valid JSON (NaN is not a JSON value)"
    assert "stdin line 2" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_score_reads_json_lines_on_standard_input():
    stdin = '\ufeff{"id": "a", "outlet": "Gazette", "text": "Officials said the talks may resume."}\nnot json\n'
    result = run("score", "-", "--articles", "--format", "csv", stdin=stdin)
    assert result.returncode == 1  # one bad line, reported
    assert "stdin line 2: not valid JSON" in result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 2 and lines[1].startswith("a,Gazette,")


def test_standard_input_must_be_the_only_path_and_an_empty_file_says_so(tmp_path):
    for command in ("score", "annotate"):
        result = run(command, "-", "seeds")
        assert result.returncode == 2 and '"-" (standard input) must be the only path' in result.stderr.decode()
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    result = run("score", str(empty))
    assert result.returncode == 2 and result.stderr.decode().strip() == f"framing: {empty}: the file is empty"


def test_a_language_notice_names_the_article_within_its_file(tmp_path):
    german = "Die Gespräche wurden am Freitag in Genf wieder aufgenommen, sagten die Beamten beider Delegationen."
    source = tmp_path / "talks.jsonl"
    source.write_text(json.dumps({"id": "de-1", "text": german}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("score", str(source), "-q")
    assert f"{source}, article de-1 does not look like English" in result.stderr.decode()


@pytest.mark.parametrize("options, holds", [
    pytest.param(["--articles"], "holds only what was done before", id="written-as-it-goes"),
    pytest.param([], "nothing was written to", id="written-at-the-end"),
])
def test_an_interrupted_run_says_what_its_output_file_holds(monkeypatch, capsys, tmp_path, options, holds):
    import framing.batch

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(framing.batch, "score_stream", interrupted)
    out = tmp_path / "out.csv"
    assert main(["score", "seeds", "-q", *options, "-o", str(out)]) == 130
    err = capsys.readouterr().err
    assert err in (f"framing: interrupted; {out} holds only what was done before\n",
                   f"framing: interrupted; nothing was written to {out}\n") and holds in err


def test_ctrl_c_with_two_jobs_stops_at_once_without_a_traceback(tmp_path):
    import os
    import signal
    import time

    text = "Officials said the talks may resume. Critics called the plan a sham, reportedly. " * 20
    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps({"id": k, "text": text}) + "\n" for k in range(20_000)))
    out = tmp_path / "out.jsonl"
    # Ctrl-C reaches the terminal's whole process group: the workers as well as the parent.
    # The default action for Ctrl-C, whatever this run inherited (a shell's background job ignores it).
    process = subprocess.Popen([sys.executable, "-m", "framing", "annotate", str(source), "-j", "2", "-q",
                                "-o", str(out)], cwd=ROOT, stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        while process.poll() is None and not out.exists():
            time.sleep(0.1)
        assert process.poll() is None, "finished before it could be interrupted"
        os.killpg(process.pid, signal.SIGINT)
        os.killpg(process.pid, signal.SIGINT)  # pressed twice, as the impatient do
        _, err = process.communicate(timeout=120)  # a worker stuck on its queue kept it running for minutes
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    # The second Ctrl-C may stop the exit itself: the status then says so (-2), with no traceback.
    assert process.returncode in (130, -signal.SIGINT)
    assert err.decode() == f"framing: interrupted; {out} holds only what was done before\n"


def test_ctrl_c_while_the_libraries_load_gives_one_line(monkeypatch, capsys):
    import runpy

    import framing.cli

    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(framing.cli, "main", interrupted)
    with pytest.raises(SystemExit) as stop:
        runpy.run_module("framing", run_name="__main__")
    assert stop.value.code == 130 and capsys.readouterr().err == "framing: interrupted\n"


def test_the_package_loads_its_libraries_on_first_use():
    # python -m framing reaches its Ctrl-C handling before pandas has loaded (about a second).
    code = "import sys, framing; print('pandas' in sys.modules); framing.score_corpus; print('pandas' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.split() == ["False", "True"], result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    pytest.param(["score", "seeds", "-q"], id="score"),
    pytest.param(["score", "seeds", "-q", "--articles"], id="score-articles"),
    pytest.param(["annotate", "seeds", "-q"], id="annotate"),
])
def test_a_full_disk_is_one_clear_line(tmp_path, args):
    suffix = ".jsonl" if args[0] == "annotate" else ".csv"
    full = tmp_path / f"full{suffix}"
    full.symlink_to("/dev/full")
    result = run(*args, "-o", str(full))
    assert result.returncode == 2
    assert result.stderr.decode() == f"framing: {full}: No space left on device\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_on_standard_output_is_one_clear_line():
    result = subprocess.run(f"{sys.executable} -m framing score seeds -q > /dev/full", shell=True,
                            capture_output=True, cwd=ROOT, timeout=300)
    assert result.returncode == 2
    assert result.stderr.decode() == "framing: standard output: No space left on device\n"


def test_an_output_name_too_long_is_one_clear_line(tmp_path):
    result = run("score", "seeds", "-q", "--articles", "-o", str(tmp_path / ("a" * 300 + ".csv")))
    assert result.returncode == 2
    assert result.stderr.decode().endswith("cannot be written (File name too long)\n")
    assert "Traceback" not in result.stderr.decode()


def test_annotate_answers_the_lines_of_a_file_as_it_answers_them_on_standard_input(tmp_path, monkeypatch, capsys):
    lines = ['{"id": 7, "text": "Officials said talks may resume."}', '{"text": "It is a sham."}',
             '{"id": "e", "text": ""}', '{"id": null, "text": "..."}', "not json", "", '{"id": "b"}',
             '{"id": true, "text": "Talks resumed."}', '{"id": {"a": 1}, "text": "Talks resumed."}']
    path = tmp_path / "ids.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(path.read_text(encoding="utf-8")))
    piped_code = main(["annotate", "-", "-q"])
    piped = capsys.readouterr()
    named_code = main(["annotate", str(path), "-q"])
    named = capsys.readouterr()
    assert piped_code == named_code == 1  # two lines hold no document
    piped_out = [json.loads(line) for line in piped.out.splitlines()]
    named_out = [json.loads(line) for line in named.out.splitlines()]
    # One answer per line that is not blank, in place, with the id as given (or the line number).
    assert [o["id"] for o in piped_out] == [7, "stdin-2", "e", "stdin-4", None, "b", True, {"a": 1}]
    assert [o["id"] for o in named_out] == [7, "ids-2", "e", "ids-4", None, "b", True, {"a": 1}]
    for one, other in zip(piped_out, named_out):
        assert (one["sentences"], one["spans"], one.get("error")) == (other["sentences"], other["spans"], other.get("error"))
    assert [bool(o.get("error")) for o in named_out] == [False, False, False, False, True, True, False, False]
    assert named_out[2]["sentences"] == [] and "error" not in named_out[2]  # an empty text: no sentences
    assert all(o["source"] == str(path) for o in named_out)
    for where in ("line 5", "line 7"):
        assert f"stdin {where}" in piped.err and f"{path} {where}" in named.err


def test_the_readable_table_shows_counts_whole_and_figures_as_rounded():
    result = run("score", "-q")
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.decode().splitlines()}
    assert rows["outlet"][0] == "19FortyFive"
    assert rows["articles"] == ["2", "1", "1", "1"]  # was "2.000"
    assert all(re.fullmatch(r"-?\d+(\.\d{1,3})?", value) for value in rows["named_share"] + rows["hedges_per_1k"])


def test_the_readable_table_shows_counts_of_millions_whole(seed_scores):
    from framing.cli import render_scores

    outlets = seed_scores.outlets.copy()
    outlets.loc[0, ["articles", "words", "sentences"]] = [1_500_000, 3_076_020, 1_234_567]
    outlets["flesch_reading_ease"] = outlets["flesch_reading_ease"].astype("float64")
    outlets.loc[1, "flesch_reading_ease"] = 2_000_000.0  # a whole number held as a float
    text = render_scores(seed_scores._replace(outlets=outlets), "table")
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.strip()}
    assert rows["articles"][0] == "1500000" and rows["words"][0] == "3076020"
    assert rows["sentences"][0] == "1234567" and rows["flesch_reading_ease"][1] == "2000000"
    assert "e+" not in text


def test_annotate_stdin_writes_the_outlet_given_on_the_command_line():
    result = run("annotate", "-", "--outlet", "Gazette", stdin='{"id": "a", "text": "Talks resumed."}\n')
    assert result.returncode == 0 and json.loads(result.stdout)["outlet"] == "Gazette"
    own = run("annotate", "-", stdin='{"id": "a", "outlet": "Daily Planet", "text": "Talks resumed."}\n')
    assert own.returncode == 0 and json.loads(own.stdout)["outlet"] == "Daily Planet"  # as from a file


@pytest.mark.parametrize("command", ["score", "annotate"])
def test_an_empty_outlet_is_refused(command):
    result = run(command, "seeds", "--outlet", " ")
    assert result.returncode == 2
    assert result.stderr.decode() == ("framing: --outlet needs a name (leave it out to take each article's own "
                                      "outlet)\n")


def test_many_texts_not_in_english_are_named_ten_times_then_counted(tmp_path):
    german = "Die Gespräche wurden am Freitag in Genf wieder aufgenommen, sagten die Beamten beider Delegationen."
    source = tmp_path / "de.jsonl"
    source.write_text("".join(json.dumps({"id": f"de-{k}", "text": german}) + "\n" for k in range(25)))
    result = run("score", str(source), "-q")
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 11 and all("does not look like English" in line for line in lines[:10])
    assert lines[-1] == "framing: 15 more articles do not look like English either (25 in all)"


def test_standard_input_in_cp1252_reads_right():
    line = json.dumps({"id": "w", "text": "Foreign minister José Pérez said the talks may resume."},
                      ensure_ascii=False) + "\n"
    result = subprocess.run([sys.executable, "-m", "framing", "annotate", "-"], input=line.encode("cp1252"),
                            capture_output=True, cwd=ROOT, timeout=300)
    (out,) = [json.loads(row) for row in result.stdout.decode().splitlines()]
    assert result.returncode == 0
    assert [span["text"] for span in out["spans"] if span["kind"] == "speaker"] == ["Foreign minister José Pérez"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_a_run_that_scores_nothing_leaves_an_earlier_output_as_it_was(tmp_path, suffix):
    earlier = tmp_path / f"scores{suffix}"
    earlier.write_bytes(b"yesterday's results")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    result = run("score", str(tmp_path / "in"), "--articles", "-q", "-o", str(earlier))
    assert result.returncode == 2
    assert earlier.read_bytes() == b"yesterday's results"


def test_the_readable_table_of_many_articles_fits_a_terminal(tmp_path):
    title = "A very long headline about the talks that goes on and on"
    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps({"id": f"a{k}", "title": title, "outlet": f"Outlet {k}",
                                          "text": "Officials said the talks may resume."}) + "\n" for k in range(40)))
    result = run("score", str(source), "--articles", "-q")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert max(map(len, lines)) <= 120  # 40 articles side by side made lines of 1,000 characters
    shown = [cell for line in lines if line.startswith("article_id") for cell in line.split()[1:]]
    assert shown == [f"a{k}" for k in range(40)]
    assert "A very long headline ab…" in result.stdout.decode() and title not in result.stdout.decode()


def test_articles_named_after_their_files_are_counted_in_a_notice(tmp_path):
    for k in range(3):
        (tmp_path / f"art{k}.txt").write_text("Officials said the talks may resume.", encoding="utf-8")
    result = run("score", str(tmp_path), "-q")
    assert result.returncode == 0
    assert result.stderr.decode() == (
        "framing: 3 articles take their outlet from the file name (no outlet in the text or in a metadata table); "
        'give the outlets in a metadata table (a CSV with a "file" column) or with --outlet\n')
    assert run("score", str(tmp_path), "-q", "--outlet", "Gazette").stderr.decode() == ""


def test_more_jobs_than_cores_are_cut_to_the_cores_with_a_notice(capsys, monkeypatch):
    import framing.batch

    monkeypatch.setattr(framing.batch, "default_jobs", lambda: 2)
    used = []
    real_stream = framing.batch.score_stream
    monkeypatch.setattr(framing.batch, "score_stream", lambda articles, jobs=1, **kw: (
        used.append(jobs), real_stream(articles, 1, **kw))[1])
    assert main(["score", "--format", "json", "-j", "64"]) == 0
    assert used == [2]
    assert "--jobs 64: this machine has 2 cores to work on; using 2" in capsys.readouterr().err
    assert main(["score", "--format", "json", "-j", "2"]) == 0
    assert used == [2, 2] and "--jobs" not in capsys.readouterr().err

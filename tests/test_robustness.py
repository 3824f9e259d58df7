"""Odd and hostile input on the command line: a result or one clear message, never a traceback."""
from __future__ import annotations

import codecs
import io
import json
import struct
import zipfile

import pytest

from framing.cli import main
from framing.corpus import InputError, read_bytes

GOOD_TEXT = "Officials said the talks may resume. Russia illegally annexed Crimea."


def zipped() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", GOOD_TEXT)
    return buffer.getvalue()


FAILS = [
    ("empty file", "a.txt", b"", "empty"),
    ("whitespace only", "a.txt", b"  \n\r\n\t ", "empty"),
    ("binary named .txt", "a.txt", bytes(range(256)) * 64, "binary"),
    ("zip archive", "a.txt", zipped(), "archive"),
    ("zip by name", "a.zip", zipped(), "unsupported"),
    ("jsonl of garbage", "a.jsonl", b"{{{\n]]]\n", "line 1"),
]


@pytest.mark.parametrize("name, data, message", [c[1:] for c in FAILS], ids=[c[0] for c in FAILS])
def test_unreadable_input_is_one_clear_line_and_exit_2(tmp_path, capsys, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    for command in (["score", str(path)], ["annotate", str(path)]):
        assert main(command) == 2
        captured = capsys.readouterr()
        assert message in captured.err and name in captured.err
        assert "Traceback" not in captured.err
        assert all(line.startswith("framing: ") for line in captured.err.strip().splitlines())


WORKS = [
    ("single word", "a.txt", "Hello".encode()),
    ("NUL bytes", "a.txt", "Talks\x00 may resume.\x00".encode()),
    ("utf-16", "a.txt", GOOD_TEXT.encode("utf-16")),
    ("cp1252 curly quotes", "a.txt", "“Talks” may resume — officials said.".encode("cp1252")),
    ("latin-1", "a.txt", "Café talks may resume, officials said.".encode("latin-1")),
    ("CR line ends", "a.txt", GOOD_TEXT.replace(". ", ".\r").encode()),
    ("CRLF line ends", "a.txt", GOOD_TEXT.replace(". ", ".\r\n").encode()),
    ("emoji and right-to-left", "a.txt", "Talks may resume 😀. مرحبا بالعالم. שלום עולם.".encode()),
    ("non-English", "a.txt", "Die Gespräche wurden am Freitag in Genf fortgesetzt, sagten Beamte.".encode()),
    ("html with script, style, comment", "a.html",
     b"<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><article>"
     b"<p>The talks between the two delegations may resume next week, officials said on Friday in Geneva.</p>"
     b"<!-- hidden comment --><p>Russia illegally annexed Crimea in 2014, the statement added.</p></article></body></html>"),
    ("one 2 MB line without punctuation", "a.txt", ("word " * 400_000).encode()),
]


@pytest.mark.parametrize("name, data", [c[1:] for c in WORKS], ids=[c[0] for c in WORKS])
def test_odd_but_readable_input_is_scored(tmp_path, capsys, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["score", "--format", "json", "--articles", str(path)]) == 0
    payload = json.loads(capsys.readouterr().out)
    (article,) = payload["articles"]
    assert article["words"] >= 1
    assert main(["annotate", str(path)]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["sentences"] and all(0 <= s["start"] < s["end"] for s in record["sentences"])


def test_html_scripts_and_comments_are_not_article_text(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_bytes(next(data for label, _, data in WORKS if label.startswith("html")))
    assert main(["score", "--format", "csv", "--articles", str(path)]) == 0
    capsys.readouterr()
    assert main(["annotate", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    texts = " ".join(s["text"] for s in record["spans"])
    assert "alert" not in texts and "hidden comment" not in texts


def test_malformed_rows_are_reported_and_good_rows_kept(tmp_path, capsys):
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text("\n".join([json.dumps({"id": "a", "text": GOOD_TEXT}), "{broken", json.dumps({"id": "c"}),
                                json.dumps({"id": "d", "text": GOOD_TEXT})]), encoding="utf-8")
    csv_file = tmp_path / "rows.csv"
    csv_file.write_text('id,text\ne,"Talks may resume."\nf\ng,"Officials said so."\n', encoding="utf-8")
    assert main(["score", "--format", "json", "--articles", str(jsonl), str(csv_file)]) == 1
    captured = capsys.readouterr()
    assert [a["article_id"] for a in json.loads(captured.out)["articles"]] == ["a", "d", "e", "g"]
    for where in ("rows.jsonl line 2", "rows.jsonl line 3", "rows.csv line 3"):
        assert where in captured.err
    assert "Traceback" not in captured.err


def test_one_bad_file_never_discards_the_others(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 8)
    assert main(["score", "--format", "json", "--articles", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert [a["article_id"] for a in json.loads(captured.out)["articles"]] == ["good"]
    assert "bad.txt" in captured.err


def test_duplicate_outlets_pool_and_duplicate_ids_stay_apart(tmp_path, capsys):
    rows = [{"id": "same", "outlet": "Daily", "text": GOOD_TEXT}, {"id": "same", "outlet": "Daily", "text": "Talks may resume."}]
    path = tmp_path / "dupes.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["score", "--format", "json", str(path)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [a["article_id"] for a in payload["articles"]] == ["same", "same (2)"]
    assert [(o["outlet"], o["articles"]) for o in payload["outlets"]] == [("Daily", 2)]


def test_several_hundred_articles_at_once(tmp_path, capsys):
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps({"id": str(i), "outlet": f"Outlet {i % 7}", "text": f"{GOOD_TEXT} Item {i}."})
                              for i in range(400)), encoding="utf-8")
    assert main(["score", "--format", "json", str(path)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert len(payload["articles"]) == 400 and len(payload["outlets"]) == 7


def test_annotate_stdin_never_writes_a_partial_line(monkeypatch, capsys):
    lines = [json.dumps({"id": "ok", "text": GOOD_TEXT}), '{"id": "x", "text": 5}', "\x00\x01", "[]",
             json.dumps({"id": "ok2", "text": "“Kyiv” 😀 שלום"})]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["annotate", "-"]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]  # every line whole, one per input line
    assert [r["id"] for r in records] == ["ok", "x", None, None, "ok2"]
    assert [r["sentences"] for r in records[1:4]] == [[], [], []] and all(r["error"] for r in records[1:4])
    assert all(f"line {n}" in captured.err for n in (2, 3, 4))


def test_non_english_text_is_scored_with_a_notice(tmp_path, capsys):
    path = tmp_path / "de.txt"
    path.write_text("Die Gespräche zwischen Russland und der Ukraine sind ins Stocken geraten, sagten Beamte am Freitag.",
                    encoding="utf-8")
    assert main(["score", "--format", "csv", "--articles", str(path)]) == 0
    captured = capsys.readouterr()
    assert "de.txt does not look like English" in captured.err and "English-only" in captured.err
    assert "de" in captured.out


WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT = f'<w:document xmlns:w="{WORD}"><w:body><w:p><w:r><w:t>{GOOD_TEXT * 20}</w:t></w:r></w:p></w:body></w:document>'
_PART = "word/document.xml"


def damaged_docx(damage: str) -> bytes:
    """A Word document whose zip package is damaged as a bad disk or an odd tool leaves it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_PART, DOCUMENT)
    data = bytearray(buffer.getvalue())
    local, central = 0, data.index(b"PK\x01\x02")
    if damage == "deflate":  # bytes of the compressed text flipped
        body = local + 30 + len(_PART)
        for i in range(body + 5, body + 40):
            data[i] ^= 0xFF
    elif damage == "method":  # a compression method zipfile does not know
        struct.pack_into("<H", data, local + 8, 99)
        struct.pack_into("<H", data, central + 10, 99)
    elif damage == "encrypted":  # the "encrypted" flag set, as a password-protected package has it
        struct.pack_into("<H", data, local + 6, 1)
        struct.pack_into("<H", data, central + 8, 1)
    return bytes(data)


DAMAGED_DOCX = [("damaged deflate data", "deflate", "damaged"),
                ("unsupported compression method", "method", "cannot be read"),
                ("encrypted flag", "encrypted", "password")]


@pytest.mark.parametrize("damage, message", [c[1:] for c in DAMAGED_DOCX], ids=[c[0] for c in DAMAGED_DOCX])
def test_a_damaged_word_document_is_one_line_and_the_other_files_are_scored(tmp_path, capsys, damage, message):
    data = damaged_docx(damage)
    with pytest.raises(InputError, match=f"bad.docx: .*{message}"):
        read_bytes("bad.docx", data)
    (tmp_path / "bad.docx").write_bytes(data)
    (tmp_path / "ok.txt").write_text(GOOD_TEXT, encoding="utf-8")
    assert main(["score", "--format", "json", "--articles", str(tmp_path / "bad.docx"), str(tmp_path / "ok.txt")]) == 1
    captured = capsys.readouterr()
    assert [a["article_id"] for a in json.loads(captured.out)["articles"]] == ["ok"]
    (problem,) = [line for line in captured.err.splitlines() if "bad.docx" in line]
    assert problem.startswith("framing: ") and message in problem
    assert "Traceback" not in captured.err


RECORD = {"id": "a", "outlet": "Daily", "text": GOOD_TEXT}
UTF16_RECORDS = [
    # The last byte cut off: that line is named, the records before it are read.
    ("jsonl cut one byte short", "odd.jsonl",
     codecs.BOM_UTF16_LE + (json.dumps(RECORD) + "\n").encode("utf-16-le") * 2 + b"A", 1, ["a", "a (2)"]),
    # A lone surrogate in the text reads as U+FFFD, as in a text file.
    ("jsonl with a lone surrogate", "odd.jsonl",
     codecs.BOM_UTF16_LE + json.dumps(RECORD).encode("utf-16-le").replace(b"O\x00", b"\x00\xd8", 1), 0, ["a"]),
    ("csv with a lone surrogate", "odd.csv",
     codecs.BOM_UTF16_LE + f"id,text\na,{GOOD_TEXT}\n".encode("utf-16-le").replace(b"O\x00", b"\x00\xd8", 1), 0,
     ["a"]),
]


@pytest.mark.parametrize("name, data, code, ids", [c[1:] for c in UTF16_RECORDS], ids=[c[0] for c in UTF16_RECORDS])
def test_damaged_utf16_record_files_are_read_as_far_as_they_go(tmp_path, capsys, name, data, code, ids):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.txt").write_text(GOOD_TEXT, encoding="utf-8")
    assert main(["score", "--format", "json", "--articles", str(tmp_path / name), str(tmp_path / "ok.txt")]) == code
    captured = capsys.readouterr()
    assert [a["article_id"] for a in json.loads(captured.out)["articles"]] == [*ids, "ok"]
    assert "Traceback" not in captured.err
    if code:
        assert f"{name} line 3: not valid JSON" in captured.err


def test_a_utf16_metadata_table_with_a_lone_surrogate_still_describes_its_files(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    table = "file,outlet,title\na.txt,Daily,Talks Resume\n".encode("utf-16-le").replace(b"R\x00", b"\x00\xd8", 1)
    (tmp_path / "metadata.csv").write_bytes(codecs.BOM_UTF16_LE + table)
    assert main(["score", "--format", "json", "--articles", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    (article,) = json.loads(captured.out)["articles"]
    assert (article["outlet"], article["title"]) == ("Daily", "Talks \ufffdesume")
    assert "Traceback" not in captured.err

"""Readers: encodings, formats, metadata, outlets, and clear errors that name the file."""
from __future__ import annotations

import codecs
import io
import json
import zipfile

import pytest

from framing import corpus
from framing.corpus import InputError, read_bytes, read_path, unique_ids, Article, load_seeds

TEXT = "Kyiv’s “peace” talks — resumed.\nSource: RES-MPE"

ENCODINGS = [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("utf-16 with BOM", TEXT.encode("utf-16")),
    ("utf-16-le without BOM", TEXT.encode("utf-16-le")),
    ("utf-16-be without BOM", TEXT.encode("utf-16-be")),
    ("cp1252", TEXT.encode("cp1252")),
]


@pytest.mark.parametrize("data", [c[1] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS])
def test_encodings_decode_to_the_same_text(data):
    (article,), problems = read_bytes("a.txt", data)
    assert article.text == TEXT
    assert problems == []


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl", "a.csv"])
def test_utf8_with_a_bom_reads_its_cp1252_bytes_as_the_command_line_does(tmp_path, name):
    from framing.batch import iter_articles

    text = "The caf\xe9 officials said \x93talks\x94 may resume.".encode("latin-1")
    body = {"a.txt": text, "a.jsonl": b'{"id": "a", "text": "' + text + b'"}\n', "a.csv": b"id,text\na," + text + b"\n"}
    path = tmp_path / name
    path.write_bytes(codecs.BOM_UTF8 + body[name])
    (article,), _ = read_bytes(str(path), path.read_bytes())
    assert article.text == "The café officials said “talks” may resume."
    assert [a.text for a in iter_articles([str(path)], print)] == [article.text]


def test_latin1_bytes_undefined_in_cp1252_still_decode():
    (article,), _ = read_bytes("a.txt", "Caf\xe9 \x81".encode("latin-1"))
    assert article.text.startswith("Café")


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CORE = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Talks stall</dc:title></cp:coreProperties>')


def docx(parts: dict[str, str]) -> bytes:
    """A .docx package (a zip file) holding ``parts``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts.items():
            archive.writestr(part, text)
    return buffer.getvalue()


def word_document(body: str, core: str = CORE) -> bytes:
    """A Word document whose body is the WordprocessingML ``body``."""
    document = f'<w:document xmlns:w="{W}" xmlns:mc="{MC}"><w:body>{body}</w:body></w:document>'
    return docx({"[Content_Types].xml": "<Types/>", "word/document.xml": document, "docProps/core.xml": core})


def test_a_word_document_gives_its_paragraphs_and_title():
    body = (
        "<w:p><w:r><w:t>Officials said the talks </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>may</w:t></w:r>"
        "<w:r><w:t xml:space='preserve'> resume.</w:t></w:r></w:p>"
        "<w:p/>"  # an empty paragraph: no blank article line
        "<w:p><w:r><w:t>Critics</w:t><w:tab/><w:t>objected.</w:t><w:br/><w:t>Kyiv waited.</w:t></w:r></w:p>"
        # tracked deletion and a field code: not part of the text as it reads
        "<w:p><w:del><w:r><w:delText>Kiev</w:delText></w:r></w:del><w:ins><w:r><w:t>Kyiv</w:t></w:r></w:ins>"
        "<w:moveFrom><w:r><w:t>Moved away.</w:t></w:r></w:moveFrom>"
        "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t> is the capital.</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A cell.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        # a text box written twice (for new and old readers): read once, after its paragraph
        "<w:p><w:r><w:t>Box follows.</w:t></w:r><w:r><mc:AlternateContent>"
        "<mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Inside the box.</w:t></w:r></w:p></w:txbxContent>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Inside the box.</w:t></w:r>"
        "</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    articles, problems = read_bytes("talks.docx", word_document(body))
    assert problems == [] and len(articles) == 1
    article = articles[0]
    assert article.text == ("Officials said the talks may resume.\n\nCritics\tobjected.\nKyiv waited.\n\n"
                            "Kyiv is the capital.\n\nA cell.\n\nBox follows.\n\nInside the box.")
    assert article.title == "Talks stall" and article.id == "talks" and article.source == "talks.docx"


def test_a_word_document_too_big_to_unpack_is_refused(monkeypatch):
    monkeypatch.setattr(corpus, "_DOCX_PART_LIMIT", 100)
    with pytest.raises(InputError, match="too large"):
        read_bytes("big.docx", word_document("<w:p><w:r><w:t>" + "word " * 100 + "</w:t></w:r></w:p>"))


BAD_FILES = [
    ("empty", "a.txt", b"", "empty"),
    ("whitespace", "a.txt", b" \n\t ", "empty"),
    ("zip", "a.txt", b"PK\x03\x04" + bytes(100), "archive"),
    ("binary", "a.txt", bytes(range(256)) * 4, "binary"),
    ("unsupported", "a.pages", b"hello", "unsupported"),
    ("docx that is no zip", "a.docx", b"hello", "not a Word document"),
    ("docx without a body", "a.docx", "docx-without-body", "no document body"),
    ("docx with damaged markup", "a.docx", "docx-damaged", "damaged"),
    ("docx without text", "a.docx", "docx-empty", "no text"),
    ("docx declaring entities", "a.docx", "docx-entities", "entities"),
    ("csv without text column", "a.csv", b"id,body\n1,hello\n", "text"),
    ("jsonl with no good row", "a.jsonl", b"{bad\n", "no article"),
]


@pytest.mark.parametrize("name, data, words", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_files_raise_a_message_naming_the_file(name, data, words):
    data = {"docx-without-body": docx({"docProps/core.xml": CORE}),
            "docx-damaged": docx({"word/document.xml": "<w:document"}),
            "docx-empty": word_document(""),
            "docx-entities": docx({"word/document.xml": '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;&a;</d>'}),
            }.get(data, data)
    with pytest.raises(InputError) as error:
        read_bytes(name, data)
    assert name in str(error.value) and words in str(error.value)


def test_jsonl_lines_end_at_line_breaks_only_as_the_command_line_reads_them(tmp_path):
    from framing.batch import iter_articles

    lines = [json.dumps({"id": "a", "text": "One.\u2028Two.\u2029Three\x85four.\x0bFive."}, ensure_ascii=False),
             "{broken", json.dumps({"text": "Six."})]
    path = tmp_path / "sep.jsonl"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    articles, problems = read_bytes(str(path), path.read_bytes())
    assert [(a.id, a.text) for a in articles] == [("a", "One.\u2028Two.\u2029Three\x85four.\x0bFive."), ("sep-3", "Six.")]
    assert problems == [f"{path} line 2: not valid JSON (Expecting property name enclosed in double quotes at "
                        "column 2)"]
    reported = []
    assert list(iter_articles([str(path)], reported.append)) == articles
    assert reported == problems


def test_jsonl_keeps_good_rows_and_reports_bad_ones_by_line():
    lines = [
        json.dumps({"id": "a", "text": "One.", "outlet": "X"}),
        "{not json",
        json.dumps({"id": "b", "text": ""}),
        json.dumps(["a list"]),
        json.dumps({"id": "c", "text": "Two.", "title": "T", "published": "2022-11-01"}),
    ]
    articles, problems = read_bytes("in.jsonl", "\n".join(lines).encode())
    assert [a.id for a in articles] == ["a", "c"]
    assert articles[1].title == "T" and articles[1].published == "2022-11-01"
    assert [p.split(":")[0] for p in problems] == ["in.jsonl line 2", "in.jsonl line 3", "in.jsonl line 4"]


def test_csv_with_metadata_and_a_ragged_row():
    data = "id,outlet,text,url\n1,Outlet A,First text.,http://x\n2,Outlet B\n3,,Third text.,\n".encode()
    articles, problems = read_bytes("in.csv", data)
    assert [(a.id, a.outlet) for a in articles] == [("1", "Outlet A"), ("3", "in")]
    assert articles[0].url == "http://x"
    assert len(problems) == 1 and "line 3" in problems[0]


def test_a_csv_field_longer_than_pythons_default_limit_is_read_with_the_rows_after_it():
    long_text = "Officials said the talks may resume. " * 5_000  # 185,000 characters
    data = f'id,text\n1,First.\n2,"{long_text}"\n3,Third.\n'.encode()
    articles, problems = read_bytes("in.csv", data)
    assert [a.id for a in articles] == ["1", "2", "3"] and problems == []
    assert articles[1].text == long_text


def test_a_csv_quotation_mark_never_closed_is_reported_not_swallowing_rows_in_silence():
    articles, problems = read_bytes("in.csv", b'id,text\n1,First.\n2,"Stray quote, said\n3,Third.\n4,Fourth.\n')
    assert [a.id for a in articles] == ["1"]
    assert problems == ["in.csv line 3: not valid CSV: a quotation mark opened in this row is never closed, "
                        "so lines 3–5, to the end of the file, were read as one field and skipped"]
    _, problems = read_bytes("in.csv", b'id,text\n1,First.\n2,"Stray quote on the last line\n')
    assert problems == ["in.csv line 3: not valid CSV: a quotation mark opened in this row is never closed, "
                        "so the row was skipped"]


def test_a_bad_csv_row_is_reported_and_the_rows_after_it_are_read():
    articles, problems = read_bytes("in.csv", b'id,text\n1,"Kiev" is the spelling.\n2,Second.\n3,Third.\n')
    assert [a.id for a in articles] == ["2", "3"]
    assert len(problems) == 1 and problems[0].startswith("in.csv line 2: not valid CSV")
    assert "quotation marks doubled" in problems[0]


@pytest.mark.parametrize("line, problem", [
    ('"Officials said talks may resume."', 'expected an object with a "text" field'),  # a string, not an error
    ("[" * 100_000 + "]" * 100_000, "not valid JSON (nested too deeply)"),
    ('{"id": NaN, "text": "One."}', "not valid JSON (NaN is not a JSON value)"),
    ('{"id": "a", "text": "One', "not valid JSON (Unterminated string starting at column 21)"),
    ('{"id": "a", "text": "One.\tTwo."}', "not valid JSON (Invalid control character at column 26: a tab or line "
                                          "break inside a string must be written as \\t or \\n)"),
    ('{"id": "a" "text": "One."}', "not valid JSON (Expecting ',' delimiter at column 12)"),
])
def test_jsonl_lines_that_are_not_records_are_named_clearly(line, problem):
    data = "\n".join([line, json.dumps({"id": "ok", "text": "Talks resumed."})]).encode()
    articles, problems = read_bytes("in.jsonl", data)
    assert [a.id for a in articles] == ["ok"]
    assert problems == [f"in.jsonl line 1: {problem}"]


def test_a_lone_surrogate_escape_in_jsonl_becomes_a_replacement_character():
    (article,), problems = read_bytes("in.jsonl", b'{"id": "s\\ud800", "outlet": "\\udfff", "text": "Talks \\ud83d."}')
    assert (article.id, article.outlet, article.text) == ("s\ufffd", "\ufffd", "Talks \ufffd.") and problems == []
    assert article.text.encode("utf-8")  # writable to any UTF-8 file


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_with_another_separator_as_spreadsheets_write_it(delimiter):
    data = delimiter.join(["Outlet", "Text"]) + '\nRT' + delimiter + '"Kiev; and Kyiv, said."\n'
    articles, problems = read_bytes("in.csv", codecs.BOM_UTF8 + data.encode())
    assert [(a.outlet, a.text) for a in articles] == [("RT", "Kiev; and Kyiv, said.")] and problems == []


def test_a_comma_csv_whose_text_holds_semicolons_stays_a_comma_csv():
    articles, _ = read_bytes("in.csv", b'outlet,text\nRT,"One; two."\n')
    assert [(a.outlet, a.text) for a in articles] == [("RT", "One; two.")]


def test_html_article_text_is_extracted():
    page = b"""<html><head><title>Talks</title><script>var x = 1;</script><style>p{}</style></head>
    <body><nav>Home | World</nav><article><h1>Talks stall</h1>
    <p>The talks between the two delegations stalled on Friday after a long night of negotiations in Geneva.</p>
    <p>Officials said the delegations may return next week to try again, according to people familiar with them.</p>
    <!-- a comment --></article><footer>Copyright</footer></body></html>"""
    (article,), _ = read_bytes("page.html", page)
    assert "talks between the two delegations stalled" in article.text
    assert "var x" not in article.text and "a comment" not in article.text


OUTLET_SOURCES = [
    ("metadata wins", "a.jsonl", json.dumps({"text": "Body.\nSource: RES-MPE", "outlet": "Given"}), ("Given", "metadata")),
    ("named in the text", "a.txt", "Body.\nSource: RES-MPE", ("RES-MPE", "text")),
    ("file name last", "my-outlet.txt", "Body only.", ("my-outlet", "file name")),
]


@pytest.mark.parametrize("name, text, expected", [c[1:] for c in OUTLET_SOURCES], ids=[c[0] for c in OUTLET_SOURCES])
def test_outlet_comes_from_metadata_then_text_then_file_name(name, text, expected):
    (article,), _ = read_bytes(name, text.encode())
    assert (article.outlet, article.outlet_from) == expected


def test_read_path_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        read_path(tmp_path)


def test_unique_ids():
    articles = [Article("a", "x", "o"), Article("a", "y", "o"), Article("b", "z", "o")]
    assert [a.id for a in unique_ids(articles)] == ["a", "a (2)", "b"]


def test_a_renamed_id_never_takes_an_id_already_given():
    ids = ["x", "x", "x (2)", "x", "x (2)"]
    renamed = [a.id for a in unique_ids(Article(i, "Text.", "o") for i in ids)]
    assert renamed == ["x", "x (2)", "x (2) (2)", "x (3)", "x (2) (3)"]
    assert len(set(renamed)) == len(renamed)


def test_an_id_of_zero_is_kept():
    articles, _ = read_bytes("in.jsonl", b'{"id": 0, "text": "First."}\n{"id": "", "text": "Second."}\n')
    assert [a.id for a in articles] == ["0", "in-2"]


def test_seeds_load_with_metadata():
    seeds = load_seeds()
    assert [a.id for a in seeds] == ["000", "001", "002", "003", "004"]
    assert {a.outlet for a in seeds} == {"19FortyFive", "The Washington Post", "RES-MPE", "RT"}
    assert seeds[0].extra["byline"] == "Jack Buckby"
    assert all(a.text == open(a_path(a), encoding="utf-8").read() for a in seeds)


def a_path(article):
    from framing.corpus import SEEDS_DIR
    return SEEDS_DIR / article.source


def test_a_text_of_no_words_is_a_problem_not_an_article():
    # Scored, it was one sentence of no words: "100% unattributed claims".
    with pytest.raises(InputError, match="punct.txt: the file holds no words"):
        read_bytes("punct.txt", "... --- !!! \u200b".encode())
    articles, problems = read_bytes("in.jsonl", b'{"id": "a", "text": "..."}\n{"id": "b", "text": "Talks."}\n')
    assert [a.id for a in articles] == ["b"] and problems == ["in.jsonl line 1: the text holds no words"]


def test_a_long_label_is_cut_with_an_ellipsis_and_a_short_one_kept():
    article = Article("a1", "Text.", "The Washington Post", "The US is privately asking Ukraine to talk")
    cut = article.label(30)
    assert len(cut) <= 30 and cut.endswith("…") and cut.startswith("The Washington Post · The US")
    assert article.label(200) == "The Washington Post · The US is privately asking Ukraine to talk"
    assert Article("a2", "Text.", "RT").label() == "RT · a2"  # the id when untitled


@pytest.mark.parametrize("name, data, title", [
    ("gazette.txt", b"Connect with us\n\nBridge Vote Ends Months of Argument\n\nThe council voted on Monday.",
     "Bridge Vote Ends Months of Argument"),  # page furniture above it is skipped
    ("note.md", b"Will the bridge open in May?\n\nThe council voted on Monday.", "Will the bridge open in May?"),
    ("plain.txt", b"The council voted on Monday to build the bridge.\n\nWork starts in May.", ""),  # a sentence
    ("one.txt", b"Bridge Vote Ends Months of Argument", ""),  # nothing follows it
])
def test_a_text_file_takes_the_headline_it_opens_with_as_its_title(name, data, title):
    (article,), _ = read_bytes(name, data)
    assert article.title == title

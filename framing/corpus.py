"""Articles and the readers that make them: plain text, Markdown, HTML, JSON Lines, CSV, the seeds.

Every reader returns :class:`Article` records plus a list of problems (a bad row in a JSON
Lines or CSV file, reported by line number, while the good rows are kept). A file that cannot
be read at all raises :class:`InputError`, whose message names the file.

>>> articles, problems = read_bytes("talks.txt", "Talks stall\\nSource: RES-MPE".encode("utf-16"))
>>> articles[0].outlet, articles[0].outlet_from, problems
('RES-MPE', 'text', [])
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import lzma
import os
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from .clean import headline, infer_outlet

__all__ = [
    "Article", "InputError", "SEEDS_DIR", "SUPPORTED_SUFFIXES", "RECORD_SUFFIXES", "decode_bytes", "read_bytes",
    "read_path", "iter_paths", "load_seeds", "unique_ids", "iter_unique_ids", "articles_from_records",
    "jsonl_records", "csv_records", "parse_json_line", "RecordProblem", "csv_delimiter", "is_metadata_header",
    "metadata_table", "with_metadata", "refuse_archive", "looks_utf16", "CP1252_FALLBACK", "has_words",
    "unique_namer", "plural", "record_id", "record_article", "record_document", "Record", "NOT_A_DOCUMENT",
]

#: The bundled default corpus: five articles on the Ukraine–Russia negotiations, 2022–23.
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".jsonl", ".ndjson", ".csv")
#: Files of many articles, one a line or row, each with its own metadata.
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".csv")
_METADATA_FIELDS = ("id", "outlet", "title", "url", "published")


class InputError(ValueError):
    """Input that cannot be read; the message is meant for the user, and names the file."""


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its text exactly as read, and what is known about it.

    ``outlet_from`` says where the outlet came from: ``metadata`` (given with the article),
    ``text`` (the article names it, e.g. "Source: RES-MPE"), ``file name`` or ``user``.
    """

    id: str
    text: str
    outlet: str
    title: str = ""
    url: str = ""
    published: str = ""
    source: str = ""
    outlet_from: str = "metadata"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def label(self, width: int = 60) -> str:
        """The article as notices and pickers name it: "outlet · title" (the id when untitled), cut
        to ``width`` characters with "…" when longer."""
        label = " ".join(f"{self.outlet} · {self.title or self.id}".split())
        return label if len(label) <= width else label[:width - 1].rstrip() + "…"


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8, read as cp1252 (Windows' Western European encoding); the five
    bytes cp1252 leaves undefined as latin-1."""
    bad = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


#: The decoding error handler that reads what is not UTF-8 as cp1252: a file that is UTF-8 but
#: for a paragraph (or a record) saved by a Windows program reads right throughout.
CP1252_FALLBACK = "framing-cp1252"
codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)


def decode_bytes(data: bytes, name: str) -> str:
    """Text from bytes in UTF-8 (with or without BOM), UTF-16 (with BOM, or plainly so) or
    cp1252, byte by byte where UTF-8 fails (see ``CP1252_FALLBACK``). Raises InputError for
    archives and binary data."""
    refuse_archive(data, name)
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors=CP1252_FALLBACK)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        # UTF-16 without a BOM is valid UTF-8 full of NULs: only then try it as UTF-16.
        if (text is None or text.count("\x00") > 0.1 * len(text)) and looks_utf16(data):
            text = data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", errors="replace")
        elif text is None:
            text = data.decode("utf-8", errors=CP1252_FALLBACK)
    if text and _looks_binary(text):
        raise InputError(f"{name}: this looks like binary data, not text")
    return text


def refuse_archive(head: bytes, name: str) -> None:
    """Raise InputError when ``head`` (a file's first bytes) begins a compressed archive or a PDF."""
    if head.startswith((b"PK\x03\x04", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"%PDF")):
        kind = "a PDF" if head.startswith(b"%PDF") else "a compressed archive"
        raise InputError(f"{name}: this is {kind}, not text; extract the articles as .txt, .html, .jsonl or .csv")


def looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: most of the bytes at odd (or even) positions are zero."""
    sample = data[:2000]
    if len(sample) < 4:
        return False
    odd_zero = sample[1::2].count(0) / (len(sample) // 2)
    even_zero = sample[0::2].count(0) / ((len(sample) + 1) // 2)
    return max(odd_zero, even_zero) > 0.4 and min(odd_zero, even_zero) < 0.05


def _looks_binary(text: str) -> bool:
    """Binary data decodes to many control characters; text with a few stray NULs is still text."""
    sample = text[:20000]
    nuls = sample.count("\x00")
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v\x00")
    return controls > 0.05 * len(sample) or nuls > 0.3 * len(sample)


def _article(text: str, name: str, row: dict | None = None) -> Article:
    """An Article from text and optional metadata, the outlet taken from metadata, text or file name."""
    row = row or {}
    outlet, outlet_from = str(row.get("outlet") or "").strip(), "metadata"
    if not outlet:
        outlet, outlet_from = infer_outlet(text), "text"
    if not outlet:
        outlet, outlet_from = Path(name).stem, "file name"
    extra = {k: v for k, v in row.items() if k not in _METADATA_FIELDS and k != "text"}
    return Article(
        id=str(row["id"]) if row.get("id") not in (None, "") else Path(name).stem,
        text=text,
        outlet=outlet,
        title=str(row.get("title") or ""),
        url=str(row.get("url") or ""),
        published=str(row.get("published") or ""),
        source=name,
        outlet_from=outlet_from,
        extra=extra,
    )


def _read_html(text: str, name: str) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        raise InputError(f"{name}: no article text found in this HTML page")
    meta = trafilatura.extract_metadata(text)
    row = {}
    if meta is not None:
        row = {"title": meta.title or "", "url": meta.url or "", "published": meta.date or "",
               "outlet": meta.sitename or ""}
    return _article(body, name, row)


class RecordProblem(str):
    """What is wrong with one line of a JSON Lines or CSV file, in place of its record."""


_WORD_CHARACTER = re.compile(r"[^\W_]")


def has_words(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit: only punctuation, symbols or invisible spaces
    would score as one sentence of no words, a claim made by nobody."""
    return _WORD_CHARACTER.search(text) is not None


def articles_from_records(rows: Iterable[tuple[int, object]], name: str) -> tuple[list[Article], list[str]]:
    """Articles from (line number, record) pairs; a record without usable text is a problem."""
    articles, problems = [], []
    for line, record in rows:
        if isinstance(record, RecordProblem):
            problems.append(f"{name} line {line}: {record}")
            continue
        if not isinstance(record, dict):
            problems.append(f"{name} line {line}: expected an object with a \"text\" field")
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{name} line {line}: no text")
            continue
        if not has_words(text):
            problems.append(f"{name} line {line}: the text holds no words")
            continue
        articles.append(record_article(line, record, name))
    return articles, problems


def record_id(line: int, record: dict, name: str) -> object:
    """A record's id as given (a JSON number stays a number), or "<name>-<line>" (name: the
    file's stem, or "stdin") when it has none: no "id" field, or an empty or null one."""
    given = record.get("id")
    return given if given not in (None, "") else f"{Path(name).stem}-{line}"


def record_article(line: int, record: dict, name: str) -> Article:
    """The article of a record with a string "text" (see :func:`record_id` for its id, made text)."""
    return _article(record["text"], name, {**record, "id": record_id(line, record, name)})


#: The problem of a record that holds no document to annotate.
NOT_A_DOCUMENT = 'expected an object with a string "text"'


class Record(NamedTuple):
    """One record of a JSON Lines or CSV file as ``annotate`` answers it, in its place: its id as
    given (see :func:`record_document`), and its article, or the problem that stands in for it."""

    source: str
    line: int
    id: object
    article: Article | None
    problem: str


def record_document(line: int, record: object, name: str) -> tuple[object, str | None, str]:
    """What ``annotate`` answers for one JSON Lines or CSV record: (id, text, problem). A record
    with a string "text" is a document even when the text is empty or holds no words (it then
    has no sentences); any other record has no text, and its problem is answered in its place,
    with its id when it has one."""
    if isinstance(record, RecordProblem):
        return None, None, str(record)
    if not isinstance(record, dict):
        return None, None, NOT_A_DOCUMENT
    if not isinstance(record.get("text"), str):
        return record_id(line, record, name), None, NOT_A_DOCUMENT
    return record_id(line, record, name), record["text"], ""


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_number(constant: str) -> float:
    raise ValueError(f"{constant} is not a JSON value")


def _json_problem(error: json.JSONDecodeError) -> str:
    """The decoder's message with the column it points at: "Unterminated string starting at
    column 12", "Expecting value at column 4"."""
    where = f"column {error.colno}"
    problem = f"{error.msg} {where}" if error.msg.endswith(" at") else f"{error.msg} at {where}"
    if error.msg.startswith("Invalid control character"):
        problem += ": a tab or line break inside a string must be written as \\t or \\n"
    return problem


def parse_json_line(line: str) -> object:
    """One JSON Lines record. Raises ValueError, with a message for the user, for a line that is
    not JSON (NaN and Infinity included: other JSON readers refuse them) or nests too deeply.
    A lone surrogate escape ("\\ud800", half of an emoji) becomes "\ufffd": no UTF-8 file can hold it."""
    try:
        record = json.loads(line.rstrip("\r\n"), parse_constant=_no_number)  # columns count on this line
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({_json_problem(error)})") from None
    except RecursionError:
        raise ValueError("not valid JSON (nested too deeply)") from None
    except ValueError as error:
        raise ValueError(f"not valid JSON ({error})") from None
    if isinstance(record, dict) and "\\u" in line:  # only an escape can make a lone surrogate
        record = {key: _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value
                  for key, value in record.items()}
    return record


def jsonl_records(lines: Iterable[str]) -> Iterator[tuple[int, object]]:
    """(line number, record) for each line of JSON Lines; a bad line gives (number, RecordProblem)."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield line_number, parse_json_line(line)
        except ValueError as error:
            yield line_number, RecordProblem(str(error))


#: Column separators a CSV may use: spreadsheets in many locales write ";", some tools a tab.
_DELIMITERS = ",;\t|"


def csv_delimiter(header: str) -> str:
    """The separator of a CSV file from its header line: the comma, unless another one alone
    splits out a ``text`` or ``file`` column."""
    for delimiter in _DELIMITERS:
        columns = next(csv.reader([header], delimiter=delimiter), [])
        if {c.strip().lower() for c in columns} & {"text", "file"}:
            return delimiter
    return ","


#: The longest CSV field read, in characters: far above any article (Python's default, 131,072,
#: is below a long report, and a row over it stopped the reading of the whole file).
_CSV_FIELD_LIMIT = 2**30


def csv_records(lines: Iterable[str], name: str) -> Iterator[tuple[int, object]]:
    """(line number, record) for each CSV row (keys lower-cased); a bad row gives (number,
    RecordProblem) and the rows after it are still read. Quoting is read strictly: a quotation
    mark opened and never closed would otherwise swallow every row after it into one field
    without a word. Raises InputError when there is no ``text`` column."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    lines = iter(lines)
    header = next(lines, "")
    lines_read = 0  # csv's own line count stops short when a quotation mark swallows the rest

    def counted(source: Iterable[str]) -> Iterator[str]:
        nonlocal lines_read
        for line in source:
            lines_read += 1
            yield line

    reader = csv.DictReader(counted(itertools.chain([header], lines)), delimiter=csv_delimiter(header),
                            strict=True)
    try:
        reader.fieldnames  # reads the header row
    except csv.Error as error:
        raise InputError(f"{name}: the CSV header row is not valid CSV ({error})") from None
    if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
        raise InputError(f"{name}: a CSV file needs a \"text\" column (found: {', '.join(reader.fieldnames or []) or 'none'})")
    while True:
        first = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # named by the line its row begins on
            if "unexpected end of data" in str(error):
                swallowed = (f"so lines {first}–{lines_read}, to the end of the file, were read as one field "
                             "and skipped" if lines_read > first else "so the row was skipped")
                yield first, RecordProblem("not valid CSV: a quotation mark opened in this row is never closed, "
                                           + swallowed)
            else:
                yield first, RecordProblem(f"not valid CSV ({error}): a field holding a quotation mark must be "
                                           "quoted as a whole, with its quotation marks doubled")
            continue
        if None in record or any(v is None for v in record.values()):
            yield reader.line_num, RecordProblem("the number of fields does not match the header")
            continue
        yield reader.line_num, {k.strip().lower(): v for k, v in record.items()}


# WordprocessingML (ECMA-376): the namespace of a .docx body, and of its title in the core properties.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# A drawing's text box comes twice, for new readers and as a fallback for old ones: read it once.
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Not part of the text as it reads: a nested paragraph (read on its own), the fallback copy, and the
# old place of text moved with changes tracked (deleted text has its own tag, w:delText, never read).
_NOT_INLINE = (f"{_W}p", _MC_FALLBACK, f"{_W}moveFrom")
#: The most a .docx part may unpack to: far above any article, far below a zip bomb.
_DOCX_PART_LIMIT = 64 * 1024 * 1024


def _docx_part(archive: zipfile.ZipFile, part: str, name: str) -> bytes | None:
    """One part of a .docx package, or None when it has none; refuses a part that unpacks too big."""
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if info.file_size > _DOCX_PART_LIMIT:
        raise InputError(f"{name}: the document is too large to read ({info.file_size // 2**20} MB of text markup)")
    if info.flag_bits & 0x1:  # zipfile would ask for a password (RuntimeError)
        raise InputError(f"{name}: the Word document is protected with a password; save it again without one")
    return archive.read(info)


def _paragraph_text(paragraph) -> str:
    """The text of one Word paragraph: its runs' text, tabs and line breaks; deleted text
    (tracked changes) and field codes are left out, and a paragraph nested inside it (a text
    box) is read as its own paragraph."""
    parts = []
    for node in paragraph:
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif node.tag not in _NOT_INLINE:
            parts.append(_paragraph_text(node))
    return "".join(parts)


def _paragraphs(node) -> Iterator:
    """The Word paragraphs under ``node`` in reading order, a text box's after the paragraph that
    holds it; fallback copies left out."""
    for child in node:
        if child.tag == f"{_W}p":
            yield child
            yield from _paragraphs(child)
        elif child.tag != _MC_FALLBACK:
            yield from _paragraphs(child)


def _read_docx(data: bytes, name: str) -> Article:
    """An Article from a Word document: its paragraphs (tables' cells included) a blank line
    apart, its title from the document's properties."""
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = _docx_part(archive, "word/document.xml", name)
            core = _docx_part(archive, "docProps/core.xml", name)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise InputError(f"{name}: not a Word document that can be read "
                         "(save it again as .docx, or as .txt)") from None
    except NotImplementedError:  # a compression method zipfile cannot unpack
        raise InputError(f"{name}: the Word document is packed in a way that cannot be read "
                         "(save it again as .docx, or as .txt)") from None
    except (zlib.error, lzma.LZMAError, OSError, ValueError, RuntimeError):
        # What damaged packed data raises as it is unpacked: zlib and lzma errors, OSError from
        # bz2, ValueError for a bad offset or a file name that is not UTF-8, RuntimeError for a
        # part marked encrypted.
        raise InputError(f"{name}: the Word document is damaged (its contents cannot be unpacked; "
                         "save it again as .docx, or as .txt)") from None
    if body is None:
        raise InputError(f"{name}: not a Word document (no document body inside)")
    if b"<!ENTITY" in body or (core and b"<!ENTITY" in core):  # Word never declares entities; bombs do
        raise InputError(f"{name}: the Word document is damaged (it declares XML entities)")
    try:
        root = ElementTree.fromstring(body)
        title = ElementTree.fromstring(core).findtext(_DC_TITLE, "") if core else ""
    except ElementTree.ParseError:
        raise InputError(f"{name}: the Word document is damaged (its text cannot be read)") from None
    paragraphs = [text.strip() for p in _paragraphs(root) if (text := _paragraph_text(p)).strip()]
    if not paragraphs:
        raise InputError(f"{name}: the document has no text")
    text = "\n\n".join(paragraphs)
    return _article(text, name, {"title": title.strip() or headline(text)})


def read_bytes(name: str, data: bytes) -> tuple[list[Article], list[str]]:
    """Articles from an uploaded or read file, chosen by the file name's suffix.

    Returns (articles, problems). Raises InputError when nothing can be read."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"{name}: unsupported file type; use {', '.join(SUPPORTED_SUFFIXES)}")
    if suffix == ".docx":
        return [_read_docx(data, name)], []
    text = decode_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    if suffix in (".html", ".htm"):
        return [_read_html(text, name)], []
    if suffix in (".jsonl", ".ndjson"):
        # Lines end where the command line's reader ends them (\n, \r\n or \r), not at U+2028, U+0085
        # and the other breaks str.splitlines() knows, which a JSON string may hold raw.
        articles, problems = articles_from_records(jsonl_records(io.StringIO(text, newline="")), name)
    elif suffix == ".csv":
        articles, problems = articles_from_records(csv_records(io.StringIO(text, newline=""), name), name)
    elif not has_words(text):
        raise InputError(f"{name}: the file holds no words")
    else:  # plain text or Markdown: the headline it opens with is its title
        return [_article(text, name, {"title": headline(text)})], []
    if not articles:
        raise InputError(f"{name}: no article with text found" + (f" ({problems[0]})" if problems else ""))
    return articles, problems


def read_path(path: str | Path) -> tuple[list[Article], list[str]]:
    """Articles from one file (see :func:`read_bytes`)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    return read_bytes(str(path), data)


def iter_paths(paths: Iterable[str | Path], report: Callable[[str], None] | None = None,
               skip: Path | None = None, notice: Callable[[str], None] | None = None) -> Iterator[Path]:
    """The files named, and the supported files inside any folder named, in a stable order, each
    once however often it is named (a folder, and a file inside it). Inside a folder, hidden files
    and folders (".DS_Store", "._notes.txt", ".git/") are skipped, and so are the lock files Word
    leaves beside an open document ("~$notes.docx"); linked folders are followed, each once. A
    folder that cannot be opened and a link to nothing are passed to ``report``; the count of
    files of other types left unread in a folder, to ``notice``. ``skip`` (a resolved path, such
    as the output file) is left out."""
    seen: set[Path] = set()
    for path in map(Path, paths):
        for file in _folder_files(path, report, notice) if path.is_dir() else [path]:
            key = file.resolve() if file.exists() else file
            if key != skip and key not in seen:
                seen.add(key)
                yield file


def _folder_files(folder: Path, report: Callable[[str], None] | None,
                  notice: Callable[[str], None] | None = None) -> list[Path]:
    """The supported, visible files under ``folder``, sorted; linked folders followed once each."""
    def unreadable(error: OSError) -> None:
        if report:
            report(f"{error.filename}: cannot be read ({error.strerror})")

    visited = {os.path.realpath(folder)}
    found = []
    other: Counter[str] = Counter()
    for root, folders, names in os.walk(folder, onerror=unreadable, followlinks=True):
        kept = []
        for name in sorted(folders):
            real = os.path.realpath(os.path.join(root, name))
            if not name.startswith(".") and real not in visited:  # a link back up is not a loop
                visited.add(real)
                kept.append(name)
        folders[:] = kept
        for name in names:
            path = Path(root, name)
            if name.startswith((".", "~$")):
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                other[path.suffix.lower() or "no suffix"] += 1
                continue
            if not path.exists():
                if report:
                    report(f"{path}: a link to a file that does not exist")
                continue
            found.append(path)
    if other and notice:
        most_first = sorted(other.items(), key=lambda kind: (-kind[1], kind[0]))
        kinds = ", ".join(f"{suffix} ×{n}" for suffix, n in most_first)
        count = sum(other.values())
        notice(f"{folder}: {count} {'file of another type' if count == 1 else 'files of other types'} not read ({kinds})")
    return sorted(found)


# -- metadata tables: a CSV that describes the articles in other files --------------------------

def is_metadata_header(columns: Iterable[str]) -> bool:
    """A CSV header with a ``file`` column and no ``text`` column: a metadata table, whose rows
    describe articles kept in other files (like ``seeds/metadata.csv``)."""
    names = {c.strip().lower() for c in columns}
    return "file" in names and "text" not in names


def metadata_table(text: str) -> dict[str, dict] | None:
    """The rows of a metadata table (keys lower-cased) by the file each names, as written in its
    ``file`` column with "/" between folders; None when ``text`` is not a metadata table."""
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text.partition("\n")[0]))
    if not reader.fieldnames or not is_metadata_header(reader.fieldnames):
        return None
    rows = {}
    for record in reader:
        row = {k.strip().lower(): (v or "").strip() for k, v in record.items() if k is not None}
        if row.get("file"):
            rows[Path(row["file"].replace("\\", "/")).as_posix()] = row  # written on Windows: sub\b.txt
    return rows


def with_metadata(article: Article, row: dict) -> Article:
    """The article with what a metadata table says of it: the table's id, outlet, title, url and
    date win over what was read or guessed from the file; its other columns go into ``extra``."""
    given = {k: str(row[k]).strip() for k in _METADATA_FIELDS if str(row.get(k) or "").strip()}
    extra = {k: v for k, v in row.items() if k not in _METADATA_FIELDS and k not in ("file", "text")}
    updated = replace(article, **given, extra={**article.extra, **extra})
    return replace(updated, outlet_from="metadata") if "outlet" in given else updated


def load_seeds(folder: Path = SEEDS_DIR) -> list[Article]:
    """The bundled seed articles with their metadata (outlet, title, published, byline)."""
    rows = metadata_table((folder / "metadata.csv").read_text(encoding="utf-8"))
    return [with_metadata(_article((folder / file).read_text(encoding="utf-8"), file), row)
            for file, row in rows.items()]


def unique_namer() -> Callable[[str], str]:
    """A function that gives back each name it is given, with " (2)", " (3)" ... added to one it
    gave before, never a name it gave already: "x", "x", "x (2)" become "x", "x (2)", "x (2) (2)".

    >>> name = unique_namer()
    >>> [name(n) for n in ["x", "x", "x (2)", "x"]]
    ['x', 'x (2)', 'x (2) (2)', 'x (3)']
    """
    taken: set[str] = set()
    last_number: dict[str, int] = {}  # per name: the last number given, so a run of repeats stays linear

    def unique(name: str) -> str:
        new = name
        if new in taken:  # a repeat, or a name that an earlier rename took ("x (2)")
            count = last_number.get(name, 1)
            while new in taken:
                count += 1
                new = f"{name} ({count})"
            last_number[name] = count
        taken.add(new)
        return new

    return unique


def iter_unique_ids(articles: Iterable[Article]) -> Iterator[Article]:
    """The articles with ids made unique (:func:`unique_namer`), so that tables never merge two;
    streaming, for corpora of any size."""
    unique = unique_namer()
    for article in articles:
        new_id = unique(article.id)
        yield article if new_id == article.id else replace(article, id=new_id)


def plural(n: int, noun: str) -> str:
    """"1 article", "2 articles"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def unique_ids(articles: Iterable[Article]) -> list[Article]:
    """The articles with ids made unique: see :func:`iter_unique_ids`."""
    return list(iter_unique_ids(articles))

"""Score or annotate thousands of articles in flat memory, on every core.

Articles stream from files, folders and large JSON Lines / CSV files one at a time; they are
scored in worker processes a few at a time, in order, and only the small per-article rows
(and per-outlet sums) are kept. The per-outlet figures pool integer counts
(:class:`framing.score.OutletPool`), so they equal those of scoring the corpus in memory.

>>> from framing.corpus import Article
>>> arts = [Article("a", "Officials said talks may resume.", "A"), Article("b", "It is a sham.", "A")]
>>> articles, outlets = score_stream(arts)
>>> list(articles.article_id), int(outlets.loc[0, "sentences"])
(['a', 'b'], 2)
"""
from __future__ import annotations

import codecs
import csv
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from .corpus import (CP1252_FALLBACK, RECORD_SUFFIXES, Article, InputError, Record, articles_from_records,
                     csv_delimiter, csv_records, is_metadata_header, iter_paths, iter_unique_ids, jsonl_records,
                     looks_utf16, metadata_table, read_path, record_article, record_document, refuse_archive,
                     with_metadata)

__all__ = ["iter_articles", "ordered_map", "score_stream", "annotate_records", "TableWriter", "OUTPUT_FORMATS"]

#: Output formats for tables, by file suffix.
OUTPUT_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".json": "json"}
#: Articles sent to a worker at once: enough to amortise the hand-over, few enough to stay flat.
CHUNK = 8
#: Articles per block of the article table written out (and per Parquet row group).
BLOCK = 256


# -- reading, one article at a time ---------------------------------------------------------

def _open_text(path: Path):
    """A text stream over a record file (JSON Lines, CSV), read line by line: UTF-16 when it
    has a BOM or plainly is, else UTF-8 (with or without BOM) with any bytes that are not
    UTF-8 read as cp1252. One record saved by a Windows program then reads right, and the
    others as they were written: deciding for the whole file garbled every other record, and
    moved the offsets of ``annotate`` away from the text as the user has it."""
    with open(path, "rb") as probe:
        head = probe.read(4096)
    refuse_archive(head, str(path))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # A lone surrogate or a last byte cut off reads as U+FFFD, as in decode_bytes: a strict
        # decoder stopped the whole run midway through the file.
        return open(path, encoding="utf-16", errors="replace", newline="")
    if looks_utf16(head):
        return open(path, encoding="utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", errors="replace",
                    newline="")
    return open(path, encoding="utf-8-sig", errors=CP1252_FALLBACK, newline="")


def _records(path: Path) -> Iterator[tuple[int, object]]:
    """(line number, record or problem) of a JSON Lines or CSV file, read line by line."""
    with _open_text(path) as stream:
        if path.suffix.lower() == ".csv":
            yield from csv_records(stream, str(path))
        else:
            yield from jsonl_records(stream)


def _metadata_tables(paths: list[Path], report: Callable[[str], None]) -> tuple[set[Path], dict[Path, dict]]:
    """The metadata tables among ``paths`` (see :func:`framing.corpus.is_metadata_header`) and
    their rows by the resolved path of the file each row describes."""
    tables, rows = set(), {}
    for path in paths:
        if path.suffix.lower() != ".csv" or not path.is_file():
            continue
        try:
            with _open_text(path) as stream:
                header = stream.readline()
                if not is_metadata_header(next(csv.reader([header], delimiter=csv_delimiter(header)), [])):
                    continue
                stream.seek(0)
                table = metadata_table(stream.read())
        except (OSError, csv.Error, InputError):
            continue  # read again as articles, which names the problem
        tables.add(path)
        missing = []
        for file, row in table.items():
            described = (path.parent / file).resolve()
            if not described.is_file():
                missing.append(file)
            rows[described] = row
        if missing:  # one line, however long the table
            more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
            report(f"{path}: no such file: {', '.join(missing[:3])}{more}")
    return tables, rows


def iter_articles(paths: Iterable[str], report: Callable[[str], None], skip: Path | None = None,
                  notice: Callable[[str], None] | None = None, records: bool = False) -> Iterator[Article | Record]:
    """Articles from files and folders, one at a time; JSON Lines and CSV files are read line by
    line, so a file of any size streams. A metadata table among them (a CSV with a ``file``
    column, like ``seeds/metadata.csv``) gives the outlet, title and date of the .txt, .md,
    .html and .docx files it names. What cannot be read is passed to ``report``, files of other
    types in a folder to ``notice``. ``skip`` (a resolved path: the file being written) is not read.

    With ``records=True`` (annotate) every record of a JSON Lines or CSV file comes as a
    :class:`~framing.corpus.Record`, a bad one and one with an empty text included, so that
    each is answered in its place; its problem is then left to the caller to report."""
    paths = list(paths)
    files = list(iter_paths(paths, report, skip, notice))
    tables, described = _metadata_tables(files, report)
    articles_files = [path for path in files if path not in tables]
    for path in articles_files:
        try:
            if path.suffix.lower() in RECORD_SUFFIXES and path.is_file():
                if path.stat().st_size == 0:
                    raise InputError(f"{path}: the file is empty")
                found = 0
                for record in _records(path):
                    if records:
                        line, content = record
                        doc_id, text, problem = record_document(line, content, str(path))
                        article = record_article(line, content, str(path)) if text is not None else None
                        found += 1
                        yield Record(str(path), line, doc_id, article, problem)
                        continue
                    articles, problems = articles_from_records([record], str(path))
                    for message in problems:
                        report(message)
                    found += len(articles)
                    yield from articles
                if not found:
                    report(f"{path}: no article with text found")
                continue
            if not path.exists():
                raise InputError(f"{path}: no such file")
            articles, problems = read_path(path)
        except InputError as error:
            report(str(error))
            continue
        except OSError as error:
            report(f"{path}: cannot be read ({error.strerror})")
            continue
        for message in problems:
            report(message)
        row = described.get(path.resolve()) if described else None  # no path look-up without a table
        yield from (with_metadata(article, row) for article in articles) if row else articles
    if not articles_files:
        named = ", ".join(map(str, paths))
        report(f"only a metadata table in {named}: name the folder that holds its articles" if tables
               else f"no supported files in {named}")


# -- working on every core, in order ---------------------------------------------------------

def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _warm_up() -> None:
    from .annotate import default_lexicons
    from .sentiment import sentence_sentiment

    default_lexicons()
    sentence_sentiment("warm")


def _worker_start() -> None:
    # Ctrl-C reaches every process of the terminal's group: only the parent acts on it, by
    # stopping the pool. A worker interrupted mid-task printed a traceback, and one stuck on
    # its queue kept the run from ending.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up()


def ordered_map(func: Callable[[list], list], items: Iterable, jobs: int = 1, chunk: int = CHUNK) -> Iterator:
    """``func`` over chunks of ``items`` on ``jobs`` processes, results in input order.

    At most a few chunks per process are in flight, so input is read only as fast as it is
    worked through (``Pool.imap`` would read all of it ahead)."""
    if jobs <= 1:
        for batch in _chunks(items, chunk):
            yield from func(batch)
        return
    import multiprocessing

    _warm_up()  # loaded once here; forked workers share it
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_start) as pool:
        try:
            pending: deque = deque()
            for batch in _chunks(items, chunk):
                pending.append(pool.submit(func, batch))
                if len(pending) >= 3 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:  # Ctrl-C, or the reader stopped: drop the queued chunks, finish the running ones
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def progress(iterable: Iterable, unit: str, total: int | None = None):
    """A tqdm progress bar on stderr when stderr is a terminal; otherwise the iterable itself."""
    if not sys.stderr.isatty():
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, unit=unit, total=total, file=sys.stderr, dynamic_ncols=True)


# -- scoring ---------------------------------------------------------------------------------

def _score_chunk(articles: list[Article]) -> list[tuple]:
    """Worker: each article's totals and reading level (small, whatever the article's size)."""
    from .score import _level, text_totals, score_text

    out = []
    for article in articles:
        result = score_text(article.text)
        ease, grade = (_level(x) for x in result.readability)
        out.append((article.id, article.outlet, article.title, article.published, text_totals(result), ease, grade,
                    article.source))
    return out


def score_blocks(articles: Iterable[Article], jobs: int = 1, show_progress: bool = True) -> Iterator[pd.DataFrame]:
    """Per-article tables, :data:`BLOCK` articles at a time, in input order. The generator's
    return value (``StopIteration.value``) is the :class:`~framing.score.OutletPool`."""
    from .score import ARTICLE_COLUMNS, TOTALS, OutletPool, metrics_from_totals

    pool = OutletPool()
    results = ordered_map(_score_chunk, iter_unique_ids(articles), jobs)
    if show_progress:
        results = progress(results, " articles")
    for block in _chunks(results, BLOCK):
        for _id, outlet, _title, _published, totals, ease, grade, _source in block:
            pool.add(outlet, totals, ease, grade)
        info = pd.DataFrame([row[:4] + row[5:] for row in block],
                            columns=["article_id", "outlet", "title", "published", "flesch_reading_ease", "fk_grade",
                                     "source"])
        metrics = metrics_from_totals(pd.DataFrame([row[4] for row in block], columns=TOTALS)).reset_index(drop=True)
        yield pd.concat([info, metrics], axis=1)[ARTICLE_COLUMNS]
    return pool


def score_stream(articles: Iterable[Article], jobs: int = 1, show_progress: bool = False,
                 on_block: Callable[[pd.DataFrame], None] | None = None, keep_articles: bool = True,
                 ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score articles streaming: (per-article table, per-outlet table). ``on_block`` receives
    each block of the article table as it is done (to write it out); with
    ``keep_articles=False`` the article table is not kept (it comes back empty)."""
    from .score import ARTICLE_COLUMNS

    blocks = score_blocks(articles, jobs, show_progress)
    kept = []
    while True:
        try:
            block = next(blocks)
        except StopIteration as stop:
            pool = stop.value
            break
        if on_block is not None:
            on_block(block)
        if keep_articles:
            kept.append(block)
    table = pd.concat(kept, ignore_index=True) if kept else pd.DataFrame(columns=ARTICLE_COLUMNS)
    return table, pool.table()


class TableWriter:
    """Writes a table block by block to CSV, JSON Lines or Parquet. The file is made at the
    first block: a run that scores nothing leaves an earlier file of that name as it was."""

    def __init__(self, path: str | Path, fmt: str):
        if fmt not in ("csv", "jsonl", "parquet"):
            raise ValueError(f"cannot stream format {fmt!r}")
        self.path, self.fmt = Path(path), fmt
        self._parquet = None
        self._stream = None
        self._header = True

    def write(self, block: pd.DataFrame) -> None:
        if self.fmt in ("csv", "jsonl") and self._stream is None:
            self._stream = open(self.path, "w", encoding="utf-8", newline="")
        if self.fmt == "csv":
            block.to_csv(self._stream, index=False, header=self._header)
            self._header = False
        elif self.fmt == "jsonl":
            if len(block):
                lines = block.to_json(orient="records", lines=True, force_ascii=False)
                self._stream.write(lines if lines.endswith("\n") else lines + "\n")
        elif self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(block, preserve_index=False)
            if self._parquet is None:
                self._schema = table.schema
                self._parquet = pq.ParquetWriter(self.path, self._schema)
            self._parquet.write_table(table.cast(self._schema))

    @classmethod
    def write_once(cls, table: pd.DataFrame, path: str | Path, fmt: str) -> None:
        """Write a whole (small) table."""
        writer = cls(path, fmt)
        try:
            writer.write(table)
        finally:
            writer.close()

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._stream is not None:
            self._stream.close()


# -- annotating ------------------------------------------------------------------------------

def _annotate_chunk(items: list[tuple]) -> list[tuple[str, str]]:
    """Worker: (problem, JSON line) per item; a document that fails gives a problem, not a crash."""
    from .annotate import annotate

    out = []
    for label, doc_id, text, extra in items:
        if text is None:  # an input line that held no document: it keeps its place in the output
            rest = {key: value for key, value in extra.items() if key != "error"}
            out.append((f"{label}: {extra['error']}", _failed_record(doc_id, extra["error"], rest)))
            continue
        try:
            record = annotate(text).to_json(doc_id)
            record.update(extra)
            out.append(("", json.dumps(record, ensure_ascii=False) + "\n"))
        except Exception as error:  # one bad document must not stop the batch
            problem = f"could not annotate ({type(error).__name__}: {error})"
            out.append((f"{label}: {problem}", _failed_record(doc_id, problem, extra)))
    return out


def _failed_record(doc_id, problem: str, extra: dict) -> str:
    """The JSON line written in place of a document that could not be read or annotated, so that
    output line N still answers input line N: no sentences, no spans, and the problem."""
    record = {"id": doc_id, "error": problem, "sentences": [], "spans": [], **extra}
    return json.dumps(record, ensure_ascii=False) + "\n"


def annotate_records(items: Iterable[tuple], jobs: int = 1, show_progress: bool = True) -> Iterator[tuple[str, str]]:
    """(problem, JSON line) for each (label, id, text, extra fields) item, in order."""
    results = ordered_map(_annotate_chunk, items, jobs)
    return progress(results, " documents") if show_progress else results

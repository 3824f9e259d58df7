"""The command line: ``python -m framing annotate`` and ``python -m framing score``.

Exit codes: 0 all went well; 1 some inputs were bad (each reported on stderr) but the rest
were processed; 2 nothing could be done (missing, unreadable or empty input, bad options);
130 stopped with Ctrl-C.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from .corpus import (CP1252_FALLBACK, RECORD_SUFFIXES, Article, InputError, Record, articles_from_records,
                     jsonl_records, load_seeds, plural, record_document)
from .language import ENGLISH_ONLY_NOTICE, looks_english

__all__ = ["main"]


def _say(message: str) -> None:
    """One line on stderr; on a terminal, above the progress bar rather than glued to its end."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        tqdm.write(f"framing: {message}", file=sys.stderr)
    else:
        print(f"framing: {message}", file=sys.stderr)


class _Problems:
    """Counts and reports input problems on stderr, one line each."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, message: str) -> None:
        self.count += 1
        _say(message)


def _notice(message: str) -> None:
    """A notice on stderr: said, but not a problem (the exit code stays 0)."""
    _say(message)


class _EnglishNotices:
    """Notices (not problems: the text is still scored) for texts the lexicons cannot read: the
    first ``NAMED`` by name, then one count at the end, not thousands of lines."""

    NAMED = 10

    def __init__(self) -> None:
        self.count = 0

    def check(self, label: str, text: str) -> None:
        if looks_english(text):
            return
        self.count += 1
        if self.count <= self.NAMED:
            _say(f"{label} {ENGLISH_ONLY_NOTICE}")

    def close(self) -> None:
        if self.count > self.NAMED:
            more = self.count - self.NAMED
            _say(f"{more} more article{'s do' if more != 1 else ' does'} not look like English either "
                 f"({self.count} in all)")


def _prepared(articles: Iterator[Article | Record], args: argparse.Namespace) -> Iterator[Article | Record]:
    """The articles with the outlet given on the command line, if any, and a language notice
    naming the article (within a JSON Lines or CSV file, by its id). A :class:`Record` (read for
    annotate) passes in its place, its article prepared like any other."""
    english = _EnglishNotices()
    named_after_file = 0
    for found in articles:
        record, article = (found, found.article) if isinstance(found, Record) else (None, found)
        if article is None:
            yield found
            continue
        many = Path(article.source).suffix.lower() in RECORD_SUFFIXES or article.source in ("", "stdin")
        label = f"{article.source or 'stdin'}, article {article.id}" if many else article.source
        english.check(label, article.text)
        if args.outlet:
            article = replace(article, outlet=args.outlet, outlet_from="user")
        else:
            named_after_file += article.outlet_from == "file name" and not many  # a record file is one outlet
        yield record._replace(article=article) if record else article
    english.close()
    if named_after_file:  # each such file is an outlet of its own: rarely what a folder of articles means
        takes = "article takes its" if named_after_file == 1 else "articles take their"
        _say(f"{named_after_file} {takes} outlet from the file name (no outlet in the text or in a metadata "
             "table); give the outlets in a metadata table (a CSV with a \"file\" column) or with --outlet")


def _check_outlet(args: argparse.Namespace) -> None:
    if args.outlet is not None and not args.outlet.strip():
        raise InputError("--outlet needs a name (leave it out to take each article's own outlet)")


def _jobs(args: argparse.Namespace) -> int:
    from .batch import default_jobs

    if args.jobs is not None and args.jobs < 0:
        raise InputError(f"--jobs must be 0 (all cores) or more, not {args.jobs}")
    cores = default_jobs()
    if args.jobs and args.jobs > cores:
        # Scoring keeps a core busy: more workers than cores only take memory.
        _notice(f"--jobs {args.jobs}: this machine has {plural(cores, 'core')} to work on; using {cores}")
        return cores
    return cores if args.jobs == 0 else (args.jobs or 1)


def _stdin_lines() -> Iterator[str]:
    """Standard input's lines, without the byte-order mark some editors write first."""
    for number, line in enumerate(sys.stdin, start=1):
        yield line.removeprefix("\ufeff") if number == 1 else line


def _stdin_items(outlet: str | None = None) -> Iterator[tuple]:
    """(label, id, text, extra) per JSON Lines document on stdin, as :func:`_file_item` gives
    them for a file: the same ids, and a line that holds no document comes with no text and its
    problem, to be reported and written in its place. ``outlet`` (--outlet) is written with every
    document, as for files."""
    english = _EnglishNotices()
    for number, record in jsonl_records(_stdin_lines()):
        label = f"stdin line {number}"
        doc_id, text, problem = record_document(number, record, "stdin")
        if text is None:
            yield label, doc_id, None, {"error": problem}
            continue
        english.check(label, text)
        # The outlet given on the command line, else the document's own, as files give it.
        given = outlet or record.get("outlet")
        extra = {"outlet": given} if isinstance(given, str) and given.strip() else {}
        yield label, doc_id, text, extra
    english.close()


def _file_item(found: Article | Record) -> tuple:
    """(label, id, text, extra) of an article read from a file, or of a JSON Lines or CSV record,
    answered in its place (with no text and its problem when it holds no document). An article
    of a .txt, .md, .html or .docx file carries its ``text``: the offsets index the text as read
    (decoded, its byte-order mark left out; the article extracted from HTML or Word), which the
    file itself does not hold. A record's offsets index its own "text" field, as given."""
    if isinstance(found, Record):
        label = f"{found.source} line {found.line}"
        if found.article is None:
            return label, found.id, None, {"error": found.problem, "source": found.source}
        article = found.article
        return label, found.id, article.text, {"outlet": article.outlet, "source": article.source}
    return (found.source or found.id, found.id, found.text,
            {"outlet": found.outlet, "source": found.source, "text": found.text})


def _standard_input_alone(paths: list[str]) -> None:
    if "-" in paths and len(paths) > 1:
        raise InputError('"-" (standard input) must be the only path; save it as a .jsonl file to read it with others')


def _stdin_articles(report) -> Iterator[Article]:
    """Articles from JSON Lines on standard input, one at a time; bad lines go to ``report``."""
    found = 0
    for record in jsonl_records(_stdin_lines()):
        articles, problems = articles_from_records([record], "stdin")
        for message in problems:
            report(message)
        found += len(articles)
        yield from articles
    if not found:
        report('no article on standard input (expected JSON Lines with a "text" field)')


def cmd_annotate(args: argparse.Namespace) -> int:
    """Write one JSON object per document: its sentences and spans (the annotate contract)."""
    from .batch import annotate_records, iter_articles

    _standard_input_alone(args.paths)
    problems = _Problems()
    _check_outlet(args)
    jobs = _jobs(args)
    if args.paths == ["-"]:
        items = _stdin_items(args.outlet)
    else:
        skip = _output_apart(args.output, args.paths)
        found = _prepared(iter_articles(args.paths, problems.report, skip, _notice, records=True), args)
        items = map(_file_item, found)
    if args.output:
        if Path(args.output).suffix.lower() not in (".jsonl", ".ndjson", ".json"):
            raise InputError(f"{args.output}: annotate writes JSON Lines; name the file .jsonl")
        _check_writable(args.output)
    out = _open_output(args.output) if args.output else sys.stdout
    args.written_as_it_goes = bool(args.output)
    documents = 0
    try:
        for problem, line in annotate_records(items, jobs, show_progress=not args.quiet):
            out.write(line)  # one whole line per write: never a partial object
            if problem:
                problems.report(problem)
            else:
                documents += 1
    finally:
        if args.output:
            out.close()
    if documents == 0 and problems.count == 0 and args.paths == ["-"]:
        problems.report("no documents on standard input (expected JSON Lines with a \"text\" field)")
    return _exit_code(documents, problems)


def _output_apart(output: str | None, paths: list[str]) -> Path | None:
    """The output file's resolved path, to be left out when a folder it lies in is read. Raises
    InputError when it is one of the files named as input: opening it to write would empty it
    before it was read."""
    if not output:
        return None
    target = Path(output).resolve()
    if any(path != "-" and Path(path).resolve() == target for path in paths):
        raise InputError(f"{output}: is also an input; write the results to another file")
    return target


def _check_writable(path: str) -> None:
    """Raise InputError before any work is done when ``path`` cannot be written, so that a long
    run over a folder never ends in a lost result."""
    target = Path(path)
    try:
        if target.is_dir():
            raise InputError(f"{path}: is a folder; name a file inside it")
        folder = target.parent
        if not folder.is_dir():
            raise InputError(f"{path}: the folder {folder} does not exist")
        if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
            raise InputError(f"{path}: cannot be written (permission denied)")
    except OSError as error:  # a name too long, a loop of links
        raise InputError(f"{path}: cannot be written ({error.strerror})") from None


def _open_output(path: str):
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot be written ({error.strerror})") from None


def _score_format(args: argparse.Namespace) -> str:
    """The format asked for, else the one the output file's suffix names (.txt: the table)."""
    from .batch import OUTPUT_FORMATS

    if not args.output:
        if args.format == "parquet":
            raise InputError("Parquet needs a file: add --output FILE.parquet")
        return args.format or "table"
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower()
    if suffix == ".txt":
        return "table"
    if suffix not in OUTPUT_FORMATS:
        known = ", ".join([*OUTPUT_FORMATS, ".txt"])
        raise InputError(f"{args.output}: unknown output type; name the file {known}, or give --format")
    return OUTPUT_FORMATS[suffix]


def _exit_code(done: int, problems: _Problems) -> int:
    if done == 0:
        return 2
    return 1 if problems.count else 0


def cmd_score(args: argparse.Namespace) -> int:
    """Print or write the per-outlet (and per-article) metrics, streaming the articles."""
    from .batch import TableWriter, iter_articles, score_stream
    from .score import Scores

    problems = _Problems()
    _check_outlet(args)
    jobs = _jobs(args)
    if args.output:
        _check_writable(args.output)
    fmt = _score_format(args)
    _standard_input_alone(args.paths)
    skip = _output_apart(args.output, args.paths)
    if args.paths == ["-"]:
        source = _stdin_articles(problems.report)
    else:
        source = iter_articles(args.paths, problems.report, skip, _notice) if args.paths else iter(load_seeds())
    articles = _prepared(source, args)
    writer = None
    if args.output and fmt in ("csv", "jsonl", "parquet") and args.articles:
        writer = TableWriter(args.output, fmt)  # the article table streams to the file
        args.written_as_it_goes = True
    # The article table is kept only where it is written at the end: per-outlet output stays flat.
    keep_articles = writer is None and (args.articles or fmt == "json")
    try:
        per_article, per_outlet = score_stream(
            articles, jobs, show_progress=not args.quiet,
            on_block=writer.write if writer else None, keep_articles=keep_articles,
        )
    finally:
        if writer:
            writer.close()
    done = len(per_article) if keep_articles else int(per_outlet["articles"].sum()) if len(per_outlet) else 0
    if done == 0:  # nothing written: an earlier file of that name is left as it was
        return 2
    if writer is None:
        scores = Scores(None, None, per_article, per_outlet)
        if args.output and fmt in ("jsonl", "parquet"):
            TableWriter.write_once(per_article if args.articles else per_outlet, args.output, fmt)
        else:
            text = render_scores(scores, fmt, args.articles)
            if args.output:
                with _open_output(args.output) as out:
                    out.write(text)
            else:
                sys.stdout.write(text)
    return _exit_code(done, problems)


#: The widest line of the readable table, in characters.
TABLE_WIDTH = 120


def render_scores(scores, fmt: str, with_articles: bool = False) -> str:
    """The score tables as text: ``table`` (readable), ``csv``, ``json`` or ``jsonl``."""
    import pandas as pd

    if fmt == "json":
        payload = {
            "articles": json.loads(scores.articles.to_json(orient="records")),
            "outlets": json.loads(scores.outlets.to_json(orient="records")),
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    table = scores.articles if with_articles else scores.outlets
    if fmt == "csv":
        return table.to_csv(index=False)
    if fmt == "jsonl":
        return table.to_json(orient="records", lines=True, force_ascii=False).rstrip("\n") + "\n"
    key = "article_id" if with_articles else "outlet"
    # Each figure as it was rounded (counts whole, rates to one decimal, shares to three), not
    # padded to one width per column: "2", not "2.000"; a whole number never in scientific notation.
    def cell(value: object) -> str:
        if value is None or (isinstance(value, float) and value != value):
            return "–"
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else f"{value:g}"
        return str(value)

    # Each cell made text before the table is turned: turning a table of numbers alone made its
    # integer counts floats (3076020 read "3.07602e+06").
    wide = table.set_index(key).astype(object).map(cell).T
    # Long texts cut, a path from its start (its file name is what tells it apart).
    wide = wide.apply(lambda row: row.map(_cut_start if row.name == "source" else _cut_end), axis=1)
    wide.columns = pd.Index([_cut_end(str(column)) for column in wide.columns], name=key)
    # Groups side by side, as many as fit a terminal's width; the next ones below (500 articles
    # in one row of columns made lines of 8,000 characters).
    label_width = max(len(str(name)) for name in wide.index)
    blocks, block, width = [], [], label_width
    for number, column in enumerate(wide.columns):
        column_width = 2 + max(len(column), wide.iloc[:, number].str.len().max())
        if block and width + column_width > TABLE_WIDTH:
            blocks.append(block)
            block, width = [], label_width
        block.append(number)
        width += column_width
    blocks.append(block)
    return "\n\n".join(wide.iloc[:, numbers].to_string() for numbers in blocks) + "\n"


#: The most characters of a text shown in one cell of the readable table.
CELL_WIDTH = 24


def _cut_end(text: str) -> str:
    return text if len(text) <= CELL_WIDTH else text[:CELL_WIDTH - 1] + "…"


def _cut_start(text: str) -> str:
    return text if len(text) <= CELL_WIDTH else "…" + text[-(CELL_WIDTH - 1):]


def _batch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                        help="worker processes (0: one per core; default 1; more than the cores are cut to one per core)")
    parser.add_argument("--outlet", metavar="NAME",
                        help="the outlet of every article read (instead of metadata, the text or the file name)")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar (there is none anyway when stderr is not a terminal)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m framing",
        description="Framing: how news outlets frame the same story (hedges, attribution, loaded "
                    "language, word choice, tone, reading level). The figures are indicators for "
                    "discussion, not verdicts on outlets.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    annotate = commands.add_parser("annotate", help="sentences and spans of each document, as JSON Lines")
    annotate.add_argument("paths", nargs="+", metavar="PATH",
                          help='files or folders (.txt .md .html .docx .jsonl .csv), or "-" for JSON Lines on stdin')
    _batch_options(annotate)
    annotate.add_argument("--output", "-o", metavar="FILE", help="write JSON Lines here instead of standard output")
    annotate.set_defaults(run=cmd_annotate)

    score = commands.add_parser("score", help="per-outlet metrics (default: the bundled seed articles)")
    score.add_argument("paths", nargs="*", metavar="PATH",
                       help='files or folders, or "-" for JSON Lines on stdin; none: the seeds')
    score.add_argument("--format", choices=("table", "csv", "json", "jsonl", "parquet"),
                       help="table (default on screen), csv, json, jsonl or parquet (with --output); "
                            "with --output the suffix decides unless --format is given (.txt: table)")
    score.add_argument("--articles", action="store_true", help="one row per article instead of per outlet")
    score.add_argument("--output", "-o", metavar="FILE",
                       help="write here instead of standard output (.csv, .jsonl, .json, .parquet, .txt)")
    _batch_options(score)
    score.set_defaults(run=cmd_score)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if hasattr(sys.stdin, "reconfigure"):  # bytes that are not UTF-8 read as cp1252, as in files
        sys.stdin.reconfigure(encoding="utf-8", errors=CP1252_FALLBACK)
    args = build_parser().parse_args(argv)
    try:
        code = args.run(args)
        sys.stdout.flush()  # a write error shows here, not as an ignored exception at exit
        return code
    except InputError as error:
        print(f"framing: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        output = getattr(args, "output", None)
        if output and getattr(args, "written_as_it_goes", False):
            print(f"framing: interrupted; {output} holds only what was done before", file=sys.stderr)
        elif output:
            print(f"framing: interrupted; nothing was written to {output}", file=sys.stderr)
        else:
            print("framing: interrupted", file=sys.stderr)
        return 130
    except OSError as error:  # writing the results: a full disk, a device gone
        where = error.filename or getattr(args, "output", None) or "standard output"
        print(f"framing: {where}: {error.strerror or error}", file=sys.stderr)
        return 2

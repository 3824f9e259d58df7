"""The command line: ``python -m framing annotate`` and ``python -m framing score``.

Exit codes: 0 all went well; 1 some inputs were bad (each reported on stderr) but the rest
were processed; 2 nothing could be done (missing, unreadable or empty input, bad options).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from .corpus import Article, InputError, iter_paths, load_seeds, read_path

__all__ = ["main"]


class _Problems:
    """Counts and reports input problems on stderr, one line each."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, message: str) -> None:
        self.count += 1
        print(f"framing: {message}", file=sys.stderr)


def _articles_from(paths: list[str], problems: _Problems) -> Iterator[Article]:
    """Articles from files and folders, reporting (not raising) what cannot be read."""
    any_file = False
    for path in iter_paths(paths):
        any_file = True
        try:
            articles, row_problems = read_path(path)
        except InputError as error:
            problems.report(str(error))
            continue
        for message in row_problems:
            problems.report(message)
        yield from articles
    if not any_file:
        problems.report(f"no supported files in {', '.join(paths)}")


def _annotate_stdin(problems: _Problems) -> int:
    from .annotate import annotate

    out = sys.stdout
    documents = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError('expected an object with a string "text"')
        except ValueError as error:
            problems.report(f"stdin line {number}: {getattr(error, 'msg', error)}")
            continue
        doc_id = record.get("id", str(number))
        out.write(json.dumps(annotate(record["text"]).to_json(doc_id), ensure_ascii=False) + "\n")
        documents += 1
    if documents == 0 and problems.count == 0:
        problems.report("no documents on standard input (expected JSON Lines with a \"text\" field)")
        return 2
    return _exit_code(documents, problems)


def _exit_code(done: int, problems: _Problems) -> int:
    if done == 0:
        return 2
    return 1 if problems.count else 0


def cmd_annotate(args: argparse.Namespace) -> int:
    """Write one JSON object per document: its sentences and spans (the annotate contract)."""
    problems = _Problems()
    if args.paths == ["-"]:
        return _annotate_stdin(problems)
    from .annotate import annotate

    documents = 0
    for article in _articles_from(args.paths, problems):
        record = annotate(article.text).to_json(article.id)
        record["outlet"] = article.outlet
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        documents += 1
    return _exit_code(documents, problems)


def cmd_score(args: argparse.Namespace) -> int:
    """Print or write the per-outlet (and per-article) metrics."""
    from .score import score_corpus

    problems = _Problems()
    articles = list(_articles_from(args.paths, problems)) if args.paths else load_seeds()
    if not articles:
        return 2
    scores = score_corpus(articles)
    text = render_scores(scores, args.format, args.articles)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return _exit_code(len(articles), problems)


def render_scores(scores, fmt: str, with_articles: bool = False) -> str:
    """The score tables as text: ``table`` (readable), ``csv`` or ``json``."""
    import pandas as pd

    if fmt == "json":
        payload = {
            "articles": json.loads(scores.articles.rename(columns={"article_id": "id"}).to_json(orient="records")),
            "outlets": json.loads(scores.outlets.to_json(orient="records")),
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    table = scores.articles if with_articles else scores.outlets
    if fmt == "csv":
        return table.to_csv(index=False)
    key = "article_id" if with_articles else "outlet"
    wide = table.set_index(key).T
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.max_colwidth", 24):
        return wide.to_string() + "\n"


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
                          help='files or folders (.txt .md .html .jsonl .csv), or "-" for JSON Lines on stdin')
    annotate.set_defaults(run=cmd_annotate)

    score = commands.add_parser("score", help="per-outlet metrics (default: the bundled seed articles)")
    score.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; none: the seeds")
    score.add_argument("--format", choices=("table", "csv", "json"), default="table")
    score.add_argument("--articles", action="store_true", help="one row per article instead of per outlet")
    score.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    score.set_defaults(run=cmd_score)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        print(f"framing: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        return 130

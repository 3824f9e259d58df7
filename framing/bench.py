"""How fast Framing scores news, stage by stage, against VADER alone.

``python -m framing.bench`` builds long synthetic articles from the seeds (each one several
seed articles joined, so each text is distinct and 1,500-4,000 words long), then times, in one
run on the same texts: VADER alone over the sentences (the unmodified library: the floor any
VADER-based scorer pays; the tone stage gives the same scores faster, see :mod:`framing.sentiment`),
the full scoring path, and each stage. Throughput is words per second of CPU time on one core (words are
whitespace-separated tokens of the raw texts); the ratio is the stage's time over VADER alone's.

``python -m framing.bench --make-corpus DIR N`` writes N such articles to ``DIR/corpus.jsonl``
for trying the batch command (``python -m framing score DIR/corpus.jsonl --jobs 2``).
``--app`` (timing the dashboard in Chromium) is not written yet.

A script, never a test: timings on a shared machine vary, so nothing here asserts a figure.
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["synthetic_articles", "write_corpus", "run_benchmark", "main"]

#: How many seed articles each synthetic article joins: long articles, as in the issue.
_JOIN = (2, 4)


def synthetic_articles(n: int, seed: int = 0) -> Iterator[dict]:
    """``n`` synthetic articles as records (``id, outlet, title, text``), reproducibly.

    Each joins two to four seed articles in random order under a numbered headline, so every
    text is distinct (no cache can answer for it) and reads like a long news page, page
    furniture included."""
    from .corpus import load_seeds

    seeds = load_seeds()
    rng = random.Random(seed)
    for i in range(n):
        parts = rng.choices(seeds, k=rng.randint(*_JOIN))
        title = f"Report {i}: {parts[0].title}"
        yield {
            "id": f"syn-{i:06d}",
            "outlet": parts[0].outlet,
            "title": title,
            "text": title + "\n\n" + "\n\n".join(p.text for p in parts),
        }


def write_corpus(folder: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` synthetic articles to ``folder/corpus.jsonl``, one at a time; return the path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for record in synthetic_articles(n, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def run_benchmark(n: int = 40, repeat: int = 3, seed: int = 0) -> tuple[list[tuple[str, float, float]], int]:
    """Time every stage on ``n`` synthetic articles: rows of (stage, words/s, ratio to VADER alone),
    and the number of words. Each figure is the fastest of ``repeat`` rounds."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from .annotate import annotate, default_lexicons
    from .attribution import attribute_sentences, find_quotes
    from .clean import find_boilerplate
    from .corpus import Article, read_bytes
    from .hedging import find_hedges
    from .loaded import find_loaded, find_word_choices
    from .model import Sentence
    from .readability import readability
    from .score import score_corpus, score_text
    from .sentences import split_paragraphs, split_sentences
    from .sentiment import sentence_sentiment

    records = list(synthetic_articles(n, seed))
    texts = [r["text"] for r in records]
    blobs = [(f"{r['id']}.txt", r["text"].encode("utf-8")) for r in records]
    articles = [Article(r["id"], r["text"], r["outlet"], r["title"]) for r in records]
    words = sum(len(t.split()) for t in texts)

    # Everything each stage needs from earlier stages, computed once outside the timings.
    lexicons = default_lexicons()
    paragraphs = [split_paragraphs(t) for t in texts]
    quotes = [find_quotes(t, p) for t, p in zip(texts, paragraphs)]
    annotations = [annotate(t) for t in texts]
    live = [[t[s.start:s.end] for s in a.sentences if not s.excluded] for t, a in zip(texts, annotations)]
    own_texts = ["\n".join(sentences) for sentences in live]
    all_sentences = [s for sentences in live for s in sentences]
    analyzer = SentimentIntensityAnalyzer()
    readability(own_texts[0])  # loads the syllable dictionary, outside the timings

    def fresh_sentences(a):
        return [Sentence(s.start, s.end, s.paragraph, s.excluded, s.excluded_reason) for s in a.sentences]

    stages: list[tuple[str, Callable[[], object]]] = [
        ("VADER alone (polarity_scores per sentence)", lambda: [analyzer.polarity_scores(s) for s in all_sentences]),
        ("full path: score_corpus (all tables)", lambda: score_corpus(articles)),
        ("full path: score_text per article", lambda: [score_text(t) for t in texts]),
        ("annotate (sentences + spans + tone)", lambda: [annotate(t) for t in texts]),
        ("reading (.txt bytes -> Article)", lambda: [read_bytes(name, data) for name, data in blobs]),
        ("segmentation: paragraphs", lambda: [split_paragraphs(t) for t in texts]),
        ("segmentation: sentences", lambda: [split_sentences(t, p) for t, p in zip(texts, paragraphs)]),
        ("cleaning: boilerplate", lambda: [find_boilerplate(t, p) for t, p in zip(texts, paragraphs)]),
        ("detector: quotations", lambda: [find_quotes(t, p) for t, p in zip(texts, paragraphs)]),
        ("detector: hedges and boosters", lambda: [find_hedges(t, lexicons.hedges) for t in texts]),
        ("detector: loaded terms", lambda: [find_loaded(t, q, lexicons.loaded) for t, q in zip(texts, quotes)]),
        ("detector: word choice", lambda: [find_word_choices(t, q, lexicons.word_choice) for t, q in zip(texts, quotes)]),
        ("detector: attribution", None),
        ("tone: sentence_sentiment (VADER's exact scores, faster)", lambda: [sentence_sentiment(s) for s in all_sentences]),
        ("readability", lambda: [readability(t) for t in own_texts]),
    ]
    # CPU time of this process, not wall time: other processes on a shared machine then do not
    # count against a stage. Rounds rather than one stage after another: a burst of load on a shared machine then
    # slows one round of every stage instead of every run of one stage.
    best = {name: float("inf") for name, _ in stages}
    for _ in range(repeat):
        for name, run in stages:
            if name == "detector: attribution":
                # attribute_sentences fills in the sentences it is given: time it on fresh copies.
                copies = [fresh_sentences(a) for a in annotations]
                run = lambda copies=copies: [attribute_sentences(t, s, q, lexicons.report_verbs)  # noqa: E731
                                             for t, s, q in zip(texts, copies, quotes)]
            gc.collect()
            started = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - started)
    timings = list(best.items())
    vader = timings[0][1]
    return [(name, words / seconds, seconds / vader) for name, seconds in timings], words


def format_table(rows: list[tuple[str, float, float]]) -> str:
    """The benchmark rows as a Markdown table."""
    lines = ["| stage | words/s (one core) | time vs VADER alone |", "|---|---:|---:|"]
    for name, rate, ratio in rows:
        lines.append(f"| {name} | {rate:,.0f} | {ratio:.2f}× |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framing.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=40, help="synthetic articles to time (default 40)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per stage; the fastest counts (default 3)")
    parser.add_argument("--make-corpus", nargs=2, metavar=("DIR", "N"), help="write N synthetic articles to DIR/corpus.jsonl")
    parser.add_argument("--app", action="store_true", help="time the dashboard in Chromium instead")
    args = parser.parse_args(argv)
    if args.make_corpus:
        folder, n = args.make_corpus
        path = write_corpus(folder, int(n))
        print(f"wrote {int(n):,} articles to {path}")
        return 0
    if args.app:
        print("framing.bench: the app timing (--app) is not written yet; see issue 6", file=sys.stderr)
        return 2
    rows, words = run_benchmark(args.articles, args.repeat)
    print(f"{args.articles} synthetic long articles, {words:,} words; best of {args.repeat} runs per stage\n")
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

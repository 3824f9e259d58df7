"""How fast Framing scores news, stage by stage, against VADER alone.

``python -m framing.bench`` builds long synthetic articles from the seeds (each one several
seed articles joined, so each text is distinct and 1,500-4,000 words long), then times, in one
run on the same texts: VADER alone over the sentences (the unmodified library: the floor any
VADER-based scorer pays; the tone stage gives the same scores faster, see :mod:`framing.sentiment`),
the full scoring path, and each stage. Throughput is words per second of CPU time on one core (words are
whitespace-separated tokens of the raw texts); the ratio is the stage's time over VADER alone's.

``python -m framing.bench --make-corpus DIR N`` writes N such articles to ``DIR/corpus.jsonl``
for trying the batch command (``python -m framing score DIR/corpus.jsonl --jobs 2``).
``python -m framing.bench --app`` times the dashboard in Debian's Chromium against a trivial
Streamlit page with one plotly chart, in the same run: time to the first chart from a cold and
from a warm server, and a rerun after a widget change (in the browser, and the script's own
run time on the server). Needs Playwright's Python package and ``/usr/bin/chromium``.

A script, never a test: timings on a shared machine vary, so nothing here asserts a figure.
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["synthetic_articles", "write_corpus", "run_benchmark", "run_app_benchmark", "main"]

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
    and the number of words. Words/s is from the fastest of ``repeat`` rounds; the ratio is the
    median over the rounds of the stage's time over that of VADER alone run just before it."""
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
    bounds = [[(s.start, s.end) for s in a.sentences] for a in annotations]  # as annotate hands them on
    analyzer = SentimentIntensityAnalyzer()
    readability(own_texts[0])  # loads the syllable dictionary, outside the timings

    def fresh_sentences(a):
        return [Sentence(s.start, s.end, s.paragraph, s.excluded, s.excluded_reason) for s in a.sentences]

    stages: list[tuple[str, Callable[[], object]]] = [
        ("VADER alone (polarity_scores per sentence)", lambda: [analyzer.polarity_scores(s) for s in all_sentences]),
        ("annotate: the full annotate path (sentences, every detector, tone)", lambda: [annotate(t) for t in texts]),
        ("score_text: annotate, word counts and reading level, per article", lambda: [score_text(t) for t in texts]),
        ("score_corpus: score_text and the four tables the app shows", lambda: score_corpus(articles)),
        ("reading (.txt bytes -> Article)", lambda: [read_bytes(name, data) for name, data in blobs]),
        ("segmentation: paragraphs", lambda: [split_paragraphs(t) for t in texts]),
        ("segmentation: sentences", lambda: [split_sentences(t, p) for t, p in zip(texts, paragraphs)]),
        ("cleaning: boilerplate", lambda: [find_boilerplate(t, p) for t, p in zip(texts, paragraphs)]),
        ("detector: quotations", lambda: [find_quotes(t, p) for t, p in zip(texts, paragraphs)]),
        ("detector: hedges and boosters", lambda: [find_hedges(t, lexicons.hedges) for t in texts]),
        ("detector: loaded terms", lambda: [find_loaded(t, q, lexicons.loaded) for t, q in zip(texts, quotes)]),
        ("detector: word choice", lambda: [find_word_choices(t, q, lexicons.word_choice, b)
                                           for t, q, b in zip(texts, quotes, bounds)]),
        ("detector: attribution", None),
        ("tone: sentence_sentiment (VADER's exact scores, faster)", lambda: [sentence_sentiment(s) for s in all_sentences]),
        ("readability", lambda: [readability(t) for t in own_texts]),
    ]
    # CPU time of this process, not wall time: other processes on a shared machine then do not
    # count against a stage. Rounds rather than one stage after another: a burst of load on a
    # shared machine then slows one round of every stage instead of every run of one stage. The
    # ratio pairs each run of a stage with a run of VADER alone just before it, and takes the
    # median over the rounds: a slow spell of the machine then slows both sides of a pair.
    def timed(run: Callable[[], object]) -> float:
        gc.collect()
        started = time.process_time()
        run()
        return time.process_time() - started

    vader_alone = stages[0][1]
    best = {name: float("inf") for name, _ in stages}
    ratios: dict[str, list[float]] = {name: [] for name, _ in stages}
    for _ in range(repeat):
        for name, run in stages:
            if name == "detector: attribution":
                # attribute_sentences fills in the sentences it is given: time it on fresh copies.
                copies = [fresh_sentences(a) for a in annotations]
                run = lambda copies=copies: [attribute_sentences(t, s, q, lexicons.report_verbs)  # noqa: E731
                                             for t, s, q in zip(texts, copies, quotes)]
            vader = timed(vader_alone) if name != stages[0][0] else None
            seconds = timed(run)
            best[name] = min(best[name], seconds)
            ratios[name].append(seconds / vader if vader else 1.0)
    return [(name, words / best[name], statistics.median(ratios[name])) for name, _ in stages], words


def format_table(rows: list[tuple[str, float, float]]) -> str:
    """The benchmark rows as a Markdown table."""
    lines = ["| stage | words/s (one core) | time vs VADER alone |", "|---|---:|---:|"]
    for name, rate, ratio in rows:
        lines.append(f"| {name} | {rate:,.0f} | {ratio:.2f}× |")
    return "\n".join(lines)


# ---------------------------------------------------------------- the dashboard in Chromium

_CHROMIUM = "/usr/bin/chromium"
_CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
_CHART = "[data-testid=stPlotlyChart] .js-plotly-plot"
#: The page the app is compared with: one plotly chart and one widget, each script run logged.
_TRIVIAL_PAGE = """\
import os, time
started = time.perf_counter()
import plotly.graph_objects as go
import streamlit as st

st.title("Trivial page")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])), key="chart")
st.radio("Choice", ["One", "Two"], horizontal=True, key="choice")
with open(os.environ["FRAMING_RUN_LOG"], "a") as out:
    out.write(f"{time.perf_counter() - started:.4f}\\n")
"""
_IDLE = ("() => !document.querySelector('[data-testid=stStatusWidgetRunningIcon]')"
         " && !document.querySelector('[data-stale=true]')")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """``streamlit run script`` on a free port, headless, started and waited for (its health
    endpoint answers). With ``log``, each script run's seconds are written there (the app reads
    ``FRAMING_RUN_LOG``); ``output`` receives the server's own messages. Used by the dashboard
    benchmark and by the browser tests."""

    def __init__(self, script: Path, log: Path | None = None, output=None, timeout: float = 120.0):
        import os
        import subprocess
        import urllib.request

        self.port, self.log = _free_port(), log
        env = {**os.environ, **({"FRAMING_RUN_LOG": str(log)} if log else {})}
        # No file watching: a source edit must not put a "File change" banner on the page.
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(self.port),
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=script.parent, env=env, stdout=output or subprocess.DEVNULL, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"streamlit run {script} did not start (exit code {self.process.poll()})")
            time.sleep(0.1)

    def runs(self) -> list[float]:
        return [float(x) for x in self.log.read_text().split()] if self.log.exists() else []

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except Exception:  # noqa: BLE001 - a server that will not stop is killed
            self.process.kill()


def _first_chart(browser, url: str) -> float:
    """Seconds from navigation to the first plotly chart drawn, in a fresh browser context."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    started = time.perf_counter()
    page.goto(url)
    page.locator(_CHART).first.wait_for(state="visible", timeout=120_000)
    seconds = time.perf_counter() - started
    context.close()
    return seconds


def _rerun(browser, server: StreamlitServer, click: Callable, ready: str | None, rounds: int) -> tuple[list[float], list[float]]:
    """Browser seconds from a click to the app idle again, and the script's server seconds, per round."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.goto(server.url)
    page.locator(_CHART).first.wait_for(state="visible", timeout=120_000)
    page.wait_for_function(_IDLE, timeout=60_000)
    page.wait_for_timeout(500)
    browser_times, server_times = [], []
    for k in range(rounds):
        before = len(server.runs())
        started = time.perf_counter()
        click(page, k)
        # the server logs the script run when it ends; then the page settles
        deadline = time.monotonic() + 60
        while len(server.runs()) <= before and time.monotonic() < deadline:
            page.wait_for_timeout(5)
        page.wait_for_function(_IDLE, timeout=60_000)
        if ready:
            page.locator(ready).first.wait_for(state="visible", timeout=60_000)
        browser_times.append(time.perf_counter() - started)
        server_times.append(sum(server.runs()[before:]))
        page.wait_for_timeout(300)
    context.close()
    return browser_times, server_times


def run_app_benchmark(rounds: int = 5, cold: int = 3, app: Path | None = None) -> list[tuple[str, float, float]]:
    """Rows of (measure, trivial page seconds, app seconds), each the median of its rounds."""
    import statistics
    import tempfile

    from playwright.sync_api import sync_playwright

    app = app or Path(__file__).resolve().parent.parent / "app.py"
    median = statistics.median
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        tmp = Path(tmp)
        trivial = tmp / "trivial_page.py"
        trivial.write_text(_TRIVIAL_PAGE, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=_CHROMIUM, args=_CHROMIUM_ARGS)
        scripts = {"trivial": trivial, "app": app}
        first_cold = {name: [] for name in scripts}
        first_runs = {name: [] for name in scripts}
        start_up = {name: [] for name in scripts}
        for k in range(cold):  # a fresh server each round, the two pages taking turns
            for name, script in scripts.items():
                started = time.perf_counter()
                server = StreamlitServer(script, tmp / f"{name}-cold-{k}.log")
                start_up[name].append(time.perf_counter() - started)
                try:
                    first_cold[name].append(_first_chart(browser, server.url))
                    first_runs[name].append(server.runs()[0])
                finally:
                    server.stop()
        servers = {name: StreamlitServer(script, tmp / f"{name}.log") for name, script in scripts.items()}
        try:
            for name in scripts:
                _first_chart(browser, servers[name].url)  # warms the server
            first_warm = {name: [] for name in scripts}
            for _ in range(rounds):
                for name in scripts:
                    first_warm[name].append(_first_chart(browser, servers[name].url))
            trivial_click = lambda page, k: page.get_by_test_id("stRadioGroup").get_by_text(  # noqa: E731
                ["Two", "One"][k % 2], exact=True).click()
            views = ["Tone", "Overview"]
            view_click = lambda page, k: page.get_by_test_id("stButtonGroup").get_by_role(  # noqa: E731
                "radio", name=views[k % 2], exact=True).click()
            group_click = lambda page, k: page.get_by_test_id("stSidebar").get_by_test_id(  # noqa: E731
                "stRadioGroup").get_by_text(["Articles", "Outlets"][k % 2], exact=True).click()
            trivial_rerun = _rerun(browser, servers["trivial"], trivial_click, None, rounds)
            view_rerun = _rerun(browser, servers["app"], view_click, _CHART, rounds)
            group_rerun = _rerun(browser, servers["app"], group_click, _CHART, rounds)
        finally:
            for server in servers.values():
                server.stop()
        browser.close()
    rows = [
        (f"server start until it answers (median of {cold})", median(start_up["trivial"]), median(start_up["app"])),
        (f"first chart, cold server (browser; median of {cold})", median(first_cold["trivial"]), median(first_cold["app"])),
        (f"first script run, cold server (server; median of {cold})", median(first_runs["trivial"]), median(first_runs["app"])),
        (f"first chart, warm server (browser; median of {rounds})", median(first_warm["trivial"]), median(first_warm["app"])),
        (f"rerun after a widget change (browser, click to idle; median of {rounds})", median(trivial_rerun[0]),
         median(view_rerun[0])),
        ("rerun after a widget change (server script run)", median(trivial_rerun[1]), median(view_rerun[1])),
        ("app: change of grouping, outlets ⇄ articles (browser)", median(trivial_rerun[0]), median(group_rerun[0])),
        ("app: change of grouping, outlets ⇄ articles (server)", median(trivial_rerun[1]), median(group_rerun[1])),
    ]
    return rows


def format_app_table(rows: list[tuple[str, float, float]]) -> str:
    """The app timings as a Markdown table, with the ratio to the trivial page."""
    lines = ["| measure | trivial page (one plotly chart) | Framing app | app / trivial |", "|---|---:|---:|---:|"]
    for name, trivial, app in rows:
        def fmt(seconds: float) -> str:
            return f"{seconds * 1000:,.0f} ms" if seconds < 1 else f"{seconds:.2f} s"
        lines.append(f"| {name} | {fmt(trivial)} | {fmt(app)} | {app / trivial:.2f}× |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framing.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=40, help="synthetic articles to time (default 40)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of every stage: words/s from the fastest, the ratio the median of paired rounds (default 3)")
    parser.add_argument("--make-corpus", nargs=2, metavar=("DIR", "N"), help="write N synthetic articles to DIR/corpus.jsonl")
    parser.add_argument("--app", action="store_true", help="time the dashboard in Chromium instead")
    parser.add_argument("--rounds", type=int, default=5, help="--app: rounds per warm measure (default 5)")
    parser.add_argument("--cold", type=int, default=3, help="--app: cold-server rounds (default 3)")
    args = parser.parse_args(argv)
    if args.make_corpus:
        folder, n = args.make_corpus
        path = write_corpus(folder, int(n))
        print(f"wrote {int(n):,} articles to {path}")
        return 0
    if args.app:
        rows = run_app_benchmark(args.rounds, args.cold)
        print(f"Dashboard on the seeds vs a trivial page with one plotly chart, in Chromium at 1280×720; "
              f"{args.cold} cold-server rounds, {args.rounds} warm rounds\n")
        print(format_app_table(rows))
        return 0
    rows, words = run_benchmark(args.articles, args.repeat)
    print(f"{args.articles} synthetic long articles, {words:,} words; {args.repeat} rounds: words/s from the "
          "fastest run of each stage, its time vs VADER alone the median over the rounds of its time over "
          "VADER alone's run just before it\n")
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Measure the detectors and refresh ``framing/data/accuracy.json`` (read by the app's Method view).

Runs the evaluation script on the dev corpora (they live outside this repository) and copies its
figures into the file, keeping the corpus names, naive floors and targets already there:

    python scripts/update_accuracy.py                          # ../shared/eval/evaluate.py
    python scripts/update_accuracy.py --evaluate PATH/evaluate.py
    python scripts/update_accuracy.py --resamples 0            # figures only, no intervals

Each figure also gets a 95 % bootstrap interval: the evaluation's own scoring is run again on
corpora resampled with replacement, the article (or, where the corpus is single sentences, the
sentence) being the unit drawn. The interval says how much a figure moves with the choice of
articles alone, a guide to how far a held-out part may land from it.

Prints the refreshed rows as a Markdown table, to check against the README and docs/detectors.md.
"""
from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
ACCURACY = ROOT / "framing" / "data" / "accuracy.json"

#: The unit resampled in each corpus file: the column naming an article (or a lone sentence),
#: and the corpus it belongs to. Files of one corpus share one draw, so that an article's gold
#: annotations travel with its text.
UNITS: dict[str, tuple[str, str]] = {
    "conll2010_wiki.tsv": ("conll", "id"),
    "polnear_articles.jsonl": ("polnear", "filename"),
    "polnear_attributions.tsv": ("polnear", "filename"),
    "basil_sentences.jsonl": ("basil", "article_id"),
    "ptc_articles.jsonl": ("ptc", "article_id"),
    "ptc_spans.tsv": ("ptc", "article_id"),
    "babe.jsonl": ("babe", "id"),
}
#: The file whose units are drawn for each corpus (the texts, not their annotations).
DRAWN_FROM = {"conll": "conll2010_wiki.tsv", "polnear": "polnear_articles.jsonl",
              "basil": "basil_sentences.jsonl", "ptc": "ptc_articles.jsonl", "babe": "babe.jsonl"}


def refresh(accuracy: dict, figures: dict, day: str, intervals: dict | None = None) -> dict:
    """``accuracy`` with the measured ``figures`` (and their ``intervals``, if measured) and the
    day; floors, targets and corpora kept."""
    rows = []
    for row in accuracy["results"]:
        value = figures.get(row["figure"])
        if isinstance(value, dict):
            row = {**row, "precision": value["precision"], "recall": value["recall"], "score": value["f1"]}
        elif value is not None:
            row = {**row, "score": value}
        if intervals is not None:
            row = {k: v for k, v in row.items() if k != "interval"}
            if row["figure"] in intervals:
                row["interval"] = intervals[row["figure"]]
        rows.append(row)
    kept = {k: v for k, v in figures.items() if not k.endswith("_checked")}
    return {**accuracy, "measured": day, "figures": kept, "results": rows}


def headline(value: object) -> float | None:
    """The one number of a figure: its F1 when it has precision and recall, else itself."""
    if isinstance(value, dict):
        return value.get("f1")
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def resampled(rows: list[dict], column: str, draw: list[str]) -> list[dict]:
    """The rows of each drawn unit, in the order drawn; a unit drawn again comes back as a copy
    renamed ``unit#2``, ``unit#3`` ..., so that the copies count as distinct articles."""
    by_unit: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_unit[str(row[column])].append(row)
    seen: dict[str, int] = defaultdict(int)
    out = []
    for unit in draw:
        seen[unit] += 1
        name = unit if seen[unit] == 1 else f"{unit}#{seen[unit]}"
        out += [{**row, column: name} for row in by_unit.get(unit, [])]
    return out


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile of ``values`` (linear between the two nearest ranks)."""
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluation", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bootstrap(evaluation: ModuleType, data: Path, resamples: int, seed: int = 2013,
              progress: Callable[[int], None] = lambda done: None) -> dict[str, list[float]]:
    """A 95 % percentile interval per figure, from ``resamples`` runs of the evaluation's own
    scoring on corpora resampled by article. The detectors run once per distinct text."""
    read_jsonl, read_tsv, annotate = evaluation.read_jsonl, evaluation.read_tsv, evaluation.annotate
    originals = {name: (read_jsonl if name.endswith(".jsonl") else read_tsv)(data / name)
                 for name in UNITS if (data / name).exists()}
    outputs: dict[str, dict] = {}

    def cached_annotate(cmd, docs, timing, task):
        missing = [d for d in docs if d["text"] not in outputs]
        if missing:
            for d, out in zip(missing, annotate(cmd, missing, timing, task)):
                outputs[d["text"]] = out
        return [{**outputs[d["text"]], "id": d["id"]} for d in docs]

    draws: dict[str, list[str]] = {}

    def read(path: Path) -> list[dict]:
        corpus, column = UNITS[path.name]
        return resampled(originals[path.name], column, draws[corpus])

    cmd = [sys.executable, "-m", "framing", "annotate", "-"]
    rng = random.Random(seed)
    units = {corpus: list(dict.fromkeys(str(r[UNITS[name][1]]) for r in originals[name]))
             for corpus, name in DRAWN_FROM.items() if name in originals}
    samples: dict[str, list[float]] = defaultdict(list)
    evaluation.annotate, evaluation.read_jsonl, evaluation.read_tsv = cached_annotate, read, read
    try:
        for done in range(resamples + 1):
            # Run 0 is the corpus as it is: it fills the cache of the detectors' outputs.
            draws = {c: u if done == 0 else rng.choices(u, k=len(u)) for c, u in units.items()}
            for task in evaluation.TASKS.values():
                for name, value in task(data, cmd, {}).items():
                    number = headline(value)
                    if done and number is not None and not name.endswith("_checked"):
                        samples[name].append(number)
            progress(done)
    finally:
        evaluation.annotate, evaluation.read_jsonl, evaluation.read_tsv = annotate, read_jsonl, read_tsv
    return {name: [round(percentile(v, 0.025), 3), round(percentile(v, 0.975), 3)] for name, v in samples.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--evaluate", type=Path, default=ROOT.parent / "shared" / "eval" / "evaluate.py")
    parser.add_argument("--resamples", type=int, default=1000, metavar="N",
                        help="bootstrap resamples for the 95%% intervals (0: keep the figures only)")
    args = parser.parse_args(argv)
    if not args.evaluate.exists():
        print(f"error: no evaluation script at {args.evaluate}", file=sys.stderr)
        return 2
    if args.resamples < 0:
        print("error: --resamples must be 0 or more", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        subprocess.run([sys.executable, str(args.evaluate), "--json", str(out)], cwd=ROOT, check=True)
        figures = json.loads(out.read_text(encoding="utf-8"))["figures"]
    intervals = None
    if args.resamples:
        evaluation = load_module(args.evaluate)
        step = max(1, args.resamples // 10)
        intervals = bootstrap(evaluation, args.evaluate.parent / "data", args.resamples,
                              progress=lambda done: done % step or print(f"resample {done}/{args.resamples}",
                                                                         file=sys.stderr))
    accuracy = refresh(json.loads(ACCURACY.read_text(encoding="utf-8")), figures, datetime.date.today().isoformat(),
                       intervals)
    if intervals is not None:
        accuracy["interval"] = (f"95% percentile bootstrap: {args.resamples} resamples of each corpus's articles "
                                "(python scripts/update_accuracy.py)")
    ACCURACY.write_text(json.dumps(accuracy, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\n| figure | precision | recall | score | 95 % interval | naive floor | target |\n"
          "|---|---:|---:|---:|---:|---:|---:|")
    for row in accuracy["results"]:
        cells = [f"{row[k]:.3f}" if isinstance(row.get(k), float) else "" if row.get(k) is None else str(row[k])
                 for k in ("precision", "recall", "score")]
        cells.append("–".join(f"{v:.2f}" for v in row["interval"]) if row.get("interval") else "")
        cells += [f"{row[k]:.3f}" if isinstance(row.get(k), float) else "" if row.get(k) is None else str(row[k])
                  for k in ("naive floor", "target")]
        print(f"| `{row['figure']}` | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

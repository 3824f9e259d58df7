"""Measure the detectors and refresh ``framing/data/accuracy.json`` (read by the app's Method view).

Runs the evaluation script on the dev corpora (they live outside this repository) and copies its
figures into the file, keeping the corpus names, naive floors and targets already there:

    python scripts/update_accuracy.py                          # ../shared/eval/evaluate.py
    python scripts/update_accuracy.py --evaluate PATH/evaluate.py

Prints the refreshed rows as a Markdown table, to check against the README and docs/detectors.md.
"""
from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCURACY = ROOT / "framing" / "data" / "accuracy.json"


def refresh(accuracy: dict, figures: dict, day: str) -> dict:
    """``accuracy`` with the measured ``figures`` and the day; floors, targets and corpora kept."""
    rows = []
    for row in accuracy["results"]:
        value = figures.get(row["figure"])
        if isinstance(value, dict):
            row = {**row, "precision": value["precision"], "recall": value["recall"], "score": value["f1"]}
        elif value is not None:
            row = {**row, "score": value}
        rows.append(row)
    kept = {k: v for k, v in figures.items() if not k.endswith("_checked")}
    return {**accuracy, "measured": day, "figures": kept, "results": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--evaluate", type=Path, default=ROOT.parent / "shared" / "eval" / "evaluate.py")
    args = parser.parse_args(argv)
    if not args.evaluate.exists():
        print(f"error: no evaluation script at {args.evaluate}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        subprocess.run([sys.executable, str(args.evaluate), "--json", str(out)], cwd=ROOT, check=True)
        figures = json.loads(out.read_text(encoding="utf-8"))["figures"]
    accuracy = refresh(json.loads(ACCURACY.read_text(encoding="utf-8")), figures, datetime.date.today().isoformat())
    ACCURACY.write_text(json.dumps(accuracy, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\n| figure | precision | recall | score | naive floor | target |\n|---|---:|---:|---:|---:|---:|")
    for row in accuracy["results"]:
        cells = [f"{row[k]:.3f}" if isinstance(row[k], float) else "" if row[k] is None else str(row[k])
                 for k in ("precision", "recall", "score", "naive floor", "target")]
        print(f"| `{row['figure']}` | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

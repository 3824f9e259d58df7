"""scripts/update_accuracy.py: the bootstrap resamples whole articles, with their annotations,
and runs the evaluation's own scoring on them; the refreshed file keeps floors and targets."""
import json
import types
from pathlib import Path

import pytest

from conftest import load_script


@pytest.fixture(scope="module")
def update():
    return load_script("update_accuracy")


def test_a_unit_drawn_twice_comes_back_as_a_renamed_copy_with_all_its_rows(update):
    rows = [{"article_id": "a", "n": 1}, {"article_id": "b", "n": 2}, {"article_id": "a", "n": 3}]
    got = update.resampled(rows, "article_id", ["a", "a", "c"])
    assert got == [{"article_id": "a", "n": 1}, {"article_id": "a", "n": 3},
                   {"article_id": "a#2", "n": 1}, {"article_id": "a#2", "n": 3}]  # "c" has no rows
    assert rows[0] == {"article_id": "a", "n": 1}  # the originals are not renamed


def test_percentile_interpolates_between_ranks(update):
    assert update.percentile([3.0, 1.0, 2.0], 0.5) == 2.0
    assert update.percentile([0.0, 10.0], 0.25) == 2.5
    assert update.percentile([5.0], 0.975) == 5.0


def test_refresh_sets_intervals_and_keeps_floors_and_targets(update):
    accuracy = {"results": [
        {"figure": "babe_biased_words", "corpus": "BABE", "score": 0.1, "naive floor": 0.14, "target": 0.45,
         "interval": [0.0, 0.2]},
        {"figure": "polnear_speaker_accuracy", "corpus": "PolNeAR", "score": 0.5, "target": 0.88,
         "interval": [0.4, 0.6]}]}
    figures = {"babe_biased_words": {"precision": 0.5, "recall": 0.35, "f1": 0.41},
               "polnear_speaker_accuracy": 0.88, "polnear_speaker_checked": 1000}
    fresh = update.refresh(accuracy, figures, "2026-01-01", {"babe_biased_words": [0.39, 0.43]})
    words, speaker = fresh["results"]
    assert words == {"figure": "babe_biased_words", "corpus": "BABE", "score": 0.41, "precision": 0.5,
                     "recall": 0.35, "naive floor": 0.14, "target": 0.45, "interval": [0.39, 0.43]}
    assert "interval" not in speaker  # a stale interval goes with a new measurement that has none
    assert "polnear_speaker_checked" not in fresh["figures"] and fresh["measured"] == "2026-01-01"
    # Without a bootstrap the intervals already there are kept.
    assert update.refresh(accuracy, figures, "d")["results"][1]["interval"] == [0.4, 0.6]


def fake_evaluation(data: Path) -> types.SimpleNamespace:
    """An evaluation like ../shared/eval/evaluate.py in shape: sentences of babe.jsonl, each
    predicted biased when the detector (here: the word "slammed") fires."""
    calls = []

    def read_jsonl(path):
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]

    def annotate(cmd, docs, timing, task):
        calls.append([d["text"] for d in docs])
        return [{"id": d["id"], "spans": [{"kind": "loaded"}] if "slammed" in d["text"] else []} for d in docs]

    def task_loaded(data_dir, cmd, timing):
        rows = evaluation.read_jsonl(data_dir / "babe.jsonl")
        outs = evaluation.annotate(cmd, [{"id": str(r["id"]), "text": r["text"]} for r in rows], timing, "babe")
        right = sum(bool(o["spans"]) == (r["label_bias"] == "Biased") for r, o in zip(rows, outs))
        assert all(o["id"] == str(r["id"]) for r, o in zip(rows, outs))
        return {"babe_accuracy": round(right / len(rows), 3), "babe_checked": len(rows)}

    evaluation = types.SimpleNamespace(read_jsonl=read_jsonl, read_tsv=None, annotate=annotate,
                                       TASKS={"loaded": task_loaded}, calls=calls)
    return evaluation


def test_bootstrap_brackets_the_figure_and_runs_the_detectors_once_per_text(update, tmp_path):
    sentences = ([("He slammed the plan.", "Biased")] * 6 + [("She slammed it.", "Non-biased")] * 2
                 + [("The talks resumed.", "Non-biased")] * 8 + [("Officials met.", "Biased")] * 4)
    (tmp_path / "babe.jsonl").write_text("".join(
        json.dumps({"id": n, "text": f"{text} ({n})", "label_bias": label}) + "\n"
        for n, (text, label) in enumerate(sentences)))
    evaluation = fake_evaluation(tmp_path)
    original = evaluation.annotate
    intervals = update.bootstrap(evaluation, tmp_path, resamples=200, seed=1)
    assert set(intervals) == {"babe_accuracy"}  # "_checked" counts are not figures
    low, high = intervals["babe_accuracy"]
    assert low < 0.7 < high and high - low < 0.5  # the full corpus scores 14 of 20 right
    assert evaluation.calls == [[f"{text} ({n})" for n, (text, _) in enumerate(sentences)]]
    assert evaluation.annotate is original  # the evaluation is left as it was found

"""Would a small trained model find BABE's biased words better than the lexicon? A measurement only.

Fits a logistic regression (scikit-learn) to the words of BABE's dev sentences, one example per
word: the word itself, its last three letters, whether the loaded lexicon flags it, its VADER
valence, whether it is capitalised, inside a hedge, and its length. Five-fold cross-validation
twice, with folds by sentence and by topic (the second is closer to unseen news), and the
threshold that gives the best F1 on the pooled predictions, so the model's figures are an upper
bound. Scored as the evaluation scores ``babe_biased_words``: per sentence, the set of predicted
words against the annotators' words. The lexicon alone is printed first.

Nothing is saved or shipped: the corpus's repository is under AGPL-3.0 and the other corpora
state no licence that allows it, so weights trained on them cannot ship in this MIT project.

    pip install scikit-learn
    python scripts/weigh_model.py                      # ../shared/eval/data/babe.jsonl
    python scripts/weigh_model.py --babe PATH/babe.jsonl
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")  # the evaluation's words


def word_examples(rows: list[dict]) -> tuple[list[dict], list[int], list[int], list[str], list[str]]:
    """Features, labels, sentence index, topic and lower-case form of every word of ``rows``."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.annotate import annotate

    valence = SentimentIntensityAnalyzer().lexicon
    features, labels, sentence, topic, words = [], [], [], [], []
    for k, row in enumerate(rows):
        text = row["text"]
        spans = annotate(text).spans
        loaded = [(s.start, s.end) for s in spans if s.kind == "loaded"]
        hedged = [(s.start, s.end) for s in spans if s.kind in ("hedge", "booster")]
        biased = {w.lower() for phrase in row["biased_words"] or [] for w in WORD.findall(phrase)}
        for match in WORD.finditer(text):
            word = match.group()
            lower = word.lower()
            score = valence.get(lower, 0.0)
            features.append({
                "word=" + lower: 1, "ending=" + lower[-3:]: 1,
                "lexicon": int(any(a <= match.start() < b for a, b in loaded)),
                "hedge": int(any(a <= match.start() < b for a, b in hedged)),
                "capitalised": int(word[0].isupper()), "valence": abs(score) / 4,
                "positive": int(score > 0), "negative": int(score < 0), "length": min(len(lower), 12) / 12,
            })
            labels.append(int(lower in biased))
            sentence.append(k)
            topic.append(row.get("topic") or "none")
            words.append(lower)
    return features, labels, sentence, topic, words


def set_scores(rows: list[dict], chosen, sentence: list[int], words: list[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the chosen words, sentence by sentence, as the evaluation counts them."""
    predicted: list[set[str]] = [set() for _ in rows]
    for k, pick in enumerate(chosen):
        if pick:
            predicted[sentence[k]].add(words[k])
    tp = fp = fn = 0
    for row, mine in zip(rows, predicted):
        gold = {w.lower() for phrase in row["biased_words"] or [] for w in WORD.findall(phrase)}
        tp, fp, fn = tp + len(mine & gold), fp + len(mine - gold), fn + len(gold - mine)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--babe", default=str(ROOT.parent / "shared" / "eval" / "data" / "babe.jsonl"))
    args = parser.parse_args(argv)
    try:
        import numpy as np
        from sklearn.feature_extraction import FeatureHasher
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        print("weigh_model: needs scikit-learn (pip install scikit-learn)", file=sys.stderr)
        return 2
    path = Path(args.babe)
    if not path.is_file():
        print(f"weigh_model: no BABE data at {path}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if r["label_bias"] in ("Biased", "Non-biased")]
    features, labels, sentence, topic, words = word_examples(rows)
    x, y = FeatureHasher(2**18).transform(features), np.array(labels)
    print(f"{len(rows)} sentences, {len(y)} words, {int(y.sum())} marked biased")
    print("lexicon alone                 P/R/F1", set_scores(rows, [f["lexicon"] for f in features], sentence, words))
    for name, groups in (("by sentence", sentence), ("by topic", topic)):
        probability = np.zeros(len(y))
        for train, test in GroupKFold(5).split(x, y, np.array(groups)):
            model = LogisticRegression(C=0.5, max_iter=2000).fit(x[train], y[train])
            probability[test] = model.predict_proba(x[test])[:, 1]
        scored = [(set_scores(rows, probability >= t, sentence, words), t) for t in np.arange(0.05, 0.96, 0.05)]
        best, threshold = max(scored, key=lambda s: s[0][2])
        print(f"model, folds {name:<11}  P/R/F1 {best} at threshold {threshold:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

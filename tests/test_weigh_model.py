"""scripts/weigh_model.py: its scoring counts words as the evaluation does, and bad input is a message."""
import pytest

from conftest import load_script


@pytest.fixture(scope="module")
def weigh():
    return load_script("weigh_model")


def test_set_scores_counts_distinct_words_per_sentence(weigh):
    rows = [{"biased_words": ["radical", "power grab"]}, {"biased_words": []}]
    words = ["a", "radical", "radical", "power", "grab", "calm"]
    sentence = [0, 0, 0, 0, 0, 1]
    chosen = [False, True, True, True, False, True]  # "radical" twice counts once; "calm" is a false alarm
    # right: radical, power; wrong: calm; missed: grab
    assert weigh.set_scores(rows, chosen, sentence, words) == (0.667, 0.667, 0.667)


def test_the_features_flag_what_the_lexicon_flags(weigh):
    rows = [{"text": "Critics called the plan a radical power grab.", "biased_words": ["radical"], "topic": "t"}]
    features, labels, sentence, topic, words = weigh.word_examples(rows)
    assert words == ["critics", "called", "the", "plan", "radical", "power", "grab"]
    assert labels == [0, 0, 0, 0, 1, 0, 0]
    assert features[words.index("radical")]["lexicon"] == 1
    assert features[words.index("plan")]["lexicon"] == 0


def test_missing_data_is_a_message_not_a_traceback(weigh, tmp_path, capsys):
    assert weigh.main(["--babe", str(tmp_path / "absent.jsonl")]) == 2
    assert "weigh_model:" in capsys.readouterr().err

"""Boilerplate is marked, never deleted, and the articles' real bodies stay in."""
from __future__ import annotations

import pytest

from framing.clean import find_boilerplate, infer_outlet


def excluded_texts(text: str) -> dict[str, str]:
    return {text[s:e]: reason for s, e, reason in find_boilerplate(text)}


SEED_EXCLUDED = [
    ("000", "Jack Buckby is 19FortyFive’s Breaking News Editor.", "author box"),
    ("001", "#privately #Ukraine #show #open #negotiations #Russia", "hashtags"),
    ("001", "Related Articles", "related links"),
    ("001", "Leave a Reply", "comment form"),
    ("001", "Back to top button", "page furniture"),
    ("001", "Dan Lamothe contributed to this report.", "agency credit"),
    ("002", "Source: RES-MPE", "agency credit"),
    ("002", "Leave a Reply", "comment form"),
    ("002", "Read also: Ukraine: Almost half of the energy infrastructure is out of order", "related links"),
    ("003", "Hundreds of people gathered in Tehran on Friday morning in front of the United Nations…",
     "teaser for another story"),
    ("004", "Connect with us", "site navigation"),
    ("004", "Smart Bombs: Military, Defense and National Security", "site navigation"),
    ("004", "TOS-1 firing. Image Credit: Creative Commons.", "image credit"),
    ("004", "Written By", "author box"),
    ("004", "Advertisement", "page furniture"),
]


@pytest.mark.parametrize("seed_id, paragraph, reason", SEED_EXCLUDED, ids=[f"{c[0]}-{c[2]}" for c in SEED_EXCLUDED])
def test_seed_boilerplate_is_excluded_with_its_reason(seed_text, seed_id, paragraph, reason):
    assert excluded_texts(seed_text(seed_id)).get(paragraph) == reason


SEED_BODY = [
    ("000", "What Does Ukraine Need?"),
    ("000", "Russia and Ukraine Butting Heads"),
    ("001", "Zelensky he told the interviewer on Wednesday that the first thing he would do after Ukraine wins the war "
            "would be to visit the recaptured Crimea. “I really want to see the sea,” he said."),
    ("002", "USA: Only Zelensky can decide to start negotiations with Russia"),
    ("003", "Ukrainian President Volodymyr Zelensky has flatly rejected any idea of launching peace negotiations with "
            "Russia despite the Ukrainian army’s difficult situation at the combat line of engagement."),
    ("004", "Will the War in Ukraine Ever End? Not Anytime Soon"),
    ("004", "But once those annexations are officially recognized by NATO, there’s little left to negotiate – and Putin "
            "could withdraw from Ukraine victorious despite losing on the battlefield."),
]


@pytest.mark.parametrize("seed_id, paragraph", SEED_BODY, ids=[f"{c[0]}-{c[1][:20]}" for c in SEED_BODY])
def test_seed_body_stays_in(seed_text, seed_id, paragraph):
    text = seed_text(seed_id)
    assert paragraph in text
    assert paragraph not in excluded_texts(text)


@pytest.mark.parametrize("seed_id", ["000", "001", "002", "003", "004"])
def test_most_of_each_seed_is_kept(seed_text, seed_id):
    text = seed_text(seed_id)
    excluded = sum(e - s for s, e, _ in find_boilerplate(text))
    assert excluded < 0.3 * len(text)


CREDIT_LINES = [
    "(Reporting by Jane Doe in Kyiv; Editing by John Smith)",
    "Reporting by Jane Doe; additional reporting by Ann Lee.",
    "Jane Doe reported from Honolulu.",
    "John Smith in Washington contributed reporting.",
]


@pytest.mark.parametrize("line", CREDIT_LINES)
def test_credit_lines_are_excluded(line):
    text = f"The talks resumed on Friday after a long night in Geneva, officials said.\n{line}"
    assert excluded_texts(text) == {line: "agency credit"}


def test_a_sentence_about_reporting_is_not_a_credit_line():
    text = "The talks resumed on Friday.\nThe agency reported from the front line that shelling had stopped, and " \
           "officials in both capitals confirmed the news later that day in separate statements."
    assert excluded_texts(text) == {}


def test_a_single_ellipsis_line_is_not_a_teaser_run():
    text = "The talks resumed today.\nMore talks are planned for next week, officials said…"
    assert find_boilerplate(text) == []


OUTLETS = [
    ("author line", "Body.\nJack Buckby is 19FortyFive’s Breaking News Editor.", "19FortyFive"),
    ("source line", "Body text.\n\nSource: RES-MPE\n", "RES-MPE"),
    ("agency dateline", "KYIV (Reuters) - Talks resumed.", "Reuters"),
    ("nothing said", "Talks resumed on Friday.", ""),
]


@pytest.mark.parametrize("text, outlet", [c[1:] for c in OUTLETS], ids=[c[0] for c in OUTLETS])
def test_infer_outlet(text, outlet):
    assert infer_outlet(text) == outlet

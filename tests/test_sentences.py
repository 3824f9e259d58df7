"""Sentence and paragraph splitting: a table of news cases, plus invariants on the seeds."""
from __future__ import annotations

import pytest

from framing.sentences import split_paragraphs, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in split_sentences(text)]


CASES = [
    ("abbreviation before a name",
     "U.S. officials met Gen. Mark Milley. He spoke.",
     ["U.S. officials met Gen. Mark Milley.", "He spoke."]),
    ("month abbreviation", "The vote is on Nov. 8 this year. Polls close early.",
     ["The vote is on Nov. 8 this year.", "Polls close early."]),
    ("'no' before a word is the answer, not an abbreviation", "Sen. Warren said no. Gov. Abbott said yes.",
     ["Sen. Warren said no.", "Gov. Abbott said yes."]),
    ("'No.' before a number is the abbreviation", "He lives at No. 10 Downing Street. It is old.",
     ["He lives at No. 10 Downing Street.", "It is old."]),
    ("'Fig.' before a number", "See Fig. 2 for the data. It is clear.", ["See Fig. 2 for the data.", "It is clear."]),
    ("titles", "Mr. Smith and Dr. Jones met Sen. Warren. They agreed.",
     ["Mr. Smith and Dr. Jones met Sen. Warren.", "They agreed."]),
    ("initialism ends a sentence before a sentence starter", "Aid flows to the U.S. The debate goes on.",
     ["Aid flows to the U.S.", "The debate goes on."]),
    ("initial of a name", "The report by J. Smith was late. It came out.",
     ["The report by J. Smith was late.", "It came out."]),
    ("full stop inside closing quotes", "He said “we are ready.” The talks began.",
     ["He said “we are ready.”", "The talks began."]),
    ("question inside a quotation stays with its speaker", "“Is it hard? No!” he said. Then he left.",
     ["“Is it hard?", "No!” he said.", "Then he left."]),
    ("headline line without punctuation", "Talks Stall in Geneva\nThe talks stalled on Friday.",
     ["Talks Stall in Geneva", "The talks stalled on Friday."]),
    ("dash is no boundary", "Any concessions — a deal with the devil. You won’t like it.",
     ["Any concessions — a deal with the devil.", "You won’t like it."]),
    ("lower case after a full stop", "It grew 3.5 per cent. vs. last year it fell.",
     ["It grew 3.5 per cent. vs. last year it fell."]),
    ("hard-wrapped line joins the next", "The talks went on for\nmany hours. Nobody left.",
     ["The talks went on for\nmany hours.", "Nobody left."]),
    ("CRLF line ends", "First line\r\nSecond one.\r\n", ["First line", "Second one."]),
    ("CJK full stop", "会谈开始了。双方同意。", ["会谈开始了。", "双方同意。"]),
    ("a sentence may open with a dollar sign",
     "The talks stalled on Friday. $5 billion in aid was pledged by donors. Officials said more may come.",
     ["The talks stalled on Friday.", "$5 billion in aid was pledged by donors.", "Officials said more may come."]),
    ("pound and euro signs", "Talks ended. £3 million was pledged. €3 million more came.",
     ["Talks ended.", "£3 million was pledged.", "€3 million more came."]),
    ("a currency sign inside an opening quote", "Talks ended. “$5 billion is not enough,” he said.",
     ["Talks ended.", "“$5 billion is not enough,” he said."]),
    ("after a question mark", "Is it enough? $5 billion was pledged.", ["Is it enough?", "$5 billion was pledged."]),
    ("an opening ellipsis", "The talks stalled. …and then they resumed.", ["The talks stalled.", "…and then they resumed."]),
    ("an asterisk", "The talks stalled. *Update: they resumed.", ["The talks stalled.", "*Update: they resumed."]),
    ("a currency sign after an initialism goes on", "Aid from the U.S. $5 billion fund was pledged.",
     ["Aid from the U.S. $5 billion fund was pledged."]),
    ("a currency sign after e.g. goes on", "Prices rose, e.g. $5 for bread. Wages did not.",
     ["Prices rose, e.g. $5 for bread.", "Wages did not."]),
    ("a currency sign after a title's abbreviation goes on", "It cost approx. $5 billion. Nobody paid.",
     ["It cost approx. $5 billion.", "Nobody paid."]),
    ("a decimal before a currency sign", "It grew 3.5 per cent. $2 billion of it was aid.",
     ["It grew 3.5 per cent.", "$2 billion of it was aid."]),
    ("a spaced ellipsis goes on", "We will . . . win the war. Talks resumed.", ["We will . . . win the war.", "Talks resumed."]),
    ("a dash after a full stop goes on", "He paused. — and went on. Talks resumed.",
     ["He paused. — and went on.", "Talks resumed."]),
    ("empty text", "", []),
    ("whitespace only", " \n\t \r\n", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_seed_us_officials_does_not_end_a_sentence(seed_text):
    text = seed_text("001")
    assert any(s.startswith("The request by U.S. officials is not intended") for s in sentences(text))


def test_seed_headlines_are_their_own_sentences(seed_text):
    found = sentences(seed_text("000"))
    assert "What Does Ukraine Need?" in found
    assert "Russia and Ukraine Butting Heads" in found


@pytest.mark.parametrize("seed_id", ["000", "001", "002", "003", "004"])
def test_seed_sentences_are_ordered_trimmed_and_inside_paragraphs(seed_text, seed_id):
    text = seed_text(seed_id)
    paragraphs = split_paragraphs(text)
    previous_end = 0
    for start, end, paragraph in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        p_start, p_end = paragraphs[paragraph]
        assert p_start <= start and end <= p_end
        previous_end = end


PARAGRAPH_CASES = [
    ("lone CR ends a line", "One.\rTwo.", [(0, 4), (5, 9)]),
    ("CRLF and blank lines", "One.\r\n\r\nTwo.\r\n", [(0, 4), (8, 12)]),
    ("a lone CR lets a line wrap on", "He went to\rthe shop.", [(0, 20)]),
    ("a blank line keeps a wrapped line apart", "He went to\n\nthe shop.", [(0, 10), (12, 21)]),
    ("so does a blank line of CRs", "He went to\r\rthe shop.", [(0, 10), (12, 21)]),
    ("and of CRLFs", "He went to\r\n\r\nthe shop.", [(0, 10), (14, 23)]),
    ("a CRLF alone wraps on", "He went to\r\nthe shop.", [(0, 21)]),
    ("a headline over a lower-case paragraph, CR-only", "Ukraine talks\r\rofficials met on Friday.",
     [(0, 13), (15, 39)]),
    ("spaces around lines are trimmed", "  Talks.  \n \t \n  More.  ", [(2, 8), (17, 22)]),
    ("vertical tab, form feed and U+2028 stay inside a line", "One\x0bTwo\x0cThree\u2028four.", [(0, 19)]),
    ("empty text", "", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in PARAGRAPH_CASES], ids=[c[0] for c in PARAGRAPH_CASES])
def test_split_paragraphs(text, expected):
    assert split_paragraphs(text) == expected


def test_the_word_before_a_full_stop_may_end_before_a_line_break():
    # "Gen" ends the line before the full stop: as a title it keeps "Smith" in the same sentence.
    text = "Gen\n. Smith spoke. He left."
    assert split_sentences(text, [(0, 3), (4, len(text))]) == [(0, 3, 0), (4, 18, 1), (19, 27, 1)]


def test_only_the_last_forty_characters_make_the_word_before_a_full_stop():
    # Within reach, the "." of "a.b" makes the word an initialism, and "Smith" starts no sentence.
    text = "a.b" + "x" * 30 + ". Smith spoke."
    assert sentences(text) == [text]
    # Out of reach, the word is plain and the full stop ends a sentence.
    text = "a.b" + "x" * 45 + ". Smith spoke."
    assert sentences(text) == ["a.b" + "x" * 45 + ".", "Smith spoke."]

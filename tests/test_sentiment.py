"""Tone: the faster VADER subclass gives the library's own scores, exactly."""
from __future__ import annotations

import random
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer, SentiText

from framing.sentences import split_sentences
from framing.sentiment import FastVader, _words, sentence_sentiment


@pytest.fixture(scope="module")
def library():
    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def fast():
    return FastVader()


def _scores(analyzer, text: str) -> str:
    """The four scores as text, so that the order of the keys and the sign of a zero count too."""
    return repr(analyzer.polarity_scores(text))


def _compound(analyzer, text: str) -> str:
    return repr(analyzer.polarity_scores(text)["compound"])


# Words that exercise every rule: lexicon words of both signs, boosters and dampeners, negations,
# "but", "kind of", "least", "no", idioms and special cases, "never so", "without doubt".
_RULE_WORDS = [
    "good", "great", "bad", "horrible", "love", "hate", "happy", "sad", "sham", "success", "failure",
    "war", "peace", "killed", "support", "no", "not", "never", "isn't", "dont", "without", "doubt",
    "but", "BUT", "But", "kind", "of", "sort", "least", "at", "very", "so", "this", "or", "nor",
    "the", "shit", "bomb", "bad ass", "yeah right", "kiss of death", "to die for", "beating heart",
    "bus stop", "cut the mustard", "upper hand", "in the red", "just enough", "kinda", "sorta",
    ":)", ":(", "<3", "lol", "GREAT", "HATE", "VERY", "EXTREMELY", "talks", "officials", "said",
    "Kyiv", "U.S.", "—", "“quoted”", "(aside)", "n't", "uh-uh", "rarely", "despite",
    "😀", "😡", "👍🏽", "❤️", "🇺🇦", "good😀", "😀bad", "\u200d", "ﬁne",
    *NEGATE[:12], *list(BOOSTER_DICT)[:20], *SPECIAL_CASES,
    # Short words with punctuation (kept whole when stripping leaves two characters or fewer).
    "no.", "no,", "(no)", "a.", "I", "A", "it,", "OK", "ok!", "...", "--", "'", ":-)", "(:",
    # Curly quotes and dashes of news text, and characters at the edges of the emoji range.
    "“good”", "‘bad’", "great—", "–", "…", "©", "®", "‼", "⁉", "\u203b", "•", "™",
    # Characters whose lower case is longer ("İ") or depends on the neighbours (final sigma).
    "İYİ", "İstanbul", "ΟΔΟΣ", "ΚΑΛΟΣ.", "Σ", "ς", "\u212a", "ǅ",
    "doesn't", "WASN'T", "don’t", "never", "NEVER", "SO", "This",
]
_PUNCTUATION = ["", "", "", ".", "!", "!!", "!!!", "!!!!!", "?", "??", "???", "?!", ",", "…"]


def _generated(n: int, seed: int = 6) -> list[str]:
    """``n`` reproducible sentences mixing the rule words, cases, punctuation and spacing."""
    rng = random.Random(seed)
    sentences = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(0, 18)):
            word = rng.choice(_RULE_WORDS)
            roll = rng.random()
            if roll < 0.1:
                word = word.upper()
            elif roll < 0.15:
                word = word.capitalize()
            words.append(word + (rng.choice(_PUNCTUATION) if rng.random() < 0.2 else ""))
        spacer = rng.choice([" ", " ", " ", "  ", "\n", " \t", "\u00a0", "\u2003", "\x1c"])
        sentences.append(rng.choice(["", " "]) + spacer.join(words) + rng.choice(_PUNCTUATION) + rng.choice(["", " "]))
    return sentences


def test_same_scores_as_the_library_on_every_seed_sentence(seeds, library, fast):
    checked = 0
    for article in seeds:
        for start, end, _ in split_sentences(article.text):
            sentence = article.text[start:end]
            assert _scores(fast, sentence) == _scores(library, sentence), sentence
            checked += 1
    assert checked > 100


def test_same_scores_as_the_library_on_generated_sentences(library, fast):
    sentences = _generated(5000)
    differing = [s for s in sentences if _scores(fast, s) != _scores(library, s)]
    assert differing == []
    assert [repr(fast.compound(s)) for s in sentences] == [_compound(library, s) for s in sentences]
    # The generator does reach the rules it is meant to test.
    scores = [library.polarity_scores(s)["compound"] for s in sentences]
    assert min(scores) < -0.9 and max(scores) > 0.9
    assert sum(" but " in s.lower() for s in sentences) > 100
    assert sum(any(ch in fast._emoji_chars for ch in s) for s in sentences) > 500


# The words that can change a rated word's valence from nearby, and rated words to change.
_CONTEXT_WORDS = [*NEGATE, *(w for w in BOOSTER_DICT if " " not in w), "no", "so", "this", "doubt", "least",
                  "at", "very", "or", "nor", "but", "kind", "of", "sort", *" ".join(SPECIAL_CASES).split(),
                  *(phrase for phrase in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in phrase)]
_RATED_WORDS = ["good", "bad", "great", "war", "killed", "support", "no", "doubt", "least", "shit", "bomb",
                "die", "heart", "right", "stop", "ass", "kind", "like", ":)", "GOOD", "WAR"]


def test_same_scores_as_the_library_with_rules_near_rated_words(library, fast):
    """Dense mixes of every negation, booster, idiom word and "least" within a few words of rated
    words: every rule at every distance, alone and together."""
    rng = random.Random(7)
    sentences = []
    for _ in range(6000):
        words = [rng.choice(_RATED_WORDS if rng.random() < 0.3 else _CONTEXT_WORDS) for _ in range(rng.randint(1, 9))]
        words = [w.upper() if rng.random() < 0.08 else w for w in words]
        sentences.append(" ".join(words) + rng.choice(["", ".", "!", "??"]))
    assert [_scores(fast, s) for s in sentences] == [_scores(library, s) for s in sentences]


@pytest.mark.parametrize("sentence", [
    # The library's own examples.
    "VADER is smart, handsome, and funny.", "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.", "At least it isn't a horrible book.",
    "The book was only kind of good.", "Today only kinda sux! But I'll get by, lol",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Make sure you :) or :D today!", "Catch utf-8 emoji such as 💘 and 💋 and 😁", "Not bad at all",
    "Sentiment analysis has never been this good!", "With VADER, sentiment analysis is the shit!",
    "On the other hand, VADER is quite bad ass", "Without a doubt, excellent idea.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    # "no" before a rated word, "no" rated itself, and valences of zero.
    "no good", "no no good", "not no good", "no, good", "no. good", "no or nor good", "no war or peace",
    "the bus stop was fine", "a good bus stop", "they said no.", "No.",
    # The same sentiment twice around "but" (the library's list.index finds the first).
    "good good but good", "great but good good great", "good bad but bad good", "but good", "good but",
    # Rules exactly three and four words away.
    "not a b good", "not a b c good", "very a b good", "very a b c good", "this a good", "a this b good",
    "never so good", "never this bad", "a never so good", "without doubt good", "a without doubt good",
    "the kind of good", "the kind. of good", "kind of", "sort of bad", "just enough good",
    "a sort of bad", "sort of a bad", "a kind of good", "kind of a good", "a just enough good", "just enough a good",
    "at least good", "very least good", "least good", "the least good",
    "kiss of death", "to die for", "a beating heart", "yeah right", "the, shit", "the shit!", "THE SHIT",
    # Capitals: one word, all words, boosters, punctuation that has no case.
    "GOOD", "GOOD bad", "GOOD BAD", "a VERY good day", "A VERY GOOD DAY", "VERY good", "I LOVE it.",
    "“GREAT” news", "GREAT!", "U.S. GOOD", "İYİ good", "ΚΑΛΟΣ good",
    # "!" and "?" emphasis.
    "good!", "good!!!!!!", "bad??", "bad???", "bad????", "good?!", "!!!", "??",
    # Unicode: lower case longer than upper ("İ"), final sigma, other whitespace, emojis.
    "İ good", "İİ. good", "ΟΔΟΣ. bad", "ΑΣ'Β good", "good\u00a0bad", "good\u2003but\u3000bad",
    "good\x1cnot\x1dgood", "© good", "good ®", "‼ bad", "bad‼", "good 😀", "😡", "\u203b good",
    "", " ", "\n", ".",
])
def test_same_scores_as_the_library_on_rule_examples(library, fast, sentence):
    assert _scores(fast, sentence) == _scores(library, sentence)
    assert repr(fast.compound(sentence)) == _compound(library, sentence)


def test_every_emoji_character_is_described(library, fast):
    for char in sorted(fast._emoji_chars):
        sentence = f"good{char} news {char}"
        assert _scores(fast, sentence) == _scores(library, sentence), repr(char)


def test_lower_casing_the_sentence_once_gives_the_library_words():
    """FastVader lower-cases a sentence before splitting and stripping it, when that keeps its
    length; the library lower-cases each word after. The same words come out because, for every
    character whose lower case is one character: whitespace stays whitespace and nothing else
    becomes it, punctuation stays punctuation and nothing else becomes it, and lower-casing
    again changes nothing; no character lower-cases to nothing; and whitespace is not
    "case-ignorable", so a final sigma never depends on the next or previous word."""
    punctuation = set(string.punctuation)
    longer = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        assert lower, repr(char)
        if len(lower) != 1:
            longer.append(char)
            continue
        assert lower.isspace() == char.isspace(), repr(char)
        assert (lower in punctuation) == (char in punctuation), repr(char)
        assert lower.lower() == lower, repr(char)
        if char.isspace():
            assert ("ΑΣ" + char + "Α").lower() == "ας" + char + "α", repr(char)
            assert ("Α" + char + "Σ").lower() == "α" + char + "σ", repr(char)
    assert "\u0130" in longer  # "İ": its sentences take the library's order of steps
    assert all(char.lower().lower() == char.lower() for char in longer)
    assert not any(char.isupper() or char.islower() for char in string.punctuation)


@pytest.mark.parametrize("text", [
    "İİ. good", "İx, İ. İİİ! (İİ)", "ΟΔΟΣ. ΚΑΛΟΣ, ΑΣ'Β", "ΑΣ' 'ΣΑ Α'Σ' .Σ. ΑΣ.Α ΣΣ. Α:Σ: ΑΣ-",
    "Good, BAD... :) (no) a. “Quoted” U.S.", "", " \n",
    *_generated(300, seed=8),
])
def test_words_are_the_library_words_lower_cased(text):
    assert _words(text, text.lower()) == [word.lower() for word in SentiText(text).words_and_emoticons]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_RULE_WORDS), st.text(max_size=6)), max_size=20),
       st.sampled_from([" ", "  ", "\n"]))
def test_same_scores_as_the_library_on_any_text(library, fast, words, spacer):
    text = spacer.join(words)
    assert _scores(fast, text) == _scores(library, text)
    assert repr(fast.compound(text)) == _compound(library, text)
    assert _words(text, text.lower()) == [word.lower() for word in SentiText(text).words_and_emoticons]


@pytest.mark.parametrize("sentence, expected", [
    ("The talks were a great success.", 0.8316),
    ("The talks were NOT a great success!!!", -0.8002),
    ("", 0.0),
    ("   ", 0.0),
])
def test_sentence_sentiment_is_the_rounded_compound(sentence, expected):
    assert sentence_sentiment(sentence) == expected


def test_sentence_sentiment_is_the_library_compound_on_every_seed_sentence(seeds, library):
    for article in seeds:
        for start, end, _ in split_sentences(article.text):
            sentence = article.text[start:end]
            assert repr(sentence_sentiment(sentence)) == _compound(library, sentence), sentence

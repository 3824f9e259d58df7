"""Lexicon matching: the fast search (from boundary character to boundary character) finds exactly
what the plain word-bounded pattern finds, whatever stands before a term."""
from __future__ import annotations

import re
import string
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.annotate import default_lexicons
from framing.lexicon import LEXICON_FILES, Lexicon, normalise_term, read_table

LEXICON = Lexicon.from_rows(
    [{"term": t} for t in ("may", "said", "so-called", "kyiv", "it is believed", "u.s.", "kind of", "regime")],
    key="term",
)


def plain_spans(lexicon: Lexicon, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    """The reference: the word-bounded pattern tried at every position of the lower-cased text."""
    pattern = re.compile(lexicon._source)
    end = len(text) if endpos is None else endpos
    return [m.span() for m in pattern.finditer(text.lower(), pos, end)]


def spans(lexicon: Lexicon, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in lexicon.finditer(text, pos, endpos)]


@pytest.mark.parametrize("text, expected", [
    ("May said", ["May", "said"]),                       # the text's start
    ("•may →said €regime", ["may", "said", "regime"]),  # after rarer boundary characters
    ("\u200bmay", ["may"]),                              # a zero-width space is not part of a word
    ("dismay unsaid regimes", []),                       # inside words: nothing
    ("o'may -said don’kyiv", []),                        # after an apostrophe in a word or a hyphen: nothing
    ("'may ‘said’ ’kyiv", ["may", "said", "kyiv"]),       # after a single quotation mark that opens
    ("so‐called “kind  of” Kyiv’s", ["so‐called", "kind  of", "Kyiv"]),
    ("the u.s.may", ["may"]),                            # "u.s." runs on into a word; "may" follows a "."
    ("u.s.,may", ["u.s.", "may"]),
    ("it is believed—may", ["it is believed", "may"]),
])
def test_terms_found_after_any_boundary(text, expected):
    assert [m.text for m in LEXICON.finditer(text)] == expected
    assert spans(LEXICON, text) == plain_spans(LEXICON, text)


def test_search_window_is_respected():
    text = "x may said kyiv y"
    assert spans(LEXICON, text, 2, 10) == plain_spans(LEXICON, text, 2, 10) == [(2, 5), (6, 10)]
    assert spans(LEXICON, text, 3, 15) == plain_spans(LEXICON, text, 3, 15) == [(6, 10), (11, 15)]


_PIECES = ["may", "said", "so-called", "kyiv", "it is believed", "u.s.", "kind of", "regime", "claimed",
           "reportedly", "Kiev’s"]
_ODD = string.ascii_letters[:6] + " -'’‘.,—–‐‑•→€\u200b\u00a0\n“”İ😀"
texts = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet=_ODD, max_size=3)), max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.integers(0, 5), st.integers(0, 5))
def test_fast_search_equals_plain_pattern(text, cut_start, cut_end):
    lexicons = default_lexicons()
    for lexicon in (LEXICON, lexicons.hedges, lexicons.loaded, lexicons.report_verbs, lexicons.word_choice):
        if len(text.lower()) != len(text):
            continue  # such texts take the case-insensitive pattern, not the fast search
        assert spans(lexicon, text) == plain_spans(lexicon, text)
        endpos = max(cut_start, len(text) - cut_end)
        assert spans(lexicon, text, cut_start, endpos) == plain_spans(lexicon, text, cut_start, endpos)


def test_letters_that_only_fold_to_a_term_find_its_row():
    # "İ" lengthens on lower-casing, so the case-insensitive pattern reads this text; it matches
    # "ſaid" (long s) and "\u212aiev" (Kelvin sign) too, which lower-casing leaves apart from the terms.
    lexicon = Lexicon.from_rows([{"term": "said", "kind": "verb"}, {"term": "kiev", "kind": "name"}], key="term")
    found = [(m.text, m.row["kind"]) for m in lexicon.finditer("İ ſaid \u212aiev said")]
    assert found == [("ſaid", "verb"), ("\u212aiev", "name"), ("said", "verb")]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet=_ODD + "ſ\u212aßİı", max_size=3)),
                max_size=25).map("".join))
def test_every_match_carries_a_row_of_its_lexicon(text):
    lexicons = default_lexicons()
    for lexicon in (lexicons.hedges, lexicons.loaded, lexicons.report_verbs, lexicons.word_choice):
        for match in lexicon.finditer(text):
            assert match.row in lexicon.rows.values()
            assert text[match.start:match.end] == match.text


@pytest.mark.parametrize("name", list(LEXICON_FILES))
def test_each_bundled_list_holds_a_term_once(name):
    """A second row for a term is never used (the first wins), so it can only mislead a reader."""
    key = LEXICON_FILES[name]
    terms = [normalise_term(row[key]) for row in read_table(name)]
    assert not [term for term, count in Counter(terms).items() if count > 1]


@pytest.mark.parametrize("name", list(LEXICON_FILES))
def test_each_list_and_its_download_is_accepted_as_itself_and_refused_as_another(name):
    from framing.lexicon import read_text, table_problem
    from framing.workspace import table_tsv

    bundled = read_text(name)
    downloaded = table_tsv(name, list(read_table(name)))
    bare = "\n".join(line for line in bundled.splitlines() if not line.startswith("#"))  # no first line to go by
    with_mark = "\ufeff" + downloaded  # a byte-order mark, as some editors write one
    for text in (bundled, downloaded, bare, with_mark):
        assert table_problem(name, text) == ""
        for other in LEXICON_FILES:
            if other != name:
                problem = table_problem(other, text)
                assert problem and "_" not in problem.split("column")[-1], (name, other, problem)

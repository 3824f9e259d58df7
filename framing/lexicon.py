"""Lexicons: plain TSV files in ``framing/data``, loaded once, matched in one compiled pass.

A lexicon file starts with ``#`` comment lines (what it is, where it comes from), then a header
row, then one term a row. :class:`Lexicon` compiles all its terms into a single regular
expression shaped like a trie, so matching costs one scan of the text however many terms
there are, and a match is looked up in a dict to find its row.

>>> lex = Lexicon.from_rows([{"term": "may"}, {"term": "it is believed"}], key="term")
>>> [(m.start, m.end, m.row["term"]) for m in lex.finditer("It is  believed he may go.")]
[(0, 15, 'it is believed'), (19, 22, 'may')]
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from functools import cache, cached_property, lru_cache
from importlib.resources import files
from typing import NamedTuple

__all__ = ["Lexicon", "Match", "read_table", "parse_table", "normalise_term", "trie_pattern", "LEXICON_FILES"]

#: The lexicon files the detectors use, by name, with the column that holds the term.
LEXICON_FILES = {
    "hedges": "term",
    "loaded": "term",
    "report_verbs": "verb",
    "word_choice": "variant",
}

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-"})


def normalise_term(term: str) -> str:
    """Lower case, straight apostrophes, single spaces: the form terms are looked up in."""
    return _SPACES.sub(" ", term.translate(_APOSTROPHES).strip().lower())


# The same few hundred words match again and again ("said", "may", "Kyiv"): their normal forms
# are remembered, bounded so a huge corpus stays flat.
_match_key = lru_cache(maxsize=100_000)(normalise_term)


def parse_table(text: str) -> list[dict[str, str]]:
    """Rows of a lexicon TSV text (``#`` comment lines skipped, the first other line is the header)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``framing/data/<name>.tsv``, read once per process."""
    text = files("framing").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    return tuple(parse_table(text))


class Match(NamedTuple):
    start: int
    end: int
    text: str
    row: dict


def trie_pattern(words: Iterable[tuple[str, ...]]) -> str:
    """A regex matching any of the given token sequences, longest first, sharing prefixes."""
    trie: dict = {}
    for tokens in words:
        node = trie
        for char in " ".join(tokens):
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends_here = "" in node
        branches = []
        for char in sorted(k for k in node if k):
            if char == " ":
                piece = r"\s+"
            elif char == "'":
                piece = "['’‘]"
            elif char == "-":
                piece = r"[-‐‑–]"
            else:
                piece = re.escape(char)
            branches.append(piece + build(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Longer matches are tried first: the empty alternative (a term ends here) comes last.
        return f"(?:{body})?" if ends_here else body

    return build(trie)


class Lexicon:
    """A set of terms (one row each) compiled into one case-insensitive word-bounded regex."""

    def __init__(self, rows: Iterable[dict], key: str):
        self.key = key
        self.rows: dict[str, dict] = {}
        for row in rows:
            term = normalise_term(row.get(key, ""))
            if term and term not in self.rows:
                self.rows[term] = dict(row)
        tokens = [tuple(t.split(" ")) for t in self.rows]
        body = trie_pattern(tokens) if tokens else r"(?!x)x"  # no terms: match nothing
        source = r"(?<![\w'’-])" + body + r"(?![\w-]|['’](?!s\b)\w)"
        # Matching runs on the lower-cased text: the same matches as IGNORECASE, about three
        # times faster (a case-insensitive trie makes the regex engine fold every character).
        self._source = source
        self._lower_pattern = re.compile(source)

    @cached_property
    def pattern(self) -> re.Pattern:
        """The case-insensitive pattern, compiled only when a text needs it (one whose lower case
        changes length, such as "İ"): compiling a large lexicon costs a noticeable part of the
        app's first run."""
        return re.compile(self._source, re.IGNORECASE)

    @classmethod
    def from_rows(cls, rows: Iterable[dict], key: str) -> "Lexicon":
        return cls(rows, key)

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, term: str) -> bool:
        return normalise_term(term) in self.rows

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match]:
        """Every non-overlapping match, leftmost and then longest first."""
        rows = self.rows
        end = len(text) if endpos is None else endpos
        lower = text.lower()
        if len(lower) == len(text):
            matches = self._lower_pattern.finditer(lower, pos, end)
        else:  # a character whose lower case is longer ("İ"): offsets would shift
            matches = self.pattern.finditer(text, pos, end)
        for m in matches:
            start, stop = m.span()
            found = text[start:stop]
            yield Match(start, stop, found, rows[_match_key(found)])

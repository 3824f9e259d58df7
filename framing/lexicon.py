"""Lexicons: plain TSV files in ``framing/data``, loaded once, matched in one compiled pass.

A lexicon file starts with ``#`` comment lines (what it is, where it comes from), then a header
row, then one term a row. :class:`Lexicon` compiles all its terms into a single regular
expression shaped like a trie, so matching costs one scan of the text however many terms
there are, and a match is looked up in a dict to find its row. The scan tries the trie only
after a character that can stand before a word (a space, punctuation), not at every letter;
the lower-cased text is made once and shared by every lexicon that reads the same text.

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

__all__ = ["Lexicon", "Match", "read_table", "parse_table", "normalise_term", "trie_pattern", "LEXICON_FILES",
           "EXCEPTION"]

#: The lexicon files the detectors use, by name, with the column that holds the term.
LEXICON_FILES = {
    "hedges": "term",
    "loaded": "term",
    "report_verbs": "verb",
    "word_choice": "variant",
}

#: The kind (in hedges.tsv) and connotation (in report_verbs.tsv) of a listed exception: a phrase
#: that holds a listed word but no hedge and reports nobody ("think tank"). The longest match
#: takes it, and it is never reported. (loaded.tsv has its own: category ``technical_term``.)
EXCEPTION = "exception"

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
    text = text.removeprefix("\ufeff")
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def _first_comment(text: str) -> str:
    """The text of the first line when it is a comment ("# Framing lexicon: hedges ..."), else ""."""
    first = text.lstrip().split("\n", 1)[0]
    return first.lstrip("#").strip() if first.startswith("#") else ""


def _named_lexicon(text: str) -> str:
    """The lexicon a file's first line names, as the bundled files and the app's downloads write
    it ("# Framing lexicon: reporting verbs." or "# Framing lexicon: report_verbs (edited ...)")."""
    first = _first_comment(text).lower()
    for name in LEXICON_FILES:
        if re.match(rf"framing lexicon: ({re.escape(name)}|{re.escape(_TITLES[name])})\b", first):
            return name
    return ""


def table_problem(name: str, text: str) -> str:
    r"""Why ``text`` cannot stand for the lexicon ``name`` (empty when it can): it has no rows, no
    term column, or it is another lexicon's file, by its first comment line ("# Framing lexicon:
    hedges ...") or by a column only another lexicon has ("kind" is the hedges').

    >>> table_problem("loaded", read_text("hedges"))
    'this is the hedges list (its first line says so), not the loaded list'
    >>> table_problem("loaded", "term\tkind\nsham\thedge\n")
    'its "kind" column belongs to the hedges list, not the loaded list'
    >>> table_problem("loaded", "term\tcategory\nsham\tdelegitimizing\n")
    ''
    """
    text = text.removeprefix("\ufeff")  # the byte-order mark some editors write first
    named = _named_lexicon(text)
    plain = lambda lexicon: lexicon.replace("_", " ")  # noqa: E731  (as the Lexicons view names it)
    if named and named != name:
        return f"this is the {plain(named)} list (its first line says so), not the {plain(name)} list"
    rows = parse_table(text)
    key_column = LEXICON_FILES[name]
    if not rows or key_column not in rows[0]:
        return f"not a {plain(name)} list: a tab-separated file with a \"{key_column}\" column and a row under it"
    own = set(read_table(name)[0])
    for other in LEXICON_FILES:
        stray = sorted(set(read_table(other)[0]) - own - _SHARED_NOTES & set(rows[0]))
        if other != name and stray:
            return f"its \"{stray[0]}\" column belongs to the {plain(other)} list, not the {plain(name)} list"
    return ""


#: How each bundled file's first line names its lexicon; and columns of notes any list may have.
_TITLES = {"hedges": "hedges", "loaded": "loaded", "report_verbs": "reporting verbs", "word_choice": "word-choice"}
_SHARED_NOTES = {"source", "note"}


def read_text(name: str) -> str:
    """The text of ``framing/data/<name>.tsv``."""
    return files("framing").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``framing/data/<name>.tsv``, read once per process."""
    return tuple(parse_table(read_text(name)))


# What may stand before a term: anything but a word character, an apostrophe or a hyphen; or a
# single quotation mark that opens a quotation ("the 'Kiev regime'", "so-called 'liberation'"):
# an apostrophe with no word before it.
_TERM_START = r"(?:(?<![\w'’-])|(?<=['’])(?<![\w'’-]['’]))"
# A character that makes a single mark after it part of a word ("don't", "players'"), and one
# that a term may begin with.
_IN_WORD_BEFORE = re.compile(r"[\w'’-]")
_WORD_CHARACTER = re.compile(r"\w")
# The characters that usually do (white space, ASCII punctuation, typographic quotes and dashes),
# as a positive class: the regex engine scans for one of them in a tight loop. A text's other
# boundary characters are rare ("•", "→"); _lowered lists the positions after them.
_BOUNDARY_CHARS = "".join(
    char for char in map(chr, [*range(128), *map(ord, "\xa0“”‘«»—–‐‑…•·„‚‹›\u2009\u200a\u202f\u3000")])
    if not re.match(r"[\w'’-]", char)
)
_BOUNDARY = "[" + "".join(map(re.escape, _BOUNDARY_CHARS)) + "]"
# Any other character that is not part of a word. ASCII comes first in the class: most characters
# are ASCII, and the engine then stops at the first item instead of looking up \w.
_OTHER_NON_WORD = re.compile(r"[^\x00-\x7f\w’" + "".join(re.escape(char) for char in _BOUNDARY_CHARS if not char.isascii()) + "]")


@lru_cache(maxsize=8)
def _lowered(text: str) -> tuple[str, tuple[int, ...]]:
    """The text in lower case, and the positions where a term may start that ``_BOUNDARY``
    does not find: the text's start, after a rarer boundary character and after a single
    quotation mark that opens a quotation. Every lexicon pass
    over the same text shares these."""
    lower = text.lower()
    unusual = [0]
    if not lower.isascii():  # every ASCII boundary character is in _BOUNDARY
        unusual += [m.end() for m in _OTHER_NON_WORD.finditer(lower)]
    opening = _after_opening_single_marks(lower)
    if opening:  # a single quotation mark opening a quotation is no boundary character
        unusual = sorted({*unusual, *opening})
    return lower, tuple(unusual)


def _after_opening_single_marks(lower: str) -> list[int]:
    """The positions right after a single mark that opens a quotation: one with no word before
    it and a word after it ("the 'kiev regime'"). Found with str.find: most texts hold few
    single marks, and a regex that looks behind would try every position."""
    found = []
    for mark in ("'", "’"):
        at = lower.find(mark)
        while at >= 0:
            if not (at and _IN_WORD_BEFORE.match(lower, at - 1)) and _WORD_CHARACTER.match(lower, at + 1):
                found.append(at + 1)
            at = lower.find(mark, at + 1)
    return found


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
        end = r"(?![\w-]|['’](?!s\b)\w)"
        source = _TERM_START + body + end
        # Matching runs on the lower-cased text: the same matches as IGNORECASE, about three
        # times faster (a case-insensitive trie makes the regex engine fold every character).
        self._source = source
        self._lower_pattern = re.compile(source)
        # The same terms after a boundary character (see _BOUNDARY): the engine skips from one
        # such character to the next instead of trying the trie at every position.
        self._after_boundary = re.compile(_BOUNDARY + "(" + body + end + ")")

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
        lower, unusual_starts = _lowered(text)
        if len(lower) == len(text):
            spans = self._spans(lower, unusual_starts, pos, end)
        else:  # a character whose lower case is longer ("İ"): offsets would shift
            spans = (m.span() for m in self.pattern.finditer(text, pos, end))
        for start, stop in spans:
            found = text[start:stop]
            row = rows.get(_match_key(found))
            if row is None:
                # Only the case-insensitive pattern gets here: it also matches letters that fold
                # to a term's letters without lower-casing to them ("ſaid" for "said").
                row = rows.get(normalise_term(found.casefold()))
                if row is None:
                    continue
            yield Match(start, stop, found, row)

    def _spans(self, lower: str, unusual_starts: tuple[int, ...], pos: int, end: int) -> Iterator[tuple[int, int]]:
        """The spans ``self._lower_pattern.finditer(lower, pos, end)`` would give, found faster.

        A term starts where the character before it is not part of a word: the text's start, a
        character of _BOUNDARY (found by ``_after_boundary``), or a rarer one (``unusual_starts``,
        tried one by one). The leftmost of these candidates wins, and the search goes on from its end."""
        exact, after_boundary = self._lower_pattern, self._after_boundary
        rare = [s for s in unusual_starts if pos <= s < end]
        k = 0
        at = pos
        while True:
            # From the character before ``at``: it may be the boundary a term at ``at`` needs.
            found = after_boundary.search(lower, at - 1, end) if at > 0 else after_boundary.search(lower, 0, end)
            start = found.start(1) if found else end
            span = None
            while k < len(rare) and rare[k] < start:
                candidate = rare[k]
                k += 1
                if candidate >= at and (m := exact.match(lower, candidate, end)):
                    span = m.span()
                    break
            if span is None:
                if found is None:
                    return
                span = found.span(1)
            yield span
            at = span[1]

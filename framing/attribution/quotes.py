"""Quotations: where they open and close (``find_quotes``), which of them overlap a stretch of
text, and what kind each is: speech, a work's title, or a short term set in marks inside the
writer's own clause.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Sentence


_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"'}


# Where a quotation may open: a double mark, a guillemet, a low-9 mark, a single mark, curly or
# straight (checked below: it must open a word), or two apostrophes standing for a double mark.
# (The code looks at the character before a straight single mark: a look-behind here would make
# the search try every position.)
_QUOTE_OPEN = re.compile(r"''|[“«„\"‘]|'(?=[A-Za-z])")
_IN_A_WORD = re.compile(r"[\w'’]")
# Words an apostrophe opens by elision, not as a quotation mark: "'em", "'cause", "rock 'n' roll".
_ELIDED = re.compile(r"'(?:em|cause|cos|til|tis|twas|n|bout|round|nuff|ere)\b", re.IGNORECASE)
# A straight single mark that closes a quotation: after a word or its punctuation, before no letter.
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])'(?![A-Za-z])")
# A straight single mark that opens a quotation: at a word's start, with a letter after it.
_SINGLE_OPEN = re.compile(r"(?<![\w'’])'(?=[A-Za-z])")
# The curly single marks that close and open a quotation: before no letter; at a word's start.
_CURLY_SINGLE_CLOSE = re.compile(r"’(?![^\W\d_])")
_CURLY_SINGLE_OPEN = re.compile(r"(?<![^\W_])‘(?=[^\W_])")
# A closing single mark that may be a plural possessive: after "s", with a word after it.
_POSSESSIVE_SHAPED = re.compile(r"(?<=[sS])['’] (?=[^\W\d_])")


def _past_plural_possessives(text: str, j: int, p_end: int, closes: re.Pattern, opens: re.Pattern) -> int:
    """Where a single-mark quotation whose first closing candidate is at ``j`` closes, past the
    plural possessives inside it: in "'The workers' rights are at stake,' he said" the mark after
    "workers" has a word after it and a later mark closes the quotation. A candidate of that shape
    is passed over only for a later one that is not, with no quotation opening in between; else
    ``j`` stands ("'Thanks, boys' said the coach", "'stop the boats' and 'take back control'")."""
    k = j
    while _POSSESSIVE_SHAPED.match(text, k, p_end):
        later = closes.search(text, k + 1, p_end)
        if later is None or opens.search(text, k + 1, later.start()):
            return j
        k = later.start()
    return k


# A straight double mark may be closed by a curly one in hand-edited text.
_STRAIGHT_CLOSE = re.compile(r'["”]')


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations as (start, end) including their marks. A quotation left open runs to the
    end of its paragraph, as news style does for a quote continued in the next paragraph.

    >>> find_quotes("He said “no” and ‘yes’.", [(0, 23)])
    [(8, 12), (17, 22)]
    """
    quotes: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        i = p_start
        while True:
            found = _QUOTE_OPEN.search(text, i, p_end)
            if found is None:
                break
            i = found.start()
            char = found.group()
            if char == "''":
                # Two apostrophes stand for double quotation marks in some wire and archive text.
                j = text.find("''", i + 2, p_end)
                end = p_end if j < 0 else j + 2
                if end - i > 4:
                    quotes.append((i, end))
                i = end
                continue
            if char == "‘":
                # A single curly mark opens a quotation only at a word's start ("‘no’", not "rock‘n").
                if not (i + 1 < p_end and text[i + 1].isalnum() and (i == p_start or not text[i - 1].isalnum())):
                    i += 1
                    continue
                j = text.find("’", i + 1, p_end)
                while j >= 0 and j + 1 < p_end and text[j + 1].isalpha():
                    j = text.find("’", j + 1, p_end)  # an apostrophe inside a word ("don’t")
                if j >= 0:
                    j = _past_plural_possessives(text, j, p_end, _CURLY_SINGLE_CLOSE, _CURLY_SINGLE_OPEN)
            elif char == "'":
                # A straight single mark opens a quotation at a word's start ("the 'Kiev regime'"),
                # closed in its paragraph; an apostrophe in a word ("don't"), of elision ("'em") or
                # one never closed opens nothing.
                in_a_word = i > 0 and _IN_A_WORD.match(text, i - 1)
                close = None if in_a_word or _ELIDED.match(text, i) else _SINGLE_CLOSE.search(text, i + 2, p_end)
                if close is None:
                    i += 1
                    continue
                j = _past_plural_possessives(text, close.start(), p_end, _SINGLE_CLOSE, _SINGLE_OPEN)
            elif char == '"':
                if i > p_start and (text[i - 1].isalnum() or text[i - 1] in ".,!?") and (
                        i + 1 == p_end or text[i + 1].isspace()):
                    # A closing mark with no opening mark before it: a passage that begins inside a
                    # quotation ('for those in need," he wrote.') was quoted from its start; after
                    # another quotation, its opening mark was lost, and it opens nothing. After a
                    # digit it is an inch mark ('6\'3" tall').
                    if not text[i - 1].isdigit() and (not quotes or quotes[-1][0] < p_start):
                        quotes.append((p_start, i + 1))
                    i += 1
                    continue
                close = _STRAIGHT_CLOSE.search(text, i + 1, p_end)
                j = close.start() if close else -1
            else:
                j = text.find(_OPEN_CLOSE[char], i + 1, p_end)
                if j < 0 and char == "“":
                    j = text.find('"', i + 1, p_end)  # a curly mark closed by a straight one in hand-edited text
            end = p_end if j < 0 else j + 1
            if end - i > 2:
                quotes.append((i, end))
            i = end
    return quotes


def _is_long(text: str, quote: tuple[int, int]) -> bool:
    """Whether a quotation holds three words or more (a phrase, not a scare-quoted word), and is
    no title of a work nor a term the writer keeps at a distance ('the so-called "special
    military operation"')."""
    return len(text[quote[0]:quote[1]].split(None, 2)) >= 3 and not _is_title_of_a_work(text, quote) and \
        _DISTANCING_BEFORE.search(text, max(0, quote[0] - 16), quote[0]) is None


# Words by which the writer mentions a term rather than quoting speech: 'the so-called "..."'.
_DISTANCING_BEFORE = re.compile(r"\b(?:so-called|so\s+called|self-styled|self-proclaimed)\s*$", re.IGNORECASE)


# A work named before a quotation: 'her book "The Living Reef"', 'the film "All Quiet on the Western Front"'.
_WORK_BEFORE = re.compile(
    r"\b(?:book|books|novel|memoir|film|films|movie|song|songs|album|play|musical|opera|show|series|sitcom|"
    r"documentary|essay|poem|article|op-ed|column|podcast|painting|exhibition|titled|entitled|called|named)"
    r"[\s,]+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _is_title_of_a_work(text: str, quote: tuple[int, int]) -> bool:
    """Whether a quotation is the title of a work, not speech: in title case (each word of four
    letters or more capitalised), at most ten words, after a noun of a work or "titled"; or a
    subheading, a title-case quotation that is a paragraph by itself ("'All Bets Are Off.'")."""
    words = re.findall(r"[\w’'-]+", text[quote[0]:quote[1]])
    if not (0 < len(words) <= 10 and all(w[0].isupper() or len(w) < 4 or not w[0].isalpha() for w in words)):
        return False
    return _WORK_BEFORE.search(text, max(0, quote[0] - 40), quote[0]) is not None or \
        len(words) >= 3 and _is_a_paragraph_alone(text, quote)


def _is_a_paragraph_alone(text: str, quote: tuple[int, int]) -> bool:
    """Whether nothing but white space stands between the quotation and the line breaks around it."""
    before = text.rfind("\n", 0, quote[0])
    after = text.find("\n", quote[1])
    return not text[before + 1:quote[0]].strip() and not text[quote[1]:len(text) if after < 0 else after].strip()


def _mostly_quoted(text: str, sentence: Sentence, quotes: list[tuple[int, int]], long_quote: dict) -> bool:
    """Whether quotations of three words or more (among ``quotes``, those overlapping the
    sentence) cover at least a third of the sentence."""
    if not quotes:
        return False
    length = len(text[sentence.start:sentence.end].strip()) or 1
    covered = 0
    for q_start, q_end in quotes:
        if long_quote[(q_start, q_end)]:
            covered += min(q_end, sentence.end) - max(q_start, sentence.start)
    return covered >= length / 3


def _overlapping(quotes: list[tuple[int, int]], ends: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The quotations overlapping [start, end), found by bisection (no scan of them all)."""
    found = []
    k = bisect_right(ends, start)
    while k < len(quotes) and quotes[k][0] < end:
        found.append(quotes[k])
        k += 1
    return found


def _between_unpaired_marks(text: str, s_start: int, start: int, end: int, s_end: int) -> bool:
    """Whether the words from ``start`` to ``end`` may stand inside a quotation whose marks this
    sentence does not pair: an odd number of quotation marks before them or after them in the
    sentence (a quotation run over from or into another sentence, or a mark gone astray)."""
    return len(_ANY_QUOTATION_MARK.findall(text, s_start, start)) % 2 == 1 or \
        len(_ANY_QUOTATION_MARK.findall(text, end, s_end)) % 2 == 1


_ANY_QUOTATION_MARK = re.compile(r'[“”«»"]')


def _clause_context_start(text: str, s_start: int, quotes: list[tuple[int, int]], pos: int) -> int:
    """Where the words before ``pos`` that can hold its subject begin: after the last quotation
    that ends before it, but for a short one inside the clause (a term or slogan: 'exhorted
    delegates to “vote your conscience” and said', 'of being “duped” ... what he called')."""
    left = s_start
    for q_start, q_end in quotes:
        if q_end <= pos and not _embedded_term(text, s_start, q_start, q_end):
            left = max(left, q_end)
    return left


# Words that introduce a quoted name or title, not speech: "a spot titled “Arrogant,” features".
_NAMING_WORDS = frozenset("titled entitled called dubbed named headlined labeled labelled nicknamed".split())


def _embedded_term(text: str, s_start: int, q_start: int, q_end: int) -> bool:
    """Whether a quotation is a short term or slogan inside its clause: at most five words, after
    a word of the sentence and not ending in a comma (“...,” closes reported speech), unless a
    naming word introduces it (a title keeps the comma before a closing mark: titled “Arrogant,”)."""
    inner = text[q_start:q_end].strip("“”«»„‘’\"'")  # '' ... '' marks are two characters each
    if len(inner.split()) > 5:
        return False
    before = text[s_start:q_start].rstrip()
    if before.endswith("("):
        before = before[:-1].rstrip()  # a short form defined in brackets: 'the Inspector General (“OIG”)'
    return before[-1:].isalnum() and (not inner.rstrip().endswith(",") or
                                      before.rsplit(None, 1)[-1].lower() in _NAMING_WORDS)

"""Split news text into paragraphs and sentences, keeping character offsets.

A regex splitter tuned on news: it knows titles and months (``Gen.``, ``Nov.``),
initialisms (``U.S. officials`` does not end a sentence), headline lines without
final punctuation, closing quotes after the full stop, and hard-wrapped lines.

>>> text = "U.S. officials met Gen. Milley on Nov. 4. “We talked,” he said. Next steps\\nA headline"
>>> [text[s:e] for s, e, _ in split_sentences(text)]
['U.S. officials met Gen. Milley on Nov. 4.', '“We talked,” he said.', 'Next steps', 'A headline']
"""
from __future__ import annotations

import re

__all__ = ["split_sentences", "split_paragraphs"]

# Words that take a full stop but rarely end a sentence: titles, months and the like.
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cmdr adm sen sens rep reps gov govt pres
    rev hon amb atty supt insp fr st jr sr no nos vol vols fig figs approx dept est inc corp ltd co
    bros mt ft ave blvd jan feb mar apr jun jul aug sep sept oct nov dec vs v etc al e.g i.e cf ca""".split()
)

# Of those, the ones that stand before a number ("No. 10", "Vol. 3", "Fig. 2"): before anything
# else the full stop ends a sentence ("He said no. Gov. Abbott said yes.").
_BEFORE_A_NUMBER = frozenset("no nos vol vols fig figs".split())

# After an initialism such as "U.S." a sentence ends only when one of these starts the next one.
_SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there here
    but and so yet or in on at for as if when while after before since although though however
    meanwhile still then now also on what why how who where which""".split()
)

# A candidate sentence end: terminal punctuation, optional closing quotes or brackets,
# then whitespace before the next sentence (or a CJK full stop, which needs no space).
# The next sentence opens with a word character, a currency sign ("$5 billion was pledged"),
# an ellipsis ("…and then"), an asterisk ("*Update:"), a hashtag or a handle. Other punctuation
# opens none: a spaced ellipsis (". . .") goes on with the sentence.
# The pattern opens with one terminator from a plain character set, so that ``re`` skips
# straight to the next terminator (about four times faster on news than opening with the
# two alternatives); the lookbehinds then say which kind it was.
_BOUNDARY = re.compile(
    r"""
    [.!?…。！？]                            # a terminator
    (?: (?<=[.!?…]) [.!?…]* [”’"'»)\]]*    # . ! ? … possibly repeated, then closing quotes/brackets
        (?=\s+ [“‘"'«(\[]* [\w$£€¥₹₽₴₩¢…*#@]) #   followed by space and the next sentence's first character
      | (?<=[。！？]) [。！？]* [」』”]*       # CJK terminators end a sentence without a space
    )
    """,
    re.VERBOSE,
)
# The word before a full stop: the characters back to a space or an opening quote or bracket,
# at most 40 back. It is matched on the reversed window, in one step from its end; searching
# forward for where it starts tried the pattern at every position of the window.
_WORD_BEFORE_REVERSED = re.compile(r"[^\s“‘\"'(\[«]+")
_FIRST_WORD = re.compile(r"[“‘\"'(\[]*(\w+)")
_TERMINAL_END = re.compile(r"[.!?…:;。！？][”’\"'»)\]]*\s*$")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) offsets: a line break ends a paragraph unless the line
    reads on into the next (no final punctuation there, and the next line begins in lower case),
    which is how hard-wrapped plain text looks."""
    paragraphs: list[list[int]] = []
    previous_end = -1
    # The lines are the runs between \r and \n. str.split finds them much faster than a
    # pattern; turning \r into \n first keeps every offset.
    next_line = 0
    for body in text.replace("\r", "\n").split("\n"):
        start, end = next_line, next_line + len(body)
        next_line = end + 1
        if not body:
            continue
        stripped = body.strip()
        if not stripped:
            previous_end = -1
            continue
        start += len(body) - len(body.lstrip())
        end -= len(body) - len(body.rstrip())
        wraps_on = (
            paragraphs
            and previous_end == paragraphs[-1][1]
            and stripped[0].islower()
            and not _TERMINAL_END.search(text, paragraphs[-1][0], paragraphs[-1][1])
            and _line_breaks(text, paragraphs[-1][1], start) <= 1
        )
        if wraps_on:
            paragraphs[-1][1] = end
        else:
            paragraphs.append([start, end])
        previous_end = end
    return [(s, e) for s, e in paragraphs]


def _line_breaks(text: str, start: int, end: int) -> int:
    """The line breaks between ``start`` and ``end``: \r\n, \r or \n, as Python reads a text file.
    Two mean a blank line, however the lines end (old Macs wrote \r alone)."""
    return text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)


def _ends_sentence(text: str, match: re.Match, next_start: int) -> bool:
    """Whether the punctuation in ``match`` closes a sentence."""
    if text[next_start].islower():
        return False
    punct = match.group()
    if punct != ".":
        return True  # "!", "?", "…", or a full stop inside closing quotes: a real end
    window = text[max(0, match.start() - 40):match.start()]
    if window.endswith("\n"):
        window = window[:-1]  # as "$" did: the word may end before a final line break
    before = _WORD_BEFORE_REVERSED.match(window[::-1])
    if before is None:
        return True
    word = before.group()[::-1].lower()
    if word in _NEVER_FINAL:
        return word in _BEFORE_A_NUMBER and not text[next_start].isdigit()
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. Smith"
    if "." in word:  # an initialism: U.S., U.K., D.C.
        following = _FIRST_WORD.match(text, next_start)
        return bool(following) and following.group(1).lower() in _SENTENCE_STARTERS
    return True


def split_sentences(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """Sentences as (start, end, paragraph index), in order, without surrounding spaces.
    Pass ``paragraphs`` from :func:`split_paragraphs` when you have them already."""
    sentences: list[tuple[int, int, int]] = []
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    for paragraph, (p_start, p_end) in enumerate(paragraphs):
        start = p_start
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            stop = match.end()
            next_start = stop
            while next_start < p_end and text[next_start].isspace():
                next_start += 1
            if next_start >= p_end:
                break
            if match.group()[0] in "。！？" or _ends_sentence(text, match, next_start):
                sentences.append((start, stop, paragraph))
                start = next_start
        sentences.append((start, p_end, paragraph))
    return sentences

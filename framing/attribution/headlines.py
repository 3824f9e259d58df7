"""Title-case headlines ("Ukraine Rules Out More Talks With Russia"), where every word is
capitalised and so a capitalised word may be a name, a verb ("Sanders Vows ...") or a noun
("Putin Rejects Biden Talks Over ..."). The attribution rules ask this module three things:
whether words read as such a headline (``_is_title_case``), whether a capitalised report word in
one is a noun (``_is_headline_noun``: "FBI IG Report"), and who speaks a capitalised verb: the
capitalised words right before it (``_headline_speaker``), not a subject the clause rules ran on
past (``_runs_past_headline_subject``).
"""
from __future__ import annotations

import re

from ..lexicon import Match
from ..model import Sentence
from .word_classes import _DEMONYMS, _FUNCTION_WORDS, _GENERIC_HEADS, _SUBORDINATORS, normalise, _tokens_before
from .sources import classify_source

_TITLE_SMALL_WORDS = frozenset("a an the and or but of in on at to for with by from as vs".split())


def _is_title_case(words: str) -> bool:
    """Whether the words read as a title-case headline: three or more, each capitalised but
    the small ones ("Ukraine Rules Out More Talks With Russia")."""
    split = words.split()
    return len(split) >= 3 and split[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in split)


# Report-verb forms that a title-case headline uses as nouns ("... Over Police Shooting Comments").
_HEADLINE_NOUNS = frozenset(
    """comments comment claims claim reports report remarks statement warning warnings plans plan hopes fears
    suspect""".split())


def _is_headline_noun(cue: Match) -> bool:
    """Whether a capitalised report word after other words is a headline's noun: "FBI IG Report",
    "Pipe Bomb Suspect Arrested", "... Over Police Shooting Comments"."""
    return cue.text[0].isupper() and cue.text.lower() in _HEADLINE_NOUNS


# Words that open a headline's second clause: "Patients Flee Hospital As Officials Worry ...".
_HEADLINE_CLAUSE_OPENERS = _SUBORDINATORS | frozenset(("as", "but"))


def _headline_speaker(text: str, left: int, cue: Match) -> tuple[int, int, str] | None:
    """(start, end, kind) of the speaker of a capitalised verb inside a headline, or None."""
    lower = normalise(cue.text)
    # A title-case headline: the verb reports only right after a name that opens the headline
    # or its main clause ("Sanders Vows To End Tax Break", "Railing Against Trump, Sanders Vows
    # ..."); elsewhere ("Putin Rejects Biden Talks Over ...") a capitalised word may be a noun.
    if lower == "expected":
        return cue.start, cue.start, "anonymous"  # headlinese drops "is": "Congressman Expected To Be Indicted"
    head = _tokens_before(text, left, cue.start)
    commas = [k for k, t in enumerate(head) if t.group() == "," or t.group().lower() in _HEADLINE_CLAUSE_OPENERS]
    head = head[commas[-1] + 1:] if commas else head  # (or the clause after "As": "..., As Officials Worry")
    if 1 <= len(head) <= 3 and lower not in _HEADLINE_NOUNS and all(
        t.group()[0].isupper() and t.group().replace(".", "").isalpha()
        and t.group().lower() not in _FUNCTION_WORDS
        and (t.group().lower() not in _DEMONYMS or t.group().lower() in _GENERIC_HEADS) for t in head
    ):  # ("Officials Worry", "Sources Say": unnamed sources, though not names)
        return head[0].start(), head[-1].end(), classify_source(text[head[0].start():head[-1].end()])
    return None


# What may stand between a headline's subject and its verb: "Strzok, Who Criticized", "The US Is
# Blatantly Telling".
_HEADLINE_SUBJECT_TO_VERB = re.compile(r"(?:\s*,\s*Who)?(?:\s+(?:Is|Are|Was|Were|Has|Have|Had|Also|\w+ly))*\s+")


def _runs_past_headline_subject(text: str, sentence: Sentence, cue: Match, subject_end: int) -> bool:
    """Whether ``cue`` is a capitalised verb in a title-case headline and the subject found for it
    does not end right before it: in such a headline the subject rules run on past the subject,
    so only one that ends right before the verb is kept ("Orban Calls For", "Strzok, Who
    Criticized"; not "Man Wanted For" after "ICE Deports Guatemalan", nor "Trump Seems To
    Endorse")."""
    return cue.text[0].isupper() and not _HEADLINE_SUBJECT_TO_VERB.fullmatch(text, subject_end, cue.start) \
        and _is_title_case(text[sentence.start:sentence.end])

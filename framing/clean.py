"""Find page boilerplate (navigation, author boxes, comment forms, teasers) in article text.

Nothing is deleted: :func:`find_boilerplate` returns the paragraphs to exclude, with the
reason, so offsets keep pointing into the original text and the app can grey them out.

>>> text = "Talks stall\\nThe talks stalled on Friday.\\nLeave a Reply\\nYour email address will not be published."
>>> [(text[s:e], reason) for s, e, reason in find_boilerplate(text)]
[('Leave a Reply', 'comment form'), ('Your email address will not be published.', 'comment form')]
"""
from __future__ import annotations

import re

from .sentences import split_paragraphs

__all__ = ["find_boilerplate", "infer_outlet"]

# A whole paragraph that is page furniture, whatever comes around it: (reason, pattern).
_FURNITURE = [
    ("site navigation", r"connect with us|hi, what are you looking for\??|skip to (main )?content|"
                        r"menu|search|home|close|log ?in|sign ?in|subscribe( now)?|main menu|toggle navigation|"
                        r"smart bombs: military, defense and national security"),
    ("comment form", r"leave a (reply|comment)|\d* ?comments?|your email address will not be published.*|"
                     r"required fields are marked.*|post comment|cancel reply"),
    ("related links", r"related( articles| posts| stories| news)?:?|read (also|more|next):?.*|"
                      r"see also:.*|more from .{1,40}|you may also like|recommended( for you)?|trending( now)?|"
                      r"most (read|popular)|popular (posts|stories)|(also )?on this topic:?.*"),
    ("page furniture", r"back to top( button)?|advertisement|sponsored( content)?|share( this( article)?)?:?|"
                       r"(share|follow us) on .{1,40}|print|email|tweet|whatsapp|telegram|facebook|twitter|"
                       r"copyright .{1,80}|©.{1,80}|all rights reserved\.?|tags?:.*"),
    ("hashtags", r"(#\w+[\s,]*){2,}"),
    ("image credit", r".{0,120}\b(image|photo|picture|video)( credit)?s?: .{1,80}|.{0,80}\((photo|image) by .{1,80}\)|"
                     r".{0,80}\b(getty images|afp via getty images|reuters/.{1,40}|ap photo.{0,40}|file photo)\.?"),
    ("agency credit", r"source: .{1,40}|\((reuters|ap|afp|tass|ria novosti|xinhua)\)|"
                      r"\(?(with )?(reporting|additional reporting|writing) by [^\n]{1,200}\)?\.?|"
                      r".{1,80} contributed (to this report|reporting|additional reporting)[^\n]{0,80}|"
                      r"[A-Z][^\n]{1,60} reported from [^\n]{1,60}|"
                      r"(editing|edited|written|compiled) by .{1,60}"),
    ("author box", r"written by|about the author|.{1,60} is (a |an |the )?.{0,40}(’s|'s) .{0,60}"
                   r"(editor|correspondent|reporter|writer|contributor|columnist)\.?"),
]
_FURNITURE_RE = [(reason, re.compile(rf"(?:{pattern})\s*", re.IGNORECASE)) for reason, pattern in _FURNITURE]

# Markers after which the rest of the page is not the article any more.
_PAGE_END = re.compile(r"written by|about the author|related( articles| posts| stories)?|leave a (reply|comment)|"
                       r"you may also like|more stories|recommended for you", re.IGNORECASE)

_SECTION_LABEL = re.compile(r"[^\W\d_][\w\-]{0,30}")

# A teaser: a truncated headline or summary of another story, cut off with an ellipsis.
_TEASER = re.compile(r".{20,300}(…|\.\.\.)\s*$", re.DOTALL)


def _furniture_reason(paragraph: str) -> str:
    for reason, pattern in _FURNITURE_RE:
        if pattern.fullmatch(paragraph):
            return reason
    return ""


def find_boilerplate(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """Paragraphs that are not part of the article, as (start, end, reason), in text order.

    Whole paragraphs only: navigation and comment forms, related links, image credits,
    agency and author lines, a repeated headline, everything after an author box or a
    "Related Articles" / "Leave a Reply" marker near the end, and a trailing run of
    truncated teasers ("…") for other stories.
    """
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    reasons = [_furniture_reason(text[s:e]) for s, e in paragraphs]

    # A lone word near the top ("Ukraine", "World") is a section label, not a sentence.
    for i in range(min(len(paragraphs), 10) if len(paragraphs) >= 3 else 0):
        if not reasons[i] and _SECTION_LABEL.fullmatch(text[slice(*paragraphs[i])]):
            reasons[i] = "section label"

    # A headline printed twice: the second copy is page furniture.
    for i in range(1, min(len(paragraphs), 4)):
        if not reasons[i] and text[slice(*paragraphs[i])] == text[slice(*paragraphs[i - 1])]:
            reasons[i] = "repeated headline"

    # After an end-of-article marker in the last third, nothing is the article any more.
    last_third = 2 * len(paragraphs) // 3
    for i in range(last_third, len(paragraphs)):
        if _PAGE_END.fullmatch(text[slice(*paragraphs[i])].strip(" :")):
            for j in range(i, len(paragraphs)):
                reasons[j] = reasons[j] or "after the article's end"
            break

    # Trailing teasers: a run of truncated lines at the very end (at least two of them).
    tail = len(paragraphs)
    while tail > 0 and (reasons[tail - 1] or _TEASER.fullmatch(text[slice(*paragraphs[tail - 1])])):
        tail -= 1
    teasers = [i for i in range(tail, len(paragraphs)) if not reasons[i]]
    if len(teasers) >= 2:
        for i in teasers:
            reasons[i] = "teaser for another story"

    return [(s, e, reason) for (s, e), reason in zip(paragraphs, reasons) if reason]


# Where an article names its own outlet: (pattern, group holding the outlet).
_OUTLET_CLUES = [
    re.compile(r"\bis (?:a |an |the )?(?P<outlet>[A-Z0-9][\w.\- ]{1,40}?)(?:’s|'s) "
               r"(?:[\w\- ]{0,40})(?i:editor|correspondent|reporter|writer|contributor|columnist)\b"),
    re.compile(r"^\s*source: (?P<outlet>[^\n\r]{2,40}?)\s*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^\s*(?:[A-Z][A-Za-z .,]{1,40} )?\((?P<outlet>Reuters|AP|AFP|TASS|Xinhua|Bloomberg)\)\s*[-—–]",
               re.MULTILINE),
    re.compile(r"©\s*(?:\d{4}\s*)?(?P<outlet>[A-Z][\w .&\-]{1,40}?)[.,]?\s*(?:all rights reserved|$)",
               re.IGNORECASE | re.MULTILINE),
]


def infer_outlet(text: str) -> str:
    """The outlet an article names as its own ("X is 19FortyFive's Breaking News Editor",
    "Source: RES-MPE", "(Reuters) —", "© 2022 Outlet"), or "" when it names none."""
    for clue in _OUTLET_CLUES:
        match = clue.search(text)
        if match:
            return match.group("outlet").strip()
    return ""

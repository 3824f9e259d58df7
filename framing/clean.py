"""Find page boilerplate (navigation, author boxes, comment forms, teasers) in article text.

Nothing is deleted: :func:`find_boilerplate` returns the paragraphs to exclude, with the
reason, so offsets keep pointing into the original text and the app can grey them out.

>>> text = "Talks stall\\nThe talks stalled on Friday.\\nLeave a Reply\\nYour email address will not be published."
>>> [(text[s:e], reason) for s, e, reason in find_boilerplate(text)]
[('Leave a Reply', 'comment form'), ('Your email address will not be published.', 'comment form')]
"""
from __future__ import annotations

import re
import sys

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
    # a shop's price box for a book the page links to: "Eric Margolis Best Price: $2.60 Buy New
    # $24.57 (as of 09:00 EDT - Details)", perhaps after the book's cut-off title; not after the
    # end of a quotation run into it, whose paragraph is the article's
    ("shop price box", r"[^\n”\x22]{0,120}best price: \$[\d.,]{1,12} buy new \$[\d.,]{1,12} \(as of [^)\n]{1,40}\)"),
    ("hashtags", r"(#\w+[\s,]*){2,}"),
    ("newsletter sign-up", r"(email )?sign ?up\b.*|by signing up,? you agree.*|you can unsubscribe at any time\.?"),
    ("image credit", r".{0,120}\b(image|photo|picture|video)( credit)?s?: .{1,80}|.{0,80}\((photo|image) by .{1,80}\)|"
                     r".{0,80}\b(getty images|afp via getty images|reuters/.{1,40}|ap photo.{0,40}|file photo)\.?"),
    ("agency credit", r"source: .{1,40}|\((reuters|ap|afp|tass|ria novosti|xinhua)\)|"
                      r"\(?(with )?(reporting|additional reporting|writing) by [^\n]{1,200}\)?\.?|"
                      r".{1,80} contributed (to this report|reporting|additional reporting)[^\n]{0,80}|"
                      r"[A-Z][^\n]{1,60} reported from [^\n]{1,60}|"
                      r"our standards: the thomson reuters trust principles\.?|"  # the footer of Reuters' pages
                      r"(editing|edited|written|compiled) by .{1,60}|"
                      # a republished article's credit: "Article posted with permission from ...",
                      # "This report was originally published by ... at ..."
                      r"((this )?(article|report|story|post) (was )?)?(re)?(posted|published|printed) with "
                      r"(the )?permission (from|of) [^\n]{1,80}|"
                      r"(this (article|report|story|post) (was )?)?originally (published|posted|appeared) "
                      r"(by|at|on|in) [^\n]{1,80}"),
    ("author box", r"written by|about the author|.{1,60} is (a |an |the )?.{0,40}(’s|'s) .{0,60}"
                   r"(editor|correspondent|reporter|writer|contributor|columnist)\.?|"
                   r"follow .{1,40} on (twitter|facebook|instagram|x|threads|bluesky)( at)?( @\w{1,30})?\.?"),
]
_FURNITURE_RE = [(reason, re.compile(rf"(?:{pattern})\s*", re.IGNORECASE)) for reason, pattern in _FURNITURE]

# The longest paragraph (trailing whitespace aside) each kind of furniture can be: every
# alternative of these patterns has a bounded length (tests/test_clean.py checks the figures
# against the patterns). The other kinds have open-ended alternatives (".*", "\d*", hashtags).
# Most paragraphs are article prose, longer than these, so the costly patterns that try every
# start of a keyword in the first 60-120 characters ("... is X's editor", "... Photo: ...")
# need not run on them.
_LONGEST_FURNITURE = {"site navigation": 52, "image credit": 217, "agency credit": 232, "author box": 185,
                      "shop price box": 216}
_LONGEST_CLOSED = max(_LONGEST_FURNITURE.values())
_FURNITURE_CHECKS = [
    (reason, _LONGEST_FURNITURE.get(reason, sys.maxsize), pattern) for reason, pattern in _FURNITURE_RE
]
# The open-ended kinds in one pattern: a paragraph longer than _LONGEST_CLOSED can only be one
# of these, and one failed match rules all of them out at once.
_OPEN_ENDED = "|".join(f"(?:{pattern})" for reason, pattern in _FURNITURE if reason not in _LONGEST_FURNITURE)
_OPEN_ENDED_FURNITURE = re.compile(rf"(?:{_OPEN_ENDED})\s*", re.IGNORECASE)
# Every image credit holds one of these pieces of its keyword (image, photo, picture, video,
# reuters/). They avoid i, s and k, the only ASCII letters a case-insensitive pattern also
# matches with other characters (İ ı ſ K), so the lower-cased paragraph holds a piece whenever
# the pattern could match.
_IMAGE_CREDIT_PIECES = ("mage", "photo", "ctur", "deo", "reuter")


def _may_be_image_credit(paragraph: str) -> bool:
    """False when the image credit pattern cannot match: a few substring tests instead of the
    pattern's 120 tries at its keyword, which rules out most paragraphs."""
    lowered = paragraph.lower()
    for piece in _IMAGE_CREDIT_PIECES:
        if piece in lowered:
            return True
    return False


# Markers after which the rest of the page is not the article any more.
_PAGE_END = re.compile(r"written by|about the author|related( articles| posts| stories)?|leave a (reply|comment)|"
                       r"you may also like|more stories|recommended for you", re.IGNORECASE)

_SECTION_LABEL = re.compile(r"[^\W\d_][\w\-]{0,30}")

# A poll or sign-up form set inside the article: it opens with an invitation ("Take our poll -
# story continues below") and closes, a few paragraphs on, with the site's legal line ("You also
# agree to this site's Privacy Policy and Terms of Use."). Its question, options and field labels
# in between match no pattern of their own.
_FORM_OPENS = re.compile(r"(?:take|answer|vote in) (?:our|this|the) (?:quick )?(?:poll|survey)\b[^\n]*|"
                         r"[^\n]{0,30}\bstory continues below\.?", re.IGNORECASE)
_FORM_CLOSES = re.compile(r"(?:by [^.]{1,60}?,? )?you (?:also )?agree to [^.]{0,40}?"
                          r"\b(?:privacy policy|terms of (?:use|service))\b[^.]{0,60}\.?|"
                          r"you (?:may|can) (?:opt out|unsubscribe) at any ?time\.?", re.IGNORECASE)
_MOST_FORM_PARAGRAPHS = 12
# The words before "poll" or "survey" that invite the reader to it.
_INVITATION_BEFORE = re.compile(r"\b(?:take|answer|vote in) (?:our|this|the) (?:quick )?$")
_INVITATION_NOUNS = [word for noun in ("poll", "survey") for word in (noun, noun.capitalize(), noun.upper())]
_CONTINUES_BELOW = ("tory continues below", "tory Continues Below", "TORY CONTINUES BELOW")  # (s)tory, (S)tory


def _invites_to_a_form(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` invites the reader to a poll or a form set inside the article
    ("take our poll", "story continues below"). Found from its nouns by ``str.find``, in the three
    cases text uses: a pattern searched at every word of every article cost more than all the
    furniture patterns together."""
    end = len(text) if end is None else end
    if any(text.find(words, start, end) >= 0 for words in _CONTINUES_BELOW):
        return True
    for noun in _INVITATION_NOUNS:
        at = text.find(noun, start, end)
        while at >= 0:
            if _INVITATION_BEFORE.search(text[max(start, at - 30):at].lower()):
                return True
            at = text.find(noun, at + 1, end)
    return False


# A teaser: a truncated headline or summary of another story, cut off with an ellipsis.
_TEASER = re.compile(r".{20,300}(…|\.\.\.)\s*$", re.DOTALL)


def _furniture_reason(paragraph: str) -> str:
    """The first kind of furniture in ``_FURNITURE`` whose pattern matches the whole paragraph, or "".
    A paragraph wrapped in quotation marks as a whole (as in transcripts run together with
    their page) is tried without them."""
    stripped = paragraph.rstrip()
    if len(stripped) > 2 and stripped[0] in '"“' and stripped[-1] in '"”':
        paragraph = stripped[1:-1]
    # What the patterns must cover before their trailing \s* (rstrip strips exactly \s).
    length = len(paragraph.rstrip())
    if length > _LONGEST_CLOSED and not _OPEN_ENDED_FURNITURE.fullmatch(paragraph):
        return ""
    for reason, longest, pattern in _FURNITURE_CHECKS:
        if length > longest:
            continue
        if reason == "image credit" and not _may_be_image_credit(paragraph):
            continue
        if reason == "shop price box" and ("$" not in paragraph or "ce: $" not in paragraph.lower()):
            continue  # (no i, s or k in the piece: see _IMAGE_CREDIT_PIECES)
        if pattern.fullmatch(paragraph):
            return reason
    return ""


def find_boilerplate(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """Paragraphs that are not part of the article, as (start, end, reason), in text order.

    Whole paragraphs only: navigation and comment forms, newsletter sign-ups, a poll or sign-up
    form set inside the article, related links, image credits, agency and author lines, a
    repeated headline, everything after an author box or a "Related Articles" / "Leave a Reply"
    marker near the end, and a trailing run of truncated teasers ("…") for other stories.
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

    # An embedded poll or sign-up form, from its invitation to its legal line.
    if _invites_to_a_form(text):
        for i, (s, e) in enumerate(paragraphs):
            if not _invites_to_a_form(text, s, e):
                continue
            # the invitation alone is furniture too; run on after the article's words, it is left in
            first = i if _FORM_OPENS.fullmatch(text[s:e].strip()) else i + 1
            closes = [j for j in range(i + 1, min(i + 1 + _MOST_FORM_PARAGRAPHS, len(paragraphs)))
                      if _FORM_CLOSES.fullmatch(text[slice(*paragraphs[j])].strip())]
            while closes and closes[-1] != closes[0] + len(closes) - 1:
                closes.pop()  # the closing lines in a row after the first ("opt out", then "Privacy Policy")
            for j in range(first, closes[-1] + 1) if closes else ():
                reasons[j] = reasons[j] or "embedded form"

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
    # [ \t]*, not \s*, at a line's start: \s* would rescan a run of blank lines from each of them.
    re.compile(r"^[ \t]*source: (?P<outlet>[^\n\r]{2,40}?)[ \t]*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^[ \t]*(?:[A-Z][A-Za-z .,]{1,40} )?\((?P<outlet>Reuters|AP|AFP|TASS|Xinhua|Bloomberg)\)\s*[-—–]",
               re.MULTILINE),
    re.compile(r"©\s*(?:\d{4}\s*)?(?P<outlet>[A-Z][\w .&\-]{1,40}?)[.,]?\s*(?:all rights reserved|$)",
               re.IGNORECASE | re.MULTILINE),
]


def headline(text: str) -> str:
    """The article's headline when it opens with one: its first paragraph that is not page
    furniture, when that is a single short line (2 to 25 words, at most 150 characters) that does
    not end as a sentence or a label does (".", ",", ";", ":") and more text follows; else "".

    >>> headline("Connect with us\\n\\nFloods Close Schools Across the Valley\\n\\nSchools shut on Monday.")
    'Floods Close Schools Across the Valley'
    >>> headline("Schools shut on Monday after the river rose.\\n\\nMore rain is due.")
    ''
    """
    paragraphs = split_paragraphs(text)
    furniture = {(s, e) for s, e, _ in find_boilerplate(text, paragraphs)}
    kept = [(s, e) for s, e in paragraphs if (s, e) not in furniture]
    if len(kept) < 2:
        return ""
    first = text[slice(*kept[0])].strip()
    words = first.split()
    if "\n" in first or "\r" in first or not 2 <= len(words) <= 25 or len(first) > 150 or first.endswith((".", ",", ";", ":")):
        return ""
    return " ".join(words)


def infer_outlet(text: str) -> str:
    """The outlet an article names as its own ("X is 19FortyFive's Breaking News Editor",
    "Source: RES-MPE", "(Reuters) —", "© 2022 Outlet"), or "" when it names none."""
    for clue in _OUTLET_CLUES:
        match = clue.search(text)
        if match:
            return match.group("outlet").strip()
    return ""

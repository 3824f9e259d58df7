"""What kind of source a speaker's phrase is: ``named`` (a person, office or outlet) or
``anonymous`` ("officials", "people familiar with the talks"), and what a pronoun would call it
(a person, a group, an organisation).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .word_classes import (
    _ANONYMOUS_HEADS, _ANONYMOUS_PHRASE, _ANONYMOUS_QUALIFIER, _DEMONYMS, _GENERIC_HEADS, _INDEFINITE_PRONOUNS,
    _MODIFIERS, _NOUN_DETERMINERS, _PRONOUNS, _RECORD_NOUNS, _SOURCE_NOUNS, _TOKEN, _names_a_state,
)


# Modifiers that name an institution when they head the phrase: "the Ukrainian military said", "the
# administration said", "the defense argued", as "the army said" does ("military officials" stay anonymous).
_INSTITUTION_MODIFIERS = _MODIFIERS & _SOURCE_NOUNS

_ORGANISATION_WORDS = frozenset(
    """house kremlin ministry office department agency government administration council committee service
    services channel news newspaper statement report nato un eu pentagon army military police court
    parliament congress senate party union commission bank network times post journal campaign institute
    university foundation association federation alliance coalition organization organisation bureau""".split()
)
# Words that name a news outlet when capitalised inside a name ("the Shelton Weekly", "the New Haven
# Register"), and outlets known by one name; not when they own the name after them ("NBC's Dante Chinni").
_OUTLET_WORDS = frozenset(
    """Weekly Daily Tribune Herald Gazette Chronicle Telegraph Examiner Inquirer Courier Caller Magazine Register
    Reuters AP AFP Bloomberg CNN BBC MSNBC NBC ABC CBS NPR Politico Axios Breitbart""".split()
)

# The words by which news says a source was granted anonymity (AP and Reuters style).
_ANONYMITY_GRANTED = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:speaking|spoke)\s+anonymously"
    r"|(?:asked|requested|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    r"|(?:asked|requested|on\s+(?:the\s+)?condition)\s+that\s+(?:(?:his|her|their)\s+names?|he|she|they)\s+not\s+be\s+"
    r"(?:named|identified|used|published)"
    r"|(?:did\s+not|does\s+not|didn[’']t|doesn[’']t)\s+want\s+(?:to\s+be\s+|(?:his|her|their)\s+name\s+to\s+be\s+)"
    r"(?:named|identified|used|published)"
    r"|(?:requested|was\s+granted|were\s+granted)\s+anonymity"
    r"|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss))\b", re.IGNORECASE)


def _grants_anonymity(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says a source was granted anonymity; most sentences hold none of
    the pattern's words, so they are looked for first."""
    return any(text.find(word, start, end) >= 0 for word in ("nonym", "name", "identified", "uthori", " want ")) and \
        _ANONYMITY_GRANTED.search(text, start, end) is not None


def _unnamed_head(phrase: str) -> bool:
    """Whether a speaker's phrase is headed by a common noun ("a senior Ukrainian commander"), not
    a name ("Smith", "Ukraine's defence ministry" is headed by "ministry" and so is unnamed too).
    Asked of sources granted anonymity, where a short head in capitals is a title, a common noun
    too: "one senior MP, who asked not to be named", "a Labour MEP"."""
    words = [w for w in _TOKEN.findall(phrase) if w[0].isalnum()]
    if not words:
        return False
    head = _head(words)
    return head[:1].islower() or head.isupper() and head.isalpha() and len(head) <= 4


def _is_indefinite(phrase: str) -> bool:
    """Whether a speaker is an indefinite pronoun ("No one", "Not everyone"): nobody a later
    "he" or "they" can point back to."""
    last = phrase.rsplit(None, 1)[-1].lower()
    return last in _INDEFINITE_PRONOUNS or phrase.lower() == "no one"


# Words that open what follows a noun phrase's head: "a source *close to* the club", "officials
# *who* spoke to Reuters", "a senior official *in* the coalition".
_POST_MODIFIERS = frozenset(
    """of for in at from with to on inside within among near close familiar knowledgeable briefed involved aware
    speaking who whom which that whose""".split()
)

# A part of a group: "one of the officials" takes its head from the group; so does a body of
# them: "a panel of experts", "a group of officials" are as unnamed as their members.
_PARTITIVES = frozenset("""one two three four five several some many most each none few all both group groups panel
    panels team teams handful number""".split())
# A spokesman speaks for the office named after him: "a spokesman for the mayor" is that office.
_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())


def _head(words: list[str]) -> str:
    """The head noun of a source's phrase: the word before its first post-modifier, or its last word."""
    for k in range(1, len(words)):
        word = words[k].lower()
        if word in _POST_MODIFIERS and not (word == "of" and words[k - 1].lower() in _PARTITIVES):
            head = words[k - 1].lower()
            return words[-1] if head in _SPEAKS_FOR else words[k - 1]
    return words[-1]


# What a source gave, standing for the source when nobody is named with it.
_UNATTRIBUTED_INFORMATION = frozenset(("information", "intelligence"))
# Quantifiers that pick out an unnamed part of a group: "many Democrats", "other E.U. leaders".
_VAGUE_QUANTIFIERS = frozenset("many some other others".split())
_TWO_CAPITALISED = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")  # a name of two words: "White House"


@lru_cache(maxsize=50_000)  # the same sources come back ("officials", "Trump"); bounded, so memory stays flat
def classify_source(phrase: str) -> str:
    """``named`` when the phrase names a person, office or outlet; else ``anonymous``."""
    words = [w for w in _TOKEN.findall(phrase) if w[0].isalnum() or w[0] == "@"]
    if not words:
        return "anonymous"
    if any(w[0] == "@" for w in words) or _names_a_state(phrase):
        return "named"  # a social-media handle names its owner; "the US" names a state
    head = _head(words).lower().rstrip(".")
    if head.endswith(("’s", "'s")):
        head = head[:-2]
    # Capitalised words that name someone: not nationalities, source nouns or modifiers, but those
    # two inside a name after its first word ("Homeland Security Department", "Charlotte Observer")
    proper = [w for k, w in enumerate(words) if w[0].isupper() and w.lower().rstrip(".") not in _DEMONYMS and (
        k > 0 and words[k - 1][0].isupper() and words[k - 1].lower().rstrip(".") not in _DEMONYMS
        or w.lower().rstrip(".") not in _SOURCE_NOUNS and w.lower() not in _MODIFIERS)]
    if head not in _INSTITUTION_MODIFIERS and \
            all(w.lower().rstrip(".") in _DEMONYMS or (w.islower() and w in _MODIFIERS) for w in words):
        return "anonymous"  # "Ukrainians say", "US officials": a group, nobody named
    if head in _UNATTRIBUTED_INFORMATION and phrase.islower():
        return "anonymous"  # "according to (preliminary) information": agency copy for unnamed sources
    if head in _ANONYMOUS_HEADS:
        # "NATO officials", "a senior official": a generic head named only by an institution
        # stays anonymous; two proper words in a row ("White House officials") name an office.
        return "named" if _TWO_CAPITALISED.search(phrase) and len(proper) >= 2 else "anonymous"
    if words[0].lower() in _VAGUE_QUANTIFIERS and not _TWO_CAPITALISED.search(phrase.split(None, 1)[-1]):
        # "many say", "some Republicans argue": a vague part of a crowd names no one, unless a name of
        # two words follows the quantifier ("some Republicans, including Senator Lamar Alexander")
        return "anonymous"
    return "named"


# Endings of plural names for parties, nations and movements (Republicans, Democrats, Europeans,
# Socialists), not of surnames that end in -s (Sanders, Evans).
_GROUP_SUFFIXES = ("cans", "crats", "ians", "eans", "ists", "ites", "ives")
# Words that pick one out of a plural: "One of the two major candidates" is one person.
_ONE_OF = frozenset("one each either neither".split())


# Titles of one person: a name after one is a person's, whatever institution the title names
# ("White House National Security Adviser Jake Sullivan").
_PERSON_TITLES = frozenset(
    """spokesman spokeswoman spokesperson adviser advisor aide minister secretary president leader ambassador
    envoy lawmaker senator governor mayor lawyer attorney prosecutor officer general commander chairman
    chairwoman chair director head chief correspondent reporter editor representative sen. rep. gov. dr.""".split()
)


def _names_a_titled_person(phrase: str) -> bool:
    """Whether the phrase ends in a name after a person's title: "Council spokesman John Kirby"."""
    words = phrase.split()
    titles = [k for k, w in enumerate(words) if w.lower() in _PERSON_TITLES]
    return bool(titles) and titles[-1] < len(words) - 1 and all(w[:1].isupper() for w in words[titles[-1] + 1:])


def _joins_two_speakers(phrase: str) -> bool:
    """Whether "and" joins a name to another speaker: "Mr. Obama and Hillary Clinton", "Ruiz and
    her lawyers" are "they", never "he". Not inside a name ("Minister of Foreign Affairs and Trade
    Ana Ruiz") nor between two titles of one person ("President and CEO Ana Ruiz")."""
    if " and " not in phrase:
        return False
    first, second = phrase.split(" and ", 1)
    first_words, second_words = first.split(), second.split()
    return bool(first_words and second_words) and any(w[:1].isupper() for w in first_words) and \
        "of" not in first_words and first_words[-1].lower().rstrip(".,") not in _PERSON_TITLES and \
        (second_words[-1][:1].isupper() or second_words[-1].endswith("s") and second_words[-1] not in _PRONOUNS)


# A quantifier for people, with where they are or whom they are part of: "Some in Kyiv", "many of them".
_GROUP_QUANTIFIERS = frozenset("some many others several few most both all".split())
_GROUP_PLACES = frozenset("in at of across within among around".split())


@lru_cache(maxsize=50_000)
def _speaker_kind(phrase: str) -> str:
    """``person``, ``group`` (plural: officials, people) or ``organisation``, for pronouns."""
    words = phrase.lower().replace("’s", "").replace("'s", "").split()
    if _joins_two_speakers(phrase):
        return "group"
    if _names_a_titled_person(phrase):
        return "person"
    if any(w.strip(".,()") in _ORGANISATION_WORDS for w in words) or _names_a_state(phrase) or \
            any(w.strip(".,()") in _OUTLET_WORDS for w in phrase.split()):
        return "organisation"  # a state or an outlet speaks as "it", never as "he" or "she"
    head = words[-1] if words else ""
    original = phrase.split()
    if "of" in original[1:]:
        before_of = original[original.index("of", 1) - 1]
        if before_of.islower():
            head = before_of  # "members of the Group of Seven": members
    if head in _GENERIC_HEADS and head.endswith("s") or head in ("people", "police", "authorities", "media"):
        return "group"
    if "percent" in words or "%" in phrase or head.endswith(_GROUP_SUFFIXES):
        return "group"  # "Sixty percent of voters", "Republicans", "the Democrats", "Europeans"
    if head.endswith("s") and (original[-1].islower() or len(original) == 1) and (
            head in _SOURCE_NOUNS or head[:-1] in _SOURCE_NOUNS) and words[0] not in _ONE_OF:
        return "group"  # sources in the plural ("Democratic leaders", "Prosecutors"): "they", never "he"
    if words and words[0] in _GROUP_QUANTIFIERS and (len(words) == 1 and words[0] == "others" or
                                                      len(words) > 1 and words[1] in _GROUP_PLACES):
        return "group"  # "Some in Kyiv", "Many of the delegates", "Others": never "he" or "she"
    if len(original) > 1 and original[0].lower().endswith("ing") and original[1].islower():
        return "thing"  # a gerund clause: "Running for president is a bigger stage" (not "Sterling Brown")
    content = [w for w in words if w not in _NOUN_DETERMINERS and w not in _MODIFIERS]
    named = any(w[0].isupper() and w.lower() not in _NOUN_DETERMINERS for w in phrase.split())
    if content and content[0] in _RECORD_NOUNS or not named and head not in _SOURCE_NOUNS:
        return "thing"  # "the study", "some", "one slide": a pronoun "he" or "she" never points back to it
    return "person"


def _holds_anonymous_phrase(phrase: str) -> bool:
    """Whether ``phrase`` holds an unnamed source ("people familiar with the talks"). An ASCII phrase
    without any of the qualifying words is ruled out before the pattern tries each of its words
    (beyond ASCII, the pattern's case folding is wider than str.lower: the pattern decides)."""
    if phrase.isascii() and _ANONYMOUS_QUALIFIER.search(phrase.lower()) is None:
        return False
    return _ANONYMOUS_PHRASE.search(phrase) is not None

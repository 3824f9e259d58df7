"""Hedges (the writer holds back: may, reportedly, it is believed) and boosters (the writer
leans in: clearly, flatly, made clear), after Hyland (2005) and the Wikipedia "words to watch".

>>> [(s.text, s.kind, s.category) for s in find_hedges("It may rain. He flatly refused, reportedly.")]
[('may', 'hedge', 'modal'), ('flatly', 'booster', 'certainty_adverb'), ('reportedly', 'hedge', 'reporting_distance')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import EXCEPTION, Lexicon
from .model import Span

__all__ = ["find_hedges", "takes_up_an_office"]

# "May" next to a number is a month ("on May 4", "May 2022"), whatever its case.
_MAY_NUMBER = re.compile(r"\d\s+may\b|\bmay\s+\d", re.IGNORECASE)
# Terms that a word right before them turns into something else: "possible" after "as" closes a
# comparison of degree ("as soon as possible"); a certainty verb in its base form after "to" is a
# task or an aim ("asking Ukraine to show that it is open", "failed to prove"), which the writer
# does not vouch for; "considered" after "being" is weighed ("the bill is being considered"), not
# the weasel "is considered (to be)"; "many" after "how" asks a number ("have not disclosed how
# many troops"), it leaves none vague.
_NOT_AFTER = {"possible": "as", "considered": "being", "many": "how",
              **dict.fromkeys(("show that", "prove", "demonstrate", "make clear", "make it clear"), "to")}
_WORD_RIGHT_BEFORE = {word: re.compile(rf"\b{word}\s+$", re.IGNORECASE) for word in set(_NOT_AFTER.values())}
# A superlative right before "possible" ("the best possible outcome"): the utmost degree, not a doubt.
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:best|worst|most|least|[a-z]{3,}est)\s+$", re.IGNORECASE)
# The second "as" of "as many ... as", a few words after "many".
_AS_AFTER_A_NOUN = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}?as\b", re.IGNORECASE)
# A negation before a booster, with at most two auxiliaries or degree words between ("cannot
# prove", "have not yet proven", "not everyone is convinced"): the certainty is denied, which
# holds back as a hedge does (Hyland 2005 counts "not sure" among hedges).
_NEGATION_BEFORE = re.compile(
    r"\b(?:not|never|cannot|no\s+longer|\w+n[’']t)\s+(?:(?:be|been|is|are|was|were|have|has|had|yet|always|fully|"
    r"entirely|quite|so|very|everyone|everybody|all|necessarily)\s+){0,2}$", re.IGNORECASE)


# "Might" is the noun of strength before "of" or after a determiner, a possessive or a word of
# what kind ("the full might of its army", "America's military might"); the modal takes neither.
_MIGHT_NOUN_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_MIGHT_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|your|full|sheer|military|economic|naval|nuclear|industrial|financial)|"
    r"[’']s)\s+$", re.IGNORECASE)
# To "assume" an office, a power or a duty is to take it up (Merriam-Webster: "assume office"),
# not to suppose: "assumed office in 2019", "will assume the presidency", "has assumed a newly
# created role as ...", "would assume Patriot's environmental and reclamation obligations" (a
# duty, a debt or a burden). A determiner and three more words may come between, and a stop or a
# preposition closes the phrase ("We assume their position is weak" supposes).
_OFFICE_AFTER = re.compile(
    r"\s+(?!that\b)(?:[\w’'-]+\s+){0,4}?(?:office|power|control|command|responsibility|presidency|"
    r"premiership|chairmanship|leadership|role|post|position|duties|mantle|helm|throne|reins|"
    r"obligations|liabilities|debts?|ownership|custody|burden)"
    r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:in|as|of|for|on|at|after|from|when|until|and|or|over|last|next|this)\b)",
    re.IGNORECASE)


def takes_up_an_office(text: str, start: int, end: int) -> bool:
    """Whether a form of "assume" at ``start:end`` takes up an office or a duty ("assumed power",
    "assume the presidency"), which neither hedges nor reports."""
    return text[start:end].lower().startswith("assum") and _OFFICE_AFTER.match(text, end) is not None


# "Certain" is a vague quantifier only before its noun ("certain officials"); before a clause, an
# infinitive or the end of a phrase it is the adjective of certainty.
_CERTAIN_NOT_A_QUANTIFIER = re.compile(r"\s*(?:[.,;:!?)”\"]|$|\s(?:that|to|of|about|whether|if)\b)", re.IGNORECASE)
_HELD_BACK = re.compile(r"\b(?:almost|nearly|not|fairly|reasonably|for|less)\s+$", re.IGNORECASE)
# Adverbs of certainty that "almost" or "nearly" holds back: "almost certainly", "nearly surely".
_CERTAINTY_ADVERBS = frozenset("certainly surely definitely undoubtedly assuredly".split())
_NEARLY_BEFORE = re.compile(r"\b(?:almost|nearly)\s+$", re.IGNORECASE)

# "Considered" is the weasel as a passive or after a word of how widely: "is considered the best",
# "widely considered", "considered by many", not "has considered lowering the age".
_PASSIVE_OR_DEGREE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|widely|generally|commonly|often|usually|largely|long|still|also|now|"
    r"universally|broadly|traditionally|[a-z]+n[’']t|not)\s+$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[,;:(—–]|[.!?][\"”’']?)\s*$")


def _is_considered_weasel(text: str, start: int, end: int) -> bool:
    """Whether "considered" at ``start:end`` is the weasel, a judgement held by nobody named: a
    passive ("is considered the best", "considered by many"), after a word of how widely ("widely
    considered") or opening a participle clause ("Considered a moderate, she ..."); not the verb
    of weighing ("has considered lowering the age", "they considered it")."""
    before = text[max(0, start - 40):start]
    return bool(_PASSIVE_OR_DEGREE_BEFORE.search(before) or _CLAUSE_START_BEFORE.search(before)
                or _BY_AFTER.match(text, end))


# "Prove" is also a copula, "turn out" (Merriam-Webster, prove 2): "the support proved
# troublesome", "could prove to be worse", "have proven quite useless". That tells how a thing came
# out, not how sure the writer is, and is no booster; "proved that", "proved his point" and the
# passive "was proven to be false" (shown to be) still are.
_TURNED_OUT_AFTER = re.compile(
    r"\s+(?:to\s+be\b|(?:so|too|very|quite|rather|more|less|most|highly|extremely|increasingly|particularly|"
    r"especially|largely|pathetically|remarkably|surprisingly)\s+(?!that\b)[a-z]|"
    r"(?:[a-z]{3,}(?:ful|ous|ive|ible|able|less|ic|ical|some)|difficult|hard|easy|costly|deadly|fatal|wrong|right|"
    r"true|false|popular|unpopular|crucial|pivotal|critical|vital|essential|controversial|futile|elusive|"
    r"impossible|insufficient|inadequate|short-lived)\b)", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had|having|[a-z]+n[’']t)\s+(?:(?:not|never|already|also|since|"
                             r"repeatedly|often|now|so\s+far)\s+)?$", re.IGNORECASE)


def _proves_to_be(text: str, start: int, end: int) -> bool:
    """Whether a form of "prove" at ``start:end`` is the copula "turn out" ("proved costly", "could
    prove to be worse", "have proven quite useless"), not "show": active, with "to be", a degree
    word and an adjective, or an adjective right after it. "Proven" is active only after "have"."""
    if not _TURNED_OUT_AFTER.match(text, end):
        return False
    before = text[max(0, start - 30):start]
    if text[start:end].lower() == "proven":
        return bool(_PERFECT_BEFORE.search(before))
    return not _PASSIVE_BEFORE.search(before)


# "About" and "around" round a number right after them (Prince et al. 1982, approximators, as
# "roughly" and "approximately" do): "about 200 people", "around $5 billion". Elsewhere they are
# prepositions: "about the war", and before a year standing alone ("a book about 1968"), not one
# that counts ("about 2000 people"). "As many as" and "as much as" give an upper bound only before
# a number too ("as many as 200 tanks"; not "as much as possible").
_ONLY_BEFORE_A_NUMBER = frozenset(("about", "around", "as many as", "as much as"))
_YEAR_ALONE = r"(?:1[5-9]|20)\d\d\b(?!\s+(?!(?:and|or|but|when|in|on|at|to|as|with|for|from|until|before|after)\b)[a-z])"
# A number in words rounds only as an amount: before a unit, a share or a large number ("about two
# weeks", "around a third of", "some two dozen"), not as a count of people or things ("a film about
# two brothers", "built around three ideas").
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety|a|an|several|a\s+few)")
_AMOUNT_IN_WORDS = (r"(?:" + _NUMBER_WORD + r"(?:[\s-]+" + _NUMBER_WORD + r")?\s+(?:hundred|thousand|million|billion|"
                    r"dozen|score|percent|per\s+cent|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|"
                    r"miles?|kilometres?|kilometers?|metres?|meters?|feet|times)\b|half\s+(?:of|a|an|the)\b|"
                    r"(?:one|two|three)\s+in\s+(?:\d+|three|four|five|six|seven|eight|nine|ten)\b|"
                    r"a\s+(?:third|quarter|fifth|tenth)\s+of\b)")
_NUMBER_AFTER = re.compile(r"\s+(?:(?=[$£€]?\d)(?!" + _YEAR_ALONE + r")|(?=(?i:" + _AMOUNT_IN_WORDS + r")))")


# "Suggest" proposes rather than hedges with a gerund after it ("suggested requiring the rulers
# to ...") or with a person before it and a thing after it ("Sarah Higley suggests a common story",
# "The minister suggested a new round of talks"); evidence suggests tentatively ("the data suggest
# a link", "suggests that ...").
_ING_PREPOSITIONS = r"(?:during|including|regarding|concerning|following|according|considering|pending|excluding)"
_GERUND_AFTER = re.compile(r"\s+(?!(?:" + _ING_PREPOSITIONS + r"|nothing|something|anything|everything)\b)"
                           r"[a-z]+ing\b(?!\s+(?:that|as)\b)")
_THING_AFTER = re.compile(r"\s+(?:a|an|another|new|the\s+(?:creation|idea|use|formation|adoption|appointment))\b")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:[A-Z][a-z]+\s+[A-Z][a-z]+|minister|president|senator|official|spokesman|spokeswoman|leader|mayor|"
    r"governor|chairman|chair|secretary|ambassador|envoy|adviser|advisor|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)|"
    r"\b(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][a-z]+)"
    r"(?:\s+(?:also|later|then|once|has|had|have))?\s+$")


def _proposes(text: str, start: int, end: int) -> bool:
    """Whether "suggest" at ``start``-``end`` puts forward a plan rather than a tentative claim."""
    if _GERUND_AFTER.match(text, end):
        return True
    return bool(_THING_AFTER.match(text, end)) and bool(_PERSON_BEFORE.search(text, max(0, start - 40), start))


def find_hedges(text: str, lexicon: Lexicon | None = None) -> list[Span]:
    """Hedge and booster spans in ``text``; ``category`` says which kind of hedge or booster."""
    if lexicon is None:
        from .annotate import default_lexicons
        lexicon = default_lexicons().hedges
    spans = []
    for match in lexicon.finditer(text):
        term = match.text.lower()
        if _kind(match.row) == EXCEPTION or term == "may" and _is_month(text, match.start, match.text):
            continue  # a listed exception ("think tank"); the month
        if term == "certain" and _CERTAIN_NOT_A_QUANTIFIER.match(text, match.end):
            # "certain that": sure, not "certain people"; a hedge still when held back
            # ("almost certain that", "not known for certain"), as Hyland counts it.
            if not _HELD_BACK.search(text, max(0, match.start - 12), match.start):
                continue
            spans.append(Span(match.start, match.end, "hedge", "epistemic_adjective", match.text,
                              "pattern: certainty held back"))
            continue
        if term == "might" and (_MIGHT_NOUN_AFTER.match(text, match.end) or
                                _MIGHT_NOUN_BEFORE.search(text, max(0, match.start - 14), match.start)):
            continue  # "the might of its army": strength, not a modal
        if term.startswith("assum") and takes_up_an_office(text, match.start, match.end):
            continue  # "assumed office": taken up, not supposed
        if term in _ONLY_BEFORE_A_NUMBER and not _NUMBER_AFTER.match(text, match.end):
            continue  # "about the war": a preposition
        if term == "some" and _NUMBER_AFTER.match(text, match.end):
            # "some 200 people" rounds a figure as "about 200" does: an approximator, not a vague count
            spans.append(Span(match.start, match.end, "hedge", "approximator", match.text,
                              "pattern: some before a number"))
            continue
        if term.startswith("prov") and _proves_to_be(text, match.start, match.end):
            continue  # "the plan proved costly": it turned out so; nobody vouches harder
        if term.startswith("suggest") and _proposes(text, match.start, match.end):
            continue  # "Menon suggested requiring ...", "The minister suggested a new round": a proposal
        if term == "considered" and not _is_considered_weasel(text, match.start, match.end):
            continue  # "has considered lowering": weighed, not the weasel "is (widely) considered"
        if term == "possible" and _SUPERLATIVE_BEFORE.search(text, max(0, match.start - 20), match.start):
            continue  # "the best possible outcome", "the earliest possible date": a degree, no doubt
        if term == "many" and _WORD_RIGHT_BEFORE["as"].search(text, max(0, match.start - 4), match.start) and \
                _AS_AFTER_A_NOUN.match(text, match.end):
            continue  # "as many gains as possible", "three times as many stars as": a comparison, no vague count
        cancelling = _NOT_AFTER.get(term)
        if cancelling and _WORD_RIGHT_BEFORE[cancelling].search(
                text, max(0, match.start - len(cancelling) - 2), match.start):
            continue
        row = match.row
        if term in _CERTAINTY_ADVERBS and _NEARLY_BEFORE.search(text, max(0, match.start - 8), match.start):
            # "almost certainly" holds back as "almost certain" does: a hedge, not a booster
            spans.append(Span(match.start, match.end, "hedge", "epistemic_adverb", match.text,
                              "pattern: certainty held back"))
            continue
        if _kind(row) == "booster" and _NEGATION_BEFORE.search(text, max(0, match.start - 40), match.start):
            spans.append(Span(match.start, match.end, "hedge", "negated_booster", match.text,
                              f"pattern: negated booster {row['term']}"))
            continue
        spans.append(Span(match.start, match.end, _kind(row), row.get("category", ""), match.text,
                          f"term: {row['term']}"))
    return spans


def _kind(row: dict[str, str]) -> str:
    """A row is a booster or an exception when its kind says so ("booster", "exception", any
    case), else a hedge: a term added with the kind left blank or mistyped still counts."""
    return _kind_named(row.get("kind"))


@lru_cache(maxsize=64)
def _kind_named(kind: object) -> str:
    """The kind a row's ``kind`` cell names (read once per distinct cell: every match asks)."""
    kind = str(kind or "").strip().lower()
    return kind if kind in ("booster", EXCEPTION) else "hedge"


def _is_month(text: str, pos: int, word: str) -> bool:
    """Whether "may" at ``pos`` is the month: next to a number, or capitalised mid-sentence."""
    if _MAY_NUMBER.search(text, max(0, pos - 5), pos + 6):
        return True
    if word != "May":
        return False
    before = text[max(0, pos - 3):pos].rstrip(" “\"'‘")
    return bool(before) and before[-1] not in ".!?\n\r:"

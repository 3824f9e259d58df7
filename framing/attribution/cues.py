"""Whether a report verb or noun found in a sentence reports anything there: not when it is a noun
("his comments", "fears of a long war"), a reporter's credit ("reported from Kyiv"), a set phrase
("needless to say"), a command or question to the reader or a refusal to act; and the order in
which a sentence's cues are tried (the main clause before an opening subordinate one).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..hedging import takes_up_an_office
from ..lexicon import EXCEPTION, Lexicon, Match
from ..loaded import DEGREE_ADVERBS, physical_sense
from ..model import Sentence
from .word_classes import (
    _ANONYMOUS_HEADS, _ANOTHER_SUBORDINATE, _ATTITUDE_ADJECTIVES, _AUXILIARIES, _DAYS_AND_MONTHS, _DETERMINERS,
    _FUNCTION_WORDS, _HEARSAY_ADVERBS, _HELD_WHEN_PASSIVE, _INDEFINITE_PRONOUNS, _INDIRECT_QUESTION_WORDS,
    _INSTITUTION_HEADS, _INVERTING_VERBS, _IRREGULAR_PAST, _LEADING_FILLER, _NOUN_DETERMINERS, _NOUN_MARKERS,
    _NOUN_PREPOSITIONS, _PLURAL_QUANTIFIERS, _PLURAL_WORD, _PRONOUNS, _PRONOUN_LIKE, _REACTION_VERBS, _RECEIVED_NOUNS,
    _REPORT_NOUNS, _SOURCE_NOUNS, _STANCE_ADJECTIVES, _STANCE_NOUNS, _STANCE_OBJECT_NOUNS, _SUBORDINATORS,
    _ends_in_passive_auxiliary, _is_common_noun, _names_people, _opens_adverbial, _stripped_end, _word_before,
)
from .headlines import _HEADLINE_NOUNS, _is_headline_noun, _is_title_case


# What makes a passive "found" a finding, not a discovery: an infinitive, a that-clause or a verdict
# ("was found to be safe", "was found guilty"), not "were found in a field".
_FINDING_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:to|that|guilty|not\s+guilty|innocent|liable|in\s+breach|in\s+contempt)\b")


# Things that are found, not findings: "found a body", "found two bodies", "found the gun".
_THING_DISCOVERED = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|two|three|four|five|several|more|\d+)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:bodies|body|remains|corpses?|wreckage|debris|weapons?|guns?|rifles?|knife|knives|drugs|cash|explosives|bombs?|"
    r"devices?|cars?|vehicles?|skeletons?|bones|graves?|ammunition)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|near|inside|under|behind|beneath|along|outside|after|during|buried|hidden|"
    r"lying|floating|and)\b)")


# A place (a preposition of place, then a determiner or a name, not a day: "found on Friday she had"),
# then the finite verb of the clause,
# after "found" on a noun: the participle of a reduced relative ("A fingerprint found on the package
# belonged to the suspect"), no finding, which would go on with "that" or its object.
_FOUND_ON_A_NOUN = re.compile(
    r"\s+(?:on|in|at|near|inside|under|behind|beneath|beside|outside|among|along)\s+"
    r"(?:the|a|an|his|her|their|its|this|that|these|those|(?!" + _DAYS_AND_MONTHS + r")[A-Z][\w’'-]*)\s+"
    r"(?:(?!(?:that|which|who|and|or|but|the|a|an|his|her|their|its)\b)[\w’'-]+\s+)?"
    r"(?:was|were|is|are|has|have|had|will|would|may|might|could|belonged|matched|contained|showed|suggested|"
    r"appeared|led|linked|tied|pointed|bore|carried|helped)\b")


_FOUND_AT_A_PLACE = re.compile(r"\s+(?:on|in|at|near|inside|under|behind|beneath|beside|outside|among|along)\s")


# Sources, institutions, studies and inquiries, which find ("The jury found in ..."); a letter or a
# document is found.
_FINDERS = _SOURCE_NOUNS | _INSTITUTION_HEADS | frozenset(
    """study studies survey surveys poll polls analysis research data audit review jury watchdog investigation
    inquiry probe team group""".split())


def _after_a_common_noun(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether the word before ``cue`` is a common noun in lower case that a determiner opens ("A
    fingerprint found", "the gun found"), not a pronoun or a name ("What they found", "Smith
    found"), nor a source, an institution, a study or an inquiry, which find ("The report found in the
    United States ...", "The committee found in its review ...")."""
    words = text[sentence.start:cue.start].split()
    return len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and words[-1] not in _PRONOUNS \
        and words[-1] not in _FINDERS and not _names_people(words[-1]) and words[-2].lower() in _DETERMINERS



# A verb that makes or lets someone act, its object and "to" right before a reporting verb: the
# report is an act required or allowed ("requires companies to report", "allow firms to tell"), which
# nobody has made.
_MADE_TO_ACT = re.compile(
    r"\b(?:requir|allow|permit|enabl|forc|compel|oblig|encourag)(?:e|es|ed|ing|s)?\s+(?:[\w’'-]+\s+){1,4}?to\s+$",
    re.IGNORECASE)


# "Help" or "let" after "to" or a modal, or in -s, its object and a bare infinitive: the act is an
# aim or a leave given ("to help people understand", "will let voters decide", "The app helps
# patients explain"), not a report of it (Quirk et al. 1985, 16.52, bare infinitive after verbs of
# causation). A plural "help" may be a relative clause's verb before the main one ("Groups that help
# migrants say"), so it is left alone; "let me tell you" and "let us say" stay the speaker's own.
_HELPED_TO_ACT = re.compile(
    r"(?:\b(?:to|will|would|can|could|may|might|should|must|cannot)\s+(?:(?:also|not|\w+ly)\s+)?(?:help|let)"
    r"|\b(?:helps|lets))"
    r"\s+(?!(?:us|me|who|that|which)\b)[\w’'-]+(?:\s+(?!(?:who|that|which)\b)[\w’'-]+)?\s+$", re.IGNORECASE)


# The help-phrase is the main clause's only when a finite verb of that clause stands before it ("her
# push is to help", "It will also help", "The tool helps"), with no relative pronoun between: else it
# may stand in a clause on the subject, before the main verb ("Organizations that can help victims
# say", "Volunteers who came to help residents say", "Lawyers hired to help the families say").
_FINITE_BEFORE_HELP = re.compile(r"\b(?:is|are|was|were|be|been|will|would|can|could|may|might|should|must|cannot"
                                 r"|helps|lets|(?:it|he|she|that|there|what)['’]s)\b", re.IGNORECASE)
# A participle right before "to help", on a noun of the subject: "charities trying to help", "crews
# sent to help".
_PARTICIPLE_BEFORE_TO = re.compile(r"\b(?:\w+ing|\w+ed|sent|brought|set)\s+(?:in\s+|on\s+)?$")
_CLAUSE_BREAK = re.compile(r"[,;:—]")
_RELATIVE_BEFORE_HELP = re.compile(r"\b(?:that|who|which|whose|where|whom)\s+(?:[\w’'-]+\s+){0,5}$", re.IGNORECASE)


def _is_base_form(cue: str) -> bool:
    """Whether a report verb's first word is in its base form, as a bare infinitive is ("understand",
    "say"): not in -s, -ed or -ing, nor an irregular past ("told")."""
    word = cue.lower().split()[0]
    return not word.endswith(("s", "ed", "ing")) and word not in _IRREGULAR_PAST


# The newswire's caveat on what it could not check: "could not be independently verified", "it was
# not immediately possible to confirm", "Reuters was unable to verify".
_UNVERIFIED_BEFORE = re.compile(
    r"(?:\b(?:not|never|cannot|couldn[’']t|can[’']t)\s+(?:yet\s+)?(?:be|been)\s+|\b(?:possible|able|unable)\s+to\s+)"
    r"(?:(?:immediately|independently|yet|fully|officially)\s+)*$", re.IGNORECASE)
_NOT_TO_BE_NAMED = re.compile(r"\s+(?:(?:his|her|their)\s+name\s+)?to\s+be\s+(?:named|identified|used|published)\b")


# "Declined" as a figure's fall, not a refusal: a degree or a measure after it ("shares declined 3
# percent", "declined by half", "has declined slightly from 58 percent", "sales declined sharply":
# the loaded detector's adverbs of a large degree and the milder ones). A manner of refusing
# ("declined politely") or an object ("declined further comment") is no measure.
_MEASURE_AFTER = re.compile(
    r"\s+(?:(?:" + "|".join(sorted(DEGREE_ADVERBS | {"slightly", "steadily", "gradually", "modestly", "marginally",
                                                    "somewhat"})) +
    r")\b|(?:by\s+|from\s+|to\s+)?(?:about\s+|nearly\s+|almost\s+)?[$£€]?\d|"
    r"by\s+(?:half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth)\b)", re.IGNORECASE)


# A reflexive pronoun after "found" or "finds": a state someone is in ("found herself at odds").
_REFLEXIVE_AFTER = re.compile(r"\s+(?:himself|herself|itself|themselves|myself|ourselves|yourself|yourselves)\b",
                              re.IGNORECASE)
# "According to" a norm or a measure with no article is conformity, no source: "went according to
# plan", "grouped according to ability", "prices vary according to size".
_ACCORDING_TO_A_NORM = re.compile(
    r"\s+(?:plan|schedule|script|protocol|procedure|custom|tradition|law|rule|rules|instructions|design|merit|"
    r"ability|need|needs|age|size|income|rank|type|category|season|taste|preference)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|that|to|for|in|on|at|with|as|so|while|when|because|is|was|are|were)\b)")


# "is to blame", "are partly to blame", "was not to blame for": the subject is at fault (not "the
# plan was to blame the attack on them", a verb with its object).
_DUE_BLAME_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)|(?<=\w)[’']s)"
    r"\s+(?:(?:not|also|partly|largely|mostly|entirely|solely|partially|equally|chiefly|primarily|most|more|less|"
    r"least|in\s+part|at\s+least\s+partly)\s+)*to\s+$", re.IGNORECASE)
_DUE_BLAME_AFTER = re.compile(r"\s*(?:[.,;:!?)”\"’—–]|$|\s+(?:for|here|too|either|as\s+well)\b)")
# "Pressed" as a push (Levin 1993, 12, push verbs): a path after it ("pressed against a fence",
# "pressed into service", "pressed together"), not the insistence of "pressed him on the deal".
_PUSHED_ALONG = re.compile(r"\s+(?:against|into|together|down|up\s+against|close)\b", re.IGNORECASE)


def _reports_nothing_here(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether a reporting verb reports nothing where it stands: an editor's label in capitals
    ("WARNING:"); a blow that is a blow ("slammed into") and a push that is a push ("pressed
    against a fence"); a figure that "declined 3 percent"; a report required or allowed is not
    made ("The law requires companies to report emissions"); not wanting to be named is a source's
    anonymity; "could not be verified" is the writer's caveat; "found" after a passive auxiliary
    tells of a thing discovered ("The bodies were found in a field"), not of a finding ("was found
    to be safe", "was found guilty"), and neither does "found" with a thing for object ("Police
    found a body"); passive "felt" and "sought" tell of effects and searches; "assumed office"
    takes one up; "states that are" is the noun before a relative clause; "is to blame" says who
    is at fault."""
    if text.endswith("to ", sentence.start, cue.start) and _MADE_TO_ACT.search(
            text, max(sentence.start, cue.start - 60), cue.start):
        return True
    if cue.text.lower() in ("says", "said", "say") and _TELLS_ABOUT_AFTER.match(text, cue.end, sentence.end) and \
            _THING_BEFORE.search(text, max(sentence.start, cue.start - 12), cue.start):
        return True  # "which says a lot about demand", "It said little about him": it shows, nobody speaks
    helped = _HELPED_TO_ACT.search(text, max(sentence.start, cue.start - 40), cue.start) \
        if _is_base_form(cue.text) else None
    clause = max([sentence.start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, helped.start())]) \
        if helped else sentence.start  # the finite verb must be in the help-phrase's own clause
    if helped and _FINITE_BEFORE_HELP.search(text, clause, helped.end()) and \
            not _RELATIVE_BEFORE_HELP.search(text, max(sentence.start, helped.start() - 50), helped.start()) and \
            not (text.startswith("to", helped.start()) and _PARTICIPLE_BEFORE_TO.search(text, clause, helped.start())):
        return True  # "her push is to help people understand the past": an aim, nobody's report
    if cue.text.lower().startswith("want") and _NOT_TO_BE_NAMED.match(text, cue.end, sentence.end):
        return True  # "who did not want to be named": the source's anonymity, not a report
    if cue.text.lower().startswith(("verif", "confirm")) and _UNVERIFIED_BEFORE.search(
            text, max(sentence.start, cue.start - 50), cue.start):
        return True  # "could not be independently verified": the writer's caveat, no source's report
    if cue.text.isupper() and text.startswith(":", cue.end) and not text[sentence.start:cue.start].strip(" ([*"):
        return True  # "WARNING: Video contains graphic images.": an editor's label, no one's report
    if physical_sense(text, cue.start, cue.end):
        return True  # "a car slammed into a crowd", "the rocket blasted off": a blow, no report
    if cue.text.lower() == "blame" and _DUE_BLAME_AFTER.match(text, cue.end, sentence.end) and \
            _DUE_BLAME_BEFORE.search(text, max(sentence.start, cue.start - 50), cue.start):
        return True  # "the West is partly to blame": who is at fault, nobody's report
    if cue.text.lower() in ("declined", "declines") and _MEASURE_AFTER.match(text, cue.end, sentence.end):
        return True  # "shares declined 3 percent": a figure's fall, no refusal
    if cue.text.lower() == "pressed" and _PUSHED_ALONG.match(text, cue.end, sentence.end):
        return True  # "viewers pressed against a fence": a push, no insistence
    if takes_up_an_office(text, cue.start, cue.end):
        return True  # "Kim assumed power": an office taken up, nothing supposed
    if cue.text.lower() in ("states that", "state that") and _AUXILIARY_NEXT.match(text, cue.end):
        return True  # "24 additional states that are considering": the noun before a relative clause
    if cue.text.lower() in ("felt", "sought"):
        # "the effects will be felt", "fugitives who were sought for murder": nothing is reported
        # ("it was felt that ..." still is)
        before = text[sentence.start:cue.start]
        return not text.startswith(" that ", cue.end) and _ends_in_passive_auxiliary(before, before.split())
    if cue.text.lower() != "found" or _FINDING_AFTER.match(text, cue.end, sentence.end):
        return False
    if _THING_DISCOVERED.match(text, cue.end, sentence.end):
        return True  # "Police found a body in the river": a discovery, not a finding
    if _FOUND_ON_A_NOUN.match(text, cue.end, sentence.end) and _after_a_common_noun(text, sentence, cue):
        return True  # "A fingerprint found on the package belonged to ...": a reduced relative
    before = text[sentence.start:cue.start]
    words = before.split()
    if len(words) >= 3 and words[-3].lower() in _NOUN_PREPOSITIONS and _after_a_common_noun(text, sentence, cue) \
            and _FOUND_AT_A_PLACE.match(text, cue.end, sentence.end):
        return True  # the noun is a preposition's object, so no verb's subject: "based on a fingerprint found on"
    return _ends_in_passive_auxiliary(before, words)


_AUXILIARY_NEXT = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|may|might|can|could|should|must|do|does|did)\b")
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:from|of|by|about|over|have|has|had|were|are)\b")


def _in_markup(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside an HTML or XML tag left in the text ("<tweet tweet-id=...>")."""
    opening = text.rfind("<", start, pos)
    return opening >= 0 and text.find(">", opening, pos) < 0  # most sentences hold no "<" at all


# What may stand before the verb of a command: "Please ask yourself", "Don't blame him", "Just tell us".
_IMPERATIVE_OPENERS = re.compile(
    r"""\W*(?:(?:and|but|or|so|now|then|please|just|never|perhaps|seriously|\w+ly|do|don[’']t|do\s+not)[\s,]+)*$""",
    re.IGNORECASE,
)
# A question put to the reader: "Do you know ...?", "Would you think ...?", "What do you expect?"
_READER_QUESTION = re.compile(r"\byou\s+(?:\w+\s+)?$", re.IGNORECASE)


def _addresses_reader(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether the cue's verb is a command or a question to the reader, not a report: it opens its
    sentence ("Don't blame Bush.", "Please ask yourself ...") or has "you" for subject in a question
    ("Do you know where ...?"). Such a verb has no source."""
    if cue.text[:1].islower() and _IMPERATIVE_OPENERS.match(text, sentence.start, cue.start):
        return True
    if not _is_question(text, sentence.start, sentence.end):
        return False  # most sentences: no need to look for "you"
    return bool(_READER_QUESTION.search(text[sentence.start:cue.start]))


def _is_question(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a question mark, closing quotation marks and brackets aside."""
    while end > start and text[end - 1] in " \"'”’)":
        end -= 1
    return end > start and text[end - 1] == "?"


# "Deny" as refusing a thing, not gainsaying a claim (Merriam-Webster, deny 2): "denied access to",
# "deny green card status to", "deny Clinton the nomination", "deny them a vote" (a name or a pronoun
# and then what is refused; "denied to both Trump and Pompeo any knowledge" still gainsays).
_REFUSED_THING_AFTER = re.compile(
    r"\s+(?i:(?:(?:the|a|an|his|her|their|its|our|any|further|new)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:access|entry|use|permission|bail|service|services|benefits|status|visas?|coverage|funding|tenure|parole|"
    r"asylum|citizenship|communion|rights?|requests?|hearing|vote|votes|nomination|seat|loans?|permits?|licen[cs]es?|"
    r"treatment|care|admission|passage|applications?)\b)"
    r"|\s+(?:them|him|her|us|me|you|[A-Z][\w’'-]+)\s+(?:the|a|an|its|their|his|her|any|access|entry)\b")
_DENY_FORMS = frozenset("deny denies denied denying".split())


def _is_refusal(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether a form of "deny" refuses a thing ("denied access to", "deny green card status to
    people", "deny Clinton the nomination") rather than gainsays a claim ("denied the allegations",
    "denied that he knew", "were denied by the reports")."""
    return cue.text.lower() in _DENY_FORMS and _REFUSED_THING_AFTER.match(text, cue.end, sentence.end) is not None


# "Called" that names a thing: a singular noun after its article, then the name in quotation marks
# ("a movie called “Plandemic”") or a name in capitals that ends its clause ("a stream called Stony
# Creek.", "a firm called Acme, which ..."); "critics called Trump a liar", "the letter called Oz a
# quack" (the doctors who sent it called him so) and "called “a sham” by" report, and so does a
# person's "called" ("the senator called Lee."), which may be a telephone call.
_NAMED_THING_BEFORE = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z][\w-]*)(?<!s)\s+$")
_NAME_AFTER = re.compile(r"\s+[“\"‘']")
_CAPITALISED_NAME_AFTER = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*\s+(?:of\s+)?){0,3}[A-Z][\w’'-]*(?=\s*(?:[,.;:!?)]|$)|\s+(?:that|which|who|where)\b)")
# ... or a name and then its own verb: "a group called Antifa marched", "a firm called Acme has".
_CAPITALISED_NAME_THEN_VERB = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*\s+(?:has|have|had|is|are|was|were|will|would|[a-z]+ed)\b")
_BY_LATER = re.compile(r"[^.;:!?]{0,80}\sby\s")


# A modal of obligation right before a verb: "voters should know", "Trump should feel", "you must
# understand" (perhaps with an adverb between: "should surely know").
_OBLIGATION_BEFORE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _is_prescribed_state(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether a verb of a private state follows a modal of obligation: "voters should know what
    those questions are", "Trump should feel a great bond with Limbaugh". The writer prescribes
    the state; nobody is reported to be in it."""
    return cue.row.get("category") == "private_state" and \
        _OBLIGATION_BEFORE.search(text, max(sentence.start, cue.start - 24), cue.start) is not None


def _is_naming(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether "called" names a thing ("a movie called “Plandemic”", "a stream called Stony Creek.",
    "Members of a group called Antifa marched") rather than reports a judgement ("critics called
    Trump a liar", "called “a fraud” by doctors")."""
    if cue.text.lower() != "called":
        return False
    quoted = _NAME_AFTER.match(text, cue.end, sentence.end) is not None
    if not quoted and _CAPITALISED_NAME_AFTER.match(text, cue.end, sentence.end) is None and \
            _CAPITALISED_NAME_THEN_VERB.match(text, cue.end, sentence.end) is None:
        return False
    before = text[max(sentence.start, cue.start - 60):cue.start]
    words = before.split()
    if not words or words[-1].lower() in _PRONOUNS or words[-1].lower() in _PRONOUN_LIKE:
        return False  # "a fight he called “a war”": he calls it so
    thing = _NAMED_THING_BEFORE.search(before)
    if thing is None or not quoted and thing.group("noun") in _SOURCE_NOUNS:
        return False
    return _BY_LATER.match(text, cue.end, sentence.end) is None


# "Be" or "have", perhaps with a word between, before "compared": the verb ("is often compared to").
_BE_OR_HAVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _is_comparison(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether the cue is "compared" opening an adjunct right before "with" or "to" ("..., compared
    with 32 percent", "the largest wage hikes compared to all other groups"): a comparison of
    figures, not a report. After "be" or "have" it is a verb ("has compared to", "was compared to")."""
    return cue.text.lower() == "compared" and text.startswith((" with ", " to "), cue.end) and \
        not _BE_OR_HAVE_BEFORE.search(text, max(sentence.start, cue.start - 30), cue.start)


# An impersonal passive of report or belief opens the sentence: "It is (widely) believed that",
# "It has been reported that".
_IMPERSONAL_OPENING = re.compile(
    r"[\s“\"'‘(]*it\s+(?:is|was|has\s+been|had\s+been|is\s+being)\s+(?:(?:\w+ly|also|now|still)\s+)?$", re.IGNORECASE)


def _without_impersonal_content(text: str, sentence: Sentence, cues: list[Match]) -> list[Match]:
    """The cues less those inside what an opening impersonal passive reports: in "It is believed
    that the West will push for a ceasefire" the West pushes for nothing yet; the belief is
    nobody's in particular. A speech tag after a comma ("..., officials said") still counts."""
    if len(cues) < 2 or not _IMPERSONAL_OPENING.match(text, sentence.start, cues[0].start):
        return cues
    comma = text.find(",", cues[0].end, sentence.end)
    content_end = sentence.end if comma < 0 else comma
    return [c for c in cues if not cues[0].end <= c.start < content_end]


# What may follow an opening "Asked": a question word, or "about" its topic.
_QUESTION_WORDS = _INDIRECT_QUESTION_WORDS | {"what", "who", "which", "about"}


def _main_clause_first(text: str, sentence: Sentence, cues: list[Match]) -> list[Match]:
    """The cues with those of an opening subordinate clause or of a relative clause between
    commas moved last: in "When the company signaled a deal, the mayor said ..." and "The plan,
    which Moscow demanded, was rejected by Kyiv", the main clause's verb reports, the other sets
    the scene or describes a noun."""
    if len(cues) < 2:
        return cues  # the common case: nothing to reorder
    return _relative_clauses_last(text, sentence, _opening_clause_last(text, sentence, cues))


# A relative clause set off by commas inside its sentence: ", which Kyiv rejected outright,".
_FENCED_RELATIVE = re.compile(r",\s+(?:which|who|whom)\s[^,;:“”\"]*,")


def _relative_clauses_last(text: str, sentence: Sentence, cues: list[Match]) -> list[Match]:
    """The cues with those inside a relative clause between commas moved last."""
    if text.find(", wh", sentence.start, sentence.end) < 0:
        return cues  # (most sentences hold none)
    fenced = [(m.start(), m.end()) for m in _FENCED_RELATIVE.finditer(text, sentence.start, sentence.end)]
    inside = [c for c in cues if any(a < c.start < b for a, b in fenced)]
    return [c for c in cues if c not in inside] + inside if inside else cues


def _opening_clause_last(text: str, sentence: Sentence, cues: list[Match]) -> list[Match]:
    """The cues with those of an opening subordinate clause moved last."""
    colon = text.find(": ", sentence.start, sentence.end)
    if colon > 0 and _is_title_case(text[sentence.start:colon]):
        # "Ukraine Rules Out Talks: Podolyak, the president's adviser, admitted ...": a headline
        # run into the first sentence; the sentence after the colon reports first.
        return [c for c in cues if c.start > colon] + [c for c in cues if c.start < colon]
    opening = text[sentence.start:sentence.end].lstrip(" “\"'‘(").split(None, 2)
    if opening and opening[0].lower() in _LEADING_FILLER:
        opening = opening[1:]  # "So when ..., X said"
    # An opening participle sets the scene as a subordinate clause does: "Citing intelligence
    # reports, the newspaper said ..." ("According to" is itself the report).
    participle = bool(opening) and opening[0][:1].isupper() and opening[0].lower().endswith("ing") and \
        opening[0].lower() not in ("according", "during", "nothing", "something", "everything") or \
        len(opening) > 1 and opening[0] == "Asked" and opening[1].lower() in _QUESTION_WORDS  # "Asked why X refused,"
    # A clause in "what" that opens the sentence is its subject, not its report: "What the Kremlin
    # wants, according to two people who spoke with Putin, is ...".
    if not opening or opening[0].lower() not in _SUBORDINATORS and opening[0].lower() not in ("following", "what") \
            and not participle:
        return cues
    comma = text.find(",", sentence.start, sentence.end)
    while comma >= 0 and _ANOTHER_SUBORDINATE.match(text, comma + 1, sentence.end):
        comma = text.find(",", comma + 1, sentence.end)  # "After X, but before Y had weighed in, Z said"
    if comma < 0:
        return cues
    return [c for c in cues if c.start > comma] + [c for c in cues if c.start < comma]


def _subject_participle_first(text: str, cues: list[Match]) -> list[Match]:
    """The cues with a participle on an object ("a vote condemning ...") moved after a participle
    of the subject after a comma ("X abstained from a vote condemning Y, saying ..."): the vote
    condemned, X said."""
    def after_comma(cue: Match) -> bool:
        end = _stripped_end(text, cue.start)
        return end > 0 and text[end - 1] == ","

    def participle(cue: Match) -> bool:
        return cue.text.lower().split()[0].endswith("ing")

    if len(cues) < 2 or not any(participle(c) and after_comma(c) for c in cues):
        return cues  # the common case: nothing to reorder
    return sorted(cues, key=lambda c: participle(c) and not after_comma(c))


# "Says a lot about", "said little about", "says something about": what a thing reveals, after
# "which", "it", "that" or "this" (a person who "said a lot about the war" still spoke).
_TELLS_ABOUT_AFTER = re.compile(
    r"\s+(?:a\s+lot|a\s+great\s+deal|much|more|little|nothing|something|everything|volumes|plenty|so\s+much)"
    r"\s+about\b")
_THING_BEFORE = re.compile(r"\b(?:which|it|that|this)\s+$", re.IGNORECASE)


# A speech tag after a comma that closes its sentence or a clause: ", sources say.", ", officials
# said on Monday.", "The senator was convinced, aides said, that ..."
_QUOTATION_MARK = re.compile(r"[“”\"]")
_SAYING_TAGS = frozenset("say says said told added reported".split())
# ... and the report verbs of a speech tag besides: ", Kremlin spokesman Dmitry Peskov reiterated on Monday."
_TAG_VERBS = _SAYING_TAGS | frozenset("""reiterated stressed noted insisted wrote explained confirmed announced argued
                                      claimed warned tweeted recalled emphasized emphasised""".split())
_TAG_BEFORE = re.compile(r",\s*(?:[\w.’'-]+\s+){1,6}$")
_TAG_ENDS_SENTENCE = re.compile(r"(?:\s+(?:on\s+)?[A-Z]?[a-z]+day|\s+in\s+a\s+statement)?\s*[.!?]?[\s\"”’]*$")
_TAG_AFTER = re.compile(r"(?:\s+(?:on\s+)?[A-Z]?[a-z]+day)?\s*(?:,|[.!?]?[\s\"”’]*$)")


def _closing_tag_first(text: str, sentence: Sentence, cues: list[Match]) -> list[Match]:
    """The cues with a speech tag after a comma moved first when every cue before it reports a
    state of mind or a guess ("U.S. weighs new sanctions, sources say", "Lee believes the vote was
    rigged, aides say", "The senator was convinced, aides said, that ..."), or when the tag closes
    the sentence ("Putin warned the West against it, the Kremlin said.", "He told advisers he
    wanted troops, Reuters reported."): what comes before is what the tag's speakers report, and
    they are the sentence's source. A refusal to speak stays its subject's own act ("The ministry
    refused to comment, its spokesman said.")."""
    according = next((k for k, c in enumerate(cues) if k > 0 and c.text.lower() == "according to"
                      and text[sentence.start:c.start].rstrip().endswith(",") and "," not in text[c.end:sentence.end]),
                     None)
    if according is not None and not _QUOTATION_MARK.search(text, sentence.start, sentence.end) and \
            not any(c.text.lower() in _SAYING_TAGS for c in cues[:according]):
        # "Most Ukrainians oppose concessions, according to a recent poll." (one who speaks in the
        # sentence stays its speaker, the next quotations being theirs: '“We won,” Lee said,
        # according to an aide.', "The boy said the man pulled his hair, according to reports")
        return [cues[according], *cues[:according], *cues[according + 1:]]
    tag = next((k for k, c in enumerate(cues) if k > 0 and c.text.lower() in _TAG_VERBS
                and _TAG_BEFORE.search(text, sentence.start, c.start)), None)
    if tag is None:
        return cues
    after = _TAG_AFTER.match(text, cues[tag].end, sentence.end)
    states = all(c.row.get("category") in ("private_state", "speculative") or c.text.lower() in _HELD_WHEN_PASSIVE
                 for c in cues[:tag])
    refusal = any(c.text.lower().startswith(("refus", "declin")) for c in cues[:tag])
    if not (after and states or not refusal and _TAG_ENDS_SENTENCE.match(text, cues[tag].end, sentence.end)):
        return cues
    return [cues[tag], *cues[:tag], *cues[tag + 1:]]


# A credit line ("X reported from Hawaii", "Additional reporting by Y") and "show up" (arrive).
_CREDIT_AFTER = re.compile(r"\s+from\s+[A-Z]")
_PARTICLE_UP = re.compile(r"\s+up\b")
_BACK_PARTICLE = re.compile(r"\s+(?:out|away|off|down|up|into|onto|from|of)\b")


# "That said, ...", "This being said, ...", "Having said that, ...": a concessive connective that
# opens a sentence.
_CONNECTIVE_SAID = re.compile(r"\W*(?:that|this)(?:\s+being)?\s+$", re.IGNORECASE)
_HAVING_SAID = re.compile(r"\W*having\s+$", re.IGNORECASE)
_THAT_AFTER_HAVING_SAID = re.compile(r"\s+(?:that|this|all\s+that)\s*,")


# Cues that report only where they close their clause (", her doctor maintains.", "as one critic put
# it,"): elsewhere they take an object ("maintains the roads", "put it on hold").
_CLAUSE_FINAL_CUES = frozenset(("maintains", "maintained", "put it"))
_AFTER_CLAUSE_FINAL = re.compile(r"\s*(?:[,.:;!?\"”’)]|—|--)")
_LET_US = re.compile(r"\blet(?:\s+(?:us|me)|[’']s)\s+$", re.IGNORECASE)
# "Put it" with how it was put: "put it bluntly:", "put it this way:", "as one aide put it best,".
_HOW_IT_WAS_PUT = re.compile(
    r"\s+(?:[a-z]+ly|(?:this|that|another)\s+way|simply|best|well)(?=\s*(?:[,.:;!?\"”’)]|—|--))")
# "Continue" reports only where it frames a quotation ('Ruiz continued: “...”', 'She continued,
# “...”', '“...,” she continued.') or sets its speaker between commas ('Russia, the leader
# continued, is ...'); elsewhere it goes on with an action ("the fighting continued").
_QUOTE_FRAMING_CUES = frozenset(("continued", "continues"))
_QUOTATION_AFTER = re.compile(r"\s*(?::|,\s*[“\"])")
_QUOTATION_BEFORE = re.compile(r"[”\"]\s*(?:[\w.’'-]+\s+){1,5}$")
# A speaker between commas after a word, with no relative pronoun in it, and a clause that goes on.
_PARENTHETICAL_SPEAKER = re.compile(
    r"\w[\w’'.-]*,\s+(?!(?:and|but|or|as|when|while|if|where|it|this)\b)(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"(?:(?!(?:which|who|that)\b)[\w’'.-]+\s+){1,4}$", re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r",\s+(?!(?:and|but|or|so|as|while|with|because|which|who)\b)\w")
# A quantifier standing for people, with where they are: "Many in Washington fear", "some in the party".
_QUANTIFIER_IN_A_PLACE = re.compile(
    r"(?:^|(?<=[\s“\"(]))(?:many|most|few|some|others|several|both)\s+(?:in|at|across|within|among|around)\s+"
    r"(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+\s+$", re.IGNORECASE)
# A plural noun with the named place where its people are: "Officials in Moscow fear", "diplomats
# at the Kremlin", "Members of Congress oppose".
_PLURAL_IN_A_PLACE = re.compile(
    r"\b" + _PLURAL_WORD + r"\s+(?:in|at|of|from|across)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}$")
# Base forms that are more often nouns: a verb only after a plural subject, a relative pronoun or "to".
_PLURAL_ONLY_CUES = frozenset(("support", "oppose", "fear", "stress that", "caution that", "charge that",
                               "counter that", "joke that", "quip that"))
# After these, a base form is a verb whatever the subject: "wanted to stress that", "will stress that".
_BEFORE_A_BASE_VERB = frozenset("to will would must should shall can could may might did do does also".split())
_NOUN_AFTER = re.compile(r"\s+(?:of|among|from|for|in|with|on|at|was|is|has)\b|\s*[,.;:!?]")
# Characterize verbs (Levin 1993, 29.2) that report a view only with their "as" complement.
_AS_CUES = frozenset("""see saw view views paint paints painted painting cast casts casting identify identifies identified
                     rate rates rated rating""".split()
                     # and judgement verbs that are mostly physical without "as": "attacked her rival as a fraud"
                     + "attack attacks attacked attacking pounding pounded".split()
                     + ["going after", "went after", "goes after", "go after"])
_AS_COMPLEMENT = re.compile(
    r"(?:\s+[\w’'%-]+){0,6}?\s+as\s+(?!(?:he|she|it|they|we|i|you|well|long|soon|much|many|far|if|though)\b)"
    # or a judging adverb after the object: "views the mayor more favorably than ...", "rated him poorly"
    r"|(?:\s+[\w’'%.,-]+){1,12}?\s+(?:(?:more|less|most|least|very)\s+)?"
    r"(?:un)?(?:favou?rably|positively|negatively|dimly|skeptically|sceptically|warily|poorly|highly)\b")
_QUESTIONED_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|whether|why|how|if|what)\b")
# Talk verbs (Levin 1993, 37.5) report only with their topic: "spoke emotionally of", "talks to X about".
_TALK_CUES = frozenset(("spoke", "speaks", "talks"))
# "About" before a number is "roughly", no topic: "spoke for about five minutes".
_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|a\s+dozen|an?\s+hour|" \
                r"dozens|hundreds|thousands)\b"
_TALKED_ABOUT = re.compile(  # up to four words before the topic: "speaks more often in public about"
    r"(?:\s+(?!(?:of|about|to|with)\b)[\w’'-]+){0,4}?\s+(?:of|about)\s+(?!\d|" + _NUMBER_WORDS + r")"
    r"|\s+(?:to|with)\s+(?:[\w’'.-]+\s+){1,4}?about\s+(?!\d|" + _NUMBER_WORDS + r")"
    r"|\s*[“‘\"]")  # or with the words themselves: "speaks ‘directly to voters’"
_LINKED_TO = re.compile(r"(?:\s+[\w’'-]+){1,8}?\s+to\b")
_PRESENTED_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|whether|why|how|if|what|that|many|in|by)\b")
# Verbs of presenting whose forms are as often nouns or adjectives ("legal documents", "documented
# cases", "the highlights"): a cue only with an object or agent after them, like "question".
_OBJECT_ONLY_CUES = ("documents", "documented", "chronicles", "chronicled", "highlights", "highlighted", "features",
                     "featured")
# "Advocates" is the verb only before its object's determiner ("the group advocates a carbon tax");
# before a verb or a preposition it is the noun ("privacy advocates warned", "advocates for the poor").
_ADVOCATED_OBJECT = re.compile(r"\s+(?:the|a|an|this|these|those|that|more|greater|stronger|tougher|higher|lower)\b")
_MEANS_TO = re.compile(r"\b(?:way|ways|right)\s+to\s+$", re.IGNORECASE)
_HEARD_SOMEONE_SPEAK = re.compile(r"(?:\s+[\w’'.-]+){1,4}?\s+\w+ing\b")  # "heard Ana Ruiz chanting"
# "Demonstrate" and "prove" show something only with an object or a clause ("demonstrated that ...",
# "the results prove the risk"); without one "demonstrate" means to protest ("hundreds demonstrated
# outside") and "prove" links a subject to its complement ("the show proved to be a haven").
_SHOWN_OBJECT = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|these|those|our|that|how|what|why|whether|no|some|"
                           r"any|clear|strong|little|considerable|both)\b|(?:\s+[\w’'-]+){1,5}?\s+(?:that|how)\b")
_BE_FORMS = frozenset("is are was were be been being".split())
_IN_A_VENUE = re.compile(r"\s+in\s+(?:a|an|his|her|their|its)\s")
_AS_OPENER = re.compile(r"\bas\s", re.IGNORECASE)


# The cues that the checks of _is_credit_or_phrasal below look at, by form and by stem.
_CUES_WITH_A_CONDITION = frozenset(_AS_CUES | _TALK_CUES | _PLURAL_ONLY_CUES | _CLAUSE_FINAL_CUES |
                                   _QUOTE_FRAMING_CUES) | frozenset(
    _OBJECT_ONLY_CUES) | frozenset("""question questions said reported reporting showed shown concluded concludes
    conclude heard hears advocates""".split()) | {"rule that", "rules that"}
_CUE_STEMS_WITH_A_CONDITION = ("promising ", "debat", "link", "demonstrat", "prov", "back")
# "Refused to" reports a refusal to speak ("refused to comment", "refused to say whether"); a
# refusal to act ("refused to negotiate") stands for the refuser's stance only where no other verb
# reports: in "Kiev refused to negotiate, the ministry said" the ministry speaks.
_REFUSED_TO_ACT = re.compile(
    r"\s+to\s+(?!(?:comment|say|speak|talk|discuss|confirm|deny|answer|respond|reply|disclose|reveal|explain|"
    r"elaborate|name|identify|specify|speculate|acknowledge|admit|apologi[sz]e|retract|recant|rule\s+out|"
    r"condemn|critici[sz]e|endorse|support|back|recogni[sz]e|accept|take\s+questions|testify|be\s+interviewed)\b)"
    r"[a-z]+", re.IGNORECASE)


# A disaster that "claimed the lives of" reports nobody. (Owning up to something, "claimed
# responsibility", is a neutral row of report_verbs.tsv.)
_CLAIMED_LIVES = re.compile(r"\s+(?:the\s+|(?:\d[\d,]*|\w+)\s+)?lives?\b(?!\s+(?:were|was|are|had|have|would|could)\b)",
                            re.IGNORECASE)  # not "claimed lives were lost": a report


_EMPHASIS_BEFORE = re.compile(r"\b(?:emphasis|emphases|italics|underlining)\s+$", re.IGNORECASE)
# "Weigh" is a deliberation with a choice after it ("weigh plans", "weighing whether to"), a
# measure with a weight ("weighs 5 kilograms", "weighed about a ton") or a burden ("weighed heavily on").
_WEIGHED_CHOICE = re.compile(
    r"\s+(?!(?:[\w-]+\s+){0,3}?(?:\d|(?:pounds?|kilo\w*|tons?|tonnes?|grams?|ounces?|lbs?)\b)"
    r"|(?:heavily|on|upon|down|in|against|less|more|nothing|next)\b)[a-z]")
# "Add to" is to increase or to join, no report: "added to the confusion", "a section added to
# connect the tanks" (unless it names whom the words were added to: "added to reporters").
_ADDED_TO = re.compile(r"\s+to\s+(?!(?:reporters|journalists|listeners|viewers|the\s+(?:press|crowd|audience))\b)",
                       re.IGNORECASE)


# The idiom "call someone's bluff": "called his bluff", "Calling The Senate GOP's Bluff".
_SOMEONES_BLUFF = re.compile(r"\s+(?:[\w’'.-]+\s+){1,4}?bluffs?\b", re.IGNORECASE)


def _is_credit_or_phrasal(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether the cue is a reporter's credit ("reported from Midway", "additional reporting by"),
    the phrasal verbs "show up" and "backed out", the connective "That (being) said,", or a verb that reports only
    at its clause's end used elsewhere ("maintains the roads", "is maintained."): none reports
    what a source says."""
    lower = cue.text.lower()
    if lower.startswith("claim") and _CLAIMED_LIVES.match(text, cue.end):
        return True  # "the storm claimed 12 lives"
    if lower.startswith("call") and _SOMEONES_BLUFF.match(text, cue.end, sentence.end):
        return True  # "calling the Senate GOP's bluff": a dare taken up, no report
    if lower == "added" and _EMPHASIS_BEFORE.search(text, max(sentence.start, cue.start - 16), cue.start):
        return True  # "[emphasis added]": the writer's note on a quotation, no report
    if lower in ("add", "adds", "added", "adding") and _ADDED_TO.match(text, cue.end, sentence.end) and \
            not _QUOTATION_BEFORE.search(text, sentence.start, cue.start):
        return True  # "added to the confusion": an increase, no report ('“...,” she added to her statement' is)
    if lower in ("find", "finds", "found", "finding") and _REFLEXIVE_AFTER.match(text, cue.end, sentence.end):
        return True  # "finds himself on the ropes": a state someone is in, no finding
    if lower == "opposed" and text.startswith(" to", cue.end) and text.endswith("as ", sentence.start, cue.start):
        return True  # "a tax on wealth, as opposed to a tax on income": a contrast, no stance
    if lower == "according to" and _ACCORDING_TO_A_NORM.match(text, cue.end, sentence.end):
        return True  # "went according to plan": conformity, no source
    if lower in ("weigh", "weighs", "weighed", "weighing") and not _WEIGHED_CHOICE.match(text, cue.end, sentence.end):
        return True  # "weighs 5 kilograms", "weighed heavily on": a weight or a burden, no deliberation
    if text.endswith(" to ", sentence.start, cue.start) and _MEANS_TO.search(text, max(sentence.start, cue.start - 12), cue.start):
        return True  # "no way to tell", "every right to know": a means or a right, no report
    if lower not in _CUES_WITH_A_CONDITION and not lower.startswith(_CUE_STEMS_WITH_A_CONDITION):
        return False  # most cues: none of the checks below applies
    if lower.startswith("promising ") and not text[sentence.start:cue.start].rstrip().endswith(",") and \
            _word_before(text[sentence.start:cue.start].split()) not in _BE_FORMS:
        return True  # "looks promising to": an adjective; a verb after a comma or "is": ", promising to"
    if lower in _AS_CUES and not _AS_COMPLEMENT.match(text, cue.end, sentence.end):
        return True  # "see" and "cast" report a view only with "as": "see the plan as a gift", not "cast ballots"
    if lower in ("question", "questions") and not _QUESTIONED_OBJECT.match(text, cue.end, sentence.end):
        return True  # the noun ("raised questions about"); the verb takes its object: "questions the vote"
    if lower in ("rule that", "rules that"):
        following = text[cue.end:sentence.end].split(None, 1)
        if not following or following[0].lower() in _AUXILIARIES:
            return True  # "harbour rules that could lead to ...": a relative clause on the noun
    if lower.startswith("debat") and not (_QUESTIONED_OBJECT.match(text, cue.end, sentence.end) or any(
            word.lower() in _BE_FORMS for word in text[sentence.start:cue.start].split()[-2:])):
        return True  # the noun, or "had never debated": the verb reports with an object or as a passive
    if lower.startswith("link") and not _LINKED_TO.match(text, cue.end, sentence.end):
        return True  # "linked to the drug": a connection reported only as "linked the breach to ..."
    if lower in _TALK_CUES and not _TALKED_ABOUT.match(text, cue.end, sentence.end):
        return True  # "spoke for five minutes", "spoke in a cottage": talk with no topic reports nothing
    if lower.startswith(("demonstrat", "prov")) and not _SHOWN_OBJECT.match(text, cue.end, sentence.end) and not any(
            word.lower() in _BE_FORMS for word in text[sentence.start:cue.start].split()[-2:]):
        return True  # "demonstrated outside", "proved to be": no report; "proved that", "was demonstrated" report
    if lower in ("heard", "hears") and (_HEARD_SOMEONE_SPEAK.match(text, cue.end, sentence.end) or any(
            word.lower() in _BE_FORMS for word in text[sentence.start:cue.start].split()[-2:])
            and not text.startswith((" saying", " say", " to say"), cue.end)):
        # "the case will be heard by ten judges": a hearing in court; "heard Ruiz chanting": Ruiz's
        # words, reported by the verb in -ing; "was heard saying" reports
        return True
    if lower in ("concluded", "concludes", "conclude") and text.startswith(" with ", cue.end):
        return True  # "the ad concludes with footage of ...": it ends, it reports nothing
    if lower == "advocates" and not _ADVOCATED_OBJECT.match(text, cue.end, sentence.end):
        return True  # "privacy advocates warned": the noun
    if lower in _OBJECT_ONLY_CUES and not _PRESENTED_OBJECT.match(text, cue.end, sentence.end):
        return True  # "legal documents", "the highlights": a noun; the verb takes an object: "documents how"
    if lower in _PLURAL_ONLY_CUES:
        # "France and Britain support the plan", "cities that support it", "5 percent support Ruiz";
        # not the noun ("wide support", "vets' support", "85 percent support among ...")
        words = text[sentence.start:cue.start].split()
        previous = _word_before(words).lstrip("“\"(")
        plural = previous in ("they", "we", "i", "you", "that", "who", "which", "percent", "many", "most", "few") or \
            previous.endswith("s") and previous.isalpha() and not previous.endswith(("ss", "us", "is")) or \
            len(words) >= 3 and words[-1][:1].isupper() and words[-2].lower() == "and" or \
            lower.endswith(" that") and previous in _BEFORE_A_BASE_VERB or \
            _QUANTIFIER_IN_A_PLACE.search(text, max(sentence.start, cue.start - 50), cue.start) is not None or \
            _PLURAL_IN_A_PLACE.search(text, max(sentence.start, cue.start - 60), cue.start) is not None
        return not plural or _NOUN_AFTER.match(text, cue.end, sentence.end) is not None
    if lower in _QUOTE_FRAMING_CUES:
        words = text[sentence.start:cue.start].split()
        if text.startswith(":", cue.end) or _CLAUSE_GOES_ON.match(text, cue.end, sentence.end) and \
                _PARENTHETICAL_SPEAKER.search(text, sentence.start, cue.start) and \
                not (words and _opens_adverbial(words[0])):
            return False  # "Ruiz continued:", "Russia, the leader continued, is ..."
        subject = words[-1] if words else ""
        if not (subject.lower() in ("he", "she", "they", "i", "we") or subject[:1].isupper()):
            return True  # a person goes on speaking; "the strikes continued, “...”" goes on happening
        return not (_QUOTATION_AFTER.match(text, cue.end, sentence.end) or
                    _AFTER_CLAUSE_FINAL.match(text, cue.end, sentence.end) and
                    _QUOTATION_BEFORE.search(text, sentence.start, cue.start))
    if lower in _CLAUSE_FINAL_CUES:
        if lower == "put it" and _LET_US.search(text, max(sentence.start, cue.start - 8), cue.start):
            return True  # "let us put it that way": the writer's own turn of phrase
        if _AFTER_CLAUSE_FINAL.match(text, cue.end, sentence.end) or \
                lower == "put it" and _HOW_IT_WAS_PUT.match(text, cue.end, sentence.end):
            # "the road is (well) maintained.": a passive
            return any(word.lower() in _BE_FORMS for word in text[sentence.start:cue.start].split()[-2:])
        # "as a memo put it in a statement": an as-clause may name the venue
        return not (lower == "put it" and _IN_A_VENUE.match(text, cue.end, sentence.end)
                    and _AS_OPENER.search(text, sentence.start, cue.start))
    if lower == "said" and text.startswith(",", cue.end) and _CONNECTIVE_SAID.match(text[sentence.start:cue.start]):
        return True
    if lower == "said" and _HAVING_SAID.match(text[sentence.start:cue.start]) and \
            _THAT_AFTER_HAVING_SAID.match(text, cue.end, sentence.end):
        return True
    if lower in ("reported", "reporting") and (
        _CREDIT_AFTER.match(text, cue.end) and lower == "reported" or
        text[sentence.start:cue.start].rstrip(" -—").lower().endswith("additional")
    ):
        return True
    if lower.startswith("back") and (_BACK_PARTICLE.match(text, cue.end) or text[cue.start - 1:cue.start] == "-"):
        return True  # "backed out", "backed away"; "Russian-backed" is an adjective
    return lower in ("showed", "shown") and bool(_PARTICLE_UP.match(text, cue.end))


def _refuses_to_act(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether the cue is a refusal to act, not to speak: "refused to negotiate", not "refused to comment"."""
    return cue.text.lower().startswith("refus") and _REFUSED_TO_ACT.match(text, cue.end, sentence.end) is not None


def _pattern_words(text: str, sentence: Sentence) -> set[str]:
    """The rarer patterns ("attitude", "owned report", "hearsay", "received") one of whose words
    the sentence holds."""
    return {word.row["pattern"] for word in _PATTERN_WORDS.finditer(text, sentence.start, sentence.end)}


# Words before "to say" (or "to tell", "to know", "to believe", "to feel") in set phrases where
# nobody reports: "too early to say", "hard to tell", "fair to say", "needless to say", "suffice it
# to say", "hard to know", "hard to believe", "easy to say", "difficult to feel sorry for".
_BEFORE_AN_IDLE_SAY = frozenset(
    "early soon hard difficult impossible tough premature fair safe needless it easy".split())
_IDLE_AFTER_TO = frozenset("say tell know believe predict understand feel".split())


def _is_idle_say(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether "say", "tell", "know", "believe", "predict", "understand" or "feel" is part of a set
    phrase that reports nobody: "it is too early to say", "hard to tell", "needless to say", "it is
    hard to believe that ...", "easy to say" (not "wanted to say", "is to say on Monday")."""
    if cue.text.lower() not in _IDLE_AFTER_TO:
        return False
    words = text[sentence.start:cue.start].lower().split()
    return len(words) >= 2 and words[-1] == "to" and words[-2].strip("“\"(,") in _BEFORE_AN_IDLE_SAY


# "Telling" as the adjective of what reveals (Merriam-Webster, telling 2): after a copula or a word
# of degree, with no object after it ("The silence is telling.", "Most telling of all, ...").
_BEFORE_TELLING_ADJECTIVE = frozenset(
    "is was are were be been being seems seemed more most very particularly especially quite equally also even".split())
_AFTER_TELLING_ADJECTIVE = re.compile(r"\s*(?:[.,;:!?)—–]|$|\s+(?:of|about|in|for)\b)")


def _is_telling_adjective(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether "telling" is the adjective of what reveals ("The silence is telling.", "Most telling
    of all, not one word was said"), not the verb ("is telling reporters that")."""
    if cue.text.lower() != "telling" or not _AFTER_TELLING_ADJECTIVE.match(text, cue.end, sentence.end):
        return False
    words = text[sentence.start:cue.start].lower().split()
    return not words or words[-1] in _BEFORE_TELLING_ADJECTIVE


# "Saying" as the noun of a proverb: "as the old saying goes", "the saying has it".
_SAYING_GOES = re.compile(r"\s+(?:goes|went|has\s+it)\b")
# Degree words that make the participle after them an adjective before a noun: "the world's most
# feared diseases", "a more measured tone".
_DEGREE_WORDS = frozenset("most more least less".split())
# Words after a participle that keep it a verb or a predicate: "more concerned about", "most
# feared by", "less convinced that".
_AFTER_A_PREDICATIVE_PARTICIPLE = frozenset("that about by of to with than if whether".split())


def _is_proverb(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether "saying" is the noun of a proverb ("as the old saying goes"), not a report."""
    return cue.text.lower() == "saying" and _SAYING_GOES.match(text, cue.end, sentence.end) is not None


def _is_adjective_by_degree(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether a participle is an adjective that a degree word puts before a noun ("one of the
    world's most feared diseases"), not a report; "more concerned about" and "most feared by" stay
    reports."""
    lower = cue.text.lower()
    if not lower.endswith("ed") or " " in lower:
        return False
    before = text[sentence.start:cue.start].split()
    if not before or before[-1].lower() not in _DEGREE_WORDS:
        return False
    after = text[cue.end:sentence.end].split(None, 1)
    noun = after[0].rstrip(",.;:!?") if after else ""
    return noun.isalpha() and noun.islower() and noun not in _AFTER_A_PREDICATIVE_PARTICIPLE and _is_common_noun(noun)


_BRIEFED_ON = re.compile(r"\s+(?:on|about)\b")


def _is_told_party(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether "briefed" or "informed" right after a noun, before "on" or "about", describes the
    person who was told ("a banker briefed on the talks said"), not a report by them."""
    if cue.text.lower() not in ("briefed", "informed"):
        return False
    words = text[sentence.start:cue.start].split()
    return bool(words) and words[-1].lower() not in _AUXILIARIES and _is_common_noun(words[-1].lower()) and \
        _BRIEFED_ON.match(text, cue.end) is not None


def _is_verb_use(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether a cue reads as a verb here, not a noun ("his comments", "the plan", "Trump's call")."""
    words = text[sentence.start:cue.start].split()
    previous = _word_before(words).strip("“”\"'(")
    return previous not in _NOUN_MARKERS and not previous.endswith(("’s", "'s")) \
        and not _is_reaction_object(text, cue, words) and not _ends_prepositional_noun(text, cue, words) \
        and not _is_plural_noun_after_adjective(text, sentence, cue, words) \
        and not _is_ing_noun_in_compound(text, cue, words) and not _is_noun_after_an_adjective(cue, words) \
        and not _is_participle_after_a_count(text, cue, words) \
        and not (words and _is_headline_noun(cue))


def _is_reaction_object(text: str, cue: Match, words: list[str]) -> bool:
    """Whether a cue is a noun of reaction (``_RECEIVED_NOUNS``) that is the object of a verb taking
    a reaction, right after it or after one or two modifiers, with a preposition, "that" or the
    clause's end after it ("drew praise from", "prompted calls for", "won widespread praise",
    "drew sharp rebukes from"); not a past or another report word ("Students who won said", "The man
    who won claims that"), not across a comma ("Trump, facing impeachment, calls the inquiry a hoax"),
    and not the main verb after a relative clause ("The party that won the vote calls on ...")."""
    lower = cue.text.lower().split()[0]  # "calls for": calls
    if lower.endswith(("ed", "ing")) or lower in _IRREGULAR_PAST:
        return False  # a past is a verb: "Students who won said"
    if lower not in _RECEIVED_NOUNS:
        return False  # no reaction: "The man who won says he is thrilled", "The man who won claims that"
    # what follows a noun, not a verb and its object or clause ("The team that won claims the title")
    noun_ends_here = _NOUN_ENDS_HERE.match(text, cue.start + len(lower)) is not None
    if words and words[-1].lower() in _REACTION_VERBS:
        # "drew praise from", "faced ridicule online"; "win" takes no object after "who" or "that"
        # ("The candidate who won calls for unity")
        return noun_ends_here and not (words[-1].lower() in ("win", "won") and len(words) >= 2
                                       and words[-2].lower() in ("who", "that", "which"))
    for back in (2, 3):
        if len(words) >= back and words[-back].lower() in _REACTION_VERBS:
            if len(words) > back and words[-back - 1].lower() in ("who", "that", "which") and \
                    _URGES_AFTER.match(text, cue.start + len(lower)):
                # the subject that did it, then the main verb: "The athlete who won gold calls on fans",
                # "The party that won the vote calls on its rivals"
                return False
            between = words[-back + 1:]
            if not all(w.isalpha() and w.islower() for w in between):
                return False  # across a comma: "Trump, facing impeachment, calls"
            # a determiner and modifiers of the noun ("earned some praise since"), not the verb's own
            # object after which a verb follows ("who received checks praise", "who faced protests calls")
            return noun_ends_here and not any(w in _RECEIVED_NOUNS or _OBJECT_NOUN.search(w) for w in between)
    return False


# "Calls for" and "calls on": after a relative clause on the subject, the main verb.
_URGES_AFTER = re.compile(r"\s+(?:for|on|upon)\b")
# Endings of nouns (a plural, "-ion", "-ment", "-ity", "-ism"), which a reaction verb's own object has
# and an adjective before the reaction does not ("faced protests", "won reelection"; "drew sharp").
_OBJECT_NOUN = re.compile(r"(?:[^s]s|ion|ment|ity|ism)$")
# What may follow a noun of reaction and not a verb: a preposition that ties it, "that", or the end of
# the clause ("drew praise from", "prompted calls for", "faced questions over", "drew praise.").
_NOUN_ENDS_HERE = re.compile(
    r"\s+(?:from|for|over|about|against|in|on|at|after|amid|by|of|that|since|as|when|while|because|during|online"
    r"|to)\b|\s*(?:[,.;:!?)”\"]|$)")


# A count before a noun: "32", "1,200", "two", "dozens".
_COUNT = re.compile(r"(?:\d(?:[\d,.]*\d)?|" + _NUMBER_WORDS + r")$", re.IGNORECASE)
# After a participle that modifies a noun: a plain word in lower case ("militants"), or "or"/"and"
# and another participle ("suspected or confirmed cases").
_NOUN_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:(?:or|and)\s+[a-z]+ed\s+)?(?!(?:that|the|a|an|to|by|in|on|at|of|for|with|it|this|him|her|them|us|me)\b)[a-z]")


def _is_participle_after_a_count(text: str, cue: Match, words: list[str]) -> bool:
    """Whether a cue in -ed modifies the noun after a count: "two suspected militants", "32
    suspected or confirmed cases", "three alleged victims"; the count is no subject when no
    determiner comes before it ("the three claimed victory" stays a report)."""
    if len(words) >= 3 and words[-1] in ("or", "and") and words[-2].endswith("ed"):
        words = words[:-2]  # the second of two: "32 suspected or confirmed cases"
    if not cue.text.endswith("ed") or " " in cue.text or not words or _COUNT.match(words[-1]) is None:
        return False
    if len(words) >= 2 and (words[-2].lower() in _NOUN_MARKERS or words[-2].lower() in ("all", "both")):
        return False
    return _NOUN_AFTER_PARTICIPLE.match(text, cue.end) is not None


# Determiners of one thing: after one of them and one word, a base form is no verb ("one odd remark"),
# which would have to agree with a single subject ("one official remarks").
_SINGULAR_DETERMINERS = frozenset("a an one each every another this".split())
# A year or a size in figures before a noun: "2022", "30-page", "1,000-word".
_YEAR_OR_SIZE = re.compile(r"(?:1[89]|20)\d\d|\d[\d,]*-[a-z]+")
# Possessive determiners: what follows them is a noun phrase, which no verb in its base form ends.
_POSSESSIVE_DETERMINERS = frozenset("his her its their our my your".split())
# Nouns that take a plural verb without an -s ("the police claim"), so a base form after them may be a verb.
_PLURALS_WITHOUT_S = frozenset("people police staff personnel media military government majority".split())


def _is_noun_after_an_adjective(cue: Match, words: list[str]) -> bool:
    """Whether a cue in its base form follows a determiner of one thing, or a possessive, and one or
    two words: "a stunning rebuke", "an angry call", "one odd remark", "Ukraine’s harsh public
    rebuke", "his latest claim"; the verb would have no subject there, or one it does not agree
    with. (A participle stays a verb: "a letter calling on", "a report that warned".)"""
    lower = cue.text.lower()
    if lower not in _NOUN_FORMS and lower not in _BASE_FORM_NOUNS or lower.endswith(("s", "ing")):
        return False
    if len(words) >= 2 and _YEAR_OR_SIZE.fullmatch(words[-1]) and words[-2].lower() in _NOUN_DETERMINERS:
        return True  # "The 2022 report by the UN found", "a 30-page report": no subject is a year
    for count in (1, 2):
        if len(words) <= count:
            return False
        marker, between = words[-count - 1], words[-count:]
        if not all(word.isalpha() and word.islower() and word not in _SOURCE_NOUNS and word not in _ANONYMOUS_HEADS
                   and word not in _PLURALS_WITHOUT_S and word not in _FUNCTION_WORDS for word in between):
            return False
        if marker.lower() in _SINGULAR_DETERMINERS or count == 2 and marker.lower() in _POSSESSIVE_DETERMINERS:
            return True
        if marker.endswith(("’s", "'s")) and all(not word.endswith("s") for word in between):
            return True  # "Ukraine’s harsh public rebuke" (not "the party’s leaders claim")
    return False


# Base forms of reporting verbs that news uses as nouns as often, beyond _NOUN_FORMS.
_BASE_FORM_NOUNS = frozenset("rebuke remark lament retort boast plea".split())


# What follows a noun in -ing that heads its phrase: a verb, or a preposition of place or purpose.
_AFTER_ING_NOUN = re.compile(r"\s+(?:is|was|were|are|has|had|remains|remained|will|for|in)\b|\s*[.,;:!?]")


def _is_ing_noun_in_compound(text: str, cue: Match, words: list[str]) -> bool:
    """Whether a cue in -ing is the head of a noun compound: after a noun and before a verb or
    "for" ("a flood warning is in place", "a storm warning for the coast"), not a participle
    ("officials warning of a crisis")."""
    return cue.text.endswith("ing") and " " not in cue.text and bool(words) and _is_common_noun(words[-1]) and \
        words[-1] not in _AUXILIARIES and _AFTER_ING_NOUN.match(text, cue.end) is not None


_REPORT_VERB_AFTER = re.compile(r"\s+(?:said|say|says|suggest|suggests|suggested|indicate|indicated|indicates|show|shows|"
                                r"showed|claim|claimed|claims)\b")


def _is_plural_noun_after_adjective(text: str, sentence: Sentence, cue: Match, words: list[str]) -> bool:
    """Whether a cue in -s is a plural noun: a noun-like form before "of" ("fears of a long war"), or
    a cue after a determiner and an adjective with a preposition or an auxiliary after it: "The
    maximalist remarks from both sides have ...", not "The president says"."""
    if len(words) >= 2 and words[-2].lower() in _NOUN_DETERMINERS and words[-1].endswith("ed") and \
            words[-1].isalpha() and words[-1].islower() and words[-1] not in _NOUNS_IN_ED and \
            cue.text.split()[0].lower().endswith("s"):
        return True  # "after the failed votes to discuss", "the renewed calls for": a participle adjective
    if words and words[-1].lower() in _SWELLING and cue.text.split()[0].lower().endswith("s"):
        return True  # ", prompting growing calls that": what swells is a noun
    if not cue.text.endswith("s"):
        return False
    if cue.text.lower() in _NOUN_FORMS and text.startswith(" of ", cue.end):
        return True  # "global fears of a long war", "claims of fraud": no verb of these takes "of"
    if cue.text.lower() == "plans" and text.startswith((" for ", " of "), cue.end):
        return True  # "leaders weigh plans for ...": the noun; the verb takes "to" or an object
    if cue.text.lower() in _NOUN_FORMS and _REPORT_VERB_AFTER.match(text, cue.end):
        return True  # "Unconfirmed reports said": the subject of the verb after it
    if len(words) >= 3 and words[-3].lower() == "to" and words[-2].isalpha() and words[-2].islower() and \
            words[-1].isalpha() and words[-1].islower() and not words[-1].endswith("s") and \
            words[-1] not in _INDEFINITE_PRONOUNS and words[-1] not in _PRONOUN_LIKE and \
            words[-1] not in _DETERMINERS and words[-1] not in ("and", "or", "but", "nor"):
        # "to declassify key documents", "to lob wild claims": an infinitive's object, with its
        # modifier before it (not a plural that may be a subject: "a threat to transgender
        # individuals downplays"; nor "to school and regards")
        return True
    if len(words) >= 2 and words[-1][0].isupper() and words[-2].lower() in _PLURAL_DETERMINERS:
        # "all FBI reports on the interviews": after a plural's determiner and a name, a cue in -s
        # is a noun (a verb in -s never follows a plural subject); after "the" it may be the name's
        # verb ("the FBI reports that ...")
        return True
    return len(words) >= 2 and words[-1].islower() and \
        words[-2].lower() in _NOUN_DETERMINERS and _PLURAL_NOUN_AFTER.match(text, cue.end, sentence.end) is not None


# Adjectives of a swelling that a plural report noun follows: "growing calls", "mounting fears".
_SWELLING = frozenset("growing mounting increasing rising lingering escalating widening swirling persistent".split())
# Participles that stand as nouns after "the": "the accused says he is innocent".
_NOUNS_IN_ED = frozenset("accused deceased injured wounded condemned disappeared detained".split())


def _is_relative_verb(cue: str) -> bool:
    """Whether a cue after "that" or "which" is the finite verb of a relative clause that reports
    ("that says", "which argued", "cities that support"): a verb that takes a clause, or a stance,
    never a noun after a demonstrative ("that claim") nor a verb of action ("the firm that published")."""
    return cue.lower() in _INVERTING_VERBS or cue.lower() in _PLURAL_ONLY_CUES


# Cue forms that are as often nouns: "of Republican claims", "in a lengthy expose".
_NOUN_FORMS = _HEADLINE_NOUNS | frozenset(
    """tweet tweets expose attack attacks call calls charge charges promise promises pledge pledges vow vows
    threat threats demand demands request requests question questions doubt doubts concern concerns estimate
    estimates note notes post posts planning""".split()
)
_AUXILIARY_AFTER = re.compile(r" (?:have|has|had|are|were|will|would|could|should|may|might|must)\b")
# The past of verbs of measured change, which no participle-adjective shares ("rose", not "increased",
# as in "the firm reports increased profits"): after a noun-like cue it is the cue's verb.
_PAST_OF_CHANGE_AFTER = re.compile(r" (?:rose|fell|grew|shrank|slid|slipped|climbed|jumped|soared|surged|plunged|"
                                   r"dipped|edged|topped|totalled|totaled)\b")

_PLURAL_DETERMINERS = _PLURAL_QUANTIFIERS | {"all", "these", "those"}


def _ends_prepositional_noun(text: str, cue: Match, words: list[str]) -> bool:
    """Whether a cue that may be a noun ends a noun phrase opened by a preposition a few words back
    ("a survey of Republican claims", "in the Chronicle report,", "in early-morning tweets"): a
    subject never follows a preposition. "claims that" stays a verb."""
    lower = cue.text.lower()
    if lower.endswith("s") and lower != "says" and " " not in lower:
        after = _AUXILIARY_AFTER.match(text, cue.end)
        if after:
            return True  # "Health worries have dogged her": a verb is never followed by an auxiliary
        if lower in _NOUN_FORMS and _PAST_OF_CHANGE_AFTER.match(text, cue.end):
            return True  # "Jobless claims rose": a verb is never followed by a verb in the past
    quantifier = words[-1].lower() if words else ""
    # (a count ends in a digit: the comma of "in 2012, says the library" ends a clause)
    count = quantifier in _PLURAL_QUANTIFIERS or _COUNT.match(quantifier) is not None or (  # "1,400 calls"
        quantifier == "all" and (len(words) < 2 or words[-2].lower() not in _PRONOUN_LIKE | {"this", "which"}))
    # ("all references to"; not "That all suggests", where "all" follows its subject)
    if lower.split()[0].endswith("s") and count and (
            quantifier != "both" or lower in _NOUN_FORMS):
        # "some calls", "many claims", "by seven votes to two": a plural quantifier wants "call",
        # not "calls"; "both" may be an adverb ("DuVernay both documents ... and ...")
        return True
    if lower not in _NOUN_FORMS or text.startswith((" that", ",” ", ' that'), cue.end):
        return False
    for back in range(1, min(5, len(words)) + 1):
        word = words[-back]
        lower = word.lower()
        if word.endswith((",", ";", ":")) or not word[0].isalnum():
            return False
        if back > 1 and lower in _NOUN_PREPOSITIONS:
            # "in the Chronicle report", not "colleagues in Kyiv report": a base form right after a
            # place or a name with no determiner is the plural subject's verb
            return not (back == 2 and words[-1][:1].isupper() and not cue.text.endswith("s"))

        if lower in _FUNCTION_WORDS or lower in _PRONOUNS or lower in _AUXILIARIES:
            return False  # a clause, not a noun phrase: "with what they call", "authority to call"
    return False


# The words the rarer patterns need, in one lexicon: one trie pass over a text finds the few
# sentences worth a closer look (most hold none of them).
_PATTERN_WORDS = Lexicon.from_rows(
    [{"term": w, "pattern": "attitude"} for w in (*_ATTITUDE_ADJECTIVES, "sure", "certain", *_STANCE_ADJECTIVES,
                                                   *_STANCE_NOUNS)]
    + [{"term": f"{noun}{copula} that", "pattern": "owned report"} for noun in (*_REPORT_NOUNS, "narrative", "notion",
                                                                                 "proof", "evidence")
       for copula in ("", " is", " was")]
    + [{"term": f"{noun} {link}", "pattern": "owned report"} for noun in _STANCE_OBJECT_NOUNS
       for link in ("of", "for", "to", "toward", "towards", "against")]
    + [{"term": w, "pattern": "hearsay"} for w in _HEARSAY_ADVERBS]
    + [{"term": w, "pattern": "received"} for w in _RECEIVED_NOUNS],
    key="term",
)


def _cues_by_sentence(text: str, sentences: list[Sentence], quotes: list[tuple[int, int]],
                      verbs: Lexicon) -> dict[int, list[Match]]:
    """The report verbs and nouns of ``verbs`` found in ``text``, by the index of their sentence,
    leaving out those inside quotations (the quoted speaker's, not this sentence's report), in
    excluded sentences, and those that report nothing where they stand (the tests above). Where a
    sentence holds several, a refusal to act ("refused to negotiate") gives way to the others."""
    quote_starts = [q[0] for q in quotes]

    def inside_quote(pos: int) -> bool:
        k = bisect_right(quote_starts, pos) - 1
        return k >= 0 and quotes[k][0] < pos < quotes[k][1] - 1

    cues_by_sentence: dict[int, list[Match]] = {}
    starts = [s.start for s in sentences]
    for match in verbs.finditer(text):
        if inside_quote(match.start) or match.row.get("connotation") == EXCEPTION:
            continue  # "think tank" reports nobody
        k = bisect_right(starts, match.start) - 1
        if k >= 0 and match.end <= sentences[k].end and not sentences[k].excluded and \
                not _in_markup(text, sentences[k].start, match.start) and \
                not _addresses_reader(text, sentences[k], match) and not _is_comparison(text, sentences[k], match) and \
                not _is_credit_or_phrasal(text, sentences[k], match) and not _is_idle_say(text, sentences[k], match) and \
                not _is_told_party(text, sentences[k], match) and not _is_telling_adjective(text, sentences[k], match) \
                and not _is_refusal(text, sentences[k], match) and not _is_naming(text, sentences[k], match) \
                and not _is_prescribed_state(text, sentences[k], match) \
                and not _is_proverb(text, sentences[k], match) \
                and not _is_adjective_by_degree(text, sentences[k], match):
            cues_by_sentence.setdefault(k, []).append(match)

    for k, cues in cues_by_sentence.items():
        if len(cues) > 1:
            speaking = [cue for cue in cues if not _refuses_to_act(text, sentences[k], cue)]
            cues_by_sentence[k] = speaking or cues
    return cues_by_sentence

"""The speaker of a sentence's report cues. ``_speaker_for`` reads one verb's own form first
("according to", a relative clause, a noun, a headline, a passive), then tries the phrase rules
(a speaker after the verb, before it, the subject of its clause, the antecedent of "who"), and
gives the speaker's span and kind, or None when the verb reports nothing where it stands;
``_speaker_of_cues`` takes the first cue it finds a speaker for, ``_subject_as_speaker`` falls
back on the subject of a reporting clause, and ``_whole_speaker`` completes the span found.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..lexicon import Match
from ..model import Sentence
from .word_classes import (
    _ANONYMOUS_PHRASE, _ANONYMOUS_QUALIFIER, _ANOTHER_SUBORDINATE, _AUXILIARIES, _BETWEEN, _FUNCTION_WORDS,
    _GROUP_ADJECTIVES, _HELD_WHEN_PASSIVE, _INDIRECT_QUESTION_WORDS, _INVERTING_VERBS, _IRREGULAR_PAST, _LEADING_FILLER,
    _MONTHS, _NOUN_DETERMINERS, _NOUN_MARKERS, _NP_LINKS, _OPENING_MARKS, _PARTICIPLE_BY, _PRONOUNS, _RIGHT_BY,
    _SOURCE_NOUNS, _SUBORDINATORS, _TIME_WORDS, _WITH_ABSOLUTE, _ends_in_passive_auxiliary,
    _is_common_noun, _is_ly_adverb, _is_participle, _is_past_form, _light_verb_before, _opens_adverbial, _skip_space,
    _stripped_end, _tokens_before, _word_before, normalise,
)
from .quotes import _clause_context_start, _embedded_term
from .sources import classify_source, _holds_anonymous_phrase
from .headlines import _headline_speaker, _runs_past_headline_subject
from .phrases import (
    _ADVERBS_BEFORE_A_PHRASE, _after_opening_phrase, _antecedent_of_which, _antecedent_of_who, _closes_clause,
    _head_before_relative_clause, _name_before_an_unclosed_aside, _names_a_source, _noun_phrase_after,
    _noun_phrase_before, _np_word, _plural_before_a_place, _plural_before_restrictive_who, _source_after,
    _strip_trailing_adjuncts, _tidy_speaker, _without_final_stop,
)
from .subjects import _subject_of
from .cues import (
    _closing_tag_first, _ends_prepositional_noun, _is_base_form, _is_ing_noun_in_compound, _is_noun_after_an_adjective,
    _is_participle_after_a_count, _is_plural_noun_after_adjective, _is_reaction_object, _is_relative_verb,
    _is_verb_use, _reports_nothing_here, _subject_participle_first,
)
from .constructions import _EVIDENCE


# An unnamed source's phrase (``_ANONYMOUS_PHRASE``) as the subject right before a verb: "Those close
# to him say".
_ANONYMOUS_BEFORE = re.compile(r"\b(?:" + _ANONYMOUS_PHRASE.pattern + r")\s*$", re.IGNORECASE | re.VERBOSE)

# Verbs and adjectives whose "of" takes a gerund with the clause's subject as its own (Quirk et
# al. 1985, 16.69-16.71): "never tire of telling", "stopped short of calling", "was accused of
# saying". After a noun, "of" and a gerund stay a noun's complement ("the idea of asking").
_OF_GERUND_TAKERS = frozenset(
    """tire tired tires tiring weary wary clear short accused accuses accusing capable incapable guilty
    afraid fond proud ashamed innocent suspected convicted""".split()
)


# "Quoted X as saying": the one quoted and the verb of what they said (AP and Reuters style).
_QUOTED_AS_SAYING = re.compile(
    r"\s+(?P<source>[^.;:!?\"“”]{2,120}?)\s+as\s+(?:saying|telling|writing|stating|adding)\b")

# The same in the passive, "X was quoted (by the agency) as saying", and the auxiliaries between X
# and the verb.
_PASSIVE_AS_SAYING = re.compile(
    r"(?:\s+by\s+[^.;:!?\"“”]{2,80}?)?\s+as\s+(?:saying|telling|writing|stating|adding)\b")
_AUXILIARIES_BEFORE = re.compile(r"(?:\s+(?:is|are|was|were|be|been|being|has|have|had|also|widely|often|later))+\s*$")

# A time or a place right after a participle, then the comma that closes the fenced phrase: no
# object, so a passive ("The plan, announced last week, ...", "The report, released on Monday, ...").
_TIME_OR_PLACE_THEN_COMMA = re.compile(
    r"\s+(?:last|this|earlier|on|in|at|during|after|yesterday|today|early|late)\b[^,;:.!?]{0,40},")
# A verb that takes an object when active, straight before "at" or "as": passive ("estimated at $2
# billion", "described as historic"), as the active verb would have its object first.
_PASSIVE_WITHOUT_OBJECT = re.compile(
    r"(?:estimated|valued|put|pegged|described|characteri[sz]ed|portrayed|regarded|seen|labell?ed|branded|dubbed|"
    r"billed|touted|hailed|denounced|condemned|criticized|criticised)\s+(?:at|as)\b", re.IGNORECASE)
# A verb of judgement whose active form has its object before the preposition ("accused Lee of
# lying", "blamed Russia for"): straight before "of", "for" or "over" on a noun it is passive, with or
# without a comma ("a man accused of killing three people", "an officer suspected of spying").
_PASSIVE_BEFORE_ITS_PREPOSITION = re.compile(
    r"(?:accused|suspected|blamed|faulted|criticized|criticised|condemned|praised)\s+(?:of|for|over)\b",
    re.IGNORECASE)


# The agent of a passive report verb: right after it, or after a short object complement
# ("was called a fraud by fellow doctors", "was found to be safe by researchers"), never across a
# clause break nor an infinitive of another verb, which the "by" belongs to ("was shown to cut deaths
# by a third", "is expected to be indicted by the attorney").
# "By" and a word of the means or the manner is no agent: "not mentioned by name", "told by phone".
_BY_AGENT = re.compile(r"(?:\s+(?![Tt][Oo]\s+(?![Bb]e\s+[\w’'-]*(?<!ed)(?<!en)\s))[\w’'-]+){0,4}?\s+(?:by|By|BY)\s+"
                       r"(?!(?:name|phone|telephone|e-?mail|mail|letter|text|fax|hand|law|accident|mistake|chance|"
                       r"default|design|proxy|satellite|video(?:link)?|teleconference|videoconference)\b)")

# ... or after an infinitive of one word, which has no object for "by" to measure: "was persuaded
# to run by his wife" (not "was shown to cut deaths by a third", nor "to be replaced by").
_BY_AGENT_AFTER_INFINITIVE = re.compile(
    r"\s+to\s+(?!be\b)[a-z]+\s+by\s+(?!(?:(?:a|an)\s+(?:third|quarter|half|fifth|tenth|fraction|factor|margin|wide|"
    r"narrow|lot|bit|little|few|dozen|hundred|thousand|million|billion)|half|much|far|nearly|about|around|roughly|"
    r"some|more|less|at|up|as|double|twice|[a-z]+ly|\d)\b)(?=[A-Za-z])")

_COMMON_NOUNS_AFTER = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}(?=\s*[,.;:!?)]|\s+(?:that|who|which)\b)")


# Verbs of saying whose base form inverts with a plural speaker before a comma too ("Say experts, the
# market is overheated", "Argue critics, ...").
_SAYING_BASE_FORMS = frozenset("say argue warn note write explain add insist contend counter".split())
# A colon or an opening quotation mark after the speaker and up to three words of time or place
# ("in their paper", "on Sunday"): the speech an inverted verb introduces.
_SPEECH_AFTER = re.compile(r"(?:\s+(?!(?:to|be|as)\b)[\w’'-]+){0,3}?\s*(?::|,?\s*[“\"])")

_ADVERB_AND_COMMA = re.compile(r"(?:however|though|too|also|meanwhile|instead|then|still),\s+", re.IGNORECASE)


# Prepositions that open a phrase of time or place before the subject ("In his speech the senator").
_OPENING_PREPOSITIONS = frozenset(
    "in on at during after before for with from amid despite following under throughout within across through over".split())


# A source brought in by "there are" and described by a relative clause whose verb reports: "there
# are some economists who argue that", "there were many voters who said".
_EXISTENTIAL_SOURCE = re.compile(
    r"\bthere\s+(?:are|were|is|was|have\s+been|has\s+been)\s+"
    r"(?P<source>(?:(?!(?:who|that|which|and|or|but)\s)[\w’'-]+\s+){0,4}[\w’'-]+)\s+(?:who|that)\s+$",
    re.IGNORECASE)


# A subordinator between a comma and a participle that reports: ", while insisting that", ", before
# adding that": the participle's subject is still the main clause's.
_COMMA_AND_SUBORDINATOR = re.compile(r",\s+(?:while|when|before|after|without|even\s+while|all\s+while)\s+$")


# Adverbs between a comma and a participle set off after a noun: "The decision, first reported by
# Reuters, ...".
_BEFORE_A_PARTICIPLE = frozenset("first initially originally later also previously earlier".split())


# A verb of saying after "expected to": the subject's words to come ("is expected to announce").
_TO_SPEAK_AFTER = re.compile(r"\s+to\s+(?:say|tell|announce|argue|testify|speak|deliver|unveil|outline|address|"
                             r"urge|call|warn|propose|declare|insist|reveal|describe|confirm|deny)\b")


# A question that puts its auxiliary before the subject of a passive: "Was CFIUS told?", "Were the
# families informed?" (the subject is told, nobody named tells).
_QUESTION_PASSIVE = re.compile(r"[\s“\"'‘(]*(?:Was|Were|Is|Are|(?:Has|Have|Had)\s+\S+\s+been)\s+(?:[\w.’'-]+\s+){1,5}")


# A subordinator that opens the sentence before a participle: "After saying", "While insisting".
_SUBORDINATOR_BEFORE_ING = re.compile(r"[\s“\"'‘(]*(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Ss]ince|[Uu]pon|"
                                      r"[Dd]espite|[Ww]ithout)\s+")


class _VerbContext(NamedTuple):
    """What the speaker rules read about one report verb: the text, its sentence and that
    sentence's quotations, the verb (``cue``, and ``lower``, its normalised form), the words of
    its clause before it (``before``, from ``left``; ``words``; ``previous_word``), whether its
    first word may be a past participle (``participle``: "said", "told") and whether an auxiliary
    before it makes it a passive (``passive``: "was reported", "Was CFIUS told?")."""
    text: str
    sentence: Sentence
    quotes: list[tuple[int, int]]
    cue: Match
    lower: str
    left: int
    before: str
    words: list[str]
    previous_word: str
    participle: bool
    passive: bool


def _verb_context(text: str, sentence: Sentence, cue: Match, quotes: list[tuple[int, int]]) -> _VerbContext:
    """The ``_VerbContext`` of ``cue``: its clause starts after the last quotation before it."""
    left = _clause_context_start(text, sentence.start, quotes, cue.start)
    before = text[left:cue.start]
    words = before.split()
    participle = _is_participle(cue.text)
    passive = participle and (_ends_in_passive_auxiliary(before, words)
                              or _QUESTION_PASSIVE.fullmatch(text, sentence.start, cue.start) is not None)
    return _VerbContext(text, sentence, quotes, cue, normalise(cue.text), left, before, words, _word_before(words),
                        participle, passive)


# ... unless an agent ("convinced by his aides") or an act ("persuaded to run") follows: then someone
# else did the convincing.
_CONVINCER_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:by|to)\b")


# What a rule of the verb's form gives when it decides that the verb reports nothing where it
# stands; None lets the next rule try.
_NOBODY = ()

# A rule of form's answer: (start, end, kind) of a speaker, ``_NOBODY``, or None.
_Found = tuple[int, int, str] | tuple[()] | None


def _opening_citation(verb: _VerbContext) -> _Found:
    """Nobody, for "citing" or "quoting" that opens the sentence: "Citing a poll, Trump said ..." is
    an adjunct, and the main verb has the speaker."""
    if verb.lower in ("citing", "quoting") and not verb.text[verb.sentence.start:verb.cue.start].strip(" “\"'‘("):
        return _NOBODY
    return None


def _quoted_as_saying(verb: _VerbContext) -> _Found:
    """The one quoted, for "The agency quoted Lavrov as saying ..." and "Lavrov was quoted by the
    agency as saying ...": the one quoted speaks, the agency carries it (AP and Reuters style)."""
    if verb.lower in ("quoted", "quotes", "quote"):
        text, cue = verb.text, verb.cue
        if verb.passive and _PASSIVE_AS_SAYING.match(text, cue.end, verb.sentence.end):
            # "He was quoted by Interfax as saying ...": the subject is the one quoted
            auxiliary = _AUXILIARIES_BEFORE.search(text, verb.left, cue.start)
            start, end = _noun_phrase_before(text, verb.left, auxiliary.start() if auxiliary else cue.start)
            return (start, end, "named" if text[start:end].lower() in _PRONOUNS else classify_source(text[start:end])) \
                if end > start else None
        as_saying = _QUOTED_AS_SAYING.match(text, cue.end, verb.sentence.end)
        if as_saying:
            start, end = _source_after(text, as_saying.start("source"), as_saying.end("source"))
            if end > start:
                phrase = text[start:end]
                return start, end, "anonymous" if _holds_anonymous_phrase(phrase) else classify_source(phrase)
    return None


def _source_after_according_to(verb: _VerbContext) -> _Found:
    """The source after "according to", "citing" or "quoting" ("according to two officials"), or
    nobody when none follows; not "..., citing a risk to public safety", the reason of the clause's
    subject, which the rules after read as they read "..., saying"."""
    lower = verb.lower
    if lower.startswith("according to") or lower in ("citing", "quoting"):
        text, sentence, cue = verb.text, verb.sentence, verb.cue
        start, end = _source_after(text, _skip_space(text, cue.end), sentence.end)
        reason = lower == "citing" and end > start and not _names_a_source(text[start:end])
        if not (reason and text[sentence.start:cue.start].rstrip().endswith(",")):
            if end > start:
                kind = "anonymous" if _ANONYMOUS_PHRASE.fullmatch(text[start:end]) else classify_source(text[start:end])
                return start, end, kind
            return _NOBODY
    return None


def _subject_after_opening_participle(verb: _VerbContext) -> _Found:
    """The main clause's subject, for a participle clause that opens the sentence ("After saying
    her foot was swollen, she was taken to hospital", "While insisting ..., the mayor ..."): after
    the first comma that a subject follows (one inside a quotation may come first); nobody when
    no comma has one."""
    if not verb.lower.endswith("ing"):
        return None
    text, sentence, cue = verb.text, verb.sentence, verb.cue
    if _SUBORDINATOR_BEFORE_ING.fullmatch(text, sentence.start, cue.start):
        comma = text.find(",", cue.end, sentence.end)
        while comma > 0:
            start, end, kind = _subject_of(text, comma + 1, sentence.end)
            if end > start and (text[start].isupper() or text[start:end].lower() in _PRONOUNS
                                or text[start:end].split()[0].lower() in _NOUN_DETERMINERS):
                return start, end, kind
            comma = text.find(",", comma + 1, sentence.end)
        return _NOBODY
    return None


def _subject_of_absolute_clause(verb: _VerbContext) -> _Found:
    """The subject of an absolute clause with "with": "..., with Norway backing the plan"."""
    if verb.lower.split()[0].endswith("ing") and "with" in verb.words:
        text, cue, left = verb.text, verb.cue, verb.left
        absolute = _WITH_ABSOLUTE.search(text, left, cue.start)
        if absolute and (absolute.group("name") or absolute.group("head").lower() in _SOURCE_NOUNS):
            start, end = absolute.span("source")
            return start, end, classify_source(text[start:end])
    return None


def _source_after_there_are(verb: _VerbContext) -> _Found:
    """The source that "there are" brings in, for the verb of a relative clause on it: "there are
    some economists who argue"."""
    if verb.previous_word in ("who", "that") and not verb.passive:
        existential = _EXISTENTIAL_SOURCE.search(verb.before)
        if existential:
            start, end = verb.left + existential.start("source"), verb.left + existential.end("source")
            return start, end, classify_source(verb.text[start:end])
    return None


def _source_of_no_comment(verb: _VerbContext) -> _Found:
    """The one who gave no comment: "There was no immediate comment from Kyiv", "no comment from
    the ministry on the report"."""
    if verb.lower in ("comment", "comments") and _NO_BEFORE.search(verb.before):
        text, cue = verb.text, verb.cue
        source = _FROM_AFTER.match(text, cue.end, verb.sentence.end)
        if source:
            start, end = _source_after(text, source.end(), verb.sentence.end)
            if end > start:
                return start, end, classify_source(text[start:end])
    return None


_NO_BEFORE = re.compile(r"\b[Nn]o\s+(?:immediate\s+|official\s+|further\s+)?$")
_FROM_AFTER = re.compile(r"\s+from\s+")


def _noun_a_relative_clause_hangs_on(verb: _VerbContext) -> _Found:
    """The noun a relative clause on the source hangs on: "a letter from her doctor that says ...";
    nobody when there is none."""
    if verb.passive or verb.previous_word not in ("that", "which") or not _is_relative_verb(verb.cue.text):
        return None
    text, left, before = verb.text, verb.left, verb.before
    pronoun = before.rstrip().rfind(" ") + 1
    start, end = _noun_phrase_before(text, left, left + pronoun)
    if end <= start:
        # the noun phrase with its determiner, anywhere in the clause: "released a letter from her doctor that"
        tokens = _strip_trailing_adjuncts(_tokens_before(text, left, left + pronoun))
        k = len(tokens) - 1
        while k > 0 and len(tokens) - k < 8 and tokens[k].group().lower() not in _NOUN_DETERMINERS and (
                _np_word(tokens[k].group()) or tokens[k].group().lower() in _NP_LINKS - {"and"}):
            k -= 1
        if tokens and k < len(tokens) - 1 and tokens[k].group().lower() in _NOUN_DETERMINERS:
            start, end = tokens[k].start(), tokens[-1].end()
    if end > start:
        phrase = text[start:end]
        return start, end, "anonymous" if _holds_anonymous_phrase(phrase) else classify_source(phrase)
    return _NOBODY


def _is_gerund_after_of(verb: _VerbContext) -> bool:
    """Whether the verb is a gerund after "of" on a word that takes one with its clause's subject:
    "never tire of telling", "steering clear of criticizing"."""
    words = verb.words
    return verb.previous_word == "of" and verb.lower.endswith("ing") and len(words) >= 2 and \
        words[-2].lower() in _OF_GERUND_TAKERS


def _noun_after_a_marker(verb: _VerbContext) -> _Found:
    """Nobody, for a report noun after a determiner, a possessive, a preposition or a date: "his
    comments", "the call", "of Republican claims", "a Nov. 29 report". Not for "No one expected",
    nor "one said" or "another wrote" after a quotation or a comma, whose pronoun is the subject (a
    verb in the past is no noun; "one claim" is)."""
    text, cue, lower, words, previous_word = verb.text, verb.cue, verb.lower, verb.words, verb.previous_word
    pronoun_subject = previous_word == "one" and len(words) >= 2 and words[-2].lower() == "no" or \
        previous_word in ("one", "another") and (len(words) == 1 or words[-2].endswith((",", "”", '"'))) and \
        (_is_participle(lower) or lower.split()[0] in _IRREGULAR_PAST)
    if not verb.passive and not pronoun_subject and not _is_gerund_after_of(verb) and (
            previous_word in _NOUN_MARKERS or previous_word.endswith(("’s", "'s"))
            or _ends_prepositional_noun(text, cue, words) or _is_reaction_object(text, cue, words)
            or previous_word.isdigit() and len(words) >= 2 and words[-2].lower().rstrip(".") in _MONTHS):
        return _NOBODY
    return None


def _subject_of_gerund_after_of(verb: _VerbContext) -> _Found:
    """The subject of the clause, for a gerund after "of": "The WHO, however, stopped short of
    declaring"."""
    if _is_gerund_after_of(verb):
        start, end, kind = _subject_of(verb.text, verb.left, verb.cue.start)
        if end > start:
            return start, end, kind
    return None


def _subject_of_light_verb(verb: _VerbContext) -> _Found:
    """The subject of a light verb whose object is the report noun ("Ukraine makes demands":
    Ukraine), or nobody for a report word that is a noun or an adjective where it stands ("fears
    of a long war", "a storm warning for the coast", "a stunning rebuke", "two suspected
    militants")."""
    text, sentence, cue, left, words = verb.text, verb.sentence, verb.cue, verb.left, verb.words
    light = _light_verb_before(text, left, cue)
    if light is not None:
        start, end = _noun_phrase_before(text, left, light)
        return (start, end, classify_source(text[start:end])) if end > start else _NOBODY
    if _is_plural_noun_after_adjective(text, sentence, cue, words) or _is_ing_noun_in_compound(text, cue, words) \
            or _is_noun_after_an_adjective(cue, words) or _is_participle_after_a_count(text, cue, words):
        return _NOBODY
    return None


def _speaker_in_headline(verb: _VerbContext) -> _Found:
    """The speaker of a capitalised verb inside a title-case headline ("Black Lawmakers Rip Donald
    Trump"), or nobody when ``_headline_speaker`` finds none."""
    cue = verb.cue
    if not cue.text[0].isupper():
        return None  # most verbs: no headline
    text, sentence = verb.text, verb.sentence
    if cue.start > sentence.start and not verb.lower.startswith("according") and \
            not verb.passive and text[cue.end:sentence.end].strip(" .!?\"'”’"):
        return _headline_speaker(text, verb.left, cue) or _NOBODY
    return None


def _words_before_participle(verb: _VerbContext) -> list[str]:
    """The clause's words before the verb, less an adverb before a participle after a comma ("The
    vote, widely condemned") or after a noun when "by" follows ("an exchange first reported by The
    Washington Post", "protesters tacitly endorsed by Trump": the agent reports)."""
    text, words = verb.text, verb.words
    adverb_before = len(words) > 1 and (words[-1].lower() in _BEFORE_A_PARTICIPLE or _is_ly_adverb(words[-1].lower()))
    if adverb_before and (words[-2].endswith(",") or _is_common_noun(words[-2]) and
                          _RIGHT_BY.match(text, verb.cue.end, verb.sentence.end)):
        return words[:-1]
    return words


def _is_participle_on_a_noun(verb: _VerbContext) -> bool:
    """Whether the verb is an active-looking participle right after a common noun or a
    subordinator ("the plan backed by", "When pressed by", "Figures ... by"): a reduced relative
    or a passive clause, not a report of the noun's."""
    if verb.passive or not verb.participle:
        return False
    head_words = _words_before_participle(verb)
    return bool(head_words) and (
        _is_common_noun(head_words[-1].rstrip(",")) or head_words[-1].lower() in _SUBORDINATORS
        or len(head_words) == 1 and verb.left == verb.sentence.start and _is_common_noun(head_words[0].lower()))


def _agent_of_reduced_relative(verb: _VerbContext) -> _Found:
    """The agent after "by", for a participle on a noun: "the plan backed by Western nations": the
    nations back it."""
    if verb.passive or not verb.participle:
        return None
    text, sentence, cue = verb.text, verb.sentence, verb.cue
    by = _RIGHT_BY.match(text, cue.end, sentence.end)
    if not by or not _is_participle_on_a_noun(verb):
        return None
    begin = by.end()
    if text.startswith(("the ", "The "), begin):
        begin += 4
    start, end = _noun_phrase_after(text, begin, sentence.end)
    if end <= start and begin > by.end():  # "by the council,": a common noun after "the"
        nouns = _COMMON_NOUNS_AFTER.match(text, begin, sentence.end)
        if nouns and all(_is_common_noun(w) for w in nouns.group().split()):
            start, end = nouns.span()
    plural = re.match(r"\s+([a-z]+s)\b", text[end:sentence.end])
    group = end > start and text[start:end].split()[-1].lower() in _GROUP_ADJECTIVES and plural
    if group:
        end += plural.end()  # "Western nations"
    end = _without_final_stop(text, start, end)  # "feared by some state leaders."
    agent = text[start:end].split()
    if agent and agent[0].lower() not in _TIME_WORDS and agent[-1].lower() not in _TIME_WORDS and (
            group or agent[-1][0].isupper() or agent[-1].lower() in _SOURCE_NOUNS or begin > by.end()):
        return start, end, classify_source(text[start:end])
    return None


# The rules of the verb's own form, tried in this order before the speaker rules: the first that
# decides gives a speaker, or ``_NOBODY`` when the verb reports nothing where it stands.
_FORM_RULES = (
    _opening_citation,
    _quoted_as_saying,
    _source_after_according_to,
    _subject_after_opening_participle,
    _subject_of_absolute_clause,
    _source_after_there_are,
    _source_of_no_comment,
    _noun_a_relative_clause_hangs_on,
    _noun_after_a_marker,
    _subject_of_gerund_after_of,
    _subject_of_light_verb,
    _speaker_in_headline,
    _agent_of_reduced_relative,
)


def _is_passive_on_a_noun(verb: _VerbContext) -> bool:
    """Whether a participle on a noun, with no "by" after it, is a passive all the same: a verb
    that takes an object when active, with none, on the noun before a comma, perhaps after an
    adverb ("The damage, estimated at $2 billion, ...", "The deal, described as historic by both
    leaders, ...", "The vote, widely condemned as a sham, ..."), or with or without a comma when
    its preposition follows straight on ("a man accused of killing three people")."""
    if verb.passive or not verb.participle:
        return False
    text, sentence, cue = verb.text, verb.sentence, verb.cue
    if _PASSIVE_BEFORE_ITS_PREPOSITION.match(text, cue.start, sentence.end):
        return _is_participle_on_a_noun(verb)
    without_object = _PASSIVE_WITHOUT_OBJECT.match(text, cue.start, sentence.end) or \
        _TIME_OR_PLACE_THEN_COMMA.match(text, cue.end, sentence.end)
    return bool(without_object) and not _RIGHT_BY.match(text, cue.end, sentence.end) and (
        verb.before.rstrip().endswith(",") or _words_before_participle(verb) is not verb.words) and \
        _is_participle_on_a_noun(verb)


# With no agent, the text a passive report verb is found in is its source: "As stated in the
# report, ...", "It was announced in a statement that ...", "as noted in the ministry's letter".
# Texts only: "as said in an interview" or "in his speech" leave the speaker to be found.
_IN_A_TEXT = re.compile(
    r"\s+in\s+(?P<source>(?:the|a|an|its|his|her|their|this|that|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?i:statements?|letters?|reports?|announcements?|communiqu[eé]s?|decrees?|resolutions?|articles?|documents?|"
    r"memos?|memorandum|press\s+releases?|op-eds?|essays?|columns?|editorials?|tweets?|e-?mails?|posts?|"
    r"stud(?:y|ies)|surveys?|polls?|audits?|analys[ie]s|rulings?|indictments?|filings?|complaints?|lawsuits?|"
    r"transcripts?|declarations?|bulletins?))\b")


def _speaker_of_passive(verb: _VerbContext) -> tuple[int, int, str] | None:
    """The agent of a passive ("was first reported by the Times", "has been endorsed by dozens of
    papers") or, with none, the text it is found in ("As stated in the report"); none for "Mr.
    Rubio is expected to say ...", whose words are to come and reported by the verb after; else an
    empty anonymous speaker at the verb: "it is said", "was reported" name nobody."""
    text, sentence, cue = verb.text, verb.sentence, verb.cue
    by = _BY_AGENT.match(text, cue.end, sentence.end) or _BY_AGENT_AFTER_INFINITIVE.match(text, cue.end, sentence.end)
    in_a_text = None if by else _IN_A_TEXT.match(text, cue.end, sentence.end)
    if by or in_a_text:
        start, end = _source_after(text, by.end() if by else in_a_text.start("source"), sentence.end)
        if end > start:
            return start, end, classify_source(text[start:end])
    if verb.lower == "expected" and _TO_SPEAK_AFTER.match(text, cue.end, sentence.end):
        return None
    return cue.start, cue.start, "anonymous"


def _speaker_for(text: str, sentence: Sentence, cue: Match, quotes: list[tuple[int, int]]):
    """(start, end, named|anonymous) of the speaker of ``cue``, or None when the verb does not
    report speech here (no speaker before or after it). The verb's own form decides first
    (``_FORM_RULES``: "according to", "citing", a relative clause's verb, a noun, a headline, a
    participle and its agent), then whether it is a passive, which has its agent or nobody named;
    otherwise the ``_SPEAKER_RULES`` are tried in order."""
    verb = _verb_context(text, sentence, cue, quotes)
    for rule in _FORM_RULES:
        found = rule(verb)
        if found is not None:
            return None if found is _NOBODY else found
    if _reports_nothing_here(text, sentence, cue):
        return None
    held = verb.passive and verb.lower in _HELD_WHEN_PASSIVE and not _CONVINCER_AFTER.match(text, cue.end, sentence.end)
    if (verb.passive or _is_passive_on_a_noun(verb)) and not held:
        return _speaker_of_passive(verb)
    for rule in _SPEAKER_RULES:
        found = rule(verb)
        if found is not None:
            return found
    return None


def _subject_before_trailing_participle(verb: _VerbContext) -> tuple[int, int, str] | None:
    """The subject that opens the sentence, for a participle after a comma ("..., admitting that
    ...", "..., while insisting that ..."), after an opening adverbial ("During the speech, Trump
    attacked Clinton, saying ...": Trump)."""
    text, cue, lower, left, before = verb.text, verb.cue, verb.lower, verb.left, verb.before
    s_start = verb.sentence.start
    if lower.split()[0].endswith("ing") and (before.rstrip().endswith(",") or _COMMA_AND_SUBORDINATOR.search(before)):
        subject = s_start
        first_word = text[s_start:cue.start].split(None, 1)
        comma = text.find(",", s_start, cue.start)
        if first_word and _opens_adverbial(first_word[0]) and 0 <= comma < cue.start - 2 and \
                text[comma + 1:cue.start].strip(" ,"):
            subject = _skip_space(text, comma + 1)
            again = _ADVERB_AND_COMMA.match(text, subject, cue.start)
            if again:
                subject = again.end()  # "On Monday, however, Ruiz spoke ..., promising"
        elif first_word and first_word[0].lower() in _OPENING_PREPOSITIONS:
            # an opening phrase with no comma after it: "In Wednesday's speech the senator took a
            # swipe at Clinton, calling ...": the senator
            subject = _after_opening_phrase(text, s_start, cue.start) or s_start
        elif first_word and first_word[0].islower() is False and first_word[0].endswith(("ed", "ing")):
            # an opening participle phrase ("Chastened by the reviews, Ruiz revised her plan, promising ..."):
            # the clause just before the participle's comma
            own_comma = before.rstrip().rfind(",") + left
            clause = text.rfind(",", s_start, own_comma) + 1
            if clause > 0 and text[_skip_space(text, clause)].isupper():
                subject = _skip_space(text, clause)
        opener = text[subject:cue.start].split(None, 1)
        if len(opener) > 1 and (opener[0].lower() in _SUBORDINATORS or opener[0].lower() in _LEADING_FILLER):
            subject = _skip_space(text, subject + len(opener[0]))  # "While members of ... , backing": the members
        start, end, kind = _subject_of(text, subject, cue.start)
        if end > start:
            return start, end, kind
        evidence = _EVIDENCE.match(text, _skip_space(text, subject), cue.start)
        if evidence:  # "..., polls show weak support ..., suggesting": the polls
            return evidence.start(), _stripped_end(text, evidence.start("verb")), "named"
    return None


def _short_phrase_after_quotation(verb: _VerbContext) -> tuple[int, int, str] | None:
    """The whole short phrase between a quotation and its verb, when it opens with a determiner:
    '“...,” the former actor added'."""
    text, left, before, words = verb.text, verb.left, verb.before, verb.words
    s_start = verb.sentence.start
    if left > s_start and 0 < len(words) <= 6:
        opening = before.strip(" ,").split()[:1]  # empty when only a comma follows the quotation
        if opening and opening[0].lower() in ("the", "a", "an", "one", "his", "her", "their"):
            start = left + len(before) - len(before.lstrip(" ,"))
            end = left + len(before.rstrip())
            return start, end, classify_source(text[start:end])
    return None


def _follows_a_clause(before: str) -> bool:
    """Whether the words before a verb end in a clause and its comma ("Prices rose sharply, said"),
    not in an appositive ("Ruiz, the mayor, said"): whether the words since the comma before it hold
    a finite verb."""
    if not before.rstrip().endswith(","):
        return False
    clause = before.rstrip()[:-1].rsplit(",", 1)[-1]
    return any(w in _AUXILIARIES or w in _IRREGULAR_PAST or len(w) > 4 and w.endswith("ed")
               for w in clause.lower().split())


def _speaker_set_last(verb: _VerbContext) -> tuple[int, int, str] | None:
    """The speaker after the verb of a report clause set after its content: "..., the costs would
    rise, said Ruiz"."""
    text, sentence, cue, lower, before, words = verb.text, verb.sentence, verb.cue, verb.lower, verb.before, verb.words
    if lower in _INVERTING_VERBS and len(words) > 2 and before.rstrip().endswith(","):
        start, end = _noun_phrase_after(text, _skip_space(text, cue.end), sentence.end, _follows_a_clause(before))
        if end > start and text[end - 1] == "." and "." not in text[start:end - 1].rsplit(None, 1)[-1]:
            end -= 1  # the full stop after the name, not an abbreviation's ("U.S.")
        if end > start and _closes_clause(text, end, sentence.end) and \
                not all(w.lower() in _TIME_WORDS for w in text[start:end].split()):
            phrase = text[start:end]
            return start, end, "anonymous" if _holds_anonymous_phrase(phrase) else classify_source(phrase)
    return None


# A relative clause on a noun that runs on to the end of the stretch, in the active: ", which
# supports gun control" (not ", which has been rejected and criticized by": a passive).
_RELATIVE_CLAUSE_RUNNING = re.compile(r",\s+(?:which|who)\s+(?![^,;:]*\b(?:is|are|was|were|be|been|being)\b)[^,;:]*$")


def _subject_of_second_verb(verb: _VerbContext) -> tuple[int, int, str] | None:
    """The subject of the clause, for a second verb of its subject's ("Ruiz toured the plant and
    later said ..."), after an opening adverbial ("When the plant closed, Ruiz ...")."""
    text, cue, left, previous_word = verb.text, verb.cue, verb.left, verb.previous_word
    stripped = _strip_trailing_adjuncts(_tokens_before(text, left, cue.start)) if previous_word in _BETWEEN or \
        previous_word in ("and", "but") else None
    if stripped and stripped[-1].group().lower() in ("and", "but"):
        relative = _RELATIVE_CLAUSE_RUNNING.search(text, left, stripped[-1].start())
        head = relative and _head_before_relative_clause(text, left, relative.start())
        if head and head[0] > _subject_of(text, left, relative.start())[1]:
            # the second verb of a relative clause on a noun after the subject: "criticism from
            # the union, which backs the bill and opposes ...": the clause's head
            return *head, classify_source(text[head[0]:head[1]])
        subject = left
        first_word = text[left:cue.start].split(None, 1)
        comma = text.find(",", left, stripped[-1].start())
        if first_word and (first_word[0].lower() in _FUNCTION_WORDS or first_word[0].lower() in _SUBORDINATORS) \
                and comma >= 0 and text[comma + 1:stripped[-1].start()].strip():
            subject = _skip_space(text, comma + 1)
            while _ANOTHER_SUBORDINATE.match(text, subject, cue.start):
                # one opening clause after another: "Once in my 20s, when my mother ..., I laughed and said"
                comma = text.find(",", subject, stripped[-1].start())
                if comma < 0:
                    break
                subject = _skip_space(text, comma + 1)
        start, end, kind = _subject_of(text, subject, stripped[-1].start())
        if end > start and (text[start].isupper() or text[start:end].split()[0] in _NOUN_DETERMINERS):
            return start, end, kind
    return None


def _speaker_across_unclosed_aside(verb: _VerbContext) -> tuple[int, int, str] | None:
    """The name that speaks across an aside whose closing comma is missing."""
    text, cue, left = verb.text, verb.cue, verb.left
    unclosed = _name_before_an_unclosed_aside(text, left, cue)
    if unclosed is not None:
        return *unclosed, classify_source(text[unclosed[0]:unclosed[1]])
    return None


# A day of a month ("November 13", "Nov. 10-13"), which the noun-phrase rules may take for a name.
_DATE = re.compile(r"(?:" + "|".join(sorted(month.capitalize() for month in _MONTHS))
                   + r")\.?\s+\d{1,2}(?:[-–]\d{1,2})?")


def _speaker_before_verb(verb: _VerbContext) -> tuple[int, int, str] | None:
    """The noun phrase right before the verb, the common case ("Kremlin spokesman Dmitry Peskov
    said"), widened to the unnamed source it lies inside or heads ("People familiar with the
    company's plans said", "A banker briefed on the talks said")."""
    text, cue, left = verb.text, verb.cue, verb.left
    start, end = _noun_phrase_before(text, left, cue.start)
    if end > start and _DATE.fullmatch(text, start, end):
        return None  # "launched on November 13, 2012, reports the library": a date speaks for nobody
    if end > start and text[start].isupper():
        start = _plural_before_a_place(text, left, start)  # "the top soccer clubs in Britain said": the clubs
    if end > start:
        phrase = text[start:end]
        if _holds_anonymous_phrase(phrase):
            return start, end, "anonymous"
        enclosing = _ANONYMOUS_BEFORE.search(text, left, cue.start) \
            if start > left and _ANONYMOUS_QUALIFIER.search(text, left, start) else None
        if enclosing and enclosing.start() < start:
            # the phrase found lies inside an anonymous one: "People familiar with the company's plans said"
            return enclosing.start(), _stripped_end(text, enclosing.end()), "anonymous"
        if end < cue.start and _ANONYMOUS_QUALIFIER.search(text, end, cue.start):
            # ... or heads one: "A banker briefed on the talks said"
            enclosing = _ANONYMOUS_BEFORE.search(text, start, cue.start)
            if enclosing and enclosing.start() == start:
                return start, _stripped_end(text, enclosing.end()), "anonymous"
        if phrase.lower() in _PRONOUNS:
            return start, end, "named"
        return start, end, classify_source(phrase)
    return None


def _unnamed_source_ending_in_pronoun(verb: _VerbContext) -> tuple[int, int, str] | None:
    """An unnamed source whose phrase ends in a pronoun the noun-phrase rules stop at: "Those close
    to him say"."""
    text, cue, left, before = verb.text, verb.cue, verb.left, verb.before
    if _ANONYMOUS_QUALIFIER.search(before):  # a word every such phrase holds
        anonymous = _ANONYMOUS_BEFORE.search(text, left, cue.start)
        if anonymous:  # "Those close to him say": the phrase ends in a pronoun the rules above stop at
            return anonymous.start(), _stripped_end(text, anonymous.end()), "anonymous"
    return None


# An indirect question right after the verb ("asked whether Moscow would", "asked why the minister").
_INDIRECT_QUESTION_AFTER = re.compile(
    r"\s+(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_INDIRECT_QUESTION_WORDS)) + r")\b")


def _speaker_after_verb(verb: _VerbContext) -> tuple[int, int, str] | None:
    """The noun phrase after the verb, when the verb follows a quotation or opens its clause:
    "..., said one US official", "wrote Jermak"; not after a quoted name in the subject ('The
    spot, titled “Arrogant,” features a report': the spot)."""
    text, sentence, quotes, cue, before = verb.text, verb.sentence, verb.quotes, verb.cue, verb.before
    s_start = sentence.start
    if _INDIRECT_QUESTION_AFTER.match(text, cue.end, sentence.end):
        return None  # its subject is asked about, not asking: "Asked whether Moscow would ..., Peskov said"
    if not before.strip(" ,“”\"'’") or before.rstrip().endswith((",", "”", '"')) and not any(
            q_end == _stripped_end(text, cue.start) and _embedded_term(text, s_start, q_start, q_end)
            for q_start, q_end in quotes):
        inverted = verb.lower in _INVERTING_VERBS and _follows_a_clause(before)  # not "returned, criticised the deal"
        start, end = _noun_phrase_after(text, _skip_space(text, cue.end), sentence.end, inverted)
        if end > start and not text[s_start:cue.start].strip(_OPENING_MARKS) and _is_base_form(verb.lower) and \
                not _SPEECH_AFTER.match(text, end, sentence.end) and \
                not (verb.lower in _SAYING_BASE_FORMS and text.startswith(",", end)):
            # a verb that opens its sentence in its base form, with no speech after its noun phrase, is
            # an imperative ("Consider Ruiz to be ...", "Ridicule the Enemy"); with a colon or a quotation
            # after the phrase it inverts, as a past does ("Say the authors: ...", "Declared the senator: ...")
            return None
        if end > start:
            phrase = text[start:end]
            if _ANONYMOUS_PHRASE.match(phrase):
                return start, end, "anonymous"
            return start, end, classify_source(phrase)
    return None


def _subject_of_participle_on_object(verb: _VerbContext) -> tuple[int, int, str] | None:
    """The subject of the clause, for a participle on its object: "X posted a string of tweets
    saying ..." (the clause begun after the last subordinator: "after Ruiz posted tweets saying")."""
    text, cue, lower, left, words = verb.text, verb.cue, verb.lower, verb.left, verb.words
    if lower.split()[0].endswith("ing") and words:
        tokens = _tokens_before(text, left, cue.start)
        opening = next((k + 1 for k in range(len(tokens) - 1, -1, -1)
                        if tokens[k].group().lower() in _SUBORDINATORS or tokens[k].group() in (",", ";", ":")), 0)
        first = tokens[opening].group() if opening < len(tokens) else ""
        if 0 < opening and tokens[opening - 1].group() == "," and _is_past_form(first):
            # the comma closed an aside on the subject, and the verb follows: "Senator John McCain,
            # Republican of Arizona, began his questions by saying"
            start, end = _noun_phrase_before(text, left, tokens[opening - 1].end())
            if end > start and text[start].isupper():
                return start, end, classify_source(text[start:end])
        if opening < len(tokens):
            start, end, kind = _subject_of(text, tokens[opening].start(), cue.start)
            if end > start and (text[start].isupper() or text[start:end].split()[0] in _NOUN_DETERMINERS
                                or _is_common_noun(text[start:end].split()[0])):
                return start, end, kind
    return None


# The speaker rules for a verb that reports here, tried in this order: the first that finds a
# speaker gives it.
_SPEAKER_RULES = (
    _subject_before_trailing_participle,
    _short_phrase_after_quotation,
    _speaker_set_last,
    _subject_of_second_verb,
    _speaker_across_unclosed_aside,
    _speaker_before_verb,
    _unnamed_source_ending_in_pronoun,
    _speaker_after_verb,
    _subject_of_participle_on_object,
)


# Participles of a question put to someone, which open a clause before the one who answers.
_ASKED = frozenset("asked pressed questioned quizzed challenged".split())


# A negated auxiliary right before a cue: "did not disclose", "has not explained", "won't say".
_NEGATED_AUXILIARY_BEFORE = re.compile(
    r"\b(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can|should|may|might|must)"
    r"(?:\s+not|n[’']t)\s+$|\b(?:cannot|can[’']t|won[’']t)\s+$"
)


def _speaker_of_cues(text: str, sentence: Sentence, cues: list[Match],
                     sentence_quotes: list[tuple[int, int]]) -> tuple[Match, tuple[int, int, str]] | None:
    """(cue, (start, end, kind)) for the first of ``cues``, in their order, whose speaker the phrase
    rules find; or None. A participle with no agent ("is not intended to ..., the people said") or
    with its agent on the subject ("Rebels backed by Rwanda said") is kept only in case no other
    cue finds a speaker, and a negated report the rules leave alone ("X did not disclose") gives
    its subject."""
    s_start = sentence.start
    found = None
    agentless = None  # "is not intended to ..., the people said": a cue with a source wins
    negated = None  # (cue, subject) of a negated report the phrase rules missed: "X did not disclose"
    reduced = None  # (cue, agent) of a participle on the subject: "Rebels backed by Rwanda said"
    for cue in _closing_tag_first(text, sentence, _subject_participle_first(text, cues)):
        speaker = _speaker_for(text, sentence, cue, sentence_quotes)
        if speaker is None:
            auxiliary = _NEGATED_AUXILIARY_BEFORE.search(text, max(s_start, cue.start - 16), cue.start) \
                if negated is None else None
            if auxiliary and _is_verb_use(text, sentence, cue) and not _reports_nothing_here(text, sentence, cue):
                subject = _noun_phrase_before(text, s_start, auxiliary.start())
                if subject[1] > subject[0]:
                    negated = (cue, (*subject, classify_source(text[subject[0]:subject[1]])))
            continue
        if speaker[0] == speaker[1] and _is_participle(cue.text):
            agentless = agentless or (cue, speaker)
            continue
        if reduced is None and speaker[0] > cue.end and _is_participle(cue.text) and \
                _RIGHT_BY.match(text, cue.end) and any(c.start > speaker[1] for c in cues) and \
                not _ends_in_passive_auxiliary(text[s_start:cue.start], text[s_start:cue.start].split()):
            # A participle on the subject with its agent ("Rebels backed by Rwanda said ..."):
            # the verb after it reports, the agent only backs; kept in case that verb finds no one.
            reduced = (cue, speaker)
            continue
        if negated is not None and speaker[0] >= negated[0].end and "," not in text[negated[0].end:speaker[0]]:
            # The speaker found lies in what the negated verb leaves unsaid ("The company did not
            # disclose how many units it expects to sell"): the negated verb's subject speaks.
            cue, speaker = negated
        found = (cue, speaker)
        break
    if found is None and negated is not None and \
            text[negated[1][0]:negated[1][1]].lower() not in ("he", "she", "they", "it"):
        # the subject of the negated verb's own clause, not the sentence's first phrase: "U.S.
        # deaths neared 80,000, but the president didn't tweet about that" (a pronoun there
        # is left to the sentence's subject, as before: its antecedent is too often a guess)
        found = negated
    return found or reduced or agentless


def _subject_as_speaker(text: str, sentence: Sentence, cues: list[Match],
                        sentence_quotes: list[tuple[int, int]]) -> tuple[Match, tuple[int, int, str]] | None:
    """(cue, (start, end, kind)) for a sentence whose ``cues`` report though ``_speaker_of_cues``
    pinned down no speaker ("X, at a later press gaggle, said"): the sentence still reports
    someone, and the subject of the clause before its first cue used as a verb is the likeliest
    speaker; after an opening question put to someone, the one who answers ("Asked whether ...,
    Rob Shapiro offered"). None when there is no such subject."""
    s_start, s_end = sentence.start, sentence.end
    found = None
    cue = next((c for c in cues
                if _is_verb_use(text, sentence, c) and not _reports_nothing_here(text, sentence, c)
                and text[s_start:c.start].strip(_OPENING_MARKS)), None)
    opening = next((c for c in cues
                    if not text[s_start:c.start].strip(_OPENING_MARKS)), None)
    if opening is not None:
        # A sentence that opens with a cue word opens with an imperative, a gerund or a noun
        # ("Consider what is happening", "Calls to the office were forwarded"): its first
        # word is no speaker of a later verb. Only a question put to someone opens a clause
        # whose subject answers: "Asked whether ..., Rob Shapiro offered ...".
        cue = None
        comma = text.find(",", opening.end, s_end) if opening.text.lower() in _ASKED else -1
        while comma > 0 and found is None:
            answer = _subject_of(text, comma + 1, s_end)
            if answer[1] > answer[0] and not (text.startswith(",", answer[1]) and text[answer[0]].islower()):
                found = (opening, answer)  # (not a description set off by commas: "..., the leader, they")
            comma = text.find(",", comma + 1, s_end)
    if cue is not None:
        left = max([s_start] + [q[1] for q in sentence_quotes if q[1] <= cue.start])
        light = _light_verb_before(text, left, cue)  # "X makes demands": X, not "X makes"
        found = (cue, _antecedent_of_who(text, left, cue.start)
                 or _plural_before_restrictive_who(text, left, cue.start)
                 or _antecedent_of_which(text, left, cue.start, cue.text)
                 or _subject_of(text, left, cue.start if light is None else light))
        if found[1][0] == found[1][1]:
            # no subject the phrase rules can delimit: the head a restrictive clause on the
            # object hangs on ("a chance to laugh at all who doubted him")
            found = (cue, _antecedent_of_who(text, left, cue.start, restrictive=True) or found[1])
        if _runs_past_headline_subject(text, sentence, cue, found[1][1]):
            found = None
    return found


# The first items of a list that opens the sentence, before a speaker that ends it with "and".
_LIST_HEAD = re.compile(r"\s*(?P<head>(?:(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,\s+){1,4})$")

# The items of a list before its last, which is the speaker: "Ana Ruiz, Tom Lee and [other officials]".
_LIST_BEFORE_LAST = re.compile(
    r"\s*(?P<head>(?:(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,\s+){1,4}(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,?\s+and\s+)$")

# Names before the last in a headline's list: "[Scholz, ]Macron urge".
_HEADLINE_NAMES = re.compile(r"(?P<head>(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s+){1,3})")

# Members named after the speaker, between it and its verb: "the banks, including Northbank, said".
_INCLUDING = re.compile(
    r",\s+(?:including|among them|such as)\s+(?P<members>[^,;:()]{1,80}?),\s*(?:(?:have|has|had|also|all|both)\s+)*$")

# Two or more capitalised words (a name) right before a pronoun, nothing between but a space.
_NAME_BEFORE_PRONOUN = re.compile(r"(?P<name>\b[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+)\s+$")


def _whole_speaker(text: str, sentence: Sentence, cue: Match, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """(start, end, kind) of the speaker ``found`` for ``cue``, made whole: with the members named
    after it ("mining companies, including Patriot, declared"), tidied of what only stands around a
    speaker, with the list it ends ("Ana Ruiz, Tom Lee and other officials said"), and as the name
    a "he" or "she" right after it resumes ("Peskov he said", in translations)."""
    s_start = sentence.start
    sp_start, sp_end, kind = found
    including = _INCLUDING.match(text, sp_end, cue.start) if sp_end < cue.start else None
    if including:
        sp_end = including.end("members")  # "mining companies, including Patriot, declared"
        kind = classify_source(text[sp_start:sp_end])  # the members may be named: "some, including Ruiz"
    untidy_end = sp_end
    sp_start, sp_end = _tidy_speaker(text, sp_start, sp_end)
    if sp_end < untidy_end and sp_end > sp_start and _PARTICIPLE_BY.match(text, sp_end):
        kind = classify_source(text[sp_start:sp_end])  # "Officials [interviewed by The Times]": anonymous
    # (not a speech tag set inside the sentence: "The talks, Russia and Ukraine said, would resume")
    listed = _LIST_HEAD.match(text, s_start, sp_start) \
        if " and " in text[sp_start:sp_end] and not text.startswith(",", cue.end) else None
    if listed is None and not text.startswith(",", cue.end) and text.endswith("and ", s_start, sp_start):
        # the speaker ends a list that opens the sentence: "Ana Ruiz, Tom Lee and [other officials] said"
        listed = _LIST_BEFORE_LAST.match(text, s_start, sp_start)
    if listed is None and not text.startswith(",", cue.end) and text.endswith(", ", s_start, sp_start) and \
            text[sp_start].isupper() and not text[s_start:sentence.end].rstrip(" \"”’").endswith((".", "?", "!")):
        # a headline's names, whose comma stands for "and": "Scholz, Macron urge Putin to ..."
        listed = _HEADLINE_NAMES.fullmatch(text, s_start, sp_start)
    first_word = listed.group("head").split()[0] if listed else ""
    # A list item that is a clause ("The road reopened, police and firefighters said") or an opening
    # participle phrase ("Writing in Foreign Affairs, Richard Haass and Charles Kupchan proposed")
    head_words = listed.group("head").replace(",", " ").split() if listed else []
    clause = any(_is_past_form(w) for w in head_words) or (
        len(head_words) > 1 and head_words[0].endswith("ing") and head_words[1].islower())
    if listed and not clause and not _opens_adverbial(first_word):
        sp_start = listed.start("head")  # "The family, protesters and civic leaders have ..."
        if first_word.lower() in _ADVERBS_BEFORE_A_PHRASE:  # "Likewise Reagan, Clinton and Bush thought", "Even"
            sp_start = _skip_space(text, sp_start + len(first_word))
        kind = classify_source(text[sp_start:sp_end])
    resumed = _NAME_BEFORE_PRONOUN.search(text, s_start, sp_start) \
        if text[sp_start:sp_end].lower() in ("he", "she") else None
    if resumed:
        # a pronoun that resumes the name right before it (a translation's "X he said"): X
        sp_start, sp_end = resumed.span("name")
        kind = "named"
    return sp_start, sp_end, kind

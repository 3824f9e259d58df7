"""The speaker of one report verb: ``_speaker_for`` tries the phrase rules in turn (a speaker
after the verb, before it, the subject of the clause, the antecedent of "who") and gives the
speaker's span and kind, or None when the verb reports nothing where it stands.
"""
from __future__ import annotations

import re

from ..lexicon import Match
from ..model import Sentence
from .word_classes import (
    _ANONYMOUS_PHRASE, _ANONYMOUS_QUALIFIER, _ANOTHER_SUBORDINATE, _BETWEEN, _DEMONYMS, _FUNCTION_WORDS,
    _GENERIC_HEADS, _GROUP_ADJECTIVES, _HEADLINE_NOUNS, _INVERTING_VERBS, _IRREGULAR_PAST, _LEADING_FILLER, _MONTHS,
    _NOUN_DETERMINERS, _NOUN_MARKERS, _NP_LINKS, _PRONOUNS, _RIGHT_BY, _SOURCE_NOUNS, _SUBORDINATORS, _TIME_WORDS,
    _WITH_ABSOLUTE, _ends_in_passive_auxiliary, _is_common_noun, _is_ly_adverb, _is_participle, _light_verb_before,
    normalise, _opens_adverbial, _skip_space, _stripped_end, _tokens_before, _word_before,
)
from .quotes import _clause_context_start, _embedded_term
from .sources import classify_source, _holds_anonymous_phrase
from .phrases import (
    _after_opening_phrase, _closes_clause, _name_before_an_unclosed_aside, _names_a_source, _noun_phrase_after,
    _noun_phrase_before, _np_word, _plural_before_a_place, _source_after, _strip_trailing_adjuncts,
    _without_final_stop,
)
from .subjects import _subject_of
from .cues import (
    _ends_prepositional_noun, _is_ing_noun_in_compound, _is_noun_after_an_adjective, _is_participle_after_a_count,
    _is_plural_noun_after_adjective, _is_relative_verb, _reports_nothing_here,
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


# A time or a place right after a participle, then the comma that closes the fenced phrase: no
# object, so a passive ("The plan, announced last week, ...", "The report, released on Monday, ...").
_TIME_OR_PLACE_THEN_COMMA = re.compile(
    r"\s+(?:last|this|earlier|on|in|at|during|after|yesterday|today|early|late)\b[^,;:.!?]{0,40},")
# A verb that takes an object when active, straight before "at" or "as": passive ("estimated at $2
# billion", "described as historic"), as the active verb would have its object first.
_PASSIVE_WITHOUT_OBJECT = re.compile(
    r"(?:estimated|valued|put|pegged|described|characteri[sz]ed|portrayed|regarded|seen|labell?ed|branded|dubbed|"
    r"billed|touted|hailed|denounced|condemned|criticized|criticised)\s+(?:at|as)\b", re.IGNORECASE)


# The agent of a passive report verb: right after it, or after a short object complement
# ("was called a fraud by fellow doctors", "was found to be safe by researchers"), never across a
# clause break nor an infinitive of another verb, which the "by" belongs to ("was shown to cut deaths
# by a third", "is expected to be indicted by the attorney").
# "By" and a word of the means or the manner is no agent: "not mentioned by name", "told by phone".
_BY_AGENT = re.compile(r"(?:\s+(?![Tt][Oo]\s+(?![Bb]e\s+[\w’'-]*(?<!ed)(?<!en)\s))[\w’'-]+){0,4}?\s+(?:by|By|BY)\s+"
                       r"(?!(?:name|phone|telephone|e-?mail|mail|letter|text|fax|hand|law|accident|mistake|chance|"
                       r"default|design|proxy|satellite|video(?:link)?|teleconference|videoconference)\b)")

_COMMON_NOUNS_AFTER = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}(?=\s*[,.;:!?)]|\s+(?:that|who|which)\b)")


# Words that open a headline's second clause: "Patients Flee Hospital As Officials Worry ...".
_HEADLINE_CLAUSE_OPENERS = _SUBORDINATORS | frozenset(("as", "but"))


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


def _speaker_for(text: str, sentence: Sentence, cue: Match, quotes: list[tuple[int, int]]):
    """(start, end, named|anonymous) of the speaker of ``cue``, or None when the verb does not
    report speech here (no speaker before or after it)."""
    s_start = sentence.start
    lower = normalise(cue.text)
    if lower in ("citing", "quoting") and not text[s_start:cue.start].strip(" “\"'‘("):
        return None  # "Citing a poll, Trump said ...": an opening adjunct; the main verb has the speaker
    if lower in ("quoted", "quotes", "quote"):
        as_saying = _QUOTED_AS_SAYING.match(text, cue.end, sentence.end)
        if as_saying:
            # "The agency quoted Lavrov as saying ...": the one quoted speaks, the agency carries it
            start, end = _source_after(text, as_saying.start("source"), as_saying.end("source"))
            if end > start:
                phrase = text[start:end]
                return start, end, "anonymous" if _holds_anonymous_phrase(phrase) else classify_source(phrase)
    if lower.startswith("according to") or lower in ("citing", "quoting"):
        start, end = _source_after(text, _skip_space(text, cue.end), sentence.end)
        reason = lower == "citing" and end > start and not _names_a_source(text[start:end])
        if not (reason and text[s_start:cue.start].rstrip().endswith(",")):
            if end > start:
                kind = "anonymous" if _ANONYMOUS_PHRASE.fullmatch(text[start:end]) else classify_source(text[start:end])
                return start, end, kind
            return None
        # else "..., citing a risk to public safety": the reason of the clause's subject, as with "..., saying"
    if lower.endswith("ing") and _SUBORDINATOR_BEFORE_ING.fullmatch(text, s_start, cue.start):
        # A participle clause that opens the sentence ("After saying her foot was swollen, she was
        # taken to hospital", "While insisting ..., the mayor ..."): the main clause's subject,
        # after the first comma that a subject follows (one inside a quotation may come first)
        comma = text.find(",", cue.end, sentence.end)
        while comma > 0:
            start, end, kind = _subject_of(text, comma + 1, sentence.end)
            if end > start and (text[start].isupper() or text[start:end].lower() in _PRONOUNS
                                or text[start:end].split()[0].lower() in _NOUN_DETERMINERS):
                return start, end, kind
            comma = text.find(",", comma + 1, sentence.end)
        return None
    left = _clause_context_start(text, s_start, quotes, cue.start)
    before = text[left:cue.start]
    words = before.split()
    previous_word = _word_before(words)
    passive = _is_participle(cue.text) and (_ends_in_passive_auxiliary(before, words)
                                            or _QUESTION_PASSIVE.fullmatch(text, s_start, cue.start) is not None)
    if lower.split()[0].endswith("ing") and "with" in words:
        absolute = _WITH_ABSOLUTE.search(text, left, cue.start)
        if absolute and (absolute.group("name") or absolute.group("head").lower() in _SOURCE_NOUNS):
            # "..., with Norway backing the plan": the subject of the absolute clause reports
            start, end = absolute.span("source")
            return start, end, classify_source(text[start:end])
    existential = _EXISTENTIAL_SOURCE.search(before) if previous_word in ("who", "that") and not passive else None
    if existential:
        # "there are some economists who argue": the phrase "there are" brings in
        start, end = left + existential.start("source"), left + existential.end("source")
        return start, end, classify_source(text[start:end])
    if not passive and previous_word in ("that", "which") and _is_relative_verb(cue.text):
        # A relative clause on the source: "a letter from her doctor that says ...": the noun it hangs on.
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
        return None
    # "No one expected", and "one said" or "another wrote" after a quotation or a comma: the
    # pronoun is the subject (a verb in the past is no noun; "one claim" is)
    pronoun_subject = previous_word == "one" and len(words) >= 2 and words[-2].lower() == "no" or \
        previous_word in ("one", "another") and (len(words) == 1 or words[-2].endswith((",", "”", '"'))) and \
        (_is_participle(lower) or lower.split()[0] in _IRREGULAR_PAST)
    gerund = previous_word == "of" and lower.endswith("ing") and len(words) >= 2 and \
        words[-2].lower() in _OF_GERUND_TAKERS  # "never tire of telling", "steering clear of criticizing"
    if not passive and not pronoun_subject and not gerund and (
            previous_word in _NOUN_MARKERS or previous_word.endswith(("’s", "'s"))
            or _ends_prepositional_noun(text, cue, words)
            or previous_word.isdigit() and len(words) >= 2 and words[-2].lower().rstrip(".") in _MONTHS):
        return None  # "his comments", "the call", "of Republican claims", "a Nov. 29 report": a noun
    if gerund:  # the subject of the clause: "The WHO, however, stopped short of declaring"
        start, end, kind = _subject_of(text, left, cue.start)
        if end > start:
            return start, end, kind
    light = _light_verb_before(text, left, cue)
    if light is None and (_is_plural_noun_after_adjective(text, sentence, cue, words) or
                          _is_ing_noun_in_compound(text, cue, words) or _is_noun_after_an_adjective(cue, words)
                          or _is_participle_after_a_count(text, cue, words)):
        return None
    if light is not None:
        # "Ukraine makes demands": the report noun is the light verb's object; its subject speaks
        start, end = _noun_phrase_before(text, left, light)
        return (start, end, classify_source(text[start:end])) if end > start else None
    if cue.text[0].isupper() and cue.start > s_start and not lower.startswith("according") and not passive and \
            text[cue.end:sentence.end].strip(" .!?\"'”’"):
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
    # An adverb before the participle is passed over after a comma ("The vote, widely condemned"), and
    # after a noun when "by" follows ("an exchange first reported by The Washington Post",
    # "protesters tacitly endorsed by Trump": the agent reports).
    adverb_before = len(words) > 1 and (words[-1].lower() in _BEFORE_A_PARTICIPLE or _is_ly_adverb(words[-1].lower()))
    head_words = words[:-1] if adverb_before and (words[-2].endswith(",") or _is_common_noun(words[-2]) and
                                                  _RIGHT_BY.match(text, cue.end, sentence.end)) else words
    if not passive and _is_participle(cue.text) and head_words and (
            _is_common_noun(head_words[-1].rstrip(",")) or head_words[-1].lower() in _SUBORDINATORS  # "When pressed by"
            or len(head_words) == 1 and left == s_start and _is_common_noun(head_words[0].lower())):  # "Figures ... by"
        by = _RIGHT_BY.match(text, cue.end, sentence.end)
        if by:  # a reduced relative: "the plan backed by Western nations": the nations back it
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
        elif (before.rstrip().endswith(",") or head_words is not words) and (
                _PASSIVE_WITHOUT_OBJECT.match(text, cue.start, sentence.end)
                or _is_participle(cue.text) and _TIME_OR_PLACE_THEN_COMMA.match(text, cue.end, sentence.end)):
            # A verb that takes an object when active, with none: a passive on the noun before the
            # comma, perhaps after an adverb ("The damage, estimated at $2 billion, ...", "The deal,
            # described as historic by both leaders, ...", "The vote, widely condemned as a sham,
            # ..."), read below as any passive is: its agent, or nobody.
            passive = True
    if _reports_nothing_here(text, sentence, cue):
        return None
    if passive:
        by = _BY_AGENT.match(text, cue.end, sentence.end)
        if by:  # "was first reported by the Times", "has been endorsed by dozens of papers"
            start, end = _source_after(text, by.end(), sentence.end)
            if end > start:
                return start, end, classify_source(text[start:end])
    if passive and lower == "expected" and _TO_SPEAK_AFTER.match(text, cue.end, sentence.end):
        return None  # "Mr. Rubio is expected to say ...": his words to come, reported by the verb after
    if passive:
        return cue.start, cue.start, "anonymous"  # "it is said", "was reported": nobody is named
    if lower.split()[0].endswith("ing") and (before.rstrip().endswith(",") or _COMMA_AND_SUBORDINATOR.search(before)):
        # "..., admitting that ...", "..., while insisting that ...": the speaker is the subject that
        # opens the sentence, after an opening adverbial ("During the speech, Trump attacked
        # Clinton, saying ...": Trump).
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
    if left > s_start and 0 < len(words) <= 6:
        opening = before.strip(" ,").split()[:1]  # empty when only a comma follows the quotation
        if opening and opening[0].lower() in ("the", "a", "an", "one", "his", "her", "their"):
            # “...,” the former actor added: after a quotation, the whole short phrase is the speaker.
            start = left + len(before) - len(before.lstrip(" ,"))
            end = left + len(before.rstrip())
            return start, end, classify_source(text[start:end])
    if lower in _INVERTING_VERBS and len(words) > 2 and before.rstrip().endswith(","):
        # A report clause set after its content, speaker last: "..., the costs would rise, said Ruiz."
        start, end = _noun_phrase_after(text, _skip_space(text, cue.end), sentence.end)
        if end > start and text[end - 1] == "." and "." not in text[start:end - 1].rsplit(None, 1)[-1]:
            end -= 1  # the full stop after the name, not an abbreviation's ("U.S.")
        if end > start and _closes_clause(text, end, sentence.end) and \
                not all(w.lower() in _TIME_WORDS for w in text[start:end].split()):
            phrase = text[start:end]
            return start, end, "anonymous" if _holds_anonymous_phrase(phrase) else classify_source(phrase)
    stripped = _strip_trailing_adjuncts(_tokens_before(text, left, cue.start)) if previous_word in _BETWEEN or \
        previous_word in ("and", "but") else None
    if stripped and stripped[-1].group().lower() in ("and", "but"):
        # A second verb of the subject's ("Ruiz toured the plant and later said ..."): the name that
        # opens the clause, after an opening adverbial ("When the plant closed, Ruiz ...").
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
    unclosed = _name_before_an_unclosed_aside(text, left, cue)
    if unclosed is not None:
        return *unclosed, classify_source(text[unclosed[0]:unclosed[1]])
    start, end = _noun_phrase_before(text, left, cue.start)
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
    if _ANONYMOUS_QUALIFIER.search(before):  # a word every such phrase holds
        anonymous = _ANONYMOUS_BEFORE.search(text, left, cue.start)
        if anonymous:  # "Those close to him say": the phrase ends in a pronoun the rules above stop at
            return anonymous.start(), _stripped_end(text, anonymous.end()), "anonymous"
    # After a quotation or at a clause start: "..., said one US official", "wrote Jermak"; not after
    # a quoted name in the subject ('The spot, titled “Arrogant,” features a report': the spot).
    if not before.strip(" ,“”\"'’") or before.rstrip().endswith((",", "”", '"')) and not any(
            q_end == _stripped_end(text, cue.start) and _embedded_term(text, s_start, q_start, q_end)
            for q_start, q_end in quotes):
        start, end = _noun_phrase_after(text, _skip_space(text, cue.end), sentence.end)
        if end > start:
            phrase = text[start:end]
            if _ANONYMOUS_PHRASE.match(phrase):
                return start, end, "anonymous"
            return start, end, classify_source(phrase)
    if lower.split()[0].endswith("ing") and words:
        # "X posted a string of tweets saying ...": a participle on the object reports its clause's
        # subject, the clause begun after the last subordinator ("after Ruiz posted tweets saying").
        tokens = _tokens_before(text, left, cue.start)
        opening = next((k + 1 for k in range(len(tokens) - 1, -1, -1)
                        if tokens[k].group().lower() in _SUBORDINATORS or tokens[k].group() in (",", ";", ":")), 0)
        verb = tokens[opening].group() if opening < len(tokens) else ""
        if 0 < opening and tokens[opening - 1].group() == "," and verb.islower() and (
                len(verb) > 4 and verb.endswith("ed") or verb in _IRREGULAR_PAST):
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

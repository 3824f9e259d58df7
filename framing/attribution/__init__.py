"""Who says what: quotations, reporting verbs, speakers, and each sentence's attribution.

A sentence is attributed to a ``named`` source (a person, office or outlet), to an
``anonymous`` one ("officials said", "people familiar with the discussions") or to ``none``
(a bare claim in the outlet's own voice). The reporting verb keeps its connotation: neutral
"said", "told", "according to" against "claimed", "admitted", "insisted" (Bergler 1992;
Caldas-Coulthard 1994). A quotation that runs over several sentences stays with its speaker,
and "he said" resolves to the last named speaker.

>>> from framing.annotate import annotate
>>> a = annotate("“We will win,” Peskov claimed. Officials said talks may resume.")
>>> [(s.attribution, s.speaker, s.verb, s.verb_connotation) for s in a.sentences]
[('named', 'Peskov', 'claimed', 'non_neutral'), ('anonymous', 'Officials', 'said', 'neutral')]

The rules live in modules of their own, each using only those listed before it:
``word_classes``, ``quotes``, ``sources`` (named or anonymous), ``phrases`` (the speaker's noun
phrase beside a verb), ``subjects`` (the subject that opens a clause), ``cues`` (whether a verb
reports here), ``pronouns``, ``constructions`` (reports without a name beside a verb) and
``speakers`` (the speaker of one verb). This module puts them together, sentence by sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..lexicon import EXCEPTION, Lexicon, Match
from ..model import Sentence, Span
from .word_classes import (
    _IRREGULAR_PAST, _OPENING_MARKS, _PARTICIPLE_BY, _PRONOUNS, _RIGHT_BY, _SENTENCE_ADVERBS,
    _ends_in_passive_auxiliary, _is_participle, _light_verb_before, normalise, _opens_adverbial, _skip_space,
)
from .quotes import _between_unpaired_marks, _clause_context_start, find_quotes, _is_long, _mostly_quoted, _overlapping
from .sources import classify_source, _grants_anonymity, _is_indefinite, _speaker_kind, _unnamed_head
from .phrases import _antecedent_of_who, _noun_phrase_before, _tidy_speaker
from .subjects import _subject_of
from .cues import (
    _addresses_reader, _in_markup, _is_comparison, _is_credit_or_phrasal, _is_idle_say, _is_naming,
    _is_prescribed_state, _is_refusal, _is_telling_adjective, _is_title_case, _is_told_party, _is_verb_use,
    _main_clause_first, _pattern_words, _refuses_to_act, _reports_nothing_here, _subject_participle_first,
    _without_impersonal_content,
)
from .pronouns import (
    _antecedent_in_sentence, _main_clause_person, _opening_group, _opening_person, _person_for,
    _previous_is_unattributed, _title_fits,
)
from .constructions import (
    _EVIDENCE_OR_VENUE_NOUN, _OPENING_EVIDENCE, _attitude_speaker, _evidence_or_venue_speaker, _frame_speaker,
    _hearsay_cue, _owned_report_speaker, _received_criticism, _signed_quotation, _speaker_turn, _tagged_quotation,
)
from .speakers import _speaker_for


__all__ = ["find_quotes", "attribute_sentences"]


_CLAUSE_OPENERS = frozenset("who which whose the a an citing speaking in like also according as".split())


# Participles of a question put to someone, which open a clause before the one who answers.
_ASKED = frozenset("asked pressed questioned quizzed challenged".split())


def attribute_sentences(
    text: str,
    sentences: list[Sentence],
    quotes: list[tuple[int, int]],
    verbs: Lexicon,
) -> list[Span]:
    """Fill in each sentence's attribution fields; return the cue, speaker and quote spans."""
    spans: list[Span] = []
    quote_starts = [q[0] for q in quotes]
    quote_ends = [q[1] for q in quotes]  # quotations never overlap, so their ends are sorted too
    long_quote = {q: _is_long(text, q) for q in quotes}

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
                and not _is_prescribed_state(text, sentences[k], match):
            cues_by_sentence.setdefault(k, []).append(match)

    for k, cues in cues_by_sentence.items():
        if len(cues) > 1:
            speaking = [cue for cue in cues if not _refuses_to_act(text, sentences[k], cue)]
            cues_by_sentence[k] = speaking or cues

    lower = text.lower()
    shifted = len(lower) != len(text)  # "İ" lower-cased would shift the offsets: try every sentence

    def holds_evidence_noun(sentence: Sentence) -> bool:
        """Whether the evidence and venue patterns may match: asked of the few sentences with no cue."""
        return shifted or _EVIDENCE_OR_VENUE_NOUN.search(lower, sentence.start, sentence.end) is not None

    last_speaker: dict[str, tuple[str, str]] = {}  # number -> (speaker, attribution)
    quote_owner: dict[tuple[int, int], tuple[str, str, str]] = {}
    previous_quoted: Sentence | None = None
    turn: Sentence | None = None  # the last transcript turn ("PENCE: ..."): it holds the floor to its paragraph's end
    frame: Sentence | None = None  # the last "X added:" frame: its next paragraph is X's words
    transcript = False  # whether a transcript turn came before: its "I" is a speaker's, not the writer's

    for k, sentence in enumerate(sentences):
        if sentence.excluded:
            continue
        s_start, s_end = sentence.start, sentence.end
        sentence_quotes = _overlapping(quotes, quote_ends, s_start, s_end)
        long_quotes = [q for q in sentence_quotes if long_quote[q]]
        sentence.quote = bool(long_quotes)
        # A transcript turn ("PENCE: Well, she thinks ...") names the speaker of all that follows it;
        # a reporting verb inside is part of what the speaker says.
        found = _speaker_turn(text, sentence)
        agentless = None  # "is not intended to ..., the people said": a cue with a source wins
        cues = _main_clause_first(text, sentence, cues_by_sentence.get(k, ()))
        cues = _without_impersonal_content(text, sentence, cues)
        negated = None  # (cue, subject) of a negated report the phrase rules missed: "X did not disclose"
        reduced = None  # (cue, agent) of a participle on the subject: "Rebels backed by Rwanda said"
        for cue in () if found else _subject_participle_first(text, cues):
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
        found = found or reduced or agentless
        if found is None:
            # A reporting verb whose speaker the phrase rules above could not pin down
            # ("X, at a later press gaggle, said"): the sentence still reports someone;
            # its subject, when the sentence opens with one, is the likeliest speaker.
            cue = next((c for c in cues_by_sentence.get(k, ())
                        if _is_verb_use(text, sentence, c) and not _reports_nothing_here(text, sentence, c)
                        and text[s_start:c.start].strip(_OPENING_MARKS)), None)
            opening = next((c for c in cues_by_sentence.get(k, ())
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
                         or _subject_of(text, left, cue.start if light is None else light))
                if found[1][0] == found[1][1]:
                    # no subject the phrase rules can delimit: the head a restrictive clause on the
                    # object hangs on ("a chance to laugh at all who doubted him")
                    found = (cue, _antecedent_of_who(text, left, cue.start, restrictive=True) or found[1])
                if cue.text[0].isupper() and not _HEADLINE_SUBJECT_TO_VERB.fullmatch(text, found[1][1], cue.start) \
                        and _is_title_case(text[s_start:s_end]):
                    # In a title-case headline every word is capitalised and the subject rules run
                    # on past the subject: only one that ends right before the verb is kept
                    # ("Orban Calls For", "Strzok, Who Criticized"; not "Man Wanted For" after
                    # "ICE Deports Guatemalan", nor "Trump Seems To Endorse")
                    found = None
        if found is None:
            found = _signed_quotation(text, sentence) or _tagged_quotation(text, sentence)  # a turn was looked for first
        if found is not None and not found[0].row.get("rule") and \
                _OPENING_EVIDENCE.match(text, s_start, found[0].start):
            # Evidence that opens the sentence as its subject reports first: in "The transcript shows
            # that Lee talked about taxes", Lee's talk is what the transcript shows.
            evidence = _evidence_or_venue_speaker(text, sentence)
            if evidence and evidence[0].row["rule"] == "pattern: evidence as source" and \
                    evidence[0].start < found[0].start and evidence[1][0] <= s_start + 2 and \
                    evidence[1][0] < evidence[1][1]:
                found = evidence
        if found is None and holds_evidence_noun(sentence):
            found = _evidence_or_venue_speaker(text, sentence)
        # The rarer patterns, tried only where the sentence holds one of their words (most hold none).
        worth_a_look = _pattern_words(text, sentence) if found is None else ()
        if found is None and "attitude" in worth_a_look:
            found = _attitude_speaker(text, sentence, sentence_quotes)
        if found is None and "owned report" in worth_a_look:
            found = _owned_report_speaker(text, sentence, sentence_quotes)
        if found is None:
            found = _frame_speaker(text, sentence)
        if found is None and ("received" in worth_a_look or "owned report" in worth_a_look):
            found = _received_criticism(text, sentence, sentence_quotes)  # "criticism for" is an owned-report term too
        if found is None and "hearsay" in worth_a_look:
            found = _hearsay_cue(text, sentence, sentence_quotes)
        if found:
            cue, (sp_start, sp_end, kind) = found
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
            first_word = listed.group("head").split()[0] if listed else ""
            clause = listed is not None and any(  # "The road reopened, police and firefighters said": a clause
                w.islower() and (len(w) > 4 and w.endswith("ed") or w in _IRREGULAR_PAST)
                for w in listed.group("head").replace(",", " ").split())
            if listed and not clause and not _opens_adverbial(first_word):
                sp_start = listed.start("head")  # "The family, protesters and civic leaders have ..."
                if first_word.lower() in _SENTENCE_ADVERBS:  # "Likewise Reagan, Clinton and Bush thought"
                    sp_start = _skip_space(text, sp_start + len(first_word))
                kind = classify_source(text[sp_start:sp_end])
            phrase = text[sp_start:sp_end]
            resumed = _NAME_BEFORE_PRONOUN.search(text, s_start, sp_start) if phrase.lower() in ("he", "she") else None
            if resumed:
                # a pronoun that resumes the name right before it (a translation's "X he said"): X
                sp_start, sp_end = resumed.span("name")
                phrase, kind = text[sp_start:sp_end], "named"
            speaker, attribution = phrase, kind
            pronoun = _POSSESSIVE_PRONOUNS.get(phrase.lower(), phrase.lower())
            # "I" and "we" outside quotations are the writer's ("I believe ...", 'I said, “No.”'),
            # unless the sentence's quotation marks before or after them do not pair (a quotation
            # run over from or into another sentence: 'I wouldn't,” she said', or a mark gone
            # astray); in a transcript ("HALE: ... I think") they are the speaker's whose turn it is.
            writer = pronoun in ("i", "we") and not transcript and \
                not _between_unpaired_marks(text, s_start, sp_start, sp_end, s_end)
            if writer:
                speaker, attribution = f"{phrase} (the writer)", "named"
            elif pronoun in _PRONOUNS:
                # "he" and "she" in a later clause point first to the person the sentence opens
                # with ("Putin has gone on ..., when he claimed"); else, like other pronouns, back
                # to an earlier speaker of a fitting kind: "he" and "she" only to a person.
                left = _clause_context_start(text, s_start, sentence_quotes, sp_start)  # not in a quotation
                earlier = _opening_person(text, left, sp_start) if pronoun in ("he", "she") else \
                    _antecedent_in_sentence(text, left, sp_start, pronoun)
                if earlier is None and pronoun in ("he", "she"):
                    earlier = _main_clause_person(text, s_start, sp_end, s_end, pronoun)
                if earlier and pronoun in ("he", "she"):
                    # the person the sentence names is the nearest: the next "he" points to them too
                    last_speaker["person"] = last_speaker[pronoun] = earlier
                if earlier is None and pronoun in ("he", "she") and k > 0 and _previous_is_unattributed(sentences, k):
                    # "Justice Hale dissented. He argued ...": the person the sentence before opens
                    # with, when it reports nobody, is nearer than the last speaker.
                    earlier = _opening_person(text, sentences[k - 1].start, sentences[k - 1].end)
                    earlier = earlier and _person_for(earlier, pronoun)
                if earlier is None and pronoun == "they" and k > 0 and _previous_is_unattributed(sentences, k):
                    # "Reps. DeFazio and Inslee are crafting a letter. They're hoping ...": the
                    # group or the names joined by "and" that open the sentence before
                    earlier = _opening_group(text, sentences[k - 1].start, sentences[k - 1].end)
                earlier = earlier or last_speaker.get(pronoun if pronoun in ("he", "she") else _PRONOUNS[pronoun]) or (
                    None if _PRONOUNS[pronoun] == "person" else last_speaker.get("any"))
                if earlier is None and pronoun in ("he", "she"):
                    earlier = _antecedent_in_sentence(text, left, sp_start, pronoun)  # a name earlier in the clause
                if earlier:
                    speaker, attribution = earlier
                else:
                    attribution = "named"
            if attribution == "named" and not writer and _grants_anonymity(text, s_start, s_end) \
                    and _unnamed_head(speaker):
                attribution = "anonymous"  # "a senior commander, who spoke on condition of anonymity, said"
            sentence.attribution = attribution
            sentence.speaker = speaker
            sentence.verb = cue.text
            sentence.verb_category = cue.row.get("category", "")
            sentence.verb_connotation = cue.row.get("connotation", "")
            rule = cue.row.get("rule") or f"verb: {normalise(cue.text)} ({sentence.verb_category})"
            spans.append(Span(cue.start, cue.end, "attribution_cue", sentence.verb_connotation or "neutral",
                              cue.text, rule))
            if sp_end > sp_start:
                spans.append(Span(sp_start, sp_end, "speaker", attribution, text[sp_start:sp_end],
                                  "the writer, in the first person" if writer else "speaker of the reporting verb"))
            if pronoun not in _PRONOUNS and sp_end > sp_start and not _is_indefinite(phrase):
                kind = _speaker_kind(phrase)
                last_speaker[kind] = last_speaker["any"] = (speaker, attribution)
                if kind == "person":  # the last person "he" or "she" may point to: no title of the other sex
                    for sex in ("he", "she"):
                        if _title_fits(speaker, sex):
                            last_speaker[sex] = (speaker, attribution)
            for q in sentence_quotes:
                quote_owner[q] = (sentence.speaker, sentence.attribution, sentence.verb)
            turn = sentence if rule == "pattern: speaker turn" else None
            transcript = transcript or turn is not None
            frame = sentence if text.find(":", s_start, s_end) >= 0 and text[s_start:s_end].rstrip().endswith(":") \
                else None  # (most sentences hold no colon)
        elif turn is not None and sentence.paragraph == turn.paragraph:
            # The rest of a transcript turn's paragraph is the same speaker's words.
            sentence.speaker, sentence.attribution = turn.speaker, turn.attribution
        elif frame is not None and sentence.paragraph == frame.paragraph + 1:
            # A block quotation set off by "X added:" at the end of the paragraph before it.
            sentence.speaker, sentence.attribution = frame.speaker, frame.attribution
        elif sentence_quotes and any(q in quote_owner for q in sentence_quotes):
            owner = next(quote_owner[q] for q in sentence_quotes if q in quote_owner)
            sentence.speaker, sentence.attribution, _ = owner
            sentence.quote = True
        elif long_quotes and previous_quoted is not None and text[s_start] in "“\"«„‘" and (
            sentence.paragraph - previous_quoted.paragraph <= 1
        ):
            # A quotation that carries on after its attributed sentence keeps its speaker.
            sentence.speaker, sentence.attribution = previous_quoted.speaker, previous_quoted.attribution
        if sentence.quote and sentence.attribution != "none":
            previous_quoted = sentence
        elif sentence.attribution == "none" or not sentence.quote:
            previous_quoted = None if sentence.attribution == "none" else previous_quoted

    # A quotation whose speaker comes only in a later sentence (“...” \n he said) is his too.
    for k, sentence in enumerate(sentences):
        if sentence.excluded or sentence.attribution != "none":
            continue
        for q in _overlapping(quotes, quote_ends, sentence.start, sentence.end):
            if q in quote_owner:
                sentence.speaker, sentence.attribution, _ = quote_owner[q]
                sentence.quote = True
                break

    # A sentence that is mostly quotation but has no cue of its own (a quoted paragraph that
    # runs on, a pull quote) is still someone's words: the nearest earlier speaker within
    # two paragraphs, else a source the sentence does not name.
    last: Sentence | None = None
    for sentence in sentences:
        if sentence.excluded:
            continue
        sentence_quotes = _overlapping(quotes, quote_ends, sentence.start, sentence.end)
        if sentence.attribution == "none" and _mostly_quoted(text, sentence, sentence_quotes, long_quote):
            sentence.quote = True
            introduced = _QUOTATION_FROM.search(text, sentence.start, sentence_quotes[0][0]) \
                if sentence_quotes[0][0] > sentence.start else None
            if introduced:  # "Advice from Ana Ruiz: '...'": the source stands before the colon
                start, end = introduced.span("speaker")
                sentence.speaker, sentence.attribution = text[start:end], classify_source(text[start:end])
                sentence.verb, sentence.verb_category, sentence.verb_connotation = "from", "neutral", "neutral"
                spans.append(Span(introduced.start(), introduced.start() + 4, "attribution_cue", "neutral", "from",
                                  "pattern: quotation from a source"))
                spans.append(Span(start, end, "speaker", sentence.attribution, sentence.speaker,
                                  "the source named before the quotation"))
                for q in sentence_quotes:
                    quote_owner[q] = (sentence.speaker, sentence.attribution, "from")
            elif last is not None and sentence.paragraph - last.paragraph <= 2:
                sentence.speaker, sentence.attribution = last.speaker, last.attribution
            else:
                sentence.attribution = "anonymous"
        if sentence.attribution != "none":
            last = sentence

    for q_start, q_end in quotes:
        k = bisect_right(starts, q_start) - 1
        if k >= 0 and not sentences[k].excluded:
            owner = quote_owner.get((q_start, q_end))
            if owner is None and sentences[k].quote and sentences[k].attribution != "none":
                # a quotation that carries on from an attributed one ('“...,” Peskov said. “But ...”')
                # is the words of the speaker its sentence took over
                owner = (sentences[k].speaker, sentences[k].attribution)
            spans.append(Span(q_start, q_end, "quote", owner[1] if owner else "unattributed",
                              text[q_start:q_end], f"quotation of {owner[0]}" if owner and owner[0] else "quotation"))
    return spans


# A quotation brought in by its source after "from" and a colon: "Advice from Ana Ruiz: '...'",
# "A warning from the Kremlin: '...'".
_QUOTATION_FROM = re.compile(r"\bfrom\s+(?P<speaker>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s*$")


# Two or more capitalised words (a name) right before a pronoun, nothing between but a space.
_NAME_BEFORE_PRONOUN = re.compile(r"(?P<name>\b[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+)\s+$")


# A negated auxiliary right before a cue: "did not disclose", "has not explained", "won't say".
_NEGATED_AUXILIARY_BEFORE = re.compile(
    r"\b(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can|should|may|might|must)"
    r"(?:\s+not|n[’']t)\s+$|\b(?:cannot|can[’']t|won[’']t)\s+$"
)


# What may stand between a headline's subject and its verb: "Strzok, Who Criticized", "The US Is
# Blatantly Telling".
_HEADLINE_SUBJECT_TO_VERB = re.compile(r"(?:\s*,\s*Who)?(?:\s+(?:Is|Are|Was|Were|Has|Have|Had|Also|\w+ly))*\s+")

# A possessive pronoun points back to an earlier speaker as its subject form does.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


# The first items of a list that opens the sentence, before a speaker that ends it with "and".
_LIST_HEAD = re.compile(r"\s*(?P<head>(?:(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,\s+){1,4})$")
# The items of a list before its last, which is the speaker: "Ana Ruiz, Tom Lee and [other officials]".
_LIST_BEFORE_LAST = re.compile(
    r"\s*(?P<head>(?:(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,\s+){1,4}(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,?\s+and\s+)$")
# Members named after the speaker, between it and its verb: "the banks, including Northbank, said".
_INCLUDING = re.compile(
    r",\s+(?:including|among them|such as)\s+(?P<members>[^,;:()]{1,80}?),\s*(?:(?:have|has|had|also|all|both)\s+)*$")

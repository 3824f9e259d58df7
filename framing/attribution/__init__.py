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
``word_classes``, ``quotes``, ``sources`` (named or anonymous), ``headlines`` (title case),
``phrases`` (the speaker's noun phrase beside a verb), ``subjects`` (the subject that opens a
clause), ``cues`` (whether a verb reports here), ``pronouns``, ``constructions`` (reports without
a name beside a verb) and ``speakers`` (the speaker of a sentence's cues). This module puts them
together, sentence by sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ..lexicon import Lexicon, Match
from ..model import Sentence, Span
from .word_classes import _PRONOUNS, normalise
from .quotes import _between_unpaired_marks, find_quotes, _is_long, _mostly_quoted, _overlapping
from .sources import classify_source, _grants_anonymity, _is_indefinite, _speaker_kind, _unnamed_head
from .cues import _cues_by_sentence, _main_clause_first, _without_impersonal_content
from .pronouns import _pronoun_antecedent, _title_fits
from .constructions import (
    _EVIDENCE_OR_VENUE_NOUN, _OPENING_EVIDENCE, _evidence_or_venue_speaker, _point_of_view_speaker,
    _rarer_pattern_speaker, _signed_headline, _signed_quotation, _speaker_turn, _tagged_quotation,
)
from .speakers import _speaker_of_cues, _subject_as_speaker, _whole_speaker


__all__ = ["find_quotes", "attribute_sentences"]


def attribute_sentences(
    text: str,
    sentences: list[Sentence],
    quotes: list[tuple[int, int]],
    verbs: Lexicon,
) -> list[Span]:
    """Fill in each sentence's attribution fields; return the cue, speaker and quote spans.

    Each sentence takes the first of: a transcript turn; the first report cue whose speaker the
    phrase rules find; the subject of a clause whose cue they could not pin down; a signed or
    tagged quotation; evidence as the source; the rarer patterns (attitudes, owned reports,
    frames, criticism received, hearsay). The speaker is then made whole and a pronoun resolved.
    A sentence with no report of its own keeps the speaker of the quotation it carries on."""
    spans: list[Span] = []
    quote_ends = [q[1] for q in quotes]  # quotations never overlap, so their ends are sorted too
    long_quote = {q: _is_long(text, q) for q in quotes}
    cues_by_sentence = _cues_by_sentence(text, sentences, quotes, verbs)

    lower = text.lower()
    shifted = len(lower) != len(text)  # "İ" lower-cased would shift the offsets: try every sentence

    def holds_evidence_noun(sentence: Sentence) -> bool:
        """Whether the evidence and venue patterns may match: asked of the few sentences with no cue."""
        return shifted or _EVIDENCE_OR_VENUE_NOUN.search(lower, sentence.start, sentence.end) is not None

    # the last speaker of each kind ("person", "group", "organisation"), of any, and for "he", "she"
    last_speaker: dict[str, tuple[str, str]] = {}
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
        found = _first_speaker(text, sentence, cues_by_sentence.get(k, ()), sentence_quotes, holds_evidence_noun)
        if found:
            cue = found[0]
            sp_start, sp_end, kind = _whole_speaker(text, sentence, cue, found[1])
            phrase = text[sp_start:sp_end]
            pronoun = _POSSESSIVE_PRONOUNS.get(phrase.lower(), phrase.lower())
            # "I" and "we" outside quotations are the writer's ("I believe ...", 'I said, “No.”'),
            # unless the sentence's quotation marks before or after them do not pair (a quotation
            # run over from or into another sentence: 'I wouldn't,” she said', or a mark gone
            # astray); in a transcript ("HALE: ... I think") they are the speaker's whose turn it is.
            writer = pronoun in ("i", "we") and not transcript and \
                not _between_unpaired_marks(text, s_start, sp_start, sp_end, s_end)
            speaker, attribution = _resolved_speaker(text, sentences, k, sentence_quotes, (sp_start, sp_end, kind),
                                                     writer, last_speaker)
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
                _remember_speaker(last_speaker, phrase, speaker, attribution)
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

    _give_quotations_their_later_speakers(sentences, quotes, quote_ends, quote_owner)
    spans += _attribute_mostly_quoted(text, sentences, quotes, quote_ends, long_quote, quote_owner)
    spans += _quote_spans(text, sentences, quotes, quote_owner)
    return spans


def _first_speaker(text: str, sentence: Sentence, cues: list[Match], sentence_quotes: list[tuple[int, int]],
                   holds_evidence_noun: Callable[[Sentence], bool]) -> tuple[Match, tuple[int, int, str]] | None:
    """(cue, (start, end, kind)) of the sentence's speaker, from the first kind of evidence that
    finds one: a transcript turn, a report cue and its speaker, the subject of a clause whose cue
    the phrase rules could not pin down, a signed or tagged quotation, evidence as the source, the
    rarer patterns. None when none does."""
    # A transcript turn ("PENCE: Well, she thinks ...") names the speaker of all that follows it;
    # a reporting verb inside is part of what the speaker says.
    found = _speaker_turn(text, sentence) or _signed_headline(text, sentence)
    if found is None:
        main_first = _main_clause_first(text, sentence, cues)
        found = _speaker_of_cues(text, sentence, _without_impersonal_content(text, sentence, main_first),
                                 sentence_quotes)
    if found is None:
        found = _subject_as_speaker(text, sentence, cues, sentence_quotes)
    if found is None:
        found = _signed_quotation(text, sentence) or _tagged_quotation(text, sentence)  # a turn was looked for first
    if found is not None and not found[0].row.get("rule") and \
            _OPENING_EVIDENCE.match(text, sentence.start, found[0].start):
        # Evidence that opens the sentence as its subject reports first: in "The transcript shows
        # that Lee talked about taxes", Lee's talk is what the transcript shows.
        evidence = _evidence_or_venue_speaker(text, sentence)
        if evidence and evidence[0].row["rule"] == "pattern: evidence as source" and \
                evidence[0].start < found[0].start and evidence[1][0] <= sentence.start + 2 and \
                evidence[1][0] < evidence[1][1]:
            found = evidence
    if found is None and holds_evidence_noun(sentence):
        found = _evidence_or_venue_speaker(text, sentence) or _point_of_view_speaker(text, sentence, sentence_quotes)
    if found is None:
        found = _rarer_pattern_speaker(text, sentence, sentence_quotes)
    return found


def _remember_speaker(last_speaker: dict[str, tuple[str, str]], phrase: str, speaker: str, attribution: str) -> None:
    """Keep ``speaker`` (found as ``phrase``) as the last speaker of its kind ("person", "group",
    ...) and of any kind, and, for a person, as the last one "he" or "she" may point to: each
    pronoun whose sex no title of the speaker's contradicts."""
    kind = _speaker_kind(phrase)
    last_speaker[kind] = last_speaker["any"] = (speaker, attribution)
    if kind == "person":
        for sex in ("he", "she"):
            if _title_fits(speaker, sex):
                last_speaker[sex] = (speaker, attribution)


def _resolved_speaker(text: str, sentences: list[Sentence], k: int, sentence_quotes: list[tuple[int, int]],
                      found: tuple[int, int, str], writer: bool,
                      last_speaker: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """(speaker, attribution) of sentence ``k`` whose speaker's span and kind are ``found``: "I" or
    "we" as the writer's when ``writer``, a pronoun as its antecedent (named when none is found),
    and a named speaker granted anonymity as anonymous ("a senior commander, who spoke on
    condition of anonymity, said")."""
    sp_start, sp_end, attribution = found
    speaker = phrase = text[sp_start:sp_end]
    pronoun = _POSSESSIVE_PRONOUNS.get(phrase.lower(), phrase.lower())
    if writer:
        speaker, attribution = f"{phrase} (the writer)", "named"
    elif pronoun in _PRONOUNS:
        earlier = _pronoun_antecedent(text, sentences, k, sentence_quotes, (sp_start, sp_end), pronoun, last_speaker)
        if earlier:
            speaker, attribution = earlier
        else:
            attribution = "named"
    sentence = sentences[k]
    if attribution == "named" and not writer and _grants_anonymity(text, sentence.start, sentence.end) \
            and _unnamed_head(speaker):
        attribution = "anonymous"
    return speaker, attribution


# A proverb brought in before its quotation: "As the old saying goes, '...'", "as they say": words
# of nobody in particular, not the last speaker's.
_PROVERB_BEFORE = re.compile(
    r"\b(?:as\s+the\s+(?:\w+\s+)?(?:saying|proverb|adage|expression)\s+(?:goes|has\s+it)|as\s+they\s+say)"
    r"[\s,:]*$", re.IGNORECASE)

# A quotation brought in by its source after "from" and a colon: "Advice from Ana Ruiz: '...'",
# "A warning from the Kremlin: '...'".
_QUOTATION_FROM = re.compile(r"\bfrom\s+(?P<speaker>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s*$")


# A possessive pronoun points back to an earlier speaker as its subject form does.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _give_quotations_their_later_speakers(sentences: list[Sentence], quotes: list[tuple[int, int]],
                                          quote_ends: list[int],
                                          quote_owner: dict[tuple[int, int], tuple[str, str, str]]) -> None:
    """A sentence of a quotation whose speaker comes only in a later sentence (“...”, and a
    paragraph later "he said") takes that speaker: ``quote_owner`` holds each attributed
    quotation's."""
    for sentence in sentences:
        if sentence.excluded or sentence.attribution != "none":
            continue
        for q in _overlapping(quotes, quote_ends, sentence.start, sentence.end):
            if q in quote_owner:
                sentence.speaker, sentence.attribution, _ = quote_owner[q]
                sentence.quote = True
                break


def _attribute_mostly_quoted(text: str, sentences: list[Sentence], quotes: list[tuple[int, int]],
                             quote_ends: list[int], long_quote: dict[tuple[int, int], bool],
                             quote_owner: dict[tuple[int, int], tuple[str, str, str]]) -> list[Span]:
    """A sentence that is mostly quotation but has no cue of its own (a quoted paragraph that runs
    on, a pull quote) is still someone's words: the source named before it ("Advice from Ana Ruiz:
    '...'"), else the nearest earlier speaker within two paragraphs, else a source the sentence
    does not name; a proverb ("As the old saying goes, '...'") is nobody's. Returns the cue and
    speaker spans of the named sources."""
    spans: list[Span] = []
    last: Sentence | None = None
    for sentence in sentences:
        if sentence.excluded:
            continue
        sentence_quotes = _overlapping(quotes, quote_ends, sentence.start, sentence.end)
        if sentence.attribution == "none" and _mostly_quoted(text, sentence, sentence_quotes, long_quote) and \
                not _PROVERB_BEFORE.search(text, sentence.start, sentence_quotes[0][0]):
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
    return spans


def _quote_spans(text: str, sentences: list[Sentence], quotes: list[tuple[int, int]],
                 quote_owner: dict[tuple[int, int], tuple[str, str, str]]) -> list[Span]:
    """A ``quote`` span for each quotation in a sentence that counts, with its speaker when known."""
    spans: list[Span] = []
    starts = [s.start for s in sentences]
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

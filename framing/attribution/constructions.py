"""Speakers of sentences that report without a name beside a report verb: a transcript's turns
("PENCE: ..."), a quotation signed with a dash or closed by an unlisted verb, evidence as the
subject ("Data show"), an attitude ("Ruiz is confident that"), a report owned by its source
("Trump's claim that"), the frame of a block quotation, criticism a subject draws, and hearsay
adverbs ("allegedly").
"""
from __future__ import annotations

import re

from ..lexicon import Match, trie_pattern
from ..model import Sentence
from .word_classes import (
    _ANONYMOUS_PHRASE, _ATTITUDE_ADJECTIVES, _DAYS_AND_MONTHS, _DETERMINERS, _ESTIMATE_NOUNS, _EVIDENCE_NOUNS,
    _FUNCTION_WORDS, _FUNCTION_WORDS_CAPITALISED, _HEADLINE_EVIDENCE_NOUNS, _HEARSAY_ADVERBS, _INSTITUTION_HEADS,
    _NOUN_DETERMINERS, _OPENING_MARKS, _PRONOUN_LIKE, _PRONOUNS, _REACTION_VERBS, _REACTION_VERBS_IN_S, _RECEIVED_NOUNS,
    _RECORD_NOUNS_OF_VENUE, _REPORT_NOUNS, _SOURCE_NOUNS, _STANCE_ADJECTIVES, _STANCE_NOUNS, _STANCE_OBJECT_NOUNS,
    _STATEMENT_NOUNS, _WITH_ABSOLUTE, _is_bare_plural, _is_ly_adverb, _names_a_state, _skip_space, _stripped_end,
    _tokens_before,
)
from .sources import classify_source
from .phrases import _noun_phrase_after, _noun_phrase_before, _source_after, _strip_trailing_adjuncts
from .subjects import _subject_of
from .cues import _pattern_words
from .headlines import _is_title_case


# A quotation signed with a dash (“...” ― Carla Sanchez) or a transcript turn ("WALLACE: ...").
_SIGNED = re.compile(r"""[”"»]\s*[―—–]+\s*(?P<signed>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})""")
# A turn's label is a name, or an office in capitals as official transcripts write it ("THE
# PRESIDENT:"); editorial labels ("Correction:", "UPDATE:", "Watch:", "The Bottom Line:") and an
# inverted report ("Said Ellis:", whose verb finds the speaker) are not turns.
_TURN = re.compile(
    r"""\s*["“]?(?!(?:The|the)\b)(?!(?i:said|says|added|asked|correction|clarification|update|updated|note|editor|
        warning|watch|video|photo|photos|related|source|sources|disclosure|read|listen|see|also|breaking|
        exclusive|advertisement|confirmed|shock|shocking|proof|trending|again|revealed|exposed|busted|
        bombshell|flashback|analysis|opinion|editorial|commentary|explainer|live|finally)\b)
        (?P<turn>(?:THE\s+)?[A-Z]{2,}(?:\s+[A-Z]{2,})?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?):\s""",
    re.VERBOSE,
)
# The last word of a two-word editorial label: "REMNANT COMMENT:", "EDITOR NOTE:", "LIVE UPDATE:".
_EDITORIAL_LABEL_HEADS = frozenset(
    "comment comments note notes update updates correction analysis opinion commentary editorial disclaimer".split())
# Words no speaker's name holds, which open headings and commands: "Our Standards:", "Defend Yourself:",
# "What Happened:".
_HEADING_WORDS = _NOUN_DETERMINERS - {"one"} | frozenset(
    "my your you yourself yourselves we us me what how why when where which whose".split())
# Offices that official transcripts write after "THE" in capitals: the source nouns and a few roles.
_TRANSCRIPT_OFFICES = _SOURCE_NOUNS | frozenset(
    "moderator speaker witness clerk court defendant chair chairwoman interpreter".split())
_PATTERN_CUE = {"category": "neutral", "connotation": "neutral"}
# A state's own words after its name and a colon: "Berlin: We will send tanks", "Kyiv: “Our answer is no”".
_FIRST_PERSON = re.compile(r"""\s*["“‘']?(?:We|I|Our|My|Us)\b""")


def _speaker_turn(text: str, sentence: Sentence):
    """(cue, (start, end, "named")) for a transcript turn ("PENCE: Well, ..."), or None; the
    cue is the colon."""
    if text.find(":", sentence.start, sentence.end) < 0:
        return None  # most sentences: no colon, so no turn
    turn = _TURN.match(text, sentence.start, sentence.end)
    if turn is None or _names_a_state(turn["turn"]) and not _FIRST_PERSON.match(text, turn.end(), sentence.end):
        return None  # "USA: Only the president can ...": a kicker, not a turn; "Berlin: We will ..." speaks
    if turn["turn"].split()[-1].lower() in _EDITORIAL_LABEL_HEADS:
        return None  # "REMNANT COMMENT: We here at ...": the outlet's label, not a speaker
    label = turn["turn"]
    if label.startswith("THE ") and label.split()[-1].lower() not in _TRANSCRIPT_OFFICES:
        return None  # "THE BOTTOM LINE:": a heading; "THE PRESIDENT:", "THE MODERATOR:" speak
    if any(word.lower() in _HEADING_WORDS for word in label.removeprefix("THE ").split()):
        return None  # "Defend Yourself: A Guide": a heading, not a speaker
    start, end = turn.span("turn")
    cue = Match(end, end + 1, text[end:end + 1], {**_PATTERN_CUE, "rule": "pattern: speaker turn"})
    return cue, (start, end, "named")


def _signed_quotation(text: str, sentence: Sentence):
    """(cue, (start, end, "named")) for a quotation signed with a dash ("... ” ― Ana Ruiz"), or
    None; the cue is the dash."""
    signed = _SIGNED.search(text, sentence.start, sentence.end)
    if signed is None:
        return None
    start, end = signed.span("signed")
    dash = signed.start() + 1  # after the closing quotation mark
    cue = Match(dash, start, text[dash:start], {**_PATTERN_CUE, "rule": "pattern: signed quotation"})
    return cue, (start, end, "named")


# A headline signed at its end by who said it, as agencies write them: "Moscow ready for talks
# without preconditions – Peskov", "US urges Kyiv to signal openness to talks: Report". After a
# dash, a name of up to four capitalised words; after a colon, only a word for a report or its
# sources (a colon also opens a headline's second part: "Why Putin Will Fight for Kherson: A Land
# Bridge").
_SIGNED_HEADLINE = re.compile(
    r"""[^\s”"»’](?:\s+[―—–]+\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"""
    r"""|:\s*(?P<report>[Rr]eports?|[Mm]edia|[Ss]ources))[\s"”’]*$""")


_WITHOUT_QUOTATION_MARKS = str.maketrans("", "", "‘’“”\"'")
# Words after a headline's dash that label the piece, not a source: "Ukraine war – Live".
_NOT_A_SIGNER = frozenset("live update updates analysis opinion video videos photos explainer watch exclusive".split())


def _signed_headline(text: str, sentence: Sentence):
    """(cue, (start, end, kind)) for a headline signed at its end by its source, or None; the cue is
    the dash or colon. A sentence with a full stop or a question mark at its end is no headline."""
    last = text[sentence.start:sentence.end].rstrip(" \n\"”’")
    if not last or last[-1] in ".?!" or last.count(" ") < 4 or not any(mark in last for mark in "–—―:"):
        return None  # (most sentences end in a full stop)
    signed = _SIGNED_HEADLINE.search(text, sentence.start, sentence.end)
    if signed is None:
        return None
    group = "name" if signed["name"] else "report"
    headline = text[sentence.start:signed.start() + 1].rsplit(": ", 1)[-1]  # (after a kicker: "WATCH: ...")
    if group == "name" and (_is_title_case(headline.translate(_WITHOUT_QUOTATION_MARKS)) or any(
            word.lower() in _NOT_A_SIGNER for word in signed["name"].split())):
        return None  # "... In The Dead Of Winter – Pain Ensues": a title-case headline's second part
    start, end = signed.span(group)
    mark = signed.start() + 1
    while text[mark].isspace():
        mark += 1
    cue = Match(mark, mark + 1, text[mark], {**_PATTERN_CUE, "rule": "pattern: signed headline"})
    return cue, (start, end, classify_source(text[start:end]) if group == "name" else "anonymous")


# A quotation closed by a name and a verb in the past and nothing more ('"...," Janssen beamed.',
# '"...!" the manager raged.'): a reporting clause by its place, whatever the verb (Quirk et al.
# 1985 on reporting clauses), when the verb is none of the listed ones.
_TAGGED = re.compile(r"""[,!?]\s*[”"]\s+(?P<speaker>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|the\s+[a-z][\w'’-]*)"""
                     r"""\s+(?P<verb>[a-z]{3,}ed)[.!]?\s*$""")


def _tagged_quotation(text: str, sentence: Sentence):
    """(cue, (start, end, kind)) for a quotation closed by its speaker and an unlisted verb, or None."""
    # Only the sentence's last words can be the tag: most sentences hold no closing mark there.
    tail = max(sentence.start, sentence.end - 90)
    if text.find("”", tail, sentence.end) < 0 and text.find('"', tail, sentence.end) < 0:
        return None
    tagged = _TAGGED.search(text, tail, sentence.end)
    if tagged is None or tagged["speaker"].split()[0] in _FUNCTION_WORDS_CAPITALISED:
        return None
    start, end = tagged.span("speaker")
    verb_start, verb_end = tagged.span("verb")
    cue = Match(verb_start, verb_end, text[verb_start:verb_end], {**_PATTERN_CUE, "rule": "pattern: quotation tag"})
    return cue, (start, end, classify_source(text[start:end]))


# Evidence as a source (Chafe 1986 evidentials; Bergler 1992): a poll, study, document or data set
# that shows, states or finds something ("Polls show a close race", "Data from the census show
# that ...", "a document on the website states that ..."). The noun must head the subject, the
# verb, in lower case, follow it within the clause; "show" and "state" alone are too often nouns (TV show, United
# States) to be listed as verbs.
_EVIDENCE_VERBS = r"""show|shows|showed|showing|state|states|indicate|predict|predicts|predicted|confirm|
        confirms|confirmed|documented|finds|found"""
# An evidence noun among the first words of a sentence: the one place where evidence may
# report before a cue found later in the sentence (a quick test before the full pattern).
_OPENING_EVIDENCE = re.compile(rf"\W{{0,2}}(?:[\w’'.-]+\s+){{0,6}}?(?:{_EVIDENCE_NOUNS})\b", re.IGNORECASE | re.VERBOSE)
_EVIDENCE = re.compile(
    rf"""\b(?:{_EVIDENCE_NOUNS})\b
        (?:\s+(?![Tt]hat\b|[Ww]hich\b|[Ww]ho\b)[\w’'.-]+,?){{0,10}}?\s+
        (?P<verb>(?-i:{_EVIDENCE_VERBS}))\b(?!\s+(?:up|off)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# The evidence noun with a relative clause or a date set off before the verb by a comma: "A new
# analysis of the filings that were made since May 1, 2015, shows ...". The verbs that take no noun
# for subject in a list ("..., states") are left out.
_FENCED_EVIDENCE_VERBS = r"shows|showed|finds|found|indicates|indicated|confirms|confirmed|concludes|concluded"
_EVIDENCE_FENCED = re.compile(
    rf"""\b(?:{_EVIDENCE_NOUNS})\b[^;:!?]{{0,150}}?,\s+(?P<verb>(?-i:{_FENCED_EVIDENCE_VERBS}))\b(?!\s+(?:up|off)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# The same in a title-case headline: "New Poll Shows ...", "Study Finds ...", with the record noun
# and its verb side by side, both capitalised.
_HEADLINE_EVIDENCE_VERBS = r"Shows?|Finds?|Found|Indicates?|Suggests?|Reveals?|Confirms?|Predicts?"
_EVIDENCE_HEADLINE = re.compile(
    rf"""\b(?:{_HEADLINE_EVIDENCE_NOUNS})
        \s+(?P<verb>{_HEADLINE_EVIDENCE_VERBS})\b""",
    re.VERBOSE,
)
# An estimate or account named as the basis of a claim (Chafe 1986 evidentials): "by one
# estimate", "by some accounts", "by the agency's count". The estimate is the source.
_BY_ACCOUNT = re.compile(
    rf"""\b[Bb]y\s+(?P<source>(?:one|some|most|all|many|several|his|her|their|its|our|this|that|the|[A-Z]\w+[’']s)
        \s+(?:own\s+)?(?:\w+\s+)?
        (?:{_ESTIMATE_NOUNS}))\b""",
    re.VERBOSE,
)
# A point of view named as the frame of what follows (PARC's "in X's view"): "In Lavrov's view,
# ...", "in his opinion", "in the words of one diplomat". Its owner is the source; "in my view" is
# the writer's own voice, and "in the eyes of the world" no one's.
_VIEW_NOUNS = r"views?|opinion|words|eyes|estimation|judge?ment"
_NAME_WORD = r"[A-Z][\w.-]*(?:[’'][A-Z][\w.-]*)?"  # "Ruiz", "O'Brien"
_IN_VIEW = re.compile(
    rf"""\b[Ii]n\s+(?:(?P<owner>his|her|their|its|(?:{_NAME_WORD}\s+){{0,3}}?{_NAME_WORD}(?=[’']))(?:[’']s?)?
        \s+(?:own\s+)?(?:{_VIEW_NOUNS})\b
        |the\s+(?:views?|opinion|words|estimation|judge?ment)\s+of\s+(?P<of>[\w“"‘']))""",  # (no "eyes of")
    re.VERBOSE,
)
# A record named as the venue of a finding: "In this poll, Trump rose a point", "In the latest
# national survey, conducted in May, ...". The record is the source.
_IN_RECORD = re.compile(
    rf"""\b[Ii]n\s+(?P<source>(?:a|an|the|this|that|its|their|his|her|one)\s+(?:[\w/.’'-]+\s+){{0,6}}?
        (?:{_RECORD_NOUNS_OF_VENUE}))\b
        (?!\s+(?:the|a|an|his|her|their|its|our)\b)  # not a verb with its object: "in the State study the law" """,
    re.VERBOSE,
)
# A statement, interview or post named as the venue of what follows: "In a statement issued
# Tuesday, Senator X ...", "in an interview with Y, Z said". Its subject is the speaker.
_VENUE = re.compile(
    rf"""\b(?:in|during)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){{0,2}}?
        (?:{_STATEMENT_NOUNS})s?\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _literal_starts(alternation: str) -> set[str]:
    """The lower-case literal start of each top-level alternative of a pattern: "polls?" -> "poll",
    "stud(?:y|ies)" -> "stud", "press\\s+release" -> "press". Whatever an alternative matches begins
    with its literal start."""
    alternatives, depth, current = [], 0, ""
    for char in re.sub(r"\s", "", alternation):  # the verbose layout's white space
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += char
    starts = set()
    for alternative in [*alternatives, current]:
        cut = re.search(r"[\\(\[?*+{]", alternative)
        literal = alternative[:cut.start()] if cut else alternative
        if cut and alternative[cut.start()] in "?*+{":
            literal = literal[:-1]  # the quantifier applies to the last character
        starts.add(literal.lower())
    return starts


# Each of the six patterns above needs one of its nouns, so a sentence without the start of any
# is not searched: one pass over the lower-case text finds the sentences worth searching.
_EVIDENCE_OR_VENUE_NOUN = re.compile(r"\b(?:" + trie_pattern([(start,) for start in sorted(set().union(*map(
    _literal_starts, (_EVIDENCE_NOUNS, _HEADLINE_EVIDENCE_NOUNS, _ESTIMATE_NOUNS, _RECORD_NOUNS_OF_VENUE,
                      _STATEMENT_NOUNS, _VIEW_NOUNS))))]) + ")")


# What each evidence pattern cannot match without, in the same case: its verbs, "by", its record
# nouns. A scan for them is quick (a literal first character); the pattern itself tries every word.
_NEEDED_BY_PATTERN = {
    _EVIDENCE: re.compile(_EVIDENCE_VERBS, re.VERBOSE),
    _EVIDENCE_HEADLINE: re.compile(_HEADLINE_EVIDENCE_VERBS),
    _EVIDENCE_FENCED: re.compile(_FENCED_EVIDENCE_VERBS),
    _BY_ACCOUNT: re.compile(r"[Bb]y\s"),
    _IN_RECORD: re.compile(_RECORD_NOUNS_OF_VENUE),
}


def _search_sentence(pattern: re.Pattern, text: str, sentence: Sentence) -> re.Match | None:
    """``pattern`` searched in the sentence, or None at once when the sentence lacks the words it needs."""
    needed = _NEEDED_BY_PATTERN.get(pattern)
    if needed is not None and needed.search(text, sentence.start, sentence.end) is None:
        return None
    return pattern.search(text, sentence.start, sentence.end)


def _evidence_or_venue_speaker(text: str, sentence: Sentence):
    """(cue, (start, end, kind)) when evidence is the sentence's subject or a statement is named
    as its venue, or None. The speaker is the subject phrase before the verb."""
    evidence = _search_sentence(_EVIDENCE, text, sentence)
    fenced = None if evidence else _search_sentence(_EVIDENCE_FENCED, text, sentence)
    if evidence or fenced:
        found = evidence or fenced
        v_start, v_end = found.span("verb")
        cue = Match(v_start, v_end, text[v_start:v_end], {**_PATTERN_CUE, "rule": "pattern: evidence as source"})
        absolute = _WITH_ABSOLUTE.search(text, found.start(), v_start)
        if absolute and absolute.group("name"):
            return cue, (*absolute.span("source"), "named")  # "Polls differ, with the Ledger showing ...": the Ledger
        start, end = found.start(), v_start
        tokens = _tokens_before(text, sentence.start, v_start)
        while tokens and not tokens[0].group()[0].isalnum():
            tokens = tokens[1:]
        opening = sum(t.start() < found.start() for t in tokens)  # the words before the evidence noun
        if tokens and tokens[0].start() < found.start() and (len(tokens) <= 12 or fenced and opening <= 4) and \
                tokens[0].group().lower() not in _FUNCTION_WORDS - {"the"} and \
                (fenced or "," not in text[tokens[0].start():found.start()]):  # not "..., with the Ledger showing"
            start = tokens[0].start()  # the whole subject: "A USA TODAY analysis of super PACs"
        end = _stripped_end(text, v_start, " ,")
        if fenced:
            # the subject without the clause that the commas set off: "A new analysis of the filings"
            clause = re.search(r"\s(?:that|which|who)\s|,", text[found.start():end])
            end = found.start() + clause.start() if clause else end
        return cue, (start, max(start, end), "named")
    headline = _search_sentence(_EVIDENCE_HEADLINE, text, sentence)
    if headline:
        v_start, v_end = headline.span("verb")
        cue = Match(v_start, v_end, text[v_start:v_end], {**_PATTERN_CUE, "rule": "pattern: evidence as source"})
        head = _tokens_before(text, sentence.start, v_start)[-3:]
        while head and not (head[0].group()[0].isupper() and head[0].group().isalpha()):
            head = head[1:]  # the capitalised words just before the verb: "New Poll", "Popular Website"
        start = head[0].start() if head else headline.start()
        return cue, (start, headline.start("verb") - 1, "named")
    by_account = _search_sentence(_BY_ACCOUNT, text, sentence)
    if by_account:
        cue = Match(by_account.start(), by_account.end(), by_account.group(),
                    {**_PATTERN_CUE, "rule": "pattern: evidence as source"})
        return cue, (*by_account.span("source"), "named")
    in_record = _search_sentence(_IN_RECORD, text, sentence)
    if in_record:
        cue = Match(in_record.start(), in_record.end(), in_record.group(),
                    {**_PATTERN_CUE, "rule": "pattern: evidence as source"})
        return cue, (*in_record.span("source"), "named")
    venue = _VENUE.search(text, sentence.start, sentence.end)
    if venue:
        cue = Match(venue.start(), venue.end(), venue.group(), {**_PATTERN_CUE, "rule": "pattern: statement as venue"})
        s_start, s_end = _subject_of(text, sentence.start, venue.start())[:2] if venue.start() > sentence.start + 2 \
            else (venue.end(), venue.end())
        if s_end <= s_start:
            comma = text.find(",", venue.end(), sentence.end)
            if comma >= 0:
                s_start, s_end = _noun_phrase_after(text, _skip_space(text, comma + 1), sentence.end)
        if s_end > s_start:
            return cue, (s_start, s_end, classify_source(text[s_start:s_end]))
        return cue, (venue.start(), venue.start(), "named")
    return None


def _point_of_view_speaker(text: str, sentence: Sentence, quotes: list[tuple[int, int]]):
    """(cue, (start, end, kind)) when a point of view frames the sentence or a clause set off by
    commas ("In Lavrov's view, ...", "It is, in Müller's eyes, ..."), or None: not inside a
    quotation (``quotes``), nor in the middle of a clause ("risen in the estimation of")."""
    for view in _IN_VIEW.finditer(text, sentence.start, sentence.end):
        before = text[sentence.start:view.start()]
        inside_a_clause = bool(before.strip(_OPENING_MARKS)) and \
            not before.rstrip().endswith((",", ";", "—", "–", "("))
        if inside_a_clause or any(q_start < view.start() < q_end for q_start, q_end in quotes):
            continue
        cue_end = _stripped_end(text, view.start("of")) if view.group("of") else view.end()
        cue = Match(view.start(), cue_end, text[view.start():cue_end],
                    {**_PATTERN_CUE, "rule": "pattern: point of view"})
        if view.group("owner"):
            return cue, (*view.span("owner"), classify_source(view.group("owner")))
        start, end = _source_after(text, view.start("of"), sentence.end)
        if end > start:
            return cue, (start, end, "anonymous" if _ANONYMOUS_PHRASE.fullmatch(text[start:end])
                         else classify_source(text[start:end]))
    return None


_ATTITUDE = re.compile(
    r"""(?<![Tt]o\s)(?P<copula>\b(?:am|is|are|was|were|been|be|being|remains?|remained|seems?|seemed|
            became|become|becomes|grew|feels?|felt|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)\b|(?<=\w)[’'](?:s|re|m)\b)
        (?:\s+(?:not|so|very|too|also|still|more|less|quite|all|both|\w+ly)){0,3}\s+
        (?P<adjective>""" + "|".join(_ATTITUDE_ADJECTIVES) + r"""|(?:sure|certain)(?!\s+to\b)|"""
    + "|".join(f"{word}(?=\\s+{complement}\\b)" for word, complement in _STANCE_ADJECTIVES.items())
    # a stance noun with its complement: "is a staunch opponent of", "has been an outspoken supporter of"
    + r"""|(?P<noun>(?:a|an)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:""" + "|".join(_STANCE_NOUNS) + r""")(?=\s+(?:of|for)\b)))\b""",
    re.IGNORECASE | re.VERBOSE,
)
_AS_FAR_AS = re.compile(r"\bas\s+far\s+as\b", re.IGNORECASE)
# Subjects that hold no attitude: expletives and demonstratives ("it is sure to", "that was welcome").
_NON_EXPERIENCERS = frozenset("it that this there what which these those".split())


def _attitude_speaker(text: str, sentence: Sentence, quotes: list[tuple[int, int]]):
    """(cue, (start, end, kind)) when the sentence states its subject's attitude with a copula and
    an adjective ("Many voters are afraid that ...", "she’s so frustrated that ..."), or None.
    Inside a quotation (among ``quotes``) the attitude is the quoted speaker's words, not a cue."""
    for found in _ATTITUDE.finditer(text, sentence.start, sentence.end):
        copula = found.start("copula")
        if any(q_start < copula < q_end for q_start, q_end in quotes):
            continue
        if text[copula] in "’'":
            # a contracted copula: the subject is the word it hangs on ("she’s", "they're")
            word_start = copula
            while word_start > sentence.start and text[word_start - 1].isalpha():
                word_start -= 1
            start, end = word_start, copula
        else:
            before = _strip_trailing_adjuncts(_tokens_before(text, sentence.start, copula))
            if before and before[-1].group().lower() in ("who", "that", "which"):
                # a relative clause: the experiencer is the noun it hangs on ("countries that have been reluctant")
                start, end = _noun_phrase_before(text, sentence.start, before[-1].start())
            else:
                start, end = _noun_phrase_before(text, sentence.start, copula)
                if end <= start:  # a subject the phrase rules cannot delimit: "Business leaders and others"
                    start, end = _subject_of(text, sentence.start, copula)[:2]
        phrase = text[start:end]
        words = phrase.lower().split()
        if end <= start or words[0] in _NON_EXPERIENCERS and (len(words) == 1 or words[1] in ("much", "part")):
            continue  # "it is sure to", "this much is certain"
        if found.group("adjective").lower() == "concerned" and _AS_FAR_AS.search(text, sentence.start, copula):
            continue  # "as far as the market is concerned": relevance, not worry
        cue = Match(found.start(), found.end(), found.group(), {
            "category": "private_state", "connotation": "neutral",
            "rule": "pattern: stance noun" if found.group("noun") else "pattern: attitude adjective"})
        kind = "named" if phrase.lower() in _PRONOUNS else classify_source(phrase)
        return cue, (start, end, kind)
    return None


_OWNED_REPORT = re.compile(
    r"""(?:(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s?|\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))
        \s+(?:[a-z][\w-]*\s+)?(?P<noun>""" + "|".join(_REPORT_NOUNS) + r""")\s+(?:(?:is|was)\s+)?that\b""",
    re.VERBOSE,
)

_OWNED_STANCE = re.compile(
    r"""(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|\b(?P<owner>\w[\w.-]*?)(?:[’']s|(?<=s)[’']))
        \s+(?:[a-z][\w-]*\s+)?(?P<noun>""" + "|".join(_STANCE_OBJECT_NOUNS) + r""")\s+(?:of|for|to|toward|towards|against)\b""",
    re.VERBOSE,
)

# The last name before a possessive pronoun in its clause, with no clause break after it.
_NAME_IN_CLAUSE = re.compile(r"(?<![\w.])(?P<name>(?:[A-Z][\w’'.-]+\s+)*[A-Z][\w’'.-]+)(?=\s)[^,;:.!?]*$")

# The same nouns with no owner, after a preposition or a verb: "persisted in arguments that ...",
# "took offense at suggestions that ...", "bought into the narrative that ...".
_UNOWNED_REPORT = re.compile(
    r"""(?:\b(?:in|at|of|on|about|over|into|amid|despite|with|against|to)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+)?
           |\b(?:offered|offers|offering|provided|provides|gave|gives|presented|presents)\s+no\s+)  # "offered no proof that"
        (?P<noun>""" + "|".join(_REPORT_NOUNS) + r"""|narrative|notion|proof|evidence)\s+that
        # what was said opens with its subject; a relative clause opens with its verb ("the claims that
        # surfaced") or is a superlative's ("the greatest fear that I have ever seen")
        \s+(?:[A-Z]\w*|the|a|an|he|she|it|they|we|i|you|his|her|their|its|this|there|\d+)\b
        (?![^,.;:!?]{0,30}\bever\b)""",
    re.VERBOSE,
)


def _owned_report_speaker(text: str, sentence: Sentence, quotes: list[tuple[int, int]]):
    """(cue, (start, end, kind)) for a report noun with its owner and a that-clause ("Trump’s claim
    that ...", "Haley’s essential claim was that ..."), or None. Inside a quotation it is the quoted
    speaker's words."""
    for found in _OWNED_REPORT.finditer(text, sentence.start, sentence.end):
        if any(q_start < found.start() < q_end for q_start, q_end in quotes):
            continue
        cue = Match(found.start("noun"), found.end("noun"), found.group("noun"), {
            "category": "neutral", "connotation": "neutral", "rule": "pattern: owned report noun"})
        group = "owner" if found.group("owner") else "pronoun"
        start, end = found.span(group)
        if group == "owner" and found.group("owner").lower() in _FUNCTION_WORDS:
            continue
        phrase = text[start:end]
        return cue, (start, end, "named" if group == "pronoun" else classify_source(phrase))
    for found in _OWNED_STANCE.finditer(text, sentence.start, sentence.end):
        if any(q_start < found.start() < q_end for q_start, q_end in quotes):
            continue
        cue = Match(found.start("noun"), found.end("noun"), found.group("noun"), {
            "category": "private_state", "connotation": "neutral", "rule": "pattern: owned stance noun"})
        if found.group("pronoun"):
            # the name in the clause the possessive points back to: "Ruiz continues his adulation of"
            name = _NAME_IN_CLAUSE.search(text, sentence.start, found.start())
            start, end = name.span("name") if name else found.span("pronoun")
            while name and text[start:end].split(None, 1)[0].lower() in _FUNCTION_WORDS and " " in text[start:end]:
                start = _skip_space(text, text.index(" ", start, end))  # "Meanwhile Ruiz": the name only
            if name and text[start:end].lower() in _FUNCTION_WORDS:
                start, end = found.span("pronoun")
            return cue, (start, end, "named")
        owner = found.group("owner")
        if owner.lower() in _PRONOUN_LIKE or owner.lower() in _FUNCTION_WORDS:
            continue
        # the owner's whole phrase: "the woman", "editorial boards", "Senator Ana Ruiz"
        start, end = _noun_phrase_before(text, sentence.start, found.end("owner"))
        if end <= start or end != found.end("owner"):
            start, end = found.span("owner")
        return cue, (start, end, classify_source(text[start:end]))
    for found in _UNOWNED_REPORT.finditer(text, sentence.start, sentence.end):
        # No owner: the clause's subject holds it ("Democrats persisted in arguments that ..."),
        # else someone the sentence does not name ("amid suggestions that ...").
        if any(q_start < found.start() < q_end for q_start, q_end in quotes):
            continue
        cue = Match(found.start("noun"), found.end("noun"), found.group("noun"), {
            "category": "neutral", "connotation": "neutral", "rule": "pattern: report noun with a that-clause"})
        start, end, kind = _subject_of(text, sentence.start, found.start())
        if end > start and text[start:end].lower() not in _NON_EXPERIENCERS:
            return cue, (start, end, kind)
        return cue, (found.start(), found.start(), "anonymous")
    return None


# A short sentence that only frames a block quotation to come: "Caddell continued:", "The
# governor went on:". Its subject speaks the next paragraph.
_FRAME = re.compile(
    r"""\s*(?P<speaker>(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[Tt]he\s+[a-z]+)
        # a finite verb, perhaps with a particle or adverb: "continued", "went on", "said then"
        \s+(?P<verb>(?:[a-z]+(?:ed|es|s)|said|wrote|told|went|spoke|put|began)(?:\s+[a-z]+)?)\s*:\s*$""",
    re.VERBOSE,
)


def _frame_speaker(text: str, sentence: Sentence):
    """(cue, (start, end, kind)) for a sentence that frames a block quotation ("Caddell
    continued:"), or None."""
    if text.find(":", sentence.start, sentence.end) < 0:
        return None  # most sentences: no colon, so no frame
    found = _FRAME.fullmatch(text, sentence.start, sentence.end)
    if found is None:
        return None
    speaker = found.group("speaker").lower()
    if speaker in _FUNCTION_WORDS or speaker in _DETERMINERS or _is_ly_adverb(speaker):
        return None  # "The arrests include:", "Solemnly professed:"
    cue = Match(*found.span("verb"), found.group("verb"), {**_PATTERN_CUE, "rule": "pattern: block quotation frame"})
    start, end = found.span("speaker")
    return cue, (start, end, classify_source(text[start:end]))


_HEARSAY = re.compile(r"\b(?:" + "|".join(_HEARSAY_ADVERBS) + r")\b", re.IGNORECASE)

# A reaction received: "drew criticism from Y", "came under fire", "was met with skepticism by
# analysts"; who reacts after "from" or "by". None received reports nobody: "drew no criticism".
_RECEIVED = re.compile(
    r"""\b(?:(?:came|come|comes|coming)\s+under|(?:is|are|was|were|been|be)\s+met\s+with|"""
    + "|".join(sorted(_REACTION_VERBS | _REACTION_VERBS_IN_S)) + r""")
        \s+(?:(?!(?:by|for|in|on|at|with|to|of|and|or|after|before|while|as|no|little)\b)[\w-]+\s+){0,2}?
        (?P<noun>""" + "|".join(sorted(_RECEIVED_NOUNS)) + r""")\b
        (?:\s+(?:from|by)\s+(?P<source>(?:(?:the|former|late|then|outgoing|acting)\s+){0,2}
            [A-Z][\w.'’-]*(?:\s+(?:(?:of|on|for|to|and|the)\s+){0,2}
            (?!""" + _DAYS_AND_MONTHS + r""")[A-Z][\w.'’-]*){0,5})
        |\s+(?:from|by)\s+(?P<common>))?""",
    re.VERBOSE,
)


# What makes received "calls" demands: "for" and what is demanded, or "to" and a verb of the acts
# demanded of officials and bodies, perhaps after those who make them ("calls for his resignation",
# "calls from lawmakers to resign"; not "calls for help", "calls for two days", "calls to the scene",
# "calls to customer service").
_DEMANDED_ACTS = (r"resign|step|quit|act|stop|end|halt|ban|boycott|release|free|investigate|impeach|remove|delay|"
                  r"reopen|close|cancel|withdraw|scrap|drop|reverse|repeal|rally|protest|reform|defund|fire|sack|"
                  r"pardon|apologi[sz]e|intervene|negotiate|restore|pause|suspend|postpone|recuse|testify|disband|"
                  r"denounce|condemn|reject|veto|vote|lift|raise|cut|change|evacuate|overhaul|reconsider|rethink|"
                  r"revise|tighten|expand|abolish|dismantle|replace|ease|act|action|boost|protect|hold|punish|"
                  r"prosecute|strike|dissolve|stand")
_CALLS_TO_ACT = re.compile(
    r"\s+(?:from\s+[^,.;:!?]{1,60}?\s+)?(?:for\s+(?!(?:help|service|assistance|comment|information|backup|"
    r"minutes|hours|days|weeks|months|years|decades|more\s+than|several|two|three|four|five|\d+)\b)"
    r"|to\s+(?:" + _DEMANDED_ACTS + r")\b)")
_WORD_IN_PHRASE = re.compile(r"[\w’'-]+")
# The last word of critics named in lower case: a role, an office or an institution's head.
_CRITICS_HEADS = _SOURCE_NOUNS | _INSTITUTION_HEADS


# One or two words in lower case after a capitalised one, ending in the plural they modify with it:
# "[Jewish] groups", "[Republican] state lawmakers"; not "[Trump] during a rally with supporters".
_MODIFIERS_THEN_PLURAL = re.compile(
    r"(?:\s+(?!(?:several|many|few|two|three|four|five)\b)[a-z][\w-]*){0,1}"
    r"\s+(?!(?:times|days|weeks|months|years|hours|minutes)\b)[a-z][\w-]*s")
_PLACE_PREPOSITIONS = frozenset("inside within outside across among around beyond abroad throughout".split())


def _critics_after_from(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The critics named in lower case after "from" ("from rights groups", "from the union",
    "from residents angry at ..."): the source phrase up to its last plural, source noun or head
    of an institution; None when it names none ("from across the spectrum", "from the start",
    "from both conservative and ...")."""
    begin, end = _source_after(text, start, stop)
    words = list(_WORD_IN_PHRASE.finditer(text, begin, end))
    ends = next((k for k, w in enumerate(words) if w.group() in ("to", "for")), None)
    if ends is not None:
        words = words[:ends]  # what the critics demand is no part of them: "calls from lawmakers to ban ..."
    while words and not (words[-1].group() in _CRITICS_HEADS or _is_bare_plural(words[-1].group())):
        words.pop()  # (not a time: "from the start", "from the outset")
    if not words or words[0].group().lower() in _FUNCTION_WORDS - _NOUN_DETERMINERS or \
            words[0].group().lower() in _PLACE_PREPOSITIONS:
        return None  # "from across the spectrum", "from inside the party", "from within his own party"
    return words[0].start(), words[-1].end()


def _received_criticism(text: str, sentence: Sentence, quotes: list[tuple[int, int]]):
    """(cue, (start, end, kind)) for criticism or questions the subject faces or draws, outside
    quotations, or None."""
    for found in _RECEIVED.finditer(text, sentence.start, sentence.end):
        if any(q_start < found.start() < q_end for q_start, q_end in quotes):
            continue
        if found.group("noun") == "fire" and "under" not in found.group():
            continue  # "drew fire" may be gunfire; "came under fire" is criticism
        if found.group("noun") == "calls" and not _CALLS_TO_ACT.match(text, found.end("noun"), sentence.end):
            continue  # "received calls from voters" may be telephone calls; "calls for his resignation" are demands
        cue = Match(found.start(), found.end("noun"), text[found.start():found.end("noun")], {
            "category": "neutral", "connotation": "neutral", "rule": "pattern: criticism received"})
        if found.group("source"):
            start, end = found.span("source")
            critics = _critics_after_from(text, start, sentence.end)
            if critics is not None and critics[1] > end and _MODIFIERS_THEN_PLURAL.fullmatch(text, end, critics[1]):
                end = critics[1]  # a capitalised modifier and a plural: "from Jewish groups"
            return cue, (start, end, classify_source(text[start:end]))
        if found.group("common") is not None:
            critics = _critics_after_from(text, found.end(), sentence.end)
            if critics is not None:
                return cue, (*critics, classify_source(text[critics[0]:critics[1]]))
        return cue, (found.start(), found.start(), "anonymous")
    return None


def _hearsay_cue(text: str, sentence: Sentence, quotes: list[tuple[int, int]]):
    """(cue, (start, start, "anonymous")) for a hearsay adverb outside quotations ("he allegedly
    brandished a pistol", "Campaign Reportedly Scrambling"), or None."""
    for found in _HEARSAY.finditer(text, sentence.start, sentence.end):
        if not any(q_start < found.start() < q_end for q_start, q_end in quotes):
            cue = Match(found.start(), found.end(), found.group(), {
                "category": "doubt", "connotation": "non_neutral", "rule": "pattern: hearsay adverb"})
            return cue, (found.start(), found.start(), "anonymous")
    return None


def _rarer_pattern_speaker(text: str, sentence: Sentence, quotes: list[tuple[int, int]]):
    """(cue, (start, end, kind)) from the rarer patterns above, for a sentence no report verb
    gave a speaker: an attitude, an owned report, the frame of a block quotation, criticism
    received, hearsay; each tried only where the sentence holds one of its words (most hold
    none). None when none applies."""
    worth_a_look = _pattern_words(text, sentence)
    found = None
    if "attitude" in worth_a_look:
        found = _attitude_speaker(text, sentence, quotes)
    if found is None and "owned report" in worth_a_look:
        found = _owned_report_speaker(text, sentence, quotes)
    if found is None:
        found = _frame_speaker(text, sentence)
    if found is None and ("received" in worth_a_look or "owned report" in worth_a_look):
        found = _received_criticism(text, sentence, quotes)  # "criticism for" is an owned-report term too
    if found is None and "hearsay" in worth_a_look:
        found = _hearsay_cue(text, sentence, quotes)
    return found

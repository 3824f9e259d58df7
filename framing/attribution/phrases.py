"""The speaker's noun phrase beside a report verb: before it ("Kremlin spokesman Dmitry Peskov
said"), after it ('..., said one US official who ...'), after "according to" or "citing", and the
phrase tidied of what only stands around a speaker.
"""
from __future__ import annotations

import re

from ..lexicon import EXCEPTION, Match, read_table, trie_pattern
from .word_classes import (
    _ADVERBIAL_OPENERS, _ANONYMOUS_PHRASE, _AUXILIARIES, _BETWEEN, _CAPITALISED_WORD, _DEGREE_WORDS, _DETERMINERS,
    _FOCUSING_ADVERBS, _FUNCTION_WORDS, _FUNCTION_WORDS_CAPITALISED, _GENERIC_HEADS, _INDEFINITE_PRONOUNS,
    _INSTITUTION_HEADS, _IRREGULAR_PARTICIPLES, _IRREGULAR_PAST, _IRREGULAR_PLURALS, _LEADING_FILLER, _MODIFIERS,
    _MONTHS, _NAME_PARTICLES, _NOUN_DETERMINERS, _NP_LINKS, _PARTICIPLE_BY, _PARTY_AND_STATE, _PLURAL_QUANTIFIERS,
    _PLURAL_WORD, _PRONOUN_CONTRACTION, _PRONOUNS, _RECORD_NOUNS, _SENTENCE_ADVERBS, _SOURCE_NOUNS, _SUBORDINATORS,
    _TIME_SPAN_OPENING, _TIME_UNITS, _TIME_WORDS, _TOKEN, _WEEKDAYS, _is_bare_plural, _is_common_noun,
    _is_function_word, _is_hyphenated_noun, _is_ly_adverb, _is_past_form, _is_possessor, _joins_a_name, _names_people,
    _opens_adverbial, _skip_space, _stripped_end, _tokens_before,
)
from .sources import classify_source


_ADVERBS_BETWEEN = _BETWEEN - frozenset("has have had is are was were will would".split())  # (no auxiliary)

# Words that stand inside an organisation's name between its capitalised words.
_NAME_CONNECTORS = frozenset("of for and on in the &".split())

# After the verb, a name runs on only through these ("said Peskov in Moscow" is Peskov).
_NAME_CONNECTORS_AFTER = frozenset("of for the &".split())

_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:s|’s|'s)?")  # "2001", "the 1990s"

_BEFORE_A_YEAR = _MONTHS | {"early", "late", "the"}  # "in early 2015", "in March 2015", "in the 1990s"
_TIME_MODIFIERS = frozenset("next last this that on early late".split())


# Marks that end a clause or a heading inside a sentence ("Frustration with police: Civil rights
# activists say"), and dashes, which end a dateline ("WASHINGTON - Officials said") but otherwise
# fence an aside like a pair of commas ("Kall -- co-editor of a book -- said").
_CLAUSE_BREAKS = frozenset(":;")
_DASHES = frozenset("—―–-")
# Dashes that fence an aside before a verb ("The transcript — published by the Post — shows"); a
# lone hyphen is left out here, unlike in _DASH_WORDS (a dash trailing a speaker phrase).
_ASIDE_DASHES = frozenset(("—", "―", "–", "--"))


# A dash and a conjunction of contrast open a new clause, not an aside: "— but transgender advocates
# now claim", "—while others disagree—". After "and" or "or" a verb or a noun of the same clause
# follows as often ("— and follows other reports", "— or outright fear that"), so those are left.
_CONJUNCTIONS_AFTER_A_DASH = frozenset("but yet while although though whereas".split())


def _after_clause_break(tokens: list[re.Match]) -> list[re.Match]:
    """The tokens after the last colon or semicolon, a dash and a conjunction, or a dateline's dash:
    a subject never reaches across one."""
    if not tokens:
        return tokens
    span = tokens[0].string[tokens[0].start():tokens[-1].end()]
    dashed = "—" in span or "–" in span or "―" in span or "--" in span
    if ":" not in span and ";" not in span and not dashed and \
            not (len(tokens[0].group()) > 1 and tokens[0].group().isupper()):
        return tokens  # the common case: nothing to cut
    for k in range(len(tokens) - 1, -1, -1):
        joined = 0 < k < len(tokens) - 1 and tokens[k - 1].end() == tokens[k].start() \
            and tokens[k].end() == tokens[k + 1].start()  # no space either side: "12:13", "John 3:16"
        if tokens[k].group() in _CLAUSE_BREAKS and not joined:
            return tokens[k + 1:]
        if dashed and tokens[k].group() in _ASIDE_DASHES and k + 2 < len(tokens) and \
                tokens[k + 1].group().lower() in _CONJUNCTIONS_AFTER_A_DASH and \
                not any(t.group() in _ASIDE_DASHES for t in tokens[k + 2:]):
            # "Male and female are the two sexes — but advocates now claim": a new clause (not an
            # aside a second dash closes: "Political parties — or anyone else — can")
            return tokens[k + 2:]
    if tokens and len(tokens[0].group()) > 1 and tokens[0].group().isupper():
        dash = next((k for k, t in enumerate(tokens[:10]) if t.group() in _DASHES), None)
        if dash is not None:
            return tokens[dash + 1:]  # "LOS ANGELES, Sept. 28 (UPI) — ..."
    return tokens


_RECORD_NOUN = re.compile(r"study|survey|poll|report|research|analysis|review|audit|data")
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split())


def _without_opening_time(tokens: list[re.Match]) -> list[re.Match]:
    """``tokens`` less a time phrase that opens them with no comma after it ("Last night Hurst
    refused", "On Monday the minister said", "Yesterday the board voted"): no part of the subject."""
    k = 0
    if tokens and tokens[0].group().lower() in _TIME_MODIFIERS | {"in", "earlier", "later"}:
        k = 1
    if k < len(tokens) and (tokens[k].group().lower() in _DAYS or k == 1 and (
            tokens[k].group().lower() in _TIME_WORDS or tokens[k].group().lower() in _MONTHS)):
        k += 1
        if k < len(tokens) and tokens[k].group().isdigit():
            k += 1  # "On March 3 the court ruled"
        if k < len(tokens) and tokens[k].group()[0].isalnum():
            return tokens[k:]
    return tokens


def _without_hometown(tokens: list[re.Match]) -> list[re.Match]:
    """``tokens`` less a hometown set after a name in news style, "Donna Rawlings, 59, of Ashton,
    Md." (AP Stylebook): the town and state are not the speaker."""
    hometown = next((k for k in range(len(tokens) - 2, max(len(tokens) - 8, 1), -1)
                     if tokens[k].group() == "of" and tokens[k - 1].group() == ","), None)
    if hometown is not None and all(t.group()[0].isupper() or t.group() == "," for t in tokens[hometown + 1:]):
        return tokens[:hometown - 1]
    return tokens


def _noun_phrase_before(text: str, start: int, stop: int) -> tuple[int, int]:
    """The speaker-like noun phrase that ends just before ``stop`` (a reporting verb), or an
    empty span. Skips a comma-fenced clause or appositive: "Vershbow, who served as ..., said",
    "The president of Brazil, Luiz Lula da Silva, said" (the name between the commas wins)."""
    tokens = _subject_tokens(text, start, stop)
    span = _noun_phrase_of(tokens, stop)
    if span[0] == span[1] and "," in text[start:stop]:
        # "Jeb, who is running, raised eyebrows after telling ...": the subject before a relative
        # clause that the verb's own phrase goes on after
        fence = _fenced_relative_clause(tokens)
        if fence is not None:
            return _noun_phrase_of(tokens[:fence[0]] + tokens[fence[1] + 1:], stop)
    return span


def _fenced_relative_clause(tokens: list[re.Match]) -> tuple[int, int] | None:
    """(opening comma, closing comma) of the first relative clause between commas after the first
    word of ``tokens`` and before their last, or None."""
    for k in range(1, len(tokens) - 3):
        if tokens[k].group() == "," and tokens[k + 1].group() in ("who", "whom", "which"):
            close = next((j for j in range(k + 2, len(tokens) - 1) if tokens[j].group() == ","), None)
            return (k, close) if close is not None else None
    return None


def _noun_phrase_of(tokens: list[re.Match], stop: int) -> tuple[int, int]:
    """The speaker-like noun phrase at the end of ``tokens``, the words before a verb at ``stop``."""
    fenced_off = False  # whether a fenced phrase before the verb was cut away
    if tokens and tokens[-1].group() == ",":
        span, tokens = _fence_before_verb(tokens, stop)
        if span is not None:
            return span
        fenced_off = True
    tokens = _without_trailing_asides(tokens)
    last_word = tokens[-1].group().lower() if tokens else ""
    if last_word in _PRONOUNS or _PRONOUN_CONTRACTION.fullmatch(last_word):
        return (tokens[-1].start(), tokens[-1].end())  # "he said", "he'd admitted" (tidied to "he")
    if tokens and tokens[-1].group().lower() in _INDEFINITE_PRONOUNS:
        negated = len(tokens) >= 2 and tokens[-2].group().lower() == "not"
        return (tokens[-2 if negated else -1].start(), tokens[-1].end())  # "Everyone agrees", "Not everyone finds"
    if len(tokens) >= 2 and tokens[-1].group().lower() == "one" and tokens[-2].group().lower() == "no":
        return (tokens[-2].start(), tokens[-1].end())  # "No one expected"
    first = _start_of_name_or_role(tokens)
    if first == len(tokens):
        span = _phrase_without_name_or_role(tokens, fenced_off)
        if span is not None:
            return span
    first = _with_opening_head(tokens, first)
    head = _reduced_relative_head(tokens, first) or _head_of_relative_clause(tokens, first)
    if head is not None:
        return head
    while first < len(tokens) and tokens[first].group().lower() in _LEADING_FILLER:
        first += 1
    if first >= len(tokens):
        return (stop, stop)
    if tokens[first].group().lower() in _DETERMINERS and (first + 1 == len(tokens) or tokens[first + 1].group()[0].isupper()):
        first += 1
    if 0 < first < len(tokens) and tokens[first - 1].group().lower() in _DETERMINERS and not tokens[first].group()[0].isupper():
        first -= 1  # "the campaign", "the president": the determiner belongs to the role
    if first >= len(tokens):
        return (stop, stop)
    return (tokens[first].start(), tokens[-1].end())


def _subject_tokens(text: str, start: int, stop: int) -> list[re.Match]:
    """The tokens between ``start`` and ``stop`` that may hold the verb's subject: after the last
    clause break, a writer's reminder and an opening adverbial or time, less an adverb, an
    auxiliary or a dash after a fenced phrase and a hometown ("Ana Ruiz, of Austin, Texas, said")."""
    tokens = _without_a_verb_before_the_ing(text, _after_clause_break(_tokens_before(text, start, stop)), stop)
    tokens = _after_writers_reminder(text, tokens)
    if len(tokens) > 2 and _opens_adverbial(tokens[0].group()):
        comma = next((k for k, t in enumerate(tokens[1:6], 1) if t.group() == ","), None)
        preposition = tokens[1] if tokens[0].group().lower() in ("and", "but") else tokens[0]
        if comma is not None and comma < len(tokens) - 1 and (
                tokens[comma + 1].group()[0].isupper() or
                (preposition.group().lower() in _ADVERBIAL_OPENERS - _SUBORDINATORS or comma == 1) and
                (tokens[comma + 1].group() in _DETERMINERS or _is_bare_plural(tokens[comma + 1].group()) and
                 comma + 2 < len(tokens) and tokens[comma + 2].group() in _NP_LINKS)):
            # an opening adverbial is no part of the subject: "However, Lee and Ruiz said", "For the
            # most part, the senators who opposed it", a plural and what ties it to a name: "In 2022,
            # residents of Kherson said", "Later, residents of ..." (not a subject's appositive: "But
            # MGM, the owner, says")
            tokens = tokens[comma + 1:]
    if len(tokens) > 4 and tokens[1].group().lower() in _TIME_UNITS or len(tokens) > 5 and \
            tokens[2].group().lower() in _TIME_UNITS:
        span = next((k for k, t in enumerate(tokens[:12]) if t.group() == ","), None)
        if span is not None and span + 1 < len(tokens) and \
                _TIME_SPAN_OPENING.match(" ".join(t.group() for t in tokens[:span])):
            tokens = tokens[span + 1:]  # "About 30 minutes into the set, members of the group ..."
    tokens = _without_opening_time(tokens)
    if len(tokens) >= 3 and tokens[-2].group() == "," and (
            _is_ly_adverb(tokens[-1].group()) or tokens[-1].group().lower() in _ADVERBS_BETWEEN):
        opening = next((k for k in range(len(tokens) - 3, -1, -1) if tokens[k].group() == ","), None)
        if opening is not None and opening + 1 < len(tokens) - 2 and (
                tokens[opening + 1].group().lower() in _DETERMINERS or tokens[opening + 1].group()[0].isupper()):
            tokens = tokens[:-1]  # an adverb after a fenced phrase: "Ana Ruiz, the head of the fund, firmly told"
    if len(tokens) >= 2 and tokens[-2].group() == "," and tokens[-1].group().lower() in _AUXILIARIES:
        stripped = _strip_trailing_adjuncts(tokens)
        if stripped and stripped[-1].group() == ",":
            tokens = stripped  # "X, including Y, have urged": the auxiliary after the fenced phrase
    if len(tokens) >= 4 and tokens[-1].group() in ("”", '"') and tokens[-2].group() == "," and any(
            t.group() in ("“", '"') and tokens[k - 1].group()[0].isalnum()
            for k, t in enumerate(tokens[-8:-3], max(len(tokens) - 8, 0)) if k > 0):
        tokens = tokens[:-1]  # the comma that closes an aside, inside a short quoted title: 'The ad, titled “Lies,” says'
    if len(tokens) >= 4 and tokens[-1].group() in _ASIDE_DASHES:
        # an aside fenced by dashes, like a pair of commas: "The transcript — published by the
        # Post — shows that": the phrase before it
        opening = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].group() in _ASIDE_DASHES), None)
        if opening is not None and opening < len(tokens) - 2 and all(t.group() != "," for t in tokens[:opening]):
            tokens = tokens[:opening]
    if len(tokens) >= 3 and tokens[-1].group() != "," and tokens[-1].group().lower() in _BETWEEN:
        stripped = _strip_trailing_adjuncts(tokens)
        if stripped and stripped[-1].group() == "," and any(
                t.group().lower() in _AUXILIARIES for t in tokens[len(stripped):]):
            # a fence before an auxiliary and its adverbs: "Other unions, including the AFL-CIO, have
            # also endorsed" (not before a lone adverb: ", also called" names, ", recently told" may
            # end a chain of titles)
            tokens = stripped
    if tokens and tokens[-1].group() == ",":
        home = _without_hometown(tokens[:-1])
        if len(home) < len(tokens) - 1:
            tokens = home  # "Ana Ruiz, of Austin, Texas, said": no appositive, the name
    return tokens


def _fence_before_verb(tokens: list[re.Match], stop: int) -> tuple[tuple[int, int] | None, list[re.Match]]:
    """For ``tokens`` ending in the comma that closes a fenced phrase ("Vershbow, who served as ...,
    said", "The president of Brazil, Luiz Lula da Silva, said"): (span, tokens) when the span is
    the answer, the name between the commas or nothing (``(stop, stop)``); else (None, the tokens
    before the fenced phrase), which hold the speaker."""
    opening = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k].group() == ","), None)
    if opening is None:
        return (stop, stop), tokens
    fenced = tokens[opening + 1:-1]
    party = len(fenced) == 1 and _PARTY_AND_STATE.fullmatch(fenced[0].group())  # "Ana Ruiz, D-Calif., said"
    if fenced and not party and fenced[0].group()[0].isupper() and all(
        t.group()[0].isupper() or t.group().lower() in _MODIFIERS or t.group() in _NAME_PARTICLES for t in fenced
    ):
        return (fenced[0].start(), fenced[-1].end()), tokens  # an appositive name
    if _is_name_with_affiliation(fenced) and opening > 0 and tokens[opening - 1].group().islower() and \
            _is_common_noun(tokens[opening - 1].group()):
        return (fenced[0].start(), fenced[-1].end()), tokens  # "Her lawyer, John Doe of Smith LLP, said": the name
    if not fenced:
        return (stop, stop), tokens
    # "X, who ..., said", "Feinstein, Democrat of California, said", "Trump, appearing at
    # the forum, cited": the phrase before the fenced description is the speaker.
    tokens = tokens[:opening]
    relative = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].group() == ","), None)
    if relative is not None and relative + 3 < len(tokens) and tokens[relative + 1].group() in ("who", "which") \
            and tokens[relative + 2].group().islower() and tokens[relative + 2].group() not in _DETERMINERS \
            and tokens[relative + 2].group() not in _PRONOUNS and not _opens_adverbial(tokens[0].group()):
        # the fenced phrase described the last noun of a relative clause that no comma closed
        # before it: "Biden, who served under Barack Obama, the first black president, cast":
        # the clause's head speaks (not when the pronoun is the clause's object, "which John
        # Paul II, in line with ..., called", nor when the head is in an opening adverbial)
        tokens = tokens[:relative]
    if len(tokens) >= 3 and tokens[-2].group() == "," and _PARTY_AND_STATE.fullmatch(tokens[-1].group()):
        tokens = tokens[:-2]  # "Darrell Issa, R-Calif., former chairman of ..., said": not the party
    return None, tokens


def _without_trailing_asides(tokens: list[re.Match]) -> list[re.Match]:
    """``tokens`` less what may stand between a speaker and its verb: adverbs and auxiliaries, a
    quantifier after its noun ("Ruiz and Lee both said"), a hometown, an age ("Schiff, 56,") and
    an aside in brackets ("The Foreign Intelligence Service (SVR) claimed")."""
    tokens = _strip_trailing_adjuncts(tokens)
    if len(tokens) >= 2 and tokens[-1].group().lower() in ("all", "both"):
        # a quantifier after its noun: "Ruiz and Lee both said", "the senators have all argued"
        head = _strip_trailing_adjuncts(tokens[:-1])
        if head and (head[-1].group() == ")" or head[-1].group()[0].isupper() or head[-1].group().endswith("s")):
            tokens = head
    tokens = _without_hometown(tokens)
    if len(tokens) >= 3 and tokens[-1].group().isdigit() and tokens[-2].group() == ",":
        tokens = tokens[:-2]  # "Schiff, 56, who ..., told": the age is not the speaker
    if len(tokens) >= 3 and tokens[-1].group() == ")":
        # an aside in brackets: "The Foreign Intelligence Service (SVR) claimed", "the Inspector
        # General (“OIG”) criticized", "the DNC's director (of all people) has said"
        opening = next((k for k in range(len(tokens) - 2, max(len(tokens) - 9, 0), -1)
                        if tokens[k].group() in "()"), None)
        if opening is not None and tokens[opening].group() == "(":
            tokens = _strip_trailing_adjuncts(tokens[:opening])
    return tokens


def _start_of_name_or_role(tokens: list[re.Match]) -> int:
    """Where the name or role that ends ``tokens`` begins, reading back from its last word through
    capitalised words, roles, modifiers, possessors and the connectors inside names ("the Bank of
    England", "Sweden's ambassador to the UN"); ``len(tokens)`` when the last word is neither."""
    first = last = len(tokens)
    if len(tokens) >= 2 and _is_possessor(tokens[-2].group()) and _is_common_noun(tokens[-1].group()):
        first = last = len(tokens) - 1  # "Clinton’s team says", "the party’s lawyers argue": a possessed head
    elif len(tokens) >= 3 and _is_possessor(tokens[-3].group()) and tokens[-2].group() in _MODIFIERS and \
            _is_common_noun(tokens[-1].group()):
        first = last = len(tokens) - 2  # "the senator’s former doctor maintains"
    joined_at = len(tokens)  # where a name's connector joined two capitalised parts ("Bank of England")
    for k in range(last - 1, -1, -1):
        if k >= joined_at:
            continue
        word = tokens[k].group()
        lower = word.lower().rstrip(".")
        if first == k + 1 < len(tokens) and lower in _NAME_CONNECTORS and tokens[k + 1].group()[0].isupper():
            before = k - 1 if k > 0 and tokens[k - 1].group().lower() in _NAME_CONNECTORS else k
            if before > 0 and _CAPITALISED_WORD.fullmatch(tokens[before - 1].group()) \
                    and _joins_a_name(tokens[before].group(), tokens[before - 1].group()) \
                    and tokens[before - 1].group() not in _FUNCTION_WORDS_CAPITALISED \
                    and tokens[before - 1].group().lower() not in _DETERMINERS:
                # "the Bank of England said", "the Institute for the Study of War said": one name
                first = joined_at = before - 1
                continue
        if first == k + 1 and lower in ("to", "the") and k >= 1:
            # a role "to" an office: "Sweden's ambassador to the UN", "an adviser to the president"
            role = k - 1 if lower == "to" else k - 2
            if role >= 0 and (lower == "to" or tokens[k - 1].group().lower() == "to") and \
                    tokens[role].group().lower() in _ROLES_TO:
                first = joined_at = role
                continue
        if lower in _FUNCTION_WORDS and word != "WHO":  # (the organisation: "WHO officials said")
            break
        if first == k + 1 and word in _NAME_PARTICLES and k > 0 and (
                tokens[k - 1].group()[0].isupper() or tokens[k - 1].group() in _NAME_PARTICLES):
            first = k  # a particle inside a name: "Kevin de Léon", "Mr. de Léon", "Lula da Silva"
            continue
        if word[0].isupper() or word[0].isdigit() or word[0] == "@" or lower in _SOURCE_NOUNS or lower in _MODIFIERS \
                or word in ("’s", "'s"):
            first = k
            continue
        if lower.endswith(("’s", "'s")) and (word[0].isupper() or lower[:-2] in _SOURCE_NOUNS):
            first = k
            continue
        if first == k + 1 < len(tokens) and k > 0 and _is_common_noun(word) and lower not in _AUXILIARIES and (
                tokens[k + 1].group().lower() in _SOURCE_NOUNS) and (
                tokens[k - 1].group().lower() in _MODIFIERS or tokens[k - 1].group().lower() in _NOUN_DETERMINERS
                or tokens[k - 1].group()[0].isupper() and tokens[k - 1].group().isalpha()
                or tokens[k - 1].group()[0].isupper() and tokens[k - 1].group().endswith(("’s", "'s"))):
            # an adjective or a noun of the role after a determiner, a numeral, a capitalised word or
            # a possessor: "the two major candidates", "the Hungarian prime minister", "Cuba's health ministry"
            first = k
            continue
        break
    if 0 < first < len(tokens) and first <= 3 and tokens[0].group()[0].isupper() and all(
        _is_common_noun(t.group()) and not t.group().endswith("ed")  # "They heard X chanting": a verb
        or t.group()[0].isupper() and t.group().isalpha() for t in tokens[:first]
    ) and tokens[0].group().lower() not in _FUNCTION_WORDS and tokens[0].group().lower() not in _PRONOUNS:
        first = 0  # a compound subject opening the clause: "Civil rights activists say", "Several cast members said"
    return first


def _phrase_without_name_or_role(tokens: list[re.Match], fenced_off: bool) -> tuple[int, int] | None:
    """The speaker's span when ``tokens`` end in no name or role word: a bare plural before a fenced
    phrase ("Mining companies, including Patriot, declared"), a determiner and one to three common
    nouns ("the announcer", "the former actor"), a bare plural or record noun after a comma, or
    common nouns joined by "and" ("police and firefighters said"); else None."""
    if 2 <= len(tokens) <= 3 and fenced_off and tokens[0].group()[0].isupper() and \
            tokens[0].group().lower() not in _FUNCTION_WORDS and _is_bare_plural(tokens[-1].group()) and \
            all(_is_common_noun(t.group()) for t in tokens[1:-1]):
        # a bare plural that opens the clause before a fenced phrase: "Mining companies,
        # including Patriot, declared", "Other unions, including the AFL-CIO, have endorsed"
        return (tokens[0].start(), tokens[-1].end())
    # No role word or name: a determiner and one to three common nouns ("the announcer",
    # "the former actor", "one slide") is a speaker too.
    for width in (1, 2, 3):
        opener = len(tokens) - width - 1  # the determiner must open the clause: "As it rang, the announcer said"
        if opener >= 2 and tokens[opener - 1].group().lower() in _NP_LINKS - {"and"}:
            # or hang on a head with its own determiner: "Her letter to the court noted", "a memo from the aide that says"
            head = next((k for k in range(opener - 2, max(opener - 6, -1), -1)
                         if tokens[k].group().lower() in _NOUN_DETERMINERS or not _np_word(tokens[k].group())), None)
            if head is not None and tokens[head].group().lower() in _NOUN_DETERMINERS:
                opener = head
        begin = opener
        if opener >= 3 and tokens[opener - 1].group().lower() in _NP_LINKS - {"and"} and \
                tokens[opener - 3].group() == "," and _is_bare_plural(tokens[opener - 2].group()):
            begin = opener - 2  # or hang on a bare plural after a comma: "..., attorneys for the family said"
        if opener >= 0 and tokens[opener].group().lower() in _NOUN_DETERMINERS and (
            begin < opener or opener == 0 or not tokens[opener - 1].group()[0].isalnum()
            or _opens_a_clause(tokens, opener)
        ) and tokens[-1].group().isalpha() and tokens[-1].group().islower() and all(
            # the head in lower case; capitalised modifiers ("a Times article"), hyphenated ones and
            # numbers ("a two-time champion", "a 27-year-old nurse") may stand before it
            (t.group().isalpha() or _is_hyphenated_noun(t.group()) or _NUMBER_MODIFIER.fullmatch(t.group()))
            and t.group().lower() not in _FUNCTION_WORDS and t.group().lower() not in _AUXILIARIES
            and t.group().lower() not in _PREPOSITIONS for t in tokens[-width:]
        ):
            # inside a relative clause on the subject: "Reporters who were there after the attacks relayed"
            return _head_of_relative_clause(tokens, begin) or (tokens[begin].start(), tokens[-1].end())
    # A bare plural after a comma or a word that opens a clause: "One by one, mining firms declared
    # bankruptcy", "Shares rose as investors weighed the news". In a headline, a record noun with no
    # article: "Coffee drinkers live longer, study says".
    for width in (1, 2):
        if len(tokens) > width and (tokens[-width - 1].group() == "," or
                                    tokens[-width - 1].group().lower() in _SUBORDINATORS | {"as"}
                                    and tokens[-width].group().lower() not in _PRONOUNS) and (
                _is_bare_plural(tokens[-1].group()) or _RECORD_NOUN.fullmatch(tokens[-1].group())) and \
                all(_is_common_noun(t.group()) for t in tokens[-width:]):
            return (tokens[-width].start(), tokens[-1].end())
    # Speakers joined by "and" after a comma: "The road reopened, police and firefighters said."
    comma = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].group() == ","), None)
    joined = tokens[comma + 1:] if comma is not None else []
    and_at = next((k for k, t in enumerate(joined) if t.group() == "and"), len(joined))  # the first "and"
    before_and = joined[and_at - 1].group() if 0 < and_at < len(joined) else ""
    if _is_past_form(before_and):
        return None  # verbs joined, not speakers: "protesters gathered, chanted and held signs urging"
    if 3 <= len(joined) <= 6 and "and" in {t.group() for t in joined[1:-1]} and all(
            _is_common_noun(t.group()) or t.group() == "and" or t.group().lower() in _NOUN_DETERMINERS
            or t.group()[0].isupper() and k < and_at  # names before the "and": "Ms. Pelosi and other elders"
            for k, t in enumerate(joined)) and (
            _is_bare_plural(joined[-1].group()) or joined[-1].group() in _SOURCE_NOUNS):
        return (joined[0].start(), joined[-1].end())
    return None


# Nouns in -ing: not participles.
_ING_NOUNS = frozenset(
    """morning evening meeting briefing hearing ruling building funding spending thing nothing something anything
    everything king wedding ceiling offering polling setting training warning opening finding reading""".split()
)
# Words a reduced relative clause never holds: they open a clause of their own.
_CLAUSE_WORDS = frozenset("that who which whose whom where when and but or if because while".split())


# Prepositions before a gerund inside a participle clause: "accused of egging on", "known for
# saying", "charged with helping".
_GERUND_PREPOSITIONS = frozenset("of for with about from without by after before in on".split())


# Object pronouns: never a noun of a name's role ("the generals taking us into Syria").
_OBJECT_PRONOUNS = frozenset("me us you him her it them".split())


def _reduced_relative_head(tokens: list[re.Match], first: int) -> tuple[int, int] | None:
    """The span of the noun phrase that opens the clause when a participle clause hangs on it and
    runs up to the verb ("A new poll released in late May found", "Judges handling the lawsuits
    have cited"): the phrase found before the verb (``tokens[first:]``) is inside that clause and
    speaks for nobody. None when there is no such clause."""
    for k in range(min(first, len(tokens)) - 1, 0, -1):
        word = tokens[k].group()
        lower = word.lower()
        if not word[0].isalnum() or lower in _CLAUSE_WORDS or lower in _AUXILIARIES or lower in _PRONOUNS:
            return None
        if not (word.islower() and (len(word) > 4 and word.endswith(("ed", "ing")) and lower not in _ING_NOUNS
                                    or word in _IRREGULAR_PARTICIPLES)):
            continue
        if first < len(tokens) and tokens[first].group()[0].isupper() and k + 1 < first and \
                all(_is_common_noun(t.group()) and t.group() not in _PREPOSITIONS and t.group() not in _OBJECT_PRONOUNS
                    for t in tokens[k + 1:first]):
            continue  # a modifier in a name's role: "French sporting goods retailer Decathlon said"
        before = tokens[k - 1].group()
        if before.lower() in _GERUND_PREPOSITIONS and word.endswith("ing"):
            continue  # a gerund inside the clause ("accused of egging on Kavanaugh"): its head lies further back
        if before.lower() in _NOUN_DETERMINERS or before.lower() in _MODIFIERS or not (
                before[0].isupper() or _is_common_noun(before.replace("-", ""))):
            return None  # "the embattled governor": an adjective, not a clause after a noun
        head = k - 1
        while head > 0 and k - head < 6 and _np_word(tokens[head - 1].group()):
            head -= 1
        opener = tokens[head].group().lower()
        if (head == 0 or tokens[head - 1].group() == ",") and opener not in _FUNCTION_WORDS and opener not in _PRONOUNS:
            agent = tokens[k + 2:]
            if agent and tokens[k + 1].group() == "by" and all(
                    t.group()[0].isupper() or t.group().lower() in _NAME_CONNECTORS for t in agent) \
                    and agent[-1].group()[0].isupper():
                return tokens[head].start(), tokens[-1].end()  # "research conducted by Pew": who did it, too
            return tokens[head].start(), tokens[k - 1].end()
        # not at the clause start: perhaps a clause inside an earlier one ("judges handling suits seeking ...")
    return None


def _np_word(word: str) -> bool:
    """Whether a word may stand inside a noun phrase before its head: a name, a noun or adjective,
    a determiner, a number or a possessive."""
    lower = word.lower()
    return word[0].isupper() or word[0].isdigit() or lower in _NOUN_DETERMINERS or lower in _MODIFIERS or \
        _is_common_noun(word.replace("-", "")) or _is_possessor(word)


# Prepositions that _FUNCTION_WORDS leaves out: never a role word before a name.
_PREPOSITIONS = frozenset("""about against over under into onto through without within across among around toward
    towards upon via per like than amid behind beyond near above below along past between""".split())
_ORDINALS = frozenset("first second third".split())  # in a title: "the former first lady"


# Words after which a subject opens a clause of its own: ", and the utility said", "after the union said".
_CLAUSE_OPENERS_BEFORE_SUBJECT = frozenset(
    "when after before while because since although though once until as".split())


def _opens_a_clause(tokens: list[re.Match], k: int) -> bool:
    """Whether ``tokens[k]`` opens a clause: after a subordinator, after "and" or "but" that
    follow a comma, or after nothing but adverbs that open the sentence ("Now even their
    architects admit")."""
    before = tokens[k - 1].group().lower() if k >= 1 else ""
    adverbs = k
    while adverbs > 0 and (tokens[adverbs - 1].group().lower() in _SENTENCE_ADVERBS or
                           tokens[adverbs - 1].group().lower() in _FOCUS_ON_A_PHRASE):
        adverbs -= 1
    return before in _CLAUSE_OPENERS_BEFORE_SUBJECT or adverbs == 0 or (
        before in ("and", "but") and k >= 2 and tokens[k - 2].group() == ",")


# Adverbs that pick out the phrase after them: "even their architects", "only the mayor".
_FOCUS_ON_A_PHRASE = frozenset("even only just".split())


def _opening_noun_phrase(head: list[re.Match]) -> list[re.Match] | None:
    """``head`` less a leading "and" or bracket, when it is a short noun phrase ("A spokesman",
    "Ana Diaz of the Bank"); else None."""
    while head and (head[0].group().lower() in _LEADING_FILLER or not head[0].group()[0].isalnum()):
        head = head[1:]  # "and", "but", an opening bracket or quotation mark
    # The head may hang on another in turn: "Ana Diaz of the Bank of England".
    links = [t for t in head if t.group() in _NP_LINKS - {"and"}]
    plain = [t for t in head if t.group().islower() and t.group() not in _NOUN_DETERMINERS
             and t.group() not in _MODIFIERS and t not in links]
    # at most an adjective and a noun in lower case: more is likely a clause ("the ad uses footage")
    if 1 <= len(head) <= 5 + 3 * len(links) and len(plain) <= 2 and head[0].group().lower() not in _FUNCTION_WORDS \
            and all(t.group()[0].isupper() or t.group() in ("’s", "'s") or _is_common_noun(t.group())
                    or t.group() in _ORDINALS or t.group().lower() in _NOUN_DETERMINERS
                    or t.group().lower() in _MODIFIERS or t in links
                    or t.group() == "and" and 0 < k < len(head) - 1 and head[k - 1].group()[0].isupper()
                    and head[k + 1].group()[0].isupper() for k, t in enumerate(head)):
        return head
    return None


def _with_opening_head(tokens: list[re.Match], first: int) -> int:
    """Where the speaker starts once the head it modifies is included: when the phrase found
    (``tokens[first:]``) hangs by a preposition or "and" on a short noun phrase that opens the
    clause ("A spokesman for the mayor said", "An ad in 2008 questioned"), the whole phrase."""
    if not 2 <= first < len(tokens) or tokens[first - 1].group().lower() not in _NP_LINKS:
        return first
    head = _opening_noun_phrase(tokens[:first - 1])
    return tokens.index(head[0]) if head else first


def _is_name_with_affiliation(fenced: list[re.Match]) -> bool:
    """Whether a fenced phrase is a name and where it belongs: capitalised words, then "of", "at" or
    "from" and capitalised words ("John Doe of Smith LLP", "Dr. Sarah Chen of Harvard")."""
    link = next((k for k, t in enumerate(fenced) if t.group() in ("of", "at", "from")), None)
    if link is None or link < 2 or link == len(fenced) - 1:
        return False
    words = [t.group() for t in fenced]
    name_like = [w[0].isupper() or w in (".", "-") or w in _NAME_PARTICLES for w in words]
    return all(name_like[:link]) and all(ok or w in ("the", "of", "and")
                                         for ok, w in zip(name_like[link + 1:], words[link + 1:]))


# ", who" and the adverbs or auxiliaries between it and a verb at the end of the text before it.
# Up to two adverbs or auxiliaries between "who" and its verb: "who later said", "who has often argued".
_AFTER_WHO = (r"\s+who\s+(?:(?:\w+ly|has|have|had|also|later|then|once|again|still|previously|repeatedly|publicly|"
              r"privately|recently|now|often|first)\s+){0,2}$")
_RELATIVE_WHO_BEFORE = re.compile(r"," + _AFTER_WHO)
_RELATIVE_WHICH_BEFORE = re.compile(r"," + _AFTER_WHO.replace("who", "which", 1))  # "the ministry, which reported"
_RESTRICTIVE_WHO_BEFORE = re.compile(r"(?<=[\w’'])" + _AFTER_WHO)  # no comma: "the critics who doubted"
_RESTRICTIVE_WHICH_BEFORE = re.compile(r"(?<=[\w’'])" + _AFTER_WHO.replace("who", "which", 1))


# Singular nouns of people a restrictive "who" hangs on; plurals are told by their ending.
_PERSON_NOUNS = frozenset("man woman person child one anyone everyone someone all those".split())


def _may_name_people(word: str) -> bool:
    """Whether the head of a phrase may name people: a name, a noun of a role or of people, or a
    plural ("critics", "Americans", "all")."""
    lower = word.lower()
    return word[:1].isupper() or lower in _PERSON_NOUNS or lower in _SOURCE_NOUNS or \
        lower in _IRREGULAR_PLURALS or _is_bare_plural(lower)


def _antecedent_of_who(text: str, left: int, stop: int, restrictive: bool = False) -> tuple[int, int, str] | None:
    """The name or noun phrase a relative clause in ", who" hangs on, when that clause holds the
    verb at ``stop``: "That was too much for O'Malley, who said ...", "led by the foreign minister,
    who later said ...". None when the verb is not right after ", who". ``restrictive``: after
    "who" with no comma ("a chance to laugh at the critics who doubted him")."""
    who = (_RESTRICTIVE_WHO_BEFORE if restrictive else _RELATIVE_WHO_BEFORE).search(text, left, stop)
    if who is None:
        return None
    if restrictive:
        # only a head that may name people ("the critics who", "all who", "a man who"): not a
        # thing, which another noun the clause hangs on may stand behind ("investigators on the
        # case who"), nor a verb before an indirect question ("to determine who has told")
        start, end = _noun_phrase_before(text, left, who.start())
        head = text[start:end].rsplit(None, 1)[-1] if end > start else ""
        return (start, end, classify_source(text[start:end])) if _may_name_people(head) else None
    # the head after the last preposition that ends a clause: "The vote drew criticism from Democrats, who"
    begin = _after_last_preposition(text, left, who.start())
    if begin > left and not _may_name_people(text[begin:who.start()].split()[-1].rstrip(",")):
        # "who" hangs on people: "Tom Reed, a professor at the university, who" is the professor's
        begin = left
    head = _head_before_relative_clause(text, begin, who.start())
    return None if head is None else (*head, classify_source(text[head[0]:head[1]]))


# Words after which a noun phrase begins: a preposition, a conjunction or "are" in "there are"; not
# "to", which may open an infinitive ("hard to find experts who").
_BEFORE_A_PHRASE = frozenset(
    "of from with for among by at on in against than like about between including and or are were".split())


def _plural_before_restrictive_who(text: str, left: int, stop: int) -> tuple[int, int, str] | None:
    """The plural in lower case that a restrictive clause in "who" hangs on, when that clause holds
    the verb at ``stop``: "Voters are tired of politicians who tell us ...", "The idea drew fire
    from critics who said ...": those people speak, not the sentence's subject. Only a plural of
    common nouns: a name before "who" may end a phrase that another noun heads ("a professor of
    religion at Swarthmore who called")."""
    who = _RESTRICTIVE_WHO_BEFORE.search(text, left, stop)
    if who is None:
        return None
    tokens = _tokens_before(text, left, who.start())
    if not tokens or not (_is_bare_plural(tokens[-1].group()) or tokens[-1].group() in _IRREGULAR_PLURALS):
        return None
    first = len(tokens) - 1
    while first > 0 and len(tokens) - first < 3 and _is_plain_modifier(tokens[first - 1].group()) and not (
            tokens[first - 1].group().endswith("ed") and not _opens_a_phrase_after(tokens, first - 1)):
        # its modifiers: "volatile activists", "gun control advocates", "Republican lawmakers"; a
        # word in -ed only right after a determiner or a preposition ("the frustrated voters"),
        # elsewhere it is likely the verb ("The witch-hunt included voices who")
        first -= 1
    while first < len(tokens) - 1 and not _opens_a_phrase_after(tokens, first):
        first += 1  # a verb is no modifier: "will infuriate environmental campaigners who argue"
    if not _opens_a_phrase_after(tokens, first):
        return None
    if first > 1 and tokens[first - 1].group().lower() in _BEFORE_A_PHRASE - {"and", "or", "are", "were"} and \
            _may_name_people(tokens[first - 2].group()):
        return None  # the plural is the object of a noun of people: "Experts on prisons who say"
    if first > 0 and tokens[first - 1].group().lower() in _NOUN_DETERMINERS:
        first -= 1  # "some experts", "the workers"
    if first > 1 and tokens[first - 1].group() in ("and", "or") and (
            tokens[first - 2].group()[0].isupper() or _is_bare_plural(tokens[first - 2].group())):
        first -= 2  # the conjunct before it: "Democrats and independents who say", "neo-Nazis and other groups who"
    start, end = tokens[first].start(), tokens[-1].end()
    return start, end, classify_source(text[start:end])


def _is_plain_modifier(word: str) -> bool:
    """Whether ``word`` may modify a noun after it inside one phrase: a word that is no function
    word, auxiliary or determiner ("volatile", "gun", "well-known", "Republican")."""
    lower = word.lower()
    return (word.isalpha() or _is_hyphenated_noun(word)) and lower not in _FUNCTION_WORDS \
        and lower not in _AUXILIARIES and lower not in _NOUN_DETERMINERS \
        and not (lower.endswith("s") and not lower.endswith("ss"))  # a verb in -s: "The law protects workers who"


def _opens_a_phrase_after(tokens: list[re.Match], first: int) -> bool:
    """Whether a noun phrase may begin at the ``first`` token: at the start, or after a
    determiner, a preposition, a conjunction, "are" or a punctuation mark."""
    if first == 0:
        return True
    before = tokens[first - 1].group()
    return before.lower() in _NOUN_DETERMINERS or before.lower() in _BEFORE_A_PHRASE or not before[0].isalnum()


# Verbs by which an institution speaks or publishes its findings, after ", which".
_INSTITUTION_REPORTS = frozenset("""said says stated states reported reports announced announces declared declares
    warned warns noted notes found finds showed shows concluded concludes estimated estimates argued argues
    claimed claims denied denies confirmed confirms""".split())
# Those of them that only a speaker does: "which said" never stands for a clause, as "which showed"
# may ("The firm cut jobs, which showed its weakness"), so any noun before it speaks.
_SAID_BY_SPEAKERS_ONLY = frozenset("""said says stated states reported reports announced announces declared declares
    warned warns denied denies""".split())
# A name right after a verb in lower case, ending where ", which" begins: "angered Moscow".
_NAME_AFTER_A_PAST_VERB = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s*$")
# Verbs of judging in words, by which a name after ", which" speaks ("a rebuke from Beijing, which
# called it a provocation"); after a common noun they may be a document's ("the law, which called for").
_JUDGED_BY_A_NAME = frozenset(
    "called calls accused accuses condemned condemns criticized criticised urged urges".split())


def _antecedent_of_which(text: str, left: int, stop: int, verb: str) -> tuple[int, int, str] | None:
    """The name a relative clause in "which" hangs on, when that clause holds the report verb
    ``verb`` at ``stop``: "a report from the Labor Department, which showed ...", "Facebook,
    which declared": an institution speaks. A capitalised name, with or without the comma ("the
    Chicago Police Department which reported"), or after the comma a noun that heads an
    institution, names a source or a record ("the figures come from the ministry, which said",
    "from a new study, which found"). After other
    common nouns "which" may stand for a whole clause ("The firm cut jobs, which showed its
    weakness"). A verb of another class takes a name before the comma alone ("NATO ally Turkey,
    which regards ...")."""
    first_word = verb.lower().split()[0]
    # Other verbs ("regards", "lays out") take a name alone: "NATO ally Turkey, which regards ...".
    names_only = first_word not in _INSTITUTION_REPORTS and first_word not in _JUDGED_BY_A_NAME
    which = _RELATIVE_WHICH_BEFORE.search(text, left, stop)
    if names_only and which is None:
        return None
    restrictive = which is None
    if restrictive:
        which = _RESTRICTIVE_WHICH_BEFORE.search(text, left, stop)
        if which is None:
            return None
    named = None if restrictive else _NAME_AFTER_A_PAST_VERB.search(text, left, which.start())
    if named and _is_past_form(named.group("verb")):
        # a name as the object of a verb in the past: "The vote angered Moscow, which accused ..."
        return named.start("name"), named.end("name"), classify_source(named.group("name"))
    head = _head_before_relative_clause(text, _after_last_preposition(text, left, which.start()), which.start())
    if head is None or not text[head[1] - 1:head[1]].isalpha():
        return None
    last = text[head[0]:head[1]].split()[-1]
    if names_only and not last[0].isupper():
        return None
    if restrictive and last.lower() not in _INSTITUTION_HEADS:
        return None  # only an institution's name goes without the comma: "Trump won Michigan which showed ..."
    any_noun = not restrictive and first_word in _SAID_BY_SPEAKERS_ONLY and last.isalpha()
    if first_word in _JUDGED_BY_A_NAME and not last[0].isupper():
        return None  # "The law, which called for cuts": a document's wording
    if not (last[0].isupper() or last in _INSTITUTION_HEADS or last in _SOURCE_NOUNS or last in _RECORD_NOUNS
            or any_noun):
        return None
    start = head[0]
    if last[0].islower():
        # a common noun from its determiner ("the budget of the department, which" is the
        # department's) or with capitalised modifiers alone ("members of the Saudi government,
        # which"); before "which said", a bare plural and its modifiers ("from business groups, which said")
        words = list(_TOKEN.finditer(text, head[0], head[1]))
        determiner = [t for t in words if t.group().lower() in _NOUN_DETERMINERS]
        if determiner:
            start = determiner[-1].start()
        elif not (all(t.group()[0].isupper() for t in words[:-1]) or any_noun and len(words) <= 3 and
                  _is_bare_plural(last) and all(_is_common_noun(t.group()) for t in words)):
            return None
        if _IDIOM_BEFORE.search(text, max(left, start - 12), start):
            return None  # "Sales fell across the board, which showed": no board speaks
    return start, head[1], classify_source(text[start:head[1]])


# A preposition that makes an idiom of the noun after it ("across the board", "on board").
_IDIOM_BEFORE = re.compile(r"\b(?:across|on|aboard)\s+$")

# Prepositions that may end a phrase the noun-phrase rules ran across ("The figures come from
# the ministry"): the antecedent of a relative pronoun begins after them. "Of" and "for" stay
# inside names and roles ("the Department of Justice", "the head of the clinic").
_PREPOSITIONS_BEFORE_A_SOURCE = frozenset("from by to with at on against about into over under after before".split())


def _after_last_preposition(text: str, start: int, end: int) -> int:
    """Where a noun phrase ending at ``end`` begins after the last preposition in lower case of
    ``text[start:end]`` that follows a word in lower case naming no one ("come from the ministry",
    "drew praise from environmental groups"), or ``start`` when there is none. A preposition after a capitalised
    word may be inside a name ("the Council on Foreign Relations", "the Committee to Protect
    Journalists"), and one after a source noun ties a role to its office ("a spokesman at the
    ministry")."""
    tokens = list(_TOKEN.finditer(text, start, end))
    for k in range(len(tokens) - 2, 0, -1):
        before = tokens[k - 1].group()
        if tokens[k].group() in _PREPOSITIONS_BEFORE_A_SOURCE and before.islower() and before not in _SOURCE_NOUNS \
                and not before.endswith("ing"):  # "a nurse working with refugees, who": the nurse
            return tokens[k + 1].start()
    return start


def _head_before_relative_clause(text: str, left: int, comma: int) -> tuple[int, int] | None:
    """The name or noun phrase that ends at the comma before a relative clause ("O'Malley, who",
    "the foreign minister, who", "the union, which"), or None."""
    start, end = _noun_phrase_before(text, left, comma)
    if end <= start:
        tokens = _tokens_before(text, left, comma)
        k = next((k for k in range(len(tokens) - 1, max(len(tokens) - 6, -1), -1)
                  if tokens[k].group().lower() in _NOUN_DETERMINERS), None)
        if k is None and 0 < len(tokens) <= 3 and all(t.group().isalpha() and t.group().islower() for t in tokens) \
                and (_is_bare_plural(tokens[-1].group()) or tokens[-1].group() in _SOURCE_NOUNS):
            k = 0  # a bare plural is the whole phrase after a preposition: "from environmental groups, who"
        if k is None or k == len(tokens) - 1 and tokens[k].group().lower() in _NOUN_DETERMINERS \
                or not _is_common_noun(tokens[-1].group()):
            return None
        start, end = tokens[k].start(), tokens[-1].end()  # "the foreign minister"
    return start, end


def _head_of_relative_clause(tokens: list[re.Match], first: int) -> tuple[int, int] | None:
    """The noun phrase that opens the clause when a relative clause in "who" runs from it up to
    the verb ("Officials who spoke to Reuters said"): the phrase found inside it (``tokens[first:]``,
    "Reuters") speaks for nobody. None when there is no such clause."""
    if tokens and tokens[0].group().lower() in _LEADING_FILLER - {"and", "but"}:
        return None  # "As someone who ...": an adjunct, not the subject
    for who in range(1, min(first, len(tokens), 12)):
        if tokens[who].group() in ("who", "Who"):  # "The WHO said": the World Health Organization
            if any(t.group() == "," for t in tokens[who:]):
                return None
            # right before the verb, "who" is its subject, which may be the object of a verb before it
            head = who == len(tokens) - 1 and _object_before_who(tokens[:who]) or _opening_noun_phrase(tokens[:who])
            return (head[0].start(), head[-1].end()) if head else None
    return None


def _object_before_who(tokens: list[re.Match]) -> list[re.Match] | None:
    """The noun phrase that ends ``tokens`` when it is the object of the verb of a clause that
    opened with its own subject ("Ruiz met the man who said": "the man"; "Biden met with families
    who": "families"): a determiner and one to three nouns right after a word in lower case, or
    after a verb of meeting or talking and its preposition, a bare plural there, or a name after a
    verb in the past. None otherwise: after other verbs and a preposition the verb is as often a
    participle ("Diplomats based in the region who")."""
    def met_or_spoke_with(k: int) -> bool:  # "met with", "spoke to", "heard from"
        return k >= 1 and tokens[k].group() in ("with", "to", "from") and tokens[k - 1].group() in _MET_OR_SPOKE

    def past_verb(k: int) -> bool:  # after a word that may end a subject, not a preposition or an article
        word = tokens[k].group()
        subject_end = tokens[k - 1].group() if k >= 1 else ""
        return word.isalpha() and _is_past_form(word) and subject_end[:1].isalnum() and \
            subject_end.lower() not in _FUNCTION_WORDS | _NOUN_DETERMINERS

    for width in (1, 2, 3):
        opener = len(tokens) - width - 1
        if opener < 1:
            break
        phrase = tokens[opener + 1:]
        if all(t.group()[0].isupper() and t.group() not in _FUNCTION_WORDS_CAPITALISED for t in phrase) and \
                past_verb(opener):
            return phrase  # a name: "Trump attacked Comey who said"
        if width == 1 and past_verb(opener) and tokens[opener].group() not in _PEOPLE_PARTICIPLES and \
                _is_bare_plural(phrase[-1].group()) and phrase[-1].group().islower():
            return phrase  # a bare plural object: "The campaign hired consultants who said"
        if opener < 2 or not all(_is_common_noun(t.group()) or t.group()[0].isupper() for t in phrase):
            break
        word = tokens[opener].group().lower()
        before = tokens[opener - 1].group().lower()
        if word in _DETERMINERS and (_is_common_noun(before) and before not in ("all", "both", "half")
                                     or met_or_spoke_with(opener - 1)):
            return tokens[opener:]  # a determiner after a verb ("met the man"), not a quantity ("half the voters")
        if width == 1 and met_or_spoke_with(opener) and _is_bare_plural(phrase[-1].group()):
            return phrase
    return None


# Participles that describe people before a plural, as adjectives: "elected officials who",
# "armed men who", not a verb and its object.
_PEOPLE_PARTICIPLES = frozenset("""elected armed unnamed concerned registered trained skilled retired qualified
    licensed undocumented detained wounded injured displaced disabled married educated unidentified affected
    interested enlisted appointed recognized recognised respected renowned talented""".split())


# Verbs of meeting and talking that take their object after a preposition ("met with workers who").
_MET_OR_SPOKE = frozenset("met meets meet spoke speaks talked talks heard hears sided sides".split())


# Connective adverbs that may stand between a subject and its verb: "Weaver nonetheless implies".
_CONNECTIVE_ADVERBS = frozenset("nonetheless nevertheless however therefore thus meanwhile instead though".split())


# Adverbials of repetition built with "and": "time and again", "over and over", "now and then".
_REPEATED_ADVERBIALS = frozenset({("time", "and", "again"), ("again", "and", "again"), ("over", "and", "over"),
                                  ("now", "and", "then"), ("once", "and", "again")})
_REPEATED_ADVERBIAL_ENDS = frozenset(words[-1] for words in _REPEATED_ADVERBIALS)


# A span of time that ends the words before a verb: "in the last 40 years", "over the past decade",
# "for the next few months".
_SPAN_UNITS = frozenset("years decades months weeks days year decade month week century centuries".split())
_SPAN_COUNTS = frozenset("few several couple two three four five six seven eight nine ten twenty".split())


def _span_of_time_before(tokens: list[re.Match]) -> int | None:
    """Where a span of time that ends ``tokens`` begins ("in the last 40 years": at "in"), or None."""
    k = len(tokens) - 2
    while k >= 0 and (tokens[k].group().isdigit() or tokens[k].group().lower() in _SPAN_COUNTS | {"a"}):
        k -= 1  # the count: "40", "few", "a couple"
    words = [token.group().lower() for token in tokens[max(0, k - 2):k + 1]]
    if k < 2 or words[2] not in ("last", "past", "next", "coming") or words[1] != "the" or \
            words[0] not in ("in", "over", "during", "for"):
        return None
    return k - 2 if k - 2 > 0 else None


def _strip_trailing_adjuncts(tokens: list[re.Match]) -> list[re.Match]:
    """Drop auxiliaries, adverbs and time phrases between a speaker and its verb."""
    while tokens:
        lower = tokens[-1].group().lower()
        if lower in _REPEATED_ADVERBIAL_ENDS and len(tokens) >= 4 and \
                tuple(t.group().lower() for t in tokens[-3:]) in _REPEATED_ADVERBIALS:
            tokens = tokens[:-3]  # "the justices have time and again declined": no second verb after "and"
        elif lower in _BETWEEN or _is_ly_adverb(lower):
            tokens = tokens[:-1]
            if lower == "only" and tokens and tokens[-1].group().lower() == "not":
                tokens = tokens[:-1]  # "The research not only documented ..., but also ..."
            if _is_ly_adverb(lower) and len(tokens) >= 2 and tokens[-1].group().lower() in _DEGREE_WORDS:
                tokens = tokens[:-1]  # "Breitbart News most recently reported"
        elif lower == "far" and len(tokens) >= 3 and tokens[-2].group().lower() == "so":
            tokens = tokens[:-2]  # "The lame-duck Congress so far has approved"
        elif lower in _CONNECTIVE_ADVERBS and len(tokens) >= 2:
            tokens = tokens[:-1]  # "Weaver nonetheless implies"
        elif lower in ("today", "tonight") and tokens[-1].group()[0].isupper() and len(tokens) >= 2 and \
                tokens[-2].group()[0].isupper():
            break  # a name: "USA Today reported" (a day after a name is a time: "Trump Monday said")
        elif lower in _TIME_WORDS or lower == "early" or len(tokens) >= 3 and (
                lower == "past" and tokens[-2].group().lower() == "the" and tokens[-3].group().lower() == "in"
                or lower in _MONTHS and tokens[-1].group()[0].isupper() and
                tokens[-2].group().lower() in ("in", "since", "during", "last", "early", "late")):
            # "Trump in the past has referred", "LaPierre in December said" ("Theresa May" is a name)
            tokens = tokens[:-1]
            while tokens and tokens[-1].group().lower() in ("on", "last", "this", "late", "early", "in", "the",
                                                            "since", "during"):
                tokens = tokens[:-1]
        elif lower in _SPAN_UNITS and (span := _span_of_time_before(tokens)) is not None:
            tokens = tokens[:span]  # "many Catholics in the last 40 years assumed": the Catholics
        elif _YEAR.fullmatch(lower) and len(tokens) >= 3:
            # a year after its preposition: "an arbitration panel in 2001 found", "doctors in March 2015 wrote"
            k = len(tokens) - 2
            while k > 1 and tokens[k].group().lower() in _BEFORE_A_YEAR:
                k -= 1
            if tokens[k].group().lower() not in ("in", "since", "during"):
                break
            tokens = tokens[:k]
        else:
            break
    return tokens


# An office or a body in lower case after a role: "the head of the clinic", "a spokesman for the firm".
_LOWER_CASE_OFFICE = (r"\s+(?:of|for)\s+(?:the|a|an|his|her|their|its)\s+"
                      r"(?P<office>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
# What may follow a speaker set after its verb: the end of the clause, a relative clause on it, or
# where the speaker is or comes from ("said a trader in London", "a nurse at the clinic").
_AFTER_A_SET_SPEAKER = r"(?=\s*(?:[,.!?]|$)|\s+(?:who|in|at|from)\b)"
_LOWER_CASE_OFFICE_THEN_END = re.compile(_LOWER_CASE_OFFICE + _AFTER_A_SET_SPEAKER)
# "the" or "a" and one to three words in lower case, perhaps with an office, then the end of the
# clause: "said the announcer.", "said a nurse who ..." (not before a colon: "Note the change:")
_DETERMINED_NOUNS_THEN_END = re.compile(
    r"(?:the|a|an)\s+(?P<nouns>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)(?:" + _LOWER_CASE_OFFICE + r")?" +
    _AFTER_A_SET_SPEAKER)
# The end of a quotation and its comma, then the verb: '“It is late,” said'.
_QUOTATION_THEN_VERB = re.compile(r"(?:,[”\"’']|[”\"’'],)\s*[A-Za-z]+\s+$")
# Words of time and sequence that end "said the next day", "added the other".
_NOT_A_SPEAKERS_NOUN = frozenset("day next following previous same other latter former rest".split())


# A number that modifies a role or a name: an age, a year, a count, a date ("27-year-old", "2020", "9/11").
_NUMBER_MODIFIER = re.compile(r"\d[\d,./]*(?:-[a-z]+)*")


def _is_speakers_noun(word: str) -> bool:
    """Whether a lower-case word may head or modify a speaker set after its verb ("the announcer",
    "a local farmer"): not a time ("said the next day") nor a verb ("said the plan failed")."""
    return _is_common_noun(word) and word not in _TIME_WORDS and word not in _NOT_A_SPEAKERS_NOUN and \
        not word.endswith("ed") and word not in _IRREGULAR_PAST


_DAY_THEN_SPACE = re.compile(r"(?:" + "|".join(sorted(day.capitalize() for day in _WEEKDAYS)) + r")\b[,\s]*")


def _noun_phrase_after(text: str, start: int, stop: int, after_a_clause: bool = False) -> tuple[int, int]:
    """The speaker noun phrase right after a verb ("said one US official who ...", "wrote Jermak").
    ``after_a_clause``: the verb follows a clause and its comma ("Prices rose, said a trader."), so
    a determiner and common nouns after it are the speaker, not the verb's object."""
    day = _DAY_THEN_SPACE.match(text, start, stop)
    if day:
        start = day.end()  # a time, not the speaker: "said Tuesday Ana Ruiz", "The report, published Thursday, ..."
    anonymous = _ANONYMOUS_PHRASE.match(text, start, stop)
    if anonymous:
        return anonymous.span()
    # The words up to the first that cannot be in the phrase (it included): the rest is never looked at.
    tokens: list[re.Match] = []
    last = -1
    for token in _TOKEN.finditer(text, start, min(stop, start + 200)):
        tokens.append(token)
        word = token.group()
        lower = word.lower().rstrip(".")
        pending = len(tokens) - 1 - last  # role words in lower case since the last word kept
        if len(tokens) == 1 and lower in _DETERMINERS:
            continue  # "said the Rev. Ana Ruiz": the article is dropped below
        if len(tokens) == 1 and lower in ("one", "another") or len(tokens) == 2 and last == 0 and \
                tokens[0].group().lower() in ("one", "another") and _is_common_noun(word):
            last = len(tokens) - 1  # "said one", "said one supporter outside the ground"
            continue
        if word[0].isupper() or lower in _SOURCE_NOUNS or (lower in _MODIFIERS or word in ("’s", "'s")) and not pending:
            last = len(tokens) - 1
            continue
        if pending <= 2 and lower in _NAME_CONNECTORS_AFTER and last >= 0 and tokens[last].group()[0].isupper() \
                and (pending == 2 or _joins_a_name(word, tokens[last].group())):
            continue  # inside a name, kept only if a capitalised word follows: "said the Institute for the Study of War"
        if pending == 1 and _is_past_form(word) and tokens[last].group()[0].isupper() and \
                not tokens[last].group().endswith(("'s", "’s")) and _OBJECT_AFTER_A_VERB.match(text, token.end()):
            # a verb in the past and its object after the name end the phrase ("backed by Assad crossed
            # the Euphrates"); an adjective in -ed before a noun does not ("Apple's embattled chief",
            # "Boeing's beleaguered CEO": a possessive is followed by a noun phrase, never by a verb)
            break
        if pending <= 2 and (_is_common_noun(word) and lower not in _PREPOSITIONS or _NUMBER_MODIFIER.fullmatch(word)):
            continue  # a role word, kept only if a name or role follows: "nominee Ana Ruiz", "tax officials",
            # "27-year-old nurse Ana Ruiz", "9/11 widow Ana Ruiz"
        break
    if tokens and tokens[0].group().lower() in ("that", "this", "it", "there"):
        return (start, start)  # "said that ...": what follows is the content, not the speaker
    if last < 0:
        # a determiner and common nouns that end a speech tag: '“...,” said the announcer.',
        # "Thus, explained the cardinal, ..." (not a time: "said the next day"; not the object
        # of a verb that follows its subject: "Ana Ruiz, the mayor, said the plan works.")
        plain = _DETERMINED_NOUNS_THEN_END.match(text, start, stop)
        tag = plain is not None and (after_a_clause or text.startswith(",", _skip_space(text, plain.end())) or
                                     _QUOTATION_THEN_VERB.search(text, max(0, start - 40), start) is not None)
        if tag and all(_is_speakers_noun(w) for w in plain.group("nouns").split()) and \
                all(_is_speakers_noun(w) for w in (plain.group("office") or "").split()):
            return plain.span()
    first = 0
    while first <= last and tokens[first].group().lower() in ("the", "a", "an"):
        first += 1
    if first > last:
        return (start, start)
    end = tokens[last].end()
    if tokens[last].group().lower() in _SOURCE_NOUNS:
        named = _APPOSITIVE_NAME_AFTER.match(text, end, stop)
        office = _LOWER_CASE_OFFICE_THEN_END.match(text, end, stop)
        if named:
            end = named.end("name")  # "said the spokesman of the State Department, Ned Price"
        elif office and all(_is_speakers_noun(w) for w in office.group("office").split()):
            end = office.end()  # "said the head of the clinic"
    return (tokens[first].start(), end)


# A person's name set after a role and its office, closing the speech tag: "..., noted the
# spokesman of the State Department, Ned Price." (the office may be left out: "the spokesman, Ned Price").
_APPOSITIVE_NAME_AFTER = re.compile(
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.’'&-]*){0,5})?"
    r"\s*,\s+(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w’'-]*){1,2})"
    r"(?=\s*(?:[.;:!?]|,\s|$)|\s+(?:on|in|at|last|this|earlier|later)\b)")

_SOURCE_END = re.compile(
    r"[,.;:!?()\u2014\u2015\u2013\"\u201c\u201d]|\s(?:that|who|which|and|but|when|after|in|on|as|at|for|"
    r"where|what|why|how|whether|if|about|"  # a question put: "asked by a reporter where he was going"
    r"even\s+(?:as|though|if|when|while|after|before)|"  # a clause after it: "lauded by their base even as ..."
    r"was|were|is|are|has|have|had|will|would|"  # (an auxiliary starts the clause's verb: "by Pope Benedict was")
    r"to(?=\s+(?!(?:the|a|an|his|her|their|its|this|that|him|them|me|us)\s)[a-z]))\s")  # "by his wife to run"


_CAPITALISED_AFTER = re.compile(r"(?:the\s+)?[A-Z]")  # "for the Study of War"
_CAPITAL_LETTER = re.compile(r"[A-Z]")  # "Securities and Exchange", not "Trump and the Obama administration"


def _inside_a_name(text: str, found: re.Match, stop: int) -> bool:
    """Whether a word that would end a source ("for", "and") joins two capitalised words of one
    name: "the Institute for the Study of War", "the Securities and Exchange Commission" ("in" and
    "on" still end it: "according to Peskov in Moscow")."""
    word = found.group().strip()
    if word not in ("for", "and"):
        return False
    before = text[max(0, found.start() - 40):found.start()].split()
    after = (_CAPITALISED_AFTER if word == "for" else _CAPITAL_LETTER).match(text, found.end(), stop)
    return bool(before) and before[-1][:1].isupper() and _joins_a_name(word, before[-1]) and after is not None


# Two modifiers joined by "and" before one noun: "current and former officials", "past and present".
_PAIRED_MODIFIERS = re.compile(
    r"(?:(?:the|a|an|two|three|several|some|many)\s+)?(?:current|former|past|present|senior|junior|active|retired|"
    r"local|federal|state|national|foreign|domestic)\s+and\s+", re.IGNORECASE)


def _source_after(text: str, start: int, stop: int) -> tuple[int, int]:
    """The whole source phrase after "according to" or "citing", up to the next clause break
    ("according to federal data, ...", "according to a campaign aide.")."""
    anonymous = _ANONYMOUS_PHRASE.match(text, start, stop)
    if anonymous:
        return anonymous.span()
    limit = min(stop, start + 120)
    end = limit
    paired = _PAIRED_MODIFIERS.match(text, start, limit)  # "current and former officials": one phrase
    for end_match in _SOURCE_END.finditer(text, paired.end() if paired else start, limit):
        if end_match.group() == "." and text[end_match.end():stop].strip(" \"'”’)\n"):
            continue  # a full stop inside the sentence is an abbreviation's: "according to a U.S. official"
        if not _inside_a_name(text, end_match, limit):
            end = end_match.start()
            break
    tokens = _tokens_before(text, start, end)[:10]
    verb = next((k for k in range(1, len(tokens) - 1) if _is_finite_verb_with_object(tokens, k)), None)
    if verb is not None:
        tokens = tokens[:verb]  # no comma closed the source: "forces backed by Assad crossed the Euphrates"
    while tokens and tokens[0].group().lower() in ("the", "a", "an"):
        tokens = tokens[1:]
    while tokens and tokens[-1].group().lower() in _NAME_CONNECTORS:
        tokens = tokens[:-1]  # a long name cut short: "... the federal Securities and"
    if len(tokens) > 2 and tokens[-1].group().lower() in _TIME_WORDS:
        # a time after the source: "decided by the Supreme Court next year"
        tokens = tokens[:-2] if tokens[-2].group().lower() in _TIME_MODIFIERS else tokens[:-1]
    if not tokens:
        return (start, start)
    return (tokens[0].start(), tokens[-1].end())


# A determiner, a pronoun or a name: what a verb's object opens with, and an adjective's noun does not.
_OBJECT_AFTER_A_VERB = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it)\b|[A-Z])")


def _is_finite_verb_with_object(tokens: list[re.Match], k: int) -> bool:
    """Whether the ``k``-th token is a verb in the past with its object after it ("crossed the",
    "provided the"), after a capitalised word: the clause after a source no comma closed."""
    word = tokens[k].group()
    return _is_past_form(word) and tokens[k - 1].group()[0].isupper() and tokens[k + 1].group().lower() in _DETERMINERS


# Roles held "to" someone or some body: "ambassador to the UN", "adviser to the president".
_ROLES_TO = frozenset("""ambassador ambassadors envoy envoys adviser advisers advisor advisors counselor counsellor
    aide aides representative representatives delegate delegates successor heir""".split())


# Verbs that take a verb in -ing, as "avoids" does in "Trump avoids condemning": in -s or -ed
# after a subject they look like the plural noun of a compound ("Trump supporters").
_TAKES_AN_ING = frozenset("""avoids avoided begins began starts started stops stopped keeps kept continues
    continued resumes resumed quits finishes finished risks risked resists resisted""".split())
_ING_WORD = re.compile(r"[A-Za-z]+ing\b")


# The writer reminding the reader, as news-agency copy in translation has it: the exception rows of
# report_verbs.tsv that open with "it" ("it is recalled"), with the "that" after them.
_WRITERS_REMINDER = re.compile(
    "(?:" + trie_pattern(tuple(row["verb"].split()) for row in read_table("report_verbs")
                         if row["connotation"] == EXCEPTION and row["verb"].startswith("it ")) + r")\s+that\s+",
    re.IGNORECASE)


def _after_writers_reminder(text: str, tokens: list[re.Match]) -> list[re.Match]:
    """``tokens`` after an opening reminder of the writer's: in "It is recalled that the president
    signed a decree ruling out talks" the subject is the president."""
    reminder = _WRITERS_REMINDER.match(text, tokens[0].start()) if tokens else None
    return [t for t in tokens if t.start() >= reminder.end()] if reminder else tokens


def _without_a_verb_before_the_ing(text: str, tokens: list[re.Match], stop: int) -> list[re.Match]:
    """``tokens`` less a last verb that takes the cue in -ing at ``stop``: "Trump avoids condemning",
    "the senator kept criticizing". That verb is no part of the subject."""
    if len(tokens) > 1 and tokens[-1].group().lower() in _TAKES_AN_ING and _ING_WORD.match(text, stop):
        return tokens[:-1]
    return tokens


def _after_opening_phrase(text: str, s_start: int, stop: int) -> int | None:
    """Where the subject starts after an opening prepositional phrase that no comma closes ("In
    Wednesday's speech the senator ...", "During the debate Trump ...", "In 2015 Obama ..."): at the
    first determiner, or capitalised word after a lower-case word or a number, that follows the
    phrase's noun. None when no such word comes within five words of the preposition."""
    tokens = _tokens_before(text, s_start, stop)
    for k in range(2, min(len(tokens), 7)):
        word, previous = tokens[k].group(), tokens[k - 1].group()
        if not previous[0].isalnum() or previous.lower() in _NOUN_DETERMINERS or _is_function_word(previous):
            continue  # still inside the phrase: "In his speech", "In an interview with the Times"
        if previous.endswith("ed"):
            return None  # past the subject already: a verb and its object ("... Adams attacked Clinton")
        if word.lower() in _DETERMINERS or word[0].isupper() and (previous[0].islower() or previous[0].isdigit()):
            return tokens[k].start()
    return None


def _names_a_source(phrase: str) -> bool:
    """Whether a phrase after "citing" names who or what is cited: a name, a source or a record
    ("citing US officials", "citing federal data"), not a reason ("citing a risk to public safety")."""
    words = phrase.split()
    return any(w[0].isupper() or w[0] == "@" for w in words) or any(
        w.lower().strip(".,’'s") in _SOURCE_NOUNS or w.lower().strip(".,") in _RECORD_NOUNS for w in words) or \
        _ANONYMOUS_PHRASE.match(phrase) is not None


# Words a speaker phrase never ends with (an adverb, a verb the phrase rules ran into) and never
# opens with (an expletive, a preposition, a command): "World leaders and diplomats almost",
# "declared by the Ministry of Health back on October 19", "It's a", "Under the".
_SPEAKER_TAIL_JUNK = frozenset("almost also last began now then too first already still just not only back".split())
# Never a speaker's first word, besides the clause openers below ("Under the ...", "If ...").
_SPEAKER_NOT_OPENING = frozenset("it’s it's get there’s there's".split())
# Words that open a clause or an adverbial, never a speaker's name or phrase: "Once in my 20s, ...
# I laughed and said", "Asked by reporters, ...", "Nor can the pope ...".
_CLAUSE_OPENERS_NOT_SPEAKERS = _SUBORDINATORS | _PREPOSITIONS | frozenset(
    """nor whether according asked told said as in on at for with from by of to out during despite
    unless""".split())
# Adverbs that may stand before a speaker ("Even China", "Perhaps the moderators") but never are one;
# "say" as "for instance" too ("Say Mexico demanded that ...").
_ADVERBS_BEFORE_SPEAKERS = _SENTENCE_ADVERBS | frozenset("no yes even say".split())
_ADVERBS_BEFORE_A_PHRASE = _ADVERBS_BEFORE_SPEAKERS - {"no"}  # ("No one" is a speaker)
# Words that speak only with a noun after them: "Such being the case" (not "Such critics say").
_NEVER_ALONE = frozenset("such".split())
_NON_SPACE_RUN = re.compile(r"\S+")
_DASH_WORDS = frozenset(("--", "-", "—", "–"))  # a dash that opened an aside after the speaker


# Words whose full stop is part of them: AP Stylebook state abbreviations, titles and company
# suffixes ("Sen. Ana Ruiz, D-Calif.", "Ruiz Jr."). A name's full stop that ends the sentence is not.
_ABBREVIATIONS = frozenset("""ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn vt va wash wis wyo mr mrs ms dr rev sen rep gov gen col lt sgt capt adm jr sr inc co
    corp ltd bros st ft no vs""".split())


def _without_final_stop(text: str, start: int, end: int) -> int:
    """``end``, less the sentence's full stop when the speaker's last word carries it ("..., said
    Ana Ruiz."): not an abbreviation's ("U.S.", "D-Calif.", "Jr.") or an initial's ("A.")."""
    if end - start < 2 or text[end - 1] != "." or text[end - 2] == ".":
        return end
    last = text[start:end - 1].rsplit(None, 1)[-1].rsplit("-", 1)[-1]
    if len(last) < 2 or "." in last or last.lower() in _ABBREVIATIONS:
        return end
    return end - 1


# A plural noun for people or bodies and a preposition of place right before a name: "the top soccer
# clubs in Britain said", "doctors at Johns Hopkins said".
_PLURAL_BEFORE_A_PLACE = re.compile(r"\b(?P<head>" + _PLURAL_WORD + r")\s+(?:in|from|at)\s+(?:the\s+)?$")
_BODIES = frozenset("clubs teams groups companies firms agencies universities hospitals unions parties".split())
# A pronoun or quantifier that stands for people before their place, negated or not: "Not
# everyone in Washington", "No one in Kyiv", "not many at the ministry".
_PEOPLE_BEFORE_A_PLACE = re.compile(
    r"\b(?:not\s+)?(?:everyone|everybody|someone|somebody|nobody|anyone|anybody|no\s+one|many|few|most|some|several|"
    r"others)\s+(?:in|from|at)\s+(?:the\s+)?$", re.IGNORECASE)
# Words that may open such a plural's phrase: "the top soccer clubs", "most observers".
_OPENERS_OF_A_PLURAL = _NOUN_DETERMINERS | _PLURAL_QUANTIFIERS | {"most", "all"}


def _plural_before_a_place(text: str, left: int, start: int) -> int:
    """Where the speaker starts when a name at ``start`` is the place of a plural noun phrase before
    it ("the top soccer clubs in Britain", "Doctors at Johns Hopkins"): the phrase's first word,
    its determiner or possessor included; else ``start``."""
    placed = _PLURAL_BEFORE_A_PLACE.search(text, max(left, start - 40), start)
    if placed is None:
        people = _PEOPLE_BEFORE_A_PLACE.search(text, max(left, start - 40), start)
        return people.start() if people else start
    head = placed.group("head").lower()
    if not (_names_people(head) or head in _BODIES):
        return start
    tokens = _tokens_before(text, left, placed.start("head"))
    k = len(tokens)
    while k > 0 and len(tokens) - k < 3 and _is_common_noun(tokens[k - 1].group()) and \
            not tokens[k - 1].group().endswith(("ly", "ed")):
        k -= 1  # modifiers: "the top soccer clubs" (not a verb: "protests included swimmers from")
    if k > 0 and (tokens[k - 1].group().lower() in _OPENERS_OF_A_PLURAL
                  or tokens[k - 1].group().endswith(("’s", "'s"))):
        k -= 1
    return tokens[k].start() if k < len(tokens) else placed.start("head")


# A time after a speaker's phrase: "on Tuesday", "for months", "this week".
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:on\s+)?(?:" + "|".join(sorted(day.capitalize() for day in _WEEKDAYS)) + r")|"
    r"for\s+(?:days|weeks|months|years|decades)|(?:this|last|next)\s+(?:week|month|year))$")


def _tidy_speaker(text: str, start: int, end: int) -> tuple[int, int]:
    """The speaker span without what only stands around a speaker, or an empty span when nothing
    that can speak is left. Left out: adverbs before it ("Even China", "Perhaps the moderators"),
    a subordinator or preposition before a name or pronoun ("Despite Portman", "Because I"), and
    after it an adverb, an auxiliary, a participle that opens a clause on it ("A poll released
    Tuesday") and the sentence's full stop. Empty: a word that only opens a clause ("Once", "Nor",
    "Asked"), a phrase that opens with "It's", or one that ends in a function word."""
    end = _without_final_stop(text, start, _stripped_end(text, end, " ,;"))  # "the lawyer, Mark Sheridan,"
    time = _TRAILING_TIME.search(text, start, end)
    if time and time.start() > start:
        end = time.start()  # "Huma Abedin on Tuesday", "President Trump and his allies for months"
    if " " not in text[start:end]:
        # the common case: one word, a speaker unless it can only open a clause ("Once", "Asked")
        word = text[start:end].lower().rstrip(",")
        opens_only = word in _CLAUSE_OPENERS_NOT_SPEAKERS or word in _ADVERBS_BEFORE_SPEAKERS or word in _NEVER_ALONE
        contraction = _PRONOUN_CONTRACTION.fullmatch(word)
        if contraction:
            return start, start + len(contraction.group("pronoun"))  # "I'm not a fan ..., but I have to tell": I
        return (start, start) if opens_only else (start, end)
    words = list(_NON_SPACE_RUN.finditer(text[start:end]))
    while len(words) > 1 and _opens_before_a_speaker(words[0].group(), words[1].group()):
        words = words[1:]
    first = words[0].group().lower().rstrip(",")
    if first in _CLAUSE_OPENERS_NOT_SPEAKERS and not (
            first in _FOCUSING_ADVERBS and len(words) > 1 and words[1].group()[0].isdigit()):  # "About 40 percent"
        # the subject of the clause it opens, when it names or points: "Despite Portman", "Because I"
        head = words[1].group() if len(words) > 1 else ""
        if not head or not (head[0].isupper() or head.lower() in _PRONOUNS or head.lower() in _DETERMINERS) or \
                head.lower() in _CLAUSE_OPENERS_NOT_SPEAKERS:
            return start, start  # "Among his more infamous", "Because we’re", "Whether or"
        words = words[1:]
    start += words[0].start()
    participle = _PARTICIPLE_BY.search(text, start, end)
    if participle and participle.start() > start and \
            text[start:participle.start()].split()[-1].lower() in _GENERIC_HEADS:
        # "Officials interviewed by The Times": the officials speak, not the paper (but "a poll
        # published by the Journal" is the Journal's, as the phrase stands)
        end = participle.start()
    words = list(_NON_SPACE_RUN.finditer(text[start:end]))
    while len(words) > 1 and (words[-1].group().lower() in _SPEAKER_TAIL_JUNK or words[-1].group() in _DASH_WORDS
                              or words[-1].group() in _TAIL_AUXILIARIES  # "NASA's own data is showing"
                              or _is_ly_adverb(words[-1].group())  # "two dozen studies clearly showing"
                              or _is_trailing_participle(words[-1].group(), words[-2].group())):
        words = words[:-1]
        if len(words) > 1 and words[-1].group() in ("who", "that", "which"):
            words = words[:-1]  # "people familiar with the discussions who were"
    if not words or words[0].group().lower() in _SPEAKER_NOT_OPENING or \
            _is_function_word(words[-1].group()) or \
            words[-1].group().lower() in _DETERMINERS:
        return start, start
    return start, start + words[-1].end()


def _opens_before_a_speaker(word: str, following: str) -> bool:
    """Whether ``word`` only stands before the speaker that ``following`` begins: a sentence adverb
    ("Even China", "Perhaps the debate moderators", "Today they"), or an adverb in -ly or a
    question's auxiliary before a common noun ("Initially officials", "Would the pope") or, if it
    never begins a name, before any ("Would Saint Francis"); not a name in -ly ("Kelly Ayotte") nor
    an adverb that bounds a count ("Nearly eight of 10 voters")."""
    if word.lower().rstrip(",") in _ADVERBS_BEFORE_A_PHRASE or word in _QUESTION_AUXILIARIES_NO_NAME:
        return True  # (also before a name: "Would Saint Francis have ...?")
    return (_is_ly_adverb(word) and word.lower() not in _MONTHS or word in _QUESTION_AUXILIARIES) and \
        not following[0].isupper() and not following[0].isdigit() and following.lower() not in _NUMBER_WORD_SET


_TAIL_AUXILIARIES = _AUXILIARIES - {"to", "not", "may"}  # in lower case: "Theresa May said"
_NUMBER_WORD_SET = frozenset("one two three four five six seven eight nine ten half a an dozens hundreds".split())
# Auxiliaries that open a question before its subject: "Would the pope have ...?"
_QUESTION_AUXILIARIES = frozenset("Would Could Should Did Does Do Is Are Was Were Has Have Had Will Can".split())
_QUESTION_AUXILIARIES_NO_NAME = _QUESTION_AUXILIARIES - {"Will", "Can", "Do"}  # ("Will Smith", "Do Kwon")


def _is_trailing_participle(word: str, before: str) -> bool:
    """Whether the last word of a speaker phrase is a participle that opens a clause on its head
    ("a poll released Tuesday finds", "according to a petition filed in Miami"), not a noun's own
    ("those named", "the accused")."""
    return word.islower() and (len(word) > 4 and word.endswith("ed") or word in _IRREGULAR_PARTICIPLES) and \
        before.lower() not in _NOUN_DETERMINERS and before[0].isalnum()


# A name of two to four capitalised words that opens the clause, then an aside set off by a comma
# that is never closed before the verb, as hurried or translated copy leaves it: "Peter Salma, head
# of emergency response at the World Health Organization (WHO) said", "Ana Ruiz, who works for the
# party adds". The aside opens in lower case, not with a pronoun ("Mr. President, you said" is the
# pronoun's), and holds no comma, quotation mark or clause break.
_UNCLOSED_ASIDE = re.compile(
    r"(?P<name>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*),\s+"
    r"(?!(?:i|you|he|she|we|they|it|this|that|there)\b)(?P<aside>[a-z][^,;:\"“”]*?)\s*")
_MOST_WORDS_IN_AN_ASIDE = 12
_RELATIVE_PRONOUNS = frozenset("who whom whose which that".split())


def _name_before_an_unclosed_aside(text: str, left: int, cue: Match) -> tuple[int, int] | None:
    """(start, end) of the name that speaks across an aside whose closing comma is missing (see
    _UNCLOSED_ASIDE), or None. Not when the aside holds "and" (a list: "Ana Ruiz, the mayor and the
    chief said"), when the name opens an adverbial ("On Monday, the minister said"), or when a
    comma follows the verb (a speech tag inside the sentence: "Ana Ruiz, the mayor said, would
    resign": the mayor speaks of Ruiz)."""
    if "," not in text[left:cue.start] or text.startswith(",", cue.end):
        return None
    aside = _UNCLOSED_ASIDE.fullmatch(text, left, cue.start)
    if aside is None or _opens_adverbial(aside.group("name").split()[0]):
        return None
    words = aside.group("aside").lower().split()
    if len(words) > _MOST_WORDS_IN_AN_ASIDE or "and" in words or words[-1] == "to":
        return None  # an infinitive in the aside: "Tom Lee, a writer who likes to tell stories, said"
    relative = next((k for k in range(len(words) - 1, -1, -1) if words[k] in _RELATIVE_PRONOUNS), None)
    if relative is not None and all(
            w in _BETWEEN or w in _AUXILIARIES or _is_ly_adverb(w) for w in words[relative + 1:]):
        return None  # the verb of the aside's own clause: "Ana Ruiz, who famously backs", "..., that has vowed"
    return aside.start("name"), aside.end("name")


def _closes_clause(text: str, pos: int, end: int) -> bool:
    """Whether only closing punctuation follows ``pos`` in its sentence, or an appositive that opens
    with "a" or "an" ("said Ruiz, a tax lawyer at ..."): not a clause that goes on ("said Ruiz, who
    ..., had lied")."""
    rest = text[pos:end].lstrip(" ")
    return not rest.strip(" .!?\"'”’)") or rest.startswith((", a ", ", an "))

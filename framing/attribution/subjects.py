"""The subject that opens a sentence or clause, as the speaker of a verb further on: "The former
president, speaking at a rally on Monday, told supporters ..." has the speaker "The former
president".
"""
from __future__ import annotations

import re

from .word_classes import (
    _ADVERBIAL_OPENERS, _AUXILIARIES, _BETWEEN, _CAPITALISED_WORD, _DEGREE_WORDS, _DETERMINERS, _FOCUSING_ADVERBS,
    _FUNCTION_WORDS, _GROUP_ADJECTIVES, _IRREGULAR_PARTICIPLES, _IRREGULAR_PAST, _LEADING_FILLER, _MODIFIERS, _MONTHS,
    _NOUN_DETERMINERS, _NOUN_PREPOSITIONS, _NP_LINKS, _PARTICIPLE, _PLURAL_QUANTIFIERS, _PRONOUN_LIKE, _PRONOUNS,
    _SENTENCE_ADVERBS, _SOURCE_NOUNS, _SUBORDINATORS, _TIME_SPAN_OPENING, _is_bare_plural, _is_common_noun,
    _is_function_word, _is_ly_adverb, _names_people, _tokens_before,
)
from .sources import classify_source
from .phrases import (
    _NUMBER_MODIFIER, _after_clause_break, _after_writers_reminder, _strip_trailing_adjuncts,
    _without_a_verb_before_the_ing,
)


# Present forms of the commonest verbs of saying and thinking, no nouns after a subject: "Members of
# the group and advocates say they ...": the subject ends before them.
_PRESENT_SAYING = frozenset("say says tell tells think thinks believe believes argue argues insist insists".split())


def _ends_subject(tokens: list[re.Match], k: int) -> bool:
    """Whether the ``k``-th token of a clause cannot be inside its subject: an auxiliary or "to",
    an adverb that stands before verbs ("also", "still"), a relative pronoun, or a past-tense verb
    in lower case that no determiner announces ("A House panel voted", "Companies that had ...";
    not "the unreleased video")."""
    word = tokens[k].group().removesuffix(".")  # a verb that ends its sentence: "Justice Hale dissented."
    lower = word.lower()
    if lower in _AUXILIARIES:
        return True
    if k == 0:
        return False
    if word == "WHO":
        return False  # the World Health Organization, not the relative pronoun: "The WHO said"
    return lower in _BETWEEN or lower in ("that", "who", "which") or (
        word.islower() and (len(word) > 4 and word.endswith("ed") or word in _IRREGULAR_PAST or word in _PRESENT_SAYING)
        and tokens[k - 1].group().lower() not in _NOUN_DETERMINERS  # the word before, only when needed
        and tokens[k - 1].group().lower() not in _NOUN_PREPOSITIONS)  # "of registered voters": an adjective


def _after_a_determined_name(tokens: list[re.Match], k: int, last_capital: int) -> bool:
    """Whether the lower-case ``k``-th token is a noun that a name with its determiner modifies: "a
    National Rifle Association task force", "the Gannett newspaper chain", "An AP investigation";
    not a verb after its subject ("the United Nations faces", "The South Carolina Republican set
    a deadline") nor a noun after a name that follows a preposition ("in November hail from")."""
    first = last_capital
    while first > 0 and tokens[first - 1].group()[:1].isupper() and \
            tokens[first - 1].group().lower() not in _NOUN_DETERMINERS:
        first -= 1
    following = tokens[k + 1].group().lower() if k + 1 < len(tokens) else ""
    return first > 0 and tokens[first - 1].group().lower() in _NOUN_DETERMINERS and \
        not tokens[k].group().endswith("s") and following not in _DETERMINERS and following not in _PRONOUN_LIKE


def _in_noun_chunk(tokens: list[re.Match], k: int) -> bool:
    """Whether the lower-case ``k``-th token may stand in a noun phrase begun by a determiner or a
    preposition: right after one, or after up to three nouns or adjectives that do ("a three-judge
    panel", "the largest civil rights groups"); not after a name ("the United Nations faces") nor
    in -s after a noun ("the discussion comes")."""
    for back in (1, 2, 3, 4):
        if k - back < 0:
            return False
        previous = tokens[k - back].group()
        lower = previous.lower()
        if lower in _NOUN_DETERMINERS or lower in _MODIFIERS or lower in _NP_LINKS:
            return True
        if _is_ly_adverb(lower) and back > 1:
            continue  # an adverb on a participle before it: "an internationally known virologist"
        if _NUMBER_MODIFIER.fullmatch(previous):
            continue  # a figure counts as "three" does: "the 3 percent rise", "the 1.3 million voters"
        if previous[0].isupper():
            return _after_a_determined_name(tokens, k, k - back)
        if not (previous.islower() and _is_common_noun(previous.replace("-", ""))):
            return False
        if tokens[k].group().endswith("s") and not (k + 1 == len(tokens) or tokens[k + 1].group().lower() in _NP_LINKS
                                                     or _is_bare_plural(tokens[k + 1].group())):
            # a verb in -s after a noun ("the discussion comes"), not a plural ("black parents with
            # kids") nor a compound's first noun before its plural head ("civil rights groups")
            return False
    return False


def _reaches_a_role(tokens: list[re.Match]) -> bool:
    """Whether words in lower case after a determiner reach a noun of a role or of people before any
    other kind of word: "former president", "killer's public defender" (not "return on investment",
    nor "sheer volume", whose first word only looks like a noun of people)."""
    for k, token in enumerate(tokens):
        word = token.group()
        if not _is_common_noun(word.removesuffix("’s").removesuffix("'s")):
            return False
        head = k + 1 == len(tokens) or not _is_common_noun(tokens[k + 1].group())
        if word in _SOURCE_NOUNS or _names_people(word) or head and _names_people(word + "s"):
            return True
    return False


def _opens_clause_subject(tokens: list[re.Match]) -> bool:
    """Whether ``tokens`` open with a pronoun or a name (perhaps after "the": "the Washington
    Times"), or with a sentence adverb and its comma before one ("however, he"): a subject that
    speaks, not a thing ("his plan would ...", "the return on investment")."""
    if len(tokens) >= 2 and tokens[1].group() == "," and tokens[0].group().lower() in _SENTENCE_ADVERBS:
        tokens = tokens[2:]
    if not tokens:
        return False
    word = tokens[0].group()
    if word.lower() in ("the", "a", "an") and len(tokens) > 1:
        if _reaches_a_role(tokens[1:5]):
            return True  # "the former president", "the killer's public defender"
        word = tokens[1].group()  # "the Washington Times", not "the return on investment"
    if word.lower() in _PLURAL_QUANTIFIERS or word[0].isdigit():
        # a count of a plural, before any function word: "four former Ukrainian regions", "many lawmakers"
        words = [t.group() for t in tokens[:4]]
        ahead = next((k for k, w in enumerate(words) if k and _is_function_word(w)), len(words))
        return any(_is_bare_plural(w) for w in words[:ahead])
    return word.lower() in _PRONOUNS or word[0].isupper() and not _is_function_word(word) and \
        word.lower() not in _MONTHS


# Verbs that raise the subject of the infinitive after them: "Democrats seem to have told voters".
_RAISING_VERBS = frozenset("seem seems seemed appear appears appeared".split())


def _is_opening_yet(tokens: list[re.Match]) -> bool:
    """Whether ``tokens`` open with "yet" as a conjunction ("Yet Fisher maintains"), not as the
    adverb of "yet another", "yet more", "yet again"."""
    return len(tokens) > 1 and tokens[0].group().lower() == "yet" and \
        tokens[1].group().lower() not in ("another", "more", "again", "once", "to")


def _subject_of(text: str, s_start: int, stop: int) -> tuple[int, int, str]:
    """The noun phrase that opens the sentence, as the speaker of a later verb, with its kind.
    Role words in lower case may sit before a name ("Democratic nominee Hillary Clinton")."""
    tokens = _after_clause_break(_tokens_before(text, s_start, stop))
    while tokens and (tokens[0].group().lower() in _LEADING_FILLER or not tokens[0].group()[0].isalnum()
                      or _is_opening_yet(tokens)):
        tokens = tokens[1:]
    tokens = _after_writers_reminder(text, _without_a_verb_before_the_ing(text, tokens, stop))
    tokens = _without_opening_adverbials(tokens)
    focus = len(tokens) > 2 and tokens[0].group().lower() in _FOCUSING_ADVERBS and tokens[1].group()[0].isdigit()
    if focus:  # "Only 52 percent of voters agreed": the share, with its adverb, is the subject
        adverb, tokens = tokens[0], tokens[1:]
    verb = next((k for k in range(len(tokens)) if _ends_subject(tokens, k)), None)
    if verb == 0:
        return stop, stop, "named"  # the sentence opens with its verb: "Is the first ... to refuse"
    if verb is not None:
        if verb >= 2 and tokens[verb].group() == "to" and (
                _is_catenative_after_name(tokens[verb - 2].group(), tokens[verb - 1].group())
                or _is_catenative_after_plural(tokens[verb - 2].group(), tokens[verb - 1].group())
                or tokens[verb - 1].group() in _RAISING_VERBS
                or verb >= 3 and _is_catenative_after_noun(tokens[verb - 3].group(), tokens[verb - 2].group(),
                                                           tokens[verb - 1].group())):
            verb -= 1  # "Ana Ruiz needs to ...", "Democrats seem to have told": the verb before "to" is no subject
        if verb < len(tokens) and tokens[verb].group().lower() == "who":
            while tokens[:verb] and tokens[verb - 1].group() == ",":
                verb -= 1  # the comma before "who": "The mayor's aides, who asked" ("which" may stand for a clause)
        tokens = tokens[:verb]  # the subject ends where its verb begins: "Tenants have every right to know"
    if tokens and tokens[0].group().lower() in _PRONOUNS:
        tokens = tokens[:1]  # "He recently pitched himself ...": the pronoun alone
    tokens = _strip_trailing_adjuncts(tokens)
    if 0 < len(tokens) <= 5 and not _is_function_word(tokens[0].group()) and all(
        t.group()[0].isalnum() or t.group() in (".", "-") for t in tokens
    ):
        start, end = tokens[0].start(), tokens[-1].end()  # a short subject: "Several cast members"
        start = adverb.start() if focus else start
        phrase = text[start:end]
        return start, end, "named" if phrase.lower() in _PRONOUNS else classify_source(phrase)
    last = _last_word_of_subject(tokens)
    if last < 0:
        return stop, stop, "named"  # a source the phrase rules cannot delimit: most are named
    start, end = (adverb if focus else tokens[0]).start(), tokens[last].end()
    phrase = text[start:end]
    if phrase.lower() in _PRONOUNS:
        return start, end, "named"
    return start, end, classify_source(phrase)


def _without_opening_adverbials(tokens: list[re.Match]) -> list[re.Match]:
    """``tokens`` less the adverbials that open the sentence before its subject, each closed by a
    comma: an adverb or time ("Indeed, it ...", "Weeks later, the ..."), a subordinate or
    prepositional clause ("When it was my turn, I ..."), a participle clause ("Separated from his
    family in Detroit, the father ...")."""
    while True:  # one after another: "Recently, however, the ..."
        first = tokens[0].group().lower() if tokens else ""
        # an opening participle clause: "Separated from his family in Detroit, the father ..." (a
        # lower-case word after it: "Alfred Smith, the mayor," is a name)
        participle = len(tokens) > 1 and len(first) > 4 and first.endswith(("ed", "ing")) and \
            tokens[0].group()[0].isupper() and tokens[1].group().islower() and \
            first not in _ADVERBIAL_OPENERS and first != "according"  # (prepositions: "During", "According to")
        # "When it was my turn, I ...", "In the process, he ..."
        reach = 16 if first in _ADVERBIAL_OPENERS or participle else 8
        comma = next((k for k, t in enumerate(tokens[:reach]) if t.group() == ","), None)
        if comma is not None and first in _ADVERBIAL_OPENERS and comma + 1 < len(tokens) and \
                tokens[comma + 1].group() in ("which", "who", "where", "when", "whose"):  # (not "WHO")
            # a relative clause inside the adverbial: "After the meeting, which lasted an hour, Mr. Sanders ..."
            comma = next((k for k in range(comma + 2, min(comma + 16, len(tokens))) if tokens[k].group() == ","), None)
        if comma is None or comma + 1 >= len(tokens):
            return tokens
        if not (comma == 1 and (_is_ly_adverb(first) or first in _SENTENCE_ADVERBS)
                or comma == 2 and first in _DEGREE_WORDS and _is_ly_adverb(tokens[1].group())  # "More recently,"
                or tokens[comma - 1].group().lower() in ("earlier", "later", "ago")
                or first in _ADVERBIAL_OPENERS and _opens_clause_subject(tokens[comma + 1:])
                or first in _SUBORDINATORS and _is_common_noun(tokens[comma + 1].group())
                or _TIME_SPAN_OPENING.match(" ".join(t.group() for t in tokens[:comma])) is not None
                or participle and (tokens[comma + 1].group().lower() in _DETERMINERS
                                   or _opens_clause_subject(tokens[comma + 1:]))):
            return tokens
        tokens = tokens[comma + 1:]


def _last_word_of_subject(tokens: list[re.Match]) -> int:
    """The index of the last word of the subject that opens ``tokens`` (names, roles and their
    modifiers; after a determiner, common nouns and the prepositions that tie them: "A three-judge
    panel of the appeals court"), or -1 when no subject can be delimited."""
    last = -1
    # A subject that opens with a determiner may run on through common nouns and the prepositions
    # that tie them: "A three-judge panel of the appeals court", "A new ad from the campaign".
    determined = bool(tokens) and (tokens[0].group().lower() in _NOUN_DETERMINERS
                                   or tokens[0].group().lower() in _SOURCE_NOUNS)  # "lawyers for both sides"
    adjective = -1  # a participle that modifies the head, after its adverb
    for k, token in enumerate(tokens):
        word = token.group()
        lower = word.lower().rstrip(".")
        if k == adjective:
            continue
        if determined and _is_ly_adverb(word) and k + 1 < len(tokens) - 1 and (
                _PARTICIPLE.search(tokens[k + 1].group()) or tokens[k + 1].group() in _IRREGULAR_PARTICIPLES) \
                and _is_common_noun(tokens[k + 2].group()):
            adjective = k + 1  # an adverb and a participle before the head: "An internationally known virologist"
            continue
        if k == 1 and tokens[0].group().lower() in _DETERMINERS and word.isalpha():
            last = k  # "The film ― which ...": the noun after an opening determiner is the head
            continue
        if k == 0 and lower in _FUNCTION_WORDS and word != "WHO":
            return last
        if word[0].isupper() or word[0].isdigit() or lower in _SOURCE_NOUNS or lower in _MODIFIERS or word in ("’s", "'s"):
            last = k
        elif word[0].islower() and k + 1 < len(tokens) and tokens[k + 1].group()[0].isupper():
            continue  # a role word before a name
        elif last == k - 1 and k > 0 and tokens[k - 1].group().endswith(("’s", "'s")) and _is_common_noun(word) \
                and tokens[k - 1].group()[:-2].lower() not in _PRONOUN_LIKE and \
                tokens[k - 1].group()[:-2].lower() not in _PRONOUNS:
            # the possessed head, after its modifiers: "Today's story", "North Korea's fifth missile test"
            last = k
            while last + 1 < len(tokens) and last - k < 3 and _is_common_noun(tokens[last + 1].group()) and \
                    tokens[last + 1].group() not in _NOUN_PREPOSITIONS:
                last += 1
            while last + 1 < len(tokens) and last - k < 6 and _CAPITALISED_WORD.fullmatch(tokens[last + 1].group()):
                last += 1  # a name after the role: "Obama's closest adviser Valerie Jarrett"
            return last
        elif last == k - 1 and k > 0 and tokens[k - 1].group()[0].isupper() and _is_bare_plural(word) and \
                word.islower() and tokens[k - 1].group().lower() not in _FUNCTION_WORDS and (
                _names_people(word)) and (
                k + 1 == len(tokens) or _AFTER_A_PLURAL_HEAD.fullmatch(tokens[k + 1].group().lower())
                or _is_ly_adverb(tokens[k + 1].group())):
            # a plural head after a name: "Romney operatives in the spin room", "Tea Party organizers
            # routinely"; not a verb in -s before its object ("the United Nations faces a crisis")
            last = k
            return last
        elif last == k - 1 and k > 0 and tokens[k - 1].group().lower() in _GROUP_ADJECTIVES and \
                _is_common_noun(word) and word.endswith("s"):
            last = k  # the plural head of a group: "most Western countries", "Arab states"
            return last
        elif determined and _is_common_noun(word.replace("-", "")) and _in_noun_chunk(tokens, k):
            last = k
        elif determined and lower in _NP_LINKS and last == k - 1:
            continue
        else:
            return last
    return last


# Verbs in -s that take "to" and an infinitive and are seldom nouns: "The agency needs to explain".
_CATENATIVE_VERBS = frozenset("""needs seeks wants intends expects refuses continues begins tries fails manages
    declines hopes threatens""".split())


def _is_catenative_after_noun(determiner: str, noun: str, word: str) -> bool:
    """Whether ``word``, followed by "to", is the verb of a singular subject of a determiner and a
    common noun ("The agency needs to", "A lawsuit tries to"), not a plural noun ("The latest
    attempts to": "attempts" is no listed verb)."""
    return word in _CATENATIVE_VERBS and determiner.lower() in _NOUN_DETERMINERS and noun.isalpha() and \
        noun.islower() and not noun.endswith(("s", "est", "ed")) and noun not in _FUNCTION_WORDS


# What may follow a plural head noun: a preposition, a relative pronoun, an auxiliary, a break.
_AFTER_A_PLURAL_HEAD = re.compile(
    r"[,;:—–-]|of|in|on|for|with|from|at|by|about|over|across|as|such|who|that|which|"
    r"have|had|are|were|will|would|could|should|may|might|must|can|do|did")


# The base forms of the catenative verbs above, after a plural ("need", "want"), and "try", "have".
_CATENATIVE_BASE_FORMS = frozenset(verb[:-1] for verb in _CATENATIVE_VERBS if verb != "tries") | {"try", "have"}


def _is_catenative_after_plural(previous: str, word: str) -> bool:
    """Whether ``word``, followed by "to", is the verb of a plural subject: "Comedians need to",
    "Democrats want to" (the plural in -s before a base form that takes "to")."""
    return word in _CATENATIVE_BASE_FORMS and previous.isalpha() and previous.endswith("s") and \
        not previous.endswith(("ss", "us", "is")) and previous.lower() not in _FUNCTION_WORDS


def _is_catenative_after_name(previous: str, word: str) -> bool:
    """Whether ``word``, followed by "to", is a verb in -s of a named subject ("Ruiz needs to",
    "Lee wants to", "Trump seems to"): after a capitalised word that owns nothing, a plural noun
    would be a modifier's head ("Clinton's statements to"), so only the verb is left."""
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is")) and \
        previous[0].isupper() and not previous.endswith(("’s", "'s")) and previous.lower() not in _FUNCTION_WORDS \
        and previous.lower() not in _NOUN_DETERMINERS and word not in _SOURCE_NOUNS

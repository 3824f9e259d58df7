"""Whom a pronoun speaker stands for: "he" and "she" a person, "they" a group or the names joined
before it, "it" an organisation, found in its own sentence or the sentence before.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Sentence
from .word_classes import (
    _DEGREE_WORDS, _DETERMINERS, _FUNCTION_WORDS, _IRREGULAR_PAST, _MONTHS, _NAME_PARTICLES, _OPENING_MARKS,
    _PARTY_AND_STATE, _PRONOUN_CONTRACTION, _PRONOUNS, _REACTION_VERBS, _REACTION_VERBS_IN_S, _RECEIVED_NOUNS,
    _RECORD_NOUNS, _SENTENCE_ADVERBS, _SOURCE_NOUNS, _SUBORDINATORS, _TIME_WORDS, _is_bare_plural, _is_function_word,
    _is_ly_adverb, _skip_space,
)
from .quotes import _clause_context_start
from .sources import _PERSON_TITLES, classify_source, _names_a_titled_person, _speaker_kind
from .subjects import _subject_of


# A person named as the sentence's point of view before its subject: "For Ruiz,", "To Lee,", "As for Ana Ruiz,".
_TOPIC_PERSON = re.compile(r"\s*(?:(?:But|And|Yet)\s+(?:for|to|as\s+for)|For|To|As\s+for)\s+"
                           r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}),\s")


_HIS_TITLES = frozenset("mr. mr sir lord king prince father brother".split())
_HER_TITLES = frozenset("mrs. mrs ms. ms miss dame lady queen princess mother sister".split())
# Roles whose word says the sex, at the end of a role with "the": "The chairman", "the spokeswoman".
_HIS_ROLES = frozenset("chairman spokesman congressman councilman businessman".split())
_HER_ROLES = frozenset("chairwoman spokeswoman congresswoman councilwoman businesswoman".split())


def _title_fits(name: str, pronoun: str) -> bool:
    """Whether ``name`` carries no title of the other sex than ``pronoun`` ("Mrs. Ortiz" for "he")."""
    words = [w.lower() for w in name.split()]
    first = next((w for w in words if w not in _DETERMINERS), "")  # "the Rev. ...", "the Queen"
    return pronoun not in ("he", "she") or first not in (_HER_TITLES if pronoun == "he" else _HIS_TITLES)


def _person_for(person: tuple[str, str], pronoun: str) -> tuple[str, str] | None:
    """``person`` (name, attribution) as "he" or "she" may point to it: a word that opens a
    clause before the name is dropped ("Whether Clinton gains ..." gives Clinton); a name with a
    determiner is no name ("A Democrat"), and a title of the other sex rules it out ("Mrs.
    Clinton" for "he"). None when it cannot be."""
    words = person[0].split()
    if words[0].lower() in _FUNCTION_WORDS | _SUBORDINATORS | {"whether"}:
        words = words[1:]
    if not words or words[0].lower() in _DETERMINERS or not _title_fits(" ".join(words), pronoun):
        return None
    return " ".join(words), person[1]


def _previous_is_unattributed(sentences: list[Sentence], k: int) -> bool:
    """Whether the sentence before ``sentences[k]``, in its paragraph or the one before, is
    counted and reports nobody."""
    before = sentences[k - 1]
    return not before.excluded and before.attribution == "none" and not before.quote and \
        sentences[k].paragraph - before.paragraph <= 1


def _fits(phrase: str, pronoun: str) -> bool:
    """Whether ``phrase`` may be what ``pronoun`` stands for: a person for "he" and "she", a group or
    an organisation for "they", an organisation or a name of one word for "it" ("Microsoft")."""
    if not phrase:
        return False
    kind = _speaker_kind(phrase)
    last = phrase.split()[-1]
    if pronoun == "it":
        # an organisation, or a name in capitals that no title makes a person's ("The Federal Reserve")
        return kind == "organisation" or phrase[0].isupper() and last[0].isupper() and not _is_bare_plural(last) \
            and not _TITLED.match(phrase)
    if pronoun == "they":
        return kind in ("group", "organisation") or _is_bare_plural(last)
    return kind == "person"


# A title or office that makes a name a person's: "Senator Lee", "Mr. Lee", "President Ruiz".
_TITLED = re.compile(r"(?:The\s+)?(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Senator|Representative|Governor|President|Prime|"
                     r"Mayor|Secretary|Judge|Justice|Chancellor|King|Queen|Prince|Pope|Former)\b")


# A verb of saying or finding right after "it": "It said", "It later added", "It found".
_SAYING_AFTER_IT = re.compile(r"\s+(?:\w+ly\s+|also\s+|later\s+)?(?:said|says|added|stated|announced|noted|wrote|told|"
                              r"reported|warned|denied|claimed|argued|insisted|acknowledged|confirmed|found|finds|"
                              r"showed|shows|concluded|concludes|estimated|estimates)\b")


def _is_titled_person(phrase: str) -> bool:
    """Whether a title or a role makes ``phrase`` a person's: "Ms. Collins", "ICE Director Thomas
    Homan", "the president" (not "Goldman Sachs", which capitals alone do not tell from a name)."""
    words = phrase.split()
    return bool(_TITLED.match(phrase)) or _names_a_titled_person(phrase) or \
        len(words) == 2 and words[0].lower() in _DETERMINERS and words[1].lower() in _PERSON_TITLES


def _previous_received_a_reaction(sentences: list[Sentence], k: int) -> bool:
    """Whether the sentence before ``sentences[k]``, in its paragraph or the one before, reports
    a reaction its subject received ("won praise", "drew criticism", "faced calls")."""
    before = sentences[k - 1]
    words = before.verb.lower().split()
    return len(words) >= 2 and (words[0] in _REACTION_VERBS or words[0] in _RECEIVING_WORDS) and \
        words[-1] in _RECEIVED_NOUNS and not before.excluded and sentences[k].paragraph - before.paragraph <= 1


# The forms of receiving a reaction beyond _REACTION_VERBS: "draws fire", "came under fire".
_RECEIVING_WORDS = _REACTION_VERBS_IN_S | frozenset("came come comes coming".split())


def _opening_group(text: str, s_start: int, s_end: int) -> tuple[str, str] | None:
    """(phrase, attribution) of the group the sentence opens with, when its subject names
    several ("Reps. Peter DeFazio and Jay Inslee", "The senators"); else None."""
    def names_several(phrase: str) -> bool:
        words = phrase.split()
        return " and " in phrase and words[0][0].isupper() and sum(w[0].isupper() for w in words) >= 0.6 * len(words)

    start, end, kind = _subject_of(text, s_start, s_end)
    plural = _PLURAL_VERB.search(text, s_start, min(s_end, s_start + 160))
    if plural and names_several(text[_skip_space(text, s_start):plural.start()]):
        # a list with asides the phrase rules stop at: "Reps. DeFazio of Oregon, and Jim McDermott ... are"
        start, end = _skip_space(text, s_start), plural.start()
        kind = classify_source(text[start:end])
    elif (roles := _two_roles(text, s_start, s_end)) is not None:
        start, end = roles
        kind = classify_source(text[start:end])
        return text[start:end], kind
    phrase = text[start:end]
    if len(phrase.split()) < 2 or phrase.split()[0].lower() in _PRONOUNS:
        return None
    return (phrase, kind) if names_several(phrase) or _speaker_kind(phrase) == "group" else None


_PLURAL_VERB = re.compile(r"\s(?:are|were|have)\s")
# Two people or bodies by their roles, joined by "and", before the verb in the past they share: "NATO's
# secretary general and the EU's foreign policy chief (both) visited Kyiv".
_TWO_ROLES = re.compile(r"(?P<first>[^,;:]{3,60}?)\s+and\s+(?P<second>[^,;:]{3,60}?)"
                        r"(?:\s+(?:both|also|jointly|together))?\s+"
                        r"(?P<verb>[a-z]{3,}ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b")


def _two_roles(text: str, s_start: int, s_end: int) -> tuple[int, int] | None:
    """(start, end) of two roles joined by "and" that open the sentence as its subject ("The German
    chancellor and the French president visited ..."), each a person or an organisation; else None."""
    start = _skip_space(text, s_start)
    found = _TWO_ROLES.match(text, start, s_end)
    if found is None or not all(_speaker_kind(found[side]) in ("person", "organisation")
                                for side in ("first", "second")):
        return None
    return start, found.end("second")


def _main_clause_person(text: str, s_start: int, pronoun_end: int, s_end: int, pronoun: str) -> tuple[str, str] | None:
    """(name, attribution) of the person who opens the main clause after an opening subordinate
    clause that holds the pronoun: in "As he announced the deal, Mr. Trump paid tribute ..." the
    "he" looks ahead to Mr. Trump (Quirk et al. 1985: a pronoun in a preposed clause may point
    forward). None when the sentence does not open so."""
    opening = text[s_start:pronoun_end].lstrip(_OPENING_MARKS).split(None, 1)
    if not opening or opening[0].lower() not in _SUBORDINATORS | {"as"} or "," in text[s_start:pronoun_end]:
        return None  # (not a pronoun after the clause: "While his friend watched, she said, Kavanaugh ...")
    comma = text.find(",", pronoun_end, s_end)
    if comma < 0:
        return None
    person = _opening_person(text, _skip_space(text, comma + 1), s_end)
    return person and _person_for(person, pronoun)


def _opening_person(text: str, s_start: int, stop: int) -> tuple[str, str] | None:
    """(name, attribution) of the person the sentence opens with, when a name opens it
    before ``stop``; else None."""
    if stop <= s_start:
        return None
    topic = _TOPIC_PERSON.match(text, s_start, stop)
    if topic and _speaker_kind(topic.group("name")) == "person":
        return topic.group("name"), "named"  # "For Ruiz, the debate was a chance to say what he ...": Ruiz
    start, end, kind = _subject_of(text, s_start, stop)
    words = text[start:end].split()
    # A name: capitalised words only (name particles aside), not a time; a single word must
    # also stand capitalised inside some sentence, or it is any sentence's first word ("Crops").
    if not words or not all(w[0].isupper() or w in _NAME_PARTICLES for w in words) or \
            words[0].lower() in _PRONOUNS or _PRONOUN_CONTRACTION.fullmatch(words[0].lower()) or \
            len(words) == 1 and _is_function_word(words[0]) or \
            words[-1].lower().rstrip(".,") in _TIME_WORDS:
        return None  # (not "I'm", "She's": a pronoun; nor "All", "Which": function words)
    if len(words) == 1 and not _stands_inside_a_sentence(text, words[0]):
        return None
    phrase = text[start:end]
    return (phrase, kind) if _speaker_kind(phrase) == "person" else None


def _opening_role(text: str, s_start: int, s_end: int, pronoun: str) -> tuple[str, str] | None:
    """(phrase, attribution) of a person's role with "the" that opens the sentence ("The minister
    did not mince words.", "The Ukrainian president was blunt."), for "he" or "she" in the sentence
    after; else None."""
    start, end, kind = _subject_of(text, s_start, s_end)
    words = text[start:end].split()
    if text.startswith(",", end):
        return None  # a role in an opening phrase is no subject: "As the assistant leader, Clyburn is ..."
    role = words[-1].lower() if 2 <= len(words) <= 4 and words[0].lower() == "the" else ""
    if (role in _PERSON_TITLES or role in _HIS_ROLES or role in _HER_ROLES) and \
            role not in (_HER_ROLES if pronoun == "he" else _HIS_ROLES):
        return text[start:end], kind
    return None


@lru_cache(maxsize=256)
def _stands_inside_a_sentence(text: str, word: str) -> bool:
    """Whether ``word`` follows a word or a comma somewhere in ``text``: a capitalised word found
    there is a name, not just any sentence's first word. Kept per text and word: a speaker's name
    comes up again and again in one article."""
    return re.search(r"[\w,;]\s+" + re.escape(word) + r"\b", text) is not None


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.’'&-]*(?:\s+(?:of\s+)?[A-Z][\w.’'&-]*)*")


_OPENING_PARTICIPLE = re.compile(r"\W*(?P<word>[A-Z][a-z]+(?:ed|ing))\s+[a-z][^,]*,\s*")


def _after_opening_participle(text: str, s_start: int, stop: int) -> int:
    """Where the sentence's main clause starts after an opening participle clause ("Asked whether
    the plan was shelved, he replied", "Speaking to reporters, she said"): the clause names no one
    a pronoun after it could point to. A word that stands capitalised inside some sentence is a
    name ("Beijing", "Alfred"), not a participle."""
    opening = _OPENING_PARTICIPLE.match(text, s_start, stop)
    if opening is None or _stands_inside_a_sentence(text, opening.group("word")):
        return s_start
    return opening.end()


# Quantifiers capitalised at a sentence's start: no names ("All of which serves ...").
_OPENING_QUANTIFIERS = frozenset("all each every most many some both several few".split())


# A person's companions joined to their name, which "they" may point back to: "Ana Ruiz and her
# aides", "Ana Ruiz and Tom Lee".
_AND_COMPANIONS = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+[a-z]+s\b|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})")


# "A" or "an" before a capitalised word, and a word in lower case after it: the name modifies a noun
# ("an Instagram post", "a Trump supporter").
_MODIFIER_AFTER_A = re.compile(r"\b(?:a|an|A|An)\s+$")
_LOWER_CASE_WORD_NEXT = re.compile(r"\s+[a-z]")


def _antecedent_in_sentence(text: str, s_start: int, stop: int, pronoun: str) -> tuple[str, str] | None:
    """(phrase, attribution) that a pronoun before ``stop`` points back to in its own sentence: for
    "it" and "they", the opening subject when it fits ("Ruiz's campaign ... what they call"); else
    the nearest name of a fitting kind ("outside the Daily Ledger after it backed ...", "that Ruiz
    has ..., and once he has ..."); else None."""
    if stop <= s_start or pronoun not in ("it", "they", "he", "she"):
        return None  # "I" and "we" are the writer's or a quoted speaker's
    fits = {"it": ("organisation",), "they": ("group", "organisation")}.get(pronoun, ("person",))
    s_start = _after_opening_participle(text, s_start, stop)
    start, end, kind = _subject_of(text, s_start, stop)
    words = text[start:end].split()
    while len(words) > 1 and words[-1].islower() and words[-1] not in _SOURCE_NOUNS and words[-2][0].isupper():
        words.pop()  # a verb after names: "Lee and Ruiz continue"
    if words and (_is_ly_adverb(words[0].lower()) or words[0].lower() in _DEGREE_WORDS or
                  words[0].lower() in _SENTENCE_ADVERBS):
        words = words[1:]  # an adverb before the subject: "Supposedly Americans ...", "Equally important", "Perhaps"
    phrase = " ".join(words)
    if end > start and words and phrase.lower() not in _PRONOUNS and \
            not _PRONOUN_CONTRACTION.fullmatch(phrase.lower()) and (
            _speaker_kind(phrase) in fits or pronoun == "they" and " and " in phrase) and (  # "Obama and Clinton"
            pronoun in ("it", "they") or phrase[0].isupper()):  # "Ruiz took to ... what he called"
        return _owner(phrase, pronoun), kind
    for run in reversed([m for m in _CAPITALISED_RUN.finditer(text, s_start, stop)]):
        name = run.group()
        first = name.split()[0].lower()
        if first in _SUBORDINATORS or first in _FUNCTION_WORDS or first in _OPENING_QUANTIFIERS or \
                _is_ly_adverb(first) or first in _DEGREE_WORDS or first in _SENTENCE_ADVERBS or \
                len(first) > 4 and first.endswith("ing") or \
                len(first) > 4 and first.endswith("ed") and not text[s_start:run.start()].strip(_OPENING_MARKS) \
                and not _stands_inside_a_sentence(text, name.split()[0]):
            # "Although", "Like", "All", "Equally", "Perhaps", "Dogging" opening the sentence; a
            # participle opening it ("Asked by reporters ... what he"), unless it is a name ("Ahmed")
            name = name[len(first):].strip()
            if not name:
                continue
        if name.lower() in _PRONOUNS or _PRONOUN_CONTRACTION.fullmatch(name.lower()) or \
                name.lower().rstrip(".") in _TIME_WORDS or name.lower().rstrip(".") in _MONTHS or \
                _PARTY_AND_STATE.fullmatch(name):
            continue  # "I", "I'm", "Thursday", "R-SC": no one a "he" points to
        if _MODIFIER_AFTER_A.search(text, max(s_start, run.start() - 4), run.start()) and \
                _LOWER_CASE_WORD_NEXT.match(text, run.end(), stop):
            continue  # a name after "a" that modifies a noun points to no one: "an Instagram post in which she"
        # a name after "the" is an institution's, never a person's: "the Daily Ledger"
        titled = text[max(s_start, run.start() - 4):run.start()].lower() == "the "
        if _speaker_kind(name) in fits or pronoun == "it" and titled and not _names_a_titled_person(name):
            return _owner(name, pronoun), classify_source(name)
        if _speaker_kind(name) == "person" and pronoun != "it":
            joined = _AND_COMPANIONS.match(text, run.end(), stop) if pronoun == "they" else None
            if joined:  # "a slide Mr. Guajardo and his aides carry as they speak": the pair
                phrase = name + text[run.end():joined.end()]
                return phrase, classify_source(phrase)
            break  # the nearest person takes "he", "she" or "they" first
    return None


_POSSESSIVE_IN_NAME = re.compile(r"[’']s(?=\s|$)")


def _owner(phrase: str, pronoun: str) -> str:
    """The person a "he" or "she" stands for when found as the owner of a phrase: "Oz's show
    ... whatever he wanted" is Oz's, and the speaker is Oz, not "Oz's"; so is "Mr. Trump's RT
    appearance, in which he said" Mr. Trump's."""
    if pronoun not in ("he", "she"):
        return phrase
    possessive = _POSSESSIVE_IN_NAME.search(phrase)
    return phrase[:possessive.start()] if possessive and possessive.start() > 0 else phrase


def _pronoun_antecedent(text: str, sentences: list[Sentence], k: int, sentence_quotes: list[tuple[int, int]],
                        span: tuple[int, int], pronoun: str,
                        last_speaker: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(speaker, attribution) that the pronoun speaker at ``span`` of ``sentences[k]`` stands for,
    or None. "He" and "she" in a later clause point first to the person the sentence opens with
    ("Putin has gone on ..., when he claimed"); else, like other pronouns, back to an earlier
    speaker of a fitting kind (``last_speaker``, by kind and by pronoun): "he" and "she" only to
    a person. A person found in the sentence itself becomes the last speaker "he" or "she" points
    to, in ``last_speaker``."""
    sentence = sentences[k]
    sp_start, sp_end = span
    left = _clause_context_start(text, sentence.start, sentence_quotes, sp_start)  # not in a quotation
    personal = pronoun in ("he", "she")
    earlier = _opening_person(text, left, sp_start) if personal else \
        _antecedent_in_sentence(text, left, sp_start, pronoun)
    if earlier is None and personal:
        earlier = _main_clause_person(text, sentence.start, sp_end, sentence.end, pronoun)
    if earlier and personal:
        # the person the sentence names is the nearest: the next "he" points to them too
        last_speaker["person"] = last_speaker[pronoun] = earlier
    if earlier is None and personal and k > 0 and _previous_is_unattributed(sentences, k):
        # "Justice Hale dissented. He argued ...": the person the sentence before opens
        # with, when it reports nobody, is nearer than the last speaker.
        earlier = _opening_person(text, sentences[k - 1].start, sentences[k - 1].end)
        earlier = earlier and _person_for(earlier, pronoun) or \
            _opening_role(text, sentences[k - 1].start, sentences[k - 1].end, pronoun)
    if earlier is None and k > 0 and _previous_received_a_reaction(sentences, k) and \
            not _fits(sentences[k - 1].speaker, pronoun):
        # "Mayor Ruiz faced calls from residents to resign. She said ...", "Microsoft won praise
        # from researchers. It said ...": the critics the attribution names cannot be "she" or
        # "it", so the one who received the reaction, whom the sentence before opens with. (A
        # critic who fits stays the nearer speaker: "Burke drew criticism from Rep. Lowe. She said")
        before = sentences[k - 1]
        verb = text.find(before.verb.split()[0], before.start, before.end)  # the subject ends at it
        verb = verb if verb > before.start else before.end
        start, end, kind = _subject_of(text, before.start, verb)
        if end > start and _fits(text[start:end], pronoun):
            earlier = (text[start:end], kind)
            earlier = _title_fits(earlier[0], pronoun) and earlier if personal else earlier
            if earlier and personal:
                last_speaker["person"] = last_speaker[pronoun] = earlier  # the next "she" too
    if earlier is None and pronoun == "it" and k > 0 and _previous_is_unattributed(sentences, k) and \
            _SAYING_AFTER_IT.match(text, sp_end, sentence.end):
        # "Her office released a statement. It said ...": the organisation the sentence before, which
        # reports nobody, opens with (not the "it" of "It promises to be a long fight")
        before = sentences[k - 1]
        start, end, kind = _subject_of(text, before.start, before.end)
        if end > start and (_speaker_kind(text[start:end]) == "organisation"
                            or text[start:end].split()[-1].lower() in _RECORD_NOUNS):
            earlier = (text[start:end], kind)  # an organisation or a record: "The report was released. It found"
    if earlier is None and pronoun == "they" and k > 0 and _previous_is_unattributed(sentences, k):
        # "Reps. DeFazio and Inslee are crafting a letter. They're hoping ...": the
        # group or the names joined by "and" that open the sentence before
        earlier = _opening_group(text, sentences[k - 1].start, sentences[k - 1].end)
    anyone = last_speaker.get("any")
    if pronoun == "it" and anyone and (_is_bare_plural(anyone[0].split()[-1]) or _is_titled_person(anyone[0])):
        # "it" is no plural ("Microsoft won praise from researchers. It said ...") and no person a
        # title names ("..., Ms. Collins said. Her office released a statement. It said ...")
        anyone = None
    earlier = earlier or last_speaker.get(pronoun if personal else _PRONOUNS[pronoun]) or (
        None if _PRONOUNS[pronoun] == "person" else anyone)
    if earlier is None and personal:
        earlier = _antecedent_in_sentence(text, left, sp_start, pronoun)  # a name earlier in the clause
    return earlier or None

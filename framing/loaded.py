"""Loaded language and word choice.

Loaded terms carry a judgement that a plainer word would not ("illegally annexed",
"overwhelmingly voted", "useful idiots"), by category: legitimising, delegitimising,
name-calling, emotive intensifier, euphemism, subjective evaluation (after Recasens et al.
2013 and Da San Martino et al. 2019). Both sides of a contested framing are listed alike.
A term inside a quotation is the speaker's, not the outlet's: it is kept, marked ``quoted``.

Word-choice variants are the spellings and names outlets split on (Kyiv/Kiev,
invasion/military operation): not loaded in themselves, but telling when compared.

>>> [(s.text, s.category, s.alternative) for s in find_loaded("Russia illegally annexed Crimea.", [])]
[('illegally annexed', 'delegitimising', 'annexed')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from weakref import WeakKeyDictionary

from .lexicon import Lexicon
from .model import Span
from .sentences import split_sentences

__all__ = ["find_loaded", "find_word_choices", "physical_sense", "DEGREE_ADVERBS"]


def _within(quotes: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and quotes[k][0] < pos < quotes[k][1]


# A word derived from a listed adjective carries the same judgement: its -ly adverb ("brutally",
# "recklessly"), its -ness noun ("recklessness", "nastiness") and its comparative or superlative
# ("harsher", "ugliest"; Quirk et al. 1985 on gradable evaluative adjectives). So does the other
# participle of a listed verb ("smeared" for "smearing", "caving" for "caved"). One pass over the
# words with those endings, each looked up by its likely stems.
_DERIVED_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{3,}(?:ly|ness|er|est|ed|ing)(?![\w'’-])")


def _ly_stems(word: str) -> tuple[str, ...]:
    """Adjectives an -ly adverb may come from: brutal-ly, reckless-ly, hysterical-ly, angri-ly, gentl-y."""
    stem = word[:-2]
    stems = [stem, stem + "e"]
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")  # angrily -> angry
    if stem.endswith("al"):
        stems.append(stem[:-2])  # hysterically -> hysteric
    if word.endswith("bly") or word.endswith("ply"):
        stems.append(word[:-1] + "e")  # horribly -> horrible
    return tuple(stems)


def _ness_stems(word: str) -> tuple[str, ...]:
    """Adjectives a -ness noun may come from: reckless-ness, nasti-ness (nasty)."""
    stem = word[:-4]
    return (stem, stem[:-1] + "y") if stem.endswith("i") else (stem,)


def _graded_stems(word: str) -> tuple[str, ...]:
    """Adjectives a comparative or superlative may come from: harsh-er, ugli-est (ugly), bigg-er (big),
    crud-est (crude). Nouns that only look graded are left out: for -er a stem plus "e" ("hater",
    "faker" are agents) and a plain stem shorter than five letters ("number", "owner")."""
    superlative = word.endswith("est")
    stem = word[:-3] if superlative else word[:-2]
    if len(stem) < 4 or (not superlative and len(stem) < 5 and not stem.endswith("i")):
        return ()
    stems = [stem]
    if superlative:
        stems.append(stem + "e")
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])
    return tuple(stems)


def _other_participles(word: str) -> tuple[str, ...]:
    """The -ing form of an -ed word and the -ed forms of an -ing word: smear-ed <-> smear-ing,
    cav-ed <-> cav-ing (cave), ripp-ed <-> ripp-ing, horrifi-ed <-> horrify-ing, agree-d <-> agree-ing."""
    if word.endswith("ied"):
        return (word[:-3] + "ying",)
    if word.endswith("ed"):
        stem = word[:-2]
        return (stem + "ing", stem + "eing") if stem.endswith("e") else (stem + "ing",)
    stem = word[:-3]
    if len(stem) < 3:
        return ()  # "bring", "thing": no verb stem to pair
    if stem.endswith("y"):
        return (stem + "ed", stem[:-1] + "ied")
    return (stem + "ed", stem + "d") if stem.endswith("e") else (stem + "ed",)


def _derivation(word: str) -> tuple[str, tuple[str, ...]]:
    """What a word with a derivational ending may be (named as in the span's rule) and its stems."""
    if word.endswith("ly"):
        return "adverb", _ly_stems(word)
    if word.endswith("ness"):
        return "noun", _ness_stems(word)
    if word.endswith("est"):
        return "superlative", _graded_stems(word)
    if word.endswith(("ed", "ing")):
        return "verb form", _other_participles(word)
    return "comparative", _graded_stems(word)


# Most words with those endings derive from nothing listed ("reported", "meeting"), and the same
# words come back in every article: each lexicon remembers its answers, bounded so a huge corpus
# stays flat. Keyed weakly, so an edited lexicon the app drops takes its answers with it.
_DERIVED_LOOKUPS: WeakKeyDictionary[Lexicon, Callable[[str], tuple[str, str] | None]] = WeakKeyDictionary()


def _derived_lookup(lexicon: Lexicon) -> Callable[[str], tuple[str, str] | None]:
    """A function from a lower-case word to (form, listed stem) when the word derives from a
    listed adjective or verb of a category whose derived words are loaded too, else None."""
    lookup = _DERIVED_LOOKUPS.get(lexicon)
    if lookup is None:
        rows = lexicon.rows

        @lru_cache(maxsize=100_000)
        def lookup(word: str) -> tuple[str, str] | None:
            if word in rows:
                return None  # listed itself: the lexicon pass has it
            form, stems = _derivation(word)
            stem = next((st for st in stems if st in rows and rows[st].get("category") in _DERIVED_CATEGORIES), None)
            return (form, stem) if stem else None

        _DERIVED_LOOKUPS[lexicon] = lookup
    return lookup


# A hyphenated compound that labels people by an obsession, a hatred or a campaign of fear
# ("Trump-hating", "gun-obsessed", "war-mongering", "race-baiting", "power-hungry"): the
# labelling morphology of name calling (Da San Martino et al. 2019). Listed compounds
# ("freedom-loving", "fear-mongering") keep their own row and category.
_LABEL_HEAD = re.compile(r"""
    -(?<=[A-Za-z]-)                      # joined to what the label is about: "Trump-", "gun-"
                                         # (the hyphen first: the engine then jumps from hyphen to hyphen)
    (?P<head>loving|hating|haters?|obsessed|crazed|crazy|deranged|addled
      |mongering|mongers?|baiting|bashing|worshipp?ing|hungry|happy)
    (?![\w-])
    """, re.VERBOSE | re.IGNORECASE)


def _compound_start(text: str, hyphen: int) -> int:
    """Where the compound ending at ``hyphen`` starts: back over letters and inner hyphens
    ("climate-change-denying"); -1 when it is glued to a digit or an apostrophe."""
    start = hyphen
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    while text[start] == "-":
        start += 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’_"):
        return -1
    return start


def find_loaded(text: str, quotes: list[tuple[int, int]], lexicon: Lexicon | None = None) -> list[Span]:
    """Loaded-term spans; ``quoted`` is True for those inside a quotation (the speaker's words).

    A lexicon row of category ``technical_term`` ("hate crime") is an exception: it is matched so
    that the loaded word inside it is not, and it is not reported.

    Three sources, each named in the span's ``rule``: a lexicon term (``term: ...``); a word
    derived from a listed adjective or verb (``pattern: adverb of ...``, ``noun of``,
    ``comparative of``, ``superlative of``, ``verb form of``); a hyphenated label compound such
    as "Trump-hating" (``pattern: label compound in -hating``).
    """
    if lexicon is None:
        from .annotate import default_lexicons
        lexicon = default_lexicons().loaded
    starts = [q[0] for q in quotes]
    matches = list(lexicon.finditer(text))
    spans = [
        Span(m.start, m.end, "loaded", m.row.get("category", ""), m.text, f"term: {m.row['term']}",
             _within(quotes, starts, m.start), m.row.get("neutral_alternative", ""))
        for m in matches if m.row.get("category") != TECHNICAL_TERM
    ]
    taken = {m.start for m in matches}
    rows = lexicon.rows
    derived_from = _derived_lookup(lexicon)
    # Each distinct word once; only the few that derive from a listed word are then located.
    derived = {w: found for w in set(_DERIVED_WORD.findall(text)) if (found := derived_from(w.lower()))}
    for start, word in sorted(_occurrences(text, derived)):
        if start in taken:
            continue
        form, stem = derived[word]
        spans.append(Span(start, start + len(word), "loaded", rows[stem].get("category", ""), word,
                          f"pattern: {form} of {stem}", _within(quotes, starts, start), ""))
        taken.add(start)
    for m in _LABEL_HEAD.finditer(text):
        start = _compound_start(text, m.start())
        if start < 0 or start in taken or text[start:m.end()].lower() in rows:
            continue
        spans.append(Span(start, m.end(), "loaded", "name_calling", text[start:m.end()],
                          f"pattern: label compound in -{m.group('head').lower()}", _within(quotes, starts, start), ""))
    spans = [s for s in spans if not _in_a_plain_sense(text, s)]
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


# A verb of measured change: the degree adverb after it says how much a figure moved ("shares fell
# sharply", "cases rose dramatically"), not how the writer judges it.
_MEASURED_CHANGE_BEFORE = re.compile(
    r"\b(?:ris(?:e|es|ing|en)|rose|fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|gr(?:ow|ows|ew|owing|own)|climb(?:s|ed|ing)?|"
    r"jump(?:s|ed|ing)?|slow(?:s|ed|ing)?|slid|slip(?:s|ped|ping)?|shr(?:ink|inks|ank|inking|unk)|"
    r"narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|cut)\s+$", re.IGNORECASE)


# Words loaded as metaphors for people (a flood or a swarm of migrants; Lakoff 2004) that news also
# uses for the thing itself: "the flood killed 12", "flood waters", "a swarm of bees".
_LITERAL_NOUNS = frozenset({"flood", "swarm"})
# What may follow the word as a verb of people ("migrants flood the border", "flood into", "swarm
# over") or as a metaphor ("a flood of complaints").
_AFTER_THE_METAPHOR = frozenset("""of the a an this that these those our their its his her my your every all
    into in across over through onto to from back out with around""".split())
# A determiner, perhaps with an adjective: "the flood", "the worst flood", "a devastating flood".
_NOUN_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|last|its|their|our|his|her|year's|week's)\s+"
                              r"(?:[a-z]+(?:est|ing|ed|ful|ous|ic|al|ive|ble|ly)\s+)?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")


def _names_the_thing_itself(text: str, start: int, end: int) -> bool:
    """Whether the flood or swarm at ``start:end`` is the thing itself: before a noun it names
    ("flood waters", "flood defences"), or a noun after a determiner with no "of" after it ("the
    flood killed 12"). "A flood of complaints" and "migrants flood the border" stay loaded. (A swarm
    of bees or drones is told by ``_swarm_of_things``.)"""
    following = _NEXT_WORD.match(text, end)
    word = following.group(1) if following else ""
    if word.lower() == "of":
        return False
    if not word or word[:1].islower() and word.lower() not in _AFTER_THE_METAPHOR:
        # "flood waters", or nothing after it ("the worst flood."); but "migrants flood towns"
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        return not (before and before.group(1).lower() in _CROWDS)
    if _EVERY_SEASON.match(text, end):
        return True  # "coastal towns flood every spring": water, by the calendar
    return _NOUN_DETERMINER.search(text, max(0, start - 30), start) is not None


# A time that comes round again: places flood "every spring", "each winter", "every few years".
_EVERY_SEASON = re.compile(r"\s+(?:every|each)\s+(?:few\s+|other\s+|\w+\s+)?(?:spring|summer|autumn|fall|winter|"
                           r"year|years|season|monsoon|time\s+it\s+rains)\b", re.IGNORECASE)


# People who come in numbers, the subjects of the metaphor ("migrants flood towns").
_CROWDS = frozenset("""migrants immigrants refugees asylum-seekers seekers tourists visitors crowds protesters
    demonstrators fans shoppers foreigners people workers students voters""".split())
# Water and what brings it: a flood that follows one of these is the thing itself ("heavy rain
# flooded the streets", "the river flooded the town", "flooded with seawater").
_WATER = frozenset("""water waters floodwater floodwaters seawater rain rains rainfall downpour downpours river rivers
    creek stream streams lake sea seas ocean tide tides wave waves surge storm storms hurricane typhoon cyclone
    monsoon snowmelt dam pipe pipes sewage mud""".split())
# What a flood of people or things runs into ("refugees flooded into Europe").
_INTO = frozenset({"into", "onto", "across", "through"})
_OBJECT_START = frozenset("the a an its their his her our this that these those every".split())
_CLAUSE_AFTER = re.compile(r"[^.;:!?,\n]{0,60}")
_WITH_WHAT = re.compile(r"\bwith\s+(?:(?:the|a|an|more|even|new|cheap|fresh|so|many|much)\s+)*([A-Za-z][\w'’-]*)",
                        re.IGNORECASE)


def _flooded_with_water(text: str, start: int, end: int) -> bool:
    """Whether "flooded" or "flooding" at ``start:end`` tells of water, not of people or things in
    excess. The metaphor is a flood into a place ("refugees flooded into Europe"), a flood with
    something that is not water ("flooded Ukraine with weapons", "flooded with calls") or a place
    flooded by someone ("trolls flooded her comment section", "are flooding the market"); after a
    word for water ("the river flooded the town") or with none of these ("streets flooded",
    "flooding in the south") it is the thing itself."""
    window = text[max(0, start - 40):start].lower().split()[-4:]
    if any(word.strip("’'\"“”,()") in _WATER for word in window):
        return True
    clause = _CLAUSE_AFTER.match(text, end).group()
    with_what = _WITH_WHAT.search(clause)
    if with_what:
        return with_what.group(1).lower() in _WATER
    following = _NEXT_WORD.match(text, end)
    word = following.group(1) if following else ""
    if word.lower() in _INTO:
        return False
    if word.lower() in _OBJECT_START or word[:1].isupper():
        # "flooded the news", "are flooding the market"; not the passive "were flooded the night before"
        passive = window[-1:] in (["was"], ["were"], ["been"], ["be"], ["is"], ["are"], ["got"])
        return passive and text[start:end].lower() == "flooded"
    return True


# A swarm in its dictionary senses: insects and other animals, drones and robots, earthquakes and
# small bodies in space. Next to one of these the word names the thing ("a swarm of Iranian-made
# drones", "a drone swarm", "swarming locusts"); next to people it is the metaphor that stays loaded.
_SWARM_WORDS = frozenset({"swarm", "swarms", "swarming", "swarmed"})
_SWARMING_THINGS = frozenset("""bee bees wasp wasps hornet hornets locust locusts insect insects fly flies
    mosquito mosquitoes mosquitos gnat gnats midge midges ant ants termite termites bird birds starling
    starlings bat bats fish jellyfish krill drone drones uav uavs robot robots satellite satellites
    earthquake earthquakes quake quakes tremor tremors asteroid asteroids meteor meteors meteoroids comet
    comets""".split())
# The words after it up to any punctuation.
_WORDS_AFTER = re.compile(r"(?:\s+[A-Za-z][\w'’-]*)+")


def _swarm_of_things(text: str, start: int, end: int) -> bool:
    """Whether the swarm at ``start:end`` is of insects, drones or the like: the word just before it
    ("drone swarm", "bees swarming") or the one just after it ("swarming drones") names one, or,
    after "of", one of the next four words does ("a swarm of Iranian-made drones")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1).lower() in _SWARMING_THINGS:
        return True
    after = _WORDS_AFTER.match(text, end, end + 80)
    words = after.group().lower().split() if after else []
    if words[:1] == ["of"]:
        return any(w in _SWARMING_THINGS for w in words[1:5])
    return bool(words) and words[0] in _SWARMING_THINGS


# "Offensive" as a noun is an attack ("the offensive stalled", "an offensive in the east"); as an
# adjective it judges ("offensive remarks", "deeply offensive"). The noun stands where no noun it
# could modify follows: before a verb, a preposition, a conjunction or punctuation.
_AFTER_A_NOUN = frozenset("""in on against near toward towards into across around along through by at to from of
    for with without since before after during until and but or that which who is was are were has had have
    will would may might could can should must did does do began begins begun continues continue stalls stall
    fails fail resumes gathers gains loses lost got goes went came comes there here last this next
    appears appear seems seem remains remain looks look slows""".split())
# What stands before the noun: a determiner or possessive, a name ("Russian", "Ukraine's"), a
# participle ("planned", "ongoing") or one of these modifiers, the last of them naming a campaign
# that is no war ("a charm offensive", "a public relations offensive", "a diplomatic offensive").
_BEFORE_THE_NOUN = frozenset("""the a an its their his her our this that another every new major big large main
    full-scale general final latest renewed massive joint ground air military land naval counter spring
    summer autumn fall winter charm relations diplomatic media propaganda publicity legal legislative political
    peace""".split())
_WORD_AFTER = re.compile(r"\s*([^\w\s]|[A-Za-z][\w'’-]*)")


def _is_the_military_noun(text: str, start: int, end: int) -> bool:
    """Whether "offensive" at ``start:end`` is the noun, an attack: after a determiner or a modifier
    and before no noun it could modify ("the offensive stalled", "its offensive against Ukraine",
    "an offensive."), not "offensive remarks", "was offensive to many" or "called it offensive"."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    modifier = before.group(1)
    if not (modifier[0].isupper() or modifier.lower() in _BEFORE_THE_NOUN or modifier.endswith(("’s", "'s"))
            or modifier.lower().endswith(("ed", "ing"))):
        return False  # "was offensive", "deeply offensive", "called the joke offensive"
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = after.group(1)
    return not word[0].isalpha() or word.lower() in _AFTER_A_NOUN or word.endswith("ed")


# Adverbs of a large degree: loaded as intensifiers, but not after a verb of measured change, where
# they say how far a figure moved ("shares fell sharply"); attribution reads them the same way
# ("sales declined sharply" is a fall, not a refusal).
DEGREE_ADVERBS = frozenset("""sharply dramatically drastically massively hugely steeply precipitously enormously
    substantially considerably markedly significantly tremendously""".split())


def _after_measured_change(text: str, start: int, end: int) -> bool:
    """Whether the degree adverb at ``start`` says how far a figure moved ("shares fell sharply")."""
    return _MEASURED_CHANGE_BEFORE.search(text, max(0, start - 24), start) is not None


# "Claim" casts doubt as a verb of saying or its noun ("claims that", "claim to be", "who claim"),
# not in its senses of a right or a demand ("jobless claims", "claim a refund", "a claim to the land").
_CLAIM_OF_SAYING_AFTER = re.compile(
    r"\s+(?:(?i:that)\b|(?i:to)\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\b)[a-z]+\b)")
_CLAIM_OF_SAYING_BEFORE = re.compile(r"\b(?:he|she|they|we|i|you|who|it)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?$",
                                     re.IGNORECASE)


def _claim_of_a_right(text: str, start: int, end: int) -> bool:
    """Whether "claim" at ``start`` names a right or a demand, not a doubtful saying."""
    return (_CLAIM_OF_SAYING_AFTER.match(text, end) is None
            and _CLAIM_OF_SAYING_BEFORE.search(text, max(0, start - 30), start) is None)


# Verbs of forceful contact (Levin 1993, 18.1 hit verbs) that news uses for criticism ("the
# senator slammed the plan") and for the blow itself. A path or a result after the verb is the blow:
# "a car slammed into a crowd", "the door slammed shut", "the rocket blasted off", "a fire ripped
# through the building". ("Ripped into" and "tore into" the plan are listed rows of their own.)
_FORCEFUL_CONTACT = frozenset("""slam slams slammed slamming blasted blasts blasting ripped rips ripping""".split())
_PATH_OR_RESULT = re.compile(
    r"\s+(?:into|onto|against|through|across|shut|open|down|out|on\s+the\s+brakes|the\s+brakes|"
    r"(?:the|a)\s+(?:door|doors|lid|gate|phone|hole|car|truck|ball))\b", re.IGNORECASE)
_OFF = re.compile(r"\s+off\b", re.IGNORECASE)


def physical_sense(text: str, start: int, end: int) -> bool:
    """Whether a verb of forceful contact at ``start``..``end`` tells of the blow itself, by the path
    or result after it ("slammed into a wall", "slammed the door", "blasted off"), not of criticism
    ("slammed the plan", "ripped off consumers")."""
    word = text[start:end].lower()
    if word not in _FORCEFUL_CONTACT:
        return False
    if word.startswith("blast") and _OFF.match(text, end):
        return True  # a launch ("ripped off" is a swindle, so "off" is the rocket's alone)
    path = _PATH_OR_RESULT.match(text, end)
    # "ripped into the mayor" is the listed idiom of attack in words; a fire rips *through*
    return path is not None and not (word.startswith("rip") and path.group().split()[0].lower() == "into")


# "Claimed" takes a deed or a prize as often as it casts doubt: "the group claimed the attack",
# "she claimed the title". Only a short noun phrase of that kind with no verb after it is the
# taking; "claimed the attack was staged" is the doubtful saying.
_CLAIMED_A_DEED_OR_PRIZE = re.compile(
    r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:attacks?|bombings?|killings?|assassination|kidnapping|title|titles|seat|seats|throne|prize|crown|trophy|"
    r"medal|championship|record|win|lead)\b"
    r"(?!\s+(?:is|was|were|are|had|has|have|would|will|could|did|never|came|killed|shows|proves|means|\w+ed)\b)",
    re.IGNORECASE)


def _claimed_a_deed_or_prize(text: str, start: int, end: int) -> bool:
    """Whether "claimed" or "claiming" at ``start`` takes a deed or a prize ("claimed the attack",
    "claimed the title"), not a doubtful saying ("claimed the attack was staged")."""
    return _CLAIMED_A_DEED_OR_PRIZE.match(text, end) is not None


# "Lies" is also the verb of where a thing is (Merriam-Webster, lie 1): "which lies off the coast",
# "the problem lies in ...", "the madness that lies ahead", "Downstream lies Kinshasa". A word of
# place after it is enough; "in", "on", "at" and "with" only after a thing as subject ("which",
# "that", "it", or a noun such as "problem"): "he lies on television" still lies.
_PLACE_AFTER_LIES = re.compile(
    r"\s+(?:ahead|beyond|behind|beneath|below|within|off|along|across|between|near|somewhere|elsewhere|"
    r"north|south|east|west)\b", re.IGNORECASE)
_IN_ON_AT_AFTER_LIES = re.compile(r"\s+(?:in|on|at|with|upon)\b", re.IGNORECASE)
_THING_BEFORE_LIES = re.compile(
    r"\b(?:which|that|where|it|problem|answer|blame|truth|difference|hazard|responsibility|fault|power|future|"
    r"solution|issue|question|key|challenge|danger|risk|heart|root|source|strength|weakness|town|city|village|"
    r"island|country|region|border|river|body|grave|hope|interest|trouble|secret|irony|paradox)\s+$", re.IGNORECASE)
_PLACE_BEFORE_LIES = re.compile(
    r"(?:^|[.!?\n]\s*|\b)(?:here|there|downstream|upstream|beyond|below|above|nearby|ahead)\s+$", re.IGNORECASE)


def _lies_somewhere(text: str, start: int, end: int) -> bool:
    """Whether "lies" at ``start`` is the verb of where a thing is ("which lies off the coast", "the
    problem lies in ...", "Downstream lies Kinshasa"), not falsehoods or lying."""
    before = text[max(0, start - 20):start]
    return bool(_PLACE_AFTER_LIES.match(text, end) or _PLACE_BEFORE_LIES.search(before)
                or _IN_ON_AT_AFTER_LIES.match(text, end) and _THING_BEFORE_LIES.search(before))


# Evaluative adjectives with a literal sense that news uses daily: of the weather ("bitter cold",
# "a harsh winter", "fierce winds"), of a substance's harm ("toxic waste", "dangerous chemicals") and
# of a disease's course ("an aggressive cancer"). Before such a noun, with at most one word between ("a
# bitter Arctic wind", "aggressive breast cancer"), the adjective judges nothing; "bitter divisions",
# "toxic rhetoric" and "an aggressive policy" stay loaded. (Fixed technical names, "extreme poverty"
# or "a massive stroke", are the lexicon's technical_term rows.) "Radical" is the same before a
# change: "radical reforms" are far-reaching ones; "the radical wing" and "radical groups" label.
_WEATHER = """cold chill wind winds gusts winter winters frost frosts weather temperatures temperature heat heatwave
    heatwaves storm storms blizzard blizzards snow snowstorm rain rains climate drought droughts""".split()
_SUBSTANCES = """chemical chemicals waste gas gases fumes smoke substance substances spill spills leak leaks metals
    sludge algae mould mold pollutants pollution emissions dust ash runoff""".split()
_CLINICAL = """cancer cancers tumour tumours tumor tumors disease diseases infection infections strain strains
    lymphoma leukaemia leukemia virus viruses bacteria treatment treatments therapy chemotherapy""".split()
_PLAIN_BEFORE_THESE_NOUNS = {
    "bitter": frozenset(_WEATHER + ["minus", "taste", "aftertaste"]),
    "harsh": frozenset(_WEATHER),
    "brutal": frozenset(_WEATHER),
    "fierce": frozenset(_WEATHER),
    "extreme": frozenset(_WEATHER),
    "dangerous": frozenset(_WEATHER + _SUBSTANCES + ["ice", "levels", "currents", "radiation"]),
    "toxic": frozenset(_SUBSTANCES),
    "aggressive": frozenset(_CLINICAL),
    "radical": frozenset("""reform reforms change changes overhaul shift shifts departure transformation rethink
        restructuring redesign simplification break""".split()),
}
# Words between the adjective and its noun that end the phrase: "bitter and cold", "harsh on waste".
_NOT_A_MODIFIER = frozenset("""and or but of on to in for with about over as than that is was are were""".split())
_KINDS = frozenset({"form", "forms", "type", "types", "kind", "strain"})


def _words_after(text: str, end: int, count: int) -> list[str]:
    """Up to ``count`` words right after ``end``, lower-cased, stopping at punctuation."""
    words = []
    while len(words) < count and (following := _NEXT_WORD.match(text, end)):
        words.append(following.group(1).lower())
        end = following.end()
    return words


def _plain_by_its_noun(text: str, start: int, end: int) -> bool:
    """Whether the adjective at ``start:end`` tells of the weather, a substance, a disease or the
    reach of a change by the noun it goes with ("bitter cold", "toxic waste", "an aggressive form of
    cancer", "radical reforms"), not of a judgement ("bitter divisions", "toxic rhetoric")."""
    nouns = _PLAIN_BEFORE_THESE_NOUNS.get(text[start:end].lower(), frozenset())
    words = _words_after(text, end, 4)
    if words[:1] and words[0] in _KINDS and words[1:2] == ["of"]:
        words = words[2:]
    return bool(words) and (words[0] in nouns or len(words) > 1 and words[0] not in _NOT_A_MODIFIER
                            and words[1] in nouns)


#: For a word loaded in one sense and plain in another, the tests that find its plain sense here.
_PLAIN_SENSE_TESTS: dict[str, tuple[Callable[[str, int, int], bool], ...]] = {
    **{adverb: (_after_measured_change,) for adverb in DEGREE_ADVERBS},
    **{word: (_swarm_of_things,) for word in _SWARM_WORDS},
    **{noun: (_names_the_thing_itself,) for noun in _LITERAL_NOUNS},
    "swarm": (_names_the_thing_itself, _swarm_of_things),
    "flooded": (_flooded_with_water,),
    "flooding": (_flooded_with_water,),
    "offensive": (_is_the_military_noun,),
    "lies": (_lies_somewhere,),
    "claim": (_claim_of_a_right,),
    "claims": (_claim_of_a_right,),
    "claimed": (_claimed_a_deed_or_prize,),
    "claiming": (_claimed_a_deed_or_prize,),
    **{verb: (physical_sense,) for verb in _FORCEFUL_CONTACT},
    **{adjective: (_plain_by_its_noun,) for adjective in _PLAIN_BEFORE_THESE_NOUNS},
}


def _in_a_plain_sense(text: str, span: Span) -> bool:
    """Whether a loaded span's word stands here in a sense that judges nothing: a flood of water,
    a swarm of drones, a military offensive, a figure that fell sharply."""
    return any(test(text, span.start, span.end) for test in _PLAIN_SENSE_TESTS.get(span.text.lower(), ()))


_WORD_CHAR = re.compile(r"[\w'’-]")


def _occurrences(text: str, words: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(start, word) for every occurrence of each word standing alone (no letter, digit, apostrophe
    or hyphen on either side). A few words, each found with str.find: much faster than a regex
    of them tried at every position of the text."""
    for word in words:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not (start and _WORD_CHAR.match(text, start - 1) or _WORD_CHAR.match(text, end)):
                yield start, word
            start = text.find(word, start + 1)


#: The lexicon category of listed exceptions: a legal or technical name that holds a loaded word
#: ("hate crime", "terrorist attack", "disaster declaration"). The longest match takes it, so the
#: word inside is not flagged, and it is not reported itself.
TECHNICAL_TERM = "technical_term"

#: The word-choice concept of listed exceptions: a phrase that holds a variant's word but names
#: something else ("nuclear war", "the energy crisis"); the variant inside it is not counted.
ANOTHER_SENSE = "another sense"

# Adjective categories whose derived words are loaded too (not name-calling nouns or euphemisms).
_DERIVED_CATEGORIES = frozenset({"emotive_intensifier", "subjective_evaluative", "delegitimising", "legitimising"})


def find_word_choices(text: str, quotes: list[tuple[int, int]], lexicon: Lexicon | None = None,
                      sentences: list[tuple[int, int]] | None = None) -> list[Span]:
    """Word-choice spans; ``category`` is the concept (e.g. "capital of Ukraine"), ``rule`` the variant.
    A variant with a ``context`` counts only in a text that holds one of its words, one with ``near``
    words only in a sentence that holds one of them. A row of concept ``ANOTHER_SENSE`` ("nuclear
    war") is matched so that the variant inside it is not, and is not reported. ``sentences`` are
    the text's (start, end) sentences, split here when a ``near`` row needs them and none are given."""
    if lexicon is None:
        from .annotate import default_lexicons
        lexicon = default_lexicons().word_choice
    starts = [q[0] for q in quotes]
    about: dict[str, bool] = {}  # each context looked for once per text
    spans = []
    found = [(m.start, m.end, m.text, m.row) for m in lexicon.finditer(text)]
    inside = _names_inside_variants(lexicon, found)
    if "-" in text:
        inside += _names_in_compounds(text, lexicon, found)
    if inside:
        found = sorted(found + inside, key=lambda f: f[:2])
    for start, end, matched, row in found:
        if row.get("concept") == ANOTHER_SENSE:
            continue
        context = row.get("context") or ""
        if context and context not in about:
            about[context] = _context_pattern(context).search(text) is not None
        if context and not about[context]:
            continue  # "withdrew its offer" in a story that never names Ukraine or Russia
        near = row.get("near") or ""
        if near:
            if sentences is None:
                sentences = [(s_start, s_end) for s_start, s_end, _ in split_sentences(text)]
            if not _sentence_holds(text, sentences, start, near):
                continue  # "attempting to withdraw from the spotlight": no troops, front or place in the sentence
        spans.append(Span(start, end, "word_choice", row.get("concept", ""), matched,
                          f"variant: {row['variant']}", _within(quotes, starts, start), row.get("framing", "")))
    return spans


def _sentence_holds(text: str, sentences: list[tuple[int, int]], start: int, near: str) -> bool:
    """Whether the sentence that holds ``start`` holds one of the ``near`` words ("troops|Kherson")."""
    k = bisect_right(sentences, (start, len(text) + 1)) - 1
    s_start, s_end = sentences[k] if k >= 0 else (0, len(text))
    return _context_pattern(near).search(text, s_start, s_end) is not None


# A word joined by hyphens, around one of them: "Kiev-based", "pro-Kyiv".
_COMPOUND_LEFT = re.compile(r"[\w'’-]*$")
_COMPOUND_RIGHT = re.compile(r"[\w'’-]*")


def _names_in_compounds(text: str, lexicon: Lexicon, found: list[tuple]) -> list[tuple]:
    """A variant that is a name, spelt with its capital, inside a hyphenated word the lexicon did
    not match whole: "Kiev-based", "pro-Kyiv", "Odesa-born". The spelling of a name is the choice
    whatever it is joined to; a common word inside a compound ("anti-war") is not counted."""
    taken = [(start, end) for start, end, _, _ in found]
    extra = []
    hyphen = text.find("-")
    while hyphen >= 0:  # a few hyphens a text: found with str.find, each compound read around one
        start = _COMPOUND_LEFT.search(text, max(0, hyphen - 40), hyphen).start()
        end = _COMPOUND_RIGHT.match(text, hyphen).end()
        compound = text[start:end]
        if compound.lower() != compound and not any(s < end and start < e for s, e in taken):
            position = start
            for part in compound.split("-"):
                row = lexicon.rows.get(part.lower())
                if row and part[:1].isupper() and part == row.get("variant"):
                    extra.append((position, position + len(part), part, row))
                position += len(part) + 1
        hyphen = text.find("-", end + 1)
    return extra


# A capitalised word, without its possessive: "Kiev" in "the Kiev regime", "Zelensky" in "Zelensky's regime".
_CAPITALISED_WORD = re.compile(r"[A-Z]\w*")


def _names_inside_variants(lexicon: Lexicon, found: list[tuple]) -> list[tuple]:
    """A name that is a variant of another concept, inside a longer variant: "Kiev" in "the Kiev
    regime", "Zelensky" in "Zelensky's regime". The longer variant names one thing (the government)
    and the name's spelling is a choice of its own. A phrase of another sense ("chicken Kiev") names
    neither."""
    extra = []
    for start, end, matched, row in found:
        if " " not in matched or row.get("concept") == ANOTHER_SENSE:
            continue
        for word in _CAPITALISED_WORD.finditer(matched):
            inner = lexicon.rows.get(word.group().lower())
            if inner and inner.get("variant") == word.group() and inner.get("concept") not in (row.get("concept"),
                                                                                                   ANOTHER_SENSE):
                extra.append((start + word.start(), start + word.end(), word.group(), inner))
    return extra


@lru_cache(maxsize=256)
def _context_pattern(context: str) -> re.Pattern:
    """The words of a variant's ``context`` ("Ukraine|Russia"), each as a whole word, its possessive
    ("Russia's") or a part of a hyphenated word ("Russian-occupied", "pro-Kyiv"), in any case."""
    words = [re.escape(word.strip()) for word in context.split("|") if word.strip()]
    return re.compile(r"(?<![\w'’])(?:" + "|".join(words) + r")(?:['’]s)?(?![\w'’])", re.IGNORECASE) if words \
        else re.compile(r"(?s:.)")

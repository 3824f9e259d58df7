"""Word classes the attribution rules share: function words, adverbs, the nouns that name
sources, the forms of report verbs, and small tests on single words ("is this word in -ly an
adverb?", "may this lower-case word head a noun phrase?").
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from ..lexicon import Match


# Words that may stand inside a speaker's noun phrase in lower case ("the U.S. official",
# "Kremlin spokesman Dmitry Peskov", "one US official"): roles, ranks and determiners.
_SOURCE_NOUNS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople spokesmen adviser advisers advisor
    advisors aide aides minister ministers secretary president leader leaders ambassador diplomat diplomats
    envoy analyst analysts expert experts critic critics observer observers source sources people person
    insider insiders lawmaker lawmakers senator senators governor mayor lawyer lawyers attorney prosecutor
    prosecutors officer officers general commander commanders researcher researchers scientist scientists
    economist economists author authors police authorities ministry office department agency government
    administration statement report reports media outlet newspaper paper channel agency residents witnesses
    member members representative representatives chairman chairwoman chair director head chief staff
    campaign spokesmen supporters opponents activists officials' allies associates staffers investigators
    correspondent reporter reporters editor editors intelligence service services military army nominee nominees
    candidate candidates user users columnist columnists commentator commentators host judge judges panel
    defense defence prosecution""".split()
)
_MODIFIERS = frozenset(
    """the a an one two three four several some many most other another his her their its our senior former
    top deputy foreign defense defence security national state military intelligence western european
    american ukrainian russian presidential press news veteran high-ranking ranking administration
    u.s. us uk u.k. eu federal local regional international unnamed anonymous
    current retired ex- two-term this that these those both all""".split()
)

# Capitalised words that do not make a source named on their own: nationalities and the like.
_DEMONYMS = frozenset(
    """us u.s. usa uk u.k. eu american americans russian russians ukrainian ukrainians western european
    british french german chinese israeli iranian palestinian turkish polish indian japanese korean
    the a an one some many several
    senior former top officials official sources source""".split()
)
# Capitalised adjectives that make a group of the plural noun after them ("Western countries").
_GROUP_ADJECTIVES = frozenset(
    """western eastern northern southern european american african asian arab latin republican democratic
    conservative liberal russian ukrainian chinese british french german israeli palestinian""".split()
)
# Heads that name nobody: a source made of these (and the words above) is anonymous.
_GENERIC_HEADS = frozenset(
    """official officials source sources people person insider insiders aide aides adviser advisers advisor
    advisors diplomat diplomats analyst analysts expert experts critic critics observer observers someone
    some many others allies associates staffers spokesman spokeswoman spokesperson officer officers
    authorities media reports report lawmakers residents witnesses members representatives investigators
    supporters opponents activists""".split()
)
# The heads that make a source anonymous in the journalistic sense: unnamed individuals
# ("a senior official", "sources", "people familiar with ..."). Named groups ("activists",
# "lawmakers", "authorities") are sources the reader can place, so they count as named.
_ANONYMOUS_HEADS = frozenset(
    """official officials source sources people person persons insider insiders aide aides adviser advisers
    advisor advisors diplomat diplomats analyst analysts expert experts critic critics observer observers
    someone some many others allies associates staffers spokesman spokeswoman spokesperson reports report""".split()
)
# States, lower-cased: countries' names and the capitals that stand for their governments
# (framing/data/countries.txt, capitals.txt).
_STATES = frozenset(
    line.strip().lower()
    for name in ("countries.txt", "capitals.txt")
    for line in files("framing").joinpath("data", name).read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def _names_a_state(phrase: str) -> bool:
    """Whether the phrase is a country's name, with or without "the" ("the US", "Ukraine"), or
    its capital standing for its government ("Moscow said"); capitalised, so that the pronoun
    "us" is not one."""
    name = phrase.strip()
    if name[:4].lower() == "the ":
        name = name[4:].lstrip()
    return name[:1].isupper() and name.lower() in _STATES


# Which earlier speaker a pronoun can point back to.
_PRONOUNS = {"he": "person", "she": "person", "i": "person", "they": "group", "we": "group", "it": "organisation"}

_ANONYMOUS_PHRASE = re.compile(
    r"""(?:(?:people|persons|sources|officials|those|someone|a\ person|one\ person|an\ official|aides|diplomats)
         (?:\s+\w+){0,2}?\s+
         (?:familiar\ with|close\ to|briefed\ on|knowledgeable\ about|with\ (?:direct\ )?knowledge\ of|
            involved\ in|aware\ of|who\ (?:spoke|asked|requested)\ (?:on\ condition\ of|not\ to))
        # any group or person kept unnamed by the strongest of these: "lawyers familiar with the case",
        # "a banker briefed on the talks"
        |(?:(?:an?|one)\s+)?(?-i:[a-z]+)  # a common noun in lower case, never a name
         \s+(?:familiar\ with|briefed\ on|knowledgeable\ about|with\ (?:direct\ )?knowledge\ of|
            who\ (?:spoke|asked|requested)\ (?:on\ condition\ of|not\ to)))
        (?:\s+(?:the|their|his|her|its)?\s*[\w-]+(?:[’']s)?){0,3}""",
    re.IGNORECASE | re.VERBOSE,
)

# A passive auxiliary right before a participle, perhaps with adverbs between: "was first reported",
# "has also been quoted", "it is widely said".
_PASSIVE_CUE = re.compile(
    r"\b(?:it\s+(?:is|was|has\s+been)\s+|is\s+|are\s+|was\s+|were\s+|be\s+|been\s+|being\s+|as\s+|than\s+|"
    r"get\s+|gets\s+|got\s+|gotten\s+|getting\s+)"  # the get-passive: "is getting called out"
    r"(?:(?:also|first|already|since|often|not|never|\w+ly)\s+){0,2}$",
    re.IGNORECASE,
)
# Capitalised at a sentence start, these open a clause; they never begin a speaker's name.
_FUNCTION_WORDS = frozenset(
    """when if as after before while during since but and although though despite in on at for with from
    by of to this that these those it there here what why how where which who not only also yet so
    however meanwhile still then now first second secondly finally instead lest""".split()
)


def _is_function_word(word: str) -> bool:
    """Whether ``word`` is one of the function words above, in any case but one: "WHO" in capitals
    is the World Health Organization ("The WHO said", "WHO officials said"), not the pronoun."""
    return word.lower() in _FUNCTION_WORDS and word != "WHO"


# Between a speaker and the verb: auxiliaries and adverbs ("has also repeatedly insisted").
_BETWEEN = frozenset(
    """has have had is are was were will would also again once further even still later recently
    previously publicly privately repeatedly reportedly explicitly flatly then now too already often always
    never sometimes long first just""".split()
)

# Words before a match that make it a noun, not a verb: "his comments", "the call", "their vow", "such plans".
# A preposition or a numeral right before the cue makes it a noun too ("in one tweet", "of talks"),
# and "without" a gerund of what was not said ("it goes without saying").
_NOUN_MARKERS = frozenset(
    """the a an such his her their its our my your this that these those every any no one another each first
    latest new recent in of for with on about from into without""".split()
)
# Verbs whose object is a report noun ("makes demands", "issued warnings", "voiced concerns").
# Finite forms only: "showing Trump making remarks" leaves the speaker to the main clause.
# An adjective may come between ("making false claims"), but not after "raised": "the remarks raised
# global fears" are other people's fears, no report of the remarks' speaker.
_LIGHT_VERB = re.compile(r"\b(?:(?:makes|made|making|issues|issued|issuing|voices|voiced|voicing)\s+"
                         r"(?:[a-z][a-z-]*\s+)?|(?:raises|raised)\s+)$", re.IGNORECASE)


# The same verbs, and "sent", "delivered" and "gave", before "a" or "an", perhaps an adjective, and a
# singular report noun: "issued a stark warning", "sent a chilling warning", "made an improbable remark".
_LIGHT_VERB_SINGULAR = re.compile(
    r"\b(?:makes|made|issues|issued|voices|voiced|raises|raised|sends|sent|delivers|delivered|gives|gave)"
    r"\s+(?:a|an|the\s+following)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)  # (or "made the following comment:")


# Verbs that assign blame, before "blame" as their object: "pinned blame on", "laid the blame at".
_BLAME_VERB = re.compile(r"\b(?:pins?|pinned|pinning|lays?|laid|laying|places?|placed|placing|puts?|putting|"
                         r"shifts?|shifted|shifting|assigns?|assigned|assigning)\s+(?:the\s+)?$", re.IGNORECASE)


def _light_verb_before(text: str, start: int, cue: Match) -> int | None:
    """Where a light verb before a report noun begins ("makes demands", "issued a stark warning",
    "pinned blame on"), or None."""
    if cue.text.lower() == "blame":
        light = _BLAME_VERB.search(text, max(start, cue.start - 16), cue.start)
        return light.start() if light else None
    if cue.text.endswith("s"):
        light = _LIGHT_VERB.search(text, max(start, cue.start - 30), cue.start)
    elif text.find(" a", max(start, cue.start - 30), cue.start) < 0 and \
            text.find(" following ", max(start, cue.start - 30), cue.start) < 0:
        return None  # no "a" or "an" before the noun: the common case, a verb
    else:
        light = _LIGHT_VERB_SINGULAR.search(text, max(start, cue.start - 40), cue.start)
    return light.start() if light else None


_PARTICIPLE = re.compile(r"(?:ed|said|told|thought|known|shown|written|held|seen|heard|given|made|understood|found|"
                         r"proven|spoken|sought|felt|learnt)$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a few hundred verb forms come back again and again
def _is_participle(verb: str) -> bool:
    """Whether a reporting verb's first word may be a past participle: "said", "reported", "told"."""
    return _PARTICIPLE.search(verb.split()[0]) is not None


# The last word of a passive auxiliary phrase (_PASSIVE_CUE): an auxiliary or an adverb after it.
_PASSIVE_LAST_WORDS = ("is", "are", "was", "were", "be", "been", "being", "also", "first", "already", "since", "often",
                       "not", "never", "ly", "as", "than", "get", "gets", "got", "gotten", "getting")


def _ends_in_passive_auxiliary(before: str, words: list[str]) -> bool:
    """Whether ``before`` (whose words are ``words``) ends with a passive auxiliary, perhaps with
    adverbs after it ("it is", "was first", "has also been"). The last word rules most cases out
    before the pattern is searched."""
    if not words or not before[-1].isspace():
        return False  # the auxiliary and each adverb are followed by a space
    last = words[-1]
    if last.isascii() and not last.lower().endswith(_PASSIVE_LAST_WORDS):
        return False  # (other scripts are left to the pattern, whose case folding is wider than str.lower)
    return _PASSIVE_CUE.search(before) is not None


_NAME_PARTICLES = frozenset("da de di del della dos du van von der bin al el la le ibn".split())

_CAPITALISED_WORD = re.compile(r"[A-Z][A-Za-z’'-]*")

# "For" joins a name only after the noun that heads an institution ("the Institute for the Study of
# War"); after a person's name it says whom they work for ("wrote Cameron Easley for Morning Consult").
_INSTITUTION_HEADS = frozenset(
    """institute center centre committee commission commissioner council office organization organisation
    association alliance coalition foundation fund agency department ministry minister society campaign
    network project union federation league secretary court tribunal bureau service program programme
    party movement board authority partnership""".split())


def _joins_a_name(connector: str, word_before: str) -> bool:
    """Whether ``connector`` after the capitalised ``word_before`` may run on inside one name."""
    return connector.lower() != "for" or word_before.lower() in _INSTITUTION_HEADS


_LEADING_FILLER = frozenset("and but as while that so then".split())
# A speaker phrase keeps its determiner ("The campaign said"), but not when a name follows it.
_DETERMINERS = frozenset("the a an".split())
# Determiners, numerals and possessives that open a common-noun speaker ("one slide says").
_NOUN_DETERMINERS = frozenset(
    "the a an one his her their its our this these those several some each another many most".split())
# Possessives that are contractions or pronouns, never a speaker's owner ("it’s", "that’s", "there’s").
_PRONOUN_LIKE = frozenset("it that there here what who he she let where how".split())
# Time words between a speaker and the verb: "David Axelrod on Wednesday called".
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_WORDS = _WEEKDAYS | frozenset("today yesterday tonight earlier later morning evening night week month year".split())

# A span of time and where it falls, opening a sentence: "About 30 minutes into the set,", "Two
# days after the vote," (an adverbial, no part of the subject after it).
_TIME_UNITS = frozenset(f"{unit}{s}" for unit in "second minute hour day week month year".split() for s in ("", "s"))
_TIME_SPAN_OPENING = re.compile(
    r"(?:(?:about|some|nearly|almost|just|only|barely)\s+)?[\w-]+\s+(?:" + "|".join(sorted(_TIME_UNITS)) + r")"
    r"\s+(?:into|after|before|since|later|earlier|ago)\b", re.IGNORECASE)

# Words that open an indirect question: "asked whether Moscow would", "asked why he refused".
_INDIRECT_QUESTION_WORDS = frozenset("whether if why how when where".split())

_MONTH_NAMES = frozenset("""january february march april may june july august september october november
    december""".split())
_MONTHS = _MONTH_NAMES | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

# Words in -ly that are nouns or adjectives, not adverbs: "attorneys for the family said", "an
# elderly neighbour said", "the daily reported".
_LY_NOUNS = frozenset("family ally rally assembly supply monopoly anomaly bully".split())
_LY_NOT_ADVERBS = _LY_NOUNS | frozenset(
    "early elderly daily weekly monthly quarterly yearly friendly costly deadly holy lonely ugly".split())


def _is_ly_adverb(word: str) -> bool:
    """Whether a word in -ly is an adverb ("firmly", "recently"), as most are."""
    lower = word.lower()
    return lower.endswith("ly") and lower not in _LY_NOT_ADVERBS


# One word each: a social-media handle (@name), a number with thousands ("1,400", "1,400-page": its
# comma is no clause break), numbers joined by slashes ("9/11", "24/7", "3/4/2020"), a word, a mark.
_TOKEN = re.compile(r"@\w+|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:-[A-Za-z]+)*(?![\d-])|\d{1,4}(?:/\d{1,4}){1,2}(?![\d/])|"
                    r"[\w][\w.'’\-]*|[^\w\s]")


def _stripped_end(text: str, end: int, chars: str | None = None) -> int:
    """``len(text[:end].rstrip(chars))``, without copying the text before ``end``."""
    while end > 0 and (text[end - 1].isspace() if chars is None else text[end - 1] in chars):
        end -= 1
    return end


def _tokens_before(text: str, start: int, stop: int) -> list[re.Match]:
    return list(_TOKEN.finditer(text, start, stop))


# Pronouns that name everyone, someone or no one: speakers of a kind ("No one expected ...").
_INDEFINITE_PRONOUNS = frozenset("everyone everybody someone somebody anyone anybody nobody".split())


# A legislator's party and state after the name: "R-N.C.", "D-Calif.", "I-Vt."
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")


# Participles that do not end in -ed or -ing: "a study led by ...", "a poll taken in May".
_IRREGULAR_PARTICIPLES = frozenset(
    """led held known made written given taken seen run paid sent built drawn chosen shown done heard overheard
    caught""".split())


# Words that tie a noun phrase to the head noun before it: "a spokesman for the mayor", "an ad
# from the Trump campaign", "the former first lady and U.S. senator".
_NP_LINKS = frozenset("of for from at with in to and".split())

# What may stand before a sentence's first word: a verb right after them opens the sentence.
_OPENING_MARKS = " \t\n([“‘\"'*—–-"


def _is_possessor(word: str) -> bool:
    """A possessive that can own a speaker: "Clinton’s", "the party’s" (not "it’s", "that’s")."""
    lower = word.lower()
    return lower.endswith(("’s", "'s")) and lower[:-2].isalpha() and lower[:-2] not in _PRONOUN_LIKE


# Plurals of people not made with -s: "white men demanded", "women say".
_IRREGULAR_PLURALS = frozenset("men women children people".split())


def _is_bare_plural(word: str) -> bool:
    """Whether a word may be a plural common noun standing without a determiner ("attorneys", "firms",
    "men")."""
    return (word.endswith("s") and not word.endswith("ss") or word in _IRREGULAR_PLURALS) and _is_common_noun(word)


def _is_common_noun(word: str) -> bool:
    """A lower-case word that may head or modify a noun phrase: not a function word, adverb or auxiliary."""
    return (word.isalpha() or _is_hyphenated_noun(word)) and word.islower() and word not in _FUNCTION_WORDS and \
        word not in _BETWEEN and word not in _DETERMINERS and not _is_ly_adverb(word)


def _is_hyphenated_noun(word: str) -> bool:
    """Whether a word of letters joined by hyphens may be a noun or its modifier ("co-founder",
    "vice-presidential", "pro-life"): not one that ends in a participle ("expletive-laced",
    "record-breaking"), which describes."""
    parts = word.split("-")
    return len(parts) > 1 and all(part.isalpha() for part in parts) and not parts[-1].endswith(("ed", "ing"))


# Degree words before an adverb: "most recently", "very quickly".
_DEGREE_WORDS = frozenset("most more very so too quite rather".split())

_RIGHT_BY = re.compile(r"\s+by\s+")


# An absolute clause: "with" and its subject before the participle, perhaps with a fenced aside
# ("with Ana Ruiz — who ... — lambasting"): a name, or a few words ending in a source noun.
_WITH_ABSOLUTE = re.compile(
    r"(?:^|(?<=[\s,(]))with\s+(?P<source>(?:the\s+)?(?P<name>[A-Z][\w.’'&-]*(?:\s+(?:of\s+)?[A-Z][\w.’'&-]*)*)"
    r"|(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+))\s*(?:[—–]+[^—–]{1,150}[—–]+\s*|,[^,]{1,150},\s*)?$")


# Words that open a subordinate clause: "When Patriot signaled ..., Mr. Barrett said". Not "as":
# "As one analyst noted, ..." is itself a report.
_SUBORDINATORS = frozenset("when whenever after before while if although though because since until once lest".split())


# A second opening clause after the first one's comma: ", but before ...", ", and after ...".
_ANOTHER_SUBORDINATE = re.compile(r"\s*(?:(?:and|but|or)\s+)?(?:" + "|".join(sorted(_SUBORDINATORS)) + r")\b")

# Quantifiers that want a plural noun after them: "some calls", "enough votes to pass", "no claims".
_PLURAL_QUANTIFIERS = frozenset(
    """many several few fewer some enough more numerous various multiple countless no any both two three four
    five six seven eight nine ten dozens""".split()
)

# A plural noun, as a pattern: "officials", "clubs" (not "press", "class").
_PLURAL_WORD = r"[A-Za-z][a-z-]*[a-rt-z]s"

# Prepositions that open a noun phrase the cue may end: "of", "in", "for" ...
_NOUN_PREPOSITIONS = frozenset("of in on for with about from into over against amid among at by".split())


_DEMONSTRATIVES = frozenset("this that these those".split())


def _word_before(words: list[str]) -> str:
    """The last of ``words`` in lower case, looking past adverbs and adjectives in -ly: in "a
    hastily called meeting" and "the monthly points" the word that tells noun from verb is the
    determiner; a noun in -ly is that word ("attorneys for the family said")."""
    k = len(words) - 1
    while k > 0 and (
            words[k].lower().endswith("ly") and words[k].lower() not in _LY_NOUNS and words[k].isalpha()
            or words[k].lower() == "first" and not (
                words[k - 1].lower() in _NOUN_MARKERS or words[k - 1].lower().endswith(("’s", "'s")))):
        k -= 1  # "first" after a name is an adverb too: "NBC News first published"; not in "his first remarks"
    if k > 0 and words[k].lower() in ("all", "both") and words[k - 1].lower() in _DEMONSTRATIVES:
        k -= 1  # a quantifier after a demonstrative: "That all suggests" reads as "That suggests"
    return words[k].lower() if k >= 0 else ""


# Auxiliaries, modals, negation and the infinitive marker: a subject ends before the first of them.
_AUXILIARIES = frozenset(
    """is are was were be been being am has have had do does did will would shall should can cannot could may
    might must to not isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't
    wouldn't can't couldn't shouldn't isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t don’t doesn’t
    didn’t won’t wouldn’t can’t couldn’t shouldn’t""".split()
)


# Past-tense verbs not in -ed: "The council on Friday made ...", "parents with kids in schools sent ...".
_IRREGULAR_PAST = frozenset(
    """made sent took gave told said wrote came went held met won lost began found left put ran saw brought
    thought knew spoke led paid kept became struck sought got felt heard meant stood bought caught chose drew
    drove flew forgot fought grew taught threw sold spent swore wore rose fell shrank sank broke shook fled fed"""
    # and regular pasts too short for the test of length that other words in -ed pass ("Trump used Twitter")
    """ used owed eyed""".split()
)


def _is_past_form(word: str) -> bool:
    """Whether a word in lower case may be a verb in the past: a word of five letters or more in
    -ed ("angered", not "red" or "bed") or an irregular past ("met", "used")."""
    return word.islower() and (len(word) > 4 and word.endswith("ed") or word in _IRREGULAR_PAST)


# Adverbs that may stand before a number that opens a subject: "Only 52 percent", "Nearly 40 states".
_FOCUSING_ADVERBS = frozenset("only just nearly almost about roughly some over under barely fully".split())


# Words that open an adverbial phrase or clause before a sentence's subject: "In the process, he
# ...", "When it was my turn, I ...", "At the very least, he ...".
_ADVERBIAL_OPENERS = _SUBORDINATORS | frozenset(
    """in on at during after before for with from amid despite following under as unlike like over throughout
    within across through by among into toward towards beyond besides near outside inside""".split())


# Endings of plural nouns for people ("operatives", "organizers", "residents", "committees"); a verb
# in -s after a name ("Scott bristles at", "Pelosi insists on") has none of them.
_PEOPLE_ENDINGS = ("ers", "ives", "ents", "ians", "ees", "ors")


def _names_people(plural: str) -> bool:
    """Whether a lower-case plural names people: a source noun or a generic head ("officials",
    "aides") or a noun with an ending for people ("operatives", "organizers", "residents")."""
    return plural in _GENERIC_HEADS or plural in _SOURCE_NOUNS or plural.endswith(_PEOPLE_ENDINGS)


_FUNCTION_WORDS_CAPITALISED = frozenset(word.capitalize() for word in _FUNCTION_WORDS)


# The nouns of the evidence and venue patterns below, each list in one place: the patterns use
# them, and so does the one pass that finds which sentences could match any of those patterns.
_EVIDENCE_NOUNS = r"""polls?|polling|surveys?|stud(?:y|ies)|data|analys[ie]s|research|records|documents?|
    figures|statistics|estimates|census|audits?|memos?|filings?|averages|website|recordings?|
    average(?=\s+(?:shows?|showed|finds?|found)\b)|
    footage|videos?|transcripts?|results"""
_HEADLINE_EVIDENCE_NOUNS = r"""Polls?|Polling|Surveys?|Stud(?:y|ies)|Data|Analys[ie]s|Research|Records|Documents?|Figures|
    Statistics|Census|Audits?|Memos?|Report|Video|Footage|Transcripts?|Website"""
_ESTIMATE_NOUNS = r"estimates?|accounts?|counts?|measures?|tall(?:y|ies)|calculations?|reckonings?|admissions?"
_RECORD_NOUNS_OF_VENUE = r"polls?|surveys?|study|report|analysis|audit|review"
_STATEMENT_NOUNS = r"""statement|interview|tweet|letter|op-ed|speech|email|e-mail|memo|press\s+release|video\s+message|
    remarks|testimony|essay|column|editorial"""


# A private state stated with an adjective (Wiebe et al. 2005: "are afraid that", "was coy about",
# "has been critical of"): a copula, up to three degree words, then an adjective of emotion,
# certainty, volition or stance. The subject before the copula holds the attitude.
_ATTITUDE_ADJECTIVES = (
    # emotion
    """afraid scared fearful worried concerned anxious nervous alarmed troubled unsettled disturbed
    frustrated angry angered furious outraged incensed upset annoyed irritated exasperated offended
    disappointed dismayed disgusted horrified ashamed embarrassed pleased happy unhappy satisfied
    dissatisfied proud grateful thankful relieved excited enthusiastic heartened encouraged discouraged
    hopeful optimistic pessimistic """
    # certainty and knowledge ("sure" and "certain" not as raising verbs: "is sure to pass")
    """unsure uncertain confident convinced doubtful skeptical sceptical aware unaware """
    # volition
    """eager keen determined willing unwilling reluctant desperate impatient adamant"""
).split()
# Stance adjectives count only with their complement: "critical of", "opposed to".
_STANCE_ADJECTIVES = {"critical": "of", "supportive": "of", "opposed": "to", "wary": "of", "coy": "about",
                      "hostile": "to", "sympathetic": "to"}
# Nouns that name a holder of a stance (Wiebe et al. 2005): "a staunch opponent of the plan".
_STANCE_NOUNS = "opponent supporter critic advocate champion proponent defender backer foe skeptic".split()


# A report noun owned by its source and followed by what was said (Bergler 1992: reported speech
# as a nominalisation): "Trump’s claim that ...", "his warning that ...", "the judge’s conclusion
# that ...". The owner is the speaker.
_REPORT_NOUNS = """claim claims assertion assertions allegation allegations accusation accusations suggestion
    suggestions warning warnings promise promises pledge pledges argument arguments insistence contention
    belief beliefs fear fears hope hopes admission denial denials statement statements assurance assurances
    prediction predictions complaint complaints conclusion theory vow vows boast boasts""".split()

# A stance noun with its owner and its object (Wiebe et al. 2005: private states named by a noun):
# "his adulation of Putin", "editorial boards’ disdain for the nominee", "Ruiz's endorsement of".
_STANCE_OBJECT_NOUNS = """adulation disdain contempt admiration distrust mistrust skepticism scepticism hostility enthusiasm
    support opposition antipathy affection praise criticism dislike hatred fondness loathing rejection endorsement
    disapproval approval threat threats""".split()


# Sources that are records or texts ("Data from the census", "a new poll", "the study"): never "he" or "she".
_RECORD_NOUNS = frozenset(
    """poll polls polling survey surveys study studies data analysis research records record documents
    document figures statistics estimates census report article ad video footage memo letter""".split()
)


# The names of days and months, which follow "on" or "in" as a time, not a place or a name's part.
_DAYS_AND_MONTHS = r"(?:" + "|".join(sorted(word.capitalize() for word in _WEEKDAYS | _MONTH_NAMES)) + r")\b"

# Hearsay adverbs (Chafe 1986 evidentials): the claim is someone else's, and nobody is named.
_HEARSAY_ADVERBS = "reportedly allegedly purportedly supposedly reputedly".split()

# Criticism or questions a subject faces or draws (Bergler 1992: reported speech as a nominalisation):
# "X has faced sharp criticism", "the remarks drew scrutiny from Y", "came under fire", "the plan won
# praise from Z". The critics speak: named after "from", else nobody in particular.
_RECEIVED_NOUNS = frozenset("""criticism questions accusations allegations pushback backlash scrutiny condemnation
    complaints fire praise rebuke rebukes objections calls ridicule skepticism scepticism derision response responses
    reaction reactions outrage""".split())
# Verbs whose object is such a reaction ("drew praise", "won praise", "sparked rebukes", "is likely to
# prompt calls"): a report word right after one, in a form that may be a noun, is that noun. Forms
# in -s are left out, as they are as often plural nouns ("the party's new faces say").
_REACTION_VERBS = frozenset(
    """draw drew drawn drawing win won winning earn earned earning receive received receiving garner garnered
    garnering attract attracted attracting spark sparked sparking prompt prompted prompting provoke provoked
    provoking elicit elicited eliciting face faced facing""".split())
# Verbs of a mental state whose passive is the state of its subject, who holds the view: "Lee was
# convinced that the plan would fail" is Lee's conviction, not a report by someone unnamed.
_HELD_WHEN_PASSIVE = frozenset("convinced persuaded worried".split())
# Their forms in -s, for where a verb is sure to stand: "draws fire from", "He faces calls to resign".
_REACTION_VERBS_IN_S = frozenset(
    "draws wins earns receives garners attracts sparks prompts provokes elicits faces".split())


@lru_cache(maxsize=4096)
def normalise(verb: str) -> str:
    return " ".join(verb.lower().split())


# Adverbs that open a sentence before its subject ("Later, the members met, ...").
_OPENING_ADVERBS = frozenset("later earlier meanwhile then still instead however now today yesterday also again".split())
# Adverbs that comment on the whole sentence from its start ("Indeed, it ...", "Perhaps, ...").
_SENTENCE_ADVERBS = _OPENING_ADVERBS | frozenset(
    """indeed perhaps moreover nonetheless nevertheless thus therefore besides otherwise yet sure worse
    first second likewise similarly often soon sometimes please well""".split())


def _opens_adverbial(word: str) -> bool:
    """Whether a sentence's first word opens an adverbial before the subject: a preposition or other
    function word ("During the speech, ..."), a time word or an adverb ("Later, ...", "Separately, ...")."""
    lower = word.lower().rstrip(",")
    return _is_function_word(word.rstrip(",")) or lower in _TIME_WORDS or lower in _OPENING_ADVERBS or \
        lower in _ADVERBIAL_OPENERS or word.endswith(",") and _is_ly_adverb(lower) and lower.isalpha()


# A participle and its agent after the head of a speaker phrase: "Officials interviewed by The Times".
_PARTICIPLE_BY = re.compile(r"\s+(?:[a-z]{3,}ed|[a-z]+en|led|held|paid|hired|made)\s+by\s")

# A personal pronoun with a verb run into it: "I'm", "we've", "she'd", "they're".
_PRONOUN_CONTRACTION = re.compile(r"(?P<pronoun>i|we|he|she|they|you)[’'](?:m|ve|d|ll|re|s)")


# Report verbs that may come before their speaker after the content ("..., said Ruiz."): they take
# a clause, not a noun, for object, so a name right after them is no object ("praised Ruiz" is).
_INVERTING_VERBS = frozenset(
    """said says added adds wrote writes noted notes explained explains continued recalled concluded observed
    remarked maintained maintains contended contends argued argues insisted insists cautioned countered
    replied responded quipped joked""".split()
)


# Every _ANONYMOUS_PHRASE match holds one of these words ("familiar with", "close to", "who spoke").
_ANONYMOUS_QUALIFIER = re.compile("familiar|close|briefed|knowledgeable|with|involved|aware|who")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos

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
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib.resources import files

from .hedging import takes_up_an_office
from .lexicon import EXCEPTION, Lexicon, Match, read_table, trie_pattern
from .loaded import physical_sense
from .model import Sentence, Span

__all__ = ["find_quotes", "attribute_sentences"]

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"'}

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
# Modifiers that name an institution when they head the phrase: "the Ukrainian military said", "the
# administration said", "the defense argued", as "the army said" does ("military officials" stay anonymous).
_INSTITUTION_MODIFIERS = _MODIFIERS & _SOURCE_NOUNS
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
# The same phrase as the subject right before a verb: "Those close to him say".
_ANONYMOUS_BEFORE = re.compile(r"\b(?:" + _ANONYMOUS_PHRASE.pattern + r")\s*$", re.IGNORECASE | re.VERBOSE)
# A passive auxiliary right before a participle, perhaps with adverbs between: "was first reported",
# "has also been quoted", "it is widely said".
_PASSIVE_CUE = re.compile(
    r"\b(?:it\s+(?:is|was|has\s+been)\s+|is\s+|are\s+|was\s+|were\s+|be\s+|been\s+|being\s+|as\s+|than\s+)"
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
_ADVERBS_BETWEEN = _BETWEEN - frozenset("has have had is are was were will would".split())  # (no auxiliary)
# Verbs and adjectives whose "of" takes a gerund with the clause's subject as its own (Quirk et
# al. 1985, 16.69-16.71): "never tire of telling", "stopped short of calling", "was accused of
# saying". After a noun, "of" and a gerund stay a noun's complement ("the idea of asking").
_OF_GERUND_TAKERS = frozenset(
    """tire tired tires tiring weary wary clear short accused accuses accusing capable incapable guilty
    afraid fond proud ashamed innocent suspected convicted""".split()
)
# Words before a match that make it a noun, not a verb: "his comments", "the call", "their vow".
# A preposition or a numeral right before the cue makes it a noun too ("in one tweet", "of talks"),
# and "without" a gerund of what was not said ("it goes without saying").
_NOUN_MARKERS = frozenset(
    """the a an his her their its our my your this that these those every any no one another each first
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
                       "not", "never", "ly", "as", "than")


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
_ORGANISATION_WORDS = frozenset(
    """house kremlin ministry office department agency government administration council committee service
    services channel news newspaper statement report nato un eu pentagon army military police court
    parliament congress senate party union commission bank network times post journal campaign""".split()
)
# Words that name a news outlet when capitalised inside a name ("the Shelton Weekly", "the New Haven
# Register"), and outlets known by one name; not when they own the name after them ("NBC's Dante Chinni").
_OUTLET_WORDS = frozenset(
    """Weekly Daily Tribune Herald Gazette Chronicle Telegraph Examiner Inquirer Courier Caller Magazine Register
    Reuters AP AFP Bloomberg CNN BBC MSNBC NBC ABC CBS NPR Politico Axios Breitbart""".split()
)
# Words that stand inside an organisation's name between its capitalised words.
_NAME_CONNECTORS = frozenset("of for and on in the &".split())
_CAPITALISED_WORD = re.compile(r"[A-Z][A-Za-z’'-]*")
# After the verb, a name runs on only through these ("said Peskov in Moscow" is Peskov).
_NAME_CONNECTORS_AFTER = frozenset("of for the &".split())
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


_CLAUSE_OPENERS = frozenset("who which whose the a an citing speaking in like also according as".split())
_LEADING_FILLER = frozenset("and but as while that so then".split())
# A speaker phrase keeps its determiner ("The campaign said"), but not when a name follows it.
_DETERMINERS = frozenset("the a an".split())
# Determiners, numerals and possessives that open a common-noun speaker ("one slide says").
_NOUN_DETERMINERS = frozenset(
    "the a an one his her their its our this these those several some each another many most".split())
# Possessives that are contractions or pronouns, never a speaker's owner ("it’s", "that’s", "there’s").
_PRONOUN_LIKE = frozenset("it that there here what who he she let where how".split())
# Report-verb forms that a title-case headline uses as nouns ("... Over Police Shooting Comments").
_HEADLINE_NOUNS = frozenset(
    """comments comment claims claim reports report remarks statement warning warnings plans plan hopes fears
    suspect""".split())
# Time words between a speaker and the verb: "David Axelrod on Wednesday called".
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
    morning evening night week month year""".split()
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:s|’s|'s)?")  # "2001", "the 1990s"
_MONTHS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_BEFORE_A_YEAR = _MONTHS | {"early", "late", "the"}  # "in early 2015", "in March 2015", "in the 1990s"
_TIME_MODIFIERS = frozenset("next last this that on early late".split())
# Words in -ly that are nouns or adjectives, not adverbs: "attorneys for the family said", "an
# elderly neighbour said", "the daily reported".
_LY_NOUNS = frozenset("family ally rally assembly supply monopoly anomaly bully".split())
_LY_NOT_ADVERBS = _LY_NOUNS | frozenset(
    "early elderly daily weekly monthly quarterly yearly friendly costly deadly holy lonely ugly".split())


def _is_ly_adverb(word: str) -> bool:
    """Whether a word in -ly is an adverb ("firmly", "recently"), as most are."""
    lower = word.lower()
    return lower.endswith("ly") and lower not in _LY_NOT_ADVERBS


# One word each: a social-media handle (@name), a number with thousands ("1,400": its comma is no
# clause break), a word, a mark.
_TOKEN = re.compile(r"@\w+|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[\w][\w.'’\-]*|[^\w\s]")


# Where a quotation may open: a double mark, a guillemet, a low-9 mark, a single mark, curly or
# straight (checked below: it must open a word), or two apostrophes standing for a double mark.
# (The code looks at the character before a straight single mark: a look-behind here would make
# the search try every position.)
_QUOTE_OPEN = re.compile(r"''|[“«„\"‘]|'(?=[A-Za-z])")
_IN_A_WORD = re.compile(r"[\w'’]")
# Words an apostrophe opens by elision, not as a quotation mark: "'em", "'cause", "rock 'n' roll".
_ELIDED = re.compile(r"'(?:em|cause|cos|til|tis|twas|n|bout|round|nuff|ere)\b", re.IGNORECASE)
# A straight single mark that closes a quotation: after a word or its punctuation, before no letter.
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])'(?![A-Za-z])")
# A straight single mark that opens a quotation: at a word's start, with a letter after it.
_SINGLE_OPEN = re.compile(r"(?<![\w'’])'(?=[A-Za-z])")
# The curly single marks that close and open a quotation: before no letter; at a word's start.
_CURLY_SINGLE_CLOSE = re.compile(r"’(?![^\W\d_])")
_CURLY_SINGLE_OPEN = re.compile(r"(?<![^\W_])‘(?=[^\W_])")
# A closing single mark that may be a plural possessive: after "s", with a word after it.
_POSSESSIVE_SHAPED = re.compile(r"(?<=[sS])['’] (?=[^\W\d_])")


def _past_plural_possessives(text: str, j: int, p_end: int, closes: re.Pattern, opens: re.Pattern) -> int:
    """Where a single-mark quotation whose first closing candidate is at ``j`` closes, past the
    plural possessives inside it: in "'The workers' rights are at stake,' he said" the mark after
    "workers" has a word after it and a later mark closes the quotation. A candidate of that shape
    is passed over only for a later one that is not, with no quotation opening in between; else
    ``j`` stands ("'Thanks, boys' said the coach", "'stop the boats' and 'take back control'")."""
    k = j
    while _POSSESSIVE_SHAPED.match(text, k, p_end):
        later = closes.search(text, k + 1, p_end)
        if later is None or opens.search(text, k + 1, later.start()):
            return j
        k = later.start()
    return k


# A straight double mark may be closed by a curly one in hand-edited text.
_STRAIGHT_CLOSE = re.compile(r'["”]')


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations as (start, end) including their marks. A quotation left open runs to the
    end of its paragraph, as news style does for a quote continued in the next paragraph.

    >>> find_quotes("He said “no” and ‘yes’.", [(0, 23)])
    [(8, 12), (17, 22)]
    """
    quotes: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        i = p_start
        while True:
            found = _QUOTE_OPEN.search(text, i, p_end)
            if found is None:
                break
            i = found.start()
            char = found.group()
            if char == "''":
                # Two apostrophes stand for double quotation marks in some wire and archive text.
                j = text.find("''", i + 2, p_end)
                end = p_end if j < 0 else j + 2
                if end - i > 4:
                    quotes.append((i, end))
                i = end
                continue
            if char == "‘":
                # A single curly mark opens a quotation only at a word's start ("‘no’", not "rock‘n").
                if not (i + 1 < p_end and text[i + 1].isalnum() and (i == p_start or not text[i - 1].isalnum())):
                    i += 1
                    continue
                j = text.find("’", i + 1, p_end)
                while j >= 0 and j + 1 < p_end and text[j + 1].isalpha():
                    j = text.find("’", j + 1, p_end)  # an apostrophe inside a word ("don’t")
                if j >= 0:
                    j = _past_plural_possessives(text, j, p_end, _CURLY_SINGLE_CLOSE, _CURLY_SINGLE_OPEN)
            elif char == "'":
                # A straight single mark opens a quotation at a word's start ("the 'Kiev regime'"),
                # closed in its paragraph; an apostrophe in a word ("don't"), of elision ("'em") or
                # one never closed opens nothing.
                in_a_word = i > 0 and _IN_A_WORD.match(text, i - 1)
                close = None if in_a_word or _ELIDED.match(text, i) else _SINGLE_CLOSE.search(text, i + 2, p_end)
                if close is None:
                    i += 1
                    continue
                j = _past_plural_possessives(text, close.start(), p_end, _SINGLE_CLOSE, _SINGLE_OPEN)
            elif char == '"':
                if i > p_start and (text[i - 1].isalnum() or text[i - 1] in ".,!?") and (
                        i + 1 == p_end or text[i + 1].isspace()):
                    # A closing mark with no opening mark before it: a passage that begins inside a
                    # quotation ('for those in need," he wrote.') was quoted from its start; after
                    # another quotation, its opening mark was lost, and it opens nothing. After a
                    # digit it is an inch mark ('6\'3" tall').
                    if not text[i - 1].isdigit() and (not quotes or quotes[-1][0] < p_start):
                        quotes.append((p_start, i + 1))
                    i += 1
                    continue
                close = _STRAIGHT_CLOSE.search(text, i + 1, p_end)
                j = close.start() if close else -1
            else:
                j = text.find(_OPEN_CLOSE[char], i + 1, p_end)
                if j < 0 and char == "“":
                    j = text.find('"', i + 1, p_end)  # a curly mark closed by a straight one in hand-edited text
            end = p_end if j < 0 else j + 1
            if end - i > 2:
                quotes.append((i, end))
            i = end
    return quotes


def _stripped_end(text: str, end: int, chars: str | None = None) -> int:
    """``len(text[:end].rstrip(chars))``, without copying the text before ``end``."""
    while end > 0 and (text[end - 1].isspace() if chars is None else text[end - 1] in chars):
        end -= 1
    return end


def _tokens_before(text: str, start: int, stop: int) -> list[re.Match]:
    return list(_TOKEN.finditer(text, start, stop))


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


# Pronouns that name everyone, someone or no one: speakers of a kind ("No one expected ...").
_INDEFINITE_PRONOUNS = frozenset("everyone everybody someone somebody anyone anybody nobody".split())


# "Quoted X as saying": the one quoted and the verb of what they said (AP and Reuters style).
_QUOTED_AS_SAYING = re.compile(
    r"\s+(?P<source>[^.;:!?\"“”]{2,120}?)\s+as\s+(?:saying|telling|writing|stating|adding)\b")
# The words by which news says a source was granted anonymity (AP and Reuters style).
_ANONYMITY_GRANTED = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:speaking|spoke)\s+anonymously"
    r"|(?:asked|requested|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    r"|(?:asked|requested|on\s+(?:the\s+)?condition)\s+that\s+(?:(?:his|her|their)\s+names?|he|she|they)\s+not\s+be\s+"
    r"(?:named|identified|used|published)"
    r"|(?:did\s+not|does\s+not|didn[’']t|doesn[’']t)\s+want\s+(?:to\s+be\s+|(?:his|her|their)\s+name\s+to\s+be\s+)"
    r"(?:named|identified|used|published)"
    r"|(?:requested|was\s+granted|were\s+granted)\s+anonymity"
    r"|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss))\b", re.IGNORECASE)


def _grants_anonymity(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says a source was granted anonymity; most sentences hold none of
    the pattern's words, so they are looked for first."""
    return any(text.find(word, start, end) >= 0 for word in ("nonym", "name", "identified", "uthori", " want ")) and \
        _ANONYMITY_GRANTED.search(text, start, end) is not None


def _unnamed_head(phrase: str) -> bool:
    """Whether a speaker's phrase is headed by a common noun ("a senior Ukrainian commander"), not
    a name ("Smith", "Ukraine's defence ministry" is headed by "ministry" and so is unnamed too).
    Asked of sources granted anonymity, where a short head in capitals is a title, a common noun
    too: "one senior MP, who asked not to be named", "a Labour MEP"."""
    words = [w for w in _TOKEN.findall(phrase) if w[0].isalnum()]
    if not words:
        return False
    head = _head(words)
    return head[:1].islower() or head.isupper() and head.isalpha() and len(head) <= 4


def _is_indefinite(phrase: str) -> bool:
    """Whether a speaker is an indefinite pronoun ("No one", "Not everyone"): nobody a later
    "he" or "they" can point back to."""
    last = phrase.rsplit(None, 1)[-1].lower()
    return last in _INDEFINITE_PRONOUNS or phrase.lower() == "no one"


# A legislator's party and state after the name: "R-N.C.", "D-Calif.", "I-Vt."
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")


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
    tokens = _without_a_verb_before_the_ing(text, _after_clause_break(_tokens_before(text, start, stop)), stop)
    tokens = _after_writers_reminder(text, tokens)
    fenced_off = False  # whether a fenced phrase before the verb was cut away
    if len(tokens) > 2 and _opens_adverbial(tokens[0].group()):
        comma = next((k for k, t in enumerate(tokens[1:6], 1) if t.group() == ","), None)
        preposition = tokens[1] if tokens[0].group().lower() in ("and", "but") else tokens[0]
        if comma is not None and comma < len(tokens) - 1 and (
                tokens[comma + 1].group()[0].isupper() or tokens[comma + 1].group() in _DETERMINERS
                and preposition.group().lower() in _ADVERBIAL_OPENERS - _SUBORDINATORS):
            # an opening adverbial is no part of the subject: "However, Lee and Ruiz said", "For the
            # most part, the senators who opposed it" (not a subject's appositive: "But MGM, the owner, says")
            tokens = tokens[comma + 1:]
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
    if tokens and tokens[-1].group() == ",":
        opening = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k].group() == ","), None)
        if opening is None:
            return (stop, stop)
        fenced = tokens[opening + 1:-1]
        party = len(fenced) == 1 and _PARTY_AND_STATE.fullmatch(fenced[0].group())  # "Ana Ruiz, D-Calif., said"
        if fenced and not party and fenced[0].group()[0].isupper() and all(
            t.group()[0].isupper() or t.group().lower() in _MODIFIERS or t.group() in _NAME_PARTICLES for t in fenced
        ):
            return (fenced[0].start(), fenced[-1].end())  # an appositive name
        if _is_name_with_affiliation(fenced) and opening > 0 and tokens[opening - 1].group().islower() and \
                _is_common_noun(tokens[opening - 1].group()):
            return (fenced[0].start(), fenced[-1].end())  # "Her lawyer, John Doe of Smith LLP, said": the name
        if not fenced:
            return (stop, stop)
        # "X, who ..., said", "Feinstein, Democrat of California, said", "Trump, appearing at
        # the forum, cited": the phrase before the fenced description is the speaker.
        tokens = tokens[:opening]
        fenced_off = True
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
    last_word = tokens[-1].group().lower() if tokens else ""
    if last_word in _PRONOUNS or _PRONOUN_CONTRACTION.fullmatch(last_word):
        return (tokens[-1].start(), tokens[-1].end())  # "he said", "he'd admitted" (tidied to "he")
    if tokens and tokens[-1].group().lower() in _INDEFINITE_PRONOUNS:
        negated = len(tokens) >= 2 and tokens[-2].group().lower() == "not"
        return (tokens[-2 if negated else -1].start(), tokens[-1].end())  # "Everyone agrees", "Not everyone finds"
    if len(tokens) >= 2 and tokens[-1].group().lower() == "one" and tokens[-2].group().lower() == "no":
        return (tokens[-2].start(), tokens[-1].end())  # "No one expected"
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
    if first == len(tokens):
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
            ) and tokens[-1].group().islower() and all(
                # the head in lower case; capitalised modifiers may stand before it ("a Times article")
                t.group().isalpha() and t.group().lower() not in _FUNCTION_WORDS and t.group().lower() not in _AUXILIARIES
                and t.group().lower() not in _PREPOSITIONS for t in tokens[-width:]
            ):
                # inside a relative clause on the subject: "Reporters who were there after the attacks relayed"
                return _head_of_relative_clause(tokens, begin) or (tokens[begin].start(), tokens[-1].end())
        # A bare plural after a comma: "One by one, mining firms declared bankruptcy."
        # In a headline, a record noun with no article: "Coffee drinkers live longer, study says".
        for width in (1, 2):
            if len(tokens) > width and tokens[-width - 1].group() == "," and (
                    _is_bare_plural(tokens[-1].group()) or _RECORD_NOUN.fullmatch(tokens[-1].group())) and \
                    all(_is_common_noun(t.group()) for t in tokens[-width:]):
                return (tokens[-width].start(), tokens[-1].end())
        # Speakers joined by "and" after a comma: "The road reopened, police and firefighters said."
        comma = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].group() == ","), None)
        joined = tokens[comma + 1:] if comma is not None else []
        and_at = next((k for k, t in enumerate(joined) if t.group() == "and"), len(joined))  # the first "and"
        if 3 <= len(joined) <= 6 and "and" in {t.group() for t in joined[1:-1]} and all(
                _is_common_noun(t.group()) or t.group() == "and" or t.group().lower() in _NOUN_DETERMINERS
                or t.group()[0].isupper() and k < and_at  # names before the "and": "Ms. Pelosi and other elders"
                for k, t in enumerate(joined)) and (
                _is_bare_plural(joined[-1].group()) or joined[-1].group() in _SOURCE_NOUNS):
            return (joined[0].start(), joined[-1].end())
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


# Participles that do not end in -ed or -ing: "a study led by ...", "a poll taken in May".
_IRREGULAR_PARTICIPLES = frozenset(
    """led held known made written given taken seen run paid sent built drawn chosen shown done heard overheard
    caught""".split())
# Nouns in -ing: not participles.
_ING_NOUNS = frozenset(
    """morning evening meeting briefing hearing ruling building funding spending thing nothing something anything
    everything king wedding ceiling offering polling setting training warning opening finding reading""".split()
)
# Words a reduced relative clause never holds: they open a clause of their own.
_CLAUSE_WORDS = frozenset("that who which whose whom where when and but or if because while".split())


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


# Words that tie a noun phrase to the head noun before it: "a spokesman for the mayor", "an ad
# from the Trump campaign", "the former first lady and U.S. senator".
_NP_LINKS = frozenset("of for from at with in to and".split())


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
_RESTRICTIVE_WHO_BEFORE = re.compile(r"(?<=[\w’'])" + _AFTER_WHO)  # no comma: "the critics who doubted"


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
    start, end = _noun_phrase_before(text, left, who.start())
    if restrictive:
        # only a head that may name people ("the critics who", "all who", "a man who"): not a
        # thing, which another noun the clause hangs on may stand behind ("investigators on the
        # case who"), nor a verb before an indirect question ("to determine who has told")
        head = text[start:end].rsplit(None, 1)[-1] if end > start else ""
        return (start, end, classify_source(text[start:end])) if _may_name_people(head) else None
    if end <= start:
        tokens = _tokens_before(text, left, who.start())
        k = next((k for k in range(len(tokens) - 1, max(len(tokens) - 6, -1), -1)
                  if tokens[k].group().lower() in _NOUN_DETERMINERS), None)
        if k is None or k == len(tokens) - 1 or not _is_common_noun(tokens[-1].group()):
            return None
        start, end = tokens[k].start(), tokens[-1].end()  # "the foreign minister"
    return start, end, classify_source(text[start:end])


# Participles of a question put to someone, which open a clause before the one who answers.
_ASKED = frozenset("asked pressed questioned quizzed challenged".split())
# What may stand before a sentence's first word: a verb right after them opens the sentence.
_OPENING_MARKS = " \t\n([“‘\"'*—–-"


def _head_of_relative_clause(tokens: list[re.Match], first: int) -> tuple[int, int] | None:
    """The noun phrase that opens the clause when a relative clause in "who" runs from it up to
    the verb ("Officials who spoke to Reuters said"): the phrase found inside it (``tokens[first:]``,
    "Reuters") speaks for nobody. None when there is no such clause."""
    if tokens and tokens[0].group().lower() in _LEADING_FILLER - {"and", "but"}:
        return None  # "As someone who ...": an adjunct, not the subject
    for who in range(1, min(first, len(tokens), 12)):
        if tokens[who].group() in ("who", "Who"):  # "The WHO said": the World Health Organization
            head = _opening_noun_phrase(tokens[:who])
            if head and all(t.group() != "," for t in tokens[who:]):
                return head[0].start(), head[-1].end()
            return None
    return None


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
# Connective adverbs that may stand between a subject and its verb: "Weaver nonetheless implies".
_CONNECTIVE_ADVERBS = frozenset("nonetheless nevertheless however therefore thus meanwhile instead though".split())


# Adverbials of repetition built with "and": "time and again", "over and over", "now and then".
_REPEATED_ADVERBIALS = frozenset({("time", "and", "again"), ("again", "and", "again"), ("over", "and", "over"),
                                  ("now", "and", "then"), ("once", "and", "again")})
_REPEATED_ADVERBIAL_ENDS = frozenset(words[-1] for words in _REPEATED_ADVERBIALS)


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
        elif lower in _TIME_WORDS or lower == "early" or len(tokens) >= 3 and (
                lower == "past" and tokens[-2].group().lower() == "the" and tokens[-3].group().lower() == "in"
                or lower in _MONTHS and tokens[-1].group()[0].isupper() and
                tokens[-2].group().lower() in ("in", "since", "during", "last", "early", "late")):
            # "Trump in the past has referred", "LaPierre in December said" ("Theresa May" is a name)
            tokens = tokens[:-1]
            while tokens and tokens[-1].group().lower() in ("on", "last", "this", "late", "early", "in", "the",
                                                            "since", "during"):
                tokens = tokens[:-1]
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


# "the" or "a" and one to three words in lower case, then the end of the clause: "said the announcer."
# (not before a colon: "Note the change:")
_DETERMINED_NOUNS_THEN_END = re.compile(
    r"(?:the|a|an)\s+(?P<nouns>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)(?=\s*(?:[,.!?]|$))")
# The end of a quotation and its comma, then the verb: '“It is late,” said'.
_QUOTATION_THEN_VERB = re.compile(r"(?:,[”\"’']|[”\"’'],)\s*[A-Za-z]+\s+$")
# Words of time and sequence that end "said the next day", "added the other".
_NOT_A_SPEAKERS_NOUN = frozenset("day next following previous same other latter former rest".split())


def _noun_phrase_after(text: str, start: int, stop: int) -> tuple[int, int]:
    """The speaker noun phrase right after a verb ("said one US official who ...", "wrote Jermak")."""
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
        if pending <= 2 and _is_common_noun(word) and lower not in _PREPOSITIONS:
            continue  # a role word, kept only if a name or role follows: "nominee Ana Ruiz", "tax officials"
        break
    if tokens and tokens[0].group().lower() in ("that", "this", "it", "there"):
        return (start, start)  # "said that ...": what follows is the content, not the speaker
    if last < 0:
        # a determiner and common nouns that end a speech tag: '“...,” said the announcer.',
        # "Thus, explained the cardinal, ..." (not a time: "said the next day"; not the object
        # of a verb that follows its subject: "Ana Ruiz, the mayor, said the plan works.")
        plain = _DETERMINED_NOUNS_THEN_END.match(text, start, stop)
        tag = plain is not None and (text.startswith(",", _skip_space(text, plain.end())) or
                                     _QUOTATION_THEN_VERB.search(text, max(0, start - 40), start) is not None)
        if tag and all(_is_common_noun(w) and w not in _TIME_WORDS and w not in _NOT_A_SPEAKERS_NOUN
                         and not w.endswith("ed") and w not in _IRREGULAR_PAST  # "said the plan failed."
                         for w in plain.group("nouns").split()):
            return plain.span()
    first = 0
    while first <= last and tokens[first].group().lower() in ("the", "a", "an"):
        first += 1
    if first > last:
        return (start, start)
    end = tokens[last].end()
    if tokens[last].group().lower() in _SOURCE_NOUNS:
        named = _APPOSITIVE_NAME_AFTER.match(text, end, stop)
        end = named.end("name") if named else end  # "said the spokesman of the State Department, Ned Price"
    return (tokens[first].start(), end)


# A person's name set after a role and its office, closing the speech tag: "..., noted the
# spokesman of the State Department, Ned Price." (the office may be left out: "the spokesman, Ned Price").
_APPOSITIVE_NAME_AFTER = re.compile(
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.’'&-]*){0,5})?"
    r"\s*,\s+(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w’'-]*){1,2})"
    r"(?=\s*(?:[.;:!?]|,\s|$)|\s+(?:on|in|at|last|this|earlier|later)\b)")


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
_RIGHT_BY = re.compile(r"\s+by\s+")
# What makes a passive "found" a finding, not a discovery: an infinitive, a that-clause or a verdict
# ("was found to be safe", "was found guilty"), not "were found in a field".
_FINDING_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:to|that|guilty|not\s+guilty|innocent|liable|in\s+breach|in\s+contempt)\b")


# Things that are found, not findings: "found a body", "found two bodies", "found the gun".
_THING_DISCOVERED = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|two|three|four|five|several|more|\d+)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:bodies|body|remains|corpses?|wreckage|debris|weapons?|guns?|rifles?|knife|knives|drugs|cash|explosives|bombs?|"
    r"devices?|cars?|vehicles?|skeletons?|bones|graves?|ammunition)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|near|inside|under|behind|beneath|along|outside|after|during|buried|hidden|"
    r"lying|floating|and)\b)")


# A verb that makes or lets someone act, its object and "to" right before a reporting verb: the
# report is an act required or allowed ("requires companies to report", "allow firms to tell"), which
# nobody has made.
_MADE_TO_ACT = re.compile(
    r"\b(?:requir|allow|permit|enabl|forc|compel|oblig|encourag)(?:e|es|ed|ing|s)?\s+(?:[\w’'-]+\s+){1,4}?to\s+$",
    re.IGNORECASE)


# The newswire's caveat on what it could not check: "could not be independently verified", "it was
# not immediately possible to confirm", "Reuters was unable to verify".
_UNVERIFIED_BEFORE = re.compile(
    r"(?:\b(?:not|never|cannot|couldn[’']t|can[’']t)\s+(?:yet\s+)?(?:be|been)\s+|\b(?:possible|able|unable)\s+to\s+)"
    r"(?:(?:immediately|independently|yet|fully|officially)\s+)*$", re.IGNORECASE)
_NOT_TO_BE_NAMED = re.compile(r"\s+(?:(?:his|her|their)\s+name\s+)?to\s+be\s+(?:named|identified|used|published)\b")


def _reports_nothing_here(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether a reporting verb reports nothing where it stands: an editor's label in capitals
    ("WARNING:"); a blow that is a blow ("slammed into"); a report required or allowed is not
    made ("The law requires companies to report emissions"); not wanting to be named is a source's
    anonymity; "could not be verified" is the writer's caveat; "found" after a passive auxiliary
    tells of a thing discovered ("The bodies were found in a field"), not of a finding ("was found
    to be safe", "was found guilty"), and neither does "found" with a thing for object ("Police
    found a body"); passive "felt" and "sought" tell of effects and searches; "assumed office"
    takes one up; "states that are" is the noun before a relative clause."""
    if text.endswith("to ", sentence.start, cue.start) and _MADE_TO_ACT.search(
            text, max(sentence.start, cue.start - 60), cue.start):
        return True
    if cue.text.lower().startswith("want") and _NOT_TO_BE_NAMED.match(text, cue.end, sentence.end):
        return True  # "who did not want to be named": the source's anonymity, not a report
    if cue.text.lower().startswith(("verif", "confirm")) and _UNVERIFIED_BEFORE.search(
            text, max(sentence.start, cue.start - 50), cue.start):
        return True  # "could not be independently verified": the writer's caveat, no source's report
    if cue.text.isupper() and text.startswith(":", cue.end) and not text[sentence.start:cue.start].strip(" ([*"):
        return True  # "WARNING: Video contains graphic images.": an editor's label, no one's report
    if physical_sense(text, cue.start, cue.end):
        return True  # "a car slammed into a crowd", "the rocket blasted off": a blow, no report
    if takes_up_an_office(text, cue.start, cue.end):
        return True  # "Kim assumed power": an office taken up, nothing supposed
    if cue.text.lower() in ("states that", "state that") and _AUXILIARY_NEXT.match(text, cue.end):
        return True  # "24 additional states that are considering": the noun before a relative clause
    if cue.text.lower() in ("felt", "sought"):
        # "the effects will be felt", "fugitives who were sought for murder": nothing is reported
        # ("it was felt that ..." still is)
        before = text[sentence.start:cue.start]
        return not text.startswith(" that ", cue.end) and _ends_in_passive_auxiliary(before, before.split())
    if cue.text.lower() != "found" or _FINDING_AFTER.match(text, cue.end, sentence.end):
        return False
    if _THING_DISCOVERED.match(text, cue.end, sentence.end):
        return True  # "Police found a body in the river": a discovery, not a finding
    before = text[sentence.start:cue.start]
    return _ends_in_passive_auxiliary(before, before.split())


_AUXILIARY_NEXT = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|may|might|can|could|should|must|do|does|did)\b")
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:from|of|by|about|over|have|has|had|were|are)\b")
_COMMON_NOUNS_AFTER = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}(?=\s*[,.;:!?)]|\s+(?:that|who|which)\b)")
_SOURCE_END = re.compile(
    r"[,.;:!?()\u2014\u2015\u2013\"\u201c\u201d]|\s(?:that|who|which|and|but|when|after|in|on|as|at|for|"
    r"where|what|why|how|whether|if|about|"  # a question put: "asked by a reporter where he was going"
    r"even\s+(?:as|though|if|when|while|after|before)|"  # a clause after it: "lauded by their base even as ..."
    r"was|were|is|are|has|have|had|will|would)\s")  # (an auxiliary starts the clause's verb: "by Pope Benedict was")


# An absolute clause: "with" and its subject before the participle, perhaps with a fenced aside
# ("with Ana Ruiz — who ... — lambasting"): a name, or a few words ending in a source noun.
_WITH_ABSOLUTE = re.compile(
    r"(?:^|(?<=[\s,(]))with\s+(?P<source>(?:the\s+)?(?P<name>[A-Z][\w.’'&-]*(?:\s+(?:of\s+)?[A-Z][\w.’'&-]*)*)"
    r"|(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+))\s*(?:[—–]+[^—–]{1,150}[—–]+\s*|,[^,]{1,150},\s*)?$")


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


# Words that open what follows a noun phrase's head: "a source *close to* the club", "officials
# *who* spoke to Reuters", "a senior official *in* the coalition".
_POST_MODIFIERS = frozenset(
    """of for in at from with to on inside within among near close familiar knowledgeable briefed involved aware
    speaking who whom which that whose""".split()
)
# Roles held "to" someone or some body: "ambassador to the UN", "adviser to the president".
_ROLES_TO = frozenset("""ambassador ambassadors envoy envoys adviser advisers advisor advisors counselor counsellor
    aide aides representative representatives delegate delegates successor heir""".split())
# A part of a group: "one of the officials" takes its head from the group.
_PARTITIVES = frozenset("one two three four five several some many most each none few all both".split())
# A spokesman speaks for the office named after him: "a spokesman for the mayor" is that office.
_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())


def _head(words: list[str]) -> str:
    """The head noun of a source's phrase: the word before its first post-modifier, or its last word."""
    for k in range(1, len(words)):
        word = words[k].lower()
        if word in _POST_MODIFIERS and not (word == "of" and words[k - 1].lower() in _PARTITIVES):
            head = words[k - 1].lower()
            return words[-1] if head in _SPEAKS_FOR else words[k - 1]
    return words[-1]


# Quantifiers that pick out an unnamed part of a group: "many Democrats", "other E.U. leaders".
_VAGUE_QUANTIFIERS = frozenset("many some other others".split())
_TWO_CAPITALISED = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")  # a name of two words: "White House"


@lru_cache(maxsize=50_000)  # the same sources come back ("officials", "Trump"); bounded, so memory stays flat
def classify_source(phrase: str) -> str:
    """``named`` when the phrase names a person, office or outlet; else ``anonymous``."""
    words = [w for w in _TOKEN.findall(phrase) if w[0].isalnum() or w[0] == "@"]
    if not words:
        return "anonymous"
    if any(w[0] == "@" for w in words) or _names_a_state(phrase):
        return "named"  # a social-media handle names its owner; "the US" names a state
    head = _head(words).lower().rstrip(".")
    if head.endswith(("’s", "'s")):
        head = head[:-2]
    # Capitalised words that name someone: not nationalities, source nouns or modifiers, but those
    # two inside a name after its first word ("Homeland Security Department", "Charlotte Observer")
    proper = [w for k, w in enumerate(words) if w[0].isupper() and w.lower().rstrip(".") not in _DEMONYMS and (
        k > 0 and words[k - 1][0].isupper() and words[k - 1].lower().rstrip(".") not in _DEMONYMS
        or w.lower().rstrip(".") not in _SOURCE_NOUNS and w.lower() not in _MODIFIERS)]
    if head not in _INSTITUTION_MODIFIERS and \
            all(w.lower().rstrip(".") in _DEMONYMS or (w.islower() and w in _MODIFIERS) for w in words):
        return "anonymous"  # "Ukrainians say", "US officials": a group, nobody named
    if head in _ANONYMOUS_HEADS:
        # "NATO officials", "a senior official": a generic head named only by an institution
        # stays anonymous; two proper words in a row ("White House officials") name an office.
        return "named" if _TWO_CAPITALISED.search(phrase) and len(proper) >= 2 else "anonymous"
    if words[0].lower() in _VAGUE_QUANTIFIERS and not _TWO_CAPITALISED.search(phrase.split(None, 1)[-1]):
        # "many say", "some Republicans argue": a vague part of a crowd names no one, unless a name of
        # two words follows the quantifier ("some Republicans, including Senator Lamar Alexander")
        return "anonymous"
    return "named"


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


def _in_markup(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside an HTML or XML tag left in the text ("<tweet tweet-id=...>")."""
    opening = text.rfind("<", start, pos)
    return opening >= 0 and text.find(">", opening, pos) < 0  # most sentences hold no "<" at all


# What may stand before the verb of a command: "Please ask yourself", "Don't blame him", "Just tell us".
_IMPERATIVE_OPENERS = re.compile(
    r"""\W*(?:(?:and|but|or|so|now|then|please|just|never|perhaps|seriously|\w+ly|do|don[’']t|do\s+not)[\s,]+)*$""",
    re.IGNORECASE,
)
# A question put to the reader: "Do you know ...?", "Would you think ...?", "What do you expect?"
_READER_QUESTION = re.compile(r"\byou\s+(?:\w+\s+)?$", re.IGNORECASE)


def _addresses_reader(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether the cue's verb is a command or a question to the reader, not a report: it opens its
    sentence ("Don't blame Bush.", "Please ask yourself ...") or has "you" for subject in a question
    ("Do you know where ...?"). Such a verb has no source."""
    if cue.text[:1].islower() and _IMPERATIVE_OPENERS.match(text, sentence.start, cue.start):
        return True
    if not _is_question(text, sentence.start, sentence.end):
        return False  # most sentences: no need to look for "you"
    return bool(_READER_QUESTION.search(text[sentence.start:cue.start]))


def _is_question(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a question mark, closing quotation marks and brackets aside."""
    while end > start and text[end - 1] in " \"'”’)":
        end -= 1
    return end > start and text[end - 1] == "?"


# "Deny" as refusing a thing, not gainsaying a claim (Merriam-Webster, deny 2): "denied access to",
# "deny green card status to", "deny Clinton the nomination", "deny them a vote" (a name or a pronoun
# and then what is refused; "denied to both Trump and Pompeo any knowledge" still gainsays).
_REFUSED_THING_AFTER = re.compile(
    r"\s+(?i:(?:(?:the|a|an|his|her|their|its|our|any|further|new)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:access|entry|use|permission|bail|service|services|benefits|status|visas?|coverage|funding|tenure|parole|"
    r"asylum|citizenship|communion|rights?|requests?|hearing|vote|votes|nomination|seat|loans?|permits?|licen[cs]es?|"
    r"treatment|care|admission|passage|applications?)\b)"
    r"|\s+(?:them|him|her|us|me|you|[A-Z][\w’'-]+)\s+(?:the|a|an|its|their|his|her|any|access|entry)\b")
_DENY_FORMS = frozenset("deny denies denied denying".split())


def _is_refusal(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether a form of "deny" refuses a thing ("denied access to", "deny green card status to
    people", "deny Clinton the nomination") rather than gainsays a claim ("denied the allegations",
    "denied that he knew", "were denied by the reports")."""
    return cue.text.lower() in _DENY_FORMS and _REFUSED_THING_AFTER.match(text, cue.end, sentence.end) is not None


# "Called" that names a thing: a singular noun after its article, then the name in quotation marks
# ("a movie called “Plandemic”"); "critics called Trump a liar", "the letter called Oz a quack" (the
# doctors who sent it called him so) and "called “a sham” by" report.
_NAMED_THING_BEFORE = re.compile(r"\b(?:a|an|the|this|that)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?<!s)\s+$")
_NAME_AFTER = re.compile(r"\s+[“\"‘']")
_BY_LATER = re.compile(r"[^.;:!?]{0,80}\sby\s")


# A modal of obligation right before a verb: "voters should know", "Trump should feel", "you must
# understand" (perhaps with an adverb between: "should surely know").
_OBLIGATION_BEFORE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _is_prescribed_state(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether a verb of a private state follows a modal of obligation: "voters should know what
    those questions are", "Trump should feel a great bond with Limbaugh". The writer prescribes
    the state; nobody is reported to be in it."""
    return cue.row.get("category") == "private_state" and \
        _OBLIGATION_BEFORE.search(text, max(sentence.start, cue.start - 24), cue.start) is not None


def _is_naming(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether "called" names a thing ("a movie called “Plandemic”") rather than reports a judgement
    ("critics called Trump a liar", "called “a fraud” by doctors")."""
    if cue.text.lower() != "called" or _NAME_AFTER.match(text, cue.end, sentence.end) is None:
        return False
    before = text[max(sentence.start, cue.start - 60):cue.start]
    words = before.split()
    if not words or words[-1].lower() in _PRONOUNS or words[-1].lower() in _PRONOUN_LIKE:
        return False  # "a fight he called “a war”": he calls it so
    return _NAMED_THING_BEFORE.search(before) is not None and _BY_LATER.match(text, cue.end, sentence.end) is None


# "Be" or "have", perhaps with a word between, before "compared": the verb ("is often compared to").
_BE_OR_HAVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _is_comparison(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether the cue is "compared" opening an adjunct right before "with" or "to" ("..., compared
    with 32 percent", "the largest wage hikes compared to all other groups"): a comparison of
    figures, not a report. After "be" or "have" it is a verb ("has compared to", "was compared to")."""
    return cue.text.lower() == "compared" and text.startswith((" with ", " to "), cue.end) and \
        not _BE_OR_HAVE_BEFORE.search(text, max(sentence.start, cue.start - 30), cue.start)


# Words that open a subordinate clause: "When Patriot signaled ..., Mr. Barrett said". Not "as":
# "As one analyst noted, ..." is itself a report.
_SUBORDINATORS = frozenset("when whenever after before while if although though because since until once lest".split())


_TITLE_SMALL_WORDS = frozenset("a an the and or but of in on at to for with by from as vs".split())


def _is_title_case(words: str) -> bool:
    """Whether the words read as a title-case headline: three or more, each capitalised but
    the small ones ("Ukraine Rules Out More Talks With Russia")."""
    split = words.split()
    return len(split) >= 3 and split[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in split)


# A second opening clause after the first one's comma: ", but before ...", ", and after ...".
_ANOTHER_SUBORDINATE = re.compile(r"\s*(?:(?:and|but|or)\s+)?(?:" + "|".join(sorted(_SUBORDINATORS)) + r")\b")


# An impersonal passive of report or belief opens the sentence: "It is (widely) believed that",
# "It has been reported that".
_IMPERSONAL_OPENING = re.compile(
    r"[\s“\"'‘(]*it\s+(?:is|was|has\s+been|had\s+been|is\s+being)\s+(?:(?:\w+ly|also|now|still)\s+)?$", re.IGNORECASE)


def _without_impersonal_content(text: str, sentence: Sentence, cues: list[Match]) -> list[Match]:
    """The cues less those inside what an opening impersonal passive reports: in "It is believed
    that the West will push for a ceasefire" the West pushes for nothing yet; the belief is
    nobody's in particular. A speech tag after a comma ("..., officials said") still counts."""
    if len(cues) < 2 or not _IMPERSONAL_OPENING.match(text, sentence.start, cues[0].start):
        return cues
    comma = text.find(",", cues[0].end, sentence.end)
    content_end = sentence.end if comma < 0 else comma
    return [c for c in cues if not cues[0].end <= c.start < content_end]


def _main_clause_first(text: str, sentence: Sentence, cues: list[Match]) -> list[Match]:
    """The cues with those of an opening subordinate clause moved last: in "When the company
    signaled a deal, the mayor said ...", the main clause's verb reports, the other sets the scene."""
    if len(cues) < 2:
        return cues  # the common case: nothing to reorder
    colon = text.find(": ", sentence.start, sentence.end)
    if colon > 0 and _is_title_case(text[sentence.start:colon]):
        # "Ukraine Rules Out Talks: Podolyak, the president's adviser, admitted ...": a headline
        # run into the first sentence; the sentence after the colon reports first.
        return [c for c in cues if c.start > colon] + [c for c in cues if c.start < colon]
    opening = text[sentence.start:sentence.end].lstrip(" “\"'‘(").split(None, 2)
    if opening and opening[0].lower() in _LEADING_FILLER:
        opening = opening[1:]  # "So when ..., X said"
    # An opening participle sets the scene as a subordinate clause does: "Citing intelligence
    # reports, the newspaper said ..." ("According to" is itself the report).
    participle = bool(opening) and opening[0][:1].isupper() and opening[0].lower().endswith("ing") and \
        opening[0].lower() not in ("according", "during", "nothing", "something", "everything")
    if not opening or opening[0].lower() not in _SUBORDINATORS and opening[0].lower() != "following" and not participle:
        return cues
    comma = text.find(",", sentence.start, sentence.end)
    while comma >= 0 and _ANOTHER_SUBORDINATE.match(text, comma + 1, sentence.end):
        comma = text.find(",", comma + 1, sentence.end)  # "After X, but before Y had weighed in, Z said"
    if comma < 0:
        return cues
    return [c for c in cues if c.start > comma] + [c for c in cues if c.start < comma]


def _subject_participle_first(text: str, cues: list[Match]) -> list[Match]:
    """The cues with a participle on an object ("a vote condemning ...") moved after a participle
    of the subject after a comma ("X abstained from a vote condemning Y, saying ..."): the vote
    condemned, X said."""
    def after_comma(cue: Match) -> bool:
        end = _stripped_end(text, cue.start)
        return end > 0 and text[end - 1] == ","

    def participle(cue: Match) -> bool:
        return cue.text.lower().split()[0].endswith("ing")

    if len(cues) < 2 or not any(participle(c) and after_comma(c) for c in cues):
        return cues  # the common case: nothing to reorder
    return sorted(cues, key=lambda c: participle(c) and not after_comma(c))


# A credit line ("X reported from Hawaii", "Additional reporting by Y") and "show up" (arrive).
_CREDIT_AFTER = re.compile(r"\s+from\s+[A-Z]")
_PARTICLE_UP = re.compile(r"\s+up\b")
_BACK_PARTICLE = re.compile(r"\s+(?:out|away|off|down|up|into|onto|from|of)\b")


# "That said, ...", "This being said, ...", "Having said that, ...": a concessive connective that
# opens a sentence.
_CONNECTIVE_SAID = re.compile(r"\W*(?:that|this)(?:\s+being)?\s+$", re.IGNORECASE)
_HAVING_SAID = re.compile(r"\W*having\s+$", re.IGNORECASE)
_THAT_AFTER_HAVING_SAID = re.compile(r"\s+(?:that|this|all\s+that)\s*,")


# Cues that report only where they close their clause (", her doctor maintains.", "as one critic put
# it,"): elsewhere they take an object ("maintains the roads", "put it on hold").
_CLAUSE_FINAL_CUES = frozenset(("maintains", "maintained", "put it"))
_AFTER_CLAUSE_FINAL = re.compile(r"\s*(?:[,.:;!?\"”’)]|—|--)")
# "Continue" reports only where it frames a quotation ('Ruiz continued: “...”', 'She continued,
# “...”', '“...,” she continued.') or sets its speaker between commas ('Russia, the leader
# continued, is ...'); elsewhere it goes on with an action ("the fighting continued").
_QUOTE_FRAMING_CUES = frozenset(("continued", "continues"))
_QUOTATION_AFTER = re.compile(r"\s*(?::|,\s*[“\"])")
_QUOTATION_BEFORE = re.compile(r"[”\"]\s*(?:[\w.’'-]+\s+){1,5}$")
# A speaker between commas after a word, with no relative pronoun in it, and a clause that goes on.
_PARENTHETICAL_SPEAKER = re.compile(
    r"\w[\w’'.-]*,\s+(?!(?:and|but|or|as|when|while|if|where|it|this)\b)(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"(?:(?!(?:which|who|that)\b)[\w’'.-]+\s+){1,4}$", re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r",\s+(?!(?:and|but|or|so|as|while|with|because|which|who)\b)\w")
# Base forms that are more often nouns: a verb only after a plural subject, a relative pronoun or "to".
_PLURAL_ONLY_CUES = frozenset(("support", "oppose", "fear", "stress that"))
# After these, a base form is a verb whatever the subject: "wanted to stress that", "will stress that".
_BEFORE_A_BASE_VERB = frozenset("to will would must should shall can could may might did do does also".split())
_NOUN_AFTER = re.compile(r"\s+(?:of|among|from|for|in|with|on|at|was|is|has)\b|\s*[,.;:!?]")
# Characterize verbs (Levin 1993, 29.2) that report a view only with their "as" complement.
_AS_CUES = frozenset("""see saw view views paint paints painted painting cast casts casting identify identifies identified
                     rate rates rated rating""".split()
                     # and judgement verbs that are mostly physical without "as": "attacked her rival as a fraud"
                     + "attack attacks attacked attacking pounding pounded".split()
                     + ["going after", "went after", "goes after", "go after"])
_AS_COMPLEMENT = re.compile(
    r"(?:\s+[\w’'%-]+){0,6}?\s+as\s+(?!(?:he|she|it|they|we|i|you|well|long|soon|much|many|far|if|though)\b)"
    # or a judging adverb after the object: "views the mayor more favorably than ...", "rated him poorly"
    r"|(?:\s+[\w’'%.,-]+){1,12}?\s+(?:(?:more|less|most|least|very)\s+)?"
    r"(?:un)?(?:favou?rably|positively|negatively|dimly|skeptically|sceptically|warily|poorly|highly)\b")
_QUESTIONED_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|whether|why|how|if|what)\b")
# Talk verbs (Levin 1993, 37.5) report only with their topic: "spoke emotionally of", "talks to X about".
_TALK_CUES = frozenset(("spoke", "speaks", "talks"))
# "About" before a number is "roughly", no topic: "spoke for about five minutes".
_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|a\s+dozen|an?\s+hour|" \
                r"dozens|hundreds|thousands)\b"
_TALKED_ABOUT = re.compile(  # up to four words before the topic: "speaks more often in public about"
    r"(?:\s+(?!(?:of|about|to|with)\b)[\w’'-]+){0,4}?\s+(?:of|about)\s+(?!\d|" + _NUMBER_WORDS + r")"
    r"|\s+(?:to|with)\s+(?:[\w’'.-]+\s+){1,4}?about\s+(?!\d|" + _NUMBER_WORDS + r")"
    r"|\s*[“‘\"]")  # or with the words themselves: "speaks ‘directly to voters’"
_LINKED_TO = re.compile(r"(?:\s+[\w’'-]+){1,8}?\s+to\b")
_PRESENTED_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|whether|why|how|if|what|that|many|in|by)\b")
# Verbs of presenting whose forms are as often nouns or adjectives ("legal documents", "documented
# cases", "the highlights"): a cue only with an object or agent after them, like "question".
_OBJECT_ONLY_CUES = ("documents", "documented", "chronicles", "chronicled", "highlights", "highlighted", "features",
                     "featured")
# "Advocates" is the verb only before its object's determiner ("the group advocates a carbon tax");
# before a verb or a preposition it is the noun ("privacy advocates warned", "advocates for the poor").
_ADVOCATED_OBJECT = re.compile(r"\s+(?:the|a|an|this|these|those|that|more|greater|stronger|tougher|higher|lower)\b")
_MEANS_TO = re.compile(r"\b(?:way|ways|right)\s+to\s+$", re.IGNORECASE)
_HEARD_SOMEONE_SPEAK = re.compile(r"(?:\s+[\w’'.-]+){1,4}?\s+\w+ing\b")  # "heard Ana Ruiz chanting"
# "Demonstrate" and "prove" show something only with an object or a clause ("demonstrated that ...",
# "the results prove the risk"); without one "demonstrate" means to protest ("hundreds demonstrated
# outside") and "prove" links a subject to its complement ("the show proved to be a haven").
_SHOWN_OBJECT = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|these|those|our|that|how|what|why|whether|no|some|"
                           r"any|clear|strong|little|considerable|both)\b|(?:\s+[\w’'-]+){1,5}?\s+(?:that|how)\b")
_BE_FORMS = frozenset("is are was were be been being".split())
_IN_A_VENUE = re.compile(r"\s+in\s+(?:a|an|his|her|their|its)\s")
_AS_OPENER = re.compile(r"\bas\s", re.IGNORECASE)


# The cues that the checks of _is_credit_or_phrasal below look at, by form and by stem.
_CUES_WITH_A_CONDITION = frozenset(_AS_CUES | _TALK_CUES | _PLURAL_ONLY_CUES | _CLAUSE_FINAL_CUES |
                                   _QUOTE_FRAMING_CUES) | frozenset(
    _OBJECT_ONLY_CUES) | frozenset("""question questions said reported reporting showed shown concluded concludes
    conclude heard hears advocates""".split()) | {"rule that", "rules that"}
_CUE_STEMS_WITH_A_CONDITION = ("promising ", "debat", "link", "demonstrat", "prov", "back")
# "Refused to" reports a refusal to speak ("refused to comment", "refused to say whether"); a
# refusal to act ("refused to negotiate") stands for the refuser's stance only where no other verb
# reports: in "Kiev refused to negotiate, the ministry said" the ministry speaks.
_REFUSED_TO_ACT = re.compile(
    r"\s+to\s+(?!(?:comment|say|speak|talk|discuss|confirm|deny|answer|respond|reply|disclose|reveal|explain|"
    r"elaborate|name|identify|specify|speculate|acknowledge|admit|apologi[sz]e|retract|recant|rule\s+out|"
    r"condemn|critici[sz]e|endorse|support|back|recogni[sz]e|accept|take\s+questions|testify|be\s+interviewed)\b)"
    r"[a-z]+", re.IGNORECASE)


# A disaster that "claimed the lives of" reports nobody. (Owning up to something, "claimed
# responsibility", is a neutral row of report_verbs.tsv.)
_CLAIMED_LIVES = re.compile(r"\s+(?:the\s+|(?:\d[\d,]*|\w+)\s+)?lives?\b(?!\s+(?:were|was|are|had|have|would|could)\b)",
                            re.IGNORECASE)  # not "claimed lives were lost": a report


_EMPHASIS_BEFORE = re.compile(r"\b(?:emphasis|emphases|italics|underlining)\s+$", re.IGNORECASE)


# The idiom "call someone's bluff": "called his bluff", "Calling The Senate GOP's Bluff".
_SOMEONES_BLUFF = re.compile(r"\s+(?:[\w’'.-]+\s+){1,4}?bluffs?\b", re.IGNORECASE)


def _is_credit_or_phrasal(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether the cue is a reporter's credit ("reported from Midway", "additional reporting by"),
    the phrasal verbs "show up" and "backed out", the connective "That (being) said,", or a verb that reports only
    at its clause's end used elsewhere ("maintains the roads", "is maintained."): none reports
    what a source says."""
    lower = cue.text.lower()
    if lower.startswith("claim") and _CLAIMED_LIVES.match(text, cue.end):
        return True  # "the storm claimed 12 lives"
    if lower.startswith("call") and _SOMEONES_BLUFF.match(text, cue.end, sentence.end):
        return True  # "calling the Senate GOP's bluff": a dare taken up, no report
    if lower == "added" and _EMPHASIS_BEFORE.search(text, max(sentence.start, cue.start - 16), cue.start):
        return True  # "[emphasis added]": the writer's note on a quotation, no report
    if text.endswith(" to ", sentence.start, cue.start) and _MEANS_TO.search(text, max(sentence.start, cue.start - 12), cue.start):
        return True  # "no way to tell", "every right to know": a means or a right, no report
    if lower not in _CUES_WITH_A_CONDITION and not lower.startswith(_CUE_STEMS_WITH_A_CONDITION):
        return False  # most cues: none of the checks below applies
    if lower.startswith("promising ") and not text[sentence.start:cue.start].rstrip().endswith(",") and \
            _word_before(text[sentence.start:cue.start].split()) not in _BE_FORMS:
        return True  # "looks promising to": an adjective; a verb after a comma or "is": ", promising to"
    if lower in _AS_CUES and not _AS_COMPLEMENT.match(text, cue.end, sentence.end):
        return True  # "see" and "cast" report a view only with "as": "see the plan as a gift", not "cast ballots"
    if lower in ("question", "questions") and not _QUESTIONED_OBJECT.match(text, cue.end, sentence.end):
        return True  # the noun ("raised questions about"); the verb takes its object: "questions the vote"
    if lower in ("rule that", "rules that"):
        following = text[cue.end:sentence.end].split(None, 1)
        if not following or following[0].lower() in _AUXILIARIES:
            return True  # "harbour rules that could lead to ...": a relative clause on the noun
    if lower.startswith("debat") and not (_QUESTIONED_OBJECT.match(text, cue.end, sentence.end) or any(
            word.lower() in _BE_FORMS for word in text[sentence.start:cue.start].split()[-2:])):
        return True  # the noun, or "had never debated": the verb reports with an object or as a passive
    if lower.startswith("link") and not _LINKED_TO.match(text, cue.end, sentence.end):
        return True  # "linked to the drug": a connection reported only as "linked the breach to ..."
    if lower in _TALK_CUES and not _TALKED_ABOUT.match(text, cue.end, sentence.end):
        return True  # "spoke for five minutes", "spoke in a cottage": talk with no topic reports nothing
    if lower.startswith(("demonstrat", "prov")) and not _SHOWN_OBJECT.match(text, cue.end, sentence.end) and not any(
            word.lower() in _BE_FORMS for word in text[sentence.start:cue.start].split()[-2:]):
        return True  # "demonstrated outside", "proved to be": no report; "proved that", "was demonstrated" report
    if lower in ("heard", "hears") and (_HEARD_SOMEONE_SPEAK.match(text, cue.end, sentence.end) or any(
            word.lower() in _BE_FORMS for word in text[sentence.start:cue.start].split()[-2:])
            and not text.startswith((" saying", " say", " to say"), cue.end)):
        # "the case will be heard by ten judges": a hearing in court; "heard Ruiz chanting": Ruiz's
        # words, reported by the verb in -ing; "was heard saying" reports
        return True
    if lower in ("concluded", "concludes", "conclude") and text.startswith(" with ", cue.end):
        return True  # "the ad concludes with footage of ...": it ends, it reports nothing
    if lower == "advocates" and not _ADVOCATED_OBJECT.match(text, cue.end, sentence.end):
        return True  # "privacy advocates warned": the noun
    if lower in _OBJECT_ONLY_CUES and not _PRESENTED_OBJECT.match(text, cue.end, sentence.end):
        return True  # "legal documents", "the highlights": a noun; the verb takes an object: "documents how"
    if lower in _PLURAL_ONLY_CUES:
        # "France and Britain support the plan", "cities that support it", "5 percent support Ruiz";
        # not the noun ("wide support", "vets' support", "85 percent support among ...")
        words = text[sentence.start:cue.start].split()
        previous = _word_before(words).lstrip("“\"(")
        plural = previous in ("they", "we", "i", "you", "that", "who", "which", "percent", "many", "most", "few") or \
            previous.endswith("s") and previous.isalpha() and not previous.endswith(("ss", "us", "is")) or \
            len(words) >= 3 and words[-1][:1].isupper() and words[-2].lower() == "and" or \
            lower == "stress that" and previous in _BEFORE_A_BASE_VERB
        return not plural or _NOUN_AFTER.match(text, cue.end, sentence.end) is not None
    if lower in _QUOTE_FRAMING_CUES:
        words = text[sentence.start:cue.start].split()
        if text.startswith(":", cue.end) or _CLAUSE_GOES_ON.match(text, cue.end, sentence.end) and \
                _PARENTHETICAL_SPEAKER.search(text, sentence.start, cue.start) and \
                not (words and _opens_adverbial(words[0])):
            return False  # "Ruiz continued:", "Russia, the leader continued, is ..."
        subject = words[-1] if words else ""
        if not (subject.lower() in ("he", "she", "they", "i", "we") or subject[:1].isupper()):
            return True  # a person goes on speaking; "the strikes continued, “...”" goes on happening
        return not (_QUOTATION_AFTER.match(text, cue.end, sentence.end) or
                    _AFTER_CLAUSE_FINAL.match(text, cue.end, sentence.end) and
                    _QUOTATION_BEFORE.search(text, sentence.start, cue.start))
    if lower in _CLAUSE_FINAL_CUES:
        if _AFTER_CLAUSE_FINAL.match(text, cue.end, sentence.end):
            # "the road is (well) maintained.": a passive
            return any(word.lower() in _BE_FORMS for word in text[sentence.start:cue.start].split()[-2:])
        # "as a memo put it in a statement": an as-clause may name the venue
        return not (lower == "put it" and _IN_A_VENUE.match(text, cue.end, sentence.end)
                    and _AS_OPENER.search(text, sentence.start, cue.start))
    if lower == "said" and text.startswith(",", cue.end) and _CONNECTIVE_SAID.match(text[sentence.start:cue.start]):
        return True
    if lower == "said" and _HAVING_SAID.match(text[sentence.start:cue.start]) and \
            _THAT_AFTER_HAVING_SAID.match(text, cue.end, sentence.end):
        return True
    if lower in ("reported", "reporting") and (
        _CREDIT_AFTER.match(text, cue.end) and lower == "reported" or
        text[sentence.start:cue.start].rstrip(" -—").lower().endswith("additional")
    ):
        return True
    if lower.startswith("back") and (_BACK_PARTICLE.match(text, cue.end) or text[cue.start - 1:cue.start] == "-"):
        return True  # "backed out", "backed away"; "Russian-backed" is an adjective
    return lower in ("showed", "shown") and bool(_PARTICLE_UP.match(text, cue.end))


def _refuses_to_act(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether the cue is a refusal to act, not to speak: "refused to negotiate", not "refused to comment"."""
    return cue.text.lower().startswith("refus") and _REFUSED_TO_ACT.match(text, cue.end, sentence.end) is not None


def _pattern_words(text: str, sentence: Sentence) -> set[str]:
    """The rarer patterns ("attitude", "owned report", "hearsay", "received") one of whose words
    the sentence holds."""
    return {word.row["pattern"] for word in _PATTERN_WORDS.finditer(text, sentence.start, sentence.end)}


def _is_long(text: str, quote: tuple[int, int]) -> bool:
    """Whether a quotation holds three words or more (a phrase, not a scare-quoted word), and is
    no title of a work nor a term the writer keeps at a distance ('the so-called "special
    military operation"')."""
    return len(text[quote[0]:quote[1]].split(None, 2)) >= 3 and not _is_title_of_a_work(text, quote) and \
        _DISTANCING_BEFORE.search(text, max(0, quote[0] - 16), quote[0]) is None


# Words by which the writer mentions a term rather than quoting speech: 'the so-called "..."'.
_DISTANCING_BEFORE = re.compile(r"\b(?:so-called|so\s+called|self-styled|self-proclaimed)\s*$", re.IGNORECASE)


# A work named before a quotation: 'her book "The Living Reef"', 'the film "All Quiet on the Western Front"'.
_WORK_BEFORE = re.compile(
    r"\b(?:book|books|novel|memoir|film|films|movie|song|songs|album|play|musical|opera|show|series|sitcom|"
    r"documentary|essay|poem|article|op-ed|column|podcast|painting|exhibition|titled|entitled|called|named)"
    r"[\s,]+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _is_title_of_a_work(text: str, quote: tuple[int, int]) -> bool:
    """Whether a quotation is the title of a work, not speech: in title case (each word of four
    letters or more capitalised), at most ten words, after a noun of a work or "titled"; or a
    subheading, a title-case quotation that is a paragraph by itself ("'All Bets Are Off.'")."""
    words = re.findall(r"[\w’'-]+", text[quote[0]:quote[1]])
    if not (0 < len(words) <= 10 and all(w[0].isupper() or len(w) < 4 or not w[0].isalpha() for w in words)):
        return False
    return _WORK_BEFORE.search(text, max(0, quote[0] - 40), quote[0]) is not None or \
        len(words) >= 3 and _is_a_paragraph_alone(text, quote)


def _is_a_paragraph_alone(text: str, quote: tuple[int, int]) -> bool:
    """Whether nothing but white space stands between the quotation and the line breaks around it."""
    before = text.rfind("\n", 0, quote[0])
    after = text.find("\n", quote[1])
    return not text[before + 1:quote[0]].strip() and not text[quote[1]:len(text) if after < 0 else after].strip()


def _mostly_quoted(text: str, sentence: Sentence, quotes: list[tuple[int, int]], long_quote: dict) -> bool:
    """Whether quotations of three words or more (among ``quotes``, those overlapping the
    sentence) cover at least a third of the sentence."""
    if not quotes:
        return False
    length = len(text[sentence.start:sentence.end].strip()) or 1
    covered = 0
    for q_start, q_end in quotes:
        if long_quote[(q_start, q_end)]:
            covered += min(q_end, sentence.end) - max(q_start, sentence.start)
    return covered >= length / 3


# Words before "to say" (or "to tell", "to know", "to believe") in set phrases where nobody
# reports: "too early to say", "hard to tell", "fair to say", "needless to say", "suffice it to
# say", "hard to know", "hard to believe".
_BEFORE_AN_IDLE_SAY = frozenset("early soon hard difficult impossible tough premature fair safe needless it".split())
_IDLE_AFTER_TO = frozenset("say tell know believe predict understand".split())


def _is_idle_say(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether "say", "tell", "know", "believe", "predict" or "understand" is part of a set phrase
    that reports nobody: "it is too early to say", "hard to tell", "needless to say", "it is hard
    to believe that ..." (not "wanted to say", "is to say on Monday")."""
    if cue.text.lower() not in _IDLE_AFTER_TO:
        return False
    words = text[sentence.start:cue.start].lower().split()
    return len(words) >= 2 and words[-1] == "to" and words[-2].strip("“\"(,") in _BEFORE_AN_IDLE_SAY


# "Telling" as the adjective of what reveals (Merriam-Webster, telling 2): after a copula or a word
# of degree, with no object after it ("The silence is telling.", "Most telling of all, ...").
_BEFORE_TELLING_ADJECTIVE = frozenset(
    "is was are were be been being seems seemed more most very particularly especially quite equally also even".split())
_AFTER_TELLING_ADJECTIVE = re.compile(r"\s*(?:[.,;:!?)—–]|$|\s+(?:of|about|in|for)\b)")


def _is_telling_adjective(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether "telling" is the adjective of what reveals ("The silence is telling.", "Most telling
    of all, not one word was said"), not the verb ("is telling reporters that")."""
    if cue.text.lower() != "telling" or not _AFTER_TELLING_ADJECTIVE.match(text, cue.end, sentence.end):
        return False
    words = text[sentence.start:cue.start].lower().split()
    return not words or words[-1] in _BEFORE_TELLING_ADJECTIVE


_BRIEFED_ON = re.compile(r"\s+(?:on|about)\b")


def _is_told_party(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether "briefed" or "informed" right after a noun, before "on" or "about", describes the
    person who was told ("a banker briefed on the talks said"), not a report by them."""
    if cue.text.lower() not in ("briefed", "informed"):
        return False
    words = text[sentence.start:cue.start].split()
    return bool(words) and words[-1].lower() not in _AUXILIARIES and _is_common_noun(words[-1].lower()) and \
        _BRIEFED_ON.match(text, cue.end) is not None


def _is_verb_use(text: str, sentence: Sentence, cue: Match) -> bool:
    """Whether a cue reads as a verb here, not a noun ("his comments", "the plan", "Trump's call")."""
    words = text[sentence.start:cue.start].split()
    previous = _word_before(words).strip("“”\"'(")
    return previous not in _NOUN_MARKERS and not previous.endswith(("’s", "'s")) and \
        not _ends_prepositional_noun(text, cue, words) and not _is_plural_noun_after_adjective(text, sentence, cue, words) \
        and not _is_ing_noun_in_compound(text, cue, words) and not _is_noun_after_an_adjective(cue, words) \
        and not _is_participle_after_a_count(text, cue, words) \
        and not (words and cue.text[0].isupper() and cue.text.lower() in _HEADLINE_NOUNS)  # "Bomb Suspect Arrested"


# A count before a noun: "32", "1,200", "two", "dozens".
_COUNT = re.compile(r"(?:\d(?:[\d,.]*\d)?|" + _NUMBER_WORDS + r")$", re.IGNORECASE)
# After a participle that modifies a noun: a plain word in lower case ("militants"), or "or"/"and"
# and another participle ("suspected or confirmed cases").
_NOUN_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:(?:or|and)\s+[a-z]+ed\s+)?(?!(?:that|the|a|an|to|by|in|on|at|of|for|with|it|this|him|her|them|us|me)\b)[a-z]")


def _is_participle_after_a_count(text: str, cue: Match, words: list[str]) -> bool:
    """Whether a cue in -ed modifies the noun after a count: "two suspected militants", "32
    suspected or confirmed cases", "three alleged victims"; the count is no subject when no
    determiner comes before it ("the three claimed victory" stays a report)."""
    if len(words) >= 3 and words[-1] in ("or", "and") and words[-2].endswith("ed"):
        words = words[:-2]  # the second of two: "32 suspected or confirmed cases"
    if not cue.text.endswith("ed") or " " in cue.text or not words or _COUNT.match(words[-1]) is None:
        return False
    if len(words) >= 2 and (words[-2].lower() in _NOUN_MARKERS or words[-2].lower() in ("all", "both")):
        return False
    return _NOUN_AFTER_PARTICIPLE.match(text, cue.end) is not None


# Determiners of one thing: after one of them and one word, a base form is no verb ("one odd remark"),
# which would have to agree with a single subject ("one official remarks").
_SINGULAR_DETERMINERS = frozenset("a an one each every another this".split())


def _is_noun_after_an_adjective(cue: Match, words: list[str]) -> bool:
    """Whether a cue in its base form follows a determiner of one thing and one word: "a stunning
    rebuke", "an angry call", "one odd remark"; the verb would have no subject there, or one it
    does not agree with. (A participle stays a verb: "a letter calling on", "a report that warned".)"""
    lower = cue.text.lower()
    if lower not in _NOUN_FORMS and lower not in _BASE_FORM_NOUNS or lower.endswith(("s", "ing")) or \
            len(words) < 2 or words[-2].lower() not in _SINGULAR_DETERMINERS:
        return False
    between = words[-1]
    return between.isalpha() and between.islower() and between not in _SOURCE_NOUNS and between not in _ANONYMOUS_HEADS


# Base forms of reporting verbs that news uses as nouns as often, beyond _NOUN_FORMS.
_BASE_FORM_NOUNS = frozenset("rebuke remark lament retort boast plea".split())


# What follows a noun in -ing that heads its phrase: a verb, or a preposition of place or purpose.
_AFTER_ING_NOUN = re.compile(r"\s+(?:is|was|were|are|has|had|remains|remained|will|for|in)\b|\s*[.,;:!?]")


def _is_ing_noun_in_compound(text: str, cue: Match, words: list[str]) -> bool:
    """Whether a cue in -ing is the head of a noun compound: after a noun and before a verb or
    "for" ("a flood warning is in place", "a storm warning for the coast"), not a participle
    ("officials warning of a crisis")."""
    return cue.text.endswith("ing") and " " not in cue.text and bool(words) and _is_common_noun(words[-1]) and \
        words[-1] not in _AUXILIARIES and _AFTER_ING_NOUN.match(text, cue.end) is not None


_REPORT_VERB_AFTER = re.compile(r"\s+(?:said|say|says|suggest|suggests|suggested|indicate|indicated|indicates|show|shows|"
                                r"showed|claim|claimed|claims)\b")


def _is_plural_noun_after_adjective(text: str, sentence: Sentence, cue: Match, words: list[str]) -> bool:
    """Whether a cue in -s is a plural noun: a noun-like form before "of" ("fears of a long war"), or
    a cue after a determiner and an adjective with a preposition or an auxiliary after it: "The
    maximalist remarks from both sides have ...", not "The president says"."""
    if len(words) >= 2 and words[-2].lower() in _NOUN_DETERMINERS and words[-1].endswith("ed") and \
            words[-1].isalpha() and words[-1].islower() and words[-1] not in _NOUNS_IN_ED and \
            cue.text.split()[0].lower().endswith("s"):
        return True  # "after the failed votes to discuss", "the renewed calls for": a participle adjective
    if words and words[-1].lower() in _SWELLING and cue.text.split()[0].lower().endswith("s"):
        return True  # ", prompting growing calls that": what swells is a noun
    if not cue.text.endswith("s"):
        return False
    if cue.text.lower() in _NOUN_FORMS and text.startswith(" of ", cue.end):
        return True  # "global fears of a long war", "claims of fraud": no verb of these takes "of"
    if cue.text.lower() in _NOUN_FORMS and _REPORT_VERB_AFTER.match(text, cue.end):
        return True  # "Unconfirmed reports said": the subject of the verb after it
    if len(words) >= 3 and words[-3].lower() == "to" and words[-2].isalpha() and words[-2].islower() and \
            words[-1].isalpha() and words[-1].islower() and not words[-1].endswith("s") and \
            words[-1] not in _INDEFINITE_PRONOUNS and words[-1] not in _PRONOUN_LIKE and \
            words[-1] not in _DETERMINERS and words[-1] not in ("and", "or", "but", "nor"):
        # "to declassify key documents", "to lob wild claims": an infinitive's object, with its
        # modifier before it (not a plural that may be a subject: "a threat to transgender
        # individuals downplays"; nor "to school and regards")
        return True
    if len(words) >= 2 and words[-1][0].isupper() and words[-2].lower() in _PLURAL_DETERMINERS:
        # "all FBI reports on the interviews": after a plural's determiner and a name, a cue in -s
        # is a noun (a verb in -s never follows a plural subject); after "the" it may be the name's
        # verb ("the FBI reports that ...")
        return True
    return len(words) >= 2 and words[-1].islower() and \
        words[-2].lower() in _NOUN_DETERMINERS and _PLURAL_NOUN_AFTER.match(text, cue.end, sentence.end) is not None


# Adjectives of a swelling that a plural report noun follows: "growing calls", "mounting fears".
_SWELLING = frozenset("growing mounting increasing rising lingering escalating widening swirling persistent".split())
# Participles that stand as nouns after "the": "the accused says he is innocent".
_NOUNS_IN_ED = frozenset("accused deceased injured wounded condemned disappeared detained".split())


def _is_relative_verb(cue: str) -> bool:
    """Whether a cue after "that" or "which" is the finite verb of a relative clause that reports
    ("that says", "which argued", "cities that support"): a verb that takes a clause, or a stance,
    never a noun after a demonstrative ("that claim") nor a verb of action ("the firm that published")."""
    return cue.lower() in _INVERTING_VERBS or cue.lower() in _PLURAL_ONLY_CUES


# Cue forms that are as often nouns: "of Republican claims", "in a lengthy expose".
_NOUN_FORMS = _HEADLINE_NOUNS | frozenset(
    """tweet tweets expose attack attacks call calls charge charges promise promises pledge pledges vow vows
    threat threats demand demands request requests question questions doubt doubts concern concerns estimate
    estimates note notes post posts planning""".split()
)
_AUXILIARY_AFTER = re.compile(r" (?:have|has|had|are|were|will|would|could|should|may|might|must)\b")
# The past of verbs of measured change, which no participle-adjective shares ("rose", not "increased",
# as in "the firm reports increased profits"): after a noun-like cue it is the cue's verb.
_PAST_OF_CHANGE_AFTER = re.compile(r" (?:rose|fell|grew|shrank|slid|slipped|climbed|jumped|soared|surged|plunged|"
                                   r"dipped|edged|topped|totalled|totaled)\b")
# Quantifiers that want a plural noun after them: "some calls", "enough votes to pass", "no claims".
_PLURAL_QUANTIFIERS = frozenset(
    """many several few fewer some enough more numerous various multiple countless no any both two three four
    five six seven eight nine ten dozens""".split()
)
_PLURAL_DETERMINERS = _PLURAL_QUANTIFIERS | {"all", "these", "those"}
# Prepositions that open a noun phrase the cue may end: "of", "in", "for" ...
_NOUN_PREPOSITIONS = frozenset("of in on for with about from into over against amid among at by".split())


def _ends_prepositional_noun(text: str, cue: Match, words: list[str]) -> bool:
    """Whether a cue that may be a noun ends a noun phrase opened by a preposition a few words back
    ("a survey of Republican claims", "in the Chronicle report,", "in early-morning tweets"): a
    subject never follows a preposition. "claims that" stays a verb."""
    lower = cue.text.lower()
    if lower.endswith("s") and lower != "says" and " " not in lower:
        after = _AUXILIARY_AFTER.match(text, cue.end)
        if after:
            return True  # "Health worries have dogged her": a verb is never followed by an auxiliary
        if lower in _NOUN_FORMS and _PAST_OF_CHANGE_AFTER.match(text, cue.end):
            return True  # "Jobless claims rose": a verb is never followed by a verb in the past
    quantifier = words[-1].lower() if words else ""
    count = quantifier in _PLURAL_QUANTIFIERS or quantifier.replace(",", "").isdigit() or (  # "1,400 calls"
        quantifier == "all" and (len(words) < 2 or words[-2].lower() not in _PRONOUN_LIKE | {"this", "which"}))
    # ("all references to"; not "That all suggests", where "all" follows its subject)
    if lower.split()[0].endswith("s") and count and (
            quantifier != "both" or lower in _NOUN_FORMS):
        # "some calls", "many claims", "by seven votes to two": a plural quantifier wants "call",
        # not "calls"; "both" may be an adverb ("DuVernay both documents ... and ...")
        return True
    if lower not in _NOUN_FORMS or text.startswith((" that", ",” ", ' that'), cue.end):
        return False
    for back in range(1, min(5, len(words)) + 1):
        word = words[-back]
        lower = word.lower()
        if word.endswith((",", ";", ":")) or not word[0].isalnum():
            return False
        if back > 1 and lower in _NOUN_PREPOSITIONS:
            # "in the Chronicle report", not "colleagues in Kyiv report": a base form right after a
            # place or a name with no determiner is the plural subject's verb
            return not (back == 2 and words[-1][:1].isupper() and not cue.text.endswith("s"))

        if lower in _FUNCTION_WORDS or lower in _PRONOUNS or lower in _AUXILIARIES:
            return False  # a clause, not a noun phrase: "with what they call", "authority to call"
    return False


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
    drove flew forgot fought grew taught threw sold spent swore wore""".split()
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


# A person named as the sentence's point of view before its subject: "For Ruiz,", "To Lee,", "As for Ana Ruiz,".
_TOPIC_PERSON = re.compile(r"\s*(?:(?:But|And|Yet)\s+(?:for|to|as\s+for)|For|To|As\s+for)\s+"
                           r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}),\s")


_HIS_TITLES = frozenset("mr. mr sir lord king prince father brother".split())
_HER_TITLES = frozenset("mrs. mrs ms. ms miss dame lady queen princess mother sister".split())


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
    phrase = text[start:end]
    if len(phrase.split()) < 2 or phrase.split()[0].lower() in _PRONOUNS:
        return None
    return (phrase, kind) if names_several(phrase) or _speaker_kind(phrase) == "group" else None


_PLURAL_VERB = re.compile(r"\s(?:are|were|have)\s")


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
        if not (previous.islower() and _is_common_noun(previous.replace("-", ""))):
            return False
        if tokens[k].group().endswith("s") and not (k + 1 == len(tokens) or tokens[k + 1].group().lower() in _NP_LINKS
                                                     or _is_bare_plural(tokens[k + 1].group())):
            # a verb in -s after a noun ("the discussion comes"), not a plural ("black parents with
            # kids") nor a compound's first noun before its plural head ("civil rights groups")
            return False
    return False


# Adverbs that may stand before a number that opens a subject: "Only 52 percent", "Nearly 40 states".
_FOCUSING_ADVERBS = frozenset("only just nearly almost about roughly some over under barely fully".split())


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


# Words that open an adverbial phrase or clause before a sentence's subject: "In the process, he
# ...", "When it was my turn, I ...", "At the very least, he ...".
_ADVERBIAL_OPENERS = _SUBORDINATORS | frozenset(
    """in on at during after before for with from amid despite following under as unlike like over throughout
    within across through by among into toward towards beyond besides near outside inside""".split())


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
    return word.lower() in _PRONOUNS or word[0].isupper() and not _is_function_word(word) and \
        word.lower() not in _MONTHS


# What may stand between a headline's subject and its verb: "Strzok, Who Criticized", "The US Is
# Blatantly Telling".
_HEADLINE_SUBJECT_TO_VERB = re.compile(r"(?:\s*,\s*Who)?(?:\s+(?:Is|Are|Was|Were|Has|Have|Had|Also|\w+ly))*\s+")


# Words that open a headline's second clause: "Patients Flee Hospital As Officials Worry ...".
_HEADLINE_CLAUSE_OPENERS = _SUBORDINATORS | frozenset(("as", "but"))


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
    while True:  # an opening adverb or time is no subject: "Indeed, it ...", "Weeks later, the ...", "Recently, however,"
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
            break
        if not (comma == 1 and (_is_ly_adverb(first) or first in _SENTENCE_ADVERBS)
                or comma == 2 and first in _DEGREE_WORDS and _is_ly_adverb(tokens[1].group())  # "More recently,"
                or tokens[comma - 1].group().lower() in ("earlier", "later", "ago")
                or first in _ADVERBIAL_OPENERS and _opens_clause_subject(tokens[comma + 1:])
                or first in _SUBORDINATORS and _is_common_noun(tokens[comma + 1].group())
                or participle and (tokens[comma + 1].group().lower() in _DETERMINERS
                                   or _opens_clause_subject(tokens[comma + 1:]))):
            break
        tokens = tokens[comma + 1:]
    focus = len(tokens) > 2 and tokens[0].group().lower() in _FOCUSING_ADVERBS and tokens[1].group()[0].isdigit()
    if focus:  # "Only 52 percent of voters agreed": the share, with its adverb, is the subject
        adverb, tokens = tokens[0], tokens[1:]
    verb = next((k for k in range(len(tokens)) if _ends_subject(tokens, k)), None)
    if verb == 0:
        return stop, stop, "named"  # the sentence opens with its verb: "Is the first ... to refuse"
    if verb is not None:
        if verb >= 2 and tokens[verb].group() == "to" and (
                _is_catenative_after_name(tokens[verb - 2].group(), tokens[verb - 1].group())
                or tokens[verb - 1].group() in _RAISING_VERBS):
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
            break
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
            break
        elif last == k - 1 and k > 0 and tokens[k - 1].group()[0].isupper() and _is_bare_plural(word) and \
                word.islower() and tokens[k - 1].group().lower() not in _FUNCTION_WORDS and (
                _names_people(word)) and (
                k + 1 == len(tokens) or _AFTER_A_PLURAL_HEAD.fullmatch(tokens[k + 1].group().lower())
                or _is_ly_adverb(tokens[k + 1].group())):
            # a plural head after a name: "Romney operatives in the spin room", "Tea Party organizers
            # routinely"; not a verb in -s before its object ("the United Nations faces a crisis")
            last = k
            break
        elif last == k - 1 and k > 0 and tokens[k - 1].group().lower() in _GROUP_ADJECTIVES and \
                _is_common_noun(word) and word.endswith("s"):
            last = k  # the plural head of a group: "most Western countries", "Arab states"
            break
        elif determined and _is_common_noun(word.replace("-", "")) and _in_noun_chunk(tokens, k):
            last = k
        elif determined and lower in _NP_LINKS and last == k - 1:
            continue
        else:
            break
    if last < 0:
        return stop, stop, "named"  # a source the phrase rules cannot delimit: most are named
    start, end = (adverb if focus else tokens[0]).start(), tokens[last].end()
    phrase = text[start:end]
    if phrase.lower() in _PRONOUNS:
        return start, end, "named"
    return start, end, classify_source(phrase)


# Endings of plural nouns for people ("operatives", "organizers", "residents", "committees"); a verb
# in -s after a name ("Scott bristles at", "Pelosi insists on") has none of them.
_PEOPLE_ENDINGS = ("ers", "ives", "ents", "ians", "ees", "ors")


def _names_people(plural: str) -> bool:
    """Whether a lower-case plural names people: a source noun or a generic head ("officials",
    "aides") or a noun with an ending for people ("operatives", "organizers", "residents")."""
    return plural in _GENERIC_HEADS or plural in _SOURCE_NOUNS or plural.endswith(_PEOPLE_ENDINGS)
# What may follow a plural head noun: a preposition, a relative pronoun, an auxiliary, a break.
_AFTER_A_PLURAL_HEAD = re.compile(
    r"[,;:—–-]|of|in|on|for|with|from|at|by|about|over|across|as|such|who|that|which|"
    r"have|had|are|were|will|would|could|should|may|might|must|can|do|did")


def _is_catenative_after_name(previous: str, word: str) -> bool:
    """Whether ``word``, followed by "to", is a verb in -s of a named subject ("Ruiz needs to",
    "Lee wants to", "Trump seems to"): after a capitalised word that owns nothing, a plural noun
    would be a modifier's head ("Clinton's statements to"), so only the verb is left."""
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is")) and \
        previous[0].isupper() and not previous.endswith(("’s", "'s")) and previous.lower() not in _FUNCTION_WORDS \
        and previous.lower() not in _NOUN_DETERMINERS and word not in _SOURCE_NOUNS


# A quotation signed with a dash (“...” ― Carla Sanchez) or a transcript turn ("WALLACE: ...").
_SIGNED = re.compile(r"""[”"»]\s*[―—–]+\s*(?P<signed>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})""")
# A turn's label is a name; editorial labels ("Correction:", "UPDATE:", "Watch:") and an inverted
# report ("Said Ellis:", whose verb finds the speaker) are not turns.
_TURN = re.compile(
    r"""\s*["“]?(?!(?i:the|said|says|added|asked|correction|clarification|update|updated|note|editor|
        warning|watch|video|photo|photos|related|source|sources|disclosure|read|listen|see|also|breaking|
        exclusive|advertisement|confirmed|shock|shocking|proof|trending|again|revealed|exposed|busted|
        bombshell|flashback|analysis|opinion|editorial|commentary|explainer|live|finally)\b)
        (?P<turn>[A-Z]{2,}(?:\s+[A-Z]{2,})?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?):\s""",
    re.VERBOSE,
)
_PATTERN_CUE = {"category": "neutral", "connotation": "neutral"}


def _speaker_turn(text: str, sentence: Sentence):
    """(cue, (start, end, "named")) for a transcript turn ("PENCE: Well, ..."), or None; the
    cue is the colon."""
    if text.find(":", sentence.start, sentence.end) < 0:
        return None  # most sentences: no colon, so no turn
    turn = _TURN.match(text, sentence.start, sentence.end)
    if turn is None or _names_a_state(turn["turn"]):
        return None  # "USA: Only the president can ...": a kicker, not a turn
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


# Each of the five patterns above needs one of its nouns, so a sentence without the start of any
# is not searched: one pass over the lower-case text finds the sentences worth searching.
_EVIDENCE_OR_VENUE_NOUN = re.compile(r"\b(?:" + trie_pattern([(start,) for start in sorted(set().union(*map(
    _literal_starts, (_EVIDENCE_NOUNS, _HEADLINE_EVIDENCE_NOUNS, _ESTIMATE_NOUNS, _RECORD_NOUNS_OF_VENUE,
                      _STATEMENT_NOUNS))))]) + ")")


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


# A report noun owned by its source and followed by what was said (Bergler 1992: reported speech
# as a nominalisation): "Trump’s claim that ...", "his warning that ...", "the judge’s conclusion
# that ...". The owner is the speaker.
_REPORT_NOUNS = """claim claims assertion assertions allegation allegations accusation accusations suggestion
    suggestions warning warnings promise promises pledge pledges argument arguments insistence contention
    belief beliefs fear fears hope hopes admission denial denials statement statements assurance assurances
    prediction predictions complaint complaints conclusion theory vow vows boast boasts""".split()
_OWNED_REPORT = re.compile(
    r"""(?:(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s?|\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))
        \s+(?:[a-z][\w-]*\s+)?(?P<noun>""" + "|".join(_REPORT_NOUNS) + r""")\s+that\b""",
    re.VERBOSE,
)

# A stance noun with its owner and its object (Wiebe et al. 2005: private states named by a noun):
# "his adulation of Putin", "editorial boards’ disdain for the nominee", "Ruiz's endorsement of".
_STANCE_OBJECT_NOUNS = """adulation disdain contempt admiration distrust mistrust skepticism scepticism hostility enthusiasm
    support opposition antipathy affection praise criticism dislike hatred fondness loathing rejection endorsement
    disapproval approval threat threats""".split()
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
# A possessive pronoun points back to an earlier speaker as its subject form does.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _owned_report_speaker(text: str, sentence: Sentence, quotes: list[tuple[int, int]]):
    """(cue, (start, end, kind)) for a report noun with its owner and a that-clause ("Trump’s claim
    that ..."), or None. Inside a quotation it is the quoted speaker's words."""
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


# Endings of plural names for parties, nations and movements (Republicans, Democrats, Europeans,
# Socialists), not of surnames that end in -s (Sanders, Evans).
_GROUP_SUFFIXES = ("cans", "crats", "ians", "eans", "ists", "ites", "ives")
# Words that pick one out of a plural: "One of the two major candidates" is one person.
_ONE_OF = frozenset("one each either neither".split())


# Sources that are records or texts ("Data from the census", "a new poll", "the study"): never "he" or "she".
_RECORD_NOUNS = frozenset(
    """poll polls polling survey surveys study studies data analysis research records record documents
    document figures statistics estimates census report article ad video footage memo letter""".split()
)


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


# Hearsay adverbs (Chafe 1986 evidentials): the claim is someone else's, and nobody is named.
_HEARSAY_ADVERBS = "reportedly allegedly purportedly supposedly reputedly".split()
_HEARSAY = re.compile(r"\b(?:" + "|".join(_HEARSAY_ADVERBS) + r")\b", re.IGNORECASE)
# Criticism or questions a subject faces or draws (Bergler 1992: reported speech as a nominalisation):
# "X has faced sharp criticism", "the remarks drew scrutiny from Y", "came under fire". The critics
# speak: named after "from", else nobody in particular.
_RECEIVED_NOUNS = "criticism questions accusations allegations pushback backlash scrutiny condemnation complaints fire".split()
_RECEIVED = re.compile(
    r"""\b(?:faced?|faces|facing|drew|drawn|draws|drawing|received?|receives|receiving|(?:came|come|comes|coming)\s+under)
        \s+(?:[\w-]+\s+){0,2}?(?P<noun>""" + "|".join(_RECEIVED_NOUNS) + r""")\b
        (?:\s+from\s+(?P<source>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}))?""",
    re.VERBOSE,
)


def _received_criticism(text: str, sentence: Sentence, quotes: list[tuple[int, int]]):
    """(cue, (start, end, kind)) for criticism or questions the subject faces or draws, outside
    quotations, or None."""
    for found in _RECEIVED.finditer(text, sentence.start, sentence.end):
        if any(q_start < found.start() < q_end for q_start, q_end in quotes):
            continue
        if found.group("noun") == "fire" and "under" not in found.group():
            continue  # "drew fire" may be gunfire; "came under fire" is criticism
        cue = Match(found.start(), found.end("noun"), text[found.start():found.end("noun")], {
            "category": "neutral", "connotation": "neutral", "rule": "pattern: criticism received"})
        if found.group("source"):
            start, end = found.span("source")
            return cue, (start, end, classify_source(text[start:end]))
        return cue, (found.start(), found.start(), "anonymous")
    return None


# The words the rarer patterns need, in one lexicon: one trie pass over a text finds the few
# sentences worth a closer look (most hold none of them).
_PATTERN_WORDS = Lexicon.from_rows(
    [{"term": w, "pattern": "attitude"} for w in (*_ATTITUDE_ADJECTIVES, "sure", "certain", *_STANCE_ADJECTIVES,
                                                   *_STANCE_NOUNS)]
    + [{"term": f"{noun} that", "pattern": "owned report"} for noun in (*_REPORT_NOUNS, "narrative", "notion", "proof",
                                                                        "evidence")]
    + [{"term": f"{noun} {link}", "pattern": "owned report"} for noun in _STANCE_OBJECT_NOUNS
       for link in ("of", "for", "to", "toward", "towards", "against")]
    + [{"term": w, "pattern": "hearsay"} for w in _HEARSAY_ADVERBS]
    + [{"term": w, "pattern": "received"} for w in _RECEIVED_NOUNS],
    key="term",
)


def _hearsay_cue(text: str, sentence: Sentence, quotes: list[tuple[int, int]]):
    """(cue, (start, start, "anonymous")) for a hearsay adverb outside quotations ("he allegedly
    brandished a pistol", "Campaign Reportedly Scrambling"), or None."""
    for found in _HEARSAY.finditer(text, sentence.start, sentence.end):
        if not any(q_start < found.start() < q_end for q_start, q_end in quotes):
            cue = Match(found.start(), found.end(), found.group(), {
                "category": "doubt", "connotation": "non_neutral", "rule": "pattern: hearsay adverb"})
            return cue, (found.start(), found.start(), "anonymous")
    return None


# Titles of one person: a name after one is a person's, whatever institution the title names
# ("White House National Security Adviser Jake Sullivan").
_PERSON_TITLES = frozenset(
    """spokesman spokeswoman spokesperson adviser advisor aide minister secretary president leader ambassador
    envoy lawmaker senator governor mayor lawyer attorney prosecutor officer general commander chairman
    chairwoman chair director head chief correspondent reporter editor representative sen. rep. gov. dr.""".split()
)


def _names_a_titled_person(phrase: str) -> bool:
    """Whether the phrase ends in a name after a person's title: "Council spokesman John Kirby"."""
    words = phrase.split()
    titles = [k for k, w in enumerate(words) if w.lower() in _PERSON_TITLES]
    return bool(titles) and titles[-1] < len(words) - 1 and all(w[:1].isupper() for w in words[titles[-1] + 1:])


def _joins_two_speakers(phrase: str) -> bool:
    """Whether "and" joins a name to another speaker: "Mr. Obama and Hillary Clinton", "Ruiz and
    her lawyers" are "they", never "he". Not inside a name ("Minister of Foreign Affairs and Trade
    Ana Ruiz") nor between two titles of one person ("President and CEO Ana Ruiz")."""
    if " and " not in phrase:
        return False
    first, second = phrase.split(" and ", 1)
    first_words, second_words = first.split(), second.split()
    return bool(first_words and second_words) and any(w[:1].isupper() for w in first_words) and \
        "of" not in first_words and first_words[-1].lower().rstrip(".,") not in _PERSON_TITLES and \
        (second_words[-1][:1].isupper() or second_words[-1].endswith("s") and second_words[-1] not in _PRONOUNS)


@lru_cache(maxsize=50_000)
def _speaker_kind(phrase: str) -> str:
    """``person``, ``group`` (plural: officials, people) or ``organisation``, for pronouns."""
    words = phrase.lower().replace("’s", "").replace("'s", "").split()
    if _joins_two_speakers(phrase):
        return "group"
    if _names_a_titled_person(phrase):
        return "person"
    if any(w.strip(".,()") in _ORGANISATION_WORDS for w in words) or _names_a_state(phrase) or \
            any(w.strip(".,()") in _OUTLET_WORDS for w in phrase.split()):
        return "organisation"  # a state or an outlet speaks as "it", never as "he" or "she"
    head = words[-1] if words else ""
    original = phrase.split()
    if "of" in original[1:]:
        before_of = original[original.index("of", 1) - 1]
        if before_of.islower():
            head = before_of  # "members of the Group of Seven": members
    if head in _GENERIC_HEADS and head.endswith("s") or head in ("people", "police", "authorities", "media"):
        return "group"
    if "percent" in words or "%" in phrase or head.endswith(_GROUP_SUFFIXES):
        return "group"  # "Sixty percent of voters", "Republicans", "the Democrats", "Europeans"
    if head.endswith("s") and (original[-1].islower() or len(original) == 1) and (
            head in _SOURCE_NOUNS or head[:-1] in _SOURCE_NOUNS) and words[0] not in _ONE_OF:
        return "group"  # sources in the plural ("Democratic leaders", "Prosecutors"): "they", never "he"
    if len(original) > 1 and original[0].lower().endswith("ing") and original[1].islower():
        return "thing"  # a gerund clause: "Running for president is a bigger stage" (not "Sterling Brown")
    content = [w for w in words if w not in _NOUN_DETERMINERS and w not in _MODIFIERS]
    named = any(w[0].isupper() and w.lower() not in _NOUN_DETERMINERS for w in phrase.split())
    if content and content[0] in _RECORD_NOUNS or not named and head not in _SOURCE_NOUNS:
        return "thing"  # "the study", "some", "one slide": a pronoun "he" or "she" never points back to it
    return "person"


def _overlapping(quotes: list[tuple[int, int]], ends: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The quotations overlapping [start, end), found by bisection (no scan of them all)."""
    found = []
    k = bisect_right(ends, start)
    while k < len(quotes) and quotes[k][0] < end:
        found.append(quotes[k])
        k += 1
    return found


@lru_cache(maxsize=4096)
def normalise(verb: str) -> str:
    return " ".join(verb.lower().split())


_ADVERB_AND_COMMA = re.compile(r"(?:however|though|too|also|meanwhile|instead|then|still),\s+", re.IGNORECASE)
# Adverbs that open a sentence before its subject ("Later, the members met, ...").
_OPENING_ADVERBS = frozenset("later earlier meanwhile then still instead however now today yesterday also again".split())
# Adverbs that comment on the whole sentence from its start ("Indeed, it ...", "Perhaps, ...").
_SENTENCE_ADVERBS = _OPENING_ADVERBS | frozenset(
    """indeed perhaps moreover nonetheless nevertheless thus therefore besides otherwise yet sure worse
    first second likewise similarly often soon sometimes please well""".split())


# Prepositions that open a phrase of time or place before the subject ("In his speech the senator").
_OPENING_PREPOSITIONS = frozenset(
    "in on at during after before for with from amid despite following under throughout within across through over".split())


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


def _opens_adverbial(word: str) -> bool:
    """Whether a sentence's first word opens an adverbial before the subject: a preposition or other
    function word ("During the speech, ..."), a time word or an adverb ("Later, ...", "Separately, ...")."""
    lower = word.lower().rstrip(",")
    return _is_function_word(word.rstrip(",")) or lower in _TIME_WORDS or lower in _OPENING_ADVERBS or \
        lower in _ADVERBIAL_OPENERS or word.endswith(",") and _is_ly_adverb(lower) and lower.isalpha()


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
# Adverbs that may stand before a speaker ("Even China", "Perhaps the moderators") but never are one.
_ADVERBS_BEFORE_SPEAKERS = _SENTENCE_ADVERBS | frozenset("no yes even".split())
_ADVERBS_BEFORE_A_PHRASE = _ADVERBS_BEFORE_SPEAKERS - {"no"}  # ("No one" is a speaker)
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


# A participle and its agent after the head of a speaker phrase: "Officials interviewed by The Times".
_PARTICIPLE_BY = re.compile(r"\s+(?:[a-z]{3,}ed|[a-z]+en|led|held|paid|hired|made)\s+by\s")
# A plural noun for people or bodies and a preposition of place right before a name: "the top soccer
# clubs in Britain said", "doctors at Johns Hopkins said".
_PLURAL_BEFORE_A_PLACE = re.compile(r"\b(?P<head>[A-Za-z][a-z-]*[a-rt-z]s)\s+(?:in|from|at)\s+(?:the\s+)?$")
_BODIES = frozenset("clubs teams groups companies firms agencies universities hospitals unions parties".split())
# Words that may open such a plural's phrase: "the top soccer clubs", "most observers".
_OPENERS_OF_A_PLURAL = _NOUN_DETERMINERS | _PLURAL_QUANTIFIERS | {"most", "all"}


def _plural_before_a_place(text: str, left: int, start: int) -> int:
    """Where the speaker starts when a name at ``start`` is the place of a plural noun phrase before
    it ("the top soccer clubs in Britain", "Doctors at Johns Hopkins"): the phrase's first word,
    its determiner or possessor included; else ``start``."""
    placed = _PLURAL_BEFORE_A_PLACE.search(text, max(left, start - 40), start)
    if placed is None:
        return start
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
# A personal pronoun with a verb run into it: "I'm", "we've", "she'd", "they're".
_PRONOUN_CONTRACTION = re.compile(r"(?P<pronoun>i|we|he|she|they|you)[’'](?:m|ve|d|ll|re|s)")


def _tidy_speaker(text: str, start: int, end: int) -> tuple[int, int]:
    """The speaker span without what only stands around a speaker, or an empty span when nothing
    that can speak is left. Left out: adverbs before it ("Even China", "Perhaps the moderators"),
    a subordinator or preposition before a name or pronoun ("Despite Portman", "Because I"), and
    after it an adverb, an auxiliary, a participle that opens a clause on it ("A poll released
    Tuesday") and the sentence's full stop. Empty: a word that only opens a clause ("Once", "Nor",
    "Asked"), a phrase that opens with "It's", or one that ends in a function word."""
    end = _without_final_stop(text, start, end)
    if " " not in text[start:end]:
        # the common case: one word, a speaker unless it can only open a clause ("Once", "Asked")
        word = text[start:end].lower().rstrip(",")
        opens_only = word in _CLAUSE_OPENERS_NOT_SPEAKERS or word in _ADVERBS_BEFORE_SPEAKERS
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


def _between_unpaired_marks(text: str, s_start: int, start: int, end: int, s_end: int) -> bool:
    """Whether the words from ``start`` to ``end`` may stand inside a quotation whose marks this
    sentence does not pair: an odd number of quotation marks before them or after them in the
    sentence (a quotation run over from or into another sentence, or a mark gone astray)."""
    return len(_ANY_QUOTATION_MARK.findall(text, s_start, start)) % 2 == 1 or \
        len(_ANY_QUOTATION_MARK.findall(text, end, s_end)) % 2 == 1


_ANY_QUOTATION_MARK = re.compile(r'[“”«»"]')


def _is_trailing_participle(word: str, before: str) -> bool:
    """Whether the last word of a speaker phrase is a participle that opens a clause on its head
    ("a poll released Tuesday finds", "according to a petition filed in Miami"), not a noun's own
    ("those named", "the accused")."""
    return word.islower() and (len(word) > 4 and word.endswith("ed") or word in _IRREGULAR_PARTICIPLES) and \
        before.lower() not in _NOUN_DETERMINERS and before[0].isalnum()


# The first items of a list that opens the sentence, before a speaker that ends it with "and".
_LIST_HEAD = re.compile(r"\s*(?P<head>(?:(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,\s+){1,4})$")
# The items of a list before its last, which is the speaker: "Ana Ruiz, Tom Lee and [other officials]".
_LIST_BEFORE_LAST = re.compile(
    r"\s*(?P<head>(?:(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,\s+){1,4}(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,?\s+and\s+)$")
# Members named after the speaker, between it and its verb: "the banks, including Northbank, said".
_INCLUDING = re.compile(
    r",\s+(?:including|among them|such as)\s+(?P<members>[^,;:()]{1,80}?),\s*(?:(?:have|has|had|also|all|both)\s+)*$")


def _clause_context_start(text: str, s_start: int, quotes: list[tuple[int, int]], pos: int) -> int:
    """Where the words before ``pos`` that can hold its subject begin: after the last quotation
    that ends before it, but for a short one inside the clause (a term or slogan: 'exhorted
    delegates to “vote your conscience” and said', 'of being “duped” ... what he called')."""
    left = s_start
    for q_start, q_end in quotes:
        if q_end <= pos and not _embedded_term(text, s_start, q_start, q_end):
            left = max(left, q_end)
    return left


# Words that introduce a quoted name or title, not speech: "a spot titled “Arrogant,” features".
_NAMING_WORDS = frozenset("titled entitled called dubbed named headlined labeled labelled nicknamed".split())


def _embedded_term(text: str, s_start: int, q_start: int, q_end: int) -> bool:
    """Whether a quotation is a short term or slogan inside its clause: at most five words, after
    a word of the sentence and not ending in a comma (“...,” closes reported speech), unless a
    naming word introduces it (a title keeps the comma before a closing mark: titled “Arrogant,”)."""
    inner = text[q_start:q_end].strip("“”«»„‘’\"'")  # '' ... '' marks are two characters each
    if len(inner.split()) > 5:
        return False
    before = text[s_start:q_start].rstrip()
    if before.endswith("("):
        before = before[:-1].rstrip()  # a short form defined in brackets: 'the Inspector General (“OIG”)'
    return before[-1:].isalnum() and (not inner.rstrip().endswith(",") or
                                      before.rsplit(None, 1)[-1].lower() in _NAMING_WORDS)


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


# Report verbs that may come before their speaker after the content ("..., said Ruiz."): they take
# a clause, not a noun, for object, so a name right after them is no object ("praised Ruiz" is).
_INVERTING_VERBS = frozenset(
    """said says added adds wrote writes noted notes explained explains continued recalled concluded observed
    remarked maintained maintains contended contends argued argues insisted insists cautioned countered
    replied responded quipped joked""".split()
)


def _closes_clause(text: str, pos: int, end: int) -> bool:
    """Whether only closing punctuation follows ``pos`` in its sentence, or an appositive that opens
    with "a" or "an" ("said Ruiz, a tax lawyer at ..."): not a clause that goes on ("said Ruiz, who
    ..., had lied")."""
    rest = text[pos:end].lstrip(" ")
    return not rest.strip(" .!?\"'”’)") or rest.startswith((", a ", ", an "))


# Every _ANONYMOUS_PHRASE match holds one of these words ("familiar with", "close to", "who spoke").
_ANONYMOUS_QUALIFIER = re.compile("familiar|close|briefed|knowledgeable|with|involved|aware|who")


def _holds_anonymous_phrase(phrase: str) -> bool:
    """Whether ``phrase`` holds an unnamed source ("people familiar with the talks"). An ASCII phrase
    without any of the qualifying words is ruled out before the pattern tries each of its words
    (beyond ASCII, the pattern's case folding is wider than str.lower: the pattern decides)."""
    if phrase.isascii() and _ANONYMOUS_QUALIFIER.search(phrase.lower()) is None:
        return False
    return _ANONYMOUS_PHRASE.search(phrase) is not None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos

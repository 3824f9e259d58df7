"""Boilerplate is marked, never deleted, and the articles' real bodies stay in."""
from __future__ import annotations

import random
import re
import string
import sys

import pytest

from framing import clean
from framing.clean import find_boilerplate, infer_outlet
from framing.sentences import split_paragraphs


def excluded_texts(text: str) -> dict[str, str]:
    return {text[s:e]: reason for s, e, reason in find_boilerplate(text)}


SEED_EXCLUDED = [
    ("000", "Jack Buckby is 19FortyFive’s Breaking News Editor.", "author box"),
    ("001", "#privately #Ukraine #show #open #negotiations #Russia", "hashtags"),
    ("001", "Related Articles", "related links"),
    ("001", "Leave a Reply", "comment form"),
    ("001", "Back to top button", "page furniture"),
    ("001", "Dan Lamothe contributed to this report.", "agency credit"),
    ("002", "Source: RES-MPE", "agency credit"),
    ("002", "Leave a Reply", "comment form"),
    ("002", "Read also: Ukraine: Almost half of the energy infrastructure is out of order", "related links"),
    ("003", "Hundreds of people gathered in Tehran on Friday morning in front of the United Nations…",
     "teaser for another story"),
    ("004", "Connect with us", "site navigation"),
    ("004", "Smart Bombs: Military, Defense and National Security", "site navigation"),
    ("004", "TOS-1 firing. Image Credit: Creative Commons.", "image credit"),
    ("004", "Written By", "author box"),
    ("004", "Advertisement", "page furniture"),
]


@pytest.mark.parametrize("seed_id, paragraph, reason", SEED_EXCLUDED, ids=[f"{c[0]}-{c[2]}" for c in SEED_EXCLUDED])
def test_seed_boilerplate_is_excluded_with_its_reason(seed_text, seed_id, paragraph, reason):
    assert excluded_texts(seed_text(seed_id)).get(paragraph) == reason


SEED_BODY = [
    ("000", "What Does Ukraine Need?"),
    ("000", "Russia and Ukraine Butting Heads"),
    ("001", "Zelensky he told the interviewer on Wednesday that the first thing he would do after Ukraine wins the war "
            "would be to visit the recaptured Crimea. “I really want to see the sea,” he said."),
    ("002", "USA: Only Zelensky can decide to start negotiations with Russia"),
    ("003", "Ukrainian President Volodymyr Zelensky has flatly rejected any idea of launching peace negotiations with "
            "Russia despite the Ukrainian army’s difficult situation at the combat line of engagement."),
    ("004", "Will the War in Ukraine Ever End? Not Anytime Soon"),
    ("004", "But once those annexations are officially recognized by NATO, there’s little left to negotiate – and Putin "
            "could withdraw from Ukraine victorious despite losing on the battlefield."),
]


@pytest.mark.parametrize("seed_id, paragraph", SEED_BODY, ids=[f"{c[0]}-{c[1][:20]}" for c in SEED_BODY])
def test_seed_body_stays_in(seed_text, seed_id, paragraph):
    text = seed_text(seed_id)
    assert paragraph in text
    assert paragraph not in excluded_texts(text)


@pytest.mark.parametrize("seed_id", ["000", "001", "002", "003", "004"])
def test_most_of_each_seed_is_kept(seed_text, seed_id):
    text = seed_text(seed_id)
    excluded = sum(e - s for s, e, _ in find_boilerplate(text))
    assert excluded < 0.3 * len(text)


CREDIT_LINES = [
    "(Reporting by Jane Doe in Kyiv; Editing by John Smith)",
    "Reporting by Jane Doe; additional reporting by Ann Lee.",
    "Jane Doe reported from Honolulu.",
    "John Smith in Washington contributed reporting.",
    "Article posted with permission from The Daily Ledger",
    "Reprinted with permission from Ana Ruiz.",
    "This report was originally published by Ana Ruiz at The Daily Ledger",
    "Our Standards: The Thomson Reuters Trust Principles.",
]


@pytest.mark.parametrize("line", CREDIT_LINES)
def test_credit_lines_are_excluded(line):
    text = f"The talks resumed on Friday after a long night in Geneva, officials said.\n{line}"
    assert excluded_texts(text) == {line: "agency credit"}


@pytest.mark.parametrize("line", ["Ana Ruiz Best Price: $2.60 Buy New $24.57 (as of 09:00 EDT - Details)",
                                  "War at the Top of the ... Ana Ruiz Best Price: $9.95 Buy New $9.95 "
                                  "(as of 06:00 EDT - Details)"])
def test_a_shops_price_box_is_page_furniture(line):
    text = f"The talks resumed on Friday after a long night in Geneva, officials said.\n\n{line}"
    assert list(excluded_texts(text).values()) == ["shop price box"]


def test_a_price_box_run_on_after_a_quotation_stays():
    # paragraphs are kept or left out whole: the end of a quotation keeps its paragraph in
    line = ("“Thank you.” No Place to Hide: Edwa... Ana Ruiz Best Price: $1.49 Buy New $3.70 "
            "(as of 06:30 EDT - Details)")
    assert excluded_texts(f"The talks resumed on Friday, officials said.\n\n{line}") == {}


@pytest.mark.parametrize("line", ["Follow Ana Ruiz on Twitter @anaruiz.", '"Follow Ana Ruiz on Twitter @anaruiz."',
                                  "Follow us on Facebook"])
def test_a_follow_line_is_page_furniture(line):
    text = f"The talks resumed on Friday after a long night in Geneva, officials said.\n\n{line}"
    assert list(excluded_texts(text).values()) in (["author box"], ["page furniture"])


@pytest.mark.parametrize("line", ["Sign up for our free email newsletter, and we’ll keep you in the loop.",
                                  "Email Sign Up By signing up you agree to receive email newsletters.",
                                  "You can unsubscribe at any time."])
def test_a_newsletter_sign_up_is_page_furniture(line):
    text = f"The talks resumed on Friday after a long night in Geneva, officials said.\n\n{line}"
    assert excluded_texts(text) == {line: "newsletter sign-up"}


POLL = ["take our poll - story continues below", "Who should lead the committee?", "* Ana Ruiz Tom Lee",
        "Email *", "Email This field is for validation purposes and should be left unchanged.",
        "Completing this poll grants you access to Daily Outpost updates free of charge.",
        "You may opt out at anytime.", "You also agree to this site's Privacy Policy and Terms of Use."]


def test_a_poll_inside_the_article_is_page_furniture_to_its_legal_line():
    body = ["The talks resumed on Friday after a long night in Geneva.", "Officials said a deal was near."]
    text = "\n".join(body[:1] + POLL + body[1:])
    assert excluded_texts(text) == {line: "embedded form" for line in POLL}


def test_a_poll_invitation_run_on_after_the_article_leaves_that_paragraph_in():
    opening = "The talks resumed on Friday after a long night in Geneva. take our poll - story continues below"
    text = "\n".join([opening] + POLL[1:] + ["Officials said a deal was near."])
    assert excluded_texts(text) == {line: "embedded form" for line in POLL[1:]}


def test_a_poll_named_in_the_article_with_no_legal_line_stays_in():
    text = "The talks resumed on Friday.\nReaders can take our poll on the talks below.\nWho should lead?\nMore soon."
    assert excluded_texts(text) == {}


@pytest.mark.parametrize("text, invites", [
    ("Take our poll - Story continues below", True), ("STORY CONTINUES BELOW", True),
    ("Please answer the survey now", True), ("vote in our quick poll", True),
    ("The poll found a lead.", False), ("The list continues below.", False), ("A survey of voters", False),
])
def test_an_invitation_to_a_form_is_found_in_any_case(text, invites):
    assert clean._invites_to_a_form(text) is invites


def test_a_sentence_about_signing_up_stays_in():
    text = "The talks resumed on Friday.\n\nVolunteers who sign up this week will be trained by the Red Cross."
    assert excluded_texts(text) == {}


def test_a_quoted_paragraph_is_furniture_only_when_its_words_are():
    text = 'The talks resumed on Friday.\n\n"We will follow the talks on every channel," the mayor said.'
    assert excluded_texts(text) == {}


def test_a_sentence_about_publishing_with_permission_is_not_a_credit_line():
    text = "The talks resumed on Friday.\nThe memo was published with permission from the ministry, which had " \
           "first refused and then, after two weeks of talks with the paper's lawyers, agreed to its release."
    assert excluded_texts(text) == {}


def test_a_sentence_about_reporting_is_not_a_credit_line():
    text = "The talks resumed on Friday.\nThe agency reported from the front line that shelling had stopped, and " \
           "officials in both capitals confirmed the news later that day in separate statements."
    assert excluded_texts(text) == {}


def test_a_single_ellipsis_line_is_not_a_teaser_run():
    text = "The talks resumed today.\nMore talks are planned for next week, officials said…"
    assert find_boilerplate(text) == []


OUTLETS = [
    ("author line", "Body.\nJack Buckby is 19FortyFive’s Breaking News Editor.", "19FortyFive"),
    ("source line", "Body text.\n\nSource: RES-MPE\n", "RES-MPE"),
    ("agency dateline", "KYIV (Reuters) - Talks resumed.", "Reuters"),
    ("nothing said", "Talks resumed on Friday.", ""),
    ("indented source line", "Body text.\n\n  Source: RES-MPE  \n", "RES-MPE"),
    # Runs of blank or space-only lines: each clue reads them once (the run of 200,000 took
    # minutes when a line's start could rescan all the blank lines after it).
    ("after 200,000 blank lines", "Body." + "\n" * 200_000 + "Source: RES-MPE", "RES-MPE"),
    ("after 50,000 lines of spaces", "Body.\n" + "   \n" * 50_000 + "LONDON (Reuters) - Talks.", "Reuters"),
]


@pytest.mark.parametrize("text, outlet", [c[1:] for c in OUTLETS], ids=[c[0] for c in OUTLETS])
def test_infer_outlet(text, outlet):
    assert infer_outlet(text) == outlet


# _furniture_reason skips patterns that cannot match (by length, and image credits by their
# keyword); these tests check the facts that rests on and compare it with trying every pattern.

def _every_pattern(paragraph: str) -> str:
    stripped = paragraph.rstrip()
    if len(stripped) > 2 and stripped[0] in '"“' and stripped[-1] in '"”':
        paragraph = stripped[1:-1]  # a paragraph quoted as a whole is tried without its marks
    for reason, pattern in clean._FURNITURE_RE:
        if pattern.fullmatch(paragraph):
            return reason
    return ""


def _longest_match(pattern: str) -> int:
    try:
        from re import _parser as parser  # Python 3.11+
    except ImportError:
        import sre_parse as parser
    return parser.parse(pattern, re.IGNORECASE).getwidth()[1]


def test_furniture_length_limits_are_the_patterns_longest_matches():
    patterns = dict(clean._FURNITURE)
    for reason, longest in clean._LONGEST_FURNITURE.items():
        assert _longest_match(f"(?:{patterns[reason]})") == longest, reason
    for reason, pattern in clean._FURNITURE:
        if reason not in clean._LONGEST_FURNITURE:
            assert _longest_match(f"(?:{pattern})") > 10_000, reason  # open-ended: no limit to skip by


ALL_CHARACTERS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_rstrip_strips_what_the_patterns_trailing_whitespace_matches():
    assert re.findall(r"\s", ALL_CHARACTERS) == [c for c in ALL_CHARACTERS if c.isspace()]


def test_image_credit_pieces_are_found_in_the_lower_cased_paragraph():
    # Only these characters outside ASCII match an ASCII letter case-insensitively ...
    others = {c: [a for a in string.ascii_lowercase if re.fullmatch(a, c, re.IGNORECASE)]
              for c in re.findall("[a-z]", ALL_CHARACTERS[128:], re.IGNORECASE)}
    assert others == {"\u0130": ["i"], "\u0131": ["i"], "\u017f": ["s"], "\u212a": ["k"]}
    # ... and the pieces avoid those letters, while every keyword holds a piece.
    assert not set("isk") & set("".join(clean._IMAGE_CREDIT_PIECES))
    for keyword in ("image", "photo", "picture", "video", "getty images", "afp via getty images", "reuters/",
                    "ap photo", "file photo"):
        assert any(piece in keyword for piece in clean._IMAGE_CREDIT_PIECES), keyword


FURNITURE_WORDS = [
    "image", "Photo", "picture", "VIDEO", "credit", "Image Credit:", "(Photo by", "Getty Images", "AFP via Getty Images",
    "Reuters/Ann Wang", "AP Photo", "file photo", "Source:", "(Reuters)", "Reporting by", "contributed to this report",
    "reported from", "Edited by", "is", "the", "’s", "'s", "editor", "Written by", "About the author", "12 comments",
    "Read more:", "See also:", "Tags:", "#war", "#peace", "Share on", "Copyright", "©", "All rights reserved.", "Menu",
    "Subscribe now", "Related:", "More from", "Kyiv", "officials", "said", "x" * 30, ":", "(", ")", ".", "\n",
    '"', "“", "”", "Follow", "on Twitter", "@handle", "Best Price: $2.60", "Buy New $9",
    "(as of 09:00 EDT - Details)",
]


def _furniture_like(rng: random.Random) -> str:
    """A line of furniture words and filler, with odd letters (İ ı ſ K) and lengths near the limits."""
    odd = {"i": "İı", "s": "ſ", "k": "K"}
    words = []
    for word in rng.choices(FURNITURE_WORDS, k=rng.randint(1, 10)):
        words.append("".join(rng.choice(odd[c]) if c in odd and rng.random() < 0.1 else c for c in word))
    line = rng.choice([" ", "", "\u00a0"]).join(words)
    limit = rng.choice([0, 52, 129, 171, 185, 217, 232, 240])
    if len(line) < limit:
        filler = "y" * (limit - len(line) + rng.randint(-3, 3))
        line = f"{filler} {line}" if rng.random() < 0.5 else f"{line} {filler}"
    return line + rng.choice(["", "", " ", " \n", "\u2028", "\t\u3000"])


def test_furniture_reason_is_the_first_pattern_that_matches(seed_text):
    rng = random.Random(7)
    lines = [_furniture_like(rng) for _ in range(20_000)]
    for seed_id in ("000", "001", "002", "003", "004"):
        text = seed_text(seed_id)
        lines += [text[s:e] for s, e in split_paragraphs(text)]
    assert [clean._furniture_reason(line) for line in lines] == [_every_pattern(line) for line in lines]


LONGEST_LINES = [  # each as long as its kind can be, with odd letters where a keyword allows them
    ("Smart Bombs: Military, Defense and National Security", "site navigation"),
    ("x" * 119 + " Pıcture credıtS: " + "y" * 80, "image credit"),
    ("(With additional reporting by " + "y" * 200 + ").", "agency credit"),
    ("y" * 60 + " is the " + "z" * 40 + "’s " + "w" * 60 + "correspondent.", "author box"),
    ("TOS-1 firing. İMAGE Credit: Creative Commons.", "image credit"),
    ("Smoke over the city. AFP VIA GETTY İMAGES", "image credit"),
    ("Your email address will not be published. " + "z" * 300, "comment form"),
    ("#a #b " * 100, "hashtags"),
    ("x" * 120 + "Best Price: $" + "1" * 12 + " Buy New $" + "2" * 12 + " (as of " + "y" * 40 + ")", "shop price box"),
]


@pytest.mark.parametrize("line, reason", LONGEST_LINES, ids=[c[1] for c in LONGEST_LINES])
def test_furniture_at_its_longest(line, reason):
    for trailing in ("", " \u2028\u3000"):
        assert clean._furniture_reason(line + trailing) == _every_pattern(line + trailing) == reason
    if reason in clean._LONGEST_FURNITURE and len(line) == clean._LONGEST_FURNITURE[reason]:
        assert clean._furniture_reason(line + "z") == _every_pattern(line + "z") == ""


def test_every_length_limit_is_reached_above():
    reached = {reason for line, reason in LONGEST_LINES if len(line) == clean._LONGEST_FURNITURE.get(reason)}
    assert reached == set(clean._LONGEST_FURNITURE)

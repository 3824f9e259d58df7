"""The highlighted article: escaped, every kind marked without relying on colour, offsets exact."""
from __future__ import annotations

import re

import pytest

from framing import annotate
from framing.highlight import KINDS, STYLE, article_html, legend_html, md_escape

HOSTILE = [
    pytest.param("<script>alert(1)</script>", id="script"),
    pytest.param("<img src=x onerror=alert(2)>", id="img-onerror"),
    pytest.param('<a href="javascript:alert(3)">x</a>', id="javascript-link"),
    pytest.param('<iframe src="https://example.com"></iframe>', id="iframe"),
    pytest.param('" onmouseover="alert(4)', id="attribute-break-out"),
    pytest.param("<!-- comment --> <style>body{display:none}</style>", id="comment-style"),
]


def _plain(markup: str) -> str:
    """The text a browser would show: tags dropped, entities decoded."""
    import html

    return html.unescape(re.sub(r"<sup[^>]*>.*?</sup>|<span class=\"fr-tag\"[^>]*>.*?</span>|<[^>]+>", "", markup))


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_is_shown_literally(payload):
    text = f"Officials said {payload} may be a sham."
    result = annotate(text)
    markup = article_html(text, [vars_(s) for s in result.sentences], [s._asdict() for s in result.spans])
    tags = set(re.findall(r"<\s*([a-zA-Z]+)", markup))
    assert tags <= {"div", "span"}, tags
    assert payload in _plain(markup)


def vars_(sentence) -> dict:
    return {k: getattr(sentence, k) for k in ("start", "end", "excluded", "excluded_reason")}


def test_hostile_category_and_alternative_stay_inside_the_title_attribute():
    spans = [{"start": 0, "end": 4, "kind": "loaded", "category": '"><script>x</script>',
              "alternative": "<img src=x>", "quoted": False}]
    markup = article_html("sham talk", [], spans)
    assert "<script" not in markup and "<img" not in markup


def test_the_text_survives_highlighting_exactly(seed_text):
    text = seed_text("003")
    result = annotate(text)
    markup = article_html(text, [vars_(s) for s in result.sentences], [s._asdict() for s in result.spans])
    assert _plain(markup).replace("▶ ", "") == text


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_has_its_class_and_letter_tag(kind):
    spans = [{"start": 0, "end": 5, "kind": kind, "category": "c", "quoted": False, "alternative": ""}]
    markup = article_html("Hello world", [], spans)
    assert f'class="k-{kind}"' in markup
    assert re.search(rf'<span class="fr-tag" title="{KINDS[kind][0]}: c · [^"]+">{KINDS[kind][1]}</span>', markup)


def test_filtering_by_kind_leaves_the_others_out():
    spans = [{"start": 0, "end": 5, "kind": "hedge", "category": "", "quoted": False, "alternative": ""},
             {"start": 6, "end": 11, "kind": "loaded", "category": "", "quoted": False, "alternative": ""}]
    markup = article_html("Hello world", [], spans, kinds=["loaded"])
    assert "k-loaded" in markup and "k-hedge" not in markup


def test_the_neutral_alternative_is_in_the_tooltip():
    spans = [{"start": 7, "end": 24, "kind": "loaded", "category": "delegitimising",
              "alternative": "annexed", "quoted": False}]
    markup = article_html("Russia illegally annexed Crimea.", [], spans)
    assert 'title="Loaded: delegitimising · plainer: annexed · Denies legitimacy' in markup


def test_the_tooltip_explains_the_category_and_names_the_rule():
    spans = [{"start": 3, "end": 6, "kind": "hedge", "category": "modal", "rule": "term: may"}]
    markup = article_html("It may rain.", [], spans)
    assert "A modal verb of possibility" in markup and "matched term: may" in markup


def test_excluded_boilerplate_is_greyed_with_its_reason():
    text = "The talks stalled.\nLeave a Reply"
    sentences = [{"start": 0, "end": 18, "excluded": False}, {"start": 19, "end": 32, "excluded": True,
                                                               "excluded_reason": "comment form"}]
    markup = article_html(text, sentences, [])
    assert '<span class="fr-excluded" title="left out of the scores: comment form">Leave a Reply</span>' in markup


def test_focus_marks_only_the_sentences_holding_the_term():
    text = "The talks may resume. Nothing else. It may rain. May is here."
    sentences = [{"start": 0, "end": 21}, {"start": 22, "end": 35}, {"start": 36, "end": 48}, {"start": 49, "end": 61}]
    # "may" is flagged (as a hedge) in the first and third; the month in the last is not a span.
    spans = [{"start": 10, "end": 13, "kind": "hedge", "category": "modal"},
             {"start": 39, "end": 42, "kind": "hedge", "category": "modal"}]
    markup = article_html(text, sentences, spans, kinds=["loaded"], focus="MAY")  # marked, highlighted or not
    assert markup.count("▶") == 2
    marked = "".join(re.findall(r'class="[^"]*fr-focus[^"]*"[^>]*>([^<]*)<', markup))
    assert "resume" in marked and "rain" in marked
    assert "Nothing else" not in marked and "is here" not in marked  # the month
    quotation = [{"start": 0, "end": 20, "kind": "quote", "category": ""}]
    assert article_html(text, sentences, quotation, focus="the talks  may resume").count("▶") == 1


def test_the_focus_colour_stays_inside_each_piece_of_the_sentence():
    # A marked sentence is drawn in pieces (one per span); a spread shadow on a piece painted
    # over the last letter of the piece before it ("could" read "coulc").
    selector, rule = re.search(r"\.(fr-focus[^{,]*) \{([^}]*)\}", STYLE).groups()
    assert "background" in rule and "shadow" not in rule and "outline" not in rule
    # Not over a kind's own colour: a hedge or a loaded word in a marked sentence keeps its fill.
    assert all(f":not(.k-{kind})" in selector for kind in ("hedge", "booster", "loaded", "quote"))


def test_the_chosen_term_is_boxed_inside_its_marked_sentences_and_named_in_the_legend():
    text = "Talks may resume. It may rain."
    sentences = [{"start": 0, "end": 17}, {"start": 18, "end": 30}]
    spans = [{"start": 6, "end": 9, "kind": "hedge", "category": "modal"},
             {"start": 21, "end": 24, "kind": "hedge", "category": "modal"}]
    markup = article_html(text, sentences, spans, focus="may")
    assert markup.count('fr-term"') == 2 and re.findall(r'class="k-hedge fr-focus fr-term"[^>]*>may<', markup)
    assert "fr-term" not in article_html(text, sentences, spans)  # no term chosen
    legend = legend_html(focus="may")
    assert "Sentence with “may”" in legend and '<span class="fr-term">may</span>' in legend
    assert "fr-term" not in legend_html()


def test_long_articles_are_cut_with_a_notice():
    markup = article_html("word " * 1000, [], [], limit=100)
    assert "4,900 more characters not shown" in markup


def test_legend_names_every_kind():
    legend = legend_html()
    for label, tag, _ in KINDS.values():
        assert label in legend and f">{tag}<" in legend


@pytest.mark.parametrize("text", ["https://x.org/a", "www.x.org", "WWW.X.ORG", "mail ana@x.org"])
def test_md_escape_breaks_the_addresses_markdown_would_link(text):
    escaped = md_escape(text)
    assert "\u2060" in escaped and not re.search(r"://\w|www\\?\.|@\w", escaped, re.I)
    assert re.sub(r"\\(.)", r"\1", escaped).replace("\u2060", "") == text


@pytest.mark.parametrize("text", ["$x^2$", "**bold**", "[a](javascript:alert(1))", "<b>x</b>", ":red[x]", "# head"])
def test_md_escape_escapes_every_special_character(text):
    escaped = md_escape(text)
    unescaped_specials = re.findall(r"(?<!\\)[*_\[\]()<>$#:]", escaped)
    assert not unescaped_specials
    assert re.sub(r"\\(.)", r"\1", escaped) == text

"""Property tests: arbitrary Unicode text never breaks the readers, cleaning, segmentation or any
detector, and every offset stays inside the text, in order, and the same on a second run."""
from __future__ import annotations

import string

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from framing import annotate
from framing.clean import find_boilerplate
from framing.corpus import InputError, read_bytes
from test_corpus import W, docx
from framing.sentences import split_paragraphs, split_sentences

# Characters news text and hostile input are made of: letters, punctuation that drives the
# splitter and the quotation finder, line ends, NUL, emoji, right-to-left and CJK text.
_SPECIAL = "“”‘’\"'«»„…—–-.!?。！？:;,()[]#@<>&\x00\r\n\t \u200f\u202e😀👍🏽مرحباשלום会谈Ω"
_WORDS = ["said", "may", "could", "officials", "according to", "Kyiv", "Kiev", "sham", "U.S.", "Gen.",
          "Nov.", "Leave a Reply", "Source: X", "he", "claimed", "illegally annexed", "The", "“", "”"]
news_like = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.text(alphabet=string.ascii_letters + _SPECIAL, max_size=12)),
    max_size=60,
).map(" ".join)
any_text = st.one_of(st.text(max_size=300), news_like)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(any_text)
def test_segmentation_offsets_are_ordered_and_inside(text):
    paragraphs = split_paragraphs(text)
    previous = 0
    for start, end in paragraphs:
        assert previous <= start < end <= len(text)
        previous = end
    previous = 0
    for start, end, paragraph in split_sentences(text, paragraphs):
        assert previous <= start < end <= len(text)
        assert paragraphs[paragraph][0] <= start and end <= paragraphs[paragraph][1]
        previous = end


@FAST
@given(any_text)
def test_boilerplate_ranges_are_inside_the_text(text):
    for start, end, reason in find_boilerplate(text):
        assert 0 <= start < end <= len(text) and reason


@FAST
@given(any_text)
def test_every_detector_keeps_offsets_inside_and_is_deterministic(text):
    first = annotate(text)
    for span in first.spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
        if span.kind != "quote":
            assert any(s.start <= span.start and span.end <= s.end for s in first.sentences)
    previous = 0
    for sentence in first.sentences:
        assert previous <= sentence.start < sentence.end <= len(text)
        assert -1.0 <= sentence.sentiment <= 1.0
        assert sentence.attribution in ("named", "anonymous", "none")
        previous = sentence.end
    second = annotate(text)
    assert second.spans == first.spans and second.sentences == first.sentences


@FAST
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.md", "a.jsonl", "a.csv", "a.html", "a.docx"]))
def test_readers_return_articles_or_a_clear_error(data, name):
    try:
        articles, problems = read_bytes(name, data)
    except InputError as error:
        assert name in str(error)
        return
    assert articles and all(a.text.strip() for a in articles)
    assert all(isinstance(p, str) for p in problems)


@FAST
@given(st.one_of(st.binary(max_size=400), st.text(max_size=300).map(str.encode),
                 st.text(max_size=200).map(lambda t: f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{t}'
                                                     "</w:t></w:r></w:p></w:body></w:document>".encode())))
def test_a_word_package_of_any_content_gives_an_article_or_a_clear_error(body):
    try:
        (article,), problems = read_bytes("a.docx", docx({"word/document.xml": body}))
    except InputError as error:
        assert "a.docx" in str(error)
        return
    assert article.text.strip() and problems == []


@FAST
@given(st.text(max_size=200), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_text_survives_its_encoding(text, encoding):
    assume(not text.startswith("\ufeff"))  # a leading BOM is read as a BOM, as it should be
    assume(text.count("\x00") <= 0.1 * len(text))  # NUL-heavy bytes are read as UTF-16 text
    try:
        (article,), _ = read_bytes("a.txt", text.encode(encoding))
    except InputError:
        return  # empty, whitespace only, or mostly control characters: a clear error instead
    assert article.text == text

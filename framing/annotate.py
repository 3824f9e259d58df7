"""The whole per-text pipeline: boilerplate, sentences, quotations, every detector, tone.

>>> a = annotate("Officials said the talks may resume. Sullivan called it a sham.")
>>> [(s.start, s.end, s.attribution, s.speaker) for s in a.sentences]
[(0, 36, 'anonymous', 'Officials'), (37, 63, 'named', 'Sullivan')]
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from .attribution import attribute_sentences, find_quotes
from .clean import find_boilerplate
from .hedging import find_hedges
from .lexicon import LEXICON_FILES, Lexicon, read_table
from .loaded import find_loaded, find_word_choices
from .model import Annotation, Sentence, Span
from .sentences import split_paragraphs, split_sentences
from .sentiment import sentence_sentiment

__all__ = ["Lexicons", "annotate", "default_lexicons"]


@dataclass(frozen=True)
class Lexicons:
    """The compiled lexicons one annotation run uses (the bundled ones, or a user's edits)."""

    hedges: Lexicon
    loaded: Lexicon
    report_verbs: Lexicon
    word_choice: Lexicon

    @classmethod
    def from_tables(cls, tables: dict[str, list[dict]]) -> "Lexicons":
        """Compile lexicons from rows by name; names left out use the bundled files."""
        return cls(**{
            name: Lexicon(tables[name] if name in tables else read_table(name), key)
            for name, key in LEXICON_FILES.items()
        })


@cache
def default_lexicons() -> Lexicons:
    """The bundled lexicons, compiled once per process."""
    return Lexicons.from_tables({})


def annotate(text: str, lexicons: Lexicons | None = None) -> Annotation:
    """Sentences and spans for ``text``; offsets index the text exactly as given."""
    lexicons = lexicons or default_lexicons()
    paragraphs = split_paragraphs(text)
    excluded = find_boilerplate(text, paragraphs)
    excluded_starts = [e[0] for e in excluded]
    sentences = []
    for start, end, paragraph in split_sentences(text, paragraphs):
        k = bisect_right(excluded_starts, start) - 1
        reason = excluded[k][2] if k >= 0 and start < excluded[k][1] else ""
        sentences.append(Sentence(start, end, paragraph, excluded=bool(reason), excluded_reason=reason))

    quotes = find_quotes(text, paragraphs)
    spans: list[Span] = []
    spans += find_hedges(text, lexicons.hedges)
    spans += find_loaded(text, quotes, lexicons.loaded)
    spans += find_word_choices(text, quotes, lexicons.word_choice, [(s.start, s.end) for s in sentences])
    spans += attribute_sentences(text, sentences, quotes, lexicons.report_verbs)

    # Spans inside boilerplate count for nothing: drop them rather than leave them to mislead.
    live = [(s.start, s.end) for s in sentences if not s.excluded]
    live_starts = [s for s, _ in live]

    def is_live(span: Span) -> bool:
        k = bisect_right(live_starts, span.start) - 1
        return k >= 0 and span.start < live[k][1]

    spans = sorted((s for s in spans if is_live(s)), key=lambda s: (s.start, -s.end, s.kind))
    for sentence in sentences:
        if not sentence.excluded:
            sentence.sentiment = sentence_sentiment(text[sentence.start:sentence.end])
    return Annotation(text, sentences, spans)

"""The small records every detector produces and every table is built from.

Offsets are Python string indices into the article's original text, end exclusive,
so ``text[span.start:span.end] == span.text`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["Span", "Sentence", "Annotation", "SPAN_KINDS"]

#: Every kind of span, in the order the app lists them.
SPAN_KINDS = ("hedge", "booster", "loaded", "word_choice", "attribution_cue", "speaker", "quote")


class Span(NamedTuple):
    """One stretch of text a detector flagged, with the evidence for it.

    ``kind`` is what was found (hedge, loaded, ...), ``category`` its subtype
    (modal, delegitimising, ...), ``rule`` what matched (a lexicon term or a named
    pattern), ``quoted`` whether it sits inside a quotation (the speaker's words,
    not the outlet's), ``alternative`` a plainer wording where the lexicon has one.
    """

    start: int
    end: int
    kind: str
    category: str
    text: str
    rule: str = ""
    quoted: bool = False
    alternative: str = ""


@dataclass(slots=True)
class Sentence:
    """One sentence and what the detectors found out about it as a whole.

    ``attribution`` is ``named`` (a person, office or outlet is named as the source),
    ``anonymous`` (officials, sources, people familiar with ...) or ``none`` (a bare
    claim in the outlet's own voice). ``verb_connotation`` is ``neutral`` for
    said/told/according to and ``non_neutral`` for claimed/admitted/insisted ...
    ``sentiment`` is VADER's compound score, from -1 (most negative) to +1.
    """

    start: int
    end: int
    paragraph: int
    excluded: bool = False
    excluded_reason: str = ""
    attribution: str = "none"
    quote: bool = False
    speaker: str = ""
    verb: str = ""
    verb_category: str = ""
    verb_connotation: str = ""
    sentiment: float = 0.0


@dataclass(slots=True)
class Annotation:
    """Everything found in one text: its sentences and its spans, in text order."""

    text: str
    sentences: list[Sentence] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def to_json(self, doc_id: str) -> dict:
        """The annotate contract's object for this text (see README, "Command line")."""
        return {
            "id": doc_id,
            "sentences": [
                {
                    "start": s.start, "end": s.end, "excluded": s.excluded,
                    "excluded_reason": s.excluded_reason, "attribution": s.attribution,
                    "quote": s.quote, "speaker": s.speaker, "verb": s.verb,
                    "verb_connotation": s.verb_connotation, "sentiment": s.sentiment,
                }
                for s in self.sentences
            ],
            "spans": [
                {
                    "start": p.start, "end": p.end, "kind": p.kind, "category": p.category,
                    "text": p.text, "quoted": p.quoted, "rule": p.rule,
                    **({"alternative": p.alternative} if p.alternative else {}),
                }
                for p in self.spans
            ],
        }

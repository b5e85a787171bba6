"""What components write on a Doc: candidate facts (``Doc._.candidates``) that the
resolver turns into ``Doc._.facts``, plus the shared analysis every component reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span

from .types import Quantity


@dataclass
class Candidate:
    """A possible value for one fact; several may compete until the resolver picks."""

    fact: str
    value: object
    confidence: float
    start: int
    end: int
    range: Optional[tuple[float, float]] = None
    declined: bool = False
    bare: bool = False  # filled from a bare answer to the expected fact


def register_extensions() -> None:
    """Doc/Span attributes the extractor uses; idempotent."""
    for name, default in (("low", ""), ("quantities", None), ("candidates", None), ("facts", None),
                          ("expect", None), ("known", None), ("today", None), ("sents", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("fact"):
        Span.set_extension("fact", default=None)


def add(doc: Doc, fact: str, value: object, confidence: float, start: int, end: int,
        range_: Optional[tuple[float, float]] = None, **kw: object) -> None:
    """Propose ``fact = value`` from characters ``start:end`` of the text."""
    text = doc.text
    while end > start and text[end - 1].isspace():
        end -= 1
    doc._.candidates.append(Candidate(fact, value, max(0.0, min(1.0, confidence)), start, end, range_, **kw))


def has(doc: Doc, fact: str) -> bool:
    return any(c.fact == fact for c in doc._.candidates)


def free_quantities(doc: Doc, start: int = 0, end: Optional[int] = None) -> list[Quantity]:
    """Quantities between ``start`` and ``end`` that no component has claimed yet."""
    end = len(doc.text) if end is None else end
    return [q for q in doc._.quantities if not q.claimed and q.start >= start and q.end <= end]


def claim_overlapping(doc: Doc, start: int, end: int) -> None:
    """Mark numbers inside a span already used (e.g. 180 in "180 lbs") so money skips them."""
    for q in doc._.quantities:
        if q.start < end and start < q.end:
            q.claimed = True


def today(doc: Doc) -> dt.date:
    return doc._.today or dt.date.today()

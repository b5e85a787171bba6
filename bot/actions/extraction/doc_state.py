"""What components write on a Doc: candidate facts (``Doc._.candidates``) that the
resolver turns into ``Doc._.facts``, plus the shared analysis every component reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

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


@dataclass
class State:
    """Per-Doc analysis shared by the components.

    Kept in ``doc.user_data`` and exposed as ``Doc._.needscout`` / ``Doc._.facts``:
    spaCy's underscore lookup costs about a microsecond per access, which adds up to half
    the run time when components read it in loops.
    """

    text: str = ""  # the original text (doc.text rebuilds it from tokens on every access)
    low: str = ""
    sents: list[tuple[int, int]] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    facts: Optional[dict] = None
    expect: Optional[str] = None
    known: dict = field(default_factory=dict)
    today: Optional[dt.date] = None
    literals: Optional[frozenset[str]] = None  # the cue literals in ``low`` (literal_scan.begin)
    present_rules: Optional[set[int]] = None  # phrase rules whose cue literals occur (CueIndex)
    present_facts: set[str] = field(default_factory=set)  # the facts those rules belong to
    ents: Optional[list[tuple[int, int, str, str]]] = None  # lexicon matches (components/lexicon.py)


KEY = "needscout"


def state(doc: Doc) -> State:
    """The extractor's state for ``doc`` (created on first use)."""
    try:
        return doc.user_data[KEY]  # the hot path: components call this ~70 times per message
    except KeyError:
        st = doc.user_data[KEY] = State()
        return st


def register_extensions() -> None:
    """``Doc._.needscout`` (shared analysis) and ``Doc._.facts`` (the result); idempotent."""
    if not Doc.has_extension("needscout"):
        Doc.set_extension("needscout", getter=state)
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", getter=lambda doc: state(doc).facts)


def add(doc: Doc, fact: str, value: object, confidence: float, start: int, end: int,
        range_: Optional[tuple[float, float]] = None, **kw: object) -> None:
    """Propose ``fact = value`` from characters ``start:end`` of the text."""
    text = state(doc).text or doc.text
    while end > start and text[end - 1].isspace():
        end -= 1
    state(doc).candidates.append(Candidate(fact, value, max(0.0, min(1.0, confidence)), start, end, range_, **kw))


def has(doc: Doc, fact: str) -> bool:
    return any(c.fact == fact for c in state(doc).candidates)


def free_quantities(doc: Doc, start: int = 0, end: Optional[int] = None) -> list[Quantity]:
    """Quantities between ``start`` and ``end`` that no component has claimed yet."""
    st = state(doc)
    end = len(st.text) if end is None else end
    return [q for q in st.quantities if not q.claimed and q.start >= start and q.end <= end]


def is_claimed(doc: Doc, pos: int) -> bool:
    """True when a component has already used the number at ``pos`` (an age, a height...)."""
    return any(q.claimed and q.start <= pos < q.end for q in state(doc).quantities)


def claim_overlapping(doc: Doc, start: int, end: int) -> None:
    """Mark numbers inside a span already used (e.g. 180 in "180 lbs") so money skips them."""
    for q in state(doc).quantities:
        if q.start < end and start < q.end:
            q.claimed = True


def today(doc: Doc) -> dt.date:
    return state(doc).today or dt.date.today()

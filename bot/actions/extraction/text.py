"""Sentence and clause boundaries, negation, hedges and corrections over folded text.

Kept as small pure functions over (text, offset) so every component asks the same
question the same way ("is this negated?"), instead of each growing its own rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from .literal_scan import compile_gated

SENTENCE_RE = compile_gated(r"(?<!\d)[.!?;]+(?!\d)|\n+|(?<=\d)\.(?=\s|$)")
CLAUSE_RE = compile_gated(r",|\bbut\b|\bthough\b|\balthough\b|\bwhereas\b|\bwhile\b|\band (?=i\b|i'|my\b|we\b|she\b|he\b|they\b|our\b)|\(|\)| - ")
NEGATION_RE = compile_gated(
    r"(?:\bno|\bnot|\bnever|n't|\bnt|\bwithout|\bnor|\bneither|\bzero|\bnone|\bdon't|\bdont|\bdoesnt|\bfree of|"
    r"\bno longer|\bnothing like)\b(?:\W+\w+){0,3}?\W*$"
)
HEDGE_RE = compile_gated(
    r"\b(?:i think|i guess|i believe|i reckon|maybe|probably|possibly|perhaps|not sure|not certain|unsure|"
    r"roughly|about|around|approximately|approx|something like|ish|or so|give or take|could be|might be|"
    r"if i remember|iirc|i suppose|kind of|sort of|more or less|ballpark|estimate|guess)\b|~"
)
CORRECTION_RE = compile_gated(
    r"\b(?:actually|sorry|i mean|i meant|correction|no wait|wait|make that|make it|scratch that|rather|oops|my bad|"
    r"let me correct|to correct|not \w+,? but|update)\b"
)


def sentences(low: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; decimals like 1.2 are not boundaries."""
    out, start = [], 0
    for m in SENTENCE_RE.finditer(low):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(low):
        out.append((start, len(low)))
    return out or [(0, len(low))]


def sentence_at(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in bounds:
        if s <= pos < e or pos == e:
            return s, e
    return (0, bounds[-1][1]) if bounds else (0, 0)


def sentence_before(bounds: list[tuple[int, int]], pos: int) -> Optional[tuple[int, int]]:
    """The last sentence that ends at or before ``pos`` (None if there is none)."""
    before = None
    for bound in bounds:
        if bound[1] > pos:
            break
        before = bound
    return before


_marks_of: tuple[str, list[int], list[int]] = ("", [], [])  # the last text's clause marks (starts, ends)


def _clause_marks(low: str) -> tuple[list[int], list[int]]:
    """Where CLAUSE_RE matches in ``low``, scanned once per text: every component asks for
    clause starts many times over the same message."""
    global _marks_of
    cached = _marks_of  # one read, so another thread's text never mixes in
    if cached[0] is not low:
        found = [(m.start(), m.end()) for m in CLAUSE_RE.finditer(low)]
        cached = _marks_of = (low, [a for a, _ in found], [b for _, b in found])
    return cached[1], cached[2]


def clause_start(low: str, sent_start: int, pos: int) -> int:
    """Start of the clause holding ``pos``: after the last comma/"but"/"and I" before it."""
    starts, ends = _clause_marks(low)
    i = bisect_right(ends, pos) - 1  # the last mark ending at or before pos...
    while i >= 0 and starts[i] < sent_start:
        i -= 1  # ...that lies inside the sentence
    return ends[i] if i >= 0 and ends[i] > sent_start else sent_start


def clause_end(low: str, pos: int, sent_end: int) -> int:
    m = CLAUSE_RE.search(low, pos, sent_end)
    return m.start() if m else sent_end


# "I don't know if I can afford it", "not sure we need it": the negation is of the
# knowing, not of what follows, so it is a hedge rather than a negation.
NEGATED_KNOWING_RE = compile_gated(
    r"(?:n't|\bnot|\bnever)\s+(?:really\s+)?(?:know|sure|certain|think|convinced)\b"
)


# "don't really exercise and had my appendix out": a second verb after "and" is outside the negation
NEW_VERB_RE = compile_gated(r"\band (?:had|was|went|ended up|spent|got)\b")


def is_negated(low: str, floor: int, pos: int) -> bool:
    """True when a negation word sits within three words before ``pos`` in its clause."""
    start = max(floor, pos - 40)
    window = low[start:pos]
    found = NEGATION_RE.search(window)
    return (bool(found) and not NEGATED_KNOWING_RE.search(window, max(0, found.start() - 4))
            and not NEW_VERB_RE.search(low, start + found.start(), min(len(low), pos + 8)))


# "If I was a smoker would it cost more?", "say hypothetically I had diabetes": a state the
# prospect imagines, not one they are in. The plain present ("does it count if I vape?") is
# left alone: people who ask that usually do; "I'd say I drink..." is no hypothetical.
HYPOTHETICAL_SELF_RE = compile_gated(
    r"\b(?:what if i|if i (?:was|were|had|got|ever|took|take up|started|did|became)|(?<!'d )(?<!would )(?:let'?s |lets )?say (?:hypothetically,? )?i|"
    r"suppose i|supposing i|imagine i|hypothetically,? (?:if )?i|in case i)\b(?! to\b)"
)


def is_hypothetical(low: str, floor: int, pos: int) -> bool:
    """True when the prospect imagines the state at ``pos`` earlier in its clause."""
    return bool(HYPOTHETICAL_SELF_RE.search(low, floor, pos))


def is_hedged(low: str, floor: int, start: int, end: int) -> bool:
    return bool(HEDGE_RE.search(low, max(floor, start - 40), end))


def last_match(rx: "re.Pattern[str]", text: str, start: int, end: int) -> "re.Match[str] | None":
    """The last match of ``rx`` in ``text[start:end]`` (the one nearest before ``end``)."""
    m = None
    for m in rx.finditer(text, start, end):
        pass
    return m


def is_corrected(low: str, floor: int, start: int) -> bool:
    return bool(CORRECTION_RE.search(low, max(floor, start - 40), start))

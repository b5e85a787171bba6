"""Last component: competing candidates become one ExtractedFact per fact.

Corrections win ("actually it's 3 kids"), then confidence; hedges ("I think", "around")
lower confidence; every value is checked against the fact registry before it leaves.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..facts_registry import FACTS
from ..doc_state import Candidate, state
from ..text import clause_start, is_corrected, is_hedged, sentence_at
from ..numbers import per_month, per_year
from ..types import ExtractedFact
from .money import MONTHLY, YEARLY
from ..literal_scan import compile_gated


@Language.component("needscout_resolve")
def resolve_component(doc: Doc) -> Doc:
    """Pick a value per fact and write ``Doc._.facts``."""
    _numeric_corrections(doc)
    by_fact: dict[str, list[Candidate]] = {}
    for c in state(doc).candidates:
        by_fact.setdefault(c.fact, []).append(c)
    facts: dict[str, ExtractedFact] = {}
    for name, cands in by_fact.items():
        if name not in FACTS:
            continue
        real = [c for c in cands if not c.declined]
        if not real:
            c = cands[0]
            facts[name] = ExtractedFact(None, c.confidence, (c.start, c.end), declined=True)
            continue
        fact = FACTS[name]
        chosen = _merge_list(real) if fact.kind == "list" else _pick(doc, real)
        value = _normalise(fact.kind, chosen.value)
        if not fact.is_valid(value):
            continue
        conf = chosen.confidence
        if not chosen.bare and _hedged(doc, chosen):
            conf *= 0.8
        facts[name] = ExtractedFact(value, round(conf, 3), (chosen.start, chosen.end), chosen.range)
    state(doc).facts = facts
    return doc


def _pick(doc: Doc, cands: list[Candidate]) -> Candidate:
    low: str = state(doc).low

    def key(c: Candidate) -> tuple[int, float, float]:
        s, _ = sentence_at(state(doc).sents, c.start)
        # the correction word may open the candidate's own span ("I'm actually 44")
        corrected = is_corrected(low, max(0, s - 1 if s else 0) if c.start - s < 40 else s, min(c.end, c.start + 16))
        # among corrections the last one said stands ("wait, I said 43 - I'm actually 44")
        return (1, c.start, round(c.confidence, 2)) if corrected else (0, round(c.confidence, 2), -c.start)

    best = max(cands, key=key)
    if any(c is not best and c.value != best.value for c in cands) and key(best)[0]:
        best.confidence = max(best.confidence, 0.9)
    return best


CORRECTED_NUMBER_RE = compile_gated(r"(?:\b(?:actually|sorry|i mean|i meant|make that|no wait|correction|scratch that|or rather|rather)\b|(?:\.\.+|[,;-])\s*no(?=,|:|\.\.))[,:.]*\s*(?:it's\s+|its\s+|it is\s+|more like\s+)?$")


def _numeric_corrections(doc: Doc) -> None:
    """"I earn 70k. Sorry, I mean 75k" / "2 kids... actually 3": a bare number right after a
    correction word replaces the nearest earlier number-valued fact."""
    st = state(doc)
    low = st.low
    for q in st.quantities:
        if q.claimed or q.unit not in (None, "kid", "years"):
            continue
        if not CORRECTED_NUMBER_RE.search(low, max(0, q.start - 30), q.start):
            continue
        earlier = [c for c in st.candidates if c.end <= q.start and isinstance(c.value, (int, float))
                   and not isinstance(c.value, bool) and FACTS.get(c.fact) and FACTS[c.fact].kind in ("int", "number")]
        if not earlier:
            continue
        prev = max(earlier, key=lambda c: c.end)
        value = q.value
        if prev.fact in YEARLY:
            value = per_year(q)
        elif prev.fact in MONTHLY:
            value = per_month(q)
        if isinstance(prev.value, (int, float)) and prev.value >= 1000 and value < 1000 and not q.scaled:
            value *= 1000  # "85k, sorry 95" keeps the scale of what it corrects
        q.claimed = True
        if FACTS[prev.fact].kind == "int":
            value = int(value)
        # the correction outweighs what it corrects ("I said 3 kids earlier, I meant 4")
        st.candidates.append(Candidate(prev.fact, value, max(0.9, prev.confidence + 0.02), q.start, q.end))


def _merge_list(cands: list[Candidate]) -> Candidate:
    values: list[object] = []
    contributing = []
    for c in sorted(cands, key=lambda c: c.start):
        items = c.value if isinstance(c.value, list) else [c.value]
        if items:
            contributing.append(c)
        for v in items:
            if v not in values:
                values.append(v)
    base = contributing or cands
    return Candidate(base[0].fact, values, max(c.confidence for c in base), min(c.start for c in base),
                     max(c.end for c in base), None, False, all(c.bare for c in base))


def _normalise(kind: str, value: object) -> object:
    if kind == "int" and isinstance(value, float) and value == int(value):
        return int(value)
    if kind == "number" and isinstance(value, float) and value == int(value):
        return int(value)
    if kind == "enum" and isinstance(value, str):
        return value.lower()
    return value


def _hedged(doc: Doc, c: Candidate) -> bool:
    low: str = state(doc).low
    s, _ = sentence_at(state(doc).sents, c.start)
    return is_hedged(low, clause_start(low, s, c.start), c.start, c.end)

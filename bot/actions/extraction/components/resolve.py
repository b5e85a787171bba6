"""Last component: competing candidates become one ExtractedFact per fact.

Corrections win ("actually it's 3 kids"), then confidence; hedges ("I think", "around")
lower confidence; every value is checked against the fact registry before it leaves.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..facts_registry import FACTS
from ..doc_state import Candidate
from ..text import clause_start, is_corrected, is_hedged, sentence_at
from ..types import ExtractedFact


@Language.component("needscout_resolve")
def resolve_component(doc: Doc) -> Doc:
    """Pick a value per fact and write ``Doc._.facts``."""
    by_fact: dict[str, list[Candidate]] = {}
    for c in doc._.candidates:
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
    doc._.facts = facts
    return doc


def _pick(doc: Doc, cands: list[Candidate]) -> Candidate:
    low: str = doc._.low

    def key(c: Candidate) -> tuple[int, float, int]:
        s, _ = sentence_at(doc._.sents, c.start)
        corrected = is_corrected(low, max(0, s - 1 if s else 0) if c.start - s < 40 else s, c.start)
        return (1 if corrected else 0, round(c.confidence, 2), c.start)

    best = max(cands, key=key)
    if any(c is not best and c.value != best.value for c in cands) and key(best)[0]:
        best.confidence = max(best.confidence, 0.9)
    return best


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
    low: str = doc._.low
    s, _ = sentence_at(doc._.sents, c.start)
    return is_hedged(low, clause_start(low, s, c.start), c.start, c.end)

"""Beneficiary from a receiving cue and the relative beside it (data/beneficiary.yml).

The phrase rules in rules.yml name relative and verb together; this pairs any cue with
any relative the lexicon knows, so "the lot goes to Sarah, my wife" and "my twin brother
would get it" need no rule of their own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ..doc_state import add, state
from ..resources import _yaml, beneficiary_cues
from ..text import sentence_at
from .common import entities
from ..literal_scan import compile_gated

# "my kids' school", "my son's education": the relative owns something, does not receive;
# "mam's on a pension", "dad's in a home" is "is", not a possessive
POSSESSIVE_RE = compile_gated(r"^'s\b(?! (?:on|in|at|not|retired|living|getting|always|still|just|only|very|really|so|the one|like|basically|nearly|almost|over|under|\d))|^s'|^'(?!s\b)")
OWNER_RE = compile_gated(r"\b(?:my|our)\s+$")


def beneficiary(doc: Doc) -> None:
    """Add beneficiary_relation when a receiving cue has a relative within the window."""
    st = state(doc)
    if any(c.fact == "beneficiary_relation" for c in st.candidates):
        return
    cues = beneficiary_cues()
    business = cues.partner_in_business is not None and cues.partner_in_business.search(st.low) is not None
    kin = [(a, b, "business_partner" if v == "partner" and business else cues.kin_values[v]) for a, b, v in entities(doc, "KIN")
           if v not in cues.not_beside_a_cue and not POSSESSIVE_RE.match(st.low[b:b + 24])]
    if not kin:
        return
    # a pronoun cue ("I'd want her as beneficiary") says who more surely than the nearest relative to "beneficiary"
    hit = _pair(st.low, st.sents, kin) or _pronoun(st.low, kin) or _near_role_word(st.low, st.sents, kin)
    if hit is not None:
        a, b, value = hit
        add(doc, "beneficiary_relation", value, 0.75, a, b)


def _pair(low: str, bounds: list[tuple[int, int]], kin: list[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """The relative a cue points at: after a 'goes to' cue, before a 'gets it' cue."""
    cues = beneficiary_cues()
    window = cues.window
    for rx in cues.before_kin:
        for m in rx.finditer(low):
            s, e = sentence_at(bounds, m.start())
            after = [k for k in kin if m.end() <= k[0] <= m.end() + window and k[0] < e and cues.gap.match(low, m.end(), k[0])]
            if after:
                return after[0]
    for a, b, value in kin:
        s, e = sentence_at(bounds, a)
        for rx in cues.after_kin:
            if rx.search(low[b:min(e, b + window + 40)]):
                return a, b, value
    return None


def _near_role_word(low: str, bounds: list[tuple[int, int]], kin: list[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """The relative nearest a word that names the role itself ("beneficiary", "next of kin")."""
    window = beneficiary_cues().window
    for rx in beneficiary_cues().either:
        for m in rx.finditer(low):
            s, e = sentence_at(bounds, m.start())
            # "the beneficiary? my wife": a relative right after may be past the question mark
            near = [k for k in kin if (s <= k[0] or k[0] > m.start()) and abs(k[0] - m.start()) <= window + 10]
            if near:
                return min(near, key=lambda k: abs(k[0] - m.start()))
    return None


def _pronoun(low: str, kin: list[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """The relative a receiving pronoun stands for: the last one named before it
    ("my godson, I want him to have it"; "my sister would be guardian so it should go to her")."""
    for rx in beneficiary_cues().pronoun:
        for m in rx.finditer(low):
            before = _same_gender(low, m.group(0), [k for k in kin if k[1] <= m.start()])
            # "my niece has been like a daughter to me": the relative owned by "my" is the one meant
            owned = [k for k in before if OWNER_RE.search(low, max(0, k[0] - 6), k[0])]
            if owned or before:
                return (owned or before)[-1]
    return None


@lru_cache(maxsize=1)
def _gender_res() -> dict[str, re.Pattern[str]]:
    """female/male/plural word patterns from data/beneficiary.yml."""
    return {g: compile_gated(p) for g, p in _yaml("beneficiary.yml").get("pronoun_gender", {}).items()}


def _same_gender(low: str, cue: str, kin: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The relatives a "she/her" or "he/him" cue can stand for: all but those of the other
    sex ("my brother and I split mam's bills, she'd be the one" means mam; a partner or
    friend may be either). "them" stands for anyone."""
    words = set(re.findall(r"[a-z]+", cue))
    other = "male" if words & {"she", "her"} else "female" if words & {"he", "him"} else None
    if other is None:
        return kin
    # "3 kids. I'd want her as beneficiary": one person is not a group of them
    excluded = [rx for rx in (_gender_res().get(other), _gender_res().get("plural")) if rx is not None]
    return [k for k in kin if not any(rx.search(low[k[0]:k[1]]) for rx in excluded)]

"""Lay terms for conditions, hobbies and relatives (data/lexicon.yml) found with one
PhraseMatcher, kept as plain (start, end, label, value) tuples on the shared state.

This replaces spaCy's EntityRuler: it matched the same phrases, but writing and then
re-reading ``doc.ents`` built Span objects on every access and cost a tenth of the run.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..doc_state import state
from ..resources import kin_of, lexicon
from .common import SPEAKER_RE
from ..literal_scan import compile_gated


@Language.factory("needscout_lexicon")
def make_lexicon_component(nlp, name):  # untyped: spaCy validates factory args from annotations
    return LexiconComponent(nlp)


class LexiconComponent:
    """Longest non-overlapping lexicon matches, case-insensitive, as the EntityRuler did."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, tuple[str, str]] = {}
        for label, values in lexicon().items():
            for value, phrases in values.items():
                key = f"{label}:{value}"
                self.matcher.add(key, _case_variants(nlp, phrases))
                self.keys[nlp.vocab.strings[key]] = (label, value)

    def __call__(self, doc: Doc) -> Doc:
        matches = sorted(self.matcher(doc), key=lambda m: (m[1] - m[2], m[1]))  # longest, then first
        taken: set[int] = set()
        found = []
        for key, start, end in matches:
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                label, value = self.keys[key]
                found.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label, value))
        state(doc).ents = _compose_kin(state(doc).text, sorted(found))  # doc.text rebuilds the text
        return doc


# "his dad had a stroke" in a message written as "I": someone else's relative
THIRD_PARTY_POSSESSIVE_RE = compile_gated(r"\b(?:his|her|their)\s+(?:\w+\s+)?$", re.IGNORECASE)


# a word of address set off by a comma or the end ("Plumber mate, ...", "cheers mate"), not "my mate, Dave"
ADDRESS_WORDS = frozenset({"mate", "buddy", "bro", "pal"})
DETERMINER_BEFORE_RE = compile_gated(r"\b(?:my|me|our|a|an|the|his|her|their|your|this|that|one|some|no|'s)(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)
ADDRESS_AFTER_RE = compile_gated(r"\s*(?:[,!?.]|$)")


def _vocative(text: str, start: int, end: int) -> bool:
    """A friend word used to address the listener: after a word that is no determiner, before a comma or the end."""
    return (text[start:end].lower() in ADDRESS_WORDS and start > 0 and ADDRESS_AFTER_RE.match(text, end) is not None
            and DETERMINER_BEFORE_RE.search(text, max(0, start - 30), start) is None)


def _case_variants(nlp: Language, phrases: list[str]) -> list[Doc]:
    """Each phrase as typed in lower, upper and title case: the tokenizer splits "t2dm"
    but not "T2DM", and the matcher compares tokens, so each split needs its own pattern."""
    docs: dict[tuple[str, ...], Doc] = {}
    for phrase in phrases:
        for variant in (phrase, phrase.upper(), phrase.capitalize()):
            doc = nlp.make_doc(variant)
            docs.setdefault(tuple(t.lower_ for t in doc), doc)
    return list(docs.values())


def _compose_kin(text: str, ents: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"my wife's mum" is one relative, an in-law: the possessor is dropped and the
    possessed word takes the composed role (data/kin_of.yml), so the mum is neither
    the prospect's parent nor a second person."""
    out: list[tuple[int, int, str, str]] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (ent[2] == "KIN" and prev is not None and prev[2] == "KIN"
                and text[prev[1]:ent[0]].replace("\u2019", "'").strip().lower() in ("'s", "s'")):
            out[-1] = (ent[0], ent[1], "KIN", kin_of().get(prev[3], {}).get(ent[3], "other"))
            continue
        if ent[2] == "KIN" and _vocative(text, ent[0], ent[1]):
            continue  # "Plumber mate, run my own business": the listener addressed, nobody's friend
        if ent[2] == "KIN" and THIRD_PARTY_POSSESSIVE_RE.search(text, max(0, ent[0] - 20), ent[0]) and SPEAKER_RE.search(text):
            ent = (ent[0], ent[1], "KIN", "other")
        out.append(ent)
    return out

"""First component: fold the text and find every number in it (see numbers.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_state import state
from ..numbers import find_quantities, fold
from ..text import sentences


@Language.component("needscout_quantities")
def quantities_component(doc: Doc) -> Doc:
    """Shared analysis every later component reads: folded text, sentences, numbers."""
    low = fold(doc.text)
    state(doc).low = low
    state(doc).sents = sentences(low)
    state(doc).quantities = find_quantities(low)
    if state(doc).candidates is None:
        state(doc).candidates = []
    return doc

"""First component: fold the text and find every number in it (see numbers.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..numbers import find_quantities, fold
from ..text import sentences


@Language.component("needscout_quantities")
def quantities_component(doc: Doc) -> Doc:
    """Shared analysis every later component reads: folded text, sentences, numbers."""
    low = fold(doc.text)
    doc._.low = low
    doc._.sents = sentences(low)
    doc._.quantities = find_quantities(low)
    if doc._.candidates is None:
        doc._.candidates = []
    return doc

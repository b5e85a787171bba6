"""First component: fold the text and find every number in it (see numbers.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_state import state
from ..literal_scan import begin
from ..names import bind_names
from ..numbers import find_quantities, fold
from ..text import sentences


@Language.component("needscout_quantities")
def quantities_component(doc: Doc) -> Doc:
    """Shared analysis every later component reads: folded text, sentences, numbers."""
    st = state(doc)
    if not st.text:
        st.text = doc.text
    low = bind_names(st.text, fold(st.text), st.expect)
    st.low = low
    st.literals = begin(low)  # before anything matches on low: gated patterns read it
    st.sents = sentences(low)
    st.quantities = find_quantities(low)
    if st.candidates is None:
        st.candidates = []
    return doc

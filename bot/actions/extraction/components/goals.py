"""Goals, concerns, questions about exclusions, beneficiary and referral potential:
all phrase rules over data/rules.yml.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_state import state
from .beneficiary import beneficiary
from .common import apply_rules

FACTS = ("goals", "concerns", "asked_about_exclusions", "beneficiary_relation", "referral_potential")
REACH = {"low": 0, "medium": 1, "high": 2}


@Language.component("needscout_goals")
def goals_component(doc: Doc) -> Doc:
    """What the prospect wants, worries about, asks, and whom they could introduce."""
    for fact in FACTS:
        found = apply_rules(doc, fact)
        if fact == "referral_potential" and found > 1:
            _keep_widest_reach(doc)
    beneficiary(doc)
    return doc


def _keep_widest_reach(doc: Doc) -> None:
    """Several groups named ("3 staff ... I'd tell my clients, I see hundreds"): the prospect can
    reach the widest of them, so a smaller group said with more confidence must not win."""
    st = state(doc)
    levels = [c for c in st.candidates if c.fact == "referral_potential"]
    top = max(REACH.get(c.value, 0) for c in levels)
    st.candidates = [c for c in st.candidates if c.fact != "referral_potential" or REACH.get(c.value, 0) == top]

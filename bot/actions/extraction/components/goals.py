"""Goals, concerns, questions about exclusions, beneficiary and referral potential:
all phrase rules over data/rules.yml.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .beneficiary import beneficiary
from .common import apply_rules

FACTS = ("goals", "concerns", "asked_about_exclusions", "beneficiary_relation", "referral_potential")


@Language.component("needscout_goals")
def goals_component(doc: Doc) -> Doc:
    """What the prospect wants, worries about, asks, and whom they could introduce."""
    for fact in FACTS:
        apply_rules(doc, fact)
    beneficiary(doc)
    return doc

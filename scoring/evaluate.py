"""One pass of the numbers: needs, risk, affordability, flags, value, composite, decision.

No words are built here, so what-if probes (completeness.py) can rerun it cheaply; a
probe that changes one fact also reuses the needs and the risk of the base evaluation
when that fact cannot reach them. explain.py turns the result into reasons and evidence.
"""

from __future__ import annotations

from typing import Any, Collection, Optional

from scoring.affordability import assess_affordability
from scoring.composite import components, composite_score, confidence
from scoring.decision import decide
from scoring.flags import (RawFlag, affordability_flags, contradiction_flags, declined_flags,
                           moral_hazard_flags)
from scoring.models import Affordability, Need, Profile, RiskAssessment, ValueAssessment
from scoring.needs import LifeFigures, NeedRow, analyse_needs, need_objects
from scoring.risk import assess_risk
from scoring.rules import Rules
from scoring.situation import DERIVED, probe_situation, situation
from scoring.tables import tables_for
from scoring.value import assess_value

# The situation facts each stage reads (tests/scoring/test_stage_reads.py checks them
# against what the code reads), so a what-if probe reruns only the stages its fact
# reaches. Risk also reads which facts are known (the preferred class requires some).
NEEDS_READS = frozenset({
    "age", "annual_income", "marital_status", "spouse_income", "children_count", "children_ages",
    "dependent_parents", "other_debts", "mortgage_balance", "existing_life_cover", "liquid_savings",
    "existing_ci_cover", "has_medical_cover", "existing_accident_cover", "employment_type",
    "occupation_class", "conditions", "family_history", "hospitalized_5y", "hazardous_hobbies", "goals",
})
RISK_READS = frozenset({
    "smoker", "height_cm", "weight_kg", "alcohol", "exercise", "conditions", "hospitalized_5y",
    "family_history", "occupation_class", "hazardous_hobbies", "claims_5y", "annual_income",
    "mortgage_balance", "other_debts", "income_stability", "employment_type", "monthly_expenses",
    "liquid_savings", "job_changes_5y",
})
AFFORD_READS = frozenset({  # and the needs and the risk loading
    "annual_income", "spouse_income", "other_debts", "monthly_expenses", "monthly_premium_budget",
    "age", "smoker", "requested_cover",
})
FLAG_READS = frozenset({  # and the life figures and the affordability
    "requested_cover", "existing_life_cover", "asked_about_exclusions", "beneficiary_relation",
    "employment_type",
})
VALUE_READS = frozenset({  # and the needs
    "age", "annual_income", "employment_type", "income_stability", "referral_potential", "claims_5y",
    "conditions", "concerns",
})
COMPONENT_READS = frozenset({"annual_income", "spouse_income"})  # and every stage above


class Evaluation:
    """The numbers of one pass; the Need objects are made from the rows when first read."""

    __slots__ = ("v", "known", "need_rows", "life", "risk", "affordability", "value", "flags",
                 "components", "confidence", "composite", "decision", "trigger", "_needs")

    def __init__(self, v: dict[str, Any], known: Collection[str], need_rows: list[NeedRow],
                 life: LifeFigures, risk: RiskAssessment, affordability: Affordability,
                 value: ValueAssessment, flags: list[RawFlag], components: dict[str, float],
                 confidence: float, composite: int, decision: str, trigger: str) -> None:
        self.v, self.known, self.need_rows, self.life = v, known, need_rows, life
        self.risk, self.affordability, self.value, self.flags = risk, affordability, value, flags
        self.components, self.confidence, self.composite = components, confidence, composite
        self.decision, self.trigger = decision, trigger
        self._needs: Optional[list[Need]] = None

    @property
    def needs(self) -> list[Need]:
        """Every line, priority 1 first."""
        if self._needs is None:
            self._needs = need_objects(self.need_rows)
        return self._needs


def profile_flags(profile: Profile, rules: Rules) -> list[RawFlag]:
    """Flags that depend only on what was said (contradictions, declined answers)."""
    return contradiction_flags(profile, rules) + declined_flags(profile)


def evaluate(profile: Profile, rules: Rules, override: Optional[tuple[str, Any]] = None,
             said_flags: Optional[list[RawFlag]] = None, base: Optional[Evaluation] = None) -> Evaluation:
    """Score ``profile``; a what-if probe overrides one fact and passes the said-flags and
    the ``base`` evaluation of the same profile, whose stages it may reuse."""
    t = tables_for(rules)
    if base is not None and override is not None:
        v = probe_situation(profile, t, override, base.v)
    else:
        v = situation(profile, t, override)
    known: Collection[str] = profile.values
    changed: Optional[set[str]] = None  # the facts that differ from ``base``; None: run every stage
    if override is not None:
        name = override[0]
        known = set(known) | {name}
        if base is not None:
            changed = {k for k in (name, *DERIVED) if v[k] != base.v[k]}
            if name in t.preferred_requires_known:
                changed.add(name)  # newly known, which the preferred class requires
    if changed is None:
        needs, lf = analyse_needs(v, t)
        risk = assess_risk(v, known, t)
        afford = assess_affordability(v, needs, risk.loading, t)
        flags = moral_hazard_flags(v, lf, t)
        flags += affordability_flags(afford, t)
        flags += profile_flags(profile, rules) if said_flags is None else said_flags
        value = assess_value(v, needs, t)
        parts = components(v, lf, needs, risk, afford, value, t)
    else:  # a probe: rerun what the changed facts reach, reuse the rest of ``base``
        needs, lf, risk = base.need_rows, base.life, base.risk
        afford, flags, value, parts = base.affordability, base.flags, base.value, base.components
        new_needs = not NEEDS_READS.isdisjoint(changed)
        if new_needs:
            needs, lf = analyse_needs(v, t)
        if not RISK_READS.isdisjoint(changed):
            risk = assess_risk(v, known, t)
        if new_needs or risk.loading != base.risk.loading or not AFFORD_READS.isdisjoint(changed):
            afford = assess_affordability(v, needs, risk.loading, t)
        if new_needs or afford is not base.affordability or not FLAG_READS.isdisjoint(changed):
            said = profile_flags(profile, rules) if said_flags is None else said_flags
            flags = moral_hazard_flags(v, lf, t) + affordability_flags(afford, t) + said
        if new_needs or not VALUE_READS.isdisjoint(changed):
            value = assess_value(v, needs, t)
        if (new_needs or risk is not base.risk or afford is not base.affordability
                or value is not base.value or not COMPONENT_READS.isdisjoint(changed)):
            parts = components(v, lf, needs, risk, afford, value, t)
    conf = confidence(profile, t, override[0] if override else None)
    score = composite_score(parts, conf, flags, t)
    decision, trigger = decide(v, known, risk, afford, flags, needs, score, conf, t)
    return Evaluation(v, known, needs, lf, risk, afford, value, flags, parts, conf, score,
                      decision, trigger)

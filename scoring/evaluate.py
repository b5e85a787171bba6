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
from scoring.situation import DERIVED, situation
from scoring.tables import tables_for
from scoring.value import assess_value

# The situation facts the needs and the risk read (tests/scoring/test_stage_reads.py checks
# them against what the code reads); risk also reads which facts are known.
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
    if changed is not None and not changed:
        # The probe only made a fact known at the value already assumed: the same numbers,
        # and a higher confidence.
        needs, lf, risk, afford = base.need_rows, base.life, base.risk, base.affordability
        flags, value, parts = base.flags, base.value, base.components
    else:
        if changed is None or not NEEDS_READS.isdisjoint(changed):
            needs, lf = analyse_needs(v, t)
        else:
            needs, lf = base.need_rows, base.life
        if changed is None or not RISK_READS.isdisjoint(changed):
            risk = assess_risk(v, known, t)
        else:
            risk = base.risk
        afford = assess_affordability(v, needs, risk.loading, t)
        flags = moral_hazard_flags(v, lf, t)
        flags += affordability_flags(afford, t)
        flags += profile_flags(profile, rules) if said_flags is None else said_flags
        value = assess_value(v, needs, t)
        parts = components(v, lf, needs, risk, afford, value, t)
    conf = confidence(profile, t, override[0] if override else None)
    score = composite_score(parts, conf, flags, t)
    decision, trigger = decide(v, known, risk, afford, flags, needs, score, conf, t)
    return Evaluation(v, known, needs, lf, risk, afford, value, flags, parts, conf, score,
                      decision, trigger)

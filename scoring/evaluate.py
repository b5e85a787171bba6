"""One pass of the numbers: needs, risk, affordability, flags, value, composite, decision.

No words are built here, so what-if probes (completeness.py) can rerun it cheaply;
explain.py turns the result into reasons and evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Collection, Optional

from scoring.affordability import assess_affordability
from scoring.composite import components, composite_score, confidence
from scoring.decision import decide
from scoring.flags import (RawFlag, affordability_flags, contradiction_flags, declined_flags,
                           moral_hazard_flags)
from scoring.models import Affordability, Need, Profile, RiskAssessment, ValueAssessment
from scoring.needs import LifeFigures, analyse_needs
from scoring.risk import assess_risk
from scoring.rules import Rules
from scoring.situation import resolve
from scoring.value import assess_value


@dataclass(slots=True)
class Evaluation:
    v: dict[str, Any]
    known: Collection[str]
    needs: list[Need]
    life: LifeFigures
    risk: RiskAssessment
    affordability: Affordability
    value: ValueAssessment
    flags: list[RawFlag]
    components: dict[str, float]
    confidence: float
    composite: int
    decision: str
    trigger: str


def profile_flags(profile: Profile, rules: Rules) -> list[RawFlag]:
    """Flags that depend only on what was said (contradictions, declined answers)."""
    return contradiction_flags(profile, rules) + declined_flags(profile)


def evaluate(profile: Profile, rules: Rules, override: Optional[tuple[str, Any]] = None,
             said_flags: Optional[list[RawFlag]] = None) -> Evaluation:
    """Score ``profile``; a what-if probe overrides one fact and passes the said-flags."""
    v = resolve(profile, rules, override)
    known: Collection[str] = profile.values.keys()
    if override is not None:
        known = set(known) | {override[0]}
    needs, lf = analyse_needs(v, rules)
    risk = assess_risk(v, known, rules)
    afford = assess_affordability(v, needs, risk.loading, rules)
    flags = moral_hazard_flags(v, known, lf, rules)
    flags += affordability_flags(afford, rules)
    flags += profile_flags(profile, rules) if said_flags is None else said_flags
    value = assess_value(v, needs, rules)
    parts = components(v, lf, needs, risk, afford, value, rules)
    conf = confidence(profile, rules, override[0] if override else None)
    score = composite_score(parts, conf, flags, rules)
    decision, trigger = decide(v, known, risk, afford, flags, needs, score, conf, rules)
    return Evaluation(v, known, needs, lf, risk, afford, value, flags, parts, conf, score,
                      decision, trigger)

"""The agent's decision: proceed, refer_to_underwriter, nurture or not_a_fit.

Checked in order of what an agent must not miss: outside the covered ages, then
anything an underwriter must see, then whether there is a need and a premium the
prospect can pay, then whether we know enough and the case scores well enough.
"""

from __future__ import annotations

from typing import Any, Collection, Iterable

from scoring.models import Affordability, RiskAssessment
from scoring.needs import NeedRow
from scoring.flags import RawFlag
from scoring.tables import RuleTables

# Why a decision was taken; explain.py words each one with the facts behind it.
TRIGGERS = ("age_out_of_range", "risk_refer", "high_flag", "no_need", "no_capacity",
            "low_confidence", "low_composite", "weak_case", "good_case")


def decide(v: dict[str, Any], known: Collection[str], risk: RiskAssessment, afford: Affordability,
           flags: Iterable[RawFlag], needs: Iterable[NeedRow], composite: int, conf: float,
           t: RuleTables) -> tuple[str, str]:
    """(decision, trigger)."""
    if "age" in known and not t.min_age <= v["age"] <= t.max_age:
        return "not_a_fit", "age_out_of_range"
    if risk.risk_class == "refer":
        return "refer_to_underwriter", "risk_refer"
    for f in flags:
        if f.severity == "high":
            return "refer_to_underwriter", "high_flag"
    if not any([n[1] > 0 for n in needs]):
        return "not_a_fit", "no_need"
    if afford.premium_ceiling < t.min_viable_premium and (
            "annual_income" in known or "monthly_premium_budget" in known):
        return "not_a_fit", "no_capacity"
    if conf < t.proceed_min_confidence:
        return "nurture", "low_confidence"
    if composite < t.nurture_min_composite:
        return "not_a_fit", "weak_case"
    if composite < t.proceed_min_composite:
        return "nurture", "low_composite"
    return "proceed", "good_case"

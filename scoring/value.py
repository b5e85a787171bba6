"""Customer value: age and income trajectory, cross-sell, referrals, cost to serve.

A 0..1 score and a tier A–D; each part is kept so the agent sees why. Lines needed
counts the high and medium needs, the cross-sell opportunity.
"""

from __future__ import annotations

from typing import Any, Iterable

from scoring.models import ValueAssessment
from scoring.needs import NeedRow
from scoring.rules import LINES
from scoring.tables import RuleTables, band_value


def income_trajectory(v: dict[str, Any], t: RuleTables) -> float:
    """Income level between floor and full, times the employment type's trajectory."""
    level = (v["annual_income"] - t.income_floor) / (t.income_full - t.income_floor)
    level = min(1.0, max(0.0, level))
    factor = t.employment_trajectory[v["employment_type"]]
    if v["income_stability"] == "variable":
        factor *= t.variable_income_factor
    return level * factor


def service_cost(v: dict[str, Any], t: RuleTables) -> float:
    """Expected cost to serve, 0..max: claims, conditions and worries needing hand-holding."""
    cost = t.per_claim * v["claims_5y"] + t.per_condition * len(v["conditions"])
    if v["concerns"]:
        cost += sum([t.concern_costs[c] for c in v["concerns"]])
    return min(t.service_max, cost)


def assess_value(v: dict[str, Any], needs: Iterable[NeedRow], t: RuleTables) -> ValueAssessment:
    age, income, cross_sell, referral, service = t.value_weights
    parts = {
        "age": band_value(t.age_curve, v["age"]),
        "income": income_trajectory(v, t),
        "cross_sell": sum([1 for n in needs if n[3] == "high" or n[3] == "medium"]) / len(LINES),
        "referral": t.referral[v["referral_potential"]],
        "service": 1.0 - service_cost(v, t),
    }
    score = sum((age * parts["age"], income * parts["income"], cross_sell * parts["cross_sell"],
                 referral * parts["referral"], service * parts["service"]))
    tier = "A" if score >= t.tier_a else "B" if score >= t.tier_b else "C" if score >= t.tier_c else "D"
    return ValueAssessment(score, tier, parts)

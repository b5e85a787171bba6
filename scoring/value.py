"""Customer value: age and income trajectory, cross-sell, referrals, cost to serve.

A 0..1 score and a tier A–D; each part is kept so the agent sees why. Lines needed
counts the high and medium needs, the cross-sell opportunity.
"""

from __future__ import annotations

from typing import Any, Iterable

from scoring.models import Need, ValueAssessment
from scoring.needs import band_value
from scoring.rules import LINES, Rules


def income_trajectory(v: dict[str, Any], rules: Rules) -> float:
    """Income level between floor and full, times the employment type's trajectory."""
    r = rules.value
    level = (v["annual_income"] - r.income_floor) / (r.income_full - r.income_floor)
    level = min(1.0, max(0.0, level))
    factor = r.employment_trajectory[v["employment_type"]]
    if v["income_stability"] == "variable":
        factor *= r.variable_income_factor
    return level * factor


def service_cost(v: dict[str, Any], rules: Rules) -> float:
    """Expected cost to serve, 0..max: claims, conditions and worries needing hand-holding."""
    s = rules.value.service_cost
    cost = s.per_claim * v["claims_5y"] + s.per_condition * len(v["conditions"])
    cost += sum(s.concern_costs[c] for c in v["concerns"])
    return min(s.max, cost)


def assess_value(v: dict[str, Any], needs: Iterable[Need], rules: Rules) -> ValueAssessment:
    r = rules.value
    w = r.weights
    parts = {
        "age": band_value(r.age_curve, v["age"], "score"),
        "income": income_trajectory(v, rules),
        "cross_sell": sum(1 for n in needs if n.level in ("high", "medium")) / len(LINES),
        "referral": r.referral[v["referral_potential"]],
        "service": 1.0 - service_cost(v, rules),
    }
    score = sum(w[k] * parts[k] for k in parts)
    tiers = r.tiers
    tier = "A" if score >= tiers["A"] else "B" if score >= tiers["B"] else "C" if score >= tiers["C"] else "D"
    return ValueAssessment(score, tier, parts)

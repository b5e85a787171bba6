"""Affordability: a monthly premium ceiling, and what the recommended cover would cost.

The ceiling is the lowest of a share of household income ("double ten" rule: premiums
about 10% of income), a share of what is left each month after expenses and debt
repayments, and the stated budget: a prospect's own budget wins when it is lower.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from scoring.models import Affordability
from scoring.needs import NeedRow
from scoring.rules import Rules
from scoring.tables import RuleTables, band_value, tables_for


def ceiling_parts(v: dict[str, Any], t: RuleTables) -> tuple[float, float]:
    """(income cap, disposable cap), both monthly; each grows with income."""
    household = (v["annual_income"] + v["spouse_income"]) / 12.0
    income_cap = household * t.income_share
    repayments = v["other_debts"] / t.repayment_months
    disposable = max(0.0, household - v["monthly_expenses"] - repayments) * t.disposable_share
    return income_cap, disposable


def _ceiling(income_cap: float, disposable: float, budget: Optional[float]) -> tuple[float, str]:
    ceiling, limited_by = (income_cap, "income") if income_cap <= disposable else (disposable, "disposable")
    if budget is not None and budget < ceiling:
        return float(budget), "budget"
    return ceiling, limited_by


def premium_ceiling(v: dict[str, Any], rules: Rules) -> float:
    """The recommended monthly premium ceiling (the stated budget wins when lower)."""
    return _ceiling(*ceiling_parts(v, tables_for(rules)), v["monthly_premium_budget"])[0]


def monthly_premium(line: str, amount: float, v: dict[str, Any], loading: float, t: RuleTables) -> float:
    """Illustrative monthly premium for ``amount`` of one line at this age and risk loading."""
    return _premium(line, amount, band_value(t.rate_bands, v["age"]),
                    t.smoker_multiplier if v["smoker"] else 1.0, loading, t)


def _premium(line: str, amount: float, life_rate: float, smoker: float, loading: float,
             t: RuleTables) -> float:
    """monthly_premium() with the age's life rate and the smoker multiplier looked up."""
    if amount <= 0:
        return 0.0
    if line == "life":
        return amount / 1000.0 * life_rate * smoker * loading / 12.0
    if line == "critical_illness":
        return amount / 1000.0 * (life_rate * t.ci_to_life_ratio) * smoker * loading / 12.0
    if line == "medical":
        return t.medical_per_year * loading / 12.0
    if line == "accident":
        return amount / 1000.0 * t.accident_per_1000 / 12.0
    if line == "disability":
        return amount * t.disability_share * loading / 12.0
    return 0.0  # education and retirement are savings, not premiums


def assess_affordability(v: dict[str, Any], needs: Iterable[NeedRow], loading: float,
                         t: RuleTables) -> Affordability:
    """Ceiling, and the estimated premium for the high and medium needs and any request."""
    income_cap, disposable = ceiling_parts(v, t)
    budget = v["monthly_premium_budget"]
    ceiling, limited_by = _ceiling(income_cap, disposable, budget)
    rate = band_value(t.rate_bands, v["age"])
    smoker = t.smoker_multiplier if v["smoker"] else 1.0
    recommended = sum([_premium(line, amount, rate, smoker, loading, t)
                       for line, _, amount, level, *_ in needs if level == "high" or level == "medium"])
    requested: Optional[float] = None
    if v["requested_cover"]:
        requested = _premium("life", v["requested_cover"], rate, smoker, loading, t)
    return Affordability(ceiling, income_cap, disposable, budget, limited_by, recommended, requested)


def affordability_fit(a: Affordability, t: RuleTables) -> float:
    """0..1: how much of the recommended cover the ceiling pays for (0 below a viable premium)."""
    if a.premium_ceiling < t.min_viable_premium:
        return 0.0
    if a.recommended_premium <= 0:
        return 1.0
    return min(1.0, a.premium_ceiling / a.recommended_premium)

"""Affordability: a monthly premium ceiling, and what the recommended cover would cost.

The ceiling is the lowest of a share of household income ("double ten" rule: premiums
about 10% of income), a share of what is left each month after expenses and debt
repayments, and the stated budget: a prospect's own budget wins when it is lower.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from scoring.models import Affordability, Need
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
    if amount <= 0:
        return 0.0
    smoker = t.smoker_multiplier if v["smoker"] else 1.0
    if line == "life" or line == "critical_illness":
        rate = band_value(t.rate_bands, v["age"])
        if line == "critical_illness":
            rate *= t.ci_to_life_ratio
        return amount / 1000.0 * rate * smoker * loading / 12.0
    if line == "medical":
        return t.medical_per_year * loading / 12.0
    if line == "accident":
        return amount / 1000.0 * t.accident_per_1000 / 12.0
    if line == "disability":
        return amount * t.disability_share * loading / 12.0
    return 0.0  # education and retirement are savings, not premiums


def assess_affordability(v: dict[str, Any], needs: Iterable[Need], loading: float,
                         t: RuleTables) -> Affordability:
    """Ceiling, and the estimated premium for the high and medium needs and any request."""
    income_cap, disposable = ceiling_parts(v, t)
    budget = v["monthly_premium_budget"]
    ceiling, limited_by = _ceiling(income_cap, disposable, budget)
    recommended = sum([monthly_premium(n.line, n.recommended_sum, v, loading, t)
                       for n in needs if n.level == "high" or n.level == "medium"])
    requested: Optional[float] = None
    if v["requested_cover"]:
        requested = monthly_premium("life", v["requested_cover"], v, loading, t)
    return Affordability(ceiling, income_cap, disposable, budget, limited_by, recommended, requested)


def affordability_fit(a: Affordability, t: RuleTables) -> float:
    """0..1: how much of the recommended cover the ceiling pays for (0 below a viable premium)."""
    if a.premium_ceiling < t.min_viable_premium:
        return 0.0
    if a.recommended_premium <= 0:
        return 1.0
    return min(1.0, a.premium_ceiling / a.recommended_premium)

"""Premium ceiling: income share, what is left each month, and the budget when lower."""

from __future__ import annotations

from scoring import assess

BASE = {"age": 35, "marital_status": "single", "children_count": 0, "annual_income": 60000,
        "spouse_income": 0, "monthly_expenses": 3000, "other_debts": 0}


def test_ceiling_is_ten_percent_of_income_when_that_is_lowest():
    a = assess(BASE)
    assert a.premium_ceiling == 60000 * 0.10 / 12
    assert a.affordability.limited_by == "income"


def test_tight_monthly_budget_limits_the_ceiling():
    # 5,000 a month in, 4,500 out, 12,000 of debts repaid over 5 years: (500 - 200) × 50%
    a = assess(dict(BASE, monthly_expenses=4500, other_debts=12000))
    assert a.premium_ceiling == (5000 - 4500 - 200) * 0.5
    assert a.affordability.limited_by == "disposable"


def test_lower_stated_budget_wins_higher_does_not():
    assert assess(dict(BASE, monthly_premium_budget=80)).premium_ceiling == 80
    a = assess(dict(BASE, monthly_premium_budget=5000))
    assert a.premium_ceiling == 500 and a.affordability.limited_by == "income"


def test_spouse_income_counts_towards_household():
    a = assess(dict(BASE, marital_status="married", spouse_income=60000))
    assert a.premium_ceiling == 120000 * 0.10 / 12


def test_unaffordable_request_is_warned():
    a = assess(dict(BASE, requested_cover=1_000_000, monthly_premium_budget=20))
    flag = next(f for f in a.flags if f.code == "unaffordable_request")
    assert flag.severity == "warning"
    assert {e.fact for e in flag.evidence} >= {"requested_cover", "monthly_premium_budget"}


def test_ceiling_below_viable_plan_is_not_a_fit():
    a = assess(dict(BASE, monthly_premium_budget=5))
    assert a.decision == "not_a_fit"
    assert any(f.code == "no_premium_capacity" for f in a.flags)

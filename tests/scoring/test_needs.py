"""Needs analysis, line by line, with the figures worked by hand from rules.yml."""

from __future__ import annotations

from scoring import assess
from scoring.needs import education_fund


def need(a, line):
    return next(n for n in a.needs if n.line == line)


BASE = {"age": 40, "marital_status": "married", "spouse_income": 0, "children_count": 1,
        "children_ages": [11], "dependent_parents": 0, "annual_income": 60000,
        "mortgage_balance": 200000, "other_debts": 10000, "liquid_savings": 20000,
        "existing_life_cover": 50000, "employment_type": "employed"}


def test_life_need_follows_dime_with_dependants():
    # debts 10k + mortgage 200k + final 15k + 60k × 0.7 × 10 years (spouse support = child to 21)
    # + education 100k; less 50k cover and 20k savings
    life = need(assess(BASE), "life")
    assert life.gap == 10000 + 200000 + 15000 + 60000 * 0.7 * 10 + 100000 - 50000 - 20000
    assert life.recommended_sum == 675000  # already a multiple of the 5,000 rounding step
    assert "USD 420,000" in life.reason and "10 years of income" in life.reason


def test_youngest_child_sets_the_support_years():
    facts = dict(BASE, marital_status="single", children_count=2, children_ages=[11, 1])
    life = need(assess(facts), "life")
    # 20 years until the youngest is 21; education 2 × 100k
    assert life.gap == 10000 + 200000 + 15000 + 60000 * 0.7 * 20 + 200000 - 70000


def test_no_dependants_uses_an_income_multiple():
    facts = dict(BASE, marital_status="single", children_count=0, children_ages=[])
    life = need(assess(facts), "life")
    assert life.gap == 60000 * 2 + 10000 + 200000 + 15000 - 70000
    assert "no one depending" in life.reason


def test_life_recommendation_capped_by_income_at_age():
    facts = dict(BASE, age=65, annual_income=20000, children_ages=[1], mortgage_balance=0)
    life = need(assess(facts), "life")
    assert life.recommended_sum == 20000 * 10 - 50000  # 61–69: 10× income
    assert life.recommended_sum < life.gap and "most your income supports" in life.reason


def test_existing_cover_closes_the_life_gap():
    life = need(assess(dict(BASE, existing_life_cover=5_000_000)), "life")
    assert life.gap == 0 and life.level == "none" and "already meet" in life.reason


def test_critical_illness_is_three_years_of_income_less_cover():
    a = assess(dict(BASE, existing_ci_cover=30000))
    assert need(a, "critical_illness").gap == 3 * 60000 - 30000


def test_medical_need_only_without_cover():
    assert need(assess(dict(BASE, has_medical_cover=False)), "medical").gap == 100000
    assert need(assess(dict(BASE, has_medical_cover=True)), "medical").gap == 0


def test_accident_and_disability():
    a = assess(dict(BASE, existing_accident_cover=100000))
    assert need(a, "accident").gap == 5 * 60000 - 100000
    dis = need(a, "disability")
    assert dis.recommended_sum == 36000 and dis.unit == "per_year"
    assert need(assess(dict(BASE, employment_type="homemaker")), "disability").gap == 0


def test_education_fund_by_each_childs_age(rules):
    total, monthly = education_fund([5, 19, 25], rules)
    # age 5: full 100k; age 19: 3 of 4 years left; age 25: done
    assert total == 100000 + 75000
    assert monthly == 100000 / (13 * 12) + 100000 / 4 / 12


def test_retirement_gap_net_of_state_pension_and_savings():
    r = need(assess(BASE), "retirement")
    assert r.gap == 60000 * (0.70 - 0.35) * 20 - 20000
    assert round(r.monthly_saving, 2) == round(r.gap / (25 * 12), 2)
    assert need(assess(dict(BASE, employment_type="retired", age=67)), "retirement").gap == 0


def test_needs_sorted_by_priority_with_levels(family):
    a = assess(family)
    assert [n.priority for n in a.needs] == list(range(1, 8))
    assert a.needs[0].line == "life" and a.needs[0].level == "high"
    urgencies = [n.urgency for n in a.needs]
    assert urgencies == sorted(urgencies, reverse=True)


def test_stated_goal_raises_a_lines_priority():
    plain = assess(dict(BASE, has_medical_cover=False))
    keen = assess(dict(BASE, has_medical_cover=False, goals=["health_costs"]))
    assert need(keen, "medical").priority < need(plain, "medical").priority


def test_assumed_inputs_are_said_in_the_reason():
    a = assess({"age": 34, "marital_status": "married", "children_count": 2})
    life = need(a, "life")
    assert "annual_income" in life.assumed
    assert "estimate assuming annual income 45,000" in life.reason

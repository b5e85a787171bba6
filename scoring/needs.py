"""Needs analysis: for each line of cover, the gap, a recommended sum and its urgency.

Life follows DIME and the needs approach (debts + mortgage + income until the youngest
child is independent + education − existing cover − liquid savings), or an income
multiple without dependants; the other lines use the rules-of-thumb in rules.yml.
Numbers only here; explain.py words them for the prospect.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from scoring.models import Need
from scoring.rules import LINES, Rules

WORKING = frozenset({"employed", "self_employed", "business_owner"})
PARTNERED = frozenset({"married", "partnered"})


class LifeFigures(NamedTuple):
    """The parts of the life need, kept so the reason can show the sum."""

    need: float
    debts: float
    mortgage: float
    final_expenses: float
    income_part: float
    support_years: float
    education: float
    parents: float
    existing: float
    savings: float
    dependants: int
    cap: float


def round_up(amount: float, step: float) -> float:
    return math.ceil(amount / step - 1e-9) * step if amount > 0 else 0.0


def band_value(bands: list, age: float, attr: str) -> float:
    """The value of the first age band whose max_age covers ``age`` (last band beyond)."""
    for band in bands:
        if age <= band.max_age:
            return getattr(band, attr)
    return getattr(bands[-1], attr)


def spouse_dependent(v: dict[str, Any], rules: Rules) -> bool:
    """A spouse or partner earning under the threshold share of the prospect's income."""
    if v["marital_status"] not in PARTNERED:
        return False
    share = rules.needs.life.partner_income_independent_at
    return v["spouse_income"] < share * v["annual_income"] or v["spouse_income"] == 0


def dependants(v: dict[str, Any], rules: Rules) -> int:
    return v["children_count"] + v["dependent_parents"] + (1 if spouse_dependent(v, rules) else 0)


def education_fund(ages: list[int], rules: Rules) -> tuple[float, float]:
    """Cost still to pay for every child's education, and the monthly saving to build it."""
    e = rules.needs.education
    end = e.start_age + e.duration_years
    total = monthly = 0.0
    for age in ages:
        if age >= end:
            continue
        if age >= e.start_age:
            total += e.cost_per_child * (end - age) / e.duration_years
            monthly += e.cost_per_child / e.duration_years / 12.0  # pay as it falls due
        else:
            total += e.cost_per_child
            monthly += e.cost_per_child / ((e.start_age - age) * 12.0)
    return total, monthly


def cover_cap(v: dict[str, Any], rules: Rules) -> float:
    """Most total life cover income justifies at this age (financial underwriting caps).

    A non-earning spouse may hold up to the earner's cap.
    """
    income = v["annual_income"]
    if income <= 0 and v["marital_status"] in PARTNERED:
        income = v["spouse_income"]
    return income * band_value(rules.needs.life.underwriting_caps.bands, v["age"], "income_multiple")


def life_figures(v: dict[str, Any], rules: Rules) -> LifeFigures:
    """DIME / needs approach with dependants; an income multiple without.

    The need never falls below the no-dependant figure, so adding a dependant can only
    raise it.
    """
    life = rules.needs.life
    income = v["annual_income"]
    debts, mortgage = v["other_debts"], v["mortgage_balance"]
    final = life.final_expenses
    baseline = income * life.no_dependents_income_multiple + debts + mortgage + final
    n_dep = dependants(v, rules)
    years = income_part = education = parents = 0.0
    need = baseline
    if n_dep:
        if v["children_count"]:
            years = max(0.0, life.child_independence_age - min(v["children_ages"]))
        if spouse_dependent(v, rules):
            years = max(years, life.spouse_support_years)
        income_part = income * life.income_replacement_ratio * years
        education = education_fund(v["children_ages"], rules)[0]
        parents = v["dependent_parents"] * life.parent_support_per_year * life.parent_support_years
        need = max(baseline, debts + mortgage + final + income_part + education + parents)
    return LifeFigures(need, debts, mortgage, final, income_part, years, education, parents,
                       v["existing_life_cover"], v["liquid_savings"], n_dep, cover_cap(v, rules))


def _need(line: str, gap: float, recommended: float, v: dict[str, Any], rules: Rules,
          boosted: bool, unit: str = "lump_sum", monthly: float | None = None) -> Need:
    pr = rules.needs.priority
    gap = max(0.0, gap)
    if gap <= 0:
        return Need(line, 0.0, 0.0, 0.0, unit=unit, monthly_saving=None)
    income = v["annual_income"] or rules.unknown_facts["annual_income"].assume
    size = min(1.0, gap / (income * pr.full_size_income_multiple[line]))
    urgency = pr.line_weight[line] * size + (pr.situation_boost if boosted else 0.0)
    goals = v["goals"]
    if goals and any(line in pr.goal_lines.get(g, ()) for g in goals):
        urgency += pr.goal_boost
    return Need(line, gap, recommended, urgency, unit=unit, monthly_saving=monthly)


def analyse_needs(v: dict[str, Any], rules: Rules) -> tuple[list[Need], LifeFigures]:
    """Every line's need, ranked: priority 1 is the most urgent; levels band urgency."""
    n = rules.needs
    step = n.rounding
    income = v["annual_income"]
    conditions, family = v["conditions"], v["family_history"]

    lf = life_figures(v, rules)
    life_gap = lf.need - lf.existing - lf.savings
    life_rec = min(round_up(life_gap, step), max(0.0, round_up(lf.cap - lf.existing, step)))
    needs = [_need("life", life_gap, life_rec, v, rules,
                   boosted=lf.dependants > 0 or lf.mortgage > 0)]

    ci_gap = income * n.critical_illness.income_years - v["existing_ci_cover"]
    needs.append(_need("critical_illness", ci_gap, round_up(ci_gap, step), v, rules,
                       boosted=bool(family or conditions)))

    med_gap = 0.0 if v["has_medical_cover"] else n.medical.annual_limit
    needs.append(_need("medical", med_gap, med_gap, v, rules,
                       boosted=bool(conditions) or v["hospitalized_5y"] or v["age"] >= 50,
                       unit="per_year"))

    acc_gap = income * n.accident.income_multiple - v["existing_accident_cover"]
    needs.append(_need("accident", acc_gap, round_up(acc_gap, step), v, rules,
                       boosted=v["occupation_class"] >= 3 or bool(v["hazardous_hobbies"])))

    working = v["employment_type"] in WORKING and v["age"] < n.retirement.retirement_age
    dis_gap = income * n.disability.replacement_ratio if working else 0.0
    needs.append(_need("disability", dis_gap, round_up(dis_gap, 100), v, rules,
                       boosted=v["employment_type"] != "employed" or v["occupation_class"] >= 3,
                       unit="per_year"))

    edu_total, edu_monthly = education_fund(v["children_ages"], rules)
    needs.append(_need("education", edu_total, round_up(edu_total, step), v, rules,
                       boosted=bool(v["children_ages"]) and min(v["children_ages"]) < 10,
                       monthly=edu_monthly))

    r = n.retirement
    years_to = r.retirement_age - v["age"]
    ret_gap = 0.0
    if years_to > 0 and v["employment_type"] != "retired":
        yearly = income * max(0.0, r.replacement_ratio - r.public_pension_share)
        ret_gap = yearly * r.years_in_retirement - v["liquid_savings"]
    needs.append(_need("retirement", ret_gap, round_up(ret_gap, step), v, rules,
                       boosted=v["age"] >= 45, monthly=max(0.0, ret_gap) / (max(years_to, 1) * 12.0)))

    rank_needs(needs, rules)
    return needs, lf


_LINE_ORDER = {line: i for i, line in enumerate(LINES)}


def rank_needs(needs: list[Need], rules: Rules) -> None:
    """Sort by urgency (ties in line order), number the priorities, band the levels."""
    th = rules.needs.priority.level_thresholds
    needs.sort(key=lambda x: (-x.urgency, _LINE_ORDER[x.line]))
    for i, need in enumerate(needs, 1):
        need.priority = i
        if need.gap <= 0:
            need.level = "none"
        elif need.urgency >= th["high"]:
            need.level = "high"
        elif need.urgency >= th["medium"]:
            need.level = "medium"
        else:
            need.level = "low"

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
from scoring.rules import Rules
from scoring.tables import RuleTables, band_value, tables_for

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


def spouse_dependent(v: dict[str, Any], t: RuleTables) -> bool:
    """A spouse or partner earning under the threshold share of the prospect's income."""
    if v["marital_status"] not in PARTNERED:
        return False
    return v["spouse_income"] < t.partner_income_independent_at * v["annual_income"] or v["spouse_income"] == 0


def education_fund(ages: list[int], rules: Rules) -> tuple[float, float]:
    """Cost still to pay for every child's education, and the monthly saving to build it."""
    return education_costs(ages, tables_for(rules))


def education_costs(ages: list[int], t: RuleTables) -> tuple[float, float]:
    """education_fund() on the rules' tables."""
    start, years, cost = t.edu_start, t.edu_years, t.edu_cost
    end = start + years
    total = monthly = 0.0
    for age in ages:
        if age >= end:
            continue
        if age >= start:
            total += cost * (end - age) / years
            monthly += cost / years / 12.0  # pay as it falls due
        else:
            total += cost
            monthly += cost / ((start - age) * 12.0)
    return total, monthly


def cover_cap(v: dict[str, Any], t: RuleTables) -> float:
    """Most total life cover income justifies at this age (financial underwriting caps).

    A non-earning spouse may hold up to the earner's cap.
    """
    income = v["annual_income"]
    if income <= 0 and v["marital_status"] in PARTNERED:
        income = v["spouse_income"]
    return income * band_value(t.cap_bands, v["age"])


def life_figures(v: dict[str, Any], t: RuleTables, education_total: float) -> LifeFigures:
    """DIME / needs approach with dependants; an income multiple without.

    The need never falls below the no-dependant figure, so adding a dependant can only
    raise it.
    """
    income = v["annual_income"]
    debts, mortgage = v["other_debts"], v["mortgage_balance"]
    final = t.final_expenses
    baseline = income * t.no_dependents_income_multiple + debts + mortgage + final
    spouse = spouse_dependent(v, t)
    n_dep = v["children_count"] + v["dependent_parents"] + (1 if spouse else 0)
    years = income_part = education = parents = 0.0
    need = baseline
    if n_dep:
        if v["children_count"]:
            years = max(0.0, t.child_independence_age - min(v["children_ages"]))
        if spouse:
            years = max(years, t.spouse_support_years)
        income_part = income * t.income_replacement_ratio * years
        education = education_total
        parents = v["dependent_parents"] * t.parent_support_per_year * t.parent_support_years
        need = max(baseline, debts + mortgage + final + income_part + education + parents)
    return LifeFigures(need, debts, mortgage, final, income_part, years, education, parents,
                       v["existing_life_cover"], v["liquid_savings"], n_dep, cover_cap(v, t))


def analyse_needs(v: dict[str, Any], t: RuleTables) -> tuple[list[NeedRow], LifeFigures]:
    """Every line's need, ranked: priority 1 is the most urgent; levels band urgency."""
    step = t.rounding
    income = v["annual_income"]
    conditions, family = v["conditions"], v["family_history"]
    age, employment = v["age"], v["employment_type"]
    edu_total, edu_monthly = education_costs(v["children_ages"], t)

    lf = life_figures(v, t, edu_total)
    life_gap = lf.need - lf.existing - lf.savings
    life_rec = min(round_up(life_gap, step), max(0.0, round_up(lf.cap - lf.existing, step)))
    ci_gap = income * t.ci_income_years - v["existing_ci_cover"]
    med_gap = 0.0 if v["has_medical_cover"] else t.medical_limit
    acc_gap = income * t.accident_multiple - v["existing_accident_cover"]
    working = employment in WORKING and age < t.retirement_age
    dis_gap = income * t.disability_ratio if working else 0.0
    years_to = t.retirement_age - age
    ret_gap = 0.0
    if years_to > 0 and employment != "retired":
        ret_gap = income * t.retirement_share * t.years_in_retirement - v["liquid_savings"]
    ages = v["children_ages"]

    # In LINES order: (line, gap, recommended, the situation calls for it, unit, monthly saving)
    lines = (
        ("life", life_gap, life_rec, lf.dependants > 0 or lf.mortgage > 0, "lump_sum", None),
        ("critical_illness", ci_gap, round_up(ci_gap, step), bool(family or conditions), "lump_sum", None),
        ("medical", med_gap, med_gap, bool(conditions) or v["hospitalized_5y"] or age >= 50, "per_year", None),
        ("accident", acc_gap, round_up(acc_gap, step),
         v["occupation_class"] >= 3 or bool(v["hazardous_hobbies"]), "lump_sum", None),
        ("disability", dis_gap, round_up(dis_gap, 100),
         employment != "employed" or v["occupation_class"] >= 3, "per_year", None),
        ("education", edu_total, round_up(edu_total, step), bool(ages) and min(ages) < 10, "lump_sum",
         edu_monthly),
        ("retirement", ret_gap, round_up(ret_gap, step), age >= 45, "lump_sum",
         max(0.0, ret_gap) / (max(years_to, 1) * 12.0)),
    )
    return rank_needs(_urgencies(lines, v, t), t), lf


# A need as the numbers pass it on, a plain tuple because a batch makes millions:
# (line, gap, recommended sum, level, urgency, unit, monthly saving), priority 1 first.
# Need objects, which carry the words, are made from these when read (need_objects).
NeedRow = tuple


def _urgencies(lines: tuple, v: dict[str, Any], t: RuleTables) -> list[tuple]:
    """(−urgency, line order, line, gap, recommended, unit, monthly) per line; 0 without a gap.

    Urgency = line weight × gap size (gap ÷ a per-line income multiple, capped at 1)
    + a boost when the situation calls for the line + a boost when a stated goal does.
    """
    income = v["annual_income"] or t.income_assumed
    goal_lines = t.goal_lines_of(v["goals"])
    boost = t.situation_boost
    out = []
    for order, (line, gap, recommended, boosted, unit, monthly) in enumerate(lines):
        if gap <= 0:
            out.append((-0.0, order, line, 0.0, 0.0, unit, None))
            continue
        weight, full_size = t.line_urgency[order]
        urgency = weight * min(1.0, gap / (income * full_size)) + (boost if boosted else 0.0)
        if line in goal_lines:
            urgency += t.goal_boost
        out.append((-urgency, order, line, gap, recommended, unit, monthly))
    return out


def rank_needs(ranked: list[tuple], t: RuleTables) -> list[NeedRow]:
    """Sort by urgency (ties in line order) and band the levels; priority is the position."""
    ranked.sort()
    high, medium = t.level_high, t.level_medium
    rows = []
    for neg, _, line, gap, recommended, unit, monthly in ranked:
        urgency = -neg
        level = ("none" if gap <= 0 else "high" if urgency >= high else "medium" if urgency >= medium
                 else "low")
        rows.append((line, gap, recommended, level, urgency, unit, monthly))
    return rows


def need_objects(rows: list[NeedRow]) -> list[Need]:
    """The Need objects of ranked rows, priority 1 first, reasons still empty."""
    return [Need(line, gap, recommended, urgency, level, priority, "", unit, monthly)
            for priority, (line, gap, recommended, level, urgency, unit, monthly) in enumerate(rows, 1)]

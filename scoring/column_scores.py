"""evaluate() over columns: every number of many situations at once, the same floats.

evaluate() spends its time in Python bookkeeping, not arithmetic, so a batch is scored
column-wise: columns.py reads every profile into arrays, and each stage below is the
formula of its module (needs, risk, affordability, flags, value, composite, decision)
written over whole columns, term for term in the same order of operations: sums are
added left to right in the order the per-profile code adds them (a term that is absent
adds 0.0, which changes no float), so every figure is the same float, not a close one.
tests/scoring/test_batch.py and bench/check_scoring_equivalence.py hold it to that.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

import numpy as np

from scoring.columns import Columns
from scoring.evaluate import profile_flags
from scoring.models import Profile
from scoring.rules import LINES, Rules
from scoring.tables import RuleTables, tables_for

RISK_CLASSES = ("preferred", "standard", "rated", "refer")
TIERS = ("A", "B", "C", "D")
LEVELS = ("none", "low", "medium", "high")
LIMITED_BY = ("income", "disposable", "budget")
# (decision, trigger) in the order decide() checks them
OUTCOMES = (("not_a_fit", "age_out_of_range"), ("refer_to_underwriter", "risk_refer"),
            ("refer_to_underwriter", "high_flag"), ("not_a_fit", "no_need"),
            ("not_a_fit", "no_capacity"), ("nurture", "low_confidence"), ("not_a_fit", "weak_case"),
            ("nurture", "low_composite"), ("proceed", "good_case"))


def band_values(bands: tuple[tuple[int, ...], tuple[float, ...]], age: np.ndarray) -> np.ndarray:
    """tables.band_value() over a column: bisect_left is searchsorted(side='left')."""
    ages, values = bands
    index = np.minimum(np.searchsorted(np.asarray(ages), age, side="left"), len(values) - 1)
    return np.asarray(values, dtype=float)[index]


def round_up(amount: np.ndarray, step: float) -> np.ndarray:
    """needs.round_up() over a column."""
    return np.where(amount > 0, np.ceil(amount / step - 1e-9) * step, 0.0)


class Said(NamedTuple):
    """The flags that depend only on what was said (evaluate.profile_flags), as penalties."""

    penalties: list[np.ndarray]  # column j: each row's j-th flag's penalty, 0.0 past its last
    high: np.ndarray  # any of them high


def said_flags(c: Columns, profiles: Sequence[Profile], rules: Rules) -> Said:
    """Contradictions counted column-wise (all are warnings); a profile with earlier answers
    or declined facts has its said-flags listed by the per-profile code."""
    p = tables_for(rules).flag_penalty
    explicit = {i: [f.severity for f in profile_flags(x, rules)]
                for i, x in enumerate(profiles) if x.previous or x.declined}
    width = max([int(c.contradictions.max(initial=0))] + [len(x) for x in explicit.values()])
    columns = [np.where(c.contradictions > j, p["warning"], 0.0) for j in range(width)]
    high = np.zeros(c.n, dtype=bool)
    for i, severities in explicit.items():
        for j, column in enumerate(columns):
            column[i] = p[severities[j]] if j < len(severities) else 0.0
        high[i] = "high" in severities
    return Said(columns, high)


def score_columns(c: Columns, said: Said, t: RuleTables) -> dict[str, np.ndarray]:
    """Every number evaluate() computes, one array each (see the stage modules for the why)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        s: dict[str, np.ndarray] = {}
        _needs(c, t, s)
        _risk(c, t, s)
        _affordability(c, t, s)
        _flags(c, said, t, s)
        _value(c, t, s)
        _composite(c, t, s)
        _decision(c, t, s)
    return s


def _needs(c: Columns, t: RuleTables, s: dict[str, np.ndarray]) -> None:
    """needs.analyse_needs(): life figures, seven gaps, urgency, priority order, levels."""
    income, age = c.annual_income, c.age
    debts, mortgage, final = c.other_debts, c.mortgage_balance, t.final_expenses
    baseline = income * t.no_dependents_income_multiple + debts + mortgage + final
    spouse = c.partnered & ((c.spouse_income < t.partner_income_independent_at * income)
                            | (c.spouse_income == 0))
    dependants = c.children_count + c.dependent_parents + np.where(spouse, 1.0, 0.0)
    has_dependants = dependants != 0
    years = np.where(c.children_count != 0, np.maximum(0.0, t.child_independence_age - c.youngest), 0.0)
    years = np.where(spouse, np.maximum(years, t.spouse_support_years), years)
    income_part = np.where(has_dependants, income * t.income_replacement_ratio * years, 0.0)
    education = np.where(has_dependants, c.education_total, 0.0)
    parents = np.where(has_dependants,
                       c.dependent_parents * t.parent_support_per_year * t.parent_support_years, 0.0)
    need = np.where(has_dependants,
                    np.maximum(baseline, debts + mortgage + final + income_part + education + parents),
                    baseline)
    cap_income = np.where((income <= 0) & c.partnered, c.spouse_income, income)
    cap = cap_income * band_values(t.cap_bands, age)
    step = t.rounding

    life_gap = need - c.existing_life_cover - c.liquid_savings
    life_rec = np.minimum(round_up(life_gap, step),
                          np.maximum(0.0, round_up(cap - c.existing_life_cover, step)))
    ci_gap = income * t.ci_income_years - c.existing_ci_cover
    med_gap = np.where(c.has_medical_cover, 0.0, t.medical_limit)
    acc_gap = income * t.accident_multiple - c.existing_accident_cover
    working = c.working & (age < t.retirement_age)
    dis_gap = np.where(working, income * t.disability_ratio, 0.0)
    years_to = t.retirement_age - age
    ret_gap = np.where((years_to > 0) & ~c.retired,
                       income * t.retirement_share * t.years_in_retirement - c.liquid_savings, 0.0)
    occupation_hazard = c.occupation_class >= 3
    none = np.full(c.n, np.nan)
    # In LINES order: gap, recommended, the situation calls for it, monthly saving (NaN: none)
    lines = (
        (life_gap, life_rec, (dependants > 0) | (mortgage > 0), none),
        (ci_gap, round_up(ci_gap, step), c.any_family | c.any_condition, none),
        (med_gap, med_gap, c.any_condition | c.hospitalized_5y | (age >= 50), none),
        (acc_gap, round_up(acc_gap, step), occupation_hazard | c.any_hobby, none),
        (dis_gap, round_up(dis_gap, 100), ~c.employed | occupation_hazard, none),
        (c.education_total, round_up(c.education_total, step), c.young_child, c.education_monthly),
        (ret_gap, round_up(ret_gap, step), age >= 45,
         np.maximum(0.0, ret_gap) / (np.maximum(years_to, 1) * 12.0)),
    )
    urgency_income = np.where(income != 0, income, t.income_assumed)
    gaps, recs, urgency, monthly = (np.empty((c.n, len(LINES))) for _ in range(4))
    for k, (gap, rec, boosted, saving) in enumerate(lines):
        weight, full_size = t.line_urgency[k]
        u = weight * np.minimum(1.0, gap / (urgency_income * full_size)) + np.where(boosted, t.situation_boost, 0.0)
        u = np.where(c.goal_lines[:, k], u + t.goal_boost, u)
        open_ = gap > 0
        gaps[:, k] = np.where(open_, gap, 0.0)
        recs[:, k] = np.where(open_, rec, 0.0)
        urgency[:, k] = np.where(open_, u, 0.0)
        monthly[:, k] = np.where(open_, saving, np.nan)
    level = np.where(gaps <= 0, 0, np.where(urgency >= t.level_high, 3,
                                            np.where(urgency >= t.level_medium, 2, 1)))
    s.update(life_need=need, life_cap=cap, gap=gaps, recommended=recs, urgency=urgency,
             monthly_saving=monthly, level=level, dependants=dependants,
             # priority order: urgency high first, ties in LINES order (sorted() is stable too)
             order=np.argsort(-urgency, axis=1, kind="stable"))


def _risk(c: Columns, t: RuleTables, s: dict[str, np.ndarray]) -> None:
    """risk.assess_risk(): health and financial debits added in the drivers' order, then the class."""
    h = np.where(c.smoker, t.smoker_debits, 0.0)
    placed = np.zeros(c.n, dtype=bool)
    build = np.zeros(c.n)
    for below, debits in t.bmi_bands:  # the first band the BMI is below
        hit = ~placed & (c.bmi < below)
        build = np.where(hit, debits, build)
        placed |= hit
    h = h + np.where(c.bmi != 0, build, 0.0)
    h = h + c.alcohol
    h = h - c.exercise
    for debits in c.condition_debits:
        h = h + debits
    h = h + np.where(c.hospitalized_5y, t.hospitalized_debits, 0.0)
    h = h + c.family_debits
    h = h + c.occupation_debits
    for debits in c.hobby_debits:
        h = h + debits
    h = h + np.where(c.claims_5y != 0, t.claims_debits * c.claims_5y, 0.0)

    income = c.annual_income
    debt = c.mortgage_balance + c.other_debts
    dti = np.where(income > 0, debt / income, np.inf)
    f = np.where((debt != 0) & (dti > t.dti_high), t.dti_high_debits,
                 np.where((debt != 0) & (dti > t.dti_warn), t.dti_warn_debits, 0.0))
    minimum = np.where(c.variable | c.self_run, t.savings_months_variable, t.savings_months_min)
    expenses = c.monthly_expenses
    f = f + np.where((expenses > 0) & (c.liquid_savings / expenses < minimum), t.low_savings_debits, 0.0)
    f = f + np.where(c.job_changes_5y >= t.job_changes_warn, t.job_changes_debits, 0.0)
    f = f + np.where(c.variable, t.variable_income_debits, 0.0)

    insurability = np.maximum(0.0, h)
    refer = (insurability > t.rated_max) | c.refer_condition
    rated = ~refer & (insurability > t.standard_max)
    table = np.where(rated, np.ceil((insurability - t.standard_max) / t.table_step_debits), 0.0)
    preferred = (~refer & ~rated & (insurability <= t.preferred_max) & c.preferred_known & ~c.smoker
                 & ~c.any_condition & ~c.any_hobby & ~(c.bmi > t.bmi_preferred_max)
                 & ~c.family_heart_or_cancer)
    s.update(insurability=insurability, financial=f, table=table,
             loading=np.where(rated, 1.0 + table * t.table_step_loading, 1.0),
             risk_score=np.minimum(t.score_cap, insurability + f),
             risk_class=np.select([refer, rated, preferred], [3, 2, 0], 1))


def _affordability(c: Columns, t: RuleTables, s: dict[str, np.ndarray]) -> None:
    """affordability.assess_affordability(): the ceiling, premiums added in priority order."""
    household = (c.annual_income + c.spouse_income) / 12.0
    income_cap = household * t.income_share
    repayments = c.other_debts / t.repayment_months
    disposable = np.maximum(0.0, household - c.monthly_expenses - repayments) * t.disposable_share
    by_income = income_cap <= disposable
    ceiling = np.where(by_income, income_cap, disposable)
    budget_wins = c.monthly_premium_budget < ceiling  # False where no budget (NaN)
    s["ceiling"] = np.where(budget_wins, c.monthly_premium_budget, ceiling)
    s["limited_by"] = np.where(budget_wins, 2, np.where(by_income, 0, 1))
    s["income_cap"], s["disposable_cap"] = income_cap, disposable

    rate = band_values(t.rate_bands, c.age)
    smoker = np.where(c.smoker, t.smoker_multiplier, 1.0)
    loading = s["loading"]
    recs = s["recommended"]
    premiums = np.zeros((c.n, len(LINES)))
    for k, line in enumerate(LINES):
        amount = recs[:, k]
        if line == "life":
            p = amount / 1000.0 * rate * smoker * loading / 12.0
        elif line == "critical_illness":
            p = amount / 1000.0 * (rate * t.ci_to_life_ratio) * smoker * loading / 12.0
        elif line == "medical":
            p = np.broadcast_to(t.medical_per_year * loading / 12.0, (c.n,))
        elif line == "accident":
            p = amount / 1000.0 * t.accident_per_1000 / 12.0
        elif line == "disability":
            p = amount * t.disability_share * loading / 12.0
        else:
            continue  # education and retirement are savings, not premiums
        premiums[:, k] = np.where(amount <= 0, 0.0, p)
    order = s["order"]
    counted = np.take_along_axis(premiums * (s["level"] >= 2), order, axis=1)
    total = np.zeros(c.n)
    for j in range(len(LINES)):
        total = total + counted[:, j]
    s["recommended_premium"] = total
    requested = c.requested_cover
    s["requested"] = (~np.isnan(requested)) & (requested != 0)
    s["requested_premium"] = np.where(s["requested"],
                                      requested / 1000.0 * rate * smoker * loading / 12.0, np.nan)


def _flags(c: Columns, said: Said, t: RuleTables, s: dict[str, np.ndarray]) -> None:
    """flags.py: which flags are raised, and their penalty added in evaluate()'s flag order."""
    requested, asked = s["requested"], c.requested_cover
    over = requested & (asked + c.existing_life_cover > s["life_cap"])
    above = requested & ~over & (asked > t.over_need_ratio * np.maximum(s["life_need"], 1.0))
    ceiling = s["ceiling"]
    unaffordable = s["requested"] & (s["requested_premium"] > ceiling)
    no_capacity = ceiling < t.min_viable_premium
    below_need = ~no_capacity & (s["recommended_premium"] > ceiling)
    p = t.flag_penalty
    total = np.where(over, p["high"], np.where(above, p["warning"], 0.0))
    total = total + np.where(c.asked_about_exclusions, np.where(over, p["high"], p["warning"]), 0.0)
    total = total + np.where(c.unusual_beneficiary, p["warning"], 0.0)
    total = total + np.where(unaffordable, p["warning"], 0.0)
    total = total + np.where(no_capacity, p["warning"], np.where(below_need, p["info"], 0.0))
    for penalty in said.penalties:
        total = total + penalty
    s["flag_penalty"] = total
    s["high_flag"] = over | said.high  # exclusions focus is high only with over-insurance


def _value(c: Columns, t: RuleTables, s: dict[str, np.ndarray]) -> None:
    """value.assess_value(): the five parts and their weighted sum, then the tier."""
    level = (c.annual_income - t.income_floor) / (t.income_full - t.income_floor)
    level = np.minimum(1.0, np.maximum(0.0, level))
    factor = np.where(c.variable, c.trajectory * t.variable_income_factor, c.trajectory)
    cost = t.per_claim * c.claims_5y + t.per_condition * c.n_conditions
    concern = np.zeros(c.n)
    for costs in c.concern_costs:
        concern = concern + costs
    cost = np.minimum(t.service_max, np.where(c.any_concern, cost + concern, cost))
    parts = {"age": band_values(t.age_curve, c.age), "income": level * factor,
             "cross_sell": (s["level"] >= 2).sum(axis=1) / len(LINES), "referral": c.referral,
             "service": 1.0 - cost}
    wa, wi, wc, wr, ws = t.value_weights
    score = wa * parts["age"] + wi * parts["income"] + wc * parts["cross_sell"] + wr * parts["referral"]
    score = score + ws * parts["service"]
    s["value_parts"], s["value"] = parts, score
    s["tier"] = np.where(score >= t.tier_a, 0, np.where(score >= t.tier_b, 1, np.where(score >= t.tier_c, 2, 3)))


def _composite(c: Columns, t: RuleTables, s: dict[str, np.ndarray]) -> None:
    """composite.components() and composite_score()."""
    income = np.where(c.annual_income != 0, c.annual_income,
                      np.where(c.spouse_income != 0, c.spouse_income, t.income_assumed))
    gaps = s["gap"]
    ceiling, premium = s["ceiling"], s["recommended_premium"]
    parts = {
        "value": s["value"],
        "insurability": np.where(s["risk_class"] == 3, 0.0,
                                 1.0 - np.minimum(1.0, s["insurability"] / t.rated_max)),
        "need": np.minimum(1.0, (gaps[:, 0] + gaps[:, 1]) / (income * t.need_full_multiple)),
        "affordability": np.where(ceiling < t.min_viable_premium, 0.0,
                                  np.where(premium <= 0, 1.0, np.minimum(1.0, ceiling / premium))),
    }
    raw = np.zeros(c.n)
    for k, w in t.composite_weights:
        raw = raw + w * parts[k]
    floor = t.confidence_floor
    score = 1000.0 * raw * (floor + (1.0 - floor) * c.confidence) - s["flag_penalty"]
    s["components"] = parts
    s["composite"] = np.rint(np.minimum(1000.0, np.maximum(0.0, score))).astype(np.int64)


def _decision(c: Columns, t: RuleTables, s: dict[str, np.ndarray]) -> None:
    """decision.decide(): the first rule that matches, as an index into OUTCOMES."""
    composite = s["composite"]
    s["outcome"] = np.select([
        c.given["age"] & ~((t.min_age <= c.age) & (c.age <= t.max_age)),
        s["risk_class"] == 3,
        s["high_flag"],
        ~(s["gap"] > 0).any(axis=1),
        (s["ceiling"] < t.min_viable_premium) & (c.given["annual_income"] | c.given["monthly_premium_budget"]),
        c.confidence < t.proceed_min_confidence,
        composite < t.nurture_min_composite,
        composite < t.proceed_min_composite,
    ], list(range(8)), 8)



"""The rules as flat tables: plain numbers, tuples and dicts, built once per Rules object.

rules.py validates the file with pydantic; scoring a batch then reads the same few
dozen numbers millions of times, and each chain like
``rules.needs.priority.line_weight[line]`` costs several lookups. ``tables_for(rules)``
copies them into one plain object (cached per Rules object), so the hot path reads
``t.smoker_debits``. No number is changed or combined here: the formulas stay in
their modules, in the same order of operations.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from scoring.rules import LINES, Rules

# Facts the rules table does not assume: "not said" simply means none / no.
EMPTY_DEFAULTS: dict[str, Any] = {
    "occupation": None, "goals": [], "requested_cover": None, "concerns": [],
    "asked_about_exclusions": False, "beneficiary_relation": None,
}


def _bands(bands: list, attr: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
    """(max ages, values) of an age-band table, for band_value()."""
    return tuple(b.max_age for b in bands), tuple(getattr(b, attr) for b in bands)


def band_value(bands: tuple[tuple[int, ...], tuple[float, ...]], age: float) -> float:
    """The value of the first age band whose max_age covers ``age`` (the last band beyond)."""
    ages, values = bands
    return values[min(bisect_left(ages, age), len(values) - 1)]


class RuleTables:
    """Every number scoring reads, one attribute each (see rules.yml for their meaning)."""

    def __init__(self, rules: Rules) -> None:
        n, life, pr = rules.needs, rules.needs.life, rules.needs.priority
        self.rules = rules
        self.assumed = dict(EMPTY_DEFAULTS)
        self.assumed.update((name, spec.assume) for name, spec in rules.unknown_facts.items())
        self.expenses_share = rules.unknown_facts["monthly_expenses"].assume
        self.child_age_assumed = rules.unknown_facts["children_ages"].assume
        self.income_assumed = rules.unknown_facts["annual_income"].assume

        # needs
        self.rounding = n.rounding
        self.final_expenses = life.final_expenses
        self.income_replacement_ratio = life.income_replacement_ratio
        self.child_independence_age = life.child_independence_age
        self.spouse_support_years = life.spouse_support_years
        self.partner_income_independent_at = life.partner_income_independent_at
        self.parent_support_per_year = life.parent_support_per_year
        self.parent_support_years = life.parent_support_years
        self.no_dependents_income_multiple = life.no_dependents_income_multiple
        self.cap_bands = _bands(life.underwriting_caps.bands, "income_multiple")
        self.ci_income_years = n.critical_illness.income_years
        self.medical_limit = n.medical.annual_limit
        self.accident_multiple = n.accident.income_multiple
        self.disability_ratio = n.disability.replacement_ratio
        e = n.education
        self.edu_cost, self.edu_start, self.edu_years = e.cost_per_child, e.start_age, e.duration_years
        r = n.retirement
        self.retirement_age, self.years_in_retirement = r.retirement_age, r.years_in_retirement
        self.retirement_share = max(0.0, r.replacement_ratio - r.public_pension_share)
        # (line weight, income multiple of a full-size gap) per line, in LINES order
        self.line_urgency = tuple((pr.line_weight[line], pr.full_size_income_multiple[line])
                                  for line in LINES)
        self.goal_boost, self.situation_boost = pr.goal_boost, pr.situation_boost
        self.level_high, self.level_medium = pr.level_thresholds["high"], pr.level_thresholds["medium"]
        self.goal_lines = {goal: frozenset(lines) for goal, lines in pr.goal_lines.items()}

        # affordability
        a, p = rules.affordability, rules.affordability.premium_rates
        self.income_share, self.disposable_share = a.income_share, a.disposable_share
        self.repayment_months = a.other_debt_repayment_years * 12.0
        self.min_viable_premium = a.min_viable_monthly_premium
        self.rate_bands = _bands(p.life_per_1000, "rate")
        self.ci_to_life_ratio, self.smoker_multiplier = p.ci_to_life_ratio, p.smoker_multiplier
        self.medical_per_year, self.accident_per_1000 = p.medical_per_year, p.accident_per_1000
        self.disability_share = p.disability_share_of_benefit

        # risk
        rk, c, f = rules.risk, rules.risk.classes, rules.risk.financial
        self.smoker_debits = rk.smoker_debits
        self.bmi_bands = tuple((b.below, b.debits) for b in rk.bmi.bands)
        self.bmi_preferred_max = rk.bmi.preferred_max
        self.alcohol_debits, self.exercise_credit = dict(rk.alcohol_debits), dict(rk.exercise_credit)
        self.condition_debits, self.hobby_debits = dict(rk.condition_debits), dict(rk.hobby_debits)
        self.hospitalized_debits = rk.hospitalized_debits
        self.family_debits, self.family_max = dict(rk.family_history.debits), rk.family_history.max_debits
        self.occupation_debits = dict(rk.occupation_class_debits)
        self.claims_debits = rk.claims_debits_per_claim
        self.preferred_max, self.standard_max, self.rated_max = c.preferred_max, c.standard_max, c.rated_max
        self.table_step_debits, self.table_step_loading = c.table_step_debits, c.table_step_loading
        self.preferred_requires_known = tuple(rk.preferred_requires_known)
        self.refer_conditions = frozenset(rk.refer_conditions)
        self.score_cap = rk.score_cap
        self.dti_warn, self.dti_high = f.debt_to_income_warn, f.debt_to_income_high
        self.dti_warn_debits, self.dti_high_debits = f.debt_to_income_debits["warn"], f.debt_to_income_debits["high"]
        self.savings_months_min, self.savings_months_variable = f.savings_months_min, f.savings_months_min_variable
        self.low_savings_debits = f.low_savings_debits
        self.job_changes_warn, self.job_changes_debits = f.job_changes_warn, f.job_changes_debits
        self.variable_income_debits = f.variable_income_debits
        mh = rk.moral_hazard
        self.over_need_ratio = mh.over_need_ratio
        self.unusual_beneficiaries = frozenset(mh.unusual_beneficiaries)
        self.business_beneficiary_ok_for = frozenset(mh.business_beneficiary_ok_for)

        # value
        v, s = rules.value, rules.value.service_cost
        self.age_curve = _bands(v.age_curve, "score")
        self.income_floor, self.income_full = v.income_floor, v.income_full
        self.employment_trajectory = dict(v.employment_trajectory)
        self.variable_income_factor = v.variable_income_factor
        self.referral = dict(v.referral)
        self.per_claim, self.per_condition, self.service_max = s.per_claim, s.per_condition, s.max
        self.concern_costs = dict(s.concern_costs)
        w = v.weights
        self.value_weights = (w["age"], w["income"], w["cross_sell"], w["referral"], w["service"])
        self.tier_a, self.tier_b, self.tier_c = v.tiers["A"], v.tiers["B"], v.tiers["C"]

        # composite and decision
        cp, d = rules.composite, rules.decision
        self.composite_weights = tuple(cp.weights.items())
        self.need_full_multiple = cp.need_full_at_income_multiple
        self.confidence_floor = cp.confidence_floor
        self.flag_penalty = dict(cp.flag_penalty)
        self.confidence_weights = tuple(d.confidence_weights.items())
        self.confidence_total = sum(d.confidence_weights.values())
        self.min_age, self.max_age = d.min_age, d.max_age
        self.proceed_min_composite, self.proceed_min_confidence = d.proceed_min_composite, d.proceed_min_confidence
        self.nurture_min_composite = d.nurture_min_composite


    def goal_lines_of(self, goals: list[str]) -> frozenset[str]:
        """The lines the stated goals call for."""
        if not goals:
            return frozenset()
        if len(goals) == 1:
            return self.goal_lines.get(goals[0], frozenset())
        return frozenset().union(*(self.goal_lines.get(g, ()) for g in goals))


_cache: dict[int, RuleTables] = {}


def tables_for(rules: Rules) -> RuleTables:
    """The tables of ``rules`` (built on first use; a Rules object is immutable)."""
    t = _cache.get(id(rules))
    if t is None or t.rules is not rules:
        t = _cache[id(rules)] = RuleTables(rules)
    return t

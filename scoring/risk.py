"""Risk: additive, explainable debit points, then an underwriting class.

The debit-point method (insurance-notes: "a transparent debit-point method") adds points
per fact, so every point in the score has a driver an agent can read. Insurability
debits (health, occupation, hobbies, claims) set the class; financial-stability debits
add to the score and the drivers but never to the class.
"""

from __future__ import annotations

import math
from typing import Any, Collection

from scoring.models import Driver, RiskAssessment
from scoring.rules import Rules

_CLASS_RANK = {"preferred": 0, "standard": 1, "rated": 2, "refer": 3}


def class_rank(risk_class: str) -> int:
    """0 best (preferred) .. 3 worst (refer), for comparisons."""
    return _CLASS_RANK[risk_class]


def bmi(v: dict[str, Any]) -> float:
    h = v["height_cm"]
    return v["weight_kg"] / ((h / 100.0) ** 2) if h else 0.0


def health_drivers(v: dict[str, Any], rules: Rules) -> list[Driver]:
    """Debits from tobacco, build, alcohol, conditions, stays, family, occupation, hobbies."""
    r = rules.risk
    out: list[Driver] = []
    if v["smoker"]:
        out.append(Driver("smoker", r.smoker_debits, ("smoker",), "health"))
    b = bmi(v)
    if b:
        for band in r.bmi.bands:
            if b < band.below:
                if band.debits:
                    out.append(Driver(f"bmi_{b:.1f}", band.debits, ("height_cm", "weight_kg"), "health"))
                break
    points = r.alcohol_debits[v["alcohol"]]
    if points:
        out.append(Driver(f"alcohol_{v['alcohol']}", points, ("alcohol",), "health"))
    credit = r.exercise_credit[v["exercise"]]
    if credit:
        out.append(Driver("regular_exercise", -credit, ("exercise",), "health"))
    for cond in v["conditions"]:
        out.append(Driver(f"condition_{cond}", r.condition_debits[cond], ("conditions",), "health"))
    if v["hospitalized_5y"]:
        out.append(Driver("hospitalized_5y", r.hospitalized_debits, ("hospitalized_5y",), "health"))
    fh = r.family_history
    family = sum(fh.debits.get(c, 0.0) for c in set(v["family_history"]))
    if family:
        out.append(Driver("family_history", min(family, fh.max_debits), ("family_history",), "health"))
    occ = r.occupation_class_debits[v["occupation_class"]]
    if occ:
        out.append(Driver(f"occupation_class_{v['occupation_class']}", occ, ("occupation_class",),
                          "occupation"))
    for hobby in v["hazardous_hobbies"]:
        out.append(Driver(f"hobby_{hobby}", r.hobby_debits[hobby], ("hazardous_hobbies",), "occupation"))
    if v["claims_5y"]:
        out.append(Driver("claims_5y", r.claims_debits_per_claim * v["claims_5y"], ("claims_5y",),
                          "health"))
    return out


def financial_drivers(v: dict[str, Any], rules: Rules) -> list[Driver]:
    """Debt-to-income, months of savings, job changes and income stability (CFPB)."""
    f = rules.risk.financial
    out: list[Driver] = []
    income = v["annual_income"]
    debt = v["mortgage_balance"] + v["other_debts"]
    if debt:
        dti = debt / income if income > 0 else math.inf
        if dti > f.debt_to_income_high:
            out.append(Driver("debt_to_income_high", f.debt_to_income_debits["high"],
                              ("mortgage_balance", "other_debts", "annual_income"), "financial"))
        elif dti > f.debt_to_income_warn:
            out.append(Driver("debt_to_income_warn", f.debt_to_income_debits["warn"],
                              ("mortgage_balance", "other_debts", "annual_income"), "financial"))
    irregular = v["income_stability"] == "variable" or v["employment_type"] in ("self_employed",
                                                                               "business_owner")
    minimum = f.savings_months_min_variable if irregular else f.savings_months_min
    expenses = v["monthly_expenses"]
    if expenses > 0 and v["liquid_savings"] / expenses < minimum:
        out.append(Driver("low_savings", f.low_savings_debits, ("liquid_savings", "monthly_expenses"),
                          "financial"))
    if v["job_changes_5y"] >= f.job_changes_warn:
        out.append(Driver("job_changes", f.job_changes_debits, ("job_changes_5y",), "financial"))
    if v["income_stability"] == "variable":
        out.append(Driver("variable_income", f.variable_income_debits, ("income_stability",),
                          "financial"))
    return out


def assess_risk(v: dict[str, Any], known: Collection[str], rules: Rules) -> RiskAssessment:
    """Debits → class: preferred needs a clean, fully known health record; refer beyond rated."""
    r = rules.risk
    c = r.classes
    health = health_drivers(v, rules)
    financial = financial_drivers(v, rules)
    insurability = max(0.0, sum(d.points for d in health))
    fin = sum(d.points for d in financial)
    table, loading = 0, 1.0
    if any(cond in r.refer_conditions for cond in v["conditions"]) or insurability > c.rated_max:
        risk_class = "refer"
    elif insurability > c.standard_max:
        risk_class = "rated"
        table = math.ceil((insurability - c.standard_max) / c.table_step_debits)
        loading = 1.0 + table * c.table_step_loading
    elif insurability <= c.preferred_max and _preferred_eligible(v, known, rules):
        risk_class = "preferred"
    else:
        risk_class = "standard"
    score = min(r.score_cap, insurability + fin)
    return RiskAssessment(risk_class, score, insurability, fin, table, loading, health + financial)


def _preferred_eligible(v: dict[str, Any], known: Collection[str], rules: Rules) -> bool:
    """Best class only on evidence: key health facts given, no tobacco, hobby or condition."""
    r = rules.risk
    if any(name not in known for name in r.preferred_requires_known):
        return False
    if v["smoker"] or v["conditions"] or v["hazardous_hobbies"]:
        return False
    if bmi(v) > r.bmi.preferred_max:
        return False
    return not any(c in ("heart_disease", "cancer") for c in v["family_history"])

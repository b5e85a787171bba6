"""Risk: additive, explainable debit points, then an underwriting class.

The debit-point method (insurance-notes: "a transparent debit-point method") adds points
per fact, so every point in the score has a driver an agent can read. Insurability
debits (health, occupation, hobbies, claims) set the class; financial-stability debits
add to the score and the drivers but never to the class.
"""

from __future__ import annotations

import math
from typing import Any, Collection

from scoring.models import RiskAssessment
from scoring.tables import RuleTables

# (code, points, facts, kind): a Driver's fields, made into one only when read.
DriverRow = tuple

_CLASS_RANK = {"preferred": 0, "standard": 1, "rated": 2, "refer": 3}


def class_rank(risk_class: str) -> int:
    """0 best (preferred) .. 3 worst (refer), for comparisons."""
    return _CLASS_RANK[risk_class]


def bmi(v: dict[str, Any]) -> float:
    h = v["height_cm"]
    return v["weight_kg"] / ((h / 100.0) ** 2) if h else 0.0


def health_drivers(v: dict[str, Any], t: RuleTables) -> list[DriverRow]:
    """Debits from tobacco, build, alcohol, conditions, stays, family, occupation, hobbies."""
    out: list[DriverRow] = []
    if v["smoker"]:
        out.append(("smoker", t.smoker_debits, ("smoker",), "health"))
    b = bmi(v)
    if b:
        for below, debits in t.bmi_bands:
            if b < below:
                if debits:
                    out.append((f"bmi_{b:.1f}", debits, ("height_cm", "weight_kg"), "health"))
                break
    alcohol = v["alcohol"]
    points = t.alcohol_debits[alcohol]
    if points:
        out.append((f"alcohol_{alcohol}", points, ("alcohol",), "health"))
    credit = t.exercise_credit[v["exercise"]]
    if credit:
        out.append(("regular_exercise", -credit, ("exercise",), "health"))
    for cond in v["conditions"]:
        out.append((f"condition_{cond}", t.condition_debits[cond], ("conditions",), "health"))
    if v["hospitalized_5y"]:
        out.append(("hospitalized_5y", t.hospitalized_debits, ("hospitalized_5y",), "health"))
    history = v["family_history"]
    if history:
        family = sum(t.family_debits.get(c, 0.0) for c in set(history))
        if family:
            out.append(("family_history", min(family, t.family_max), ("family_history",), "health"))
    occ_class = v["occupation_class"]
    occ = t.occupation_debits[occ_class]
    if occ:
        out.append((f"occupation_class_{occ_class}", occ, ("occupation_class",), "occupation"))
    for hobby in v["hazardous_hobbies"]:
        out.append((f"hobby_{hobby}", t.hobby_debits[hobby], ("hazardous_hobbies",), "occupation"))
    if v["claims_5y"]:
        out.append(("claims_5y", t.claims_debits * v["claims_5y"], ("claims_5y",), "health"))
    return out


_DEBT_FACTS = ("mortgage_balance", "other_debts", "annual_income")


def financial_drivers(v: dict[str, Any], t: RuleTables) -> list[DriverRow]:
    """Debt-to-income, months of savings, job changes and income stability (CFPB)."""
    out: list[DriverRow] = []
    income = v["annual_income"]
    debt = v["mortgage_balance"] + v["other_debts"]
    if debt:
        dti = debt / income if income > 0 else math.inf
        if dti > t.dti_high:
            out.append(("debt_to_income_high", t.dti_high_debits, _DEBT_FACTS, "financial"))
        elif dti > t.dti_warn:
            out.append(("debt_to_income_warn", t.dti_warn_debits, _DEBT_FACTS, "financial"))
    variable = v["income_stability"] == "variable"
    irregular = variable or v["employment_type"] in ("self_employed", "business_owner")
    minimum = t.savings_months_variable if irregular else t.savings_months_min
    expenses = v["monthly_expenses"]
    if expenses > 0 and v["liquid_savings"] / expenses < minimum:
        out.append(("low_savings", t.low_savings_debits, ("liquid_savings", "monthly_expenses"),
                          "financial"))
    if v["job_changes_5y"] >= t.job_changes_warn:
        out.append(("job_changes", t.job_changes_debits, ("job_changes_5y",), "financial"))
    if variable:
        out.append(("variable_income", t.variable_income_debits, ("income_stability",),
                          "financial"))
    return out


def assess_risk(v: dict[str, Any], known: Collection[str], t: RuleTables) -> RiskAssessment:
    """Debits → class: preferred needs a clean, fully known health record; refer beyond rated."""
    health = health_drivers(v, t)
    financial = financial_drivers(v, t)
    insurability = max(0.0, sum([d[1] for d in health]))
    fin = sum([d[1] for d in financial])
    table, loading = 0, 1.0
    if insurability > t.rated_max or not t.refer_conditions.isdisjoint(v["conditions"]):
        risk_class = "refer"
    elif insurability > t.standard_max:
        risk_class = "rated"
        table = math.ceil((insurability - t.standard_max) / t.table_step_debits)
        loading = 1.0 + table * t.table_step_loading
    elif insurability <= t.preferred_max and _preferred_eligible(v, known, t):
        risk_class = "preferred"
    else:
        risk_class = "standard"
    score = min(t.score_cap, insurability + fin)
    return RiskAssessment(risk_class, score, insurability, fin, table, loading, health + financial)


def _preferred_eligible(v: dict[str, Any], known: Collection[str], t: RuleTables) -> bool:
    """Best class only on evidence: key health facts given, no tobacco, hobby or condition."""
    for name in t.preferred_requires_known:
        if name not in known:
            return False
    if v["smoker"] or v["conditions"] or v["hazardous_hobbies"]:
        return False
    if bmi(v) > t.bmi_preferred_max:
        return False
    return not any(c in ("heart_disease", "cancer") for c in v["family_history"])

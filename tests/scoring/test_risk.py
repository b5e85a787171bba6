"""Risk debits, classes and moral-hazard flags, each rule on its own."""

from __future__ import annotations

import pytest

from scoring import assess

CLEAN = {"age": 35, "marital_status": "married", "children_count": 1, "children_ages": [3],
         "annual_income": 70000, "occupation_class": 1, "employment_type": "employed",
         "smoker": False, "alcohol": "light", "exercise": "occasional", "height_cm": 175,
         "weight_kg": 70, "conditions": [], "hospitalized_5y": False, "family_history": [],
         "hazardous_hobbies": [], "claims_5y": 0, "monthly_expenses": 3000,
         "liquid_savings": 20000, "mortgage_balance": 150000, "other_debts": 0}


def debits(a, code_prefix):
    return sum(d.points for d in a.risk.drivers if d.code.startswith(code_prefix))


def test_clean_fully_known_profile_is_preferred():
    a = assess(CLEAN)
    assert a.risk_class == "preferred" and a.risk.insurability_debits == 0


def test_preferred_needs_the_health_facts_known():
    a = assess({k: v for k, v in CLEAN.items() if k != "smoker"})
    assert a.risk_class == "standard"


@pytest.mark.parametrize("change, code, points", [
    ({"smoker": True}, "smoker", 25),
    ({"weight_kg": 95}, "bmi_31.0", 30),
    ({"weight_kg": 55}, "bmi_18.0", 15),
    ({"alcohol": "heavy"}, "alcohol_heavy", 30),
    ({"conditions": ["heart_disease"]}, "condition_heart_disease", 30),
    ({"conditions": ["mental_health"]}, "condition_mental_health", 15),
    ({"hospitalized_5y": True}, "hospitalized_5y", 15),
    ({"family_history": ["heart_disease", "cancer", "stroke"]}, "family_history", 20),
    ({"occupation_class": 4}, "occupation_class_4", 50),
    ({"hazardous_hobbies": ["skydiving"]}, "hobby_skydiving", 30),
    ({"claims_5y": 2}, "claims_5y", 10),
], ids=lambda x: str(x) if not isinstance(x, dict) else next(iter(x)))
def test_each_debit_rule(change, code, points):
    a = assess(dict(CLEAN, **change))
    assert debits(a, code) == points


def test_regular_exercise_earns_a_credit():
    a = assess(dict(CLEAN, exercise="regular", smoker=True))
    assert a.risk.insurability_debits == 25 - 5


def test_class_bands_and_table_rating():
    assert assess(dict(CLEAN, smoker=True)).risk_class == "standard"  # 25 debits
    rated = assess(dict(CLEAN, smoker=True, conditions=["diabetes"]))  # 55
    assert rated.risk_class == "rated" and rated.risk.table == 1 and rated.risk.loading == 1.25
    assert assess(dict(CLEAN, occupation_class=4, hazardous_hobbies=["aviation", "skydiving"],
                       smoker=True)).risk_class == "refer"  # 135


def test_knock_out_condition_refers_to_underwriter():
    a = assess(dict(CLEAN, conditions=["stroke"]))
    assert a.risk_class == "refer" and a.decision == "refer_to_underwriter"
    assert "condition_stroke" in a.reasons[0].text


def test_financial_stability_drivers_do_not_change_the_class():
    shaky = dict(CLEAN, other_debts=400000, liquid_savings=0, job_changes_5y=4,
                 income_stability="variable")
    a = assess(shaky)
    codes = {d.code for d in a.risk.drivers}
    assert {"debt_to_income_high", "low_savings", "job_changes", "variable_income"} <= codes
    assert a.risk_class == "preferred" and a.risk.financial_debits == 25 + 10 + 10 + 5
    assert a.risk.score == 50


def test_self_employed_need_six_months_of_savings():
    a = assess(dict(CLEAN, employment_type="self_employed", liquid_savings=4 * 3000))
    assert any(d.code == "low_savings" for d in a.risk.drivers)
    assert not any(d.code == "low_savings" for d in assess(dict(CLEAN, liquid_savings=4 * 3000)).risk.drivers)


def test_over_insurance_is_high_and_refers():
    a = assess(dict(CLEAN, requested_cover=3_000_000))  # 35 years old: 30 × 70k = 2.1M cap
    flag = next(f for f in a.flags if f.code == "over_insurance")
    assert flag.severity == "high" and a.decision == "refer_to_underwriter"


def test_cover_above_need_but_within_cap_is_a_warning():
    single = dict(CLEAN, marital_status="single", children_count=0, children_ages=[])
    a = assess(dict(single, requested_cover=1_000_000))  # need 305k, cap 2.1M
    assert [f.severity for f in a.flags if f.code == "cover_above_need"] == ["warning"]


def test_exclusions_focus_and_unusual_beneficiary():
    a = assess(dict(CLEAN, asked_about_exclusions=True, beneficiary_relation="friend"))
    codes = {f.code: f.severity for f in a.flags}
    assert codes["exclusions_focus"] == "warning" and codes["unusual_beneficiary"] == "warning"
    owner = assess(dict(CLEAN, employment_type="business_owner", beneficiary_relation="business_partner"))
    assert not any(f.code == "unusual_beneficiary" for f in owner.flags)


@pytest.mark.parametrize("change", [
    {"children_count": 1, "children_ages": [3, 5]},
    {"age": 30, "children_ages": [25]},
    {"marital_status": "single", "spouse_income": 30000},
    {"employment_type": "unemployed", "annual_income": 90000},
    {"age": 30, "years_in_job": 20},
    {"marital_status": "divorced", "beneficiary_relation": "spouse"},
], ids=["count-vs-ages", "child-too-old", "single-spouse-income", "unemployed-income",
        "years-in-job", "ex-spouse-beneficiary"])
def test_contradicting_answers_are_flagged(change):
    a = assess(dict(CLEAN, **change))
    assert any(f.code == "contradiction" for f in a.flags)


def test_changed_answer_cites_both_messages():
    facts = dict(CLEAN, smoker={"value": True, "source": {"message_id": "m9", "span": [0, 3]},
                                "previous": [{"value": False, "source": {"message_id": "m2"}}]})
    a = assess(facts)
    flag = next(f for f in a.flags if f.code == "changed_answer")
    assert flag.evidence[0].message_id == "m9" and "False" in flag.detail


def test_declined_health_answer_is_noted_for_the_underwriter():
    a = assess(dict(CLEAN, conditions={"declined": True}))
    assert any(f.code == "declined_health" for f in a.flags)
    assert a.risk_class == "standard"  # no preferred without the answer

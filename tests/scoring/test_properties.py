"""Properties that must hold for every profile, checked with hypothesis."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needscout.facts import FACTS
from scoring import Profile, assess, load_rules
from scoring.evaluate import evaluate
from scoring.risk import class_rank
from scoring.situation import probe_value, resolve

RULES = load_rules()
CHRONIC = [c for c in FACTS["conditions"].values if c != "other"]
money = st.integers(min_value=0, max_value=400_000).map(float)


def _enum(name: str) -> st.SearchStrategy:
    return st.sampled_from(FACTS[name].values)


def _subset(name: str) -> st.SearchStrategy:
    return st.lists(_enum(name), max_size=3, unique=True)


FIELDS: dict[str, st.SearchStrategy] = {
    "age": st.integers(18, 75),
    "marital_status": _enum("marital_status"),
    "dependent_parents": st.integers(0, 3),
    "spouse_income": money,
    "occupation_class": st.integers(1, 4),
    "employment_type": _enum("employment_type"),
    "years_in_job": st.integers(0, 5).map(float),
    "job_changes_5y": st.integers(0, 6),
    "annual_income": st.integers(0, 500_000).map(float),
    "income_stability": _enum("income_stability"),
    "monthly_expenses": st.integers(0, 20_000).map(float),
    "mortgage_balance": money,
    "other_debts": money,
    "liquid_savings": money,
    "monthly_premium_budget": st.integers(0, 2_000).map(float),
    "smoker": st.booleans(),
    "alcohol": _enum("alcohol"),
    "exercise": _enum("exercise"),
    "height_cm": st.integers(150, 200).map(float),
    "weight_kg": st.integers(45, 140).map(float),
    "conditions": _subset("conditions"),
    "hospitalized_5y": st.booleans(),
    "family_history": _subset("family_history"),
    "hazardous_hobbies": _subset("hazardous_hobbies"),
    "existing_life_cover": money,
    "existing_ci_cover": money,
    "has_medical_cover": st.booleans(),
    "existing_accident_cover": money,
    "claims_5y": st.integers(0, 4),
    "goals": _subset("goals"),
    "requested_cover": st.integers(0, 5_000_000).map(float),
    "concerns": _subset("concerns"),
    "asked_about_exclusions": st.booleans(),
    "beneficiary_relation": _enum("beneficiary_relation"),
    "referral_potential": _enum("referral_potential"),
}


@st.composite
def profiles(draw: Any) -> dict[str, Any]:
    """A profile where any fact may be missing; children's ages match their count when given."""
    facts = {name: draw(s) for name, s in FIELDS.items() if draw(st.booleans())}
    if draw(st.booleans()):
        ages = draw(st.lists(st.integers(0, 30), max_size=4))
        facts["children_count"] = len(ages)
        if ages and draw(st.booleans()):
            facts["children_ages"] = ages
    return facts


PROPS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def life(facts: dict[str, Any]) -> tuple[float, float]:
    n = next(n for n in assess(facts).needs if n.line == "life")
    return n.gap, n.recommended_sum


@PROPS
@given(profiles(), st.integers(0, 30), st.booleans())
def test_more_dependants_never_lower_the_life_need(facts, child_age, parent):
    more = dict(facts)
    if parent:
        more["dependent_parents"] = facts.get("dependent_parents", 0) + 1
    else:
        more["children_count"] = facts.get("children_count", 0) + 1
        if "children_ages" in facts:
            more["children_ages"] = facts["children_ages"] + [child_age]
    before, after = life(facts), life(more)
    assert after[0] >= before[0] and after[1] >= before[1]


@PROPS
@given(profiles(), st.integers(0, 300_000), st.integers(1, 200_000))
def test_more_income_never_lowers_the_premium_ceiling(facts, income, raise_by):
    facts.setdefault("annual_income", float(income))
    richer = dict(facts, annual_income=facts["annual_income"] + raise_by)
    assert assess(richer).premium_ceiling >= assess(facts).premium_ceiling


@PROPS
@given(profiles(), st.sampled_from(CHRONIC))
def test_a_new_chronic_condition_never_improves_the_risk_class(facts, condition):
    before = assess(facts).risk
    after = assess(dict(facts, conditions=sorted(set(facts.get("conditions", [])) | {condition}))).risk
    assert class_rank(after.risk_class) >= class_rank(before.risk_class)
    if after.risk_class == before.risk_class == "rated":
        assert after.table >= before.table


@PROPS
@given(profiles(), st.sampled_from(sorted(RULES.unknown_facts)))
def test_an_unknown_fact_never_scores_above_its_best_value(facts, name):
    facts.pop(name, None)
    if name == "children_ages" and not facts.get("children_count"):
        return
    profile = Profile.from_facts(facts)
    unknown = evaluate(profile, RULES).composite
    v = resolve(profile, RULES)
    candidates = [probe_value(name, which, v, RULES) for which in ("low", "high", "assume")]
    numeric = [c for c in candidates if isinstance(c, (int, float)) and not isinstance(c, bool)]
    if len(numeric) >= 2:
        # The score need not be monotone in a number (income raises value but lowers need):
        # "best value" is searched over the range, not only at its ends.
        low, high = min(numeric), max(numeric)
        grid = [low + (high - low) * i / 12 for i in range(1, 12)]
        candidates += [type(numeric[0])(g) if isinstance(numeric[0], int) else g for g in grid]
    if name == "children_count" and "children_ages" in facts:
        candidates.append(len(facts["children_ages"]))  # the one count the ages agree with
    best = max(assess(profile.with_fact(name, c), RULES).composite_score
               for c in candidates if c is not None)
    assert unknown <= best


@PROPS
@given(profiles())
def test_every_profile_gets_a_complete_assessment(facts):
    d = assess(facts).to_dict()
    assert 0 <= d["composite_score"] <= 1000
    assert d["decision"] in ("proceed", "refer_to_underwriter", "nurture", "not_a_fit")
    assert len(d["needs"]) == 7 and all(n["gap"] >= 0 for n in d["needs"])
    assert d["premium_ceiling"] >= 0

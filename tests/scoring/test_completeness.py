"""What to ask next: missing and uncertain facts ranked by how much they could change."""

from __future__ import annotations

from scoring import assess

THIN = {"age": 34, "marital_status": "married", "children_count": 2}


def test_thin_slice_still_assesses_and_ranks_questions():
    a = assess(THIN)
    assert a.decision == "nurture" and a.needs and a.missing_facts
    assert "annual_income" in a.missing_facts[:3]
    impacts = [(not m.can_change_decision, -m.impact) for m in a.missing]
    assert impacts == sorted(impacts)


def test_empty_profile_never_crashes():
    a = assess({})
    assert a.decision in ("nurture", "not_a_fit") and a.to_dict()["missing_facts"]


def test_complete_profile_has_nothing_left_to_ask(family):
    assert assess(family).missing_facts == []


def test_declined_facts_are_not_asked_again():
    a = assess(dict(THIN, annual_income={"declined": True}))
    assert "annual_income" not in a.missing_facts


def test_low_confidence_fact_is_listed_as_uncertain(family):
    a = assess(dict(family, annual_income={"value": 95000, "confidence": 0.3}))
    entry = next(m for m in a.missing if m.fact == "annual_income")
    assert entry.status == "uncertain"


def test_irrelevant_follow_ups_are_skipped():
    a = assess({"age": 40, "marital_status": "single", "children_count": 0})
    assert "spouse_income" not in a.missing_facts and "children_ages" not in a.missing_facts


def test_knowing_a_top_fact_raises_confidence():
    a = assess(THIN)
    b = assess(dict(THIN, annual_income=70000))
    assert b.confidence > a.confidence
    assert "annual_income" not in b.missing_facts

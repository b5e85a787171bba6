"""Profile.from_facts: plain or detailed values, declined facts, clear errors."""

from __future__ import annotations

import pytest

from scoring import Profile


def test_plain_and_detailed_values_carry_confidence_and_source():
    p = Profile.from_facts({
        "age": 34,
        "annual_income": {"value": 60000, "confidence": 0.7,
                          "source": {"message_id": "m3", "span": [10, 16]}},
    })
    assert p.get("age") == 34 and p.confidence_of("age") == 1.0
    fv = p.fact("annual_income")
    assert fv.value == 60000 and fv.confidence == 0.7
    assert fv.source.message_id == "m3" and fv.source.span == (10, 16)
    assert p.confidence_of("smoker") == 0.0


def test_declined_fact_is_marked_not_guessed():
    p = Profile.from_facts({"annual_income": {"value": None, "declined": True}})
    assert p.is_declined("annual_income") and not p.is_known("annual_income")
    assert p.to_facts()["annual_income"] == {"value": None, "declined": True}


def test_unknown_keys_and_none_values_are_ignored():
    p = Profile.from_facts({"gender": "female", "religion": "x", "favourite_colour": "red",
                            "age": None, "smoker": {"value": None}})
    assert p.values == {}


def test_integral_floats_become_ints():
    p = Profile.from_facts({"age": 34.0, "children_ages": [3.0, 5]})
    assert p.get("age") == 34 and isinstance(p.get("age"), int)
    assert p.get("children_ages") == [3, 5]


@pytest.mark.parametrize("facts, named", [
    ({"age": "thirty"}, "age"),
    ({"age": -3}, "age"),
    ({"annual_income": float("nan")}, "annual_income"),
    ({"marital_status": "complicated"}, "marital_status"),
    ({"conditions": ["flu"]}, "conditions"),
    ({"smoker": "yes"}, "smoker"),
    ({"children_ages": [2, -1]}, "children_ages"),
    ({"age": {"value": 30, "confidence": 1.5}}, "age"),
    ({"age": {"value": 30, "source": {"span": [1, 2]}}}, "age"),
    ({"age": {"value": 30, "source": {"message_id": "m", "span": [1]}}}, "age"),
], ids=["text-age", "negative", "nan", "bad-enum", "bad-list-item", "bool-as-text",
        "negative-child", "confidence>1", "source-no-id", "span-short"])
def test_bad_values_raise_naming_the_fact(facts, named):
    with pytest.raises(ValueError, match=f"'{named}'"):
        Profile.from_facts(facts)


def test_round_trip_through_to_facts():
    p = Profile.from_facts({"age": {"value": 40, "confidence": 0.9,
                                    "source": {"message_id": "m1", "span": [0, 2]}},
                            "smoker": False})
    q = Profile.from_facts(p.to_facts())
    assert q.values == p.values and q.confidence_of("age") == 0.9
    assert q.sources["age"].span == (0, 2)


def test_with_fact_and_without_copy():
    p = Profile.from_facts({"age": 40})
    q = p.with_fact("smoker", True)
    assert q.get("smoker") is True and not p.is_known("smoker")
    assert not q.without("age").is_known("age") and p.get("age") == 40


class _Str(str):
    """A str subclass: not the plain type, so it takes the full path."""


@pytest.mark.parametrize("name", ["age", "annual_income", "smoker", "marital_status", "occupation",
                                  "children_ages", "conditions", "claims_5y"])
def test_the_plain_value_shortcut_keeps_the_full_paths_result(name):
    """from_facts takes exact-type values without coercion; it must store what validation would."""
    from scoring.models import _coerce_value

    candidates = [0, 1, 7, -1, 2.0, 2.5, -0.0, -3.5, float("nan"), float("inf"), True, False, "x",
                  "married", "single", _Str("married"), "teacher", 10 ** 20, [1, 2], ["diabetes"], []]
    for raw in candidates:
        try:
            expected = _coerce_value(name, raw)
        except ValueError:
            with pytest.raises(ValueError):
                Profile.from_facts({name: raw})
            continue
        got = Profile.from_facts({name: raw}).values[name]
        assert (type(got), got) == (type(expected), expected), (name, raw)

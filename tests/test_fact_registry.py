"""The fact registry is the contract: domain.yml, extractor and scoring must agree with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.interview.plan import load_plan
from needscout.domain_slots import render_slots_yaml, slot_definition
from needscout.facts import FACT_NAMES, FACTS
from needscout.settings import ROOT

SHARED_FACTS = ROOT.parent / "shared" / "facts.md"


@pytest.fixture(scope="module")
def domain() -> dict:
    return yaml.safe_load((ROOT / "domain.yml").read_text())


def test_every_fact_has_a_slot_of_the_right_type(domain):
    slots = domain["slots"]
    for name, fact in FACTS.items():
        assert name in slots, f"domain.yml lacks the slot for fact {name}"
        expected = slot_definition(fact)
        assert slots[name]["type"] == expected["type"], name
        assert slots[name].get("values") == expected.get("values"), name
        assert slots[name]["mappings"] == [{"type": "custom"}], f"{name}: only the extractor fills facts"


def test_domain_has_no_fact_like_slot_outside_the_registry(domain):
    control = {"consent", "fact_meta", "assessment_done", "requested_slot", "agent_mode",
               "interview_state", "pain_point_reaction", "summary_confirmed", *load_plan().gates}
    unknown = set(domain["slots"]) - set(FACT_NAMES) - control
    assert not unknown, f"slots neither facts nor known control slots: {sorted(unknown)}"


def test_domain_slots_text_is_the_generated_text():
    text = (ROOT / "domain.yml").read_text()
    assert render_slots_yaml() in text, "regenerate with `needscout domain-slots`"


@pytest.mark.skipif(not SHARED_FACTS.exists(), reason="shared/facts.md is not beside the repo")
def test_registry_matches_shared_facts_md():
    rows = re.findall(r"^\| ([a-z_0-9]+) \| ([a-z\[\]]+) \|", SHARED_FACTS.read_text(), re.M)
    documented = {name: kind for name, kind in rows if name != "fact"}
    assert set(documented) <= set(FACT_NAMES), set(documented) - set(FACT_NAMES)
    kinds = {"int": "int", "number": "number", "bool": "bool", "str": "str", "enum": "enum"}
    for name, kind in documented.items():
        expected = "list" if kind.startswith("list") else kinds[kind]
        assert FACTS[name].kind == expected, name


@pytest.mark.parametrize("name,value,ok", [
    ("age", 34, True), ("age", "34", False), ("age", True, False),
    ("marital_status", "married", True), ("marital_status", "Married", False),
    ("conditions", ["diabetes", "asthma"], True), ("conditions", ["flu"], False),
    ("children_ages", [4, 7], True), ("smoker", False, True), ("annual_income", 85000.0, True),
], ids=lambda v: str(v))
def test_fact_values_are_validated(name, value, ok):
    assert FACTS[name].is_valid(value) is ok


@pytest.mark.parametrize("name,value,ok", [
    ("age", 34, True), ("age", 340, False), ("dependent_parents", 30000, False),
    ("dependent_parents", 1, True), ("children_ages", [4, 7], True), ("children_ages", [4, 700], False),
    ("height_cm", 178, True), ("height_cm", 5.8, False), ("annual_income", 85000, True),
], ids=lambda v: str(v))
def test_implausible_numbers_are_not_facts(name, value, ok):
    assert FACTS[name].is_plausible(value) is ok


def test_extractor_output_keys_are_facts():
    from bot.actions.extraction import extract

    text = ("I'm 34, married with two kids aged 4 and 7, a nurse earning 52k, mortgage of 200k, "
            "I smoke, I have asthma, 5'10 and 180 pounds, 100k life cover, worried about cost")
    found = extract(text)
    assert len(found) >= 10
    assert set(found) <= set(FACT_NAMES)


def sample_value(name: str):
    """A plausible value of each fact, from the registry alone."""
    fact = FACTS[name]
    low = fact.bounds[0] if fact.bounds else 1
    if fact.kind == "list":
        return [fact.values[0]] if fact.item == "enum" else [int(low) + 1]
    return {"int": int(low) + 1, "number": float(low) + 1000, "bool": True, "str": "teacher",
            "enum": fact.values[0] if fact.values else None}[fact.kind]


def test_scoring_profile_takes_every_fact_by_its_registry_name():
    from scoring import Profile

    profile = Profile.from_facts({name: sample_value(name) for name in FACT_NAMES})
    assert set(profile.to_facts()) == set(FACT_NAMES)
    assert all(profile.is_known(name) for name in FACT_NAMES)

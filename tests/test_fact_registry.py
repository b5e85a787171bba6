"""The fact registry is the contract: domain.yml, extractor and scoring must agree with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

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
    control = {"consent", "fact_meta", "assessment_done", "requested_slot"}
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

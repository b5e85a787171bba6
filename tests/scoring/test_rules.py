"""The rules file: loads, is cited, and a bad file fails naming the field."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from scoring import RulesError, assess, load_rules
from scoring.rules import DEFAULT_RULES_PATH, parse_rules


def raw() -> dict[str, Any]:
    return yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))


def test_packaged_rules_load_and_are_cached(rules):
    assert rules.version == "2026.11.1"
    assert load_rules() is rules


def test_every_rule_section_cites_a_source():
    data = raw()
    sections = [data["affordability"], data["risk"], data["value"], data["composite"],
                data["decision"], data["cohort"], *data["needs"].values()]
    for section in sections:
        if isinstance(section, dict):
            assert section.get("source"), section


def test_assessment_records_the_rules_version(family, tmp_path: Path):
    data = raw()
    data["version"] = "2099.1.0-test"
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    custom = load_rules(path)
    assert assess(family, custom).to_dict()["rules_version"] == "2099.1.0-test"
    assert assess(family).rules_version == "2026.11.1"


def _set(data: dict, dotted: str, value: Any) -> None:
    *path, last = dotted.split(".")
    for key in path:
        data = data[key]
    if value is _DELETE:
        del data[last]
    else:
        data[last] = value


_DELETE = object()


@pytest.mark.parametrize("dotted, value, named", [
    ("needs.life.income_replacement_ratio", 1.7, "needs.life.income_replacement_ratio"),
    ("needs.life.final_expenses", "lots", "needs.life.final_expenses"),
    ("needs.education.cost_per_child", _DELETE, "needs.education.cost_per_child"),
    ("risk.condition_debits.diabetes", _DELETE, "risk.condition_debits"),
    ("risk.classes.standard_max", 500, "risk.classes"),
    ("value.weights.age", 0.9, "value.weights"),
    ("composite.weights.value", -1, "composite.weights"),
    ("unknown_facts.smoker.assume", "sometimes", "unknown_facts"),
    ("needs.life.underwriting_caps.bands", [{"max_age": 60, "income_multiple": 10},
                                            {"max_age": 40, "income_multiple": 30}],
     "needs.life.underwriting_caps.bands"),
    ("affordability.typo_share", 0.1, "affordability.typo_share"),
    ("protected_attributes", ["gender", "age"], "protected_attributes"),
], ids=["ratio>1", "not-a-number", "missing", "condition-table-incomplete", "class-order",
        "weights-sum", "negative-weight", "assume-invalid", "bands-order", "unknown-key",
        "protected-is-a-fact"])
def test_bad_rules_name_the_field(dotted, value, named):
    data = copy.deepcopy(raw())
    _set(data, dotted, value)
    with pytest.raises(RulesError) as err:
        parse_rules(data, "bad.yml")
    assert named in str(err.value)
    assert "bad.yml" in str(err.value)


def test_unreadable_and_non_yaml_files_fail_clearly(tmp_path: Path):
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "absent.yml")
    bad = tmp_path / "bad.yml"
    bad.write_text("version: [unclosed", encoding="utf-8")
    with pytest.raises(RulesError, match="invalid YAML"):
        load_rules(bad)
    top = tmp_path / "list.yml"
    top.write_text("- 1\n", encoding="utf-8")
    with pytest.raises(RulesError, match="mapping"):
        load_rules(top)

"""No protected attribute changes anything; scoring imports no Rasa, database or network."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from scoring import assess, load_rules

SCORING = Path(__file__).resolve().parents[2] / "scoring"


@pytest.mark.parametrize("extra", [
    {"gender": "female"}, {"sex": "m"}, {"ethnicity": "x"}, {"race": "y"}, {"religion": "z"},
    {"nationality": "q"}, {"sexual_orientation": "w"}, {"pregnancy": True},
    {"gender": {"value": "male", "confidence": 1.0, "source": {"message_id": "m1"}}},
], ids=lambda d: next(iter(d)))
def test_protected_attribute_changes_nothing(family, extra):
    thin = {"age": 34, "marital_status": "married", "children_count": 2}
    for facts in (family, thin):
        assert assess({**facts, **extra}).to_dict() == assess(facts).to_dict()


def test_rules_name_protected_attributes_and_use_none(rules):
    assert {"gender", "ethnicity", "religion"} <= set(rules.protected_attributes)
    text = (SCORING / "rules.yml").read_text(encoding="utf-8").split("needs:", 1)[1]
    for attr in rules.protected_attributes:
        assert attr not in text


def test_scoring_imports_nothing_of_rasa_database_or_network():
    banned = ("rasa", "rasa_sdk", "sqlalchemy", "requests", "socket", "urllib", "http", "aiohttp",
              "spacy", "bot", "store", "web")
    for path in SCORING.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert name.split(".")[0] not in banned, f"{path.name} imports {name}"


def test_importing_scoring_loads_no_rasa():
    code = ("import sys, scoring; scoring.assess({'age': 30}); "
            "print(any(m.split('.')[0] in ('rasa', 'sqlalchemy', 'spacy') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=SCORING.parent, check=True)
    assert out.stdout.strip() == "False"


def test_rules_are_loaded_once():
    assert load_rules() is load_rules()

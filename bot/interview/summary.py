"""Read the facts back in plain words so the prospect can confirm or correct them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

from bot.interview.recommendation import format_money
from needscout.facts import FACTS

SUMMARY_FILE = Path(__file__).with_name("summary.yml")
ZERO_UNSAID = {"children_count", "dependent_parents", "mortgage_balance", "other_debts",
               "existing_life_cover"}  # "no X" reads better left out than "0 X"
COUNTED = {"children_count": ("one child", "children"),
           "dependent_parents": ("one parent", "parents")}
MONEY_UNITS = ("currency", "currency/year", "currency/month")
WORDS = {
    "smoker": {True: "you smoke", False: "you don't smoke"},
    "has_medical_cover": {True: "you have medical cover", False: "no medical cover"},
    "employment_type": {"self_employed": "self-employed", "business_owner": "running your own business"},
    "goals": {"protect_family": "protect your family", "pay_off_mortgage": "clear the mortgage",
              "children_education": "pay for education", "retirement": "fund retirement",
              "health_costs": "cover health costs", "critical_illness": "cover serious illness",
              "income_protection": "protect your income", "wealth_transfer": "pass on wealth",
              "savings": "build savings"},
}


@lru_cache(maxsize=1)
def templates() -> dict[str, str]:
    return yaml.safe_load(SUMMARY_FILE.read_text())


def worded(name: str, value: Any, currency: str) -> str:
    """One fact's value as words: money formatted, enums readable, lists joined."""
    fact = FACTS[name]
    words = WORDS.get(name, {})
    if name == "spouse_income" and value == 0:
        return "no income"
    if isinstance(value, list):
        items = [words.get(v, str(v).replace("_", " ")) for v in value]
        return " and ".join(items) if len(items) < 3 else ", ".join(items[:-1]) + " and " + items[-1]
    if fact.unit in MONEY_UNITS and isinstance(value, (int, float)):
        return format_money(value, currency) + (" a year" if name == "spouse_income" else "")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if name in COUNTED:
        one, many = COUNTED[name]
        return one if value == 1 else f"{value} {many}"
    if name == "occupation":
        return ("an " if str(value)[:1] in "aeiou" else "a ") + str(value)
    if value in words:
        return words[value]
    return str(value).replace("_", " ")


def summarise(known: Mapping[str, Any], currency: str = "USD") -> str:
    """A short, plain-language sentence of what the prospect told us."""
    parts = []
    for name, template in templates().items():
        value = known.get(name)
        if value is None or value == [] or (name in ZERO_UNSAID and value == 0):
            continue
        parts.append(template.format(value=worded(name, value, currency)))
    if known.get("children_count") == 0:
        parts.append("no children")
    if not parts:
        return "not much yet."
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."

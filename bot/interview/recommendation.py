"""What the prospect hears at the end: the top needs, in plain words, with figures."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

LINES_FILE = Path(__file__).with_name("cover_lines.yml")
MAX_LINES = 3
# A figure resting on an assumed income or family is flagged as an estimate to the prospect.
ESTIMATE_INPUTS = {"annual_income", "children_count", "age", "mortgage_balance"}  # short messages: the three most important lines
CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "AUD": "A$", "CAD": "C$", "SGD": "S$",
                    "HKD": "HK$", "NZD": "NZ$", "INR": "₹", "JPY": "¥", "CNY": "¥"}


@lru_cache(maxsize=1)
def cover_lines() -> dict[str, dict[str, str]]:
    return yaml.safe_load(LINES_FILE.read_text())


def line_labels() -> dict[str, str]:
    return {line: info["label"] for line, info in cover_lines().items()}


def format_money(amount: float, currency: str = "USD") -> str:
    """A rounded, readable amount: $1.2 million, $850,000, $95."""
    symbol = CURRENCY_SYMBOLS.get(currency.upper(), currency.upper() + " ")
    amount = float(amount)
    if abs(amount) >= 1_000_000:
        return f"{symbol}{amount / 1_000_000:.1f} million".replace(".0 million", " million")
    if abs(amount) >= 10_000:
        return f"{symbol}{round(amount, -3):,.0f}"
    return f"{symbol}{amount:,.0f}"


def prospect_lines(assessment: Mapping[str, Any], currency: str) -> list[dict[str, Any]]:
    """The top needs with a real gap, ranked, as template variables for the prospect."""
    needs = sorted((n for n in assessment.get("needs", []) if (n.get("gap") or 0) > 0),
                   key=lambda n: n.get("priority", 99))
    lines = []
    for rank, need in enumerate(needs[:MAX_LINES], start=1):
        info = cover_lines().get(need["line"], {})
        amount = format_money(need.get("recommended_sum") or need["gap"], currency)
        if need.get("unit") == "per_year":
            amount += " a year"
        if set(need.get("assumed") or []) & ESTIMATE_INPUTS:
            amount += " (a rough estimate until we know more)"
        lines.append({"rank": rank, "line_label": info.get("label", need["line"]),
                      "amount": amount, "why": info.get("why", "")})
    return lines

"""Fixtures for scoring tests: the packaged rules, golden profiles and a full profile."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scoring import load_rules
from scoring.rules import Rules

DATA = Path(__file__).resolve().parents[1] / "data" / "scoring"


def golden_rows() -> list[dict[str, Any]]:
    with open(DATA / "golden.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


@pytest.fixture()
def family() -> dict[str, Any]:
    """A complete profile: married, two young children, mortgage, clean health."""
    row = next(r for r in golden_rows() if r["id"] == "young_family_clean")
    return dict(row["facts"])

"""Fixtures for the extractor tests: one warm pipeline per session and a fixed today."""

from __future__ import annotations

import datetime as dt
from typing import Callable

import pytest

from bot.actions.extraction import ExtractedFact, extract

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="session")
def facts() -> Callable[..., dict[str, object]]:
    """extract() reduced to {fact: value}, with today fixed so ages are repeatable."""
    extract("warm up")

    def run(text: str, expect: str | None = None, known: dict | None = None) -> dict[str, object]:
        return {k: f.value for k, f in extract(text, expect=expect, known=known, today=TODAY).items() if not f.declined}

    return run


@pytest.fixture(scope="session")
def full() -> Callable[..., dict[str, ExtractedFact]]:
    """extract() with everything (confidence, span, range, declined)."""

    def run(text: str, expect: str | None = None, known: dict | None = None) -> dict[str, ExtractedFact]:
        return extract(text, expect=expect, known=known, today=TODAY)

    return run

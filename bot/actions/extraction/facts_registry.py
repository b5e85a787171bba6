"""The project's fact registry (needscout/facts.py), imported, never retyped."""

from __future__ import annotations

from needscout.facts import FACTS, Fact

__all__ = ["FACTS", "Fact"]

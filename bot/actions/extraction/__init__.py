"""Fact extraction for NeedScout: text (plus the fact the bot asked for) in, facts with
value, confidence and character span out. No Rasa imports: runs from CLI, tests and
benchmarks alone. See docs/extraction.md.
"""

from __future__ import annotations

from .api import MAX_CHARS, extract
from .types import ExtractedFact

__all__ = ["extract", "ExtractedFact", "MAX_CHARS"]

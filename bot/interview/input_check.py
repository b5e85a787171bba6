"""Say clearly what is wrong with a message the bot could not use.

Empty, very long, non-English, markup- or code-like messages get a plain explanation
instead of a generic "I didn't understand"; nothing about them is stored as a fact.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Optional

MAX_CHARS = 5000  # the extractor reads this much; longer input is cut (docs/extraction.md)
MARKUP_RE = re.compile(r"<\s*/?\s*[a-z][^>]*>|\b(?:select|insert|update|delete|drop)\b.+\b(?:from|into|table|set)\b",
                       re.I | re.S)


def latin_share(text: str) -> float:
    """Share of letters that are Latin script (English, or a typo'd English word)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return latin / len(letters)


def input_problem(text: Optional[str]) -> Optional[str]:
    """The response explaining why the message can't be used, or None if it looks fine."""
    text = text or ""
    if not text.strip() or not any(c.isalnum() for c in text):
        return "utter_input_empty"
    if len(text) > MAX_CHARS:
        return "utter_input_too_long"
    if latin_share(text) < 0.5:
        return "utter_input_language"
    if MARKUP_RE.search(text):
        return "utter_input_markup"
    return None

"""A yes or a no in an answer, read with the extractor's own patterns.

The extractor fills a yes/no fact ("Do you smoke?" "nope") from a leading yes or no;
the planner reads its gates ("Any loans?") and optional questions the same way, so one
vocabulary and one notion of negation decide both.
"""

from __future__ import annotations

import re
from typing import Optional

from bot.actions.extraction.components.context import NO_RE, YES_RE
from bot.actions.extraction.numbers import fold
from bot.actions.extraction.text import (
    NEGATED_KNOWING_RE, clause_end, clause_start, is_negated, sentence_at, sentences,
)


def yes_or_no(text: str) -> Optional[bool]:
    """True or False when the answer opens with a yes or a no; None otherwise.

    "Not sure" and "I don't know" are neither, and "I have no loans" is not a yes.
    """
    low = fold(text.strip())
    if NEGATED_KNOWING_RE.search(low):
        return None
    if NO_RE.search(low):
        return False
    yes = YES_RE.search(low)
    if yes and not is_negated(low, yes.end(), clause_end(low, yes.end(), len(low))):
        return True
    return None


def mentions_unnegated(cue: re.Pattern[str], text: str) -> bool:
    """True when a cue ("debt", "policy") is mentioned and its clause does not negate it."""
    low = fold(text)
    bounds = sentences(low)
    for match in cue.finditer(low):
        start, _ = sentence_at(bounds, match.start())
        if not is_negated(low, clause_start(low, start, match.start()), match.start()):
            return True
    return False

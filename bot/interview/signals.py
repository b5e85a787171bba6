"""Signals a prospect gives in passing (worries, questions about exclusions, how many
people they know) are gathered from every message, questions and digressions included.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from bot.actions.extraction import extract
from bot.interview.plan import load_plan

REFERRAL_ORDER = ("low", "medium", "high")


def merge_signal(name: str, old: Any, new: Any) -> Any:
    """Lists are united, flags stay raised, referral potential keeps its highest level."""
    if old is None:
        return new
    if isinstance(old, list):
        return sorted(set(old) | set(new or []))
    if isinstance(old, bool):
        return old or bool(new)
    if name == "referral_potential" and new in REFERRAL_ORDER and old in REFERRAL_ORDER:
        return max(old, new, key=REFERRAL_ORDER.index)
    return old


def signals_from_messages(texts: Iterable[str], known: Mapping[str, Any]) -> dict[str, Any]:
    """Signal facts found in any of ``texts``, merged with what is ``known``."""
    names = load_plan().signals
    found = {name: known.get(name) for name in names}
    for text in texts:
        for name, fact in extract(text or "").items():
            if name in names and not fact.declined and fact.value is not None:
                found[name] = merge_signal(name, found[name], fact.value)
    return {k: v for k, v in found.items() if v is not None and v != known.get(k)}

"""Rasa slot definitions derived from the fact registry.

domain.yml holds these slots verbatim; ``needscout domain-slots`` prints them and a test
fails when domain.yml and the registry disagree, so a fact is never typed twice by hand
without a check.
"""

from __future__ import annotations

from typing import Any

from needscout.facts import FACTS, GROUPS, Fact, facts_in

RASA_SLOT_TYPE = {"int": "float", "number": "float", "bool": "bool", "str": "text",
                  "enum": "categorical", "list": "list"}

def slot_definition(fact: Fact) -> dict[str, Any]:
    """The domain.yml entry for one fact: filled only by the extractor (custom mapping)."""
    slot: dict[str, Any] = {"type": RASA_SLOT_TYPE[fact.kind], "influence_conversation": False}
    if fact.kind == "enum":
        slot["values"] = list(fact.values)
    slot["mappings"] = [{"type": "custom"}]
    return slot

def render_slots_yaml() -> str:
    """The fact slots as domain.yml text, grouped by topic with a comment per group."""
    lines: list[str] = []
    for group in GROUPS:
        lines.append(f"  # --- facts: {group} (generated from needscout/facts.py) ---")
        for fact in facts_in(group):
            slot = slot_definition(fact)
            lines.append(f"  {fact.name}:")
            lines.append(f"    type: {slot['type']}")
            lines.append("    influence_conversation: false")
            if "values" in slot:
                lines.append(f"    values: [{', '.join(slot['values'])}]")
            lines.append("    mappings:")
            lines.append("    - type: custom")
    return "\n".join(lines) + "\n"

assert set(RASA_SLOT_TYPE) >= {f.kind for f in FACTS.values()}

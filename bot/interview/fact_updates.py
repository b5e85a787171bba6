"""Turn extractor output into slot updates and provenance, and slots into a profile.

Pure functions over plain values, so the form validation actions stay thin and these
rules are unit-tested without a tracker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

from needscout.facts import FACTS


@dataclass
class FactUpdate:
    """What one user message changes: new slot values and their provenance."""

    values: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def filled(self) -> list[str]:
        return list(self.values)


def slot_value(name: str, value: Any) -> Any:
    """A fact value as Rasa stores it (float slots hold ints as numbers, lists stay lists)."""
    if FACTS[name].kind == "list" and value is not None:
        items = set(value)
        return sorted(items) if FACTS[name].item == "int" else sorted(items, key=str)
    return value


def updates_from_extraction(
    extracted: Mapping[str, Any],
    message_id: Optional[str],
    previous_meta: Optional[Mapping[str, Mapping[str, Any]]] = None,
) -> FactUpdate:
    """Slot values and provenance for every valid fact the extractor returned.

    ``extracted`` maps fact names to objects with ``value``, ``confidence``, ``span``
    and ``declined`` (the extractor's ExtractedFact). Invalid values are dropped rather
    than stored: nothing is guessed. A declined fact is recorded in the provenance only.
    """
    update = FactUpdate()
    previous_meta = previous_meta or {}
    for name, fact in extracted.items():
        if name not in FACTS:
            continue
        declined = bool(getattr(fact, "declined", False))
        value = getattr(fact, "value", None)
        if not declined and not FACTS[name].is_plausible(value):
            continue
        meta: dict[str, Any] = {
            "confidence": round(float(getattr(fact, "confidence", 1.0)), 3),
            "source": {"message_id": message_id, "span": list(getattr(fact, "span", (0, 0)))},
        }
        if declined:
            meta["declined"] = True
        else:
            update.values[name] = slot_value(name, value)
            value_range = getattr(fact, "range", None)
            if value_range:
                meta["range"] = list(value_range)
        old = previous_meta.get(name)
        if old and not old.get("declined") and old.get("value") != value:
            history = list(old.get("history", []))
            history.append({k: old[k] for k in ("value", "confidence", "source") if k in old})
            meta["history"] = history
        if not declined:
            meta["value"] = update.values[name]
        update.meta[name] = meta
    return update


def plain_value(name: str, value: Any) -> Any:
    """A slot value as the fact registry types it: Rasa's float slots give 2.0 for two."""
    if FACTS[name].kind == "int" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def known_facts(slots: Mapping[str, Any]) -> dict[str, Any]:
    """The facts with a value among ``slots`` (control and gate slots left out), typed."""
    return {name: plain_value(name, value) for name, value in slots.items()
            if name in FACTS and value is not None}


def profile_facts(
    slots: Mapping[str, Any], meta: Optional[Mapping[str, Mapping[str, Any]]] = None
) -> dict[str, dict[str, Any]]:
    """The facts known in a conversation, in the shape scoring's Profile.from_facts takes."""
    meta = meta or {}
    facts: dict[str, dict[str, Any]] = {}
    for name in FACTS:
        info = meta.get(name, {})
        value = slots.get(name)
        if value is None and not info.get("declined"):
            continue
        entry: dict[str, Any] = {"value": plain_value(name, value), "confidence": info.get("confidence", 1.0)}
        if "source" in info:
            entry["source"] = info["source"]
        if info.get("declined"):
            entry = {"value": None, "declined": True, "confidence": 1.0,
                     **({"source": info["source"]} if "source" in info else {})}
        facts[name] = entry
    return facts

"""What an agent console sees after each answer in agent mode."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

import yaml

from bot.interview.fact_updates import profile_facts

PURPOSES_FILE = Path(__file__).with_name("purposes.yml")


@lru_cache(maxsize=1)
def purposes() -> dict[str, str]:
    return yaml.safe_load(PURPOSES_FILE.read_text())


def agent_payload(slots: Mapping[str, Any], meta: Mapping[str, Any], next_slot: Optional[str],
                  topic: Optional[str]) -> dict[str, Any]:
    """Facts captured so far and the next suggested question with its purpose."""
    question = None
    if next_slot:
        question = {"slot": next_slot, "topic": topic,
                    "response": f"utter_q_{next_slot}",
                    "purpose": purposes().get(next_slot) or purposes().get(topic or "", "")}
    return {"needscout_agent": {"facts": profile_facts(slots, meta), "next_question": question}}

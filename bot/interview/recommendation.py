"""Choose what the prospect hears at the end: the top need, in plain words."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

import yaml

LINES_FILE = Path(__file__).with_name("cover_lines.yml")


@lru_cache(maxsize=1)
def line_labels() -> dict[str, str]:
    return yaml.safe_load(LINES_FILE.read_text())


def top_need(assessment: Mapping[str, Any]) -> Optional[dict[str, Any]]:
    """The highest-priority need with a real gap, or None when there is none."""
    needs = [n for n in assessment.get("needs", []) if (n.get("gap") or 0) > 0]
    if not needs:
        return None
    need = dict(needs[0])
    need["line_label"] = line_labels().get(need["line"], need["line"].replace("_", " "))
    return need

"""``needscout extract [--expect FACT]``: one utterance per input line, one JSON object
per output line. Lines longer than MAX_CHARS are cut and the output says so.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Optional

from .api import MAX_CHARS, extract
from .facts_registry import FACTS


def main(argv: Optional[list[str]] = None) -> int:
    """Read stdin line by line and write {"text", "facts"[, "warning"]} JSON lines."""
    parser = argparse.ArgumentParser(prog="needscout extract", description="Extract interview facts from utterances on stdin.")
    parser.add_argument("--expect", choices=sorted(FACTS), metavar="FACT", help="the fact the bot just asked for")
    args = parser.parse_args(argv)
    stdin = sys.stdin
    if hasattr(stdin, "reconfigure"):
        stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[attr-defined]
    out = sys.stdout
    for raw in stdin:
        line = raw.rstrip("\r\n")
        record: dict[str, object] = {"text": line[:MAX_CHARS]}
        if len(line) > MAX_CHARS:
            record["warning"] = f"input cut to the first {MAX_CHARS} of {len(line)} characters"
        facts = extract(line, expect=args.expect)
        record["facts"] = {name: f.to_dict() for name, f in facts.items()}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

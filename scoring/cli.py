"""`needscout score`: profiles in (JSON, JSON lines or CSV), assessments out as JSON.

A single JSON profile gives one JSON assessment; JSON lines and CSV are batches and
give one JSON assessment per line, scored a few thousand rows at a time by
assess_batch() (the numbers column-wise, the same as assess()) for the agent and
scores views. A bad row is reported
on stderr with its line number and the batch goes on; the exit code says whether any
row failed. ``--view scores`` writes only the headline numbers, the fast way to score a
whole book of prospects.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any, Iterator, Optional, TextIO

from needscout.facts import FACTS
from scoring.assessment import Assessment, assess
from scoring.models import Profile
from scoring.rules import Rules, RulesError, load_rules

BATCH_ROWS = 8192  # JSON lines and CSV rows scored together (scoring.batch.CHUNK)
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


def _facts_of(obj: Any) -> Any:
    """A profile JSON is the facts dict itself or {"facts": {...}} (as the store writes it)."""
    if isinstance(obj, dict) and isinstance(obj.get("facts"), dict):
        return obj["facts"]
    return obj


def csv_value(name: str, text: str) -> Any:
    """A CSV cell in the fact's type: lists split on ';', booleans as yes/no/true/false."""
    text = text.strip()
    if text == "":
        return None
    kind = FACTS[name].kind
    try:
        if kind == "int":
            return int(float(text))
        if kind == "number":
            return float(text)
    except ValueError:
        raise ValueError(f"fact {name!r}: {text!r} is not a number") from None
    if kind == "bool":
        low = text.lower()
        if low in _TRUE or low in _FALSE:
            return low in _TRUE
        raise ValueError(f"fact {name!r}: {text!r} is not yes/no")
    if kind == "list":
        items = [x.strip() for x in text.split(";") if x.strip()]
        return [int(float(x)) for x in items] if FACTS[name].item == "int" else items
    return text


def read_profiles(stream: TextIO, fmt: str) -> Iterator[tuple[int, Any]]:
    """(line number, facts dict or the exception that line raised)."""
    if fmt == "json":
        try:
            data = json.load(stream)
        except json.JSONDecodeError as err:
            yield 1, ValueError(f"invalid JSON: {err}")
            return
        for i, item in enumerate(data if isinstance(data, list) else [data], 1):
            yield i, _facts_of(item)
    elif fmt == "jsonl":
        for i, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                yield i, _facts_of(json.loads(line))
            except json.JSONDecodeError as err:
                yield i, ValueError(f"invalid JSON: {err}")
    else:
        reader = csv.DictReader(stream)
        for i, row in enumerate(reader, 2):
            try:
                yield i, {k: csv_value(k, v or "") for k, v in row.items() if k in FACTS}
            except ValueError as err:
                yield i, err


def _view(a: Assessment, view: str) -> dict[str, Any]:
    if view == "prospect":
        return a.prospect_view()
    if view == "scores":
        return a.scores_view()
    return a.to_dict()


def _load_peers(path: Optional[str]) -> Optional[list[dict[str, Any]]]:
    if not path:
        return None
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(stream: TextIO, out: TextIO, err: TextIO, fmt: str, rules: Rules, view: str,
        peers: Optional[list[dict[str, Any]]]) -> int:
    """Score every profile in ``stream``; 0 when all scored, 1 when any failed."""
    failed = 0
    pending: list[Profile] = []

    def flush() -> None:
        if view == "prospect":  # needs and their words only: the column-wise numbers would not be read
            scored = [assess(p, rules, peers) for p in pending]
        else:
            from scoring.batch import assess_batch  # numpy is imported for batches only

            scored = assess_batch(pending, rules, peers, missing=view == "agent")
        for a in scored:
            out.write(json.dumps(_view(a, view), ensure_ascii=False) + "\n")
        pending.clear()

    single = fmt == "json"
    results = []
    for line, facts in read_profiles(stream, fmt):
        try:
            if isinstance(facts, Exception):
                raise facts
            profile = Profile.from_facts(facts)
            if single:
                results.append(_view(assess(profile, rules, peers), view))
        except ValueError as exc:
            failed += 1
            err.write(f"line {line}: {exc}\n")
            continue
        if not single:
            pending.append(profile)
            if len(pending) >= BATCH_ROWS:
                flush()
    if pending:
        flush()
    if single and results:
        out.write(json.dumps(results[0] if len(results) == 1 else results, indent=2,
                             ensure_ascii=False) + "\n")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="needscout score",
                                description="Score prospect profiles: needs, risk, value and a decision.")
    p.add_argument("input", nargs="?", default="-", help="profile file (default: stdin)")
    p.add_argument("--format", choices=("json", "jsonl", "csv"), default=None,
                   help="input format (default: from the file extension, else json)")
    p.add_argument("--rules", default=None, help="rules YAML (default: scoring/rules.yml)")
    p.add_argument("--view", choices=("agent", "prospect", "scores"), default="agent",
                   help="agent: the full assessment; prospect: needs only; scores: the headline "
                        "numbers only (fastest for large batches)")
    p.add_argument("--peers", default=None, help="JSON lines of stored assessments for the cohort")
    p.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    return p


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    fmt = args.format
    if fmt is None:
        fmt = next((f for f in ("jsonl", "csv", "json") if str(args.input).endswith("." + f)), "json")
    try:
        rules = load_rules(args.rules)
        peers = _load_peers(args.peers)
    except (RulesError, OSError, json.JSONDecodeError) as exc:
        sys.stderr.write(f"needscout score: {exc}\n")
        return 2
    try:
        stream = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8", newline="")
    except OSError as exc:
        sys.stderr.write(f"needscout score: {exc}\n")
        return 2
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        return run(stream, out, sys.stderr, fmt, rules, args.view, peers)
    finally:
        if stream is not sys.stdin:
            stream.close()
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    raise SystemExit(main())

"""Run every persona through a real stack and print turns to completion and latency.

    .venv/bin/python bench/bench_personas.py [--only NAME ...] [--transcript]

Starts the action server and Rasa on free ports with a throw-away SQLite database
(the trained model in models/ is reused), drives each persona of tests/data/personas
through the REST channel, and prints: turns the persona needed, turns a
one-question-per-fact questionnaire would need for the same facts, and per-message
latency (median and 95th percentile) as the prospect would feel it.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from needscout.settings import silence_tensorflow  # noqa: E402

silence_tensorflow()

import requests  # noqa: E402

from needscout.services import start_stack  # noqa: E402
from needscout.training import train  # noqa: E402
from tests.conftest import stack_settings  # noqa: E402
from tests.simulator.personas import NOT_QUESTIONS, all_personas, questionnaire_turns, simulate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these personas")
    parser.add_argument("--transcript", action="store_true", help="print what was asked and answered")
    args = parser.parse_args()
    var_dir = Path(tempfile.mkdtemp(prefix="needscout-bench-"))
    settings = stack_settings(var_dir)
    train(settings)
    print("starting the stack ...", flush=True)
    with open(var_dir / "stack.log", "w") as log:
        stack = start_stack(settings, with_web=False, log=log, progress=False)
    latencies: list[float] = []

    def say(sender: str, text: str) -> list:
        started = time.perf_counter()
        reply = requests.post(f"{settings.rasa_url}/webhooks/rest/webhook",
                              json={"sender": sender, "message": text}, timeout=60)
        latencies.append(time.perf_counter() - started)
        return reply.json()

    def tracker(sender: str) -> dict:
        return requests.get(f"{settings.rasa_url}/conversations/{sender}/tracker",
                            params={"token": settings.rasa_token}, timeout=30).json()

    def leave(sender: str) -> None:
        requests.post(f"{settings.rasa_url}/conversations/{sender}/execute",
                      params={"token": settings.rasa_token},
                      json={"name": "action_session_start"}, timeout=60)

    try:
        print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
              f"load {os.getloadavg()[0]:.1f}")
        print(f"{'persona':26s} {'done':>5s} {'turns':>5s} {'form':>5s} {'ratio':>6s}")
        for persona in all_personas():
            if args.only and persona.name not in args.only:
                continue
            run = simulate(persona, say, tracker, f"bench-{persona.name}-{time.time_ns()}", on_leave=leave)
            known = {k: v for k, v in run.slots.items() if v is not None}
            asked = sum(1 for key in run.asked if key not in NOT_QUESTIONS)
            baseline = questionnaire_turns(known)
            done = "yes" if run.slots.get("assessment_done") else "NO"
            print(f"{persona.name:26s} {done:>5s} {asked:5d} {baseline:5d} {asked / baseline:6.0%}"
                  f"{'  (chatty)' if persona.chatty else ''}", flush=True)
            if args.transcript:
                for asked_by, answer in run.transcript:
                    print(f"    {asked_by:34s} > {answer}")
        ordered = sorted(latencies)
        print(f"\n{len(latencies)} messages: median {statistics.median(ordered) * 1000:.0f} ms, "
              f"p95 {ordered[int(0.95 * len(ordered)) - 1] * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms")
    finally:
        stack.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Intent benchmark: train NLU on bot/data/nlu, score it on a held-out file.

The held-out file (tests/data/intents/heldout.yml) is written independently of the
training data, so the figures say how well the intents separate on unseen phrasings.
Retrieval intents are scored at the `faq` / `chitchat` level, the way `rasa test nlu`
reports intents; the sub-intent (response selection) figures are printed as extra.

A development split (tests/data/intents/dev.yml) is the file to tune against; give
several files to `--heldout` to train once and score each, e.g.
`--heldout tests/data/intents/dev.yml tests/data/intents/heldout.yml`.

Usage: .venv/bin/python bench/bench_intents.py [--heldout FILE ...] [--config FILE] [--keep DIR]
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NLU_DIR = ROOT / "bot" / "data" / "nlu"
DEFAULT_HELDOUT = ROOT / "tests" / "data" / "intents" / "heldout.yml"
DEFAULT_CONFIG = ROOT / "config.yml"
# Files parked until the lead lists their intents in domain.yml; Rasa skips the suffix,
# the benchmark does not, so it measures the data as it will be.
PENDING_SUFFIX = ".pending"
TARGET_MACRO_F1 = 0.92
REPORT_SUMMARY_KEYS = {"accuracy", "macro avg", "weighted avg", "micro avg"}


@dataclass
class IntentScore:
    name: str
    precision: float
    recall: float
    f1: float
    support: int


def collect_training_files(nlu_dir: Path, dest: Path) -> list[str]:
    """Copy every NLU file (including parked `.yml.pending` ones) into `dest` as .yml."""
    dest.mkdir(parents=True)
    used: list[str] = []
    for path in sorted(nlu_dir.iterdir()):
        name = path.name
        if name.endswith(PENDING_SUFFIX):
            name = name[: -len(PENDING_SUFFIX)]
            if (nlu_dir / name).exists():
                continue  # already renamed: the .yml wins
        if not name.endswith((".yml", ".yaml")):
            continue
        shutil.copy(path, dest / name)
        used.append(path.name)
    return used


def run_with_heartbeat(command: list[str], cwd: Path, log_path: Path, label: str) -> None:
    """Run a rasa command, logging to a file and printing elapsed time every 30 s."""
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore")
    started = time.monotonic()
    done = threading.Event()

    def heartbeat() -> None:
        while not done.wait(30):
            print(f"  ... {label}: {time.monotonic() - started:.0f}s", flush=True)

    threading.Thread(target=heartbeat, daemon=True).start()
    with log_path.open("w") as log:
        result = subprocess.run(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
    done.set()
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        tail = log_path.read_text().splitlines()[-30:]
        print(f"{label} failed after {elapsed:.0f}s (exit {result.returncode}):", *tail, sep="\n")
        sys.exit(2)
    print(f"  {label} done in {elapsed:.0f}s", flush=True)


def intent_scores(report: dict) -> list[IntentScore]:
    return [
        IntentScore(name, v["precision"], v["recall"], v["f1-score"], int(v["support"]))
        for name, v in sorted(report.items())
        if name not in REPORT_SUMMARY_KEYS and isinstance(v, dict)
    ]


def top_confusions(errors: list[dict], limit: int = 10) -> list[tuple[tuple[str, str], int]]:
    """Count (true intent, predicted intent) pairs among the misclassified messages."""
    pairs = collections.Counter(
        (e["intent"], (e.get("intent_prediction") or {}).get("name") or "None") for e in errors
    )
    return pairs.most_common(limit)


def print_machine() -> None:
    import rasa

    print(
        f"machine: {platform.platform()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs; Python {platform.python_version()}; rasa {rasa.__version__}"
    )


def print_intent_report(report: dict, errors: list[dict]) -> float:
    scores = intent_scores(report)
    print(f"\n{'intent':<16}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>9}")
    for s in scores:
        print(f"{s.name:<16}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}{s.support:>9}")
    macro_f1 = report["macro avg"]["f1-score"]
    present = [s.f1 for s in scores if s.support > 0]
    accuracy = report.get("accuracy", report.get("micro avg", {}).get("f1-score", 0.0))
    print(f"\naccuracy {accuracy:.3f}")
    print(f"macro-F1 {macro_f1:.3f} (rasa/sklearn: every label seen in targets or predictions)")
    if len(present) != len(scores):
        print(f"macro-F1 over held-out intents only {sum(present) / len(present):.3f}")
    print("\ntop confusions (true -> predicted: count)")
    for (true, predicted), count in top_confusions(errors) or []:
        print(f"  {true} -> {predicted}: {count}")
    if not errors:
        print("  none")
    return macro_f1


def print_response_selection(results_dir: Path) -> None:
    path = results_dir / "response_selection_report.json"
    if not path.exists():
        print("\nresponse selection: not evaluated (no ResponseSelector or no sub-intents)")
        return
    report = json.loads(path.read_text())
    scores = intent_scores(report)
    accuracy = report.get("accuracy", report.get("micro avg", {}).get("f1-score", 0.0))
    print(
        f"\nresponse selection (faq/<name>, chitchat/<name>): accuracy {accuracy:.3f}, "
        f"macro-F1 {report['macro avg']['f1-score']:.3f} over {len(scores)} labels"
    )
    for s in sorted(scores, key=lambda s: s.f1)[:5]:
        if s.f1 < 1.0:
            print(f"  weakest: {s.name} F1 {s.f1:.2f} (support {s.support})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, nargs="+", default=[DEFAULT_HELDOUT],
                        help="one or more test files, each scored on the same model")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--keep", type=Path, help="copy model and results here")
    args = parser.parse_args()

    missing = [str(p) for p in args.heldout if not p.exists()]
    if missing:
        print(f"held-out file not found: {', '.join(missing)}; nothing to evaluate.")
        return 1
    print_machine()
    config_text = args.config.read_text()
    if "ResponseSelector" not in config_text:
        print(f"note: {args.config} has no ResponseSelector; faq/chitchat sub-intents unscored")

    rasa_cmd = [sys.executable, "-m", "rasa"]
    with tempfile.TemporaryDirectory(prefix="bench_intents_") as tmp_name:
        tmp = Path(tmp_name)
        used = collect_training_files(NLU_DIR, tmp / "data")
        print(f"training files: {', '.join(used)}")
        print(f"[1/2] training NLU with {args.config.name} (a few minutes on 2 CPUs)", flush=True)
        run_with_heartbeat(
            rasa_cmd + ["train", "nlu", "-c", str(args.config.resolve()), "--nlu", "data",
                        "--out", "models", "--fixed-model-name", "bench"],
            tmp, tmp / "train.log", "training",
        )
        verdicts = []
        for n, heldout in enumerate(args.heldout, 1):
            out = "results" if len(args.heldout) == 1 else f"results_{n}_{heldout.stem}"
            print(f"\n[2/2] evaluating on {heldout}", flush=True)
            run_with_heartbeat(
                rasa_cmd + ["test", "nlu", "--nlu", str(heldout.resolve()),
                            "--model", "models/bench.tar.gz", "--out", out, "--no-plot"],
                tmp, tmp / f"test_{n}.log", "evaluation",
            )
            results = tmp / out
            report = json.loads((results / "intent_report.json").read_text())
            errors_path = results / "intent_errors.json"
            errors = json.loads(errors_path.read_text()) if errors_path.exists() else []
            macro_f1 = print_intent_report(report, errors)
            print_response_selection(results)
            verdict = "meets" if macro_f1 >= TARGET_MACRO_F1 else "misses"
            verdicts.append(f"{heldout.name}: macro-F1 {macro_f1:.3f} {verdict} the target {TARGET_MACRO_F1}")
        if args.keep:
            shutil.copytree(tmp, args.keep, dirs_exist_ok=True)
            print(f"\nmodel, logs and reports kept in {args.keep}")

    print()
    print(*verdicts, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Rasa's own checks: the training data validates, and the test stories pass."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from needscout.settings import ROOT, child_environment

pytestmark = pytest.mark.e2e
RASA = str(Path(sys.executable).with_name("rasa"))
# Responses the action server sends by name (planner, actions): Rasa cannot see them in
# stories, so its validator calls them unused. Each must really be named in our code.
SENT_BY_CODE = re.compile(r"The utterance '(utter_[a-z_/]+)' is not used in any story or rule")
ASKED_BY_FORMS = re.compile(r"^utter_ask_")  # Rasa's forms ask utter_ask_<slot> themselves


def sources_naming_responses() -> str:
    files = [*ROOT.glob("bot/**/*.py"), *ROOT.glob("bot/interview/*.yml")]
    return "\n".join(f.read_text() for f in files)


def test_rasa_data_validate_is_clean():
    result = subprocess.run(
        [RASA, "data", "validate", "--domain", "domain.yml", "--data", "bot/data",
         "--config", "config.yml"],
        cwd=ROOT, env=child_environment(), capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    code = sources_naming_responses()
    for name in SENT_BY_CODE.findall(output):
        if ASKED_BY_FORMS.match(name):
            continue
        prefix_named = any(p in code for p in (name, name.rsplit("_", 1)[0] + "_", "utter_q_", "utter_open_"))
        assert name in code or (name.startswith(("utter_q_", "utter_range_", "utter_why_", "utter_ack_"))
                                and prefix_named), f"{name} is neither in a story nor sent by code"
    for line in output.splitlines():
        if "UserWarning" in line and "is not used in any story or rule" not in line:
            assert "intent" in line and "is not used" in line or "duplicated intents" in line, line


def test_rasa_test_stories_pass(tmp_path):
    """Test stories through the trained policies, failing on any wrongly predicted action.

    Without --e2e Rasa takes each story's written intent, not its text: this checks the
    dialogue policies, not the NLU (bench/bench_intents.py measures that).
    """
    result = subprocess.run(
        [RASA, "test", "core", "--stories", "tests/stories", "--model", str(ROOT / "models" / "needscout.tar.gz"),
         "--fail-on-prediction-errors", "--out", str(tmp_path)],
        cwd=ROOT, env=child_environment(),
        capture_output=True, text=True, timeout=900)
    failed = tmp_path / "failed_test_stories.yml"
    detail = failed.read_text() if failed.exists() else (result.stdout + result.stderr)[-3000:]
    assert result.returncode == 0, detail

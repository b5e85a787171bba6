"""Shared fixtures: a real NeedScout stack (action server + Rasa) on free ports.

The model is trained once per test run (and only when its inputs changed); every
end-to-end test shares one running stack with its own SQLite database in a temp dir.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests

os.environ.setdefault("NEEDSCOUT_STRICT_EXTRACTION", "1")  # an extractor bug fails the test, not just logs

from needscout.settings import ROOT, Settings, load_settings, silence_tensorflow  # noqa: E402

silence_tensorflow()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Bot:
    """A client for the running stack: REST channel and token-protected tracker API."""

    settings: Settings
    log_path: Path

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        reply = requests.post(f"{self.settings.rasa_url}/webhooks/rest/webhook",
                              json={"sender": sender, "message": text}, timeout=60)
        reply.raise_for_status()
        return reply.json()

    def tracker(self, sender: str) -> dict[str, Any]:
        reply = requests.get(f"{self.settings.rasa_url}/conversations/{sender}/tracker",
                             params={"token": self.settings.rasa_token}, timeout=30)
        reply.raise_for_status()
        return reply.json()

    def actions(self, sender: str) -> list[str]:
        """Every action the bot ran and every response it sent, by name, in order."""
        return actions_of(self.tracker(sender))

    def new_sender(self) -> str:
        return f"test-{uuid.uuid4().hex[:12]}"


def actions_of(tracker: dict[str, Any]) -> list[str]:
    """Action names and response names (a form's questions are bot events, not actions)."""
    names = []
    for event in tracker["events"]:
        if event["event"] == "action":
            names.append(event["name"])
        elif event["event"] == "bot":
            utter = (event.get("metadata") or {}).get("utter_action")
            if utter and (not names or names[-1] != utter):
                names.append(utter)
    return names


def stack_settings(var_dir: Path) -> Settings:
    return load_settings({
        "NEEDSCOUT_VAR_DIR": str(var_dir),
        "NEEDSCOUT_DATABASE_URL": f"sqlite:///{var_dir / 'needscout.db'}",
        "NEEDSCOUT_RASA_PORT": str(free_port()),
        "NEEDSCOUT_ACTION_PORT": str(free_port()),
        "NEEDSCOUT_WEB_PORT": str(free_port()),
        "NEEDSCOUT_MODEL_DIR": str(ROOT / "models"),
        "NEEDSCOUT_LOG_LEVEL": "INFO",
    })


@pytest.fixture(scope="session")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    from needscout.services import start_stack
    from needscout.training import train

    var_dir = tmp_path_factory.mktemp("var")
    settings = stack_settings(var_dir)
    train(settings)
    log_path = var_dir / "stack.log"
    with open(log_path, "w") as log:
        try:
            stack = start_stack(settings, with_web=True, log=log, progress=False)
        except Exception as error:
            raise RuntimeError(f"stack failed to start: {error}\n{log_path.read_text()[-4000:]}")
        try:
            yield Bot(settings, log_path)
        finally:
            stack.stop()

"""``needscout run``: bring the whole bot up on localhost and stop it cleanly on Ctrl-C."""

from __future__ import annotations

import signal
import time
from types import FrameType
from typing import Optional

from needscout.services import start_stack
from needscout.settings import Settings
from needscout.training import train


class _Stop(Exception):
    pass


def _raise_stop(signum: int, frame: Optional[FrameType]) -> None:
    raise _Stop()


def run(settings: Settings) -> int:
    """Train if needed, start every service, then supervise until Ctrl-C or a crash."""
    train(settings)
    print("Starting NeedScout (database: %s) ..." % settings.database_url, flush=True)
    signal.signal(signal.SIGTERM, _raise_stop)
    signal.signal(signal.SIGINT, _raise_stop)
    stack = None
    try:
        stack = start_stack(settings)
        print()
        print(f"  NeedScout is ready. Chat in your browser: http://{settings.host}:{settings.web_port}/")
        print(f"  From a terminal:  .venv/bin/needscout chat")
        print(f"  REST channel:     {settings.rasa_url}/webhooks/rest/webhook")
        print("  Press Ctrl-C to stop.", flush=True)
        while True:
            dead = stack.dead()
            if dead:
                print(f"{', '.join(dead)} stopped unexpectedly; shutting down.", flush=True)
                return 1
            time.sleep(1)
    except _Stop:
        print("\nStopping NeedScout ...", flush=True)
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if stack is not None:
            stack.stop()
        print("Stopped.", flush=True)

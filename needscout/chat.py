"""``needscout chat``: talk to the running bot from a terminal through the REST channel."""

from __future__ import annotations

import uuid
from typing import Optional

import requests

from needscout.settings import Settings


def chat(settings: Settings, sender: Optional[str] = None) -> int:
    url = f"{settings.rasa_url}/webhooks/rest/webhook"
    sender = sender or f"terminal-{uuid.uuid4().hex[:8]}"
    print(f"Chatting as {sender} (Ctrl-D to quit). Type /restart to start over.")
    message = "hi"
    while True:
        try:
            replies = requests.post(url, json={"sender": sender, "message": message}, timeout=30).json()
        except requests.RequestException as error:
            print(f"Cannot reach NeedScout at {url}: {error}. Is `make run` running?")
            return 1
        for reply in replies:
            if reply.get("text"):
                print(f"NeedScout: {reply['text']}")
            for number, button in enumerate(reply.get("buttons") or [], start=1):
                print(f"   [{number}] {button['title']}")
        try:
            message = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        buttons = [b for r in replies for b in (r.get("buttons") or [])]
        if message.isdigit() and 1 <= int(message) <= len(buttons):
            message = buttons[int(message) - 1]["payload"]

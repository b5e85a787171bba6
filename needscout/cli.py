"""The ``needscout`` command: one entry point for operators, agents and developers."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Callable, Optional

from needscout.settings import load_settings, silence_tensorflow

# Sub-commands owned by other packages: name -> (module, help). Each module exposes
# main(argv) -> int; imported only when used, so `needscout score` never loads Rasa.
DELEGATED = {
    "extract": ("bot.actions.extraction.cli", "extract facts from utterances on stdin (JSON lines)"),
    "score": ("scoring.cli", "score a profile (JSON, JSON lines or CSV) into an assessment"),
    "db-upgrade": ("store.cli", "upgrade the database schema to the latest migration"),
    "erase": ("store.cli", "erase a prospect's personal data, leaving an audit entry"),
    "purge": ("store.cli", "purge conversations older than the retention period"),
    "deliveries": ("store.cli", "show the CRM delivery outbox"),
    "deliver": ("store.cli", "deliver pending assessments to the CRM webhook"),
    "rotate-key": ("store.cli", "re-encrypt stored data under a new key"),
}
STORE_ALIASES = {"db-upgrade": "upgrade"}


def _delegate(command: str, rest: list[str]) -> int:
    module_name, _ = DELEGATED[command]
    main: Callable[[list[str]], int] = importlib.import_module(module_name).main
    if module_name == "store.cli":
        rest = [STORE_ALIASES.get(command, command), *rest]
    return int(main(rest) or 0)


def main(argv: Optional[list[str]] = None) -> int:
    silence_tensorflow()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in DELEGATED:
        return _delegate(argv[0], argv[1:])

    parser = argparse.ArgumentParser(prog="needscout", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="train if needed and start the bot, action server and web chat")
    train_p = sub.add_parser("train", help="train the Rasa model when its inputs changed")
    train_p.add_argument("--force", action="store_true", help="train even when up to date")
    chat_p = sub.add_parser("chat", help="chat with the running bot from this terminal")
    chat_p.add_argument("--sender", help="conversation id (default: a new one)")
    sub.add_parser("domain-slots", help="print domain.yml's fact slots from the fact registry")
    for name, (_, help_text) in DELEGATED.items():
        sub.add_parser(name, help=help_text, add_help=False)
    args = parser.parse_args(argv)
    settings = load_settings()

    if args.command == "run":
        from needscout.runner import run
        return run(settings)
    if args.command == "train":
        from needscout.training import train
        train(settings, force=args.force)
        return 0
    if args.command == "chat":
        from needscout.chat import chat
        return chat(settings, args.sender)
    if args.command == "domain-slots":
        from needscout.domain_slots import render_slots_yaml
        print(render_slots_yaml(), end="")
        return 0
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())

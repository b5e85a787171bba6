"""Operator commands for the store; `needscout erase|purge|deliveries|deliver|rotate-key|db-upgrade`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from contextlib import contextmanager
from typing import Iterator, Optional

from sqlalchemy.orm import sessionmaker

from needscout.settings import Settings, load_settings
from store import outbox, repository
from store.crypto import KeyConfigError, WrongKeyError, check_key, load_keyring
from store.db import make_engine, session_factory
from store.migrate import upgrade
from store.rotation import rotate_key


@contextmanager
def opened(settings: Settings) -> Iterator[sessionmaker]:
    """Migrate, open the database with the configured key, and check that key first."""
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        sessions = session_factory(engine, load_keyring(settings))
        with sessions.begin() as session:
            check_key(session)
        yield sessions
    finally:
        engine.dispose()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="needscout", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("upgrade", help="migrate the database schema to the newest revision")
    erase = sub.add_parser("erase", help="erase a prospect's data; leaves an audit entry")
    erase.add_argument("prospect", help="the prospect's conversation (sender) id")
    purge = sub.add_parser("purge", help="erase conversations idle longer than the retention")
    purge.add_argument("--days", type=int, help="retention in days (default: settings)")
    deliveries = sub.add_parser("deliveries", help="show the CRM outbox")
    deliveries.add_argument("--json", action="store_true", help="machine-readable output")
    deliver = sub.add_parser("deliver", help="send due assessments to the CRM webhook")
    deliver.add_argument("--loop", action="store_true", help="keep delivering until stopped")
    deliver.add_argument("--interval", type=float, default=2.0, help="idle sleep in --loop (s)")
    deliver.add_argument("--retry-failed", action="store_true",
                         help="first requeue deliveries that ran out of attempts")
    sub.add_parser("rotate-key", help="re-encrypt every encrypted value under a new key")
    return parser


def _print_deliveries(state: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(state, indent=2))
        return
    summary = state["summary"]
    print(f"pending {summary['pending']}  delivered {summary['delivered']}  failed {summary['failed']}")
    for row in state["deliveries"]:
        when = row["delivered_at"] if row["state"] == "delivered" else row["next_attempt_at"] or "-"
        error = f"  {row['last_error']}" if row["last_error"] and row["state"] != "delivered" else ""
        print(f"{row['id']:<38} {row['state']:<10} attempts={row['attempts']:<3} {when}{error}")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "upgrade":
        upgrade(settings.database_url)
        print("database schema is up to date")
        return 0
    if args.command == "rotate-key":
        upgrade(settings.database_url)
        print(json.dumps(rotate_key(settings), indent=2))
        return 0
    with opened(settings) as sessions:
        if args.command == "erase":
            counts = repository.erase_prospect(sessions, args.prospect)
            print(json.dumps({"erased": counts}, sort_keys=True))
        elif args.command == "purge":
            days = settings.retention_days if args.days is None else args.days
            print(json.dumps({"purged": repository.purge_older_than(sessions, days),
                              "retention_days": days}, sort_keys=True))
        elif args.command == "deliveries":
            _print_deliveries(outbox.delivery_states(sessions), args.json)
        elif args.command == "deliver":
            if args.retry_failed:
                print(f"requeued {outbox.retry_failed(sessions)} failed deliveries")
            if args.loop:
                logging.basicConfig(level=settings.log_level)
                stop = threading.Event()
                try:
                    outbox.run_loop(sessions, settings, interval_s=args.interval, stop=stop)
                except KeyboardInterrupt:
                    stop.set()
            else:
                print(json.dumps(outbox.deliver_pending(sessions, settings), sort_keys=True))
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return run(args, load_settings())
    except (WrongKeyError, KeyConfigError) as error:
        print(f"needscout: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())

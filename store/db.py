"""Engines and session factories, built on demand (never at import time).

SQLite gets WAL, a busy timeout, foreign keys and ``BEGIN IMMEDIATE`` transactions so
concurrent writers queue instead of failing with "database is locked" on lock upgrade.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str, **kwargs: Any) -> Engine:
    """A future-style engine for ``url``; creates the SQLite file's directory if needed."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    return sa.create_engine(url, future=True, **kwargs)


def _sqlite_engine(url: str, database: Optional[str], **kwargs: Any) -> Engine:
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
    connect_args.setdefault("check_same_thread", False)
    engine = sa.create_engine(url, future=True, connect_args=connect_args, **kwargs)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Take the write lock up front: a read lock upgraded later cannot wait for a writer.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def session_factory(engine: Engine, keyring: Any = None) -> sessionmaker:
    """A 2.0-style sessionmaker; ``keyring`` (store.crypto.Keyring) rides in ``session.info``.

    Without a keyring the repository loads one from settings on first use.
    """
    info = {"keyring": keyring} if keyring is not None else {}
    return sessionmaker(bind=engine, future=True, expire_on_commit=False, info=info)


def sessions_for(settings: Any) -> sessionmaker:
    """The session factory a process uses for NeedScout's database, keyring loaded."""
    from store.crypto import load_keyring

    return session_factory(make_engine(settings.database_url), load_keyring(settings))

"""Database fixtures: every storage test runs on SQLite and on the real PostgreSQL server.

PostgreSQL comes from NEEDSCOUT_TEST_PG_URL (set by the test command after
``scripts/postgres.sh start``). Without it the postgres cases skip, or fail when CI=true.
Each test gets its own fresh database, migrated from empty.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import Iterator

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker

from store.crypto import Keyring
from store.db import make_engine, session_factory
from store.migrate import upgrade

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def postgres_admin_url() -> str:
    url = os.environ.get("NEEDSCOUT_TEST_PG_URL", "").strip()
    if not url:
        message = ("NEEDSCOUT_TEST_PG_URL is not set: run `scripts/postgres.sh start` and export "
                   "NEEDSCOUT_TEST_PG_URL=<the URL it prints> (the test command does this)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return url


def _fresh_postgres_database() -> tuple[str, Engine, str]:
    admin_url = make_url(postgres_admin_url())
    name = "t_" + uuid.uuid4().hex[:16]
    admin = sa.create_engine(admin_url, future=True, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    return str(admin_url.set(database=name)), admin, name


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """The URL of an empty database on the parametrised backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'needscout.db'}"
        return
    url, admin, name = _fresh_postgres_database()
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


@pytest.fixture
def keyring() -> Keyring:
    return Keyring((Fernet.generate_key().decode(),), "test key")


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker
    keyring: Keyring

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def raw_rows(self, sql: str) -> list[tuple]:
        """Rows read with the raw DB-API driver (sqlite3 / psycopg2), bypassing the store."""
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute(sql)
            return list(cursor.fetchall())
        finally:
            connection.close()


@pytest.fixture
def db(db_url: str, keyring: Keyring) -> Iterator[Database]:
    """A migrated database and a session factory carrying the test keyring."""
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        yield Database(db_url, engine, session_factory(engine, keyring), keyring)
    finally:
        engine.dispose()

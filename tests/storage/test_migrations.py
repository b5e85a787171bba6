"""Migrations build the schema from empty, match the models, and reverse cleanly."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from store.db import make_engine
from store.migrate import current, downgrade, upgrade
from store.models import Base

TABLES = {"prospects", "conversations", "facts", "fact_revisions", "assessments", "consents",
          "handoff_requests", "deliveries", "audit_log", "key_check", "events"}


def tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_from_empty_down_and_up_again(db_url: str) -> None:
    assert current(db_url) is None and tables(db_url) == set()
    upgrade(db_url)
    assert current(db_url) == "0001" and tables(db_url) == TABLES
    upgrade(db_url)  # idempotent: the run command upgrades at every start
    downgrade(db_url)
    assert current(db_url) is None and tables(db_url) == set()
    upgrade(db_url)
    assert tables(db_url) == TABLES


def test_migrations_match_the_models(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name == "events")
            and not (d[0] == "remove_index" and d[1].table.name == "events")]
    assert diff == []

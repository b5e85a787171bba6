"""Storage fixtures (defined in backends.py): each test runs on SQLite and PostgreSQL."""

from tests.storage.backends import Database, db, db_url, keyring  # noqa: F401

"""Rasa's SQL tracker store, pointed at NeedScout's database URL.

Rasa's stock SQLTrackerStore wants dialect/host/db pieces in endpoints.yml; NeedScout
has one database URL in settings (SQLite under var/ by default, PostgreSQL in
production), so this subclass splits that URL for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from sqlalchemy.engine import make_url

from needscout.settings import load_settings


def sqltrackerstore_kwargs(database_url: str) -> dict[str, Any]:
    """Translate a SQLAlchemy URL into SQLTrackerStore's constructor arguments."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        db_path = Path(url.database or "var/needscout.db")
        db_path.parent.mkdir(parents=True, exist_ok=True)
        return {"dialect": "sqlite", "db": str(db_path)}
    return {
        "dialect": url.drivername,
        "host": url.host,
        "port": url.port,
        "db": url.database,
        "username": url.username,
        "password": url.password,
        "query": dict(url.query) or None,
    }


class NeedScoutTrackerStore(SQLTrackerStore):
    """SQL tracker store configured from NEEDSCOUT_DATABASE_URL."""

    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[str] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        settings = load_settings()
        super().__init__(
            domain=domain,
            event_broker=event_broker,
            **sqltrackerstore_kwargs(settings.database_url),
        )

"""The action server's link to the store: one session factory per process, built lazily.

Store calls are blocking SQLAlchemy work, so actions run them in a worker thread.
"""

from __future__ import annotations

import asyncio
import logging
from functools import lru_cache
from typing import Any, Callable, TypeVar

from sqlalchemy.orm import sessionmaker

from needscout.settings import load_settings

logger = logging.getLogger(__name__)
T = TypeVar("T")


@lru_cache(maxsize=1)
def sessions() -> sessionmaker:
    """The process's session factory for NeedScout's database (settings' URL)."""
    from store.db import sessions_for

    return sessions_for(load_settings())


async def in_store(function: Callable[..., T], *args: Any) -> T:
    """Run ``function(sessions(), *args)`` off the event loop."""
    return await asyncio.to_thread(function, sessions(), *args)

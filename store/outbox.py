"""The CRM outbox: each stored assessment is POSTed, signed, until the CRM accepts it.

Rows are written in the same transaction as the assessment (store.repository), so a
crash never loses one. Delivery is at-least-once with a stable ``Idempotency-Key`` (the
delivery id); the CRM dedupes on it, so each assessment lands exactly once per id.
Failures back off exponentially with jitter; the schedule lives in ``next_attempt_at``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import random
import threading
from dataclasses import dataclass
from typing import Any, Optional

import requests
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from needscout.settings import Settings
from store.crypto import keyring_of
from store.models import Delivery, utcnow

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-NeedScout-Signature"


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: attempt n waits base*2^(n-1), capped, times 0.5..1."""

    base_s: float = 2.0
    cap_s: float = 900.0
    max_attempts: int = 30  # about a week of retries with the defaults; then "failed"

    def delay(self, attempts: int, rng: random.Random) -> float:
        ceiling = min(self.cap_s, self.base_s * 2 ** max(0, attempts - 1))
        return ceiling * (0.5 + rng.random() / 2)


def sign(body: bytes, secret: str) -> str:
    """The signature header value: ``sha256=<hex HMAC-SHA256 of the body>``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, header: Optional[str]) -> bool:
    """Constant-time check of a signature header (the CRM side uses this)."""
    return bool(header) and hmac.compare_digest(sign(body, secret), header or "")


def encode_body(payload: Any) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _claim(sessions: sessionmaker, max_batch: int, lease_s: float) -> list[tuple[str, int, bytes]]:
    """Lease due rows to this worker (SKIP LOCKED on PostgreSQL; SQLite serialises)."""
    now = utcnow()
    with sessions.begin() as session:
        keyring = keyring_of(session)
        rows = session.execute(
            sa.select(Delivery)
            .where(Delivery.state == "pending", Delivery.next_attempt_at <= now,
                   sa.or_(Delivery.claimed_until.is_(None), Delivery.claimed_until < now))
            .order_by(Delivery.next_attempt_at, Delivery.created_at)
            .limit(max_batch)
            .with_for_update(skip_locked=True)
        ).scalars().all()
        claimed = []
        for row in rows:
            row.claimed_until = now + dt.timedelta(seconds=lease_s)
            claimed.append((row.id, row.attempts, encode_body(keyring.decrypt_json(row.payload))))
        return claimed


def _post(http: requests.Session, settings: Settings, delivery_id: str, attempt: int,
          body: bytes, timeout_s: float) -> Optional[str]:
    """POST one delivery; None when the CRM accepted it, else the error to record."""
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(body, settings.crm_secret),
        "Idempotency-Key": delivery_id,
        "X-NeedScout-Delivery": delivery_id,
        "X-NeedScout-Attempt": str(attempt),
    }
    try:
        response = http.post(settings.crm_webhook_url, data=body, headers=headers, timeout=timeout_s)
    except requests.RequestException as error:
        return f"{type(error).__name__}: {error}"[:500]
    if 200 <= response.status_code < 300:
        return None
    return f"HTTP {response.status_code}: {response.text[:200]}"


def _record(sessions: sessionmaker, delivery_id: str, error: Optional[str], backoff: Backoff,
            rng: random.Random) -> str:
    with sessions.begin() as session:
        row = session.get(Delivery, delivery_id, with_for_update=True)
        if row is None:  # erased while in flight
            return "gone"
        now = utcnow()
        row.attempts += 1
        row.claimed_until = None
        if error is None:
            row.state, row.delivered_at, row.last_error = "delivered", now, None
        else:
            row.last_error = error
            if row.attempts >= backoff.max_attempts:
                row.state = "failed"
            else:
                row.next_attempt_at = now + dt.timedelta(seconds=backoff.delay(row.attempts, rng))
        return "delivered" if error is None else ("failed" if row.state == "failed" else "retrying")


def deliver_pending(session_factory: sessionmaker, settings: Settings, max_batch: int = 50,
                    backoff: Backoff = Backoff(), timeout_s: float = 10.0,
                    http: Optional[requests.Session] = None,
                    rng: Optional[random.Random] = None) -> dict[str, Any]:
    """Send the due deliveries once; returns counts by outcome."""
    result: dict[str, Any] = {"delivered": 0, "retrying": 0, "failed": 0, "gone": 0}
    if not settings.crm_webhook_url:
        result["skipped"] = "no CRM webhook configured (NEEDSCOUT_CRM_WEBHOOK_URL); rows kept"
        return result
    rng = rng or random.Random()
    own_http = http is None
    http = http or requests.Session()
    try:
        for delivery_id, attempts, body in _claim(session_factory, max_batch, timeout_s * 3 + 30):
            error = _post(http, settings, delivery_id, attempts + 1, body, timeout_s)
            if error:
                log.warning("delivery %s failed (attempt %d): %s", delivery_id, attempts + 1, error)
            result[_record(session_factory, delivery_id, error, backoff, rng)] += 1
    finally:
        if own_http:
            http.close()
    return result


def run_loop(session_factory: sessionmaker, settings: Settings, interval_s: float = 2.0,
             stop: Optional[threading.Event] = None, **kwargs: Any) -> None:
    """Deliver until ``stop`` is set, sleeping ``interval_s`` when nothing was due."""
    stop = stop or threading.Event()
    with requests.Session() as http:
        while not stop.is_set():
            try:
                result = deliver_pending(session_factory, settings, http=http, **kwargs)
            except Exception:  # a database hiccup must not end the loop
                log.exception("outbox pass failed; retrying")
                result = {}
            if not any(result.get(k) for k in ("delivered", "retrying", "failed")):
                stop.wait(interval_s)


def delivery_states(session_factory: sessionmaker) -> dict[str, Any]:
    """Counts per state and every row's schedule, for `needscout deliveries`."""
    with session_factory() as session:
        rows = session.execute(sa.select(Delivery).order_by(Delivery.created_at)).scalars().all()
    summary: dict[str, int] = {"pending": 0, "delivered": 0, "failed": 0}
    for row in rows:
        summary[row.state] = summary.get(row.state, 0) + 1
    return {
        "summary": summary,
        "deliveries": [{
            "id": row.id, "kind": row.kind, "state": row.state, "attempts": row.attempts,
            "next_attempt_at": row.next_attempt_at.isoformat() if row.state == "pending" else None,
            "last_error": row.last_error, "created_at": row.created_at.isoformat(),
            "delivered_at": row.delivered_at.isoformat() if row.delivered_at else None,
        } for row in rows],
    }


def retry_failed(session_factory: sessionmaker) -> int:
    """Put deliveries that ran out of attempts back in the queue (after a CRM fix)."""
    with session_factory.begin() as session:
        return session.execute(
            sa.update(Delivery).where(Delivery.state == "failed")
            .values(state="pending", attempts=0, next_attempt_at=utcnow(), claimed_until=None)
        ).rowcount

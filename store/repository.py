"""Writes and reads of prospects' data; every public function is one transaction.

Nothing personal is written before the prospect grants consent (``ConsentRequired``).
Sensitive facts (needscout.facts: health, money) and whole assessments are encrypted.
Writers lock the prospect row, so concurrent turns of one conversation queue up and
different conversations never touch each other's rows.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any, Iterable, Mapping, Optional, Union

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from needscout.facts import FACTS
from store.crypto import Keyring, keyring_of
from store.models import (
    Assessment, AuditEntry, Consent, Conversation, Delivery, FactRecord, FactRevision,
    HandoffRequest, Prospect, events, utcnow,
)

REQUIRED_ASSESSMENT_KEYS = ("composite_score", "tier", "risk_class", "decision", "needs",
                            "premium_ceiling", "flags", "reasons", "missing_facts",
                            "rules_version")


class ConsentRequired(PermissionError):
    """The prospect has not granted consent, so nothing personal may be stored."""


class InvalidFact(ValueError):
    """A fact name outside the registry, or a value of the wrong type."""


# ---------------------------------------------------------------- helpers

def age_band(age: Optional[int]) -> Optional[str]:
    """Fallback cohort band when the assessment has no ``cohort_key``: scoring's default
    labels (scoring/rules.yml: 18-29, 30-39, 40-49, 50-59, 60+)."""
    if age is None:
        return None
    if age < 30:
        return "18-29"
    if age >= 60:
        return "60+"
    low = (int(age) // 10) * 10
    return f"{low}-{low + 9}"


def _prospect(session: Session, sender_id: str, create: bool = True) -> Optional[Prospect]:
    """The prospect row, locked for this transaction (created when asked to)."""
    query = sa.select(Prospect).where(Prospect.sender_id == sender_id).with_for_update()
    prospect = session.execute(query).scalar_one_or_none()
    if prospect is not None or not create:
        return prospect
    try:
        with session.begin_nested():  # a concurrent first turn may insert it first
            prospect = Prospect(sender_id=sender_id)
            session.add(prospect)
    except IntegrityError:
        prospect = session.execute(query).scalar_one()
    return prospect


def _consented(session: Session, sender_id: str) -> Prospect:
    prospect = _prospect(session, sender_id, create=False)
    if prospect is None or prospect.consent_granted is not True:
        raise ConsentRequired(f"no consent recorded for this conversation; nothing stored")
    return prospect


def _touch(session: Session, prospect: Prospect, status: Optional[str] = None) -> None:
    now = utcnow()
    prospect.last_activity_at = now
    conversation = session.execute(
        sa.select(Conversation).where(Conversation.prospect_id == prospect.id)
        .order_by(Conversation.id.desc()).limit(1)
    ).scalar_one_or_none()
    if conversation is None:
        conversation = Conversation(prospect_id=prospect.id, status="open", started_at=now)
        session.add(conversation)
    conversation.last_activity_at = now
    if status:
        conversation.status = status


def _span(source: Mapping[str, Any]) -> tuple[Optional[int], Optional[int]]:
    span = source.get("span")
    if span is None:
        return None, None
    if isinstance(span, Mapping):
        return span.get("start"), span.get("end")
    start, end = span
    return int(start), int(end)


def _encode(keyring: Keyring, name: str, value: Any) -> tuple[Optional[str], bool]:
    if value is None:
        return None, False
    text = json.dumps(value)
    if FACTS[name].sensitive:
        return keyring.encrypt_text(text), True
    return text, False


def _decode(keyring: Keyring, value: Optional[str], encrypted: bool) -> Any:
    if value is None:
        return None
    return json.loads(keyring.decrypt_text(value) if encrypted else value)


def _validated(name: str, data: Mapping[str, Any]) -> dict[str, Any]:
    if name not in FACTS:
        raise InvalidFact(f"unknown fact {name!r}; see needscout/facts.py")
    declined = bool(data.get("declined", False))
    value = None if declined else data.get("value")
    if value is not None and not FACTS[name].is_valid(value):
        raise InvalidFact(f"{name}: {value!r} is not a valid {FACTS[name].kind}")
    if value is None and not declined:
        raise InvalidFact(f"{name}: no value and not declined")
    confidence = data.get("confidence")
    source = data.get("source") or {}
    start, end = _span(source)
    return {"value": value, "declined": declined,
            "confidence": None if confidence is None else float(confidence),
            "source_message_id": source.get("message_id"), "span_start": start, "span_end": end}


def _write_facts(session: Session, prospect: Prospect, facts: Mapping[str, Mapping[str, Any]]) -> int:
    """Upsert facts; a changed value gets a new revision and the old one stays in history."""
    keyring = keyring_of(session)
    clean = {name: _validated(name, data) for name, data in facts.items()}
    existing = {
        record.name: record
        for record in session.execute(
            sa.select(FactRecord).where(FactRecord.prospect_id == prospect.id,
                                        FactRecord.name.in_(list(clean)))
        ).scalars()
    }
    changed = 0
    for name, data in clean.items():
        record = existing.get(name)
        if record is not None and _same(keyring, record, data):
            continue
        value, encrypted = _encode(keyring, name, data["value"])
        fields = {k: v for k, v in data.items() if k != "value"}
        if record is None:
            record = FactRecord(prospect_id=prospect.id, name=name, revision=1)
            session.add(record)
        else:
            record.revision += 1
        record.value, record.encrypted, record.updated_at = value, encrypted, utcnow()
        for key, field_value in fields.items():
            setattr(record, key, field_value)
        session.flush()
        session.add(FactRevision(fact_id=record.id, revision=record.revision, value=value,
                                 encrypted=encrypted, **fields))
        changed += 1
    return changed


def _same(keyring: Keyring, record: FactRecord, data: Mapping[str, Any]) -> bool:
    return (
        _decode(keyring, record.value, record.encrypted) == data["value"]
        and record.declined == data["declined"]
        and record.confidence == data["confidence"]
        and record.source_message_id == data["source_message_id"]
        and (record.span_start, record.span_end) == (data["span_start"], data["span_end"])
    )


def _fact_dict(keyring: Keyring, record: Union[FactRecord, FactRevision]) -> dict[str, Any]:
    span = None if record.span_start is None else [record.span_start, record.span_end]
    return {
        "value": _decode(keyring, record.value, record.encrypted),
        "confidence": record.confidence,
        "source": {"message_id": record.source_message_id, "span": span},
        "declined": record.declined,
    }


# ---------------------------------------------------------------- public API

def record_consent(session_factory: sessionmaker, sender_id: str, granted: bool,
                   text_version: str) -> None:
    """Record a consent answer; withdrawing consent erases what was stored under it."""
    with session_factory.begin() as session:
        prospect = _prospect(session, sender_id)
        session.add(Consent(prospect_id=prospect.id, granted=granted, text_version=text_version))
        if not granted and prospect.consent_granted:
            _delete_personal_data(session, prospect)
        prospect.consent_granted = granted
        _touch(session, prospect)


def has_consent(session_factory: sessionmaker, sender_id: str) -> bool:
    """True when the prospect's latest consent answer is yes."""
    with session_factory() as session:
        granted = session.execute(
            sa.select(Prospect.consent_granted).where(Prospect.sender_id == sender_id)
        ).scalar_one_or_none()
    return granted is True


def save_facts(session_factory: sessionmaker, sender_id: str,
               facts: Mapping[str, Mapping[str, Any]]) -> int:
    """Store facts with provenance; returns how many changed. Needs consent."""
    with session_factory.begin() as session:
        prospect = _consented(session, sender_id)
        changed = _write_facts(session, prospect, facts)
        _touch(session, prospect)
    return changed


def save_assessment(session_factory: sessionmaker, sender_id: str,
                    facts: Mapping[str, Mapping[str, Any]], assessment: Mapping[str, Any]) -> str:
    """Store facts, the assessment and its CRM outbox row in one transaction.

    Returns the assessment id (the assessment's own ``id`` if it has one); saving the same
    id twice stores it once.
    """
    missing = [key for key in REQUIRED_ASSESSMENT_KEYS if key not in assessment]
    if missing:
        raise ValueError(f"assessment lacks {', '.join(missing)}")
    public_id = str(assessment.get("id") or uuid.uuid4())
    with session_factory.begin() as session:
        prospect = _consented(session, sender_id)
        known = session.execute(
            sa.select(Assessment.id).where(Assessment.public_id == public_id)
        ).scalar_one_or_none()
        if known is not None:
            return public_id
        _write_facts(session, prospect, facts)
        session.flush()
        _write_assessment(session, prospect, public_id, assessment)
        _touch(session, prospect, status="assessed")
    return public_id


def _write_assessment(session: Session, prospect: Prospect, public_id: str,
                      assessment: Mapping[str, Any]) -> None:
    keyring = keyring_of(session)
    current = {
        record.name: _fact_dict(keyring, record)
        for record in session.execute(
            sa.select(FactRecord).where(FactRecord.prospect_id == prospect.id)
        ).scalars()
    }
    values = {name: f["value"] for name, f in current.items() if not f["declined"]}
    key = assessment.get("cohort_key") or {}  # scoring's own cohort, when it gives one
    band = key.get("age_band") or age_band(values.get("age"))
    occupation_class = key.get("occupation_class", values.get("occupation_class"))
    now = utcnow()
    row = Assessment(
        public_id=public_id, prospect_id=prospect.id,
        rules_version=str(assessment["rules_version"]),
        tier=_short(assessment.get("tier")), decision=_short(assessment.get("decision")),
        composite_score=_number(assessment.get("composite_score")),
        age_band=band,
        occupation_class=occupation_class if isinstance(occupation_class, int) else None,
        payload=keyring.encrypt_json(dict(assessment)),
        facts_snapshot=keyring.encrypt_json(current),
        created_at=now,
    )
    session.add(row)
    session.flush()
    body = {"delivery_id": public_id, "assessment_id": public_id, "sender_id": prospect.sender_id,
            "created_at": now.isoformat(), "assessment": dict(assessment), "facts": values}
    session.add(Delivery(id=public_id, assessment_id=row.id, kind="assessment",
                         payload=keyring.encrypt_json(body), state="pending", attempts=0,
                         next_attempt_at=now, created_at=now))


def _short(value: Any) -> Optional[str]:
    return None if value is None else str(value)[:64]


def _number(value: Any) -> Optional[float]:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def request_handoff(session_factory: sessionmaker, sender_id: str, reason: str) -> int:
    """Ask for a human agent; returns the request id. Needs no consent (no personal data)."""
    with session_factory.begin() as session:
        prospect = _prospect(session, sender_id)
        request = HandoffRequest(prospect_id=prospect.id, reason=reason[:255], status="open")
        session.add(request)
        _touch(session, prospect, status="handed_off")
        session.flush()
        return request.id


def load_facts(session_factory: sessionmaker, sender_id: str) -> dict[str, dict[str, Any]]:
    """The prospect's current facts, decrypted, in save_facts' shape (+ revision)."""
    with session_factory() as session:
        keyring = keyring_of(session)
        rows = session.execute(
            sa.select(FactRecord).join(Prospect).where(Prospect.sender_id == sender_id)
            .order_by(FactRecord.name)
        ).scalars()
        return {row.name: {**_fact_dict(keyring, row), "revision": row.revision,
                           "updated_at": row.updated_at.isoformat()} for row in rows}


def fact_history(session_factory: sessionmaker, sender_id: str, name: str) -> list[dict[str, Any]]:
    """Every value fact ``name`` had, oldest first (corrections included)."""
    with session_factory() as session:
        keyring = keyring_of(session)
        rows = session.execute(
            sa.select(FactRevision).join(FactRecord, FactRevision.fact_id == FactRecord.id)
            .join(Prospect, FactRecord.prospect_id == Prospect.id)
            .where(Prospect.sender_id == sender_id, FactRecord.name == name)
            .order_by(FactRevision.revision)
        ).scalars()
        return [{**_fact_dict(keyring, row), "revision": row.revision,
                 "recorded_at": row.recorded_at.isoformat()} for row in rows]


def _delete(session: Session, statement: Any) -> int:
    """Run a bulk delete; the session is expired afterwards rather than synchronised."""
    return session.execute(statement.execution_options(synchronize_session=False)).rowcount


def _delete_personal_data(session: Session, prospect: Prospect) -> dict[str, int]:
    """Delete facts, their history, assessments, outbox rows and Rasa events."""
    fact_ids = sa.select(FactRecord.id).where(FactRecord.prospect_id == prospect.id)
    assessment_ids = sa.select(Assessment.id).where(Assessment.prospect_id == prospect.id)
    counts = {
        "fact_revisions": _delete(
            session, sa.delete(FactRevision).where(FactRevision.fact_id.in_(fact_ids))),
        "facts": _delete(session, sa.delete(FactRecord).where(FactRecord.prospect_id == prospect.id)),
        "deliveries": _delete(
            session, sa.delete(Delivery).where(Delivery.assessment_id.in_(assessment_ids))),
        "assessments": _delete(
            session, sa.delete(Assessment).where(Assessment.prospect_id == prospect.id)),
        "events": _delete(session, events.delete().where(events.c.sender_id == prospect.sender_id)),
    }
    session.expire_all()
    return counts


def _erase(session: Session, prospect: Prospect) -> dict[str, int]:
    prospect_id = prospect.id
    counts = _delete_personal_data(session, prospect)
    for model in (Consent, HandoffRequest, Conversation):
        counts[model.__tablename__] = _delete(
            session, sa.delete(model).where(model.prospect_id == prospect_id))
    counts["prospects"] = _delete(session, sa.delete(Prospect).where(Prospect.id == prospect_id))
    session.expunge(prospect)
    return counts


def erase_prospect(session_factory: sessionmaker, sender_id: str) -> dict[str, int]:
    """Remove everything about a prospect; the audit entry keeps only counts and a hash."""
    with session_factory.begin() as session:
        keyring = keyring_of(session)
        prospect = _prospect(session, sender_id, create=False)
        if prospect is not None:
            counts = _erase(session, prospect)
        else:  # a conversation that never consented may still have Rasa events
            counts = {"prospects": 0, "events": session.execute(
                events.delete().where(events.c.sender_id == sender_id)).rowcount}
        session.add(AuditEntry(action="erase", subject=keyring.subject_hash(sender_id),
                               detail=json.dumps(counts, sort_keys=True)))
    return counts


def purge_older_than(session_factory: sessionmaker, days: int) -> dict[str, int]:
    """Erase conversations idle for more than ``days`` days (the retention period)."""
    if days < 0:
        raise ValueError("days must be >= 0")
    cutoff = utcnow() - dt.timedelta(days=days)
    cutoff_ts = cutoff.timestamp()
    totals: dict[str, int] = {"prospects": 0}
    with session_factory.begin() as session:
        last_event = (sa.select(events.c.sender_id, sa.func.max(events.c.timestamp).label("ts"))
                      .group_by(events.c.sender_id).subquery())
        stale = session.execute(
            sa.select(Prospect).outerjoin(last_event, last_event.c.sender_id == Prospect.sender_id)
            .where(Prospect.last_activity_at < cutoff,
                   sa.or_(last_event.c.ts.is_(None), last_event.c.ts < cutoff_ts))
            .with_for_update(of=Prospect)
        ).scalars().all()
        for prospect in stale:
            for table, count in _erase(session, prospect).items():
                totals[table] = totals.get(table, 0) + count
        # Rasa events of conversations that never became prospects (no consent given).
        known = sa.select(Prospect.sender_id)
        orphans = sa.select(last_event.c.sender_id).where(
            last_event.c.ts < cutoff_ts, last_event.c.sender_id.not_in(known))
        totals["events"] = totals.get("events", 0) + session.execute(
            events.delete().where(events.c.sender_id.in_(orphans))).rowcount
        session.add(AuditEntry(action="purge", subject=None,
                               detail=json.dumps({"days": days, **totals}, sort_keys=True)))
    return totals


def peers(session_factory: sessionmaker, age_band: Optional[str],
          occupation_class: Optional[int], limit: int = 500) -> list[dict[str, Any]]:
    """Latest stored assessment of each prospect in the cohort, for scoring's comparison.

    Each item is the assessment JSON as scoring stored it (so ``cohort_key`` and
    ``metrics`` are at the top) plus ``profile_facts`` (the fact values it used).
    ``None`` for either argument means any.
    """
    latest = (sa.select(Assessment.prospect_id, sa.func.max(Assessment.id).label("id"))
              .group_by(Assessment.prospect_id).subquery())
    query = sa.select(Assessment).join(latest, latest.c.id == Assessment.id)
    if age_band is not None:
        query = query.where(Assessment.age_band == age_band)
    if occupation_class is not None:
        query = query.where(Assessment.occupation_class == occupation_class)
    with session_factory() as session:
        keyring = keyring_of(session)
        rows = session.execute(query.order_by(Assessment.id.desc()).limit(limit)).scalars()
        result = []
        for row in rows:
            snapshot = keyring.decrypt_json(row.facts_snapshot)
            result.append({
                **keyring.decrypt_json(row.payload),
                "profile_facts": {n: f["value"] for n, f in snapshot.items() if not f["declined"]},
                "stored_age_band": row.age_band, "stored_occupation_class": row.occupation_class,
                "stored_at": row.created_at.isoformat(),
            })
        return result


def audit_entries(session_factory: sessionmaker) -> list[dict[str, Any]]:
    """The audit log, oldest first."""
    with session_factory() as session:
        rows = session.execute(sa.select(AuditEntry).order_by(AuditEntry.id)).scalars()
        return [{"action": r.action, "subject": r.subject, "detail": json.loads(r.detail),
                 "created_at": r.created_at.isoformat()} for r in rows]


def sender_ids(session_factory: sessionmaker) -> Iterable[str]:
    with session_factory() as session:
        return list(session.execute(sa.select(Prospect.sender_id).order_by(Prospect.id)).scalars())

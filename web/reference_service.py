"""A small stand-in for the CRM and the enrichment providers, for tests and local runs.

    python -m web.reference_service --port 8765 --data-dir var/reference

CRM side: POST /crm/assessments checks the HMAC signature, stores each delivery once per
Idempotency-Key (fsynced to received.jsonl before answering, so a kill loses nothing it
acknowledged) and GET /crm/received shows, per id, how often it was stored and posted.
Enrichment side: POST /enrichment/credit-score and /enrichment/fraud-check answer
deterministically from the request, so tests can predict them.
"""

from __future__ import annotations

import argparse
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Optional

from store.outbox import SIGNATURE_HEADER, verify


class CrmInbox:
    """Deliveries received, deduplicated by id, durable in ``data_dir/received.jsonl``."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "received.jsonl"
        data_dir.mkdir(parents=True, exist_ok=True)
        self.lock = threading.Lock()
        self.stored: dict[str, int] = {}
        self.posts: dict[str, int] = {}
        if self.path.exists():
            for line in self.path.read_text().splitlines():
                if line.strip():
                    record = json.loads(line)
                    self.stored[record["id"]] = self.stored.get(record["id"], 0) + 1

    def accept(self, delivery_id: str, body: dict[str, Any]) -> bool:
        """Store the delivery unless already stored; True when it was new."""
        with self.lock:
            self.posts[delivery_id] = self.posts.get(delivery_id, 0) + 1
            if delivery_id in self.stored:
                return False
            with self.path.open("a") as handle:
                handle.write(json.dumps({"id": delivery_id, "body": body}) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            self.stored[delivery_id] = 1
            return True

    def summary(self) -> dict[str, Any]:
        with self.lock:
            return {"total": len(self.stored),
                    "received": {i: {"stored": n, "posts_since_start": self.posts.get(i, 0)}
                                 for i, n in self.stored.items()}}


def credit_score(request: dict[str, Any]) -> dict[str, Any]:
    """Deterministic score 300..850: debt against income, job tenure, employment."""
    income = float(request.get("annual_income") or 0)
    debts = float(request.get("other_debts") or 0) + float(request.get("mortgage_balance") or 0) * 0.25
    ratio = debts / income if income > 0 else 3.0
    score = 800 - min(400, int(ratio * 150))
    score += min(50, int(float(request.get("years_in_job") or 0) * 5))
    if request.get("employment_type") in ("unemployed", "student"):
        score -= 80
    score = max(300, min(850, score))
    band = "excellent" if score >= 750 else "good" if score >= 670 else "fair" if score >= 580 else "poor"
    return {"score": score, "band": band}


def fraud_check(request: dict[str, Any], blacklist: set[str]) -> dict[str, Any]:
    """Deterministic fraud and blacklist answer: listed subjects, implausible profiles."""
    subject = str(request.get("subject") or "")
    reasons = []
    age = request.get("age")
    income = float(request.get("annual_income") or 0)
    if isinstance(age, (int, float)) and age < 18 and income > 0:
        reasons.append("income declared by a minor")
    if income > 5_000_000:
        reasons.append("implausible income")
    if float(request.get("requested_cover") or 0) > 40 * max(income, 1):
        reasons.append("cover far above income")
    listed = bool(subject) and subject in blacklist
    return {"fraud_risk": "high" if reasons else "low", "reasons": reasons, "blacklisted": listed}


def make_handler(inbox: CrmInbox, secret: str, blacklist: set[str]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt: str, *args: Any) -> None:  # quiet in tests
            pass

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def do_GET(self) -> None:
            if self.path == "/health":
                self._send(200, {"status": "ok"})
            elif self.path == "/crm/received":
                self._send(200, inbox.summary())
            else:
                self._send(404, {"error": "not found"})

        def do_POST(self) -> None:
            raw = self._body()
            try:
                request = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._send(400, {"error": "body is not JSON"})
                return
            if self.path == "/crm/assessments":
                if not verify(raw, secret, self.headers.get(SIGNATURE_HEADER)):
                    self._send(401, {"error": "bad or missing signature"})
                    return
                delivery_id = self.headers.get("Idempotency-Key")
                if not delivery_id:
                    self._send(400, {"error": "Idempotency-Key header required"})
                    return
                new = inbox.accept(delivery_id, request)
                self._send(200, {"status": "accepted" if new else "duplicate", "id": delivery_id})
            elif self.path == "/enrichment/credit-score":
                self._send(200, credit_score(request))
            elif self.path == "/enrichment/fraud-check":
                self._send(200, fraud_check(request, blacklist))
            else:
                self._send(404, {"error": "not found"})

    return Handler


def serve(port: int, data_dir: Path, secret: str, host: str = "127.0.0.1",
          blacklist: Optional[set[str]] = None) -> ThreadingHTTPServer:
    """Build the server (call ``serve_forever`` on it)."""
    handler = make_handler(CrmInbox(data_dir), secret, blacklist or set())
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--data-dir", type=Path, default=Path("var/reference"))
    parser.add_argument("--secret", help="CRM signing secret (default: NeedScout's crm_secret)")
    parser.add_argument("--blacklist", default="", help="comma-separated blacklisted subjects")
    args = parser.parse_args(argv)
    if args.secret is None:
        from needscout.settings import load_settings
        args.secret = load_settings().crm_secret
    blacklist = {s.strip() for s in args.blacklist.split(",") if s.strip()}
    server = serve(args.port, args.data_dir, args.secret, args.host, blacklist)
    print(f"reference service on http://{args.host}:{args.port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

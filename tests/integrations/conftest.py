"""Integration fixtures: the storage backends plus a running reference service."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, Optional

import pytest
import requests

from tests.storage.backends import Database, db, db_url, keyring  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
SECRET = "test-crm-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ReferenceService:
    """`python -m web.reference_service` as a child process that tests can kill and restart."""

    def __init__(self, data_dir: Path, port: int, blacklist: str = "") -> None:
        self.data_dir, self.port, self.blacklist = data_dir, port, blacklist
        self.process: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "ReferenceService":
        self.process = subprocess.Popen(
            [sys.executable, "-m", "web.reference_service", "--port", str(self.port),
             "--data-dir", str(self.data_dir), "--secret", SECRET, "--blacklist", self.blacklist],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return self
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("reference service did not start: " + self.process.stderr.read().decode())

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def received(self) -> dict:
        return requests.get(self.url + "/crm/received", timeout=5).json()


@pytest.fixture
def reference_service(tmp_path: Path) -> Iterator[ReferenceService]:
    service = ReferenceService(tmp_path / "reference", free_port(), blacklist="blocked-subject")
    service.start()
    try:
        yield service
    finally:
        service.kill()

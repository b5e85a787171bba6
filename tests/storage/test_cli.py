"""The operator commands, run as `python -m store.cli` in a child process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

from store import repository as repo
from store.crypto import Keyring
from store.db import make_engine, session_factory
from tests.storage.samples import assessment, fact

ROOT = Path(__file__).resolve().parents[2]


def cli(db_url: str, var_dir: Path, *args: str, key: str | None = None) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "NEEDSCOUT_DATABASE_URL": db_url,
           "NEEDSCOUT_VAR_DIR": str(var_dir)}
    if key:
        env["NEEDSCOUT_ENCRYPTION_KEY"] = key
    return subprocess.run([sys.executable, "-m", "store.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_upgrade_erase_deliveries_purge(db_url, tmp_path) -> None:
    key = Fernet.generate_key().decode()
    assert cli(db_url, tmp_path, "upgrade", key=key).returncode == 0
    engine = make_engine(db_url)
    sessions = session_factory(engine, Keyring((key,), "test"))
    for sender in ("nora", "omar"):
        repo.record_consent(sessions, sender, True, "v1")
        repo.save_assessment(sessions, sender, {"annual_income": fact(50000.0)}, assessment())

    shown = cli(db_url, tmp_path, "deliveries", "--json", key=key)
    assert json.loads(shown.stdout)["summary"] == {"pending": 2, "delivered": 0, "failed": 0}
    assert "pending 2" in cli(db_url, tmp_path, "deliveries", key=key).stdout

    erased = cli(db_url, tmp_path, "erase", "nora", key=key)
    assert erased.returncode == 0 and json.loads(erased.stdout)["erased"]["facts"] == 1
    assert repo.sender_ids(sessions) == ["omar"]

    purged = cli(db_url, tmp_path, "purge", "--days", "0", key=key)
    assert json.loads(purged.stdout)["purged"]["prospects"] == 1
    assert repo.sender_ids(sessions) == []
    engine.dispose()


def test_cli_wrong_key_exits_with_the_advice(db_url, tmp_path) -> None:
    key = Fernet.generate_key().decode()
    assert cli(db_url, tmp_path, "deliveries", key=key).returncode == 0  # writes the key check
    result = cli(db_url, tmp_path, "deliveries", key=Fernet.generate_key().decode())
    assert result.returncode == 2
    assert "cannot be decrypted" in result.stderr and "NEEDSCOUT_ENCRYPTION_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_rotate_key_with_the_key_file(db_url, tmp_path) -> None:
    assert cli(db_url, tmp_path, "deliveries").returncode == 0  # creates var/secrets/encryption.key
    key_path = tmp_path / "secrets" / "encryption.key"
    old = key_path.read_text().strip()
    rotated = cli(db_url, tmp_path, "rotate-key")
    assert rotated.returncode == 0, rotated.stderr
    assert json.loads(rotated.stdout)["rows"]["key_check"] == 1
    assert key_path.read_text().strip() != old
    assert cli(db_url, tmp_path, "deliveries").returncode == 0  # new key reads everything

"""Every setting NeedScout reads, from environment variables with documented defaults.

This is the only module that touches ``os.environ``. Each field's default is the
embedded, offline, localhost setup; production overrides them by environment.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional

ROOT = Path(__file__).resolve().parent.parent


def _path(value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else ROOT / path


def secret_from_file(path: Path, nbytes: int = 32) -> str:
    """Read a generated secret, creating it (mode 0600) on first use; never committed."""
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(nbytes)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(value + "\n")
    return value


@dataclass(frozen=True)
class Settings:
    """Resolved configuration. Build with :func:`load_settings`, not at import time."""

    var_dir: Path
    database_url: str
    currency: str
    host: str
    rasa_port: int
    action_port: int
    web_port: int
    log_level: str
    rasa_token_env: Optional[str]
    action_token_env: Optional[str]
    encryption_key_env: Optional[str]
    crm_webhook_url: Optional[str]
    crm_secret_env: Optional[str]
    enrichment_credit_url: Optional[str]
    enrichment_fraud_url: Optional[str]
    enrichment_timeout_s: float
    retention_days: int
    agent_tokens_env: Optional[str]
    model_dir: Path = field(default_factory=lambda: ROOT / "models")

    # Secrets: taken from the environment, else generated once under var/.
    @property
    def rasa_token(self) -> str:
        return self.rasa_token_env or secret_from_file(self.var_dir / "secrets" / "rasa_token")

    @property
    def action_token(self) -> str:
        return self.action_token_env or secret_from_file(self.var_dir / "secrets" / "action_token")

    @property
    def crm_secret(self) -> str:
        return self.crm_secret_env or secret_from_file(self.var_dir / "secrets" / "crm_secret")

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://{self.host}:{self.action_port}/webhook"


def load_settings(env: Optional[Mapping[str, str]] = None) -> Settings:
    """Read settings from ``env`` (default: the process environment)."""
    env = os.environ if env is None else env
    var_dir = _path(env.get("NEEDSCOUT_VAR_DIR", "var"))

    def opt(name: str) -> Optional[str]:
        value = env.get(name, "").strip()
        return value or None

    return Settings(
        var_dir=var_dir,
        database_url=env.get("NEEDSCOUT_DATABASE_URL", f"sqlite:///{var_dir / 'needscout.db'}"),
        currency=env.get("NEEDSCOUT_CURRENCY", "USD"),
        host=env.get("NEEDSCOUT_HOST", "127.0.0.1"),
        rasa_port=int(env.get("NEEDSCOUT_RASA_PORT", "5005")),
        action_port=int(env.get("NEEDSCOUT_ACTION_PORT", "5055")),
        web_port=int(env.get("NEEDSCOUT_WEB_PORT", "8000")),
        log_level=env.get("NEEDSCOUT_LOG_LEVEL", "INFO").upper(),
        rasa_token_env=opt("NEEDSCOUT_RASA_TOKEN"),
        action_token_env=opt("NEEDSCOUT_ACTION_TOKEN"),
        encryption_key_env=opt("NEEDSCOUT_ENCRYPTION_KEY"),
        crm_webhook_url=opt("NEEDSCOUT_CRM_WEBHOOK_URL"),
        crm_secret_env=opt("NEEDSCOUT_CRM_SECRET"),
        enrichment_credit_url=opt("NEEDSCOUT_ENRICHMENT_CREDIT_URL"),
        enrichment_fraud_url=opt("NEEDSCOUT_ENRICHMENT_FRAUD_URL"),
        enrichment_timeout_s=float(env.get("NEEDSCOUT_ENRICHMENT_TIMEOUT", "3")),
        retention_days=int(env.get("NEEDSCOUT_RETENTION_DAYS", "365")),
        agent_tokens_env=opt("NEEDSCOUT_AGENT_TOKENS"),
        model_dir=_path(env.get("NEEDSCOUT_MODEL_DIR", "models")),
    )


# TensorFlow (imported by Rasa, and by spaCy's thinc when installed) prints start-up
# noise unless these are set before it is imported.
QUIET_ENV = {
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "TF_ENABLE_ONEDNN_OPTS": "0",
    "PYTHONWARNINGS": "ignore::DeprecationWarning",
}


def silence_tensorflow() -> None:
    """Set TensorFlow's quiet variables in this process (call before importing it)."""
    for key, value in QUIET_ENV.items():
        os.environ.setdefault(key, value)


def child_environment(extra: Optional[Mapping[str, str]] = None) -> dict[str, str]:
    """The environment for a child process: ours, TensorFlow silenced, plus ``extra``."""
    return {**QUIET_ENV, **os.environ, **(extra or {})}

"""Start and stop NeedScout's processes: action server, Rasa server, web chat.

Used by ``needscout run`` and by the end-to-end tests, so both exercise the same
commands, environment and health checks.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Optional

import requests

from needscout.settings import ROOT, Settings, child_environment
from needscout.training import model_path


@dataclass
class Service:
    """One child process and the URL that says it is ready."""

    name: str
    command: list[str]
    health_url: str
    process: Optional[subprocess.Popen] = None

    def start(self, env: dict[str, str], log: Optional[IO[str]]) -> None:
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT if log else None,
            start_new_session=True,  # Ctrl-C reaches the supervisor, which stops us in order
        )

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 15.0) -> None:
        if not self.alive():
            return
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@dataclass
class Stack:
    """The running services, stopped in reverse start order."""

    settings: Settings
    services: list[Service] = field(default_factory=list)

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()

    def dead(self) -> list[str]:
        return [s.name for s in self.services if not s.alive()]


def stack_environment(settings: Settings) -> dict[str, str]:
    """Environment every child shares: settings made explicit, TensorFlow silenced."""
    return child_environment({
        "NEEDSCOUT_ACTION_URL": settings.action_url,
        "NEEDSCOUT_ACTION_TOKEN": settings.action_token,
        "NEEDSCOUT_RASA_TOKEN": settings.rasa_token,
        "NEEDSCOUT_DATABASE_URL": settings.database_url,
        "NEEDSCOUT_VAR_DIR": str(settings.var_dir),
        "NEEDSCOUT_HOST": settings.host,
        "NEEDSCOUT_RASA_PORT": str(settings.rasa_port),
        "NEEDSCOUT_ACTION_PORT": str(settings.action_port),
        "NEEDSCOUT_WEB_PORT": str(settings.web_port),
        "NEEDSCOUT_LOG_LEVEL": settings.log_level,
        "SANIC_REQUEST_MAX_SIZE": "1000000",
    })


def build_services(settings: Settings, with_web: bool = True) -> list[Service]:
    python = sys.executable
    rasa = str(Path(python).with_name("rasa"))
    host = settings.host
    rasa_command = [
        # "--auth-token=X", not "--auth-token X": a random token may start with "-", which
        # argparse would read as an option ("expected one argument": a clean-clone run hit it)
        rasa, "run", "--enable-api", f"--auth-token={settings.rasa_token}",
        "-i", host, "-p", str(settings.rasa_port), "-m", str(model_path(settings)),
        "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
    ]
    if settings.log_level != "DEBUG":
        rasa_command.append("--quiet")
    services = [
        Service("action server", [python, "-m", "bot.action_server"],
                f"http://{host}:{settings.action_port}/health"),
        Service("rasa", rasa_command, f"http://{host}:{settings.rasa_port}/"),
    ]
    if with_web:
        services.append(Service("web chat", [python, "-m", "web.chat_server"],
                                f"http://{host}:{settings.web_port}/health"))
        # Delivers completed assessments to the CRM webhook (kept pending when none is set).
        services.append(Service("CRM delivery", [python, "-m", "needscout.cli", "deliver", "--loop"],
                                health_url=""))
    return services


def wait_healthy(service: Service, deadline: float) -> None:
    """Poll the service's health URL until it answers 200, it dies, or time runs out."""
    while time.monotonic() < deadline:
        if not service.health_url:  # a worker without an HTTP port: alive is healthy
            if service.alive():
                return
        if not service.alive():
            raise RuntimeError(f"{service.name} exited during start-up (code "
                               f"{service.process.returncode if service.process else '?'})")
        try:
            if requests.get(service.health_url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{service.name} did not become healthy at {service.health_url}")


def start_stack(settings: Settings, with_web: bool = True, log: Optional[IO[str]] = None,
                timeout: float = 240.0, progress: bool = True) -> Stack:
    """Start every service and wait until each is healthy; stop all on failure."""
    from store.migrate import upgrade

    settings.var_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.database_url)  # the schema is current before anything writes
    env = stack_environment(settings)
    stack = Stack(settings)
    try:
        for service in build_services(settings, with_web):
            if progress:
                print(f"  starting {service.name} ...", flush=True)
            service.start(env, log)
            stack.services.append(service)
        deadline = time.monotonic() + timeout
        for service in stack.services:
            wait_healthy(service, deadline)
            if progress:
                where = f" at {service.health_url.rsplit('/', 1)[0]}" if service.health_url else ""
                print(f"  {service.name} ready{where}", flush=True)
    except BaseException:
        stack.stop()
        raise
    return stack

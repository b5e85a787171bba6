"""The agent API: prospects with tier and decision, one prospect's record, export, erase.

Mounted at /api/agent. Bearer tokens come from NEEDSCOUT_AGENT_TOKENS as
``token:role,token:role`` (roles: agent, admin); when unset, one admin token is generated
in var/secrets/agent_tokens. Agents read; only admins erase. Serve it alone with
``python -m web.agent_api --port N``.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import hmac
import json as jsonlib
from typing import Any, Awaitable, Callable, Optional

from sanic import Blueprint, Sanic
from sanic.request import Request
from sanic.response import HTTPResponse, json, raw
from sqlalchemy.orm import sessionmaker

from needscout.settings import Settings, load_settings, secret_from_file
from store.events import transcript
from store.prospect_view import list_prospects, prospect_record
from store.repository import erase_prospect

ROLES = ("agent", "admin")
Handler = Callable[..., Awaitable[HTTPResponse]]


def agent_tokens(settings: Settings) -> dict[str, str]:
    """token -> role, from settings, else one generated admin token."""
    if not settings.agent_tokens_env:
        token = secret_from_file(settings.var_dir / "secrets" / "agent_tokens")
        return {token: "admin"}
    tokens = {}
    for entry in settings.agent_tokens_env.split(","):
        token, _, role = entry.strip().rpartition(":")
        if not token or role not in ROLES:
            raise ValueError("NEEDSCOUT_AGENT_TOKENS entries must look like TOKEN:agent or TOKEN:admin")
        tokens[token] = role
    return tokens


def _role_of(request: Request, tokens: dict[str, str]) -> Optional[str]:
    header = request.headers.get("authorization", "")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer" or not presented:
        return None
    role = None
    for token, token_role in tokens.items():  # compare every token: no timing hint
        if hmac.compare_digest(token.encode(), presented.strip().encode()):
            role = token_role
    return role


def requires(role: str, tokens: dict[str, str]) -> Callable[[Handler], Handler]:
    """Reject requests without a token (401) or without the role (403)."""
    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            held = _role_of(request, tokens)
            if held is None:
                return json({"error": "missing or unknown bearer token"}, status=401,
                            headers={"WWW-Authenticate": 'Bearer realm="needscout-agent"'})
            if role == "admin" and held != "admin":
                return json({"error": "admin role required"}, status=403)
            return await handler(request, *args, **kwargs)
        return guarded
    return decorate


async def _off_loop(function: Callable[..., Any], *args: Any) -> Any:
    """Run blocking database work in a thread so the event loop keeps serving."""
    return await asyncio.get_running_loop().run_in_executor(None, functools.partial(function, *args))


def _full_record(session_factory: sessionmaker, sender_id: str) -> Optional[dict[str, Any]]:
    record = prospect_record(session_factory, sender_id)
    if record is not None:
        record["transcript"] = transcript(session_factory, sender_id)
    return record


def agent_api_blueprint(settings: Settings, session_factory: sessionmaker) -> Blueprint:
    """The /api/agent routes, bound to one database and the configured tokens."""
    tokens = agent_tokens(settings)
    bp = Blueprint("needscout_agent_api", url_prefix="/api/agent")

    @bp.get("/prospects")
    @requires("agent", tokens)
    async def prospects(request: Request) -> HTTPResponse:
        try:
            limit = min(500, int(request.args.get("limit", 100)))
            offset = max(0, int(request.args.get("offset", 0)))
        except ValueError:
            return json({"error": "limit and offset must be integers"}, status=400)
        rows = await _off_loop(list_prospects, session_factory, limit, offset,
                               request.args.get("tier"))
        return json({"prospects": rows, "limit": limit, "offset": offset})

    async def record_response(sender_id: str, download: bool) -> HTTPResponse:
        record = await _off_loop(_full_record, session_factory, sender_id)
        if record is None:
            return json({"error": "no such prospect"}, status=404)
        if not download:
            return json(record)
        body = jsonlib.dumps(record, indent=2, sort_keys=True).encode()
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in sender_id)[:64]
        return raw(body, content_type="application/json", headers={
            "Content-Disposition": f'attachment; filename="prospect-{safe}.json"'})

    @bp.get("/prospects/<sender_id:str>")
    @requires("agent", tokens)
    async def prospect(request: Request, sender_id: str) -> HTTPResponse:
        return await record_response(sender_id, download=False)

    @bp.get("/prospects/<sender_id:str>/export")
    @requires("agent", tokens)
    async def export(request: Request, sender_id: str) -> HTTPResponse:
        return await record_response(sender_id, download=True)

    @bp.delete("/prospects/<sender_id:str>")
    @requires("admin", tokens)
    async def erase(request: Request, sender_id: str) -> HTTPResponse:
        counts = await _off_loop(erase_prospect, session_factory, sender_id)
        return json({"erased": counts})

    return bp


def create_app(settings: Settings) -> Sanic:
    """A Sanic app serving only the agent API (migrates the schema, checks the key)."""
    from store.crypto import check_key, load_keyring
    from store.db import make_engine, session_factory
    from store.migrate import upgrade

    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    sessions = session_factory(engine, load_keyring(settings))
    with sessions.begin() as session:
        check_key(session)
    app = Sanic("needscout_agent_api")
    app.blueprint(agent_api_blueprint(settings, sessions))

    @app.get("/health")
    async def health(_: Request) -> HTTPResponse:
        return json({"status": "ok"})

    return app


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="serve the NeedScout agent API alone")
    parser.add_argument("--host", default=None)
    parser.add_argument("--port", type=int, default=None)
    args = parser.parse_args(argv)
    settings = load_settings()
    app = create_app(settings)
    app.run(host=args.host or settings.host, port=args.port or settings.web_port + 1,
            workers=1, access_log=False, motd=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

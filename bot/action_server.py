"""The Rasa SDK action server, with the shared-token check rasa-sdk lacks (rasa-sdk #56).

Rasa sends the token as the X-NeedScout-Token header (endpoints.yml). Only /health is
open, so a load balancer can probe it.
"""

from __future__ import annotations

import argparse
import hmac
import logging

from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse, json

from needscout.logs import configure_logging
from needscout.settings import load_settings

TOKEN_HEADER = "X-NeedScout-Token"
logger = logging.getLogger("needscout.action_server")


def create_action_app(token: str, package: str = "bot.actions") -> Sanic:
    """rasa_sdk's app plus a middleware that rejects calls without the shared token."""
    from rasa_sdk.endpoint import create_app

    app = create_app(package, cors_origins=None)

    @app.middleware("request")
    async def require_token(request: Request) -> HTTPResponse | None:
        if request.path == "/health":
            return None
        given = request.headers.get(TOKEN_HEADER, "")
        if not hmac.compare_digest(given.encode(), token.encode()):
            logger.warning("rejected action call without a valid token from %s", request.ip)
            return json({"error": "missing or wrong action server token"}, status=401)
        return None

    return app


def main(argv: list[str] | None = None) -> int:
    settings = load_settings()
    parser = argparse.ArgumentParser(description="NeedScout action server")
    parser.add_argument("--host", default=settings.host)
    parser.add_argument("--port", type=int, default=settings.action_port)
    args = parser.parse_args(argv)
    configure_logging(settings.log_level)
    app = create_action_app(settings.action_token)
    logger.info("action server on http://%s:%s", args.host, args.port)
    app.run(host=args.host, port=args.port, workers=1, access_log=False, motd=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

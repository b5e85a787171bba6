"""The web chat page and a small proxy from it to Rasa's REST channel.

The page talks only to this server (same origin, no CORS); the proxy forwards each
message to Rasa on 127.0.0.1 and caps its size, so the browser never sees Rasa itself.
"""

from __future__ import annotations

import logging
from pathlib import Path

import aiohttp
from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse, file, json

from needscout.logs import configure_logging
from needscout.settings import Settings, load_settings

PAGE = Path(__file__).with_name("chat") / "index.html"
MAX_MESSAGE_CHARS = 5000
logger = logging.getLogger("needscout.web")


def create_web_app(settings: Settings, with_agent_api: bool = True) -> Sanic:
    app = Sanic("needscout_web")
    if with_agent_api:
        from store.db import sessions_for
        from web.agent_api import agent_api_blueprint

        app.blueprint(agent_api_blueprint(settings, sessions_for(settings)))
    rasa_webhook = f"{settings.rasa_url}/webhooks/rest/webhook"

    @app.get("/")
    async def index(_: Request) -> HTTPResponse:
        return await file(PAGE, mime_type="text/html; charset=utf-8")

    @app.get("/health")
    async def health(_: Request) -> HTTPResponse:
        return json({"status": "ok"})

    @app.post("/api/chat")
    async def chat(request: Request) -> HTTPResponse:
        body = request.json if isinstance(request.json, dict) else {}
        sender = str(body.get("sender") or "")[:64]
        message = body.get("message")
        if not sender or not isinstance(message, str):
            return json({"error": "send JSON with 'sender' and 'message' strings"}, status=400)
        payload = {"sender": sender, "message": message[:MAX_MESSAGE_CHARS]}
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
                async with http.post(rasa_webhook, json=payload) as reply:
                    return json(await reply.json(), status=reply.status)
        except (aiohttp.ClientError, TimeoutError) as error:
            logger.error("Rasa did not answer: %s", error)
            return json([{"text": "Sorry, I'm having trouble right now. Please try again in a minute."}],
                        status=502)

    return app


def main() -> int:
    settings = load_settings()
    configure_logging(settings.log_level)
    app = create_web_app(settings)
    app.run(host=settings.host, port=settings.web_port, workers=1, access_log=False, motd=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

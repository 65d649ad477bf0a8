"""The secret the assistant's own processes show each other.

Rasa calls the app's action webhook with it (Rasa's endpoint configuration sends it as a
header), and the Telegram bot shows it when it stores a rating for one of its chats. Anyone
else reaching those routes gets 401 (no token) or 403 (a wrong one), before the body is read.

``guidebot up`` makes a new random token per start when ``GUIDEBOT_SERVICE_TOKEN`` is empty
and hands it to every child through its environment: it is never written to disk. An app
started by itself (``guidebot serve``) without a token refuses every such call.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import HTTPException, Request

from bot.security.audit import security_event

HEADER = "X-Guidebot-Service-Token"
#: The environment variable Rasa's generated endpoints file reads the token from.
ENV_VAR = "GUIDEBOT_SERVICE_TOKEN"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def shows_token(request: Request, token: str) -> bool:
    """Whether the request carries ``token`` (never true when no token is configured)."""
    sent = request.headers.get(HEADER, "")
    return bool(token) and hmac.compare_digest(sent.encode(), token.encode())


def require_token(request: Request, token: str) -> None:
    """401 without the header, 403 with a wrong one (or when no token is configured)."""
    if shows_token(request, token):
        return
    missing = not request.headers.get(HEADER)
    security_event("service_token_refused", path=request.url.path,
                   address=request.client.host if request.client else None,
                   why="missing" if missing else "wrong")
    if missing:
        raise HTTPException(401, f"missing {HEADER}", headers={"WWW-Authenticate": HEADER})
    raise HTTPException(403, f"wrong {HEADER}")

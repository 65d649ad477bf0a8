"""Staff accounts for tests: create one in an app's database and sign in over HTTP::

    create_staff(assistant.settings, "li.na", "agent")
    agent = signed_in(assistant.app_url, "li.na")   # an httpx.Client, already signed in
    agent.get("/api/staff/me")                      # cookie and CSRF header set
    agent.close()
"""

from __future__ import annotations

import httpx

from bot.settings import Settings
from bot.staff.cli import accounts_for
from bot.store.accounts import AccountError

#: Every test account's password (tests only; there is no default password in the app).
PASSWORD = "test-password-长长的"


def create_staff(settings: Settings, username: str, role: str,
                 display_name: str = "") -> None:
    """An account in the database ``settings`` name (already there: left as it is)."""
    try:
        accounts_for(settings).create(username, PASSWORD, role=role,
                                      display_name=display_name or username)
    except AccountError:
        pass


def signed_in(base_url: str, username: str, password: str = PASSWORD) -> httpx.Client:
    """A client signed in as ``username``, sending the session's CSRF token on every call."""
    client = httpx.Client(base_url=base_url, timeout=60.0)
    response = client.post("/api/staff/login", json={"username": username, "password": password})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf"]
    return client

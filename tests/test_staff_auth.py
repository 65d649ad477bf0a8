"""Staff accounts and sign-in (bot/staff/): Argon2id hashes, accounts, sessions that
expire, sign-out, failed sign-ins slowed per name and per address, and the
``guidebot user`` command, on SQLite and on the real PostgreSQL on loopback (one fresh
database for this module; skipped only when the server is unreachable).

Time is an injected clock, so expiry and the rate-limit window are tested without
waiting. The HTTP tests use the sign-in routes alone (``auth_router``) over the same
accounts; the whole app's staff routes are checked in test_staff_security.py.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from bot.security.passwords import WeakPassword, hash_password, verify
from bot.settings import Settings, get_settings
from bot.staff.auth import COOKIE, NeedsSignIn, auth_router, sign_in_redirect
from bot.store.accounts import AccountError, Accounts, BadCredentials, TooManyAttempts
from bot.store.journal import Journal
from bot.store.models import LoginAttempt, StaffSession, User

pytestmark = pytest.mark.integration

PASSWORD = "correct horse battery"
SETTINGS = Settings(staff_session_hours=8, login_max_failures=5,
                    login_max_failures_per_address=20, login_window_minutes=15)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(journal: Journal, clock: Clock) -> Accounts:
    return Accounts(journal, SETTINGS, clock=clock)


@pytest.fixture
def client(accounts: Accounts) -> Iterator[TestClient]:
    """The sign-in routes over ``accounts`` (its clock), as bot/app.py wires them."""
    app = FastAPI()
    app.state.accounts = accounts
    app.add_exception_handler(NeedsSignIn, sign_in_redirect)
    app.include_router(auth_router())
    with TestClient(app) as c:
        yield c


def _login(client: TestClient, username: str, password: str = PASSWORD):  # noqa: ANN202
    return client.post("/api/staff/login", json={"username": username, "password": password})


def _count(journal: Journal, model: type) -> int:
    with journal.session() as s:
        return s.scalar(select(func.count()).select_from(model))


# --- passwords ---


def test_passwords_are_argon2id_hashes_that_verify() -> None:
    hashed = hash_password(PASSWORD)
    assert hashed.startswith("$argon2id$") and PASSWORD not in hashed
    assert hash_password(PASSWORD) != hashed  # salted
    assert verify(hashed, PASSWORD)
    assert not verify(hashed, PASSWORD + "x")
    assert not verify(None, PASSWORD)  # no such user: fails after the same work
    assert not verify("not a hash", PASSWORD)
    # Parameters no weaker than argon2-cffi's recommended ones (RFC 9106 low-memory).
    params = PasswordHasher().check_needs_rehash(hashed)
    assert params is False


@pytest.mark.parametrize("password", ["", "short", "9chars!!!", "x" * 257])
def test_weak_or_absurd_passwords_are_refused(password: str) -> None:
    with pytest.raises(WeakPassword):
        hash_password(password)


# --- accounts ---


def test_accounts_are_stored_with_hashes_only(accounts: Accounts, journal: Journal) -> None:
    accounts.create("li.na", PASSWORD, role="agent", display_name="李娜")
    with journal.session() as s:
        user = s.scalar(select(User).where(User.username == "li.na"))
        assert user.password_hash.startswith("$argon2id$")
        assert PASSWORD not in user.password_hash
    assert accounts.list() == [{"username": "li.na", "display_name": "李娜", "role": "agent",
                                "active": True, "last_login_at": None}]


@pytest.mark.parametrize("username, role", [
    ("a", "agent"),                     # too short
    ("has space", "agent"),
    ("<script>", "agent"),
    ("admin'--", "agent"),
    ("李娜", "agent"),                   # letters, digits, . _ - only
    ("x" * 65, "agent"),
    ("li.na", "root"),                  # unknown role
    ("li.na", ""),
])
def test_bad_names_and_roles_are_refused(accounts: Accounts, username: str,
                                         role: str) -> None:
    with pytest.raises(AccountError):
        accounts.create(username, PASSWORD, role=role)
    assert accounts.list() == []


def test_a_name_is_taken_once(accounts: Accounts) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    with pytest.raises(AccountError, match="已存在"):
        accounts.create("li.na", PASSWORD + "2", role="content")
    with pytest.raises(WeakPassword):
        accounts.create("wang.wu", "short", role="agent")
    assert [u["username"] for u in accounts.list()] == ["li.na"]


def test_a_name_added_twice_at_once_is_one_account(accounts: Accounts) -> None:
    def add(_: int) -> str:
        try:
            accounts.create("zhao.liu", PASSWORD, role="agent")
            return "created"
        except AccountError:
            return "taken"

    with ThreadPoolExecutor(6) as pool:
        outcomes = sorted(pool.map(add, range(6)))
    assert outcomes == ["created"] + ["taken"] * 5


def test_a_disabled_account_cannot_sign_in_and_its_sessions_end(accounts: Accounts) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    first = accounts.sign_in("li.na", PASSWORD, address="10.0.0.1")
    second = accounts.sign_in("li.na", PASSWORD, address="10.0.0.2")
    assert accounts.identify(first.token).username == "li.na"
    accounts.set_active("li.na", False)
    assert accounts.identify(first.token) is None
    assert accounts.identify(second.token) is None
    with pytest.raises(BadCredentials):
        accounts.sign_in("li.na", PASSWORD, address="10.0.0.1")
    accounts.set_active("li.na", True)
    assert accounts.identify(first.token) is None  # enabling does not bring sessions back
    assert accounts.sign_in("li.na", PASSWORD, address="10.0.0.1").staff.role == "agent"


def test_a_new_password_ends_every_session(accounts: Accounts) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    old = accounts.sign_in("li.na", PASSWORD, address="10.0.0.1")
    accounts.set_password("li.na", "a brand new password")
    assert accounts.identify(old.token) is None
    with pytest.raises(BadCredentials):
        accounts.sign_in("li.na", PASSWORD, address="10.0.0.1")
    assert accounts.sign_in("li.na", "a brand new password", address="10.0.0.1")
    with pytest.raises(WeakPassword):
        accounts.set_password("li.na", "short")
    with pytest.raises(AccountError):
        accounts.set_password("nobody", "a brand new password")


def test_sessions_are_kept_as_hashes(accounts: Accounts, journal: Journal) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    signed = accounts.sign_in("li.na", PASSWORD, address="10.0.0.1")
    with journal.session() as s:
        (row,) = s.scalars(select(StaffSession)).all()
    assert row.token_hash != signed.token and signed.token not in row.token_hash
    assert len(row.token_hash) == 64 and row.csrf_token == signed.staff.csrf
    assert accounts.identify(row.token_hash) is None  # a leaked table signs nobody in
    assert accounts.identify("") is None and accounts.identify(None) is None
    assert accounts.identify("x" * 10_000) is None


# --- sign-in, expiry, sign-out over HTTP ---


def test_wrong_password_and_unknown_name_get_the_same_401(accounts: Accounts,
                                                           client: TestClient) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    wrong = _login(client, "li.na", "not the password")
    unknown = _login(client, "no.such.person", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "用户名或密码不正确"}
    assert COOKIE not in client.cookies
    assert client.get("/api/staff/me").status_code == 401


def test_sign_in_sets_a_strict_httponly_cookie_and_me_answers(accounts: Accounts,
                                                             client: TestClient) -> None:
    accounts.create("li.na", PASSWORD, role="content", display_name="李娜")
    response = _login(client, "li.na")
    assert response.status_code == 200
    body = response.json()
    assert body["username"] == "li.na" and body["role"] == "content"
    assert body["home"] == "/staff/admin" and body["csrf"]
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie and "Path=/" in cookie
    assert f"Max-Age={8 * 3600}" in cookie
    assert client.cookies[COOKIE] not in response.text  # the token is only in the cookie
    me = client.get("/api/staff/me")
    assert me.status_code == 200 and me.json()["display_name"] == "李娜"
    assert accounts.list()[0]["last_login_at"] is not None
    home = client.get("/staff", follow_redirects=False)
    assert home.status_code == 303 and home.headers["location"] == "/staff/admin"


def test_a_session_expires(accounts: Accounts, client: TestClient, clock: Clock) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    assert _login(client, "li.na").status_code == 200
    clock.advance(hours=7, minutes=59)
    assert client.get("/api/staff/me").status_code == 200
    clock.advance(minutes=1)
    assert client.get("/api/staff/me").status_code == 401
    page = client.get("/staff", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/staff/login")


def test_sign_out_ends_the_session_on_the_server(accounts: Accounts, client: TestClient,
                                                 journal: Journal) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    csrf = _login(client, "li.na").json()["csrf"]
    token = client.cookies[COOKIE]
    # Without the CSRF header sign-out is refused (another site cannot sign staff out).
    assert client.post("/api/staff/logout").status_code == 403
    assert client.get("/api/staff/me").status_code == 200
    out = client.post("/api/staff/logout", headers={"X-CSRF-Token": csrf})
    assert out.status_code == 200 and out.json() == {"signed_out": True}
    assert COOKIE not in client.cookies
    assert _count(journal, StaffSession) == 0
    # The old cookie, kept by an attacker, no longer works.
    client.cookies.set(COOKIE, token)
    assert client.get("/api/staff/me").status_code == 401
    assert accounts.identify(token) is None


# --- failed sign-ins are slowed ---


def test_failures_per_name_are_limited_until_the_window_passes(
        accounts: Accounts, client: TestClient, clock: Clock) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    for _ in range(5):
        assert _login(client, "li.na", "a wrong guess").status_code == 401
        clock.advance(seconds=10)
    limited = _login(client, "li.na", "a wrong guess")
    assert limited.status_code == 429
    # The first failure (at 09:00:00) leaves the 15-minute window at 09:15:00; now 09:00:50.
    retry_after = int(limited.headers["Retry-After"])
    assert 850 <= retry_after <= 851
    assert "秒后再试" in limited.json()["detail"]
    # While limited even the right password is refused: the limit is checked before the
    # password, so a guesser learns nothing, at the price of locking the real person out
    # for at most the window.
    assert _login(client, "li.na").status_code == 429
    assert _login(client, "someone.else").status_code == 401  # other names are not limited
    clock.advance(seconds=retry_after - 1)
    assert _login(client, "li.na").status_code == 429
    clock.advance(seconds=1)  # as Retry-After said: the first failure has left the window
    assert _login(client, "li.na").status_code == 200


def test_failures_per_address_are_limited(accounts: Accounts, clock: Clock) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    for i in range(20):  # one address trying many names, each once
        with pytest.raises(BadCredentials):
            accounts.sign_in(f"guess{i}", "a wrong guess", address="203.0.113.9")
    with pytest.raises(TooManyAttempts) as refused:
        accounts.sign_in("li.na", PASSWORD, address="203.0.113.9")
    assert refused.value.retry_after == 15 * 60 + 1  # all 20 failures were at 09:00:00
    assert accounts.sign_in("li.na", PASSWORD, address="198.51.100.1")  # another address
    clock.advance(minutes=15)
    with pytest.raises(TooManyAttempts):  # 09:15:00 is still within 15 minutes of them
        accounts.sign_in("li.na", PASSWORD, address="203.0.113.9")
    clock.advance(seconds=1)
    assert accounts.sign_in("li.na", PASSWORD, address="203.0.113.9")


def test_a_success_does_not_count_and_refusals_are_not_kept(accounts: Accounts,
                                                            journal: Journal) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    for _ in range(10):
        accounts.sign_in("li.na", PASSWORD, address="10.0.0.1")
    for _ in range(5):
        with pytest.raises(BadCredentials):
            accounts.sign_in("li.na", "a wrong guess", address="10.0.0.1")
    for _ in range(50):
        with pytest.raises(TooManyAttempts):
            accounts.sign_in("li.na", "a wrong guess", address="10.0.0.1")
    with journal.session() as s:
        oks = s.scalars(select(LoginAttempt.ok)).all()
    assert sorted(oks) == [False] * 5 + [True] * 10  # a flood does not fill the table


def test_attempts_at_the_same_moment_get_no_more_guesses(accounts: Accounts) -> None:
    """Each attempt is recorded before the limit is checked: 40 guesses sent together (20
    at a time, from as many addresses) get at most the limit's 5 passwords checked."""
    accounts.create("li.na", PASSWORD, role="agent")

    def guess(i: int) -> str:
        try:
            accounts.sign_in("li.na", f"guess number {i}", address=f"10.0.1.{i}")
        except BadCredentials:
            return "checked"
        except TooManyAttempts:
            return "limited"
        return "signed in"

    with ThreadPoolExecutor(20) as pool:
        outcomes = list(pool.map(guess, range(40)))
    assert 1 <= outcomes.count("checked") <= 5
    assert outcomes.count("checked") + outcomes.count("limited") == 40


def test_odd_input_is_refused_not_crashed(accounts: Accounts, client: TestClient) -> None:
    accounts.create("li.na", PASSWORD, role="agent")
    for body in ({"username": "li.na\x00", "password": PASSWORD},   # PostgreSQL refuses NUL
                 {"username": "li\x00na", "password": "x\x00y"},
                 {"username": "  li.na  ", "password": "x" * 1024}):
        assert _login(client, **body).status_code == 401, body
    for body in ({"username": "", "password": PASSWORD}, {"username": "li.na"},
                 {"username": "x" * 65, "password": PASSWORD},
                 {"username": "li.na", "password": "x" * 1025}, {"username": ["li.na"]}):
        assert client.post("/api/staff/login", json=body).status_code == 422, body
    assert client.post("/api/staff/login", content=b"username=li.na").status_code == 422


# --- the command line: no default password, the first admin is made by a command ---


@pytest.fixture
def cli_env(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """``guidebot`` pointed at the test's database (the URL or the SQLite file)."""
    if db_url.startswith("sqlite"):
        monkeypatch.setenv("GUIDEBOT_DATABASE_URL", "")
        monkeypatch.setenv("GUIDEBOT_DATABASE_SQLITE", db_url.removeprefix("sqlite:///"))
    else:
        monkeypatch.setenv("GUIDEBOT_DATABASE_URL", db_url)
    get_settings.cache_clear()
    yield db_url
    get_settings.cache_clear()


def _guidebot(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    from bot.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(argv))


def test_a_fresh_database_has_no_accounts(cli_env: str, client: TestClient,
                                          journal: Journal) -> None:
    assert _count(journal, User) == 0
    assert client.get("/api/staff/me").status_code == 401
    for guess in ("admin", "administrator", "root", "guidebot"):
        for password in ("admin", "password", "guidebot", "12345678", "admin12345"):
            assert _login(client, guess, password).status_code in (401, 429)


def test_guidebot_user_add_list_disable_enable_passwd(
        cli_env: str, client: TestClient, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert _guidebot(monkeypatch, "user", "add", "admin", "--role", "admin",
                     "--display-name", "管理员甲", "--password-stdin",
                     stdin=PASSWORD + "\n") == 0
    assert "已创建 admin 账号 admin" in capsys.readouterr().out
    assert _login(client, "admin").json()["role"] == "admin"
    assert _guidebot(monkeypatch, "user", "add", "li.na", "--role", "agent",
                     "--password-stdin", stdin=PASSWORD + "\r\n") == 0
    # A second account of the same name, a weak password, an empty stdin: refused.
    assert _guidebot(monkeypatch, "user", "add", "li.na", "--role", "agent",
                     "--password-stdin", stdin=PASSWORD + "\n") == 1
    assert _guidebot(monkeypatch, "user", "add", "wang.wu", "--role", "agent",
                     "--password-stdin", stdin="short\n") == 1
    assert _guidebot(monkeypatch, "user", "add", "wang.wu", "--role", "agent",
                     "--password-stdin") == 1
    assert _guidebot(monkeypatch, "user", "add", "wang.wu", "--password-stdin",
                     stdin=PASSWORD + "\n") == 2  # no role
    capsys.readouterr()
    assert _guidebot(monkeypatch, "user", "list") == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in listed] == [["admin", "admin"], ["li.na", "agent"]]
    assert PASSWORD not in "".join(listed)

    agent = TestClient(client.app)
    assert _login(agent, "li.na").status_code == 200
    assert _guidebot(monkeypatch, "user", "disable", "li.na") == 0
    assert agent.get("/api/staff/me").status_code == 401
    assert _login(agent, "li.na").status_code == 401
    assert _guidebot(monkeypatch, "user", "enable", "li.na") == 0
    assert _login(agent, "li.na").status_code == 200
    assert _guidebot(monkeypatch, "user", "passwd", "li.na", "--password-stdin",
                     stdin="another long password\n") == 0
    assert agent.get("/api/staff/me").status_code == 401
    assert _login(agent, "li.na", "another long password").status_code == 200
    assert _guidebot(monkeypatch, "user", "disable", "nobody") == 1


def test_the_security_log_has_sign_ins_failures_lockouts_and_no_secrets(
        accounts: Accounts, tmp_path: Path) -> None:
    import json
    import logging

    from bot.security.audit import log as security_log

    lines: list[dict] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(json.loads(record.getMessage()))

    handler = Collect()
    security_log.addHandler(handler)
    security_log.setLevel(logging.INFO)
    try:
        accounts.create("wang", PASSWORD, role="agent")
        accounts.sign_in("wang", PASSWORD, address="10.0.0.7")
        for _ in range(SETTINGS.login_max_failures):
            with pytest.raises(BadCredentials):
                accounts.sign_in("wang", "wrong password 1", address="10.0.0.8")
        with pytest.raises(TooManyAttempts):
            accounts.sign_in("wang", PASSWORD, address="10.0.0.8")
        with pytest.raises(BadCredentials):  # an ID number typed as the name is masked
            accounts.sign_in("11010519491231002X", "x", address="10.0.0.9")
        accounts.set_active("wang", False)
    finally:
        security_log.removeHandler(handler)
    events = [line["event"] for line in lines]
    assert events == (["account_created", "sign_in"] + ["sign_in_failed"] * 5
                      + ["sign_in_locked", "sign_in_failed", "account_disabled"])
    assert lines[1]["username"] == "wang" and lines[1]["address"] == "10.0.0.7"
    text = json.dumps(lines, ensure_ascii=False)
    assert PASSWORD not in text and "wrong password" not in text
    assert "11010519491231002X" not in text and "1101***********02X" in text

"""Staff accounts, sign-in with rate limiting, and sessions that expire.

    accounts = Accounts(journal, settings)
    accounts.create("li.na", "a long password", role="agent", display_name="李娜")
    signed_in = accounts.sign_in("li.na", "a long password", address="10.0.0.7")
    staff = accounts.identify(signed_in.token)      # None once expired or signed out

A session's cookie carries a random token; the database keeps only its SHA-256, so a
leaked table signs nobody in. Failed attempts are counted per account name and per
client address within a window (settings); beyond the limit sign-in is refused with
``TooManyAttempts`` before the password is even checked. Each attempt is recorded before
the limits are looked at, so a burst of parallel guesses gets no more than the limit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from bot.security.audit import security_event
from bot.security.passwords import hash_password, needs_rehash, verify
from bot.settings import Settings
from bot.store.journal import Journal
from bot.store.models import ROLES, LoginAttempt, StaffSession, User

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$")
ROLE_ZH = {"admin": "管理员", "agent": "坐席", "content": "内容管理"}


class AccountError(ValueError):
    """A request about accounts that cannot be done (bad name, role, duplicate)."""


class BadCredentials(Exception):
    """Wrong name or password, or a disabled account (the caller is not told which)."""


class TooManyAttempts(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed sign-ins; retry in {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Staff:
    """Who a request comes from: a signed-in staff member."""

    user_id: int
    username: str
    display_name: str
    role: str
    csrf: str
    expires_at: dt.datetime

    def may(self, *roles: str) -> bool:
        """Whether this member has one of ``roles`` (an admin may do everything; no roles:
        any signed-in member)."""
        return not roles or self.role == "admin" or self.role in roles

    def to_dict(self) -> dict:
        return {"username": self.username, "display_name": self.display_name,
                "role": self.role, "role_name": ROLE_ZH[self.role], "csrf": self.csrf,
                "expires_at": self.expires_at.isoformat()}


@dataclass(frozen=True)
class SignedIn:
    token: str
    staff: Staff


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Accounts:
    def __init__(self, journal: Journal, settings: Settings,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.journal = journal
        self.ttl = dt.timedelta(hours=settings.staff_session_hours)
        self.window = dt.timedelta(minutes=settings.login_window_minutes)
        self.max_per_name = settings.login_max_failures
        self.max_per_address = settings.login_max_failures_per_address
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._rate_lock = threading.Lock()

    # --- accounts ---
    def create(self, username: str, password: str, *, role: str,
               display_name: str = "") -> int:
        """A new active account; raises AccountError or WeakPassword."""
        if not USERNAME.match(username):
            raise AccountError("用户名须为 2-64 位字母、数字或 . _ - (username: 2-64 letters, "
                               "digits, '.', '_' or '-')")
        if role not in ROLES:
            raise AccountError(f"角色须为 {', '.join(ROLES)} 之一 (unknown role {role!r})")
        hashed = hash_password(password)
        taken = AccountError(f"用户名 {username} 已存在 (username taken)")
        try:
            with self.journal.session() as s, s.begin():
                if s.scalar(select(User.id).where(User.username == username)) is not None:
                    raise taken
                user = User(username=username, password_hash=hashed, role=role,
                            display_name=display_name.strip()[:128] or username, active=True)
                s.add(user)
                s.flush()
                security_event("account_created", username=username, role=role)
                return user.id
        except IntegrityError:  # the same name added at the same moment elsewhere
            raise taken from None

    def set_password(self, username: str, password: str) -> None:
        hashed = hash_password(password)
        with self.journal.session() as s, s.begin():
            user = self._user(s, username)
            user.password_hash = hashed
            s.execute(delete(StaffSession).where(StaffSession.user_id == user.id))
        security_event("password_set", username=username)

    def set_active(self, username: str, active: bool) -> None:
        """Enable or disable an account; disabling signs it out everywhere."""
        with self.journal.session() as s, s.begin():
            user = self._user(s, username)
            user.active = active
            if not active:
                s.execute(delete(StaffSession).where(StaffSession.user_id == user.id))
        security_event("account_enabled" if active else "account_disabled", username=username)

    def list(self) -> list[dict]:
        with self.journal.session() as s:
            return [{"username": u.username, "display_name": u.display_name, "role": u.role,
                     "active": u.active,
                     "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None}
                    for u in s.scalars(select(User).order_by(User.username))]

    def count_admins(self) -> int:
        with self.journal.session() as s:
            return s.scalar(select(func.count()).select_from(User).where(
                User.role == "admin", User.active.is_(True))) or 0

    @staticmethod
    def _user(s, username: str) -> User:  # noqa: ANN001 - a Session
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise AccountError(f"没有用户 {username} (no such user)")
        return user

    # --- sign-in ---
    def sign_in(self, username: str, password: str, *, address: str) -> SignedIn:
        """A new session, or BadCredentials / TooManyAttempts."""
        now = self.clock()
        # PostgreSQL refuses a NUL in a string; no account's name has one (USERNAME).
        username = username.strip()[:64].replace("\0", "\ufffd")
        address = address[:64].replace("\0", "\ufffd")
        # The attempt is written (as failed) and committed before the limits are checked,
        # so that attempts arriving together see each other: however many come at once,
        # no more than the limit get their password checked. A refused one is removed again.
        # In this process the two steps run one attempt at a time, so that a burst still
        # gets the limit's attempts checked rather than each refusing the others (other
        # processes are kept to the limit by the database alone).
        with self._rate_lock:
            with self.journal.session() as s, s.begin():
                attempt = LoginAttempt(username=username, address=address, ok=False,
                                       created_at=now)
                s.add(attempt)
                s.flush()
                attempt_id = attempt.id
            try:
                with self.journal.session() as s:
                    self._check_rate(s, username, address, now, attempt_id)
            except TooManyAttempts as e:
                with self.journal.session() as s, s.begin():
                    s.execute(delete(LoginAttempt).where(LoginAttempt.id == attempt_id))
                security_event("sign_in_locked", username=username, address=address,
                               retry_after=e.args[0] if e.args else None)
                raise
        with self.journal.session() as s, s.begin():
            user = (s.scalar(select(User).where(User.username == username))
                    if USERNAME.match(username) else None)
            good = verify(user.password_hash if user else None, password)
            if good and user is not None and user.active:
                s.execute(update(LoginAttempt).where(LoginAttempt.id == attempt_id)
                          .values(ok=True))
                security_event("sign_in", username=username, address=address, role=user.role)
                return self._open_session(s, user, password, now)
        security_event("sign_in_failed", username=username, address=address,
                       why="inactive" if good and user is not None else "wrong name or password")
        raise BadCredentials("用户名或密码不正确")

    def _open_session(self, s, user: User, password: str, now: dt.datetime) -> SignedIn:  # noqa: ANN001
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        user.last_login_at = now
        token = secrets.token_urlsafe(32)
        row = StaffSession(token_hash=_digest(token), user_id=user.id, created_at=now,
                           expires_at=now + self.ttl, csrf_token=secrets.token_urlsafe(24))
        s.add(row)
        s.execute(delete(StaffSession).where(StaffSession.expires_at < now))
        s.execute(delete(LoginAttempt).where(LoginAttempt.created_at < now - 4 * self.window))
        return SignedIn(token, self._staff(user, row))

    def _check_rate(self, s, username: str, address: str, now: dt.datetime,  # noqa: ANN001
                    attempt_id: int) -> None:
        """TooManyAttempts if the name or the address already has its limit of failures in
        the window (other attempts under way count as failures)."""
        since = now - self.window
        for column, value, limit in ((LoginAttempt.username, username, self.max_per_name),
                                     (LoginAttempt.address, address, self.max_per_address)):
            failures = s.scalars(
                select(LoginAttempt.created_at)
                .where(column == value, LoginAttempt.ok.is_(False),
                       LoginAttempt.created_at >= since, LoginAttempt.id != attempt_id)
                .order_by(LoginAttempt.created_at.desc()).limit(limit)).all()
            if len(failures) >= limit:
                oldest = failures[-1]
                wait = (oldest + self.window - now).total_seconds()
                raise TooManyAttempts(max(1, int(wait) + 1))

    def identify(self, token: str | None) -> Staff | None:
        """The signed-in member for a session token, or None (unknown, expired, disabled)."""
        if not token or len(token) > 128:
            return None
        now = self.clock()
        with self.journal.session() as s:
            row = s.get(StaffSession, _digest(token))
            if row is None or row.expires_at <= now or not row.user.active:
                return None
            return self._staff(row.user, row)

    def sign_out(self, token: str | None) -> None:
        if not token:
            return
        with self.journal.session() as s, s.begin():
            s.execute(delete(StaffSession).where(StaffSession.token_hash == _digest(token)))

    @staticmethod
    def _staff(user: User, row: StaffSession) -> Staff:
        return Staff(user.id, user.username, user.display_name, user.role, row.csrf_token,
                     row.expires_at)

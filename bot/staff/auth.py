"""Sign-in for the staff pages and the guard every staff page and API goes through.

    GET  /staff/login               the sign-in page
    POST /api/staff/login           {username, password} -> 200 {staff} + session cookie;
                                    401 wrong name/password, 429 + Retry-After when flooded
    POST /api/staff/logout          ends the session (needs the CSRF header)
    GET  /api/staff/me              who is signed in, with the CSRF token for the pages' posts
    GET  /staff                     the signed-in member's home page (by role)

A staff route declares the roles it serves: ``Depends(staff_api("agent"))`` for JSON
APIs (401 without a session, 403 with the wrong role or, on a state-changing method,
without the session's ``X-CSRF-Token`` header) and ``Depends(staff_page("content"))``
for pages (a browser without a session is sent to the sign-in page). An admin passes
every guard. Each guard carries ``staff_guard`` ("api"/"page") and ``roles``, so the
security tests find every staff route's guard in the app (tests/test_staff_security.py)
and fail on one without. The cookie is HttpOnly and SameSite=Strict, Secure behind HTTPS;
API answers are not cached (no-store).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from bot.security.limits import client_address
from bot.store.accounts import Accounts, BadCredentials, Staff, TooManyAttempts

COOKIE = "guidebot_staff"
CSRF_HEADER = "X-CSRF-Token"
STATIC_DIR = Path(__file__).resolve().parent / "static"
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
#: Where each role starts after signing in.
HOME = {"agent": "/staff/console", "content": "/staff/admin", "admin": "/staff/console"}
#: Pages are never cached, framed by other sites, or given a referrer.
PAGE_HEADERS = {"Cache-Control": "no-store", "X-Frame-Options": "DENY",
                "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff",
                "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                                           "frame-ancestors 'none'; base-uri 'none'; "
                                           "form-action 'self'"}


class NeedsSignIn(Exception):
    """A page was asked for without a session: the browser goes to the sign-in page."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def accounts_of(request: Request) -> Accounts:
    return request.app.state.accounts


def _current(request: Request) -> Staff | None:
    return accounts_of(request).identify(request.cookies.get(COOKIE))


def _check_csrf(request: Request, staff: Staff) -> None:
    if request.method not in _SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER, "")
        if not secrets.compare_digest(sent.encode(), staff.csrf.encode()):
            raise HTTPException(403, "缺少或错误的 CSRF 令牌 (missing or wrong CSRF token)")


def _declares(guard: Callable, kind: str, roles: tuple[str, ...]) -> Callable:
    """Mark a guard with what it lets through, so the security tests can find every staff
    route's guard and check it against anonymous and wrong-role requests."""
    guard.staff_guard = kind
    guard.roles = roles
    return guard


def staff_api(*roles: str) -> Callable[..., Staff]:
    """A dependency for a staff JSON API serving ``roles`` (an admin always passes)."""

    def guard(request: Request, response: Response) -> Staff:
        staff = _current(request)
        if staff is None:
            raise HTTPException(401, "请先登录 (sign in first)")
        response.headers["Cache-Control"] = "no-store"  # nor kept by the browser or a proxy
        if not staff.may(*roles):
            raise HTTPException(403, "没有权限 (your role may not do this)")
        _check_csrf(request, staff)
        return staff

    return _declares(guard, "api", roles)


def staff_gate(*roles: str) -> Callable[[Request], Response | None]:
    """The ``staff_api`` checks for a route whose body must not be read before them (a
    catalog upload is spooled to disk): run by bot.security.body_limit before the body."""
    guard = staff_api(*roles)

    def gate(request: Request) -> Response | None:
        try:
            guard(request, Response())
        except HTTPException as e:
            return JSONResponse({"detail": e.detail}, status_code=e.status_code)
        return None

    return gate


def staff_page(*roles: str) -> Callable[[Request], Staff]:
    """A dependency for a staff page: no session -> the sign-in page; wrong role -> 403."""

    def guard(request: Request) -> Staff:
        staff = _current(request)
        if staff is None:
            raise NeedsSignIn(request.url.path)
        if not staff.may(*roles):
            raise HTTPException(403, "没有权限 (your role may not open this page)")
        return staff

    return _declares(guard, "page", roles)


def page(name: str) -> HTMLResponse:
    """A staff page from ``bot/staff/static`` (read per request, so an edit shows at once)."""
    return HTMLResponse((STATIC_DIR / name).read_text(encoding="utf-8"), headers=PAGE_HEADERS)


class Credentials(BaseModel):
    username: Annotated[str, Field(min_length=1, max_length=64)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]


def auth_router() -> APIRouter:
    """Sign-in, sign-out, who am I, and the staff pages' shared static files
    (``/staff/static/``: scripts and styles only, nothing private)."""
    from bot.security.page_headers import RevalidatedFiles

    router = APIRouter()
    router.mount("/staff/static", RevalidatedFiles(directory=STATIC_DIR), name="staff-static")

    @router.get("/staff/login", include_in_schema=False)
    def login_page() -> HTMLResponse:
        return page("login.html")

    @router.get("/staff", include_in_schema=False)
    def home(staff: Annotated[Staff, Depends(staff_page())]) -> Response:
        return RedirectResponse(HOME[staff.role], 303)

    @router.post("/api/staff/login")
    def login(body: Credentials, request: Request) -> JSONResponse:
        try:
            signed = accounts_of(request).sign_in(body.username, body.password,
                                                  address=client_address(request))
        except TooManyAttempts as e:
            return JSONResponse({"detail": f"登录失败次数过多，请 {e.retry_after} 秒后再试"},
                                status_code=429,
                                headers={"Retry-After": str(e.retry_after)})
        except BadCredentials as e:
            return JSONResponse({"detail": str(e)}, status_code=401)
        staff = signed.staff
        response = JSONResponse({**staff.to_dict(), "home": HOME[staff.role]})
        response.set_cookie(COOKIE, signed.token, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/",
                            max_age=int(accounts_of(request).ttl.total_seconds()))
        return response

    @router.post("/api/staff/logout")
    def logout(request: Request, _: Annotated[Staff, Depends(staff_api())]) -> JSONResponse:
        accounts_of(request).sign_out(request.cookies.get(COOKIE))
        response = JSONResponse({"signed_out": True})
        response.delete_cookie(COOKIE, path="/")
        return response

    @router.get("/api/staff/me")
    def me(staff: Annotated[Staff, Depends(staff_api())]) -> dict:
        return {**staff.to_dict(), "home": HOME[staff.role]}

    return router


def sign_in_redirect(_: Request, exc: NeedsSignIn) -> RedirectResponse:
    """The app's handler for NeedsSignIn (registered in bot/app.py)."""
    return RedirectResponse(f"/staff/login?next={quote(exc.path, safe='/')}", 303)

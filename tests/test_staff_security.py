"""The security of every staff page and API, found at run time in the real app.

The routes are not listed here: ``staff_routes`` reads them from ``create_app()`` and the
roles each one serves from its guard (``staff_api``/``staff_page`` mark theirs), so a
route added later is checked too, and one without a guard fails ``test_every_staff_route_
has_a_guard`` (``test_the_checker_flags_an_unguarded_route`` shows that it would). Then,
over HTTP against the app served by uvicorn, on SQLite and on the real PostgreSQL:
anonymous and forged-cookie requests are refused (401, or the sign-in page), wrong roles
get 403, state-changing calls without the session's CSRF header get 403; a login flood
is slowed; SQL injection in every text field changes nothing; HTML in names and
questions is shown as text in a real browser (Debian's Chromium through playwright);
staff pages carry the security headers.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin
from urllib.parse import quote

import httpx
import pytest
import uvicorn
from fastapi import APIRouter, Depends, FastAPI, UploadFile
from fastapi.staticfiles import StaticFiles
from fastapi.testclient import TestClient
from pgdb import fresh_database
from playwright.sync_api import Browser, Page
from pydantic import BaseModel
from sqlalchemy import delete, func, inspect, select
from staff import PASSWORD, accounts_for, create_staff, signed_in

from bot.evaluation.assistant import free_port
from bot.settings import PROJECT_ROOT, Settings
from bot.staff.auth import (
    COOKIE,
    PAGE_HEADERS,
    NeedsSignIn,
    auth_router,
    sign_in_redirect,
    staff_api,
    staff_page,
)
from bot.store.accounts import Accounts
from bot.store.journal import Journal, database_url
from bot.store.models import ROLES, LoginAttempt, Ticket, TicketMessage, User

pytestmark = pytest.mark.e2e

#: Reachable without a session: the sign-in page and the sign-in call (and the scripts).
PUBLIC = {("GET", "/staff/login"), ("POST", "/api/staff/login")}
STATIC = "/staff/static"
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
SQL = ["' OR '1'='1", "admin'--", '"; DROP TABLE users; --', "1; DELETE FROM users",
       "x\x00y"]
HTML = '<img src=x onerror=alert(1)>"><svg onload=alert(2)>'
#: One member of each role: admin (its display name is HTML), agent, content.
MEMBERS = {"admin": "sec.admin", "agent": "sec.agent", "content": "sec.content"}


# --- finding the staff routes and the roles they serve ---


@dataclass(frozen=True)
class StaffRoute:
    method: str
    path: str
    kind: str | None  # "api" or "page" (the guard's), None: no guard
    roles: frozenset[str] | None  # who may (besides admin); None: any signed-in member
    route: Any = None

    @property
    def url(self) -> str:
        return self.with_params("1")

    def with_params(self, value: str) -> str:
        return re.sub(r"\{[^}]+\}", quote(value, safe=""), self.path)

    @property
    def is_api(self) -> bool:
        return self.path.startswith("/api/")

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def _flat(routes: list) -> Iterator[Any]:
    """Every route, through included routers (FastAPI >= 0.165 keeps them nested)."""
    for route in routes:
        if hasattr(route, "effective_route_contexts"):
            yield from route.effective_route_contexts()
        else:
            yield route


def _guards(dependant: Any) -> list[Any]:
    found = []
    for dep in getattr(dependant, "dependencies", []):
        if getattr(dep.call, "staff_guard", None):
            found.append(dep.call)
        found += _guards(dep)
    return found


def staff_routes(app: FastAPI) -> list[StaffRoute]:
    """Every method of every route under /staff and /api/staff (but the public ones), with
    the kind of its guard and the roles the guards let through (all of them must pass)."""
    found = []
    for route in _flat(app.routes):
        original = getattr(route, "original_route", route)
        path = getattr(route, "path", "") or getattr(original, "path", "")
        if not path.startswith(("/staff", "/api/staff")) or path == STATIC:
            continue
        guards = _guards(getattr(route, "dependant", None))
        roles: frozenset[str] | None = None
        for guard in guards:
            if guard.roles:
                roles = frozenset(guard.roles) if roles is None else roles & set(guard.roles)
        kinds = {g.staff_guard for g in guards}
        kind = "api" if "api" in kinds else ("page" if kinds else None)
        for method in sorted((getattr(route, "methods", None) or {"ANY"}) - {"HEAD"}):
            if (method, path) not in PUBLIC:
                found.append(StaffRoute(method, path, kind, roles, route))
    return found


def problems(routes: list[StaffRoute]) -> list[str]:
    """What is wrong in how the routes are guarded, one line each."""
    wrong = []
    for r in routes:
        if r.kind is None:
            wrong.append(f"{r}: no staff_api/staff_page guard")
        elif r.method in UNSAFE and r.kind != "api":
            wrong.append(f"{r}: changes state behind a page guard (no CSRF check)")
        elif r.is_api and r.kind != "api":
            wrong.append(f"{r}: an API behind a page guard (redirects instead of 401)")
    return wrong


def anonymous_refusals(client: httpx.Client | TestClient,
                       routes: list[StaffRoute]) -> list[str]:
    """The routes that do not refuse a request without a session (and with a forged one)."""
    wrong = []
    for r in routes:
        for cookies in ({}, {COOKIE: "forged-" + "x" * 40}):
            client.cookies.clear()
            for name, value in cookies.items():
                client.cookies.set(name, value)
            got = client.request(r.method if r.method != "ANY" else "GET", r.url,
                                 follow_redirects=False)
            if r.is_api:
                ok = got.status_code == 401
            else:
                ok = (got.status_code == 303 and got.headers["location"]
                      == f"/staff/login?next={quote(r.url, safe='/')}")
            if not ok:
                wrong.append(f"{r} ({'forged cookie' if cookies else 'anonymous'}): "
                              f"{got.status_code}")
    client.cookies.clear()
    return wrong


# --- the app, served ---


@dataclass
class Served:
    url: str
    app: FastAPI
    settings: Settings
    journal: Journal
    routes: list[StaffRoute]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def served(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The whole app (create_app) on a free port, over its own database (SQLite, or a
    fresh database on the real PostgreSQL) and a copy of the demo index (the content
    admin may publish), with one member of each role."""
    from bot.app import create_app

    work = tmp_path_factory.mktemp("staff-security")
    shutil.copytree(PROJECT_ROOT / "var" / "index", work / "index")
    with ExitStack() as stack:
        url = stack.enter_context(fresh_database()) if request.param == "postgresql" else ""
        port = free_port()
        settings = Settings(database_url=url, database_sqlite=work / "guidebot.db",
                            index_dir=work / "index", catalogs_dir=work / "catalogs",
                            app_port=port, staffed_hours="1-7 00:00-24:00")
        app = create_app(settings)
        for role, name in MEMBERS.items():
            create_staff(settings, name, role, display_name=HTML if role == "admin" else name)
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 120
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the app did not start"
            time.sleep(0.1)
        journal = Journal(database_url(url, settings.database_sqlite))
        try:
            yield Served(f"http://127.0.0.1:{port}", app, settings, journal, staff_routes(app))
        finally:
            server.should_exit = True
            thread.join(30)
            journal.engine.dispose()


@pytest.fixture(autouse=True)
def no_failed_sign_ins(request: pytest.FixtureRequest) -> None:
    """Each test starts without earlier tests' failed sign-ins (all come from 127.0.0.1)."""
    if "served" in request.fixturenames:
        served: Served = request.getfixturevalue("served")
        with served.journal.session() as s, s.begin():
            s.execute(delete(LoginAttempt))


@pytest.fixture(scope="module")
def members(served: Served) -> Iterator[dict[str, httpx.Client]]:
    clients = {role: signed_in(served.url, name) for role, name in MEMBERS.items()}
    yield clients
    for c in clients.values():
        c.close()


# --- every staff route is guarded, and the guard works ---


def test_every_staff_route_has_a_guard(served: Served) -> None:
    print("staff routes checked:", *(f"  {r} [{r.kind} {sorted(r.roles or [])}]"
                                     for r in served.routes), sep="\n")
    assert len(served.routes) >= 3  # at least /staff, /api/staff/logout, /api/staff/me
    assert problems(served.routes) == []


def test_the_checker_flags_an_unguarded_route(tmp_path: Path) -> None:
    """A throwaway app with one route of each mistake: the checker and the HTTP check
    name exactly those, and accept guards given to a whole router."""
    router = APIRouter()

    @router.get("/api/staff/forgotten")
    def forgotten() -> dict:
        return {"secret": True}

    @router.post("/staff/page-post")
    def page_post(_: Annotated[Any, Depends(staff_page("agent"))]) -> dict:
        return {}

    @router.get("/staff/fine")
    def fine(_: Annotated[Any, Depends(staff_page("agent"))]) -> dict:
        return {}

    guarded = APIRouter(dependencies=[Depends(staff_api("content"))])

    @guarded.delete("/api/staff/things/{thing_id}")
    def remove(thing_id: int) -> dict:
        return {"removed": thing_id}

    app = FastAPI()
    app.state.accounts = Accounts(Journal(database_url("", tmp_path / "x.db")), Settings())
    app.add_exception_handler(NeedsSignIn, sign_in_redirect)
    app.include_router(auth_router())
    app.include_router(router)
    app.include_router(guarded)
    app.mount("/staff/files", StaticFiles(directory=tmp_path), name="files")

    routes = staff_routes(app)
    assert {str(r) for r in routes} == {
        "GET /staff", "POST /api/staff/logout", "GET /api/staff/me",
        "GET /api/staff/forgotten", "POST /staff/page-post", "GET /staff/fine",
        "DELETE /api/staff/things/{thing_id}", "ANY /staff/files"}
    assert [r.roles for r in routes if r.path == "/api/staff/things/{thing_id}"] == [
        frozenset({"content"})]
    assert problems(routes) == [
        "GET /api/staff/forgotten: no staff_api/staff_page guard",
        "POST /staff/page-post: changes state behind a page guard (no CSRF check)",
        "ANY /staff/files: no staff_api/staff_page guard"]
    with TestClient(app) as client:
        refused = anonymous_refusals(client, routes)
    # Over HTTP the unguarded API answers; the page-guarded POST is refused (the static
    # check above is what catches it), and the mount is not refused by a guard either.
    assert [line.rsplit(":", 1)[0] for line in refused] == [
        "GET /api/staff/forgotten (anonymous)", "GET /api/staff/forgotten (forged cookie)",
        "ANY /staff/files (anonymous)", "ANY /staff/files (forged cookie)"]
    assert refused[0].endswith(": 200")


def test_anonymous_and_forged_sessions_are_refused_everywhere(served: Served) -> None:
    with httpx.Client(base_url=served.url, timeout=60) as anonymous:
        assert anonymous_refusals(anonymous, served.routes) == []


def test_wrong_roles_are_refused_and_right_roles_pass(
        served: Served, members: dict[str, httpx.Client]) -> None:
    wrong = []
    for r in served.routes:
        for role, client in members.items():
            allowed = role == "admin" or r.roles is None or role in r.roles
            if r.method in UNSAFE:
                # Never changed for real here: the right role without the CSRF header gets
                # the CSRF refusal (it passed the role check); the wrong role, 403 first.
                got = client.request(r.method, r.url, headers={"X-CSRF-Token": ""})
                ok = got.status_code == 403 and (("CSRF" in got.text) == allowed)
            else:
                got = client.request(r.method, r.url, follow_redirects=False)
                ok = (got.status_code == 403) != allowed and got.status_code not in (401, 500)
            if not ok:
                wrong.append(f"{r} as {role}: {got.status_code} {got.text[:80]}")
    assert wrong == []


def test_a_csrf_token_of_another_session_is_refused(served: Served) -> None:
    with closing(signed_in(served.url, MEMBERS["agent"])) as one, \
            closing(signed_in(served.url, MEMBERS["agent"])) as other:
        assert one.headers["X-CSRF-Token"] != other.headers["X-CSRF-Token"]
        got = one.post("/api/staff/logout",
                       headers={"X-CSRF-Token": other.headers["X-CSRF-Token"]})
        assert got.status_code == 403
        assert one.get("/api/staff/me").status_code == 200
        assert one.post("/api/staff/logout").status_code == 200
        assert one.get("/api/staff/me").status_code == 401
        assert other.get("/api/staff/me").status_code == 200  # only that session ended


def test_static_files_are_only_the_staff_scripts(served: Served) -> None:
    with httpx.Client(base_url=served.url, timeout=30) as anonymous:
        assert anonymous.get("/staff/static/staff.js").status_code == 200
        for path in ("/staff/static/../auth.py", "/staff/static/%2e%2e/auth.py",
                     "/staff/static/..%2fauth.py", "/staff/static/", "/staff/static"):
            got = anonymous.get(path)
            assert got.status_code in (404, 307, 308) and "def " not in got.text, path


# --- a login flood is slowed ---


def test_a_login_flood_is_slowed(served: Served) -> None:
    """30 wrong passwords for one name: after the 5th every attempt is refused with 429
    and Retry-After before its password is checked, the right password too. That is the
    trade-off: a guesser learns nothing more, and the member whose name is flooded waits
    out the window (15 minutes) or signs in from nowhere else either, since the per-name
    limit does not look at the address."""
    name = MEMBERS["content"]
    statuses = []
    with httpx.Client(base_url=served.url, timeout=60) as attacker:
        for i in range(30):
            got = attacker.post("/api/staff/login",
                                json={"username": name, "password": f"guess {i:04d}!"})
            statuses.append(got.status_code)
        assert statuses == [401] * 5 + [429] * 25
        retry = attacker.post("/api/staff/login", json={"username": name,
                                                        "password": PASSWORD})
        assert retry.status_code == 429 and 800 <= int(retry.headers["Retry-After"]) <= 901
        assert COOKIE not in attacker.cookies
    with served.journal.session() as s:
        kept = s.scalar(select(func.count()).select_from(LoginAttempt))
    assert kept == 5  # refused attempts are not stored: a flood does not fill the table


# --- SQL injection ---


def _value(annotation: Any, text: str, minimal: bool = False) -> Any:
    """A value of a body field's type carrying ``text`` wherever text goes; ``minimal``:
    a model's required fields only, and lists empty (more likely to pass validation)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if annotation is str:
        return text
    if annotation in (int, float):
        return 1
    if annotation is bool:
        return False
    if origin is list:
        return [] if minimal else [_value(args[0] if args else str, text)]
    if origin is Annotated:
        return _value(args[0], text, minimal)
    if args:  # Optional[...], a Union, a Literal
        for arg in args:
            if arg is not type(None):
                return _value(arg, text, minimal) if isinstance(arg, type) else text
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {name: _value(f.annotation, text, minimal)
                for name, f in annotation.model_fields.items()
                if f.is_required() or not minimal}
    return text


def _requests_with(r: StaffRoute, text: str) -> Iterator[dict]:
    """Requests that put ``text`` into each of the route's text inputs in turn."""
    dependant = r.route.dependant
    yield {"url": r.with_params(text)} if dependant.path_params else {"url": r.url}
    for param in dependant.query_params:
        yield {"url": r.url, "params": {param.alias: text}}
    body = dependant.body_params
    if not body:
        return
    files = [p for p in body if _is_upload(p.field_info.annotation)]
    if files:
        yield {"url": r.url, "files": {p.alias: (f"{text}.zip", text.encode(), "application/zip")
                                       for p in files}}
    elif len(body) == 1:
        for minimal in (False, True):
            yield {"url": r.url, "json": _value(body[0].field_info.annotation, text, minimal)}
    else:
        yield {"url": r.url, "json": {p.alias: _value(p.field_info.annotation, text)
                                      for p in body}}


def _is_upload(annotation: Any) -> bool:
    return annotation is UploadFile or UploadFile in get_args(annotation)


def test_sql_injection_in_sign_in_signs_nobody_in(served: Served) -> None:
    with httpx.Client(base_url=served.url, timeout=60) as client:
        for text in SQL:
            for body in ({"username": text, "password": text},
                         {"username": MEMBERS["admin"], "password": text},
                         {"username": text + "x" * 10, "password": PASSWORD}):
                got = client.post("/api/staff/login", json=body)
                assert got.status_code in (401, 429), (body, got.status_code, got.text)
                assert COOKIE not in client.cookies
        with served.journal.session() as s, s.begin():
            s.execute(delete(LoginAttempt))
        assert client.get("/api/staff/me").status_code == 401


def test_sql_injection_in_every_staff_field_is_harmless(
        served: Served, members: dict[str, httpx.Client]) -> None:
    tables = set(inspect(served.journal.engine).get_table_names())
    admin = members["admin"]
    with served.journal.session() as s, s.begin():  # ticket 1, taken: replies are stored
        s.add(Ticket(id=1, sender="web-sqlinjection", channel="web", region="",
                     status="waiting"))
    assert admin.post("/api/staff/tickets/1/take").status_code == 200
    sent, crashed, answered = 0, [], {}
    for r in served.routes:
        if not r.is_api or r.path == "/api/staff/logout" or r.route is None:
            continue
        for text in SQL:
            for request in _requests_with(r, text):
                got = admin.request(r.method, **request)
                sent += 1
                answered.setdefault(str(r), set()).add(got.status_code)
                if got.status_code >= 500:
                    crashed.append(f"{r} {request}: {got.status_code} {got.text[:120]}")
    print(f"{sent} requests:", *(f"  {r}: {sorted(codes)}" for r, codes in answered.items()),
          sep="\n")
    assert crashed == []
    assert sent >= len(SQL)
    assert set(inspect(served.journal.engine).get_table_names()) == tables
    with served.journal.session() as s, s.begin():
        assert s.scalar(select(func.count()).select_from(User)) == len(MEMBERS)
        stored = set(s.scalars(select(TicketMessage.text)))
        assert set(SQL) - {"x\x00y"} <= stored  # kept as the text it was
        s.execute(delete(TicketMessage))
        s.execute(delete(Ticket))
    assert admin.get("/api/staff/me").status_code == 200


# --- HTML injection, in a real browser ---


def _injected(page: Page) -> list[str]:
    """Elements the payload would have made, had it been taken as HTML."""
    return page.evaluate("""() => [...document.querySelectorAll(
        'img[src="x"], img[onerror], svg[onload], [onerror], [onload]')].map(e => e.outerHTML)""")


def _sign_in(page: Page, base: str, username: str, password: str = PASSWORD,
             next_path: str = "") -> None:
    page.goto(f"{base}/staff/login" + (f"?next={quote(next_path, safe='')}" if next_path else ""))
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("#login-button")


def test_html_is_shown_as_text_on_every_staff_page(served: Served, browser: Browser) -> None:
    with served.journal.session() as s, s.begin():  # a handed-off chat whose citizen typed HTML
        ticket = Ticket(sender="web-htmlinjection", channel="web", region="", status="waiting")
        s.add(ticket)
        s.flush()
        s.add(TicketMessage(ticket_id=ticket.id, author="citizen", text=HTML))
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        # The sign-in form: HTML as the name gives the plain refusal, as text.
        _sign_in(page, served.url, HTML, "wrong password")
        page.wait_for_selector("#login-error:not([hidden])")
        assert page.text_content("#login-error") == "用户名或密码不正确"
        # The admin, whose display name is HTML, opens every staff page.
        _sign_in(page, served.url, MEMBERS["admin"], next_path="javascript:alert(3)")
        page.wait_for_url(re.compile(r"/staff/(console|queue|admin)$"))
        pages = sorted({r.path for r in served.routes if r.kind == "page" and r.method == "GET"
                        and "{" not in r.path and r.path != "/staff"})
        assert pages, "no staff pages found"
        for path in pages:
            page.goto(served.url + path)
            page.wait_for_load_state("networkidle")
            bar = page.locator("#staff-bar")
            if bar.count():
                bar.get_by_text(HTML, exact=False).first.wait_for()
            # Every text box gets the HTML too, and every form is sent.
            boxes = page.locator("textarea:visible:enabled, "
                                 "input:visible:enabled:not([type]), "
                                 "input[type=text]:visible:enabled, "
                                 "input[type=search]:visible:enabled")
            for i in range(boxes.count()):
                boxes.nth(i).fill(HTML)
            page.evaluate("() => document.querySelectorAll('form').forEach("
                          "f => f.requestSubmit ? f.requestSubmit() : f.submit())")
            page.wait_for_load_state("networkidle")
            for button in page.locator("#tickets button").all():  # the queue: open the chat
                button.click()
                page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            assert _injected(page) == [], path
            if path == "/staff/queue":
                assert HTML in page.text_content("#messages")
        assert dialogs == [] and errors == []
        # The detector itself: the same text taken as HTML is seen (the CSP keeps the
        # handler from running, so no dialog: the element is the evidence).
        page.evaluate("h => document.body.insertAdjacentHTML('beforeend', h)", HTML)
        assert len(_injected(page)) == 2
    finally:
        context.close()
        with served.journal.session() as s, s.begin():
            s.execute(delete(TicketMessage))
            s.execute(delete(Ticket))


# --- headers and cookie ---


def test_staff_pages_carry_security_headers(served: Served,
                                            members: dict[str, httpx.Client]) -> None:
    pages = ["/staff/login"] + sorted({r.path for r in served.routes if r.kind == "page"
                                       and r.method == "GET" and r.path != "/staff"})
    for path in pages:
        got = members["admin"].get(path)
        assert got.status_code == 200, path
        for name, value in PAGE_HEADERS.items():
            assert got.headers.get(name) == value, (path, name)
        assert "frame-ancestors 'none'" in got.headers["content-security-policy"]
        assert "unsafe-inline" not in got.headers["content-security-policy"]
    me = members["admin"].get("/api/staff/me")
    assert me.headers["cache-control"] == "no-store"


def test_the_session_cookie_is_httponly_and_strict(served: Served) -> None:
    with httpx.Client(base_url=served.url, timeout=60) as client:
        got = client.post("/api/staff/login",
                          json={"username": MEMBERS["agent"], "password": PASSWORD})
        assert got.status_code == 200
        (cookie,) = got.headers.get_list("set-cookie")
        flags = {f.strip().split("=")[0].lower() for f in cookie.split(";")[1:]}
        assert {"httponly", "samesite", "path", "max-age"} <= flags
        assert "samesite=strict" in cookie.lower()
        assert "secure" not in flags  # plain HTTP here; behind HTTPS the cookie is Secure
        token = client.cookies[COOKIE]
        assert len(token) >= 40 and token not in got.text
        with accounts_for(served.settings).journal.session() as s:
            assert s.scalar(select(func.count()).select_from(User).where(
                User.password_hash.contains(PASSWORD))) == 0
    assert set(ROLES) == set(MEMBERS)

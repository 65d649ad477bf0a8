"""The content admin's page and JSON API (role ``content``; an admin passes too).

    GET  /staff/admin                              the page (admin.html, admin.js)
    POST /api/staff/catalogs                       multipart ``file`` (a zip) -> 201 review
    POST /api/staff/catalogs/from-directory        {path} (on the server) -> 201 review
    GET  /api/staff/catalogs/{id}                  the review again, against what is served now
    POST /api/staff/catalogs/{id}/publish          -> 202 job (409 while the report has errors)
    GET  /api/staff/jobs/{id}                      a publish or rollback: state, progress, result
    GET  /api/staff/publications                   the audit log, newest first
    POST /api/staff/publications/{id}/rollback     -> 202 job
    GET  /api/staff/insights?days=&min_ratings=    lowest-rated guides, unanswered questions

A review is ``{catalog: {id, source, username, created_at}, ok, errors, warnings,
problems: [{file, code, field, reason, severity}], diff}``; the diff is diff.py's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from bot.settings import Settings
from bot.staff.admin.insights import insights
from bot.staff.admin.publishing import NotFound, Publisher, review, validation
from bot.staff.admin.staging import Staged, Staging, StagingError
from bot.staff.auth import page, staff_api, staff_page
from bot.store.accounts import Staff
from bot.store.journal import Journal
from index.embedder import Embedder

#: The largest upload taken (compressed); staging.py bounds what it unpacks to.
MAX_UPLOAD = 200 * 1024 * 1024
#: Where a catalog zip is uploaded (its body limit and staff check: bot/app.py).
UPLOAD_PATH = "/api/staff/catalogs"
Content = Annotated[Staff, Depends(staff_api("content"))]


class DirectoryIn(BaseModel):
    path: Annotated[str, Field(min_length=1, max_length=4096)]


def admin_router(settings: Settings, embedder: Embedder, journal: Journal) -> APIRouter:
    staging = Staging(settings.catalogs_dir / "staging")
    publisher = Publisher(settings, embedder, journal)
    router = APIRouter()

    def reviewed(staged: Staged) -> dict:
        return {"catalog": staged.to_dict(), **review(staged.catalog, settings.index_dir)}

    def allowed(path: Path) -> None:
        """A directory to import must lie under one of the configured import roots."""
        roots = settings.import_roots()
        if path.is_absolute() and any(path.resolve().is_relative_to(r) for r in roots):
            return
        where = "、".join(str(r) for r in roots)
        raise HTTPException(403, f"只能导入这些服务器目录之下的目录: {where} "
                                 "(GUIDEBOT_CATALOG_IMPORT_ROOTS)")

    def staged_or_404(ident: str) -> Staged:
        staged = staging.get(ident)
        if staged is None:
            raise HTTPException(404, f"没有找到待发布的目录 {ident} (可能已被清理, 请重新上传)")
        return staged

    @router.get("/staff/admin", include_in_schema=False)
    def admin_page(_: Annotated[Staff, Depends(staff_page("content"))]) -> HTMLResponse:
        return page("admin.html")

    @router.post(UPLOAD_PATH, status_code=201)
    def upload(staff: Content, file: Annotated[UploadFile, File()]) -> dict:
        file.file.seek(0, 2)
        size = file.file.tell()
        file.file.seek(0)
        if size == 0:
            raise HTTPException(400, "上传的文件是空的")
        if size > MAX_UPLOAD:
            raise HTTPException(413, f"上传的文件过大 (超过 {MAX_UPLOAD // 2**20} MB)")
        try:
            staged = staging.from_zip(file.file, source=file.filename or "upload.zip",
                                      username=staff.username)
        except StagingError as e:
            raise HTTPException(400, str(e)) from None
        return reviewed(staged)

    @router.post("/api/staff/catalogs/from-directory", status_code=201)
    def from_directory(staff: Content, body: DirectoryIn) -> dict:
        allowed(Path(body.path))
        try:
            staged = staging.from_directory(Path(body.path), username=staff.username)
        except StagingError as e:
            raise HTTPException(400, str(e)) from None
        return reviewed(staged)

    @router.get("/api/staff/catalogs/{ident}")
    def get_catalog(_: Content, ident: str) -> dict:
        return reviewed(staged_or_404(ident))

    @router.post("/api/staff/catalogs/{ident}/publish", status_code=202)
    def publish(staff: Content, ident: str) -> dict:
        staged = staged_or_404(ident)
        # The job validates again; refusing here gives the page a clear answer at once
        # (without the diff, which the job computes for the audit log).
        _, result = validation(staged.catalog)
        if not result["ok"]:
            return JSONResponse({"detail": f"校验未通过 ({result['errors']} 个错误), 不能发布",
                                 "problems": result["problems"]}, status_code=409)
        return publisher.publish(staged, staff).to_dict()

    @router.get("/api/staff/jobs/{ident}")
    def job(_: Content, ident: str) -> dict:
        found = publisher.job(ident)
        if found is None:
            raise HTTPException(404, f"没有任务 {ident}")
        return found.to_dict()

    @router.get("/api/staff/publications")
    def publications(_: Content, limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict:
        return publisher.publications(limit)

    @router.post("/api/staff/publications/{publication_id}/rollback", status_code=202)
    def rollback(staff: Content, publication_id: int) -> dict:
        try:
            return publisher.rollback(publication_id, staff).to_dict()
        except NotFound as e:
            raise HTTPException(404, str(e)) from None

    @router.get("/api/staff/insights")
    def get_insights(_: Content, days: Annotated[int, Query(ge=1, le=3650)] = 90,
                     min_ratings: Annotated[int, Query(ge=1, le=1000)] = 3) -> dict:
        return insights(journal, days=days, min_ratings=min_ratings)

    return router

"""The content admin's page and JSON API (role ``content``; an admin passes too).

    GET  /staff/admin                              the page (admin.html, admin.js)
    POST /api/staff/catalogs                       multipart ``file`` (a zip) -> 201 review
    POST /api/staff/catalogs/from-directory        {path} (on the server) -> 201 review
    GET  /api/staff/catalogs/{id}                  the review again, against what is served now
    POST /api/staff/catalogs/{id}/impact           -> 202 job: the questions whose answer changes
    POST /api/staff/catalogs/{id}/publish          {confirm_loss} -> 202 job (409 while the
                                                   report has errors, the impact is not computed
                                                   against what is served, or answers would be
                                                   lost and confirm_loss is not true)
    GET  /api/staff/jobs/{id}                      a publish or rollback: state, progress, result
    GET  /api/staff/publications                   the audit log, newest first
    POST /api/staff/publications/{id}/rollback     -> 202 job
    GET  /api/staff/insights?days=&min_ratings=    lowest-rated guides, unanswered questions

A review is ``{catalog: {id, source, username, created_at}, ok, errors, warnings,
problems: [{file, code, field, reason, severity}], diff, impact}``; the diff is diff.py's,
the impact impact.py's (null until computed against the version served now).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from bot.settings import Settings
from bot.staff.admin.impact import impact_summary
from bot.staff.admin.insights import insights
from bot.staff.admin.publishing import NotFound, Publisher, review, saved_impact, validation
from bot.staff.admin.staging import Staged, Staging, StagingError
from bot.staff.auth import page, staff_api, staff_page
from bot.store.accounts import Staff
from bot.store.journal import Journal
from index.embedder import Embedder
from index.served import IndexHolder
from index.version import current_id

#: The largest upload taken (compressed); staging.py bounds what it unpacks to.
MAX_UPLOAD = 200 * 1024 * 1024
#: Where a catalog zip is uploaded (its body limit and staff check: bot/app.py).
UPLOAD_PATH = "/api/staff/catalogs"
Content = Annotated[Staff, Depends(staff_api("content"))]


class DirectoryIn(BaseModel):
    path: Annotated[str, Field(min_length=1, max_length=4096)]


class PublishIn(BaseModel):
    #: The second, explicit confirmation: publish although answers would be lost.
    confirm_loss: bool = False


def admin_router(settings: Settings, embedder: Embedder, journal: Journal,
                 holder: IndexHolder | None = None) -> APIRouter:
    staging = Staging(settings.catalogs_dir / "staging")
    publisher = Publisher(settings, embedder, journal)
    router = APIRouter()

    def current_impact(staged: Staged) -> dict | None:
        """The impact computed for this catalog against the version served now."""
        impact = saved_impact(staged)
        if impact is None or impact.get("served_version") != current_id(settings.index_dir):
            return None
        return impact

    def reviewed(staged: Staged) -> dict:
        return {"catalog": staged.to_dict(), **review(staged.catalog, settings.index_dir),
                "impact": current_impact(staged)}

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

    @router.post("/api/staff/catalogs/{ident}/impact", status_code=202)
    def impact(staff: Content, ident: str) -> dict:
        loaded = holder.current if holder is not None else None
        return publisher.impact(staged_or_404(ident), staff, loaded).to_dict()

    @router.post("/api/staff/catalogs/{ident}/publish", status_code=202)
    def publish(staff: Content, ident: str, body: PublishIn | None = None) -> dict:
        staged = staged_or_404(ident)
        # The job validates again; refusing here gives the page a clear answer at once
        # (without the diff, which the job computes for the audit log).
        _, result = validation(staged.catalog)
        if not result["ok"]:
            return JSONResponse({"detail": f"校验未通过 ({result['errors']} 个错误), 不能发布",
                                 "problems": result["problems"]}, status_code=409)
        shown = current_impact(staged)
        if shown is None:
            return JSONResponse({"detail": "请先计算这份目录对提问的影响 (或正在服务的版本已变, "
                                           "请重新计算), 再发布"}, status_code=409)
        confirmed = body is not None and body.confirm_loss
        if shown["lost"] and not confirmed:
            return JSONResponse({"detail": f"{shown['lost']} 个问题将失去答案; 确认后才能发布",
                                 "needs_confirmation": True, "lost": shown["lost"]},
                                status_code=409)
        audit = {**impact_summary(shown), "confirmed_loss": bool(shown["lost"] and confirmed)}
        return publisher.publish(staged, staff, audit).to_dict()

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

"""Sessions (create, list, get, delete) and their workspace files (list, download, upload)."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.server.auth import Caller
from gofer.server.context import get_ctx
from gofer.server.errors import ERROR_RESPONSES, ApiError
from gofer.server.routes._common import owned_session
from gofer.server.schemas import FileEntry, FileList, SessionCreate, SessionList, UploadResult
from gofer.store.base import NotFoundError, SessionRecord

__all__ = ["router"]

router = APIRouter(prefix="/v1/sessions", tags=["sessions"], responses=ERROR_RESPONSES)


@router.post("", status_code=201, response_model=SessionRecord, summary="Create a session")
async def create_session(request: Request, who: Caller,
                         body: SessionCreate | None = None) -> SessionRecord:
    """A new session with its own workspace."""
    ctx = get_ctx(request)
    return await ctx.service.create_session(user_id=who.user_id, title=body.title if body else "")


@router.get("", response_model=SessionList, summary="List sessions")
async def list_sessions(request: Request, who: Caller,
                        limit: int = Query(default=100, ge=1, le=500)) -> SessionList:
    """The caller's sessions, newest first (``limit`` of them at most)."""
    return SessionList(sessions=await get_ctx(request).store.list_sessions(user_id=who.user_id, limit=limit))


@router.get("/{session_id}", response_model=SessionRecord, summary="Get a session")
async def get_session(session_id: str, request: Request, who: Caller) -> SessionRecord:
    """One of the caller's sessions."""
    return await owned_session(get_ctx(request), who, session_id)


@router.delete("/{session_id}", status_code=204, response_class=Response, summary="Delete a session")
async def delete_session(session_id: str, request: Request, who: Caller) -> Response:
    """Delete a session, its workspace and its computer; 409 while one of its runs is active."""
    ctx = get_ctx(request)
    session = await owned_session(ctx, who, session_id)
    if await ctx.store.list_runs(user_id=who.user_id, session_id=session_id, active=True, limit=1):
        raise ApiError(409, "conflict", "the session has an active run; cancel it first")
    await ctx.service.delete_session(session.id, user_id=who.user_id)
    computer = ctx.session_computer(session.id)
    if computer is not None:
        await computer.aclose()
    return Response(status_code=204)


def _workspace(session: SessionRecord) -> Workspace:
    return Workspace(session.workspace)


@router.get("/{session_id}/files", response_model=FileList, summary="List workspace files")
async def list_files(session_id: str, request: Request, who: Caller,
                     path: str = Query(default=".", max_length=1000)) -> FileList:
    """Files and folders below ``path`` in the session's workspace (symlinks are not followed)."""
    session = await owned_session(get_ctx(request), who, session_id)
    try:
        entries = await asyncio.to_thread(_workspace(session).listing, path)
    except (WorkspaceError, OSError) as exc:
        raise NotFoundError(str(exc)) from None
    return FileList(files=[FileEntry(path=p, size=size, is_dir=size is None) for p, size in entries])


_DOWNLOAD_DOC: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/octet-stream": {}}, "description": "The file's bytes"}}


@router.get("/{session_id}/files/{path:path}", response_class=Response, responses=_DOWNLOAD_DOC,
            summary="Download a workspace file")
async def download_file(session_id: str, path: str, request: Request,
                        who: Caller) -> Response:
    """A file of the session's workspace, as an attachment."""
    session = await owned_session(get_ctx(request), who, session_id)
    ws = _workspace(session)
    try:
        data = await asyncio.to_thread(ws.read_bytes, path)
        artifact = await asyncio.to_thread(ws.artifact, path)
    except (WorkspaceError, OSError) as exc:
        raise NotFoundError(str(exc)) from None
    return Response(data, media_type=artifact.mime,
                    headers={"Content-Disposition": _attachment(Path(artifact.path).name),
                             "X-Content-Type-Options": "nosniff", "ETag": artifact.sha256})


def _attachment(name: str) -> str:
    """A Content-Disposition for any file name: an ASCII fallback (quotes, control characters and non-ASCII
    replaced) and the exact name percent-encoded as UTF-8 (RFC 6266), so no name can break the header."""
    plain = "".join(c if " " <= c < "\x7f" and c not in '"\\' else "_" for c in name) or "download"
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


@router.put("/{session_id}/files/{path:path}", status_code=201, response_model=UploadResult,
            summary="Upload a file into the workspace",
            openapi_extra={"requestBody": {"content": {"application/octet-stream": {
                "schema": {"type": "string", "format": "binary"}}}, "required": True}})
async def upload_file(session_id: str, path: str, request: Request,
                      who: Caller) -> UploadResult:
    """Write the request body to ``path`` in the workspace (size-limited; never through a symlink)."""
    ctx = get_ctx(request)
    session = await owned_session(ctx, who, session_id)
    limit = ctx.settings.max_upload_bytes
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"upload over {limit} bytes", {"limit": limit})
        chunks.append(chunk)
    data = b"".join(chunks)
    ws = _workspace(session)
    try:
        rel = await asyncio.to_thread(ws.write_bytes, path, data)
    except WorkspaceError as exc:
        raise ApiError(400, "bad_path", str(exc)) from None
    except OSError as exc:
        raise ApiError(400, "bad_path", f"cannot write {path!r}: {exc.strerror}") from None
    return UploadResult(path=str(rel), size=len(data), sha256=hashlib.sha256(data).hexdigest())

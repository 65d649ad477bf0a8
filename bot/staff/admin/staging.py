"""Catalogs waiting to be published: an uploaded zip or a server directory, copied into
``catalogs_dir/staging/<id>/catalog`` so that what is checked is exactly what is published.

    staging = Staging(settings.catalogs_dir / "staging")
    staged = staging.from_zip(upload, source="2026-06.zip", username="wang")
    staged = staging.from_directory(Path("/srv/export/catalog"), username="wang")

A zip is refused (``StagingError``, said in Chinese for the page) when it is not a zip,
when a name is absolute or climbs out (``../``, zip-slip), when an entry is a symbolic
link or encrypted, when it has too many files, or when it would unpack to more than
``max_bytes`` (a zip bomb; counted while unpacking too, since headers can lie). A zip
whose files all sit in one top folder (not ``guides/``) is the catalog in that folder.
Names that are not UTF-8 (Windows zips in GBK) are read as GBK.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import shutil
import stat
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from bot.catalog.files import CATALOG_SUFFIXES

MAX_FILES = 20_000
MAX_BYTES = 512 * 1024 * 1024  # unpacked; a province catalog is well below
KEEP_STAGED = 20
_CHUNK = 1 << 20
_IGNORED = {"__MACOSX", ".DS_Store", "Thumbs.db"}
_CATALOG_FOLDERS = {"guides", "halls", "regions", "bundles", "faq"}


class StagingError(ValueError):
    """An upload or directory that cannot be staged; the message is for content staff."""


@dataclass(frozen=True)
class Staged:
    id: str
    source: str
    username: str
    created_at: str
    folder: Path

    @property
    def catalog(self) -> Path:
        return self.folder / "catalog"

    def to_dict(self) -> dict:
        out = asdict(self)
        del out["folder"]
        return out


def _entry_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:  # no UTF-8 flag: zipfile decoded it as cp437
        raw = name.encode("cp437", errors="replace")
        for encoding in ("utf-8", "gbk"):
            try:
                name = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return name.replace("\\", "/")


def _safe_parts(name: str) -> tuple[str, ...]:
    path = PurePosixPath(name)
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise StagingError(f"压缩包中的路径是绝对路径, 拒绝解压: {name}")
    parts = tuple(p for p in path.parts if p not in ("", "."))
    if ".." in parts:
        raise StagingError(f"压缩包中的路径指向目录之外 (../), 拒绝解压: {name}")
    return parts


def extract_zip(stream: BinaryIO, dest: Path, *, max_files: int = MAX_FILES,
                max_bytes: int = MAX_BYTES) -> int:
    """Unpack a catalog zip into ``dest`` (which must not exist); returns the files written.

    Every entry is checked before anything is written; nothing is left behind on error.
    """
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise StagingError("上传的文件不是 zip 压缩包") from None
    with archive:
        entries: list[tuple[zipfile.ZipInfo, tuple[str, ...]]] = []
        declared = 0
        for info in archive.infolist():
            name = _entry_name(info)
            parts = _safe_parts(name)
            if info.flag_bits & 0x1:
                raise StagingError(f"压缩包中的文件已加密, 无法读取: {name}")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise StagingError(f"压缩包中含有符号链接, 拒绝解压: {name}")
            if info.is_dir() or not parts or _IGNORED & set(parts):
                continue
            entries.append((info, parts))
            declared += info.file_size
            if len(entries) > max_files:
                raise StagingError(f"压缩包中的文件过多 (超过 {max_files} 个)")
            if declared > max_bytes:
                raise StagingError(f"压缩包解压后过大 (超过 {max_bytes // 2**20} MB)")
        if not entries:
            raise StagingError("压缩包是空的")
        tops = {parts[0] for _, parts in entries}
        # One top folder holding everything is the catalog (unless it is a catalog folder).
        strip = 1 if (len(tops) == 1 and all(len(p) > 1 for _, p in entries)
                      and not tops & _CATALOG_FOLDERS) else 0
        tmp = dest.with_name(dest.name + ".part")
        shutil.rmtree(tmp, ignore_errors=True)
        written = 0
        try:
            for info, parts in entries:
                target = tmp.joinpath(*parts[strip:])
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as src, target.open("xb") as out:
                    while chunk := src.read(_CHUNK):
                        written += len(chunk)
                        if written > max_bytes:  # a header that lied about the size
                            raise StagingError(
                                f"压缩包解压后过大 (超过 {max_bytes // 2**20} MB)")
                        out.write(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as e:
            shutil.rmtree(tmp, ignore_errors=True)
            raise StagingError(f"压缩包已损坏, 无法解压: {e}") from None
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        tmp.rename(dest)
        return len(entries)


def copy_directory(src: Path, dest: Path, *, max_files: int = MAX_FILES,
                   max_bytes: int = MAX_BYTES) -> int:
    """Copy the catalog files (YAML/JSON) under ``src`` into ``dest``; links are not followed."""
    if not src.is_absolute():
        raise StagingError("请给出服务器上的绝对路径")
    if not src.is_dir():
        raise StagingError(f"目录不存在: {src}")
    files: list[Path] = []
    size = 0
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if (path.is_symlink() or not path.is_file() or path.suffix not in CATALOG_SUFFIXES
                or any(p.startswith(".") for p in rel.parts)):
            continue
        files.append(rel)
        size += path.stat().st_size
        if len(files) > max_files:
            raise StagingError(f"目录中的文件过多 (超过 {max_files} 个)")
        if size > max_bytes:
            raise StagingError(f"目录中的文件过大 (超过 {max_bytes // 2**20} MB)")
    if not files:
        raise StagingError(f"目录中没有 YAML 或 JSON 文件: {src}")
    tmp = dest.with_name(dest.name + ".part")
    shutil.rmtree(tmp, ignore_errors=True)
    for rel in files:
        (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, tmp / rel, follow_symlinks=False)
    tmp.rename(dest)
    return len(files)


class Staging:
    """Staged catalogs on disk (kept across restarts; the newest ``keep`` remain)."""

    def __init__(self, root: Path, keep: int = KEEP_STAGED) -> None:
        self.root = root
        self.keep = keep

    def _new(self, source: str, username: str) -> Staged:
        now = dt.datetime.now(dt.UTC)
        ident = f"{now:%Y%m%d%H%M%S%f}-{secrets.token_hex(4)}"
        folder = self.root / ident
        folder.mkdir(parents=True)
        return Staged(ident, source[:500], username, now.isoformat(), folder)

    def _finish(self, staged: Staged) -> Staged:
        meta = staged.folder / "staged.json"
        meta.write_text(json.dumps(staged.to_dict(), ensure_ascii=False))
        self._prune()
        return staged

    def from_zip(self, stream: BinaryIO, *, source: str, username: str) -> Staged:
        return self._stage(source, username, lambda dest: extract_zip(stream, dest))

    def from_directory(self, src: Path, *, username: str) -> Staged:
        return self._stage(str(src), username, lambda dest: copy_directory(src, dest))

    def _stage(self, source: str, username: str, fill: Callable[[Path], object]) -> Staged:
        """A new staged folder whose catalog ``fill`` writes; nothing is left on error."""
        staged = self._new(source, username)
        try:
            fill(staged.catalog)
        except BaseException:
            shutil.rmtree(staged.folder, ignore_errors=True)
            raise
        return self._finish(staged)

    def get(self, ident: str) -> Staged | None:
        if not ident.replace("-", "").isalnum():
            return None
        meta = self.root / ident / "staged.json"
        try:
            data = json.loads(meta.read_text())
        except (OSError, ValueError):
            return None
        return Staged(data["id"], data["source"], data["username"], data["created_at"],
                      meta.parent)

    def _prune(self) -> None:
        done = sorted((p for p in self.root.iterdir() if (p / "staged.json").is_file()),
                      reverse=True)
        for old in done[self.keep:]:
            shutil.rmtree(old, ignore_errors=True)

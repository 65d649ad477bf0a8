"""Reading catalog files (YAML or JSON) into plain data, with readable errors.

YAML is read with the YAML 1.2 core scalars only: ``17:30`` stays text instead
of becoming the sexagesimal integer 1050, and ``2025-06-30`` stays text instead
of a date object. Both are what content staff mean when they type them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:  # the C parser is many times faster on province-size catalogs
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _BaseLoader = yaml.SafeLoader

CATALOG_SUFFIXES = (".yaml", ".yml", ".json")


class CatalogLoader(_BaseLoader):
    """SafeLoader resolving only YAML 1.2 core scalars (null, bool, int, float) and ``<<``."""


CatalogLoader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in [
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    # A number with a leading zero (000110023000, 0799) is a code, never a number.
    ("tag:yaml.org,2002:int", r"^(?:[-+]?(?:0|[1-9][0-9]*)|0o[0-7]+|0x[0-9a-fA-F]+)$",
     list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:(?:0|[1-9][0-9]*)\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?(?:0|[1-9][0-9]*)[eE][-+]?[0-9]+"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
]:
    CatalogLoader.add_implicit_resolver(_tag, re.compile(_regexp), _first)


class FileError(Exception):
    """A file that cannot be read as catalog data at all."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass(frozen=True)
class RawFile:
    path: Path
    data: bytes


def decode_text(raw: bytes) -> str:
    """UTF-8 text (a BOM is allowed); anything else is a FileError naming the byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise FileError(
            f"不是 UTF-8 编码: 第 {e.start} 字节 0x{raw[e.start]:02x} 无法解码 "
            "(请以 UTF-8 保存, 不要用 GBK)",
            line,
        ) from None


def parse_data(name: str, raw: bytes) -> Any:
    """Parse one file's bytes by its suffix into plain Python data."""
    text = decode_text(raw)
    if name.endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as e:
            raise FileError(
                f"JSON 语法错误: {e.msg} (第 {e.lineno} 行第 {e.colno} 列)", e.lineno
            ) from None
    try:
        return yaml.load(text, Loader=CatalogLoader)  # a SafeLoader subclass
    except (ValueError, TypeError, RecursionError) as e:  # a scalar the constructor rejects
        raise FileError(f"YAML 内容无法解析: {e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        where = f" (第 {line} 行第 {mark.column + 1} 列)" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e)
        raise FileError(f"YAML 语法错误: {problem}{where}", line) from None


def find_files(root: Path, stem: str) -> list[Path]:
    """``stem.yaml``/``.yml``/``.json`` at ``root`` and every file under ``root/stem/``."""
    found = [root / f"{stem}{s}" for s in CATALOG_SUFFIXES if (root / f"{stem}{s}").is_file()]
    folder = root / stem
    if folder.is_dir():
        found += sorted(
            p for p in folder.rglob("*") if p.is_file() and p.suffix in CATALOG_SUFFIXES
        )
    return found

"""A changed guides file checked item by item, for a publisher that runs again.

A province's largest guides files are 1.6-2.6 MB (a province-level file holds hundreds
of items' guides): parsing and validating one took 2-4 s here, for a one-line edit. A
YAML file that is a block sequence at column 0 (what exports write) is split into its
items' texts; an item whose text was in the file's last version keeps what checking it
gave (its object, or its problems), and only new texts are parsed and validated, one by
one. ``check`` gives None, and the caller checks the whole file, whenever the split is not
certain to mean what the whole file means: anything but items, comments and blank lines at
column 0 (a document marker, a directive, a top-level mapping), an item's text that does
not parse alone as a list of one item (an alias to another item's anchor, a syntax
error: reported with its line by the whole file's parse), a JSON file.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

import yaml

from bot.catalog.files import CatalogLoader, FileError, decode_text
from bot.catalog.validate import FileResult, Kind, check_item


class _Outcome(NamedTuple):
    """What checking one item added to its file's result."""

    objects: list
    problems: list
    failed: set[str]
    partial_refs: list


def split_items(text: str) -> list[str] | None:
    """The texts of a top-level block sequence's items, or None (see the module)."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("- ") or line.rstrip() == "-"]
    if not starts:
        return None
    at = set(starts)
    for i, line in enumerate(lines):
        if i not in at and line[:1] not in (" ", "#", "\n", "\r"):
            return None
        if i < starts[0] and line[:1] == " " and line.strip() and not line.lstrip().startswith("#"):
            return None
    return ["".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _check_one(kind: Kind, rel: str, i: int, text: str) -> _Outcome | None:
    try:
        data = yaml.load(text, Loader=CatalogLoader)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return None
    if not isinstance(data, list) or len(data) != 1:
        return None
    one = FileResult(kind)
    check_item(one, rel, i, data[0])
    return _Outcome(one.objects, one.problems, one.failed or set(), one.partial_refs)


class ItemMemo:
    """Per guides file, what each item's text gave when the file was last checked."""

    def __init__(self) -> None:
        self._last: dict[str, dict[bytes, _Outcome]] = {}

    def seed(self, rel: str, raw: bytes, result: FileResult) -> None:
        """Remember a whole file's result when each item gave one object and nothing
        else (then the i-th item's text gave the i-th object)."""
        if result.problems or result.failed or result.partial_refs or not rel.endswith(
                (".yaml", ".yml")):
            self._last.pop(rel, None)
            return
        try:
            texts = split_items(decode_text(raw))
        except FileError:
            texts = None
        if texts is None or len(texts) != len(result.objects):
            self._last.pop(rel, None)
            return
        self._last[rel] = {_key(t): _Outcome([o], [], set(), [])
                           for t, o in zip(texts, result.objects, strict=True)}

    def check(self, rel: str, kind: Kind, raw: bytes) -> FileResult | None:
        """``check_file(rel, kind, raw)``, redoing only items new since the last time, or
        None when the file must be checked whole."""
        known = self._last.get(rel)
        if known is None or kind != "guide" or not rel.endswith((".yaml", ".yml")):
            return None
        try:
            texts = split_items(decode_text(raw))
        except FileError:
            return None
        if texts is None:
            return None
        result, now = FileResult(kind), {}
        for i, text in enumerate(texts):
            key = _key(text)
            got = known.pop(key, None) if key not in now else None  # a repeat: checked anew
            got = got or _check_one(kind, rel, i, text)
            if got is None:
                return None
            now[key] = got
            result.objects += got.objects
            result.problems += got.problems
            result.partial_refs += got.partial_refs
            if result.failed is not None:
                result.failed |= got.failed
        self._last[rel] = {k: v for k, v in now.items() if not _positional(v)}
        return result


def _positional(outcome: _Outcome) -> bool:
    """Named by its position (no key): its problems would say another number elsewhere."""
    return any(p.code.startswith("#") for p in outcome.problems)

"""Staffed hours of the handoff desk: when a citizen asking for a person gets one.

    hours = StaffedHours.parse("1-5 09:00-12:00; 1-5 13:30-17:30")
    hours.open_at(now)      # True on a weekday morning (``now`` in the settings' time zone)
    hours.describe()        # "周一至周五 09:00-12:00、13:30-17:30"

The format (``GUIDEBOT_STAFFED_HOURS``): windows separated by ``;``, each ``DAYS
HH:MM-HH:MM``, days 1 = Monday .. 7 = Sunday as one day (``6``), a range (``1-5``) or a
comma list (``1,3,5``); ``24:00`` ends a day, so ``1-7 00:00-24:00`` is always staffed.
An empty value means nobody is ever on duty. A bad value raises ``ValueError`` naming
the window and what is wrong, so the app refuses to start with it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DAY_NAMES = "一二三四五六日"
_WINDOW = re.compile(r"^(?P<days>[0-9,\-\s]+?)\s+"
                     r"(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})$")


def _minutes(text: str, window: str) -> int:
    hours, minutes = (int(p) for p in text.split(":"))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValueError(f"staffed hours: {text!r} in {window!r} is not a time of day "
                         f"(00:00..24:00)")
    return hours * 60 + minutes


def _days(text: str, window: str) -> frozenset[int]:
    days: set[int] = set()
    for part in text.replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            raise ValueError(f"staffed hours: days {text!r} in {window!r} are not like 1-5 or 6")
        lo, hi = int(first), int(last or first)
        if not (1 <= lo <= hi <= 7):
            raise ValueError(f"staffed hours: days {text!r} in {window!r} must be 1 (Monday) "
                             f"to 7 (Sunday), the first not after the last")
        days.update(range(lo, hi + 1))
    return frozenset(days)


@dataclass(frozen=True)
class Window:
    days: frozenset[int]  # ISO weekdays, 1 = Monday
    start: int  # minutes after midnight
    end: int  # exclusive; 1440 = midnight at the end of the day

    def covers(self, moment: dt.datetime) -> bool:
        minute = moment.hour * 60 + moment.minute
        return moment.isoweekday() in self.days and self.start <= minute < self.end


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def days_text(days: frozenset[int]) -> str:
    """``{1..5}`` -> 周一至周五, ``{1..7}`` -> 每天, ``{1, 3}`` -> 周一、周三."""
    if days == frozenset(range(1, 8)):
        return "每天"
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        first, last = _DAY_NAMES[run[0] - 1], _DAY_NAMES[run[-1] - 1]
        if len(run) >= 3:
            parts.append(f"周{first}至周{last}")
        else:
            parts.extend(f"周{_DAY_NAMES[d - 1]}" for d in run)
    return "、".join(parts)


@dataclass(frozen=True)
class StaffedHours:
    windows: tuple[Window, ...]

    @classmethod
    def parse(cls, spec: str) -> StaffedHours:
        windows = []
        for raw in spec.replace("；", ";").split(";"):
            window = raw.strip()
            if not window:
                continue
            m = _WINDOW.match(window)
            if m is None:
                raise ValueError(f"staffed hours: {window!r} is not like '1-5 09:00-12:00' "
                                 f"(days 1-7, then HH:MM-HH:MM)")
            start, end = _minutes(m["start"], window), _minutes(m["end"], window)
            if start >= end:
                raise ValueError(f"staffed hours: {window!r} ends before it starts")
            windows.append(Window(_days(m["days"], window), start, end))
        return cls(tuple(windows))

    def open_at(self, moment: dt.datetime) -> bool:
        return any(w.covers(moment) for w in self.windows)

    def describe(self) -> str:
        """The hours in words, windows of the same days together, in the order given."""
        if not self.windows:
            return "暂无人工服务时间"
        groups: dict[frozenset[int], list[str]] = {}
        for w in self.windows:
            span = "全天" if (w.start, w.end) == (0, 1440) else f"{_clock(w.start)}-{_clock(w.end)}"
            groups.setdefault(w.days, []).append(span)
        return "；".join(f"{days_text(days)} {'、'.join(spans)}" for days, spans in groups.items())

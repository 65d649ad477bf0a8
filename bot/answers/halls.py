"""Service halls as a citizen needs them (政务服务地图): open now, hours, distance.

Hours come from the catalog's machine-readable spans (days 1 = Monday,
"HH:MM" open and close; a hall closed at noon has two spans for the same
days). Times are compared in the catalog's time zone (settings.timezone).

A shared location farther than ``Settings.hall_reach_km`` from every hall is outside the catalog's
area (``beyond_reach``): its distances (“距您约 12851 公里”) help nobody, so the answer
says so plainly and offers the catalog's regions instead (``far_location``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Sequence

from bot.answers.model import Answer, Button
from bot.catalog.models import GeoPoint, Hall

_WEEKDAYS = "一二三四五六日"


def open_now(hall: Hall, now: dt.datetime) -> bool:
    hhmm = now.strftime("%H:%M")
    day = now.isoweekday()
    return any(day in s.days and s.open <= hhmm < s.close for s in hall.hours)


def next_opening(hall: Hall, now: dt.datetime) -> tuple[int, str] | None:
    """(days from today, "HH:MM") of the next opening after ``now``, within a week."""
    hhmm = now.strftime("%H:%M")
    for ahead in range(8):
        day = (now.isoweekday() - 1 + ahead) % 7 + 1
        opens = sorted(s.open for s in hall.hours if day in s.days and (ahead or s.open > hhmm))
        if opens:
            return ahead, opens[0]
    return None


def _day_range(days: list[int]) -> str:
    """[1, 2, 3, 4, 5] -> 周一至周五; [1, 3] -> 周一、周三."""
    days = sorted(set(days))
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        return f"周{_WEEKDAYS[days[0] - 1]}至周{_WEEKDAYS[days[-1] - 1]}"
    return "、".join(f"周{_WEEKDAYS[d - 1]}" for d in days)


def hours_text(hall: Hall) -> str:
    """The opening hours in one line: 周一至周五 08:30-12:00、14:30-17:30；周六 09:00-12:00."""
    by_days: dict[tuple[int, ...], list[str]] = {}
    for s in hall.hours:
        by_days.setdefault(tuple(sorted(set(s.days))), []).append(f"{s.open}-{s.close}")
    return "；".join(f"{_day_range(list(days))} {'、'.join(sorted(spans))}"
                    for days, spans in by_days.items())


def status_text(hall: Hall, now: dt.datetime) -> str:
    """现在开放 / 现在不开放，今天 14:30 开门 / …明天 08:30 开门 / …周一 08:30 开门."""
    if open_now(hall, now):
        return "现在开放"
    nxt = next_opening(hall, now)
    if nxt is None:
        return "现在不开放"
    ahead, at = nxt
    if ahead == 0:
        when = "今天"
    elif ahead == 1:
        when = "明天"
    else:
        when = f"周{_WEEKDAYS[(now.isoweekday() - 1 + ahead) % 7]}"
    return f"现在不开放，{when} {at} 开门"


def distance_km(a: GeoPoint | tuple[float, float], b: GeoPoint | tuple[float, float]) -> float:
    """Great-circle distance (haversine) in kilometres."""
    lat1, lon1 = (a.lat, a.lon) if isinstance(a, GeoPoint) else a
    lat2, lon2 = (b.lat, b.lon) if isinstance(b, GeoPoint) else b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def by_distance(halls: Iterable[Hall], point: tuple[float, float]) -> list[tuple[Hall, float]]:
    """Halls with their distance from ``point`` (lat, lon), nearest first."""
    return sorted(((h, distance_km(point, h.location)) for h in halls), key=lambda x: x[1])


def map_link(hall: Hall) -> str:
    """A map link to the hall that works without an account (OpenStreetMap)."""
    lat, lon = hall.location.lat, hall.location.lon
    return f"https://www.openstreetmap.org/?mlat={lat:.5f}&mlon={lon:.5f}#map=17/{lat:.5f}/{lon:.5f}"


def beyond_reach(nearest_km: float | None, reach_km: float) -> bool:
    """Whether the nearest hall, ``nearest_km`` away, is too far for a hall of this
    catalog to be the citizen's (``reach_km`` 0 or less: never)."""
    return nearest_km is not None and reach_km > 0 and nearest_km > reach_km


def far_location(reach_km: float, regions: Sequence[tuple[str, str]]) -> Answer:
    """The answer to a location beyond every hall's reach: said plainly, with no
    distance, and the catalog's ``regions`` ((code, name), the ones a citizen picks
    from) as buttons that say the region to the assistant."""
    text = (f"您发送的位置离本地所有政务服务大厅都超过 {reach_km:g} 公里，不在本助手服务的"
            "地区内，这里的办理地点可能不适合您。\n"
            "请选择您要办事的地区，或直接告诉我区县名称。")
    buttons = tuple(Button(name, "/inform_region" + json.dumps({"region": code}))
                    for code, name in regions)
    return Answer(text, buttons, aspect="location")

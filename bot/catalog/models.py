"""Typed models of the service-guide catalog (the contract in shared/guide-schema.md).

The models check what one object can check on its own: required fields, types
and enum values. What needs the whole catalog (unknown halls or regions,
duplicate codes, bundle items) is checked in :mod:`bot.catalog.validate`.

Types are strict: a code written as ``000110023000`` without quotes reaches us
as the integer 110023000, and silently turning it back into a string would
publish a wrong code. Text is stored exactly as given (Traditional or
Simplified, full- or half-width); folding happens only for search.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    field_validator,
    model_validator,
)

ItemType = Literal[
    "行政许可", "行政确认", "行政给付", "行政征收",
    "行政裁决", "行政奖励", "其他行政权力", "公共服务",
]
Status = Literal["active", "suspended", "revoked"]
ServiceObject = Literal["natural_person", "legal_person"]
TimeUnit = Literal["working_day", "natural_day"]
OnlineDepth = Literal["full_online", "online_apply", "offline_only"]
CrossRegion = Literal["none", "全市通办", "全省通办", "跨省通办"]
MaterialForm = Literal["原件", "复印件", "原件和复印件", "电子"]
RegionLevel = Literal["province", "city", "county", "town"]

Text = Annotated[str, Field(strict=True, min_length=1)]


def _code_text(v: object) -> object:
    # An unquoted 449100 or 12345 in YAML is an integer; as an identifier or a
    # phone it means the same digits. (Numbers with leading zeros never reach
    # here as integers: the loader keeps them as text, so nothing is lost.)
    return str(v) if isinstance(v, int) and not isinstance(v, bool) else v


#: Identifiers (codes, region codes, hall ids) and phone numbers.
Code = Annotated[str, BeforeValidator(_code_text), Field(strict=True, min_length=1)]
OptText = Annotated[str, Field(strict=True)]
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class _Model(BaseModel):
    # Unknown fields are kept out of the model but reported as warnings by the
    # validator: exports from other systems often carry extra columns, and a
    # typo in a field name still shows up in the report.
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


def _iso_date(value: object) -> str:
    """Accept an ISO date as text (or a YAML/JSON date) and keep it as text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError("必须是 ISO 日期文本, 如 2025-06-30")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"不是有效的 ISO 日期: {value!r} (应如 2025-06-30)") from None
    return value


class NamedText(_Model):
    name: Text
    description: OptText = ""


class Material(_Model):
    name: Text
    form: MaterialForm | None = None
    copies: Annotated[StrictInt, Field(ge=0)] | None = None
    required: StrictBool = True
    source: OptText | None = None
    exempt: StrictBool = False
    situation: OptText | None = None
    note: OptText | None = None


class TimeLimit(_Model):
    value: Annotated[StrictInt, Field(ge=0)]
    unit: TimeUnit
    note: OptText | None = None


class FeeItem(_Model):
    name: Text
    # A number of yuan, or the published text where it is not one figure.
    amount: float | int | Text
    basis: OptText | None = None

    @field_validator("amount", mode="before")
    @classmethod
    def _no_bool(cls, v: object) -> object:
        if isinstance(v, bool):
            raise ValueError("金额应为数字或文本, 不是布尔值")
        return v


class Fee(_Model):
    charged: StrictBool
    items: list[FeeItem] = []


class Online(_Model):
    depth: OnlineDepth
    url: OptText | None = None
    visits: Annotated[StrictInt, Field(ge=0)] | None = None


class HallRef(_Model):
    hall: Code
    window: OptText | None = None
    note: OptText | None = None


class Guide(_Model):
    code: Code
    base_code: Code | None = None
    name: Text
    aliases: list[Text] = []
    item_type: ItemType
    status: Status
    region: Code
    agency: Text
    service_object: Annotated[list[ServiceObject], Field(min_length=1)]
    life_events: list[Text] = []
    conditions: list[Text]
    situations: list[NamedText] = []
    materials: list[Material]
    steps: list[NamedText]
    legal_time_limit: TimeLimit
    promised_time_limit: TimeLimit
    fee: Fee
    online: Online
    halls: list[HallRef] = []
    hours: OptText | None = None
    appointment: StrictBool | None = None
    express: StrictBool | None = None
    cross_region: CrossRegion | None = None
    consult_phone: Code
    complaint_phone: Code | None = None
    legal_basis: list[Text] = []
    result: OptText | None = None
    updated_at: str

    @field_validator("halls", mode="before")
    @classmethod
    def _hall_ids(cls, v: object) -> object:
        # A hall may be given as a bare id or as {hall, window, note}.
        if isinstance(v, list):
            return [{"hall": h} if isinstance(h, str) else h for h in v]
        return v

    _updated = field_validator("updated_at", mode="before")(_iso_date)

    @property
    def group(self) -> str:
        """The item this guide implements: its base_code, or its own code."""
        return self.base_code or self.code

    @property
    def answerable(self) -> bool:
        return self.status == "active"


class GeoPoint(_Model):
    lat: Annotated[float, Field(ge=-90, le=90, strict=False)]
    lon: Annotated[float, Field(ge=-180, le=180, strict=False)]


class OpeningSpan(_Model):
    days: Annotated[list[Annotated[StrictInt, Field(ge=1, le=7)]], Field(min_length=1)]
    open: str
    close: str

    @field_validator("open", "close", mode="before")
    @classmethod
    def _hhmm(cls, v: object) -> object:
        if not isinstance(v, str) or not _HHMM.match(v):
            raise ValueError(f"时间应为带引号的 \"HH:MM\" 文本, 得到 {v!r}")
        return v

    @model_validator(mode="after")
    def _ordered(self) -> OpeningSpan:
        if self.close <= self.open:
            raise ValueError(f"关门时间 {self.close} 不晚于开门时间 {self.open}")
        return self


class Hall(_Model):
    id: Code
    name: Text
    region: Code
    address: Text
    location: GeoPoint
    hours: Annotated[list[OpeningSpan], Field(min_length=1)]
    hours_note: OptText | None = None
    phone: Code
    appointment_url: OptText | None = None
    transit: OptText | None = None


class Region(_Model):
    code: Code
    name: Text
    level: RegionLevel
    parent: Code | None = None


class Bundle(_Model):
    id: Code
    name: Text
    aliases: list[Text] = []
    description: OptText = ""
    items: Annotated[list[Code], Field(min_length=1)]
    order_note: OptText | None = None


class FaqEntry(_Model):
    id: Code
    questions: list[Text] = []
    answer: Text
    agency: OptText | None = None
    region: Code | None = None
    updated_at: str
    status: Literal["active", "revoked"] = "active"

    _updated = field_validator("updated_at", mode="before")(_iso_date)

    @property
    def answerable(self) -> bool:
        return self.status == "active"

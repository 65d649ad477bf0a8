"""Store each distinct element once: regional guides of one item share their elements.

Guides are standardized (同要素): the same item has the same conditions,
materials, steps, time limits and fee in every region. A province catalog
holds each item in a thousand regions, so after validation the elements that
are equal are replaced by one shared object. At 100,000 guides this is most
of the memory the catalog takes. The models are frozen and never mutated, so
sharing is safe.
"""

from __future__ import annotations

from pydantic import BaseModel

from bot.catalog.models import Guide

#: Guide fields whose values repeat across regions of one item.
SHARED_FIELDS = (
    "aliases", "life_events", "conditions", "situations", "materials", "steps",
    "legal_time_limit", "promised_time_limit", "fee", "online", "legal_basis", "item_type",
    "service_object", "result", "name", "base_code", "updated_at",
)

_table: dict[tuple[str, str], object] = {}


def share(model: BaseModel) -> BaseModel:
    """Replace ``model``'s repeating element values by the first equal one seen."""
    if not isinstance(model, Guide):
        return model
    for name in SHARED_FIELDS:
        value = getattr(model, name)
        if value is None:
            continue
        canonical = _table.setdefault((name, repr(value)), value)
        if canonical is not value:
            # The model is frozen for callers; this swaps an equal value in place.
            object.__setattr__(model, name, canonical)
    return model

"""A build leaves nothing for the cyclic collector to walk (index/version.py)."""

from __future__ import annotations

import gc

import pytest

from index.version import no_cyclic_gc

pytestmark = pytest.mark.unit


def test_what_a_build_allocates_is_frozen_not_left_to_the_collector() -> None:
    frozen = gc.get_freeze_count()
    with no_cyclic_gc():
        assert not gc.isenabled()
        kept = [[i] for i in range(200_000)]  # a catalog's worth of small objects
    assert gc.isenabled()
    assert gc.get_count()[0] < 1_000  # the youngest generation does not hold them
    assert gc.get_freeze_count() >= frozen + len(kept)

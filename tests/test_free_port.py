"""Test ports: below the ephemeral range, with the ports the launcher derives from them."""

from __future__ import annotations

import socket

import pytest

from bot.evaluation import assistant
from bot.evaluation.assistant import free_port

pytestmark = pytest.mark.integration  # binds sockets on loopback


def test_a_port_lies_below_the_range_outgoing_connections_take_from() -> None:
    low, _ = assistant._ephemeral_range()
    assert all(free_port() + 103 < low for _ in range(20))


def test_no_two_ports_share_a_derived_port() -> None:
    taken: set[int] = set()
    for _ in range(30):
        port = free_port()
        derived = {port + d for d in assistant._DERIVED}
        assert not derived & taken
        taken |= derived


def test_a_port_whose_next_one_is_taken_is_not_handed_out(
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = free_port(), free_port()
    monkeypatch.setattr(assistant, "_handed_out", set())
    low, _ = assistant._ephemeral_range()
    bottom = low - max(104, low - 10000)
    draws = iter([first - bottom, second - bottom])
    monkeypatch.setattr(assistant.secrets, "randbelow", lambda _n: next(draws))
    with socket.socket() as busy:  # a second Rasa server could not bind first + 1
        busy.bind(("127.0.0.1", first + 1))
        busy.listen()
        assert free_port() == second

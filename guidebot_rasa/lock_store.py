"""Rasa's lock stores with a waiting turn that looks again every 50 ms, not every second.

Rasa serializes the turns of one conversation with a ticket lock: a message that arrives
while the conversation's previous one is being answered waits for its ticket. Rasa 3.6
looks again once a second (``LockStore.lock``'s ``wait_time_in_seconds=1``), so a second
message sent quickly (a double tap, two messages typed in a row, two replicas taking turns
of one conversation) waited up to a second longer than the turn before it took. These
subclasses wait ``WAIT_SECONDS`` between looks; everything else is Rasa's own. The
endpoints file names them (bot/rasa/files.py): ``PromptRedisLockStore`` with Redis
(shared by every Rasa server), ``PromptInMemoryLockStore`` without.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

#: Seconds between two looks at a conversation's lock by a turn that waits for it.
WAIT_SECONDS = 0.05


class PromptRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)

    def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
             wait_time_in_seconds: float = WAIT_SECONDS) -> AbstractAsyncContextManager:
        return super().lock(conversation_id, lock_lifetime, wait_time_in_seconds)


class PromptInMemoryLockStore(InMemoryLockStore):
    def __init__(self, endpoint_config: EndpointConfig | None = None) -> None:
        super().__init__()

    def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
             wait_time_in_seconds: float = WAIT_SECONDS) -> AbstractAsyncContextManager:
        return super().lock(conversation_id, lock_lifetime, wait_time_in_seconds)

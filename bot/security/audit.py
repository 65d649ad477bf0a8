"""The security log: one JSON line per event that says who did what to the assistant.

    security_event("sign_in", username="wang", address="10.0.0.7", role="agent")

Events: sign-ins, failed sign-ins and lock-outs, account changes (created, password set,
enabled, disabled), publishes and rollbacks (asked, then how they ended), tickets taken and
closed, and calls refused for a missing or wrong service token. It holds no secret (no
password, token or cookie) and no personal number: every text field is masked like a
citizen's message (nlu/privacy.py), so a 身份证号 typed as a user name never lands here.

Written by the logger ``guidebot.security``; ``guidebot serve`` sends it to
``security_log`` (``var/log/security.log`` by default, ``<run dir>/log/security.log`` under
``guidebot up``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from nlu.privacy import mask_personal

log = logging.getLogger("guidebot.security")
#: Longest text kept of a field (a user name is at most 64 characters).
MAX_FIELD = 200


def security_event(event: str, **fields: object) -> None:
    record: dict[str, object] = {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                                 "event": event}
    for key, value in fields.items():
        if value is None:
            continue
        record[key] = (mask_personal(value[:MAX_FIELD]) if isinstance(value, str)
                       else value if isinstance(value, int | float | bool) else str(value))
    log.info(json.dumps(record, ensure_ascii=False))


def log_security_to(path: Path) -> None:
    """Append the security log to ``path`` as JSON lines (once per process)."""
    if any(getattr(h, "guidebot_security", False) for h in log.handlers):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.guidebot_security = True
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False

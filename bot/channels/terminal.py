"""``guidebot chat``: talk to a running assistant in a terminal, over Rasa's REST channel.

Each line typed is posted to ``{rasa_url}/webhooks/rest/webhook`` as
``{"sender": ..., "message": ..., "metadata": {"region": ...}}``; each bot message is
printed with its buttons numbered, and typing a button's number sends that button's
payload. One sender id per session, so the conversation keeps its item and region.

When Rasa cannot be reached, times out, fails or says nothing, the citizen reads a
polite sentence with the hotline instead of an error. With piped input (not a
terminal) there are no prompts and each input line gets one answer block followed by
an empty line, so tests and scripts can drive it::

    printf '办身份证要带什么\\n1\\n' | guidebot chat
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from bot.channels.rasa_rest import RasaRest, RasaUnavailable, unavailable_text
from bot.channels.senders import terminal_sender
from bot.settings import get_settings

QUIT_WORDS = {"q", "quit", "exit", "退出"}


class ChatClient:
    """One conversation of the terminal chat: its sender id and region, over Rasa's REST
    channel (``send`` raises ``RasaUnavailable`` when Rasa is unreachable, slow or failing).
    """

    def __init__(self, rasa_url: str, sender: str | None = None, *,
                 region: str | None = None, timeout: float = 60.0) -> None:
        self.sender = sender or terminal_sender()
        self.metadata = {"region": region} if region else None
        self._rest = RasaRest(rasa_url, timeout=timeout)

    def send(self, message: str) -> list[dict]:
        # Masked by the client, before the text leaves this machine for Rasa.
        return self._rest.send(self.sender, message, self.metadata)

    def close(self) -> None:
        self._rest.close()


def render(messages: list[dict]) -> tuple[list[str], list[dict]]:
    """The lines to print for the bot's messages, and their buttons in display order."""
    lines: list[str] = []
    buttons: list[dict] = []
    for m in messages:
        if m.get("text"):
            lines.append(str(m["text"]))
        if m.get("image"):
            lines.append(f"[图片] {m['image']}")
        for b in m.get("buttons") or []:
            buttons.append(b)
            lines.append(f"[{len(buttons)}] {b.get('title') or b.get('payload')}")
    return lines, buttons


def chat_loop(rasa_url: str, *, sender: str | None = None, region: str | None = None,
              hotline: str = "12345", timeout: float = 60.0,
              stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Read lines, answer each; returns 0 at the end of input or on a quit word."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    tty = stdin.isatty()
    client = ChatClient(rasa_url, sender, region=region, timeout=timeout)
    buttons: list[dict] = []
    if tty:
        print("政务服务办事指南助手。请输入您的问题，输入数字选择按钮；"
              "空行、“退出”或 Ctrl-D 结束。", file=stdout, flush=True)
    try:
        while True:
            if tty:
                print("> ", end="", file=stdout, flush=True)
            line = stdin.readline()
            if not line:
                break
            text = line.strip()
            if text.lower() in QUIT_WORDS or (tty and not text):
                break
            if not text:
                continue
            if text.isdigit() and 1 <= int(text) <= len(buttons):
                text = str(buttons[int(text) - 1].get("payload") or "")
            lines, buttons = _answer(client, text, hotline)
            print("\n".join(lines) + "\n", file=stdout, flush=True)
    finally:
        client.close()
    return 0


def _answer(client: ChatClient, text: str, hotline: str) -> tuple[list[str], list[dict]]:
    try:
        lines, buttons = render(client.send(text))
    except RasaUnavailable:
        return [unavailable_text(hotline)], []
    # An empty reply is what Rasa's REST channel gives when the action failed.
    return (lines, buttons) if lines else ([unavailable_text(hotline)], [])


def cmd_chat(args: argparse.Namespace) -> int:
    settings = get_settings()
    try:
        return chat_loop(args.rasa_url or settings.rasa_url, sender=args.sender,
                         region=args.region, hotline=settings.hotline, timeout=args.timeout)
    except KeyboardInterrupt:
        return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The ``chat`` subcommand (wired into ``bot.cli``)."""
    p = sub.add_parser("chat", help="chat with the running assistant in this terminal")
    p.add_argument("--sender", default=None, help="conversation id (default: a new one)")
    p.add_argument("--region", default=None, help="your region code, sent as metadata")
    p.add_argument("--rasa-url", default=None, help="instead of GUIDEBOT_RASA_URL")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for an answer")
    p.set_defaults(func=cmd_chat)

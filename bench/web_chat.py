"""Web chat benchmark: from sending a message to the answer rendered in the browser.

    .venv/bin/python bench/web_chat.py [--app-url http://127.0.0.1:5055] [--rounds 1]

Drives the page (bot/channels/web/) in Debian's headless Chromium with playwright, phone-sized,
through 10 conversations of 5 messages (50 in all): first questions as citizens type
them (colloquial, typos, Traditional, long), then follow-ups, a region, thanks. Each
message is timed inside the page, from the form's submit to the first frame after the
page's ``guidebot:rendered`` event (the reply is in the DOM and painted), and split into
the request (``POST /api/chat``: the app's relay, Rasa, the action webhook, search and
answer) and what is left (the browser's own work). Prints p50/p95 of each.

Without ``--app-url`` it starts its own assistant (the app and the Rasa server, as the
tests do: bot/evaluation/assistant.py) on free ports and stops it afterwards; each conversation is
a new browser context (a new sender id), as a new visitor would be.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from bot.evaluation.stats import percentile

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"

CONVERSATIONS: list[list[str]] = [
    ["身份证丢了咋补啊", "要带什么材料", "多久能拿到", "我在青山区", "谢谢"],
    ["公基金租房提取网上能办吗", "要什么条件", "一年能取几次", "收费吗", "好的谢谢"],
    ["宝宝出生了，要去哪个派出所登记户口", "要带什么", "那要多久", "我在白石县", "谢谢你"],
    ["護照過期了要怎麼換", "要帶什麼材料", "幾多錢", "喺邊度辦", "多謝"],
    ["我想开个小饭馆，要办哪些证", "营业执照怎么办", "网上能办吗", "多久能办好", "谢谢"],
    ["退休了，公积金里的钱怎么全部取出来", "要带什么材料", "在哪里办", "我在海滨区", "好"],
    ["没上班的家庭主妇怎么交医保", "一年交多少钱", "在哪办", "能网上办吗", "明白了，谢谢"],
    ["昨天钱包被偷了，身份证和驾驶证都在里面，驾驶证要怎么补", "要多久", "收费吗",
     "在哪里办", "谢谢"],
    ["居住正办下来要多久", "要什么条件", "要带什么", "我在云城区", "谢谢"],
    ["老爷子走了，户口是不是要去派出所销掉", "要带什么材料", "多久办好", "在哪办", "谢谢"],
]

# Runs in the page: submit one message, resolve with [total ms, request ms, reply text].
TIMED_SEND = """async (text) => {
  const input = document.getElementById("input");
  const done = new Promise((r) => document.addEventListener("guidebot:rendered", r, {once: true}));
  performance.clearResourceTimings();
  input.value = text;
  const t0 = performance.now();
  document.getElementById("composer").requestSubmit();
  await done;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const total = performance.now() - t0;
  const request = performance.getEntriesByType("resource")
    .filter((e) => e.name.endsWith("/api/chat")).pop();
  const texts = document.querySelectorAll(".msg.bot .full");
  return [total, request ? request.duration : NaN, texts[texts.length - 1].textContent];
}"""



def run(app_url: str, rounds: int) -> tuple[list[float], list[float]]:
    """Play the conversations ``rounds`` times; the (total, request) milliseconds of each.

    A reply that is the "cannot answer now" sentence is a failure, not a fast answer:
    the run stops with an error.
    """
    totals: list[float] = []
    requests: list[float] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        # Warm up once: the page's files, Rasa's first-call costs, the app's first search.
        _conversation(browser, app_url, ["你好"])
        for _ in range(rounds):
            for messages in CONVERSATIONS:
                for text, (total, request, reply) in zip(
                        messages, _conversation(browser, app_url, messages), strict=True):
                    if "请稍后再试" in reply:
                        raise SystemExit(f"no answer to {text!r}: {reply}")
                    totals.append(total)
                    requests.append(request)
        browser.close()
    return totals, requests


def _conversation(browser: Browser, app_url: str,
                  messages: list[str]) -> list[tuple[float, float, str]]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    page: Page = context.new_page()
    page.goto(app_url.rstrip("/") + "/")
    timings = [tuple(page.evaluate(TIMED_SEND, text)) for text in messages]
    context.close()
    return timings


def report(totals: list[float], requests: list[float]) -> None:
    browser_part = [t - r for t, r in zip(totals, requests, strict=True)]
    print(f"web chat, {len(totals)} messages in {len(totals) // 5} conversations "
          "(headless Chromium, 390x844):")
    for name, values in [("send → answer rendered", totals),
                         ("of which POST /api/chat", requests),
                         ("of which the browser", browser_part)]:
        print(f"  {name:<26} p50 {percentile(values, 50):7.1f} ms   "
              f"p95 {percentile(values, 95):7.1f} ms   max {max(values):7.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app-url", help="a running assistant's app (default: start one)")
    parser.add_argument("--rounds", type=int, default=1, help="times to play the 50 messages")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: run scripts/setup.sh", file=sys.stderr)
        return 1
    if args.app_url:
        report(*run(args.app_url, args.rounds))
        return 0
    from bot.evaluation.assistant import temporary_assistant

    with temporary_assistant() as assistant:
        report(*run(assistant.app_url, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

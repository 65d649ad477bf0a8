// The web chat: plain JavaScript, no framework, no build step.
//
// Each message goes to the app's POST /api/chat, which relays it to Rasa's REST channel
// and returns Rasa's list of messages: {text, buttons?: [{title, payload}]}, and right
// after an answer drawn from a guide or FAQ {custom: {answer: {id, code, name, aspect,
// source, brief}}}, which adds the compact 好差评 prompt (rating.js) and, in 长者模式, the
// brief first, then at most three buttons, then 查看详细. {custom: {region: CODE}} is
// the conversation's region when it is not the picker's (the citizen named another, or a
// shared location set it): the picker follows it. Answer text is plain text: it is only
// ever put into the page as text nodes, and the http(s) links in it become <a> elements
// built here, never HTML.
//
// While a reply is awaited a typing indicator shows (after SLOW_MS it says the answer
// takes longer). A reply that never comes is told apart: no connection to the app (the
// request failed), the assistant unreachable (the app's sentence, marked {custom:
// {unavailable: true}}), or no reply within GIVE_UP_MS; each gets a polite sentence with
// the hotline and a 重试 button. After a
// reply is rendered the log shows its first line at the top (not its end: a long answer
// is read from its start), and the document gets a "guidebot:rendered" event (detail:
// {messages, failed}), which the tests and bench/web_chat.py wait for.
//
// 转人工: a reply carrying {custom: {handoff: {ticket, status}}} is handed to handoff.js.
"use strict";

(() => {
  const KEYS = { sender: "guidebot.sender", region: "guidebot.region", elderly: "guidebot.elderly" };
  // Stops at spaces and at the Chinese punctuation that ends a sentence around a link.
  const URL_RE = /https?:\/\/[^\s<>"'，。；、！？：（）「」『』【】]+/g;
  const SENDER_RE = /^[A-Za-z0-9_-]{8,64}$/;
  const HOTLINE = document.querySelector('meta[name="guidebot-hotline"]').content;
  const OFFLINE = `网络连接失败，消息没有发出。请检查网络后点“重试”，或拨打${HOTLINE}热线。`;
  const TIMED_OUT = `抱歉，助手很久没有回应，请点“重试”，或拨打${HOTLINE}热线。`;
  const FAILED = `抱歉，助手暂时无法回答，请稍后点“重试”，或拨打${HOTLINE}热线。`;
  const SLOW_MS = 5000;
  const GIVE_UP_MS = 70000;  // the app gives up on Rasa after 60 s and says so (503)
  const ELDERLY_BUTTONS = 3;  // 长者模式: at most this many buttons before 查看详细

  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("input");
  const sendButton = document.getElementById("send");
  const regionSelect = document.getElementById("region");
  const elderlySwitch = document.getElementById("elderly");
  const locateButton = document.getElementById("locate");
  const restartButton = document.getElementById("restart");

  // localStorage may be unavailable (private mode, disabled storage): the chat still works.
  const load = (key) => { try { return localStorage.getItem(key); } catch { return null; } };
  const save = (key, value) => { try { localStorage.setItem(key, value); } catch { /* kept in memory only */ } };

  function senderId() {
    let id = load(KEYS.sender);
    if (!id || !SENDER_RE.test(id)) {
      const bytes = new Uint8Array(12);
      crypto.getRandomValues(bytes);
      id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      save(KEYS.sender, id);
    }
    return id;
  }

  /** An element with attributes and children (strings become text nodes, never HTML). */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (name === "class") node.className = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  /** The text with its http(s) URLs as links; everything else stays text. */
  function linkify(text) {
    const out = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(URL_RE)) {
      // A trailing ASCII period or bracket belongs to the sentence, not the link.
      const url = match[0].replace(/[.,;:!?)\]]+$/, "");
      out.append(text.slice(last, match.index));
      out.append(el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, url));
      last = match.index + url.length;
    }
    out.append(text.slice(last));
    return out;
  }

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }

  /** Show ``node``'s first line at the top of the log (the log's end if it is short). */
  function scrollToStart(node) {
    const gap = parseFloat(getComputedStyle(log).paddingTop) || 0;
    log.scrollTop += node.getBoundingClientRect().top - log.getBoundingClientRect().top - gap;
  }

  function addMessage(who, content) {
    const msg = el("div", { class: `msg ${who}` }, el("div", { class: "bubble" }, content));
    log.append(msg);
    scrollToEnd();
    return msg;
  }

  function addBotText(text) {
    return addMessage("bot", el("div", { class: "full" }, linkify(text)));
  }

  function addButtons(msg, buttons) {
    const row = el("div", { class: "buttons", role: "group", "aria-label": "可选操作" });
    for (const b of buttons) {
      const title = String(b.title || b.payload || "");
      const payload = String(b.payload || b.title || "");
      if (!payload) continue;
      row.append(el("button", { type: "button", onclick: () => send(payload, title) }, title));
    }
    msg.append(row);
    return row;
  }

  /** Elderly mode reads the brief first, then at most ELDERLY_BUTTONS buttons, then
   * 查看详细, which opens the full answer and the other buttons. */
  function addBrief(msg, brief) {
    const bubble = msg.querySelector(".bubble");
    const more = el("button", { type: "button", class: "more", "aria-expanded": "false" }, "查看详细");
    more.addEventListener("click", () => {
      msg.classList.add("expanded");
      more.setAttribute("aria-expanded", "true");
      bubble.querySelector(".full").focus();
    });
    bubble.querySelector(".full").setAttribute("tabindex", "-1");
    bubble.prepend(el("div", { class: "brief" }, linkify(brief)));
    const row = msg.querySelector(".buttons");
    if (row) {
      Array.from(row.children).slice(ELDERLY_BUTTONS).forEach((b) => b.classList.add("extra"));
    }
    (row || bubble).after(more);
    msg.classList.add("has-brief");
  }

  // 转人工 (handoff.js): the agent's messages, polled while a ticket is open.
  const handoff = window.guidebotHandoff({ addMessage, el, linkify, log, senderId });

  /** The picker shows the conversation's region (not said to the assistant again). */
  function followRegion(code) {
    save(KEYS.region, code);
    if (regionSelect.querySelector(`option[value="${CSS.escape(code)}"]`)) regionSelect.value = code;
  }

  /** Put one reply on the page; returns its first message (null if it added none). */
  function render(messages) {
    let lastText = null;
    let first = null;
    for (const m of messages) {
      const custom = m.custom || {};
      if (custom.handoff) { handoff.onHandoff(custom.handoff); continue; }
      if (typeof custom.region === "string") { followRegion(custom.region); continue; }
      const answer = custom.answer;
      if (answer && lastText) {
        // A brief equal to the text (a short answer already) needs no 查看详细.
        const brief = String(answer.brief || "").trim();
        if (brief && brief !== lastText.querySelector(".full").textContent.trim()) {
          addBrief(lastText, brief);
        }
        if (Number.isInteger(answer.id)) {
          const box = window.guidebotRating.add(lastText, answer, senderId);
          // 查看详细 and the rating prompt share one row under the buttons.
          const more = lastText.querySelector(".more");
          if (more) {
            const foot = el("div", { class: "foot" });
            more.replaceWith(foot);
            foot.append(more, box);
          }
        }
        continue;
      }
      let msg = null;
      if (m.text) msg = lastText = addBotText(String(m.text));
      if (m.image) msg = addBotText(`[图片] ${m.image}`);
      if (Array.isArray(m.buttons) && m.buttons.length) {
        addButtons(msg || lastText || (msg = addMessage("bot", "")), m.buttons);
      }
      first = first || msg;
    }
    return first;
  }

  function metadata() {
    const meta = { channel: "web", elderly: elderlySwitch.checked };
    if (regionSelect.value) meta.region = regionSelect.value;
    return meta;
  }

  /** The typing indicator (three dots; after SLOW_MS it says the answer takes longer). */
  function addTyping() {
    const label = el("span", { class: "label" }, "正在查询");
    const typing = addMessage("bot typing", el("span", { class: "dots", "aria-hidden": "true" },
      el("i"), el("i"), el("i")));
    typing.querySelector(".bubble").prepend(label);
    typing.setAttribute("aria-hidden", "true");  // the log is aria-busy meanwhile
    const slow = setTimeout(() => {
      label.textContent = "查询时间较长，请稍候";
      typing.classList.add("slow");
    }, SLOW_MS);
    return () => { clearTimeout(slow); typing.remove(); };
  }

  /** Ask the app; the reply's messages, or {failed: sentence} when none came. */
  async function ask(message) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), GIVE_UP_MS);
    try {
      const response = await fetch("/api/chat", {
        method: "POST", headers: { "Content-Type": "application/json" }, signal: abort.signal,
        body: JSON.stringify({ sender: senderId(), message, metadata: metadata() }),
      });
      // 429: sent too fast; the body is one message saying how long to wait.
      const messages = await response.json().catch(() => null);
      if (!(response.ok || response.status === 429) || !Array.isArray(messages) || !messages.length) {
        return { failed: FAILED };
      }
      // The assistant cannot be reached: the app says so, with the hotline.
      const down = messages.find((m) => m && m.custom && m.custom.unavailable);
      return down ? { failed: String(down.text || FAILED) } : { messages };
    } catch {
      return { failed: abort.signal.aborted ? TIMED_OUT : OFFLINE };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Send a message (or a button's payload, showing its title) and render the reply;
   * ``retrying``: the citizen's bubble is on the page already. */
  async function send(message, shown = message, retrying = false) {
    window.guidebotRating.closeAll();
    if (!retrying) addMessage("user", shown);
    const stopTyping = addTyping();
    sendButton.disabled = true;
    log.setAttribute("aria-busy", "true");
    const reply = await ask(message);
    stopTyping();
    sendButton.disabled = false;
    log.removeAttribute("aria-busy");
    let first;
    if (reply.failed) {
      first = addMessage("bot failed", el("div", { class: "full" }, reply.failed));
      const again = el("button", { type: "button", class: "retry" }, "重试");
      again.addEventListener("click", () => { first.remove(); send(message, shown, true); });
      first.append(el("div", { class: "buttons" }, again));
    } else {
      first = render(reply.messages);
    }
    if (first) scrollToStart(first);
    document.dispatchEvent(new CustomEvent("guidebot:rendered", {
      detail: { messages: reply.messages || [], failed: Boolean(reply.failed) } }));
  }

  function submitInput() {
    const text = input.value.trim();
    if (!text || sendButton.disabled) return;
    input.value = "";
    autosize();
    send(text);
  }

  function autosize() {
    input.style.height = "auto";
    input.style.height = `${input.scrollHeight + 2}px`;
  }

  function shareLocation() {
    if (!navigator.geolocation) {
      addBotText("您的浏览器不支持定位。您也可以告诉我您在哪个区县，比如“我在青山区”。");
      return;
    }
    locateButton.disabled = true;
    navigator.geolocation.getCurrentPosition((position) => {
      locateButton.disabled = false;
      const lat = Math.round(position.coords.latitude * 1e5) / 1e5;
      const lon = Math.round(position.coords.longitude * 1e5) / 1e5;
      send(`/share_location${JSON.stringify({ lat, lon })}`, "（发送了我的位置）");
    }, (error) => {
      locateButton.disabled = false;
      const why = error.code === error.PERMISSION_DENIED ? "您没有允许使用位置" : "暂时获取不到位置";
      addBotText(`${why}。您也可以告诉我您在哪个区县，比如“我在青山区”。`);
    }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
  }

  function setElderly(on) {
    document.documentElement.classList.toggle("elderly", on);
    elderlySwitch.checked = on;
    save(KEYS.elderly, on ? "1" : "0");
  }

  /** Fill the region picker from GET /api/regions, indented by level under their parents. */
  async function loadRegions() {
    let regions = [];
    try {
      const response = await fetch("/api/regions");
      if (response.ok) regions = await response.json();
    } catch { /* the picker stays at 未选择 */ }
    if (!Array.isArray(regions)) regions = [];
    const children = new Map();
    for (const r of regions) {
      const key = r.parent || "";
      if (!children.has(key)) children.set(key, []);
      children.get(key).push(r);
    }
    const codes = new Set(regions.map((r) => r.code));
    const add = (parent, depth) => {
      for (const r of children.get(parent) || []) {
        regionSelect.append(el("option", { value: r.code }, `${"　".repeat(depth)}${r.name}`));
        add(r.code, depth + 1);
      }
    };
    // Roots: no parent, or a parent the list does not hold.
    for (const r of regions) {
      if (!r.parent || !codes.has(r.parent)) {
        regionSelect.append(el("option", { value: r.code }, r.name));
        add(r.code, 1);
      }
    }
    regionSelect.disabled = regions.length === 0;
    // Read now: a reply may have told the conversation's region meanwhile (followRegion).
    const stored = load(KEYS.region) || "";
    if (stored && codes.has(stored)) regionSelect.value = stored;
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); submitInput(); });
  input.addEventListener("keydown", (event) => {
    // Enter sends, Shift+Enter breaks the line; never while an IME is composing (拼音).
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      submitInput();
    }
  });
  input.addEventListener("input", autosize);
  locateButton.addEventListener("click", shareLocation);
  elderlySwitch.addEventListener("change", () => setElderly(elderlySwitch.checked));
  // A region picked during a conversation is said to the assistant, like "我在X区":
  // the assistant keeps what the user said over the page's default (metadata).
  regionSelect.addEventListener("change", () => {
    save(KEYS.region, regionSelect.value);
    if (regionSelect.value) {
      const name = regionSelect.selectedOptions[0].textContent.trim();
      send(`/inform_region${JSON.stringify({ region: regionSelect.value })}`, `我在${name}`);
    }
  });

  setElderly(load(KEYS.elderly) === "1");
  loadRegions();
  /** 新对话: forget this browser's conversation (a new random id, so the next citizen at a
   * shared kiosk cannot read or continue it), clear the page and greet again. */
  function restart() {
    handoff.reset();
    try { localStorage.removeItem(KEYS.sender); } catch { /* nothing stored */ }
    senderId();  // a new one, stored
    log.querySelectorAll(".msg").forEach((node) => node.remove());
    welcome();
    input.value = "";
    autosize();
  }
  restartButton.addEventListener("click", restart);

  function welcome() {
    const hello = addBotText("您好！我是政务服务办事指南助手。请用日常的话告诉我您要办什么事，"
      + "比如要带什么材料、多久能办好、在哪里办、能不能网上办。");
    addButtons(hello, [
      { title: "身份证丢了怎么补", payload: "身份证丢了怎么补" },
      { title: "怎么提取公积金", payload: "怎么提取公积金" },
      { title: "新生儿怎么上户口", payload: "新生儿怎么上户口" },
    ]);
  }

  // A conversation handed to a person before a reload: keep showing the agent's messages.
  if (load(KEYS.sender)) handoff.poll(true);
  welcome();
  // Focus the box on desktops only: on a phone it would open the keyboard over the page.
  if (window.matchMedia("(pointer: fine)").matches) input.focus();
})();

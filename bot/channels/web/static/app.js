// The web chat: plain JavaScript, no framework, no build step.
//
// Each message goes to the app's POST /api/chat, which relays it to Rasa's REST channel
// and returns Rasa's list of messages: {text, buttons?: [{title, payload}]}, and right
// after an answer drawn from a guide or FAQ {custom: {answer: {id, code, name, aspect,
// source, brief}}}, which adds the 好差评 scale (POST /api/ratings) and, in 长者模式, the
// brief first. Answer text is plain text: it is only ever put into the page as text
// nodes, and the http(s) links in it become <a> elements built here, never HTML.
//
// After each reply is on screen the document gets a "guidebot:rendered" event
// (detail: {messages}), which the tests and bench/web_chat.py wait for.
//
// 转人工: a reply carrying {custom: {handoff: {ticket, status}}} means a person is on the
// conversation (bot/handoff). While its ticket is waiting or taken the page polls
// GET /api/chat/updates every 2 s and shows the agent's messages (labelled 人工客服) and
// the desk's notices; it stops when the ticket is closed. Each poll that brings
// something dispatches "guidebot:handoff" (detail: {status, messages}).
"use strict";

(() => {
  const KEYS = { sender: "guidebot.sender", region: "guidebot.region", elderly: "guidebot.elderly" };
  const SCALE = [[5, "非常满意"], [4, "满意"], [3, "基本满意"], [2, "不满意"], [1, "非常不满意"]];
  // Stops at spaces and at the Chinese punctuation that ends a sentence around a link.
  const URL_RE = /https?:\/\/[^\s<>"'，。；、！？：（）「」『』【】]+/g;
  const SENDER_RE = /^[A-Za-z0-9_-]{8,64}$/;
  const HOTLINE = document.querySelector('meta[name="guidebot-hotline"]').content;
  const OFFLINE = `抱歉，暂时连接不上助手，请检查网络后再试，或拨打${HOTLINE}热线。`;

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
  }

  /** Elderly mode reads the brief first; 查看详细 opens the full answer. */
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
    bubble.after(more);
    msg.classList.add("has-brief");
  }

  /** The 好差评 five-level scale and an optional comment, for one answer. */
  function addRating(msg, answer) {
    const box = el("fieldset", { class: "rating" }, el("legend", {}, "请对这个回答评价（好差评）"));
    const scale = el("div", { class: "scale" });
    const comment = el("textarea", { maxlength: "500", rows: "2", "aria-label": "评价意见（选填）",
      placeholder: "意见或建议（选填）" });
    const submit = el("button", { type: "button" }, "提交评价");
    const status = el("p", { class: "status", role: "status" });
    let score = 0;
    for (const [value, label] of SCALE) {
      scale.append(el("button", {
        type: "button", "aria-pressed": "false", "data-score": String(value),
        onclick: (event) => {
          score = value;
          for (const b of scale.children) b.setAttribute("aria-pressed", String(b === event.currentTarget));
          box.classList.add("chosen");
        },
      }, label));
    }
    submit.addEventListener("click", async () => {
      if (!score) return;
      submit.disabled = true;
      // Only the conversation that got the answer may rate it (once): the browser id says which.
      const body = { answer_id: answer.id, score, channel: "web", sender: senderId() };
      const text = comment.value.trim();
      if (text) body.comment = text;
      const result = await postRating(body);
      if (result === "ok") {
        box.replaceChildren(el("p", { class: "status", role: "status" }, `感谢您的评价：${SCALE.find(([v]) => v === score)[1]}`));
      } else {
        status.textContent = result;
        submit.disabled = false;
      }
    });
    box.append(scale, el("div", { class: "comment" }, comment, submit), status);
    msg.append(box);
  }

  async function postRating(body) {
    try {
      const response = await fetch("/api/ratings", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      if (response.status === 201 || response.ok) return "ok";
      if (response.status === 404) return "这个回答已无法评价。";
      if (response.status === 409) return "这个回答您已经评价过了。";
      if (response.status === 429) return "评价提交过于频繁，请稍后再试。";
      if (response.status === 422) return "评价内容有误，请检查后重试（意见最多500字）。";
      return "评价暂时提交不了，请稍后再试。";
    } catch {
      return "网络连接失败，评价未提交，请稍后再试。";
    }
  }

  // --- 转人工: the agent's messages, polled while a ticket is open ---
  const POLL_MS = 2000;
  const handoff = { ticket: null, after: 0, timer: null };

  function addAgentMessage(m) {
    if (m.author === "agent") {
      return addMessage("agent", el("div", { class: "full" },
        el("span", { class: "who" }, "人工客服"), linkify(String(m.text || ""))));
    }
    const note = el("div", { class: "msg system", role: "status" }, String(m.text || ""));
    log.append(note);
    scrollToEnd();
    return note;
  }

  function stopPolling() {
    clearTimeout(handoff.timer);
    handoff.timer = null;
    document.documentElement.classList.remove("with-agent");
  }

  function schedulePoll(delay = POLL_MS) {
    clearTimeout(handoff.timer);
    handoff.timer = setTimeout(poll, delay);
  }

  /** One look at the ticket; ``resuming``: the page just loaded and shows a ticket's
   * messages only if it is still open (a closed one is an earlier conversation). */
  async function poll(resuming = false) {
    let data = null;
    try {
      const query = new URLSearchParams({ sender: senderId(), after: String(handoff.after) });
      const response = await fetch(`/api/chat/updates?${query}`);
      if (response.ok) data = await response.json();
    } catch { /* tried again at the next tick */ }
    if (!data) { if (handoff.ticket !== null) schedulePoll(); return; }
    if (Number.isInteger(data.ticket) && data.ticket !== handoff.ticket) {
      handoff.ticket = data.ticket;
    }
    const open = data.status === "waiting" || data.status === "taken";
    const messages = Array.isArray(data.messages) && (open || !resuming) ? data.messages : [];
    for (const m of messages) {
      handoff.after = Math.max(handoff.after, Number(m.id) || 0);
      addAgentMessage(m);
    }
    if (open) {
      document.documentElement.classList.add("with-agent");
      schedulePoll();
    } else {
      stopPolling();
    }
    if (messages.length || (!open && !resuming)) {
      document.dispatchEvent(new CustomEvent("guidebot:handoff", { detail: { status: data.status, messages } }));
    }
  }

  function onHandoff(marker) {
    if (!Number.isInteger(marker.ticket)) return;
    if (marker.ticket !== handoff.ticket) { handoff.ticket = marker.ticket; handoff.after = 0; }
    if (marker.status === "closed") { stopPolling(); return; }
    document.documentElement.classList.add("with-agent");
    if (handoff.timer === null) schedulePoll(0);
  }

  function render(messages) {
    let lastText = null;
    for (const m of messages) {
      if (m.custom && m.custom.handoff) { onHandoff(m.custom.handoff); continue; }
      const answer = m.custom && m.custom.answer;
      if (answer && lastText) {
        // A brief equal to the text (a short answer already) needs no 查看详细.
        const brief = String(answer.brief || "").trim();
        if (brief && brief !== lastText.querySelector(".full").textContent.trim()) {
          addBrief(lastText, brief);
        }
        if (Number.isInteger(answer.id)) addRating(lastText, answer);
        continue;
      }
      let msg = null;
      if (m.text) msg = lastText = addBotText(String(m.text));
      if (m.image) msg = addBotText(`[图片] ${m.image}`);
      if (Array.isArray(m.buttons) && m.buttons.length) {
        addButtons(msg || lastText || addMessage("bot", ""), m.buttons);
      }
    }
    scrollToEnd();
  }

  function metadata() {
    const meta = { channel: "web", elderly: elderlySwitch.checked };
    if (regionSelect.value) meta.region = regionSelect.value;
    return meta;
  }

  /** Send a message (or a button's payload, showing its title) and render the reply. */
  async function send(message, shown = message) {
    addMessage("user", shown);
    const typing = addMessage("bot typing", "正在查询…");
    typing.setAttribute("aria-hidden", "true");
    sendButton.disabled = true;
    let messages = null;
    try {
      const response = await fetch("/api/chat", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: senderId(), message, metadata: metadata() }),
      });
      // 429: sent too fast; the body is one message saying how long to wait.
      if (response.ok || response.status === 429) messages = await response.json();
    } catch { /* shown as OFFLINE below */ }
    typing.remove();
    sendButton.disabled = false;
    render(Array.isArray(messages) && messages.length ? messages : [{ text: OFFLINE }]);
    document.dispatchEvent(new CustomEvent("guidebot:rendered", { detail: { messages: messages || [] } }));
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
    const stored = load(KEYS.region) || "";
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
    stopPolling();
    handoff.ticket = null;
    handoff.after = 0;
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
  if (load(KEYS.sender)) poll(true);
  welcome();
  // Focus the box on desktops only: on a phone it would open the keyboard over the page.
  if (window.matchMedia("(pointer: fine)").matches) input.focus();
})();

// The handoff queue (转人工队列): waiting tickets, the conversation, take, reply, close.
// Polls the list and the open ticket every 2 s. All text goes in with textContent (Staff.el).
"use strict";
(function () {
  const { api, el } = window.Staff;
  const POLL_MS = 2000;
  const STATUS = { waiting: "等待中", taken: "处理中", closed: "已结束" };
  const AUTHOR = { citizen: "市民", bot: "智能助手", agent: "坐席", system: "系统" };
  const CHANNEL = { web: "网页", telegram: "Telegram", rest: "其他渠道" };
  const $ = (id) => document.getElementById(id);
  const list = $("tickets"), messages = $("messages"), reply = $("reply");
  const takeButton = $("take"), closeButton = $("close"), sendButton = $("send-reply");
  let current = null, shownKey = "", filter = "open";

  const time = (iso) => (iso ? new Date(iso).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit" }) : "");
  const minutesSince = (iso) => Math.max(0, Math.round((Date.now() - new Date(iso)) / 60000));
  const who = (t) => `${CHANNEL[t.channel] || t.channel || "其他渠道"} · 市民 …${t.sender.slice(-6)}`;

  function showError(node, message) {
    node.textContent = message || "";
    node.hidden = !message;
  }

  async function refreshList() {
    try {
      const data = await api(`/api/staff/tickets?status=${filter}`);
      $("waiting-count").textContent = String(data.waiting);
      $("hours").textContent = `人工服务时间：${data.hours}${data.staffed_now ? "（当前在服务时间内）" : "（当前非服务时间）"}`;
      document.title = `${data.waiting ? `(${data.waiting}) ` : ""}转人工队列 · 政务服务智能导办`;
      list.replaceChildren(...data.tickets.map((t) => el("li", {},
        el("button", { type: "button", "data-id": String(t.id), "aria-current": current && current.id === t.id ? "true" : "false",
          onclick: () => openTicket(t.id) },
        el("span", { class: "line" }, el("strong", {}, `#${t.id}`),
          el("span", { class: `badge ${t.status}` }, STATUS[t.status] || t.status),
          el("span", { class: "muted" }, t.status === "waiting" ? `已等 ${minutesSince(t.created_at)} 分钟` : (t.agent || ""))),
        el("span", { class: "muted" }, who(t)),
        el("span", { class: "preview" }, t.last_citizen || "")))));
      $("empty").hidden = data.tickets.length > 0;
      showError($("list-error"), "");
    } catch (e) {
      showError($("list-error"), `队列刷新失败：${e.message}`);
    }
  }

  function render(t) {
    current = t;
    $("ticket").hidden = false;
    $("no-ticket").hidden = true;
    $("ticket-title").textContent = `工单 #${t.id}`;
    const status = $("ticket-status");
    status.className = `badge ${t.status}`;
    status.textContent = STATUS[t.status] || t.status;
    $("ticket-meta").textContent = `${who(t)} · ${time(t.created_at)} 发起${t.region ? ` · 地区 ${t.region}` : ""}${t.agent ? ` · 接手：${t.agent}` : ""}`;
    const mine = Boolean(t.mine);
    takeButton.hidden = t.status !== "waiting";
    closeButton.hidden = t.status === "closed";
    reply.disabled = sendButton.disabled = !mine;
    reply.placeholder = t.status === "waiting" ? "接手后可以回复" : (t.status === "closed" ? "会话已结束" : (mine ? "" : "其他坐席正在处理"));
    const key = `${t.status}:${t.messages.length}`;
    if (key === shownKey) return;
    shownKey = key;
    const atEnd = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 40;
    messages.replaceChildren(...t.messages.map((m) => el("li", { class: m.author },
      el("span", { class: "who" }, `${m.author === "agent" && m.agent ? m.agent : AUTHOR[m.author] || m.author} · ${time(m.created_at)}`),
      m.text)));
    if (atEnd || key.endsWith(":0") || !messages.dataset.seen) messages.scrollTop = messages.scrollHeight;
    messages.dataset.seen = "1";
  }

  async function openTicket(id) {
    shownKey = "";
    delete messages.dataset.seen;
    showError($("ticket-error"), "");
    try {
      render(await api(`/api/staff/tickets/${id}`));
      history.replaceState(null, "", `#${id}`);
      for (const b of list.querySelectorAll("button[data-id]")) b.setAttribute("aria-current", String(b.dataset.id === String(id)));
      (reply.disabled ? (takeButton.hidden ? messages : takeButton) : reply).focus();
    } catch (e) {
      showError($("ticket-error"), e.message);
    }
  }

  async function refreshTicket() {
    if (!current) return;
    try { render(await api(`/api/staff/tickets/${current.id}`)); } catch { /* next tick */ }
  }

  async function act(path, body) {
    showError($("ticket-error"), "");
    try {
      const result = await api(`/api/staff/tickets/${current.id}/${path}`, { method: "POST", body });
      await refreshTicket();
      refreshList();
      return result;
    } catch (e) {
      showError($("ticket-error"), e.message);
      await refreshTicket();
      return null;
    }
  }

  takeButton.addEventListener("click", async () => {
    if (await act("take")) reply.focus();
  });
  closeButton.addEventListener("click", async () => {
    if (await act("close")) list.querySelector("button[data-id]")?.focus();
  });
  $("reply-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = reply.value.trim();
    if (!text || reply.disabled) return;
    sendButton.disabled = true;
    const sent = await act("reply", { text });
    if (sent) reply.value = "";
    if (sent && sent.delivered === false) {
      // Kept on the ticket, but Telegram did not take it (blocked bot, flood control).
      showError($("ticket-error"), "回复已记入工单，但未能送达市民的 Telegram 会话。请稍后再发一次，或请市民拨打热线。");
    }
    sendButton.disabled = reply.disabled;
    reply.focus();
  });
  reply.addEventListener("keydown", (event) => {
    // Enter sends, Shift+Enter breaks the line; never while an IME is composing (拼音).
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      $("reply-form").requestSubmit();
    }
  });
  $("status-filter").addEventListener("change", (event) => { filter = event.target.value; refreshList(); });

  async function tick() {
    await Promise.all([refreshList(), refreshTicket()]);
    setTimeout(tick, POLL_MS);
  }

  window.Staff.start().then(async () => {
    const wanted = Number(location.hash.slice(1));
    if (wanted) await openTicket(wanted);
    tick();
  });
})();

// 转人工 for the web chat (loaded before app.js, which makes one with window.guidebotHandoff).
//
// A reply carrying {custom: {handoff: {ticket, status}}} means a person is on the
// conversation (bot/handoff). While its ticket is waiting or taken the page polls
// GET /api/chat/updates every 2 s and shows the agent's messages (labelled 人工客服) and
// the desk's notices; it stops when the ticket is closed. Each poll that brings
// something dispatches "guidebot:handoff" (detail: {status, messages}).
"use strict";

window.guidebotHandoff = ({ addMessage, el, linkify, log, senderId }) => {
  const POLL_MS = 2000;
  const handoff = { ticket: null, after: 0, timer: null };

  function addAgentMessage(m) {
    if (m.author === "agent") {
      return addMessage("agent", el("div", { class: "full" },
        el("span", { class: "who" }, "人工客服"), linkify(String(m.text || ""))));
    }
    const note = el("div", { class: "msg system", role: "status" }, String(m.text || ""));
    log.append(note);
    log.scrollTop = log.scrollHeight;
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

  function reset() {
    stopPolling();
    handoff.ticket = null;
    handoff.after = 0;
  }

  return { onHandoff, poll, reset };
};

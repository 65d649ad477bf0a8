// 好差评 for the web chat (loaded before app.js, which calls window.guidebotRating.add).
//
// Each answer drawn from a guide or FAQ gets one line, a 评价这个回答 button; touching it
// opens the national five-level scale and an optional comment under it. At most one
// rating is open at a time: opening one closes any other, and so does the next answer
// (app.js calls closeAll). A submitted rating becomes one line of thanks. Every text is
// put on the page as text, never as HTML.
"use strict";

(() => {
  const SCALE = [[5, "非常满意"], [4, "满意"], [3, "基本满意"], [2, "不满意"], [1, "非常不满意"]];
  let serial = 0;

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (name === "class") node.className = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  function setOpen(box, open) {
    box.classList.toggle("open", open);
    box.querySelector(".rate-open").setAttribute("aria-expanded", String(open));
    box.querySelector(".rate-panel").hidden = !open;
  }

  /** Close every open rating (keeping what was chosen or typed in it). */
  function closeAll(except = null) {
    for (const box of document.querySelectorAll(".rating.open")) {
      if (box !== except) setOpen(box, false);
    }
  }

  async function post(body) {
    try {
      const response = await fetch("/api/ratings", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      if (response.ok) return "ok";
      if (response.status === 404) return "这个回答已无法评价。";
      if (response.status === 409) return "这个回答您已经评价过了。";
      if (response.status === 429) return "评价提交过于频繁，请稍后再试。";
      if (response.status === 422) return "评价内容有误，请检查后重试（意见最多500字）。";
      return "评价暂时提交不了，请稍后再试。";
    } catch {
      return "网络连接失败，评价未提交，请稍后再试。";
    }
  }

  /** The compact rating of one answer (``answer.id``), appended to ``msg``; ``sender()``
   * is the browser's conversation id: only the conversation that got an answer may rate it. */
  function add(msg, answer, sender) {
    serial += 1;
    const panelId = `rating-${serial}`;
    const box = el("div", { class: "rating" });
    const opener = el("button", { type: "button", class: "rate-open", "aria-expanded": "false",
      "aria-controls": panelId }, "评价这个回答");
    const panel = el("fieldset", { class: "rate-panel", id: panelId },
      el("legend", {}, "好差评：您对这个回答满意吗？"));
    const scale = el("div", { class: "scale" });
    const comment = el("textarea", { maxlength: "500", rows: "2", "aria-label": "评价意见（选填）",
      placeholder: "意见或建议（选填）" });
    const submit = el("button", { type: "button", class: "submit" }, "提交评价");
    const status = el("p", { class: "status", role: "status" });
    let score = 0;
    for (const [value, label] of SCALE) {
      const level = el("button", { type: "button", "aria-pressed": "false", "data-score": String(value) }, label);
      level.addEventListener("click", () => {
        score = value;
        for (const b of scale.children) b.setAttribute("aria-pressed", String(b === level));
        panel.classList.add("chosen");
      });
      scale.append(level);
    }
    opener.addEventListener("click", () => {
      const open = !box.classList.contains("open");
      closeAll(box);
      setOpen(box, open);
      if (open) scale.firstChild.focus();
    });
    submit.addEventListener("click", async () => {
      if (!score) { status.textContent = "请先选择满意程度。"; return; }
      submit.disabled = true;
      const body = { answer_id: answer.id, score, channel: "web", sender: sender() };
      const text = comment.value.trim();
      if (text) body.comment = text;
      const result = await post(body);
      if (result === "ok") {
        const label = SCALE.find(([v]) => v === score)[1];
        box.classList.remove("open");
        box.replaceChildren(el("p", { class: "status done", role: "status" }, `感谢您的评价：${label}`));
      } else {
        status.textContent = result;
        submit.disabled = false;
      }
    });
    panel.append(scale, el("div", { class: "comment" }, comment, submit), status);
    box.append(opener, panel);
    setOpen(box, false);
    msg.append(box);
    return box;
  }

  window.guidebotRating = { add, closeAll };
})();

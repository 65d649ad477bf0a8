// The 12345 agent console: the caller's question in, suggested answers out, keyboard first.
// Every text from the server goes into the page through Staff.el / textContent, never as HTML.
// Dispatches "console:rendered" on document once a question's suggestions are on screen
// (tests and bench/console.py wait for it).
"use strict";
(function () {
  const { api, el } = window.Staff;
  const ASPECT_LABELS = {
    asked: "所问", overview: "概览", materials: "材料", time: "时限", fee: "收费",
    location: "地点", online: "网办", process: "流程", conditions: "条件", phone: "电话",
    appointment: "预约", express: "邮寄", visits: "跑动", agent: "代办", cross_region: "通办",
    result: "结果", amount: "金额", faq: "问答", bundle: "一件事",
  };
  const KIND_LABELS = { guide: "事项", faq: "知识库", bundle: "一件事" };
  const STATUS_LABELS = { revoked: "已撤销", suspended: "暂停办理" };
  const DEBOUNCE_MS = 300;

  const $ = (id) => document.getElementById(id);
  const question = $("question");
  const region = $("region");
  const state = {
    result: null,     // the last response of /api/staff/suggestions
    selected: 0,      // index into result.suggestions
    aspect: "overview",
    recorded: false,  // the question's use (or "none fitted") is recorded
    guideCode: null,  // the suggestion whose full guide is open
    seq: 0,           // guards against answers arriving out of order
  };
  let timer = null;

  // --- searching ---

  async function search(focusResults) {
    clearTimeout(timer);
    const q = question.value.trim();
    if (!q) return;
    const params = new URLSearchParams({ q, region: region.value.trim() });
    const seq = ++state.seq;
    try {
      const result = await api("/api/staff/suggestions?" + params);
      if (seq !== state.seq) return;
      const same = state.result && state.result.question === result.question &&
        state.result.region === result.region;
      state.result = result;
      if (!same) {
        state.recorded = false;
        state.selected = 0;
        closeGuide();
      }
      state.selected = Math.min(state.selected, Math.max(result.suggestions.length - 1, 0));
      state.aspect = result.aspect;
      render();
      if (focusResults) focusSelected();
    } catch (e) {
      if (seq !== state.seq) return;
      $("summary").textContent = "查询失败：" + e.message;
    }
    document.dispatchEvent(new CustomEvent("console:rendered"));
  }

  function current() {
    return state.result ? state.result.suggestions[state.selected] || null : null;
  }

  function aspectOf(s) {
    return s.aspects.find((a) => a.aspect === state.aspect) || s.aspects[0];
  }

  // --- drawing ---

  function sourceLine(src) {
    const code = src.kind === "faq" ? "知识库 " : src.kind === "bundle" ? "一件事 " : "事项编码 ";
    return el("p", { class: "source" },
      el("span", {}, code, el("code", {}, src.code)),
      src.agency ? el("span", {}, src.agency) : null,
      src.updated_at ? el("span", {}, "更新于 " + src.updated_at) : null);
  }

  function render() {
    const r = state.result;
    const where = r.region_name ? "地区：" + r.region_name : "未指定地区";
    $("summary").replaceChildren(
      el("span", {}, "问的是：", el("strong", {}, ASPECT_LABELS[r.aspect] || r.aspect)),
      el("span", {}, where),
      el("span", {}, r.suggestions.length ? r.suggestions.length + " 条建议" : "没有找到合适的事项"),
      el("span", { class: "muted" }, r.took_ms + " ms"));
    $("notices").replaceChildren(...r.notices.map((n) =>
      el("div", { class: "notice card", role: "alert" },
        el("p", { class: "notice-head" },
          el("span", { class: "badge " + n.status }, STATUS_LABELS[n.status] || n.status),
          el("strong", {}, n.name), n.region_name ? el("span", {}, n.region_name) : null),
        n.text ? el("pre", { class: "answer" }, n.text) : null,
        sourceLine(n.source))));
    $("suggestions").replaceChildren(...r.suggestions.map(card));
    $("none-row").hidden = false;
    showRecorded();
  }

  function card(s, i) {
    const chosen = i === state.selected;
    const head = el("div", { class: "suggestion-head" },
      el("kbd", { class: "rank" }, String(s.rank)),
      el("h3", {}, s.name),
      s.region_name ? el("span", { class: "badge" }, s.region_name) : null,
      el("span", { class: "badge" }, KIND_LABELS[s.kind] || s.kind),
      s.confident ? null : el("span", { class: "badge warn" }, "匹配度低，请核实"));
    const item = el("li", {
      class: "suggestion card" + (chosen ? " selected" : ""), tabindex: "0",
      "data-rank": String(s.rank), "data-code": s.code, "aria-selected": chosen ? "true" : "false",
      onclick: (event) => {
        if (event.target.closest("button, a")) return;
        select(i);
      },
    }, head, sourceLine(s.source));
    if (!chosen) {
      item.append(el("pre", { class: "brief" }, s.brief || s.text));
      return item;
    }
    const shown = aspectOf(s);
    const tabs = el("div", { class: "tabs", role: "tablist" }, s.aspects.map((a) =>
      el("button", {
        type: "button", role: "tab", class: "tab" + (a === shown ? " active" : ""),
        "aria-selected": a === shown ? "true" : "false", "data-aspect": a.aspect,
        onclick: () => { state.aspect = a.aspect; render(); focusSelected(); },
      }, ASPECT_LABELS[a.aspect] || a.aspect)));
    const actions = el("div", { class: "actions" },
      el("button", { type: "button", class: "copy", onclick: () => copySelected() }, "复制（C）"),
      s.kind === "guide" ? el("button", {
        type: "button", class: "secondary open-guide", onclick: () => openGuide(),
      }, "完整指南（G）") : null,
      s.online_url ? el("a", { href: s.online_url, target: "_blank", rel: "noopener noreferrer" },
        "网办链接") : null);
    item.append(tabs, el("pre", { class: "answer", role: "tabpanel" }, shown.text), actions);
    return item;
  }

  function select(i) {
    if (!state.result || i < 0 || i >= state.result.suggestions.length) return;
    state.selected = i;
    render();
    focusSelected();
    if (!$("guide-panel").hidden && current().kind === "guide") openGuide();
  }

  function focusSelected() {
    const node = document.querySelector(".suggestion.selected");
    if (node) node.focus();
  }

  function stepAspect(delta) {
    const s = current();
    if (!s) return;
    const names = s.aspects.map((a) => a.aspect);
    const at = Math.max(names.indexOf(aspectOf(s).aspect), 0);
    state.aspect = names[(at + delta + names.length) % names.length];
    render();
    focusSelected();
  }

  // --- copying, the full guide, and what the agent used ---

  function toast(text) {
    const box = $("toast");
    box.textContent = text;
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { box.hidden = true; }, 2500);
  }

  async function copyText(text, what) {
    const ok = await window.Staff.copy(text);
    toast(ok ? "已复制：" + what : "复制失败，请手动选择文字");
    return ok;
  }

  async function copySelected() {
    const s = current();
    if (!s) return;
    const a = aspectOf(s);
    if (await copyText(a.text, s.name + " · " + (ASPECT_LABELS[a.aspect] || a.aspect))) {
      record(s.code, a.aspect);
    }
  }

  async function openGuide() {
    const s = current();
    if (!s) return;
    const panel = $("guide-panel");
    $("columns").classList.add("with-guide");
    panel.hidden = false;
    $("guide-title").textContent = s.name;
    state.guideCode = s.code;
    record(s.code, state.aspect);
    if (s.kind !== "guide") {  // an FAQ entry or a bundle: its one answer is the whole of it
      $("guide-body").replaceChildren(aspectRow(s.code, s.aspects[0]), sourceLine(s.source));
      return;
    }
    $("guide-body").replaceChildren(el("p", { class: "muted" }, "正在加载…"));
    try {
      const params = new URLSearchParams({ region: state.result.region || "" });
      const g = await api("/api/staff/guides/" + encodeURIComponent(s.code) + "?" + params);
      if (state.guideCode !== s.code) return;
      $("guide-body").replaceChildren(...guideBody(g));
    } catch (e) {
      $("guide-body").replaceChildren(el("p", { class: "error" }, "加载失败：" + e.message));
    }
  }

  function aspectRow(code, a) {
    const row = el("section", { class: "aspect-row", "data-aspect": a.aspect },
      el("div", { class: "aspect-head" },
        el("h3", {}, ASPECT_LABELS[a.aspect] || a.aspect),
        el("button", {
          type: "button", class: "secondary copy-aspect",
          onclick: async () => {
            if (await copyText(a.text, ASPECT_LABELS[a.aspect] || a.aspect)) record(code, a.aspect);
          },
        }, "复制")),
      el("pre", { class: "answer" }, a.text));
    return row;
  }

  function guideBody(g) {
    const facts = el("dl", { class: "facts" },
      el("dt", {}, "状态"), el("dd", {},
        el("span", { class: "badge " + g.status }, STATUS_LABELS[g.status] || "在办")),
      el("dt", {}, "地区"), el("dd", {}, g.region_name || g.region),
      el("dt", {}, "咨询电话"), el("dd", {}, g.consult_phone),
      g.complaint_phone ? [el("dt", {}, "投诉电话"), el("dd", {}, g.complaint_phone)] : null,
      g.online_url ? [el("dt", {}, "网办"), el("dd", {}, el("a", {
        href: g.online_url, target: "_blank", rel: "noopener noreferrer" }, g.online_url))] : null,
      g.result ? [el("dt", {}, "办理结果"), el("dd", {}, g.result)] : null,
      g.legal_basis.length ? [el("dt", {}, "设定依据"), el("dd", {}, g.legal_basis.join("；"))] : null);
    const body = [sourceLine(g.source), facts];
    if (g.notice) body.push(el("pre", { class: "answer notice" }, g.notice));
    for (const a of g.aspects) body.push(aspectRow(g.code, a));
    return body;
  }

  function closeGuide() {
    $("guide-panel").hidden = true;
    $("columns").classList.remove("with-guide");
    state.guideCode = null;
  }

  async function record(code, aspect) {
    const r = state.result;
    if (!r || state.recorded) return;
    state.recorded = true;
    const shown = r.suggestions.map((s) => s.code);
    try {
      await api("/api/staff/suggestion-uses", {
        method: "POST",
        body: {
          question: r.question, region: r.region || "", shown, code,
          rank: code ? shown.indexOf(code) + 1 : null, aspect: aspect || "",
          index_version: r.index_version,
        },
      });
      state.recordedAs = code;
      showRecorded();
    } catch (e) {
      state.recorded = false;
      toast("记录失败：" + e.message);
    }
  }

  function showRecorded() {
    const r = state.result;
    let text = "";
    if (state.recorded && state.recordedAs) {
      const rank = r.suggestions.findIndex((s) => s.code === state.recordedAs) + 1;
      text = "已记录：采用第 " + rank + " 条建议";
    } else if (state.recorded) {
      text = "已记录：没有合适的建议";
    }
    $("recorded").textContent = text;
    $("none-fitted").disabled = state.recorded;
  }

  function noneFitted() {
    if (!state.result) return;
    if (state.recorded) {
      toast("这个问题已记录过");
      return;
    }
    state.recordedAs = null;
    record(null, "").then(() => { if (state.recorded) toast("已记录：没有合适的建议"); });
  }

  // --- keys ---

  function inField(target) {
    return target instanceof HTMLElement && target.matches("input, textarea, select");
  }

  document.addEventListener("keydown", (event) => {
    const typing = inField(event.target);
    const digit = /^(Digit|Numpad)([1-9])$/.exec(event.code);
    if (digit && (event.altKey || (!typing && !event.ctrlKey && !event.metaKey))) {
      event.preventDefault();
      select(Number(digit[2]) - 1);
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    const key = event.altKey ? event.code.replace(/^Key/, "").toLowerCase() : event.key;
    if (typing && !event.altKey) {
      if (event.key === "Escape" && !$("guide-panel").hidden) closeGuide();
      return;
    }
    const actions = {
      "/": () => { question.focus(); question.select(); },
      c: copySelected, C: copySelected,
      g: openGuide, G: openGuide,
      n: noneFitted, N: noneFitted,
      ArrowRight: () => stepAspect(1), "]": () => stepAspect(1),
      ArrowLeft: () => stepAspect(-1), "[": () => stepAspect(-1),
      ArrowDown: () => select(state.selected + 1),
      ArrowUp: () => select(state.selected - 1),
      Escape: () => {
        if (!$("guide-panel").hidden) { closeGuide(); focusSelected(); } else question.focus();
      },
      Enter: () => { if (event.target.closest && event.target.closest(".suggestion")) openGuide(); },
    };
    const act = actions[key];
    if (!act || (key === "Enter" && typing)) return;
    if (event.target.closest && event.target.closest("button, a") && key === "Enter") return;
    event.preventDefault();
    act();
  });

  question.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      search(true);
    }
  });
  question.addEventListener("input", () => {
    clearTimeout(timer);
    if (question.value.trim().length >= 2) timer = setTimeout(() => search(false), DEBOUNCE_MS);
  });
  region.addEventListener("change", () => { if (question.value.trim()) search(false); });
  $("ask").addEventListener("submit", (event) => { event.preventDefault(); search(true); });
  $("none-fitted").addEventListener("click", noneFitted);
  $("guide-close").addEventListener("click", () => { closeGuide(); focusSelected(); });

  async function loadRegions() {
    const regions = await window.Staff.regions();
    $("regions").replaceChildren(...regions.map((r) => el("option", { value: r.name }, r.code)));
  }

  window.Staff.start().then(() => {
    question.focus();
    loadRegions();
  });
})();

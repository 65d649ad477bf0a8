// The content admin's impact of a staged catalog on what people ask: the job that replays
// the questions (with its progress), and the changed questions grouped by item, the most
// asked first. Server text goes in as text only (Staff.el).
"use strict";
window.AdminImpact = (function () {
  const { api, el } = Staff;
  const $ = (id) => document.getElementById(id);
  const STATUS = { revoked: "已撤销", suspended: "暂停" };
  const SOURCE = { dev: "开发问题集", faq: "知识库问法", journal: "群众提问" };
  const ORDER = ["not_found", "revoked", "other_item", "now_asks", "now_answered"];
  const CHANGE = { not_found: "找不到答案了", revoked: "指向已撤销或暂停的事项",
    other_item: "改由另一项回答", now_asks: "改为询问是哪一项", now_answered: "新得到回答" };
  const SHOWN_ITEMS = 100;

  function outcome(o) {
    if (o.kind === "none") return el("span", { class: "muted" }, "未找到");
    if (o.kind === "choose") return el("span", null, "询问是哪一项：", o.options.map((x) => x.name).join(" / "));
    return el("span", null, o.name + " ", el("small", { class: "muted" }, o.code),
      STATUS[o.status] ? el("span", { class: "badge revoked" }, STATUS[o.status]) : null,
      el("span", { class: "fields" }, " · " + o.aspect));
  }

  function render(impact) {
    $("impact").hidden = false;
    $("impact-progress").hidden = true;
    const sources = Object.entries(impact.sources || {}).map(([k, n]) => (SOURCE[k] || k) + " " + n).join("，");
    $("impact-status").className = impact.lost ? "error" : "ok";
    $("impact-status").textContent = impact.note ? impact.note + "。"
      : "重放了 " + impact.questions + " 个问题（" + sources + "）：" + impact.changed + " 个结果变化，" +
        impact.lost + " 个将失去答案（用时 " + impact.seconds + " 秒）。";
    const counts = impact.counts || {};
    $("impact-counts").hidden = !impact.changed;
    $("impact-counts").tBodies[0].replaceChildren(...ORDER.filter((c) => counts[c]).map((c) =>
      el("tr", { class: c === "not_found" || c === "revoked" ? "loss" : null, "data-change": c },
        el("td", null, CHANGE[c]), el("td", { class: "num" }, counts[c]))));
    const items = impact.items.slice(0, SHOWN_ITEMS).map((item) => el("div", { class: "impact-item", "data-group": item.group },
      el("h4", null, item.name + " ", el("small", { class: "muted" }, item.group),
        el("span", { class: "fields" }, "（被问 " + item.asked + " 次，" + item.changes.length + " 个问题变化" +
          (item.lost ? "，" + item.lost + " 个失去答案" : "") + "）")),
      el("table", null,
        el("thead", null, el("tr", null, el("th", null, "问题"), el("th", { class: "num" }, "被问次数"),
          el("th", null, "变化"), el("th", null, "原来的回答"), el("th", null, "发布后"))),
        el("tbody", null, item.changes.map((c) => el("tr", { class: c.loss ? "loss" : null, "data-change": c.change },
          el("td", null, c.question), el("td", { class: "num" }, c.asked),
          el("td", null, c.change_zh), el("td", null, outcome(c.old)), el("td", null, outcome(c.new))))))));
    if (impact.items.length > SHOWN_ITEMS) items.push(el("p", { class: "muted" }, "… 另有 " + (impact.items.length - SHOWN_ITEMS) + " 个事项"));
    $("impact-items").replaceChildren(...items);
  }

  // Replays the questions for a staged catalog; resolves with the impact (null if it failed).
  async function compute(staged) {
    $("impact").hidden = false;
    $("impact-counts").hidden = true;
    $("impact-items").replaceChildren();
    const bar = $("impact-progress");
    const status = $("impact-status");
    bar.hidden = false;
    status.className = "";
    let job = await api("/api/staff/catalogs/" + staged.catalog.id + "/impact", { method: "POST" });
    for (;;) {
      status.textContent = "正在计算对提问的影响：" + job.stage + (job.total ? "（" + job.done + "/" + job.total + "）" : "");
      bar.value = job.total ? job.done / job.total : 0;
      if (["done", "unchanged", "failed"].includes(job.state)) break;
      await new Promise((r) => setTimeout(r, 400));
      job = await api("/api/staff/jobs/" + job.id);
    }
    bar.hidden = true;
    if (job.state !== "done" || !job.impact) {
      status.className = "error";
      status.textContent = job.message || "无法计算影响";
      return null;
    }
    render(job.impact);
    return job.impact;
  }

  return { compute, render };
})();

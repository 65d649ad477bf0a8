// The content admin: stage a catalog (zip or server directory), read its report and diff,
// publish, roll back, and read the citizens' feedback. Server text goes in as text only.
"use strict";
(function () {
  const { api, el } = Staff;
  const $ = (id) => document.getElementById(id);
  const KIND = { guide: "办事指南", faq: "知识库条目", bundle: "一件事", hall: "办事大厅", region: "区划" };
  const STATUS = { active: "在用", suspended: "暂停", revoked: "已撤销" };
  const ACTION = { publish: "发布", rollback: "回滚" };
  let staged = null;
  let impact = null;  // the staged catalog's impact on what people ask, once computed

  const statusBadge = (s) => el("span", { class: "badge " + (s || "") }, STATUS[s] || s || "—");
  const when = (iso) => (iso ? new Date(iso).toLocaleString("zh-CN", { hour12: false }) : "");

  function problemRows(tbody, problems) {
    tbody.replaceChildren(...problems.map((p) =>
      el("tr", { class: "sev-" + p.severity }, el("td", null, p.severity === "error" ? "错误" : "警告"),
        el("td", null, p.file), el("td", null, p.code || "—"), el("td", null, p.field || "—"),
        el("td", null, p.reason))));
  }

  // --- staging ---

  async function stage(call, label) {
    $("stage-status").textContent = label + "…";
    $("stage-status").className = "";
    try {
      showReview(await call());
      $("stage-status").textContent = "";
    } catch (e) {
      $("stage-status").textContent = e.message;
      $("stage-status").className = "error";
    }
  }

  $("upload-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const file = $("zip-file").files[0];
    if (!file) return;
    const body = new FormData();
    body.append("file", file);
    stage(() => api("/api/staff/catalogs", { method: "POST", body }), "正在上传并校验 " + file.name);
  });

  $("dir-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const path = $("dir-path").value.trim();
    stage(() => api("/api/staff/catalogs/from-directory", { method: "POST", body: { path } }),
      "正在读取并校验 " + path);
  });

  function showReview(review) {
    staged = review;
    $("review").hidden = false;
    $("job").hidden = true;
    const c = review.catalog;
    $("review-source").textContent = "来源: " + c.source + " · 上传人: " + c.username + " · " + when(c.created_at);
    const verdict = $("review-verdict");
    verdict.className = review.ok ? "ok" : "error";
    verdict.textContent = review.ok
      ? "校验通过" + (review.warnings ? "（" + review.warnings + " 个警告）" : "") + "，可以发布。"
      : "校验未通过：" + review.errors + " 个错误，" + review.warnings + " 个警告。请修改后重新上传；正在服务的目录不受影响。";
    $("report").hidden = review.problems.length === 0;
    problemRows($("report-table").tBodies[0], review.problems);
    showDiff(review.diff);
    const same = review.ok && review.diff.identical && review.diff.served_version;
    $("publish-button").disabled = true;
    $("loss-confirm").hidden = true;
    $("impact").hidden = true;
    impact = null;
    $("publish-hint").textContent = !review.ok ? "有错误, 不能发布"
      : (same ? "与正在服务的目录相同, 无需发布" : "正在计算对提问的影响, 算完后才能发布…");
    $("review").scrollIntoView({ block: "start" });
    if (!review.ok || same) return;
    if (review.impact) {
      AdminImpact.render(review.impact);
      impactReady(review, review.impact);
    } else {
      AdminImpact.compute(review).then((found) => impactReady(review, found), (e) => {
        $("impact-status").textContent = e.message;
        $("impact-status").className = "error";
        impactReady(review, null);
      });
    }
  }

  function impactReady(review, found) {
    if (staged !== review) return;  // another catalog was loaded meanwhile
    impact = found;
    $("publish-button").disabled = !found;
    $("publish-hint").textContent = !found ? "无法计算对提问的影响, 不能发布"
      : (found.lost ? "有 " + found.lost + " 个问题将失去答案: 发布时需要再次确认" : "");
    document.body.dataset.impact = found ? "ready" : "failed";  // for tests
  }

  function showDiff(diff) {
    const box = $("status-changes");
    box.hidden = !diff || diff.status_changes.length === 0;
    $("diff").hidden = !diff;
    if (!diff) return;
    box.replaceChildren(el("h3", null, "状态变化（" + diff.status_changes.length + "）：发布后这些事项将按新状态回答"),
      el("ul", null, diff.status_changes.map((s) => el("li", null,
        KIND[s.kind] + " " + s.key + " " + s.name + "：", s.from ? statusBadge(s.from) : "（新增）", " → ",
        statusBadge(s.to)))));
    $("diff-version").textContent = diff.served_version ? "（版本 " + diff.served_version + "）" : "（尚未发布过目录）";
    $("diff-counts").tBodies[0].replaceChildren(...Object.entries(diff.kinds).map(([kind, d]) =>
      el("tr", null, el("td", null, KIND[kind]), el("td", { class: "num" }, d.before),
        el("td", { class: "num" }, d.after), el("td", { class: "num" }, d.added.length),
        el("td", { class: "num" }, d.removed.length), el("td", { class: "num" }, d.changed.length),
        el("td", { class: "num" }, d.unchanged))));
    const parts = [];
    for (const [kind, d] of Object.entries(diff.kinds)) {
      const list = (title, rows, extra) => rows.length === 0 ? null : el("div", { class: "diff-" + title.key },
        el("strong", null, KIND[kind] + " · " + title.zh + "（" + rows.length + "）"),
        el("ul", null, rows.slice(0, 200).map((r) => el("li", { "data-key": r.key }, r.key + " " + r.name + " ",
          r.status && r.status !== "active" ? statusBadge(r.status) : null, extra ? extra(r) : null)),
          rows.length > 200 ? el("li", null, "… 另有 " + (rows.length - 200) + " 项") : null));
      parts.push(list({ key: "added", zh: "新增" }, d.added),
        list({ key: "removed", zh: "删除" }, d.removed),
        list({ key: "changed", zh: "修改" }, d.changed,
          (r) => el("span", { class: "fields" }, "（修改字段：" + r.fields.join("、") + "）")));
    }
    $("diff-guides").replaceChildren(...parts.filter(Boolean));
  }

  // --- publish and rollback jobs ---

  async function follow(job) {
    $("job").hidden = false;
    $("job-problems").hidden = true;
    const bar = $("job-progress");
    const status = $("job-status");
    for (;;) {
      status.className = "";
      status.textContent = (job.action === "rollback" ? "回滚" : "发布") + "：" + job.stage +
        (job.total ? "（" + job.done + "/" + job.total + "）" : "");
      bar.value = job.total ? job.done / job.total : (job.state === "done" ? 1 : 0);
      if (["done", "unchanged", "failed"].includes(job.state)) break;
      await new Promise((r) => setTimeout(r, 400));
      job = await api("/api/staff/jobs/" + job.id);
    }
    bar.value = job.state === "failed" ? 0 : 1;
    status.textContent = job.message;
    status.className = job.state === "failed" ? "error" : "ok";
    if (job.problems.length) {
      $("job-problems").hidden = false;
      problemRows($("job-problems").tBodies[0], job.problems);
    }
    document.body.dataset.job = job.state;  // for tests: the job has ended
    await loadPublications();
    return job;
  }

  $("publish-button").addEventListener("click", () => {
    if (!staged || !impact) return;
    if (impact.lost) {  // the second, explicit confirmation
      $("loss-text").textContent = impact.lost + " 个今天有答案的问题, 发布后将找不到答案或指向已撤销、暂停的事项 (见上表, 标红的行)。" +
        "确认仍要发布吗? 发布记录会记下这些问题。";
      $("loss-confirm").hidden = false;
      $("confirm-loss-button").focus();
      return;
    }
    publish(false);
  });
  $("confirm-loss-button").addEventListener("click", () => publish(true));
  $("cancel-loss-button").addEventListener("click", () => {
    $("loss-confirm").hidden = true;
    $("publish-button").focus();
  });

  async function publish(confirmLoss) {
    const button = $("publish-button");
    button.disabled = true;
    $("loss-confirm").hidden = true;
    document.body.dataset.job = "running";
    try {
      await follow(await api("/api/staff/catalogs/" + staged.catalog.id + "/publish",
        { method: "POST", body: { confirm_loss: confirmLoss } }));
    } catch (e) {
      $("job").hidden = false;
      $("job-status").textContent = e.message;
      $("job-status").className = "error";
      document.body.dataset.job = "failed";
      button.disabled = false;
    }
  }

  async function rollback(row) {
    if (!confirm("回滚到 #" + row.id + "（版本 " + row.index_version + "）？所有渠道将立即使用该版本的目录。")) return;
    document.body.dataset.job = "running";
    $("log-status").textContent = "正在回滚到 #" + row.id + "…";
    $("log-status").className = "";
    try {
      $("review").hidden = true;  // the log's own status line follows the rollback
      const job = await follow(await api("/api/staff/publications/" + row.id + "/rollback", { method: "POST" }));
      $("log-status").textContent = job.message;
      $("log-status").className = job.state === "failed" ? "error" : "ok";
    } catch (e) {
      $("log-status").textContent = e.message;
      $("log-status").className = "error";
      document.body.dataset.job = "failed";
    }
  }

  // --- the audit log ---

  async function loadPublications() {
    const data = await api("/api/staff/publications");
    $("served-version").textContent = data.served_version || "（尚未发布）";
    $("publications").tBodies[0].replaceChildren(...data.publications.map((p) => {
      const changes = (p.summary.status_changes || []).length;
      return el("tr", { class: p.served ? "served" : null, "data-id": p.id },
        el("td", null, p.id), el("td", null, when(p.created_at)), el("td", null, ACTION[p.action] || p.action),
        el("td", null, p.username || "—"), el("td", null, p.index_version),
        el("td", null, p.summary_text, changes ? el("span", { class: "badge revoked" }, " 状态变化 " + changes) : null),
        el("td", null, p.source),
        el("td", null, p.served ? el("span", { class: "badge good" }, "正在服务")
          : el("button", { type: "button", class: "secondary rollback", onclick: () => rollback(p) }, "回滚到此版本")));
    }));
  }

  // --- feedback: tables and bar charts (SVG built with DOM calls; no library) ---

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function barChart(container, rows, { max, label, value, low, caption }) {
    if (rows.length === 0) {
      container.replaceChildren(el("p", { class: "muted" }, "暂无数据"));
      return;
    }
    const width = 640, labelWidth = 260, barHeight = 22, gap = 6;
    const height = rows.length * (barHeight + gap) + 10;
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": caption });
    chart.append(svg("title", null, caption));
    const top = max || Math.max(...rows.map(value), 1);
    rows.forEach((row, i) => {
      const y = 5 + i * (barHeight + gap);
      const name = label(row);
      chart.append(svg("text", { x: labelWidth - 6, y: y + barHeight * 0.7, "text-anchor": "end" },
        name.length > 20 ? name.slice(0, 19) + "…" : name));
      const w = Math.max(2, (value(row) / top) * (width - labelWidth - 50));
      const bar = svg("rect", { x: labelWidth, y, width: w, height: barHeight, class: "bar" + (low && low(row) ? " low" : "") });
      bar.append(svg("title", null, name + "：" + value(row)));
      chart.append(bar, svg("text", { x: labelWidth + w + 4, y: y + barHeight * 0.7 }, String(value(row))));
    });
    chart.append(svg("line", { x1: labelWidth, x2: labelWidth, y1: 0, y2: height, class: "axis" }));
    container.replaceChildren(chart);
  }

  async function regionNames() {
    // Code → name in the served catalog (the journal keeps codes); a code it no longer
    // has is shown as it is.
    return new Map((await Staff.regions()).map((r) => [r.code, r.name]));
  }

  async function loadInsights() {
    const [data, names] = await Promise.all([api("/api/staff/insights"), regionNames()]);
    const t = data.totals;
    $("insights-range").textContent = "（近 " + data.days + " 天）";
    $("insights-totals").textContent = "答复 " + t.answers + " 次，评价 " + t.ratings + " 次" +
      (t.average !== null ? "（平均 " + t.average + " 分）" : "") + "，未能解答 " + t.unanswered + " 次。" +
      "评价最低的事项只列至少有 " + data.min_ratings + " 次评价的。";
    $("lowest-rated").tBodies[0].replaceChildren(...data.lowest_rated.map((r) =>
      el("tr", null, el("td", null, r.name, el("br"), el("small", { class: "muted" }, r.code)),
        el("td", { class: "num" }, r.average), el("td", { class: "num" }, r.ratings),
        el("td", { class: "num" }, r.low), el("td", null, r.comments.join(" / ")))));
    barChart($("rated-chart"), data.lowest_rated, {
      max: 5, label: (r) => r.name || r.code, value: (r) => r.average, low: (r) => r.average < 3,
      caption: "评价最低的事项（平均分，满分 5）" });
    $("unanswered").tBodies[0].replaceChildren(...data.unanswered.map((q) =>
      el("tr", null, el("td", null, q.question, q.variants > 1 ? el("small", { class: "muted" }, "（" + q.variants + " 种写法）") : null),
        el("td", { class: "num" }, q.count), el("td", null, q.regions.map((code) => names.get(code) || code).join("、") || "—"),
        el("td", null, when(q.last_seen)))));
    barChart($("unanswered-chart"), data.unanswered.slice(0, 10), {
      label: (q) => q.question, value: (q) => q.count, caption: "最常见的未解答问题（次数）" });
    // The search measured on real calls: what 12345 agents did with the console's suggestions.
    const use = await api("/api/staff/suggestion-uses/summary?days=" + data.days);
    const pct = (share) => (share === null ? "—" : Math.round(share * 100) + "%");
    $("usage-totals").textContent = use.calls
      ? "坐席辅助：记录 " + use.calls + " 通来电，采用第一条建议 " + pct(use.share_first) +
        "，采用前三条之一 " + pct(use.share_top3) + "，都不合适 " + pct(use.share_none) + "。"
      : "坐席辅助：还没有记录到坐席对建议的采用情况。";
  }

  Staff.start().then(() => Promise.all([loadPublications(), loadInsights()])).then(() => {
    document.body.dataset.ready = "1";
  }).catch((e) => {
    $("stage-status").textContent = e.message;
    $("stage-status").className = "error";
  });
})();

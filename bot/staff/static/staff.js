// Shared by the staff pages: who is signed in, JSON calls with the CSRF header, the top bar.
// Every text from the server is put into the page with textContent, never as HTML.
"use strict";
window.Staff = (function () {
  let me = null;

  async function api(path, options = {}) {
    const headers = Object.assign({}, options.headers || {});
    const method = (options.method || "GET").toUpperCase();
    if (method !== "GET" && me) headers["X-CSRF-Token"] = me.csrf;
    let body = options.body;
    if (body !== undefined && !(body instanceof FormData) && typeof body !== "string") {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(body);
    }
    const response = await fetch(path, { method, headers, body, credentials: "same-origin" });
    if (response.status === 401) {
      location.assign("/staff/login?next=" + encodeURIComponent(location.pathname));
      throw new Error("signed out");
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = data && data.detail;
      const error = new Error(typeof detail === "string" ? detail : "请求失败 (HTTP " + response.status + ")");
      error.status = response.status;
      error.data = data;
      throw error;
    }
    return data;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const PAGES = [
    { path: "/staff/console", label: "坐席辅助", roles: ["agent"] },
    { path: "/staff/queue", label: "转人工队列", roles: ["agent"] },
    { path: "/staff/admin", label: "内容管理", roles: ["content"] },
  ];

  async function start() {
    me = await api("/api/staff/me");
    const bar = document.getElementById("staff-bar");
    if (bar) {
      const nav = el("nav", { class: "staff-nav" },
        PAGES.filter((p) => me.role === "admin" || p.roles.includes(me.role)).map((p) =>
          el("a", { href: p.path, "aria-current": location.pathname === p.path ? "page" : null }, p.label)));
      const logout = el("button", { type: "button", class: "link", id: "logout" }, "退出");
      logout.addEventListener("click", async () => {
        await api("/api/staff/logout", { method: "POST" }).catch(() => null);
        location.assign("/staff/login");
      });
      bar.replaceChildren(el("strong", { class: "brand" }, "政务服务智能导办"), nav,
        el("span", { class: "who" }, me.display_name + "（" + me.role_name + "）"), logout);
    }
    return me;
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {  // no clipboard permission (plain HTTP): select a hidden textarea
      const area = el("textarea", { class: "offscreen", readonly: true });
      area.value = text;
      document.body.append(area);
      area.select();
      const ok = document.execCommand("copy");
      area.remove();
      return ok;
    }
  }

  let regionsOnce = null;
  /** The served catalog's regions ({code, name, level, parent}), asked for once per page;
   * an empty list when they cannot be read. */
  function regions() {
    regionsOnce = regionsOnce || api("/api/regions").catch(() => []);
    return regionsOnce;
  }

  return { api, el, start, copy, regions, get me() { return me; } };
})();

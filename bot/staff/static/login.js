// The sign-in form: POST /api/staff/login, then the page asked for (?next=) or the role's home.
"use strict";
(function () {
  const form = document.getElementById("login-form");
  const error = document.getElementById("login-error");
  function nextPath(home) {
    const next = new URLSearchParams(location.search).get("next") || "";
    // Only a path of this site: never an absolute or protocol-relative URL.
    return /^\/staff(\/[A-Za-z0-9_\-\/]*)?$/.test(next) ? next : home;
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    const button = document.getElementById("login-button");
    button.disabled = true;
    try {
      const response = await fetch("/api/staff/login", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          username: document.getElementById("username").value.trim(),
          password: document.getElementById("password").value,
        }),
      });
      const data = await response.json().catch(() => ({}));
      if (response.ok) {
        location.assign(nextPath(data.home || "/staff"));
        return;
      }
      error.textContent = typeof data.detail === "string" ? data.detail : "登录失败，请检查输入";
      error.hidden = false;
    } catch (e) {
      error.textContent = "无法连接服务器，请稍后再试";
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
})();

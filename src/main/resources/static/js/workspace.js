// The workspace's behaviour in the browser: live state, announcements, the reply composer's counter and
// typing signal, and keyboard shortcuts. The server-sent events themselves are htmx-ext-sse's.
(function () {
  var page = document.querySelector("[data-conversation]");
  var conversation = page ? page.dataset.conversation : null;

  function liveState(state) {
    var element = document.getElementById("live-state");
    if (element) {
      element.dataset.live = state;
    }
  }
  document.body.addEventListener("htmx:sseOpen", function () { liveState("open"); });
  document.body.addEventListener("htmx:sseError", function () { liveState("connecting"); });
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var announce = document.getElementById("inbox-announce");
    if (announce && event.detail.target && event.detail.target.id === "inbox-rows") {
      announce.textContent = announce.dataset.text || "";
    }
    if (event.detail.target && event.detail.target.id === "reply-text-wrap") {
      var text = document.getElementById("reply-text");
      if (text) {
        text.focus();
        count();
        typing();
      }
    }
  });

  function csrfHeaders() {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    var headers = {};
    if (header && token) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function count() {
    var text = document.getElementById("reply-text");
    var counter = document.getElementById("reply-count");
    if (text && counter) {
      counter.textContent = Array.from(text.value).length;
    }
  }

  var lastTyping = 0;
  function typing() {
    var now = Date.now();
    if (!conversation || now - lastTyping < 5000) {
      return;
    }
    lastTyping = now;
    fetch("/workspace/conversations/" + conversation + "/typing", {
      method: "POST", headers: csrfHeaders(), credentials: "same-origin"
    });
  }

  document.addEventListener("input", function (event) {
    if (event.target && event.target.id === "reply-text") {
      count();
      typing();
    }
  });

  var toggle = document.getElementById("shortcuts-toggle");
  function toggleShortcuts() {
    var panel = document.getElementById("shortcuts");
    if (panel && toggle) {
      panel.hidden = !panel.hidden;
      toggle.setAttribute("aria-expanded", String(!panel.hidden));
    }
  }
  if (toggle) {
    toggle.addEventListener("click", toggleShortcuts);
  }

  function click(id) {
    var element = document.getElementById(id);
    if (element) {
      element.click();
    }
  }

  function move(step) {
    var links = Array.from(document.querySelectorAll("#inbox-rows a.open"));
    if (links.length === 0) {
      return;
    }
    var index = links.indexOf(document.activeElement);
    var next = index < 0 ? 0 : Math.min(Math.max(index + step, 0), links.length - 1);
    links[next].focus();
  }

  // SLA badges count down every second and change state at their warning point and deadline; the
  // server's SlaWarned/SlaBreached arrive as live changes that redraw the badges from the database.
  function duration(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60), rest = minutes % 60;
    if (days > 0) { return days + "d " + hours + "h"; }
    if (hours > 0) { return hours + "h " + (rest < 10 ? "0" : "") + rest + "m"; }
    var seconds = Math.floor(Math.abs(ms) / 1000) % 60;
    return rest + "m " + (seconds < 10 ? "0" : "") + seconds + "s";
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll(".sla[data-sla-due]").forEach(function (badge) {
      var due = Date.parse(badge.dataset.slaDue), warn = Date.parse(badge.dataset.slaWarn);
      var state = now >= due ? "breached" : now >= warn ? "warning" : "running";
      ["running", "warning", "breached"].forEach(function (s) { badge.classList.toggle("sla-" + s, s === state); });
      var label = badge.querySelector(".sla-label"), left = badge.querySelector(".sla-left");
      if (label) { label.textContent = badge.dataset["t" + state.charAt(0).toUpperCase() + state.slice(1)] || state; }
      if (left) {
        var pattern = now >= due ? badge.dataset.tOverdue : badge.dataset.tLeft;
        left.textContent = (pattern || "{0}").replace("{0}", duration(due - now));
      }
    });
  }
  tick();
  setInterval(tick, 1000);

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var editing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "Escape" && editing) {
      target.blur();
      return;
    }
    if (editing || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    switch (event.key) {
      case "r": {
        var text = document.getElementById("reply-text");
        if (text) { event.preventDefault(); text.focus(); }
        break;
      }
      case "e": click("resolve"); break;
      case "a": click("take"); break;
      case "n": click("next"); break;
      case "j": move(1); break;
      case "k": move(-1); break;
      case "?": toggleShortcuts(); break;
    }
  });
})();

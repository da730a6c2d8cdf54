// The workspace's live state and announcements; the server-sent events themselves are htmx-ext-sse's.
(function () {
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
  });
})();

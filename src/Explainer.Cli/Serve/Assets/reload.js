// Injected by `explainer serve` only; never part of the built site.
// Listens for rebuilds: reloads the page, or swaps stylesheets in place when only CSS changed.
(() => {
  "use strict";
  const script = document.currentScript;
  let build = script ? new URL(script.src).searchParams.get("build") : null;
  let source = null;

  function connect() {
    source = new EventSource("/__explainer/events?build=" + encodeURIComponent(build || ""));
    source.addEventListener("reload", () => {
      source.close();
      location.reload();
    });
    source.addEventListener("css", (event) => {
      const message = JSON.parse(event.data);
      for (const link of document.querySelectorAll("link[rel=stylesheet]")) {
        const next = message.swaps[new URL(link.href, location.href).pathname];
        if (next) {
          link.href = next;
        }
      }
      build = String(message.build);
    });
  }

  connect();
  window.addEventListener("pagehide", () => source && source.close());
})();

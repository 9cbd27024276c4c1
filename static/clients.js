// Letters for many clients: with this script, the ZIP download shows its
// progress as the server streams it, then saves the file. Without it the
// browser simply downloads the ZIP when it is done. A refusal (a 422 page
// with what to fix) is shown as the browser would show it.
(() => {
  "use strict";

  const button = document.querySelector("[data-zip-download]");
  const form = button?.form;
  const status = document.querySelector(".zip-status");
  if (!form || !status || !window.fetch || !window.ReadableStream) return;

  let passThrough = false;
  form.addEventListener("submit", async (event) => {
    if (passThrough || event.submitter !== button) return;
    event.preventDefault();
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    const data = new FormData(form, button);
    const say = (text) => { status.textContent = text; };
    say(status.dataset.progress);
    try {
      const response = await fetch(button.formAction, { method: "POST", body: data, credentials: "same-origin" });
      if (!response.ok || response.headers.get("Content-Type") !== "application/zip" || !response.body) {
        // The server's page says what to fix: let the browser show it.
        passThrough = true;
        form.requestSubmit(button);
        return;
      }
      const letters = response.headers.get("Farvel-Letters") || "";
      const reader = response.body.getReader();
      const chunks = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        say(`${status.dataset.progress} ${letters ? letters + " · " : ""}${Math.round(received / 1024)} kB`);
      }
      const name = fileName(response.headers.get("Content-Disposition")) || "farvel.zip";
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob(chunks, { type: "application/zip" }));
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      say(status.dataset.done);
    } catch {
      say(status.dataset.failed);
    } finally {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  });

  function fileName(disposition) {
    const match = /filename="?([^";]+)"?/.exec(disposition || "");
    return match ? match[1] : "";
  }
})();

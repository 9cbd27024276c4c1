// Farvel's progressive enhancement. Every page works without this script;
// with it, the form shows the letter as you type and keeps your draft in
// this browser, and the preview gets copy buttons, a live length counter and
// an up-to-date "open in email" link. Nothing leaves the browser except the
// form posts the page makes anyway, to this site.
(() => {
  "use strict";

  const DRAFT_KEY = "farvel-draft";
  const DEBOUNCE_MS = 350;

  document.querySelectorAll("[data-start-over]").forEach((link) => {
    link.addEventListener("click", forgetDraft);
  });
  const letterForm = document.getElementById("letter-form");
  if (letterForm) enhanceForm(letterForm);
  const downloadForm = document.getElementById("download-form");
  if (downloadForm) enhancePreview(downloadForm);

  // The form: live preview, inline errors for fields already visited, and
  // the draft saved on every change.
  function enhanceForm(form) {
    const pane = document.getElementById(form.dataset.livePreview);
    const paneBody = pane.querySelector(".live-preview__body");
    pane.hidden = false;

    // Fields whose errors are shown inline: those the user has typed in and
    // left, and those the server already marked.
    const typedIn = new Set();
    const touched = new Set();
    form.querySelectorAll("[aria-invalid=true]").forEach((el) => touched.add(el.name));

    if (form.hasAttribute("data-restore") && restoreDraft(form)) {
      const note = document.querySelector(".draft-restored");
      if (note) note.hidden = false;
    }

    let timer = 0;
    let latest = 0;
    let inFlight = null;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, DEBOUNCE_MS);
    };
    form.addEventListener("input", (event) => {
      if (event.target.name) typedIn.add(event.target.name);
      saveDraft(form);
      schedule();
    });
    form.addEventListener("change", (event) => {
      const el = event.target;
      if (el.name && (el.type === "checkbox" || el.type === "radio")) touched.add(el.name);
      saveDraft(form);
      schedule();
    });
    form.addEventListener("focusout", (event) => {
      const name = event.target.name;
      if (name && typedIn.has(name) && !touched.has(name)) {
        touched.add(name);
        schedule();
      }
    });

    async function refresh() {
      const id = ++latest;
      if (inFlight) inFlight.abort();
      inFlight = new AbortController();
      pane.setAttribute("aria-busy", "true");
      let html;
      try {
        const response = await fetch(form.action, {
          method: "POST",
          body: new URLSearchParams(new FormData(form)),
          headers: { "Farvel-Live": "1" },
          credentials: "same-origin",
          signal: inFlight.signal,
        });
        if (response.status !== 200 && response.status !== 422) return;
        html = await response.text();
      } catch {
        return; // offline or superseded: keep the last preview
      } finally {
        if (id === latest) pane.removeAttribute("aria-busy");
      }
      if (id !== latest) return;
      const fragment = document.createElement("template");
      fragment.innerHTML = html;
      paneBody.replaceChildren(fragment.content);
      showInlineErrors(form, paneBody, touched);
    }

    if (hasValues(form)) refresh();
  }

  function hasValues(form) {
    return Array.from(form.elements).some(
      (el) => (el.type === "text" || el.type === "email" || el.type === "tel" || el.type === "date" ||
        el.tagName === "TEXTAREA") && el.value.trim() !== "",
    );
  }

  // showInlineErrors puts the live check's message beside each visited
  // field, clears the messages of fields now right, and drops fixed
  // entries from the error summary.
  function showInlineErrors(form, paneBody, touched) {
    const errors = new Map();
    paneBody.querySelectorAll("[data-field]").forEach((item) => {
      errors.set(item.dataset.field, item.dataset.message);
    });
    for (const name of touched) {
      const input = form.elements.namedItem(name);
      if (input instanceof HTMLElement && input.id) {
        setFieldError(form, input, errors.get(name) || "");
      }
    }
    const summary = document.querySelector(".error-summary");
    if (!summary) return;
    summary.querySelectorAll("li").forEach((item) => {
      const name = (item.querySelector("a")?.getAttribute("href") || "").slice(1);
      if (touched.has(name) && !errors.has(name)) item.remove();
    });
    if (!summary.querySelector("li")) summary.remove();
  }

  function setFieldError(form, input, message) {
    const field = input.closest(".field");
    if (!field) return;
    const id = input.id + "-error";
    let note = document.getElementById(id);
    const describedBy = new Set((input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean));
    if (message) {
      if (!note) {
        note = document.createElement("p");
        note.className = "field-error";
        note.id = id;
        input.before(note);
      }
      const prefix = document.createElement("span");
      prefix.className = "visually-hidden";
      prefix.textContent = form.dataset.errorPrefix;
      note.replaceChildren(prefix, " " + message);
      input.setAttribute("aria-invalid", "true");
      describedBy.add(id);
      field.classList.add("field--error");
    } else {
      if (note) note.remove();
      input.removeAttribute("aria-invalid");
      describedBy.delete(id);
      field.classList.remove("field--error");
    }
    if (describedBy.size > 0) input.setAttribute("aria-describedby", Array.from(describedBy).join(" "));
    else input.removeAttribute("aria-describedby");
  }

  // The draft lives in this browser's localStorage only.
  function saveDraft(form) {
    const data = {};
    for (const el of form.elements) {
      if (!el.name || el.type === "hidden" || el.type === "submit") continue;
      if (el.type === "checkbox") data[el.name] = el.checked;
      else if (el.type === "radio") {
        if (el.checked) data[el.name] = el.value;
      } else data[el.name] = el.value;
    }
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(data));
    } catch {
      // storage full or disabled: the form still works
    }
  }

  function restoreDraft(form) {
    let data;
    try {
      data = JSON.parse(localStorage.getItem(DRAFT_KEY) || "null");
    } catch {
      return false;
    }
    if (!data || typeof data !== "object") return false;
    let restored = false;
    for (const el of form.elements) {
      if (!el.name || !(el.name in data)) continue;
      const value = data[el.name];
      if (el.type === "checkbox") {
        el.checked = value === true;
        restored ||= el.checked;
      } else if (el.type === "radio") {
        el.checked = el.value === value;
      } else if (typeof value === "string") {
        el.value = value;
        restored ||= value !== "";
      }
    }
    return restored;
  }

  function forgetDraft() {
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      // nothing stored
    }
  }

  // The preview: copy buttons, the length counter and the mail link follow
  // the edited text.
  function enhancePreview(form) {
    const subject = form.elements.namedItem("subject");
    const letter = form.elements.namedItem("letter");
    const status = form.querySelector(".copy-status");
    let clearStatus = 0;
    const announce = (message) => {
      status.textContent = message;
      clearTimeout(clearStatus);
      clearStatus = setTimeout(() => { status.textContent = ""; }, 4000);
    };
    form.querySelectorAll("[data-copy]").forEach((button) => {
      button.hidden = false;
      button.addEventListener("click", async () => {
        const source = form.elements.namedItem(button.dataset.copy);
        try {
          await navigator.clipboard.writeText(source.value);
          announce(status.dataset.copied);
        } catch {
          source.focus();
          source.select();
          announce(status.dataset.copyFailed);
        }
      });
    });
    const counter = document.getElementById("letter-length");
    const mailto = form.querySelector("a.mailto");
    const update = () => {
      updateCounter(counter, letter.value);
      updateMailto(mailto, subject.value, letter.value);
    };
    letter.addEventListener("input", update);
    subject.addEventListener("input", update);
  }

  function updateCounter(counter, text) {
    const words = text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
    const chars = Array.from(text).length;
    counter.querySelector(".counter__count").textContent =
      `${words} ${counter.dataset.words}, ${chars} ${counter.dataset.characters}`;
    const long = words > Number(counter.dataset.longWords);
    counter.classList.toggle("counter--long", long);
    counter.querySelector(".counter__nudge").hidden = !long;
  }

  function updateMailto(link, subject, body) {
    const href = "mailto:" + encodeURIComponent(link.dataset.to) +
      "?subject=" + encodeURIComponent(subject) +
      "&body=" + encodeURIComponent(body.replace(/\r?\n/g, "\r\n"));
    const fits = href.length <= Number(link.dataset.maxLength);
    link.hidden = !fits;
    if (fits) link.href = href;
    else link.removeAttribute("href");
  }
})();

// Farvel's progressive enhancement. Every page works without this script;
// with it, the form shows the letter as you type and keeps your draft in
// this browser, the preview redraws the letter as you edit it and gets copy
// buttons, and moving between the form and the preview happens in place, so
// Back and Forward never ask to send a form again. Nothing leaves the
// browser except the form posts the page makes anyway, to this site.
(() => {
  "use strict";

  const DRAFT_KEY = "farvel-draft";
  const DEBOUNCE_MS = 350;
  // What was typed into each page of this tab's history, by page: kept in
  // sessionStorage, written on every change, as the history's own state
  // cannot be written once the user has pressed Back.
  const PAGE_KEY = "farvel-page:";
  const PAGES_KEY = "farvel-pages";
  const PAGES_KEPT = 40;
  // The posts shown in place. A download stays a plain post: it answers
  // with a file, and the page stays as it is.
  const IN_PLACE = new Set(["/preview", "/edit"]);
  // The letter as the user edited it, which the form carries unseen.
  const EDIT_FIELDS = ["subject", "letter", "edit_base"];
  // A page kept in the history is only shown again by the script that
  // kept it: the asset's name changes with its content.
  const VERSION = document.currentScript ? document.currentScript.src : "";

  let current = null; // the history state of the page on show
  let scope = null; // aborts the listeners and timers of the page on show
  let navigating = null; // the post on its way, if any
  let bypass = false; // a post the script hands back to the browser
  let lastID = 0; // numbers the pages shown in this tab

  history.scrollRestoration = "manual";
  document.addEventListener("submit", onSubmit);
  window.addEventListener("popstate", onPopState);
  // A link within the page (the skip link) makes a history entry of its
  // own; it shows the same page.
  window.addEventListener("hashchange", () => {
    if (!isOurs(history.state) && current) history.replaceState(current, "");
  });
  window.addEventListener("pagehide", remember);

  if (isOurs(history.state)) {
    // A reload, or Back from another site: the page as it was left. The
    // front page's form says it was filled in again.
    show(history.state, { focus: "none" });
    const form = document.getElementById("letter-form");
    const note = document.querySelector(".draft-restored");
    if (form && note && form.hasAttribute("data-restore") && hasValues(form)) note.hidden = false;
  } else {
    current = pageState(document);
    // A page that answered a plain post (a download that needed fixing)
    // would be posted again on a reload; the front page is fetched instead,
    // and this state shows the page again.
    const url = location.pathname === "/" ? location.href : pageURL(current);
    history.replaceState(current, "", url);
    enhance({ restoreDraft: true });
  }

  // Pages in place: a post to /preview or /edit is fetched, and its answer
  // replaces the page, with an entry in the history whose state holds the
  // page as the server sent it; what is typed into it is kept beside.

  function isOurs(state) {
    return !!state && state.farvel === 1 && state.version === VERSION && typeof state.html === "string";
  }

  function pageState(doc) {
    return {
      farvel: 1, version: VERSION, id: `${Date.now()}-${++lastID}`,
      title: doc.title, lang: doc.documentElement.lang, html: doc.body.innerHTML,
    };
  }

  // pageURL is the address of a page shown in place: the front page, so a
  // reload asks for no post, named apart from it, so a link to the front
  // page (the brand, "start over") is a new page and not a reload.
  function pageURL(state) {
    const view = state.html.includes('id="download-form"') ? "preview" : "form";
    return "/?lang=" + encodeURIComponent(state.lang || "nb") + "&view=" + view;
  }

  // remember keeps what the user typed into the page on show, where it was
  // scrolled to and what had focus.
  function remember() {
    if (!current) return;
    const active = document.activeElement;
    const kept = { fields: fieldsOf(document), scroll: window.scrollY, focus: active && active.id ? active.id : "" };
    try {
      const ids = JSON.parse(sessionStorage.getItem(PAGES_KEY) || "[]").filter((id) => id !== current.id);
      ids.push(current.id);
      for (const old of ids.splice(0, Math.max(0, ids.length - PAGES_KEPT))) sessionStorage.removeItem(PAGE_KEY + old);
      sessionStorage.setItem(PAGES_KEY, JSON.stringify(ids));
      sessionStorage.setItem(PAGE_KEY + current.id, JSON.stringify(kept));
    } catch {
      // storage full or disabled: Back shows the page as it was sent
    }
  }

  function keptFor(state) {
    try {
      const kept = JSON.parse(sessionStorage.getItem(PAGE_KEY + state.id) || "null");
      return kept && typeof kept === "object" && kept.fields ? kept : null;
    } catch {
      return null;
    }
  }

  function forgetPages() {
    try {
      for (const id of JSON.parse(sessionStorage.getItem(PAGES_KEY) || "[]")) sessionStorage.removeItem(PAGE_KEY + id);
      sessionStorage.removeItem(PAGES_KEY);
    } catch {
      // nothing kept
    }
  }

  function onSubmit(event) {
    const form = event.target;
    if (bypass || event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    const submitter = event.submitter;
    const action = submitter && submitter.hasAttribute("formaction") ?
      submitter.getAttribute("formaction") : form.getAttribute("action") || "";
    const method = (submitter && submitter.getAttribute("formmethod")) || form.getAttribute("method") || "get";
    const url = new URL(action, location.href);
    if (url.origin !== location.origin || method.toLowerCase() !== "post" || !IN_PLACE.has(url.pathname)) return;
    event.preventDefault();
    go(url, form, submitter);
  }

  async function go(url, form, submitter) {
    if (navigating) navigating.abort();
    const request = navigating = new AbortController();
    let data;
    try {
      data = new FormData(form, submitter);
    } catch {
      data = new FormData(form);
      if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    }
    if (submitter && submitter.name === "edit_choice" && submitter.value === "rewrite") forgetEdit();
    remember();
    const main = document.getElementById("main");
    if (main) main.setAttribute("aria-busy", "true");
    let html;
    try {
      const response = await fetch(url, {
        method: "POST", body: new URLSearchParams(data), credentials: "same-origin", signal: request.signal,
      });
      if (!(response.headers.get("Content-Type") || "").startsWith("text/html")) throw new Error("not a page");
      html = await response.text();
    } catch {
      if (request.signal.aborted) return;
      navigating = null;
      if (main) main.removeAttribute("aria-busy");
      submitPlainly(form, submitter);
      return;
    }
    if (request !== navigating) return;
    navigating = null;
    const next = pageState(new DOMParser().parseFromString(html, "text/html"));
    history.pushState(next, "", pageURL(next));
    show(next, { focus: "page" });
  }

  // submitPlainly lets the browser post the form itself, when the script
  // cannot (offline, or an answer that is no page).
  function submitPlainly(form, submitter) {
    bypass = true;
    try {
      if (submitter && submitter.form === form) form.requestSubmit(submitter);
      else form.requestSubmit();
    } finally {
      bypass = false;
    }
  }

  function onPopState(event) {
    const state = event.state;
    if (state && state.farvel === 1 && state.version !== VERSION) {
      location.reload(); // kept by an older script: the page afresh
      return;
    }
    if (!isOurs(state) || (current && state.id === current.id)) return;
    if (navigating) {
      navigating.abort();
      navigating = null;
    }
    show(state, { focus: "restore" });
  }

  // show puts a page of the history on screen: the page as the server sent
  // it, with what was typed into it, enhanced afresh.
  function show(state, { focus }) {
    if (scope) scope.abort();
    current = state;
    const kept = focus === "page" ? null : keptFor(state);
    document.title = state.title;
    document.documentElement.lang = state.lang;
    document.body.innerHTML = state.html;
    if (kept) {
      applyFields(kept.fields);
      const form = document.getElementById("letter-form");
      if (form) carryStoredEdit(form);
    }
    enhance({ restoreDraft: !kept });
    window.scrollTo(0, kept ? kept.scroll || 0 : 0);
    if (focus === "page") focusPage("", false);
    else if (focus === "restore") focusPage(kept ? kept.focus : "", true);
  }

  // focusPage moves focus to the new page, so a screen reader reads it: the
  // error summary if there is one, else the heading.
  function focusPage(id, keepScroll) {
    const target = (id && document.getElementById(id)) ||
      document.querySelector(".error-summary") || document.querySelector("main h1");
    if (!target) return;
    if (!target.matches("a[href], button, input, select, textarea, [tabindex]")) target.tabIndex = -1;
    target.focus({ preventScroll: keepScroll });
  }

  function isField(el) {
    return (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) &&
      !["submit", "button", "reset", "image", "file"].includes(el.type);
  }

  // fieldsOf lists each form's fields, in order, as they are now.
  function fieldsOf(root) {
    const out = {};
    for (const form of root.querySelectorAll("form[id]")) {
      out[form.id] = Array.from(form.elements).filter((el) => el.name && isField(el))
        .map((el) => [el.name, el.value, el.checked]);
    }
    return out;
  }

  function applyFields(fields) {
    for (const [id, entries] of Object.entries(fields)) {
      const form = document.getElementById(id);
      if (!(form instanceof HTMLFormElement)) continue;
      const els = Array.from(form.elements).filter((el) => el.name && isField(el));
      const seen = new Map();
      for (const [name, value, checked] of entries) {
        const n = seen.get(name) || 0;
        seen.set(name, n + 1);
        const el = els.filter((e) => e.name === name)[n];
        if (!el) {
          if (EDIT_FIELDS.includes(name)) setHidden(form, name, value);
        } else if (el.type === "checkbox" || el.type === "radio") {
          el.checked = checked === true;
        } else {
          el.value = value;
        }
      }
    }
  }

  // setHidden sets a hidden field of form, adding it when missing.
  function setHidden(form, name, value) {
    let input = Array.from(form.elements).find((el) => el.name === name && el.type === "hidden");
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      const actions = form.querySelector(":scope > .actions");
      if (actions) actions.before(input);
      else form.append(input);
    }
    input.value = value;
  }

  // enhance adds what the script does to the page on show.
  function enhance({ restoreDraft }) {
    scope = new AbortController();
    const signal = scope.signal;
    document.body.classList.remove("has-jump");
    document.querySelectorAll("[data-start-over]").forEach((link) => enhanceStartOver(link));
    document.querySelectorAll(".error-summary a[href^='#']").forEach((link) => enhanceSummaryLink(link));
    const letterForm = document.getElementById("letter-form");
    if (letterForm) enhanceForm(letterForm, restoreDraft, signal);
    const downloadForm = document.getElementById("download-form");
    if (downloadForm) enhancePreview(downloadForm, signal);
  }

  // A link of the error summary brings the whole field into view, its
  // label and hint with it, and focuses the input.
  function enhanceSummaryLink(link) {
    link.addEventListener("click", (event) => {
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!target) return;
      event.preventDefault();
      (target.closest(".field, .radios, .checkbox") || target).scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
    });
  }

  // "Start over" asks first; only a yes forgets the draft.
  function enhanceStartOver(link) {
    const confirm = link.closest(".start-over")?.querySelector(".start-over__confirm");
    if (!confirm) {
      link.addEventListener("click", forgetDraft);
      return;
    }
    link.setAttribute("aria-expanded", "false");
    const close = () => {
      confirm.hidden = true;
      link.setAttribute("aria-expanded", "false");
      link.focus();
    };
    link.addEventListener("click", (event) => {
      event.preventDefault();
      confirm.hidden = false;
      link.setAttribute("aria-expanded", "true");
      confirm.focus();
    });
    confirm.querySelector("[data-start-over-yes]").addEventListener("click", () => {
      forgetDraft();
      forgetPages();
      current = null; // nothing of this page to remember on the way out
      location.assign(link.href);
    });
    confirm.querySelector("[data-start-over-no]").addEventListener("click", close);
    confirm.addEventListener("keydown", (event) => {
      if (event.key === "Escape") close();
    });
  }

  // The form: live preview, inline errors for fields already visited, the
  // draft saved on every change, the new employer only when it is used, and
  // on a phone a way to the letter so far and back.
  function enhanceForm(form, restore, signal) {
    const pane = document.getElementById(form.dataset.livePreview);
    const paneBody = pane.querySelector(".live-preview__body");
    pane.hidden = false;

    // Fields whose errors are shown inline: those the user has typed in and
    // left, and those the server already marked.
    const typedIn = new Set();
    const touched = new Set();
    const echoed = new Set();
    form.querySelectorAll("[aria-invalid=true]").forEach((el) => touched.add(el.name));

    if (restore && form.hasAttribute("data-restore") && restoreDraft(form)) {
      const note = document.querySelector(".draft-restored");
      if (note) note.hidden = false;
    }

    const competitor = form.elements.namedItem("competitor");
    const employer = form.elements.namedItem("new_employer");
    const employerField = employer && employer.closest(".field");
    const omitted = document.getElementById("new_employer-omitted");
    const showEmployer = () => {
      if (!competitor || !employerField) return;
      employerField.hidden = competitor.checked;
      if (omitted) omitted.hidden = !competitor.checked;
    };
    showEmployer();

    let timer = 0;
    let latest = 0;
    let inFlight = null;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, DEBOUNCE_MS);
    };
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      if (inFlight) inFlight.abort();
    });
    form.addEventListener("input", (event) => {
      if (event.target.name) typedIn.add(event.target.name);
      saveDraft(form);
      remember();
      schedule();
    });
    form.addEventListener("change", (event) => {
      const el = event.target;
      if (el.name && (el.type === "checkbox" || el.type === "radio")) touched.add(el.name);
      if (el === competitor) showEmployer();
      saveDraft(form);
      remember();
      schedule();
    });
    form.addEventListener("focusout", (event) => {
      const name = event.target.name;
      if (name && typedIn.has(name) && !touched.has(name)) {
        touched.add(name);
        schedule();
      }
    });
    enhanceJump(form, pane, signal);

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
      if (id !== latest || signal.aborted) return;
      const fragment = document.createElement("template");
      fragment.innerHTML = html;
      paneBody.replaceChildren(fragment.content);
      showInlineErrors(form, paneBody, touched, echoed);
    }

    if (hasValues(form)) refresh();
  }

  // enhanceJump: on a narrow screen the letter so far comes after the whole
  // form. A button kept in sight jumps to it, and one in the pane jumps
  // back to the field last typed in.
  function enhanceJump(form, pane, signal) {
    const jump = document.querySelector(".jump-to-letter");
    const back = pane.querySelector(".back-to-field");
    if (!jump || !back) return;
    let lastField = null;
    form.addEventListener("focusin", (event) => {
      if (isField(event.target) && event.target.type !== "hidden") lastField = event.target;
    });
    // Shown once there is something to see, and out of the way while the
    // letter is on screen.
    let inView = false;
    const place = () => { jump.hidden = inView || !hasValues(form); };
    place();
    form.addEventListener("input", place);
    document.body.classList.add("has-jump");
    jump.addEventListener("click", (event) => {
      event.preventDefault();
      back.hidden = !lastField;
      pane.scrollIntoView({ block: "start" });
      pane.focus({ preventScroll: true });
    });
    back.addEventListener("click", () => {
      if (!lastField || !lastField.isConnected) return;
      (lastField.closest(".field, .radios, .checkbox") || lastField).scrollIntoView({ block: "center" });
      lastField.focus({ preventScroll: true });
    });
    if ("IntersectionObserver" in window) {
      const observer = new IntersectionObserver((entries) => {
        for (const entry of entries) inView = entry.isIntersecting;
        place();
      });
      observer.observe(pane);
      signal.addEventListener("abort", () => observer.disconnect());
    }
  }

  function hasValues(form) {
    return Array.from(form.elements).some(
      (el) => (el.type === "text" || el.type === "email" || el.type === "tel" || el.type === "date" ||
        el.tagName === "TEXTAREA") && el.value.trim() !== "",
    );
  }

  // showInlineErrors puts the live check's message beside each visited
  // field, clears the messages of fields now right, and drops fixed
  // entries from the error summary. A message about two fields ("an email
  // or a phone") shows on both, and is read out on its own field only.
  function showInlineErrors(form, paneBody, touched, echoed) {
    const errors = new Map();
    const echoes = new Map();
    paneBody.querySelectorAll("[data-field]").forEach((item) => {
      errors.set(item.dataset.field, item.dataset.message);
      if (item.dataset.also) echoes.set(item.dataset.also, { owner: item.dataset.field, message: item.dataset.message });
    });
    const names = new Set([...touched, ...echoed]);
    for (const [also, echo] of echoes) {
      if (touched.has(also) || touched.has(echo.owner)) names.add(also).add(echo.owner);
    }
    echoed.clear();
    for (const name of names) {
      const input = form.elements.namedItem(name);
      if (!(input instanceof HTMLElement) || !input.id) continue;
      const own = errors.get(name);
      const echo = echoes.get(name);
      if (!own && echo && names.has(echo.owner)) {
        setFieldError(form, input, echo.message, true);
        echoed.add(name);
      } else {
        setFieldError(form, input, own || "", false);
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

  // setFieldError shows message beside input, or clears it. An echo is the
  // message of another field, shown here but not read a second time.
  function setFieldError(form, input, message, echo) {
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
      if (echo) {
        note.setAttribute("aria-hidden", "true");
        note.replaceChildren(message);
      } else {
        note.removeAttribute("aria-hidden");
        const prefix = document.createElement("span");
        prefix.className = "visually-hidden";
        prefix.textContent = form.dataset.errorPrefix;
        note.replaceChildren(prefix, " " + message);
      }
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

  // The draft lives in this browser's localStorage only: the form's fields,
  // and the letter as edited on the preview with the fingerprint of the
  // letter it was edited from.
  function loadDraft() {
    try {
      const data = JSON.parse(localStorage.getItem(DRAFT_KEY) || "null");
      return data && typeof data === "object" ? data : null;
    } catch {
      return null;
    }
  }

  function storeDraft(data) {
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(data));
    } catch {
      // storage full or disabled: the form still works
    }
  }

  function saveDraft(form) {
    const data = {};
    for (const el of form.elements) {
      if (!el.name || !isField(el)) continue;
      if (el.type === "hidden" && !EDIT_FIELDS.includes(el.name)) continue; // ui_lang: the page's, not the draft's
      if (el.type === "checkbox") data[el.name] = el.checked;
      else if (el.type === "radio") {
        if (el.checked) data[el.name] = el.value;
      } else data[el.name] = el.value;
    }
    storeDraft(data);
  }

  // saveDraftFromPreview keeps the draft the preview carries: every field
  // of the form (a ticked box as "on"), and the text boxes.
  function saveDraftFromPreview(form) {
    const data = {};
    for (const el of form.elements) {
      if (el.name && isField(el) && el.name !== "ui_lang") data[el.name] = el.value;
    }
    storeDraft(data);
  }

  function restoreDraft(form) {
    const data = loadDraft();
    if (!data) return false;
    let restored = false;
    for (const el of form.elements) {
      if (!el.name || !(el.name in data) || !isField(el) || el.type === "hidden") continue;
      const value = data[el.name];
      if (el.type === "checkbox") {
        el.checked = value === true || value === "on";
        restored ||= el.checked;
      } else if (el.type === "radio") {
        el.checked = el.value === value;
      } else if (typeof value === "string") {
        el.value = value;
        restored ||= value !== "";
      }
    }
    restored = carryStoredEdit(form, data) || restored;
    return restored;
  }

  // carryStoredEdit puts the stored edit into the form when the form has
  // none, so a preview from it keeps the edit, or asks.
  function carryStoredEdit(form, data = loadDraft()) {
    if (!data || typeof data.letter !== "string" && typeof data.subject !== "string") return false;
    const has = (name) => Array.from(form.elements).some((el) => el.name === name && el.value.trim() !== "");
    if (has("letter") || has("subject")) return false;
    let carried = false;
    for (const name of EDIT_FIELDS) {
      if (typeof data[name] === "string" && data[name].trim() !== "") {
        setHidden(form, name, data[name]);
        carried = true;
      }
    }
    return carried;
  }

  function forgetEdit() {
    const data = loadDraft();
    if (!data) return;
    for (const name of EDIT_FIELDS) delete data[name];
    storeDraft(data);
  }

  function forgetDraft() {
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      // nothing stored
    }
  }

  // The preview: the letter beside the text boxes, the copy buttons, the
  // length counter and the mail link follow the edited text, which is kept
  // in the draft.
  function enhancePreview(form, signal) {
    const subject = form.elements.namedItem("subject");
    const letter = form.elements.namedItem("letter");
    form.querySelectorAll("[data-copy]").forEach((button) => enhanceCopy(form, button));
    const counter = document.getElementById("letter-length");
    const mailto = form.querySelector("a.mailto");
    const tooLong = form.querySelector(".mailto-long");
    const shown = letterView(document.getElementById("shown-letter"));
    const update = () => {
      updateCounter(counter, letter.value);
      updateMailto(mailto, tooLong, subject.value, letter.value);
      shown.draw(subject.value, letter.value);
    };
    const edited = () => {
      update();
      saveDraftFromPreview(form);
      remember();
    };
    letter.addEventListener("input", edited, { signal });
    subject.addEventListener("input", edited, { signal });
    update();
    saveDraftFromPreview(form);
  }

  function enhanceCopy(form, button) {
    const status = button.closest(".copy-tool")?.querySelector(".copy-status");
    let clear = 0;
    const say = (message) => {
      if (!status) return;
      status.textContent = message;
      clearTimeout(clear);
      clear = setTimeout(() => { status.textContent = ""; }, 4000);
    };
    button.hidden = false;
    button.addEventListener("click", async () => {
      const source = form.elements.namedItem(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(source.value);
        say(form.dataset.copied);
      } catch {
        source.focus();
        source.select();
        say(form.dataset.copyFailed);
      }
    });
  }

  // letterView redraws a letter as the server lays it out: paragraphs at
  // blank lines, and the sender's name after the closing starting the
  // signature. An empty box gives back the letter as the page came.
  function letterView(article) {
    if (!article) return { draw() {} };
    const subjectText = article.querySelector(".letter__subject-text");
    const body = article.querySelector(".letter__body");
    const first = { subject: subjectText.textContent, body: Array.from(body.childNodes, (n) => n.cloneNode(true)) };
    return {
      draw(subject, text) {
        subjectText.textContent = subject.trim() || first.subject;
        if (text.trim() === "") {
          body.replaceChildren(...first.body.map((n) => n.cloneNode(true)));
          return;
        }
        body.replaceChildren(...paragraphs(text, article.dataset.sender || "").map((para) => {
          const p = document.createElement("p");
          if (para.signature) p.className = "letter__signature";
          para.lines.forEach((line, i) => {
            if (i > 0) p.append(document.createElement("br"));
            p.append(line);
          });
          return p;
        }));
      },
    };
  }

  // paragraphs splits a letter's text as internal/export.Paragraphs does.
  function paragraphs(text, sender) {
    const out = [];
    let lines = [];
    const flush = () => {
      if (lines.length > 0) out.push({ lines, signature: false });
      lines = [];
    };
    for (let line of text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n")) {
      line = line.replace(/[ \t]+$/, "");
      if (line.trim() === "") flush();
      else lines.push(line);
    }
    flush();
    const name = sender.trim();
    const last = out[out.length - 1];
    if (name === "" || !last) return out;
    for (let i = last.lines.length - 1; i > 0; i--) {
      if (last.lines[i].trim() === name) {
        out.splice(out.length - 1, 1,
          { lines: last.lines.slice(0, i), signature: false }, { lines: last.lines.slice(i), signature: true });
        break;
      }
    }
    return out;
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

  // mailtoEscape escapes as the server's link does: every byte but the
  // unreserved ones.
  function mailtoEscape(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  }

  // updateMailto offers the mail link while the letter fits in one, and
  // says why not, with a copy button, when it does not.
  function updateMailto(link, tooLong, subject, body) {
    let href = "";
    try {
      href = "mailto:" + mailtoEscape(link.dataset.to) + "?subject=" + mailtoEscape(subject) +
        "&body=" + mailtoEscape(body.replace(/\r?\n/g, "\r\n"));
    } catch {
      // a broken character: no link
    }
    const fits = href !== "" && href.length <= Number(link.dataset.maxLength);
    link.hidden = !fits;
    if (tooLong) tooLong.hidden = fits;
    if (fits) link.href = href;
    else link.removeAttribute("href");
  }
})();

// One listing's analysis in a page (popup or side panel): asks the worker, draws lib/result-view.js,
// and runs the primary actions (save, tailored resume, highlight).
import { fromBase64 } from "./api.js";
import { ask, MSG } from "./messages.js";
import { changeLines, messageFor } from "./logic.js";
import { el, fill } from "./render.js";
import { errorView, renderResult, showChanges } from "./result-view.js";

export function saveBlob(bytes, type, filename) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = el("a", { href: url, download: filename, style: "display:none" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export function loading(root, text) {
  const started = Date.now();
  const note = el("p", {}, text);
  const slow = el("p", { class: "sub slow", hidden: true });
  fill(root, el("div", { class: "state loading", role: "status" }, el("div", { class: "spinner", "aria-hidden": "true" }), note, slow));
  const timer = setInterval(() => {
    if (!note.isConnected) return clearInterval(timer);
    const seconds = Math.round((Date.now() - started) / 1000);
    if (seconds >= 3) {
      slow.hidden = false;
      slow.textContent = `${seconds} s… the first analysis after the server starts loads its language model.`;
    }
  }, 500);
}

// The first moment of each step, for the browser tests' click-to-results figure.
function mark(name) {
  if (!performance.getEntriesByName(name).length) performance.mark(name);
}

// options: {compact, openPanel, analyzeAll, trackerSection(result, view), onResult(result)}
export function listingView(root, options = {}) {
  const state = { tabId: null, result: null, highlighted: false, pdf: false, dismissed: [], token: 0 };

  const status = (text, kind = "") => {
    const node = root.querySelector("#status");
    if (node) {
      node.className = `status ${kind}`;
      node.textContent = text;
    }
  };

  const fail = (error) => {
    const { what, todo } = messageFor(error);
    status(`${what} ${todo}`, "err");
  };

  const handlers = {
    save: () => save(),
    download: (format) => download(format),
    highlight: () => toggleHighlight(),
    options: () => chrome.runtime.openOptionsPage(),
    openPanel: options.openPanel,
    dismissExpiry: (key) => ask(MSG.DISMISS_EXPIRY, { key }),
    trackerSection: options.trackerSection ? (result) => options.trackerSection(result, view) : null,
  };

  function draw() {
    mark("credstack:results");
    const wasOpen = new Map([...root.querySelectorAll("details.section[id]")].map((d) => [d.id, d.open]));
    fill(root, ...renderResult(state.result, { compact: !!options.compact, highlighted: state.highlighted, pdf: state.pdf, dismissed: state.dismissed, handlers }));
    const resume = root.querySelector("#resume-section");
    if (resume) resume.addEventListener("toggle", () => previewChanges(resume), { once: false });
    // sections keep the state the person left them in
    for (const [id, open] of wasOpen) {
      const details = root.querySelector(`details#${id}`);
      if (details) details.open = open;
    }
    if (options.onResult) options.onResult(state.result);
  }

  async function show(tabId, { fresh = false } = {}) {
    const token = ++state.token;
    state.tabId = tabId;
    loading(root, "Reading the posting…");
    mark("credstack:asked");
    try {
      // whether the page is highlighted is not worth waiting for: the button follows when it is known
      const highlighted = ask(MSG.HIGHLIGHT_STATE, { tabId }).catch(() => false);
      const [result, prefs] = await Promise.all([ask(MSG.ANALYZE, { tabId, fresh }), ask(MSG.PREFS_GET)]);
      if (token !== state.token) return; // another tab was chosen meanwhile
      mark("credstack:answered");
      state.result = result;
      state.dismissed = prefs.dismissedExpiry || [];
      draw();
      if (await highlighted && token === state.token) {
        state.highlighted = true;
        const button = root.querySelector("#highlight");
        if (button) {
          button.setAttribute("aria-pressed", "true");
          button.textContent = "Unhighlight";
        }
      }
    } catch (error) {
      if (token !== state.token) return;
      state.result = null;
      fill(root, errorView(error, { options: handlers.options, retry: () => show(tabId, { fresh: true }), analyzeAll: options.analyzeAll }));
    }
  }

  // Before any download: what tailoring would change, from servers that can say so.
  async function previewChanges(section) {
    const node = section.querySelector("#changes");
    if (!section.open || !node || !state.result.posting_id || node.dataset.previewed) return;
    node.dataset.previewed = "true";
    try {
      const changes = await ask(MSG.RESUME_CHANGES, { postingId: state.result.posting_id });
      if (changes && !node.querySelector("#changes-headline")) showChanges(node, changes, null);
    } catch (_) {
      // the download still says what happened
    }
  }

  async function save() {
    status("Saving…");
    try {
      state.result = await ask(MSG.SAVE, { tabId: state.tabId });
      draw();
      const tracker = root.querySelector("#tracker-section");
      if (tracker) tracker.open = true; // saved: where it stands comes next
      status("Saved to your tracker.", "ok");
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }

  async function download(format) {
    if (!state.result.posting_id && !(await save())) return;
    status(format === "pdf" ? "Tailoring and converting to PDF…" : "Tailoring your resume…");
    try {
      const file = await ask(MSG.RESUME, { postingId: state.result.posting_id, format });
      saveBlob(fromBase64(file.base64), file.type, file.filename);
      const lines = changeLines(file.changes);
      status(lines && !lines.changed ? `${file.filename}: ${lines.headline}` : `Downloaded ${file.filename}.`, lines && !lines.changed ? "warn" : "ok");
      const node = root.querySelector("#changes");
      if (node) showChanges(node, file.changes, file.filename);
    } catch (error) {
      fail(error);
    }
  }

  async function toggleHighlight() {
    try {
      const on = !state.highlighted;
      const answer = await ask(MSG.HIGHLIGHT, { tabId: state.tabId, on });
      state.highlighted = on;
      draw();
      status(on ? `Marked ${answer.marks} mention${answer.marks === 1 ? "" : "s"} on the page.` : "Highlights removed.", "ok");
    } catch (error) {
      fail(error);
    }
  }

  const view = { show, state, draw, status, setPdf: (pdf) => { state.pdf = pdf; const b = root.querySelector("#download-pdf"); if (b && pdf) { b.disabled = false; b.textContent = "Download as PDF"; } } };
  return view;
}

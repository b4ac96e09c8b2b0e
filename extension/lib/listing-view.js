// One listing's analysis in a page (popup or side panel): asks the worker, draws lib/result-view.js,
// and runs the primary actions (save, tailored resume, highlight).
import { fromBase64 } from "./api.js";
import { ask, MSG } from "./messages.js";
import { changeLines, messageFor, resumeNote } from "./logic.js";
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
  // review: the tailored resume's change summary and first-page preview for the listing shown
  const state = { tabId: null, result: null, highlighted: false, pdf: false, dismissed: [], token: 0, review: null };

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
    const wasOpen = new Map([...root.querySelectorAll("details.section[id]")].map((d) => [d.id, d.open]));
    fill(root, ...renderResult(state.result, { compact: !!options.compact, highlighted: state.highlighted, pdf: state.pdf, dismissed: state.dismissed, handlers }));
    // sections keep the state the person left them in
    for (const [id, open] of wasOpen) {
      const details = root.querySelector(`details#${id}`);
      if (details) details.open = open;
    }
    mark("credstack:results"); // the results are in the page (drawn on the next frame)
    const resume = root.querySelector("#resume-section");
    if (resume) resume.addEventListener("toggle", () => showPreview());
    review();
    if (options.onResult) options.onResult(state.result);
  }

  // Before any download: what tailoring changes (asked once the listing is saved, shown beside the
  // button and in the resume section) and, in the open section, the first page when the server
  // can render it. Drawn again after every draw(); asked once per listing shown.
  async function review() {
    const id = state.result && state.result.posting_id;
    if (!id) return;
    if (state.review && state.review.id === id) return showReview();
    const entry = (state.review = { id, changes: undefined, preview: undefined });
    let changes = null;
    try {
      changes = await ask(MSG.RESUME_CHANGES, { postingId: id });
    } catch (_) {
      changes = null; // the download still says what happened
    }
    if (state.review !== entry) return;
    entry.changes = changes;
    showReview();
  }

  function showReview() {
    const entry = state.review;
    if (!entry || entry.changes === undefined) return;
    const note = root.querySelector("#resume-note");
    const text = resumeNote(entry.changes);
    if (note && text) {
      note.textContent = text;
      note.className = `sub resume-note ${entry.changes.changed ? "" : "unchanged"}`;
      note.hidden = false;
    }
    const node = root.querySelector("#changes");
    if (node && !node.querySelector("#changes-headline")) showChanges(node, entry.changes, null);
    showPreview();
  }

  async function showPreview() {
    const entry = state.review;
    const section = root.querySelector("#resume-section");
    const box = root.querySelector("#resume-preview");
    if (!entry || !section || !section.open || !box || !state.pdf) return;
    if (entry.preview === undefined) {
      entry.preview = null;
      fill(box, el("p", { class: "sub", role: "status" }, "Rendering the first page…"));
      let image = null;
      try {
        image = await ask(MSG.RESUME_PREVIEW, { postingId: entry.id });
      } catch (_) {
        image = null; // no preview then; the summary says what changes
      }
      entry.preview = image ? URL.createObjectURL(new Blob([fromBase64(image.base64)], { type: image.type })) : false;
      if (state.review !== entry) return;
    }
    const current = root.querySelector("#resume-preview");
    if (!current || entry.preview === null) return;
    fill(current, entry.preview ? el("figure", { class: "preview" },
      el("img", { id: "preview-image", src: entry.preview, alt: "The first page of your tailored resume for this listing" }),
      el("figcaption", { class: "sub" }, "First page, as the download will look.")) : null);
  }

  async function show(tabId, { fresh = false } = {}) {
    const token = ++state.token;
    state.tabId = tabId;
    state.review = null;
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
      if (file.changes && state.review && state.review.id === state.result.posting_id) {
        state.review.changes = file.changes; // the download's own summary: the note says what it holds
        const note = root.querySelector("#resume-note");
        if (note) note.textContent = resumeNote(file.changes);
      }
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

    // The server can make PDFs (its /health says): the PDF button works, and the preview shows.
  function setPdf(pdf) {
    state.pdf = pdf;
    const button = root.querySelector("#download-pdf");
    if (button && pdf) {
      button.disabled = false;
      button.textContent = "Download as PDF";
    }
    if (pdf) showPreview();
  }

  const view = { show, state, draw, status, setPdf };
  return view;
}

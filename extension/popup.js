// The action popup: analyze the tab, show skills/gaps/credentials, save, download, highlight,
// and "Analyze all job tabs". Opened as popup.html?tab=<id> it works on that tab (tests, or a
// detached window); otherwise on the active tab of the current window.
import { download, getSettings, request, resumeQuery, saveBlob } from "./lib/api.js";
import { STATUS_LABEL, barChart, clear, credentialCard, el, skillChip, stackSummary } from "./lib/render.js";

const view = document.getElementById("view");
const state = { tabId: null, windowId: null, result: null, highlighted: false, pdf: false, needsPermission: true };

document.getElementById("open-options").addEventListener("click", () => chrome.runtime.openOptionsPage());

function send(message) {
  return chrome.runtime.sendMessage(message).then((answer) => {
    if (!answer) throw Object.assign(new Error("The extension's service worker did not answer; reload the extension."), { kind: "internal" });
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
    return answer.value;
  });
}

function show(...nodes) {
  clear(view).append(...nodes.flat().filter(Boolean));
}

function loading(text) {
  const started = Date.now();
  const note = el("p", {}, text);
  const slow = el("p", { class: "sub slow", hidden: true });
  show(el("div", { class: "state loading" }, el("div", { class: "spinner" }), note, slow));
  const timer = setInterval(() => {
    if (!note.isConnected) return clearInterval(timer);
    const seconds = Math.round((Date.now() - started) / 1000);
    if (seconds >= 3) {
      slow.hidden = false;
      slow.textContent = `${seconds} s… the first analysis after the server starts loads the language model.`;
    }
  }, 500);
}

const ERROR_VIEWS = {
  offline: ["The credstack server is not running", ""],
  auth: ["The server refused the token", ""],
  not_configured: ["Connect credstack to its server", "Open Options, paste the server URL and your token, and press Test connection."],
  no_posting: ["No job posting found on this page", "Open the listing itself (not a search page) and try again, or analyze every job tab at once."],
  no_description: ["This page has no job description", "It is only the application form: open the job description (the job's own page, before Apply) and try again."],
  no_access: ["credstack can't read this tab", "Browser pages, the web store and some viewers are off limits; open the listing in a normal tab."],
  timeout: ["The server is taking too long", "It may be busy; try again in a moment."],
  too_large: ["This page is too large to analyze", "Open the listing on its own page rather than a long feed."],
};

function showError(error) {
  const [title, hint] = ERROR_VIEWS[error.kind] || ["Something went wrong", ""];
  const retry = el("button", { type: "button", class: "primary", onclick: () => analyze(false) }, "Try again");
  const options = el("button", { type: "button", onclick: () => chrome.runtime.openOptionsPage() }, "Open options");
  const buttons = ["offline", "auth", "not_configured"].includes(error.kind) ? [options, retry] : [retry];
  if (error.kind === "no_posting") buttons.push(el("button", { type: "button", onclick: analyzeAll }, "Analyze all job tabs"));
  show(el("div", { class: `state error error-${error.kind || "internal"}`, "data-error": error.kind || "internal" },
    el("h1", {}, title), hint ? el("p", { class: "hint" }, hint) : null, el("p", { class: "message sub" }, error.message),
    el("div", { class: "actions", style: "justify-content:center" }, buttons)));
}

function skillsWithStatus(result) {
  const gapSkills = (result.gaps && result.gaps.skills) || [];
  const byName = new Map(gapSkills.map((s) => [s.name, s]));
  return result.skills.map((s) => ({ ...s, ...(byName.get(s.name) || {}) }));
}

function chipGroup(title, skills) {
  if (!skills.length) return null;
  return [el("h2", {}, `${title} (${skills.length})`), el("div", { class: "chips" }, skills.map(skillChip))];
}

function renderResult(result) {
  const posting = result.posting;
  const skills = skillsWithStatus(result);
  const score = result.gaps ? result.gaps.score : null;
  const recs = result.recommendations;
  const meta = [posting.company, posting.location, posting.employment_type, posting.salary].filter(Boolean).join(" · ");
  const counts = {};
  for (const s of skills) counts[s.status || "unknown"] = (counts[s.status || "unknown"] || 0) + 1;

  const nodes = [
    el("div", { class: "headline" },
      score !== null ? el("div", { class: "score", style: `--p:${score}`, title: result.gaps.breakdown.explanation },
        el("span", { id: "score" }, String(score))) : null,
      el("div", {}, el("h1", { id: "title" }, posting.title || "Untitled posting"), el("div", { class: "sub", id: "meta" }, meta))),
  ];
  if (result.profile_empty) {
    nodes.push(el("div", { class: "notice", id: "empty-profile" }, "Your profile is empty, so every skill shows as unknown. ",
      el("button", { type: "button", class: "link", onclick: () => chrome.runtime.openOptionsPage() }, "Add your skills"),
      " to see what you have and what you lack."));
  }
  for (const flag of result.expiry || []) {
    nodes.push(el("div", { class: "notice bad" }, `${flag.name} ${flag.status === "expired" ? "expired" : "expires"} ${flag.expires}` +
      (flag.renewal ? ` — ${flag.renewal}` : "")));
  }
  nodes.push(
    chipGroup("Required", skills.filter((s) => s.requirement === "required")),
    chipGroup("Preferred", skills.filter((s) => s.requirement === "preferred")),
    chipGroup("Also mentioned", skills.filter((s) => s.requirement !== "required" && s.requirement !== "preferred")),
  );
  if (!skills.length) nodes.push(el("p", { class: "sub" }, "No skills recognised in this posting."));
  if (!result.profile_empty) {
    nodes.push(el("div", { class: "legend" }, Object.entries(STATUS_LABEL).map(([k, label]) =>
      el("span", { class: `chip chip-${k}` }, `${label} ${counts[k] || 0}`))));
  }
  if (recs && recs.recommendations.length) {
    nodes.push(el("h2", {}, "Credentials that fill the gaps"), el("p", { class: "sub", id: "stack-summary" }, stackSummary(recs)),
      el("ul", { class: "creds", id: "credentials" }, recs.recommendations.map(credentialCard)));
  } else if (!result.profile_empty && counts.missing) {
    nodes.push(el("p", { class: "sub" }, "No credential in the catalog covers the missing skills."));
  }
  if (recs && recs.uncovered && recs.uncovered.length) {
    nodes.push(el("p", { class: "sub" }, "Not covered by any credential: " + recs.uncovered.join(", ")));
  }
  const saved = result.posting_id;
  nodes.push(el("div", { class: "actions" },
    el("button", { type: "button", id: "save", class: "primary", disabled: !!saved, onclick: save }, saved ? "Saved" : "Save listing"),
    el("button", { type: "button", id: "download-docx", onclick: () => downloadResume("docx") }, "Download tailored resume"),
    el("button", { type: "button", id: "download-pdf", disabled: !state.pdf, title: state.pdf ? "" : "The server has no LibreOffice, so only .docx",
      onclick: () => downloadResume("pdf") }, "PDF"),
    el("button", { type: "button", id: "highlight", "aria-pressed": String(state.highlighted), onclick: toggleHighlight },
      state.highlighted ? "Remove highlights" : "Highlight on page"),
    el("button", { type: "button", id: "analyze-all", onclick: analyzeAll }, "Analyze all job tabs")),
  el("div", { class: "status", id: "status" }));
  show(...nodes.flat().filter(Boolean));
}

function status(text, kind = "") {
  const node = document.getElementById("status");
  if (node) {
    node.className = `status ${kind}`;
    node.textContent = text;
  }
}

async function analyze(saveIt) {
  loading(saveIt ? "Saving…" : "Reading the posting…");
  try {
    state.result = await send({ type: "analyze", tabId: state.tabId, save: saveIt });
    renderResult(state.result);
  } catch (error) {
    showError(error);
  }
}

async function save() {
  try {
    state.result = await send({ type: "analyze", tabId: state.tabId, save: true });
    renderResult(state.result);
    status("Saved to your listings.", "ok");
  } catch (error) {
    status(error.message, "err");
  }
}

async function downloadResume(format) {
  status(format === "pdf" ? "Tailoring and converting to PDF…" : "Tailoring your resume…");
  try {
    if (!state.result.posting_id) state.result = await send({ type: "analyze", tabId: state.tabId, save: true });
    const file = await download(`/postings/${state.result.posting_id}/resume.docx${await resumeQuery(format)}`);
    saveBlob(file.blob, file.filename);
    renderResult(state.result);
    status(`Downloaded ${file.filename}.`, "ok");
  } catch (error) {
    status(error.message, "err");
  }
}

function highlightTerms(result) {
  const terms = [];
  for (const skill of skillsWithStatus(result)) {
    for (const text of new Set([...(skill.mentions || []), skill.name])) {
      terms.push({ text, status: skill.status || "unknown", skill: skill.name });
    }
  }
  return terms;
}

async function toggleHighlight() {
  try {
    const on = !state.highlighted;
    const answer = await send({ type: "highlight", tabId: state.tabId, on, terms: highlightTerms(state.result) });
    state.highlighted = on;
    renderResult(state.result);
    status(on ? `Marked ${answer.marks} mention${answer.marks === 1 ? "" : "s"} on the page.` : "Highlights removed.", "ok");
  } catch (error) {
    status(error.message, "err");
  }
}

// Whether "Analyze all job tabs" must first ask for permission to read other sites: worked out when
// the popup opens, so the click can ask at once (a permission request needs the click's gesture,
// which an await before it can lose).
async function tabsNeedingPermission() {
  const tabs = await chrome.tabs.query({ windowId: state.windowId });
  const origins = [...new Set(tabs.map((t) => t.url || "").filter((u) => /^https?:/i.test(u))
    .map((u) => { const url = new URL(u); return `${url.protocol}//${url.hostname}/*`; }))];
  for (const origin of origins) if (!(await chrome.permissions.contains({ origins: [origin] }))) return true;
  return false;
}

async function analyzeAll() {
  if (state.needsPermission) {
    try {
      await chrome.permissions.request({ origins: ["http://*/*", "https://*/*"] });
    } catch (_) {
      // refused or unavailable: the tabs it cannot read are counted in the summary
    }
  }
  loading("Analyzing every job tab…");
  const listener = (message) => {
    if (message && message.type === "progress") {
      const note = view.querySelector(".loading p");
      if (note) note.textContent = `Analyzed ${message.done} of ${message.total} tabs…`;
    }
  };
  chrome.runtime.onMessage.addListener(listener);
  try {
    renderShopping(await send({ type: "analyzeAll", windowId: state.windowId }));
  } catch (error) {
    showError(error);
  } finally {
    chrome.runtime.onMessage.removeListener(listener);
  }
}

function renderShopping(outcome) {
  const shop = outcome.shopping;
  const skipped = [];
  if (outcome.not_postings) skipped.push(`${outcome.not_postings} without a job posting`);
  if (outcome.no_access) skipped.push(`${outcome.no_access} it may not read`);
  if (outcome.failed.length) skipped.push(`${outcome.failed.length} that failed`);
  const missing = (shop.missing || []).slice(0, 10);
  show(
    el("h1", {}, "Your shopping list"),
    el("p", { class: "sub", id: "all-summary" }, `Saved ${outcome.saved.length} of ${outcome.tabs} tabs` +
      (skipped.length ? `; skipped ${skipped.join(", ")}` : "") + `. ${shop.listings} saved listings in all.`),
    missing.length ? [el("h2", {}, "Most-asked skills you lack"),
      barChart(missing.map((s) => ({ label: s.name, value: s.listings, valueLabel: `${s.listings} of ${shop.listings}`,
        title: `${s.name}: asked by ${s.listings} of ${shop.listings} listings (${s.required} required)` })), { width: 390, labelWidth: 150 })]
      : el("p", { class: "sub" }, "No missing skills across your saved listings."),
    shop.recommendations && shop.recommendations.recommendations.length ? [
      el("h2", {}, "The credential stack that covers them"), el("p", { class: "sub" }, stackSummary(shop.recommendations)),
      el("ul", { class: "creds" }, shop.recommendations.recommendations.map(credentialCard))] : null,
    el("div", { class: "actions" },
      el("button", { type: "button", onclick: () => chrome.runtime.openOptionsPage() }, "Open the full list"),
      el("button", { type: "button", onclick: () => analyze(false) }, "Back to this tab")),
  );
}

async function start() {
  const params = new URLSearchParams(location.search);
  if (params.get("tab")) {
    state.tabId = Number(params.get("tab"));
    state.windowId = (await chrome.tabs.get(state.tabId)).windowId;
  } else {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    state.tabId = tab && tab.id;
    state.windowId = tab && tab.windowId;
  }
  tabsNeedingPermission().then((needed) => { state.needsPermission = needed; }, () => {});
  const settings = await getSettings();
  if (!settings.token) return showError({ kind: "not_configured", message: "" });
  request("/health", { anonymous: true, settings }).then((health) => {
    state.pdf = !!health.pdf;
    const button = document.getElementById("download-pdf");
    if (button && state.pdf) { button.disabled = false; button.title = ""; }
  }).catch(() => {});
  try {
    state.highlighted = !!(await send({ type: "highlightState", tabId: state.tabId }));
  } catch (_) {
    state.highlighted = false;
  }
  return analyze(false);
}

start().catch((error) => showError({ kind: "internal", message: String((error && error.message) || error) }));

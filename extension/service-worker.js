// The service worker: the only part that talks to the server or touches storage. Pages ask it with
// the messages of lib/messages.js; an unknown message is an error, never silently ignored.
import { ApiError, DEFAULT_SERVER, filenameOf, normaliseServer, request, fromBase64, toBase64 } from "./lib/api.js";
import { EVENT, MSG } from "./lib/messages.js";
import { capturePage, pageHighlighted } from "./lib/capture.js";
import { jobChecklist, normaliseUrl } from "./lib/logic.js";

const CONTENT = "content/highlight.js";
const PREF_DEFAULTS = { markExpired: false, dismissedExpiry: [], onboarded: false };
const CACHE_MAX = 40;

// ---------- storage (owned here) ----------
async function settings() {
  const stored = await chrome.storage.local.get({ serverUrl: DEFAULT_SERVER, token: "" });
  return { serverUrl: normaliseServer(stored.serverUrl), token: (stored.token || "").trim() };
}

async function prefs() {
  return chrome.storage.local.get(PREF_DEFAULTS);
}

const api = async (path, options = {}) => request(await settings(), path, options);

// Analyses per listing URL: in memory while the worker lives, and in session storage (the worker
// itself may be stopped any time), written in the background so results are never kept waiting.
const cacheArea = chrome.storage.session || chrome.storage.local;
const memory = new Map();
const INDEX = "a:index";

async function cached(url) {
  const key = "a:" + normaliseUrl(url);
  if (memory.has(key)) return memory.get(key);
  const stored = (await cacheArea.get(key))[key] || null;
  if (stored) memory.set(key, stored);
  return stored;
}

async function persist(key, entry) {
  const index = ((await cacheArea.get({ [INDEX]: [] }))[INDEX]).filter((k) => k !== key);
  index.push(key);
  const dropped = index.splice(0, Math.max(0, index.length - CACHE_MAX));
  for (const k of dropped) memory.delete(k);
  if (dropped.length) await cacheArea.remove(dropped);
  await cacheArea.set({ [key]: entry, [INDEX]: index });
}

function remember(url, result) {
  const key = "a:" + normaliseUrl(url);
  const entry = { at: Date.now(), url, result };
  memory.set(key, entry);
  persist(key, entry).catch((error) => console.warn("credstack: analysis not cached", error));
}

async function forgetAll() {
  memory.clear();
  savedIndex = null;
  const all = await cacheArea.get(null);
  await cacheArea.remove(Object.keys(all).filter((k) => k.startsWith("a:")));
}

// ---------- the tab ----------
async function inject(tabId) {
  try {
    await chrome.scripting.executeScript({ target: { tabId }, files: [CONTENT] });
  } catch (_) {
    throw new ApiError("no_access", "This tab cannot be read.");
  }
}

// Runs func in the tab; with the content script first when func uses it (highlighting).
async function inTab(tabId, func, args = [], { content = true } = {}) {
  if (content) await inject(tabId);
  let result;
  try {
    [result] = await chrome.scripting.executeScript({ target: { tabId }, func, args });
  } catch (_) {
    throw new ApiError("no_access", "This tab cannot be read.");
  }
  return result ? result.result : undefined;
}

async function tabUrl(tabId) {
  const tab = await chrome.tabs.get(tabId);
  if (!/^https?:/i.test(tab.url || "")) throw new ApiError("no_access", "This tab cannot be read.");
  return tab.url;
}

// Chrome stops a service worker whose fetch has waited 30 s; the first analysis after the server
// starts can take longer, so an extension API call every 20 s keeps it alive meanwhile.
async function keptAlive(promise) {
  const timer = setInterval(() => chrome.runtime.getPlatformInfo(() => {}), 20000);
  try {
    return await promise;
  } finally {
    clearInterval(timer);
  }
}

// Analyses under way, per listing: the popup and side panel ask as they open (early.js) and again
// once their modules have loaded; the second ask joins the first instead of analysing twice.
const inflight = new Map();

async function analyzeTab(tabId, fresh = false) {
  const asked = performance.now();
  const url = await tabUrl(tabId);
  const key = normaliseUrl(url);
  if (!fresh) {
    if (inflight.has(key)) return { ...(await inflight.get(key)), cached: false, url };
    const hit = await cached(url);
    if (hit) return { ...hit.result, cached: true, url };
  }
  const work = analyzeFresh(tabId, url, asked);
  inflight.set(key, work);
  try {
    return { ...(await work), cached: false, url };
  } finally {
    if (inflight.get(key) === work) inflight.delete(key);
  }
}

async function analyzeFresh(tabId, url, asked) {
  const started = performance.now();
  const saved = savedIdFor(url); // asked alongside, not after
  const page = await inTab(tabId, capturePage, [], { content: false });
  if (!page || !page.html) throw new ApiError("no_access", "The page gave no content to read.");
  const captured = performance.now();
  const result = await keptAlive(api("/analyze", { json: { html: page.html, url: page.url } }));
  // where the wait went (shown by the browser tests' timing figure)
  result.timing = { asked_at: performance.timeOrigin + asked, answered_at: performance.timeOrigin + performance.now(),
    lookup_ms: Math.round(started - asked), capture_ms: Math.round(captured - started),
    server_ms: Math.round(performance.now() - captured), bytes: page.html.length };
  const postingId = await saved;
  if (postingId) result.posting_id = postingId;
  remember(url, result);
  return result;
}

// Saved listings by URL (normalised) -> id, asked once while the worker lives and kept in step with
// its own saves; any other change to listings drops it. A saved listing then shows "Saved" again
// without a listing of every saved posting on each analysis.
let savedIndex = null;

function savedIds() {
  if (!savedIndex) {
    savedIndex = api("/postings")
      .then((postings) => new Map(postings.filter((p) => p.url).map((p) => [normaliseUrl(p.url), p.id])))
      .catch(() => {
        savedIndex = null;
        return new Map();
      });
  }
  return savedIndex;
}

async function savedIdFor(url) {
  return (await savedIds()).get(normaliseUrl(url)) || null;
}

async function noteSaved(url, postingId) {
  if (savedIndex) (await savedIndex).set(normaliseUrl(url), postingId);
}

// Save the analysis already made for this tab: no second analysis.
async function saveTab(tabId) {
  const url = await tabUrl(tabId);
  const hit = (await cached(url)) || { result: await analyzeTab(tabId) };
  const { cached: _c, url: _u, ...analysis } = hit.result;
  const answer = await api("/tracker", { json: { url, analysis } });
  await noteSaved(url, answer.posting_id);
  const result = { ...analysis, posting_id: answer.posting_id, created: answer.created };
  remember(url, result);
  return { ...result, tracking: answer.tracking, url };
}

async function highlightTab(tabId, on) {
  if (!on) return { marks: 0, cleared: await inTab(tabId, () => globalThis.__credstack.clear()) };
  const hit = await cached(await tabUrl(tabId));
  if (!hit) throw new ApiError("internal", "Analyze the tab before highlighting it.");
  const gaps = new Map(((hit.result.gaps && hit.result.gaps.skills) || []).map((s) => [s.name, s.status]));
  const terms = [];
  for (const skill of hit.result.skills || []) {
    for (const text of new Set([...(skill.mentions || []), skill.name])) {
      terms.push({ text, status: gaps.get(skill.name) || "unknown", skill: skill.name });
    }
  }
  return inTab(tabId, (t) => globalThis.__credstack.highlight(t), [terms]);
}

// ---------- tailored resume ----------
async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// The query of every tailoring call, so the summary and the preview show what the download holds.
async function tailorQuery(format = "docx") {
  const { markExpired } = await prefs();
  return `format=${format}&expired=${markExpired ? "mark" : "omit"}`;
}

async function resumeChanges(postingId) {
  try {
    return await api(`/postings/${postingId}/resume/changes?${await tailorQuery()}`);
  } catch (error) {
    if (error.kind === "not_found" || error.status === 405) return null; // an older server: no summary
    throw error;
  }
}

// The first page as an image, or null when the server cannot render it (no LibreOffice or poppler:
// 501; every slot busy: 503; an older server: 404): the panel then shows no preview.
async function resumePreview(postingId) {
  let response;
  try {
    response = await api(`/postings/${postingId}/resume/preview.png?${await tailorQuery()}`, { raw: true });
  } catch (error) {
    if ([404, 405, 501, 503].includes(error.status)) return null;
    throw error;
  }
  return { base64: toBase64(await response.arrayBuffer()), type: response.headers.get("Content-Type") || "image/png" };
}

async function downloadResume(postingId, format = "docx") {
  const response = await api(`/postings/${postingId}/resume.docx?${await tailorQuery(format)}`, { raw: true });
  const bytes = await response.arrayBuffer();
  let changes = null;
  const header = response.headers.get("X-Credstack-Changes");
  if (header) {
    try {
      changes = JSON.parse(header);
    } catch (_) {
      changes = null;
    }
  }
  if (!changes && format === "docx") {
    // a server without the change summary: at least never call an untouched file "tailored"
    const stored = await api("/profile/resume").catch(() => null);
    if (stored && stored.sha256 === (await sha256(bytes))) {
      changes = { changed: false, unchanged_reason: "credstack found nothing to add to your resume for this listing" };
    }
  }
  return {
    base64: toBase64(bytes), filename: filenameOf(response.headers.get("Content-Disposition")),
    type: response.headers.get("Content-Type") || "application/octet-stream", changes,
  };
}

// ---------- analyze all job tabs ----------
function broadcast(message) {
  chrome.runtime.sendMessage(message).catch(() => {}); // no page may be listening
}

async function jobTabs(windowId) {
  const tabs = await chrome.tabs.query(windowId ? { windowId } : { currentWindow: true });
  const postings = await api("/postings");
  return jobChecklist(tabs, postings.map((p) => p.url));
}

async function analyzeAll(entries) {
  const outcome = { listings: entries.length, saved: [], not_postings: 0, no_access: 0, failed: [] };
  let done = 0;
  for (const entry of entries) {
    broadcast({ type: EVENT.PROGRESS, key: entry.key, state: "working", done, total: entries.length });
    let state = "saved";
    try {
      const result = await saveTab(entry.tabIds[0]);
      outcome.saved.push({ key: entry.key, posting_id: result.posting_id, title: result.posting.title });
    } catch (error) {
      if (["offline", "auth", "not_configured"].includes(error.kind)) throw error;
      if (error.kind === "no_posting" || error.kind === "no_description") { outcome.not_postings += 1; state = "not_posting"; }
      else if (error.kind === "no_access") { outcome.no_access += 1; state = "no_access"; }
      else { outcome.failed.push({ key: entry.key, message: error.message }); state = "failed"; }
    }
    done += 1;
    broadcast({ type: EVENT.PROGRESS, key: entry.key, state, done, total: entries.length });
  }
  return outcome;
}

async function shopping(last) {
  const [shop, postings] = await Promise.all([api(`/shopping-list?last=${last || 15}`), api("/postings")]);
  return { shop, saved: postings.length };
}

// ---------- generic API calls from the options page (files travel as base64) ----------
async function apiCall({ path, method, json, file }) {
  if (typeof path !== "string" || !path.startsWith("/")) throw new ApiError("internal", "A path under /api/v1 is needed.");
  let form;
  if (file) {
    form = new FormData();
    form.append("file", new Blob([fromBase64(file.base64)], { type: file.type || "application/octet-stream" }), file.name);
  }
  if (path.split("?")[0].endsWith(".csv")) {
    const response = await api(path, { raw: true });
    return { text: await response.text(), filename: filenameOf(response.headers.get("Content-Disposition"), "credstack.csv") };
  }
  const answer = await api(path, { method, json, form });
  if (method && method !== "GET" && /^\/(postings|tracker)\b/.test(path)) savedIndex = null; // listings changed
  // a changed profile or resume changes every analysis: cached ones are stale
  if (method && method !== "GET" && path.startsWith("/profile")) await forgetAll();
  else if (form && path.startsWith("/profile")) await forgetAll();
  return answer;
}

async function setSettings({ serverUrl, token }) {
  await chrome.storage.local.set({ serverUrl: normaliseServer(serverUrl), token: (token || "").trim() });
  await forgetAll();
  broadcast({ type: EVENT.SETTINGS_CHANGED });
  return settings();
}

async function setPrefs(values) {
  const allowed = Object.fromEntries(Object.entries(values || {}).filter(([k]) => k in PREF_DEFAULTS));
  await chrome.storage.local.set(allowed);
  return prefs();
}

async function dismissExpiry(key) {
  const { dismissedExpiry } = await prefs();
  if (!dismissedExpiry.includes(key)) dismissedExpiry.push(key);
  await chrome.storage.local.set({ dismissedExpiry: dismissedExpiry.slice(-200) });
  return dismissedExpiry;
}

const HANDLERS = {
  [MSG.SETTINGS_GET]: () => settings(),
  [MSG.SETTINGS_SET]: (m) => setSettings(m),
  [MSG.PREFS_GET]: () => prefs(),
  [MSG.PREFS_SET]: (m) => setPrefs(m.values),
  [MSG.API]: (m) => apiCall(m),
  [MSG.ANALYZE]: (m) => analyzeTab(m.tabId, !!m.fresh),
  [MSG.ANALYZE_TEXT]: (m) => api("/analyze", { json: { text: m.text } }),
  [MSG.SAVE]: (m) => saveTab(m.tabId),
  [MSG.HIGHLIGHT]: (m) => highlightTab(m.tabId, !!m.on),
  [MSG.HIGHLIGHT_STATE]: (m) => inTab(m.tabId, pageHighlighted, [], { content: false }),
  [MSG.RESUME]: (m) => downloadResume(m.postingId, m.format),
  [MSG.RESUME_CHANGES]: (m) => resumeChanges(m.postingId),
  [MSG.RESUME_PREVIEW]: (m) => resumePreview(m.postingId),
  [MSG.JOB_TABS]: (m) => jobTabs(m.windowId),
  [MSG.ANALYZE_ALL]: (m) => analyzeAll(m.entries || []),
  [MSG.SHOPPING]: (m) => shopping(m.last),
  [MSG.DISMISS_EXPIRY]: (m) => dismissExpiry(m.key),
};

function handlerFor(message) {
  const handler = message && HANDLERS[message.type];
  if (!handler) throw new ApiError("internal", `Unknown message ${JSON.stringify(message && message.type)}.`);
  return handler;
}

function failure(error) {
  if (error instanceof ApiError) return { ok: false, error: { kind: error.kind, message: error.message, status: error.status } };
  return { ok: false, error: { kind: "internal", message: String((error && error.message) || error) } };
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return false;
  if (message && Object.values(EVENT).includes(message.type)) return false; // a broadcast, not a request
  let handler;
  try {
    handler = handlerFor(message);
  } catch (error) {
    sendResponse(failure(error));
    throw error;
  }
  handler(message).then((value) => sendResponse({ ok: true, value }), (error) => sendResponse(failure(error)));
  return true; // answered asynchronously
});

// The keyboard shortcut opens the side panel on the current tab (it analyses what it shows).
chrome.commands.onCommand.addListener((command, tab) => {
  if (command !== "analyze-tab") return;
  if (chrome.sidePanel && tab) chrome.sidePanel.open({ tabId: tab.id }).catch(() => {});
  else if (globalThis.browser && browser.sidebarAction) browser.sidebarAction.open().catch(() => {});
});

chrome.runtime.onInstalled.addListener(async (details) => {
  if (details.reason !== "install") return;
  const { token } = await settings();
  if (!token) chrome.tabs.create({ url: chrome.runtime.getURL("onboarding.html") });
});

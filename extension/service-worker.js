// The service worker: reads a tab's page (injecting content/highlight.js on demand), sends it to the
// server's /analyze, and runs "Analyze all job tabs".
import { ApiError, request } from "./lib/api.js";

const CONTENT = "content/highlight.js";

function failure(error) {
  if (error instanceof ApiError) return { ok: false, error: { kind: error.kind, message: error.message, status: error.status } };
  return { ok: false, error: { kind: "internal", message: String((error && error.message) || error) } };
}

async function inject(tabId) {
  try {
    await chrome.scripting.executeScript({ target: { tabId }, files: [CONTENT] });
  } catch (error) {
    throw new ApiError("no_access",
      "credstack cannot read this tab (a browser page, the web store, a PDF viewer, or a site it has no permission for).");
  }
}

async function inTab(tabId, func, args = []) {
  await inject(tabId);
  const [result] = await chrome.scripting.executeScript({ target: { tabId }, func, args });
  return result ? result.result : undefined;
}

async function capturePage(tabId) {
  const page = await inTab(tabId, () => globalThis.__credstack.capture());
  if (!page || !page.html) throw new ApiError("no_access", "The page gave no content to read.");
  return page;
}

async function analyzeTab(tabId, save = false) {
  const page = await capturePage(tabId);
  return keptAlive(request("/analyze", { json: { html: page.html, url: page.url, save } }));
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

async function highlightTab(tabId, terms, on) {
  if (!on) return { marks: 0, cleared: await inTab(tabId, () => globalThis.__credstack.clear()) };
  return inTab(tabId, (t) => globalThis.__credstack.highlight(t), [terms]);
}

function broadcast(message) {
  chrome.runtime.sendMessage(message).catch(() => {}); // the popup may have closed
}

// Every http(s) tab of the window, saved when it holds a posting; the rest counted by reason.
async function analyzeAllTabs(windowId) {
  const tabs = (await chrome.tabs.query(windowId ? { windowId } : { currentWindow: true }))
    .filter((tab) => /^https?:/i.test(tab.url || ""));
  const outcome = { tabs: tabs.length, saved: [], not_postings: 0, no_access: 0, failed: [] };
  let done = 0;
  for (const tab of tabs) {
    try {
      const result = await analyzeTab(tab.id, true);
      outcome.saved.push({ tabId: tab.id, posting_id: result.posting_id, title: result.posting.title });
    } catch (error) {
      if (error.kind === "no_posting") outcome.not_postings += 1;
      else if (error.kind === "no_access") outcome.no_access += 1;
      else if (["offline", "auth", "not_configured"].includes(error.kind)) throw error;
      else outcome.failed.push({ tabId: tab.id, title: tab.title, message: error.message });
    }
    done += 1;
    broadcast({ type: "progress", done, total: tabs.length });
  }
  outcome.shopping = await request("/shopping-list");
  return outcome;
}

const HANDLERS = {
  analyze: (msg) => analyzeTab(msg.tabId, !!msg.save),
  highlight: (msg) => highlightTab(msg.tabId, msg.terms || [], msg.on),
  highlightState: (msg) => inTab(msg.tabId, () => globalThis.__credstack.isOn()),
  analyzeAll: (msg) => analyzeAllTabs(msg.windowId),
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && HANDLERS[message.type];
  if (!handler || sender.id !== chrome.runtime.id) return false;
  handler(message).then((value) => sendResponse({ ok: true, value }), (error) => sendResponse(failure(error)));
  return true; // answered asynchronously
});

chrome.runtime.onInstalled.addListener(async (details) => {
  if (details.reason === "install") {
    const { token } = await chrome.storage.local.get({ token: "" });
    if (!token) chrome.runtime.openOptionsPage();
  }
});

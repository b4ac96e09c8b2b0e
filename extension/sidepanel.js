// The side panel, credstack's main surface: it follows the active tab of its window (re-analysing on
// a tab switch or a URL change; analyses are cached per URL by the worker) and holds everything:
// skills, credentials, the tailored resume and its changes, the tracker, "Analyze all job tabs".
// sidepanel.html?tab=<id> stays on that tab; ?window=<id> follows that window (tests, detached use).
import { analyzeAllView } from "./lib/analyze-all.js";
import { listingView } from "./lib/listing-view.js";
import { ask, EVENT, MSG } from "./lib/messages.js";
import { el } from "./lib/render.js";
import { section } from "./lib/result-view.js";
import { trackingForm } from "./lib/tracker-view.js";

const root = document.getElementById("view");
const params = new URLSearchParams(location.search);
const state = { windowId: null, tabId: null, url: null, pinned: params.has("tab") };

function trackerSection(result) {
  const body = el("div", { id: "tracking-body" });
  if (!result.posting_id) {
    body.append(el("p", { class: "sub" }, "Save the listing to track it: stage, dates and notes."));
  } else {
    body.append(el("p", { class: "sub" }, "Loading…"));
    ask(MSG.API, { path: `/postings/${result.posting_id}/tracking` })
      .then((entry) => body.replaceChildren(trackingForm(result.posting_id, entry)))
      .catch(() => body.replaceChildren(el("p", { class: "sub" }, "This server keeps no tracker yet.")));
  }
  return section("tracker-section", "Tracker", !!result.posting_id, body);
}

const view = listingView(root, {
  trackerSection,
  analyzeAll: () => document.getElementById("all-section").setAttribute("open", ""),
});

async function follow(tabId) {
  if (!tabId) return;
  const tab = await chrome.tabs.get(tabId).catch(() => null);
  if (!tab || (tab.url || "").startsWith(chrome.runtime.getURL(""))) return; // our own pages
  if (tabId === state.tabId && tab.url === state.url) return;
  state.tabId = tabId;
  state.url = tab.url;
  await view.show(tabId);
}

async function start() {
  if (state.pinned) {
    state.tabId = Number(params.get("tab"));
    state.windowId = (await chrome.tabs.get(state.tabId)).windowId;
    state.url = (await chrome.tabs.get(state.tabId)).url;
    await view.show(state.tabId);
  } else {
    // listen first: a tab switched while the panel starts is seen by the listener or by the query
    chrome.tabs.onActivated.addListener((info) => {
      if (info.windowId === state.windowId) follow(info.tabId);
    });
    chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (tab.windowId === state.windowId && tab.active && (change.url || (change.status === "complete" && tab.url !== state.url))) follow(tabId);
    });
    state.windowId = params.has("window") ? Number(params.get("window")) : (await chrome.windows.getCurrent()).id;
    const [tab] = await chrome.tabs.query({ active: true, windowId: state.windowId });
    await follow(tab && tab.id);
  }
  fetchHealth();
}

async function fetchHealth() {
  try {
    const health = await ask(MSG.API, { path: "/health" });
    view.setPdf(!!health.pdf);
  } catch (_) {
    // no server: the listing view already says so
  }
}

document.getElementById("open-options").addEventListener("click", () => chrome.runtime.openOptionsPage());
document.getElementById("refresh").addEventListener("click", () => state.tabId && view.show(state.tabId, { fresh: true }));
document.getElementById("list-tabs").addEventListener("click", () =>
  analyzeAllView(document.getElementById("all-body"), { windowId: state.windowId, width: 340 }));
chrome.runtime.onMessage.addListener((message) => {
  if (message && message.type === EVENT.SETTINGS_CHANGED && state.tabId) view.show(state.tabId);
});

start().catch((error) => view.status(String((error && error.message) || error), "err"));

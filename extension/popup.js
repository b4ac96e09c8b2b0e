// The action popup: a compact summary of the tab's listing (score, breakdown, primary actions, the
// skills at a glance) and a button that opens the side panel. popup.html?tab=<id> works on that tab.
import { analyzeAllView } from "./lib/analyze-all.js";
import { listingView } from "./lib/listing-view.js";

const root = document.getElementById("view");
const state = { tabId: null, windowId: null };

async function openPanel() {
  try {
    if (chrome.sidePanel) await chrome.sidePanel.open({ windowId: state.windowId });
    else if (globalThis.browser && browser.sidebarAction) await browser.sidebarAction.open();
    window.close();
  } catch (_) {
    view.status("The side panel needs Chrome 116 or later.", "err");
  }
}

function analyzeAll() {
  analyzeAllView(root, { windowId: state.windowId, width: 390, onBack: () => view.show(state.tabId) });
}

const view = listingView(root, { compact: true, openPanel, analyzeAll });

document.getElementById("open-options").addEventListener("click", () => chrome.runtime.openOptionsPage());
document.getElementById("analyze-all").addEventListener("click", analyzeAll);

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
  await view.show(state.tabId);
}

start().catch((error) => view.status(String((error && error.message) || error), "err"));

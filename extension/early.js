// Loaded first by the popup and the side panel, as a plain script before anything else: asks the
// worker for the tab's analysis the moment the page opens, so the server works while the page's
// modules load (about 100 ms). The page's own ask then joins this one in the worker (one analysis);
// this answer is not used here, and a failure is the page's to report.
(() => {
  const ANALYZE = "tab.analyze"; // MSG.ANALYZE in lib/messages.js (a plain script cannot import it)
  const params = new URLSearchParams(location.search);
  performance.mark("credstack:early");
  const analyze = (tab) => {
    performance.mark("credstack:early-tab");
    if (tab && tab.id && /^https?:/i.test(tab.url || "")) chrome.runtime.sendMessage({ type: ANALYZE, tabId: tab.id }).catch(() => {});
  };
  const first = ([tab]) => analyze(tab);
  if (params.has("tab")) chrome.tabs.get(Number(params.get("tab"))).then(analyze, () => {});
  else if (params.has("window")) chrome.tabs.query({ active: true, windowId: Number(params.get("window")) }).then(first, () => {});
  else chrome.tabs.query({ active: true, currentWindow: true }).then(first, () => {});
})();

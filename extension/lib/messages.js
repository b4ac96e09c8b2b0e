// Every message an extension page may send the service worker. The worker answers each with
// {ok: true, value} or {ok: false, error: {kind, message, status}}; an unknown type is an error.
export const MSG = Object.freeze({
  SETTINGS_GET: "settings.get",
  SETTINGS_SET: "settings.set",
  PREFS_GET: "prefs.get",
  PREFS_SET: "prefs.set",
  API: "api.call", // {path, method, json, file: {name, type, base64}}: any API call with the stored token
  ANALYZE: "tab.analyze", // {tabId, fresh}: the tab's analysis, cached per URL
  ANALYZE_TEXT: "text.analyze", // {text}: a posting's text (the onboarding's sample)
  SAVE: "listing.save", // {tabId}: save the cached analysis, without analysing again
  HIGHLIGHT: "tab.highlight", // {tabId, on}
  HIGHLIGHT_STATE: "tab.highlightState",
  RESUME: "resume.download", // {postingId, format}: {base64, filename, type, changes}
  RESUME_CHANGES: "resume.changes", // {postingId}: the server's change summary, or null
  RESUME_PREVIEW: "resume.preview", // {postingId}: {base64, type} of the first page, or null when the server cannot render
  JOB_TABS: "tabs.jobs", // {windowId}: the window's tabs as a checklist (duplicates merged)
  ANALYZE_ALL: "tabs.analyzeAll", // {windowId, tabIds}
  SHOPPING: "shopping.get", // {last}
  OPEN_PANEL: "panel.open", // {windowId}
  DISMISS_EXPIRY: "expiry.dismiss", // {key}
});

// Worker -> pages, by broadcast.
export const EVENT = Object.freeze({
  PROGRESS: "event.progress", // {tabId, state, done, total}
  SETTINGS_CHANGED: "event.settings",
});

// Ask the worker; resolves with the value or rejects with an Error carrying `kind` and `status`.
// No answer at all means no listener answered: Firefox's background event page may still be starting
// while another extension page (the sidebar) hears the message and leaves it; the worker's listener
// always answers, so the message is sent again for a few seconds before the page says so.
const ASK_TRIES = 20;
const ASK_PAUSE_MS = 250;

export async function ask(type, payload = {}) {
  let answer;
  for (let tries = 0; tries < ASK_TRIES && !answer; tries += 1) {
    if (tries) await new Promise((resolve) => setTimeout(resolve, ASK_PAUSE_MS));
    answer = await chrome.runtime.sendMessage({ type, ...payload });
  }
  if (!answer) {
    throw Object.assign(new Error("The extension's background part did not answer; reload the extension."), { kind: "internal" });
  }
  if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
  return answer.value;
}

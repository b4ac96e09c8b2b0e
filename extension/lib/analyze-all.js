// "Analyze all job tabs": a checklist of the window's tabs (duplicates merged, saved ones marked),
// progress per tab while they are saved, then the shopping list with the window it covers.
import { ask, EVENT, MSG } from "./messages.js";
import { shoppingRows, shoppingWindow } from "./logic.js";
import { barChart, credentialCard, el, fill, stackSummary } from "./render.js";
import { errorView } from "./result-view.js";

const STATE_TEXT = {
  working: "analysing…", saved: "✓ saved", not_posting: "– no job posting", no_access: "– cannot be read", failed: "✗ failed",
};

export async function shoppingView(root, { last = 15, width = 380, onBack } = {}) {
  const { shop, saved } = await ask(MSG.SHOPPING, { last });
  const rows = shoppingRows(shop);
  const choose = el("select", { id: "shopping-window", "aria-label": "How many saved listings to count" },
    [5, 15, 30, 100].map((n) => el("option", { value: n }, `last ${n}`)));
  choose.value = String(last);
  choose.addEventListener("change", () => shoppingView(root, { last: Number(choose.value), width, onBack }));
  fill(root,
    el("h2", {}, "Your shopping list: the skills you lack, most asked first"),
    el("p", { class: "sub", id: "shopping-window-text" }, (shop.window ? shop.window.charAt(0).toUpperCase() + shop.window.slice(1) : shoppingWindow(shop.listings, saved)).replace(/\.?$/, ". "), el("label", {}, "Count ", choose)),
    rows.length ? barChart(rows.map((s) => ({
      label: s.name, value: s.listings, valueLabel: `${s.listings} of ${shop.listings}`,
      title: `${s.name}: asked by ${s.listings} of ${shop.listings} listings (${s.required} required)`,
    })), { width, labelWidth: Math.round(width * 0.38), label: `Missing skills by how many of ${shop.listings} listings ask for them` })
      : el("p", { class: "sub" }, shop.listings ? "You have every skill your saved listings ask for." : "Save listings to see what they ask for most."),
    shop.recommendations && shop.recommendations.recommendations.length ? [
      el("h3", {}, "The credential stack that covers them"), el("p", { class: "sub" }, stackSummary(shop.recommendations)),
      el("ul", { class: "creds" }, shop.recommendations.recommendations.map(credentialCard))] : null,
    onBack ? el("div", { class: "actions" }, el("button", { type: "button", onclick: onBack }, "Back to this tab")) : null);
}

export async function analyzeAllView(root, { windowId, width = 380, onBack } = {}) {
  fill(root, el("p", { class: "sub" }, "Listing this window's tabs…"));
  let entries;
  try {
    entries = await ask(MSG.JOB_TABS, { windowId });
  } catch (error) {
    fill(root, errorView(error, { options: () => chrome.runtime.openOptionsPage() }));
    return;
  }
  const boxes = new Map();
  const items = entries.map((entry) => {
    const box = el("input", { type: "checkbox", id: `job-${entry.key}`, checked: entry.checked, dataset: { key: entry.key } });
    boxes.set(entry.key, box);
    const extra = [entry.saved ? "already saved" : null, entry.tabIds.length > 1 ? `${entry.tabIds.length} tabs` : null].filter(Boolean).join(", ");
    return el("li", { class: "job", dataset: { key: entry.key, saved: String(entry.saved) } },
      box, el("label", { for: `job-${entry.key}` }, entry.title), extra ? el("span", { class: "sub tag" }, ` (${extra})`) : null,
      el("span", { class: "progress", role: "status" }));
  });
  const go = el("button", { type: "button", class: "primary", id: "analyze-checked" }, "Analyze and save the checked tabs");
  const summary = el("p", { class: "sub", id: "all-summary", role: "status" });
  const shopRoot = el("div", { id: "shopping" });
  fill(root,
    el("h2", {}, "Job tabs in this window"),
    entries.length ? el("ul", { class: "checklist", id: "job-tabs" }, items) : el("p", { class: "sub" }, "No web pages are open in this window."),
    el("div", { class: "actions" }, entries.length ? go : null, onBack ? el("button", { type: "button", onclick: onBack }, "Back") : null),
    summary, shopRoot);
  go.addEventListener("click", async () => {
    const chosen = entries.filter((entry) => boxes.get(entry.key).checked);
    if (!chosen.length) {
      summary.textContent = "Check at least one tab.";
      return;
    }
    go.disabled = true;
    const listener = (message) => {
      if (!message || message.type !== EVENT.PROGRESS) return;
      const item = root.querySelector(`li.job[data-key="${CSS.escape(message.key)}"] .progress`);
      if (item) {
        item.textContent = " " + (STATE_TEXT[message.state] || message.state);
        item.dataset.state = message.state;
      }
      summary.textContent = `Analysed ${message.done} of ${message.total}…`;
    };
    chrome.runtime.onMessage.addListener(listener);
    try {
      const outcome = await ask(MSG.ANALYZE_ALL, { windowId, entries: chosen });
      const skipped = [];
      if (outcome.not_postings) skipped.push(`${outcome.not_postings} without a job posting`);
      if (outcome.no_access) skipped.push(`${outcome.no_access} it may not read`);
      if (outcome.failed.length) skipped.push(`${outcome.failed.length} that failed`);
      summary.textContent = `Saved ${outcome.saved.length} of ${outcome.listings} listings` + (skipped.length ? `; skipped ${skipped.join(", ")}.` : ".");
      await shoppingView(shopRoot, { width });
    } catch (error) {
      fill(shopRoot, errorView(error, { options: () => chrome.runtime.openOptionsPage() }));
    } finally {
      chrome.runtime.onMessage.removeListener(listener);
      go.disabled = false;
    }
  });
}

// The tracker of one saved listing (stage, application date, notes), and the whole tracker table.
import { ask, MSG } from "./messages.js";
import { messageFor } from "./logic.js";
import { el, fill, safeHref } from "./render.js";

export const STAGES = ["saved", "applied", "interview", "offer", "rejected"];

function stageSelect(value, attrs) {
  const node = el("select", attrs, STAGES.map((s) => el("option", { value: s }, s)));
  node.value = value || "saved";
  return node;
}

// The tracking form of one listing; `entry` is the server's tracking answer.
export function trackingForm(postingId, entry, onSaved) {
  const stage = stageSelect(entry.stage, { id: `stage-${postingId}`, class: "t-stage" });
  const applied = el("input", { type: "date", id: `applied-${postingId}`, class: "t-applied", value: entry.applied_on || "" });
  const notes = el("textarea", { id: `notes-${postingId}`, class: "t-notes", rows: 2, maxlength: 5000 }, entry.notes || "");
  const said = el("span", { class: "status", role: "status" });
  const saveButton = el("button", { type: "button", class: "t-save" }, "Save changes");
  saveButton.addEventListener("click", async () => {
    try {
      const answer = await ask(MSG.API, { path: `/postings/${postingId}/tracking`, method: "PATCH",
        json: { stage: stage.value, applied_on: applied.value || null, notes: notes.value } });
      applied.value = answer.applied_on || "";
      said.className = "status ok";
      said.textContent = "Saved.";
      if (onSaved) onSaved(answer);
    } catch (error) {
      const { what, todo } = messageFor(error);
      said.className = "status err";
      said.textContent = `${what} ${todo}`;
    }
  });
  return el("div", { class: "tracking", dataset: { id: postingId } },
    el("div", { class: "row" }, el("label", { for: stage.id }, "Stage"), stage, el("label", { for: applied.id }, "Applied on"), applied),
    el("div", { class: "row" }, el("label", { for: notes.id }, "Notes"), notes),
    el("div", { class: "row" }, saveButton, said),
    el("p", { class: "sub" }, `Saved on ${entry.saved_on}.`));
}

// The whole tracker: filter by stage, sort, CSV; each row editable.
export async function trackerTable(root, { stage = "", sort = "updated" } = {}) {
  const query = new URLSearchParams({ sort, ...(stage ? { stage } : {}) });
  let data;
  try {
    data = await ask(MSG.API, { path: `/tracker?${query}` });
  } catch (error) {
    const { what, todo } = messageFor(error);
    fill(root, el("p", { class: "status err" }, `${what} ${todo}`));
    return;
  }
  const filter = el("select", { id: "tracker-stage", "aria-label": "Show stage" },
    el("option", { value: "" }, "all stages"), STAGES.map((s) => el("option", { value: s }, s)));
  filter.value = stage;
  const order = el("select", { id: "tracker-sort", "aria-label": "Sort by" }, [
    ["updated", "last change"], ["saved", "date saved"], ["applied", "date applied"], ["stage", "stage"],
    ["company", "company"], ["title", "title"], ["score", "match"]].map(([v, t]) => el("option", { value: v }, t)));
  order.value = sort;
  const redraw = () => trackerTable(root, { stage: filter.value, sort: order.value });
  filter.addEventListener("change", redraw);
  order.addEventListener("change", redraw);
  const csv = el("button", { type: "button", id: "tracker-csv" }, "Export CSV");
  csv.addEventListener("click", async () => {
    let file;
    try {
      file = await ask(MSG.API, { path: `/tracker.csv?${query}` });
    } catch (error) {
      const { what, todo } = messageFor(error);
      csv.after(el("span", { class: "status err", role: "status" }, ` ${what} ${todo}`));
      return;
    }
    const url = URL.createObjectURL(new Blob([file.text], { type: "text/csv" }));
    const link = el("a", { href: url, download: file.filename, style: "display:none" });
    document.body.append(link);
    link.click();
    link.remove();
  });
  const rows = data.listings.map((e) => {
    const label = el("span", { class: `stage stage-${e.stage}` }, e.stage);
    const row = el("details", { class: "track-row", dataset: { id: e.id, stage: e.stage } });
    const saved = (answer) => {
      row.dataset.stage = answer.stage;
      label.textContent = answer.stage;
      label.className = `stage stage-${answer.stage}`;
    };
    return fill(row, el("summary", {}, label,
      " ", el("strong", {}, e.title || "Untitled"), e.company ? ` · ${e.company}` : "",
      el("span", { class: "sub" }, ` · saved ${e.saved_on}${e.applied_on ? ` · applied ${e.applied_on}` : ""}${e.score !== null ? ` · match ${e.score}` : ""}`)),
    safeHref(e.url) ? el("a", { href: e.url, target: "_blank", rel: "noopener noreferrer" }, "Open the listing") : null,
    trackingForm(e.id, e, saved));
  });
  fill(root,
    el("div", { class: "row" }, el("label", { for: "tracker-stage" }, "Show"), filter, el("label", { for: "tracker-sort" }, "Sort by"), order, csv),
    rows.length ? el("div", { id: "tracker-rows" }, rows) : el("p", { class: "sub", id: "tracker-rows" }, stage ? `No listing at stage “${stage}”.` : "No saved listings yet: press Save on a listing."));
}

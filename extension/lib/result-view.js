// The analysis of one listing, drawn for the popup (compact) and the side panel (full): a sticky
// header with "Match N/100", its colour band, the one-line breakdown and the primary actions; then
// collapsible sections. Actions are callbacks, so this module never talks to the worker itself.
import { asideItems, breakdownLine, changeLines, expiryKey, expiryText, groupSkills, messageFor, scoreBand, STATUS_ORDER, visibleExpiry, withStatus } from "./logic.js";
import { credentialCard, el, fill, legend, skillChip, stackSummary } from "./render.js";

export function scoreBox(score) {
  const { band, word } = scoreBand(score);
  if (score === null || score === undefined) {
    return el("div", { class: "score band-none", id: "score-box", role: "img", "aria-label": "No match score: your profile is empty" },
      el("span", { class: "score-word" }, "Match"), el("strong", { id: "score" }, "–"));
  }
  return el("div", { class: `score band-${band}`, id: "score-box", role: "img", "aria-label": `Match ${score} out of 100, ${word}` },
    el("span", { class: "score-word", "aria-hidden": "true" }, "Match"),
    el("strong", { id: "score", "aria-hidden": "true" }, String(score)),
    el("span", { class: "score-of", "aria-hidden": "true" }, "/100"));
}

export function section(id, title, open, ...children) {
  return el("details", { class: "section", id, open },
    el("summary", {}, el("h2", {}, title)), el("div", { class: "section-body" }, ...children));
}

// An error as a person reads it: what happened, the one thing to do; buttons for that thing.
export function errorView(error, actions = {}) {
  const { kind, what, todo, detail } = messageFor(error);
  const buttons = [];
  if (["offline", "auth", "not_configured"].includes(kind) && actions.options) {
    buttons.push(el("button", { type: "button", class: "primary", onclick: actions.options }, "Open options"));
  }
  if (actions.retry && kind !== "not_configured") buttons.push(el("button", { type: "button", onclick: actions.retry }, "Try again"));
  if ((kind === "no_posting" || kind === "no_description") && actions.analyzeAll) {
    buttons.push(el("button", { type: "button", onclick: actions.analyzeAll }, "Analyze all job tabs"));
  }
  return el("div", { class: `state error error-${kind}`, "data-error": kind, role: "alert" },
    el("h1", {}, what), el("p", { class: "hint" }, todo), detail ? el("p", { class: "sub detail" }, detail) : null,
    el("div", { class: "actions center" }, buttons));
}

function counts(skills) {
  const out = {};
  for (const s of skills) out[s.status || "unknown"] = (out[s.status || "unknown"] || 0) + 1;
  return out;
}

// result: the /analyze answer; ui: {compact, highlighted, pdf, dismissed, handlers}
export function renderResult(result, ui) {
  const h = ui.handlers;
  const posting = result.posting;
  const skills = withStatus(result);
  const score = result.gaps ? result.gaps.score : null;
  const meta = [posting.company, posting.location, posting.employment_type, posting.salary].filter(Boolean).join(" · ");
  const saved = !!result.posting_id;
  const headerActions = [
    el("button", { type: "button", id: "save", class: "primary", disabled: saved, onclick: h.save }, saved ? "✓ Saved" : "Save"),
    el("button", { type: "button", id: "download-docx", "aria-describedby": saved ? "resume-note" : null, onclick: () => h.download("docx") }, "Tailored resume"),
    el("button", { type: "button", id: "highlight", "aria-pressed": String(!!ui.highlighted), onclick: h.highlight },
      ui.highlighted ? "Unhighlight" : "Highlight"),
  ];
  if (ui.compact && h.openPanel) headerActions.push(el("button", { type: "button", id: "open-panel", onclick: h.openPanel }, "Details ▸"));
  const header = el("header", { class: "sticky", id: "summary" },
    el("div", { class: "scoreline" }, scoreBox(score),
      el("div", { class: "titles" }, el("h1", { id: "title" }, posting.title || "Untitled posting"),
        meta ? el("div", { class: "sub", id: "meta" }, meta) : null)),
    result.gaps ? el("p", { class: "breakdown", id: "breakdown" }, breakdownLine(result.gaps)) : null,
    el("div", { class: "actions", id: "primary-actions" }, headerActions),
    // what the tailored resume will hold, before any download (filled once the server has said)
    saved ? el("p", { class: "sub resume-note", id: "resume-note", hidden: true }) : null,
    el("div", { class: "status", id: "status", role: "status" }));

  const body = [];
  // what to know before trusting the match (a listing in a language the server does not read)
  for (const note of result.notes || []) body.push(el("div", { class: "notice analysis-note" }, note));
  if (result.profile_empty) {
    body.push(el("div", { class: "notice", id: "empty-profile" }, "Your profile is empty, so nothing is compared yet. ",
      el("button", { type: "button", class: "link", onclick: h.options }, "Add your skills")));
  }
  for (const flag of visibleExpiry(result.expiry, ui.dismissed)) {
    const key = expiryKey(flag);
    const banner = el("div", { class: "notice bad expiry", dataset: { key } }, el("span", { class: "grow" }, expiryText(flag) + (flag.renewal ? ` ${flag.renewal}` : "")),
      el("button", { type: "button", class: "link dismiss", "aria-label": `Dismiss the reminder about ${flag.name}`, onclick: async () => {
        banner.remove();
        await h.dismissExpiry(key);
      } }, "Dismiss"));
    body.push(banner);
  }
  const groups = groupSkills(skills);
  const asides = asideItems(result);
  const explain = el("div", { class: "explain", id: "explain", role: "region", "aria-label": "About this skill", "aria-live": "polite", hidden: true });
  const chipGroup = (title, list, cls = "") => (list.length ? [el("h3", { class: cls }, `${title} (${list.length})`),
    el("div", { class: `chips ${cls}` }, list.map((s) => skillChip(s, explain)))] : null);
  const skillNodes = [
    result.profile_empty ? null : legend(counts(skills)),
    chipGroup("Required", groups.required), chipGroup("Preferred", groups.preferred),
    chipGroup("Also mentioned", groups.mentioned), chipGroup("Soft skills", groups.soft, "soft"),
    chipGroup("Conditions and setting, not skills", asides, "aside"),
    skills.length || asides.length ? explain : null,
    skills.length ? null : el("p", { class: "sub" }, "No skills recognised in this posting."),
  ];
  if (ui.compact) {
    body.push(el("div", { class: "compact-skills" }, skillNodes));
    return [header, el("div", { class: "body" }, body)];
  }
  body.push(section("skills-section", `Skills (${skills.length})`, true, skillNodes));
  const recs = result.recommendations;
  const missingCount = skills.filter((s) => s.status === "missing").length;
  body.push(section("creds-section", "Credentials that fill the gaps", true,
    recs && recs.recommendations.length ? [el("p", { class: "sub", id: "stack-summary" }, stackSummary(recs)),
      el("ul", { class: "creds", id: "credentials" }, recs.recommendations.map(credentialCard))]
      : el("p", { class: "sub" }, result.profile_empty ? "Add your skills to see what to learn." : missingCount ? "No credential in the catalog covers the missing skills." : "Nothing missing: no credential needed."),
    recs && recs.uncovered && recs.uncovered.length ? el("p", { class: "sub" }, "Not covered by any credential: " + (recs.uncovered_summary ? recs.uncovered_summary.text : recs.uncovered.join(", "))) : null));
  body.push(section("resume-section", "Tailored resume", false,
    el("div", { id: "changes" }, el("p", { class: "sub" }, saved ? "Asking the server what tailoring changes…"
      : "Save the listing: what tailoring changes, and a look at the first page, show here before you download.")),
    el("div", { id: "resume-preview" }),
    el("div", { class: "actions" }, el("button", { type: "button", id: "download-pdf", disabled: !ui.pdf, onclick: () => h.download("pdf") },
      ui.pdf ? "Download as PDF" : "PDF needs LibreOffice on the server"))));
  if (h.trackerSection) body.push(h.trackerSection(result));
  return [header, el("div", { class: "body" }, body)];
}

// The change summary of a tailored resume, into #changes.
export function showChanges(node, changes, filename) {
  const lines = changeLines(changes);
  if (!lines) {
    fill(node, el("p", { class: "sub" }, filename ? `Downloaded ${filename}. This server sends no summary of the changes.` : "No summary of the changes from this server."));
    return;
  }
  fill(node, el("p", { class: lines.changed ? "changes ok" : "changes unchanged", id: "changes-headline" },
    lines.changed ? (filename ? `Downloaded ${filename}: ` : "") + lines.headline : lines.headline),
  lines.lines.length ? el("ul", { class: "change-lines" }, lines.lines.map((line) => el("li", {}, line))) : null);
}

export { STATUS_ORDER };

// Pure functions behind what the extension shows: no DOM, no chrome.* (unit-tested with node --test).

// The answers a skill can get, each with a sign that carries the meaning without colour (renew and
// finish: a certification you let lapse or are working towards, never "missing").
export const STATUS = Object.freeze({
  have: { icon: "✓", label: "you have it", short: "have" },
  implied: { icon: "≈", label: "you have it by implication", short: "by implication" },
  transferable: { icon: "↔", label: "transferable from a skill you have", short: "transferable" },
  missing: { icon: "✗", label: "missing", short: "missing" },
  renew: { icon: "↻", label: "you hold it but it lapsed: renew it", short: "renew" },
  finish: { icon: "◔", label: "you are working towards it: finish it", short: "finish" },
});
export const STATUS_ORDER = ["have", "implied", "transferable", "missing", "renew", "finish"];

// Query parameters that track the click rather than name the job (as the server's listings.py).
const TRACKING = new Set(["trk", "trkinfo", "trackingid", "refid", "ref", "src", "source", "from", "gclid",
  "fbclid", "mc_cid", "mc_eid", "lipi", "origin", "currentjobid", "eid", "_ga"]);

// The same listing whatever tracking parameters, fragment, trailing slash or host case its URL has.
export function normaliseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch (_) {
    return String(url || "");
  }
  const kept = [...parsed.searchParams.entries()]
    .filter(([key]) => !key.toLowerCase().startsWith("utm_") && !TRACKING.has(key.toLowerCase()))
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  const query = new URLSearchParams(kept).toString();
  const path = parsed.pathname.replace(/\/+$/, "") || "/";
  return `${parsed.protocol.toLowerCase()}//${parsed.host.toLowerCase()}${path}${query ? "?" + query : ""}`;
}

// The window's tabs as a checklist: web pages only, one entry per listing (duplicate tabs merged),
// each marked when already saved. tabs: [{id, url, title}]; savedUrls: URLs of saved listings.
export function jobChecklist(tabs, savedUrls = []) {
  const saved = new Set(savedUrls.filter(Boolean).map(normaliseUrl));
  const byKey = new Map();
  for (const tab of tabs) {
    if (!/^https?:/i.test(tab.url || "")) continue;
    const key = normaliseUrl(tab.url);
    const entry = byKey.get(key);
    if (entry) entry.tabIds.push(tab.id);
    else byKey.set(key, { key, url: tab.url, title: tab.title || tab.url, tabIds: [tab.id], saved: saved.has(key) });
  }
  return [...byKey.values()].map((entry) => ({ ...entry, checked: !entry.saved }));
}

// Score -> a band people read at a glance; the number is always shown beside it.
export function scoreBand(score) {
  if (score === null || score === undefined) return { band: "none", word: "no profile yet" };
  if (score >= 70) return { band: "high", word: "strong match" };
  if (score >= 40) return { band: "mid", word: "partial match" };
  return { band: "low", word: "weak match" };
}

function names(list, max = 3) {
  const shown = list.slice(0, max).join(", ");
  return list.length > max ? `${shown} and ${list.length - max} more` : shown;
}

// One plain line under the score: the server's summary when it sends one, else built from the gaps.
export function breakdownLine(gaps) {
  if (!gaps) return "";
  if (typeof gaps.summary === "string" && gaps.summary.trim()) return gaps.summary.trim();
  const skills = (gaps.skills || []).filter((s) => s.kind !== "soft");
  if (!skills.length) return "No skills recognised to compare with your profile.";
  const held = (s) => s.status === "have" || s.status === "implied";
  const required = skills.filter((s) => s.requirement === "required");
  const basis = required.length ? required : skills;
  const word = required.length ? "required" : "listed";
  const missing = basis.filter((s) => s.status === "missing").map((s) => s.name);
  const transferable = basis.filter((s) => s.status === "transferable").map((s) => s.name);
  const parts = [`has ${basis.filter(held).length} of ${basis.length} ${word} skills`];
  if (transferable.length) parts.push(`close on ${names(transferable)}`);
  if (missing.length) parts.push(`missing ${names(missing)}`);
  const line = parts.join("; ");
  return line.charAt(0).toUpperCase() + line.slice(1);
}

// Skills in reading order: required hard skills, preferred, also mentioned; soft skills apart.
export function groupSkills(skills) {
  const hard = skills.filter((s) => s.kind !== "soft");
  return {
    required: hard.filter((s) => s.requirement === "required"),
    preferred: hard.filter((s) => s.requirement === "preferred"),
    mentioned: hard.filter((s) => s.requirement !== "required" && s.requirement !== "preferred"),
    soft: skills.filter((s) => s.kind === "soft"),
  };
}

// What the posting asks that is no skill: conditions of being hired (a driving licence, a security
// clearance) and the field the work is in. Shown apart with what they are; never a gap.
export function asideItems(result) {
  return (result.context || []).map((s) => ({
    ...s,
    aside: true,
    note: s.category === "industry"
      ? "The field the work is in, not a skill to learn: never counted as a gap."
      : "A condition of being hired, not a skill to learn: check that you meet it. It is never counted as a gap.",
  }));
}

// Merge each skill of the analysis with its gap entry (status, via, note).
export function withStatus(result) {
  const gapSkills = (result.gaps && result.gaps.skills) || [];
  const byName = new Map(gapSkills.map((s) => [s.name, s]));
  return (result.skills || []).map((s) => ({ ...s, ...(byName.get(s.name) || {}) }));
}

// What the explanation panel says about one chip, in sentences.
export function explainSkill(skill) {
  const lines = [];
  const status = STATUS[skill.status];
  if (status) {
    let line = `You: ${status.label}`;
    if (skill.via && skill.via !== skill.name) line += ` (through ${skill.via})`;
    lines.push(line + ".");
  }
  if (skill.requirement && skill.requirement !== "unspecified") lines.push(`The listing: ${skill.requirement}${skill.years ? `, ${skill.years}+ years` : ""}.`);
  if (skill.mentions && skill.mentions.length) lines.push(`It says: “${skill.mentions.slice(0, 3).join("”, “")}”.`);
  if (skill.note) lines.push(skill.note);
  return lines;
}

// An expiry flag's milestone: a dismissed banner comes back when the next one is reached.
export function expiryMilestone(flag) {
  if (flag.status === "expired" || flag.days_left < 0) return "expired";
  if (flag.days_left <= 7) return "7d";
  if (flag.days_left <= 30) return "30d";
  if (flag.days_left <= 90) return "90d";
  return "later";
}

export function expiryKey(flag) {
  return `${(flag.catalog_id || flag.name || "").toLowerCase()}@${flag.expires}#${expiryMilestone(flag)}`;
}

export function visibleExpiry(flags, dismissed = []) {
  const gone = new Set(dismissed);
  return (flags || []).filter((flag) => !gone.has(expiryKey(flag)));
}

export function expiryText(flag) {
  if (flag.status === "expired" || flag.days_left < 0) return `${flag.name} expired (${flag.expires}).`;
  const days = flag.days_left === 0 ? "today" : `in ${flag.days_left} day${flag.days_left === 1 ? "" : "s"}`;
  return `${flag.name} expires ${days} (${flag.expires}).`;
}

// The server's change summary of a tailored resume -> a headline and its lines.
export function changeLines(changes) {
  if (!changes) return null;
  if (!changes.changed) return { changed: false, headline: `Unchanged because ${unchangedReason(changes)}.`, lines: [] };
  const lines = [];
  const where = changes.section === "merged" ? `merged into “${changes.heading}”` : `added as “${changes.heading}”`;
  const included = changes.included || [];
  const left = changes.left_out || [];
  if (included.length) lines.push(`In: ${included.map((c) => c.name + (c.reason ? ` (${c.reason})` : "")).join("; ")}`);
  if (left.length) lines.push(`Left out: ${left.map((c) => c.name + (c.reason ? ` (${c.reason})` : "")).join("; ")}`);
  if (changes.layout_warning) lines.push(changes.layout_warning);
  if (changes.page_warning) lines.push(changes.page_warning);
  else if (changes.page_count_before && changes.page_count_after && changes.page_count_after !== changes.page_count_before) {
    lines.push(`Pages: ${changes.page_count_before} → ${changes.page_count_after}`);
  }
  if (changes.unmentioned_skills && changes.unmentioned_skills.length) {
    lines.push(`The listing asks for skills your resume never names: ${names(changes.unmentioned_skills, 5)}`);
  }
  return { changed: true, headline: `Certifications section ${where}.`, lines };
}

// The server's reason as the end of a sentence: "Every relevant…" -> "every relevant…" (not "AWS…").
function unchangedReason(changes) {
  const reason = (changes.unchanged_reason || "there was nothing to add for this listing").trim().replace(/\.$/, "");
  return /^[A-Z][a-z]/.test(reason) ? reason[0].toLowerCase() + reason.slice(1) : reason;
}

// One line beside the "Tailored resume" button, before any download: what tailoring will do.
export function resumeNote(changes) {
  if (!changes) return null;
  // with no resume stored the download is a starter built from the profile: say so before anyone
  // sends a page of "Job title — Company" placeholders to an employer
  const starter = changes.starter
    ? " No resume uploaded yet, so this is a starter resume built from your profile: upload your own .docx in Options, or fill in its experience and education before sending it."
    : "";
  if (!changes.changed) return `Tailored resume unchanged because ${unchangedReason(changes)}.${starter}`;
  const n = (changes.included || []).length;
  const certs = `${n} certification${n === 1 ? "" : "s"}`;
  const left = (changes.left_out || []).length;
  const what = changes.section === "merged" ? `adds ${certs} to “${changes.heading}”` : `adds “${changes.heading}” with ${certs}`;
  return `Tailored resume ${what}${left ? `; ${left} left out` : ""}.${starter}`;
}

// Missing skills for the chart, most-asked first (ties by name), and the window it covers.
export function shoppingRows(shop, max = 12) {
  const rows = [...(shop.missing || [])].sort((a, b) => b.listings - a.listings || a.name.localeCompare(b.name));
  return rows.slice(0, max);
}

export function shoppingWindow(counted, saved) {
  if (!saved) return "No saved listings yet.";
  if (counted >= saved) return `All ${saved} saved listing${saved === 1 ? "" : "s"}`;
  return `The last ${counted} of ${saved} saved listings`;
}

// The profile's education lines with `more` added: each line once (case and spacing aside), at
// most `max` (the server's cap).
export const MAX_EDUCATION = 20;
export function withEducation(lines, more, max = MAX_EDUCATION) {
  const key = (line) => line.split(/\s+/).filter(Boolean).join(" ").toLowerCase();
  const out = (lines || []).map((line) => line.trim()).filter(Boolean);
  const seen = new Set(out.map(key));
  for (const line of more || []) {
    const trimmed = (line || "").trim();
    if (!trimmed || seen.has(key(trimmed)) || out.length >= max) continue;
    seen.add(key(trimmed));
    out.push(trimmed);
  }
  return out;
}

// Human messages: for each kind of failure, what happened and the one thing to do (said once).
export const MESSAGES = Object.freeze({
  offline: ["The credstack server is not running.", "Start it with “credstack serve”, then press Try again."],
  auth: ["The server did not accept this device's token.", "Open Options and paste a new token (run “credstack token” to make one)."],
  not_configured: ["credstack is not connected yet.", "Open Options to connect it to your server."],
  no_posting: ["No job description on this page.", "Open the job description itself (not a search page or an application form) and try again."],
  no_description: ["This page has no job description to read.", "Open the job description itself (not the application form), then try again."],
  no_access: ["credstack can't read this tab.", "Browser pages, the web store and PDF viewers are off limits: open the listing in a normal tab."],
  timeout: ["The server took too long to answer.", "Try again in a moment; the first analysis after starting is the slowest."],
  too_large: ["This page is too large to analyze.", "Open the listing on its own page rather than a long feed."],
  rate_limited: ["Too many requests in a minute.", "Wait a minute, then try again."],
  not_found: ["That listing is no longer saved.", "Save it again from its page."],
  not_a_docx: ["That file is not a Word document.", "Save your resume as .docx and upload that."],
  internal: ["Something went wrong inside the extension.", "Reload the extension; if it keeps happening, report it."],
  http: ["The server could not do that.", "Try again; if it keeps happening, check the server's log."],
});

export function messageFor(error) {
  const kind = (error && error.kind) || "internal";
  const [what, todo] = MESSAGES[kind] || MESSAGES.http;
  // the server's own words only where the extension has none of its own
  const detail = (kind === "http" || kind === "internal") && error.message && error.message !== what ? error.message : "";
  return { kind, what, todo, detail };
}

// The options page: server and token, the profile editor, base resume, LinkedIn import, saved
// listings and the shopping list.
import {
  download, getSettings, normaliseServer, originPattern, request, resumeQuery, saveBlob, saveSettings,
} from "./lib/api.js";
import { barChart, clear, credentialCard, el, safeHref, stackSummary } from "./lib/render.js";

const $ = (id) => document.getElementById(id);
const LEVELS = ["", "beginner", "intermediate", "advanced", "expert"];
const CERT_STATUSES = ["earned", "in_progress"];
let profile = null;

function say(id, text, kind = "") {
  const node = $(id);
  node.className = `status ${kind}`;
  node.textContent = text;
}

// A 422's details name the fields; show them after the message.
function explain(error) {
  const details = error.details && (error.details.json || error.details.files || error.details.query);
  if (!details) return error.message;
  const flat = [];
  const walk = (value, path) => {
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) flat.push(`${path}: ${value.join(" ")}`);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(details, "");
  return `${error.message} ${flat.slice(0, 4).join("; ")}`;
}

// ---------- connection ----------
async function testConnection() {
  let serverUrl;
  try {
    serverUrl = normaliseServer($("server-url").value);
    new URL(serverUrl); // eslint-disable-line no-new
  } catch (_) {
    return say("connection-status", "That server URL is not a web address, e.g. http://127.0.0.1:8765.", "err");
  }
  const token = $("token").value.trim();
  $("server-url").value = serverUrl;
  // asked first thing in the click (an await before it would lose the click's gesture); a permission
  // already held is granted at once without a prompt
  const granted = await chrome.permissions.request({ origins: [originPattern(serverUrl)] }).catch(() => false);
  if (!granted) return say("connection-status", `credstack needs permission to reach ${serverUrl}; allow it to continue.`, "err");
  await saveSettings({ serverUrl, token });
  say("connection-status", "Connecting…");
  try {
    const health = await request("/health", { anonymous: true });
    const me = await request("/me");
    say("connection-status", `Connected as ${me.user} — credstack ${health.version}${health.pdf ? ", PDF export available" : ""}.`, "ok");
    await loadAll();
  } catch (error) {
    $("signed-in").hidden = true;
    say("connection-status", error.message, "err");
  }
}

// ---------- profile editor ----------
function input(value, attrs = {}) {
  return el("input", { type: "text", value: value ?? "", ...attrs });
}

function select(options, value, attrs = {}) {
  const node = el("select", attrs, options.map((o) => el("option", { value: o }, o || "—")));
  node.value = value ?? "";
  return node;
}

function skillRow(skill = {}) {
  const row = el("tr", { class: "skill-row" },
    el("td", {}, input(skill.name, { class: "s-name", "aria-label": "Skill" })),
    el("td", {}, select(LEVELS, skill.level, { class: "s-level", "aria-label": "Level" })),
    el("td", {}, input(skill.years, { class: "s-years", type: "number", min: 0, max: 70, step: 0.5, style: "width:70px", "aria-label": "Years" })),
    el("td", {}, el("button", { type: "button", class: "link", onclick: () => row.remove() }, "Remove")));
  return row;
}

function certRow(cert = {}) {
  const row = el("tr", { class: "cert-row", dataset: { catalog: cert.catalog_id || "", expected: cert.expected || "" } },
    el("td", {}, input(cert.name, { class: "c-name", "aria-label": "Certification",
      // a renamed certification is matched to the catalog afresh by the server
      oninput: () => { row.dataset.catalog = ""; } })),
    el("td", {}, input(cert.issuer, { class: "c-issuer", "aria-label": "Issuer" })),
    el("td", {}, input(cert.issued, { class: "c-issued", type: "month", "aria-label": "Issued" })),
    el("td", {}, input(cert.expires, { class: "c-expires", type: "month", "aria-label": "Expires" })),
    el("td", {}, input(cert.credential_id, { class: "c-id", "aria-label": "Credential ID" })),
    el("td", {}, input(cert.url, { class: "c-url", type: "url", "aria-label": "Credential URL" })),
    el("td", {}, select(CERT_STATUSES, cert.status || "earned", { class: "c-status", "aria-label": "Status" })),
    el("td", {}, el("button", { type: "button", class: "link", onclick: () => row.remove() }, "Remove")));
  return row;
}

function fillProfile(data) {
  profile = data;
  $("p-name").value = data.name || "";
  $("p-headline").value = data.headline || "";
  $("p-email").value = data.email || "";
  $("p-phone").value = data.phone || "";
  $("p-location").value = data.location || "";
  $("p-roles").value = (data.target_roles || []).join(", ");
  $("p-links").value = (data.links || []).join(", ");
  clear($("skills").tBodies[0]).append(...data.skills.map(skillRow));
  clear($("certs").tBodies[0]).append(...data.certifications.map(certRow));
}

const list = (text) => text.split(",").map((s) => s.trim()).filter(Boolean);
// links: split on spaces and on commas followed by a space, so a URL holding a comma stays whole
const links = (text) => text.split(/\s+|,\s+/).map((s) => s.replace(/,+$/, "")).filter(Boolean);
const orNull = (text) => (text.trim() ? text.trim() : null);

function readProfile() {
  const skills = [...document.querySelectorAll(".skill-row")].map((row) => ({
    name: row.querySelector(".s-name").value.trim(),
    level: row.querySelector(".s-level").value || null,
    years: row.querySelector(".s-years").value === "" ? null : Number(row.querySelector(".s-years").value),
  })).filter((s) => s.name);
  const certifications = [...document.querySelectorAll(".cert-row")].map((row) => ({
    name: row.querySelector(".c-name").value.trim(),
    issuer: orNull(row.querySelector(".c-issuer").value),
    issued: orNull(row.querySelector(".c-issued").value),
    expires: orNull(row.querySelector(".c-expires").value),
    credential_id: orNull(row.querySelector(".c-id").value),
    url: orNull(row.querySelector(".c-url").value),
    status: row.querySelector(".c-status").value,
    expected: row.dataset.expected || null,
    catalog_id: row.dataset.catalog || null,
  })).filter((c) => c.name);
  return {
    name: $("p-name").value.trim(), headline: $("p-headline").value.trim(), email: orNull($("p-email").value),
    phone: orNull($("p-phone").value), location: orNull($("p-location").value),
    target_roles: list($("p-roles").value), links: links($("p-links").value), skills, certifications,
  };
}

async function saveProfile() {
  const bad = [...document.querySelectorAll(".s-years")].find((box) => box.validity.badInput);
  if (bad) return say("profile-status", "Years must be a number (e.g. 3 or 2.5).", "err");
  say("profile-status", "Saving…");
  try {
    fillProfile(await request("/profile", { method: "PUT", json: readProfile() }));
    say("profile-status", "Profile saved.", "ok");
    await Promise.all([loadExpiry(), loadShopping()]);
  } catch (error) {
    say("profile-status", explain(error), "err");
  }
}

async function loadExpiry() {
  const { flags } = await request("/profile/certifications/expiry");
  clear($("expiry")).append(...flags.map((flag) => el("div", { class: "notice bad expiry-flag" },
    `${flag.name}: ${flag.status === "expired" ? `expired ${flag.expires}` : `expires ${flag.expires} (${flag.days_left} days left)`}` +
    (flag.inferred ? " — worked out from its issue date and validity" : "") + (flag.renewal ? `. Renewal: ${flag.renewal}` : ""))));
}

// ---------- resume and imports ----------
async function loadResume() {
  try {
    const meta = await request("/profile/resume");
    $("resume-meta").textContent = `Stored: ${meta.filename} (${Math.round(meta.size / 1024)} KB, uploaded ${meta.uploaded_at.slice(0, 10)})`;
    $("resume-delete").hidden = false;
  } catch (error) {
    if (error.status !== 404) throw error;
    $("resume-meta").textContent = "No resume stored yet: tailored resumes are built from your profile until you upload one.";
    $("resume-delete").hidden = true;
  }
}

function showSuggestions(suggestions) {
  const box = clear($("resume-suggestions"));
  const fresh = [...suggestions.skills.filter((s) => !s.in_profile).map((s) => ({ kind: "skill", item: s })),
    ...suggestions.certifications.filter((c) => !c.in_profile).map((c) => ({ kind: "cert", item: c }))];
  if (!fresh.length) return;
  const boxes = fresh.map((entry) => {
    const id = `sugg-${entry.kind}-${entry.item.name}`;
    return el("label", { class: "chip", style: "display:inline-flex;gap:4px" },
      el("input", { type: "checkbox", checked: true, id, dataset: { kind: entry.kind } }), entry.item.name);
  });
  box.append(el("p", {}, "Found in your resume and not in your profile — add them?"), el("div", { class: "chips" }, boxes),
    el("div", { class: "row" }, el("button", { type: "button", id: "add-suggestions", onclick: async () => {
      fresh.forEach((entry, i) => {
        if (!boxes[i].querySelector("input").checked) return;
        if (entry.kind === "skill") $("skills").tBodies[0].append(skillRow(entry.item));
        else $("certs").tBodies[0].append(certRow(entry.item));
      });
      clear(box);
      await saveProfile();
    } }, "Add selected to profile")));
}

// Send the file chosen in <input id=inputId> to `path`, then `done(answer)`; errors go to statusId.
async function sendFile(inputId, path, statusId, busy, done) {
  const file = $(inputId).files[0];
  if (!file) return;
  const form = new FormData();
  form.append("file", file, file.name);
  say(statusId, busy);
  try {
    await done(await request(path, { form }));
  } catch (error) {
    say(statusId, explain(error), "err");
  } finally {
    $(inputId).value = "";
  }
}

const uploadResume = () => sendFile("resume-file", "/profile/resume", "resume-status", "Checking and storing…",
  async (answer) => {
    say("resume-status", `Stored ${answer.resume.filename}.`, "ok");
    showSuggestions(answer.suggestions);
    await loadResume();
  });

const importLinkedIn = () => sendFile("linkedin-file", "/profile/import/linkedin?apply=true", "linkedin-status",
  "Reading the export…", async (answer) => {
    const added = answer.added || { skills: 0, certifications: 0 };
    say("linkedin-status", `Added ${added.skills} skills and ${added.certifications} certifications to your profile.`, "ok");
    fillProfile(await request("/profile"));
    await Promise.all([loadExpiry(), loadShopping()]);
  });

async function deleteResume() {
  try {
    await request("/profile/resume", { method: "DELETE" });
    say("resume-status", "Stored resume removed.", "ok");
    await loadResume();
  } catch (error) {
    say("resume-status", explain(error), "err");
  }
}

// ---------- listings and shopping list ----------
async function loadListings() {
  const postings = await request("/postings");
  const rows = clear($("listing-rows"));
  if (!postings.length) {
    rows.append(el("p", { class: "sub" }, "No saved listings yet: open a listing and press Save in the credstack popup, or use “Analyze all job tabs”."));
    return;
  }
  for (const p of postings) {
    rows.append(el("div", { class: "listing", dataset: { id: p.id } },
      el("div", { class: "grow" }, safeHref(p.url) ? el("a", { href: p.url, target: "_blank", rel: "noopener noreferrer" }, p.title || "Untitled")
        : el("strong", {}, p.title || "Untitled"),
      el("div", { class: "sub" }, [p.company, p.location, `${p.skills} skills`, p.score !== null ? `match ${p.score}` : null].filter(Boolean).join(" · "))),
      el("button", { type: "button", onclick: async () => {
        try {
          const file = await download(`/postings/${p.id}/resume.docx${await resumeQuery()}`);
          saveBlob(file.blob, file.filename);
        } catch (error) {
          say("listings-status", explain(error), "err");
        }
      } }, "Tailored resume"),
      el("button", { type: "button", class: "link", onclick: async () => {
        try {
          await request(`/postings/${p.id}`, { method: "DELETE" });
          await Promise.all([loadListings(), loadShopping()]);
        } catch (error) {
          say("listings-status", explain(error), "err");
        }
      } }, "Delete")));
  }
}

async function loadShopping() {
  const shop = await request("/shopping-list");
  const missing = (shop.missing || []).slice(0, 15);
  $("shopping-summary").textContent = shop.listings
    ? `Across ${shop.listings} saved listing${shop.listings === 1 ? "" : "s"}: the skills you lack, by how many listings ask for them.`
    : "Save listings to see the skills they ask for most.";
  const chart = clear($("shopping-chart"));
  if (missing.length) {
    chart.append(barChart(missing.map((s) => ({
      label: s.name, value: s.listings, valueLabel: `${s.listings} of ${shop.listings}`,
      title: `${s.name}: asked by ${s.listings} of ${shop.listings} listings (${s.required} required, ${s.preferred} preferred)`,
    })), { width: 760, labelWidth: 220 }));
  } else if (shop.listings) {
    chart.append(el("p", { class: "sub" }, "You have every skill your saved listings ask for."));
  }
  const recs = shop.recommendations;
  $("stack-summary").textContent = recs && recs.recommendations.length ? stackSummary(recs) +
    (recs.uncovered && recs.uncovered.length ? `. Not covered by any credential: ${recs.uncovered.join(", ")}` : "") : "";
  $("stack-heading").hidden = !(recs && recs.recommendations.length);
  clear($("shopping-stack")).append(...(recs ? recs.recommendations.map(credentialCard) : []));
}

async function loadAll() {
  $("signed-in").hidden = false;
  fillProfile(await request("/profile"));
  await Promise.all([loadExpiry(), loadResume(), loadListings(), loadShopping()]);
}

async function start() {
  const settings = await getSettings();
  $("server-url").value = settings.serverUrl;
  $("token").value = settings.token;
  $("test").addEventListener("click", testConnection);
  $("add-skill").addEventListener("click", () => $("skills").tBodies[0].append(skillRow()));
  $("add-cert").addEventListener("click", () => $("certs").tBodies[0].append(certRow()));
  $("save-profile").addEventListener("click", saveProfile);
  $("resume-file").addEventListener("change", uploadResume);
  $("resume-delete").addEventListener("click", deleteResume);
  $("linkedin-file").addEventListener("change", importLinkedIn);
  const { markExpired } = await chrome.storage.local.get({ markExpired: false });
  $("mark-expired").checked = markExpired;
  $("mark-expired").addEventListener("change", () => chrome.storage.local.set({ markExpired: $("mark-expired").checked }));
  if (!settings.token) {
    say("connection-status", "Paste the token printed by `credstack token` and press Test connection.");
    return;
  }
  try {
    await request("/me");
    say("connection-status", `Connected to ${settings.serverUrl}.`, "ok");
    await loadAll();
  } catch (error) {
    say("connection-status", error.message, "err");
  }
}

start();

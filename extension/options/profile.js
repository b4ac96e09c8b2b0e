// The profile editor: who you are, your skills, your certifications (with expiry reminders).
import { expiryText } from "../lib/logic.js";
import { el, fill } from "../lib/render.js";
import { $, call, explain, onConnected, say } from "./common.js";

const LEVELS = ["", "beginner", "intermediate", "advanced", "expert"];
const CERT_STATUSES = ["earned", "in_progress"];
const afterSave = [];

function input(value, attrs = {}) {
  return el("input", { type: "text", value: value ?? "", ...attrs });
}

// the words a person reads for a stored value ("in progress", never "in_progress")
const LABELS = { in_progress: "in progress" };

function select(options, value, attrs = {}) {
  const node = el("select", attrs, options.map((o) => el("option", { value: o }, LABELS[o] || o || "—")));
  node.value = value ?? "";
  return node;
}

export function skillRow(skill = {}) {
  const row = el("tr", { class: "skill-row" },
    el("td", {}, input(skill.name, { class: "s-name", "aria-label": "Skill" })),
    el("td", {}, select(LEVELS, skill.level, { class: "s-level", "aria-label": "Level" })),
    el("td", {}, input(skill.years, { class: "s-years", type: "number", min: 0, max: 70, step: 0.5, "aria-label": "Years" })),
    el("td", {}, el("button", { type: "button", class: "link", "aria-label": `Remove ${skill.name || "this skill"}`, onclick: () => row.remove() }, "Remove")));
  return row;
}

export function certRow(cert = {}) {
  const row = el("tr", { class: "cert-row", dataset: { catalog: cert.catalog_id || "", expected: cert.expected || "" } },
    el("td", {}, el("textarea", { class: "c-name", rows: 2, "aria-label": "Certification",
      // a renamed certification is matched to the catalog afresh by the server
      oninput: () => { row.dataset.catalog = ""; } }, cert.name || "")),
    el("td", {}, input(cert.issuer, { class: "c-issuer", "aria-label": "Issuer" })),
    el("td", {}, input(cert.issued, { class: "c-issued", type: "month", "aria-label": "Issued" })),
    el("td", {}, input(cert.expires, { class: "c-expires", type: "month", "aria-label": "Expires" })),
    el("td", {}, input(cert.credential_id, { class: "c-id", "aria-label": "Credential ID" })),
    el("td", {}, input(cert.url, { class: "c-url", type: "url", "aria-label": "Credential URL" })),
    el("td", {}, select(CERT_STATUSES, cert.status || "earned", { class: "c-status", "aria-label": "Status" })),
    el("td", {}, el("button", { type: "button", class: "link", "aria-label": `Remove ${cert.name || "this certification"}`, onclick: () => row.remove() }, "Remove")));
  return row;
}

export function fillProfile(data) {
  $("p-name").value = data.name || "";
  $("p-headline").value = data.headline || "";
  $("p-email").value = data.email || "";
  $("p-phone").value = data.phone || "";
  $("p-location").value = data.location || "";
  $("p-roles").value = (data.target_roles || []).join(", ");
  $("p-links").value = (data.links || []).join(", ");
  $("p-education").value = (data.education || []).join("\n");
  fill($("skills").tBodies[0], ...data.skills.map(skillRow));
  fill($("certs").tBodies[0], ...data.certifications.map(certRow));
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
    target_roles: list($("p-roles").value), links: links($("p-links").value),
    education: $("p-education").value.split("\n").map((s) => s.trim()).filter(Boolean), skills, certifications,
  };
}

export async function saveProfile() {
  const bad = [...document.querySelectorAll(".s-years")].find((box) => box.validity.badInput);
  if (bad) return say("profile-status", "Years must be a number, such as 3 or 2.5.", "err");
  say("profile-status", "Saving…");
  try {
    fillProfile(await call("/profile", { method: "PUT", json: readProfile() }));
    await Promise.all([loadExpiry(), ...afterSave.map((f) => f())]);
    say("profile-status", "Profile saved.", "ok");
  } catch (error) {
    say("profile-status", explain(error), "err");
  }
}

export function afterProfileSaved(load) {
  afterSave.push(load);
}

export async function loadExpiry() {
  const { flags } = await call("/profile/certifications/expiry");
  fill($("expiry"), ...flags.map((flag) => el("div", { class: "notice bad expiry-flag" },
    expiryText(flag) + (flag.inferred ? " Worked out from its issue date and validity." : "") + (flag.renewal ? ` Renewal: ${flag.renewal}` : ""))));
}

export async function loadProfile() {
  fillProfile(await call("/profile"));
  await loadExpiry();
}

export function setUpProfile() {
  $("add-skill").addEventListener("click", () => $("skills").tBodies[0].append(skillRow()));
  $("add-cert").addEventListener("click", () => $("certs").tBodies[0].append(certRow()));
  $("save-profile").addEventListener("click", saveProfile);
  onConnected(loadProfile);
}

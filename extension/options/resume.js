// The base resume (.docx) and what the server suggests adding from it; the LinkedIn import.
import { ask, MSG } from "../lib/messages.js";
import { withEducation } from "../lib/logic.js";
import { clear, el } from "../lib/render.js";
import { $, call, explain, fileMessage, onConnected, say, sendFile } from "./common.js";
import { certRow, fillProfile, loadExpiry, saveProfile, skillRow } from "./profile.js";

async function loadResume() {
  try {
    const meta = await call("/profile/resume");
    $("resume-meta").textContent = `Stored: ${meta.filename} (${Math.round(meta.size / 1024)} KB, uploaded ${meta.uploaded_at.slice(0, 10)})`;
    $("resume-delete").hidden = false;
  } catch (error) {
    if (error.kind !== "not_found") throw error;
    $("resume-meta").textContent = "No resume stored yet: tailored resumes are built from your profile until you upload one.";
    $("resume-delete").hidden = true;
  }
}

// The skills, certifications and education lines found in the resume and not in the profile, as
// checkboxes: all checked, or those `checked(entry)` says; `intro(count)` is the sentence above them.
export function suggestionPicker(box, suggestions, onAdd, options = {}) {
  clear(box);
  const education = (suggestions.profile && suggestions.profile.education) || [];
  const fresh = [...suggestions.skills.filter((s) => !s.in_profile).map((s) => ({ kind: "skill", item: s })),
    ...suggestions.certifications.filter((c) => !c.in_profile).map((c) => ({ kind: "cert", item: c })),
    ...education.map((line) => ({ kind: "education", item: { name: line } }))];
  if (!fresh.length) return 0;
  const checked = options.checked || (() => true);
  fresh.sort((a, b) => Number(checked(b)) - Number(checked(a)));  // what is checked first, else in order
  const intro = options.intro || ((n) => `Found in your resume and not in your profile (${n}): keep the ones that are true.`);
  const boxes = fresh.map((entry, i) => el("label", { class: "pick" },
    el("input", { type: "checkbox", checked: checked(entry), id: `${box.id}-${i}`, dataset: { kind: entry.kind } }), entry.item.name));
  box.append(el("p", {}, intro(fresh.length)),
    el("div", { class: "chips" }, boxes),
    el("div", { class: "row" }, el("button", { type: "button", id: `${box.id}-add`, class: "primary", onclick: async () => {
      const chosen = fresh.filter((_, i) => boxes[i].querySelector("input").checked);
      clear(box);
      await onAdd(chosen);
    } }, "Add the checked ones to my profile")));
  return fresh.length;
}

async function addToProfile(chosen) {
  for (const entry of chosen) {
    if (entry.kind === "skill") $("skills").tBodies[0].append(skillRow(entry.item));
    else if (entry.kind === "cert") $("certs").tBodies[0].append(certRow(entry.item));
  }
  const education = chosen.filter((entry) => entry.kind === "education").map((entry) => entry.item.name);
  if (education.length) {  // each a line of the Education box, below what it holds
    $("p-education").value = withEducation($("p-education").value.split("\n"), education).join("\n");
  }
  await saveProfile();
}

// The LinkedIn export chosen in `ids.input`, added at once (then `applied(answer)`); one holding
// more than a profile keeps (hundreds of course completions) is offered as checkboxes in `ids.box`
// instead, the certifications credstack recognises checked, and `add(chosen)` adds those kept.
export async function importLinkedIn(ids, applied, add) {
  const input = $(ids.input);
  const file = input.files[0];
  if (!file) return;
  say(ids.status, "Reading the export…");
  clear($(ids.box));
  try {
    const message = await fileMessage(file);
    let answer;
    try {
      answer = await call("/profile/import/linkedin?apply=true", { file: message });
    } catch (error) {
      if (error.kind !== "profile_full") throw error;
      answer = await call("/profile/import/linkedin?apply=false", { file: message });
      say(ids.status, "Your export holds more than a profile keeps: pick what to add below.");
      suggestionPicker($(ids.box), answer.suggestions, add, {
        checked: (entry) => entry.kind !== "cert" || Boolean(entry.item.catalog_id),
        intro: (n) => `In your LinkedIn export and not in your profile (${n}). The certifications credstack `
          + "recognises are checked; courses and badges are not: check the ones you want on your resume.",
      });
      return;
    }
    await applied(answer);
  } catch (error) {
    say(ids.status, explain(error), "err");
  } finally {
    input.value = "";
  }
}

const LINKEDIN = { input: "linkedin-file", status: "linkedin-status", box: "linkedin-suggestions" };

export function setUpResume() {
  $("resume-file").addEventListener("change", () => sendFile("resume-file", "/profile/resume", "resume-status", "Checking and storing…",
    async (answer) => {
      say("resume-status", `Stored ${answer.resume.filename}.`, "ok");
      suggestionPicker($("resume-suggestions"), answer.suggestions, addToProfile);
      await loadResume();
    }));
  $("resume-delete").addEventListener("click", async () => {
    try {
      await call("/profile/resume", { method: "DELETE" });
      say("resume-status", "Stored resume removed.", "ok");
      await loadResume();
    } catch (error) {
      say("resume-status", explain(error), "err");
    }
  });
  $("linkedin-file").addEventListener("change", () => importLinkedIn(LINKEDIN, async (answer) => {
    const added = answer.added || { skills: 0, certifications: 0 };
    fillProfile(await call("/profile"));
    await loadExpiry();
    // said once the profile on screen shows them
    const schooling = added.education ? `, ${added.education} qualification${added.education === 1 ? "" : "s"}` : "";
    say("linkedin-status", `Added ${added.skills} skills${schooling} and ${added.certifications} certifications to your profile.`, "ok");
  }, async (chosen) => {
    await addToProfile(chosen);
    say("linkedin-status", `Added ${chosen.length} items to your profile.`, "ok");
  }));
  ask(MSG.PREFS_GET).then((prefs) => { $("mark-expired").checked = prefs.markExpired; });
  $("mark-expired").addEventListener("change", () => ask(MSG.PREFS_SET, { values: { markExpired: $("mark-expired").checked } }));
  onConnected(loadResume);
}

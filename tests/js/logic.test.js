// Unit tests for extension/lib/logic.js (node --test; no browser).
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  asideItems, breakdownLine, changeLines, expiryKey, expiryMilestone, groupSkills, jobChecklist, messageFor, MESSAGES,
  normaliseUrl, resumeNote, scoreBand, shoppingRows, shoppingWindow, visibleExpiry, withEducation, withStatus,
} from "../../extension/lib/logic.js";

test("the same listing whatever its tracking parameters, fragment, slash or host case", () => {
  const a = normaliseUrl("https://Jobs.Example.com/view/42/?utm_source=x&trk=abc#apply");
  assert.equal(a, normaliseUrl("https://jobs.example.com/view/42"));
  assert.notEqual(normaliseUrl("https://www.indeed.com/viewjob?jk=1"), normaliseUrl("https://www.indeed.com/viewjob?jk=2"));
  assert.equal(normaliseUrl("https://x.io/a?b=2&a=1"), normaliseUrl("https://x.io/a?a=1&b=2"));
  assert.equal(normaliseUrl("not a url"), "not a url");
});

test("the checklist merges duplicate tabs, marks saved listings and leaves out browser pages", () => {
  const tabs = [
    { id: 1, url: "https://jobs.example.com/1?utm_source=mail", title: "Data Engineer" },
    { id: 2, url: "https://jobs.example.com/1", title: "Data Engineer (again)" },
    { id: 3, url: "https://jobs.example.com/2", title: "SRE" },
    { id: 4, url: "chrome://extensions", title: "Extensions" },
  ];
  const list = jobChecklist(tabs, ["https://jobs.example.com/2/"]);
  assert.deepEqual(list.map((e) => [e.tabIds, e.saved, e.checked]), [[[1, 2], false, true], [[3], true, false]]);
  assert.equal(list[0].title, "Data Engineer");
});

test("the score band names the number's meaning, and no profile is its own band", () => {
  assert.deepEqual([0, 39, 40, 69, 70, 100].map((s) => scoreBand(s).band), ["low", "low", "mid", "mid", "high", "high"]);
  assert.equal(scoreBand(null).band, "none");
});

const gaps = (skills, extra = {}) => ({ score: 40, skills, ...extra });
const skill = (name, status, requirement = "required", kind = "hard") => ({ name, status, requirement, kind });

test("the breakdown counts required skills and names the missing ones", () => {
  const line = breakdownLine(gaps([
    skill("Python", "have"), skill("SQL", "implied"), skill("Terraform", "missing"), skill("Helm", "missing"),
    skill("Kafka", "transferable"), skill("Go", "missing", "preferred"), skill("Teamwork", "missing", "required", "soft"),
  ]));
  assert.equal(line, "Has 2 of 5 required skills; close on Kafka; missing Terraform, Helm");
});

test("the breakdown falls back to every listed skill, and prefers the server's summary", () => {
  assert.equal(breakdownLine(gaps([skill("Python", "have", "unspecified"), skill("Rust", "missing", "preferred")])),
    "Has 1 of 2 listed skills; missing Rust");
  assert.equal(breakdownLine(gaps([skill("Python", "have")], { summary: "Strong on data, light on cloud." })),
    "Strong on data, light on cloud.");
  assert.match(breakdownLine(gaps([])), /No skills recognised/);
  const many = breakdownLine(gaps(["A", "B", "C", "D", "E"].map((n) => skill(n, "missing"))));
  assert.equal(many, "Has 0 of 5 required skills; missing A, B, C and 2 more");
});

test("skills are grouped required, preferred, also mentioned, with soft skills apart", () => {
  const groups = groupSkills([skill("A", "have", "preferred"), skill("B", "have"), skill("C", "have", "unspecified"),
    skill("D", "have", "required", "soft")]);
  assert.deepEqual(Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v.map((s) => s.name)])),
    { required: ["B"], preferred: ["A"], mentioned: ["C"], soft: ["D"] });
});

test("gap status is merged into the analysis' skills by name", () => {
  const merged = withStatus({ skills: [{ name: "SQL", mentions: ["SQL"] }, { name: "Go" }], gaps: { skills: [{ name: "SQL", status: "have" }] } });
  assert.deepEqual(merged.map((s) => s.status), ["have", undefined]);
  assert.deepEqual(withStatus({ skills: [{ name: "SQL" }], gaps: null }), [{ name: "SQL" }]);
});

test("a dismissed expiry banner comes back at the next milestone only", () => {
  const flag = (days, status = "expiring_soon") => ({ name: "CKA", catalog_id: "cka", expires: "2027-01", days_left: days, status });
  assert.deepEqual([200, 90, 31, 30, 7, 0, -1].map((d) => expiryMilestone(flag(d))), ["later", "90d", "90d", "30d", "7d", "7d", "expired"]);
  const dismissed = [expiryKey(flag(80))];
  assert.equal(visibleExpiry([flag(60)], dismissed).length, 0); // same milestone: still dismissed
  assert.equal(visibleExpiry([flag(25)], dismissed).length, 1); // next milestone: shown again
  assert.equal(visibleExpiry([flag(-3, "expired")], [expiryKey(flag(25))]).length, 1);
});

test("the change summary says why a resume is unchanged, and what went in and out", () => {
  const unchanged = changeLines({ changed: false, unchanged_reason: "no certification in your profile matches this listing." });
  assert.equal(unchanged.headline, "Unchanged because no certification in your profile matches this listing.");
  const changed = changeLines({
    changed: true, section: "merged", heading: "Certifications", included: [{ name: "CKA", reason: "asked for" }],
    left_out: [{ name: "PMP", reason: "not relevant" }], page_count_before: 1, page_count_after: 2, unmentioned_skills: ["Helm"],
  });
  assert.equal(changed.headline, "Certifications section merged into “Certifications”.");
  assert.deepEqual(changed.lines, ["In: CKA (asked for)", "Left out: PMP (not relevant)", "Pages: 1 → 2",
    "The listing asks for skills your resume never names: Helm"]);
  assert.equal(changeLines(null), null);
  // the server's sentence continues the headline: its capital goes, an acronym's stays
  assert.equal(changeLines({ changed: false, unchanged_reason: "Every relevant certification is already on your resume." }).headline,
    "Unchanged because every relevant certification is already on your resume.");
  assert.equal(changeLines({ changed: false, unchanged_reason: "AWS ones expired" }).headline, "Unchanged because AWS ones expired.");
});

test("the note beside the resume button says what tailoring will do before any download", () => {
  assert.equal(resumeNote({ changed: true, section: "added", heading: "Certifications", included: [{ name: "CKA" }, { name: "CKAD" }],
    left_out: [{ name: "PMP" }] }), "Tailored resume adds “Certifications” with 2 certifications; 1 left out.");
  assert.equal(resumeNote({ changed: true, section: "merged", heading: "Licenses", included: [{ name: "CKA" }], left_out: [] }),
    "Tailored resume adds 1 certification to “Licenses”.");
  assert.equal(resumeNote({ changed: false, unchanged_reason: "None of your certifications is relevant to this posting." }),
    "Tailored resume unchanged because none of your certifications is relevant to this posting.");
  assert.equal(resumeNote(null), null);
});

test("with no resume uploaded the note says the download is a starter to fill in", () => {
  // a welder with no resume read "Tailored resume adds … with 1 certification" and got a page of
  // "Job title — Company" placeholders
  const starter = resumeNote({ changed: true, section: "added", heading: "Professional Development & Certifications",
    included: [{ name: "OSHA 10" }], left_out: [], starter: true });
  assert.match(starter, /^Tailored resume adds “Professional Development & Certifications” with 1 certification\. No resume uploaded yet/);
  assert.match(starter, /upload your own \.docx in Options/);
  assert.match(resumeNote({ changed: false, unchanged_reason: "Nothing to add.", starter: true }), /starter resume built from your profile/);
  assert.doesNotMatch(resumeNote({ changed: true, section: "added", heading: "C", included: [], left_out: [], starter: false }), /starter/);
});

test("the shopping list is sorted by how many listings ask, and says its window", () => {
  const rows = shoppingRows({ missing: [{ name: "B", listings: 2 }, { name: "A", listings: 5 }, { name: "C", listings: 2 }] });
  assert.deepEqual(rows.map((r) => r.name), ["A", "B", "C"]);
  assert.equal(shoppingWindow(15, 16), "The last 15 of 16 saved listings");
  assert.equal(shoppingWindow(3, 3), "All 3 saved listings");
  assert.equal(shoppingWindow(0, 0), "No saved listings yet.");
});

test("every failure has a message and one thing to do, with no developer words", () => {
  for (const [kind, [what, todo]] of Object.entries(MESSAGES)) {
    assert.ok(what.endsWith(".") && todo.endsWith("."), kind);
    assert.doesNotMatch(what + todo, /Bearer|Authorization|HTTP|\b4\d\d\b|status/, kind);
    assert.notEqual(what, todo);
  }
  assert.equal(messageFor({ kind: "auth", message: "send 'Authorization: Bearer <token>'" }).detail, "");
  assert.equal(messageFor({ kind: "http", message: "The stage must be one of saved, applied." }).detail,
    "The stage must be one of saved, applied.");
  assert.equal(messageFor({}).kind, "internal");
});

test("conditions and the setting are shown apart, each saying it is no gap", () => {
  const items = asideItems({ context: [
    { name: "Driver's License", category: "certification", requirement: "required", mentions: ["Driving licence"] },
    { name: "FinTech", category: "industry", requirement: "unspecified", mentions: ["fintech"] },
  ] });
  assert.equal(items.length, 2);
  assert.ok(items.every((s) => s.aside));
  assert.match(items[0].note, /condition of being hired/);
  assert.match(items[1].note, /field the work is in/);
  assert.deepEqual(asideItems({}), []);
});

test("education lines kept from a resume are added once each, below the profile's, at most twenty", () => {
  const have = ["BSc (Hons) Nursing, University of Leeds, 2015", ""];
  assert.deepEqual(withEducation(have, ["bsc (hons)  nursing, University of Leeds, 2015", " High school diploma, 2009 "]),
    ["BSc (Hons) Nursing, University of Leeds, 2015", "High school diploma, 2009"]);
  assert.deepEqual(withEducation(undefined, ["A", "a", ""]), ["A"]);
  const full = Array.from({ length: 20 }, (_, i) => `Line ${i}`);
  assert.equal(withEducation(full, ["One more"]).length, 20);
});

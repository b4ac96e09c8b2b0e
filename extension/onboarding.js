// First run: server + token -> resume (accept the suggested skills) -> LinkedIn (optional) -> done,
// with a sample listing to try.
import { ask, MSG } from "./lib/messages.js";
import { breakdownLine, groupSkills, messageFor, withEducation, withStatus } from "./lib/logic.js";
import { clear, fill, el, legend, skillChip } from "./lib/render.js";
import { scoreBox } from "./lib/result-view.js";
import { connect } from "./options/connection.js";
import { call, explain, say, sendFile } from "./options/common.js";
import { importLinkedIn, suggestionPicker } from "./options/resume.js";

const $ = (id) => document.getElementById(id);

// Written for this guide: a realistic listing to show what an analysis looks like.
const SAMPLE = `Data Analyst
Northwind Traders · Chicago, IL · Full-time
About the role
You will turn sales and supply data into dashboards and answers for our operations team.
Requirements
- 3+ years of SQL
- Experience with Tableau or Power BI
- Python for data cleaning (pandas)
- Excel, including pivot tables
- Clear written communication
Nice to have
- dbt
- Snowflake
- Google Data Analytics Professional Certificate
`;

function go(step) {
  for (let i = 1; i <= 4; i += 1) {
    $(`step-${i}`).hidden = i !== step;
    if (i === step) $(`nav-${i}`).setAttribute("aria-current", "step");
    else $(`nav-${i}`).removeAttribute("aria-current");
  }
  const heading = $(`h-${step}`);
  heading.setAttribute("tabindex", "-1");
  heading.focus();
}

async function addChosen(chosen, statusId = "ob-resume-status", next = 3) {
  const profile = await call("/profile");
  for (const entry of chosen) {
    if (entry.kind === "skill") profile.skills.push({ name: entry.item.name, level: entry.item.level || null, years: entry.item.years ?? null });
    else if (entry.kind === "cert") profile.certifications.push({ ...entry.item, status: entry.item.status || "earned" });
  }
  const education = chosen.filter((entry) => entry.kind === "education").map((entry) => entry.item.name);
  profile.education = withEducation(profile.education, education);  // no line twice, at most 20
  for (const cert of profile.certifications) delete cert.in_profile;
  for (const skill of profile.skills) delete skill.in_profile;
  try {
    await call("/profile", { method: "PUT", json: profile });
    say(statusId, `Added ${chosen.length} to your profile.`, "ok");
    if (next) go(next);
  } catch (error) {
    say(statusId, explain(error), "err");
  }
}

$("ob-connect").addEventListener("click", async () => {
  if (await connect($("ob-server").value, $("ob-token").value.trim(), "ob-connection-status")) go(2);
});
$("ob-resume").addEventListener("change", () => sendFile("ob-resume", "/profile/resume", "ob-resume-status", "Reading your resume…",
  async (answer) => {
    say("ob-resume-status", `Stored ${answer.resume.filename}.`, "ok");
    const count = suggestionPicker($("ob-suggestions"), answer.suggestions, addChosen);
    if (!count) go(3);
  }));
$("ob-resume-skip").addEventListener("click", () => go(3));
$("ob-linkedin").addEventListener("change", () => importLinkedIn(
  { input: "ob-linkedin", status: "ob-linkedin-status", box: "ob-linkedin-suggestions" }, async (answer) => {
    const added = answer.added || { skills: 0, certifications: 0 };
    say("ob-linkedin-status", `Added ${added.skills} skills and ${added.certifications} certifications.`, "ok");
  }, (chosen) => addChosen(chosen, "ob-linkedin-status", 0)));
$("ob-linkedin-next").addEventListener("click", async () => {
  await ask(MSG.PREFS_SET, { values: { onboarded: true } });
  go(4);
});
$("ob-sample").addEventListener("click", async () => {
  const box = clear($("ob-sample-result"));
  box.append(el("p", { class: "sub" }, "Analysing the sample…"));
  try {
    const result = await ask(MSG.ANALYZE_TEXT, { text: SAMPLE });
    const skills = withStatus(result);
    const groups = groupSkills(skills);
    const explainBox = el("div", { class: "explain", role: "region", "aria-label": "About this skill", hidden: true });
    fill(box,
      el("div", { class: "scoreline" }, scoreBox(result.gaps ? result.gaps.score : null),
        el("div", { class: "titles" }, el("h3", { id: "sample-title" }, result.posting.title || "Sample listing"),
          el("div", { class: "sub" }, [result.posting.company, result.posting.location].filter(Boolean).join(" · ")))),
      result.gaps ? el("p", { class: "breakdown" }, breakdownLine(result.gaps)) : null,
      result.profile_empty ? null : legend(),
      el("div", { class: "chips" }, [...groups.required, ...groups.preferred, ...groups.mentioned].map((s) => skillChip(s, explainBox))),
      explainBox);
  } catch (error) {
    const { what, todo } = messageFor(error);
    fill(box, el("p", { class: "status err" }, `${what} ${todo}`));
  }
});

ask(MSG.SETTINGS_GET).then((settings) => {
  $("ob-server").value = settings.serverUrl;
  if (settings.token) $("ob-token").value = settings.token;
});

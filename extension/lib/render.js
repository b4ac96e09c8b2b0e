// DOM helpers and the pieces the popup and options page both draw. Server text is only ever set as
// textContent (never innerHTML), so a hostile page or posting cannot inject markup.

import { STATUS, STATUS_ORDER, explainSkill } from "./logic.js";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only web links become hrefs (a stored URL could say "javascript:").
export function safeHref(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch (_) {
    return url;
  }
}

// Replace node's children with these (nulls, falses and nested arrays allowed, as in el()).
export function fill(node, ...children) {
  clear(node);
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

export function money(value) {
  if (value === null || value === undefined) return "cost not published";
  if (value === 0) return "free";
  return "$" + Math.round(value).toLocaleString("en-US");
}

// Study hours as the server's totals write them: to the half hour under 10 ("4.5"), else whole
// hours rounded half up (so a card and the stack's total above it never differ by a rounding).
export function hourLabel(value) {
  if (value < 10) return String(Math.floor(value * 2 + 0.5) / 2);
  return Math.floor(value + 0.5).toLocaleString("en-US");
}

export function hours(value, weeks) {
  if (value) return `about ${hourLabel(value)} h`;
  if (weeks) return `about ${weeks} weeks`;
  return "study time not published";
}

export function validity(credential) {
  const years = credential.validity_years;
  if (years) return `valid ${years} year${years === 1 ? "" : "s"}`;
  if (credential.renewal && /not expire|no expir|lifetime/i.test(credential.renewal)) return "does not expire";
  return credential.renewal || "validity not published";
}

// One chip for a skill: a button whose sign and accessible name say the status without colour;
// pressing it (click or Enter) opens its explanation in `panel`.
export function skillChip(skill, panel) {
  const status = STATUS[skill.status] ? skill.status : "unknown";
  const meta = STATUS[status];
  const years = skill.years ? ` · ${skill.years}+ yrs` : "";
  const chip = el("button", {
    type: "button", class: `chip chip-${status}`, dataset: { skill: skill.name, status },
    "aria-label": `${skill.name}${years}: ${skill.aside ? "not a skill: a condition of the job or its field" : meta ? meta.label : "not compared (no profile)"}`,
    "aria-expanded": "false",
  }, meta ? el("span", { class: "sign", "aria-hidden": "true" }, meta.icon) : null, skill.name + years);
  chip.addEventListener("click", () => {
    const open = chip.getAttribute("aria-expanded") === "true";
    for (const other of chip.closest("section, main, body").querySelectorAll(".chip[aria-expanded=true]")) other.setAttribute("aria-expanded", "false");
    if (!panel) return;
    if (open) {
      panel.hidden = true;
      return;
    }
    chip.setAttribute("aria-expanded", "true");
    fill(panel, el("strong", {}, skill.name), ...explainSkill(skill).map((line) => el("p", {}, line)));
    panel.hidden = false;
  });
  return chip;
}

// The legend, shown before the chips: sign, word and how many skills have that status (renew and
// finish only when a certification of the profile is one).
const OCCASIONAL = new Set(["renew", "finish"]);
export function legend(counts = null) {
  const keys = STATUS_ORDER.filter((key) => !OCCASIONAL.has(key) || (counts && counts[key]));
  return el("ul", { class: "legend", "aria-label": "What the signs mean" }, keys.map((key) =>
    el("li", { class: `chip chip-${key} static` }, el("span", { class: "sign", "aria-hidden": "true" }, STATUS[key].icon),
      STATUS[key].short + (counts ? ` ${counts[key] || 0}` : ""))));
}

// A recommended credential: name, provider, cost, time, validity, what it covers and why.
// A pick's price as the stack's total counts it: "$60–80" where the provider publishes a range
// (member or discounted to standard price), not its low end alone under a total saying "$60-80".
export function price(rec) {
  const c = rec.credential;
  const cost = rec.cost !== undefined ? rec.cost : c.total_cost_estimate;
  const ranged = cost && c.cost_max && c.cost_max > cost && !["free", "per_month"].includes(c.pricing);
  return ranged ? `${money(cost)}–${Math.round(c.cost_max).toLocaleString("en-US")}` : money(cost);
}

export function credentialCard(rec) {
  const c = rec.credential;
  const covers = (rec.covers || []).join(", ");
  return el("li", { class: "cred", dataset: { credential: c.id } },
    el("div", { class: "cred-head" },
      el("a", { href: safeHref(c.url), target: "_blank", rel: "noopener noreferrer", class: "cred-name" }, c.name),
      el("span", { class: "cred-provider" }, ` · ${c.provider}`)),
    el("div", { class: "cred-facts" },
      el("span", { class: "fact" }, price(rec)),
      el("span", { class: "fact" }, hours(rec.hours ?? c.total_hours_estimate, rec.weeks ?? c.weeks)),
      el("span", { class: "fact" }, validity(c))),
    rec.why ? el("p", { class: "cred-reason" }, rec.why) : null,
    covers ? el("div", { class: "cred-covers" }, "Fills: " + covers) : null,
    rec.reasons && rec.reasons.length ? el("details", { class: "cred-why" },
      el("summary", {}, "Why"),
      el("ul", {}, rec.reasons.map((reason) => el("li", {}, reason))),
      el("div", { class: "cred-source" }, "Figures from ",
        safeHref(c.source) ? el("a", { href: c.source, target: "_blank", rel: "noopener noreferrer" }, hostOf(c.source)) : "the provider",
        c.checked ? `, checked ${c.checked}` : "")) : null);
}

export function stackSummary(recs) {
  const parts = [`${recs.recommendations.length} credential${recs.recommendations.length === 1 ? "" : "s"}`];
  if (recs.totals_text) {
    parts.push(recs.totals_text);
    return parts.join(" · ");
  }
  if (recs.total_cost !== null && recs.total_cost !== undefined) parts.push(money(recs.total_cost) + " in all");
  if (recs.total_hours) parts.push(`about ${hourLabel(recs.total_hours)} h of study`);
  return parts.join(" · ");
}

// Horizontal SVG bar chart: [{label, value, title}] -> an <svg> (no library, no remote code).
export function barChart(rows, { width = 520, bar = 18, gap = 6, labelWidth = 170, label = "" } = {}) {
  const ns = "http://www.w3.org/2000/svg";
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * (bar + gap) + gap;
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("role", "img");
  if (label) svg.setAttribute("aria-label", label);
  svg.setAttribute("class", "chart");
  const make = (tag, attrs, text) => {
    const node = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  rows.forEach((row, i) => {
    const y = gap + i * (bar + gap);
    const w = Math.max(2, ((width - labelWidth - 60) * row.value) / max);
    const group = make("g", { class: "bar", "data-skill": row.label });
    group.append(make("title", {}, row.title || `${row.label}: ${row.value}`));
    group.append(make("text", { x: labelWidth - 8, y: y + bar * 0.72, "text-anchor": "end", class: "bar-label" },
      row.label.length > 26 ? row.label.slice(0, 25) + "…" : row.label));
    group.append(make("rect", { x: labelWidth, y, width: w, height: bar, rx: 3, class: row.className || "bar-rect" }));
    group.append(make("text", { x: labelWidth + w + 6, y: y + bar * 0.72, class: "bar-value" }, String(row.valueLabel ?? row.value)));
    svg.append(group);
  });
  return svg;
}

// The extension's palette (style.css) meets WCAG AA, light and dark: text on its chip, band and page.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const css = readFileSync(new URL("../../extension/style.css", import.meta.url), "utf8");

function variables(block) {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

const light = variables(css.slice(css.indexOf(":root {"), css.indexOf("@media (prefers-color-scheme: dark)")));
const dark = { ...light, ...variables(css.slice(css.indexOf("@media (prefers-color-scheme: dark)"))) };

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function ratio(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const PAIRS = [["ink", "bg"], ["muted", "bg"], ["muted", "surface"], ["blue", "bg"], ["on-blue", "blue"],
  ["have", "have-bg"], ["imp", "imp-bg"], ["trans", "trans-bg"], ["miss", "miss-bg"],
  ["on-band", "band-low"], ["on-band", "band-mid"], ["on-band", "band-high"], ["on-band", "band-none"],
  ["ink", "warn-bg"], ["trans", "bg"], ["have", "bg"], ["miss", "bg"]];

for (const [name, palette] of [["light", light], ["dark", dark]]) {
  test(`${name} mode: every text colour is 4.5:1 or more on its background`, () => {
    for (const [fg, bg] of PAIRS) {
      assert.ok(palette[fg] && palette[bg], `--${fg} / --${bg} defined`);
      const r = ratio(palette[fg], palette[bg]);
      assert.ok(r >= 4.5, `${name}: --${fg} on --${bg} is ${r.toFixed(2)}:1`);
    }
  });
}

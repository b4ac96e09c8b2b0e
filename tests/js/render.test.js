// Unit tests for the pure formatters of extension/lib/render.js (node --test; no browser).
import assert from "node:assert/strict";
import { test } from "node:test";

import { hourLabel, hours, price, stackSummary } from "../../extension/lib/render.js";

const bls = { id: "bls", name: "BLS", pricing: "one_time", cost_min: 60, cost_max: 80, total_cost_estimate: 60 };

test("a card shows the published price range the stack's total counts, not its low end alone", () => {
  // a real nurse's card read "$60" under a total of "$60-80 in all"
  assert.equal(price({ credential: bls, cost: 60 }), "$60–80");
  assert.equal(price({ credential: { ...bls, cost_max: 60 }, cost: 60 }), "$60");
  assert.equal(price({ credential: { ...bls, pricing: "per_month", cost_max: 90 }, cost: 147 }), "$147");
  assert.equal(price({ credential: { ...bls, pricing: "free", cost_min: 0, cost_max: 0 }, cost: 0 }), "free");
  assert.equal(price({ credential: { ...bls, cost_min: null, cost_max: null }, cost: null }), "cost not published");
});

test("study hours are rounded as the server's totals round them", () => {
  // the same 4.5 h read "about 5 h" on the card and "about 4 h of study" in the total above it
  assert.equal(hourLabel(4.5), "4.5");
  assert.equal(hourLabel(4.2), "4");
  assert.equal(hourLabel(12.5), "13");
  assert.equal(hourLabel(1250), "1,250");
  assert.equal(hours(4.5, null), "about 4.5 h");
  assert.equal(hours(null, 6), "about 6 weeks");
  assert.equal(stackSummary({ recommendations: [{}], total_cost: 60, total_hours: 4.5 }),
    "1 credential · $60 in all · about 4.5 h of study");
});

// extension/early.js is a plain script (it runs before any module loads), so it spells the analyse
// message's name itself: it must be the worker's.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { MSG } from "../../extension/lib/messages.js";

test("the early ask uses the worker's analyse message", () => {
  const source = readFileSync(new URL("../../extension/early.js", import.meta.url), "utf-8");
  assert.match(source, new RegExp(`const ANALYZE = "${MSG.ANALYZE.replace(".", "\\.")}"`));
});

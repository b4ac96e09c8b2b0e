// lib/messages.js ask(): a message no listener answered (Firefox's event page still starting while the
// sidebar hears it) is sent again; an answer that never comes is said plainly.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ask } from "../../extension/lib/messages.js";

function fakeRuntime(answers) {
  const sent = [];
  globalThis.chrome = { runtime: { sendMessage: async (message) => { sent.push(message); return answers.shift(); } } };
  return sent;
}

test("ask sends again while no listener answers, then gives the worker's value", async () => {
  const sent = fakeRuntime([undefined, undefined, { ok: true, value: 42 }]);
  assert.equal(await ask("settings.set", { token: "t" }), 42);
  assert.equal(sent.length, 3);
  assert.deepEqual(sent[2], { type: "settings.set", token: "t" });
});

test("ask rejects with the worker's error at once, without sending again", async () => {
  const sent = fakeRuntime([{ ok: false, error: { kind: "auth", message: "Sign in again", status: 401 } }]);
  await assert.rejects(ask("profile.get"), (error) => error.kind === "auth" && error.status === 401);
  assert.equal(sent.length, 1);
});

test("ask says the background did not answer when no answer ever comes", async () => {
  const sent = fakeRuntime([]);
  await assert.rejects(ask("profile.get"), /did not answer/);
  assert.equal(sent.length, 20);
});

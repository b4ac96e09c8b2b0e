// Unit tests for extension/lib/api.js: error kinds from the server's `type`, URLs, file names, base64.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";

import { filenameOf, fromBase64, kindOf, normaliseServer, originPattern, request, toBase64 } from "../../extension/lib/api.js";

const realFetch = globalThis.fetch;
afterEach(() => { globalThis.fetch = realFetch; });

test("the error kind comes from the server's type, whatever its message says", async () => {
  globalThis.fetch = async () => new Response(JSON.stringify({ error: { code: 422, type: "no_posting", message: "Quelque chose" } }),
    { status: 422, headers: { "Content-Type": "application/json" } });
  await assert.rejects(request({ serverUrl: "http://s", token: "t" }, "/analyze", { json: {} }), (e) => e.kind === "no_posting" && e.status === 422);
  globalThis.fetch = async () => new Response(JSON.stringify({ error: { code: 422, type: "invalid_input", message: "no job posting found" } }),
    { status: 422 });
  await assert.rejects(request({ serverUrl: "http://s", token: "t" }, "/analyze", { json: {} }), (e) => e.kind === "http");
});

test("status codes stand in for servers that send no type", () => {
  assert.deepEqual([[401], [404], [413], [429], [500]].map(([s]) => kindOf(s)), ["auth", "not_found", "too_large", "rate_limited", "http"]);
  assert.equal(kindOf(401, "unauthorized"), "auth");
  assert.equal(kindOf(422, "no_description"), "no_description");
  assert.equal(kindOf(422, "profile_full"), "profile_full");  // the options page then offers checkboxes
  assert.equal(kindOf(422, "invalid_input"), "http");
});

test("no token, no request; nothing answering is 'offline'; the token is sent", async () => {
  let seen = null;
  globalThis.fetch = async (url, init) => { seen = { url, init }; throw new TypeError("Failed to fetch"); };
  await assert.rejects(request({ serverUrl: "http://s", token: "" }, "/me"), (e) => e.kind === "not_configured");
  assert.equal(seen, null);
  await assert.rejects(request({ serverUrl: "http://s", token: "abc" }, "/me"), (e) => e.kind === "offline");
  assert.equal(seen.url, "http://s/api/v1/me");
  assert.equal(seen.init.headers.Authorization, "Bearer abc");
});

test("server URLs are normalised and give their host permission", () => {
  assert.equal(normaliseServer(" 127.0.0.1:8765/api/v1/ "), "http://127.0.0.1:8765");
  assert.equal(normaliseServer(""), "http://127.0.0.1:8765");
  assert.equal(originPattern("https://cred.example.org:8443/x"), "https://cred.example.org/*");
});

test("a download's file name comes from Content-Disposition", () => {
  assert.equal(filenameOf('attachment; filename="Jane-Doe-Acme.docx"'), "Jane-Doe-Acme.docx");
  assert.equal(filenameOf("attachment; filename*=UTF-8''J%C3%A9r%C3%B4me.docx"), "Jérôme.docx");
  assert.equal(filenameOf(null), "resume.docx");
});

test("base64 round-trips bytes, large ones included", () => {
  const bytes = new Uint8Array(200000).map((_, i) => (i * 31) % 256);
  assert.deepEqual(fromBase64(toBase64(bytes.buffer)), bytes);
});

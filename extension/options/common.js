// What every part of the options page shares: the API through the worker, status lines, messages.
import { ask, MSG } from "../lib/messages.js";
import { messageFor } from "../lib/logic.js";

export const $ = (id) => document.getElementById(id);

export function call(path, options = {}) {
  return ask(MSG.API, { path, ...options });
}

export function say(id, text, kind = "") {
  const node = $(id);
  node.className = `status ${kind}`;
  node.textContent = text;
}

// An error in words: what happened and what to do; a 422 names its fields.
export function explain(error) {
  if ((error.kind === "http" || error.kind === "profile_full") && error.status === 422) {
    return error.message;
  }
  const { what, todo, detail } = messageFor(error);
  return [what, todo, detail].filter(Boolean).join(" ");
}

// A chosen file, ready to travel to the worker.
export async function fileMessage(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, type: file.type, base64: btoa(text) };
}

// Send the file chosen in <input id=inputId> to `path`, then `done(answer)`; errors go to statusId.
export async function sendFile(inputId, path, statusId, busy, done) {
  const file = $(inputId).files[0];
  if (!file) return;
  say(statusId, busy);
  try {
    await done(await call(path, { file: await fileMessage(file) }));
  } catch (error) {
    say(statusId, explain(error), "err");
  } finally {
    $(inputId).value = "";
  }
}

// Parts of the page register what to reload once connected.
const loaders = [];
export function onConnected(load) {
  loaders.push(load);
}
export async function loadAll() {
  $("signed-in").hidden = false;
  const results = await Promise.allSettled(loaders.map((load) => load()));
  for (const result of results) if (result.status === "rejected") console.error(result.reason);
}

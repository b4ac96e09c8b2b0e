// This account's devices (API tokens): when each was last used; revoke one (this one included).
import { clear, el } from "../lib/render.js";
import { $, call, explain, onConnected, say } from "./common.js";

const day = (stamp) => (stamp ? String(stamp).slice(0, 10) : "never");

async function loadDevices() {
  const box = clear($("device-rows"));
  let answer;
  try {
    answer = await call("/me/tokens");
  } catch (error) {
    if (error.kind === "not_found" || error.status === 405) {
      box.append(el("p", { class: "sub" }, "This server does not list devices yet: update it to manage tokens here."));
      return;
    }
    throw error;
  }
  for (const token of answer.tokens) {
    const revoke = el("button", { type: "button", class: token.current ? "danger" : "", dataset: { id: token.id } },
      token.current ? "Revoke this device" : "Revoke");
    revoke.addEventListener("click", async () => {
      try {
        await call(`/me/tokens/${token.id}`, { method: "DELETE" });
        say("devices-status", token.current ? "This device's token is revoked: paste a new one above to reconnect." : "Revoked.", "ok");
        if (!token.current) await loadDevices();
      } catch (error) {
        say("devices-status", explain(error), "err");
      }
    });
    box.append(el("div", { class: "listing device", dataset: { id: token.id } },
      el("div", { class: "grow" }, el("strong", {}, token.name || `Token ${token.id}`), token.current ? " (this device)" : "",
        el("div", { class: "sub" }, `created ${day(token.created_at)} · last used ${day(token.last_used_at)}` +
          (token.expires_at ? ` · expires ${day(token.expires_at)}` : ""))),
      revoke));
  }
}

export function setUpDevices() {
  onConnected(loadDevices);
}

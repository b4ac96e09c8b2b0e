// Server and token: saved by the worker, checked against the server.
import { ask, MSG } from "../lib/messages.js";
import { normaliseServer, originPattern } from "../lib/api.js";
import { $, call, explain, loadAll, say } from "./common.js";

export async function connect(serverUrlText, token, statusId = "connection-status") {
  let serverUrl;
  try {
    serverUrl = normaliseServer(serverUrlText);
    new URL(serverUrl);
  } catch (_) {
    say(statusId, "That server URL is not a web address; it looks like http://127.0.0.1:8765.", "err");
    return false;
  }
  // asked first thing in the click (an await before it would lose the click's gesture)
  const granted = await chrome.permissions.request({ origins: [originPattern(serverUrl)] }).catch(() => false);
  if (!granted) {
    say(statusId, `Allow credstack to reach ${serverUrl} to continue.`, "err");
    return false;
  }
  await ask(MSG.SETTINGS_SET, { serverUrl, token });
  say(statusId, "Connecting…");
  try {
    const health = await call("/health");
    const me = await call("/me");
    say(statusId, `Connected as ${me.user} — credstack ${health.version}${health.pdf ? ", PDF export available" : ""}.`, "ok");
    return true;
  } catch (error) {
    say(statusId, explain(error), "err");
    return false;
  }
}

export async function setUpConnection() {
  const settings = await ask(MSG.SETTINGS_GET);
  $("server-url").value = settings.serverUrl;
  $("token").value = settings.token;
  $("test").addEventListener("click", async () => {
    const serverUrl = $("server-url").value;
    if (await connect(serverUrl, $("token").value.trim())) {
      $("server-url").value = normaliseServer(serverUrl);
      await loadAll();
    } else {
      $("signed-in").hidden = true;
    }
  });
  if (!settings.token) {
    say("connection-status", "Paste the token printed by “credstack token” and press Test connection.");
    return false;
  }
  try {
    await call("/me");
    say("connection-status", `Connected to ${settings.serverUrl}.`, "ok");
    return true;
  } catch (error) {
    say("connection-status", explain(error), "err");
    return false;
  }
}

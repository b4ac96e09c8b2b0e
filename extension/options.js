// The options page: each feature in its own module under options/.
import { $, loadAll } from "./options/common.js";
import { setUpConnection } from "./options/connection.js";
import { setUpDevices } from "./options/devices.js";
import { setUpProfile } from "./options/profile.js";
import { setUpResume } from "./options/resume.js";
import { setUpTracker } from "./options/tracker.js";

async function start() {
  setUpProfile();
  setUpResume();
  setUpTracker();
  setUpDevices();
  if (await setUpConnection()) await loadAll();
}

start().catch((error) => {
  $("connection-status").className = "status err";
  $("connection-status").textContent = `The options page could not start: ${error.message}`;
});

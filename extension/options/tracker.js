// The tracker (saved listings with stage, dates, notes) and the shopping list.
import { shoppingView } from "../lib/analyze-all.js";
import { trackerTable } from "../lib/tracker-view.js";
import { $, onConnected } from "./common.js";
import { afterProfileSaved } from "./profile.js";

const loadTracker = () => trackerTable($("tracker"));
const loadShopping = () => shoppingView($("shopping-body"), { width: 760 });

export function setUpTracker() {
  onConnected(loadTracker);
  onConnected(loadShopping);
  afterProfileSaved(loadShopping);
}

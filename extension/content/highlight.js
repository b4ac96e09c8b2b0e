// Injected into the listing's tab on demand (never declared as an always-on content script).
// (Reading the page is lib/capture.js, run without this script.)
// highlight(terms): wrap each mention in an inline <credstack-mark>; clear(): unwrap them all and
// merge the split text back, leaving the page's DOM as it was.
(() => {
  if (globalThis.__credstack) return;

  const TAG = "CREDSTACK-MARK";
  // The popup's colours and signs, so the page reads the same way (and not by colour alone).
  const STATUS = {
    have: { bg: "#d6f0dc", line: "#1b6e32", icon: "✓", label: "have" },
    implied: { bg: "#d4ecf4", line: "#1c5f78", icon: "≈", label: "by implication" },
    transferable: { bg: "#fbecc4", line: "#7a5200", icon: "↔", label: "transferable" },
    missing: { bg: "#fadcd8", line: "#a3261b", icon: "✗", label: "missing" },
    renew: { bg: "#fbecc4", line: "#7a5200", icon: "↻", label: "renew" },
    finish: { bg: "#fbecc4", line: "#7a5200", icon: "◔", label: "finish" },
  };
  const LEGEND_ID = "credstack-legend";
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "INPUT", "SELECT", "OPTION", "TEMPLATE",
    "IFRAME", "SVG", "CANVAS", "CODE", "PRE", TAG]);
  const MAX_MARKS = 3000;

  function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // Each text node split for marks, with the nodes that replaced it. clear() puts the very same
  // node back (frameworks such as React keep references to it) and touches nothing else.
  let replaced = [];

  function clear() {
    let count = 0;
    for (const { original, pieces } of replaced.reverse()) {
      const first = pieces.find((piece) => piece.parentNode);
      if (!first) continue; // the page re-rendered that part itself
      first.parentNode.insertBefore(original, first);
      for (const piece of pieces) {
        if (piece.nodeType === Node.ELEMENT_NODE) count += 1;
        piece.remove();
      }
    }
    replaced = [];
    const legend = document.getElementById(LEGEND_ID);
    if (legend) legend.remove();
    // marks left by an earlier copy of this script (extension reloaded): unwrap them
    for (const mark of document.querySelectorAll(TAG.toLowerCase())) {
      mark.replaceWith(document.createTextNode(mark.textContent));
      count += 1;
    }
    return count;
  }

  // terms: [{text, status, skill}]; longer phrases win over the words inside them.
  function highlight(terms) {
    clear();
    const byText = new Map();
    for (const term of terms) {
      const text = (term.text || "").trim();
      if (text.length < 2 || byText.has(text.toLowerCase())) continue;
      byText.set(text.toLowerCase(), { ...term, text });
    }
    if (!byText.size) return { marks: 0, skills: 0 };
    const pattern = [...byText.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
    const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{N}_])`, "giu");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        for (let p = node.parentElement; p && p !== document.body; p = p.parentElement) {
          if (SKIP.has(p.tagName.toUpperCase()) || p.isContentEditable) return NodeFilter.FILTER_REJECT;
        }
        return node.nodeValue.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    let count = 0;
    const found = new Set();
    for (const node of nodes) {
      if (count >= MAX_MARKS) break;
      const text = node.nodeValue;
      regex.lastIndex = 0;
      let match;
      let last = 0;
      const pieces = [];
      while ((match = regex.exec(text)) && count < MAX_MARKS) {
        const term = byText.get(match[0].toLowerCase());
        // short names ("Go", "R", "C") only in the case the posting wrote them
        if (!term || (term.text.length <= 3 && term.text !== match[0])) continue;
        pieces.push(document.createTextNode(text.slice(last, match.index)));
        const mark = document.createElement(TAG.toLowerCase());
        mark.textContent = match[0];
        mark.dataset.status = term.status || "unknown";
        mark.dataset.skill = term.skill || match[0];
        const look = STATUS[term.status];
        mark.title = `${term.skill || match[0]}: ${look ? look.label : "not compared"}`;
        mark.style.cssText = `background-color: ${look ? look.bg : "#dde6f5"} !important; color: #1d2330 !important;` +
          `border-bottom: 2px ${term.status === "missing" ? "dashed" : "solid"} ${look ? look.line : "#1f5aa6"} !important;` +
          "border-radius: 2px; font: inherit; padding: 0; margin: 0; display: inline;";
        pieces.push(mark);
        found.add(mark.dataset.skill);
        last = match.index + match[0].length;
        count += 1;
      }
      if (!pieces.length) continue;
      pieces.push(document.createTextNode(text.slice(last)));
      const kept = pieces.filter((piece) => piece.nodeType !== Node.TEXT_NODE || piece.nodeValue);
      const fragment = document.createDocumentFragment();
      fragment.append(...kept);
      node.replaceWith(fragment);
      replaced.push({ original: node, pieces: kept });
    }
    if (count) showLegend();
    return { marks: count, skills: found.size };
  }

  // A small legend in the page's corner (in a shadow root, so the page's styles leave it alone).
  function showLegend() {
    if (document.getElementById(LEGEND_ID)) return;
    const host = document.createElement("div");
    host.id = LEGEND_ID;
    host.style.cssText = "position: fixed !important; right: 12px; bottom: 12px; z-index: 2147483647;";
    const shadow = host.attachShadow({ mode: "open" });
    const box = document.createElement("div");
    box.setAttribute("role", "note");
    box.setAttribute("aria-label", "credstack highlight legend");
    box.style.cssText = "font: 12px/1.4 system-ui, sans-serif; background: #fff; color: #1d2330; border: 1px solid #8a93a3;" +
      "border-radius: 8px; padding: 6px 8px; box-shadow: 0 2px 8px rgba(0,0,0,.2); display: flex; gap: 6px; align-items: center;";
    const title = document.createElement("strong");
    title.textContent = "credstack";
    box.append(title);
    for (const look of Object.values(STATUS)) {
      const item = document.createElement("span");
      item.textContent = `${look.icon} ${look.label}`;
      item.style.cssText = `background: ${look.bg}; border-bottom: 2px solid ${look.line}; border-radius: 3px; padding: 0 4px;`;
      box.append(item);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "Hide the credstack legend");
    close.style.cssText = "border: 0; background: none; font-size: 15px; cursor: pointer; color: #1d2330;";
    close.addEventListener("click", () => host.remove());
    box.append(close);
    shadow.append(box);
    document.documentElement.append(host);
  }

  globalThis.__credstack = { highlight, clear };
})();

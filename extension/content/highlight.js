// Injected into the listing's tab on demand (never declared as an always-on content script).
// capture(): the page's HTML (scripts and styles left out, JSON-LD kept) and URL.
// highlight(terms): wrap each mention in an inline <credstack-mark>; clear(): unwrap them all and
// merge the split text back, leaving the page's DOM as it was.
(() => {
  if (globalThis.__credstack) return;

  const TAG = "CREDSTACK-MARK";
  const COLOURS = {
    have: "rgba(46, 160, 67, 0.30)",
    implied: "rgba(46, 160, 67, 0.30)",
    transferable: "rgba(230, 160, 0, 0.35)",
    missing: "rgba(220, 50, 47, 0.28)",
  };
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "INPUT", "SELECT", "OPTION", "TEMPLATE",
    "IFRAME", "SVG", "CANVAS", "CODE", "PRE", TAG]);
  const MAX_MARKS = 3000;

  function capture() {
    const root = document.documentElement.cloneNode(true);
    for (const node of root.querySelectorAll("script:not([type='application/ld+json']), style, noscript, svg, link, iframe")) {
      node.remove();
    }
    // highlights on: the marked words are still the page's words
    for (const mark of root.querySelectorAll(TAG.toLowerCase())) mark.replaceWith(mark.textContent);
    const doctype = document.doctype ? "<!DOCTYPE html>\n" : "";
    return { html: doctype + root.outerHTML, url: location.href, title: document.title };
  }

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
        mark.title = `${term.skill || match[0]}: ${term.status || ""}`.trim();
        mark.style.cssText = `background-color: ${COLOURS[term.status] || "rgba(31, 90, 166, 0.2)"} !important;` +
          "color: inherit; border-radius: 2px; font: inherit; padding: 0; margin: 0; display: inline;";
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
    return { marks: count, skills: found.size };
  }

  globalThis.__credstack = { capture, highlight, clear, isOn: () => !!document.querySelector(TAG.toLowerCase()) };
})();

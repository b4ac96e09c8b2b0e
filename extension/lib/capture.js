// Functions the worker runs in a listing's tab with chrome.scripting.executeScript({func}): each is
// sent as source, so it must stand alone (no imports, no outer variables). One call each, with no
// content script injected first: reading the page is on the path to the first results.

// The page's HTML (scripts, styles and other bulk left out, JSON-LD kept), URL and title; with
// highlights on, the marked words are put back as the page's own text.
export function capturePage() {
  const root = document.documentElement.cloneNode(true);
  for (const node of root.querySelectorAll("script:not([type='application/ld+json']), style, noscript, svg, link, iframe, #credstack-legend")) {
    node.remove();
  }
  for (const mark of root.querySelectorAll("credstack-mark")) mark.replaceWith(mark.textContent);
  const doctype = document.doctype ? "<!DOCTYPE html>\n" : "";
  return { html: doctype + root.outerHTML, url: location.href, title: document.title };
}

// Whether credstack's highlights are on in the page (content/highlight.js marks with this tag).
export function pageHighlighted() {
  return !!document.querySelector("credstack-mark");
}

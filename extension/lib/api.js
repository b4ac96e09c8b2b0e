// The credstack API client shared by the service worker, popup and options page.
// Settings (server URL and token) live in chrome.storage.local; every call returns parsed JSON or
// throws an ApiError whose `kind` says what the person can do about it.

export const DEFAULT_SERVER = "http://127.0.0.1:8765";
const TIMEOUT_MS = 120000;

export class ApiError extends Error {
  // kind: "offline" (no server answered), "auth" (401), "not_configured", "no_posting", "no_description",
  // "too_large", "timeout", "http" (any other 4xx/5xx)
  constructor(kind, message, status = 0, details = null) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.details = details;
  }
}

export async function getSettings() {
  const stored = await chrome.storage.local.get({ serverUrl: DEFAULT_SERVER, token: "" });
  return { serverUrl: normaliseServer(stored.serverUrl), token: (stored.token || "").trim() };
}

export async function saveSettings({ serverUrl, token }) {
  await chrome.storage.local.set({ serverUrl: normaliseServer(serverUrl), token: (token || "").trim() });
}

// The query string for a tailored resume: the format, and how expired certifications are shown.
export async function resumeQuery(format = "docx") {
  const { markExpired } = await chrome.storage.local.get({ markExpired: false });
  return `?format=${format}&expired=${markExpired ? "mark" : "omit"}`;
}

export function normaliseServer(url) {
  let value = (url || "").trim() || DEFAULT_SERVER;
  if (!/^https?:\/\//i.test(value)) value = "http://" + value;
  return value.replace(/\/+$/, "").replace(/\/api\/v1$/, "");
}

// The origin pattern a server URL needs as a host permission.
export function originPattern(serverUrl) {
  const url = new URL(normaliseServer(serverUrl));
  return `${url.protocol}//${url.hostname}/*`;
}

async function errorFrom(response) {
  let message = `The server answered ${response.status} ${response.statusText}.`;
  let details = null;
  let type = null;
  try {
    const body = await response.json();
    if (body && body.error) {
      message = body.error.message || message;
      details = body.error.details || null;
      type = body.error.type || null;
    }
  } catch (_) {
    // not JSON: keep the status line
  }
  if (response.status === 401) {
    return new ApiError("auth", "The server refused the token: " + message +
      " Create one with `credstack token` and paste it in the options page.", 401, details);
  }
  if (response.status === 422 && type === "no_description") {
    return new ApiError("no_description", message, 422, details);
  }
  if (response.status === 422 && (type === "no_posting" || /no job posting/i.test(message))) {
    return new ApiError("no_posting", message, 422, details);
  }
  if (response.status === 413) return new ApiError("too_large", message, 413, details);
  return new ApiError("http", message, response.status, details);
}

// request(path, {method, json, form, raw, settings}): path is relative to /api/v1.
export async function request(path, options = {}) {
  const settings = options.settings || (await getSettings());
  if (!settings.token && !options.anonymous) {
    throw new ApiError("not_configured",
      "No API token yet: open the credstack options page, paste the server URL and a token, and press Test connection.");
  }
  const headers = {};
  if (settings.token) headers.Authorization = `Bearer ${settings.token}`;
  let body;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeout || TIMEOUT_MS);
  let response;
  try {
    response = await fetch(`${settings.serverUrl}/api/v1${path}`, {
      method: options.method || (body ? "POST" : "GET"), headers, body, signal: controller.signal,
    });
  } catch (error) {
    if (error.name === "AbortError") {
      throw new ApiError("timeout", `The server at ${settings.serverUrl} took too long to answer; try again.`);
    }
    throw new ApiError("offline", `No credstack server answers at ${settings.serverUrl}. ` +
      "Start it with `credstack serve` (or check the server URL in the options page).");
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw await errorFrom(response);
  if (options.raw) return response;
  if (response.status === 204) return null;
  return response.json();
}

// A file answer (the tailored resume): {blob, filename}.
export async function download(path, settings) {
  const response = await request(path, { raw: true, settings });
  const disposition = response.headers.get("Content-Disposition") || "";
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const filename = match ? decodeURIComponent(match[1]) : "resume.docx";
  return { blob: await response.blob(), filename };
}

export function saveBlob(blob, filename, doc = document) {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

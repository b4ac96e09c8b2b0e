// The credstack API client, used only by the service worker (which owns the settings).
// Every call returns parsed JSON or throws an ApiError whose `kind` says what the person can do.
// Kinds come from the server's stable error `type`, never from its message text.

export const DEFAULT_SERVER = "http://127.0.0.1:8765";
const TIMEOUT_MS = 120000;

export class ApiError extends Error {
  constructor(kind, message, status = 0, details = null) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.details = details;
  }
}

// The server's error type (and status, for servers that send no type) -> what the extension shows.
const KIND_BY_TYPE = {
  unauthorized: "auth", no_posting: "no_posting", no_description: "no_description", too_large: "too_large",
  rate_limited: "rate_limited", not_found: "not_found", not_a_docx: "not_a_docx", profile_full: "profile_full",
};
const KIND_BY_STATUS = { 401: "auth", 404: "not_found", 413: "too_large", 429: "rate_limited" };

export function kindOf(status, type) {
  return KIND_BY_TYPE[type] || KIND_BY_STATUS[status] || "http";
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

export function filenameOf(disposition, fallback = "resume.docx") {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition || "");
  return match ? decodeURIComponent(match[1]) : fallback;
}

async function errorFrom(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    // not JSON: the status says enough
  }
  const error = (body && body.error) || {};
  const message = error.message || `The server answered ${response.status} ${response.statusText}.`;
  return new ApiError(kindOf(response.status, error.type), message, response.status, error.details || null);
}

// request(settings, path, {method, json, form, raw, anonymous, timeout}): path is under /api/v1.
export async function request(settings, path, options = {}) {
  if (!settings.token && !options.anonymous) {
    throw new ApiError("not_configured", "credstack is not connected to its server yet.");
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
    if (error.name === "AbortError") throw new ApiError("timeout", `The server at ${settings.serverUrl} took too long to answer.`);
    throw new ApiError("offline", `Nothing answers at ${settings.serverUrl}.`);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw await errorFrom(response);
  if (options.raw) return response;
  if (response.status === 204) return null;
  return response.json();
}

export function toBase64(bytes) {
  let text = "";
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text) {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

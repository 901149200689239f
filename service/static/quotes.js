// quotes.js: a client for the quotes service, for CMS plugins and pages. An ES module with no build step
// and no dependencies: import { extractQuotes } from "<the service's address>/static/quotes.js".
//
// Offsets come back in UTF-16 code units unless you ask otherwise, so `source.slice(start, end)` is the
// quote in JavaScript, for text and for HTML alike (for HTML, the slice may hold tags; `text` is the
// plain text). Errors are thrown as QuotesError objects carrying the problem details the service sent.

/** The service's problem details (RFC 9457), thrown by extractQuotes for every answer that is not a 200. */
export class QuotesError extends Error {
  /**
   * @param {object} problem {type, title, status, detail, errors?, request_id?}
   * @param {object} [extra] {retryAfter: seconds or null, cause}
   */
  constructor(problem, { retryAfter = null, cause } = {}) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`, cause ? { cause } : undefined);
    this.name = "QuotesError";
    this.problem = problem;
    this.type = problem.type || "about:blank";
    this.title = problem.title || "";
    this.status = problem.status || 0;
    this.detail = problem.detail || "";
    this.errors = problem.errors || null;
    this.requestId = problem.request_id || null;
    this.retryAfter = retryAfter;
  }
}

/** Answers worth sending again after the Retry-After the service gives: rate limited, or overloaded. */
export const RETRY_STATUSES = Object.freeze([429, 503]);
export const DEFAULTS = Object.freeze({ retries: 2, maxRetryAfter: 10 });

/**
 * Find every quotation in one article and who said it.
 *
 * @param {string} baseUrl where the service answers, e.g. "https://quotes.example.org" ("" for this page's own)
 * @param {object} request
 * @param {string} [request.text] the article as plain text; or
 * @param {string} [request.html] the article's HTML (exactly one of text and html)
 * @param {string} [request.id] your id for the article, echoed back
 * @param {object} [request.options] the API's options; offsets default to "utf16" here
 * @param {string} [request.apiKey] sent as "Authorization: Bearer <key>" when the service wants keys
 * @param {AbortSignal} [request.signal] to give up (an abort rejects with the signal's AbortError)
 * @param {number} [request.retries] how many times to send again after 429 or 503 (default 2)
 * @param {number} [request.maxRetryAfter] the longest Retry-After, in seconds, worth waiting (default 10);
 *   an answer asking for longer is thrown at once, with its retryAfter, for the caller to decide
 * @param {Function} [request.fetch] a fetch to use instead of the global one
 * @returns {Promise<object>} the parsed answer: {id, quotes, speakers, meta}
 * @throws {QuotesError} for every answer other than 200, and when the service cannot be reached (status 0)
 */
export async function extractQuotes(baseUrl, request = {}) {
  const { text, html, id, options = {}, apiKey, signal } = request;
  const retries = request.retries ?? DEFAULTS.retries;
  const maxRetryAfter = request.maxRetryAfter ?? DEFAULTS.maxRetryAfter;
  const fetchImpl = request.fetch ?? globalThis.fetch.bind(globalThis);
  if ((text === undefined) === (html === undefined)) {
    throw new TypeError("extractQuotes needs exactly one of text or html");
  }
  const body = { ...(text !== undefined ? { text } : { html }), options: { offsets: "utf16", ...options } };
  if (id !== undefined) body.id = id;
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
  const url = `${String(baseUrl).replace(/\/+$/, "")}/v1/quotes`;
  const payload = JSON.stringify(body);

  for (let attempt = 0; ; attempt += 1) {
    let response;
    try {
      response = await fetchImpl(url, { method: "POST", headers, body: payload, signal });
    } catch (error) {
      if (error?.name === "AbortError" || signal?.aborted) throw error;
      throw new QuotesError(
        { type: "urn:quotes:client:unreachable", title: "Service unreachable", status: 0,
          detail: "The quotes service could not be reached (network error, or a browser origin it does not allow)." },
        { cause: error });
    }
    if (response.ok) return response.json();
    const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
    const error = new QuotesError(await problemOf(response), { retryAfter });
    const canWait = retryAfter !== null && retryAfter <= maxRetryAfter;
    if (!RETRY_STATUSES.includes(response.status) || attempt >= retries || !canWait) throw error;
    await sleep(retryAfter * 1000, signal);
  }
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date); null when absent or unreadable. */
export function parseRetryAfter(header, now = Date.now()) {
  if (header === null || header === undefined || header.trim() === "") return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

async function problemOf(response) {
  const fallback = { type: "about:blank", title: response.statusText || `HTTP ${response.status}`,
                     status: response.status, detail: `The service answered ${response.status} without problem details.` };
  const type = response.headers.get("Content-Type") || "";
  if (!type.includes("json")) return fallback;
  try {
    const problem = await response.json();
    return problem && typeof problem === "object" ? { ...fallback, ...problem, status: response.status } : fallback;
  } catch {
    return fallback;
  }
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(signal.reason ?? new DOMException("Aborted", "AbortError")); return; }
    const timer = setTimeout(() => { signal?.removeEventListener("abort", onAbort); resolve(); }, ms);
    function onAbort() { clearTimeout(timer); reject(signal.reason ?? new DOMException("Aborted", "AbortError")); }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

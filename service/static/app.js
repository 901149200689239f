// The editors' page: sends the pasted article with quotes.js and marks every quote in it, a colour and a
// number per speaker. Article text only ever goes into the page as text nodes, never as markup.
import { extractQuotes } from "./quotes.js";

const COLOURS = 8; // .speaker-0 ... .speaker-7 in app.css; numbers, not colours, tell speakers apart
const $ = (id) => document.getElementById(id);
const serviceUrl = new URL(".", document.baseURI).href.replace(/\/+$/, "");
let pending = null;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "className") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Words for an error, by status: what happened and what to do. */
export function describeError(error) {
  const detail = error.detail ? ` ${error.detail.trim().replace(/([^.])$/, "$1.")}` : "";
  switch (error.status) {
    case 400: {
      const fields = error.errors ? flattenErrors(error.errors).join(" ") : "";
      return `The service could not read this article: ${fields || error.detail || "the request was not valid."}`;
    }
    case 401:
      return "This service needs an API key. Open “API key”, enter yours, and try again.";
    case 413:
      return `This article is too large for the service.${detail} Send a shorter article, or split it in parts.`;
    case 422:
      return `The article took too long to analyse.${detail} Sending it again will not help; try a shorter part.`;
    case 429: {
      const wait = error.retryAfter ? ` Try again in ${plural(error.retryAfter, "second")}.` : " Try again shortly.";
      return `Too many requests: the service's rate limit was reached.${wait}`;
    }
    case 503:
      return "The service is busy right now. Try again in a few seconds.";
    case 0:
      return "The service could not be reached. Check your connection and try again.";
    default:
      return `The service answered with an error (${error.status} ${error.title || ""}).${detail}`;
  }
}

function flattenErrors(errors, path = []) {
  if (Array.isArray(errors)) return errors.flatMap((e) => flattenErrors(e, path));
  if (errors && typeof errors === "object") {
    return Object.entries(errors).flatMap(([key, value]) => flattenErrors(value, [...path, key]));
  }
  const where = path.filter((part) => part !== "_schema").join(".");
  return [`${where ? `${where}: ` : ""}${errors}`];
}

function showError(error, words = describeError(error)) {
  const box = $("error");
  box.replaceChildren(
    element("p", { className: "error-words" }, element("strong", {}, "Error: "), words),
    ...(error.requestId ? [element("p", { className: "error-id" }, `Request id: ${error.requestId}`)] : []),
  );
  box.dataset.status = String(error.status);
  box.hidden = false;
}

/** Number each speaker in the answer's order; count the quotes each speaks (alone or jointly). */
function castOf(result) {
  const cast = new Map(result.speakers.map((speaker, index) => [speaker.id, { ...speaker, number: index + 1, count: 0 }]));
  let unattributed = 0;
  for (const quote of result.quotes) {
    if (!quote.speaker) { unattributed += 1; continue; }
    for (const ref of [quote.speaker, ...quote.co_speakers]) {
      const member = cast.get(ref.id);
      if (member) member.count += 1;
    }
  }
  return { cast, unattributed };
}

function describeQuote(quote, cast) {
  if (!quote.speaker) return `No speaker found · ${quote.kind} quote`;
  const names = [quote.speaker, ...quote.co_speakers].map((ref) => cast.get(ref.id)?.name ?? ref.name).join(" and ");
  return `${names} (${quote.speaker.type}) · rule ${quote.rule} · confidence ${quote.confidence.toFixed(2)} · `
    + `${quote.kind} quote · named as “${quote.speaker.mention.text}”`;
}

/** The source with each quote (and its speaker's mention) wrapped; offsets are UTF-16, as JavaScript slices. */
function renderArticle(source, result, cast) {
  const pieces = [];
  for (const quote of result.quotes) {
    pieces.push({ start: quote.start, end: quote.end, quote });
    if (quote.speaker) pieces.push({ start: quote.speaker.mention.start, end: quote.speaker.mention.end, mention: quote.speaker });
  }
  pieces.sort((a, b) => a.start - b.start || (a.quote ? -1 : 1));
  const article = $("article");
  article.replaceChildren();
  let at = 0;
  for (const piece of pieces) {
    if (piece.start < at) continue; // a mention inside a quote, or one already marked
    article.append(source.slice(at, piece.start));
    const words = source.slice(piece.start, piece.end);
    if (piece.quote) {
      const member = piece.quote.speaker && cast.get(piece.quote.speaker.id);
      const label = member ? String(member.number) : "?";
      const colour = member ? `speaker-${(member.number - 1) % COLOURS}` : "unattributed";
      const tip = describeQuote(piece.quote, cast);
      const mark = element("mark", {
        className: `quote ${colour}`, tabindex: "0", title: tip, "data-quote": piece.quote.id,
        "data-start": String(piece.start), "data-end": String(piece.end),
        "data-speaker": piece.quote.speaker ? piece.quote.speaker.name : "",
      },
      element("span", { className: "label", "aria-hidden": "true" }, label),
      element("span", { className: "visually-hidden" }, member ? `Quote ${label}, ${member.name}: ` : "Quote, no speaker found: "),
      element("span", { className: "words" }, words));
      const show = () => { $("details").textContent = tip; };
      mark.addEventListener("mouseenter", show);
      mark.addEventListener("focus", show);
      article.append(mark);
    } else {
      const member = cast.get(piece.mention.id);
      const colour = member ? `speaker-${(member.number - 1) % COLOURS}` : "";
      article.append(element("span", { className: `mention ${colour}`, title: `Names ${piece.mention.name}` }, words));
    }
    at = piece.end;
  }
  article.append(source.slice(at));
}

function renderLegend(cast, unattributed) {
  const items = [...cast.values()].filter((member) => member.count > 0).map((member) => element("li",
    { "data-speaker": member.name, "data-count": String(member.count), "data-known-id": member.known_id ?? "" },
    element("span", { className: `swatch speaker-${(member.number - 1) % COLOURS}`, "aria-hidden": "true" }, String(member.number)),
    " ",
    element("span", { className: "name" }, member.name),
    element("span", { className: "type" }, ` ${member.type}`),
    element("span", { className: "count" }, ` · ${plural(member.count, "quote")}`)));
  if (unattributed) {
    items.push(element("li", { className: "unattributed-entry", "data-speaker": "", "data-count": String(unattributed) },
      element("span", { className: "swatch unattributed", "aria-hidden": "true" }, "?"),
      " ",
      element("span", { className: "name" }, "No speaker found"),
      element("span", { className: "count" }, ` · ${plural(unattributed, "quote")} to check`)));
  }
  $("legend").replaceChildren(...items);
}

async function submit(event) {
  event.preventDefault();
  const source = $("source").value;
  const format = new FormData($("article-form")).get("format");
  $("error").hidden = true;
  if (!source.trim()) {
    showError({ status: 0 }, "Paste an article first.");
    $("source").focus();
    return;
  }
  pending?.abort();
  pending = new AbortController();
  $("find").disabled = true;
  $("status").textContent = "Finding quotes…";
  try {
    const result = await extractQuotes(serviceUrl, {
      [format === "html" ? "html" : "text"]: source, apiKey: $("api-key").value || undefined, signal: pending.signal,
    });
    const { cast, unattributed } = castOf(result);
    renderArticle(source, result, cast);
    renderLegend(cast, unattributed);
    const speakers = [...cast.values()].filter((member) => member.count > 0).length;
    $("summary").textContent = `${plural(result.quotes.length, "quote")}, ${plural(speakers, "speaker")}`
      + `${unattributed ? `, ${unattributed} with no speaker found` : ""}. Took ${Math.round(result.meta.elapsed_ms)} ms.`;
    $("details").textContent = "Hover over a quote or move to it with Tab.";
    $("results").hidden = false;
    $("status").textContent = `Done: ${plural(result.quotes.length, "quote")}.`;
  } catch (error) {
    if (error.name === "AbortError") return;
    $("results").hidden = true;
    $("status").textContent = "";
    showError(error.name === "QuotesError" ? error : { status: -1, title: "Error", detail: String(error.message) });
    $("error").focus();
  } finally {
    $("find").disabled = false;
  }
}

function clear() {
  pending?.abort();
  $("source").value = "";
  $("results").hidden = true;
  $("error").hidden = true;
  $("status").textContent = "";
  $("source").focus();
}

$("article-form").addEventListener("submit", submit);
$("clear").addEventListener("click", clear);
document.documentElement.dataset.ready = "true";

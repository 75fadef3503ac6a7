// The newsroom page: reads the JSON API, then follows /api/stream so it never reloads.
// Built with the DOM API (textContent), so text from the wire is never parsed as HTML.
"use strict";

const FEED_MAX = 200;          // items kept in the feed; older ones are only a query away
const RTL_LANGS = new Set(["ar", "fa", "ur", "he", "ps", "ckb"]);
let trendWindow = "PT1H";
const feedIds = new Map();     // article id -> element

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(url + " → " + r.status);
  return r.json();
}

function debounce(fn, ms) {
  let t = null;
  return () => { clearTimeout(t); t = setTimeout(fn, ms); };
}

function time(ms) {
  const d = new Date(ms);
  return d.toISOString().slice(0, 10) + " " + d.toISOString().slice(11, 16) + " UTC";
}

function entityHref(id) { return "#/entity/" + encodeURIComponent(id); }

function chip(e) {
  return el("a", { class: "chip " + e.type, href: entityHref(e.id), "data-entity": e.id, title: e.type.toLowerCase() + " · " + e.id },
    el("bdi", {}, e.name));
}

// Headline and lead carry dir="auto" and lang: an Arabic or Persian line is laid out right to left,
// and names, numbers and Latin words inside it keep their own direction (bdi in the mixed meta line).
function articleNode(a) {
  const rtl = RTL_LANGS.has((a.language || "").split("-")[0]);
  const meta = el("p", { class: "meta" },
    el("bdi", { class: "agency" }, a.agency || a.feed || "unknown agency"), " · ",
    el("span", { class: "lang" }, a.language), " · ",
    a.datelineCity ? el("bdi", { class: "city", lang: a.language }, a.datelineCity) : el("span", { class: "city" }, "—"), " · ",
    el("time", { datetime: new Date(a.time).toISOString() }, time(a.time)),
    a.version > 1 ? " · v" + a.version : null);
  const people = a.entities.slice().sort((x, y) => y.salience - x.salience).slice(0, 12);
  return el("article", { class: "item" + (rtl ? " rtl" : ""), "data-id": a.id, "data-time": a.time, lang: a.language },
    el("h3", { class: "headline", dir: "auto", lang: a.language }, a.headline),
    meta,
    a.lead ? el("p", { class: "lead", dir: "auto", lang: a.language }, a.lead) : null,
    el("div", { class: "chips" }, ...people.map(chip)));
}

function upsertArticle(a, fresh) {
  const feed = document.getElementById("feed");
  const old = feedIds.get(a.id);
  if (old) old.remove();
  const node = articleNode(a);
  if (fresh) node.classList.add("fresh");
  let before = null;
  for (const child of feed.children) {
    if (Number(child.dataset.time) <= a.time) { before = child; break; }
  }
  feed.insertBefore(node, before);
  feedIds.set(a.id, node);
  while (feed.children.length > FEED_MAX) {
    const last = feed.lastElementChild;
    feedIds.delete(last.dataset.id);
    last.remove();
  }
}

function removeArticle(id) {
  const node = feedIds.get(id);
  if (node) { node.remove(); feedIds.delete(id); }
}

function sparkline(series, w, h) {
  const max = Math.max(1, ...series.map(p => p.articles));
  const step = series.length > 1 ? w / (series.length - 1) : w;
  const pts = series.map((p, i) => (i * step).toFixed(1) + "," + (h - 2 - (p.articles / max) * (h - 4)).toFixed(1)).join(" ");
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "spark");
  svg.setAttribute("viewBox", "0 0 " + w + " " + h);
  svg.setAttribute("preserveAspectRatio", "none");
  const line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
  line.setAttribute("points", pts);
  svg.append(line);
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.textContent = series.map(p => p.articles).join(" ");
  svg.append(title);
  return svg;
}

async function loadTrending() {
  const items = await getJson("/api/entities/top?window=" + trendWindow + "&limit=15");
  const list = document.getElementById("trending");
  list.replaceChildren(...items.map(t => el("li", { "data-entity": t.entityId },
    chip({ id: t.entityId, type: t.type || "OTHER", name: t.name || t.entityId }),
    sparkline(t.series, 90, 22),
    el("span", { class: "count", title: t.mentions + " mentions" }, t.articles))));
}

function quoteNode(item, showSpeaker) {
  const q = item.quote;
  const who = el("div", { class: "who" });
  if (showSpeaker) {
    who.append(q.speakerId ? el("a", { href: entityHref(q.speakerId) }, el("bdi", {}, q.speakerName || q.speakerText))
      : el("bdi", {}, q.speakerText || "unattributed"), " — ");
  }
  who.append(el("bdi", { dir: "auto", lang: item.language }, item.headline), " · ", time(item.time));
  return el("li", { class: "quote " + q.kind, "data-kind": q.kind, "data-article": item.articleId },
    el("p", { class: "words", dir: "auto", lang: item.language }, (q.kind === "DIRECT" ? "“" : "") + q.text + (q.kind === "DIRECT" ? "”" : "")),
    who);
}

async function loadQuotes() {
  const items = await getJson("/api/quotes?limit=25");
  document.getElementById("quotes").replaceChildren(...items.map(i => quoteNode(i, true)));
}

async function loadFeed() {
  const items = await getJson("/api/articles?limit=60");
  document.getElementById("feed").replaceChildren();
  feedIds.clear();
  for (const a of items) upsertArticle(a, false);
}

let entityShown = null;

async function showEntity(id) {
  entityShown = id;
  document.getElementById("home").hidden = true;
  document.getElementById("entity").hidden = false;
  const page = await getJson("/api/entities/" + encodeURIComponent(id) + "?limit=100");
  if (entityShown !== id) return;
  const name = document.getElementById("entity-name");
  name.replaceChildren(el("bdi", {}, page.name || id));
  name.className = "entity-title " + (page.type || "OTHER");
  document.getElementById("entity-meta").textContent = (page.type || "").toLowerCase() + " · " + id;
  document.getElementById("entity-trends").replaceChildren(...page.trends.map(t =>
    el("div", { class: "trend", "data-window": t.window },
      el("div", { class: "meta" }, (t.window === "PT1H" ? "last hour" : "last 24 hours") + ": " + t.articles + " articles, " + t.mentions + " mentions"),
      sparkline(t.series, 220, 40))));
  document.getElementById("entity-quotes").replaceChildren(...page.quotes.map(q => quoteNode(q, false)));
  document.getElementById("entity-articles").replaceChildren(...page.articles.map(articleNode));
}

function route() {
  window.scrollTo(0, 0);
  const m = location.hash.match(/^#\/entity\/(.+)$/);
  if (m) {
    showEntity(decodeURIComponent(m[1])).catch(console.error);
  } else {
    entityShown = null;
    document.getElementById("entity").hidden = true;
    document.getElementById("home").hidden = false;
  }
}

const refreshTrending = debounce(() => loadTrending().catch(console.error), 500);
const refreshQuotes = debounce(() => loadQuotes().catch(console.error), 500);
const refreshEntity = debounce(() => { if (entityShown) showEntity(entityShown).catch(console.error); }, 500);

function connect() {
  const status = document.getElementById("status");
  const es = new EventSource("/api/stream");
  // Read the state only once the stream is open, so nothing falls between the two (also after a reconnect).
  es.onopen = () => {
    status.textContent = "live";
    status.classList.add("live");
    Promise.all([loadFeed(), loadTrending(), loadQuotes()]).catch(console.error);
    if (entityShown) refreshEntity();
  };
  es.onerror = () => { status.textContent = "reconnecting…"; status.classList.remove("live"); };
  es.addEventListener("article", ev => {
    const a = JSON.parse(ev.data);
    upsertArticle(a, true);
    if (a.quotes.length) refreshQuotes();
    if (entityShown && a.entities.some(e => e.id === entityShown)) refreshEntity();
  });
  es.addEventListener("withdrawn", ev => {
    removeArticle(JSON.parse(ev.data).id);
    refreshQuotes();
    refreshEntity();
  });
  es.addEventListener("trends", ev => {
    refreshTrending();
    if (entityShown && JSON.parse(ev.data).entities.includes(entityShown)) refreshEntity();
  });
  // After a gap (overflow or reconnect) the stream does not replay: read the state again.
  es.addEventListener("overflow", () => { es.close(); setTimeout(start, 1000); });
}

function start() {
  connect();
}

document.querySelectorAll(".windows button").forEach(b => b.addEventListener("click", () => {
  trendWindow = b.dataset.window;
  document.querySelectorAll(".windows button").forEach(x => x.classList.toggle("on", x === b));
  loadTrending().catch(console.error);
}));
window.addEventListener("hashchange", route);
route();
start();

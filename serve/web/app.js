// zhnews page: search articles, filter by facets, sort facts, read an
// article with its facts' evidence marked. State lives in the URL hash
// (#/?q=…&hospital=… or #/article/ID), so every view can be linked.
"use strict";

const FILTERS = ["hospital", "province", "metric", "year"];
const FACET_NAMES = { hospital: "医院", province: "省份", metric: "指标", year: "年份" };
const METRICS = {
  party_branches: "党支部", party_general_branches: "党总支", party_groups: "党小组",
  party_members: "党员", staff: "职工", founded_year: "建院年份", ranking: "排名",
  party_members_active: "在职党员", temporary_party_branches: "临时党支部", award: "荣誉",
  party_secretary: "党委书记", key_specialties: "重点专科", beds: "床位",
  outpatient_visits: "门急诊人次", inpatient_discharges: "出院人次", surgeries: "手术",
  satisfaction_rate: "满意度(%)", investment_yuan: "投资(元)",
};

const $ = (sel) => document.querySelector(sel);
let facts = [];
let factSort = { key: "value", dir: -1 };

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// marked turns "…【hit】…" into text nodes and <mark> elements: the
// snippet is never parsed as HTML.
function marked(s) {
  const frag = document.createDocumentFragment();
  for (const part of s.split(/(【[^【】]*】)/)) {
    if (part.startsWith("【") && part.endsWith("】")) frag.append(el("mark", {}, part.slice(1, -1)));
    else if (part) frag.append(part);
  }
  return frag;
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== undefined && v !== null) qs.set(k, v);
  const res = await fetch(path + (qs.toString() ? "?" + qs : ""));
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function state() {
  const h = location.hash.replace(/^#/, "") || "/";
  const m = h.match(/^\/article\/([0-9a-f]{16})/);
  if (m) return { view: "article", id: m[1] };
  const qs = new URLSearchParams(h.split("?")[1] || "");
  const s = { view: "search", q: qs.get("q") || "", sort: qs.get("sort") || "relevance" };
  for (const f of FILTERS) s[f] = qs.get(f) || "";
  return s;
}

function go(s) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v && k !== "view" && !(k === "sort" && v === "relevance")) qs.set(k, v);
  location.hash = "#/?" + qs;
}

async function render() {
  const s = state();
  $("#search-view").hidden = s.view !== "search";
  $("#filters").hidden = s.view !== "search";
  $("#article-view").hidden = s.view !== "article";
  if (s.view === "article") return showArticle(s.id);
  $("#q").value = s.q;
  $("#sort").value = s.sort;
  $("#fact-metric").value = s.metric;
  renderActiveFilters(s);
  await Promise.all([showResults(s), loadFacts(s)]);
}

function renderActiveFilters(s) {
  const box = $("#active-filters");
  box.replaceChildren();
  for (const f of FILTERS) {
    if (!s[f]) continue;
    const label = f === "metric" ? (METRICS[s[f]] || s[f]) : s[f];
    box.append(el("button", { class: "active-filter", title: "取消筛选", onclick: () => go({ ...s, [f]: "" }) }, `${FACET_NAMES[f]}: ${label} ✕`));
  }
}

// Each search and facts request takes a number; an answer that comes back
// after a later request was made is dropped, so that a slow answer to an
// earlier search never overwrites the page of a later one.
let searchSeq = 0, factsSeq = 0;

async function showResults(s) {
  const list = $("#results");
  list.replaceChildren();
  delete list.dataset.q;
  $("#summary").textContent = "检索中…";
  const seq = ++searchSeq;
  let res;
  try {
    res = await api("/api/search", { q: s.q, sort: s.sort, limit: 20, hospital: s.hospital, province: s.province, metric: s.metric, year: s.year });
    if (seq !== searchSeq) return;
  } catch (err) {
    if (seq !== searchSeq) return;
    $("#summary").replaceChildren(el("span", { class: "error" }, "检索出错:" + err.message));
    $("#facets").replaceChildren();
    return;
  }
  $("#summary").textContent = `共 ${res.total} 篇文章(${(res.took_ns / 1e6).toFixed(1)} 毫秒)`;
  for (const h of res.hits) {
    list.append(el("li", { class: "hit" },
      el("a", { class: "title", href: "#/article/" + h.id }, h.title || "(无标题)"),
      el("div", { class: "meta" }, [h.published, h.site, (h.hospitals || []).join("、"), h.source].filter(Boolean).join(" · ")),
      el("div", { class: "snippet" }, marked(h.snippet || ""))));
  }
  renderFacets(s, res.facets || {});
  // Which search the list shows, for scripts and tests that wait for it.
  list.dataset.q = s.q;
}

function renderFacets(s, facets) {
  const box = $("#facets");
  box.replaceChildren();
  for (const f of FILTERS) {
    const terms = facets[f] || [];
    if (!terms.length) continue;
    const div = el("div", { class: "facet", "data-facet": f }, el("h3", {}, FACET_NAMES[f]));
    for (const t of terms) {
      const label = f === "metric" ? (METRICS[t.value] || t.value) : t.value;
      div.append(el("button", { "data-value": t.value, onclick: () => go({ ...s, [f]: t.value }) },
        el("span", {}, label), el("span", { class: "count" }, String(t.count))));
    }
    box.append(div);
  }
}

// loadFacts fills the facts table with the facts of the articles the
// search finds: its words and published year select the articles, the
// hospital, province and metric filters the facts themselves.
async function loadFacts(s) {
  const seq = ++factsSeq;
  try {
    const res = await api("/api/facts", { q: s.q, published: s.year, hospital: s.hospital, province: s.province, metric: s.metric, min: $("#fact-min").value, limit: 500 });
    if (seq !== factsSeq) return;
    facts = res.facts;
    $("#facts-error").textContent = "";
  } catch (err) {
    if (seq !== factsSeq) return;
    facts = [];
    $("#facts-error").textContent = "事实查询出错:" + err.message;
  }
  renderFacts();
}

// compare orders two facts by key. Numbers and text never mix: by value,
// numbers come first in either direction and text values (awards) after
// them, in their own order.
function compare(a, b, key, dir) {
  const x = a[key], y = b[key];
  const nx = typeof x === "number", ny = typeof y === "number";
  if (nx && ny) return dir * (x - y);
  if (nx !== ny) return nx ? -1 : 1;
  return dir * String(x ?? "").localeCompare(String(y ?? ""), "zh-CN");
}

// valueText prints a fact's value: years as they are written (1954, not
// 1,954), other numbers with separators.
function valueText(f) {
  if (typeof f.value !== "number") return String(f.value ?? "");
  if (f.metric === "founded_year" || f.unit === "年") return String(f.value);
  return f.value.toLocaleString("zh-CN");
}

function renderFacts() {
  const rows = [...facts].sort((a, b) => compare(a, b, factSort.key, factSort.dir));
  for (const th of document.querySelectorAll("#facts th")) {
    th.classList.toggle("asc", th.dataset.key === factSort.key && factSort.dir > 0);
    th.classList.toggle("desc", th.dataset.key === factSort.key && factSort.dir < 0);
  }
  const body = $("#facts tbody");
  body.replaceChildren();
  for (const f of rows) {
    body.append(el("tr", {},
      el("td", {}, f.hospital || "—"),
      el("td", {}, METRICS[f.metric] || f.metric),
      el("td", { class: typeof f.value === "number" ? "num" : "" }, (f.approx ? "≈" : "") + valueText(f)),
      el("td", { class: "num" }, f.year ? String(f.year) : ""),
      el("td", {}, el("a", { href: `#/article/${f.article}?fact=${f.start}` }, f.evidence))));
  }
}

async function showArticle(id) {
  const text = $("#article-text");
  text.replaceChildren("加载中…");
  let a;
  try {
    a = await api("/api/articles/" + id);
  } catch (err) {
    text.replaceChildren(el("p", { class: "error" }, err.message));
    return;
  }
  $("#article-title").textContent = a.title || "(无标题)";
  $("#article-meta").textContent = [a.published, a.site, (a.authors || []).join("、"), a.source,
    (a.hospitals || []).map((h) => [h.name, h.province, h.city].filter(Boolean).join(" ")).join(";")].filter(Boolean).join(" · ");
  // Offsets are in code points: index the text as an array of them.
  const chars = Array.from(a.text);
  const spans = a.facts.map((f, i) => ({ ...f, i })).sort((x, y) => x.start - y.start || y.end - x.end);
  const frag = document.createDocumentFragment();
  let para = el("p");
  let pos = 0;
  const addText = (s) => {
    const lines = s.split("\n");
    lines.forEach((line, k) => {
      if (k > 0) { frag.append(para); para = el("p"); }
      if (line) para.append(line);
    });
  };
  for (const f of spans) {
    if (f.start < pos) continue; // overlapping evidence: the first one is marked
    addText(chars.slice(pos, f.start).join(""));
    para.append(el("mark", { class: "evidence", id: "fact-" + f.i, title: `${METRICS[f.metric] || f.metric}: ${f.value}` }, chars.slice(f.start, f.end).join("")));
    pos = f.end;
  }
  addText(chars.slice(pos).join(""));
  frag.append(para);
  text.replaceChildren(frag);
  const list = $("#article-facts");
  list.replaceChildren();
  a.facts.forEach((f, i) => list.append(el("li", { onclick: () => focusFact(i) },
    `${f.hospital || "—"} · ${METRICS[f.metric] || f.metric}: ${f.approx ? "≈" : ""}${f.value}`)));
  const want = new URLSearchParams(location.hash.split("?")[1] || "").get("fact");
  if (want !== null) {
    const i = a.facts.findIndex((f) => String(f.start) === want);
    if (i >= 0) focusFact(i);
  }
}

function focusFact(i) {
  for (const m of document.querySelectorAll("mark.evidence.focus")) m.classList.remove("focus");
  const m = document.getElementById("fact-" + i);
  if (m) { m.classList.add("focus"); m.scrollIntoView({ block: "center" }); }
}

function init() {
  $("#search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    go({ ...state(), view: "search", q: $("#q").value.trim(), sort: $("#sort").value });
  });
  for (const th of document.querySelectorAll("#facts th")) {
    th.addEventListener("click", () => {
      factSort = { key: th.dataset.key, dir: factSort.key === th.dataset.key ? -factSort.dir : (th.dataset.key === "value" ? -1 : 1) };
      renderFacts();
    });
  }
  for (const [k, v] of Object.entries(METRICS)) $("#fact-metric").append(el("option", { value: k }, v));
  // The metric dropdown is the metric filter: it shows the active one and
  // choosing sets it, for the results and the facts alike.
  $("#fact-metric").addEventListener("change", () => go({ ...state(), metric: $("#fact-metric").value }));
  $("#fact-min").addEventListener("change", () => loadFacts(state()));
  window.addEventListener("hashchange", render);
  api("/api/stats").then((s) => { $("#stats").textContent = `${s.articles} 篇文章 · ${s.facts} 条事实 · ${s.hospitals} 家医院`; }).catch(() => {});
  render();
}

init();

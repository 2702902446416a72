// kinolens web pages. Every piece of review text goes into the page as a text node
// (never as HTML), so markup in a review is shown, not run.
"use strict";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function api(path, options) {
  const res = await fetch(path, options);
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

const CREW = ["director", "writer", "author", "composer", "cinematographer", "producer"];
const KIND_RU = { actor: "актёр", character: "персонаж", director: "режиссёр", writer: "сценарист", author: "автор",
  composer: "композитор", cinematographer: "оператор", producer: "продюсер", other: "другое" };
const LABEL_RU = { positive: "положительная", neutral: "нейтральная", negative: "отрицательная", mixed: "смешанная" };
const ASPECT_RU = { acting: "игра актёров", directing: "режиссура", story: "сюжет", visuals: "визуал", music: "музыка",
  atmosphere: "атмосфера", pacing: "темп", humor: "юмор", meaning: "смысл" };

function personClass(kinds) {
  if (kinds.some(k => CREW.includes(k))) return "m-crew";
  if (kinds.includes("actor")) return "m-actor";
  if (kinds.includes("character")) return "m-character";
  return "m-other";
}

// Spans to mark in the text: [start, stop, class, title]
function markSpans(card) {
  const spans = [];
  if (card.film) for (const m of card.film.mentions) spans.push([m.start, m.stop, "m m-film", `фильм: ${card.film.title}`]);
  for (const w of card.works) for (const m of w.mentions) spans.push([m.start, m.stop, "m m-work", `${w.title} (${w.kind}, ${w.relation})`]);
  for (const p of card.people) {
    const role = p.kinds.map(k => KIND_RU[k] || k).join(", ") + (p.characters.length ? ` → ${p.characters.join(", ")}` : "");
    for (const m of p.mentions) spans.push([m.start, m.stop, "m " + personClass(p.kinds), `${p.name}: ${role}`]);
  }
  return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

function evidenceRanges(card) {
  const out = [];
  if (card.sentiment) for (const e of card.sentiment.evidence) out.push([e.start, e.stop, "ev-" + e.polarity]);
  return out;
}

// The review with its mentions as <span>s and evidence sentences underlined.
function highlightedText(text, card) {
  const root = el("div", { class: "review", id: "review-text" });
  const spans = markSpans(card).filter((s, i, all) => i === 0 || s[0] >= all.slice(0, i).reduce((m, x) => Math.max(m, x[1]), 0));
  const evidence = evidenceRanges(card);
  const cuts = new Set([0, text.length]);
  for (const [a, b] of spans) { cuts.add(a); cuts.add(b); }
  for (const [a, b] of evidence) { cuts.add(a); cuts.add(b); }
  const points = [...cuts].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    let node = document.createTextNode(text.slice(a, b));
    const span = spans.find(s => s[0] <= a && b <= s[1]);
    if (span) node = el("span", { class: span[2], title: span[3], tabindex: "0" }, node);
    const ev = evidence.find(e => e[0] <= a && b <= e[1]);
    if (ev) node = el("span", { class: ev[2] }, node);
    root.append(node);
  }
  return root;
}

function bar(share, color) {
  return el("div", { class: "bar", role: "img", "aria-label": `${Math.round(share * 100)}%` },
    el("div", { style: `width:${Math.round(share * 100)}%;background:${color}` }));
}
const COLOR = { positive: "var(--pos)", negative: "var(--neg)", neutral: "var(--neu)", mixed: "var(--neu)" };

function cardView(card) {
  const parts = [el("h2", {}, "Карточка")];
  parts.push(el("p", {}, "Фильм: ", el("b", {}, card.film ? card.film.title : "—")));
  const s = card.sentiment;
  if (s) {
    const p = s.probabilities[s.label];
    parts.push(el("p", { id: "verdict" }, "Оценка рецензии: ",
      el("span", { class: `verdict ${s.label}` }, LABEL_RU[s.label]),
      ` (вероятность ${Math.round(p * 100)}%${s.confidence === "low" ? ", низкая уверенность" : ""})`));
    for (const k of ["positive", "neutral", "negative"]) parts.push(el("div", {}, el("small", {}, `${LABEL_RU[k]} ${Math.round(s.probabilities[k] * 100)}%`), bar(s.probabilities[k], COLOR[k])));
    if (s.liked !== null && s.liked !== undefined) parts.push(el("div", { id: "liked" }, el("small", {}, `понравился ${Math.round(s.liked * 100)}%`), bar(s.liked, s.liked > 0.5 ? COLOR.positive : COLOR.negative)));
    parts.push(el("p", {}, `Рейтинг: ${s.rating.toFixed(1)} / 10`, s.stated_rating !== null ? ` · автор поставил ${s.stated_rating}` : ""));
  }
  if (card.aspects && card.aspects.length) {
    parts.push(el("h2", {}, "Аспекты"));
    const t = el("table", { id: "aspects" }, el("tr", {}, el("th", {}, "аспект"), el("th", {}, "оценка"), el("th", {}, "")));
    for (const a of card.aspects) t.append(el("tr", {}, el("td", {}, ASPECT_RU[a.aspect] || a.aspect),
      el("td", { class: a.polarity }, LABEL_RU[a.polarity]), el("td", { style: "width:40%" }, bar(Math.abs(a.score), COLOR[a.polarity]))));
    parts.push(t);
  }
  parts.push(el("h2", {}, "Люди"));
  const people = el("table", { id: "people" }, el("tr", {}, el("th", {}, "имя"), el("th", {}, "кто"), el("th", {}, "роль"), el("th", {}, "мнение")));
  for (const p of card.people) people.append(el("tr", {}, el("td", {}, p.name),
    el("td", {}, p.kinds.map(k => KIND_RU[k] || k).join(", ")), el("td", {}, p.characters.join(", ")),
    el("td", { class: p.opinion ? p.opinion.polarity : "" }, p.opinion ? LABEL_RU[p.opinion.polarity] : "")));
  parts.push(people);
  if (card.works.length) {
    parts.push(el("h2", {}, "Произведения"));
    const works = el("table", { id: "works" }, el("tr", {}, el("th", {}, "название"), el("th", {}, "тип"), el("th", {}, "связь")));
    for (const w of card.works) works.append(el("tr", {}, el("td", {}, w.title), el("td", {}, w.kind), el("td", {}, w.relation)));
    parts.push(works);
  }
  if (card.warnings.length) parts.push(el("p", { class: "warn" }, card.warnings.join("; ")));
  const raw = el("details", {}, el("summary", {}, "JSON"), el("pre", { style: "white-space:pre-wrap;font-size:.8rem" }, JSON.stringify(card, null, 2)));
  parts.push(raw);
  return el("div", { class: "panel", id: "card" }, parts);
}

function legend() {
  return el("p", { class: "legend muted" }, el("span", { class: "m m-film" }, "фильм"), el("span", { class: "m m-work" }, "произведение"),
    el("span", { class: "m m-actor" }, "актёр"), el("span", { class: "m m-character" }, "персонаж"), el("span", { class: "m m-crew" }, "съёмочная группа"),
    el("span", { class: "ev-positive" }, "за"), el("span", { class: "ev-negative" }, "против"));
}

function pageIndex(main) {
  const area = el("textarea", { id: "text", "aria-label": "Текст рецензии", placeholder: "Вставьте рецензию или перетащите сюда .txt файл" });
  const out = el("div", { id: "result" });
  const status = el("p", { id: "status", class: "muted", role: "status" });
  async function run() {
    const text = area.value;
    if (!text.trim()) { status.textContent = "Пустой текст."; return; }
    status.textContent = "Анализ…";
    try {
      const card = await api("/v1/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
      out.replaceChildren(el("div", { class: "grid" }, el("div", { class: "panel" }, el("h2", {}, "Рецензия"), legend(), highlightedText(text, card)), cardView(card)));
      status.textContent = "";
    } catch (e) { status.replaceChildren(el("span", { class: "error" }, e.message)); }
  }
  area.addEventListener("dragover", e => { e.preventDefault(); area.classList.add("drag"); });
  area.addEventListener("dragleave", () => area.classList.remove("drag"));
  area.addEventListener("drop", async e => {
    e.preventDefault(); area.classList.remove("drag");
    const file = e.dataTransfer.files[0]; if (file) { area.value = await file.text(); run(); }
  });
  area.addEventListener("keydown", e => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
  main.replaceChildren(el("h1", {}, "Анализ рецензии"), area,
    el("p", {}, el("button", { id: "analyze", type: "button", onclick: run }, "Анализировать"), el("span", { class: "muted" }, "  Ctrl+Enter")), status, out);
}

function barsSvg(items, unit) {
  const width = 520, row = 26, top = Math.max(1e-9, ...items.map(i => i[1]));
  const s = svg("svg", { width, height: row * items.length + 4, role: "img", class: "chart" });
  items.forEach(([label, value, color], i) => {
    const w = (width - 230) * value / top, y = i * row + 2;
    s.append(svg("text", { x: 0, y: y + 17, "font-size": 13 }, label), svg("rect", { x: 150, y: y + 4, width: w, height: 18, fill: color }),
      svg("text", { x: 156 + w, y: y + 17, "font-size": 13 }, `${value}${unit || ""}`));
  });
  return s;
}

function histogramSvg(values) {
  const width = 520, height = 140, bins = new Array(10).fill(0);
  for (const v of values) bins[Math.min(9, Math.max(0, Math.round(v) - 1))]++;
  const top = Math.max(1, ...bins), bw = width / 10;
  const s = svg("svg", { width, height: height + 20, role: "img", class: "chart", id: "rating-histogram" });
  bins.forEach((n, k) => {
    const h = (height - 10) * n / top;
    s.append(svg("rect", { x: k * bw + 2, y: height - h, width: bw - 4, height: h, fill: "#3949ab" }),
      svg("text", { x: k * bw + bw / 2, y: height + 15, "font-size": 12, "text-anchor": "middle" }, String(k + 1)));
  });
  return s;
}

function table(id, head, rows) {
  const t = el("table", { id }, el("tr", {}, head.map(h => el("th", {}, h))));
  for (const r of rows) t.append(el("tr", {}, r.map(c => el("td", {}, c instanceof Node ? c : (c ?? "")))));
  return t;
}

async function pageFilms(main) {
  main.replaceChildren(el("h1", {}, "Фильмы"), el("p", { class: "muted" }, "Загрузка…"));
  const { films } = await api("/v1/films");
  main.replaceChildren(el("h1", {}, "Фильмы"), table("films", ["фильм", "рецензий", "положительных", "отрицательных", "рейтинг", "заявленный"],
    films.map(f => [el("a", { href: `/film?id=${encodeURIComponent(f.key)}` }, f.title), f.reviews, `${Math.round(f.positive * 100)}%`,
      `${Math.round(f.negative * 100)}%`, f.rating, f.stated_rating])));
}

async function pageFilm(main) {
  const id = new URLSearchParams(location.search).get("id") || "";
  const p = await api(`/v1/films/${encodeURIComponent(id)}`);
  const v = p.verdicts;
  main.replaceChildren(el("h1", {}, p.title),
    el("p", { class: "muted" }, `${p.reviews} рецензий · средний рейтинг ${p.rating ?? "—"} · заявленный ${p.stated_rating ?? "—"}`),
    el("h2", {}, "Оценки рецензий"), barsSvg([["положительные", v.positive, "#2e7d32"], ["нейтральные", v.neutral, "#b58900"], ["отрицательные", v.negative, "#c62828"]]),
    el("h2", {}, "Рейтинги"), histogramSvg(p.ratings),
    el("h2", {}, "Аспекты"), barsSvg(p.aspects.map(a => [`${ASPECT_RU[a.aspect] || a.aspect} (${a.reviews})`, Math.round(a.positive * 100), "#2e7d32"]), "%"),
    ...p.aspects.flatMap(a => a.quotes.slice(0, 1).map(q => el("blockquote", { class: q.polarity }, el("b", {}, ASPECT_RU[a.aspect] || a.aspect), ": ", q.text))),
    el("h2", {}, "В ролях"), table("cast", ["актёр", "роль", "рецензий"], p.cast.map(c => [el("a", { href: `/person?name=${encodeURIComponent(c.actor)}` }, c.actor), c.character, c.reviews])),
    el("h2", {}, "Съёмочная группа"), table("crew", ["имя", "кто", "рецензий"], p.crew.map(c => [c.name, KIND_RU[c.kind] || c.kind, c.reviews])),
    el("h2", {}, "Сравнения и источники"), table("works", ["название", "связь", "рецензий"], p.works.map(w => [w.title, w.relation, w.reviews])),
    el("h2", {}, "Лучшие и худшие рецензии"), ...p.best.concat(p.worst).map(r => el("blockquote", { class: r.label }, r.excerpt)));
}

async function pagePerson(main) {
  const name = new URLSearchParams(location.search).get("name") || "";
  const p = await api(`/v1/people/${encodeURIComponent(name)}`);
  main.replaceChildren(el("h1", {}, p.name), el("p", { class: "muted" }, `${p.mentions} упоминаний`),
    table("person-films", ["фильм", "рецензий", "кто", "роли", "мнения"], p.films.map(f => [f.film, f.reviews,
      Object.keys(f.kinds).map(k => KIND_RU[k] || k).join(", "), Object.keys(f.characters).join(", "),
      Object.entries(f.opinions).map(([k, n]) => `${LABEL_RU[k]}: ${n}`).join(", ")])),
    ...p.films.flatMap(f => f.quotes.map(q => el("blockquote", { class: q.polarity }, q.text))));
}

function snippetNode(hit) {
  const node = el("span");
  let at = 0;
  for (const [a, b] of hit.highlights) { node.append(hit.snippet.slice(at, a), el("mark", {}, hit.snippet.slice(a, b))); at = b; }
  node.append(hit.snippet.slice(at));
  return node;
}

function pageSearch(main) {
  const params = new URLSearchParams(location.search);
  const field = (name, label, extra) => el("label", {}, label, el("input", { name, value: params.get(name) || "", ...extra }));
  const sentiment = el("select", { name: "sentiment", "aria-label": "оценка" }, ["", "positive", "neutral", "negative"].map(v =>
    el("option", { value: v, selected: params.get("sentiment") === v }, v ? LABEL_RU[v] : "любая")));
  const form = el("form", { class: "inline", action: "/search", role: "search" }, field("q", "запрос", { required: true, id: "q" }),
    field("film", "фильм"), field("person", "персона"), el("label", {}, "оценка", sentiment), field("aspect", "аспект"), el("button", { type: "submit" }, "Искать"));
  const out = el("div", { id: "results" });
  main.replaceChildren(el("h1", {}, "Поиск"), form, out);
  if (!params.get("q")) return;
  const q = new URLSearchParams([...params].filter(([, v]) => v));
  api(`/v1/search?${q}`).then(({ results }) => {
    out.replaceChildren(el("p", { class: "muted" }, `${results.length} рецензий`),
      ...results.map(h => el("blockquote", { class: h.label }, el("b", {}, h.film || "—"), " · ", snippetNode(h))));
  }).catch(e => out.replaceChildren(el("p", { class: "error" }, e.message)));
}

// One HTML shell for every page; the path picks what to build.
const PAGES = { "/": [pageIndex, "Анализ рецензии"], "/films": [pageFilms, "Фильмы"], "/film": [pageFilm, "Фильм"],
  "/person": [pagePerson, "Персона"], "/search": [pageSearch, "Поиск"] };
document.addEventListener("DOMContentLoaded", () => {
  const main = document.getElementById("main");
  const [build, title] = PAGES[location.pathname] || PAGES["/"];
  document.title = `kinolens — ${title}`;
  Promise.resolve(build(main)).catch(e => main.replaceChildren(el("p", { class: "error" }, e.message)));
});

// eventscribe dashboard: plain JS, no build step, no external assets.
// Security: every piece of data (article text, names, sources) is untrusted. The DOM is
// built with createElement/textContent and setAttribute on fixed attribute names only;
// innerHTML is never used. The server's Content-Security-Policy forbids inline script.
"use strict";

(() => {
  const SVGNS = "http://www.w3.org/2000/svg";
  const PLOVER = ["PROTEST", "ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "ACCUSE",
    "REJECT", "REQUEST", "RETREAT", "CONSULT", "AID", "COOPERATE", "CONCEDE", "SUPPORT", "AGREE"];
  const ACLED = {
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
      "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
      "Headquarters or base established", "Looting/property destruction",
      "Non-violent transfer of territory", "Other"],
  };
  // One colour per PLOVER category: conflictual ones warm, cooperative ones cool.
  const COLORS = {
    PROTEST: "#e6550d", ASSAULT: "#a50f15", COERCE: "#756bb1", THREATEN: "#d6616b",
    MOBILIZE: "#8c6d31", SANCTION: "#e7969c", ACCUSE: "#bd9e39", REJECT: "#ad494a",
    REQUEST: "#3182bd", RETREAT: "#6baed6", CONSULT: "#31a354", AID: "#74c476",
    COOPERATE: "#17becf", CONCEDE: "#9ecae1", SUPPORT: "#637939", AGREE: "#2ca02c",
  };
  const FILTER_KEYS = ["from", "to", "country", "event", "acled_type", "status", "q"];
  const PAGE = 50;
  const MAP_W = 360;
  const MAP_H = 145;
  const TOP_LAT = 85;

  const state = {
    filters: {}, offset: 0, total: 0, countryNames: {}, countryPaths: {},
    view: { x: 0, y: 0, w: MAP_W, h: MAP_H }, lastStats: null, openEvent: null,
  };

  const $ = (id) => document.getElementById(id);

  // --- safe DOM builders ---------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function sv(tag, attrs, ...children) {
    const node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on")) throw new Error("event handler attributes are not allowed");
      if (k === "class") node.setAttribute("class", String(v));
      else node.setAttribute(k, v === true ? "" : String(v));
    }
  }

  function append(node, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function svgTitle(text) {
    return sv("title", {}, text);
  }

  // --- API -------------------------------------------------------------------------

  function query(params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
    }
    const s = qs.toString();
    return s ? "?" + s : "";
  }

  async function api(path, params) {
    const resp = await fetch("api/" + path + query(params || {}), { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await resp.json();
    } catch (_e) {
      body = null;
    }
    if (!resp.ok) {
      const detail = body && body.detail;
      const msg = Array.isArray(detail)
        ? detail.map((d) => (d.loc || []).slice(-1)[0] + ": " + d.msg).join("; ")
        : (detail || resp.statusText);
      const err = new Error(String(msg));
      err.status = resp.status;
      throw err;
    }
    return body;
  }

  function showError(err) {
    const box = $("error");
    if (!err) {
      box.hidden = true;
      return;
    }
    box.textContent = "Error: " + (err.message || String(err));
    box.hidden = false;
  }

  // --- filters and URL state -------------------------------------------------------

  function readForm() {
    const form = $("filters");
    const out = {};
    for (const key of FILTER_KEYS) {
      const field = form.elements.namedItem(key);
      const value = field && field.value ? field.value.trim() : "";
      if (value) out[key] = value;
    }
    return out;
  }

  function writeForm(filters) {
    const form = $("filters");
    for (const key of FILTER_KEYS) {
      const field = form.elements.namedItem(key);
      if (!field) continue;
      const value = filters[key] || "";
      if (field.tagName === "SELECT" && value && !Array.from(field.options).some((o) => o.value === value)) {
        field.appendChild(el("option", { value }, optionLabel(key, value)));
      }
      field.value = value;
    }
  }

  function optionLabel(key, value) {
    if (key === "country") return (state.countryNames[value] || value) + " (" + value + ")";
    return value;
  }

  function readUrl() {
    const params = new URLSearchParams(window.location.search);
    const filters = {};
    for (const key of FILTER_KEYS) {
      const v = params.get(key);
      if (v) filters[key] = v;
    }
    const offset = parseInt(params.get("offset") || "0", 10);
    const hash = new URLSearchParams(window.location.hash.slice(1));
    return { filters, offset: Number.isFinite(offset) && offset > 0 ? offset : 0, event: hash.get("event") };
  }

  function writeUrl() {
    const params = { ...state.filters };
    if (state.offset) params.offset = state.offset;
    const hash = state.openEvent ? "#event=" + encodeURIComponent(state.openEvent) : "";
    const url = window.location.pathname + query(params) + hash;
    window.history.replaceState(null, "", url);
  }

  // Elements drawn as SVG buttons answer Enter and Space like buttons.
  function keyActivate(node) {
    node.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        node.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      }
    });
  }

  function updateDownloads() {
    $("dl-csv").setAttribute("href", "api/events.csv" + query(state.filters));
    $("dl-json").setAttribute("href", "api/events.json" + query(state.filters));
  }

  function updateFiltersToggle() {
    const n = Object.keys(state.filters).length;
    $("filters-toggle").textContent = n ? "Filters (" + n + ")" : "Filters";
  }

  function setFilters(filters) {
    state.filters = filters;
    state.offset = 0;
    writeForm(filters);
    refresh();
  }

  // --- formatting ----------------------------------------------------------------

  function fmtDate(date) {
    if (!date || !date.start_date) return "";
    const s = String(date.start_date);
    const e = date.end_date && date.end_date !== date.start_date ? " – " + date.end_date : "";
    const p = date.precision && date.precision !== "day" ? " (" + date.precision + ")" : "";
    return s + e + p;
  }

  function fmtPlace(loc) {
    if (!loc) return "";
    const bits = [loc.name];
    if (loc.admin1 && loc.admin1 !== loc.name) bits.push(loc.admin1);
    if (loc.country) bits.push(state.countryNames[loc.country] || loc.country);
    const seen = new Set();
    return bits.filter((b) => b && !seen.has(b) && seen.add(b)).join(", ");
  }

  function fmtActor(a) {
    const tags = [a.sector, a.country].filter(Boolean).join(", ");
    return (a.name || a.text || "?") + (tags ? " [" + tags + "]" : "");
  }

  function countValue(c) {
    if (c === null || c === undefined) return null;
    if (typeof c === "number") return String(c);
    let v = c.value !== undefined && c.value !== null ? String(c.value) : "?";
    if (c.qualifier === "at_least") v = "≥" + v;
    else if (c.qualifier === "at_most") v = "≤" + v;
    else if (c.qualifier === "approx" || c.qualifier === "vague") v = "~" + v;
    else if (c.qualifier === "range" && c.low !== null && c.high !== null) v = c.low + "–" + c.high;
    return v;
  }

  function fmtCounts(counts) {
    return Object.entries(counts || {})
      .map(([k, c]) => k + " " + countValue(c))
      .join(", ");
  }

  // Articles without a source are named by their id, often a file path: show its last part.
  function sourceName(x) {
    if (x && x.source) return String(x.source);
    const id = x && x.article_id ? String(x.article_id) : "";
    return id ? id.split("/").pop() : "unknown source";
  }

  function swatch(category) {
    return el("span", { class: "swatch", "data-cat": category, "aria-hidden": "true" });
  }

  // Category colours are data-driven, so paint swatches through the CSSOM (allowed by CSP).
  function paintSwatches(root) {
    for (const s of root.querySelectorAll(".swatch[data-cat]")) {
      s.style.backgroundColor = COLORS[s.getAttribute("data-cat")] || "#888";
    }
  }

  // --- map -------------------------------------------------------------------------

  function project(lat, lon) {
    return [lon + 180, TOP_LAT - lat];
  }

  function buildMap(world) {
    const wrap = $("map");
    clear(wrap);
    const svgEl = sv("svg", {
      id: "map-svg", viewBox: "0 0 " + MAP_W + " " + MAP_H, role: "img",
      "aria-label": "World map of events", preserveAspectRatio: "xMidYMid meet",
    });
    svgEl.appendChild(sv("rect", { class: "sea", x: -720, y: -360, width: 1800, height: 900 }));
    const countries = sv("g", { id: "countries" });
    for (const c of world.countries) {
      const path = sv("path", { d: c.d, class: "country", "data-iso": c.id || "" }, svgTitle(c.name));
      if (c.id) state.countryPaths[c.id] = path;
      countries.appendChild(path);
    }
    svgEl.appendChild(countries);
    svgEl.appendChild(sv("g", { id: "points" }));
    wrap.appendChild(svgEl);
    countries.addEventListener("click", (ev) => {
      const iso = ev.target.getAttribute && ev.target.getAttribute("data-iso");
      if (!iso || dragMoved) return;
      const next = { ...state.filters };
      if (next.country === iso) delete next.country;
      else next.country = iso;
      setFilters(next);
    });
    enablePanZoom(svgEl);
  }

  let dragMoved = false;

  function applyView() {
    const svgEl = $("map-svg");
    if (!svgEl) return;
    const v = state.view;
    svgEl.setAttribute("viewBox", [v.x, v.y, v.w, v.h].map((n) => n.toFixed(2)).join(" "));
    // Keep circles the same size on screen whatever the zoom.
    const k = v.w / MAP_W;
    for (const c of svgEl.querySelectorAll("#points circle")) {
      c.setAttribute("r", (parseFloat(c.getAttribute("data-r")) * k).toFixed(3));
      c.setAttribute("stroke-width", (0.35 * k).toFixed(3));
    }
    for (const p of svgEl.querySelectorAll("#countries path")) {
      p.setAttribute("stroke-width", (0.25 * k).toFixed(3));
    }
  }

  function zoom(factor, cx, cy) {
    const v = state.view;
    const w = Math.min(MAP_W, Math.max(6, v.w / factor));
    const h = w * MAP_H / MAP_W;
    const px = cx === undefined ? v.x + v.w / 2 : cx;
    const py = cy === undefined ? v.y + v.h / 2 : cy;
    const rx = (px - v.x) / v.w;
    const ry = (py - v.y) / v.h;
    state.view = clampView({ x: px - rx * w, y: py - ry * h, w, h });
    applyView();
  }

  function clampView(v) {
    return {
      x: Math.min(MAP_W - v.w, Math.max(0, v.x)),
      y: Math.min(MAP_H - v.h, Math.max(0, v.y)),
      w: v.w, h: v.h,
    };
  }

  function enablePanZoom(svgEl) {
    let start = null;
    svgEl.addEventListener("pointerdown", (ev) => {
      start = { x: ev.clientX, y: ev.clientY, view: { ...state.view } };
      dragMoved = false;
    });
    svgEl.addEventListener("pointermove", (ev) => {
      if (!start) return;
      const rect = svgEl.getBoundingClientRect();
      const scale = start.view.w / rect.width;
      const dx = (ev.clientX - start.x) * scale;
      const dy = (ev.clientY - start.y) * scale;
      if (Math.abs(ev.clientX - start.x) + Math.abs(ev.clientY - start.y) > 4) dragMoved = true;
      if (dragMoved) {
        state.view = clampView({ ...start.view, x: start.view.x - dx, y: start.view.y - dy });
        applyView();
      }
    });
    const end = () => {
      start = null;
      window.setTimeout(() => { dragMoved = false; }, 0);
    };
    svgEl.addEventListener("pointerup", end);
    svgEl.addEventListener("pointerleave", end);
    svgEl.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const rect = svgEl.getBoundingClientRect();
      const v = state.view;
      const cx = v.x + (ev.clientX - rect.left) / rect.width * v.w;
      const cy = v.y + (ev.clientY - rect.top) / rect.height * v.h;
      zoom(ev.deltaY < 0 ? 1.25 : 0.8, cx, cy);
    }, { passive: false });
  }

  function dominant(byCategory) {
    let best = null;
    let n = -1;
    for (const [k, v] of Object.entries(byCategory || {})) {
      if (v > n) { best = k; n = v; }
    }
    return best;
  }

  function renderMap(stats) {
    // Countries: shade by number of events.
    const byCountry = {};
    for (const row of stats.by_country) byCountry[row.key] = row.count;
    const max = Math.max(1, ...Object.values(byCountry));
    for (const [iso, path] of Object.entries(state.countryPaths)) {
      const n = byCountry[iso] || 0;
      const level = n === 0 ? 0 : 1 + Math.min(3, Math.floor((Math.log(n) / Math.log(max + 1)) * 4));
      path.setAttribute("class", "country level-" + level + (state.filters.country === iso ? " selected" : ""));
    }
    const layer = $("points");
    if (!layer) return;
    clear(layer);
    const points = [...stats.places].sort((a, b) => b.count - a.count);
    for (const p of points) {
      const [x, y] = project(p.lat, p.lon);
      const r = 1.2 + 1.1 * Math.sqrt(p.count);
      const cat = dominant(p.by_category);
      const cats = Object.entries(p.by_category).map(([k, v]) => k + " " + v).join(", ");
      const label = (p.name || "?") + (p.country ? " (" + p.country + ")" : "") + ": " + p.count +
        " event" + (p.count === 1 ? "" : "s") + " — " + cats;
      const circle = sv("circle", {
        cx: x.toFixed(2), cy: y.toFixed(2), r: r, "data-r": r, class: "point",
        fill: COLORS[cat] || "#555", tabindex: 0, role: "button", "aria-label": label,
        "data-country": p.country || "",
      }, svgTitle(label));
      circle.addEventListener("click", (ev) => {
        ev.stopPropagation();
        if (dragMoved || !p.country) return;
        setFilters({ ...state.filters, country: p.country });
      });
      keyActivate(circle);
      layer.appendChild(circle);
    }
    applyView();
    renderLegend(stats);
  }

  function renderLegend(stats) {
    const legend = $("legend");
    clear(legend);
    for (const row of stats.by_category) {
      const item = el("li", {}, el("button", {
        type: "button", class: "legend-item" + (state.filters.event === row.key ? " active" : ""),
        "data-cat": row.key, title: "Show only " + row.key,
      }, swatch(row.key), row.key + " ", el("span", { class: "muted" }, String(row.count))));
      legend.appendChild(item);
    }
    paintSwatches(legend);
  }

  // --- timeline --------------------------------------------------------------------

  function parseDay(s) {
    const [y, m, d] = s.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }

  function iso(date) {
    return date.toISOString().slice(0, 10);
  }

  function bucketOf(day, unit) {
    const d = parseDay(day);
    if (unit === "week") {
      const dow = (d.getUTCDay() + 6) % 7; // Monday first
      d.setUTCDate(d.getUTCDate() - dow);
    } else if (unit === "month") {
      d.setUTCDate(1);
    } else if (unit === "year") {
      d.setUTCMonth(0, 1);
    }
    return d;
  }

  function nextBucket(d, unit) {
    const n = new Date(d.getTime());
    if (unit === "day") n.setUTCDate(n.getUTCDate() + 1);
    else if (unit === "week") n.setUTCDate(n.getUTCDate() + 7);
    else if (unit === "month") n.setUTCMonth(n.getUTCMonth() + 1);
    else n.setUTCFullYear(n.getUTCFullYear() + 1);
    return n;
  }

  function renderTimeline(stats) {
    const box = $("timeline");
    clear(box);
    const days = stats.by_day.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.key));
    if (!days.length) {
      box.appendChild(el("p", { class: "muted" }, "No dated events."));
      $("timeline-unit").textContent = "";
      return;
    }
    // A few stray old dates (history recalled in an article) would squash the rest: show
    // the central 90% of events when that range is much narrower than the full one.
    const total = days.reduce((n, r) => n + r.count, 0);
    let lo = 0;
    let hi = days.length - 1;
    if (days.length > 10) {
      let cum = 0;
      while (lo < hi && cum + days[lo].count <= total * 0.05) cum += days[lo++].count;
      cum = 0;
      while (hi > lo && cum + days[hi].count <= total * 0.05) cum += days[hi--].count;
      const full = parseDay(days[days.length - 1].key) - parseDay(days[0].key);
      const core = parseDay(days[hi].key) - parseDay(days[lo].key);
      if (core * 3 > full) { lo = 0; hi = days.length - 1; }
    }
    const shown = days.slice(lo, hi + 1);
    const outside = total - shown.reduce((n, r) => n + r.count, 0);
    const first = parseDay(shown[0].key);
    const last = parseDay(shown[shown.length - 1].key);
    const spanDays = (last - first) / 86400000;
    const unit = spanDays <= 120 ? "day" : spanDays <= 7 * 120 ? "week" : spanDays <= 31 * 120 ? "month" : "year";
    $("timeline-unit").textContent = "events per " + unit +
      (outside ? " · " + outside + " outside " + shown[0].key + " – " + shown[shown.length - 1].key : "");
    const counts = new Map();
    const cats = new Map(); // bucket -> Map(category -> count)
    for (const r of shown) {
      const key = iso(bucketOf(r.key, unit));
      counts.set(key, (counts.get(key) || 0) + r.count);
    }
    const lastShown = shown[shown.length - 1].key;
    for (const r of stats.by_day_category || []) {
      if (r.key < shown[0].key || r.key > lastShown) continue;
      const key = iso(bucketOf(r.key, unit));
      if (!cats.has(key)) cats.set(key, new Map());
      const m = cats.get(key);
      m.set(r.category, (m.get(r.category) || 0) + r.count);
    }
    const buckets = [];
    for (let d = bucketOf(shown[0].key, unit); d <= last; d = nextBucket(d, unit)) {
      buckets.push({ start: new Date(d.getTime()), key: iso(d), count: counts.get(iso(d)) || 0,
        cats: cats.get(iso(d)) || new Map() });
      if (buckets.length > 2000) break;
    }
    const W = Math.max(280, Math.round(box.clientWidth || 600));
    const H = 150;
    const padL = 34;
    const padB = 22;
    const max = Math.max(1, ...buckets.map((b) => b.count));
    const bw = (W - padL) / buckets.length;
    const svgEl = sv("svg", {
      viewBox: "0 0 " + W + " " + H, class: "timeline-svg", role: "img",
      "aria-label": "Events per " + unit, width: W, height: H,
    });
    // y axis: 0 and max.
    svgEl.appendChild(sv("line", { x1: padL, y1: H - padB, x2: W, y2: H - padB, class: "axis" }));
    svgEl.appendChild(sv("text", { x: padL - 4, y: H - padB, class: "tick", "text-anchor": "end" }, "0"));
    svgEl.appendChild(sv("text", { x: padL - 4, y: 12, class: "tick", "text-anchor": "end" }, String(max)));
    const labelEvery = Math.max(1, Math.ceil(buckets.length / Math.max(2, Math.floor(W / 70))));
    buckets.forEach((b, i) => {
      const h = (b.count / max) * (H - padB - 8);
      const x = padL + i * bw;
      const end = new Date(nextBucket(b.start, unit).getTime() - 86400000);
      const label = (unit === "day" ? b.key : b.key + " – " + iso(end)) + ": " + b.count + " event" +
        (b.count === 1 ? "" : "s");
      if (b.count > 0) {
        const parts = PLOVER.filter((c) => b.cats.has(c)).map((c) => c + " " + b.cats.get(c));
        const full = label + (parts.length ? " — " + parts.join(", ") : "");
        const bar = sv("g", {
          class: "bar", tabindex: 0, role: "button", "aria-label": full,
          "data-from": b.key, "data-to": iso(end),
        }, svgTitle(full));
        const bx = (x + bw * 0.1).toFixed(2);
        const bwidth = Math.max(0.8, bw * 0.8).toFixed(2);
        // Invisible full-height hit area, then one segment per category, stacked.
        bar.appendChild(sv("rect", { x: bx, y: 0, width: bwidth, height: H - padB, class: "bar-hit" }));
        let y = H - padB;
        let drawn = 0;
        for (const c of PLOVER) {
          const n = b.cats.get(c);
          if (!n) continue;
          const hh = (n / max) * (H - padB - 8);
          y -= hh;
          drawn += n;
          bar.appendChild(sv("rect", { x: bx, y: y.toFixed(2), width: bwidth, height: hh.toFixed(2),
            fill: COLORS[c] || "#555", class: "seg" }));
        }
        if (drawn < b.count) { // categories unknown (older server): one plain segment
          const hh = ((b.count - drawn) / max) * (H - padB - 8);
          bar.appendChild(sv("rect", { x: bx, y: (y - hh).toFixed(2), width: bwidth, height: hh.toFixed(2),
            class: "seg plain" }));
        }
        bar.addEventListener("click", () => setFilters({ ...state.filters, from: b.key, to: iso(end) }));
        keyActivate(bar);
        svgEl.appendChild(bar);
      }
      if (i % labelEvery === 0) {
        const cx = x + bw / 2;
        const anchor = cx > W - 40 ? "end" : "middle";
        svgEl.appendChild(sv("text", { x: (anchor === "end" ? W : cx).toFixed(2), y: H - 6, class: "tick", "text-anchor": anchor },
          unit === "year" ? b.key.slice(0, 4) : unit === "month" ? b.key.slice(0, 7) : b.key));
      }
    });
    box.appendChild(svgEl);
  }

  function renderBars(id, rows, labeler) {
    const list = $(id);
    clear(list);
    const key = list.getAttribute("data-filter");
    const top = rows.filter((r) => r.key !== "unknown" && r.key !== "none").slice(0, 8);
    const max = Math.max(1, ...top.map((r) => r.count));
    for (const r of top) {
      const fill = el("span", { class: "bar-fill", "aria-hidden": "true" });
      fill.style.width = (100 * r.count / max).toFixed(1) + "%";
      const btn = el("button", { type: "button", "data-value": r.key, title: "Filter: " + labeler(r.key) },
        el("span", { class: "bar-name" }, labeler(r.key)), el("span", { class: "muted" }, String(r.count)), fill);
      btn.addEventListener("click", () => setFilters({ ...state.filters, [key]: r.key }));
      list.appendChild(el("li", {}, btn));
    }
    if (!top.length) list.appendChild(el("li", { class: "muted" }, "—"));
  }

  // --- table -----------------------------------------------------------------------

  function renderTable(page) {
    const body = $("events-body");
    clear(body);
    for (const ev of page.items) {
      const actors = (ev.actors || []).filter((a) => a.role !== "recipient").map(fmtActor);
      const recipients = (ev.actors || []).filter((a) => a.role === "recipient").map(fmtActor);
      const acled = ev.acled ? ev.acled.event_type + ": " + ev.acled.sub_event_type : "";
      const row = el("tr", { tabindex: 0, class: "event-row", "data-id": ev.event_id },
        el("td", { class: "nowrap" }, fmtDate(ev.date)),
        el("td", {}, swatch(ev.event), ev.event + (ev.mode ? "/" + ev.mode : ""),
          ev.status && ev.status !== "asserted" ? el("span", { class: "badge" }, ev.status) : null),
        el("td", {}, acled),
        el("td", {}, fmtPlace(ev.location)),
        el("td", {}, actors.join("; ") + (recipients.length ? " → " + recipients.join("; ") : "")),
        el("td", {}, fmtCounts(ev.counts)),
        el("td", { class: "num", title: (ev.num_mentions ?? "?") + " mention(s) from " +
          (ev.num_sources ?? "?") + " source(s)" }, String(ev.num_mentions ?? "") +
          (ev.num_sources ? " / " + ev.num_sources : "")));
      row.addEventListener("click", () => openEvent(ev.event_id));
      row.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          openEvent(ev.event_id);
        }
      });
      body.appendChild(row);
    }
    paintSwatches(body);
    $("empty").hidden = page.items.length > 0;
    const from = page.total ? state.offset + 1 : 0;
    const to = state.offset + page.items.length;
    $("page-info").textContent = from + "–" + to + " of " + page.total;
    $("prev").disabled = state.offset === 0;
    $("next").disabled = to >= page.total;
  }

  // --- event detail ----------------------------------------------------------------

  // Split a sentence at highlight boundaries; each piece gets the innermost covering span.
  function highlightSentence(full, highlights) {
    // Trailing line breaks would show as blank lines; offsets are unaffected by trimming the end.
    const sentence = full.replace(/\s+$/, "");
    const frag = document.createDocumentFragment();
    const cuts = new Set([0, sentence.length]);
    const hs = (highlights || []).filter((h) => h.start >= 0 && h.end <= sentence.length && h.start < h.end);
    for (const h of hs) { cuts.add(h.start); cuts.add(h.end); }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i];
      const b = points[i + 1];
      const text = sentence.slice(a, b);
      const covering = hs.filter((h) => h.start <= a && h.end >= b);
      if (!covering.length) {
        frag.appendChild(document.createTextNode(text));
        continue;
      }
      covering.sort((x, y) => (x.end - x.start) - (y.end - y.start));
      const inner = covering[0];
      // Every covering kind is a class (two fields can share a span); the innermost one
      // comes last so its colour wins.
      const kinds = [...new Set(covering.map((h) => h.kind).reverse())];
      frag.appendChild(el("mark", {
        class: "hl " + kinds.map((k) => "hl-" + k).join(" "), "data-kind": inner.kind,
        title: covering.map((h) => h.label).join(" · "),
      }, text));
    }
    return frag;
  }

  function safeHref(url) {
    try {
      const u = new URL(String(url), window.location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (_e) {
      return null;
    }
  }

  function factRow(dl, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el("dt", {}, term));
    dl.appendChild(el("dd", {}, value));
  }

  // A disagreement is {field, claims: [{source, value, text, attribution, hedged, ...}]}.
  function renderDisagreement(d) {
    if (!d || typeof d !== "object") return el("li", {}, String(d));
    const li = el("li", {}, el("strong", {}, String(d.field || "value") + ": "));
    const claims = Array.isArray(d.claims) ? d.claims : [];
    const list = el("ul", { class: "claims" });
    for (const c of claims) {
      const value = c && typeof c.value === "object" ? JSON.stringify(c.value) : String(c && c.value);
      const who = sourceName(c);
      const bits = [who];
      if (c && c.published) bits.push(c.published);
      if (c && c.attribution) bits.push("according to " + c.attribution);
      if (c && c.hedged) bits.push("hedged");
      list.appendChild(el("li", {}, el("span", { class: "claim-value" }, value),
        c && c.text && c.text !== value ? " (“" + c.text + "”)" : "", " — " + bits.join(", ")));
    }
    li.appendChild(list);
    return li;
  }

  function renderMention(m) {
    const meta = el("div", { class: "mention-meta" });
    meta.appendChild(el("strong", { class: "source", title: String(m.article_id || "") }, sourceName(m)));
    if (m.published) meta.appendChild(el("span", { class: "muted" }, " · " + m.published));
    if (m.title) meta.appendChild(el("span", { class: "title" }, " · " + m.title));
    const href = m.url ? safeHref(m.url) : null;
    if (href) {
      meta.appendChild(document.createTextNode(" "));
      meta.appendChild(el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, "original ↗"));
    }
    const quote = el("blockquote", { class: "evidence" });
    if (m.sentence_text) quote.appendChild(highlightSentence(m.sentence_text, m.highlights));
    else quote.appendChild(el("span", { class: "muted" }, "(sentence not available)"));
    const chips = el("ul", { class: "chips" });
    for (const h of m.highlights || []) {
      chips.appendChild(el("li", { class: "chip chip-" + h.kind, "data-kind": h.kind },
        el("span", { class: "chip-label" }, h.label), " ", el("span", { class: "chip-text" }, h.text)));
    }
    const extra = el("p", { class: "small muted" });
    const attr = m.attribution && (m.attribution.text || m.attribution);
    if (attr && typeof attr === "string") extra.appendChild(document.createTextNode("Attributed to: " + attr + ". "));
    if (m.status && m.status !== "asserted") extra.appendChild(document.createTextNode("Status: " + m.status + ". "));
    if (m.hedged) extra.appendChild(document.createTextNode("Hedged (reported with doubt). "));
    const articleBox = el("div", { class: "article-text", hidden: true });
    const btn = el("button", { type: "button", class: "secondary small-btn" }, "Show article");
    btn.addEventListener("click", () => toggleArticle(m, articleBox, btn));
    return el("li", { class: "mention" }, meta, quote, chips, extra.childNodes.length ? extra : null,
      m.article_id ? btn : null, articleBox);
  }

  async function toggleArticle(m, box, btn) {
    if (!box.hidden) {
      box.hidden = true;
      btn.textContent = "Show article";
      return;
    }
    try {
      if (!box.firstChild) {
        const art = await api("articles/" + encodeURIComponent(m.article_id));
        const text = art.text || "";
        const s = m.sentence && typeof m.sentence.start === "number" ? m.sentence.start : -1;
        const len = m.sentence_text ? m.sentence_text.length : 0;
        if (s >= 0 && len && text.slice(s, s + len) === m.sentence_text) {
          box.appendChild(document.createTextNode(text.slice(0, s)));
          box.appendChild(el("mark", { class: "hl hl-sentence" }, text.slice(s, s + len)));
          box.appendChild(document.createTextNode(text.slice(s + len)));
        } else {
          box.appendChild(document.createTextNode(text));
        }
      }
      box.hidden = false;
      btn.textContent = "Hide article";
    } catch (err) {
      showError(err);
    }
  }

  async function openEvent(id) {
    state.openEvent = id;
    writeUrl();
    const panel = $("detail");
    const body = $("detail-body");
    clear(body);
    body.appendChild(el("p", { class: "muted" }, "Loading…"));
    panel.hidden = false;
    document.body.classList.add("detail-open");
    let ev;
    try {
      ev = await api("events/" + encodeURIComponent(id));
    } catch (err) {
      clear(body);
      body.appendChild(el("p", { class: "error" }, err.status === 404 ? "No such event." : String(err.message)));
      return;
    }
    if (state.openEvent !== id) return;
    clear(body);
    body.appendChild(el("h2", { id: "detail-title" }, swatch(ev.event),
      ev.event + (ev.mode ? " / " + ev.mode : "")));
    if (ev.acled) {
      body.appendChild(el("p", { class: "acled" }, "ACLED: " + ev.acled.event_type + " — " + ev.acled.sub_event_type));
    }
    const dl = el("dl", { class: "facts" });
    factRow(dl, "Date", fmtDate(ev.date));
    factRow(dl, "Place", fmtPlace(ev.location));
    factRow(dl, "Actors", (ev.actors || []).filter((a) => a.role !== "recipient").map(fmtActor).join("; "));
    factRow(dl, "Targets", (ev.actors || []).filter((a) => a.role === "recipient").map(fmtActor).join("; "));
    factRow(dl, "Counts", fmtCounts(ev.counts));
    const ranges = Object.entries(ev.consensus_counts || {})
      .filter(([, c]) => c && c.low !== c.high)
      .map(([k, c]) => k + " " + c.low + "–" + c.high + " across " + (c.sources || []).length + " source(s)");
    factRow(dl, "Reported range", ranges.join("; "));
    factRow(dl, "Status", ev.status);
    factRow(dl, "Reports", [ev.num_mentions, "mention(s) in", ev.num_articles, "article(s) from",
      ev.num_sources, "source(s)"].join(" "));
    if (ev.first_reported) {
      factRow(dl, "Reported", ev.first_reported + (ev.last_reported && ev.last_reported !== ev.first_reported
        ? " – " + ev.last_reported : ""));
    }
    factRow(dl, "Event id", ev.event_id);
    body.appendChild(dl);
    const dis = ev.disagreements || [];
    if (dis.length) {
      body.appendChild(el("h3", {}, "Where sources disagree"));
      body.appendChild(el("ul", { class: "disagreements" }, dis.map(renderDisagreement)));
    }
    body.appendChild(el("h3", {}, "Reports (" + (ev.mentions || []).length + ")"));
    body.appendChild(el("ol", { class: "mentions" }, (ev.mentions || []).map(renderMention)));
    paintSwatches(body);
    $("detail-close").focus();
  }

  function closeEvent() {
    state.openEvent = null;
    $("detail").hidden = true;
    document.body.classList.remove("detail-open");
    writeUrl();
  }

  // --- loading ---------------------------------------------------------------------

  let generation = 0;

  async function refresh() {
    const gen = ++generation;
    writeUrl();
    updateDownloads();
    updateFiltersToggle();
    showError(null);
    $("summary").textContent = "Loading…";
    try {
      const [stats, page] = await Promise.all([
        api("stats", state.filters),
        api("events", { ...state.filters, limit: PAGE, offset: state.offset }),
      ]);
      if (gen !== generation) return;
      state.lastStats = stats;
      state.total = page.total;
      const nc = stats.by_country.filter((r) => r.key !== "unknown").length;
      $("summary").textContent = page.total + " event" + (page.total === 1 ? "" : "s") +
        (nc ? " in " + nc + " countr" + (nc === 1 ? "y" : "ies") : "") +
        (Object.keys(state.filters).length ? " (filtered)" : "");
      renderMap(stats);
      renderTimeline(stats);
      renderBars("bars-country", stats.by_country, (k) => state.countryNames[k] || k);
      renderBars("bars-acled", stats.by_acled_type, (k) => k);
      renderTable(page);
    } catch (err) {
      if (gen !== generation) return;
      $("summary").textContent = "";
      showError(err);
    }
  }

  function fillSelect(id, values, labeler) {
    const select = $(id);
    for (const v of values) select.appendChild(el("option", { value: v }, labeler ? labeler(v) : v));
  }

  async function init() {
    fillSelect("f-event", PLOVER);
    // ACLED: each event type, then its sub-event types, in one select.
    for (const [type, subs] of Object.entries(ACLED)) {
      const group = el("optgroup", { label: type });
      group.appendChild(el("option", { value: type }, "All " + type));
      for (const sub of subs) group.appendChild(el("option", { value: sub }, sub));
      $("f-acled").appendChild(group);
    }
    const url = readUrl();
    state.filters = url.filters;
    state.offset = url.offset;
    try {
      const [world, all] = await Promise.all([
        fetch("worldmap.json").then((r) => r.json()),
        api("stats"),
      ]);
      Object.assign(state.countryNames, world.names || {});
      for (const c of world.countries) if (c.id) state.countryNames[c.id] = c.name;
      buildMap(world);
      const codes = all.by_country.map((r) => r.key).filter((k) => /^[A-Z]{3}$/.test(k));
      codes.sort((a, b) => (state.countryNames[a] || a).localeCompare(state.countryNames[b] || b));
      fillSelect("f-country", codes, (c) => optionLabel("country", c));
      const days = all.by_day.map((r) => r.key).filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k));
      if (days.length) {
        for (const id of ["f-from", "f-to"]) {
          $(id).setAttribute("min", days[0]);
          $(id).setAttribute("max", days[days.length - 1]);
        }
      }
    } catch (err) {
      showError(err);
    }
    writeForm(state.filters);
    $("filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      setFilters(readForm());
    });
    $("filters").addEventListener("reset", (ev) => {
      ev.preventDefault();
      setFilters({});
    });
    for (const id of ["f-country", "f-event", "f-acled", "f-status"]) {
      $(id).addEventListener("change", () => setFilters(readForm()));
    }
    $("legend").addEventListener("click", (ev) => {
      const btn = ev.target.closest("button[data-cat]");
      if (!btn) return;
      const cat = btn.getAttribute("data-cat");
      const next = { ...state.filters };
      if (next.event === cat) delete next.event;
      else next.event = cat;
      setFilters(next);
    });
    $("filters-toggle").addEventListener("click", () => {
      const open = $("filters").classList.toggle("open");
      $("filters-toggle").setAttribute("aria-expanded", String(open));
    });
    $("prev").addEventListener("click", () => {
      state.offset = Math.max(0, state.offset - PAGE);
      refresh();
    });
    $("next").addEventListener("click", () => {
      state.offset += PAGE;
      refresh();
    });
    $("zoom-in").addEventListener("click", () => zoom(1.6));
    $("zoom-out").addEventListener("click", () => zoom(1 / 1.6));
    $("zoom-reset").addEventListener("click", () => {
      state.view = { x: 0, y: 0, w: MAP_W, h: MAP_H };
      applyView();
    });
    $("detail-close").addEventListener("click", closeEvent);
    $("detail").addEventListener("click", (ev) => {
      if (ev.target === $("detail")) closeEvent();
    });
    // A link or a typed URL with #event=ID opens that event (same-document navigation).
    window.addEventListener("hashchange", () => {
      const id = new URLSearchParams(window.location.hash.slice(1)).get("event");
      if (id && id !== state.openEvent) openEvent(id);
      else if (!id && state.openEvent) closeEvent();
    });
    let resizeTimer = null;
    window.addEventListener("resize", () => {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => { if (state.lastStats) renderTimeline(state.lastStats); }, 150);
    });
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && !$("detail").hidden) closeEvent();
    });
    await refresh();
    if (url.event) openEvent(url.event);
  }

  document.addEventListener("DOMContentLoaded", init);
})();

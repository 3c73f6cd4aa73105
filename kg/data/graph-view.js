// newskg graph view, part 1 of 3 (kg/view joins graph-view.js, graph-layout.js and graph-panel.js in one
// function scope): styles, graph elements, filters and the network. KG = {entities, events, served} is set before it.
// Every text from the data reaches the page through textContent or a text node, never as markup.
const STYLE = {
  Person: { color: "#4e79a7", shape: "dot", mark: "\u25cf", label: "Person" },
  Organization: { color: "#f28e2b", shape: "square", mark: "\u25a0", label: "Organization" },
  Place: { color: "#59a14f", shape: "triangle", mark: "\u25b2", label: "Place" },
  Other: { color: "#9d9d9d", shape: "dot", mark: "\u25cf", label: "Other" },
  Event: { color: "#b07aa1", shape: "diamond", mark: "\u25c6", label: "Event without target" },
};
const FONT = "system-ui, -apple-system, Segoe UI, sans-serif";
const EDGE_COLOR = { color: "#a3adb8", highlight: "#b07aa1", hover: "#6b7785", inherit: false };
const OPTIONS = {
  layout: { randomSeed: 7 },
  physics: {
    solver: "forceAtlas2Based",
    forceAtlas2Based: { gravitationalConstant: -150, centralGravity: 0.02, springLength: 190, springConstant: 0.05, damping: 0.6, avoidOverlap: 0.8 },
    stabilization: { iterations: 800, updateInterval: 100, fit: true }, minVelocity: 1,
  },
  nodes: { borderWidth: 1, font: { size: 15, face: FONT, color: "#222", strokeWidth: 4, strokeColor: "#fff" },
    scaling: { min: 10, max: 30, label: { enabled: true, min: 17, max: 24, maxVisible: 26, drawThreshold: 7 } } },
  edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, width: 1.2, selectionWidth: 2, smooth: false, color: EDGE_COLOR,
    font: { size: 13, face: FONT, color: "#555", strokeWidth: 3, strokeColor: "#fff", align: "middle" } },
  interaction: { hover: true, tooltipDelay: 150, keyboard: { enabled: true, bindToWindow: false } },
};
const $ = id => document.getElementById(id);
const body = document.body, blocked = [];
document.addEventListener("securitypolicyviolation", e => {
  blocked.push(e.blockedURI || e.violatedDirective);
  body.dataset.blocked = blocked.join(" ");
  say("blocked an outside request: " + blocked.join(", "), true);
});
function el(tag, text, cls) {
  const n = document.createElement(tag);
  if (text != null) n.textContent = String(text);
  if (cls) n.className = cls;
  return n;
}
function say(text, warn) { const s = $("status"); s.textContent = text; s.classList.toggle("warn", !!warn); }
const unique = xs => [...new Set(xs)];
const styleOf = e => STYLE[e && e.type in STYLE && e.type !== "Event" ? e.type : "Other"];
const typeKey = e => (e && e.type in STYLE && e.type !== "Event" ? e.type : "Other");
const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");

// Dates: an event covers a period (a year, a month, a week from its Monday, or a day).
function addDays(day, n) { const d = new Date(day + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); }
const dayOf = ev => String(ev.date || "").slice(0, 10);
const startOf = ev => { const d = dayOf(ev); return d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d; };
const endOf = ev => { const d = dayOf(ev); return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : ev.precision === "week" ? addDays(d, 6) : d; };
const dateText = ev => !ev.date ? "undated" : (ev.precision === "week" ? "week of " : "") + dayOf(ev);
const caption = ev => (ev.type || "event") + " \u00b7 " + dateText(ev);
const byDate = (a, b) => (!a.date - !b.date) || startOf(a).localeCompare(startOf(b)) || a.id.localeCompare(b.id);
function safeUrl(text) {
  try { const u = new URL(String(text)); return u.protocol === "http:" || u.protocol === "https:" ? u.href : null; } catch (e) { return null; }
}

// Graph elements. Node ids: an actor's id, or "event:ID" for an event without a target.
function actorNode(e) {
  const s = styleOf(e), lines = [e.label, [e.type, e.kind].filter(Boolean).join(" \u00b7 ") + " \u00b7 " + plural(e.mentions || 0, "mention")];
  if (e.aliases && e.aliases.length) lines.push("also: " + e.aliases.join(", "));
  return { id: e.id, label: e.label, shape: s.shape, value: Math.max(1, e.mentions || 1), title: lines.join("\n"),
    color: { background: s.color, border: "#fff", highlight: { background: s.color, border: "#222" }, hover: { background: s.color, border: "#555" } } };
}
function eventTitle(ev) {
  return ev.label + (ev.quote ? "\n\u201c" + (ev.quote.length > 200 ? ev.quote.slice(0, 200) + "\u2026" : ev.quote) + "\u201d" : "") + "\n" + plural(ev.sources.length, "report");
}
function eventElements(ev) {
  if (ev.target) return { edges: [{ id: "event:" + ev.id, from: ev.agent, to: ev.target, label: caption(ev), title: eventTitle(ev) }] };
  const s = STYLE.Event;
  return {
    nodes: [{ id: "event:" + ev.id, label: caption(ev), title: eventTitle(ev), shape: s.shape, size: 7,
      font: { size: 12, color: "#555" }, baseFont: { size: 12, color: "#555" },
      color: { background: s.color, border: "#fff", highlight: { background: s.color, border: "#222" } } }],
    edges: [{ id: "event:" + ev.id, from: ev.agent, to: "event:" + ev.id, dashes: [1, 3], length: 60, arrows: { to: { enabled: false } } }],
  };
}
function linkEdges(e) {
  return [...e.partOf.map(t => [t, "part of"]), ...e.memberOf.map(t => [t, "member of"])].map(([t, rel]) => ({
    id: "link:" + e.id + ":" + rel + ":" + t, from: e.id, to: t, label: rel, dashes: [4, 4], width: 1,
    color: { color: "#c8c8c8", inherit: false }, font: { size: 10, color: "#999" }, arrows: { to: { enabled: true, scaleFactor: 0.4 } } }));
}

let network, nodes, edges, nodeView, edgeView, active = new Set(), laidOut = false, focusNext = true, moved = false;
const state = { types: new Set(Object.keys(STYLE)), etype: "", from: "", to: "", undated: true, inactive: false };
const typeOn = e => state.types.has(typeKey(e));
const eventFilterOn = () => !!(state.etype || state.from || state.to || !state.undated);
function eventVisible(ev) {
  if (!ev || (state.etype && ev.type !== state.etype) || (!ev.target && !state.types.has("Event"))) return false;
  if (!ev.date) { if (!state.undated) return false; } else if ((state.from && endOf(ev) < state.from) || (state.to && startOf(ev) > state.to)) return false;
  return typeOn(KG.entities[ev.agent]) && (!ev.target || typeOn(KG.entities[ev.target]));
}
function activeActors() {
  const found = new Set();
  Object.values(KG.events).filter(eventVisible).forEach(ev => { found.add(ev.agent); if (ev.target) found.add(ev.target); });
  if (!eventFilterOn()) Object.values(KG.entities).forEach(e => [...e.partOf, ...e.memberOf].forEach(t => {
    if (typeOn(e) && typeOn(KG.entities[t])) { found.add(e.id); found.add(t); } }));
  return found;
}
const nodeVisible = n => String(n.id).startsWith("event:") ? eventVisible(KG.events[n.id.slice(6)])
  : typeOn(KG.entities[n.id]) && (state.inactive || active.has(n.id));
function edgeVisible(e) {
  if (String(e.id).startsWith("event:")) return eventVisible(KG.events[e.id.slice(6)]);
  return nodeVisible({ id: e.from }) && nodeVisible({ id: e.to });
}
function applyFilters() {
  active = activeActors();
  if (state.inactive && laidOut) placeInactive();
  nodeView.refresh(); edgeView.refresh();
  const shownEvents = Object.values(KG.events).filter(eventVisible).length;
  body.dataset.nodes = String(nodeView.length); body.dataset.edges = String(edgeView.length);
  if (laidOut) say(plural(nodeView.get().filter(n => !String(n.id).startsWith("event:")).length, "actor") + " \u00b7 " + plural(shownEvents, "event") + " shown");
}
function addEvents(list, near) {
  const newNodes = [], newEdges = [];
  list.forEach((ev, i) => {
    const parts = eventElements(ev);
    (parts.nodes || []).forEach(n => { if (near) Object.assign(n, ring(near, i, list.length, 90)); newNodes.push(n); });
    newEdges.push(...parts.edges);
  });
  nodes.update(newNodes);
  edges.update(spreadParallel([...edges.get().filter(e => !list.some(ev => e.id === "event:" + ev.id)), ...newEdges]));
}

function main() {
  // Hubs weigh more, so they push each other (and their labels) further apart.
  const degree = {};
  Object.values(KG.events).forEach(ev => [ev.agent, ev.target].filter(Boolean).forEach(a => { degree[a] = (degree[a] || 0) + 1; }));
  nodes = new vis.DataSet(Object.values(KG.entities).map(e => Object.assign(actorNode(e), { mass: 1 + Math.sqrt(degree[e.id] || 0) / 2 })));
  edges = new vis.DataSet();
  addEvents(Object.values(KG.events).sort(byDate));
  edges.update(Object.values(KG.entities).flatMap(linkEdges));
  active = activeActors();
  state.inactive = active.size === 0;
  setupControls();
  nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  edgeView = new vis.DataView(edges, { filter: edgeVisible });
  network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, OPTIONS);
  const done = () => {
    if (laidOut) return;
    laidOut = true;
    network.setOptions({ physics: { enabled: false } });
    packComponents();
    keepPositions();
    applyFilters();
    network.once("afterDrawing", () => {  // fit once the moved nodes have their new bounds
      fitAll(false);
      body.dataset.state = "ready";
      route(false);  // the first view shows the whole graph, with the chosen actor or event highlighted
    });
    network.redraw();
  };
  network.once("stabilizationIterationsDone", done);
  if (!nodeView.length) done();
  network.on("click", p => {
    focusNext = false;
    if (p.nodes.length) go(String(p.nodes[0]).startsWith("event:") ? "event=" + encodeURIComponent(p.nodes[0].slice(6)) : "entity=" + encodeURIComponent(p.nodes[0]));
    else if (p.edges.length && String(p.edges[0]).startsWith("event:")) go("event=" + encodeURIComponent(p.edges[0].slice(6)));
    else if (p.edges.length) go("entity=" + encodeURIComponent(edges.get(p.edges[0]).from));
    else go("");
  });
  network.on("doubleClick", p => { if (KG.served && p.nodes.length && KG.entities[p.nodes[0]]) expand(p.nodes[0]); });
  network.on("dragEnd", () => { moved = true; keepPositions(); });
  network.on("zoom", () => { moved = true; });
  network.on("resize", () => { if (laidOut && !moved) fitAll(false); });  // until the user moves the view
  window.addEventListener("hashchange", () => route());
  applyFilters();
}
// A selection keeps its own events and actors in full colour and fades the rest.
function highlight(keepNodes, keepEdges) {
  const fade = (keep, id) => !!keep && !keep.has(id);
  nodes.update(nodes.get().filter(n => !!n.faded !== fade(keepNodes, n.id)).map(n => {
    const f = fade(keepNodes, n.id), base = n.baseFont || {};
    return { id: n.id, faded: f, opacity: f ? 0.18 : 1, font: Object.assign({}, base, { color: f ? "rgba(60,60,60,0.3)" : base.color || "#222" }) };
  }));
  edges.update(edges.get().filter(e => !!e.faded !== fade(keepEdges, e.id)).map(e => {
    const f = fade(keepEdges, e.id), base = e.baseColor || EDGE_COLOR;
    return { id: e.id, faded: f, color: Object.assign({}, base, { opacity: f ? 0.12 : 1 }), font: { color: f ? "rgba(0,0,0,0)" : e.fontColor || "#555" } };
  }));
}
function highlightEntity(id) {
  const keepN = new Set([id]), keepE = new Set();
  Object.values(KG.events).filter(ev => ev.agent === id || ev.target === id).forEach(ev => {
    keepE.add("event:" + ev.id); keepN.add(ev.agent); keepN.add(ev.target || "event:" + ev.id);
  });
  edges.get().filter(e => e.id.startsWith("link:") && (e.from === id || e.to === id)).forEach(e => { keepE.add(e.id); keepN.add(e.from); keepN.add(e.to); });
  highlight(keepN, keepE);
}
function go(hash) { if (location.hash.slice(1) === hash) route(); else location.hash = hash; }
document.addEventListener("DOMContentLoaded", () => {
  if (typeof vis === "undefined") { say("vis-network did not load", true); body.dataset.state = "failed"; return; }
  main();
});

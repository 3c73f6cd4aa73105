// newskg graph view, part 3 of 3: the controls, the side panel, search and (served) expansion.
// The panel follows the address: #entity=ID, #event=ID, #q=TEXT; "&expand" on an entity loads more from the API.
const panel = $("panel");

function setupControls() {
  const types = $("types");
  Object.entries(STYLE).forEach(([key, s]) => {
    if (key === "Other" && !Object.values(KG.entities).some(e => typeKey(e) === "Other")) return;
    const box = el("input"); box.type = "checkbox"; box.checked = true; box.value = key;
    const label = el("label"), mark = el("span", s.mark, "swatch"); mark.style.color = s.color;
    label.append(box, mark, s.label); types.append(label);
    box.addEventListener("change", () => { box.checked ? state.types.add(key) : state.types.delete(key); refresh(); });
  });
  const etype = $("etype");
  unique(Object.values(KG.events).map(ev => ev.type).filter(Boolean)).sort().forEach(t => { const o = el("option", t); o.value = t; etype.append(o); });
  const days = Object.values(KG.events).filter(ev => ev.date).sort(byDate);
  if (days.length) ["from", "to"].forEach(id => { $(id).min = startOf(days[0]); $(id).max = endOf(days[days.length - 1]); });
  etype.addEventListener("change", () => { state.etype = etype.value; refresh(); });
  let undatedTouched = false;  // a date range hides undated events, unless asked for them
  ["from", "to"].forEach(id => $(id).addEventListener("change", () => {
    state[id] = $(id).value;
    if (!undatedTouched) { state.undated = !(state.from || state.to); $("undated").checked = state.undated; }
    refresh();
  }));
  $("undated").addEventListener("change", () => { undatedTouched = true; state.undated = $("undated").checked; refresh(); });
  $("inactive").checked = state.inactive;
  $("inactive").addEventListener("change", () => { state.inactive = $("inactive").checked; refresh(); fitAll(true); });
  const idle = Object.keys(KG.entities).filter(id => !active.has(id)).length;
  $("inactive-label").textContent = "actors without events (" + idle + ")";
  $("reset").addEventListener("click", () => {
    Object.assign(state, { etype: "", from: "", to: "", undated: true, inactive: false, types: new Set(Object.keys(STYLE)) });
    types.querySelectorAll("input").forEach(b => { b.checked = true; });
    etype.value = ""; $("from").value = ""; $("to").value = ""; $("undated").checked = true; $("inactive").checked = false;
    $("search").value = ""; refresh(); go(""); fitAll(true);
  });
  $("fit").addEventListener("click", () => fitAll(true));
  const names = $("names"), seen = new Set();
  Object.values(KG.entities).forEach(e => [e.label, ...e.aliases].forEach(n => {
    if (seen.has(n.toLowerCase())) return;
    seen.add(n.toLowerCase()); const o = el("option"); o.value = n; names.append(o);
  }));
  $("find").addEventListener("submit", ev => { ev.preventDefault(); find($("search").value); });
  document.addEventListener("keydown", ev => { if (ev.key === "Escape" && ev.target.tagName !== "INPUT") go(""); });
  $("search").addEventListener("change", () => find($("search").value));
}
function refresh() { applyFilters(); if (!location.hash.slice(1)) showOverview(); }

function find(text) {
  const q = text.trim().toLowerCase();
  if (!q) return go("");
  const names = e => [e.label, ...e.aliases].map(n => n.toLowerCase());
  const exact = Object.values(KG.entities).filter(e => names(e).includes(q));
  const partial = Object.values(KG.entities).filter(e => names(e).some(n => n.includes(q)));
  const hit = exact.length === 1 ? exact[0] : partial.length === 1 ? partial[0] : null;
  go(hit ? "entity=" + encodeURIComponent(hit.id) : "q=" + encodeURIComponent(text.trim()));
}

function route(focus) {
  const p = new URLSearchParams(location.hash.slice(1)), id = p.get("entity"), evId = p.get("event");
  query = p.has("q") ? p.get("q").trim().toLowerCase() : "";
  focus = focus == null ? focusNext : focus; focusNext = true;
  if (id && KG.entities[id]) {
    showEntity(id); highlightEntity(id); select([id], [], focus);
    if (p.has("expand") && KG.served) expand(id);
  } else if (evId && KG.events[evId]) {
    const ev = KG.events[evId]; showEvent(ev);
    highlight(new Set([ev.agent, ev.target || "event:" + ev.id]), new Set(["event:" + ev.id]));
    select(ev.target ? [] : ["event:" + ev.id], ["event:" + ev.id], focus);
  } else {
    network.unselectAll();
    if (p.has("q")) showResults(p.get("q")); else { highlight(null, null); showOverview(); }
  }
}
function select(nodeIds, edgeIds, focus) {
  const shownNodes = nodeIds.filter(n => nodeView.get(n)), shownEdges = edgeIds.filter(e => edgeView.get(e));
  network.setSelection({ nodes: shownNodes, edges: shownEdges }, { unselectAll: true, highlightEdges: false });
  if (focus) fitAll(true, nodes.get().filter(n => !n.faded).map(n => n.id), 1.2);  // the selection and its counterparts
}

function entityLink(id) {
  const e = KG.entities[id];
  if (!e) return el("span", id);
  const a = el("a", e.label); a.href = "#entity=" + encodeURIComponent(id); a.title = [e.type, e.kind].filter(Boolean).join(" \u00b7 ");
  return a;
}
function eventLink(ev, text) { const a = el("a", text); a.href = "#event=" + encodeURIComponent(ev.id); return a; }
function sources(ev, open) {
  const d = el("details"), articles = new Map();
  d.open = !!open;
  ev.sources.forEach(s => { const key = s.article || s.source; if (!articles.has(key)) articles.set(key, []); articles.get(key).push(s); });
  const outlets = unique(ev.sources.map(s => s.outlet || s.source || s.article));
  d.append(el("summary", plural(ev.sources.length, "report") + (articles.size > 1 ? " in " + articles.size + " articles" : "") +
    (outlets.length ? ": " + outlets.join(", ") : "")));
  articles.forEach(reports => {
    const s = reports[0], div = el("div", null, "source"), head = el("div");
    head.append(el("strong", s.outlet || s.source || s.article || "unknown source"));
    if (s.title) head.append(" \u2014 ", marked(s.title));
    if (s.published) head.append(" (" + String(s.published).slice(0, 10) + ")");
    const url = safeUrl(s.source);
    if (url) { const a = el("a", "open article"); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; head.append(" ", a); }
    div.append(head);
    if (s.source && !url && s.outlet) div.append(el("div", s.source, "meta"));
    reports.filter(r => r.text).forEach(r => { const t = el("div", null, "evidence"); t.append(marked(r.text.trim())); div.append(t); });
    d.append(div);
  });
  return d;
}
// The text with each occurrence of the searched words in a <mark> (text nodes only).
let query = "";
function marked(text) {
  const out = document.createDocumentFragment(), low = text.toLowerCase();
  let at = 0;
  for (let i = query ? low.indexOf(query) : -1; i >= 0; i = low.indexOf(query, at)) {
    out.append(text.slice(at, i), el("mark", text.slice(i, i + query.length)));
    at = i + query.length;
  }
  out.append(text.slice(at));
  return out;
}
function eventItem(ev, compact) {
  const li = el("li", null, "event"), when = el("div", null, "when");
  when.append(eventLink(ev, dateText(ev)), el("span", ev.type || "event", "etype"));
  const who = el("div");
  who.append(entityLink(ev.agent), " \u2192 ", ev.target ? entityLink(ev.target) : el("span", "no target", "meta"));
  if (ev.place) who.append(" \u00b7 at " + ev.place);
  li.append(when, who);
  if (ev.quote) { const q = el("blockquote"); q.append(marked("\u201c" + ev.quote + "\u201d")); li.append(q); }
  if (!compact) li.append(sources(ev, false));
  return li;
}
function eventList(list, compact) { const ol = el("ol", null, compact ? "timeline" : ""); list.forEach(ev => ol.append(eventItem(ev, compact))); return ol; }

function showOverview() {
  const shown = Object.values(KG.events).filter(eventVisible).sort(byDate);
  panel.replaceChildren(el("h2", "Timeline"),
    el("p", plural(shown.length, "event") + (eventFilterOn() ? " (filtered)" : "") + " among " + plural(active.size, "actor") +
      (Object.keys(KG.entities).length > active.size ? " (" + (Object.keys(KG.entities).length - active.size) + " more not shown)" : ""), "meta"),
    el("p", "Arrow: an event, agent \u2192 target, with its type and date. Diamond: an event with no target. Dashed: part of / " +
      "member of. Size: mentions. Click for details and sources" + (KG.served ? "; double-click an actor to load more from the server." : "."), "hint"),
    eventList(shown, true));
}
function showEntity(id) {
  const e = KG.entities[id], s = styleOf(e), badge = el("span", [e.type || "entity", e.kind].filter(Boolean).join(" \u00b7 "), "kind");
  badge.style.background = s.color;
  panel.replaceChildren(el("h2", e.label), badge, el("p", plural(e.mentions || 0, "mention"), "meta"));
  if (e.aliases.length) panel.append(el("p", "Also known as: " + e.aliases.join("; "), "meta"));
  if (e.roles.length) panel.append(el("p", "Roles: " + e.roles.join("; "), "meta"));
  const links = [["Part of", e.partOf], ["Member of", e.memberOf],
    ["Has part", Object.values(KG.entities).filter(o => o.partOf.includes(id)).map(o => o.id)],
    ["Has member", Object.values(KG.entities).filter(o => o.memberOf.includes(id)).map(o => o.id)]];
  links.filter(([, ids]) => ids.length).forEach(([title, ids]) => {
    const p = el("p", title + ": ", "meta"); ids.forEach((o, i) => p.append(i ? ", " : "", entityLink(o))); panel.append(p);
  });
  const mine = Object.values(KG.events).filter(ev => ev.agent === id || ev.target === id).sort(byDate);
  panel.append(el("h3", plural(mine.length, "event")), eventList(mine, false));
  if (KG.served) {
    const b = el("button", "Load more from the server"); b.type = "button"; b.addEventListener("click", () => expand(id));
    panel.append(b);
  }
}
function showEvent(ev) {
  const s = STYLE.Event, badge = el("span", ev.type || "event", "kind");
  badge.style.background = s.color;
  panel.replaceChildren(el("h2", ev.label || caption(ev)), badge, el("p", dateText(ev) + (ev.precision ? " (" + ev.precision + " precision)" : ""), "meta"));
  const li = eventItem(ev, true); li.classList.add("current");
  const ol = el("ol"); ol.append(li);
  panel.append(ol, el("h3", "Sources"), sources(ev, true));
}
function showResults(text) {
  const q = text.toLowerCase(), has = v => v != null && String(v).toLowerCase().includes(q);
  const actors = Object.values(KG.entities).filter(e => [e.label, ...e.aliases, ...e.roles].some(has));
  const found = Object.values(KG.events).filter(ev => [ev.label, ev.quote, ...ev.sources.map(s => s.text)].some(has)).sort(byDate);
  panel.replaceChildren(el("h2", "\u201c" + text + "\u201d"));
  if (actors.length) {
    const ul = el("ul"); actors.forEach(e => { const li = el("li"); li.append(entityLink(e.id)); ul.append(li); });
    panel.append(el("h3", plural(actors.length, "actor")), ul);
  }
  const list = eventList(found, false);
  found.forEach((ev, i) => { if (![ev.label, ev.quote].some(has)) list.children[i].querySelector("details").open = true; });
  panel.append(el("h3", plural(found.length, "event")), list);
  highlight(new Set([...actors.map(e => e.id), ...found.flatMap(ev => [ev.agent, ev.target || "event:" + ev.id])]),
    new Set(found.map(ev => "event:" + ev.id)));
  say(plural(actors.length, "actor") + " and " + plural(found.length, "event") + " match");
}

// Served only: the entity's events from /api/entities/{id}/events; new actors come with their details.
async function getJSON(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(path + ": HTTP " + r.status);
  return r.json();
}
async function expand(id) {
  say("loading the events of " + KG.entities[id].label + "...");
  try {
    const found = (await getJSON("/api/entities/" + encodeURIComponent(id) + "/events?limit=10000")).results || [];
    const fresh = found.filter(ev => !KG.events[ev.id]);
    const missing = unique(fresh.flatMap(ev => [ev.agent, ev.target]).filter(a => a && !KG.entities[a.id]).map(a => a.id));
    const details = await Promise.all(missing.map(m => getJSON("/api/entities/" + encodeURIComponent(m)).catch(() => ({ id: m }))));
    const centre = network.getPositions([id])[id] || { x: 0, y: 0 };
    details.forEach((d, i) => {
      const e = { id: missing[i], label: d.label || missing[i], type: d.type || null, kind: d.kind || null, aliases: d.aliases || [],
        roles: d.roles || [], mentions: d.mentionCount || 1, partOf: [], memberOf: [] };
      KG.entities[e.id] = e; nodes.update(Object.assign(actorNode(e), ring(centre, i, missing.length, 220)));
    });
    const added = fresh.map(ev => ({ id: ev.id, type: ev.type, label: ev.label, date: ev.date, precision: ev.date_precision,
      agent: ev.agent.id, target: ev.target ? ev.target.id : null, place: ev.place ? ev.place.label : null, quote: ev.quote,
      sources: (ev.sources || []).map(s => ({ article: s.article, source: s.source, title: s.title, outlet: s.outlet, published: s.published, text: s.text })) }));
    added.forEach(ev => { KG.events[ev.id] = ev; });
    addEvents(added, centre);
    applyFilters();
    settle([...missing, ...added.filter(ev => !ev.target).map(ev => "event:" + ev.id)]);
    body.dataset.expanded = String(added.length);
    if (new URLSearchParams(location.hash.slice(1)).get("entity") === id) showEntity(id);
    say(added.length ? "added " + plural(added.length, "event") + " and " + plural(missing.length, "actor") + " from the server" : "the server has no other events of " + KG.entities[id].label);
  } catch (err) {
    say("could not load more: " + err.message, true);
  }
}

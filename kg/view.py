"""The interactive graph view: one self-contained HTML page that makes no outside request.

Actors are nodes (colour and shape by type, size by mentions); an event is an edge
agent -> target labelled "type (date)", or a small node beside its agent when it has no
target. The page inlines vis-network from the copy pyvis ships, embeds its data as
escaped JSON, and builds the side panel with textContent only, so no text from an
article can run as markup. A Content-Security-Policy allows only the page's own scripts.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
from importlib.resources import files

import pyoxigraph as ox
from pyvis.network import Network

from kg.read import list_entities, list_events
from kg.read._common import NKG, SCHEMA, describe, last_segment, strings

STYLES = {  # type -> (colour, vis shape)
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Place": ("#59a14f", "triangle"),
    None: ("#9d9d9d", "dot"),
}
EVENT_STYLE = ("#b07aa1", "diamond")
OPTIONS = {
    "physics": {
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -8000, "springLength": 160, "avoidOverlap": 0.2},
        "stabilization": {"enabled": True, "iterations": 400, "fit": True},
    },
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "font": {"size": 10, "align": "middle"},
              "smooth": {"type": "dynamic"}, "color": {"inherit": False, "color": "#999999"}},
    "nodes": {"font": {"size": 14}},
    "interaction": {"hover": True, "navigationButtons": False, "keyboard": True},
}


def embed_json(data: object) -> str:
    """JSON safe to place inside a <script> element or an HTML attribute."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def build_network(store: ox.Store, *, max_nodes: int = 300) -> tuple[Network, dict]:
    """A pyvis Network of the most mentioned actors and their events, and the panel data by node id."""
    net = Network(directed=True, cdn_resources="remote")
    actors = list_entities(store, limit=max_nodes)
    panel: dict[str, dict] = {}
    links: dict[str, list[tuple[str, str]]] = {}
    for e in actors:
        colour, shape = STYLES.get(e["type"], STYLES[None])
        net.add_node(e["id"], label=e["label"], color=colour, shape=shape, size=10 + 4 * math.sqrt(e["mentionCount"]))
        props = describe(store, ox.NamedNode(e["iri"]))
        panel[e["id"]] = {k: e[k] for k in ("id", "label", "type", "kind", "aliases", "mentionCount")} | {
            "roles": strings(props, NKG + "role"), "events": []}
        links[e["id"]] = [(last_segment(o), "part of") for o in strings(props, NKG + "partOf")] + [
            (last_segment(o), "member of") for o in strings(props, SCHEMA + "memberOf")]
    for source, targets in links.items():
        for target, caption in targets:
            if target in panel:
                net.add_edge(source, target, label=caption, dashes=[2, 4], color="#cccccc", font={"color": "#999999"})
    for ev in list_events(store, limit=10000):
        agent, target = ev["agent"]["id"], (ev["target"] or {}).get("id")
        if agent not in panel or (target and target not in panel):
            continue
        caption = f"{ev['type'] or 'event'} ({ev['date'] or 'undated'})"
        if target:
            net.add_edge(agent, target, id=ev["id"], label=caption)
        else:
            colour, shape = EVENT_STYLE
            net.add_node(ev["id"], label=caption, color=colour, shape=shape, size=6, font={"size": 10})
            net.add_edge(agent, ev["id"], id=ev["id"] + "#edge", dashes=True)
        summary = {
            "id": ev["id"], "type": ev["type"], "label": ev["label"], "date": ev["date"],
            "agent": ev["agent"]["label"], "target": (ev["target"] or {}).get("label"), "quote": ev["quote"],
            "outlets": sorted({s["outlet"] or s["source"] or s["article"] for s in ev["sources"]}),
        }
        for actor in filter(None, (agent, target)):
            panel[actor]["events"].append(summary)
        if not target:
            panel[ev["id"]] = {"id": ev["id"], "label": caption, "type": "Event", "events": [summary]}
    return net, panel


def render_graph(store: ox.Store, *, max_nodes: int = 300, served: bool = False) -> str:
    """The whole page as HTML; with `served`, a click also fetches /api/entities/{id} for more."""
    net, panel = build_network(store, max_nodes=max_nodes)
    data = {"nodes": net.nodes, "edges": net.edges, "options": OPTIONS, "panel": panel, "served": served,
            "legend": [{"type": t, "color": c, "shape": s} for t, (c, s) in STYLES.items() if t]
            + [{"type": "Event without target", "color": EVENT_STYLE[0], "shape": EVENT_STYLE[1]}]}
    lib = files("pyvis") / "lib" / "vis-9.1.2"
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (lib / "vis-network.css").read_text(encoding="utf-8")
    scripts = [vis_js, f"const KG = {embed_json(data)};\n{_APP_JS}"]
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)
    csp = f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:"
    if served:
        csp += "; connect-src 'self'"  # the panel asks /api/entities/{id} for related entities
    return _PAGE.format(csp=csp, css=vis_css + _APP_CSS, vis=vis_js, app=scripts[1])


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newskg graph</title>
<style>{css}</style>
</head><body>
<header><strong>newskg</strong>
<input id="search" type="search" list="names" placeholder="Find an actor..." autocomplete="off">
<datalist id="names"></datalist><span id="status">laying out...</span></header>
<div id="main"><div id="graph"></div><aside id="panel"><p class="hint">Click an actor or an event.</p></aside></div>
<div id="legend"></div>
<script>{vis}</script>
<script>{app}</script>
</body></html>
"""

_APP_CSS = """
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; font-size: 14px; }
header { padding: 6px 10px; border-bottom: 1px solid #ddd; display: flex; gap: 10px; align-items: center; }
#search { width: 260px; padding: 3px 6px; }
#status { color: #888; }
#main { display: flex; height: calc(100% - 40px); }
#graph { flex: 1; }
#panel { width: 340px; overflow-y: auto; border-left: 1px solid #ddd; padding: 8px 12px; }
#panel h2 { font-size: 17px; margin: 4px 0; }
#panel .meta { color: #555; margin: 2px 0; }
#panel li { margin-bottom: 8px; }
#panel blockquote { margin: 2px 0 2px 8px; font-style: italic; color: #333; }
#legend { position: fixed; left: 10px; bottom: 10px; background: rgba(255,255,255,.9); border: 1px solid #ddd; padding: 4px 8px; }
#legend span.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 8px; }
"""

_APP_JS = r"""
(function () {
  "use strict";
  const el = (tag, text, cls) => { const n = document.createElement(tag); if (text != null) n.textContent = String(text); if (cls) n.className = cls; return n; };
  const nodes = new vis.DataSet(KG.nodes), edges = new vis.DataSet(KG.edges);
  const network = new vis.Network(document.getElementById("graph"), { nodes, edges }, KG.options);
  const status = document.getElementById("status");
  network.once("stabilizationIterationsDone", () => { network.setOptions({ physics: false }); status.textContent = ""; });

  const legend = document.getElementById("legend");
  KG.legend.forEach(item => { const s = el("span", null, "swatch"); s.style.background = item.color; legend.append(s, el("span", item.type + " (" + item.shape + ")")); });
  legend.append(el("span", "  arrow: event agent \u2192 target, labelled type (date); dotted: part of / member of"));

  const names = document.getElementById("names"), byName = new Map();
  Object.values(KG.panel).forEach(p => { if (p.type === "Event") return; [p.label, ...(p.aliases || [])].forEach(n => { if (!byName.has(n.toLowerCase())) { byName.set(n.toLowerCase(), p.id); const o = el("option"); o.value = n; names.append(o); } }); });
  document.getElementById("search").addEventListener("change", ev => {
    const id = byName.get(ev.target.value.trim().toLowerCase()) || [...byName.entries()].find(([n]) => n.includes(ev.target.value.trim().toLowerCase()))?.[1];
    if (!id) { status.textContent = "no actor named " + ev.target.value; return; }
    status.textContent = ""; network.selectNodes([id]); network.focus(id, { scale: 1.2, animation: true }); show(id);
  });

  const panel = document.getElementById("panel");
  function show(id) {
    const p = KG.panel[id]; if (!p) return;
    panel.replaceChildren(el("h2", p.label), el("p", [p.type, p.kind].filter(Boolean).join(" \u00b7 "), "meta"));
    if (p.aliases && p.aliases.length) panel.append(el("p", "Also: " + p.aliases.join(", "), "meta"));
    if (p.roles && p.roles.length) panel.append(el("p", "Roles: " + p.roles.join(", "), "meta"));
    if (p.mentionCount != null) panel.append(el("p", p.mentionCount + " mentions", "meta"));
    const list = el("ol");
    p.events.forEach(e => {
      const li = el("li"); li.append(el("strong", (e.date || "undated") + " \u2014 " + (e.type || "event")), el("div", e.label));
      if (e.quote) li.append(el("blockquote", "\u201c" + e.quote + "\u201d"));
      li.append(el("div", "Reported by: " + e.outlets.join(", "), "meta")); list.append(li);
    });
    panel.append(el("h3", p.events.length + " events"), list);
    if (KG.served && p.type !== "Event") more(id);
  }
  function more(id) {
    fetch("/api/entities/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then(r => r.ok ? r.json() : null).then(d => {
        if (!d || !d.related || !d.related.length) return;
        const list = el("ul"); d.related.forEach(r => list.append(el("li", r.label + " \u2014 " + r.relation.replace(/_/g, " ") + (r.count ? " (" + r.count + ")" : ""))));
        panel.append(el("h3", "Related"), list);
      }).catch(() => {});
  }
  network.on("click", params => {
    if (params.nodes.length) show(params.nodes[0]);
    else if (params.edges.length) { const e = String(params.edges[0]).replace(/#edge$/, ""); const owner = Object.values(KG.panel).find(p => p.events.some(x => x.id === e)); if (owner) show(owner.id); }
  });
})();
"""

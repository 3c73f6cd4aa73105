"""The graph page: vis-network, the app script and the data, all inline, under a strict CSP.

No text from an article reaches markup: the data goes in as JSON with every `<`, `>` and `&`
escaped, and the app builds the page with textContent. The Content-Security-Policy lets
only the page's own scripts (by hash) and styles run, and no request leave the page (a
served page may also call its own API).
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from importlib.resources import files

import pyoxigraph as ox

from kg.view.data import graph_data

_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def embed_json(data: object) -> str:
    """JSON safe to place inside a <script> element or an HTML attribute."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for char, escape in _ESCAPES:
        text = text.replace(char, escape)
    return text


def render_graph(store: ox.Store, *, max_nodes: int = 300, served: bool = False) -> str:
    """The whole page as HTML; `served` turns on what needs the API (expanding a node)."""
    return render_page(graph_data(store, max_nodes=max_nodes), served=served)


def render_page(data: dict, *, served: bool = False) -> str:
    """The page for graph data shaped like `graph_data`'s."""
    vis_js, vis_css = _vis()
    code = "".join(_asset(f"graph-{part}.js") for part in ("view", "layout", "panel"))
    app = f"const KG = {embed_json(data | {'served': served})};\n(function () {{\n\"use strict\";\n{code}}})();\n"
    css = vis_css + _asset("graph-view.css")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_hash(app)} {_hash(vis_js)}",
        f"style-src {_hash(css)}",
        "img-src data:",
        "connect-src 'self'" if served else "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    return _PAGE.format(csp=csp, css=css, app=app, vis=vis_js)


def _hash(text: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode('utf-8')).digest()).decode()}'"


@cache
def _vis() -> tuple[str, str]:
    """vis-network's script and style sheet, from the copy pyvis ships (no CDN)."""
    lib = files("pyvis") / "lib" / "vis-9.1.2"
    script = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    script = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", script)  # no map file to look for
    return script, (lib / "vis-network.css").read_text(encoding="utf-8")


@cache
def _asset(name: str) -> str:
    return (files("kg") / "data" / name).read_text(encoding="utf-8")


# The app script comes first so it sees any request the policy blocks; it starts on DOMContentLoaded.
_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>newskg graph</title>
<style>{css}</style>
</head><body data-state="loading">
<header>
  <strong class="brand">newskg</strong>
  <form id="find" role="search"><input id="search" type="search" list="names" autocomplete="off"
    placeholder="Find an actor, alias or quote" aria-label="Find an actor, alias or quote"></form>
  <datalist id="names"></datalist>
  <span id="types" class="group" aria-label="Show types"></span>
  <select id="etype" aria-label="Event type"><option value="">all event types</option></select>
  <label>from <input id="from" type="date"></label>
  <label>to <input id="to" type="date"></label>
  <label><input id="undated" type="checkbox" checked> undated</label>
  <label><input id="inactive" type="checkbox"> <span id="inactive-label">actors without events</span></label>
  <button id="reset" type="button">Reset</button>
  <button id="fit" type="button">Fit</button>
  <span id="status" role="status">laying out...</span>
</header>
<div id="main">
  <div id="stage"><div id="graph"></div></div>
  <aside id="panel" aria-live="polite"></aside>
</div>
<script>{app}</script>
<script>{vis}</script>
</body></html>
"""

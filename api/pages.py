"""Small offline HTML pages: the SPARQL query page and the fallback API docs page.

Data reaches a page only as escaped JSON (kg.view.embed_json) and is shown with textContent.
"""
from __future__ import annotations

import logging

from kg.view import embed_json

log = logging.getLogger(__name__)
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'"


def example_queries() -> list[tuple[str, str]]:
    """The example queries of ontology/README.md."""
    from kg.validate import example_queries as examples  # pySHACL comes with it: load it when asked

    try:
        return list(examples())
    except Exception as e:  # a broken README must not take the query page down
        log.warning("no example queries: %s", e)
        return []


def sparql_page() -> str:
    """A query box that posts to /sparql and shows the results as a table."""
    examples = [{"title": t, "query": q} for t, q in example_queries()]
    return _PAGE.format(csp=CSP, title="newskg SPARQL", body=_SPARQL_BODY, data=embed_json(examples), js=_SPARQL_JS)


def docs_page() -> str:
    """The OpenAPI description as a plain list of endpoints, for when no Swagger UI copy is installed."""
    return _PAGE.format(csp=CSP, title="newskg API", body='<h1>newskg API</h1><div id="out"></div>', data="null", js=_DOCS_JS)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 16px; font-size: 14px; }}
textarea {{ width: 100%; height: 200px; font-family: monospace; }}
table {{ border-collapse: collapse; margin-top: 10px; }} td, th {{ border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; }}
.error {{ color: #b00; white-space: pre-wrap; }} code {{ background: #f4f4f4; }}
</style></head><body>
{body}
<script>const DATA = {data};
{js}</script>
</body></html>
"""

_SPARQL_BODY = """<h1>SPARQL</h1>
<p><label>Example: <select id="examples"><option value="">(choose)</option></select></label></p>
<textarea id="query" spellcheck="false">SELECT ?event ?label ?date WHERE {
  ?event a &lt;http://semanticweb.cs.vu.nl/2009/11/sem/Event&gt; ;
         &lt;http://www.w3.org/2000/01/rdf-schema#label&gt; ?label .
  OPTIONAL { ?event &lt;https://w3id.org/newskg/ontology#date&gt; ?date }
} ORDER BY ?date LIMIT 50</textarea>
<p><button id="run">Run</button> <span id="status"></span></p>
<div id="results"></div>"""

_SPARQL_JS = r"""
const el = (tag, text) => { const n = document.createElement(tag); if (text != null) n.textContent = String(text); return n; };
const select = document.getElementById("examples"), box = document.getElementById("query");
DATA.forEach((ex, i) => { const o = el("option", ex.title); o.value = String(i); select.append(o); });
select.addEventListener("change", () => { if (select.value !== "") box.value = DATA[Number(select.value)].query; });
document.getElementById("run").addEventListener("click", async () => {
  const out = document.getElementById("results"), status = document.getElementById("status");
  status.textContent = "running..."; out.replaceChildren();
  const t0 = performance.now();
  try {
    const r = await fetch("/sparql", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded",
      Accept: "application/sparql-results+json, text/turtle;q=0.5" }, body: new URLSearchParams({ query: box.value }) });
    const type = r.headers.get("content-type") || "";
    if (!r.ok) { const e = await r.json().catch(() => ({ detail: r.statusText })); out.append(el("p", e.detail)); out.firstChild.className = "error"; status.textContent = ""; return; }
    if (!type.includes("json")) { out.append(el("pre", await r.text())); status.textContent = ""; return; }
    const data = await r.json();
    if ("boolean" in data) { out.append(el("p", String(data.boolean))); status.textContent = ""; return; }
    const table = el("table"), head = el("tr");
    data.head.vars.forEach(v => head.append(el("th", v))); table.append(head);
    data.results.bindings.forEach(b => { const tr = el("tr"); data.head.vars.forEach(v => tr.append(el("td", b[v] ? b[v].value : ""))); table.append(tr); });
    out.append(table);
    status.textContent = data.results.bindings.length + " rows in " + Math.round(performance.now() - t0) + " ms";
  } catch (e) { status.textContent = "failed: " + e; }
});
"""

_DOCS_JS = r"""
const el = (tag, text) => { const n = document.createElement(tag); if (text != null) n.textContent = String(text); return n; };
fetch("/openapi.json").then(r => r.json()).then(spec => {
  const out = document.getElementById("out");
  Object.entries(spec.paths).forEach(([path, ops]) => Object.entries(ops).forEach(([method, op]) => {
    const sec = el("section"); sec.append(el("h3", method.toUpperCase() + " " + path), el("p", op.summary || ""));
    if (op.description) sec.append(el("p", op.description));
    const ul = el("ul"); (op.parameters || []).forEach(p => ul.append(el("li", p.name + " (" + p.in + (p.required ? ", required" : "") + ")" + (p.description ? ": " + p.description : ""))));
    sec.append(ul); out.append(sec);
  }));
});
"""

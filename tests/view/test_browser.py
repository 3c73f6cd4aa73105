"""The graph page in headless Chromium: it lays out, shows hostile text as text, requests nothing outside.

Each test reads the DOM Chromium serializes after running the page for a few (virtual) seconds;
the page reports its state on <body data-state data-nodes data-edges data-blocked data-expanded>.
"""
from __future__ import annotations

import html as markup
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.view import graph_data, render_graph
from tests.conftest import serving

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)")
HOSTILE_LABEL = "</script><img src=x onerror=alert(1)>"  # as in conftest.py's graph


def chromium(url: str, profile: Path, *, netlog: Path | None = None) -> str:
    """The page's DOM after it ran; no name resolves except the loopback, so nothing can leave anyway."""
    args = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", f"--user-data-dir={profile}",
            "--window-size=1400,900", "--virtual-time-budget=8000", "--dump-dom", url]
    if netlog:
        args.insert(1, f"--log-net-log={netlog}")
    done = subprocess.run(args, capture_output=True, text=True, timeout=90)
    assert "<body" in done.stdout, done.stderr[-2000:]
    return done.stdout


def page_requests(netlog: Path) -> list[tuple[str, str]]:
    """(initiator, url) of every request the page started (the browser's own ones have no origin)."""
    log = json.loads(netlog.read_text())
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [(e["params"]["initiator"], e["params"]["url"]) for e in log["events"]
            if e["type"] == start and e.get("params", {}).get("initiator", "not an origin") != "not an origin"]


def body(dom: str) -> dict[str, str]:
    tag = re.search(r"<body([^>]*)>", dom).group(1)
    return {k: markup.unescape(v) for k, v in re.findall(r'data-([a-z]+)="([^"]*)"', tag)}


def panel(dom: str) -> str:
    return re.search(r'<aside id="panel"[^>]*>(.*?)</aside>', dom, re.S).group(1)


class Elements(HTMLParser):
    """Every element of a DOM as (tag, attributes)."""

    def __init__(self, dom: str):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict]] = []
        self.feed(dom)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def assert_no_markup_from_data(dom: str) -> None:
    """No element or attribute that data could have smuggled in: no images, frames, handlers, script links."""
    elements = Elements(dom).found
    assert not {t for t, _ in elements} & {"img", "svg", "iframe", "b", "object", "embed", "frame"}
    assert [t for t, a in elements if t == "script" and "src" in a] == []
    assert [(t, n) for t, a in elements for n in a if n.startswith("on")] == []
    hrefs = [(t, a) for t, a in elements if "href" in a]
    assert [a for _, a in hrefs if a["href"].lower().startswith(("javascript:", "data:text"))] == []
    outward = [(t, a) for t, a in hrefs if a["href"].lower().startswith(("http:", "https:", "//"))]
    assert all(t == "a" and "noreferrer" in a.get("rel", "") for t, a in outward), outward  # links to sources only


def expected_counts(data: dict) -> tuple[int, int]:
    """Nodes and edges the page should draw: every actor with an event or a link, and each targetless event."""
    links = sum(len(e["partOf"]) + len(e["memberOf"]) for e in data["entities"].values())
    ends = {x for ev in data["events"].values() for x in (ev["agent"], ev["target"]) if x}
    ends |= {x for e in data["entities"].values() if e["partOf"] or e["memberOf"] for x in [e["id"], *e["partOf"], *e["memberOf"]]}
    targetless = sum(1 for ev in data["events"].values() if not ev["target"])
    return len(ends) + targetless, len(data["events"]) + links


@pytest.fixture(scope="module")
def page_file(view_store, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("page") / "graph.html"
    path.write_text(render_graph(view_store), encoding="utf-8")
    return path


def test_page_from_disk_lays_out_and_shows_an_actor(page_file, view_store, tmp_path):
    dom = chromium(page_file.as_uri() + "#entity=hostile", tmp_path)
    state = body(dom)
    assert state["state"] == "ready" and "blocked" not in state
    assert (int(state["nodes"]), int(state["edges"])) == expected_counts(graph_data(view_store))
    assert re.search(r'<div id="graph"[^>]*>.*<canvas', dom, re.S)
    shown = panel(dom)
    assert markup.unescape(re.search(r"<h2>(.*?)</h2>", shown).group(1)) == HOSTILE_LABEL
    assert "Roles: &lt;svg onload=alert(4)&gt;" in shown and "&lt;/script&gt;&lt;script&gt;alert(2)" in shown
    assert "2022-01-08" in shown and "Jane Roe" in shown
    assert_no_markup_from_data(dom)


def test_page_requests_nothing_even_without_its_policy(page_file, tmp_path):
    bare = tmp_path / "bare.html"
    bare.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page_file.read_text()), encoding="utf-8")
    netlog = tmp_path / "net.json"
    state = body(chromium(bare.as_uri() + "#entity=hostile", tmp_path / "profile", netlog=netlog))
    assert state["state"] == "ready"
    assert page_requests(netlog) == []


@pytest.fixture(scope="module")
def server(view_store_dir):
    """The app serving the view store on a free loopback port, in a thread."""
    with serving(view_store_dir) as url:
        yield url


def test_served_page_expands_a_node_from_the_api(server, tmp_path):
    netlog = tmp_path / "net.json"
    dom = chromium(server + "/graph?max_nodes=2#entity=jane-roe&expand", tmp_path / "profile", netlog=netlog)
    state = body(dom)
    assert state["state"] == "ready" and "blocked" not in state
    assert state["expanded"] == "1"  # ev-hostile: its agent is not among the two actors on the page
    assert int(state["nodes"]) == 4  # Jane Roe, the ANU, the diamond of ev-statement, and the new actor
    shown = panel(dom)
    assert "3 events" in shown and "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in shown
    assert_no_markup_from_data(dom)
    requests = page_requests(netlog)
    assert {url.split("#")[0].split("?")[0] for _, url in requests} >= {
        server + "/api/entities/jane-roe/events", server + "/api/entities/hostile"}
    assert all(url.startswith(server + "/") for _, url in requests), requests

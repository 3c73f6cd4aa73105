"""The graph page: no outside URL, its data embedded, every hostile text escaped, a CSP that fits it."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from kg.view import embed_json, graph_data, render_graph

HOSTILE_LABEL = "</script><img src=x onerror=alert(1)>"  # as in conftest.py's graph
HOSTILE_QUOTE = "\u2028</script><script>alert(2)</script> & more"
# URL-like strings in vis-network's own code: licence notes, the SVG namespace, a help link. None is fetched.
VIS_STRINGS = {"http://almende.com", "http://opensource.org/licenses/MIT", "http://www.apache.org/licenses/LICENSE-2.0",
               "http://www.w3.org/2000/svg", "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
               "https://github.com/visjs", "https://github.com/zloirock/core-js",
               "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE", "https://visjs.github.io/vis-network/"}
URL = re.compile(r"(?:https?:)?//[A-Za-z0-9.-]+\.[a-z]{2,}[^\s\"'`)<>]*")


class Page(HTMLParser):
    """The tags, attributes, scripts and styles of a page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)


@pytest.fixture(scope="module")
def html(view_store) -> str:
    return render_graph(view_store)


@pytest.fixture(scope="module")
def page(html) -> Page:
    return Page(html)


def kg_data(page: Page) -> dict:
    app = next(s for s in page.scripts if s.startswith("const KG = "))
    return json.loads(app[len("const KG = "):app.index(";\n")])


def test_page_has_no_outside_url(page):
    assert [t for t, _ in page.tags if t in ("iframe", "img", "object", "embed", "base", "frame")] == []
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "data", "poster", "srcset"):
            assert attrs.get(name) is None or attrs[name].startswith("data:"), (tag, name, attrs[name])
    assert [t for t, a in page.tags if t == "script" and "src" in a] == []
    assert [t for t, a in page.tags if t == "link" and a.get("rel") != "icon"] == []
    css = "".join(page.styles)
    assert "@import" not in css and not re.findall(r"url\((?!\"?data:)", css)
    vis, app = page.scripts[1], page.scripts[0]
    assert set(URL.findall(vis)) <= VIS_STRINGS
    code = app[app.index(";\n"):]  # the app without its data
    assert URL.findall(code) == [] and "XMLHttpRequest" not in code and "import(" not in code


def test_page_embeds_its_data(page):
    data = kg_data(page)
    assert data["served"] is False
    assert set(data["entities"]) == {"jane-roe", "anu", "freedonia", "freedonia-mfa", "hostile"}
    roe = data["entities"]["jane-roe"]
    assert roe["roles"] == ["Freedonian Foreign Minister"] and roe["aliases"] == ["Ms Roe", "Roe"]
    assert data["entities"]["freedonia"]["memberOf"] == ["anu"] and data["entities"]["freedonia-mfa"]["partOf"] == ["freedonia"]
    ev = data["events"]["ev-disapprove"]
    assert (ev["agent"], ev["target"], ev["date"], ev["precision"], ev["type"]) == ("jane-roe", "anu", "2022-01-07", "day", "disapprove")
    assert ev["quote"] == "<img src=x onerror=alert(1)> is not a plan"
    assert [(s["outlet"], s["title"]) for s in ev["sources"]] == [("Daily Planet", "Roe criticizes the ANU"),
                                                                  ("Globe Wire", "Freedonia to stay neutral")]
    assert data["events"]["ev-statement"]["target"] is None and data["events"]["ev-request"]["date"] == "2022-01"


def test_hostile_text_is_escaped(html, page):
    for text in (HOSTILE_LABEL, HOSTILE_QUOTE, "<img", "<svg", "<iframe", "<b ", "onerror=alert(1)>", "\u2028"):
        assert text not in html
    assert [t for t, _ in page.tags if t == "script"] == ["script", "script"]  # no tag from the data
    assert html.count("</script>") == 2
    data = kg_data(page)
    assert data["entities"]["hostile"]["label"] == HOSTILE_LABEL
    assert data["events"]["ev-hostile"]["quote"] == HOSTILE_QUOTE
    assert data["events"]["ev-hostile"]["sources"][0]["source"] == "javascript:alert(5)"  # shown as text, never a link
    assert "innerHTML" not in html.split("const KG = ")[1] and "insertAdjacentHTML" not in html


def test_policy_allows_exactly_the_page(page):
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    rules = dict(r.strip().split(" ", 1) for r in csp.split(";"))
    assert rules["default-src"] == "'none'" and rules["connect-src"] == "'none'" and rules["img-src"] == "data:"
    digest = lambda text: "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"  # noqa: E731
    assert set(rules["script-src"].split()) == {digest(s) for s in page.scripts}
    assert rules["style-src"] == digest(page.styles[0])
    assert "unsafe" not in csp


def test_served_page_may_call_its_own_api(view_store):
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', render_graph(view_store, served=True)).group(1)
    assert "connect-src 'self'" in csp


def test_max_nodes_keeps_the_most_mentioned_and_their_events(view_store):
    data = graph_data(view_store, max_nodes=2)
    assert list(data["entities"]) == ["jane-roe", "anu"]
    assert set(data["events"]) == {"ev-disapprove", "ev-statement"}  # ev-request's agent is not on the page


@pytest.mark.parametrize("value", [HOSTILE_LABEL, "</script><script>alert(1)</script>", "a & b", "\u2028", "\u2029"])
def test_embed_json_escapes_markup(value):
    text = embed_json({"q": value})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"q": value}

"""Shared fixtures: the trained model, loaded once, and a graph built from seeds/ once per run."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg.vocab import PREFIXES

ROOT = Path(__file__).resolve().parent.parent
# The header of every Turtle snippet the tests write: the project's own prefix table.
TURTLE_PREFIXES = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from kg.config import DEFAULT_MODEL
    from kg.nlp import load

    return load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> Path:
    """seeds/ built into a temporary store with the real pipeline."""
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("seeds-store")
    report = build([SEEDS], store_dir=folder)
    assert report.articles == 5 and not report.skipped
    return folder


def parse(nlp, text: str, published: str | None = "2024-03-15", id: str = "t1"):
    """An Article and its parsed parts for a text written for a test."""
    from kg.nlp import annotate
    from kg.records import Article

    article = Article(id=id, source=f"{id}.txt", text=text, published=published)
    return next(iter(annotate(nlp, [article])))


@contextmanager
def serving(store_dir, *, timeout: float = 30) -> Iterator[str]:
    """The app serving `store_dir` on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    from api.main import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(str(store_dir)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)

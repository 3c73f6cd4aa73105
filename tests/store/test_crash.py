"""A failed or killed build leaves the previous graph live and answering; nothing half-built is served.

The extract and resolve stages are replaced by ones that find nothing, so these run without the
model: what is under test is how the store writes and swaps generations.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kg.pipeline
from kg import cache, store
from kg.cache import Extraction
from kg.errors import InputError
from kg.pipeline import build
from kg.store import live_dir, open_store

ROOT = Path(__file__).resolve().parent.parent.parent
OLD = "The old article says the river froze on Monday."
NEW = "The new article says the river thawed on Tuesday."
BODIES = "SELECT ?body WHERE { ?a a schema:NewsArticle ; schema:articleBody ?body } ORDER BY ?body"


def _no_nlp(articles, **_):
    return (Extraction(a, (), ()) for a in articles)


def _bodies(store_dir: Path) -> list[str]:
    return [row["body"].value for row in open_store(store_dir).query(BODIES, prefixes={"schema": "https://schema.org/"})]


def _generations(store_dir: Path) -> set[str]:
    return {p.name for p in store_dir.glob("gen-*")}


@pytest.fixture
def old_store(tmp_path, monkeypatch) -> Path:
    """A store holding one article, and a second article ready to build."""
    monkeypatch.setattr(kg.pipeline, "extract", _no_nlp)
    monkeypatch.setattr(kg.pipeline, "resolve", lambda extractions: ([], []))
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    store_dir = tmp_path / "store"
    build([tmp_path / "old.txt"], store_dir=store_dir)
    assert _bodies(store_dir) == [OLD]
    return store_dir


REAL_WRITE = store.write_graph


def _half_written(gen: Path, lines) -> None:
    lines = list(lines)
    REAL_WRITE(gen, lines[: len(lines) // 2])
    raise OSError("disk full")


def _swap_fails(store_dir, gen) -> None:
    raise OSError("cannot create the link")


@pytest.mark.parametrize("target, replacement", [
    (store, ("write_graph", _half_written)),
    (cache, ("write", lambda path, items: (_ for _ in ()).throw(OSError("read-only file system")))),
    (store, ("swap_in", _swap_fails)),
    (store, ("write_graph", lambda gen, lines: (_ for _ in ()).throw(KeyboardInterrupt()))),
], ids=["write-half-then-fail", "cache-write-fails", "swap-fails", "interrupted"])
def test_failed_build_leaves_the_previous_graph(old_store, monkeypatch, target, replacement):
    name, fake = replacement
    live = live_dir(old_store)
    monkeypatch.setattr(target, name, fake)
    with pytest.raises((OSError, KeyboardInterrupt)):
        build([old_store.parent / "new.txt"], store_dir=old_store)
    assert live_dir(old_store) == live
    assert _generations(old_store) == {live.name}  # the failed generation was removed
    assert _bodies(old_store) == [OLD]


CHILD = """
import sys, time
import kg.pipeline, kg.store
from kg.cache import Extraction
from kg.errors import InputError

kg.pipeline.extract = lambda articles, **_: (Extraction(a, (), ()) for a in articles)
kg.pipeline.resolve = lambda extractions: ([], [])
write_graph, swap_in = kg.store.write_graph, kg.store.swap_in

def stop(where):
    print("stopped " + where, flush=True)
    time.sleep(120)

def half_written(gen, lines):
    lines = list(lines)
    write_graph(gen, lines[: len(lines) // 2])
    stop("writing")

if sys.argv[1] == "writing":
    kg.store.write_graph = half_written
else:
    kg.store.swap_in = lambda store_dir, gen: stop("swapping")
from kg.cli import app
app(sys.argv[2:])
"""


@pytest.mark.parametrize("where", ["writing", "swapping"])
def test_killed_build_leaves_the_previous_graph(old_store, tmp_path, where):
    """`kg build` killed with SIGKILL while it writes the new graph, or just before it swaps it in."""
    live = live_dir(old_store)
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(CHILD), encoding="utf-8")
    cmd = [sys.executable, str(script), where, "build", str(tmp_path / "new.txt"), "--store", str(old_store)]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = child.stdout.readline()
        assert line.strip() == f"stopped {where}", child.stderr.read()
        assert len(_generations(old_store)) == 2  # the new one is on disk, half built or complete
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert live_dir(old_store) == live
    assert _bodies(old_store) == [OLD]


def test_next_build_clears_a_killed_builds_leftovers(old_store):
    stray = old_store / "gen-killedbuild"
    (stray / store.DB).mkdir(parents=True)
    previous = live_dir(old_store)
    build([old_store.parent / "new.txt"], store_dir=old_store, add=True)
    assert _bodies(old_store) == sorted([NEW, OLD])
    assert _generations(old_store) == {previous.name, live_dir(old_store).name}  # the replaced one stays for open readers


def test_an_open_reader_keeps_answering_across_a_swap(old_store):
    reader = open_store(old_store)
    build([old_store.parent / "new.txt"], store_dir=old_store)
    assert _bodies(old_store) == [NEW]
    rows = reader.query(BODIES, prefixes={"schema": "https://schema.org/"})
    assert [row["body"].value for row in rows] == [OLD]


def test_nothing_readable_builds_nothing(tmp_path, old_store):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    live = live_dir(old_store)
    with pytest.raises(InputError, match=r"no article could be read.*empty\.txt: empty file"):
        build([empty], store_dir=old_store)
    assert live_dir(old_store) == live and _generations(old_store) == {live.name}

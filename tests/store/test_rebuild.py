"""Builds are deterministic: `--add` ends where a full build ends, and a rebuild gives the same triples."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import graph_diff, to_isomorphic

from kg.pipeline import build
from kg.store import live_dir, open_store, to_rdflib

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _graph(store_dir: Path) -> rdflib.Graph:
    return to_rdflib(open_store(store_dir))


def _assert_same(want: rdflib.Graph, got: rdflib.Graph) -> None:
    _, only_want, only_got = graph_diff(to_isomorphic(want), to_isomorphic(got))
    shown = [f"- {t}" for t in sorted(only_want)[:20]] + [f"+ {t}" for t in sorted(only_got)[:20]]
    assert not only_want and not only_got, f"{len(only_want)} missing, {len(only_got)} extra:\n" + "\n".join(shown)


@pytest.fixture(scope="module")
def full(seeds_store) -> rdflib.Graph:
    g = _graph(seeds_store)
    assert len(g) > 1000
    return g


def test_seed_files_are_the_five_of_the_corpus():
    assert [p.name[:3] for p in SEEDS] == ["000", "001", "002", "003", "004"]


@pytest.fixture(scope="module")
def added(tmp_path_factory) -> Path:
    """seeds 000-002 built, then 003-004 added."""
    store_dir = tmp_path_factory.mktemp("added")
    first = build(SEEDS[:3], store_dir=store_dir)
    assert first.articles == 3
    second = build(SEEDS[3:], store_dir=store_dir, add=True)
    assert second.articles == 5 and not second.skipped
    return store_dir


def test_add_ends_where_a_full_build_ends(added, full):
    _assert_same(full, _graph(added))


def test_adding_in_another_order_ends_at_the_same_graph(tmp_path, full):
    build(SEEDS[4:], store_dir=tmp_path)
    for path in SEEDS[:4]:
        build([path], store_dir=tmp_path, add=True)
    _assert_same(full, _graph(tmp_path))


def test_adding_a_stored_article_again_changes_nothing(added, full):
    before = live_dir(added)
    report = build(SEEDS[:1], store_dir=added, add=True)
    assert report.articles == 5
    assert [s.reason for s in report.skipped] == [f"duplicate of {SEEDS[0].name}"]
    assert live_dir(added) != before  # a new generation, with the same triples
    _assert_same(full, _graph(added))


def test_a_rebuild_in_another_process_gives_identical_triples(tmp_path, full):
    """A second build, by the `kg` command with another hash seed and store folder: no run state in the graph."""
    store_dir = tmp_path / "again"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, SEEDS), "--store", str(store_dir)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    again = _graph(store_dir)
    _assert_same(full, again)
    literals = [str(o) for o in again.objects() if isinstance(o, rdflib.Literal)]
    assert not [v for v in literals if str(tmp_path) in v or "gen-" in v]

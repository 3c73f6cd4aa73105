"""The graph store: an Oxigraph database on disk, written whole and swapped in atomically.

Layout of a store folder DIR:
    DIR/current            symlink to the live generation
    DIR/gen-<hash>/oxigraph    the Oxigraph database
    DIR/gen-<hash>/extractions.jsonl   per-article extraction results, so that `--add`
                                        re-resolves the whole corpus without re-reading it
A build writes a new generation beside the live one and repoints `current` only once it is
complete, so a failed or killed build leaves the previous graph intact and served.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.config import ONTOLOGY_DIR
from kg.errors import StoreError
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

CURRENT = "current"
DB = "oxigraph"
EXTRACTIONS = "extractions.jsonl"
CONTEXT = "context.jsonld"
EXPORT_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS}


def live_dir(store: str | Path) -> Path | None:
    """The live generation's folder, or None when nothing was built yet."""
    link = Path(store) / CURRENT
    return link.resolve() if link.exists() else None


def open_store(store: str | Path, *, read_only: bool = True) -> ox.Store:
    """Open the live graph of a store folder."""
    live = live_dir(store)
    if live is None:
        raise StoreError(f"no graph in {store}: build one with `kg build PATH --store {store}`")
    try:
        return ox.Store.read_only(str(live / DB)) if read_only else ox.Store(str(live / DB))
    except OSError as e:
        raise StoreError(f"cannot open the graph in {live / DB}: {e}") from e


def new_generation(store: str | Path, fingerprint: str) -> Path:
    """Create an empty folder for a new generation, beside the live one."""
    root = Path(store)
    root.mkdir(parents=True, exist_ok=True)
    name = "gen-" + hashlib.sha256(f"{fingerprint}:{os.getpid()}:{os.urandom(4).hex()}".encode()).hexdigest()[:12]
    gen = root / name
    gen.mkdir()
    return gen


def write_graph(gen: Path, ntriples: Iterable[bytes]) -> None:
    """Bulk-load N-Triples lines into the generation's Oxigraph database."""
    data = b"".join(ntriples)
    db = ox.Store(str(gen / DB))
    try:
        db.bulk_load(data, ox.RdfFormat.N_TRIPLES)
        db.flush()
        db.optimize()
    except (SyntaxError, OSError) as e:
        raise StoreError(f"loading the graph into {gen / DB} failed: {e}") from e
    finally:
        del db


def swap_in(store: str | Path, gen: Path) -> None:
    """Make `gen` the live generation atomically; remove older generations and failed builds' leftovers."""
    root = Path(store)
    previous = live_dir(root)
    tmp = root / (CURRENT + ".tmp")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(gen.name)
    os.replace(tmp, root / CURRENT)  # atomic on POSIX: readers see the old or the new, never neither
    for old in root.glob("gen-*"):  # keep the one just replaced: a running server may still read it
        if old.name != gen.name and (previous is None or old.name != previous.name):
            shutil.rmtree(old, ignore_errors=True)


def discard(gen: Path) -> None:
    """Remove a generation that failed to build (never the live one)."""
    if live_dir(gen.parent) == gen.resolve():
        return
    shutil.rmtree(gen, ignore_errors=True)


def to_rdflib(db: ox.Store) -> rdflib.Graph:
    """The default graph as an in-memory rdflib Graph (for validation and JSON-LD)."""
    data = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return rdflib.Graph().parse(data=data, format="nt")


def export(db: ox.Store, fmt: str) -> bytes:
    """The whole graph as Turtle, N-Triples, N-Quads or JSON-LD (compacted with ontology/context.jsonld)."""
    if fmt == "jsonld":
        return to_rdflib(db).serialize(format="json-ld", context=context(), auto_compact=True, encoding="utf-8")
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(sorted([*EXPORT_FORMATS, 'jsonld']))}")
    rdf_format = EXPORT_FORMATS[fmt]
    options = {"prefixes": PREFIXES} if rdf_format is ox.RdfFormat.TURTLE else {}
    if rdf_format is not ox.RdfFormat.N_QUADS:
        options["from_graph"] = ox.DefaultGraph()
    return db.dump(format=rdf_format, **options)


def context() -> dict:
    """The JSON-LD context of the project's terms (ontology/context.jsonld)."""
    path = ONTOLOGY_DIR / CONTEXT
    try:
        return json.loads(path.read_text(encoding="utf-8"))["@context"]
    except (OSError, ValueError, KeyError) as e:
        raise StoreError(f"cannot read the JSON-LD context {path}: {e}; restore it from the repository") from e

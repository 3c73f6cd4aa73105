"""Composition only: files -> ingest -> annotate -> extract -> resolve -> rdf -> store."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg import cache, store
from kg.cache import Extraction
from kg.config import settings
from kg.errors import InputError
from kg.extract.claims import extract_claims
from kg.extract.credits import without_credits
from kg.extract.entities import extract_mentions
from kg.ingest import read_paths
from kg.ingest.ids import Registry
from kg.ingest.readers import SUPPORTED
from kg.nlp import annotate, load
from kg.rdf import ntriples, triples
from kg.records import Article, BuildReport, Entity, Event, Mention, Skipped
from kg.resolve.entities import mention_key, resolve_entities
from kg.resolve.events import resolve_events

log = logging.getLogger(__name__)
Progress = Callable[[int], None]


def extract(articles: Iterable[Article], *, model: str, batch_size: int = 32, workers: int = 1,
            progress: Progress | None = None) -> Iterator[Extraction]:
    """Annotate articles in batches and extract their mentions and claims."""
    nlp = load(model)
    for article, parts in annotate(nlp, articles, batch_size=batch_size, n_process=workers):
        mentions = without_credits(article, extract_mentions(article, parts))
        claims = extract_claims(article, parts, mentions)
        if progress:
            progress(1)
        yield Extraction(article, tuple(mentions), tuple(claims))


def resolve(extractions: list[Extraction]) -> tuple[list[Entity], list[Event]]:
    """Corpus-wide: mentions to entities, claims to events."""
    mentions = [m for x in extractions for m in x.mentions]
    entities, key_to_id = resolve_entities(mentions)
    by_span = {(m.article, m.start, m.end): key_to_id[mention_key(m)] for m in mentions}

    def entity_of(m: Mention) -> str | None:
        # by name first: a claim may stand a span for another actor ("NATO forces" act for NATO)
        return key_to_id.get(mention_key(m)) or by_span.get((m.article, m.start, m.end))

    by_id = {e.id: e for e in entities}
    events = resolve_events((c for x in extractions for c in x.claims), entity_of, by_id)
    return entities, events


def build(paths: Iterable[str | Path], *, store_dir: str | Path, add: bool = False, workers: int = 1,
          model: str | None = None, base_iri: str | None = None, progress: Progress | None = None,
          on_total: Callable[[int], None] | None = None) -> BuildReport:
    """Build (or with `add`, extend) the graph in `store_dir`; the previous graph stays live until
    the new one is complete."""
    conf = settings()
    report = BuildReport()
    old = stored(store_dir) if add else []
    fresh = _fresh(read_paths(paths), old, report.skipped)
    if not fresh and not old:
        raise InputError(_nothing_read(report.skipped))
    if on_total:
        on_total(len(fresh))
    new = list(extract(fresh, model=model or conf.model, batch_size=conf.batch_size, workers=workers,
                       progress=progress))
    # one order for old and new alike, so that `--add` ends exactly where a full build ends
    everything = sorted(old + new, key=lambda x: x.article.id)
    entities, events = resolve(everything)
    articles = [x.article for x in everything]
    lines = list(ntriples(triples(articles, entities, events, base=base_iri or conf.base_iri)))
    _commit(store_dir, lines, everything)
    report.articles, report.entities, report.events, report.triples = len(articles), len(entities), len(events), len(lines)
    return report


def stored(store_dir: str | Path) -> list[Extraction]:
    """The extractions kept beside the live graph (none when nothing was built yet)."""
    live = store.live_dir(store_dir)
    return list(cache.read(live / store.EXTRACTIONS)) if live else []


def _fresh(items: Iterable[Article | Skipped], old: list[Extraction], skipped: list[Skipped]) -> list[Article]:
    """The articles not stored yet, with ids unique against the stored ones exactly as a full build
    would give them; inputs that are skipped go to `skipped` with their reason."""
    registry = Registry(x.article for x in old)
    fresh = []
    for item in items:
        admitted = item if isinstance(item, Skipped) else registry.admit(item)
        if isinstance(admitted, Skipped):
            skipped.append(admitted)
        else:
            fresh.append(admitted)
    return fresh


def _nothing_read(skipped: list[Skipped]) -> str:
    reasons = "; ".join(f"{s.source}: {s.reason}" for s in skipped[:5])
    more = f" (and {len(skipped) - 5} more)" if len(skipped) > 5 else ""
    return (f"no article could be read, nothing was built: {reasons or 'no input given'}{more}. "
            f"Give files or folders of {', '.join(sorted(SUPPORTED))} articles.")


def _commit(store_dir: str | Path, lines: list[bytes], extractions: list[Extraction]) -> None:
    """Write a new generation and swap it in; on any failure remove it and leave the live graph alone."""
    gen = store.new_generation(store_dir, str(len(lines)))
    try:
        store.write_graph(gen, lines)
        cache.write(gen / store.EXTRACTIONS, extractions)
        store.swap_in(store_dir, gen)
    except BaseException:
        store.discard(gen)
        raise

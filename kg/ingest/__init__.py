"""Ingest: files, folders, .jsonl records or strings become clean `Article` records.

    read_paths(paths)      -> Article | Skipped for every input (never raises for bad input)
    read_text(text, ...)   -> Article for one string (raises InputError when nothing is left)
    dateline_credits(text) -> (start, end) of "(AP)" in "LIMA, Peru (AP) —": a credit, not an actor

Each Article's `text` is the clean body (title, bylines, date lines, navigation, captions and
lists of other headlines removed; paragraphs separated by a blank line); every provenance
offset downstream points into it. `published` is "YYYY-MM-DD" or None.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.article import Record, build_article
from kg.ingest.ids import Registry, id_for_source
from kg.ingest.metadata import dateline_credits
from kg.ingest.paths import STDIN, expand
from kg.ingest.readers import read_file, read_stdin
from kg.records import Article, Skipped

__all__ = ["dateline_credits", "read_paths", "read_text"]

log = logging.getLogger(__name__)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Articles from files and folders ("-" is stdin), each clean text once, in a stable order."""
    registry = Registry()
    for item in expand(paths):
        if isinstance(item, Skipped):
            yield _logged(item)
            continue
        records = read_stdin() if item == STDIN else read_file(item[0], source=item[1])
        typed = {} if item == STDIN else {item[1]: str(item[0])}  # a skip names the path as given
        for record in _guarded(records, "<stdin>" if item == STDIN else item[1]):
            result = record if isinstance(record, Skipped) else _build(record)
            result = registry.admit(result) if isinstance(result, Article) else result
            if isinstance(result, Skipped):
                path, _, line = result.source.partition(":") if result.source not in typed else (result.source, "", "")
                yield _logged(replace(result, source=typed.get(path, path) + (f":{line}" if line else "")))
                continue
            yield _logged(result)


def read_text(
    text: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
) -> Article:
    """One Article from a string (or one .jsonl record's fields); its id comes from `source`."""
    record = Record(source=source, text=text, id=id_for_source(source), title=title, url=url,
                    published=published, outlet=outlet)
    return build_article(record)


def _build(record: Record) -> Article | Skipped:
    """The record's Article, or a Skipped saying why it has none."""
    try:
        return build_article(record)
    except InputError as e:
        return Skipped(record.source, str(e))
    except Exception as e:  # one odd input must not stop a corpus build (see DESIGN: bad input)
        log.exception("%s: unexpected error while cleaning", record.source)
        return Skipped(record.source, f"could not be processed ({type(e).__name__}: {e})")


def _guarded(records: Iterator[Record | Skipped], source: str) -> Iterator[Record | Skipped]:
    """The reader's records; an unexpected reader error ends that input with a Skipped."""
    try:
        yield from records
    except Exception as e:  # same reason as in _build: report it, keep the build going
        log.exception("%s: unexpected error while reading", source)
        yield Skipped(source, f"could not be read ({type(e).__name__}: {e})")


def _logged(item: Article | Skipped) -> Article | Skipped:
    """Log a Skipped at INFO so a build's log tells why an input is missing."""
    if isinstance(item, Skipped):
        log.info("skipped %s: %s", item.source, item.reason)
    return item

"""Per-article extraction results as JSON lines, kept beside the graph so `--add` re-resolves
the whole corpus without re-reading or re-parsing what is already stored."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.errors import StoreError
from kg.records import Article, Claim, Mention


@dataclass(frozen=True)
class Extraction:
    """What the extract stage found in one article."""

    article: Article
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]


def _claim(d: dict) -> Claim:
    d = dict(d)
    for k in ("agent", "target", "place"):
        if d.get(k):
            d[k] = Mention(**d[k])
    return Claim(**d)


def write(path: Path, items: Iterable[Extraction]) -> None:
    """One JSON line per article, keys sorted, so equal extractions give equal files."""
    with path.open("w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(asdict(x), ensure_ascii=False, sort_keys=True) + "\n")


def read(path: Path) -> Iterator[Extraction]:
    """The extractions stored at `path` (none when the file does not exist)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            try:
                item = _extraction(json.loads(line))
            except (ValueError, KeyError, TypeError) as e:
                raise StoreError(f"{path}, line {number}, cannot be read ({e}): it was written by another version "
                                 "of newskg or damaged; rebuild the graph without --add") from e
            yield item


def _extraction(d: dict) -> Extraction:
    return Extraction(Article(**d["article"]), tuple(Mention(**m) for m in d["mentions"]),
                      tuple(_claim(c) for c in d["claims"]))

"""Per-article extraction results as JSON lines, kept beside the graph so `--add` re-resolves
the whole corpus without re-reading or re-parsing what is already stored."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

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
    with path.open("w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(asdict(x), ensure_ascii=False, sort_keys=True) + "\n")


def read(path: Path) -> Iterator[Extraction]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            yield Extraction(Article(**d["article"]), tuple(Mention(**m) for m in d["mentions"]),
                             tuple(_claim(c) for c in d["claims"]))

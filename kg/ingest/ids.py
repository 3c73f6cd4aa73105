"""Article ids (short URL-safe tokens from the source name) and the duplicate check."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from pathlib import PurePath
from urllib.parse import urlsplit

from kg.records import Article, Skipped

_UNSAFE = re.compile(r"[^a-z0-9_.-]+")
_LINE_SUFFIX = re.compile(r"^(?P<path>.+):(?P<line>\d+)$")


def slugify(name: str) -> str:
    """A URL-safe token: ASCII letters, digits, "_", "." and "-" (lower-case)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _UNSAFE.sub("-", ascii_name.lower()).strip("-.")
    return re.sub(r"-{2,}", "-", slug) or "article"


def id_for_source(source: str) -> str:
    """The id a source name gives: its file stem, plus "-LINE" for a .jsonl record."""
    m = _LINE_SUFFIX.match(source)
    if m and not source.startswith(("http://", "https://")):
        return f"{slugify(PurePath(m['path']).stem)}-{m['line']}"
    if "://" in source:
        parts = urlsplit(source)
        path_stem = PurePath(parts.path.rstrip("/")).stem
        return slugify(path_stem or parts.hostname or "article")
    return slugify(PurePath(source).stem)


def text_hash(text: str) -> str:
    """The sha256 hex digest of a clean text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Registry:
    """Remembers the ids and texts given out in one run, to dedupe and keep ids unique."""

    def __init__(self, stored: Iterable[Article] = ()) -> None:
        self._by_text: dict[str, str] = {}  # text hash -> source that had it first
        self._ids: set[str] = set()
        for article in stored:  # `kg build --add`: what the store holds was admitted first
            self._by_text[text_hash(article.text)] = article.source
            self._ids.add(article.id)

    def admit(self, article: Article) -> Article | Skipped:
        """The article with a unique id, or a Skipped when its text was seen already."""
        digest = text_hash(article.text)
        first = self._by_text.get(digest)
        if first is not None:
            return Skipped(article.source, f"duplicate of {first}")
        self._by_text[digest] = article.source
        article_id = article.id
        if article_id in self._ids:
            # Derived from the text, not from a counter, so the id survives rebuilds.
            article_id = f"{article.id}-{digest[:8]}"
        self._ids.add(article_id)
        return article if article_id == article.id else replace(article, id=article_id)

"""Readers: one file (or stdin) becomes Records to clean, or Skipped with a reason."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.article import Record
from kg.ingest.encoding import decode
from kg.ingest.ids import id_for_source
from kg.ingest.markdown import markdown_to_text
from kg.ingest.webpage import html_record, looks_like_html
from kg.records import Skipped

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN_SOURCE = "<stdin>"
_JSONL_FIELDS = ("title", "url", "published", "outlet")


def read_file(path: Path, *, source: str | None = None) -> Iterator[Record | Skipped]:
    """Records from one file, chosen by its extension; a Skipped for anything unreadable.
    `source` is the name the file goes by in the graph (its path by default)."""
    source = source or str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield Skipped(source, f"unsupported file type {suffix or '(no extension)'!r}; "
                              f"use one of {', '.join(sorted(SUPPORTED))}")
        return
    try:
        text = _read_text(path.read_bytes())
    except OSError as e:
        yield Skipped(source, f"cannot read the file: {e.strerror or e}")
        return
    except InputError as e:
        yield Skipped(source, str(e))
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, path=source)
    else:
        yield from _one_record(text, source=source, kind=suffix)


def read_stdin() -> Iterator[Record | Skipped]:
    """Records from standard input: HTML when it looks like a page, else plain text."""
    stream = getattr(sys.stdin, "buffer", None)
    try:
        text = _read_text(stream.read()) if stream is not None else sys.stdin.read()
    except InputError as e:
        yield Skipped(STDIN_SOURCE, str(e))
        return
    if not text.strip():
        yield Skipped(STDIN_SOURCE, "empty input (nothing but whitespace)")
        return
    yield from _one_record(text, source=STDIN_SOURCE, kind=".html" if looks_like_html(text) else ".txt")


def _read_text(data: bytes) -> str:
    """Decoded text; InputError for an empty or whitespace-only file."""
    if not data.strip():
        raise InputError("empty file (nothing but whitespace)")
    text = decode(data)
    if not text.strip():
        raise InputError("empty file (nothing but whitespace)")
    return text


def _one_record(text: str, *, source: str, kind: str) -> Iterator[Record | Skipped]:
    """The single Record of a text, Markdown or HTML file."""
    article_id = "stdin" if source == STDIN_SOURCE else id_for_source(source)
    if kind in HTML_SUFFIXES:
        try:
            yield html_record(text, source=source, id=article_id)
        except InputError as e:
            yield Skipped(source, str(e))
    elif kind in MARKDOWN_SUFFIXES:
        plain, fields = markdown_to_text(text)
        yield Record(source=source, text=plain, id=article_id, **fields)
    else:
        yield Record(source=source, text=text, id=article_id)


def read_jsonl(text: str, *, path: str) -> Iterator[Record | Skipped]:
    """One Record per line of a .jsonl file; a bad line is a Skipped naming file and line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            yield _jsonl_record(line, source=source)
        except InputError as e:
            yield Skipped(source, f"line {number} of {path}: {e}")


def _jsonl_record(line: str, *, source: str) -> Record:
    """A Record from one JSON line with "text" and optional title, url, published, outlet."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON ({e.msg} at column {e.colno})") from e
    if not isinstance(obj, dict):
        raise InputError("not a JSON object; each line must be {\"text\": ...}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no \"text\" field with the article's text")
    fields = {k: str(obj[k]) for k in _JSONL_FIELDS if obj.get(k) not in (None, "")}
    return Record(source=source, text=text, id=id_for_source(source), **fields)

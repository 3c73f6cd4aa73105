"""Shared fixtures: the trained model, loaded once, and a graph built from seeds/ once per run."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from kg.config import DEFAULT_MODEL
    from kg.nlp import load

    return load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> Path:
    """seeds/ built into a temporary store with the real pipeline."""
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("seeds-store")
    report = build([SEEDS], store_dir=folder)
    assert report.articles == 5 and not report.skipped
    return folder


def parse(nlp, text: str, published: str | None = "2024-03-15", id: str = "t1"):
    """An Article and its parsed parts for a text written for a test."""
    from kg.nlp import annotate
    from kg.records import Article

    article = Article(id=id, source=f"{id}.txt", text=text, published=published)
    return next(iter(annotate(nlp, [article])))

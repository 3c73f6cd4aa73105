"""/api/events: events filtered by actor, target, type, dates and outlet."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import AfterValidator

from api.deps import ID_PATTERN, EventOr404, Limit, Offset, StoreDep, invalid
from api.schemas import Event, Events, Problem
from kg import read

router = APIRouter(prefix="/api/events", tags=["events"])
DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD; a year or month matches every event it overlaps"
EntityId = Annotated[str | None, Query(pattern=ID_PATTERN, description="an entity id, as agent or target")]


def event_filters(
    store: StoreDep,
    actor: EntityId = None,
    target: Annotated[str | None, Query(pattern=ID_PATTERN, description="an entity id, as target")] = None,
    type: Annotated[str | None, Query(max_length=100, description="an event type, e.g. request, disapprove")] = None,
    date_from: Annotated[str | None, Query(alias="from", description=DATE_HELP), AfterValidator(read.check_date)] = None,
    date_to: Annotated[str | None, Query(alias="to", description=DATE_HELP), AfterValidator(read.check_date)] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="an outlet's name or id")] = None,
) -> dict:
    """The filters, checked against the graph: known entities (else 404), a known type, from <= to (else 422)."""
    for param, id in (("actor", actor), ("target", target)):
        if id and not read.exists(store, "entity", id):
            raise HTTPException(404, f"no entity with id {id!r} ({param}): find ids with GET /api/entities?q=NAME")
    types = read.event_types(store) if type else []  # a scan: only when a type is asked for
    if type and type.lower() not in types:
        raise invalid("type", type, f"unknown event type {type!r}: use one of {', '.join(types)}")
    try:
        read.date_range(date_from, date_to)
    except ValueError as e:
        raise invalid("to", date_to, str(e)) from e
    return {"actor": actor, "target": target, "type": type and type.lower(), "date_from": date_from,
            "date_to": date_to, "outlet": outlet}


@router.get("", response_model=Events, responses={404: {"model": Problem, "description": "no entity with that id"}})
def list_events(store: StoreDep, filters: Annotated[dict, Depends(event_filters)],
                limit: Limit = 50, offset: Offset = 0) -> Events:
    """Events matching every filter given, ordered by date (undated last)."""
    return Events(results=read.list_events(store, **filters, limit=limit, offset=offset))


@router.get("/{id}", response_model=Event, responses={404: {"model": Problem}})
def get_event(event: EventOr404) -> Event:
    """One event with every report that supports it."""
    return Event.model_validate(event)

"""The interactive graph view: one self-contained HTML page that makes no outside request.

Actors are nodes (colour and shape by type, size by mentions); an event is an edge from its
agent to its target labelled with its type and date, or a small diamond beside its agent
when it has no target. A side panel shows an actor's aliases, roles and dated events with
their quotes and source articles; the page filters by name, type, event type and dates.
"""
from kg.view.data import graph_data
from kg.view.page import embed_json, render_graph, render_page

__all__ = ["embed_json", "graph_data", "render_graph", "render_page"]

"""HTML pages: trafilatura finds the body and metadata; nothing is ever fetched."""
from __future__ import annotations

import logging

import htmldate
import trafilatura

from kg.errors import InputError
from kg.ingest.article import Record

log = logging.getLogger(__name__)

# The page's own date comes from htmldate over the markup only: no URL (a URL date is a
# separate, weaker candidate), no search of the free text (our date rules do that, in their
# order of trust), and the original publication date rather than the last modification.
# url="" stops htmldate from reading the canonical link's path as the page's date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "url": ""}


def html_record(html: str, *, source: str, id: str) -> Record:
    """The page's main text with its title, author, date, site name and canonical URL."""
    tree = trafilatura.load_html(html)  # parsed once, locally: nothing here takes a URL
    if tree is None:
        raise InputError("cannot parse the HTML page")
    published = _markup_date(tree)  # before extraction, which prunes the tree in place
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article body found in the HTML page")
    return Record(
        source=source,
        text=doc.text,
        id=id,
        title=doc.title,
        url=doc.url,
        published=published,
        outlet=doc.sitename,
        byline=doc.author,
    )


def looks_like_html(text: str) -> bool:
    """True for text that starts like an HTML document (for input without a file name)."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _markup_date(tree) -> str | None:
    """The publication date the page's markup declares (meta tags, JSON-LD, <time>)."""
    try:
        return htmldate.find_date(tree, **_DATE_PARAMS)
    except ValueError:  # htmldate rejects some malformed date strings loudly
        log.debug("htmldate could not read a date", exc_info=True)
        return None

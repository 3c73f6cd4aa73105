"""Compose one Article from raw text and whatever metadata its container carried."""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

from kg.errors import InputError
from kg.ingest.boilerplate import Cleaned, Para, clean
from kg.ingest.dates import Candidate, Published, choose_published, parse_date, url_date
from kg.ingest.metadata import (
    domain_of, is_agency, read_bare_byline, read_byline, read_dateline, read_source_footer,
)
from kg.ingest.outlet import copyright_holder, header_site, site_name
from kg.records import Article

log = logging.getLogger(__name__)

_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DATELINE_SEARCH = 3  # a dateline opens the story: look at its first few body paragraphs


@dataclass(frozen=True)
class Record:
    """One input before cleaning: its text and the metadata its file or record gave."""

    source: str
    text: str
    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    byline: str | None = None


@dataclass(frozen=True)
class Credits:
    """Who the text says wrote, published and supplied it."""

    byline: str | None = None
    agency: str | None = None
    outlet: str | None = None


def build_article(record: Record) -> Article:
    """Clean the record's text and read its metadata; raise InputError when no body is left."""
    cleaned = clean(record.text, title=_blank_to_none(record.title))
    if not cleaned.text.strip():
        raise InputError(f"no article body left after removing page boilerplate ({_summary(cleaned)})")
    credits = _credits(cleaned.paras)
    byline, agency = _record_byline(record.byline)
    published = choose_published(_date_candidates(record, cleaned.paras), cleaned.text)
    title, site = site_name(cleaned.title, cleaned.paras)
    return Article(
        id=record.id,
        source=record.source,
        text=cleaned.text,
        title=title,
        outlet=_blank_to_none(record.outlet) or credits.outlet or site or header_site(cleaned.paras)
        or copyright_holder(cleaned.paras) or domain_of(record.url),
        agency=agency or credits.agency,
        byline=byline or credits.byline,
        url=_blank_to_none(record.url),
        published=published.iso,
        published_how=published.how,
        published_confidence=published.confidence,
    )


def _credits(paras: tuple[Para, ...]) -> Credits:
    """Byline, agency and outlet from byline lines, the dateline and a "Source:" footer."""
    byline = agency = outlet = None
    for p in paras:
        if p.label == "byline" and (found := read_byline(p.text) or read_bare_byline(p.text)):
            byline, agency = byline or found.names, agency or found.agency
        elif p.label == "date" and p.date and p.date.name:
            byline = byline or p.date.name
    dateline = _dateline(paras)
    if dateline:
        outlet, agency = dateline.outlet, agency or dateline.agency
    for p in paras:
        footer = read_source_footer(p.text) if p.label == "source" else None
        if footer and is_agency(footer):
            agency = agency or footer
        elif footer:
            outlet = outlet or footer
    return Credits(byline, agency, outlet)


def _dateline(paras: tuple[Para, ...]):
    """The dateline opening one of the first body paragraphs, if any."""
    body = [p for p in paras if p.label == "body"][:_DATELINE_SEARCH]
    return next((d for p in body if (d := read_dateline(p.body))), None)


def _record_byline(author: str | None) -> tuple[str | None, str | None]:
    """A metadata author as (byline, agency): an agency given as author is credited as one."""
    author = _blank_to_none(author)
    if author and is_agency(author):
        return None, author
    return author, None


def _date_candidates(record: Record, paras: tuple[Para, ...]) -> list[Candidate]:
    """Every publication-date candidate, each tagged with where it came from."""
    found: list[Candidate] = []
    if iso := _record_date(record.published, record.source):
        found.append(Candidate(iso, "metadata"))
    seen_title = False
    for prev, p in zip((None, *paras), paras):
        seen_title = seen_title or p.label == "title"
        if p.date is None:
            continue
        kind = p.date.kind
        if kind == "bare" and not seen_title:
            kind = "page-header"  # a weekday and date above the headline: the day the page was saved
        elif kind == "bare" and prev is not None and prev.label == "byline":
            kind = "byline"  # "By X" then the date: the story's own date line
        found.append(Candidate(p.date.iso, kind))
    dateline = _dateline(paras)
    if dateline and dateline.iso:
        found.append(Candidate(dateline.iso, "dateline"))
    if iso := url_date(record.url):
        found.append(Candidate(iso, "url"))
    return found


def _record_date(value: str | None, source: str) -> str | None:
    """A metadata date as ISO "YYYY-MM-DD"; an unparsable one is logged and ignored."""
    value = _blank_to_none(value)
    if value is None:
        return None
    if _ISO_PREFIX.match(value) and (iso := parse_date(value[:10])):
        return iso
    iso = parse_date(value)
    if iso is None:
        log.warning("%s: ignoring unparsable published date %r", source, value)
    return iso


def _summary(cleaned: Cleaned) -> str:
    """What the cleaner dropped, e.g. "3 headline, 1 nav"."""
    counts = Counter(p.label for p in cleaned.paras)
    if not counts:
        return "the text is empty"
    return "dropped " + ", ".join(f"{n} {label}" for label, n in counts.most_common()) + " paragraph(s)"


def _blank_to_none(value: str | None) -> str | None:
    """None for a missing or whitespace-only string, else the stripped string."""
    if value is None:
        return None
    value = str(value).strip()
    return value or None

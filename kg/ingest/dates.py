"""Publication dates: parse date expressions, read date lines, choose among candidates.

`published` is an ISO date "YYYY-MM-DD" (the time of day is dropped: no stage needs it,
and a time without a reliable zone would only look precise).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import dateparser

from kg.ingest.shape import is_name_like, is_prose, stop_ratio, words

_SETTINGS = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
DATE_RE = re.compile(
    rf"\b(?:{_YEAR}-[01]\d-[0-3]\d|{_YEAR}/[01]?\d/[0-3]?\d|[0-3]?\d/[01]?\d/{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR}"
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR})\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\b\.?)?", re.IGNORECASE)
# What may follow a date on a date line: a time, a zone, separators ("| 09:30 AM", "4:12 PM GMT+1").
_TRAIL = re.compile(  # case-sensitive: a zone is upper-case ("GMT", "IST"), unlike "that"
    r"(?:[\s,|/·•–-]*(?:(?:at\s+)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\b\.?)?"
    r"|\b(?:[A-Z][A-Za-z]{0,3}T|UTC|Z)(?:[+-]\d{1,2}(?::?\d\d)?)?\b))*"
)
_LABEL = re.compile(
    r"(?:^|[\s|>])(?P<label>first published|last updated|last modified|published|posted|updated"
    r"|modified|issued|dated|date)\s*(?:on|at)?\s*:?\s*$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$", re.IGNORECASE)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/_-]?([01]\d)[/_-]?([0-3]\d)(?=[/_.-]|$)")
_YEAR_IN_TEXT = re.compile(rf"\b{_YEAR}\b")


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """ISO "YYYY-MM-DD" for a full date expression (day, month and year), else None."""
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip(" ,.|"), flags=re.IGNORECASE)
    settings = _SETTINGS | ({"DATE_ORDER": "DMY"} if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", cleaned) else {})
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date in the text: (ISO date, start, end)."""
    for m in DATE_RE.finditer(text):
        iso = parse_date(m.group(0))
        if iso:
            return iso, m.start(), m.end()
    return None


@dataclass(frozen=True)
class DateLine:
    """A line that states a date: its kind, the date, a byline name, where any body text starts."""

    kind: str  # labelled | updated | byline | timestamp | bare
    iso: str
    name: str | None = None
    body_start: int | None = None  # a "date 2022-01-07 Text..." line: the body begins here


def read_date_line(line: str) -> DateLine | None:
    """Classify a line made of a date plus labels, a byline, a time; None for any other line."""
    found = find_date(line)
    if not found:
        return None
    iso, start, end = found
    trail = _TRAIL.match(line, end)
    after = line[trail.end():].strip()
    has_time = bool(_TIME.search(line, end, trail.end()))
    lead = line[:start].strip().rstrip("|,-–—").strip()
    lead = re.sub(rf"\s*{_TRAIL.pattern}$", "", lead) if _TIME.search(lead) else lead  # "Updated 9:47 PM GMT-5,"
    label = _LABEL.search(lead)
    name = (lead[: label.start()] if label else lead).strip(" |,-–—>»")
    name = re.sub(r"^(?:by|written by)\s+", "", name, flags=re.IGNORECASE)
    if label and not name:
        kind = "updated" if label["label"].lower() in {"updated", "last updated", "modified", "last modified"} else "labelled"
        if after and after[0].isupper() and len(words(after)) >= 8 and stop_ratio(after) >= 0.15:
            return DateLine(kind, iso, body_start=line.index(after, trail.end()))
        return DateLine(kind, iso) if _is_trailing_meta(after) else None
    if not _is_trailing_meta(after):
        return None
    if not name or _WEEKDAY.match(name):
        return DateLine("timestamp" if has_time else "bare", iso)
    if is_name_like(name) and (label or "|" in line or lead.lower().startswith("by ")):
        return DateLine("byline", iso, name=name)
    return None


def _is_trailing_meta(after: str) -> bool:
    """True when what follows a date is empty or more date metadata, not a sentence."""
    return not after or (len(words(after)) <= 10 and not is_prose(after))


def url_date(url: str | None) -> str | None:
    """The date in a URL path ("/2022/01/09/", "/20220109/"), if it is a real date."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class Candidate:
    """One publication-date candidate and where it came from."""

    iso: str
    source: str  # metadata | labelled | byline | dateline | timestamp | bare | updated | url | page-header


# Order of trust, the `published_how` it reports and the confidence it starts with.
_TRUST = {
    "metadata": (0, "metadata", 0.95),
    "labelled": (1, "date-line", 0.9),
    "byline": (1, "byline-line", 0.9),
    "dateline": (2, "dateline", 0.85),
    "timestamp": (3, "date-line", 0.7),
    "bare": (4, "date-line", 0.6),
    "updated": (5, "date-line", 0.55),
    "url": (6, "url", 0.6),
    "page-header": (9, "page-header", 0.4),
}
# Sources that can carry the day a page was saved rather than published: a bare date with no
# label or time. A labelled "Updated" date or a timestamp under the headline is the page's own.
_WEAK = {"bare", "url", "page-header"}


@dataclass(frozen=True)
class Published:
    """The chosen publication date, how it was found and how sure."""

    iso: str | None = None
    how: str = "unknown"
    confidence: float = 0.0


def choose_published(candidates: list[Candidate], body: str) -> Published:
    """Pick the most trusted plausible date; disagreeing dates fall back to the dateline."""
    years = {int(y) for y in _YEAR_IN_TEXT.findall(body)}
    usable = sorted(
        (c for c in candidates if c.source != "page-header" and _plausible(c, years)),
        key=lambda c: _TRUST[c.source][0],
    )
    if not usable:
        return _confirmed_header(candidates, body)
    top = usable[0]
    _, how, conf = _TRUST[top.source]
    # An "Updated" date is expected to differ from the publication date: not a conflict.
    rivals = [c for c in usable if c.source != "updated" and _days_apart(c.iso, top.iso) > 2]
    if rivals and top.source != "metadata":
        dateline = next((c for c in usable if c.source == "dateline"), None)
        if dateline:
            return Published(dateline.iso, "dateline", _TRUST["dateline"][2] - 0.1)
        conf -= 0.3
        if conf < 0.4:
            return Published()
    if sum(c.iso == top.iso for c in usable) >= 2:
        conf = min(conf + 0.05, 0.99)
    return Published(top.iso, how, round(conf, 2))


def _plausible(cand: Candidate, years: set[int]) -> bool:
    """False for a weak date later than every year the body mentions (a save or edit date)."""
    return cand.source not in _WEAK or not years or int(cand.iso[:4]) <= max(years) + 1


def _confirmed_header(candidates: list[Candidate], body: str) -> Published:
    """A page-header date, only when the body names its month and year; else unknown."""
    for cand in candidates:
        if cand.source != "page-header":
            continue
        d = date.fromisoformat(cand.iso)
        month_year = re.compile(rf"\b{d:%B}\b[^.\n]{{0,20}}\b{d.year}\b", re.IGNORECASE)
        if month_year.search(body):
            return Published(cand.iso, "page-header", _TRUST["page-header"][2])
    return Published()


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO dates."""
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)

"""Bylines, datelines, source footers and domains: who wrote, published or supplied an article."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from kg.ingest.dates import find_date
from kg.ingest.shape import is_name_like, words

# Wire agencies are recognised first by where a name stands (after a byline's comma, after
# the "/" of a dateline credit); this set only settles a credit that names one party.
WIRE_AGENCIES = frozenset(
    """reuters ap afp dpa efe ansa tass itar-tass interfax sputnik xinhua kyodo yonhap anadolu
    upi pti ians ani uni bernama antara irna kuna wam spa mena ukrinform kazinform bss unb
    jiji pap ctk mti hina tanjug bta apa trend""".split()
) | {"associated press", "agence france-presse", "agence france presse", "ria novosti",
     "press trust of india", "anadolu agency", "bloomberg", "bloomberg news", "pa media"}
_AGENCY_WORDS = re.compile(r"\b(?:news agency|press agency|wire|agency|presse|press association)\b", re.I)
_ROLE_WORDS = re.compile(r"\b(?:reporter|correspondent|editor|staff|writer|contributor|desk|bureau)\b", re.I)
_BYLINE = re.compile(
    r"^(?:>>|»|by|written by|reported by|reporting by|story by|words by|author:?)\s+(?P<body>.+)$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?:(?P<caps>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})|(?P<title>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))"
    r"(?:,[^()\n]{1,40})?\s*\((?P<credit>[^()\n]{2,100})\)\s*(?P<dash>[-–—:]\s*)?"
)
_SOURCE = re.compile(r"^(?:source|sources|via|courtesy(?: of)?)\s*:\s*(?P<name>[^\n]{2,60}?)\s*\.?$", re.I)


def is_agency(name: str) -> bool:
    """True for a known wire agency or a name that calls itself an agency or wire."""
    key = name.strip().lower()
    return key in WIRE_AGENCIES or bool(_AGENCY_WORDS.search(key))


@dataclass(frozen=True)
class Byline:
    """Who wrote the article and which agency the byline credits."""

    names: str | None
    agency: str | None = None


def read_byline(line: str) -> Byline | None:
    """">> A and B, Reuters" -> Byline("A and B", "Reuters"); None for a line that is not a byline."""
    m = _BYLINE.match(line.strip())
    if not m or len(words(line)) > 14:
        return None
    parts = [p.strip() for p in re.split(r"\s*,\s*", m["body"].split("|")[0].strip(" .")) if p.strip()]
    if len(parts) == 1 and is_agency(parts[0]):
        return Byline(None, parts[0])  # "By Reuters"
    agency = None
    while len(parts) > 1 and (_ROLE_WORDS.search(parts[-1]) or _org_like(parts[-1])):
        last = parts.pop()
        if not _ROLE_WORDS.search(last):
            agency = agency or last
    names = ", ".join(parts)
    return Byline(names, agency) if is_name_like(names) else None


_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3}$")
_AND_AGENCIES = re.compile(r"(?:,|\s+and|\s+&)\s+(?:agencies|agency|wires)$", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
_NAME_TOKEN = re.compile(r"^(?:[A-Z\u00C0-\u00DE][\w'’-]*\.?|de|da|del|dos|van|von|der|bin|al|el|la|le)$")
# Words a section or site label is made of, never a person's name ("World News", "Live Desk").
_CHROME_NAME_WORDS = re.compile(
    r"\b(?:news|press|media|times|post|daily|centre|center|desk|staff|world|business|politics|opinion"
    r"|sports?|live|latest|home|updates?|section|editorial)\b",
    re.IGNORECASE,
)


def read_bare_byline(line: str) -> Byline | None:
    """A byline without "By": "Ann Lee", "Ann Lee and Bo Chan", "Ann Lee and agencies in Lima",
    "Ann Lee, Reuters"; None unless every name is two to four name-shaped words."""
    text = line.strip().rstrip(".")
    if _BYLINE.match(text) or len(words(text)) > 14 or _CHROME_NAME_WORDS.search(text):
        return None
    text = _IN_PLACE.sub("", text)
    text = _AND_AGENCIES.sub("", text)
    parts = [p for p in _NAME_SPLIT.split(text) if p]
    agency = parts.pop() if len(parts) > 1 and is_agency(parts[-1]) else None
    if not parts or not all(_person_name(p) for p in parts):
        return None
    return Byline(", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0], agency)


def _person_name(part: str) -> bool:
    """True for "Ann Lee", "Ana de Souza", "MARÍA QUISPE": 2-4 capitalised words, no acronym."""
    toks = part.split()
    if not 2 <= len(toks) <= 4 or not all(_NAME_TOKEN.match(t) for t in toks):
        return False
    caps = sum(t[0].isupper() for t in toks) >= 2
    acronym = any(len(t) <= 3 and t.isupper() and t.isalpha() for t in toks) and not part.isupper()
    return caps and not acronym


def _org_like(part: str) -> bool:
    """True for the trailing credit of a byline: an agency, an acronym or a single name."""
    toks = part.split()
    return is_agency(part) or len(toks) == 1 or bool(re.search(r"\b(?:News|Press|Media|Times|Post)\b", part))


@dataclass(frozen=True)
class Dateline:
    """The opening "CITY (Outlet / Agency - date) -" of a story."""

    place: str
    outlet: str | None
    agency: str | None
    iso: str | None
    end: int  # where the story proper starts
    credit: tuple[int, int] = (0, 0)  # the "(Outlet / Agency - date)" parenthesis, as (start, end)


def read_dateline(paragraph: str) -> Dateline | None:
    """Parse a dateline at the start of a paragraph; None if it does not start with one."""
    m = _DATELINE.match(paragraph)
    if not m or (m["title"] and not m["dash"]):
        return None  # a capitalised phrase with a parenthesis is a dateline only before a dash
    credit = m["credit"]
    found = find_date(credit)
    iso = found[0] if found else None
    if found:
        credit = credit[: found[1]] + credit[found[2]:]
    names = [n.strip(" -–—,") for n in re.split(r"\s*/\s*|\s+[-–—]\s+|\s*,\s*", credit)]
    names = [n for n in names if n]
    span = (m.start("credit") - 1, m.end("credit") + 1)
    if not names or any(len(n.split()) > 5 or not n[0].isupper() for n in names):
        return None if not iso else Dateline(m["caps"] or m["title"], None, None, iso, m.end(), span)
    if not (m["dash"] or iso or len(names) >= 2 or is_agency(names[0])):
        return None  # "NATO (North Atlantic Treaty Organization) said": an expansion, not a credit
    if len(names) >= 2:
        outlet, agency = names[0], names[-1]
    else:
        outlet, agency = (None, names[0]) if is_agency(names[0]) else (names[0], None)
    return Dateline(m["caps"] or m["title"], outlet, agency, iso, m.end(), span)


def dateline_credits(text: str, *, paragraphs: int = 3) -> list[tuple[int, int]]:
    """(start, end) in an article's clean text of each dateline credit, "(AP)" in "LIMA, Peru (AP) —",
    in its first paragraphs: names there credit the page, they are not actors of the story."""
    spans: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n\n")[:paragraphs]:
        if found := read_dateline(paragraph):
            spans.append((start + found.credit[0], start + found.credit[1]))
        start += len(paragraph) + 2
    return spans


def read_source_footer(line: str) -> str | None:
    """"Source: X" -> "X"; None for any other line."""
    m = _SOURCE.match(line.strip())
    if not m or len(m["name"].split()) > 6:
        return None
    return m["name"].strip(" .")


def domain_of(url: str | None) -> str | None:
    """The host of a URL without "www." ("bbc.co.uk"), a last-resort outlet name."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    host = host.removeprefix("www.")
    return host or None

"""The outlet a page names: its title's site segment, a masthead line, its copyright footer."""
from __future__ import annotations

import re

from kg.ingest.boilerplate import Para
from kg.ingest.metadata import is_agency
from kg.ingest.shape import ends_sentence, words

_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::)\s+")


def site_name(title: str | None, paras: tuple[Para, ...]) -> tuple[str | None, str | None]:
    """A page title "Headline | Section - Site" -> ("Headline", "Site"): the site name is the last
    segment, taken when the headline also stands alone on the page or the segment is short."""
    if not title:
        return title, None
    cuts = list(_TITLE_SEPARATOR.finditer(title))
    if not cuts:
        return title, None
    others = {re.sub(r"\W+", "", p.text.casefold()) for p in paras if p.text != title}
    site = title[cuts[-1].end():].strip()
    if not site or not site[0].isupper() or len(site.split()) > 5 or site.endswith((".", "?", "!")):
        return title, None
    for cut in cuts:
        head = title[:cut.start()].strip()
        if re.sub(r"\W+", "", head.casefold()) in others:
            return head, site
    if len(site.split()) <= 3 and "|" in cuts[-1].group(0):
        return title[:cuts[-1].start()].strip(), site
    return title, None


# A masthead or breadcrumb line "Site | Section" (general to specific, unlike a title's
# "Headline | Site"): two short capitalised segments, no sentence.
_MASTHEAD_SEPARATOR = re.compile(r"\s+(?:\||›|»|>)\s+")
_HOME = re.compile(r"^(?:home|homepage|start)$", re.IGNORECASE)


def header_site(paras: tuple[Para, ...]) -> str | None:
    """The site of a "Site | Section" line in the page header (before the story), if any."""
    for p in paras:
        if p.label == "body":
            return None
        if p.label != "headline":
            continue
        parts = _MASTHEAD_SEPARATOR.split(p.text.strip())
        if len(parts) == 2 and all(_label_like(part) for part in parts) and not _HOME.match(parts[0]):
            return parts[0]
    return None


def _label_like(segment: str) -> bool:
    """True for a short capitalised name ("Daily Tide", "Peace and Security")."""
    return 1 <= len(words(segment)) <= 4 and segment[:1].isupper() and not ends_sentence(segment)


_COPYRIGHT_HOLDER = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?"
    r"(?P<name>[A-Z][^.|©,]{1,60}?)\s*(?:[.,|]|\s+or its\b|\s+all rights\b|$)",
    re.IGNORECASE,
)
_COMPANY_SUFFIX = re.compile(
    r"(?:,?\s+(?:limited|ltd|inc|llc|plc|corp|corporation|co|group|gmbh|ag|s\.?a))+\.?$", re.IGNORECASE
)


def copyright_holder(paras: tuple[Para, ...]) -> str | None:
    """The publisher a "© 2024 X Limited. All rights reserved." footer names (not a wire agency)."""
    for p in paras:
        if p.label != "copyright" or not (m := _COPYRIGHT_HOLDER.search(p.text)):
            continue
        name = _COMPANY_SUFFIX.sub("", m["name"].strip()).strip()
        if name and name[0].isupper() and len(words(name)) <= 6 and not is_agency(name):
            return name
    return None

"""Page boilerplate removal for plain text: keep the article body, label everything else.

Rules look only at the shape of a paragraph (length, sentence shape, punctuation, stop-word
ratio, list density, repetition) plus a few words every web page uses for its chrome
("Share", "Most Read", "©"). The title is kept in metadata, never in the clean text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.dates import DateLine, read_date_line
from kg.ingest.footer import is_closing_chrome, is_promo, is_separator
from kg.ingest.metadata import read_bare_byline, read_byline, read_source_footer
from kg.ingest.shape import ends_sentence, is_bullet, is_icon_run, is_prose, is_title_like, words

_UI = re.compile(
    r"^(?:share(?: this| on| via| article|:)?|subscribe|sign (?:in|up)|log ?in|log out|register now"
    r"|follow us|click here|tap here|download (?:our|the) app|advertisement|sponsored|skip to"
    r"|back to top|dark mode|light mode|read more|continue reading|show more|load more"
    r"|we use cookies|this (?:site|website) uses cookies)(?![-\w])",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:photo|image|picture|file photo|photograph|caption|video)s?\s*(?::|by\b|credit)"
    r"|\b(?:getty images|shutterstock)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
_LIST_HEADER = re.compile(
    r"^(?:most (?:read|popular|viewed|shared|commented)|related(?: \w+)?|trending(?: \w+)?"
    r"|read (?:more|also|next)|also read|more (?:from|on|in|stories|news)\b.*|recommended(?: \w+)?"
    r"|top (?:stories|news)|latest(?: \w+)?|popular(?: \w+)?|you may also like|see also"
    r"|editor'?s picks|what to read next)\s*:?$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MAX_LIST_ITEM = 25  # words; headlines in "Most Read" lists are shorter than this
_WRAP_SLACK = 12  # characters a wrapped paragraph's last line may exceed its longest line by (one long word)


@dataclass
class Para:
    """One paragraph of the input and what the cleaner decided it is."""

    text: str
    label: str = "headline"  # body | title | date | byline | source | nav | ui | caption | copyright | list | headline | duplicate | footer
    date: DateLine | None = None
    start: int = 0  # where the body starts in `text` (after a "date 2022-01-07" prefix)

    @property
    def body(self) -> str:
        """The part of the paragraph that goes into the clean text."""
        return self.text[self.start:]


@dataclass(frozen=True)
class Cleaned:
    """The clean body text, the title found and every paragraph with its label."""

    text: str
    title: str | None
    paras: tuple[Para, ...]


def clean(text: str, *, title: str | None = None) -> Cleaned:
    """Split a page's text into labelled paragraphs and join the body ones into the clean text."""
    paras = [_label(p) for p in paragraphs(text)]
    _mark_repeats(paras)
    _mark_lists(paras)
    _mark_footer(paras)
    title = _mark_title(paras, title)
    _mark_header_byline(paras)
    body = "\n\n".join(p.body for p in paras if p.label == "body")
    return Cleaned(body, title, tuple(paras))


def paragraphs(text: str) -> list[str]:
    """Normalized paragraphs: blank-line blocks, one per line unless lines are hard-wrapped."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_SPACES.sub(" ", ln).strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        if _is_hard_wrapped(lines):
            out.append(" ".join(lines))
            continue
        for i, line in enumerate(lines):
            if i > 0 and _continues(out[-1], line):
                out[-1] += " " + line  # a wrapped sentence: the newline was only layout
            else:
                out.append(line)
    return out


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True for a block of prose wrapped at a fixed width (lines of near-equal length)."""
    if len(lines) < 3 or any(is_bullet(ln) for ln in lines):
        return False
    lengths = [len(ln) for ln in lines[:-1]]
    if len(lines[-1]) > max(lengths) + _WRAP_SLACK:
        return False  # a wrapped paragraph's last line is its shortest: these are lines over a paragraph
    if any(read_date_line(ln) or read_byline(ln) for ln in lines):
        return False  # a header (title, byline, date line) is lines, not a paragraph wrapped
    open_ends = sum(not ends_sentence(ln) for ln in lines[:-1])
    return min(lengths) >= 40 and max(lengths) - min(lengths) <= 30 and open_ends * 2 >= len(lengths)


def _continues(prev: str, line: str) -> bool:
    """True when `line` carries on the sentence `prev` left open."""
    return not ends_sentence(prev) and not is_bullet(line) and line[0].islower() and len(words(prev)) >= 4


def _label(text: str) -> Para:
    """Label one paragraph by its own shape (context comes in later passes)."""
    n = len(words(text))
    if is_separator(text):
        return Para(text, "nav")
    if is_icon_run(text):
        return Para(text, "nav")
    if n <= 40 and _COPYRIGHT.search(text):
        return Para(text, "copyright")
    if read_source_footer(text):
        return Para(text, "source")
    if n <= 12 and _UI.match(text) or is_promo(text) or n <= 50 and re.search(r"\bcookies\b", text, re.I) and not is_prose(text):
        return Para(text, "ui")
    if n <= 30 and _CAPTION.search(text):
        return Para(text, "caption")
    found = read_date_line(text)
    if found:
        if found.body_start is not None:
            return Para(text, "body", found, found.body_start)
        return Para(text, "date", found)
    if read_byline(text):
        return Para(text, "byline")
    if n <= 6 and _LIST_HEADER.match(text):
        return Para(text, "list")
    return Para(text, "body" if is_prose(text) else "headline")


def _mark_lists(paras: list[Para]) -> None:
    """Relabel as "list" the items under a list header, headline bullets and headline runs."""
    in_list = False
    for p in paras:
        if p.label == "list":
            in_list = True
        elif in_list and p.label in ("body", "headline"):
            if len(words(p.text)) > _MAX_LIST_ITEM:
                in_list = False
            else:
                p.label = "list"
    first_body = next((i for i, p in enumerate(paras) if p.label == "body"), len(paras))
    for run in _runs(paras, lambda p: is_bullet(p.text)):
        if len(run) >= 2 and sum(not ends_sentence(p.text) for p in run) * 2 >= len(run):
            for p in run:
                p.label = "list"
    for run in _runs(paras[first_body:], _headline_shaped):
        if len(run) >= 3 and sum(p.label == "headline" for p in run) * 3 >= 2 * len(run):
            for p in run:
                p.label = "list"


def _mark_footer(paras: list[Para]) -> None:
    """Label "footer" the credits, standards notes and promos that follow the story's last paragraph."""
    for p in reversed(paras):
        if p.label != "body":
            continue  # lists, copyright lines and menus may sit between the story and its footer
        if not is_closing_chrome(p.body):
            return
        p.label = "footer"


def _mark_header_byline(paras: list[Para]) -> None:
    """Label "byline" a bare name line in the header, next to the date line or right above the
    story: where a page without "By" puts its author."""
    first_body = next((i for i, p in enumerate(paras) if p.label == "body"), len(paras))
    for i, p in enumerate(paras[:first_body]):
        beside_date = any(0 <= j < len(paras) and paras[j].label == "date" for j in (i - 1, i + 1))
        if p.label == "headline" and (beside_date or i + 1 == first_body) and read_bare_byline(p.text):
            p.label = "byline"


def _headline_shaped(p: Para) -> bool:
    """A headline, or a short question or exclamation that a headline list may also hold."""
    n = len(words(p.text))
    return not is_bullet(p.text) and (p.label == "headline" or n <= 15 and not p.text.rstrip("\"'”’ ").endswith("."))


def _runs(paras: list[Para], member) -> list[list[Para]]:
    """Maximal runs of consecutive short body/headline paragraphs that satisfy `member`."""
    runs: list[list[Para]] = [[]]
    for p in paras:
        if p.label in ("body", "headline") and len(words(p.text)) <= _MAX_LIST_ITEM and member(p):
            runs[-1].append(p)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _mark_repeats(paras: list[Para]) -> None:
    """A line shown twice in a row is a caption; a body paragraph seen before is a duplicate."""
    seen: set[str] = set()
    for prev, p in zip([None, *paras], paras):
        key = _key(p.text)
        if prev is not None and key == _key(prev.text) and prev.label in ("headline", "caption"):
            prev.label = p.label = "caption"
        elif p.label == "body" and key in seen:
            p.label = "duplicate"
        if p.label == "body":
            seen.add(key)


def _mark_title(paras: list[Para], given: str | None) -> str | None:
    """Label the title (the given one, or the first headline-like line before the body)."""
    title = given
    if title is None:
        for p in paras:
            if p.label == "headline" and len(words(p.text)) >= 3 and is_title_like(p.text):
                title = p.text
                break
            if p.label == "body":
                # A question headline ends like a sentence; only a short first line qualifies.
                if len(words(p.text)) <= 14 and p.text.rstrip("\"'”’ ").endswith("?"):
                    title = p.text
                break
    if title is not None:
        key, found = _key(title), False
        for p in paras:
            if p.label in ("headline", "body") and _key(p.text) == key:
                p.label = "duplicate" if found or p.text != title else "title"
                found = found or p.label == "title"
    return title


def _key(text: str) -> str:
    """A comparison key: letters and digits only, case-folded."""
    return re.sub(r"\W+", "", text.casefold())

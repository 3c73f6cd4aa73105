"""Shape features of one line of text: length, sentence shape, stop-words, list marks."""
from __future__ import annotations

import re

# A small closed set: enough to tell prose ("the", "of", "to") from menus and headline lists.
STOP_WORDS = frozenset(
    """a about after against all also an and any are as at be because been before but by
    can could did do does for from had has have he her his how i if in into is it its
    more no not of on or our out over she so some than that the their them then there
    these they this those to under up was we were what when where which while who why
    will with would you your""".split()
)

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9][\w'’.-]*")
_CLOSERS = "\"'”’»)]*_ "
_SENTENCE_END = ".!?…"
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s+")
_INNER_SENTENCE_END = re.compile(r"[a-z0-9)”\"'’][.!?][\"'”’]?\s+[\"“‘'A-Z]")


def words(line: str) -> list[str]:
    """The word tokens of a line (letters or digits, with inner apostrophes and hyphens)."""
    return _WORD.findall(line)


def stop_ratio(line: str) -> float:
    """Share of the line's words that are English stop-words."""
    toks = words(line)
    if not toks:
        return 0.0
    return sum(t.lower() in STOP_WORDS for t in toks) / len(toks)


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (looking through closing quotes and brackets)."""
    core = line.rstrip(_CLOSERS)
    if not core:
        return False
    if core[-1] in _SENTENCE_END:
        return True
    # "He said:" introduces a quote; a short "Most Read:" does not count.
    return core[-1] == ":" and len(words(core)) >= 6


def has_inner_sentence_end(line: str) -> bool:
    """True when a sentence ends inside the line and another begins."""
    return bool(_INNER_SENTENCE_END.search(line))


def is_bullet(line: str) -> bool:
    """True for a list item ("- x", "• x", "1. x")."""
    return bool(_BULLET.match(line))


def is_prose(line: str) -> bool:
    """True when the line reads as running text rather than a headline, label or menu."""
    n = len(words(line))
    if n >= 3 and ends_sentence(line):
        return True
    if n >= 12 and has_inner_sentence_end(line):
        return True
    # A long line that lost its final stop (a truncated lead, a quote with its speaker
    # appended) is still prose if it reads like English.
    return n >= 20 and stop_ratio(line) >= 0.15


def is_title_like(line: str) -> bool:
    """True for a short line shaped like a headline: no sentence-final stop, a capital first."""
    n = len(words(line))
    text = line.lstrip("\"'“‘ ")
    return 2 <= n <= 30 and not ends_sentence(line) and bool(text) and (text[0].isupper() or text[0].isdigit())


def is_icon_run(line: str) -> bool:
    """True for a run of menu or icon names: many short tokens, no sentence, few stop-words."""
    toks = words(line)
    if len(toks) < 6 or ends_sentence(line) or "," in line:
        return False
    ratio = stop_ratio(line)
    if ratio >= 0.12:
        return False
    mean_len = sum(map(len, toks)) / len(toks)
    lower = sum(t[0].islower() for t in toks) / len(toks)
    capital = sum(t[0].isupper() for t in toks) / len(toks)
    # Lower-case icon names ("searchicon shareicon") or a bar of capitalised menu words.
    if mean_len > 12:
        return False
    if len(toks) >= 15 and lower >= 0.6:
        return True  # longer than any headline: a strip of icon or menu names
    return capital >= 0.9 and ratio == 0.0


_NAME_PART = re.compile(r"^(?:[A-Z][\w'’.-]*|and|&|de|da|del|van|von|der|bin|al|el|la|le)$")


def is_name_like(text: str) -> bool:
    """True for one or a few personal names ("Ann Lee", "A. Smith and B. Jones")."""
    toks = text.replace(",", " ").split()
    if not 1 <= len(toks) <= 9 or not toks[0][0].isupper():
        return False
    return all(_NAME_PART.match(t) for t in toks) and sum(t[0].isupper() for t in toks) >= 2

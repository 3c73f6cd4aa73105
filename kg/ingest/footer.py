"""Site chrome that closes a story: contributor credits, standards notes, promos, separators.

These lines read like sentences, so the paragraph rules keep them; what gives them away is
their shape together with where they stand (after the story's last paragraph).
"""
from __future__ import annotations

import re

from kg.ingest.shape import words

# "X writer Y contributed from Z." / "Y contributed reporting." / "Reporting by Y; Editing by Z"
_CONTRIBUTED = re.compile(
    r"\b(?:writers?|reporters?|correspondents?|journalists?|producers?)\b[^.]*\bcontributed\b"
    r"|\bcontributed(?:\s+additional)?\s+(?:reporting|research)\b"
    r"|\bcontributed\s+to\s+(?:this|the)\s+(?:report|story|article)\b"
    r"|^\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b",
    re.IGNORECASE,
)
# "Our Standards: ...", "... Trust Principles.", "Read our editorial guidelines."
_STANDARDS = re.compile(
    r"^(?:our|read our|see our)\s+(?:standards|editorial|ethics|corrections|code)\b"
    r"|\b(?:trust principles|editorial (?:standards|guidelines|policy|values)|corrections policy|ethics policy)\b",
    re.IGNORECASE,
)
# A call to action about a newsletter, podcast, app or social channel.
_CHANNEL = re.compile(
    r"\b(?:newsletters?|podcasts?|news ?alerts?|our app|the app|whatsapp|telegram|twitter|facebook"
    r"|instagram|youtube|tiktok|coverage)\b",
    re.IGNORECASE,
)
_ACTION = re.compile(
    r"^(?:get|sign up|subscribe|register|download|follow|join|listen|watch)\b"
    r"|\b(?:sign up|subscribe|register)(?:\s+(?:here|now|today|for free))?[.!]?$",
    re.IGNORECASE,
)
_MAX_CHROME = 40  # words; a closing credit or promo is one short line


def is_separator(text: str) -> bool:
    """True for a line with no words at all ("___", "* * *", "—")."""
    return not words(text)


def is_promo(text: str) -> bool:
    """True for a newsletter, app or channel promotion ("Get ... with our newsletter. Sign up here.")."""
    return len(words(text)) <= _MAX_CHROME and bool(_ACTION.search(text)) and bool(_CHANNEL.search(text))


def is_closing_chrome(text: str) -> bool:
    """True for a line that may close a page after its story: credits, standards, promos."""
    if len(words(text)) > _MAX_CHROME:
        return False
    return bool(_CONTRIBUTED.search(text) or _STANDARDS.search(text)) or is_promo(text) or is_separator(text)

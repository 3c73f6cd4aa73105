"""Direct quotations in an article's text: where they are, so speech claims can carry them."""
from __future__ import annotations

import re
from dataclasses import dataclass

# “curly” or "straight" double quotes; a quote may run over several sentences of one paragraph
QUOTE = re.compile(r"“([^”]{3,}?)[”\"]|\"([^\"\n]{3,}?)\"|“([^”\n]{3,})(?=\n|$)", re.S)


@dataclass(frozen=True)
class Quote:
    start: int  # offsets of the quoted words, without the quote marks
    end: int
    text: str


def find_quotes(text: str) -> list[Quote]:
    """Every double-quoted passage of at least three words."""
    out = []
    for m in QUOTE.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        body = m.group(group).strip().rstrip(",")
        if len(body.split()) >= 3:
            out.append(Quote(m.start(group), m.start(group) + len(m.group(group)), body))
    return out


def quote_for(quotes: list[Quote], start: int, end: int, text: str) -> Quote | None:
    """The quote a speech sentence [start, end) carries, or the one just before it in its paragraph
    when the sentence is only its attribution ('"…," she said.')."""
    inside = [q for q in quotes if q.start < end and q.end > start]
    if inside:
        return max(inside, key=lambda q: q.end - q.start)
    para_start = text.rfind("\n\n", 0, start)
    before = [q for q in quotes if para_start <= q.start and q.end <= start and start - q.end < 8]
    return before[-1] if before else None

"""The page header: title, byline, agency, outlet and date line, whatever follows them."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_paths, read_text
from kg.records import Article

TITLE = "Regional parliament passes disputed water law after long debate"
BYLINE = ">> Ana Silva and Rui Costa Pereira, Tidewire"
DATE = "Published: 04 Mar 2021 09:30 AM GMT Updated: 04 Mar 2021 09:30 AM GMT"
LEAD = ("The regional parliament passed the water law on Thursday after a long debate in which the "
        "opposition tried to delay the vote until the summer, officials said.")
SHORT = "The minister did not comment further."
P2 = "Farmers' groups welcomed the vote but warned that the new limits would be hard to meet."


def _read(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_paths([path])
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    "lines",
    [
        [TITLE, BYLINE, DATE, LEAD, P2],
        # a short paragraph after the lead, set off by blank lines: the header lines above the lead
        # are not one hard-wrapped paragraph because of it
        [TITLE, BYLINE, DATE, LEAD, "", SHORT, "", P2],
        [TITLE, BYLINE, DATE, LEAD, "", P2],
    ],
)
def test_header_does_not_depend_on_what_follows_the_lead(tmp_path: Path, lines: list[str]) -> None:
    article = _read(tmp_path, "\n".join(lines))
    assert (article.title, article.byline, article.agency, article.published) == (
        TITLE, "Ana Silva and Rui Costa Pereira", "Tidewire", "2021-03-04")
    assert article.text.startswith(LEAD)
    assert "Published" not in article.text and ">>" not in article.text

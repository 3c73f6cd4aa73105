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


@pytest.mark.parametrize(
    ("lines", "byline"),
    [
        # a bare name directly above (or below) the date line
        (["Water law passes after long debate", "", "Ana Silva", "Published 4 March 2021 | 09:30", "", LEAD], "Ana Silva"),
        (["Water law passes after long debate", "Published 4 March 2021 | 09:30", "Ana Silva and Rui Costa", "", LEAD],
         "Ana Silva and Rui Costa"),
        # names, "and agencies" and where they filed from, right above the story
        (["Water law passes after long debate", "", "Thursday 4 March 2021 09.30 GMT", "",
          "Farmers fear the new limits as ministers defend them", "", "Ana Silva and agencies in Porto", "", LEAD],
         "Ana Silva"),
        # a section label beside the date line is not a byline
        (["Water law passes after long debate", "", "World News", "Published 4 March 2021 | 09:30", "", LEAD], None),
        (["Water law passes after long debate", "", "Peace and Security", "Published 4 March 2021 | 09:30", "", LEAD],
         None),
    ],
)
def test_bare_byline_in_the_header(lines: list[str], byline: str | None) -> None:
    article = read_text("\n".join(lines), source="page.txt")
    assert (article.byline, article.published, article.text) == (byline, "2021-03-04", LEAD)

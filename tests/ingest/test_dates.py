"""Publication dates: date lines, datelines, timestamps, URLs, page headers, conflicts."""
from __future__ import annotations

import pytest

from kg.ingest import read_text
from kg.ingest.dates import Candidate, choose_published, parse_date, read_date_line, url_date

BODY = "The regional parliament passed the water law on Thursday after a long debate, officials said."


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("08th March, 2021", "2021-03-08"),
        ("3 Feb, 2020", "2020-02-03"),
        ("February 3, 2020", "2020-02-03"),
        ("Sept. 30, 2019", "2019-09-30"),
        ("2020-02-03", "2020-02-03"),
        ("Monday, 3 February 2020", "2020-02-03"),
        ("31 February 2020", None),
        ("February 2020", None),  # strict: a day is required
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("line", "kind", "iso", "name"),
    [
        ("Published: 4 Mar 2021 09:30 AM GMT Updated: 4 Mar 2021 11:00 AM GMT", "labelled", "2021-03-04", None),
        ("Posted on March 4, 2021", "labelled", "2021-03-04", None),
        ("date 2021-03-04", "labelled", "2021-03-04", None),
        ("Updated 5 March 2021, 10:15 GMT", "updated", "2021-03-05", None),
        ("Ana Silva Published March 04, 2021 | 09:30 AM", "byline", "2021-03-04", "Ana Silva"),
        ("By Ana Silva | March 4, 2021", "byline", "2021-03-04", "Ana Silva"),
        ("4 Mar, 2021 18:45", "timestamp", "2021-03-04", None),
        ("Thursday, 4 March 2021", "bare", "2021-03-04", None),
        ("Updated 9:47 PM GMT-5, March 4, 2021", "updated", "2021-03-04", None),  # a time before the date
        ("Issued on: 04/03/2021 - 14:05 Modified: 04/03/2021 - 16:30", "labelled", "2021-03-04", None),  # day first
        ("Updated on: Mar 4, 2021 08:41 PM IST", "updated", "2021-03-04", None),
    ],
)
def test_read_date_line(line: str, kind: str, iso: str, name: str | None) -> None:
    found = read_date_line(line)
    assert (found.kind, found.iso, found.name) == (kind, iso, name)


@pytest.mark.parametrize(
    "line",
    [
        "On March 4, 2021, the parliament passed the water law after a long debate.",
        "March 4, 2021 was a turning point for the farmers of the whole region.",
        "Published 4 March 2021 that was then the view of all of them in the end",
        "The water law",
    ],
)
def test_not_a_date_line(line: str) -> None:
    assert read_date_line(line) is None


def test_labelled_prefix_keeps_the_body() -> None:
    line = "date 2021-03-04 The regional parliament passed the water law on Thursday after a debate"
    found = read_date_line(line)
    assert line[found.body_start:].startswith("The regional parliament")


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://example.com/news/2021/03/04/water-law", "2021-03-04"),
        ("https://example.com/2021-03-04-water-law.html", "2021-03-04"),
        ("https://example.com/news/20210304/water-law", "2021-03-04"),
        ("https://example.com/news/2021/13/45/x", None),
        ("https://example.com/news/water-law", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, iso: str | None) -> None:
    assert url_date(url) == iso


@pytest.mark.parametrize(
    ("text", "url", "published", "how"),
    [
        # a labelled date line
        (f"Water law passes\nPublished: 4 Mar 2021 09:30 AM\n\n{BODY}", None, "2021-03-04", "date-line"),
        # "date YYYY-MM-DD" opening the lead paragraph; the lead itself stays
        (f"date 2021-03-04 {BODY}", None, "2021-03-04", "date-line"),
        # a byline with a date
        (f"Water law passes\nAna Silva Published March 04, 2021 | 09:30 AM\n\n{BODY}", None, "2021-03-04", "byline-line"),
        # a dateline
        (f"Water law passes\n\nLISBON (Daily Tide / Reuters - 05th March, 2021) {BODY}", None, "2021-03-05", "dateline"),
        # a timestamp line with a time of day
        (f"5 Mar, 2021 18:45\n\nWater law passes\n\n{BODY}", None, "2021-03-05", "date-line"),
        # only the URL
        (BODY, "https://example.com/2021/03/06/water-law", "2021-03-06", "url"),
        # a labelled date beats the URL's
        (f"Posted on March 4, 2021\n\n{BODY}", "https://example.com/2021/03/04/x", "2021-03-04", "date-line"),
        # "Updated" alone is used, but only when nothing better is there
        (f"Water law passes\nUpdated 5 March 2021, 10:15 GMT\n\n{BODY}", None, "2021-03-05", "date-line"),
        (f"Water law passes\nUpdated 9 March 2021\nPublished 4 March 2021\n\n{BODY}", None, "2021-03-04", "date-line"),
        # a bare weekday date above the headline, among page chrome: the day the page was saved
        (f"Dark Mode\nSaturday, 11 May 2024\nWater law passes\n\n{BODY}", None, None, "unknown"),
        # ... unless the body confirms it
        (f"Dark Mode\nSaturday, 11 May 2024\nWater law passes\n\nIn May 2024 the parliament met, officials said.", None, "2024-05-11", "page-header"),
        # a bare date under the headline is the story's own date line
        (f"Water law passes\nThursday, 4 March 2021\n\n{BODY}", None, "2021-03-04", "date-line"),
        # a save-date timestamp years after every year the body mentions: the dateline wins
        (f"Monday, 13 May 2024 09:00\n\nWater law passes\n\nLISBON (Daily Tide - 5 March 2021) The law of 2020 was amended in 2021, officials said.",
         None, "2021-03-05", "dateline"),
        # weak dates that disagree and nothing to settle it: unknown
        (f"5 Mar, 2021 18:45\n\nWater law passes\n\n{BODY}", "https://example.com/2019/01/02/x", None, "unknown"),
        # an "Updated" line under the byline, later than any year the body names, is still the page's date
        (f"Water law passes\nBy Ana Silva\nUpdated on: Mar 4, 2024 08:41 PM IST\n\nThe law of 2021 was amended, officials said.",
         None, "2024-03-04", "date-line"),
        # nothing at all
        (BODY, None, None, "unknown"),
    ],
)
def test_published(text: str, url: str | None, published: str | None, how: str) -> None:
    article = read_text(text, source="law.txt", url=url)
    assert (article.published, article.published_how) == (published, how)
    assert (article.published_confidence > 0) == (published is not None)


@pytest.mark.parametrize(
    ("candidates", "iso", "how"),
    [
        ([Candidate("2021-03-04", "metadata"), Candidate("2021-06-01", "labelled")], "2021-03-04", "metadata"),
        ([Candidate("2021-03-04", "labelled"), Candidate("2021-03-05", "dateline")], "2021-03-04", "date-line"),
        ([Candidate("2021-03-04", "labelled"), Candidate("2021-09-05", "dateline")], "2021-09-05", "dateline"),
        ([Candidate("2021-03-04", "labelled"), Candidate("2021-09-05", "url")], "2021-03-04", "date-line"),
        ([Candidate("2024-04-23", "page-header")], None, "unknown"),
    ],
)
def test_choose_published(candidates: list[Candidate], iso: str | None, how: str) -> None:
    chosen = choose_published(candidates, BODY)
    assert (chosen.iso, chosen.how) == (iso, how)


def test_agreeing_dates_raise_confidence() -> None:
    one = choose_published([Candidate("2021-03-04", "labelled")], BODY)
    two = choose_published([Candidate("2021-03-04", "labelled"), Candidate("2021-03-04", "url")], BODY)
    assert two.confidence > one.confidence


def test_a_bare_date_under_the_byline_is_the_articles_date() -> None:
    text = ("Water law passes\n\nBy ANA SILVA\nMonday March 4 2024\n\n"
            "The law of 2019 was amended on Sunday after a long debate, officials said.")
    article = read_text(text, source="law.txt")
    assert (article.published, article.published_how) == ("2024-03-04", "byline-line")

"""Bylines, datelines, source footers, outlets and agencies."""
from __future__ import annotations

import pytest

from kg.ingest import read_text
from kg.ingest.metadata import Byline, dateline_credits, domain_of, read_bare_byline, read_byline, read_dateline, read_source_footer

P1 = "The regional parliament passed the water law on Thursday after a long debate, officials said."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (">> Ana Silva and Rui Costa, Reuters", Byline("Ana Silva and Rui Costa", "Reuters")),
        ("By Ana Silva, Associated Press", Byline("Ana Silva", "Associated Press")),
        ("By Ana Silva, Tidewire", Byline("Ana Silva", "Tidewire")),  # a one-word credit after the names
        ("By Ana Silva and Rui Costa", Byline("Ana Silva and Rui Costa", None)),
        ("By Ana Silva, Staff Reporter", Byline("Ana Silva", None)),
        ("By AFP", Byline(None, "AFP")),
        ("By the end of the week, the water had receded.", None),
        ("Ana Silva", None),
    ],
)
def test_read_byline(line: str, expected: Byline | None) -> None:
    assert read_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ana Silva", Byline("Ana Silva")),
        ("ANA SILVA", Byline("ANA SILVA")),
        ("Ana de Souza and Rui Costa", Byline("Ana de Souza and Rui Costa")),
        ("Ana Silva and agencies in Porto", Byline("Ana Silva")),
        ("Ana Silva, Tidewire Agency", Byline("Ana Silva", "Tidewire Agency")),
        ("World News", None),
        ("Peace and Security", None),
        ("UN Desk", None),
        ("Water law passes", None),
        ("Farmers fear the new limits as ministers defend them", None),
    ],
)
def test_read_bare_byline(line: str, expected: Byline | None) -> None:
    assert read_bare_byline(line) == expected


@pytest.mark.parametrize(
    ("paragraph", "outlet", "agency", "iso"),
    [
        ("LISBON (Daily Tide / Tidewire - 05th March, 2021) The parliament met.", "Daily Tide", "Tidewire", "2021-03-05"),
        ("LISBON, March 5 (Reuters) - The parliament met.", None, "Reuters", None),
        ("PORTO, Portugal (AP) — The parliament met.", None, "AP", None),
        ("Porto (Daily Tide) - The parliament met.", "Daily Tide", None, None),
    ],
)
def test_read_dateline(paragraph: str, outlet: str | None, agency: str | None, iso: str | None) -> None:
    found = read_dateline(paragraph)
    assert (found.outlet, found.agency, found.iso) == (outlet, agency, iso)
    assert paragraph[found.end:] == "The parliament met."


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        (f"PORTO, Portugal (AP) — {P1}\n\nThe minister (AP) said so.", ["(AP)"]),
        (f"{P1}\n\nLISBON (Daily Tide / Tidewire - 05th March, 2021) {P1}", ["(Daily Tide / Tidewire - 05th March, 2021)"]),
        (f"The Water Authority (WA) said the law would help.\n\n{P1}", []),
        (f"{P1}\n\n{P1}\n\n{P1}\n\nPORTO (AP) — {P1}", []),  # past the opening paragraphs
    ],
)
def test_dateline_credits(text: str, credits: list[str]) -> None:
    assert [text[start:end] for start, end in dateline_credits(text)] == credits


def test_dateline_credits_point_into_the_article_text() -> None:
    article = read_text(f"Water law passes\n\nBy Ana Silva\n\nPORTO, Portugal (AP) — {P1}", source="x.txt")
    (start, end), = dateline_credits(article.text)
    assert article.text[start:end] == "(AP)" and article.text.startswith("PORTO, Portugal (AP) — ")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Water Authority (WA) said the law would help.",
        "NATO (North Atlantic Treaty Organization) said it would help.",
        "The parliament met on Thursday.",
    ],
)
def test_not_a_dateline(paragraph: str) -> None:
    assert read_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Source: Daily Tide", "Daily Tide"), ("Sources: AFP.", "AFP"), ("Via: Tidewire", "Tidewire"),
     ("Source: a senior official who asked not to be named said so", None), ("The source said so.", None)],
)
def test_read_source_footer(line: str, expected: str | None) -> None:
    assert read_source_footer(line) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://www.example.co.uk/a/b", "example.co.uk"), ("news.example.org/x", "news.example.org"), (None, None)],
)
def test_domain_of(url: str | None, expected: str | None) -> None:
    assert domain_of(url) == expected


@pytest.mark.parametrize(
    ("text", "kwargs", "outlet", "agency", "byline"),
    [
        (f"Water law passes\n>> Ana Silva and Rui Costa, Reuters\n{P1}", {}, None, "Reuters", "Ana Silva and Rui Costa"),
        (f"Water law passes\n\nAna Silva Published March 04, 2021 | 09:30 AM\n\nLISBON (Daily Tide / Tidewire - 05th March, 2021) {P1}",
         {}, "Daily Tide", "Tidewire", "Ana Silva"),
        (f"{P1}\n\nSource: Daily Tide", {}, "Daily Tide", None, None),
        (f"{P1}\n\nSource: AFP", {}, None, "AFP", None),
        # a record's outlet wins over the text's; the agency is kept apart
        (f"LISBON (Reuters) - {P1}", {"outlet": "Evening Star"}, "Evening Star", "Reuters", None),
        # a masthead line "Site | Section" above the story names the site
        (f"Water law passes\n\nDaily Tide | Farming and Food\n\n{P1}", {}, "Daily Tide", None, None),
        (f"Water law passes\n\nHome | Farming\n\n{P1}", {}, None, None, None),
        (f"{P1}\n\nDaily Tide | Farming and Food", {}, None, None, None),  # below the story: not a masthead
        # the copyright footer's holder, without its company suffix; a wire agency is no outlet
        (f"{P1}\n\n© 2021 Tide Media Limited or its affiliated companies. All rights reserved.", {},
         "Tide Media", None, None),
        (f"{P1}\n\nCopyright 2021 The Tidewire Agency. All Rights Reserved.", {}, None, None, None),
        (f"Water law passes | Daily Tide\n\n{P1}\n\n© 2021 Tide Media Ltd.", {}, "Daily Tide", None, None),
        # the URL's domain is the last resort
        (P1, {"url": "https://www.daily-tide.example/2021/03/04/law"}, "daily-tide.example", None, None),
    ],
)
def test_article_credits(text: str, kwargs: dict, outlet: str | None, agency: str | None, byline: str | None) -> None:
    article = read_text(text, source="x.txt", **kwargs)
    assert (article.outlet, article.agency, article.byline) == (outlet, agency, byline)


@pytest.mark.parametrize(
    ("page", "title", "outlet"),
    [
        # the page title repeats the headline and adds the site
        ("Water law passes | Daily Tide\n\nWater law passes\n\n" + "The parliament passed the water law on Thursday after a long debate, officials said.",
         "Water law passes", "Daily Tide"),
        ("Water law passes | Politics - The Lisbon Post\n\nWater law passes\n\n" + "The parliament passed the water law on Thursday after a long debate, officials said.",
         "Water law passes", "The Lisbon Post"),
        # a dash inside a headline is not a site separator
        ("Water law passes - and farmers are not happy about it at all\n\n" + "The parliament passed the water law on Thursday after a long debate, officials said.",
         "Water law passes - and farmers are not happy about it at all", None),
    ],
)
def test_site_name_from_the_page_title(page: str, title: str, outlet: str | None) -> None:
    from kg.ingest import read_text

    article = read_text(page, source="page.txt")
    assert (article.title, article.outlet) == (title, outlet)

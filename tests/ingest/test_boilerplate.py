"""Boilerplate rules: what leaves the clean text and what stays."""
from __future__ import annotations

import pytest

from kg.ingest import read_text
from kg.ingest.boilerplate import clean, paragraphs

P1 = "The regional parliament passed the water law on Thursday after a long debate, officials said."
P2 = "Farmers' groups welcomed the vote but warned that the new limits would be hard to meet."
P3 = "The law takes effect in January and will be reviewed after two years, the minister said."


def body(*lines: str) -> str:
    """The clean text of a page made of these lines."""
    return clean("\n".join(lines)).text


@pytest.mark.parametrize(
    ("page", "gone"),
    [
        # an icon / menu strip: long, short lower-case tokens, no sentence, no stop-words
        ([ "navicon searchicon closeicon shareicon mailicon printicon chevron lefticon chevron righticon "
           "playicon pauseicon tagicon homeicon usericon", "", P1, "", P2], "icon"),
        # a bar of capitalised menu words
        (["Home World Business Sport Culture Travel Weather", "", P1, "", P2], "Business"),
        # a "Most Read" header and the unrelated headlines under it, even ones with a stop
        ([P1, "", P2, "", "Most Read", "Bakery wins national prize", "Council approves bus lanes.",
          "Storm warning lifted for the coast", "Is the new stadium worth it?"], "Bakery"),
        ([P1, "", P2, "", "Most Read", "Bakery wins national prize", "Council approves bus lanes."], "bus lanes"),
        ([P1, "Related", "- Bakery wins prize", "- Bus lanes approved"], "Related"),
        # a run of short bullet headlines without a header
        ([P1, P2, "- Bakery wins national prize", "- Council approves new bus lanes",
          "- Storm warning lifted for the coast"], "- "),
        # a run of short title-like lines after the body
        ([P1, "", P2, "", "Bakery wins national prize", "", "Council approves new bus lanes", "",
          "Storm warning lifted for the coast"], "Bakery"),
        # one headline of another story between two body paragraphs
        ([P1, "", "Dam project delayed by 'funding gap'", "", P2], "Dam project"),
        # a caption repeated twice in a row
        ([P1, "", "Farmers at the vote/Agency photo", "Farmers at the vote/Agency photo", "", P2], "Agency photo"),
        # photo credits
        ([P1, "", "Photo: farmers outside the parliament building.", "", P2], "Photo"),
        # "Source: X" footer
        ([P1, "", P2, "", "Source: Daily Tide"], "Source"),
        # copyright
        ([P1, "", P2, "", "© 2021 Daily Tide. All rights reserved."], "©"),
        ([P1, "", P2, "", "Copyright 2021 Daily Tide Media Group"], "Copyright"),
        # UI words, share / subscribe lines, even shaped like sentences
        (["Dark Mode", "Water law passes", "", P1, "", P2], "Dark Mode"),
        ([P1, "", "Share this article on social media!", "", P2], "Share"),
        ([P1, "", "Subscribe to our newsletter for daily updates.", "", P2], "Subscribe"),
        ([P1, "", "Sign in to comment.", "", P2], "Sign in"),
        # bylines and date lines
        (["Water law passes", "By Ana Silva and Rui Costa, Reuters", "Published: 4 Mar 2021 09:30 AM", P1], "Ana Silva"),
        (["Water law passes", "Published: 4 Mar 2021 09:30 AM", P1], "Published"),
    ],
)
def test_dropped(page: list[str], gone: str) -> None:
    text = body(*page)
    assert gone not in text
    assert P1 in text


@pytest.mark.parametrize(
    "tail",
    [
        # a separator and a contributor credit after the story
        ["___", "", "Tidewire writer Rui Costa contributed from Porto, Portugal."],
        ["Rui Costa contributed reporting."],
        ["(Reporting by Ana Silva in Lisbon; Editing by Rui Costa)"],
        # a standards note, then a list and a promotion, then the copyright line
        ["Our Standards: The Daily Tide Editorial Principles.", "", "Most Read", "Bakery wins national prize",
         "", "Get daily news and analysis on the region's farms with the newsletter Field Notes. Sign up here.",
         "", "© 2021 Daily Tide. All rights reserved."],
        ["Read our editorial guidelines."],
        ["Follow Daily Tide on WhatsApp for the latest news."],
        ["* * *", "", "Listen to our farming podcast every Monday."],
    ],
)
def test_footer_after_the_story_dropped(tail: list[str]) -> None:
    assert body(P1, "", P2, "", *tail) == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "last",
    [
        "Donors contributed to the fund from abroad, the minister said.",
        "Farmers said the ministry's standards were too strict for small farms.",
        "The ministry will publish its findings in a newsletter to farmers next month.",
    ],
)
def test_story_last_paragraph_kept(last: str) -> None:
    assert body(P1, "", P2, "", last, "", "© 2021 Daily Tide.") == f"{P1}\n\n{P2}\n\n{last}"


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        # body bullets that are sentences stay
        ([P1, "- The law caps water use per hectare.", "- Fines double for repeat offenders.",
          "- Small farms are exempt for two years."], "- Fines double for repeat offenders."),
        # a long paragraph that lost its final stop (truncated lead) stays
        (["The regional parliament passed the water law on Thursday after a long debate in which "
          "the opposition tried to delay the vote until the summer, according to"], "according to"),
        # a quote with its speaker appended after the final stop stays
        ([P1, "", "The law is fair to everyone. It protects the rivers we all depend on. Ana Silva Minister of Agriculture"],
         "Ana Silva Minister"),
        # a question headline of the article itself is the title, not body; a question in the body stays
        ([P1, "", "Will the limits work? Farmers doubt it, and say so loudly at every meeting."], "Will the limits work?"),
        # a dateline opens the story and stays
        (["LISBON (Daily Tide / Reuters - 05th March, 2021) " + P1], "LISBON (Daily Tide"),
    ],
)
def test_kept(page: list[str], kept: str) -> None:
    assert kept in body(*page)


def test_title_found_and_left_out_of_the_text() -> None:
    cleaned = clean("\n".join(["Dark Mode", "Water law passes after long debate", "", P1, "",
                               "Water law passes after long debate", "", P2]))
    assert cleaned.title == "Water law passes after long debate"
    assert cleaned.text == f"{P1}\n\n{P2}"


def test_given_title_removes_its_copy() -> None:
    article = read_text(f"Water Law Passes\n\n{P1}", source="x.txt", title="Water law passes")
    assert (article.title, article.text) == ("Water law passes", P1)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # paragraphs are separated by one blank line, trailing spaces and extra blank lines go
        (f"{P1}   \n\n\n\n{P2}\t\n", f"{P1}\n\n{P2}"),
        # one paragraph per line when the page uses no blank lines
        (f"{P1}\n{P2}\n{P3}", f"{P1}\n\n{P2}\n\n{P3}"),
        # non-breaking and odd spaces become plain spaces; zero-width characters vanish
        ("The\u00a0parliament\u2009passed the\u200b law on Thursday, officials said.",
         "The parliament passed the law on Thursday, officials said."),
        # Windows line ends
        (f"{P1}\r\n\r\n{P2}\r\n", f"{P1}\n\n{P2}"),
    ],
)
def test_whitespace(raw: str, expected: str) -> None:
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a hard-wrapped paragraph is one paragraph
        ("The regional parliament passed the water law on Thursday\n"
         "after a long debate in which the opposition tried to delay\n"
         "the vote until the summer, officials said on Friday.",
         ["The regional parliament passed the water law on Thursday after a long debate in which "
          "the opposition tried to delay the vote until the summer, officials said on Friday."]),
        # a line broken mid-sentence before a lower-case word joins its sentence
        ("The parliament passed the water law\nafter a long debate, officials said.",
         ["The parliament passed the water law after a long debate, officials said."]),
        ("Water law passes\nThe parliament passed it.", ["Water law passes", "The parliament passed it."]),
        # lines of equal length above a longer paragraph are not a wrapped paragraph: its last line is shortest
        ("Regional parliament passes disputed water law after debate\n"
         "Farmers fear the new limits while the ministers defend them\n" + P1 + " " + P2,
         ["Regional parliament passes disputed water law after debate",
          "Farmers fear the new limits while the ministers defend them", P1 + " " + P2]),
        # a byline or a date line is never part of a wrapped paragraph
        ("Regional parliament passes disputed water law after debate\n"
         ">> Ana Silva and Rui Costa Pereira, Tidewire\nPublished: 04 Mar 2021 09:30 AM GMT Updated: 04 Mar 2021\nThe parliament met.",
         ["Regional parliament passes disputed water law after debate", ">> Ana Silva and Rui Costa Pereira, Tidewire",
          "Published: 04 Mar 2021 09:30 AM GMT Updated: 04 Mar 2021", "The parliament met."]),
    ],
)
def test_paragraphs(raw: str, expected: list[str]) -> None:
    assert paragraphs(raw) == expected


def test_clean_text_offsets_are_stable() -> None:
    article = read_text(f"Water law passes\n\n{P1}\n\n{P2}", source="x.txt")
    start = article.text.index("Farmers")
    assert article.text[start:start + 7] == "Farmers"
    assert read_text(f"Water law passes\n\n{P1}\n\n{P2}", source="x.txt").text == article.text

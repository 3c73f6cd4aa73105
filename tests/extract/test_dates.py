"""Time expressions resolved against a fixed publication date (Friday 15 March 2024)."""
import pytest

from kg.extract.dates import is_date_expression, publication, resolve

PUBLISHED = "2024-03-15"  # a Friday


@pytest.mark.parametrize("text, value, precision", [
    ("on Thursday", "2024-03-14", "day"),
    ("on Friday", "2024-03-15", "day"),  # the paper's own day, not a week before
    ("Friday morning", "2024-03-15", "day"),
    ("on Monday", "2024-03-11", "day"),
    ("yesterday", "2024-03-14", "day"),
    ("two days ago", "2024-03-13", "day"),
    ("last week", "2024-03-04", "week"),  # a week is dated by its Monday
    ("this week", "2024-03-11", "week"),
    ("last weekend", "2024-03-04", "week"),
    ("at the weekend", "2024-03-04", "week"),
    ("earlier this month", "2024-03", "month"),
    ("last month", "2024-02", "month"),
    ("in March", "2024-03", "month"),
    ("early this year", "2024", "year"),
    ("In 1993", "1993", "year"),
    ("on May 15, 1992", "1992-05-15", "day"),
    ("December 28", "2023-12-28", "day"),  # the last December 28 before the report
    ("on 3 March", "2024-03-03", "day"),
])
def test_resolved_against_publication(text, value, precision):
    when = resolve(text, PUBLISHED)
    assert when is not None, text
    assert (when.value, when.precision) == (value, precision)


@pytest.mark.parametrize("text", ["three days", "30 years", "several weeks", "the week"])
def test_durations_are_not_dates(text):
    assert resolve(text, PUBLISHED) is None


def test_relative_day_without_publication_date_stays_unknown():
    assert resolve("on Friday", None) is None
    assert resolve("on May 15, 1992", None).value == "1992-05-15"


def test_a_past_event_is_never_dated_after_its_report():
    assert resolve("December 28, 2024", PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [("on Friday", True), ("last week", True), ("three days", False),
                                            ("30 years of independence", False), ("May 2023", True)])
def test_is_date_expression(text, expected):
    assert is_date_expression(text) is expected


def test_publication_fallback_is_day_precision():
    assert publication("2024-03-15T10:00:00") == resolve("on Friday", PUBLISHED)
    assert publication(None) is None


def test_a_future_action_is_not_dated_in_the_past():
    assert resolve("by January", "2024-11-19", future=True) is None
    assert resolve("next week", "2024-11-19", future=True).value == "2024-11-25"

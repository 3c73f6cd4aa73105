"""Time expressions to dates, resolved against the article's publication date by dateparser."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

MONTHS = r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?"
WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
RELATIVE = r"yesterday|today|tonight|tomorrow|ago|(last|this|next|past|the) (week|month|year|weekend)"
# A calendar anchor; without one a DATE span is a duration ("30 years", "three days"), not a date.
ANCHOR = re.compile(rf"\b({MONTHS}|{WEEKDAYS}|{RELATIVE}|\d{{4}})\b", re.I)
DURATION = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a|an)\s+"
                      r"(years?|days?|weeks?|months?|hours?|decades?)\b(?!\s+ago)", re.I)


@dataclass(frozen=True)
class When:
    """A resolved date with its precision: 'day', 'week' (dated by its Monday), 'month' or 'year'."""

    value: str
    precision: str


def is_date_expression(text: str) -> bool:
    """True for a calendar date or a relative day ("on Friday", "last week"), false for durations."""
    if not ANCHOR.search(text):
        return False
    return not (DURATION.search(text) and not re.search(rf"\b({MONTHS}|{WEEKDAYS})\b", text, re.I))


@lru_cache(maxsize=512)
def _parser(base: datetime | None) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


def _needs_base(text: str) -> bool:
    return not re.search(r"\b\d{4}\b", text)


def resolve(text: str, published: str | None, *, future: bool = False) -> When | None:
    """The date a time expression names, relative to the publication date; None when it can't be known."""
    if not is_date_expression(text):
        return None
    base = datetime.fromisoformat(published[:10]) if published else None
    if base is None and _needs_base(text):
        return None  # "on Friday" in an article of unknown date: leave it unknown, don't guess
    cleaned = re.sub(r"^(on|in|at|since|by|from|during|until|of)\s+", "", text.strip(), flags=re.I)
    cleaned = re.sub(r"^(earlier|later|early|late)\s+(?=(this|last|in|on)\b)", "", cleaned, flags=re.I)
    cleaned = re.sub(r"^(in\s+)?", "", cleaned, flags=re.I)
    cleaned = re.sub(r"\b(the|last|this|past)\s+weekend\b", "last saturday", cleaned, flags=re.I)
    data = _parser(base).get_date_data(cleaned)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if base is not None and (base.date() - day).days == 7 and re.fullmatch(
            rf"({WEEKDAYS})(\s+(morning|afternoon|evening|night))?", cleaned, re.I):
        day = base.date()  # "on Friday" in Friday's paper is that day, not a week before
    if "saturday" in cleaned.lower() and "weekend" in text.lower():
        period = "week"  # a weekend is dated by its week
    if future and base is not None and day < base.date() and _needs_base(text):
        return None  # "will send more by January": not the January before the report
    if not future and base is not None and day > base.date() and not re.search(r"\b(next|tomorrow)\b", text, re.I):
        return None  # a past event dated after its own report: a misreading
    return _with_precision(day, period)


def _with_precision(day: date, period: str) -> When:
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return When(monday.isoformat(), "week")
    if period == "month":
        return When(f"{day.year:04d}-{day.month:02d}", "month")
    if period == "year":
        return When(f"{day.year:04d}", "year")
    return When(day.isoformat(), "day")


def publication(published: str | None) -> When | None:
    """The publication date as the flagged fallback date of an undated report."""
    return When(published[:10], "day") if published else None

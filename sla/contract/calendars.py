"""Business calendars (weekly hours, public holidays, closed dates) and their business-time segments."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb
import pandas as pd

from sla import i18n

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Ranges = tuple[tuple[int, int], ...]

_RANGE = re.compile(r"(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})")
_SEPARATORS = re.compile(r"[\s,;]+")


@dataclass(frozen=True)
class Calendar:
    """When a clock runs: weekly hours in local time, minus public holidays and closed dates."""

    name: str
    timezone: str
    hours: tuple[Ranges, ...]  # Monday..Sunday, (start_minute, end_minute) with end <= 1440
    holidays: str | None = None  # holidays-package code: "NL", "DE-BY", "US-CA"
    closed_dates: tuple[date, ...] = ()


TWENTY_FOUR_SEVEN = Calendar("24x7", "UTC", (((0, 1440),),) * 7, None, ())


class CalendarError(ValueError):
    """A calendar definition with one or more problems, each a sentence a user can act on."""

    def __init__(self, name: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"calendar {name or '(no name)'}: " + "; ".join(problems))


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def describe(calendar: Calendar, lang: str = "en", holidays: bool = True) -> str:
    """The weekly hours in words: 'Mon–Fri 08:00–18:00', 'ma–vr 08:00–18:00, za 10:00–14:00'; 'around the
    clock' for 24x7. Consecutive days with the same hours are joined; public holidays are named by their code."""
    if all(day == ((0, 1440),) for day in calendar.hours):
        return i18n.t("calendar.always", lang)
    names = i18n.t("calendar.days", lang).split()
    groups: list[tuple[int, int, Ranges]] = []
    for day, ranges in enumerate(calendar.hours):
        if groups and groups[-1][2] == ranges and groups[-1][1] == day - 1:
            groups[-1] = (groups[-1][0], day, ranges)
        else:
            groups.append((day, day, ranges))
    parts = [(names[a] if a == b else f"{names[a]}–{names[b]}") + " "
             + " ".join(f"{_hhmm(s)}–{_hhmm(e)}" for s, e in ranges)
             for a, b, ranges in groups if ranges]
    text = ", ".join(parts)
    if holidays and calendar.holidays:
        return i18n.t("calendar.holidays", lang, hours=text, code=calendar.holidays)
    return text


def _parse_range(token: str) -> tuple[int, int]:
    match = _RANGE.fullmatch(token)
    if not match:
        raise ValueError(f"{token!r} is not a time range like 08:00-17:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if m1 > 59 or m2 > 59 or start > 1440 or end > 1440:
        raise ValueError(f"{token!r} is not a time range between 00:00 and 24:00")
    if end == start:
        raise ValueError(f"{token} is empty")
    if end < start:
        raise ValueError(f"{token} ends before it starts")
    return start, end


def parse_hours(cell: str) -> Ranges:
    """The business ranges of one weekday cell, e.g. '08:00-12:00 13:00-17:00' (empty means closed)."""
    text = re.sub(r"\s*[-–]\s*", "-", (cell or "").strip())
    ranges = sorted(_parse_range(token) for token in _SEPARATORS.split(text) if token)
    for (s1, e1), (s2, e2) in zip(ranges, ranges[1:], strict=False):
        if s2 < e1:
            raise ValueError(f"{_hhmm(s1)}-{_hhmm(e1)} and {_hhmm(s2)}-{_hhmm(e2)} overlap")
    return tuple(ranges)


def _text(value: object) -> str:
    # Cells read with pandas arrive as NaN / NA / None when empty.
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value).strip()


def _holidays():
    """The holidays package, imported when first needed: it takes 0.4 s, which a process reading no calendar
    (an import, the KPIs of whole past months) need not pay."""
    import holidays

    return holidays


def _split_holidays_code(code: str) -> tuple[str, str | None]:
    country, _, subdiv = code.strip().partition("-")
    country = country.upper()
    # Subdivision codes are mostly upper case ("BY", "CA") but some are names ("Flemish"): match any case.
    known = _holidays().list_supported_countries().get(country, [])
    subdiv = next((s for s in known if s.upper() == subdiv.upper()), subdiv)
    return country, subdiv or None


def _holidays_problem(code: str) -> str | None:
    country, subdiv = _split_holidays_code(code)
    try:
        _holidays().country_holidays(country)
    except NotImplementedError:
        return f"unknown holidays country {country!r}"
    try:
        _holidays().country_holidays(country, subdiv=subdiv)
    except NotImplementedError:
        return f"unknown holidays subdivision {subdiv!r} of {country!r}"
    return None


def _timezone_problem(name: str) -> str | None:
    if not name:
        return "time zone is empty (use an IANA name like Europe/Amsterdam)"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {name!r}"
    return None


def _parse_dates(text: str, problems: list[str]) -> tuple[date, ...]:
    dates = []
    for token in filter(None, _SEPARATORS.split(text)):
        try:
            dates.append(date.fromisoformat(token))
        except ValueError:
            problems.append(f"closed_dates: {token!r} is not a date like 2024-12-24")
    return tuple(sorted(set(dates)))


def _parse_week(row: Mapping[str, object], problems: list[str]) -> tuple[Ranges, ...]:
    hours, bad = [], False
    for day in WEEKDAYS:
        try:
            hours.append(parse_hours(_text(row.get(day))))
        except ValueError as exc:
            problems.append(f"{day}: {exc}")
            hours.append(())
            bad = True
    if not bad and not any(hours):
        problems.append("no business hours on any day (mon..sun are all empty)")
    return tuple(hours)


def _normalised_code(code: str) -> str:
    country, subdiv = _split_holidays_code(code)
    return f"{country}-{subdiv}" if subdiv else country


def parse_calendar(row: Mapping[str, object]) -> Calendar:
    """A Calendar from one row of a calendars table; raises CalendarError listing every problem."""
    name, timezone = _text(row.get("calendar")), _text(row.get("timezone"))
    problems = [] if name else ["calendar name is empty"]
    if problem := _timezone_problem(timezone):
        problems.append(problem)
    hours = _parse_week(row, problems)
    code = _text(row.get("holidays")) or None
    if code and (problem := _holidays_problem(code)):
        problems.append(problem)
    closed = _parse_dates(_text(row.get("closed_dates")), problems)
    if problems:
        raise CalendarError(name, problems)
    return Calendar(name, timezone, hours, code and _normalised_code(code), closed)


def _days_off(cal: Calendar, start: date, end: date) -> set[date]:
    days = set(cal.closed_dates)
    if cal.holidays:
        country, subdiv = _split_holidays_code(cal.holidays)
        years = range(start.year, end.year + 1)
        days |= set(_holidays().country_holidays(country, subdiv=subdiv, years=years))
    return days


def _to_utc(local: datetime, tz: ZoneInfo) -> datetime:
    # zoneinfo with fold=0: an ambiguous time (autumn) is its first occurrence; a non-existent time (spring
    # gap) takes the offset from before the jump: Europe/Amsterdam 02:30 that day is 01:30 UTC (03:30 CEST).
    return local.replace(tzinfo=tz).astimezone(UTC).replace(tzinfo=None)


def _utc_intervals(cal: Calendar, start: date, end: date) -> Iterator[tuple[datetime, datetime]]:
    tz, off = ZoneInfo(cal.timezone), _days_off(cal, start, end)
    for n in range((end - start).days):
        day = start + timedelta(days=n)
        if day in off:
            continue
        midnight = datetime(day.year, day.month, day.day)
        for s, e in cal.hours[day.weekday()]:
            seg = (_to_utc(midnight + timedelta(minutes=s), tz), _to_utc(midnight + timedelta(minutes=e), tz))
            if seg[1] > seg[0]:  # a range inside the spring gap can collapse to nothing
                yield seg


def _merged(intervals: Iterator[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    # Touching ranges (Mon 22:00-24:00 + Tue 00:00-06:00, or every 24x7 day) become one segment.
    merged: list[tuple[datetime, datetime]] = []
    for s, e in sorted(intervals):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _frame(cal: Calendar, start: date, end: date) -> pd.DataFrame:
    """One calendar's business intervals (UTC) for local dates start <= day < end, with cumulative seconds."""
    merged = _merged(_utc_intervals(cal, start, end))
    lengths = [int((e - s).total_seconds()) for s, e in merged]
    return pd.DataFrame(
        {
            "calendar": cal.name,
            "seg_start": pd.Series([s for s, _ in merged], dtype="datetime64[us]"),
            "seg_end": pd.Series([e for _, e in merged], dtype="datetime64[us]"),
            "cum_before_s": pd.Series([0, *accumulate(lengths)][: len(lengths)], dtype="int64"),
        }
    )


def segments_frame(calendars: list[Calendar], start: date, end: date) -> pd.DataFrame:
    """The business intervals of every calendar for local dates start <= day < end; 24x7 is always included."""
    names = [cal.name for cal in calendars]
    if len(set(names)) != len(names):
        raise ValueError(f"calendar names must be unique, got {names}")
    if TWENTY_FOUR_SEVEN.name not in names:
        calendars = [*calendars, TWENTY_FOUR_SEVEN]
    return pd.concat([_frame(cal, start, end) for cal in calendars], ignore_index=True)


def write_segments(con: duckdb.DuckDBPyConnection, calendars: list[Calendar], start: date, end: date,
                   table: str = "calendar_segments", temporary: bool = False) -> None:
    """(Re)create table calendar_segments (or `table`) for local dates start <= day < end (segments_frame)."""
    con.register("calendar_segments_frame", segments_frame(calendars, start, end))
    try:
        con.execute(
            f"""
            create or replace {'temp ' if temporary else ''}table {table} as
            select
                calendar::varchar as calendar,
                seg_start::timestamp as seg_start,
                seg_end::timestamp as seg_end,
                cum_before_s::bigint as cum_before_s
            from calendar_segments_frame
            order by calendar, seg_start
            """
        )
    finally:
        con.unregister("calendar_segments_frame")

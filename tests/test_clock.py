"""Business calendars and the business-time clocks of queries/marts/clock.sql."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import businesstimedelta as btd
import duckdb
import holidays
import pandas as pd
import pytest
import pytz

from sla.contract.calendars import (
    TWENTY_FOUR_SEVEN,
    Calendar,
    CalendarError,
    parse_calendar,
    parse_hours,
    write_segments,
)
from sla.store import sql

SEGMENTS_FROM, SEGMENTS_TO = date(2018, 1, 1), date(2032, 1, 1)

OFFICE = parse_calendar(
    {"calendar": "office", "timezone": "Europe/Amsterdam", "holidays": "NL", "closed_dates": "2024-12-24"}
    | {day: "09:00-17:00" for day in ("mon", "tue", "wed", "thu", "fri")}
)
# Split shifts, a short Friday and a Sunday night desk whose hours contain the DST change (02:00 -> 03:00).
NL_SUPPORT = parse_calendar(
    {"calendar": "nl_support", "timezone": "Europe/Amsterdam", "holidays": "NL"}
    | {day: "08:00-12:00 13:00-17:00" for day in ("mon", "tue", "wed", "thu")}
    | {"fri": "08:00-12:00 13:00-16:00", "sun": "01:00-04:00", "closed_dates": "2021-12-24, 2024-12-24"}
)
US_DESK = parse_calendar(
    {"calendar": "us_desk", "timezone": "America/New_York", "holidays": "US-NY", "closed_dates": "2023-11-24"}
    | {day: "9:00-17:30" for day in ("mon", "tue", "wed", "thu", "fri")}
    | {"sat": "10:00-14:00", "sun": "00:30-03:30"}
)
ALWAYS_AMSTERDAM = Calendar("always_ams", "Europe/Amsterdam", (((0, 1440),),) * 7)
SUNDAY_NIGHT = Calendar("sunday_night", "Europe/Amsterdam", ((),) * 6 + (((150, 240),),))  # sun 02:30-04:00


def utc(text: str, tz: str = "Europe/Amsterdam") -> datetime:
    """A local wall-clock time as the naive UTC timestamp the store keeps."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz)).astimezone(UTC).replace(tzinfo=None)


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("set TimeZone = 'UTC'")
    write_segments(con, [OFFICE, NL_SUPPORT, US_DESK, ALWAYS_AMSTERDAM, SUNDAY_NIGHT], SEGMENTS_FROM, SEGMENTS_TO)
    return con


def run_clocks(con: duckdb.DuckDBPyConnection, rows: list[dict], as_of: datetime) -> pd.DataFrame:
    """Feed rows (calendar, start_at, stop_at, target_s, paused_s) to clock.sql; results in input order."""
    frame = pd.DataFrame(rows, columns=["calendar", "start_at", "stop_at", "target_s", "paused_s"])
    frame.insert(0, "clock_id", range(len(frame)))
    frame = frame.astype({"start_at": "datetime64[us]", "stop_at": "datetime64[us]"})
    frame = frame.astype({"target_s": "Int64", "paused_s": "Int64"})
    con.register("clock_frame", frame)
    con.execute("create or replace temp table clock_input as select * from clock_frame")
    con.unregister("clock_frame")
    result = sql.df(con, "marts/clock", as_of=as_of).sort_values("clock_id").reset_index(drop=True)
    assert result["clock_id"].tolist() == list(range(len(rows)))
    return result


def one(
    con: duckdb.DuckDBPyConnection,
    calendar: str,
    start: datetime,
    stop: datetime | None = None,
    target: int | None = None,
    paused: int | None = None,
    as_of: datetime = datetime(2030, 1, 1),
) -> tuple[int | None, datetime | None]:
    """(elapsed_s, due_at) of a single clock, None for SQL null."""
    row = run_clocks(
        con, [dict(calendar=calendar, start_at=start, stop_at=stop, target_s=target, paused_s=paused)], as_of
    ).iloc[0]
    elapsed = None if pd.isna(row["elapsed_s"]) else int(row["elapsed_s"])
    return elapsed, None if pd.isna(row["due_at"]) else row["due_at"].to_pydatetime()


# --- parsing -------------------------------------------------------------------------------------------------


def test_parse_hours_reads_the_ways_people_write_hours():
    assert parse_hours("08:00-12:00 13:00-17:00") == ((480, 720), (780, 1020))
    assert parse_hours("13:00-17:00; 8:00 - 12:00") == ((480, 720), (780, 1020))
    assert parse_hours("22:00-24:00,06:00-07:30") == ((360, 450), (1320, 1440))
    assert parse_hours("") == ()


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("17:00-08:00", "17:00-08:00 ends before it starts"),
        ("09:00-09:00", "09:00-09:00 is empty"),
        ("08:00-12:00 11:00-13:00", "08:00-12:00 and 11:00-13:00 overlap"),
        ("8h-17h", "'8h-17h' is not a time range like 08:00-17:00"),
        ("08:00-25:00", "'08:00-25:00' is not a time range between 00:00 and 24:00"),
        ("08:75-12:00", "'08:75-12:00' is not a time range between 00:00 and 24:00"),
    ],
)
def test_parse_hours_says_what_is_wrong(cell, message):
    with pytest.raises(ValueError) as err:
        parse_hours(cell)
    assert str(err.value) == message


def test_parse_calendar_lists_every_problem_at_once():
    row = {
        "calendar": "support",
        "timezone": "Europe/Amsterdm",
        "mon": "17:00-08:00",
        "tue": "9-17",
        "holidays": "XX",
        "closed_dates": "2024-12-24 2024-13-01",
    }
    with pytest.raises(CalendarError) as err:
        parse_calendar(row)
    assert err.value.problems == [
        "unknown time zone 'Europe/Amsterdm'",
        "mon: 17:00-08:00 ends before it starts",
        "tue: '9-17' is not a time range like 08:00-17:00",
        "unknown holidays country 'XX'",
        "closed_dates: '2024-13-01' is not a date like 2024-12-24",
    ]
    assert str(err.value).startswith("calendar support: unknown time zone 'Europe/Amsterdm'; mon: ")
    assert isinstance(err.value, ValueError)


def test_parse_calendar_rejects_unknown_subdivision_and_a_week_without_hours():
    with pytest.raises(CalendarError) as err:
        parse_calendar({"calendar": "de", "timezone": "Europe/Berlin", "mon": "9:00-17:00", "holidays": "DE-XX"})
    assert err.value.problems == ["unknown holidays subdivision 'XX' of 'DE'"]
    with pytest.raises(CalendarError) as err:
        parse_calendar({"calendar": "", "timezone": "UTC"})
    assert err.value.problems == ["calendar name is empty", "no business hours on any day (mon..sun are all empty)"]


def test_parse_calendar_accepts_a_spreadsheet_row():
    row = {
        "calendar": "munich",
        "timezone": "Europe/Berlin",
        "mon": "8:00-16:00",
        "tue": float("nan"),
        "wed": None,
        "thu": "",
        "fri": "08:00-12:00",
        "sat": pd.NA,
        "holidays": "de-by",
        "closed_dates": "2024-12-31;2024-12-24",
    }
    assert parse_calendar(row) == Calendar(
        "munich",
        "Europe/Berlin",
        (((480, 960),), (), (), (), ((480, 720),), (), ()),
        "DE-BY",
        (date(2024, 12, 24), date(2024, 12, 31)),
    )


# --- segments ------------------------------------------------------------------------------------------------


def test_segments_table_has_the_promised_schema_and_always_24x7(con):
    schema = con.execute("describe calendar_segments").fetchall()
    assert [(c[0], c[1]) for c in schema] == [
        ("calendar", "VARCHAR"),
        ("seg_start", "TIMESTAMP"),
        ("seg_end", "TIMESTAMP"),
        ("cum_before_s", "BIGINT"),
    ]
    # Adjacent days merge, so a round-the-clock calendar is one segment over the whole range.
    assert con.execute("select * from calendar_segments where calendar = '24x7'").fetchall() == [
        ("24x7", datetime(2018, 1, 1), datetime(2032, 1, 1), 0)
    ]
    assert TWENTY_FOUR_SEVEN.hours == (((0, 1440),),) * 7


def test_segments_are_utc_cumulative_and_skip_holidays(con):
    rows = con.execute(
        "select seg_start, seg_end, cum_before_s from calendar_segments "
        "where calendar = 'nl_support' and seg_start >= $a and seg_start < $b order by seg_start",
        {"a": datetime(2024, 5, 17), "b": datetime(2024, 5, 22)},
    ).fetchall()
    first = rows[0][2]
    assert [(s, e, c - first) for s, e, c in rows] == [
        (datetime(2024, 5, 17, 6), datetime(2024, 5, 17, 10), 0),  # Friday 08:00-12:00 CEST
        (datetime(2024, 5, 17, 11), datetime(2024, 5, 17, 14), 4 * 3600),  # Friday 13:00-16:00
        # Pentecost Sunday (no night desk) and Monday are holidays, so Tuesday follows
        (datetime(2024, 5, 21, 6), datetime(2024, 5, 21, 10), 7 * 3600),
        (datetime(2024, 5, 21, 11), datetime(2024, 5, 21, 15), 11 * 3600),
    ]


def test_write_segments_replaces_the_table():
    con = duckdb.connect()
    write_segments(con, [OFFICE], date(2024, 6, 3), date(2024, 6, 10))
    write_segments(con, [OFFICE], date(2024, 6, 10), date(2024, 6, 11))
    assert con.execute(
        "select calendar, seg_start, seg_end, cum_before_s from calendar_segments order by calendar"
    ).fetchall() == [
        ("24x7", datetime(2024, 6, 10), datetime(2024, 6, 11), 0),
        ("office", datetime(2024, 6, 10, 7), datetime(2024, 6, 10, 15), 0),
    ]


def test_write_segments_refuses_two_calendars_with_one_name():
    with pytest.raises(ValueError, match="calendar names must be unique"):
        write_segments(duckdb.connect(), [OFFICE, OFFICE], date(2024, 1, 1), date(2024, 2, 1))


# --- elapsed business time, hand-computed ---------------------------------------------------------------------


def test_elapsed_skips_nights_weekends_lunch_holidays_and_closed_dates(con):
    hours = 3600
    assert one(con, "office", utc("2024-06-07 16:30"), utc("2024-06-10 10:30"))[0] == 2 * hours
    assert one(con, "office", utc("2024-05-16 09:00"), utc("2024-05-21 09:00"))[0] == 16 * hours  # Whit Monday
    assert one(con, "office", utc("2024-12-23 16:00"), utc("2024-12-27 10:00"))[0] == 2 * hours  # 24th closed
    assert one(con, "office", utc("2024-06-11 22:00"), utc("2024-06-12 06:00"))[0] == 0
    assert one(con, "nl_support", utc("2024-06-10 11:30"), utc("2024-06-10 13:30"))[0] == 1 * hours  # lunch


def test_running_clock_counts_to_as_of_and_pauses_count_off(con):
    start, as_of = utc("2024-06-10 09:00"), utc("2024-06-10 12:00")
    assert one(con, "office", start, as_of=as_of)[0] == 3 * 3600
    assert one(con, "office", start, paused=1800, as_of=as_of)[0] == 2 * 3600 + 1800
    assert one(con, "office", start, paused=5 * 3600, as_of=as_of)[0] == 0


def test_days_with_a_dst_change_have_their_true_length(con):
    assert one(con, "always_ams", utc("2024-03-31 00:00"), utc("2024-04-01 00:00"))[0] == 23 * 3600
    assert one(con, "always_ams", utc("2024-10-27 00:00"), utc("2024-10-28 00:00"))[0] == 25 * 3600
    assert one(con, "always_ams", utc("2024-10-26 00:00"), utc("2024-10-27 00:00"))[0] == 24 * 3600


def test_hours_inside_the_skipped_and_repeated_hour_follow_zoneinfo_fold_0(con):
    # Sunday 02:30-04:00. Spring: 02:30 does not exist and, as zoneinfo reads it with fold=0, means 03:30 CEST,
    # so half an hour is left. Autumn: 02:30 happens twice; fold=0 takes the first, so 2.5 hours.
    def sunday(day: str) -> int:
        return one(con, "sunday_night", utc(f"{day} 00:00"), utc(f"{day} 12:00"))[0]

    assert (sunday("2024-03-24"), sunday("2024-03-31"), sunday("2024-10-27")) == (5400, 1800, 9000)


def test_moments_outside_the_generated_range_or_calendar_give_null(con):
    assert one(con, "office", datetime(2017, 6, 1), datetime(2024, 1, 3), 3600) == (None, None)
    assert one(con, "office", datetime(2032, 6, 1), datetime(2032, 6, 2), 3600) == (None, None)
    assert one(con, "office", utc("2031-06-04 10:00"), datetime(2033, 1, 1), 3600) == (None, utc("2031-06-04 11:00"))
    running = one(con, "office", datetime(2031, 12, 30, 9), None, 10**6, as_of=datetime(2031, 12, 30, 10))
    assert running == (3600, None)  # a million business seconds later is past the generated range
    assert one(con, "nowhere", datetime(2024, 1, 3), datetime(2024, 1, 4), 3600) == (None, None)


# --- due moments, hand-computed --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("created", "target_h", "due"),
    [
        ("2024-06-07 16:30", 2, "2024-06-10 10:30"),  # Friday afternoon -> Monday morning
        ("2024-06-10 13:00", 4, "2024-06-10 17:00"),  # lands on closing time: stays that day
        ("2024-05-17 16:30", 2, "2024-05-21 10:30"),  # Whit Monday is a holiday -> Tuesday
        ("2024-10-25 16:30", 2, "2024-10-28 10:30"),  # summer time ends over the weekend
        ("2024-03-22 16:30", 2, "2024-03-25 10:30"),  # summer time starts over the weekend
        ("2024-06-08 11:00", 1, "2024-06-10 10:00"),  # created on Saturday
        ("2024-06-07 09:00", 0, "2024-06-07 09:00"),  # no time allowed: due at creation
    ],
)
def test_due_moments_on_office_hours(con, created, target_h, due):
    assert one(con, "office", utc(created), target=target_h * 3600)[1] == utc(due)


def test_pauses_push_the_due_moment(con):
    assert one(con, "office", utc("2024-06-07 16:30"), target=7200, paused=1800)[1] == utc("2024-06-10 11:00")
    assert one(con, "office", utc("2024-06-07 16:30"), target=None, paused=1800)[1] is None


# --- randomised comparison with businesstimedelta --------------------------------------------------------------
# Expected values come from businesstimedelta (pytz-based, no code shared with ours) with its rules written out
# by hand below; only the holiday dates are shared input (the holidays package). Its quirks, and how the
# calendars stay clear of them without loosening the comparison:
# - pytz localize() reads an ambiguous local time (autumn) as the second occurrence, zoneinfo fold=0 as the
#   first: no hours start or end inside a skipped or repeated hour (our own reading is tested by hand above).
#   The Sunday night hours do contain the DST change, so true UTC lengths are compared.
# - A holiday lasts 24 real hours from its local midnight, so on a DST Sunday it ends an hour off the next
#   midnight: no calendar has hours on Sunday 23:00-24:00 or Monday 00:00-01:00.
# - An end at 24:00 can only be written as an overnight shift, whose next() skips a shift already under way:
#   24x7 clocks are checked against plain wall-clock differences instead.
# - It drops microseconds, so every generated moment is a whole second.

YEARS = range(SEGMENTS_FROM.year, SEGMENTS_TO.year + 1)


def _rules(
    tz: str, shifts: list[tuple[time, time, list[int]]], holiday: str, subdiv: str | None, closed: tuple[date, ...]
) -> btd.Rules:
    zone = pytz.timezone(tz)
    days_off = set(holidays.country_holidays(holiday, subdiv=subdiv, years=YEARS)) | set(closed)
    work = [btd.WorkDayRule(start_time=s, end_time=e, working_days=days, tz=zone) for s, e, days in shifts]
    return btd.Rules([*work, btd.HolidayRule(days_off, tz=zone)])


REFERENCE = {
    "nl_support": _rules(
        "Europe/Amsterdam",
        [
            (time(8), time(12), [0, 1, 2, 3, 4]),
            (time(13), time(17), [0, 1, 2, 3]),
            (time(13), time(16), [4]),
            (time(1), time(4), [6]),
        ],
        "NL",
        None,
        (date(2021, 12, 24), date(2024, 12, 24)),
    ),
    "us_desk": _rules(
        "America/New_York",
        [
            (time(9), time(17, 30), [0, 1, 2, 3, 4]),
            (time(10), time(14), [5]),
            (time(0, 30), time(3, 30), [6]),
        ],
        "US",
        "NY",
        (date(2023, 11, 24),),
    ),
}


SHORT = {8 * 3600: 50, 14 * 86400: 40, 60 * 86400: 10}  # up to a working day / two weeks / two months
LONG = {3 * 365 * 86400: 1}  # up to three years


def _random_clocks(n: int, spans: dict[int, int], seed: int = 20240601) -> tuple[list[dict], datetime]:
    rng, as_of = random.Random(seed), datetime(2029, 6, 1)
    rows = []
    for i in range(n):
        start = datetime(2019, 1, 1) + timedelta(seconds=rng.randrange(9 * 365 * 86400))
        if rng.random() < 0.2:  # whole hours hit opening, lunch and closing times exactly
            start = start.replace(minute=0, second=0)
        stop = start + timedelta(seconds=rng.randrange(rng.choices(list(spans), list(spans.values()))[0]))
        if rng.random() < 0.1:  # still running at as_of
            start, stop = as_of - (stop - start), None
        whole = rng.random() < 0.3
        target = rng.choice([None, rng.randrange(1, 60) * 3600 if whole else rng.randrange(1, 60 * 3600)])
        paused = rng.choice([None, 0, rng.randrange(4 * 3600)])
        calendar = ["nl_support", "us_desk", "24x7"][i % 3]
        rows.append(dict(calendar=calendar, start_at=start, stop_at=stop, target_s=target, paused_s=paused))
    return rows, as_of


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=pytz.utc)


def _expected(row: dict, as_of: datetime) -> tuple[int, datetime | None]:
    start, stop, paused = row["start_at"], row["stop_at"] or as_of, row["paused_s"] or 0
    if row["calendar"] == "24x7":
        busy = int((stop - start).total_seconds())
        due = None if row["target_s"] is None else start + timedelta(seconds=row["target_s"] + paused)
        return max(busy - paused, 0), due
    rule = REFERENCE[row["calendar"]]
    busy = int(rule.difference(_aware(start), _aware(stop)).timedelta.total_seconds())
    due = None
    if row["target_s"] is not None:
        due = (_aware(start) + btd.BusinessTimeDelta(rule, seconds=row["target_s"] + paused)).astimezone(UTC)
        due = due.replace(tzinfo=None)
    return max(busy - paused, 0), due


def _mismatches(con: duckdb.DuckDBPyConnection, rows: list[dict], as_of: datetime) -> list[tuple]:
    result, bad = run_clocks(con, rows, as_of), []
    for row, elapsed, due in zip(rows, result["elapsed_s"], result["due_at"], strict=True):
        got = (int(elapsed), None if pd.isna(due) else due.to_pydatetime())
        if got != (want := _expected(row, as_of)):
            bad.append((row, got, want))
    return bad


def test_clocks_agree_with_businesstimedelta_to_the_second(con):
    rows, as_of = _random_clocks(3000, SHORT)
    assert sum(r["calendar"] != "24x7" for r in rows) >= 2000
    assert sum(r["target_s"] is not None for r in rows) > 1500  # the due comparison is not vacuous
    assert _mismatches(con, rows, as_of) == []


@pytest.mark.slow
def test_clocks_spanning_years_agree_with_businesstimedelta(con):
    rows, as_of = _random_clocks(150, LONG, seed=7)
    assert _mismatches(con, rows, as_of) == []


def test_business_time_from_start_to_due_is_the_target(con):
    rows, as_of = _random_clocks(3000, SHORT)
    timed = [dict(r, stop_at=None, paused_s=None) for r in rows if r["target_s"] is not None]
    dues = run_clocks(con, timed, as_of)["due_at"]
    measured = run_clocks(
        con, [dict(r, stop_at=d.to_pydatetime(), target_s=None) for r, d in zip(timed, dues, strict=True)], as_of
    )["elapsed_s"]
    assert measured.tolist() == [r["target_s"] for r in timed]
    for row, due in list(zip(timed, dues, strict=True))[:300]:  # and so says businesstimedelta
        if row["calendar"] in REFERENCE:
            rule = REFERENCE[row["calendar"]]
            gap = rule.difference(_aware(row["start_at"]), _aware(due.to_pydatetime())).timedelta
            assert gap.total_seconds() == row["target_s"]

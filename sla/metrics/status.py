"""The status strip: per monitored service and local day, uptime around the clock (the 24x7 calendar, whatever
the contracts promise), as status pages show it. Maintenance and time without monitoring data do not count as
downtime or uptime; a day is told as up, minor (under 15 minutes down) or major downtime, maintenance only, or no
data.

A client's strip covers only the services of the client's contract (the customers sheet) and is measured
without any other customer's figures: a client with no monitored service gets no rows, never everyone's.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

from sla import i18n, store
from sla.metrics import kpis, overview
from sla.store import settings, sql
from sla.store.scope import LOCAL, Scope

DAYS = 90
MINOR_MINUTES = 15  # less downtime than this in a day (1 % of a day is 14.4 min) is a minor one
STATES = ("up", "minor", "major", "maintenance", "no_data")
COLUMNS = ("day", "service", "availability_pct", "eligible_minutes", "downtime_minutes", "maintenance_minutes",
           "coverage_pct", "incidents", "state")


def window(last_day: date, days: int = DAYS) -> tuple[date, date]:
    """The first and the last local day of a strip of `days` days ending on last_day."""
    return last_day - timedelta(days=days - 1), last_day


def strip_end(month: str, today: date) -> date:
    """The last day a strip for a month shows: the month's last day, or today in the month in progress."""
    first = date.fromisoformat(month + "-01")
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return min(last, today)


def days(db: Path | str | None, last_day: date, count: int = DAYS, customer: str | None = None,
         services: tuple[str, ...] = (), as_of: datetime | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """One row per service and local day up to last_day (report time zone) that has begun, oldest first, days
    before a service was monitored included (as no data); see the module doc. A scope that does not see every
    customer gets the services its customers take."""
    as_of = as_of or settings.now()
    first, _ = window(last_day, count)
    if customer is not None:
        scope.check([customer])
    with store.connect(db, read_only=True) as con:
        if customer is None:
            services = overview.services_in_scope(con, scope, services)
        tz = settings.get(con, "report_timezone")
        periods = [p for p in _day_periods(first, last_day, tz) if p[1] < as_of]
        if not periods:
            return pd.DataFrame(columns=list(COLUMNS))
        if customer is not None:
            kpis.measure_availability(con, periods, as_of, customer)  # the services of the client's contract
            taken = {s for (s,) in con.execute("select distinct service from availability_targets").fetchall()}
            services = tuple(sorted(taken & set(services) if services else taken))
            if not services:
                return pd.DataFrame(columns=list(COLUMNS))
        kpis.measure_availability(con, periods, as_of, targets="status_targets", services=services)
        measured = sql.df(con, "metrics/status_days")
        down = sql.df(con, "metrics/availability_incidents", period_start=periods[0][1], period_end=periods[-1][2],
                      as_of=as_of, services=list(services))
    grid = pd.MultiIndex.from_product([sorted(measured["service"].unique()),
                                       pd.to_datetime([p[0] for p in periods]).astype("datetime64[us]")],
                                      names=["service", "day"]).to_frame(index=False)
    measured = grid.merge(measured.astype({"day": "datetime64[us]"}), on=["service", "day"], how="left")
    down = down[down["started_at"] < as_of]  # rows timed after now (a clock ahead) are not incidents yet
    return _states(measured.merge(_incidents_per_day(down, tz), on=["day", "service"], how="left"))


def _day_periods(first: date, last: date, tz: str) -> list[tuple[date, datetime, datetime]]:
    zone, utc = ZoneInfo(tz), ZoneInfo("UTC")

    def at(d: date) -> datetime:
        return datetime(d.year, d.month, d.day, tzinfo=zone).astimezone(utc).replace(tzinfo=None)

    return [(first + timedelta(days=i), at(first + timedelta(days=i)), at(first + timedelta(days=i + 1)))
            for i in range((last - first).days + 1)]


def _incidents_per_day(down: pd.DataFrame, tz: str) -> pd.DataFrame:
    """How many down periods touch each local day of each service."""
    if down.empty:
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[us]"), "service": [], "incidents": []})
    local = kpis.local_times(down, ("started_at", "ended_at"), tz)
    spans = [pd.date_range(a.tz_localize(None).normalize(), b.tz_localize(None) - pd.Timedelta(microseconds=1),
                           freq="D") for a, b in zip(local["started_at"], local["ended_at"], strict=True)]
    touched = local.assign(day=spans).explode("day").dropna(subset=["day"])
    return (touched.groupby(["day", "service"], as_index=False).size().rename(columns={"size": "incidents"})
            .astype({"day": "datetime64[us]"}))


def _states(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.assign(incidents=frame["incidents"].fillna(0).astype(int))
    no_data = frame["availability_pct"].isna()
    state = pd.Series("major", index=frame.index)
    state[frame["downtime_minutes"] < MINOR_MINUTES] = "minor"
    state[frame["downtime_minutes"] == 0] = "up"
    state[(frame["downtime_minutes"] == 0) & (frame["maintenance_minutes"] > 0)] = "maintenance"
    state[no_data] = "no_data"
    return frame.assign(state=state)[list(COLUMNS)].sort_values(["service", "day"], ignore_index=True)


def describe(day: object, lang: str) -> str:
    """A day of a strip in words: 'Oct 11: 99.95 % up, 12 min down in 1 incident, maintenance 2 h 00 min, data for
    100.00 % of it' (a row of `days`)."""
    head = f"{i18n.day(day.day, lang)}: {i18n.t(f'availability.state.{day.state}', lang)}"
    if day.state == "no_data":
        return head
    return head + " – " + i18n.t("availability.day.hover", lang, pct=i18n.percent(day.availability_pct, lang),
                                 down=i18n.duration(day.downtime_minutes, lang), n=day.incidents,
                                 maintenance=i18n.duration(day.maintenance_minutes, lang),
                                 coverage=i18n.percent(day.coverage_pct, lang))

"""Synthetic, deterministic demo data: the export files our users upload, plus the contract configuration.

Everything is written as naive Europe/Amsterdam wall-clock time, as real exports are. The generator knows the
demo policies it writes and decides per ticket whether a target is met before it draws the durations, so
the SLA engine (which computes the truth from the files) finds mostly met targets with some bad months.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import holidays
import numpy as np
import pandas as pd
from dateutil.easter import easter

DEMO_TIMEZONE = "Europe/Amsterdam"
STAMP = "%Y-%m-%d %H:%M:%S"
TICKETS_PER_DAY = 120.0
NPS_PER_MONTH = 300.0
CHECK_SECONDS = 300
MONITORING_GAP_MINUTES = 120
MARGIN_DAYS = 62  # the business clock runs past the export so late answers land after it, not off the grid
DEMO_PRESETS = {
    "tickets": "zendesk", "checks": "generic_checks", "outages": "uptimerobot",
    "feedback": "generic_feedback", "maintenance": "generic_maintenance", "config": "csv-folder",
}


@dataclass(frozen=True)
class DemoFile:
    """One generated export file (or the config folder) and how it is imported."""

    kind: str
    path: Path
    preset: str
    timezone: str


@dataclass(frozen=True)
class _Customer:
    name: str
    weight: float  # relative ticket volume
    fee: int  # monthly fee in EUR
    services: tuple[str, ...]


@dataclass(frozen=True)
class _Calendar:
    name: str
    hours: tuple[str, ...]  # mon..sun: "08:00-18:00", or "" when closed all day
    holidays: str  # country whose public holidays are closed, "" for none
    bridge_days: bool  # closed on the Friday after Ascension Day (brugdag)


@dataclass(frozen=True)
class _Policy:
    customer: str
    service: str
    priority: str
    metric: str
    target_minutes: int | None
    target_pct: float
    calendar: str
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None  # inclusive, as config.py reads it


@dataclass(frozen=True)
class _Period:
    start: dt.date  # first day of the first whole month
    stop: dt.date  # the day after `end`: data covers [start, stop)
    months: int  # whole months before the current one

    def month(self, k: int) -> dt.date:
        """First day of month k of the period (0 = the first whole month)."""
        y, m = divmod(self.start.month - 1 + k, 12)
        return dt.date(self.start.year + y, m + 1, 1)

    def whole(self, k: int) -> dt.date:
        """First day of whole month k, clamped into the period (so short demos still get every event)."""
        return self.month(max(0, min(k, self.months - 1)))

    @property
    def days(self) -> int:
        return (self.stop - self.start).days


@dataclass(frozen=True)
class _Outage:
    service: str
    start: dt.datetime  # local wall-clock time
    minutes: int
    reason: str = ""


@dataclass(frozen=True)
class _Plan:
    risk: np.ndarray  # (customer, month): multiplier of the breach probability
    load: np.ndarray  # (customer, month): multiplier of the ticket volume


SERVICES = ("Webshop", "Klantportaal", "API", "Betalingen")
MONITORED = {"Webshop": 180.0, "Klantportaal": 240.0, "API": 120.0}  # median response time in ms
UPTIMEROBOT_SERVICE = "Betalingen"
BIG, ROUGH, SHAKY, VERSIONED = (
    "Van der Berg Logistiek", "Nordwind Energie", "Acme Retail Ltd", "Gemeente Zuidhaven",
)
CUSTOMERS = (
    _Customer(BIG, 0.20, 25000, SERVICES),
    _Customer(SHAKY, 0.16, 18500, ("Webshop", "Betalingen", "API")),
    _Customer(VERSIONED, 0.13, 14000, ("Klantportaal", "Betalingen")),
    _Customer(ROUGH, 0.11, 11000, ("Klantportaal", "API")),
    _Customer("Helios Health GmbH", 0.09, 9500, ("Klantportaal", "API")),
    _Customer("Tulpenveld Bloemen B.V.", 0.07, 6000, ("Webshop", "Betalingen")),
    _Customer("Fjordline Maritime AS", 0.06, 5200, ("API", "Klantportaal")),
    _Customer("Fietsfabriek Jansen & Zn.", 0.05, 3800, ("Webshop", "Klantportaal", "Betalingen")),
    _Customer("Lumière Cosmétiques SARL", 0.045, 4200, ("Webshop", "Betalingen")),
    _Customer("Stichting Welzijn Oosterveld", 0.04, 2500, ("Klantportaal",)),
    _Customer("Pixelwerk Studio", 0.025, 1200, ("Webshop", "API")),
    _Customer("Bakkerij De Gouden Korst", 0.015, 500, ("Webshop", "Betalingen")),
)
CALENDARS = (
    _Calendar("24x7", ("00:00-24:00",) * 7, "", False),
    _Calendar("kantooruren", ("08:00-18:00",) * 5 + ("", ""), "NL", True),
    _Calendar("extended", ("07:00-22:00",) * 6 + ("",), "", False),
)
CREDITS = (
    ("*", 99.9, 10), ("*", 99, 25), ("*", 95, 100),
    (BIG, 99.95, 5), (BIG, 99.9, 15), (BIG, 99.5, 30), (BIG, 98, 100),
)

PRIORITIES = ("urgent", "high", "normal", "low")
TYPES = ("question", "incident", "problem", "task")
VIAS = ("email", "web", "chat", "api")
GROUPS = ("Support NL", "2nd line", "DevOps")
AGENTS = (
    ("Sanne Visser", "Daan Bakker", "Lotte Smit", "Mohammed El Amrani", "Eva Mulder"),
    ("Jeroen de Boer", "Fatima Yilmaz", "Tom Jansen"),
    ("Ruben Meijer", "Priya Raman"),
)
TYPE_P = np.array([[0.45, 0.35, 0.08, 0.12]])
PRIORITY_P = np.array([  # rows: ticket type
    [0.02, 0.13, 0.60, 0.25], [0.15, 0.35, 0.45, 0.05], [0.10, 0.35, 0.50, 0.05], [0.01, 0.10, 0.60, 0.29],
])
VIA_P = np.array([[0.40, 0.30, 0.20, 0.10]])
GROUP_P = np.array([[0.30, 0.35, 0.35], [0.50, 0.35, 0.15], [0.70, 0.25, 0.05], [0.80, 0.18, 0.02]])
DOW_LOAD = np.array([1.25, 1.25, 1.25, 1.25, 1.25, 0.375, 0.375])
HOUR_P = np.array([
    [0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.4, 0.9, 2.2, 2.8, 2.9, 2.6,
     2.0, 2.5, 2.6, 2.4, 2.1, 1.6, 0.9, 0.6, 0.5, 0.4, 0.3, 0.2],
    [0.3, 0.2, 0.15, 0.15, 0.15, 0.2, 0.3, 0.5, 0.8, 1.0, 1.1, 1.1,
     1.0, 1.0, 1.0, 1.0, 0.9, 0.8, 0.7, 0.7, 0.6, 0.5, 0.4, 0.35],
])
BASE_BREACH = {"first_response": 0.025, "resolution": 0.045}
BAD_MONTH_RISK = 2.2
ROUGH_RISKS = {ROUGH: 7.0, SHAKY: 3.5}

FIRST_NAMES = (
    "Anouk", "Sven", "Fleur", "Daan", "Sanne", "Jeroen", "Emma", "Lars", "Mila", "Thijs", "Noor", "Bram",
    "Julia", "Ahmed", "Sophie", "Luca", "Ingrid", "Marco", "Hannah", "Pieter", "Yara", "Kofi", "Chloé",
    "Søren", "Jürgen", "Aisha", "Wouter", "Femke", "Olivier", "Ilse",
)
LAST_NAMES = (
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
    "Peters", "Hendriks", "Dekker", "van Dijk", "Öztürk", "Müller", "Schmidt", "Johansson", "Dubois",
    "Rossi", "O'Brien", "Nguyen", "Kowalski", "García", "van der Linden", "Kramer", "Postma",
)
SUBJECTS = {
    "Webshop": (
        "Bestelling komt niet door bij het afrekenen", "Checkout page keeps loading",
        "Product images not showing", "Kortingscode werkt niet", "Order confirmation email not received",
        "Stock levels wrong in the shop", "Search returns no results for existing products",
        "Verzendkosten verkeerd berekend",
    ),
    "Klantportaal": (
        "Kan niet inloggen op het klantportaal", "Password reset link expired",
        "Invoice cannot be downloaded as PDF", "Add a new user to our account",
        "Two-factor authentication code not arriving", "Dashboard loads very slowly",
        "Wrong company details on profile page", "Export of report fails with an error",
    ),
    "API": (
        "API returns 500 on /orders endpoint", "Rate limit reached unexpectedly", "Webhook wordt niet afgeleverd",
        "Timeouts on bulk import endpoint", "Authentication token expires too early",
        "Question about API versioning", "Sandbox environment unreachable",
        "Documentation of /customers endpoint unclear",
    ),
    "Betalingen": (
        "iDEAL-betaling mislukt", "Customer charged twice", "Refund not processed",
        "Payment status stuck on 'pending'", "Credit card payments declined", "Terugbetaling duurt te lang",
        "Payout report does not match bank statement", "Activate a new payment method",
    ),
}
INJECTION_SUBJECTS = ('=HYPERLINK("http://evil.example","klik")', "+1+1 dubbele afschrijving bij betaling")
COMMENTS = (
    (  # detractors, 0-6
        "Het duurt veel te lang voordat we antwoord krijgen.", "Support was slow and the issue came back.",
        "De webshop lag er weer uit tijdens onze actie.", "Too many outages this month.",
        "We moeten steeds opnieuw uitleggen wat het probleem is.", "Not happy with how the incident was handled.",
    ),
    (  # passives, 7-8
        "Prima service, maar de reactietijd mag beter.", "Works fine most of the time.",
        "Goed geholpen, wel lang moeten wachten.", "Decent support, documentation could be clearer.",
    ),
    (  # promoters, 9-10
        "Snel en vriendelijk geholpen, top!", "Great support team, always responsive.",
        "Heel tevreden over de samenwerking.", "Excellent uptime and quick answers.",
        "Fijne partner, denkt echt mee.", "Very reliable service.",
    ),
)
INJECTION_COMMENTS = ("@SUM(A1) haha, testje van onze IT-afdeling", "-2 punten omdat de factuur te laat kwam")


def generate(folder: Path, months: int = 13, seed: int = 7, end: dt.date | None = None) -> list[DemoFile]:
    """Write the demo export files and config CSVs into `folder`; data files first, the config folder last.

    The data run up to and including `end` (default: yesterday, so no row lies after the moment it is imported).
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    folder = Path(folder)
    (folder / "config").mkdir(parents=True, exist_ok=True)
    period = _period(end or dt.date.today() - dt.timedelta(days=1), months)  # up to yesterday: nothing after now
    rng = np.random.default_rng(seed)
    clock = _Clock.build(period)
    plan = _plan(rng, period)
    outages = _check_outages(period)
    files = [
        _write(folder / "tickets_zendesk.csv", "tickets", _tickets(rng, period, clock, plan)),
        _write(folder / "checks.csv", "checks", _checks(rng, period, clock, outages)),
        _write(folder / "uptimerobot_log.csv", "outages", _uptimerobot(period, clock)),
        _write(folder / "feedback_nps.csv", "feedback", _feedback(rng, period, plan)),
        _write(folder / "maintenance.csv", "maintenance", _maintenance(period)),
    ]
    _write_config(folder / "config", period)
    return [*files, DemoFile("config", folder / "config", DEMO_PRESETS["config"], DEMO_TIMEZONE)]


def _write(path: Path, kind: str, frame: pd.DataFrame) -> DemoFile:
    """Write one export with fixed formatting (same data, same bytes)."""
    frame.to_csv(path, index=False, date_format=STAMP, lineterminator="\n", encoding="utf-8")
    return DemoFile(kind, path, DEMO_PRESETS[kind], DEMO_TIMEZONE)


def _period(end: dt.date, months: int) -> _Period:
    """The `months` whole months before the month of `end`, plus that month up to and including `end`."""
    year, month = divmod(end.year * 12 + end.month - 1 - months, 12)
    return _Period(dt.date(year, month + 1, 1), end + dt.timedelta(days=1), months)


def _month_index(period: _Period, days: np.ndarray) -> np.ndarray:
    """Month of the period (0 = first whole month) of datetime64[D] values."""
    months = days.astype("datetime64[M]").astype(np.int64)
    return months - np.datetime64(period.start, "M").astype(np.int64)


def _weekday(days: np.ndarray) -> np.ndarray:
    """Monday = 0 of datetime64[D] values (1970-01-01 was a Thursday)."""
    return (days.astype("datetime64[D]").astype(np.int64) + 3) % 7


def _pick(rng: np.random.Generator, table: np.ndarray, row: np.ndarray) -> np.ndarray:
    """Draw one category per element from the probability row `table[row]`."""
    cum = np.cumsum(table / table.sum(axis=1, keepdims=True), axis=1)
    cum[:, -1] = 1.0
    u = rng.random(len(row))
    return (u[:, None] >= cum[row]).sum(axis=1)


def _choose(rng: np.random.Generator, pools: Sequence[Sequence[str]], which: np.ndarray) -> np.ndarray:
    """One string per element, drawn uniformly from the pool `pools[which]`."""
    flat = np.array([s for pool in pools for s in pool], dtype=object)
    sizes = np.array([len(pool) for pool in pools])
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    return flat[offsets[which] + (rng.random(len(which)) * sizes[which]).astype(np.int64)]


def _calendar(name: str) -> _Calendar:
    """A demo calendar by name."""
    return next(c for c in CALENDARS if c.name == name)


def _bridge_day(year: int) -> dt.date:
    """The Friday after Ascension Day (brugdag), when many Dutch offices close."""
    return easter(year) + dt.timedelta(days=40)


def _closed_days(cal: _Calendar, years: range) -> list[dt.date]:
    """Whole days a calendar is closed: public holidays and bridge days."""
    days = list(holidays.country_holidays(cal.holidays, years=years)) if cal.holidays else []
    return sorted(days + ([_bridge_day(y) for y in years] if cal.bridge_days else []))


def _bridge_days(period: _Period) -> list[dt.date]:
    """Bridge days inside the period."""
    days = (_bridge_day(y) for y in range(period.start.year, period.stop.year + 1))
    return [d for d in days if period.start <= d < period.stop]


def _span(hours: str) -> tuple[int, int]:
    """Minutes after midnight of an 'HH:MM-HH:MM' opening span."""
    a, b = (int(t[:2]) * 60 + int(t[3:]) for t in hours.split("-"))
    return a, b


@dataclass(frozen=True)
class _Clock:
    """UTC instants as seconds after the period start, and the business minutes of each demo calendar."""

    t0: pd.Timestamp
    stop_s: float
    cum: np.ndarray  # (calendar, minute + 1): business minutes before each minute of the grid

    @classmethod
    def build(cls, period: _Period) -> _Clock:
        """Precompute the per-minute business clock of every calendar over the period (plus a margin)."""
        t0 = pd.Timestamp(period.start).tz_localize(DEMO_TIMEZONE).tz_convert("UTC")
        stop = pd.Timestamp(period.stop).tz_localize(DEMO_TIMEZONE).tz_convert("UTC")
        stop_s = (stop - t0).total_seconds()
        local = pd.date_range(t0, periods=int(stop_s // 60) + MARGIN_DAYS * 1440, freq="min")
        local = local.tz_convert(DEMO_TIMEZONE).tz_localize(None)
        days = local.values.astype("datetime64[D]")
        minute = (local.hour * 60 + local.minute).to_numpy()
        weekday, years = _weekday(days), range(period.start.year, period.stop.year + 2)
        opened = np.stack([_open_minutes(c, weekday, minute, days, years) for c in CALENDARS])
        cum = np.concatenate([np.zeros((len(CALENDARS), 1), np.int64), np.cumsum(opened, axis=1)], axis=1)
        return cls(t0, stop_s, cum)

    def seconds(self, local: pd.DatetimeIndex) -> np.ndarray:
        """Seconds after t0 of naive local times (non-existent times move forward, ambiguous ones are winter)."""
        utc = local.tz_localize(DEMO_TIMEZONE, ambiguous=np.zeros(len(local), bool), nonexistent="shift_forward")
        return (utc - self.t0).total_seconds().to_numpy()

    def local(self, seconds: np.ndarray) -> pd.DatetimeIndex:
        """Naive local times of instants given as seconds after t0 (NaN gives NaT)."""
        utc = pd.DatetimeIndex(self.t0 + pd.to_timedelta(seconds, unit="s"))
        return utc.tz_convert(DEMO_TIMEZONE).tz_localize(None)

    def after(self, cal: np.ndarray, start_s: np.ndarray, minutes: np.ndarray) -> np.ndarray:
        """The instant (seconds, on a minute) at which `minutes` business minutes have passed since start_s."""
        first = (start_s // 60).astype(np.int64)
        goal = self.cum[cal, first] + np.ceil(minutes).astype(np.int64)
        out = np.empty_like(first)
        for k in range(len(self.cum)):
            here = cal == k
            out[here] = np.searchsorted(self.cum[k], goal[here], side="left")
        return out * 60.0


def _open_minutes(
    cal: _Calendar, weekday: np.ndarray, minute: np.ndarray, days: np.ndarray, years: range
) -> np.ndarray:
    """Whether each minute of the grid is open in the calendar."""
    opened = np.zeros(len(minute), bool)
    for wd, hours in enumerate(cal.hours):
        if hours:
            a, b = _span(hours)
            opened |= (weekday == wd) & (minute >= a) & (minute < b)
    closed = np.array(_closed_days(cal, years), dtype="datetime64[D]")
    return opened & ~np.isin(days, closed)


def _plan(rng: np.random.Generator, period: _Period) -> _Plan:
    """Per customer and month: breach risk and ticket load, with one bad month each and two rough ones."""
    n, months = len(CUSTOMERS), period.months + 1
    risk = np.exp(rng.normal(0.0, 0.2, (n, months)))
    bad = rng.integers(0, period.months, n)
    factor = np.full(n, BAD_MONTH_RISK)
    for i, c in enumerate(CUSTOMERS):
        if c.name == ROUGH:
            bad[i] = period.months - 1
        if c.name == SHAKY:
            bad[i] = period.months // 2
        factor[i] = ROUGH_RISKS.get(c.name, BAD_MONTH_RISK)
        if c.name == BIG:
            risk[i] *= 0.6
    risk[np.arange(n), bad] *= factor
    return _Plan(risk, 1.0 + 0.08 * (risk - 1.0).clip(0.0, None))


def _policies(period: _Period) -> list[_Policy]:
    """The demo contract: defaults per priority, stricter customer rows and one versioned change."""
    change = period.whole(period.months // 2)  # the old row ends the day before
    rows = []
    for prio, first, resolve, cal in (
        ("urgent", 30, 240, "24x7"), ("high", 60, 480, "extended"),
        ("normal", 240, 1440, "kantooruren"), ("low", 480, 2880, "kantooruren"),
    ):
        rows += [_Policy("*", "*", prio, "first_response", first, 95, cal),
                 _Policy("*", "*", prio, "resolution", resolve, 90, cal)]
    return rows + [
        _Policy("*", "*", "*", "availability", None, 99.9, "24x7"),
        _Policy(BIG, "*", "urgent", "first_response", 15, 97, "24x7"),
        _Policy("Helios Health GmbH", "API", "*", "availability", None, 99.95, "24x7"),
        _Policy(VERSIONED, "*", "normal", "resolution", 1440, 90, "kantooruren", None, change - dt.timedelta(days=1)),
        _Policy(VERSIONED, "*", "normal", "resolution", 960, 90, "kantooruren", change, None),
    ]


def _targets(
    period: _Period, metric: str, cust: np.ndarray, svc: np.ndarray, prio: np.ndarray, day: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Target minutes and calendar index per ticket under the demo policies (most specific row wins)."""
    target, cal = np.zeros(len(cust)), np.zeros(len(cust), np.int64)
    names = [c.name for c in CALENDARS]
    rows = [p for p in _policies(period) if p.metric == metric]
    for p in sorted(rows, key=lambda p: (p.customer != "*", p.service != "*", p.priority != "*")):
        hit = np.ones(len(cust), bool)
        if p.customer != "*":
            hit &= cust == [c.name for c in CUSTOMERS].index(p.customer)
        if p.service != "*":
            hit &= svc == SERVICES.index(p.service)
        if p.priority != "*":
            hit &= prio == PRIORITIES.index(p.priority)
        if p.effective_from:
            hit &= day >= np.datetime64(p.effective_from)
        if p.effective_to:
            hit &= day <= np.datetime64(p.effective_to)
        target[hit], cal[hit] = p.target_minutes, names.index(p.calendar)
    return target, cal


def _arrivals(
    rng: np.random.Generator, period: _Period, clock: _Clock, plan: _Plan
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Customer, local day and creation instant of every ticket, in time order (office-hours pattern)."""
    days = np.datetime64(period.start, "D") + np.arange(period.days)
    closed = _closed_days(_calendar("kantooruren"), range(period.start.year, period.stop.year + 1))
    holiday = np.isin(days, np.array(closed, dtype="datetime64[D]"))
    trend = np.linspace(0.92, 1.08, len(days))
    weights = np.array([c.weight for c in CUSTOMERS]) / sum(c.weight for c in CUSTOMERS)
    daily = TICKETS_PER_DAY * DOW_LOAD[_weekday(days)] * np.where(holiday, 0.4, 1.0) * trend
    counts = rng.poisson(weights[:, None] * daily[None, :] * plan.load[:, _month_index(period, days)])
    cust = np.repeat(np.repeat(np.arange(len(CUSTOMERS)), len(days)), counts.ravel())
    day = np.repeat(np.tile(np.arange(len(days)), len(CUSTOMERS)), counts.ravel())
    quiet = (_weekday(days[day]) >= 5) | holiday[day]
    hour = _pick(rng, HOUR_P, quiet.astype(np.int64))
    offset = day * 86400 + hour * 3600 + rng.integers(0, 3600, len(day))
    created = clock.seconds(pd.DatetimeIndex(np.datetime64(period.start, "s") + offset))
    order = np.argsort(created, kind="stable")
    return cust[order], days[day[order]], created[order]


def _services(rng: np.random.Generator, cust: np.ndarray) -> np.ndarray:
    """A service per ticket among the services its customer uses."""
    svc = np.zeros(len(cust), np.int64)
    for i, c in enumerate(CUSTOMERS):
        mine = cust == i
        svc[mine] = rng.choice([SERVICES.index(s) for s in c.services], size=int(mine.sum()))
    return svc


def _requesters(rng: np.random.Generator, cust: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Requester name and id: each customer has a fixed pool of people, bigger customers more."""
    pool = np.array([8 + int(c.weight * 400) for c in CUSTOMERS])
    person = (rng.random(len(cust)) * pool[cust]).astype(np.int64)
    first = np.array(FIRST_NAMES, dtype=object)[(person * 7 + cust * 3) % len(FIRST_NAMES)]
    last = np.array(LAST_NAMES, dtype=object)[(person * 11 + cust * 5) % len(LAST_NAMES)]
    return first + " " + last, 3_620_000_000 + cust * 1000 + person


def _durations(
    rng: np.random.Generator, period: _Period, clock: _Clock, plan: _Plan, t: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    """First reply and solve instants: decide met/breached per ticket, then draw durations below/above target."""
    n = len(t["cust"])
    risk = plan.risk[t["cust"], _month_index(period, t["day"])]
    keys = (t["cust"], t["svc"], t["prio"], t["day"])
    fr_target, fr_cal = _targets(period, "first_response", *keys)
    res_target, res_cal = _targets(period, "resolution", *keys)
    fr_miss = rng.random(n) < BASE_BREACH["first_response"] * risk
    res_p = BASE_BREACH["resolution"] * risk * np.where(fr_miss, 2.5, 1.0)
    res_miss = rng.random(n) < np.minimum(res_p, 0.9)
    fr_min = np.where(fr_miss, 1.05 + rng.exponential(0.5, n), rng.beta(2.0, 5.0, n) * 0.95) * fr_target
    res_min = np.where(res_miss, 1.05 + rng.exponential(0.6, n), rng.beta(2.2, 2.5, n) * 0.95) * res_target
    res_min = np.maximum(res_min, fr_min + 5.0)
    hold = np.where(rng.random(n) < 0.07, np.round(rng.lognormal(np.log(240), 0.8, n)), 0.0)
    created = t["created"]
    replied_at = clock.after(fr_cal, created, np.maximum(fr_min, 1.0)) + rng.integers(0, 60, n)
    solved_at = clock.after(res_cal, created, res_min) + hold * 60 + rng.integers(0, 60, n)
    # The backlog: tickets solve after the export when their (planned) durations end there, and of the planned
    # late resolutions some are still open at the export (open past due), fewer the older they are, as in a
    # real helpdesk. No ticket is left open beyond its plan, so the last month breaches as often as its plan
    # says, not as a pile of never-solved tickets.
    age_days = (clock.stop_s - created) / 86400
    stuck = res_miss & (age_days < 30) & (rng.random(n) < 0.6 * np.exp(-age_days / 8))
    replied = replied_at < clock.stop_s
    solved = (solved_at < clock.stop_s) & ~stuck & replied
    return {
        "replied_at": np.where(replied, replied_at, np.nan), "solved_at": np.where(solved, solved_at, np.nan),
        "hold": np.where(solved, hold, 0.0), "met": ~fr_miss & ~res_miss,
    }


def _statuses(rng: np.random.Generator, clock: _Clock, t: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Zendesk status, assignment, last update, reopens, replies and satisfaction of each ticket."""
    n, created, replied_at, solved_at = len(t["cust"]), t["created"], t["replied_at"], t["solved_at"]
    replied, solved = ~np.isnan(replied_at), ~np.isnan(solved_at)
    closes_at = solved_at + 4 * 86400 + rng.exponential(12 * 3600, n).round()
    closed = closes_at < clock.stop_s
    waiting = np.array(["open", "pending", "hold"])[_pick(rng, np.array([[0.45, 0.40, 0.15]]), np.zeros(n, int))]
    unseen = np.where(rng.random(n) < 0.6, "new", "open")
    status = np.select([closed, solved, replied], ["closed", "solved", waiting], unseen)
    assigned_at = np.where(
        replied, replied_at - np.round(np.minimum(replied_at - created, 1800) * rng.uniform(0.1, 0.9, n)),
        np.where(status == "open", np.minimum(created + rng.integers(60, 3600, n), clock.stop_s - 1), np.nan),
    )
    last = np.fmax(replied_at, created)
    updated_at = np.select(
        [closed, solved], [closes_at, solved_at + rng.integers(0, 3600, n)],
        np.round(last + (clock.stop_s - 1 - last) * rng.random(n)),
    )
    reopens = np.where(solved, _pick(rng, np.array([[0.94, 0.045, 0.015]]), np.zeros(n, int)), 0)
    replies = np.where(replied, 1 + rng.poisson(1.2, n) + 2 * reopens, 0)
    return {
        "status": status, "assigned_at": assigned_at, "updated_at": updated_at, "reopens": reopens,
        "replies": replies, "satisfaction": _satisfaction(rng, solved, t["met"]),
    }


def _satisfaction(rng: np.random.Generator, solved: np.ndarray, met: np.ndarray) -> np.ndarray:
    """Zendesk satisfaction: surveys on solved tickets; answers worse when a target was breached."""
    n = len(solved)
    offered = solved & (rng.random(n) < 0.45)
    answered = offered & (rng.random(n) < 0.4)
    good = rng.random(n) < np.where(met, 0.9, 0.45)
    return np.select([answered & good, answered, offered], ["Good", "Bad", "Offered"], "Unoffered")


def _minutes(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whole minutes from a to b (NaN where b is missing)."""
    return np.round((b - a) / 60.0)


def _ints(values: np.ndarray) -> pd.arrays.IntegerArray:
    """Nullable integers: written without decimals, NaN as an empty cell."""
    return pd.array(values, dtype="Int64")


def _tickets(rng: np.random.Generator, period: _Period, clock: _Clock, plan: _Plan) -> pd.DataFrame:
    """The Zendesk Support CSV export of all demo tickets."""
    cust, day, created = _arrivals(rng, period, clock, plan)
    n = len(cust)
    kind = _pick(rng, TYPE_P, np.zeros(n, int))
    t = {"cust": cust, "day": day, "created": created, "svc": _services(rng, cust),
         "prio": _pick(rng, PRIORITY_P, kind)}
    t |= _durations(rng, period, clock, plan, t)
    t |= _statuses(rng, clock, t)
    group = _pick(rng, GROUP_P, t["prio"])
    via = _pick(rng, VIA_P, np.zeros(n, int))
    requester, requester_id = _requesters(rng, cust)
    subject = _choose(rng, [SUBJECTS[s] for s in SERVICES], t["svc"])
    first, second = rng.choice(n, 2, replace=False)
    subject[first], subject[second] = INJECTION_SUBJECTS
    reply, full = _minutes(created, t["replied_at"]), _minutes(created, t["solved_at"])
    first_res = np.where(t["reopens"] > 0, np.fmax(reply, np.round(full * 0.6)), full)
    services, customers = np.array(SERVICES, dtype=object), np.array([c.name for c in CUSTOMERS], dtype=object)
    return pd.DataFrame({
        "Id": 100001 + np.arange(n), "Requester": requester, "Requester id": requester_id,
        "Assignee": np.where(np.isnan(t["assigned_at"]), "", _choose(rng, AGENTS, group)),
        "Group": np.array(GROUPS)[group], "Subject": subject,
        "Tags": _tags(services[t["svc"]], np.array(VIAS, dtype=object)[via], cust),
        "Status": t["status"], "Priority": np.array(PRIORITIES)[t["prio"]], "Via": np.array(VIAS)[via],
        "Ticket type": np.array(TYPES)[kind], "Service": services[t["svc"]],
        "Created at": clock.local(created), "Updated at": clock.local(t["updated_at"]),
        "Assigned at": clock.local(t["assigned_at"]), "Organization": customers[cust],
        "Solved at": clock.local(t["solved_at"]), "Satisfaction Score": t["satisfaction"],
        "Reopens": t["reopens"], "Replies": t["replies"],
        "First reply time in minutes": _ints(reply), "First resolution time in minutes": _ints(first_res),
        "Full resolution time in minutes": _ints(full), "On hold time in minutes": _ints(t["hold"]),
    })


def _tags(service: np.ndarray, via: np.ndarray, cust: np.ndarray) -> np.ndarray:
    """Zendesk tags: service, channel, and `vip` for the three biggest customers."""
    return np.char.lower((service + " " + via).astype(str)).astype(object) + np.where(cust < 3, " vip", "")


def _at(day: dt.date, hhmm: str) -> dt.datetime:
    """A local wall-clock moment."""
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


def _second_sunday(first: dt.date) -> dt.date:
    """The second Sunday of a month (never a daylight-saving switch day)."""
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7)


def _check_outages(period: _Period) -> list[_Outage]:
    """Planned demo outages seen by the 5-minute checks."""
    m = period.months
    last_day = period.month(max(0, min(4, m - 1)) + 1) - dt.timedelta(days=1)
    spec = [
        ("Webshop", 1, 9, "14:12", 20), ("Webshop", m - 5, 18, "10:47", 15),
        ("Klantportaal", 7, 22, "16:08", 25), ("API", 2, 3, "09:21", 15), ("API", 9, 14, "13:36", 25),
        ("API", m - 1, 17, "10:03", 130), ("API", m - 1, 23, "16:38", 20),
    ]
    return [_Outage(s, _at(period.whole(k) + dt.timedelta(d - 1), hhmm), mins) for s, k, d, hhmm, mins in spec] + [
        _Outage("Webshop", _at(last_day, "23:28"), 67),
        _Outage("Klantportaal", _at(_second_sunday(period.whole(3)), "01:42"), 80),
    ]


def _monitoring_gap(period: _Period) -> dt.datetime:
    """Start of the one stretch where the monitoring itself was down (no rows for any monitor)."""
    return _at(period.whole(6) + dt.timedelta(days=11), "03:10")


def _checks(rng: np.random.Generator, period: _Period, clock: _Clock, outages: list[_Outage]) -> pd.DataFrame:
    """Generic 5-minute checks of the monitored services: up/down and lognormal response times."""
    s = np.arange(int(clock.stop_s // CHECK_SECONDS)) * float(CHECK_SECONDS)
    local = clock.local(s)
    busy = np.asarray((local.day_of_week < 5) & (local.hour >= 8) & (local.hour < 18))
    gap = clock.seconds(pd.DatetimeIndex([_monitoring_gap(period)]))[0]
    keep = (s < gap) | (s >= gap + MONITORING_GAP_MINUTES * 60)
    down, ms = [], []
    for service, median in MONITORED.items():
        d, slow = _monitor_state(rng, s, clock, [o for o in outages if o.service == service], period)
        spread = np.exp(rng.normal(0.0, 0.69, len(s)))
        down.append(d[keep])
        ms.append(np.where(d, np.nan, np.round(median * spread * (1 + 0.35 * busy) * slow))[keep])
    down_all = np.column_stack(down).ravel()
    return pd.DataFrame({
        "timestamp": np.repeat(local.values[keep], len(MONITORED)),
        "monitor": np.tile(np.array(list(MONITORED), dtype=object), int(keep.sum())),
        "status": np.where(down_all, "down", "up"),
        "response_time_ms": _ints(np.column_stack(ms).ravel()),
    })


def _monitor_state(
    rng: np.random.Generator, s: np.ndarray, clock: _Clock, outages: list[_Outage], period: _Period
) -> tuple[np.ndarray, np.ndarray]:
    """Down flag and response-time factor per check: outages, slow build-up around them, rare single blips."""
    down = np.zeros(len(s), bool)
    slow = np.ones(len(s))
    starts = clock.seconds(pd.DatetimeIndex([o.start for o in outages]))
    for a, o in zip(starts, outages, strict=True):
        b = a + o.minutes * 60
        down |= (s >= a) & (s < b)
        slow[(s >= a - 1800) & (s < a)] = 3.0
        slow[(s >= b) & (s < b + 1200)] = 2.0
    down[rng.integers(0, len(s), rng.poisson(0.4 * (period.months + 1)))] = True
    return down, slow


def _uptimerobot(period: _Period, clock: _Clock) -> pd.DataFrame:
    """UptimeRobot log export of the payment service: Down rows with reason and duration, then Up rows."""
    spec = [
        (0, 14, "02:17", 4, "Connection Timeout"), (2, 6, "11:42", 12, "502 Bad Gateway"),
        (4, 21, "19:05", 38, "500 Internal Server Error"), (7, 2, "06:51", 7, "Connection Timeout"),
        (period.months - 4, 9, "09:31", 95, "503 Service Unavailable"),
        (10, 3, "14:12", 22, "500 Internal Server Error"), (period.months - 1, 26, "21:50", 9, "Connection Refused"),
    ]
    outages = sorted((_Outage(UPTIMEROBOT_SERVICE, _at(period.whole(k) + dt.timedelta(d - 1), hhmm), mins, why)
                      for k, d, hhmm, mins, why in spec), key=lambda o: o.start)
    downs = clock.seconds(pd.DatetimeIndex([o.start for o in outages]))
    ups = downs + np.array([o.minutes for o in outages]) * 60.0
    up_for = np.round((np.append(downs[1:], clock.stop_s) - ups) / 60.0).astype(np.int64)
    rows = pd.DataFrame({
        "Date-Time": clock.local(np.concatenate([downs, ups])),
        "Event": ["Down"] * len(outages) + ["Up"] * len(outages),
        "Monitor": UPTIMEROBOT_SERVICE, "Monitor URL": "https://betalingen.demo.example/health",
        "Reason": [o.reason for o in outages] + ["OK"] * len(outages),
        "Duration (in mins.)": np.concatenate([[o.minutes for o in outages], up_for]),
    })
    return rows.sort_values("Date-Time", ascending=False, kind="stable").reset_index(drop=True)


def _feedback(rng: np.random.Generator, period: _Period, plan: _Plan) -> pd.DataFrame:
    """NPS survey answers from each customer's users, lower in a customer's bad month."""
    firsts = [period.month(k) for k in range(period.months + 1)]
    spans = np.array([(min(period.month(k + 1), period.stop) - a).days for k, a in enumerate(firsts)])
    offsets = np.array([(a - period.start).days for a in firsts])
    share = np.sqrt([c.weight for c in CUSTOMERS])
    lam = NPS_PER_MONTH * (share / share.sum())[:, None] * (spans / 30.4)[None, :]
    counts = rng.poisson(lam).ravel()
    n_months = len(firsts)
    cust = np.repeat(np.repeat(np.arange(len(CUSTOMERS)), n_months), counts)
    month = np.repeat(np.tile(np.arange(n_months), len(CUSTOMERS)), counts)
    n = len(cust)
    day = offsets[month] + (rng.random(n) * spans[month]).astype(np.int64)
    second = day * 86400 + rng.integers(8 * 3600, 21 * 3600, n)
    mean = np.clip(8.4 - 0.45 * (plan.risk[cust, month] - 1.0), 4.5, 9.0)
    score = np.clip(np.round(rng.normal(mean, 1.8)), 0, 10).astype(np.int64)
    band = np.select([score <= 6, score <= 8], [0, 1], 2)
    comment = np.where(rng.random(n) < 0.3, _choose(rng, COMMENTS, band), "")
    comment[rng.choice(n, 2, replace=False)] = INJECTION_COMMENTS
    order = np.argsort(second, kind="stable")
    return pd.DataFrame({
        "response_id": [f"NPS-{i:06d}" for i in range(1, n + 1)],
        "customer": np.array([c.name for c in CUSTOMERS], dtype=object)[cust[order]],
        "ticket_id": "", "submitted_at": np.datetime64(period.start, "s") + second[order],
        "kind": "nps", "score": score[order], "comment": comment[order],
    })


def _maintenance(period: _Period) -> pd.DataFrame:
    """Planned maintenance windows: Sunday nights, a few per service."""
    spec = [
        ("Webshop", 2, "01:00", 4, "Upgrade webshopplatform naar nieuwe versie"),
        ("Webshop", 8, "01:00", 3, "Security patches"),
        ("Klantportaal", 3, "01:00", 4, "Database-migratie Klantportaal"),
        ("Klantportaal", 10, "01:00", 2, "Update inlogmodule (SSO)"),
        ("API", 1, "00:30", 3, "Kernel-updates servers"), ("API", 5, "01:00", 4, "Nieuwe API-gateway"),
        ("API", 11, "01:00", 2, "Certificaatvervanging"),
        ("Betalingen", 4, "00:30", 3, "Onderhoud koppeling betaalprovider"),
        ("Betalingen", 9, "00:30", 2, "Security patches"),
    ]
    starts = [_at(_second_sunday(period.whole(k)), hhmm) for _, k, hhmm, _, _ in spec]
    return pd.DataFrame({
        "service": [s[0] for s in spec], "start": starts,
        "end": [a + dt.timedelta(hours=s[3]) for a, s in zip(starts, spec, strict=True)],
        "note": [s[4] for s in spec],
    })


def _write_config(folder: Path, period: _Period) -> None:
    """The contract configuration as one CSV per sheet."""
    bridges = " ".join(d.isoformat() for d in _bridge_days(period))
    calendars = pd.DataFrame(
        [(c.name, DEMO_TIMEZONE, *c.hours, c.holidays, bridges if c.bridge_days else "") for c in CALENDARS],
        columns=["calendar", "timezone", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "holidays",
                 "closed_dates"],
    )
    policies = pd.DataFrame([
        (p.customer, p.service, p.priority, p.metric, p.target_minutes, p.target_pct, p.calendar,
         p.effective_from, p.effective_to) for p in _policies(period)
    ], columns=["customer", "service", "priority", "metric", "target_minutes", "target_pct", "calendar",
                "effective_from", "effective_to"], dtype=object)
    credits = pd.DataFrame(list(CREDITS), columns=["customer", "below_pct", "credit_pct"], dtype=object)
    customers = pd.DataFrame(
        [(c.name, c.fee, "EUR", " ".join(c.services)) for c in CUSTOMERS],
        columns=["customer", "monthly_fee", "currency", "services"],
    )
    links = pd.DataFrame([("zendesk", "https://support.example.com/agent/tickets/{ticket_id}", "no")],
                         columns=["source", "ticket_url", "client_reports"])  # example.com: a name kept for examples
    for name, frame in (("calendars", calendars), ("policies", policies), ("credits", credits),
                        ("customers", customers), ("links", links)):
        frame.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n", encoding="utf-8")


def load(db: Path | str | None = None, months: int = 13, seed: int = 7, end: dt.date | None = None,
         say: Callable[[str], None] = print) -> None:
    """Generate the demo exports and import them through the real importers (configuration first)."""
    from sla.contract import config
    from sla.imports import ingest
    from sla.metrics import marts

    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp), months=months, seed=seed, end=end)
        for f in sorted(files, key=lambda f: f.kind != "config"):
            if f.kind == "config":
                say(config.import_config(f.path, db=db))
                continue
            result = ingest.ingest_file(f.path, f.kind, db=db, preset=f.preset, timezone=f.timezone)
            for line in result.summary()[:2]:
                say(line)
    marts.refresh_store(db)  # the SLA clocks now, so the dashboard's first page is quick

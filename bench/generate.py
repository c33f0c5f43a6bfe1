"""Deterministic benchmark exports at a given size: Zendesk-style tickets (a `,` ISO file and a `;` variant with
day-first dates and decimal commas), generic 1-minute checks, generic CSAT/NPS feedback, and a contract
configuration folder.

Vectorised numpy for the values, DuckDB's COPY for writing (10M rows in seconds). The same size and seed give
the same bytes. Times are naive Europe/Amsterdam wall-clock times, as real exports are.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

TIMEZONE = "Europe/Amsterdam"
END = dt.date(2026, 10, 31)  # the exports end here: the last whole month is 2026-10
MONTHS = 24  # tickets and feedback span this many months before END
GENERATOR_VERSION = 2  # bump when the files change, so cached scratch files are regenerated
DAILY_TICKETS = 2_000  # tickets the next day's export changes
XLSX_TICKETS = 100_000  # rows of the tickets workbook (the XLSX import is timed with each reader)


@dataclass(frozen=True)
class Size:
    """How much data a benchmark size has."""

    name: str
    tickets: int
    checks: int
    feedback: int
    monitors: int
    check_minutes: int  # interval between two checks of one monitor
    customers: int = 40


SIZES = {
    s.name: s for s in (
        Size("tiny", 2_000, 20_000, 500, 2, 60, customers=4),
        Size("S", 50_000, 1_000_000, 20_000, 5, 5),
        Size("M", 250_000, 5_000_000, 100_000, 5, 1),
        Size("L", 1_000_000, 10_000_000, 200_000, 10, 1),
    )
}

PRIORITIES = np.array(["urgent", "high", "normal", "low"], dtype=object)
PRIORITY_P = np.array([0.06, 0.24, 0.52, 0.18])
# median minutes to first reply / resolution per priority (wall clock), lognormal around them
REPLY_MEDIAN = np.array([12.0, 45.0, 150.0, 300.0])
SOLVE_MEDIAN = np.array([180.0, 600.0, 1800.0, 4000.0])
VIAS = np.array(["email", "web", "chat", "api"], dtype=object)
TYPES = np.array(["question", "incident", "problem", "task"], dtype=object)
GROUPS = np.array(["Support NL", "2nd line", "DevOps"], dtype=object)
SUBJECTS = np.array([
    "Kan niet inloggen op het klantportaal", "Checkout page keeps loading", "API returns 500 on /orders",
    "iDEAL-betaling mislukt", "Invoice cannot be downloaded as PDF", "Webhook wordt niet afgeleverd",
    "Password reset link expired", "Refund not processed", 'Quote "urgent"; please, call back',
    '=HYPERLINK("http://evil.example","klik")',
], dtype=object)


@dataclass(frozen=True)
class Exports:
    """The generated files of one size."""

    folder: Path
    tickets: Path
    tickets_eu: Path
    checks: Path
    feedback: Path
    config: Path
    size: Size
    counts: dict[str, int]

    @property
    def last_month(self) -> str:
        """The last whole month of the data (YYYY-MM)."""
        return END.strftime("%Y-%m")


def services(size: Size) -> list[str]:
    """The monitored services of a size (the tickets use the same names)."""
    return [f"Service {i + 1:02d}" for i in range(size.monitors)]


def customers(size: Size) -> list[str]:
    """Customer names."""
    return [f"Customer {i + 1:02d}" for i in range(size.customers)]


def generate(size: Size, folder: Path, seed: int = 7) -> Exports:
    """Write the exports of `size` into `folder` (reused when already there for the same size, seed, version)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / "manifest.json"
    wanted = {"version": GENERATOR_VERSION, "seed": seed, "size": asdict(size)}
    exports = Exports(folder, folder / "tickets_zendesk.csv", folder / "tickets_zendesk_eu.csv",
                      folder / "checks.csv", folder / "feedback.csv", folder / "config", size, {})
    if manifest.exists():
        done = json.loads(manifest.read_text())
        if {k: done.get(k) for k in wanted} == wanted:
            return replace(exports, counts=done["counts"])
    rng = np.random.default_rng(seed)
    con = duckdb.connect()
    con.execute("set TimeZone = 'UTC'; set preserve_insertion_order = true; set enable_progress_bar = false")
    tickets = _tickets(rng, size)
    _write(con, tickets, exports.tickets, ",", "%Y-%m-%d %H:%M:%S")
    _write(con, _european(tickets), exports.tickets_eu, ";", "%d-%m-%Y %H:%M")
    _write(con, _checks(rng, size), exports.checks, ",", "%Y-%m-%d %H:%M:%S")
    _write(con, _feedback(rng, size, len(tickets)), exports.feedback, ",", "%Y-%m-%d %H:%M:%S")
    con.close()
    _config(exports.config, size)
    counts = {"tickets": len(tickets), "checks": size.checks, "feedback": size.feedback}
    manifest.write_text(json.dumps({**wanted, "counts": counts}, indent=1))
    return replace(exports, counts=counts)


def daily_export(exports: Exports) -> Path:
    """The next day's export (written once): the last DAILY_TICKETS tickets again, each updated a day later, the
    unsolved ones now answered and solved; an overlapping export, as a daily import job brings them."""
    path = exports.folder / "tickets_daily.csv"
    if path.exists():
        return path
    stamp = "%Y-%m-%d %H:%M:%S"
    con = duckdb.connect()
    con.execute(f"""
        copy (
            with last as (
                select *, strptime("Updated at", '{stamp}') + interval 1 day as updated
                from read_csv('{exports.tickets}', all_varchar = true) order by Id::bigint desc limit {DAILY_TICKETS}
            ),
            changed as (
                select * exclude (updated) replace (
                    case when Status in ('new', 'open') then 'solved' else Status end as Status,
                    strftime(updated, '{stamp}') as "Updated at",
                    coalesce("Solved at", strftime(updated, '{stamp}')) as "Solved at",
                    coalesce("First reply time in minutes", '30') as "First reply time in minutes",
                    coalesce("Full resolution time in minutes",
                             date_diff('minute', strptime("Created at", '{stamp}'), updated)::varchar)
                        as "Full resolution time in minutes")
                from last
            )
            select * from changed order by Id::bigint
        ) to '{path}' (header, delimiter ',')""")
    con.close()
    return path


def xlsx_export(exports: Exports) -> Path:
    """The first XLSX_TICKETS tickets as an Excel workbook (written once, by openpyxl in write-only mode): dates as
    date cells, numbers as number cells, as Excel saves an export someone opened and saved."""
    from openpyxl import Workbook

    path = exports.folder / "tickets_zendesk.xlsx"
    if path.exists():
        return path
    con = duckdb.connect()
    frame = con.execute(f"select * from read_csv('{exports.tickets}') order by Id limit {XLSX_TICKETS}").df()
    con.close()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Tickets")
    sheet.append(list(frame.columns))
    for row in frame.astype(object).where(frame.notna(), None).itertuples(index=False):
        sheet.append([v.to_pydatetime() if isinstance(v, pd.Timestamp) else v for v in row])
    book.save(path)
    return path


def _write(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, path: Path, delim: str, stamp: str) -> None:
    columns = ", ".join(
        f"strftime(\"{c}\"::timestamp, '{stamp}') as \"{c}\"" if pd.api.types.is_datetime64_any_dtype(frame[c])
        else f'"{c}"' for c in frame.columns
    )
    con.register("frame", frame)
    con.execute(f"copy (select {columns} from frame) to '{path}' (header, delimiter '{delim}')")
    con.unregister("frame")


def _span() -> tuple[np.datetime64, int]:
    year, month = divmod(END.year * 12 + END.month - MONTHS, 12)
    start = np.datetime64(dt.date(year, month + 1, 1), "s")
    return start, int((np.datetime64(END + dt.timedelta(days=1), "s") - start).astype(np.int64))


def _weights(n: int, rng: np.random.Generator) -> np.ndarray:
    w = 1.0 / np.arange(1, n + 1) ** 0.8
    return w[rng.permutation(n)] / w.sum()


def _created(rng: np.random.Generator, n: int) -> np.ndarray:
    """Creation moments (seconds after the start), mostly in office hours on weekdays, sorted."""
    start, seconds = _span()
    days = seconds // 86400
    day = rng.integers(0, days, n * 2)
    weekday = (day + (start.astype("datetime64[D]").astype(np.int64) + 3)) % 7
    keep = (weekday < 5) | (rng.random(n * 2) < 0.3)
    day = day[keep][:n]
    office = rng.random(n) < 0.8
    second_of_day = np.where(office, rng.integers(8 * 3600, 18 * 3600, n), rng.integers(0, 86400, n))
    return np.sort(day * 86400 + second_of_day)


def _tickets(rng: np.random.Generator, size: Size) -> pd.DataFrame:
    """The Zendesk Support CSV export (the columns of the demo's export)."""
    n = size.tickets
    start, span = _span()
    created = _created(rng, n)
    cust = rng.choice(size.customers, n, p=_weights(size.customers, rng))
    svc = rng.integers(0, size.monitors, n)
    prio = rng.choice(len(PRIORITIES), n, p=PRIORITY_P)
    reply_min = np.round(REPLY_MEDIAN[prio] * rng.lognormal(0.0, 0.9, n))
    solve_min = np.maximum(np.round(SOLVE_MEDIAN[prio] * rng.lognormal(0.0, 1.0, n)), reply_min + 5)
    hold = np.where(rng.random(n) < 0.07, np.round(rng.lognormal(np.log(240), 0.8, n), 1), 0.0)
    solved_s = created + solve_min * 60 + hold * 60 + rng.integers(0, 60, n)
    replied_s = created + reply_min * 60 + rng.integers(0, 60, n)
    replied = replied_s < span
    solved = (solved_s < span) & replied & (rng.random(n) > 0.01)
    closed = solved & (solved_s + 4 * 86400 < span)
    status = np.select([closed, solved, replied], ["closed", "solved", "open"], "new").astype(object)
    updated_s = np.where(solved, solved_s + np.where(closed, 4 * 86400, 600), np.minimum(created + 3600, span - 1))
    reopens = np.where(solved & (rng.random(n) < 0.05), 1, 0)
    u = rng.random(n)
    satisfaction = np.select([solved & (u < 0.12), solved & (u < 0.18), solved & (u < 0.4)],
                             ["Good", "Bad", "Offered"], "Unoffered").astype(object)

    def at(seconds: np.ndarray, ok: np.ndarray | None = None) -> np.ndarray:
        moment = start + seconds.astype(np.int64).astype("timedelta64[s]")
        return moment if ok is None else np.where(ok, moment, np.datetime64("NaT"))

    def ints(values: np.ndarray, ok: np.ndarray) -> pd.arrays.IntegerArray:
        return pd.array(np.where(ok, values, np.nan), dtype="Int64")

    names = np.array(customers(size), dtype=object)
    return pd.DataFrame({
        "Id": 100001 + np.arange(n), "Requester": "Requester " + (cust * 100 + rng.integers(0, 100, n)).astype(str),
        "Assignee": np.where(replied, "Agent " + rng.integers(1, 30, n).astype(str), ""),
        "Group": GROUPS[rng.integers(0, len(GROUPS), n)], "Subject": SUBJECTS[rng.integers(0, len(SUBJECTS), n)],
        "Status": status, "Priority": PRIORITIES[prio], "Via": VIAS[rng.integers(0, len(VIAS), n)],
        "Ticket type": TYPES[rng.integers(0, len(TYPES), n)],
        "Service": np.array(services(size), dtype=object)[svc],
        "Created at": at(created), "Updated at": at(updated_s),
        "Organization": names[cust], "Solved at": at(solved_s, solved),
        "Satisfaction Score": satisfaction, "Reopens": reopens,
        "First reply time in minutes": ints(reply_min, replied),
        "Full resolution time in minutes": ints(solve_min, solved),
        "On hold time in minutes": np.where(solved, hold, np.nan),
    })


def _european(tickets: pd.DataFrame) -> pd.DataFrame:
    """The same tickets as a European Excel writes them: decimal comma (dates day-first, `;` on writing)."""
    hold = tickets["On hold time in minutes"]
    text = hold.map(lambda v: None if pd.isna(v) else f"{v:.1f}".replace(".", ","), na_action=None)
    return tickets.assign(**{"On hold time in minutes": text})


def _checks(rng: np.random.Generator, size: Size) -> pd.DataFrame:
    """Generic checks: every monitor every `check_minutes`, with a few outages and single failed checks."""
    per = size.checks // size.monitors
    step = size.check_minutes * 60
    end = np.datetime64(END + dt.timedelta(days=1), "s")
    first = end - per * step
    offset = np.arange(per, dtype=np.int64) * step
    down = np.zeros((size.monitors, per), bool)
    for m in range(size.monitors):
        for begin in rng.integers(0, per, max(2, per // 40_000)):
            down[m, begin:begin + int(rng.integers(1, 90 // size.check_minutes + 2))] = True
        down[m, rng.integers(0, per, max(1, per // 100_000))] = True
    ms = np.round(150 * rng.lognormal(0.0, 0.6, (size.monitors, per)))
    times = first + offset.astype("timedelta64[s]")
    return pd.DataFrame({
        "timestamp": np.tile(times, size.monitors),
        "monitor": np.repeat(np.array(services(size), dtype=object), per),
        "status": np.where(down.ravel(), "down", "up").astype(object),
        "response_time_ms": pd.array(np.where(down, np.nan, ms).ravel(), dtype="Int64"),
    }).sort_values(["timestamp", "monitor"], kind="stable").reset_index(drop=True)


def _feedback(rng: np.random.Generator, size: Size, n_tickets: int) -> pd.DataFrame:
    """CSAT answers about tickets (1-5) and NPS answers (0-10), over the months of the tickets."""
    n = size.feedback
    start, _ = _span()
    submitted = start + _created(rng, n).astype("timedelta64[s]")
    csat = rng.random(n) < 0.6
    score = np.where(csat, rng.choice(5, n, p=[0.05, 0.07, 0.13, 0.35, 0.4]) + 1,
                     np.clip(np.round(rng.normal(7.8, 1.9, n)), 0, 10))
    names = np.array(customers(size), dtype=object)
    return pd.DataFrame({
        "response_id": [f"R-{i:07d}" for i in range(1, n + 1)],
        "customer": names[rng.choice(size.customers, n, p=_weights(size.customers, rng))],
        "ticket_id": np.where(csat, (100001 + rng.integers(0, n_tickets, n)).astype(str), ""),
        "submitted_at": submitted, "kind": np.where(csat, "csat", "nps").astype(object),
        "score": score.astype(np.int64), "comment": np.where(rng.random(n) < 0.2, "Prima, dank je", ""),
    })


def _config(folder: Path, size: Size) -> None:
    """Contract configuration CSVs: three calendars, policies per priority, credits, customers and services."""
    folder.mkdir(parents=True, exist_ok=True)
    office = ("08:00-18:00",) * 5 + ("", "")
    pd.DataFrame([
        ("24x7", TIMEZONE, *("00:00-24:00",) * 7, "", ""),
        ("kantooruren", TIMEZONE, *office, "NL", ""),
        ("extended", TIMEZONE, *("07:00-22:00",) * 6, "", "", ""),
    ], columns=["calendar", "timezone", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "holidays",
                "closed_dates"]).to_csv(folder / "calendars.csv", index=False, lineterminator="\n")
    rows = []
    for prio, first, resolve, cal in (("urgent", 30, 240, "24x7"), ("high", 60, 480, "extended"),
                                      ("normal", 240, 1440, "kantooruren"), ("low", 480, 2880, "kantooruren")):
        rows += [("*", "*", prio, "first_response", first, 95, cal, "", ""),
                 ("*", "*", prio, "resolution", resolve, 90, cal, "", "")]
    rows += [("*", "*", "*", "availability", "", 99.9, "24x7", "", ""),
             ("Customer 01", "*", "urgent", "first_response", 15, 97, "24x7", "", ""),
             ("Customer 02", "*", "normal", "resolution", 960, 90, "kantooruren", "2025-11-01", "")]
    pd.DataFrame(rows, columns=["customer", "service", "priority", "metric", "target_minutes", "target_pct",
                                "calendar", "effective_from", "effective_to"]).to_csv(
        folder / "policies.csv", index=False, lineterminator="\n")
    pd.DataFrame([("*", 99.9, 10), ("*", 99, 25), ("*", 95, 100)],
                 columns=["customer", "below_pct", "credit_pct"]).to_csv(
        folder / "credits.csv", index=False, lineterminator="\n")
    svc = services(size)
    pd.DataFrame([(c, 1000 + 250 * (i % 17), "EUR", ", ".join(svc[j % len(svc)] for j in range(i, i + 3)))
                  for i, c in enumerate(customers(size))],
                 columns=["customer", "monthly_fee", "currency", "services"]).to_csv(
        folder / "customers.csv", index=False, lineterminator="\n")

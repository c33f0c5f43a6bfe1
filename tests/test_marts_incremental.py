"""The incremental refresh leaves the marts exactly as a full rebuild would: a random sequence (fixed seed) of
ticket imports, overlapping re-imports, imports of checks, outages and maintenance, undos, exclusions, inclusions
and configuration versions, refreshed after some steps and compared row for row with `refresh --full` of a copy
of the store each time. And a whole past month reads the same from the monthly marts as computed from the checks."""

from __future__ import annotations

import random
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from sla import store
from sla.contract import config
from sla.imports import ingest
from sla.metrics import exclusions, kpis, marts, monthly, overview, periods
from sla.store import sql

SEED = 20261203
STEPS = 24
MARTS = ("fct_ticket_sla", "fct_ticket_monthly", "calendar_segments", "fct_availability_monthly",
         "fct_response_monthly", "fct_check_days")
CUSTOMERS = ("ACME", "Globex", "Initech")
SERVICES = ("Mail", "VPN")
PRIORITIES = ("urgent", "high", "normal", "low")
THIS_MONTH = datetime.now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
START = (THIS_MONTH - timedelta(days=170)).replace(day=1)  # six whole months of data before this one: few to compute
HEADER = ("ticket_id,customer,service,priority,channel,category,status,created_at,updated_at,first_response_at,"
          "resolved_at,closed_at,paused_minutes,reopens")


def moment(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S") if at else ""


def ticket_line(rng: random.Random, ticket_id: int, updated: datetime | None = None) -> str:
    """One ticket as an export row: opened in the six months of data, answered and resolved or not (yet)."""
    created = START + timedelta(minutes=rng.randrange(0, 180 * 24 * 60))
    answered = created + timedelta(minutes=rng.choice((5, 30, 90, 400, 3000))) if rng.random() < 0.85 else None
    resolved = (answered + timedelta(minutes=rng.choice((10, 240, 1500, 9000)))
                if answered and rng.random() < 0.7 else None)
    closed = resolved + timedelta(days=2) if resolved and rng.random() < 0.3 else None
    updated = updated or max(m for m in (created, answered, resolved, closed) if m)
    paused = rng.choice(("", "0", "45", "600"))
    return ",".join((str(ticket_id), rng.choice(CUSTOMERS), rng.choice(SERVICES), rng.choice(PRIORITIES),
                     rng.choice(("email", "chat")), rng.choice(("incident", "question")),
                     "solved" if resolved else "open", moment(created), moment(updated), moment(answered),
                     moment(resolved), moment(closed), paused, str(rng.choice((0, 0, 1)))))


def configuration(rng: random.Random, folder: Path) -> Path:
    """A contract configuration with random targets, calendars, customer rows and effective dates."""
    folder.mkdir(parents=True, exist_ok=True)
    office = rng.choice(("08:00-17:00", "09:00-18:00", "08:00-12:00 13:00-17:00"))
    (folder / "calendars.csv").write_text(
        "calendar,timezone,mon,tue,wed,thu,fri,sat,sun,holidays,closed_dates\n"
        f"office,Europe/Amsterdam,{office},{office},{office},{office},{office},,,{rng.choice(('NL', ''))},"
        f"{rng.choice(('', f'{START + timedelta(days=40):%Y-%m-%d}'))}\n"
        f"late,{rng.choice(('Europe/Amsterdam', 'America/New_York'))},07:00-22:00,07:00-22:00,07:00-22:00,"
        "07:00-22:00,07:00-22:00,10:00-16:00,,,\n", encoding="utf-8")
    rows = ["customer,service,priority,metric,target_minutes,target_pct,calendar,effective_from,effective_to"]
    for priority in PRIORITIES:
        for metric, minutes in (("first_response", (30, 60, 240)), ("resolution", (240, 480, 1440))):
            if rng.random() < 0.9:
                rows.append(f"*,*,{priority},{metric},{rng.choice(minutes)},{rng.choice((90, 95))},"
                            f"{rng.choice(('24x7', 'office', 'late'))},,")
    for _ in range(rng.randrange(0, 4)):
        start = START + timedelta(days=rng.randrange(0, 150))
        until = (start + timedelta(days=rng.randrange(10, 60))).date() if rng.random() < 0.5 else ""
        rows.append(f"{rng.choice(CUSTOMERS)},{rng.choice(('*', *SERVICES))},{rng.choice(('*', *PRIORITIES))},"
                    f"{rng.choice(('first_response', 'resolution'))},{rng.choice((15, 120, 600))},97,"
                    f"{rng.choice(('24x7', 'office', 'late'))},{start.date()},{until}")
    (folder / "policies.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    day = START + timedelta(days=rng.randrange(0, 150), hours=rng.randrange(0, 24))
    window = f"{rng.choice(SERVICES)},{day:%Y-%m-%d %H:%M},{day + timedelta(hours=3):%Y-%m-%d %H:%M},upgrade\n"
    (folder / "maintenance.csv").write_text("service,start,end,note\n" + (window if rng.random() < 0.5 else ""),
                                            encoding="utf-8")
    return folder


class Store:
    """The store under test and what the random steps need to remember."""

    def __init__(self, db: Path, tmp: Path, rng: random.Random) -> None:
        self.db, self.tmp, self.rng = db, tmp, rng
        self.next_id, self.files = 1000, 0
        self.tz = "Europe/Amsterdam"

    def write(self, lines: list[str], header: str = HEADER) -> Path:
        self.files += 1
        path = self.tmp / f"export-{self.files}.csv"
        path.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
        return path

    def ingest(self, lines: list[str], kind: str = "tickets", header: str = HEADER) -> None:
        ingest.ingest_file(self.write(lines, header), kind, db=self.db, preset=f"generic_{kind}", timezone="UTC")

    def known(self, query: str, params: list | None = None) -> list[tuple]:
        with store.connect(self.db) as con:
            return con.execute(query, params or []).fetchall()

    # the steps -------------------------------------------------------------------------------------------------

    def new_tickets(self) -> None:
        count = self.rng.randrange(5, 25)
        self.ingest([ticket_line(self.rng, self.next_id + i) for i in range(count)])
        self.next_id += count

    def reimport(self) -> None:
        """Known tickets again, some updated later, some at the same moment, some earlier, plus a few new ones."""
        ids = [int(i) for (i,) in self.known("select distinct ticket_id from tickets")]
        picked = self.rng.sample(ids, min(len(ids), self.rng.randrange(3, 12)))
        updated = [self.known("select max(updated_at) from tickets where ticket_id = ?", [str(i)])[0][0]
                   for i in picked]
        shifts = [self.rng.choice((timedelta(hours=5), timedelta(0), -timedelta(hours=5))) for _ in picked]
        lines = [ticket_line(self.rng, i, at + shift) for i, at, shift in zip(picked, updated, shifts, strict=True)]
        self.ingest(lines + [ticket_line(self.rng, self.next_id)])
        self.next_id += 1

    def checks(self) -> None:
        """A few days of 10-minute checks of one service: some down, some missing, some of them again."""
        at = START + timedelta(days=self.rng.randrange(0, 150), minutes=10 * self.rng.randrange(0, 144))
        count = self.rng.randrange(100, 700)
        if self.rng.random() < 0.4:  # a few hours just before a month: they count in that month too
            at = (at.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(hours=self.rng.randrange(6, 40))
            count = self.rng.randrange(6, 30)
        lines = []
        for _ in range(count):
            if self.rng.random() > 0.03:  # else missing: a gap
                lines.append(f"{at:%Y-%m-%d %H:%M:%S},{self.rng.choice(SERVICES)},"
                             f"{'down' if self.rng.random() < 0.05 else 'up'},{self.rng.randrange(50, 900)}")
            at += timedelta(minutes=10)
        self.ingest(lines, "checks", "timestamp,monitor,status,response_time_ms")

    def outages_or_maintenance(self) -> None:
        at = START + timedelta(days=self.rng.randrange(0, 170), hours=self.rng.randrange(0, 24))
        end = at + timedelta(minutes=self.rng.choice((20, 300, 3000)))
        kind = self.rng.choice(("outages", "maintenance"))
        ended = "" if kind == "outages" and self.rng.random() < 0.3 else f"{end:%Y-%m-%d %H:%M:%S}"
        self.ingest([f"{self.rng.choice(SERVICES)},{at:%Y-%m-%d %H:%M:%S},{ended}"], kind, "service,start,end")

    def undo(self) -> None:
        batches = [b for (b,) in self.known("select batch_id from batches")]
        if batches:
            ingest.undo(self.rng.choice(batches), self.db)

    def exclude_or_include(self) -> None:
        with store.connect(self.db) as con:
            marts.refresh(con)
            breaches = con.execute(
                "select source, ticket_id, metric, excluded from fct_ticket_sla "
                "where due_at is not null and coalesce(stop_at, now()::timestamp) > due_at order by all").fetchall()
        if not breaches:
            return
        source, ticket_id, metric, excluded = self.rng.choice(breaches)
        if excluded:
            exclusions.include(self.db, source, ticket_id, metric, "tester")
        else:
            exclusions.exclude(self.db, source, ticket_id, metric, "duplicate ticket", "tester")

    def reconfigure(self) -> None:
        self.files += 1
        config.import_config(configuration(self.rng, self.tmp / f"config-{self.files}"), db=self.db)


def marts_rows(db: Path) -> dict[str, list[tuple]]:
    with store.connect(db) as con:
        return {t: con.execute(f"select * from {t} order by all").fetchall() for t in MARTS}


def full_rebuild(db: Path) -> dict[str, list[tuple]]:
    """The marts as `refresh --full` computes them, on a copy of the store."""
    copy = db.with_name("full-" + db.name)
    for suffix in ("", ".wal"):
        if Path(f"{db}{suffix}").exists():
            shutil.copy(f"{db}{suffix}", f"{copy}{suffix}")
    marts.refresh_store(copy, full=True)
    rows = marts_rows(copy)
    for suffix in ("", ".wal"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return rows


@pytest.mark.slow  # 24 random writes, each refreshed and compared with a full rebuild: about 15 s on an idle machine
def test_incremental_refresh_equals_a_full_rebuild_after_random_writes(tmp_path: Path, monkeypatch):
    rng = random.Random(SEED)
    builds = []
    full_build = marts.build
    monkeypatch.setattr(marts, "build", lambda *args, **kwargs: builds.append(1) or full_build(*args, **kwargs))
    s = Store(tmp_path / "t.duckdb", tmp_path, rng)
    s.reconfigure()
    s.new_tickets()
    s.checks()
    steps = (s.new_tickets, s.reimport, s.reimport, s.undo, s.exclude_or_include, s.exclude_or_include,
             s.reconfigure, s.checks, s.checks, s.outages_or_maintenance)
    compared = 0
    for step in [rng.choice(steps) for _ in range(STEPS)]:
        step()
        if rng.random() < 0.4:
            continue  # several writes before the next refresh
        marts.refresh_store(s.db)
        incremental = marts_rows(s.db)
        assert incremental == full_rebuild(s.db), f"after {step.__name__}"
        compared += 1
    assert compared >= STEPS // 2
    # one build per full rebuild of a copy, and one of the store: its first refresh; every later one updated it
    assert len(builds) == compared + 1
    assert all(incremental[t] for t in MARTS)


def test_a_whole_past_month_reads_the_same_from_the_monthly_marts_as_from_the_checks(tmp_path: Path, monkeypatch):
    s = Store(tmp_path / "t.duckdb", tmp_path, random.Random(SEED))
    s.reconfigure()
    for _ in range(4):
        s.checks()
    s.outages_or_maintenance()
    months = periods.months(f"{START:%Y-%m}", periods.month_add(f"{THIS_MONTH:%Y-%m}", -1))

    def read() -> list:
        """Each month's availability rows and KPIs (availability, response time), asked for on its own."""
        with store.connect(s.db) as con:
            return [(kpis.clean_rows(kpis.availability_rows(con, [(first, start, end)], THIS_MONTH)),
                     kpis.compute(con, month, as_of=THIS_MONTH)["rows"])
                    for month in months for first, _, start, end in [periods.month_bounds(month, None, s.tz)]]

    held = read()
    with store.connect(s.db) as con:
        assert con.execute("select count(distinct p0) from fct_availability_monthly").fetchone()[0] >= 3
    monkeypatch.setattr(monthly, "_whole_months", lambda *args: [])  # every month computed from the checks
    assert held == read()


@pytest.mark.parametrize("split", ["", "customer", "priority"])
def test_the_monthly_ticket_trend_reads_the_same_from_the_rollup_as_from_the_clocks(tmp_path: Path, split: str):
    s = Store(tmp_path / "t.duckdb", tmp_path, random.Random(SEED))
    s.reconfigure()
    for _ in range(3):
        s.new_tickets()
    s.reimport()
    s.exclude_or_include()
    _, _, start, _ = periods.month_bounds(f"{START:%Y-%m}", None, s.tz)
    _, _, _, end = periods.month_bounds(f"{THIS_MONTH:%Y-%m}", None, s.tz)
    params = {"grain": "month", "split": split, "tz": s.tz, "period_start": start, "period_end": end,
              "customers": [], "services": [], "priorities": []}

    def trend(con) -> pd.DataFrame:
        kpis.prepare_outcomes(con, datetime.now())
        return sql.df(con, "metrics/trend_ticket_compliance", **params)

    with store.connect(s.db) as con:
        marts.refresh(con)
        assert con.execute("select count(*) from fct_ticket_monthly").fetchone()[0] > 0
        held = trend(con)
        con.execute("begin")
        con.execute("update marts_state set monthly_until = date '1990-01-01'")  # no month held: all from the clocks
        computed = trend(con)
        con.execute("rollback")
    assert len(held) > 6
    pd.testing.assert_frame_equal(held, computed)


def test_a_new_report_time_zone_rebuilds_the_local_days_and_months(tmp_path: Path):
    s = Store(tmp_path / "t.duckdb", tmp_path, random.Random(SEED))
    s.reconfigure()
    s.new_tickets()
    s.checks()
    with store.connect(s.db) as con:
        assert marts.refresh(con)
        assert not marts.refresh(con)  # nothing changed
        con.execute("insert or replace into settings values ('report_timezone', 'Pacific/Kiritimati')")
        assert marts.refresh(con)
        wrong_days = con.execute("select count(*) from fct_ticket_sla where settles_on "
                                 "is distinct from timezone('Pacific/Kiritimati', settles_at::timestamptz)::date"
                                 ).fetchone()[0]
        starts = [p0 for (p0,) in con.execute("select distinct p0 from fct_availability_monthly").fetchall()]
    assert wrong_days == 0
    assert starts and all(p0.hour == 10 for p0 in starts)  # local midnight at UTC+14 is 10:00 UTC the day before


def test_refresh_full_recomputes_a_current_store(tmp_path: Path, sla, db: Path):
    s = Store(db, tmp_path, random.Random(SEED))
    s.reconfigure()
    s.new_tickets()
    assert sla("refresh").out.strip() == "SLA clocks computed."
    before = s.known("select * from fct_ticket_sla order by all")
    assert sla("refresh").out.strip() == "SLA clocks were up to date."
    assert sla("refresh", "--full").out.strip() == "SLA clocks computed."
    assert s.known("select * from fct_ticket_sla order by all") == before


def test_the_filters_follow_survey_answers_imported_and_undone(tmp_path: Path, db: Path):
    """fct_feedback_days (the filters' customers and months of the answers) is rebuilt when answers come or go."""
    def answers(name: str, lines: list[str]) -> int:
        path = tmp_path / name
        path.write_text("response_id,submitted_at,customer,ticket_id,kind,score,comment\n" + "\n".join(lines) + "\n")
        return ingest.ingest_file(path, "feedback", db=db, preset="generic_feedback", timezone="UTC").batch_id

    answers("a.csv", ["F-1,2026-03-31 23:30:00,Acme,,csat,5,", "F-2,2026-05-02 10:00:00,Acme,,nps,9,"])
    assert overview.filter_options(db)["month"] == ["2026-04", "2026-05"]  # Europe/Amsterdam: 31 March 23:30 UTC
    later = answers("b.csv", ["F-2,2026-06-15 10:00:00,Globex,,nps,3,", "F-3,2026-07-01 08:00:00,Globex,,csat,1,"])
    options = overview.filter_options(db)
    assert (options["customer"], options["month"]) == (["Acme", "Globex"], ["2026-04", "2026-06", "2026-07"])
    ingest.undo(later, db)
    options = overview.filter_options(db)
    assert (options["customer"], options["month"]) == (["Acme"], ["2026-04", "2026-05"])
    with store.connect(db) as con:
        kept = con.execute("select * from fct_feedback_days order by all").fetchall()
        assert marts.refresh_feedback_days(con) is False  # nothing changed since
        assert marts.refresh_feedback_days(con, full=True) is True
        assert con.execute("select * from fct_feedback_days order by all").fetchall() == kept

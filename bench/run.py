"""The benchmark: generate exports at sizes S, M, L, time what users wait for, write bench/RESULTS.md.

    python bench/run.py                     # S, M and L (make bench)
    python bench/run.py --sizes S           # one size
    python bench/run.py --quick             # the tiny size, one run each (the smoke test uses this)

Each measurement is the median of --repeats runs, or a single run when the first run takes more than a minute.
Imports and pages run as subprocesses (as users run them), so their peak RSS is measured per process (wait4).
Everything else runs in this process on a store opened and closed per run, as the dashboard and CLI do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import generate as gen  # noqa: E402

NOTES_MARK = "<!-- notes: everything below this line is kept by bench/run.py -->"
LONG_RUN_S = 60.0  # a measurement whose first run takes longer than this is run once
BASELINE_SAMPLE = 2000  # tickets timed with the per-row pandas baseline
# Budget at size L (issue 13; the clocks and the dashboard's memory from issue 6): figure key -> (limit, "max" | "min")
BUDGET = {
    **{f"import_{kind}_{key}": (1.5, "max") for kind in ("ratio", "cpu_ratio")
       for key in ("tickets", "tickets_eu", "checks")},
    **{f"import_rss_{key}": (1536.0, "max") for key in ("tickets", "tickets_eu", "checks", "feedback")},
    "kpis_month": (0.3, "max"), "kpis_cli": (0.8, "max"), "trends_13m": (0.5, "max"),
    "clocks": (1.0, "max"), "clocks_speedup": (1000.0, "min"), "overview_first": (1.0, "max"),
    "overview_cached": (1.0, "max"), "dashboard_rss": (2048.0, "max"), "report_one": (1.0, "max"),
    "report_all": (15.0, "max"), "refresh_daily": (0.5, "max"), "refresh_exclusion": (0.2, "max"),
    "whatif_12m": (5.0, "max"), "advise_12m": (3.0, "max"), "forecast": (1.0, "max"),
}
# How the data grows between the sizes, for the growth lines: tickets (and feedback) and checks
GROWTH = {"S": None, "M": "tickets x5, checks x5", "L": "tickets x4, checks x2"}


@dataclass
class Figure:
    """One measured figure."""

    key: str
    label: str
    value: float
    unit: str
    runs: int = 1
    note: str = ""


@dataclass
class SizeResult:
    """All figures of one size."""

    size: gen.Size
    figures: list[Figure] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # rows stored per kind, read back from the store
    errors: list[str] = field(default_factory=list)
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average at the start and the end

    def add(self, key: str, label: str, value: float, unit: str, runs: int = 1, note: str = "") -> None:
        self.figures.append(Figure(key, label, value, unit, runs, note))

    def get(self, key: str) -> float | None:
        return next((f.value for f in self.figures if f.key == key), None)


def say(line: str) -> None:
    print(line, flush=True)


# --- running and timing ---------------------------------------------------------------------------------------

@dataclass
class Run:
    """A finished subprocess: wall seconds, CPU seconds (user + system), peak RSS in MB, output."""

    seconds: float
    cpu: float
    rss_mb: float
    output: str


def run_process(args: list[str], env: dict | None = None) -> Run:
    """Run a command and measure it (wait4 gives this child's own CPU time and peak RSS). Raises on failure."""
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
                                env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} exited {proc.returncode}:\n{text[-3000:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text)


def repeat(fn: Callable[[int], float], repeats: int) -> tuple[float, int]:
    """Median seconds of fn(run_index) over `repeats` runs (one run when the first takes over a minute)."""
    times = [fn(0)]
    if times[0] < LONG_RUN_S:
        times += [fn(i) for i in range(1, repeats)]
    return statistics.median(times), len(times)


CPU_SPENT: list[float] = []  # process CPU (user + system, all threads) of each timed() call


def timed(fn: Callable[[], object]) -> float:
    """Wall seconds of fn(); its CPU seconds go to CPU_SPENT (they depend less on what else the machine runs)."""
    start, cpu = time.perf_counter(), cpu_now()
    fn()
    CPU_SPENT.append(cpu_now() - cpu)
    return time.perf_counter() - start


def cpu_now() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_of(runs: int) -> str:
    """The median CPU of the last `runs` timed() calls, for a note."""
    return f"CPU {statistics.median(CPU_SPENT[-runs:]):,.3f} s"


def sla(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "sla", "--db", str(db), *args]


def remove(db: Path) -> None:
    for suffix in ("", ".wal", ".version"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def fresh_copy(base: Path, target: Path) -> Path:
    """A copy of the configured-but-empty store, so every import run starts from the same state."""
    remove(target)
    shutil.copy(base, target)
    return target


# --- the measurements -----------------------------------------------------------------------------------------

def measure_imports(res: SizeResult, exp: gen.Exports, work: Path, repeats: int) -> Path:
    """Import wall time vs DuckDB's raw read_csv of the same file; returns the store holding everything."""
    base, full = work / "base.duckdb", work / "full.duckdb"
    remove(base)
    run_process(sla(base, "config", "import", str(exp.config)))
    fresh_copy(base, full)
    jobs = [("tickets", "tickets", exp.tickets, "zendesk", "Zendesk CSV (`,`, ISO dates)"),
            ("tickets_eu", "tickets", exp.tickets_eu, "zendesk", "Zendesk CSV (`;`, day-first dates, decimal comma)"),
            ("checks", "checks", exp.checks, "generic_checks", "checks CSV"),
            ("feedback", "feedback", exp.feedback, "generic_feedback", "feedback CSV")]
    for key, kind, path, preset, label in jobs:
        ours_runs: list[Run] = []
        raw_runs: list[Run] = []

        def ours(i: int, kind=kind, path=path, preset=preset, key=key, runs=ours_runs) -> float:
            db = full if i == 0 and key != "tickets_eu" else fresh_copy(base, work / "run.duckdb")
            runs.append(run_process(sla(db, "ingest", kind, str(path), "--preset", preset, "--timezone", gen.TIMEZONE)))
            return runs[-1].seconds

        def raw(i: int, path=path, runs=raw_runs) -> float:
            db = work / "raw.duckdb"
            remove(db)
            runs.append(run_process([sys.executable, str(Path(__file__)), "--child", "raw", str(path), str(db)]))
            return runs[-1].seconds

        ours_s, n = repeat(ours, repeats)
        raw_s, n_raw = repeat(raw, repeats)
        stored = int(re.search(r"stored ([\d,]+)", ours_runs[0].output).group(1).replace(",", ""))
        rows = exp.counts[kind]
        if stored != rows:
            res.errors.append(f"{key}: stored {stored:,} rows, the export has {rows:,}")
        ours_cpu = statistics.median(r.cpu for r in ours_runs)
        raw_cpu = statistics.median(r.cpu for r in raw_runs)
        res.add(f"import_{key}", f"import {label}: `python -m sla ingest`", ours_s, "s", n,
                f"{rows:,} rows, {path.stat().st_size / 1e6:,.0f} MB, {rows / ours_s:,.0f} rows/s; "
                f"CPU {ours_cpu:,.1f} s")
        res.add(f"raw_{key}", "DuckDB alone: `create table t as select * from read_csv(...)` of that file",
                raw_s, "s", n_raw, f"CPU {raw_cpu:,.1f} s")
        res.add(f"import_ratio_{key}", f"import ratio {key} (ours / raw, wall time)", ours_s / raw_s, "x", n)
        res.add(f"import_cpu_ratio_{key}", f"import ratio {key} (ours / raw, CPU time)", ours_cpu / raw_cpu, "x", n)
        res.add(f"import_rss_{key}", f"peak RSS of the {key} import", max(r.rss_mb for r in ours_runs), "MB",
                len(ours_runs))
    measure_refresh(res, full, repeats)
    return full


def measure_refresh(res: SizeResult, full: Path, repeats: int) -> None:
    """The SLA clocks of every ticket after the imports: the first `python -m sla refresh`, then `refresh --full`."""
    runs: list[Run] = []

    def one(i: int) -> float:
        runs.append(run_process(sla(full, "refresh", *(["--full"] if i else []))))
        return runs[-1].seconds

    seconds, n = repeat(one, repeats)
    raw = res.get("raw_tickets")
    res.add("refresh", "every mart after the imports (clocks, monthly rollups): `python -m sla refresh`, then "
            "`refresh --full`", seconds, "s", n,
            f"CPU {statistics.median(r.cpu for r in runs):,.1f} s; peak RSS {max(r.rss_mb for r in runs):,.0f} MB")
    if raw and res.get("import_tickets"):
        res.add("import_refresh_ratio", "tickets import + every mart, over the raw read (not budgeted)",
                (res.get("import_tickets") + seconds) / raw, "x", n)


def measure_incremental(res: SizeResult, exp: gen.Exports, full: Path, work: Path, repeats: int) -> None:
    """The refresh after a daily import of changed tickets, and after one exclusion, on a copy of the full store."""
    from sla import store
    from sla.metrics import exclusions, marts

    daily, copy = gen.daily_export(exp), work / "incremental.duckdb"
    imports: list[Run] = []
    processes: list[Run] = []

    def after_import(i: int) -> float:
        fresh_copy(full, copy)
        imports.append(run_process(sla(copy, "ingest", "tickets", str(daily), "--preset", "zendesk", "--timezone",
                                       gen.TIMEZONE)))
        if i == 0:  # once as a whole process too, start-up included
            processes.append(run_process(sla(copy, "refresh")))
            fresh_copy(full, copy)
            run_process(sla(copy, "ingest", "tickets", str(daily), "--preset", "zendesk", "--timezone", gen.TIMEZONE))
        with store.connect(copy) as con:
            return timed(lambda: marts.refresh(con))

    seconds, n = repeat(after_import, repeats)
    res.add("refresh_daily", f"refresh after importing {gen.DAILY_TICKETS:,} changed tickets (`marts.refresh` on an "
            "open store)", seconds, "s", n, f"{cpu_of(n)}; as a process (`python -m sla refresh`): "
            f"{processes[0].seconds:,.2f} s; the import itself {statistics.median(r.seconds for r in imports):,.2f} s")
    with store.connect(copy) as con:
        breaches = con.execute("select source, ticket_id, metric from fct_ticket_sla where stop_at > due_at "
                               "order by ticket_id, metric limit ?", [repeats]).fetchall()

    def after_exclusion(i: int) -> float:
        exclusions.exclude(copy, *breaches[i], "duplicate ticket", "bench")
        with store.connect(copy) as con:
            return timed(lambda: marts.refresh(con))

    seconds, n = repeat(after_exclusion, min(repeats, len(breaches)))
    res.add("refresh_exclusion", "refresh after excluding one breach (`marts.refresh` on an open store)", seconds,
            "s", n, cpu_of(n))


def measure_xlsx(res: SizeResult, exp: gen.Exports, work: Path, repeats: int) -> None:
    """A tickets workbook imported with python-calamine (what imports read with) and with openpyxl."""
    base, book = work / "base.duckdb", gen.xlsx_export(exp)
    if not base.exists():
        run_process(sla(base, "config", "import", str(exp.config)))
    rows = min(gen.XLSX_TICKETS, exp.counts["tickets"])
    figures = {}
    for engine in ("calamine", "openpyxl"):
        runs: list[Run] = []

        def one(_: int, engine=engine, runs=runs) -> float:
            db = fresh_copy(base, work / "xlsx.duckdb")
            runs.append(run_process([sys.executable, str(Path(__file__)), "--child", "xlsx", engine, str(book),
                                     str(db)]))
            return runs[-1].seconds

        figures[engine], n = repeat(one, repeats)
        res.add(f"xlsx_{engine}", f"import a {rows:,}-row tickets workbook read with {engine}: `python -m sla ingest`",
                figures[engine], "s", n, f"{book.stat().st_size / 1e6:,.0f} MB; CPU "
                f"{statistics.median(r.cpu for r in runs):,.1f} s; peak RSS {max(r.rss_mb for r in runs):,.0f} MB")
    res.add("xlsx_speedup", "workbook import: openpyxl / python-calamine", figures["openpyxl"] / figures["calamine"],
            "x", n, "imports read workbooks with python-calamine; openpyxl writes the reports")


def measure_queries(res: SizeResult, db: Path, month: str, repeats: int) -> None:
    """A month's KPIs for all customers, and 13 months of trend data, on a store opened per run."""
    from sla import store
    from sla.metrics import kpis, periods, trends

    first = periods.month_add(month, -12)
    counts = {}

    def month_kpis(_: int) -> float:
        def go() -> None:
            with store.connect(db) as con:
                counts["kpi_rows"] = len(kpis.compute(con, month)["rows"])
        return timed(go)

    def trend(_: int) -> float:
        def go() -> None:
            with store.connect(db) as con:
                counts["trend_rows"] = sum(len(f) for f in (
                    trends.ticket_trend(con, first, month), trends.availability_trend(con, first, month),
                    trends.feedback_trend(con, first, month)))
        return timed(go)

    seconds, n = repeat(month_kpis, repeats)
    res.add("kpis_month", f"a month's KPIs, all customers (`kpis.compute`, {month})", seconds, "s", n,
            f"{cpu_of(n)}; {counts['kpi_rows']:,} KPI rows")
    runs: list[Run] = []

    def cli(_: int) -> float:
        runs.append(run_process(sla(db, "kpis", "--period", month, "--format", "json")))
        return runs[-1].seconds

    seconds, n = repeat(cli, repeats)
    res.add("kpis_cli", f"the same as a process: `python -m sla kpis --period {month} --format json`", seconds, "s", n,
            f"CPU {statistics.median(r.cpu for r in runs):,.2f} s")
    seconds, n = repeat(trend, repeats)
    res.add("trends_13m", f"13 months of trends ({first} .. {month}: tickets, availability, feedback)", seconds, "s",
            n, f"{cpu_of(n)}; {counts['trend_rows']:,} rows")
    res.rows = stored_rows(db)


def stored_rows(db: Path) -> dict[str, int]:
    """Rows stored per kind (batches), tickets and distinct checks, read back from a store."""
    from sla import store

    with store.connect(db, read_only=True) as con:
        rows = dict(con.execute("select kind, sum(rows_stored)::bigint from batches group by kind").fetchall())
        rows["tickets"] = con.execute("select count(*) from stg_tickets").fetchone()[0]
        rows["distinct checks"] = con.execute("select count(*) from stg_checks").fetchone()[0]
    return rows


def tightened_draft(db: Path, work: Path) -> Path:
    """The configuration in force exported as CSV files, with one policy changed: the first resolution target
    (at the same share) 20 % tighter, as a renegotiation would try."""
    import pandas as pd

    folder = work / "draft"
    shutil.rmtree(folder, ignore_errors=True)
    run_process(sla(db, "config", "export", str(folder)))
    policies = pd.read_csv(folder / "policies.csv", dtype=str, keep_default_na=False)
    row = policies.index[(policies["metric"] == "resolution") & (policies["target_minutes"] != "")][0]
    policies.loc[row, "target_minutes"] = str(round(float(policies.loc[row, "target_minutes"]) * 0.8))
    policies.to_csv(folder / "policies.csv", index=False)
    return folder


def measure_contract(res: SizeResult, db: Path, month: str, work: Path, repeats: int) -> None:
    """Issue 14: a draft replayed over 12 months, the target advice, the month-end forecast (as of day 20 of the
    last month), in-process on a store opened per run; and the forecast's backtest error."""
    from sla.metrics import advisor, forecast, periods, whatif

    first = periods.month_add(month, -11)
    draft = whatif.read_draft(tightened_draft(db, work))
    counts = {}

    def replay(_: int) -> float:
        def go() -> None:
            result = whatif.replay(db, draft, first, month)
            counts["replayed"], counts["flips"] = result.replayed, len(result.flips)
        return timed(go)

    def advise(_: int) -> float:
        return timed(lambda: counts.update(groups=len(advisor.advise(db, first, month).tickets)))

    as_of = dt.datetime.fromisoformat(f"{month}-20T12:00:00")

    def outlook(_: int) -> float:
        return timed(lambda: counts.update(forecasts=len(forecast.forecast(db, as_of=as_of).tickets)))

    seconds, n = repeat(replay, repeats)
    res.add("whatif_12m", f"what-if replay of 12 months, one resolution target 20 % tighter ({first} .. {month})",
            seconds, "s", n, f"{cpu_of(n)}; {counts['replayed']:,} tickets replayed, {counts['flips']:,} flips")
    seconds, n = repeat(advise, repeats)
    res.add("advise_12m", "target advice over 12 months, every customer", seconds, "s", n,
            f"{cpu_of(n)}; {counts['groups']:,} ticket groups")
    seconds, n = repeat(outlook, repeats)
    res.add("forecast", f"month-end forecast as of {as_of:%Y-%m-%d %H:%M}", seconds, "s", n,
            f"{cpu_of(n)}; {counts['forecasts']:,} customer x metric rows")
    tested = forecast.backtest(db, first, month)
    res.add("forecast_mae", "forecast's backtest error, days 10, 15, 20 of 12 months (mean absolute)",
            tested.error() or float("nan"), "pp", 1,
            f"compliance so far instead: {tested.error('so_far') or float('nan'):.2f} pp; "
            f"{tested.count():,} forecasts")


def measure_clocks(res: SizeResult, db: Path, repeats: int) -> None:
    """Business-time clocks (elapsed, due, at-risk) of every ticket metric, and the whole mart rebuild."""
    from sla import store
    from sla.contract import calendars, config
    from sla.metrics import marts
    from sla.store import settings, sql

    with store.connect(db) as con:
        con.execute("begin")
        as_of, basis = settings.now(), marts.current_basis(con)
        calendars.write_segments(con, config.calendars_in_force(con), basis.segments_from, basis.segments_to)
        con.execute("create or replace temp view mart_tickets as select * from stg_tickets")
        marts.write_kinds(con, "mart_tickets")
        marts.write_ticket_metric(con, basis)
        all_clocks = f"select * from ({sql.text('marts/ticket_clock_input')})"
        tickets = con.execute("select count(*) from stg_tickets").fetchone()[0]
        figures = {}
        # even clock ids are each metric's elapsed + due (what the baseline computes); odd ones the at-risk moment
        for key, where in (("clocks", "where clock_id % 2 = 0"), ("clocks_all", "")):
            con.execute(f"create or replace temp view clock_input as {all_clocks} {where}")
            count = con.execute("select count(*) from clock_input").fetchone()[0]
            seconds, n = repeat(lambda _: timed(lambda: marts.write_clocks(con, as_of)), repeats)
            figures[key] = (seconds, n, count, cpu_of(n))
        con.execute("rollback")
    seconds, n, count, cpu = figures["clocks"]
    res.add("clocks", f"clocks of all {tickets:,} tickets: elapsed + due of both metrics (`marts.write_clocks`)",
            seconds, "s", n, f"{cpu}; {count:,} clocks; {tickets / seconds:,.0f} tickets/s")
    seconds, n, count, cpu = figures["clocks_all"]
    res.add("clocks_all", "the same with the at-risk moments (as `marts.build` runs it)", seconds, "s", n,
            f"{cpu}; {count:,} clocks")

    def build(_: int) -> float:
        with store.connect(db) as con:
            con.execute("begin")
            seconds = timed(lambda: marts.build(con, marts.current_basis(con)))
            con.execute("rollback")
        return seconds

    seconds, n = repeat(build, repeats)
    res.add("marts_build", "whole ticket mart rebuild (`marts.build`: segments, policies, clocks, monthly rollup)",
            seconds, "s", n, cpu_of(n))
    baseline = pandas_baseline(db)
    if baseline is None:
        res.add("clocks_speedup", "clocks vs pandas per-row baseline", float("nan"), "x", 0,
                "businesstimedelta not installed (requirements-test.txt)")
        return
    per_s, sample = baseline
    res.add("baseline_rate", f"pandas per-row baseline (businesstimedelta, `DataFrame.apply`), {sample:,} tickets",
            per_s, "tickets/s")
    res.add("clocks_speedup", "clocks: our tickets/s / baseline tickets/s", tickets / res.get("clocks") / per_s, "x")


def pandas_baseline(db: Path) -> tuple[float, int] | None:
    """Tickets per second of the business clock as an analyst writes it: a per-row function over a DataFrame."""
    try:
        import businesstimedelta as btd
        import holidays
        import pytz
    except ImportError:
        return None
    import pandas as pd

    from sla import store

    with store.connect(db) as con:
        frame = con.execute(
            f"""select created_at, first_response_at, coalesce(resolved_at, closed_at) as resolved_at, priority
                from stg_tickets using sample reservoir({BASELINE_SAMPLE} rows) repeatable (7)"""
        ).df()
    zone = pytz.timezone(gen.TIMEZONE)
    years = range(2020, 2030)
    nl = btd.HolidayRule(list(holidays.country_holidays("NL", years=years)), tz=zone)
    office = btd.Rules([btd.WorkDayRule(dt.time(8), dt.time(18), [0, 1, 2, 3, 4], tz=zone), nl])
    extended = btd.Rules([btd.WorkDayRule(dt.time(7), dt.time(22), [0, 1, 2, 3, 4, 5], tz=zone)])
    policy = {"urgent": (None, 30, 240), "high": (extended, 60, 480), "normal": (office, 240, 1440),
              "low": (office, 480, 2880)}
    now = dt.datetime.now(dt.UTC)

    def clock(rule: btd.Rules | None, start: dt.datetime, stop: dt.datetime | None,
              minutes: int) -> tuple[float, dt.datetime]:
        stop = stop if stop is not None else now
        if rule is None:  # 24x7
            return (stop - start).total_seconds(), start + dt.timedelta(minutes=minutes)
        elapsed = rule.difference(start, stop).timedelta.total_seconds()
        return elapsed, start + btd.BusinessTimeDelta(rule, seconds=minutes * 60)

    def moment(value: pd.Timestamp) -> dt.datetime | None:
        return None if pd.isna(value) else value.to_pydatetime().replace(tzinfo=pytz.utc)

    def per_ticket(row: pd.Series) -> tuple:
        rule, first, full = policy.get(row["priority"], (None, 60, 480))
        start = moment(row["created_at"])
        return (*clock(rule, start, moment(row["first_response_at"]), first),
                *clock(rule, start, moment(row["resolved_at"]), full))

    seconds = timed(lambda: frame.apply(per_ticket, axis=1))
    return len(frame) / seconds, len(frame)


def measure_pages(res: SizeResult, db: Path, month: str, repeats: int) -> None:
    """Overview and trends through AppTest, first and cached run, each in a fresh process (cold caches)."""
    runs: list[dict] = []

    def one(_: int) -> float:
        done = run_process(
            [sys.executable, str(Path(__file__)), "--child", "pages", str(db), month], env={"SLA_DB": str(db)})
        runs.append({**json.loads(done.output.strip().splitlines()[-1]), "rss": done.rss_mb})
        return done.seconds

    try:
        _, n = repeat(one, repeats)
    except RuntimeError as exc:
        res.errors.append(f"pages: {exc}")
        return
    for key, label in (("overview_first", "overview page, first render (AppTest)"),
                       ("overview_cached", "overview page, cached rerun"),
                       ("trends_first", "trends page, first render"), ("trends_cached", "trends page, cached rerun")):
        res.add(key, label, statistics.median(r[key] for r in runs), "s", n,
                f"CPU {statistics.median(r[f'{key}_cpu'] for r in runs):,.3f} s")
    res.add("dashboard_rss", "peak RSS of a dashboard process (both pages)", max(r["rss"] for r in runs), "MB", n)
    for r in runs:
        res.errors += [f"pages: {e}" for e in r["errors"] if f"pages: {e}" not in res.errors]


def measure_report(res: SizeResult, db: Path, month: str, work: Path, repeats: int) -> None:
    """One client's workbook (the biggest client), and the workbooks of all clients."""
    try:
        from sla.outputs import report
        write_report, write_all = report.write_report, report.write_all
    except (ImportError, AttributeError) as exc:
        res.errors.append(f"report: sla.outputs.report not available ({exc})")
        return
    from sla import store

    with store.connect(db) as con:
        biggest = con.execute(
            "select customer from stg_tickets group by 1 order by count(*) desc limit 1").fetchone()[0]
    out = work / "reports"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    one, n = repeat(lambda i: timed(lambda: write_report(db, biggest, month, out / f"one-{i}.xlsx", "en")), repeats)
    res.add("report_one", f"one client's workbook ({biggest}, the biggest)", one, "s", n, cpu_of(n))
    every, n = repeat(lambda i: timed(lambda: write_all(db, month, out / f"all-{i}", "en")), repeats)
    files = len(list((out / "all-0").glob("*.xlsx")))
    res.add("report_all", f"workbooks of all clients (`report --all`, {files} files)", every, "s", n, cpu_of(n))


# --- children (run in their own process) ----------------------------------------------------------------------

def child_raw(path: str, db: str) -> None:
    """DuckDB alone reads the file into a table."""
    import duckdb

    con = duckdb.connect(db)
    con.execute("create table t as select * from read_csv(?)", [path])
    con.close()


def child_xlsx(engine: str, path: str, db: str) -> None:
    """Import a workbook, its cells read with `engine` (the product reads with python-calamine)."""
    import warnings

    import pandas as pd

    from sla import cli
    from sla.imports import readers

    def read_with_engine(source, **options):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's style warnings
            return pd.read_excel(source, engine=engine, **options)

    readers.read_excel = read_with_engine
    code = cli.main(["--db", db, "ingest", "tickets", path, "--preset", "zendesk", "--timezone", gen.TIMEZONE])
    if code:
        raise SystemExit(code)


def child_pages(db: str, month: str) -> None:
    """Render overview and trends with AppTest; print their times as JSON on the last line."""
    from streamlit.testing.v1 import AppTest

    out, errors = {}, []
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    at.query_params["month"] = month
    for key, step in (("overview_first", lambda: at.run()), ("overview_cached", lambda: at.run()),
                      ("trends_first", lambda: at.switch_page("pages/trends.py").run()),
                      ("trends_cached", lambda: at.run())):
        out[key] = timed(step)
        out[f"{key}_cpu"] = CPU_SPENT[-1]
        errors += [str(e.message).splitlines()[0] for e in at.exception]
    print(json.dumps({**out, "errors": sorted(set(errors))}))


# --- results --------------------------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    """Cores, memory, CPU model and the versions that matter."""
    import duckdb
    import pandas
    import streamlit

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    return {"cores": str(os.cpu_count()), "memory": f"{mem / 1024 / 1024:.1f} GiB", "cpu": cpu,
            "python": platform.python_version(), "duckdb": duckdb.__version__, "pandas": pandas.__version__,
            "streamlit": streamlit.__version__, "date": dt.date.today().isoformat()}


def fmt(f: Figure) -> str:
    if f.value != f.value:  # NaN
        return "n/a"
    if f.unit == "s":
        return f"{f.value:,.3f} s" if f.value < 10 else f"{f.value:,.1f} s"
    if f.unit == "x":
        return f"{f.value:,.2f}x" if f.value < 100 else f"{f.value:,.0f}x"
    if f.unit == "pp":  # percentage points
        return f"{f.value:,.2f} pp"
    return f"{f.value:,.0f} {f.unit}"


def verdict(f: Figure) -> str:
    if f.key not in BUDGET or f.value != f.value:
        return ""
    limit, kind = BUDGET[f.key]
    ok = f.value <= limit if kind == "max" else f.value >= limit
    shown = fmt(Figure(f.key, "", limit, f.unit))
    return f"{'<=' if kind == 'max' else '>='} {shown}: {'met' if ok else '**missed**'}"


def render_size(r: SizeResult, info: dict[str, str], command: str) -> str:
    """The section of one size: when, how loaded the machine was, and a table of figures."""
    s = r.size
    stored = ", ".join(f"{r.rows[k]:,} {k}" for k in ("tickets", "checks", "feedback") if k in r.rows)
    if "distinct checks" in r.rows:
        stored += (f"; {r.rows['distinct checks']:,} distinct checks (a local time in the hour skipped when clocks "
                   "go forward names the same instant as the hour after it)")
    lines = [f"## Size {s.name}: {s.tickets:,} tickets, {s.checks:,} checks, {s.feedback:,} feedback", "",
             f"Measured on {info['date']} by `{command}`; load average {r.load[0]:.1f} at the start and "
             f"{r.load[1]:.1f} at the end (the machine has {info['cores']} cores). "
             f"Stored and read back: {stored}. Feedback counts the answers of the feedback file; ticket "
             "satisfaction adds more.", "",
             "| measurement | figure | runs | budget at L | notes |", "| --- | --- | --- | --- | --- |"]
    for f in r.figures:
        lines.append(f"| {f.label} | {fmt(f)} | {f.runs} | {verdict(f) if s.name == 'L' else ''} | {f.note} |")
    if r.errors:
        lines += ["", "Problems seen:", *[f"- {e}" for e in r.errors]]
    return "\n".join(lines) + "\n"


def growth(figures: dict[str, dict[str, dict]]) -> str:
    """A line per measurement on how its cost grows from S to M to L (figures: size -> key -> label, value, unit)."""
    sizes = [n for n in ("S", "M", "L") if n in figures]
    if len(sizes) < 2:
        return ""
    lines = ["## How the cost grows from S to M to L", "",
             "The data grows " + "; ".join(f"{a} to {b}: {GROWTH[b]}" for a, b in zip(sizes, sizes[1:], strict=False))
             + " (feedback as the tickets). Each figure, then its factor over the size before.", ""]
    for key in figures[sizes[0]]:
        steps, before = [], None
        for size in sizes:
            f = figures[size].get(key)
            if f is None:
                break
            shown = fmt(Figure(key, "", f["value"], f["unit"]))
            factor = f" (x{f['value'] / before:,.2f})" if before and f["value"] == f["value"] and before > 0 else ""
            steps.append(f"{size} {shown}{factor}")
            before = f["value"]
        if len(steps) == len(sizes):  # named as at the largest size (a label may name a count or a customer)
            lines.append(f"- {figures[sizes[-1]][key]['label']}: {' -> '.join(steps)}")
    return "\n".join(lines) + "\n"


def render(sections: dict[str, str], info: dict[str, str], notes: str, grown: str = "") -> str:
    """The whole results file: machine and method, one section per size (S, M, L, tiny), how the cost grows, the
    kept notes."""
    head = [
        "# Benchmark results", "",
        f"Machine: {info['cores']} cores, {info['memory']} memory, {info['cpu']}. Python {info['python']}, "
        f"DuckDB {info['duckdb']}, pandas {info['pandas']}, Streamlit {info['streamlit']}. "
        "Reproduce with `make bench` (all sizes) or `python bench/run.py --sizes L`.", "",
        "Times are the median of the runs shown (a measurement whose first run takes over a minute runs once). "
        "Imports, the raw DuckDB read, the `kpis` command and the pages run as subprocesses and are timed as whole "
        "commands, start-up included; their CPU time (user + system, from wait4) is in the notes or a row of its "
        "own, since it depends less on what else the machine is doing. KPIs, trends, clocks, refreshes and reports "
        "run in-process on a store opened and closed per run (the refreshes on an open store). The budget column "
        "applies to size L (issue 13; the clocks and the dashboard's memory from issue 6).", "",
    ]
    order = [n for n in gen.SIZES if n != "tiny"] + ["tiny"]
    body = [sections[n] for n in order if n in sections] + ([grown] if grown else [])
    return "\n".join(head) + "\n" + "\n".join(body) + "\n" + NOTES_MARK + "\n" + notes


def merge_section(earlier: str, new: str, known: dict[str, dict], r: SizeResult, info: dict[str, str],
                  command: str, parts: set[str]) -> str:
    """A size's earlier section with the rows of a partial run (--only) replaced or added, and a line saying when
    and under what load those rows were measured; the other rows stay as they were."""
    def rows(text: str) -> list[str]:
        return [line for line in text.splitlines()
                if line.startswith("| ") and not line.startswith(("| measurement", "| ---"))]

    label_key = {v["label"]: k for k, v in known.items()}
    fresh = dict(zip((f.key for f in r.figures), rows(new), strict=True))
    kept = []
    for line in rows(earlier):
        key = label_key.get(line[2:].split(" | ", 1)[0])
        kept.append(fresh.pop(key) if key in fresh else line)
    said = f"The rows of {', '.join(sorted(parts))} re-measured on "
    head = "\n\n".join(p for p in earlier.split("\n| measurement", 1)[0].rstrip("\n").split("\n\n")
                       if not p.startswith(said))  # the line of an earlier run of the same parts goes
    head += (f"\n\n{said}{info['date']} by `{command}`; load average {r.load[0]:.1f} at the start and "
             f"{r.load[1]:.1f} at the end.")
    table = ["| measurement | figure | runs | budget at L | notes |", "| --- | --- | --- | --- | --- |",
             *kept, *fresh.values()]
    problems = new.split("\nProblems seen:", 1)
    return head + "\n\n" + "\n".join(table) + "\n" + ("\nProblems seen:" + problems[1] if len(problems) > 1 else "")


def previous_sections(text: str) -> dict[str, str]:
    """The size sections of an earlier results file, by size name."""
    body = text.split(NOTES_MARK, 1)[0].split("## How the cost grows", 1)[0]
    parts = re.split(r"^(?=## Size )", body, flags=re.M)[1:]
    return {re.match(r"## Size (\w+)", p).group(1): p.rstrip("\n") + "\n" for p in parts}


# the parts that can measure an existing store (--db): no exports
STORE_PARTS = {"queries", "pages", "report", "contract"}


def measure_size(size: gen.Size, work: Path, repeats: int, parts: set[str], db: Path | None = None) -> SizeResult:
    """Generate the exports of one size (or reuse them) and take every measurement in `parts`; with `db`, measure
    that store instead (only STORE_PARTS, which need no exports)."""
    res = SizeResult(size)
    load = os.getloadavg()[0]
    if db:
        say(f"== size {size.name}: the store {db}")
        exp, full, month = None, db, gen.END.strftime("%Y-%m")
        res.rows = stored_rows(db)
        work.mkdir(parents=True, exist_ok=True)  # the reports are written here
    else:
        say(f"== size {size.name}: exports in {work} ...")
        start = time.perf_counter()
        exp = gen.generate(size, work)
        say(f"   exports ready ({time.perf_counter() - start:.1f} s)")
        full, month = work / "full.duckdb", exp.last_month
    steps = {"imports": lambda: measure_imports(res, exp, work, repeats),
             "incremental": lambda: measure_incremental(res, exp, full, work, repeats),
             "xlsx": lambda: measure_xlsx(res, exp, work, repeats),
             "queries": lambda: measure_queries(res, full, month, repeats),
             "clocks": lambda: measure_clocks(res, full, repeats),
             "pages": lambda: measure_pages(res, full, month, repeats),
             "report": lambda: measure_report(res, full, month, work, repeats),
             "contract": lambda: measure_contract(res, full, month, work, repeats)}
    for part, step in steps.items():
        if part not in parts:
            continue
        say(f"   {part} ...")
        before = len(res.figures)
        step()
        for f in res.figures[before:]:
            say(f"     {f.label}: {fmt(f)} ({f.runs} runs) {f.note}")
    for e in res.errors:
        say(f"   problem: {e}")
    res.load = (load, os.getloadavg()[0])
    return res


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="S,M,L", help="comma-separated sizes: tiny, S, M, L (default S,M,L)")
    parser.add_argument("--quick", action="store_true", help="the tiny size, one run each")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--scratch", type=Path, default=ROOT / "bench" / "scratch", help="generated files")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md", help="the results file")
    parser.add_argument("--only", help="comma-separated parts: imports, incremental, xlsx, queries, clocks, pages, "
                                       "report, contract")
    parser.add_argument("--db", type=Path, help="measure this existing store of the one size in --sizes instead of "
                                                "importing exports (parts queries, pages, report, contract only; it is "
                                                "read, never written)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        {"raw": child_raw, "pages": child_pages, "xlsx": child_xlsx}[args.child[0]](*args.child[1:])
        return 0
    sizes = ["tiny"] if args.quick else [s.strip() for s in args.sizes.split(",")]
    repeats = 1 if args.quick else args.repeats
    parts = set((args.only or "imports,incremental,xlsx,queries,clocks,pages,report,contract").split(","))
    unknown = [s for s in sizes if s not in gen.SIZES]
    if unknown:
        parser.error(f"unknown size(s) {', '.join(unknown)}; choose from {', '.join(gen.SIZES)}")
    if args.db and (len(sizes) != 1 or parts - STORE_PARTS):
        parser.error(f"--db measures one size's store, with --only among {', '.join(sorted(STORE_PARTS))}")
    results = [measure_size(gen.SIZES[name], args.scratch / name, repeats, parts, args.db) for name in sizes]
    previous = args.out.read_text() if args.out.exists() else ""
    notes = previous.split(NOTES_MARK, 1)[1].lstrip("\n") if NOTES_MARK in previous else ""
    command = ("python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])).strip()
    info = machine()
    kept = args.out.with_suffix(".json")  # every size's figures, for the growth lines when one size is run again
    figures = json.loads(kept.read_text()) if kept.exists() else {}
    sections = previous_sections(previous)
    partial = args.only is not None
    for r in results:
        new = render_size(r, info, command)
        earlier = sections.get(r.size.name)
        sections[r.size.name] = merge_section(earlier, new, figures.get(r.size.name, {}), r, info, command, parts) \
            if partial and earlier else new
        measured = {f.key: {"label": f.label, "value": f.value, "unit": f.unit} for f in r.figures}
        figures[r.size.name] = {**figures.get(r.size.name, {}), **measured} if partial else measured
    kept.write_text(json.dumps(figures, indent=1) + "\n")
    args.out.write_text(render(sections, info, notes, growth(figures)))
    say(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

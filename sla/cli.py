"""Command line: python -m sla [--db PATH] COMMAND ... (used by people, scheduled jobs, tests and the benchmark)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from sla import store
from sla.imports import ingest
from sla.imports.readers import ImportProblem


def _print(line: str = "") -> None:
    print(line, flush=True)


def _err(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def cmd_demo(args: argparse.Namespace) -> int:
    """Generate the demo exports and import them through the real importers."""
    from sla import demo

    if args.if_empty:
        with store.connect(args.db, on_wait=_err) as con:
            if not store.is_empty(con):
                _print(f"{args.db or store.default_path()} already has data; demo not loaded.")
                return 0
    _print(f"Generating {args.months} months of demo data (seed {args.seed}) ...")
    demo.load(args.db, months=args.months, seed=args.seed, say=_print)
    _print("Demo data loaded.")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Import export files; exit 1 when any file failed as a whole."""
    mapping = ingest.parse_map(args.map)
    failed = 0
    for path in args.files:
        try:
            result = ingest.ingest_file(
                path, None if args.kind == "auto" else args.kind, db=args.db, preset=args.preset, mapping=mapping,
                timezone=args.timezone, customer=args.customer, service=args.service, sheet=args.sheet,
                source_calendar=args.source_calendar, on_wait=_err,
                progress=(lambda step, fraction: _err(f"  {step} ...")) if args.verbose else None,
            )
        except ImportProblem as problem:
            _err(f"{Path(path).name}: not imported: {problem}" if not str(problem).startswith(Path(path).name)
                 else f"not imported: {problem}")
            failed += 1
            continue
        for line in result.summary():
            _print(line)
        if result.rows_read and not result.rows_stored and result.already_imported_as is None:
            failed += 1  # every row rejected: the user must look, so a scheduled job must not pass silently
    return 1 if failed else 0


def cmd_batches(args: argparse.Namespace) -> int:
    """List the imports."""
    frame = ingest.batches(args.db)
    if frame.empty:
        _print("No imports yet.")
        return 0
    cols = ["batch_id", "kind", "file_name", "preset", "rows_read", "rows_stored", "rows_rejected", "imported_at"]
    _print(frame[cols].to_string(index=False))
    return 0


def cmd_setting(args: argparse.Namespace) -> int:
    """List the settings, show one, or store a new value."""
    from sla.store import settings

    with store.connect(args.db, on_wait=_err) as con:
        if args.key is None:
            for key, value in settings.all_settings(con).items():
                _print(f"{key} = {value}")
        elif args.value is None:
            if args.key not in settings.DEFAULTS:
                raise ValueError(f"unknown setting {args.key!r}; known: {', '.join(settings.DEFAULTS)}")
            _print(settings.get(con, args.key))
        else:
            settings.put(con, args.key, args.value)  # a new report_timezone rebuilds the marts (their basis)
            _print(f"{args.key} = {args.value}")
    if args.value is not None:
        store.bump_version(args.db)  # cached figures of the dashboard are recomputed
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    """Compute the SLA clocks that imports left stale, so the next page or report needs not."""
    from sla.metrics import marts

    _print("SLA clocks computed." if marts.refresh_store(args.db, full=args.full) else "SLA clocks were up to date.")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    """Remove one import."""
    _print(ingest.undo(args.batch_id, args.db))
    return 0


def _table(frame: pd.DataFrame, fmt: str) -> str:
    if fmt == "csv":
        return frame.to_csv(index=False)
    return frame.to_string(index=False) if len(frame) else "(no rows)"


def cmd_kpis(args: argparse.Namespace) -> int:
    """KPIs for a month or a range of months."""
    from sla.metrics import kpis
    from sla.outputs import console

    with store.connect(args.db, read_only=True, on_wait=_err) as con:
        _known_customer(con, args.customer)
        doc = kpis.compute(con, args.period, args.to, args.customer, by=args.by)
    if args.format == "json":
        _print(json.dumps(doc, default=str, ensure_ascii=False, indent=1))
    elif args.format == "csv":  # one table that parses back
        _print(_table(pd.DataFrame(doc["rows"]), "csv"))
    else:
        _print(console.kpi_tables(doc))
    return 0


def _known_customer(con: duckdb.DuckDBPyConnection, customer: str | None) -> None:
    """A --customer the store does not know is an error naming the ones it does (exit 2)."""
    from sla.metrics import overview

    if customer is not None:
        overview.check_customer(con, customer)


def cmd_breaches(args: argparse.Namespace) -> int:
    """Breaches decided in a month or range of months."""
    from sla.metrics import kpis
    from sla.outputs import console

    with store.connect(args.db, read_only=True, on_wait=_err) as con:
        _known_customer(con, args.customer)
        frame = kpis.breaches(con, args.period, args.to, args.customer)
    if args.format == "json":
        cols = ["ticket_id", "customer", "priority", "metric", "created_at", "due_at", "stopped_at", "state",
                "minutes_over", "excluded"]
        rows = kpis.clean_rows(frame[cols]) if len(frame) else []
        _print(json.dumps({"breaches": rows}, default=str, ensure_ascii=False, indent=1))
        return 0
    _print(_table(frame, "csv") if args.format == "csv" else console.breach_table(frame))
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    """Marketing claims for a window, each verified against the data (or with the reason it is not)."""
    from sla.metrics import claims
    from sla.outputs import console

    window = claims.parse_window(args.window)
    if args.customer:
        with store.connect(args.db, read_only=True, on_wait=_err) as con:
            _known_customer(con, args.customer)
    cards = claims.document(args.db, window, args.customer, each=args.all, lang=args.lang)
    if args.format == "json":
        rows = [{**claims.as_dict(c, args.lang), "customer": name} if args.all else claims.as_dict(c, args.lang)
                for name, card in cards for c in card.claims]
        _print(json.dumps({"data_version": cards[0][1].state.fingerprint if cards else None, "claims": rows},
                          default=str, ensure_ascii=False, indent=1))
        return 0
    for name, card in cards:
        _print(f"{'## ' if args.format == 'md' else ''}{name or 'All customers'}, {window.label(args.lang)}")
        _print()
        if args.format == "md":
            _print(claims.markdown(card.claims, args.lang))
        else:
            _print(console.claims_text(claims.claims_table(card.claims, args.lang)))
            _print()
        _print(card.stamp(args.lang))
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    """Import or export the contract configuration."""
    from sla.contract import config

    if args.action == "import":
        _print(config.import_config(args.path, db=args.db, on_wait=_err))
    else:
        _print(config.export_config(args.path, db=args.db))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write the client report workbook of one customer, or of every customer into a folder."""
    from sla.outputs import report

    if args.all:
        paths = report.write_all(args.db, args.period, args.out, args.lang)
        _print(f"{len(paths)} reports written to {args.out}.")
    else:
        _print(f"Report written to {report.write_report(args.db, args.customer, args.period, args.out, args.lang)}.")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    """The executive one-page PDF of a month (the Overview), for all customers or one."""
    from sla.outputs import pdf

    customers = [args.customer] if args.customer else []
    if args.customer:
        with store.connect(args.db, read_only=True, on_wait=_err) as con:
            _known_customer(con, args.customer)
    args.pdf.write_bytes(pdf.summary_pdf(args.db, args.period, customers, args.lang))
    _print(f"Summary written to {args.pdf}.")
    return 0


def cmd_deliver(args: argparse.Namespace) -> int:
    """E-mail the month's summary to executives and each client contact their own report (recipients sheet)."""
    from sla.metrics.periods import last_complete_month
    from sla.outputs import delivery

    period = last_complete_month() if args.period == "last" else args.period
    if args.dry_run:
        for item in delivery.plan(args.db, period, args.resend):
            what = "summary PDF" + ("" if item.customer == "*" else f" of {item.customer}")
            if item.role == "client":
                what = f"Excel report + PDF of {item.customer}"
            verdict = "would send" if item.send else "skip"
            _print(f"{verdict}: {item.email} ({item.role}, {item.language}): {what} [{item.reason}]")
        return 0
    try:
        failed = delivery.deliver(args.db, period, args.resend, say=_print)
    except ValueError as exc:
        _err(f"error: {exc}")
        return 2
    return 1 if failed else 0


def cmd_whatif(args: argparse.Namespace) -> int:
    """Replay a draft contract over past months beside the contract in force."""
    from sla.metrics import whatif
    from sla.outputs import contract

    draft = whatif.read_draft(args.config)
    result = whatif.replay(args.db, draft, args.period, args.to, _customers(args), by_priority=args.by == "priority",
                           full=args.full)
    if args.xlsx:
        from sla.outputs import whatif_report

        Path(args.xlsx).write_bytes(whatif_report.workbook_bytes(result, draft, Path(args.config).name, args.lang))
        _err(f"What-if workbook written to {args.xlsx}")
    if args.format == "json":
        _print(json.dumps(whatif.document(result), default=str, ensure_ascii=False, indent=1))
    elif args.format == "csv":  # one table that parses back: the rows
        _print(_table(result.rows, "csv"))
    else:
        _print(f"What if {Path(args.config).name} had been the contract, {result.first} .. {result.last} "
               f"({result.replayed:,} tickets replayed)")
        _print(contract.summary(result, "en"))
        for title, frame, prefix in (
                ("Figures the draft changes", contract.months_table(result, "en"), "contract.col"),
                ("Credits owed per month and customer", contract.credits_table(result, "en"), "contract.col"),
                (f"Tickets whose outcome flips (the first {FLIPS_SHOWN} of {len(result.flips):,})"
                 if len(result.flips) > FLIPS_SHOWN else "Tickets whose outcome flips",
                 contract.flips_table(result, "en", FLIPS_SHOWN), "contract.col")):
            _print()
            _print(title)
            _print(_table(contract.headers(frame, prefix, "en"), "table"))
    return 0


FLIPS_SHOWN = 50  # the table format lists this many flipped tickets; json and the workbook list them all


def cmd_advise(args: argparse.Namespace) -> int:
    """Per customer, metric and priority: the target in force, its months met and the achievable target."""
    from sla.metrics import advisor, claims
    from sla.outputs import contract

    window = claims.parse_window(args.window)
    advice = advisor.advise(args.db, window.first, window.last, _customers(args))
    if args.format == "json":
        rows = [*kpis_rows(advice.tickets.drop(columns=["service"])),
                *kpis_rows(advice.availability.drop(columns=["priority"]))]
        _print(json.dumps({"period_start": window.start.isoformat(), "period_end": window.end.isoformat(),
                           "months": advice.months, "rows": rows}, default=str, ensure_ascii=False, indent=1))
        return 0
    _print(f"Target advice {window.first} .. {window.last}: the tightest target met in at least "
           f"{advisor.ACHIEVABLE[0]} of {advisor.ACHIEVABLE[1]} months is suggested")
    _print(_table(contract.headers(contract.advice_table(advice, "en").drop(columns=["months"]),
                                   "contract.advice.col", "en"), "table"))
    return 0


def kpis_rows(frame: pd.DataFrame) -> list[dict]:
    from sla.metrics import kpis

    return kpis.clean_rows(frame) if len(frame) else []


def cmd_forecast(args: argparse.Namespace) -> int:
    """The month in progress: where ticket compliance is heading, downtime left before each credit tier."""
    from sla.metrics import claims, forecast
    from sla.outputs import contract

    result = forecast.forecast(args.db, _customers(args))
    tested = forecast.backtest(args.db, *_window(claims.parse_window(args.backtest)), customers=_customers(args)) \
        if args.backtest else None
    if args.format == "json":
        doc = {"month": result.month, "as_of": result.as_of.isoformat(),
               "tickets": kpis_rows(result.tickets.drop(columns=["month", "as_of"])),
               "availability": kpis_rows(result.availability.drop(columns=["month"], errors="ignore")),
               "credits": kpis_rows(result.credits)}
        if tested:
            doc["backtest"] = {"first": tested.first, "last": tested.last, "forecasts": tested.count(),
                               "mae_pp": tested.error(), "mae_so_far_pp": tested.error("so_far"),
                               "availability_mae_pp": tested.error("so_far", "availability")}
        _print(json.dumps(doc, default=str, ensure_ascii=False, indent=1))
        return 0
    _print(f"Forecast of {contract.month_label(result.month, result.progress, 'en')}")
    for title, frame, prefix in (
            ("Ticket compliance at the month's end", contract.forecast_table(result, "en"), "contract.forecast.col"),
            ("Downtime left this month", contract.outlook_table(result, "en"),
             "contract.forecast.col")):
        _print()
        _print(title)
        _print(_table(contract.headers(frame, prefix, "en"), "table"))
    if tested:
        _print()
        _print(contract.accuracy(tested, "en"))
    return 0


def _window(window) -> tuple[str, str]:
    return window.first, window.last


def _customers(args: argparse.Namespace) -> tuple[str, ...]:
    return (args.customer,) if args.customer else ()


def _period(text: str) -> str:
    try:
        datetime.strptime(text, "%Y-%m")
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2026-10") from exc
    return text


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for all commands."""
    parser = argparse.ArgumentParser(prog="python -m sla", description="SLA performance engine")
    parser.add_argument("--db", help="database file (default: $SLA_DB or data/sla.duckdb)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("demo", help="fill the database with demo data")
    p.add_argument("--months", type=int, default=13)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--if-empty", action="store_true", help="only when the database has no data yet")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("ingest", help="import export files")
    p.add_argument("kind", choices=(*ingest.KINDS, "auto"), help="what the files hold (auto: tell from the columns)")
    p.add_argument("files", nargs="+")
    p.add_argument("--preset", help="preset name (default: detected from the columns and first rows)")
    p.add_argument("--sheet", help="the workbook sheet to read (default: the one whose header knows most columns)")
    p.add_argument("--map", action="append", metavar="CANONICAL=SOURCE", help="map a field to a column")
    p.add_argument("--timezone", help="time zone of the export's times (default: setting, Europe/Amsterdam)")
    p.add_argument("--source-calendar", metavar="CALENDAR",
                   help="the configuration's calendar the source counted its business-hours durations on: they then "
                        "give the stops the export has no time for (default: kept as the source's figure only)")
    p.add_argument("--customer", help="customer of every row in the file")
    p.add_argument("--service", help="service/monitor of every row in the file")
    p.add_argument("-v", "--verbose", action="store_true", help="show progress")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("batches", help="list imports")
    p.set_defaults(run=cmd_batches)

    p = sub.add_parser("setting", help="list the settings, or show or change one")
    p.add_argument("key", nargs="?", help="report_timezone, timezone, company_name, smtp_host, ...")
    p.add_argument("value", nargs="?", help="the new value")
    p.set_defaults(run=cmd_setting)

    p = sub.add_parser("refresh", help="compute the SLA clocks of the tickets changed since the last refresh now "
                                       "(else the next reader does)")
    p.add_argument("--full", action="store_true", help="recompute every ticket's clocks, not only the changed ones")
    p.set_defaults(run=cmd_refresh)

    p = sub.add_parser("claims", help="marketing claims, verified against the data")
    p.add_argument("--window", default="12m",
                   help="12m: the last 12 complete months (default); 2025: a calendar year; 2025-01..2025-06")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--customer", help="one customer's claims (default: all customers together)")
    who.add_argument("--all", action="store_true", help="the claims of every customer in turn")
    p.add_argument("--format", choices=["table", "json", "md"], default="table")
    p.add_argument("--lang", choices=["en", "nl"], default="en")
    p.set_defaults(run=cmd_claims)

    for name, run, help_text in (("kpis", cmd_kpis, "KPIs for a period"),
                                 ("breaches", cmd_breaches, "breaches in a period")):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--period", required=True, type=_period, metavar="YYYY-MM")
        p.add_argument("--to", type=_period, metavar="YYYY-MM", help="last month of a range (included)")
        p.add_argument("--customer")
        if name == "kpis":
            p.add_argument("--by", choices=["priority", "category", "channel"],
                           help="split ticket KPIs and volumes")
        p.add_argument("--format", choices=["table", "json", "csv"], default="table")
        p.set_defaults(run=run)

    p = sub.add_parser("config", help="import or export the contract configuration")
    p.add_argument("action", choices=["import", "export"])
    p.add_argument("path", help=".xlsx workbook or folder of CSV files")
    p.set_defaults(run=cmd_config)

    p = sub.add_parser("report", help="client report workbooks (Excel) for a month")
    p.add_argument("--period", required=True, type=_period, metavar="YYYY-MM")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", help="one customer's report, written to the file --out")
    who.add_argument("--all", action="store_true", help="one report per customer, written into the folder --out")
    p.add_argument("--out", required=True, type=Path, help="the .xlsx file (--customer) or folder (--all)")
    p.add_argument("--lang", choices=["en", "nl"], default="en")
    p.set_defaults(run=cmd_report)

    p = sub.add_parser("summary", help="executive one-page PDF of a month (the Overview)")
    p.add_argument("--period", required=True, type=_period, metavar="YYYY-MM")
    p.add_argument("--customer", help="one customer's page (default: all customers)")
    p.add_argument("--lang", choices=["en", "nl"], default="en")
    p.add_argument("--pdf", required=True, type=Path, metavar="PATH", help="the .pdf file to write")
    p.set_defaults(run=cmd_summary)

    p = sub.add_parser("deliver", help="e-mail the month's PDF and reports to the recipients sheet")
    p.add_argument("--period", required=True, metavar="YYYY-MM|last", help="a month, or last: the last complete one",
                   type=lambda text: text if text == "last" else _period(text))
    p.add_argument("--dry-run", action="store_true", help="list who would get what, send nothing")
    p.add_argument("--resend", action="store_true", help="send again what was already sent for the period")
    p.set_defaults(run=cmd_deliver)

    p = sub.add_parser("whatif", help="replay a draft contract over past months beside the contract in force")
    p.add_argument("--config", required=True, metavar="PATH", help="the draft: .xlsx workbook or folder of CSV files, "
                                                                     "as `config import` reads it")
    p.add_argument("--period", required=True, type=_period, metavar="YYYY-MM")
    p.add_argument("--to", type=_period, metavar="YYYY-MM", help="last month of a range (included)")
    p.add_argument("--customer")
    p.add_argument("--by", choices=["priority"], help="ticket KPIs per priority")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument("--full", action="store_true", help="recompute every ticket, not only those the draft changes "
                                                       "(the same figures, slower)")
    p.add_argument("--xlsx", metavar="PATH", help="also write the what-if workbook (charts, flips, definitions)")
    p.add_argument("--lang", choices=["en", "nl"], default="en", help="language of the workbook")
    p.set_defaults(run=cmd_whatif)

    p = sub.add_parser("advise", help="achievable targets: the target met in k of n months, and a suggestion")
    p.add_argument("--window", default="12m",
                   help="12m: the last 12 complete months (default); 2025-01..2025-12; 2025: a calendar year")
    p.add_argument("--customer")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(run=cmd_advise)

    p = sub.add_parser("forecast", help="the month in progress: month-end compliance, downtime left per credit tier")
    p.add_argument("--customer")
    p.add_argument("--backtest", metavar="WINDOW", help="also say how accurate the forecast was over a window of past "
                                                        "months (12m, 2025-01..2025-12)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(run=cmd_forecast)

    p = sub.add_parser("undo", help="remove one import")
    p.add_argument("batch_id", type=int)
    p.set_defaults(run=cmd_undo)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a command; user errors are one clear line on stderr and exit code 2, never a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ImportProblem as problem:
        _err(f"error: {problem}")
        return 2
    except duckdb.IOException as exc:
        _err(f"error: could not open the database: {exc}")
        return 2
    except ValueError as exc:
        _err(f"error: {exc}")
        return 2
    except BrokenPipeError:  # output piped into `head` and cut off: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        _err("interrupted; nothing was half-stored.")
        return 130

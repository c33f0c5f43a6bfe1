"""The KPI registry (one written definition per KPI) and the KPI computations over the marts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import duckdb
import pandas as pd

from sla import i18n
from sla.metrics import marts, monthly, periods
from sla.store import data_state, settings, sql


@dataclass(frozen=True)
class Kpi:
    """One KPI: its labels, definition, how to format it and which way is good."""

    key: str
    label: dict[str, str]
    definition: dict[str, str]
    unit: str  # pct | minutes | count | score | ms | money
    higher_is_better: bool
    number_format: str  # Excel number format


REGISTRY: dict[str, Kpi] = {k.key: k for k in (
    Kpi("first_response", {"en": "First response compliance", "nl": "Eerste reactie binnen SLA"},
        {"en": "Share of tickets whose first response came by the due moment: met / (met + breached). The clock "
               "runs in business time on the policy's calendar from creation; the due moment is when the target "
               "is used up. A ticket counts in the month it was decided: when answered if met, at the due moment "
               "if breached. Excluded breaches are left out.",
         "nl": "Aandeel tickets waarvan de eerste reactie op tijd kwam: gehaald / (gehaald + overschreden). De "
               "klok loopt in werktijd volgens de kalender van de afspraak, vanaf het aanmaken; de deadline is het "
               "moment waarop de norm op is. Een ticket telt in de maand waarin het beslist werd: bij de reactie "
               "als gehaald, op de deadline als overschreden. Uitgesloten overschrijdingen tellen niet mee."},
        "pct", True, "0.00%"),
    Kpi("resolution", {"en": "Resolution compliance", "nl": "Oplossing binnen SLA"},
        {"en": "Share of tickets resolved by the due moment: met / (met + breached), in business time on the "
               "policy's calendar from creation to resolution, minus on-hold time when the export gives it. "
               "Attributed to the month decided; excluded breaches are left out.",
         "nl": "Aandeel tickets dat op tijd is opgelost: gehaald / (gehaald + overschreden), in werktijd volgens "
               "de kalender van de afspraak, van aanmaken tot oplossen, min de wachttijd als de export die geeft. "
               "Telt in de maand waarin beslist; uitgesloten overschrijdingen tellen niet mee."},
        "pct", True, "0.00%"),
    Kpi("availability", {"en": "Availability", "nl": "Beschikbaarheid"},
        {"en": "(eligible - downtime) / eligible. Eligible: the period's minutes inside the policy calendar, "
               "minus maintenance and minus time without monitoring data. Downtime: time down (a check's status "
               "holds until the next check; outage logs count as down) outside maintenance.",
         "nl": "(meetbare tijd - downtime) / meetbare tijd. Meetbaar: de minuten van de periode binnen de "
               "kalender van de afspraak, min onderhoud en min tijd zonder meetgegevens. Downtime: tijd dat de "
               "dienst onbereikbaar was, buiten onderhoud."},
        "pct", True, "0.000%"),
    Kpi("csat", {"en": "CSAT", "nl": "Klanttevredenheid (CSAT)"},
        {"en": "Share of answered survey responses scoring 4-5 on a 1-5 scale (Zendesk: Good). Unanswered "
               "surveys do not count. Feedback belongs to the month it was submitted.",
         "nl": "Aandeel beantwoorde enquêtes met een 4 of 5 op een schaal van 1-5 (Zendesk: Good). Niet "
               "beantwoorde enquêtes tellen niet mee. Telt in de maand van invullen."},
        "pct", True, "0.0%"),
    Kpi("nps", {"en": "NPS", "nl": "NPS"},
        {"en": "Net Promoter Score: % of answers 9-10 minus % of answers 0-6, on a 0-10 scale.",
         "nl": "Net Promoter Score: % antwoorden 9-10 min % antwoorden 0-6, op een schaal van 0-10."},
        "score", True, "0.0"),
    Kpi("breaches", {"en": "Breaches", "nl": "Overschrijdingen"},
        {"en": "Ticket metrics whose due moment passed before they stopped, decided in the period (excluded "
               "breaches not counted).",
         "nl": "Ticketnormen waarvan de deadline verstreek voordat de klok stopte, in de periode (zonder "
               "uitgesloten overschrijdingen)."},
        "count", False, "#,##0"),
)}


MAX_DECIMALS = 6  # values are stored to this precision at most (availability: service_availability's round)


def decimals(kpi: Kpi) -> int:
    """The decimals the registry's number format shows ('0.00%' -> 2, '#,##0' -> 0)."""
    return len(kpi.number_format.rstrip("%").partition(".")[2])


def shown_decimals(kpi: Kpi, value: float, thresholds: Iterable[float | None] = ()) -> int:
    """The registry's decimals, or more when fewer would put the shown value on the other side of a threshold.

    A threshold is met at or above it (a target: value >= target; a credit tier "below x": value < x), so the
    shown value must compare with each threshold as the true value does: 99.949 against 99.95 is "99.949".
    """
    limits = [float(x) for x in thresholds if x is not None and not pd.isna(x)]
    places = decimals(kpi)
    while places < MAX_DECIMALS and any(
            (_rounded(value, places) >= x) != (value >= x) for x in limits):
        places += 1
    return places


def _rounded(value: float, places: int) -> float:
    """The value as it is shown: rounded half up, like sla.i18n writes it."""
    return float(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


def format_value(kpi: Kpi | str, value: float | None, lang: str = "en", target: float | None = None,
                 tiers: Iterable[float | None] = ()) -> str:
    """The one text of a KPI value: its registry format, in the language, on the true side of target and tiers.

    Values arrive unrounded from the queries (verdicts compare at full precision); this is the only rounding.
    """
    kpi = REGISTRY[kpi] if isinstance(kpi, str) else kpi
    if value is None or pd.isna(value):
        return "–"
    places = shown_decimals(kpi, float(value), (target, *tiers, *_whole(kpi)))
    return i18n.percent(value, lang, places) if kpi.unit == "pct" else i18n.number(value, lang, places)


def _whole(kpi: Kpi) -> tuple[float, ...]:
    """100 % is a threshold of every share: 99.9996 % is never shown as 100.000 %."""
    return (100.0,) if kpi.unit == "pct" else ()


def excel_format(kpi: Kpi | str, value: float | None = None, target: float | None = None,
                 tiers: Iterable[float | None] = ()) -> str:
    """The Excel number format of a KPI cell: the registry's, with the decimals format_value would show."""
    kpi = REGISTRY[kpi] if isinstance(kpi, str) else kpi
    if value is None or pd.isna(value):
        return kpi.number_format
    places = shown_decimals(kpi, float(value), (target, *tiers, *_whole(kpi)))
    if places == decimals(kpi):
        return kpi.number_format
    digits = "0." + "0" * places if places else "0"
    return digits + "%" if kpi.unit == "pct" else digits.replace("0", "#,##0", 1)


def has_marts(con: duckdb.DuckDBPyConnection) -> bool:
    """True once there is a ticket mart; rebuilds it first when an import or configuration left it stale."""
    marts.refresh(con)
    return con.execute(
        "select count(*) from duckdb_tables() where table_name = 'fct_ticket_sla' and not temporary"
    ).fetchone()[0] > 0


def prepare_outcomes(con: duckdb.DuckDBPyConnection, as_of: datetime) -> None:
    """Temp view ticket_outcomes: each ticket metric judged as of a moment (met / breached / open).

    A view over fct_ticket_sla, not a copy: each query reads only the columns and rows it needs (copying every
    ticket metric of 1M tickets took a second of CPU on every page and KPI call). The moment is a one-row table.
    """
    con.execute("create or replace temp table outcomes_as_of as select $as_of::timestamp as as_of", {"as_of": as_of})
    con.execute(f"create or replace temp view ticket_outcomes as {sql.text('metrics/ticket_outcomes')}")


def clean_rows(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts (NaN/NA -> None, numpy scalars -> Python)."""
    frame = frame.astype(object).where(frame.notna(), None)
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()} for row in frame.to_dict("records")]


TICKET_KEYS = ("customer", "metric", "priority", "total", "met", "breached", "open", "at_risk", "compliance_pct",
               "target_pct", "ok", "p50_minutes", "p90_minutes", "source_compliance_pct", "source_p50_minutes")
AVAILABILITY_KEYS = ("customer", "metric", "service", "availability_pct", "downtime_minutes", "maintenance_minutes",
                     "coverage_pct", "target_pct", "ok", "budget_minutes", "budget_left_minutes", "credit_pct",
                     "credit_below_pct", "credit_amount", "burn_rate")
KEYS = {
    "first_response": TICKET_KEYS, "resolution": TICKET_KEYS, "availability": AVAILABILITY_KEYS,
    "response_time": ("customer", "metric", "service", "p50_ms", "p95_ms", "p99_ms", "checks"),
    "throughput": ("customer", "metric", "service", "mean", "p5", "unit", "checks", "target_value", "ok"),
    "quality": ("customer", "metric", "resolved", "reopened", "reopen_pct"),
    "volume": ("customer", "metric", "created", "resolved"),
    "csat": ("customer", "metric", "responses", "csat_pct", "mean_score"),
    "nps": ("customer", "metric", "responses", "nps"),
}


BY = ("priority", "category", "channel")  # what ticket KPIs and volumes can be split by
SPLIT_METRICS = ("first_response", "resolution", "volume", "quality")


def compute(con: duckdb.DuckDBPyConnection, period: str, to: str | None = None, customer: str | None = None,
            by_priority: bool = False, as_of: datetime | None = None, by: str | None = None,
            availability: pd.DataFrame | None = None) -> dict:
    """All KPIs for a month or a range of months (one period): the `kpis --format json` document.

    `by` (priority, category or channel; `by_priority` is short for by="priority") splits the ticket KPIs and
    volumes; the split value is in the row under that name. `availability`: rows of the last availability_rows
    call on `con` (same customer and as_of) over periods that include this one, such as a report's trend; they
    are the costly part, and response time reads that call's availability_targets.
    """
    by = by or ("priority" if by_priority else None)
    first, end_date, start, end = periods.month_bounds(period, to, settings.get(con, "report_timezone"))
    as_of = periods.freeze(as_of or settings.now(), end)
    params = {"period_start": start, "period_end": end, "period_start_date": first, "as_of": as_of,
              "customer": customer, "by": by or ""}
    frames = [ticket_kpis(con, period, to, customer, as_of=as_of, by=by),
              sql.df(con, "metrics/kpi_tickets_volume", **params),
              *monitoring_kpis(con, first, end_date, params, availability),
              sql.df(con, "metrics/kpi_feedback", **params)]
    rows = []
    for frame in frames:
        for row in clean_rows(frame):
            keys = KEYS[row["metric"]]
            if by and row["metric"] in SPLIT_METRICS:
                row[by] = row.get("priority", row.get("grp"))
                keys = ("customer", "metric", by) + tuple(k for k in keys[2:] if k != "priority")
            rows.append({k: row.get(k) for k in keys})
    return {"period_start": first.isoformat(), "period_end": end_date.isoformat(),
            "as_of": as_of.isoformat(), "timezone": settings.get(con, "report_timezone"), "in_progress": as_of < end,
            "data_version": data_state.read(con).fingerprint, "rows": rows}


def monitoring_kpis(con: duckdb.DuckDBPyConnection, first: date, end: date, params: dict,
                    availability: pd.DataFrame | None = None) -> list[pd.DataFrame]:
    """Availability (with budget and credits), response time and throughput rows for one period."""
    if availability is None:
        availability = availability_rows(con, [(first, params["period_start"], params["period_end"])],
                                         params["as_of"], params["customer"])
    month = availability[pd.to_datetime(availability["month"]) == pd.Timestamp(first)]
    monthly.write_service_response(con, params)
    return [month.drop(columns="month"), sql.df(con, "metrics/kpi_response_time", **params)]


def availability_rows(con: duckdb.DuckDBPyConnection, periods: list[tuple[date, datetime, datetime]],
                      as_of: datetime, customer: str | None = None) -> pd.DataFrame:
    """Availability rows for several periods at once (first local day, UTC start, UTC end), one query."""
    measure_availability(con, periods, as_of, customer)
    return sql.df(con, "metrics/kpi_availability", customer=customer)


def measure_availability(con: duckdb.DuckDBPyConnection, periods: list[tuple[date, datetime, datetime]],
                         as_of: datetime, customer: str | None = None,
                         targets: str = "availability_targets", services: tuple[str, ...] = ()) -> None:
    """Temp tables periods, availability_targets (what is measured on which calendar: by default what the
    contracts promise; another query `targets` may choose otherwise, given `services`) and service_availability
    (eligible, down and maintenance seconds per period, service and calendar)."""
    marts.refresh(con)  # the check days and whole months it reads
    con.execute("create or replace temp table periods (first_day date, p0 timestamp, p1 timestamp)")
    con.executemany("insert into periods values (?, ?, ?)", [list(p) for p in periods])
    first = min(p[0] for p in periods)
    end = max(p[2] for p in periods).date() + timedelta(days=1)
    monthly.write_period_segments(con, first, end)
    # The whole range as constants too: a filter on them reaches below stg_checks' de-duplicating window
    # (10M checks: 6 s -> 0.3 s), where one joined from the periods table does not.
    params = {"as_of": as_of, "customer": customer, "range_start": min(p[1] for p in periods),
              "range_end": max(p[2] for p in periods), "services": list(services)}
    _temp_table(con, "availability_targets", params, targets)
    # its services as constants, applied in the checks scan (a join slowed every trend: a probe per check)
    if customer or services:
        params["services"] = [s for (s,) in con.execute("select distinct service from availability_targets").fetchall()]
    # whole past months from the monthly marts, which hold what the contracts promise (not another choice)
    monthly.write_service_availability(con, params, from_marts=targets == "availability_targets")


def credits_owed(rows: pd.DataFrame) -> pd.DataFrame:
    """The credit owed per month and customer from availability rows: its services' credits (each the deepest tier
    the service fell below, as a share of the fee) summed, and at most the monthly fee. The one credit rule."""
    columns = ["month", "customer", "credit_amount"]
    judged = rows.dropna(subset=["credit_amount"]) if len(rows) else rows
    if judged.empty:
        return pd.DataFrame(columns=columns)
    per = judged.groupby(["month", "customer"], as_index=False).agg(
        credit_amount=("credit_amount", "sum"), monthly_fee=("monthly_fee", "max"))
    return per.assign(credit_amount=per[["credit_amount", "monthly_fee"]].min(axis=1))[columns]


def _temp_table(con: duckdb.DuckDBPyConnection, name: str, params: dict, query: str | None = None) -> None:
    text = sql.text("metrics/" + (query or name))
    con.execute(f"create or replace temp table {name} as {text}", sql.bound(text, params))


def breaches(con: duckdb.DuckDBPyConnection, period: str, to: str | None = None, customer: str | None = None,
             as_of: datetime | None = None) -> pd.DataFrame:
    """Every breach decided in the period, with its clock, as the period ended (or as of now while it runs):
    resolved late or open past due, business minutes over target; moments in the report time zone."""
    if not has_marts(con):
        return pd.DataFrame(columns=["ticket_id", "customer", "priority", "metric", "created_at", "due_at",
                                     "stopped_at", "state", "minutes_over"])
    tz = settings.get(con, "report_timezone")
    _, _, start, end = periods.month_bounds(period, to, tz)
    as_of = periods.freeze(as_of or settings.now(), end)
    prepare_outcomes(con, as_of)
    frame = sql.df(con, "metrics/breaches", period_start=start, period_end=end, as_of=as_of, customer=customer)
    return local_times(frame, ("created_at", "due_at", "stopped_at"), tz)


def local_times(frame: pd.DataFrame, columns: tuple[str, ...], tz: str) -> pd.DataFrame:
    """Stored UTC moments as the report time zone's local time, with their offset (2024-10-11 09:30:00+02:00)."""
    return frame.assign(**{c: frame[c].dt.tz_localize("UTC").dt.tz_convert(tz) for c in columns})


def ticket_kpis(con: duckdb.DuckDBPyConnection, period: str, to: str | None = None, customer: str | None = None,
                by_priority: bool = False, as_of: datetime | None = None, by: str | None = None) -> pd.DataFrame:
    """First-response and resolution KPI rows for a month (or a range of months as one period).

    Split by `by` (priority, category, channel; by_priority is short for priority): the split value is in the
    `priority` column of the frame.
    """
    by = by or ("priority" if by_priority else None)
    if by not in (None, *BY):
        raise ValueError(f"cannot split by {by!r}; choose one of {', '.join(BY)}")
    if not has_marts(con):
        return pd.DataFrame()
    _, _, start, end = periods.month_bounds(period, to, settings.get(con, "report_timezone"))
    as_of = periods.freeze(as_of or settings.now(), end)
    prepare_outcomes(con, as_of)
    return sql.df(con, "metrics/kpi_tickets", period_start=start, period_end=end, as_of=as_of, customer=customer,
                  by=by or "")

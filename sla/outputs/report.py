"""Client reports: one Excel workbook per customer and month, in English or Dutch.

Sheets: Summary, Trend (native line charts on the cells), Breaches, Availability, Feedback, Definitions. Every
figure comes from the engine (sla.metrics: kpis, trends) with the client as a filter of each query, and every string
that came from an export or the configuration enters a cell through `text()`, so it can never become a formula.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import LineChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from sla import i18n, store
from sla.contract import config
from sla.metrics import exclusions, kpis, overview, periods, trends
from sla.metrics.kpis import REGISTRY, Kpi
from sla.outputs import links
from sla.store import data_state, settings, sql
from sla.store.scope import LOCAL, Scope

TREND_MONTHS = 12
MAX_CELL_TEXT = 32767  # Excel's limit for one cell
DURATION = "[h]:mm"  # durations are stored as fractions of a day

NAVY, GREY, RULE = "1F3864", "595959", "BFBFBF"
MET = ("00704F", "DDF1E8")  # font, fill (Okabe-Ito bluish green, lightened); always with a symbol
MISSED = ("A33E00", "FBE3D6")  # vermillion
PALETTE = ("0072B2", "E69F00", "009E73", "CC79A7", "56B4E9", "D55E00")
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "SEK": "kr", "NOK": "kr", "DKK": "kr"}
UNSAFE_FILE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')

FONT_NAME = "Calibri"


def font(**style: object) -> Font:
    """A font in the workbook's typeface (a nameless font renders as a serif in LibreOffice)."""
    return Font(name=FONT_NAME, **style)


TITLE_FONT = font(size=18, bold=True, color=NAVY)
SUBTITLE_FONT = font(size=13, bold=True, color=NAVY)
HEADER_FONT = font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor=NAVY)
NOTE_FONT = font(italic=True, color=GREY)
THIN = Border(bottom=Side(style="thin", color=RULE))


# --- what the report shows: gathered with the client as a filter of every query -------------------------------


@dataclass(frozen=True)
class ReportData:
    """Everything one client's workbook shows for one month, already limited to that client."""

    customer: str
    period: str
    months: list[str]
    tz: str
    as_of: datetime
    company: str
    rows: list[dict]
    ticket_trend: pd.DataFrame
    availability: pd.DataFrame
    feedback_trend: pd.DataFrame
    breaches: pd.DataFrame
    incidents: pd.DataFrame
    answers: pd.DataFrame
    contract: dict[str, pd.DataFrame]
    state: data_state.DataState  # the data the workbook rests on
    progress: periods.Progress | None  # set while the month runs
    ticket_links: dict[str, str] = field(default_factory=dict)  # the URL templates client workbooks may show

    def kpi_rows(self, metric: str) -> list[dict]:
        """The period's KPI rows of one metric."""
        return [r for r in self.rows if r["metric"] == metric]

    @property
    def previous(self) -> str:
        """The month before the report's month."""
        return periods.month_add(self.period, -1)

    @property
    def has_data(self) -> bool:
        """True when the month holds any ticket, measurement or survey answer of the client."""
        counted = ("total", "created", "resolved", "responses", "checks")
        return bool(len(self.breaches) or len(self.answers)) or any(
            r["metric"] == "availability" and r.get("availability_pct") is not None
            or any((r.get(k) or 0) > 0 for k in counted) for r in self.rows)


def gather(con: duckdb.DuckDBPyConnection, customer: str, period: str, as_of: datetime | None = None,
           scope: Scope = LOCAL) -> ReportData:
    """Query everything the client's workbook shows for the month (and the 12 months up to it); an unknown customer
    is named with the scope's known ones."""
    overview.check_customer(con, customer, scope)
    return gather_many(con, [customer], period, as_of)[customer]


def gather_many(con: duckdb.DuckDBPyConnection, customers: Sequence[str], period: str,
                as_of: datetime | None = None) -> dict[str, ReportData]:
    """What the workbooks of `customers` show for the month: each query runs once for them all (for one customer,
    filtered to it), and each client's data is its own slice of the answers."""
    if not customers:
        return {}
    only = customers[0] if len(customers) == 1 else None  # one client: every query reads that client's rows only
    tz = settings.get(con, "report_timezone")
    first = periods.month_add(period, 1 - TREND_MONTHS)
    _, _, start, end = periods.month_bounds(period, None, tz)
    as_of = periods.freeze(as_of or settings.now(), end)  # a closed month's workbook is the same whenever made
    window = {"period_start": start, "period_end": end, "as_of": as_of, "customer": only}
    availability = trends.availability_trend(con, first, period, customer=only, as_of=as_of)
    known = availability if start < as_of else None  # the trend holds the month once it has begun: not twice
    rows = kpis.compute(con, period, customer=only, as_of=as_of, availability=known)["rows"]
    ticket_trend = trends.ticket_trend(con, first, period, split="customer", customer=only, as_of=as_of)
    feedback_trend = trends.feedback_trend(con, first, period, customer=only, by_customer=True)
    services = {c: sorted({r["service"] for r in rows if r["metric"] == "availability" and r["customer"] == c}
                          | set(_only(availability, c).get("service", pd.Series(dtype=object)).dropna()))
                for c in customers}
    incidents = local(sql.df(con, "outputs/report_incidents", services=sorted(set().union(*services.values())),
                             **window), ("started_at", "ended_at"), tz)
    breaches = _breaches(con, period, only, as_of, tz)
    answers = local(sql.df(con, "outputs/report_feedback", **window), ("submitted_at",), tz)
    sheets = config.current(con)
    shared = {"period": period, "months": periods.months(first, period), "tz": tz, "as_of": as_of,
              "company": settings.get(con, "company_name"), "state": data_state.read(con),
              "progress": periods.progress(period, as_of, tz), "ticket_links": config.ticket_links(con, client=True)}
    return {c: ReportData(
        customer=c, rows=[r for r in rows if r["customer"] == c],
        ticket_trend=_slice(ticket_trend, "split", c), availability=_only(availability, c),
        feedback_trend=_slice(feedback_trend, "customer", c), breaches=_slice(breaches, "customer", c),
        incidents=incidents[incidents["service"].isin(services[c])].reset_index(drop=True),
        answers=_slice(answers, "customer", c), contract=contract(sheets, c), **shared) for c in customers}


def _only(frame: pd.DataFrame, customer: str) -> pd.DataFrame:
    return frame[frame["customer"] == customer].reset_index(drop=True) if "customer" in frame else frame


def _slice(frame: pd.DataFrame, column: str, customer: str) -> pd.DataFrame:
    """One customer's rows, without the column that names it."""
    return frame[frame[column] == customer].drop(columns=column).reset_index(drop=True)


def _breaches(con: duckdb.DuckDBPyConnection, period: str, customer: str | None, as_of: datetime,
              tz: str) -> pd.DataFrame:
    """The month's breaches of one customer (None: of all) with their ticket's subject."""
    frame = kpis.breaches(con, period, None, customer, as_of)
    if frame.empty:
        return frame.assign(subject=pd.Series(dtype=object))
    subjects = sql.df(con, "outputs/report_ticket_subjects", customer=customer,
                      ticket_ids=sorted(frame["ticket_id"].astype(str).unique()))
    merged = frame.merge(subjects, on=["source", "ticket_id", "customer"], how="left")
    return local(merged, ("created_at", "due_at", "stopped_at"), tz)


def local(frame: pd.DataFrame, columns: Iterable[str], tz: str) -> pd.DataFrame:
    """Moments (naive UTC or zone-aware) as naive local times of the report zone, the way Excel stores them."""
    out = frame.copy()
    for col in columns:
        moments = pd.to_datetime(out[col])
        if moments.dt.tz is None:
            moments = moments.dt.tz_localize("UTC")
        out[col] = moments.dt.tz_convert(tz).dt.tz_localize(None)
    return out


def contract(sheets: dict[str, pd.DataFrame], customer: str) -> dict[str, pd.DataFrame]:
    """The configuration rows that apply to one client: its entry, policies, their calendars and credit tiers."""
    entry = sheets["customers"][sheets["customers"]["customer"] == customer]
    policies = sheets["policies"][sheets["policies"]["customer"].isin(["*", customer])]
    used = set(policies["calendar"].fillna("24x7")) | {"24x7"}
    credits = sheets["credits"]
    own = credits[credits["customer"] == customer]
    return {"customer": entry.reset_index(drop=True), "policies": policies.reset_index(drop=True),
            "calendars": sheets["calendars"][sheets["calendars"]["calendar"].isin(used)].reset_index(drop=True),
            "credits": (own if len(own) else credits[credits["customer"] == "*"]).reset_index(drop=True)}


# --- writing cells ----------------------------------------------------------------------------------------------


def text(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    """Write a string as literal text, never a formula: the one way any string enters a sheet.

    `=HYPERLINK(...)`, `+1+1`, `-2`, `@SUM(A1)` stay text: the cell type is forced to string (openpyxl would
    otherwise store a leading '=' as a formula) and the quote prefix keeps Excel from re-reading it on edit.
    """
    cell = ws.cell(row=row, column=col)
    cell.value = cell_text(value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def cell_text(value: object) -> str:
    """A string as a cell may hold it: without the characters XML forbids, at most Excel's length."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))[:MAX_CELL_TEXT]


def missing(value: object) -> bool:
    """True for None, NaN and NaT."""
    return value is None or (not isinstance(value, str | bool) and bool(pd.isna(value)))


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows as dicts, as DataFrame.to_dict("records") gives them, in a third of its time (3k breaches: 0.01 s)."""
    columns = list(frame.columns)
    return [dict(zip(columns, row, strict=True)) for row in zip(*(frame[c].tolist() for c in columns), strict=True)]


def plain(value: object) -> object:
    """A value as a cell holds it: missing values as None, pandas and numpy scalars as Python's."""
    if missing(value):
        return None
    return value.to_pydatetime() if isinstance(value, pd.Timestamp) else value.item() if hasattr(value, "item") \
        else value


def put(ws: Worksheet, row: int, col: int, value: object, fmt: str | None = None) -> Cell:
    """Write any value: strings through text(), numbers and moments as themselves, missing values as empty."""
    if isinstance(value, str):
        cell = text(ws, row, col, value)
    else:
        cell = ws.cell(row=row, column=col)
        cell.value = plain(value)
    if fmt:
        cell.number_format = fmt
    return cell


def styled(ws: Worksheet, row: int, col: int, value: object, style: StyleArray) -> None:
    """A new cell in a copy of `style`, holding `value` as put() writes it (a string as text(), never a formula:
    `style` carries its quote prefix); quicker than put() then a style, for the rows of a large table."""
    if isinstance(value, str):
        cell = Cell(ws, row, col, style_array=style)  # copies the style
        cell._value, cell.data_type = cell_text(value), "s"
    else:
        cell = Cell(ws, row, col, plain(value), style_array=style)
        if cell._style.numFmtId != style.numFmtId:  # a moment outside a date format: the style's, as with put()
            cell._style = copy(style)
    ws._add_cell(cell)


def header(ws: Worksheet, row: int, labels: Sequence[str], col: int = 1) -> None:
    """A styled header row, tall enough for its wrapped labels (Excel tables get it too: LibreOffice draws no
    table styles)."""
    lines = 1
    for i, name in enumerate(labels):
        cell = text(ws, row, col + i, name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        room = ws.column_dimensions[get_column_letter(col + i)].width or 13
        lines = max(lines, math.ceil(len(name) * 1.1 / max(room - 1, 1)))
    ws.row_dimensions[row].height = 15 * lines + 5


def grid(ws: Worksheet, top: int, labels: Sequence[str], rows: Sequence[Sequence[object]],
         formats: Sequence[str | None], table: str | None = None) -> int:
    """Write a header and rows at `top` (as an Excel table named `table` when given); return the next free row."""
    header(ws, top, labels)
    made: dict[tuple[int, bool], StyleArray] = {}  # a column's style for text and for other values
    for r, values in enumerate(rows, start=top + 1):
        for c, (value, fmt) in enumerate(zip(values, formats, strict=True), start=1):
            key = (c, isinstance(value, str))
            if key in made:  # setting a border hashes it (3k breaches: 0.25 s); copying a style does not
                styled(ws, r, c, value, made[key])
                continue
            cell = put(ws, r, c, value, fmt)
            cell.border = THIN
            made[key] = copy(cell._style)  # openpyxl's own way to copy a style (a copy: cells restyle later)
    if table and rows:
        ref = f"A{top}:{get_column_letter(len(labels))}{top + len(rows)}"
        tab = Table(displayName=table, ref=ref)
        tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(tab)
    return top + len(rows) + 1


def widths(ws: Worksheet, sizes: Sequence[float]) -> None:
    """Set column widths (in characters) from column A on."""
    for i, size in enumerate(sizes, start=1):
        ws.column_dimensions[get_column_letter(i)].width = size


def title(ws: Worksheet, data: ReportData, heading: str, lang: str) -> None:
    """Rows 1-2 of a sheet: its heading, then the client and month."""
    text(ws, 1, 1, heading).font = TITLE_FONT
    text(ws, 2, 1, f"{data.customer} · {periods.label(data.period, data.progress, lang)}").font = SUBTITLE_FONT
    ws.row_dimensions[1].height = 26


def note(ws: Worksheet, row: int, message: str) -> int:
    """An italic grey note; return the next free row."""
    text(ws, row, 1, message).font = NOTE_FONT
    return row + 1


def page_setup(ws: Worksheet, data: ReportData, lang: str, title_rows: str | None = None) -> None:
    """Landscape, fit to one page wide, a footer with the report and page number, repeated header rows."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.print_options.horizontalCentered = True
    label = f"{i18n.t('report.title', lang)} {i18n.month(data.period, lang)} – {data.customer}"
    ws.oddFooter.left.text = ILLEGAL_CHARACTERS_RE.sub("", label).replace("&", "&&")
    ws.oddFooter.right.text = i18n.t("report.footer", lang)
    ws.oddFooter.left.size = ws.oddFooter.right.size = 8
    if title_rows:
        ws.print_title_rows = title_rows


def status(ok: bool | None, lang: str, cell: Cell, running: bool = False) -> None:
    """Met / missed (on track / at risk while the month runs) as symbol, word and colour; a grey 'no target'
    when none applies."""
    if ok is None:
        text(cell.parent, cell.row, cell.column, i18n.t("report.status.none", lang)).font = NOTE_FONT
        cell.alignment = Alignment(horizontal="center")
        return
    colour, fill = MET if ok else MISSED
    word = ("on_track" if ok else "at_risk") if running else ("met" if ok else "missed")
    text(cell.parent, cell.row, cell.column, i18n.t(f"report.status.{word}", lang))
    cell.font, cell.fill = font(bold=True, color=colour), PatternFill("solid", fgColor=fill)
    cell.alignment = Alignment(horizontal="center")


def against_target(ws: Worksheet, value_col: str, target_col: str, first: int, last: int,
                   higher_is_better: bool = True) -> None:
    """Conditional formatting of values against the target in the same row (green-ish met, orange missed)."""
    if last < first:
        return
    good, bad = (">=", "<") if higher_is_better else ("<=", ">")
    cells = f"{value_col}{first}:{value_col}{last}"
    for op, (colour, fill) in ((good, MET), (bad, MISSED)):
        rule = f"AND(ISNUMBER(${value_col}{first}),ISNUMBER(${target_col}{first}),${value_col}{first}{op}" \
               f"${target_col}{first})"
        ws.conditional_formatting.add(cells, FormulaRule(formula=[rule], font=Font(color=colour),
                                                         fill=PatternFill("solid", bgColor=fill)))


# --- formats ----------------------------------------------------------------------------------------------------


def moment_format(lang: str) -> str:
    """Date and time to the minute in the language's order."""
    return "dd-mm-yyyy hh:mm" if lang == "nl" else "yyyy-mm-dd hh:mm"


def currency_symbol(currency: str | None) -> str:
    """'€' for EUR and the like, else the (cleaned) three-letter code; EUR when none is configured."""
    code = re.sub(r"[^A-Za-z]", "", str(currency or "EUR"))[:3].upper() or "EUR"
    return CURRENCY_SYMBOLS.get(code, code)


def money_format(currency: str | None) -> str:
    """A number format with the currency symbol."""
    return f'"{currency_symbol(currency)} "#,##0.00'


def money(amount: float, currency: str | None, lang: str) -> str:
    """An amount as text: '€ 1,850.00' / '€ 1.850,00'."""
    return f"{currency_symbol(currency)} {i18n.number(amount, lang, 2)}"


def change_format(kpi: Kpi, lang: str) -> str:
    """Signed change versus the previous month: percentage points for percentages."""
    if kpi.unit == "pct":
        unit = "%-punt" if lang == "nl" else "pp"
        return f'+0.00" {unit}";-0.00" {unit}";0.00" {unit}"'
    return "+#,##0;-#,##0;0" if kpi.unit == "count" else "+0.0;-0.0;0.0"


def fraction(kpi: Kpi, value: float | None) -> float | None:
    """A KPI value as stored in a cell: percentages as fractions (0.9995 shows as 99.95 % with 0.00%)."""
    if missing(value):
        return None
    return float(value) / 100 if kpi.unit == "pct" else float(value)


def shown(kpi: Kpi, value: float | None, lang: str, target: float | None = None, tier: float | None = None) -> str:
    """A KPI value as text for the verdict: the text every page shows for it (kpis.format_value)."""
    return kpis.format_value(kpi, value, lang, target, (tier,))


def minutes_as_days(minutes: float | None) -> float | None:
    """Minutes as the fraction of a day Excel's [h]:mm duration format expects."""
    return None if missing(minutes) else float(minutes) / 1440


def monthly(frame: pd.DataFrame, month_col: str, column: str, **match: object) -> dict[str, float]:
    """One column of a trend frame as {'YYYY-MM': value}, for the rows matching `match`."""
    if frame.empty or column not in frame:
        return {}
    for key, value in match.items():
        frame = frame[frame[key] == value]
    months = pd.to_datetime(frame[month_col]).dt.strftime("%Y-%m")
    return {m: v for m, v in zip(months, frame[column], strict=True) if not missing(v)}


def label(metric: str, lang: str) -> str:
    """A KPI's name from the registry."""
    return REGISTRY[metric].label[lang]


def metric_name(metric: str, lang: str) -> str:
    """A short name for a ticket metric (first response, resolution), else the KPI's name."""
    key = f"report.metric.{metric}"
    if key in i18n.TEXT:
        return i18n.t(key, lang)
    return label(metric, lang) if metric in REGISTRY else metric


# --- Summary ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One KPI row of the summary, in engine units (percentages 0-100)."""

    kpi: Kpi
    service: str | None
    target: float | None
    per_policy: bool
    value: float | None
    ok: bool | None
    previous: float | None
    detail: str
    judged: bool = True
    tier: float | None = None  # the credit tier applied ("below x"), for availability


def summary_lines(data: ReportData, lang: str) -> list[Line]:
    """The summary's KPI rows: ticket compliance, availability per service, CSAT, NPS, breaches."""
    lines = [*ticket_lines(data, lang), *availability_lines(data, lang), *feedback_lines(data, lang)]
    ticket_rows = data.kpi_rows("first_response") + data.kpi_rows("resolution")
    if ticket_rows:
        before = [monthly(data.ticket_trend, "bucket", "breached", metric=m).get(data.previous)
                  for m in ("first_response", "resolution")]
        previous = None if all(b is None for b in before) else sum(b or 0 for b in before)
        lines.append(Line(REGISTRY["breaches"], None, None, False, sum(r["breached"] or 0 for r in ticket_rows),
                          None, previous, "", judged=False))
    return lines


def ticket_lines(data: ReportData, lang: str) -> list[Line]:
    """First response and resolution compliance."""
    out = []
    for metric in ("first_response", "resolution"):
        for r in data.kpi_rows(metric):
            detail = i18n.t("report.detail.tickets", lang, met=i18n.number(r["met"] or 0, lang),
                            breached=i18n.number(r["breached"] or 0, lang), open=i18n.number(r["open"] or 0, lang))
            previous = monthly(data.ticket_trend, "bucket", "compliance_pct", metric=metric).get(data.previous)
            out.append(Line(REGISTRY[metric], None, r["target_pct"], r["target_pct"] is None and r["ok"] is not None,
                            r["compliance_pct"], r["ok"], previous, detail))
    return out


def availability_lines(data: ReportData, lang: str) -> list[Line]:
    """Availability per measured service of the client."""
    out = []
    for r in data.kpi_rows("availability"):
        detail = i18n.t("report.detail.availability", lang, downtime=i18n.duration(r["downtime_minutes"], lang),
                        maintenance=i18n.duration(r["maintenance_minutes"], lang),
                        coverage=i18n.percent(r["coverage_pct"], lang))
        previous = monthly(data.availability, "month", "availability_pct", service=r["service"]).get(data.previous)
        out.append(Line(REGISTRY["availability"], r["service"], r["target_pct"], False, r["availability_pct"],
                        r["ok"], previous, detail, tier=r["credit_below_pct"]))
    return out


def feedback_lines(data: ReportData, lang: str) -> list[Line]:
    """CSAT and NPS with their response counts."""
    out = []
    for metric, column in (("csat", "csat_pct"), ("nps", "nps")):
        for r in data.kpi_rows(metric):
            previous = monthly(data.feedback_trend, "bucket", column, metric=metric).get(data.previous)
            detail = i18n.t("report.detail.responses", lang, n=i18n.number(r["responses"], lang))
            out.append(Line(REGISTRY[metric], None, None, False, r[column], None, previous, detail))
    return out


@dataclass(frozen=True)
class Credit:
    """The service credit due for the month: the sum over the client's services, capped at the monthly fee."""

    amount: float
    fee: float | None
    currency: str | None

    @property
    def pct(self) -> float | None:
        """The credit as a percentage of the monthly fee."""
        return 100 * self.amount / self.fee if self.fee else None


def credit(data: ReportData) -> Credit | None:
    """The month's service credit, or None when no availability target applies."""
    rows = [r for r in data.kpi_rows("availability") if r["credit_pct"] is not None]
    if not rows:
        return None
    entry = data.contract["customer"]
    fee = None if entry.empty or missing(entry.iloc[0]["monthly_fee"]) else float(entry.iloc[0]["monthly_fee"])
    currency = None if entry.empty or missing(entry.iloc[0]["currency"]) else str(entry.iloc[0]["currency"])
    amount = sum(r["credit_amount"] or 0 for r in rows)
    return Credit(min(amount, fee) if fee is not None else amount, fee, currency)


def verdict(data: ReportData, lines: list[Line], due: Credit | None, lang: str) -> str:
    """A few plain sentences: which targets were met, how many deadlines were missed, what credit is due."""
    period = i18n.month(data.period, lang)
    if not data.has_data:
        return i18n.t("report.no_data", lang, client=data.customer, period=period)
    judged = [x for x in lines if x.ok is not None]
    missed = [x for x in judged if not x.ok]
    running = "_so_far" if data.progress else ""  # a month in progress: on track / at risk, never met
    if not judged:
        parts = [i18n.t("report.verdict.no_targets", lang, period=period)]
    elif missed:
        parts = [i18n.t(f"report.verdict.some_missed{running}", lang, met=len(judged) - len(missed),
                        n=len(judged), period=period, missed="; ".join(versus(x, lang) for x in missed))]
    else:
        parts = [i18n.t(f"report.verdict.all_met{running}", lang, n=len(judged), period=period)]
    breached = sum(x.value or 0 for x in lines if x.kpi.key == "breaches")
    if breached:
        key = "report.verdict.breach" if breached == 1 else "report.verdict.breaches"
        parts.append(i18n.t(key, lang, n=i18n.number(breached, lang)))
    if due is not None:
        parts.append(i18n.t(f"report.verdict.credit{running}", lang, amount=money(due.amount, due.currency, lang))
                     if due.amount > 0 else i18n.t("report.verdict.no_credit", lang))
    return " ".join(parts)


def versus(line: Line, lang: str) -> str:
    """'Availability API 99.66 % against 99.90 %'."""
    name = line.kpi.label[lang] + (f" {line.service}" if line.service else "")
    target = i18n.t("report.target.mixed", lang) if line.per_policy else (
        i18n.target_percent(line.target, lang) if line.kpi.unit == "pct" else shown(line.kpi, line.target, lang))
    value = shown(line.kpi, line.value, lang, line.target, line.tier)
    return i18n.t("report.verdict.versus", lang, kpi=name, value=value, target=target)


def summary_sheet(ws: Worksheet, data: ReportData, lang: str) -> None:
    """Client, period, verdict and every KPI against its target, with the change since last month."""
    heading = f"{i18n.t('report.title', lang)} {periods.label(data.period, data.progress, lang)}"
    text(ws, 1, 1, heading).font = TITLE_FONT
    text(ws, 2, 1, data.customer).font = font(size=15, bold=True, color=GREY)
    ws.row_dimensions[1].height, ws.row_dimensions[2].height = 28, 22
    if data.company:
        cell = text(ws, 1, 8, data.company)
        cell.font, cell.alignment = font(bold=True, color=GREY), Alignment(horizontal="right")
    row = facts(ws, 4, data, lang)
    lines, due = summary_lines(data, lang), credit(data)
    row = verdict_block(ws, row + 1, verdict(data, lines, due, lang), lang)
    row = kpi_table(ws, row + 1, lines, lang, data.progress is not None) if lines else row
    if due is not None:
        credit_row(ws, row, due, lang)
    page_setup(ws, data, lang)


def facts(ws: Worksheet, row: int, data: ReportData, lang: str) -> int:
    """The key facts under the title; return the next free row."""
    first, end, _, _ = periods.month_bounds(data.period, None, data.tz)
    last = date.fromordinal(end.toordinal() - 1)
    as_of = data.as_of.replace(tzinfo=UTC).astimezone(ZoneInfo(data.tz)).replace(tzinfo=None)
    volume = data.kpi_rows("volume")
    items: list[tuple[str, object, str | None]] = [
        (i18n.t("report.client", lang), data.customer, None),
        (i18n.t("report.period", lang), f"{periods.label(data.period, data.progress, lang)} "
                                        f"({i18n.day(first, lang)} – {i18n.day(last, lang)})", None),
        (i18n.t("report.timezone", lang), data.tz, None),
        (i18n.t("period.as_of", lang), as_of.replace(second=0, microsecond=0), moment_format(lang)),
        (i18n.t("data_state.title", lang), data.state.label(lang, data.tz), None),
    ]
    if volume:
        items.append((i18n.t("report.tickets", lang), i18n.t(
            "report.tickets.detail", lang, created=i18n.number(volume[0]["created"] or 0, lang),
            resolved=i18n.number(volume[0]["resolved"] or 0, lang)), None))
    for offset, (name, value, fmt) in enumerate(items):
        text(ws, row + offset, 1, name).font = font(bold=True, color=GREY)
        put(ws, row + offset, 2, value, fmt).alignment = Alignment(horizontal="left")
    return row + len(items)


def verdict_block(ws: Worksheet, row: int, sentence: str, lang: str) -> int:
    """The verdict heading and its text across the table's width; return the next free row."""
    text(ws, row, 1, i18n.t("report.verdict", lang)).font = SUBTITLE_FONT
    cell = text(ws, row + 1, 1, sentence)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    cell.font = font(size=12)
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=8)
    ws.row_dimensions[row + 1].height = 17 * max(2, math.ceil(len(sentence) / 130)) + 6
    return row + 2


def kpi_table(ws: Worksheet, row: int, lines: list[Line], lang: str, running: bool) -> int:
    """The KPI rows with target, achieved, status, previous month and change; return the next free row."""
    cols = ("kpi", "service", "target", "achieved", "status", "previous", "change", "detail")
    header(ws, row, [i18n.t(f"report.col.{c}", lang) for c in cols])
    for r, line in enumerate(lines, start=row + 1):
        kpi_line(ws, r, line, lang, running)
    return row + len(lines) + 1


def kpi_line(ws: Worksheet, r: int, line: Line, lang: str, running: bool) -> None:
    """One KPI row of the summary table; values in the format that shows them on the true side of the target."""
    k, fmt = line.kpi, line.kpi.number_format
    text(ws, r, 1, k.label[lang]).font = font(bold=True)
    put(ws, r, 2, line.service)
    target = i18n.t("report.target.mixed", lang) if line.per_policy else fraction(k, line.target)
    put(ws, r, 3, target, fmt).alignment = Alignment(horizontal="right")
    value_format = kpis.excel_format(k, line.value, line.target, (line.tier,))
    put(ws, r, 4, fraction(k, line.value), value_format).font = font(bold=True)
    if line.judged:
        status(line.ok, lang, ws.cell(r, 5), running)
    put(ws, r, 6, fraction(k, line.previous), kpis.excel_format(k, line.previous, line.target))
    if not missing(line.value) and not missing(line.previous):
        put(ws, r, 7, float(line.value) - float(line.previous), change_format(k, lang))
    text(ws, r, 8, line.detail).font = font(color=GREY)
    for c in range(1, 9):
        ws.cell(r, c).border = THIN
    if line.target is not None:
        against_target(ws, "D", "C", r, r, k.higher_is_better)


def credit_row(ws: Worksheet, r: int, due: Credit, lang: str) -> None:
    """The service credit due, as amount and share of the monthly fee."""
    text(ws, r, 1, i18n.t("report.credit", lang)).font = font(bold=True)
    put(ws, r, 4, due.amount, money_format(due.currency)).font = font(bold=True)
    if due.fee:
        text(ws, r, 8, i18n.t("report.detail.credit", lang, pct=i18n.percent(due.pct, lang),
                              fee=money(due.fee, due.currency, lang))).font = font(color=GREY)
    for c in range(1, 9):
        ws.cell(r, c).border = THIN


# --- Trend ------------------------------------------------------------------------------------------------------

TREND_HEADER_ROW = 4


@dataclass(frozen=True)
class Series:
    """One column of the trend table: a KPI or its target, one value per month, drawn in chart `chart`."""

    name: str
    values: list[float | None]
    fmt: str
    chart: str
    target: bool = False


def trend_series(data: ReportData, lang: str) -> list[Series]:
    """The trend columns that hold any value: ticket compliance, availability per service, CSAT, NPS."""
    out: list[Series] = []

    def add(kpi: Kpi, name: str, chart: str, values: dict[str, float], targets: dict[str, float]) -> None:
        if values:
            out.append(Series(name, [fraction(kpi, values.get(m)) for m in data.months], kpi.number_format, chart))
        if values and targets:
            out.append(Series(i18n.t("report.target_of", lang, kpi=name),
                              [fraction(kpi, targets.get(m)) for m in data.months], kpi.number_format, chart, True))

    for metric in ("first_response", "resolution"):
        add(REGISTRY[metric], label(metric, lang), "tickets",
            monthly(data.ticket_trend, "bucket", "compliance_pct", metric=metric),
            monthly(data.ticket_trend, "bucket", "target_pct", metric=metric))
    services = sorted(set(data.availability["service"])) if "service" in data.availability else []
    for service in services:
        add(REGISTRY["availability"], f"{label('availability', lang)} {service}", "availability",
            monthly(data.availability, "month", "availability_pct", service=service),
            monthly(data.availability, "month", "target_pct", service=service))
    for metric, column in (("csat", "csat_pct"), ("nps", "nps")):
        add(REGISTRY[metric], label(metric, lang), metric,
            monthly(data.feedback_trend, "bucket", column, metric=metric), {})
    return out


def trend_sheet(ws: Worksheet, data: ReportData, lang: str) -> None:
    """Twelve months of every KPI with its target, and native line charts drawn from those cells."""
    title(ws, data, i18n.t("report.trend.title", lang), lang)
    series = trend_series(data, lang)
    top = TREND_HEADER_ROW
    if not series:
        note(ws, top, i18n.t("empty.no_rows", lang))
        page_setup(ws, data, lang)
        return
    rows = [[i18n.month(m, lang), *(s.values[i] for s in series)] for i, m in enumerate(data.months)]
    last = grid(ws, top, [i18n.t("report.col.month", lang), *(s.name for s in series)], rows,
                [None, *(s.fmt for s in series)]) - 1
    for col, s in enumerate(series, start=2):
        if s.target:  # a target column follows its KPI's column
            against_target(ws, get_column_letter(col - 1), get_column_letter(col), top + 1, last)
    ws.freeze_panes = ws.cell(top + 1, 2)
    place_charts(ws, series, top, last, lang)
    page_setup(ws, data, lang)
    ws.page_setup.fitToHeight = 1  # the table and its charts on one page


CHART_TITLES = {"tickets": "report.chart.tickets", "availability": "report.chart.availability"}


def place_charts(ws: Worksheet, series: list[Series], top: int, last: int, lang: str) -> None:
    """One line chart per KPI group, two side by side, under the table."""
    groups = list(dict.fromkeys(s.chart for s in series if not s.target))
    for i, group in enumerate(groups):
        columns = [(col, s) for col, s in enumerate(series, start=2) if s.chart == group]
        name = i18n.t(CHART_TITLES[group], lang) if group in CHART_TITLES else label(group, lang)
        chart = line_chart(ws, columns, top, last, name)
        ws.add_chart(chart, f"{'AH'[i % 2]}{last + 3 + 19 * (i // 2)}")


def line_chart(ws: Worksheet, columns: list[tuple[int, Series]], top: int, last: int, name: str) -> LineChart:
    """A line chart of the given columns (targets dashed, in their KPI's colour) over the month labels."""
    chart = LineChart()
    chart.title, chart.height, chart.width = name, 8.5, 17
    chart.legend.position = "b"
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.display_blanks = "gap"
    colour = -1
    for col, s in columns:
        chart.add_data(Reference(ws, min_col=col, min_row=top, max_row=last), titles_from_data=True)
        line = chart.series[-1]
        colour += 0 if s.target else 1
        line.graphicalProperties.line.solidFill = PALETTE[colour % len(PALETTE)]
        line.graphicalProperties.line.width = 22000
        line.smooth = False
        if s.target:
            line.graphicalProperties.line.dashStyle = "dash"
            line.marker.symbol = "none"
        else:
            line.marker.symbol, line.marker.size = "circle", 6
            line.marker.graphicalProperties = None
    months = AxDataSource(strRef=StrRef(f=str(Reference(ws, min_col=1, min_row=top + 1, max_row=last))))
    for line in chart.series:  # month labels are text: a string reference, so Excel shows them as they are
        line.cat = months
    scale(chart, [v for _, s in columns for v in s.values if v is not None], columns[0][1].fmt)
    return chart


def scale(chart: LineChart, values: list[float], fmt: str) -> None:
    """A percentage axis from a round value under the lowest point up to 100 %; scores keep the automatic axis."""
    chart.y_axis.number_format = "0%" if "%" in fmt else "0"
    if "%" not in fmt or not values:
        return
    low = min(values)
    step = next((s for s in (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2) if (1 - low) / s <= 8), 0.2)
    chart.y_axis.scaling.min = max(0.0, math.floor((low - step / 2) / step) * step)
    chart.y_axis.scaling.max = 1.0
    chart.y_axis.majorUnit = step
    chart.y_axis.number_format = "0.0%" if step < 0.01 else "0%"


# --- Breaches, Availability, Feedback, Definitions ---------------------------------------------------------------


def yes_no(value: object, lang: str) -> str:
    """'Yes' / 'No' in the language."""
    return i18n.t("report.yes" if value else "report.no", lang)


def breaches_sheet(ws: Worksheet, data: ReportData, lang: str) -> None:
    """Every breach decided in the month, as an Excel table with filters."""
    period = i18n.month(data.period, lang)
    title(ws, data, i18n.t("report.breaches.title", lang, period=period), lang)
    cols = ("ticket", "subject", "service", "priority", "metric", "state", "created", "due", "stopped", "over",
            "excluded", "reason")
    when = moment_format(lang)
    rows = [[str(b["ticket_id"]), b["subject"], b["service"], i18n.value("priority", b["priority"], lang),
             metric_name(b["metric"], lang), i18n.t(f"report.state.{b['state']}", lang),
             b["created_at"], b["due_at"], b["stopped_at"], minutes_as_days(b["minutes_over"]),
             yes_no(b["excluded"], lang),
             exclusions.client_reason(b["excluded_reason"], b["excluded_client_text"], lang)]  # never the note
            for b in records(data.breaches)]
    if rows:
        grid(ws, 4, [i18n.t(f"report.col.{c}", lang) for c in cols], rows,
             [None, None, None, None, None, None, when, when, when, DURATION, None, None], table="Breaches")
        for row, url in enumerate(links.ticket_urls(data.breaches, data.ticket_links), start=5):
            if url:  # only where the links sheet lets client workbooks link to the helpdesk
                ws.cell(row=row, column=1).hyperlink = url
        ws.freeze_panes = "A5"
    else:
        note(ws, 4, i18n.t("report.breaches.none", lang, period=period))
    page_setup(ws, data, lang, "4:4" if rows else None)


def availability_sheet(ws: Worksheet, data: ReportData, lang: str) -> None:
    """Availability per service and month (12 months), then the month's outages and maintenance."""
    title(ws, data, i18n.t("report.availability.title", lang), lang)
    frame = data.availability.sort_values(["month", "service"]) if len(data.availability) else data.availability
    if frame.empty:
        row = note(ws, 4, i18n.t("report.availability.none", lang)) + 1
    else:
        row = availability_table(ws, frame, data, lang) + 1
    period = i18n.month(data.period, lang)
    text(ws, row, 1, i18n.t("report.incidents.title", lang, period=period)).font = SUBTITLE_FONT
    cols = ("service", "kind", "start", "end", "duration", "note")
    rows = [[e["service"], i18n.t(f"report.incident.{e['kind']}", lang), e["started_at"], e["ended_at"],
             minutes_as_days(e["minutes"]), e["note"]] for e in data.incidents.to_dict("records")]
    if rows:
        when = moment_format(lang)
        grid(ws, row + 1, [i18n.t(f"report.col.{c}", lang) for c in cols], rows,
             [None, None, when, when, DURATION, None], table="Incidents")
    else:
        note(ws, row + 1, i18n.t("report.incidents.none", lang, period=period))
    page_setup(ws, data, lang, "4:4" if len(frame) else None)


def availability_table(ws: Worksheet, frame: pd.DataFrame, data: ReportData, lang: str) -> int:
    """The month x service table with conditional formatting against the target; return the next free row."""
    cols = ("month", "service", "achieved", "target", "status", "downtime", "maintenance", "coverage", "budget_left",
            "credit_pct", "credit_amount")
    entry = data.contract["customer"]
    currency = None if entry.empty else entry.iloc[0]["currency"]
    pct = REGISTRY["availability"].number_format
    rows = [[i18n.month(str(a["month"]), lang), a["service"], fraction(REGISTRY["availability"], a["availability_pct"]),
             fraction(REGISTRY["availability"], a["target_pct"]), None, minutes_as_days(a["downtime_minutes"]),
             minutes_as_days(a["maintenance_minutes"]), none_or(a["coverage_pct"], 100), a["budget_left_minutes"],
             none_or(a["credit_pct"], 100), a["credit_amount"]] for a in frame.to_dict("records")]
    labels = [i18n.t(f"report.col.{c}", lang) for c in cols]
    labels[2] = label("availability", lang)
    end = grid(ws, 4, labels, rows, [None, None, pct, pct, None, DURATION, DURATION, "0.00%", "#,##0;-#,##0", "0%",
                                     money_format(currency)], table="Availability")
    for r, a in enumerate(frame.to_dict("records"), start=5):
        status(None if missing(a["ok"]) else bool(a["ok"]), lang, ws.cell(r, 5),
               pd.Timestamp(a["month"]) == pd.Timestamp(data.period + "-01") and data.progress is not None)
    against_target(ws, "C", "D", 5, end - 1)
    ws.freeze_panes = "A5"
    return end


def none_or(value: object, divisor: float) -> float | None:
    """value / divisor, or None when missing."""
    return None if missing(value) else float(value) / divisor


def feedback_sheet(ws: Worksheet, data: ReportData, lang: str) -> None:
    """CSAT and NPS with counts, the distribution of scores and the month's comments."""
    period = i18n.month(data.period, lang)
    title(ws, data, i18n.t("report.feedback.title", lang, period=period), lang)
    measured = [(r, "csat_pct") for r in data.kpi_rows("csat")] + [(r, "nps") for r in data.kpi_rows("nps")]
    rows = [[label(r["metric"], lang), r["responses"], fraction(REGISTRY[r["metric"]], r[column]), r.get("mean_score")]
            for r, column in measured]
    if not rows:
        note(ws, 4, i18n.t("report.feedback.none", lang, period=period))
        page_setup(ws, data, lang)
        return
    cols = [i18n.t(f"report.col.{c}", lang) for c in ("kpi", "responses", "achieved", "mean_score")]
    row = grid(ws, 4, cols, rows, [None, "#,##0", None, "0.00"])
    for r, (measure, _) in enumerate(measured, start=5):
        ws.cell(r, 3).number_format = REGISTRY[measure["metric"]].number_format
    row = distribution(ws, row + 1, data.answers, lang)
    comments(ws, row + 1, data.answers, period, lang)
    page_setup(ws, data, lang)


def score(value: float, scale_max: float, lang: str) -> float | str:
    """A survey score; on a good/bad scale (Zendesk) the word."""
    if scale_max == 1:
        return i18n.t("report.score.good" if value == 1 else "report.score.bad", lang)
    return value


def distribution(ws: Worksheet, row: int, answers: pd.DataFrame, lang: str) -> int:
    """Responses per KPI and score with their share; return the next free row."""
    text(ws, row, 1, i18n.t("report.feedback.distribution", lang)).font = SUBTITLE_FONT
    counts = answers.groupby(["kind", "scale_max", "score"]).size().rename("n").reset_index()
    counts["share"] = counts["n"] / counts.groupby("kind")["n"].transform("sum")
    rows = [[label(c["kind"], lang), score(c["score"], c["scale_max"], lang), c["n"], c["share"]]
            for c in counts.to_dict("records")]
    cols = [i18n.t(f"report.col.{c}", lang) for c in ("kpi", "score", "responses", "share")]
    return grid(ws, row + 1, cols, rows, [None, "0", "#,##0", "0.0%"], table="Scores")


def comments(ws: Worksheet, row: int, answers: pd.DataFrame, period: str, lang: str) -> int:
    """The month's comments, oldest first, as an Excel table; return the next free row."""
    text(ws, row, 1, i18n.t("report.feedback.comments", lang)).font = SUBTITLE_FONT
    said = answers[answers["comment"].fillna("").str.strip() != ""]
    rows = [[a["submitted_at"], label(a["kind"], lang), score(a["score"], a["scale_max"], lang), a["ticket_id"],
             a["comment"]] for a in said.to_dict("records")]
    if not rows:
        return note(ws, row + 1, i18n.t("report.feedback.no_comments", lang, period=period))
    cols = [i18n.t(f"report.col.{c}", lang) for c in ("submitted", "kpi", "score", "ticket", "comment")]
    end = grid(ws, row + 1, cols, rows, [moment_format(lang), None, "0", None, None], table="Comments")
    for r in range(row + 2, end):
        ws.cell(r, 5).alignment = Alignment(wrap_text=True, vertical="top")
    return end


DEFINITIONS_WIDTH = 11  # columns A-K: the widest table of the sheet (calendars)


def definitions_sheet(ws: Worksheet, data: ReportData, lang: str) -> None:
    """How each number is computed (the registry's text) and the contract terms applied to this client."""
    text(ws, 1, 1, i18n.t("report.definitions.title", lang)).font = TITLE_FONT
    text(ws, 2, 1, f"{data.customer} · {i18n.month(data.period, lang)}").font = SUBTITLE_FONT
    row = note(ws, 3, i18n.t("report.definitions.times", lang, tz=data.tz)) + 1
    rows = [[k.label[lang], k.definition[lang]] for k in REGISTRY.values()]
    end = grid(ws, row, [i18n.t("report.col.kpi", lang), i18n.t("report.col.definition", lang)], rows, [None, None])
    for r in range(row, end):  # each text across the width of the tables below it
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=DEFINITIONS_WIDTH)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 1).alignment = Alignment(vertical="top", wrap_text=True)
        if r > row:
            ws.row_dimensions[r].height = 15 * math.ceil(len(str(ws.cell(r, 2).value)) / 120) + 4
    row = contract_terms(ws, end + 1, data, lang)
    row = policies_table(ws, row + 1, data.contract["policies"], lang)
    row = calendars_table(ws, row + 1, data.contract["calendars"], lang)
    credits_table(ws, row + 1, data.contract["credits"], lang)
    page_setup(ws, data, lang)


def section(ws: Worksheet, row: int, key: str, lang: str) -> int:
    """A section heading; return the row under it."""
    text(ws, row, 1, i18n.t(key, lang)).font = SUBTITLE_FONT
    return row + 1


def contract_terms(ws: Worksheet, row: int, data: ReportData, lang: str) -> int:
    """The client's entry of the customers sheet: fee and measured services; return the next free row."""
    row = section(ws, row, "report.definitions.contract", lang)
    entry = data.contract["customer"]
    if entry.empty:
        return note(ws, row, i18n.t("report.definitions.none", lang))
    first = entry.iloc[0]
    text(ws, row, 1, i18n.t("report.definitions.fee", lang)).font = font(bold=True)
    put(ws, row, 2, None if missing(first["monthly_fee"]) else float(first["monthly_fee"]),
        money_format(first["currency"])).alignment = Alignment(horizontal="left")
    text(ws, row + 1, 1, i18n.t("report.definitions.services", lang)).font = font(bold=True)
    put(ws, row + 1, 2, None if missing(first["services"]) else first["services"])
    return row + 2


def everyone(value: object, lang: str) -> object:
    """'*' (any customer, service or priority) as the word 'All'."""
    return i18n.t("filter.all", lang) if value == "*" else value


def policies_table(ws: Worksheet, row: int, policies: pd.DataFrame, lang: str) -> int:
    """The policy rows that apply to the client; return the next free row."""
    row = section(ws, row, "report.definitions.policies", lang)
    if policies.empty:
        return note(ws, row, i18n.t("report.definitions.none", lang))
    labels = [i18n.t(k, lang) for k in ("report.col.service", "report.col.priority", "report.col.metric")]
    labels = [i18n.t("report.client", lang), *labels,
              *(i18n.t(f"report.cfg.{c}", lang) for c in ("target_minutes", "target_pct", "calendar",
                                                          "effective_from", "effective_to"))]
    rows = [[everyone(p["customer"], lang), everyone(p["service"], lang),
             everyone(i18n.value("priority", p["priority"], lang), lang),
             metric_name(p["metric"], lang), p["target_minutes"], p["target_pct"], p["calendar"] or "24x7",
             p["effective_from"], p["effective_to"]] for p in policies.to_dict("records")]
    day = "dd-mm-yyyy" if lang == "nl" else "yyyy-mm-dd"
    return grid(ws, row, labels, rows, [None, None, None, None, "#,##0", "0.00", None, day, day])


def calendars_table(ws: Worksheet, row: int, calendars: pd.DataFrame, lang: str) -> int:
    """The business calendars those policies use; return the next free row."""
    row = section(ws, row, "report.definitions.calendars", lang)
    days = i18n.t("report.cfg.hours", lang).split("|")
    labels = [i18n.t("report.cfg.calendar", lang), i18n.t("report.cfg.timezone", lang), *days,
              i18n.t("report.cfg.holidays", lang), i18n.t("report.cfg.closed_dates", lang)]
    cols = ("calendar", "timezone", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "holidays", "closed_dates")
    rows = [[c[k] for k in cols] for c in calendars.to_dict("records")]
    if not any(c["calendar"] == "24x7" for c in calendars.to_dict("records")):
        rows.insert(0, ["24x7", "UTC", *["00:00-24:00"] * 7, None, None])
    return grid(ws, row, labels, rows, [None] * len(cols))


def credits_table(ws: Worksheet, row: int, credits: pd.DataFrame, lang: str) -> int:
    """The credit tiers that apply to the client; return the next free row."""
    row = section(ws, row, "report.definitions.credits", lang)
    if credits.empty:
        return note(ws, row, i18n.t("report.definitions.none", lang))
    rows = [[c["below_pct"], c["credit_pct"]] for c in credits.sort_values("below_pct", ascending=False)
            .to_dict("records")]
    labels = [i18n.t("report.cfg.below_pct", lang), i18n.t("report.cfg.credit_pct", lang)]
    return grid(ws, row, labels, rows, ["0.00", "0.##"])


# --- the workbook and its files -------------------------------------------------------------------------------

SHEETS = ("summary", "trend", "breaches", "availability", "feedback", "definitions")
WIDTHS = {  # characters per column, from A; set before writing so headers can size their rows
    "summary": (36, 15, 13, 13, 17, 15, 14, 60),
    "trend": (12, *([15] * 40)),
    "breaches": (12, 42, 15, 11, 16, 17, 17, 17, 13, 12, 30),
    "availability": (15, 16, 17, 17, 15, 17, 17, 14, 17, 14, 16),
    "feedback": (26, 12, 12, 14, 80),
    "definitions": (28, 17, 13, 16, 13, 13, 13, 13, 13, 14, 14),
}
BUILDERS = (summary_sheet, trend_sheet, breaches_sheet, availability_sheet, feedback_sheet, definitions_sheet)


def render(data: ReportData, lang: str = "en") -> Workbook:
    """The client's workbook from gathered data."""
    if lang not in i18n.LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(i18n.LANGUAGES)}")
    wb = Workbook()
    for i, (key, build) in enumerate(zip(SHEETS, BUILDERS, strict=True)):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = i18n.t(f"report.sheet.{key}", lang)
        ws.sheet_view.showGridLines = False
        widths(ws, WIDTHS[key])
        build(ws, data, lang)
    document_properties(wb, data, lang)
    return wb


def document_properties(wb: Workbook, data: ReportData, lang: str) -> None:
    """Title, subject (client and period), author and language of the file."""
    month = i18n.month(data.period, lang)
    clean = ILLEGAL_CHARACTERS_RE.sub("", data.customer)
    props = wb.properties
    props.title = f"{i18n.t('report.title', lang)} {month} – {clean}"
    props.subject = f"{clean} · {month}"
    props.creator = props.lastModifiedBy = data.company or i18n.t("app.title", lang)
    props.keywords = f"SLA, {data.period}"
    props.language = lang
    props.created = props.modified = datetime.now()


def build_workbook(con: duckdb.DuckDBPyConnection, customer: str, period: str, lang: str = "en",
                   as_of: datetime | None = None, scope: Scope = LOCAL) -> Workbook:
    """One client's report for one month (YYYY-MM) as an openpyxl workbook."""
    return render(gather(con, customer, period, as_of, scope), lang)


def file_name(customer: str, period: str, lang: str = "en") -> str:
    """'SLA report 2026-10 - Bakkerij De Gouden Korst.xlsx', with characters unsafe in file names replaced."""
    name = re.sub(r"\s+", " ", UNSAFE_FILE_CHARS.sub("_", customer)).strip()[:100].strip() or "_"
    return f"{i18n.t('report.title', lang)} {period} - {name}.xlsx"


def report_bytes(db: Path | str | None, customer: str, period: str, lang: str = "en", scope: Scope = LOCAL
                 ) -> bytes:
    """The workbook as bytes (for a download button)."""
    with store.connect(db, read_only=True) as con:
        wb = build_workbook(con, customer, period, lang, scope=scope)
    return workbook_bytes(wb)


def workbook_bytes(wb: Workbook) -> bytes:
    """A workbook as the bytes of its .xlsx file."""
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_report(db: Path | str | None, customer: str, period: str, out_path: Path | str,
                 lang: str = "en") -> Path:
    """Write one client's workbook to out_path (a file, or a folder, existing or ending in /, for its safe name)."""
    out = Path(out_path)
    if out.is_dir() or str(out_path).endswith(("/", "\\")):
        out = out / file_name(customer, period, lang)
    return write_file(out, report_bytes(db, customer, period, lang))


def write_file(out: Path, content: bytes) -> Path:
    """Write a file whole or not at all (through a .part file)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    partial.write_bytes(content)
    partial.replace(out)
    return out


def unique_names(names: Iterable[str], period: str, lang: str) -> dict[str, str]:
    """A distinct file name per customer, numbered where two names clean up to the same file name."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for customer in names:
        name = file_name(customer, period, lang)
        n = 2
        while name.lower() in taken:
            name = file_name(customer, period, lang).removesuffix(".xlsx") + f" ({n}).xlsx"
            n += 1
        taken.add(name.lower())
        out[customer] = name
    return out


def all_customers(db: Path | str | None) -> list[str]:
    """Every customer of the database (opened briefly)."""
    with store.connect(db, read_only=True) as con:
        return overview.customers(con)


def write_all(db: Path | str | None, period: str, folder: Path | str, lang: str = "en",
              scope: Scope = LOCAL) -> list[Path]:
    """One workbook per customer (of the scope) in `folder`; the figures of all of them gathered at once."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with store.connect(db, read_only=True) as con:
        names = unique_names(scope.visible(overview.customers(con)), period, lang)
        gathered = gather_many(con, list(names), period)
    return [write_file(folder / name, workbook_bytes(render(gathered[customer], lang)))
            for customer, name in names.items()]

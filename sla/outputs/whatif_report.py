"""The what-if workbook for a renegotiation meeting: a draft contract beside the contract in force over a window.

Sheets: Summary (the facts and the sentence of the replay), Per month (each KPI in force and under the draft and the
credits owed, with native line and bar charts on those cells), Credits (per month and customer), Flipped tickets,
Definitions (how the replay counts, the KPIs, the draft's policies and credit tiers). It holds what the replay holds:
a replay narrowed to one client (or to a client's scope) makes that client's workbook. Every string enters a cell
through the client report's `text()`, so no export or configuration text can become a formula.
"""

from __future__ import annotations

import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from sla import i18n
from sla.contract import config
from sla.metrics import kpis, whatif
from sla.metrics.kpis import REGISTRY
from sla.outputs import contract, report
from sla.outputs.report import SUBTITLE_FONT, TITLE_FONT, grid, note, put, text, widths

CHARTED = contract.MONTH_CHART_METRICS
DRAFT_SHEETS = ("policies", "credits")


def workbook_bytes(replay: whatif.Replay, draft: config.Config, source: str, lang: str = "en") -> bytes:
    """The workbook of a replay of `draft` (named `source`, e.g. the file it came from), as bytes."""
    wb = Workbook()
    sheets = ("summary", "months", "credits", "flips", "definitions")
    for i, key in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = i18n.t(f"whatif.sheet.{key}", lang)
    summary_sheet(wb.worksheets[0], replay, source, lang)
    months_sheet(wb.worksheets[1], replay, lang)
    table_sheet(wb.worksheets[2], replay, contract.credits_table(replay, lang, only_changed=False),
                "whatif.sheet.credits", lang)
    flips = contract.flips_table(replay, lang)
    if flips.empty:
        heading(wb.worksheets[3], replay, "whatif.sheet.flips", lang)
        note(wb.worksheets[3], 4, i18n.t("whatif.no_flips", lang))
    else:
        table_sheet(wb.worksheets[3], replay, flips, "whatif.sheet.flips", lang)
    definitions_sheet(wb.worksheets[4], replay, draft, lang)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def file_name(first: str, last: str, lang: str = "en") -> str:
    """'what-if-2025-11..2026-10.xlsx'."""
    window = first if first == last else f"{first}..{last}"
    return i18n.t("contract.replay.download.file", lang, window=window)


def whom(replay: whatif.Replay, lang: str) -> str:
    """Whose figures the workbook holds: the customers it was narrowed to, or all."""
    return (i18n.t("whatif.for", lang, customer=", ".join(replay.customers)) if replay.customers
            else i18n.t("whatif.all_customers", lang))


def heading(ws: Worksheet, replay: whatif.Replay, key: str, lang: str) -> None:
    """Rows 1-2 of a sheet: its title, then whose figures over which window."""
    text(ws, 1, 1, i18n.t(key, lang)).font = TITLE_FONT
    window = contract.window_label(replay.first, replay.last, lang)
    text(ws, 2, 1, f"{whom(replay, lang)} · {window}").font = SUBTITLE_FONT


def summary_sheet(ws: Worksheet, replay: whatif.Replay, source: str, lang: str) -> None:
    """The title, whose figures, the draft, the facts and the replay's sentence."""
    widths(ws, (38, 24))
    text(ws, 1, 1, i18n.t("whatif.title", lang, window=contract.window_label(replay.first, replay.last, lang))
         ).font = TITLE_FONT
    text(ws, 2, 1, whom(replay, lang)).font = SUBTITLE_FONT
    note(ws, 3, i18n.t("whatif.draft_source", lang, source=source))
    totals = contract.credit_totals(replay)
    facts = [("whatif.fact.flips", i18n.number(len(replay.flips), lang)),
             ("whatif.fact.verdicts", i18n.number(contract.verdicts_changed(replay), lang)),
             ("whatif.fact.credits_now", contract.money_text({c: n for c, (n, _) in totals.items()}, lang)),
             ("whatif.fact.credits_draft", contract.money_text({c: d for c, (_, d) in totals.items()}, lang)),
             ("whatif.fact.credits_difference",
              contract.money_text({c: d - n for c, (n, d) in totals.items()}, lang, signed=True))]
    for row, (key, value) in enumerate(facts, start=5):
        text(ws, row, 1, i18n.t(key, lang))
        text(ws, row, 2, value)
    text(ws, 11, 1, contract.summary(replay, lang))


def months_sheet(ws: Worksheet, replay: whatif.Replay, lang: str) -> None:
    """Per month: each KPI in force and under the draft (a share), the credits owed; a chart per KPI and one of the
    credits, drawn from these cells."""
    heading(ws, replay, "whatif.sheet.months", lang)
    top = 4
    series = {m: contract.month_series(replay, m).set_index("month") for m in CHARTED}
    series = {m: s for m, s in series.items() if len(s)}
    credits = contract.credit_series(replay).set_index("month")
    months = sorted(set().union(*(s.index for s in series.values()), credits.index))
    if not months:
        note(ws, top, i18n.t("empty.no_rows", lang))
        return
    now, draft = i18n.t("contract.replay.current", lang), i18n.t("contract.replay.draft", lang)
    labels = [i18n.t("contract.col.month", lang)]
    formats: list[str | None] = [None]
    for metric in series:
        name, places = REGISTRY[metric].label[lang], kpis.decimals(REGISTRY[metric])
        labels += [f"{name}: {now}", f"{name}: {draft}"]
        formats += [f"0.{'0' * places}%"] * 2
    labels += [i18n.t("whatif.fact.credits_now", lang), i18n.t("whatif.fact.credits_draft", lang)]
    formats += ["#,##0.00"] * 2
    rows = [[i18n.month(m, lang),
             *(v / 100 if pd.notna(v) else None for s in series.values()
               for v in (s["current"].get(m), s["draft"].get(m))),
             *(credits[c].get(m, 0.0) for c in ("current", "draft"))] for m in months]
    widths(ws, (12, *([18] * (len(labels) - 1))))
    last = grid(ws, top, labels, rows, formats, table="PerMonth") - 1
    ws.freeze_panes = ws.cell(top + 1, 2)
    for i, metric in enumerate(series):
        chart = LineChart()
        chart.title = i18n.t("whatif.chart.compliance", lang, kpi=REGISTRY[metric].label[lang])
        chart.y_axis.number_format = "0.0%"
        place(ws, chart, 2 + 2 * i, top, last, i)
    chart = BarChart()
    chart.title = i18n.t("whatif.chart.credits", lang)
    chart.y_axis.number_format = "#,##0"
    place(ws, chart, len(labels) - 1, top, last, len(series))


def place(ws: Worksheet, chart: LineChart | BarChart, col: int, top: int, last: int, index: int) -> None:
    """Two columns (in force, draft) over the month labels as a chart, two charts side by side under the table."""
    chart.height, chart.width = 8, 16
    chart.legend.position = "b"
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.add_data(Reference(ws, min_col=col, max_col=col + 1, min_row=top, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=last))
    for line, colour in zip(chart.series, report.PALETTE, strict=False):
        line.graphicalProperties.line.solidFill = colour
        if isinstance(chart, BarChart):
            line.graphicalProperties.solidFill = colour
    ws.add_chart(chart, f"{'AI'[index % 2]}{last + 3 + 17 * (index // 2)}")


def table_sheet(ws: Worksheet, replay: whatif.Replay, frame: pd.DataFrame, key: str, lang: str) -> None:
    """A text table of the contract tables (sla.outputs.contract) under the sheet's heading."""
    heading(ws, replay, key, lang)
    prefix = "contract.col"
    widths(ws, [max(12, min(40, len(i18n.t(f"{prefix}.{c}", lang)) + 4)) for c in frame.columns])
    if frame.empty:
        note(ws, 4, i18n.t("empty.no_rows", lang))
        return
    grid(ws, 4, [i18n.t(f"{prefix}.{c}", lang) for c in frame.columns], frame.values.tolist(),
         [None] * len(frame.columns))
    ws.freeze_panes = "A5"


def definitions_sheet(ws: Worksheet, replay: whatif.Replay, draft: config.Config, lang: str) -> None:
    """How the replay counts, what each KPI means, and the draft's policies and credit tiers (of the workbook's
    customers, and those for everyone)."""
    heading(ws, replay, "whatif.sheet.definitions", lang)
    widths(ws, (28, 17, 13, 16, 13, 13, 13, 13, 13))
    row = 4
    for key in ("whatif.def.replay", "whatif.def.flip", "whatif.def.credit"):
        put(ws, row, 1, i18n.t(key, lang))
        row += 1
    row = grid(ws, row + 1, [i18n.t("contract.col.kpi", lang), i18n.t("report.col.definition", lang)],
               [[REGISTRY[m].label[lang], REGISTRY[m].definition[lang]] for m in CHARTED], [None, None]) + 1
    sheets = own_rows(draft, replay.customers)
    row = report.policies_table(ws, row, sheets["policies"], lang) + 1
    text(ws, row, 1, i18n.t("whatif.def.credits", lang)).font = SUBTITLE_FONT
    tiers = sheets["credits"].sort_values(["customer", "below_pct"], ascending=[True, False])
    grid(ws, row + 1, [i18n.t(k, lang) for k in ("report.client", "report.cfg.below_pct", "report.cfg.credit_pct")],
         [[report.everyone(c["customer"], lang), c["below_pct"], c["credit_pct"]] for c in tiers.to_dict("records")],
         [None, "0.00", "0.##"])


def own_rows(draft: config.Config, customers: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """The draft's policies and credit tiers as typed values, only those for everyone or the customers (all without
    any)."""
    out = {}
    for sheet in DRAFT_SHEETS:
        frame = draft.sheets[sheet].replace("", None)
        if customers:
            frame = frame[frame["customer"].isin(["*", *customers])]
        numbers = [c for c in ("target_minutes", "target_pct", "below_pct", "credit_pct") if c in frame]
        out[sheet] = frame.assign(**{c: pd.to_numeric(frame[c]) for c in numbers})
    return out

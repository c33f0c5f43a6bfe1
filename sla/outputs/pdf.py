"""The executive one-pager: the Overview of a month on one A4 page (PDF), in English or Dutch.

Every figure comes from sla.metrics.summary.month_summary (the Overview's own numbers) and is written by
sla.outputs.tiles, as on the page. reportlab draws it: a pure-pip wheel, so `make run`'s set-up is enough, and
its graphics make the trend a vector chart. A customer's PDF is built from that customer's summary alone.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sla import i18n
from sla.metrics import periods, summary
from sla.metrics.kpis import REGISTRY
from sla.outputs import charts, tiles
from sla.store import settings

TILES = (("first_response", "resolution", "availability"), ("csat", "nps", "breaches", "credits"))
TABLE_ROWS = 10  # the most rows per table that still fit one page next to the tiles and the trend
INK, MUTED, GOOD, BAD, LINE = (colors.HexColor(c) for c in ("#1f2933", "#6b7280", "#15803d", "#b91c1c", "#d1d5db"))
SERIES = {"first_response": colors.HexColor("#2563eb"), "resolution": colors.HexColor("#9333ea")}

STYLES = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=INK),
    "scope": ParagraphStyle("scope", fontName="Helvetica", fontSize=9, leading=12, textColor=MUTED),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=INK, spaceBefore=8,
                         spaceAfter=3),
    "label": ParagraphStyle("label", fontName="Helvetica", fontSize=8, leading=10, textColor=MUTED),
    "value": ParagraphStyle("value", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=INK),
    "note": ParagraphStyle("note", fontName="Helvetica", fontSize=7.5, leading=9.5, textColor=MUTED),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10, textColor=INK),
}


def _label(key: str, lang: str) -> str:
    return REGISTRY[key].label[lang] if key in REGISTRY else i18n.t(f"overview.{key}", lang)


def _tile(key: str, row: pd.Series, figures: dict, lang: str) -> list:
    """Label, value with its verdict, and the change against the previous month coloured by whether it is better."""
    tile = tiles.make(key, row, figures, lang)
    previous = i18n.month(figures["previous"], lang)
    if tile.change is None:
        note, colour = "", MUTED
    elif tile.change == 0:
        note, colour = i18n.t("pdf.no_change", lang, month=previous), MUTED
    else:
        up = str(tile.change).startswith("+")
        note = i18n.t("pdf.vs", lang, change=tile.change, month=previous)
        colour = GOOD if up != (key in tiles.LOWER_IS_BETTER) else BAD
    if tile.verdict:
        note = " · ".join(n for n in (i18n.t(f"pdf.verdict.{tile.verdict}", lang), note) if n)
    style = ParagraphStyle("delta", parent=STYLES["note"], textColor=colour)
    return [Paragraph(tile.label, STYLES["label"]), Paragraph(tile.value, STYLES["value"]), Paragraph(note, style)]


def _tiles(figures: dict, lang: str, width: float) -> list:
    out = []
    for keys in TILES:
        cells = [_tile(key, figures["tiles"].loc[key], figures, lang) for key in keys]
        table = Table([cells], colWidths=[width / len(keys)] * len(keys))
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, LINE), ("INNERGRID", (0, 0), (-1, -1), 0.5, LINE),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        out += [table, Spacer(1, 4)]
    return out


def _trend(trend: pd.DataFrame, lang: str, width: float) -> Drawing:
    """Ticket compliance per month over 12 months, one line per clock, with the lowest target dashed."""
    height = 52 * mm
    drawing = Drawing(width, height)
    months = sorted(pd.to_datetime(trend["bucket"]).unique())
    index = {m: i for i, m in enumerate(months)}
    keys = [k for k in SERIES if (trend["metric"] == k).any()]
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 28, 28, width - 40, height - 40
    plot.data = [[(index[pd.Timestamp(b)], float(v)) for b, v in
                  trend.loc[(trend["metric"] == k) & trend["compliance_pct"].notna(), ["bucket", "compliance_pct"]]
                  .itertuples(index=False)] for k in keys]
    low = max(0.0, min(float(trend["compliance_pct"].min()), float(trend["target_min"].min())) - 5)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = (low // 5) * 5, 100
    plot.yValueAxis.labelTextFormat = lambda v: i18n.number(v, lang) + " %"
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.3, len(months) - 0.7
    plot.xValueAxis.valueSteps = list(range(len(months)))
    plot.xValueAxis.labelTextFormat = lambda i: i18n.month(months[int(round(i))], lang) if 0 <= i < len(months) else ""
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = "Helvetica", 7, MUTED
        axis.strokeColor = LINE
    plot.yValueAxis.visibleGrid, plot.yValueAxis.gridStrokeColor = True, LINE
    for i, key in enumerate(keys):
        plot.lines[i].strokeColor, plot.lines[i].strokeWidth = SERIES[key], 1.6
        plot.lines[i].symbol = makeMarker("FilledCircle", size=3, fillColor=SERIES[key], strokeColor=SERIES[key])
    drawing.add(plot)
    target = trend["target_min"].dropna()
    if len(target):
        y = plot.y + plot.height * (float(target.min()) - plot.yValueAxis.valueMin) / (100 - plot.yValueAxis.valueMin)
        drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=BAD, strokeWidth=0.8,
                         strokeDashArray=[3, 2]))
        drawing.add(String(plot.x + 3, y + 2, i18n.t("overview.target", lang,
                                                               target=charts.target_text(target.min(), None, lang)),
                           fontName="Helvetica", fontSize=6.5, fillColor=BAD, textAnchor="start"))
    legend = Legend()
    legend.x, legend.y, legend.alignment, legend.columnMaximum = plot.x, 8, "right", 1
    legend.fontName, legend.fontSize, legend.dx, legend.dy, legend.deltax = "Helvetica", 7, 8, 3, 110
    legend.colorNamePairs = [(SERIES[k], _label(k, lang)) for k in keys]
    drawing.add(legend)
    return drawing


def _table(header: list[str], rows: list[list[str]], width: float, shares: Sequence[float], lang: str) -> list:
    more = len(rows) - TABLE_ROWS
    body = [[Paragraph(str(c), STYLES["cell"]) for c in row] for row in rows[:TABLE_ROWS]]
    table = Table([[Paragraph(f"<b>{h}</b>", STYLES["cell"]) for h in header], *body],
                  colWidths=[width * s for s in shares], repeatRows=1)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, INK), ("LINEBELOW", (0, 1), (-1, -1), 0.3, LINE),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [table] + ([Paragraph(i18n.t("pdf.more", lang, n=more), STYLES["note"])] if more > 0 else [])


def _missed(figures: dict, lang: str, width: float) -> list:
    missed = figures["missed"]
    if missed.empty:
        return [Paragraph(i18n.t("overview.none_missed", lang, month=i18n.month(figures["month"], lang)),
                          STYLES["cell"])]
    rows = [[c, REGISTRY[m].label[lang] + (f" · {s}" if isinstance(s, str) else ""),
             tiles.shown(m, v, lang, "", lo, (hi,)), charts.target_text(lo, hi, lang) or "–"]
            for c, m, s, v, lo, hi in missed[["customer", "metric", "service", "value", "target_min", "target_max"]]
            .itertuples(index=False)]
    header = [i18n.t(f"overview.col.{c}", lang) for c in ("customer", "kpi", "value", "target")]
    return _table(header, rows, width, (0.3, 0.4, 0.15, 0.15), lang)


def _worst(figures: dict, lang: str, width: float) -> list:
    worst = figures["worst"]
    if worst.empty:
        return [Paragraph(i18n.t("overview.no_breaches", lang, month=i18n.month(figures["month"], lang)),
                          STYLES["cell"])]
    rows = [[t, c, REGISTRY[m].label[lang], i18n.value("priority", p, lang), i18n.moment(d, lang),
             i18n.duration(o, lang, business=True)]
            for t, c, p, m, d, o in worst[["ticket_id", "customer", "priority", "metric", "due_at", "minutes_over"]]
            .itertuples(index=False)]
    header = [i18n.t(f"overview.col.{c}", lang) for c in ("ticket", "customer", "kpi", "priority", "due", "over")]
    return _table(header, rows, width, (0.13, 0.22, 0.2, 0.12, 0.18, 0.15), lang)


def _local(moment: datetime, tz: str) -> datetime:
    return moment.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(tz)).replace(tzinfo=None)


def _coverage(figures: dict, lang: str) -> str:
    tiles = figures["tiles"]
    tickets = tiles.loc[["first_response", "resolution"], "sample"].dropna().sum()
    answers = tiles.loc["csat", "sample"] if pd.notna(tiles.loc["csat", "sample"]) else 0
    tz = figures["timezone"]
    return i18n.t("pdf.coverage", lang, tickets=i18n.number(tickets, lang), answers=i18n.number(answers, lang),
                  month=i18n.month(figures["month"], lang), moment=i18n.moment(_local(settings.now(), tz), lang),
                  state=figures["state"].label(lang, tz))


def render(figures: dict, lang: str = "en", customers: Sequence[str] = ()) -> bytes:
    """The one-page PDF of a month_summary result."""
    buffer = io.BytesIO()
    margin = 14 * mm
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=i18n.t("pdf.title", lang, month=figures.get("month", "")),
                            author="SLA dashboard")
    width = A4[0] - 2 * margin
    month = periods.label(figures["month"], figures.get("progress"), lang) if not figures.get("empty") else ""
    story = [Paragraph(i18n.t("pdf.title", lang, month=month), STYLES["title"]),
             Paragraph(", ".join(customers) if customers else i18n.t("pdf.scope_all", lang), STYLES["scope"]),
             Spacer(1, 6)]
    if figures.get("empty") or figures["tiles"]["value"].isna().all():
        story.append(Paragraph(i18n.t("pdf.empty", lang), STYLES["cell"]))
    else:
        story += _tiles(figures, lang, width)
        if not figures["trend"].empty:
            story += [Paragraph(i18n.t("overview.trend", lang), STYLES["h2"]), _trend(figures["trend"], lang, width)]
        story += [Paragraph(i18n.t("overview.missed", lang), STYLES["h2"]), *_missed(figures, lang, width)]
        story += [Paragraph(i18n.t("overview.worst", lang), STYLES["h2"]), *_worst(figures, lang, width)]
        story += [Spacer(1, 8), Paragraph(_coverage(figures, lang), STYLES["note"])]
    doc.build(story)
    return buffer.getvalue()


def summary_pdf(db: Path | str, month: str, customers: Sequence[str] = (), lang: str = "en") -> bytes:
    """The one-pager of a month for the selected customers (all when none)."""
    return render(summary.month_summary(db, month, customers), lang, customers)

"""Pure Plotly figure builders on one registered template ("sla"), colour-blind safe (Okabe-Ito).

Met / breached is never told by colour alone: targets are dashed, labelled lines; states carry markers or text.
Builders take tidy DataFrames and the language, and return a go.Figure (unit-tested on what they return).
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio

from sla import i18n
from sla.metrics import kpis

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

# Registered already merged with plotly_white: naming "plotly_white+sla" made every figure merge the two (~40 ms).
pio.templates["sla"] = pio.templates.merge_templates(pio.templates["plotly_white"], go.layout.Template(
    layout=go.Layout(
        colorway=OKABE_ITO,
        font={"family": "Inter, Segoe UI, Helvetica, Arial, sans-serif", "size": 13},
        margin={"l": 40, "r": 20, "t": 50, "b": 40},
        hovermode="x unified",
        legend={"orientation": "h", "y": -0.15},
        xaxis={"showgrid": False},
        yaxis={"gridcolor": "#E5E5E5"},
    )
))
TEMPLATE = "sla"


def target_line(fig: go.Figure, target: float | None, lang: str, suffix: str = " %") -> go.Figure:
    """Add the target as a dashed, labelled horizontal line (no-op without a target)."""
    if target is not None and not pd.isna(target):
        label = f"{i18n.t('common.target', lang)} {i18n.number(target, lang, 2 if target % 1 else 0)}{suffix}"
        fig.add_hline(y=target, line_dash="dash", line_color="#555555", annotation_text=label,
                      annotation_position="top left")
    return fig


# --- feedback ---
BAND_COLOURS = {"detractor": "#D55E00", "passive": "#E69F00", "promoter": "#0072B2",
                "dissatisfied": "#D55E00", "satisfied": "#0072B2"}


def feedback_trend(frame: pd.DataFrame, value: str, title: str, y_title: str, lang: str) -> go.Figure:
    """A feedback score per month as a labelled line over grey bars of its responses (right axis, kept low)."""
    labels = [i18n.month(b, lang) for b in frame["bucket"]]
    responses = i18n.t("feedback.responses", lang)
    fig = go.Figure([
        go.Bar(x=labels, y=frame["responses"], name=responses, marker_color="#D9D9D9",
               hovertemplate=f"{responses}: %{{y:,}}<extra></extra>"),
        go.Scatter(x=labels, y=frame[value], name=y_title, yaxis="y2", mode="lines+markers+text",
                   text=[i18n.number(v, lang, 1) for v in frame[value]], textposition="top center",
                   marker={"size": 7, "color": OKABE_ITO[0]}, line={"color": OKABE_ITO[0]},
                   hovertemplate=f"{y_title}: %{{text}}<extra></extra>"),
    ])
    top = frame["responses"].max() if len(frame) else 0
    low, high = frame[value].min(), frame[value].max()
    pad = max((high - low) * 0.25, 2) if len(frame) else 1
    return fig.update_layout(
        template=TEMPLATE, title=title, hovermode="x unified", separators=",." if lang == "nl" else ".,",
        xaxis={"type": "category", "categoryorder": "array", "categoryarray": labels, "tickangle": 0, "nticks": 6},
        yaxis={"title": responses, "side": "right", "showgrid": False, "range": [0, max(top, 1) * 3]},
        yaxis2={"title": y_title, "side": "left", "overlaying": "y", "gridcolor": "#E5E5E5", "tickmode": "auto",
                "range": [low - pad, high + pad] if len(frame) else None},
        legend={"orientation": "h", "y": -0.2},
    )


def score_distribution(frame: pd.DataFrame, title: str, lang: str) -> go.Figure:
    """Responses per score as bars, one trace per band; each band is also a shaded range named in words."""
    labels = [_score_label(score, scale, lang) for score, scale in zip(frame["score"], frame["scale_max"],
                                                                       strict=True)]
    frame = frame.assign(label=labels).reset_index(drop=True)
    top = max(frame["responses"].max(), 1)
    fig = go.Figure(layout={"template": TEMPLATE, "title": title, "hovermode": "closest", "bargap": 0.15,
                            "separators": ",." if lang == "nl" else ".,",
                            "xaxis": {"type": "category", "categoryorder": "array", "categoryarray": labels},
                            "yaxis": {"title": i18n.t("feedback.responses", lang), "range": [0, top * 1.3]}})
    for band, rows in frame.groupby("band", sort=False):
        name = i18n.t(f"feedback.band.{band}", lang)
        fig.add_bar(x=rows["label"], y=rows["responses"], name=name, text=rows["responses"],
                    textposition="outside", marker_color=BAND_COLOURS[band],
                    hovertemplate=f"{name}<br>%{{x}}: %{{y:,}}<extra></extra>")
    runs = (frame["band"] != frame["band"].shift()).cumsum()
    for _, run in frame.groupby(runs.to_numpy(), sort=False):
        band = run["band"].iloc[0]
        fig.add_vrect(x0=run.index[0] - 0.5, x1=run.index[-1] + 0.5, fillcolor=BAND_COLOURS[band], opacity=0.07,
                      line_width=0, annotation_text=i18n.t(f"feedback.band_short.{band}", lang),
                      annotation_position="top", annotation_font_size=11)
    return fig


def _score_label(score: int, scale_max: float, lang: str) -> str:
    if scale_max == 1:
        return i18n.t("feedback.good" if score == 1 else "feedback.bad", lang)
    return str(score)


# --- overview ---
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x", "cross", "star", "hexagon", "triangle-down",
           "pentagon", "hourglass", "bowtie")


def _decimals(value: float) -> int:
    """Decimals needed to show a target exactly (95 -> 0, 99.9 -> 1, 99.95 -> 2)."""
    return len(f"{value:g}".partition(".")[2])


def target_text(low: float | None, high: float | None, lang: str, suffix: str = " %") -> str | None:
    """'95 %', or '95-97 %' where the contracts' targets differ; None without a target."""
    if low is None or pd.isna(low):
        return None
    text = i18n.number(low, lang, _decimals(low))
    if high is not None and not pd.isna(high) and high != low:
        text += f"–{i18n.number(high, lang, _decimals(high))}"
    return text + suffix


def bucket_labels(buckets: pd.Series, grain: str, lang: str) -> list[str]:
    """Axis labels of month or week buckets: 'okt 2026' per month, the Monday's date per week."""
    return [i18n.month(b, lang) if grain == "month" else i18n.day(b, lang) for b in pd.to_datetime(buckets)]


def _trend_layout(title: str, y_title: str, categories: list[str], lang: str) -> go.Layout:
    return go.Layout(template=TEMPLATE, title=title, yaxis={"title": y_title},
                     xaxis={"type": "category", "categoryorder": "array", "categoryarray": categories},
                     separators=",." if lang == "nl" else ".,")


def compliance_trend(frame: pd.DataFrame, title: str, lang: str) -> go.Figure:
    """First-response and resolution compliance per month, each with its dashed, labelled target.

    `frame`: bucket (month), metric, met, breached, compliance_pct, target_min, target_max.
    """
    frame = frame.sort_values("bucket").assign(label=lambda f: bucket_labels(f["bucket"], "month", lang))
    fig = go.Figure(layout=_trend_layout(title, "%", list(dict.fromkeys(frame["label"])), lang))
    met, decided = i18n.t("trends.hover.met", lang), i18n.t("trends.hover.decided", lang)
    for i, key in enumerate(("first_response", "resolution")):
        rows = frame[frame["metric"] == key]
        if rows.empty:
            continue
        name, colour = kpis.REGISTRY[key].label[lang], OKABE_ITO[i]
        fig.add_scatter(x=rows["label"], y=rows["compliance_pct"], name=name, mode="lines+markers",
                        line={"color": colour}, marker={"size": 8, "symbol": SYMBOLS[i], "color": colour},
                        customdata=list(zip(rows["met"], rows["met"] + rows["breached"], strict=True)),
                        hovertemplate=f"%{{y:.2f}} % ({met} %{{customdata[0]:,}} / {decided} "
                                      f"%{{customdata[1]:,}})")
        last = rows.iloc[-1]
        target = target_text(last["target_min"], last["target_max"], lang)
        if target:
            fig.add_hline(y=last["target_min"], line_dash="dash", line_color=colour,
                          annotation_text=f"{i18n.t('common.target', lang)} {name}: {target}",
                          annotation_position="bottom left" if i else "top left",
                          annotation_font_color=colour)
    return fig


# --- trends ---
TREND_HOVER = {
    "first_response": ("trends.hover.met", "trends.hover.decided"),
    "resolution": ("trends.hover.met", "trends.hover.decided"),
    "availability": ("trends.hover.downtime", "trends.hover.measured"),
    "csat": ("trends.hover.satisfied", "trends.hover.responses"),
    "nps": ("trends.hover.promoters", "trends.hover.responses"),
}


def kpi_trend(frame: pd.DataFrame, key: str, grain: str, title: str, lang: str, split: bool = False) -> go.Figure:
    """One KPI per week or month, one line (own colour and marker) per split value, every target dashed.

    `frame`: bucket, split, value, count, sample, target_min, target_max (sla.metrics.summary.kpi_series); the hover
    shows the count and the sample size behind each point.
    """
    kpi = kpis.REGISTRY[key]
    frame = frame.sort_values("bucket").assign(label=lambda f: bucket_labels(f["bucket"], grain, lang))
    y_title = "%" if kpi.unit == "pct" else kpi.label[lang]
    fig = go.Figure(layout=_trend_layout(title, y_title, list(dict.fromkeys(frame["label"])), lang))
    count, sample = (i18n.t(k, lang) for k in TREND_HOVER[key])
    decimals = len(kpi.number_format.rstrip("%").partition(".")[2])
    suffix = " %" if kpi.unit == "pct" else ""
    groups = frame.groupby(frame["split"].fillna("–"), sort=True) if split else [(kpi.label[lang], frame)]
    for i, (name, rows) in enumerate(groups):
        fig.add_scatter(x=rows["label"], y=rows["value"], name=str(name), mode="lines+markers",
                        marker={"size": 7, "symbol": SYMBOLS[i % len(SYMBOLS)]},
                        customdata=list(zip(rows["count"], rows["sample"], strict=True)),
                        hovertemplate=f"%{{y:.{decimals}f}}{suffix} ({count} %{{customdata[0]:,.0f}} / {sample} "
                                      f"%{{customdata[1]:,.0f}})")
    targets = frame.dropna(subset=["target_min"]).groupby("target_min")["target_max"].max()
    for i, (low, high) in enumerate(targets.items()):
        fig.add_hline(y=low, line_dash="dash", line_color="#555555",
                      annotation_text=f"{i18n.t('common.target', lang)} {target_text(low, high, lang)}",
                      annotation_position="top left" if i % 2 == 0 else "bottom right")
    return fig.update_layout(margin={"t": 30} if not title else {})


# --- breaches ---
BREACH_METRICS = ("first_response", "resolution")  # metric i is drawn in OKABE_ITO[i] on every chart


def _separators(fig: go.Figure, lang: str) -> go.Figure:
    """Dutch decimal comma and thousands dot in axes and hovers."""
    return fig.update_layout(separators=",." if lang == "nl" else ".,")


def breach_timeline(counts: pd.DataFrame, grain: str, lang: str) -> go.Figure:
    """Breaches per day or week, stacked by metric; excluded breaches hatched, with their own legend entry."""
    fig = go.Figure(layout={"template": TEMPLATE, "title": i18n.t(f"breaches.chart.title_{grain}", lang),
                            "barmode": "stack", "hovermode": "x unified", "legend": {"traceorder": "normal"},
                            "yaxis": {"title": i18n.t("breaches.axis.count", lang)},
                            "xaxis": {"tickformat": "%d-%m" if lang == "nl" else "%b %d"}})
    excluded = i18n.t("breaches.status.excluded", lang)
    for (metric, is_excluded), rows in counts.groupby(["metric", "excluded"], sort=True):
        name = i18n.t(f"breaches.metric.{metric}", lang) + (f" ({excluded.lower()})" if is_excluded else "")
        fig.add_bar(x=rows["bucket"], y=rows["breaches"], name=name, hovertemplate="%{y}",
                    marker={"color": OKABE_ITO[BREACH_METRICS.index(metric)],
                            "pattern": {"shape": "/" if is_excluded else ""}})
    return _separators(fig, lang)


def breach_scatter(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Each breach at its due moment against the minutes it went over (log scale); excluded ones as crosses."""
    counted, excluded = i18n.t("breaches.status.counted", lang), i18n.t("breaches.status.excluded", lang)
    data = frame.assign(
        due=frame["due_at"].dt.tz_localize(None),
        metric=[i18n.t(f"breaches.metric.{m}", lang) for m in frame["metric"]],
        status=[excluded if x else counted for x in frame["excluded"]],
        over=frame["minutes_over"].clip(lower=1))
    fig = px.scatter(data, x="due", y="over", color="metric", symbol="status", log_y=True, template=TEMPLATE,
                     symbol_map={counted: "circle", excluded: "x"}, hover_data=["ticket_id", "customer"],
                     color_discrete_map={i18n.t(f"breaches.metric.{m}", lang): OKABE_ITO[i]
                                         for i, m in enumerate(BREACH_METRICS)},
                     title=i18n.t("breaches.chart.title_scatter", lang),
                     labels={"due": i18n.t("breaches.col.due", lang), "over": i18n.t("breaches.axis.over", lang),
                             "metric": "", "status": "", "ticket_id": i18n.t("breaches.col.ticket", lang),
                             "customer": i18n.t("breaches.col.customer", lang)})
    fig.update_layout(hovermode="closest", xaxis={"tickformat": "%d-%m" if lang == "nl" else "%b %d"})
    return _separators(fig, lang)


# --- availability ---
def uptime_by_month(frame: pd.DataFrame, target: float | None, lang: str) -> go.Figure:
    """Availability per month as a labelled line (below target: a cross), the target dashed, and the
    maintenance minutes as grey bars on a second axis."""
    months = [i18n.month(m, lang) for m in frame["month"]]
    below = [not pd.isna(ok) and not ok for ok in frame["ok"]]
    text = [i18n.percent(v, lang) for v in frame["availability_pct"]]
    maintenance = i18n.t("availability.chart.maintenance", lang)
    fig = go.Figure([
        go.Bar(x=months, y=frame["maintenance_minutes"], name=maintenance, yaxis="y2", marker_color="#D9D9D9",
               hovertemplate="%{y:,.0f} min"),
        go.Scatter(x=months, y=frame["availability_pct"], name=i18n.t("availability.col.availability", lang),
                   mode="lines+markers+text", text=text, textposition="top center", hovertemplate="%{text}",
                   marker={"size": [11 if b else 7 for b in below], "color": OKABE_ITO[0],
                           "symbol": ["x" if b else "circle" for b in below]},
                   line={"color": OKABE_ITO[0]}),
    ])
    fig.update_layout(
        template=TEMPLATE, title=i18n.t("availability.chart.uptime", lang),
        xaxis={"type": "category"},
        yaxis={"title": i18n.t("availability.chart.pct", lang), "side": "left"},
        yaxis2={"title": maintenance, "overlaying": "y", "side": "right", "showgrid": False, "rangemode": "tozero"},
    )
    return _separators(target_line(fig, target, lang), lang)


def downtime_timeline(incidents: pd.DataFrame, windows: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp,
                      lang: str) -> go.Figure:
    """Each down period as a bar from start to end on its source's row (a marker keeps short ones visible);
    maintenance windows shaded and labelled."""
    fig = go.Figure(layout={"template": TEMPLATE, "title": i18n.t("availability.chart.timeline", lang),
                            "hovermode": "closest", "height": 320, "xaxis": {"range": [start, end], "type": "date"},
                            "yaxis": {"type": "category"}})
    for origin, rows in incidents.groupby("origin", sort=False):
        name = i18n.t(f"availability.origin.{origin}", lang)
        t0, t1 = rows["started_at"].dt.tz_localize(None), rows["ended_at"].dt.tz_localize(None)
        hover = [f"{i18n.moment(a, lang)} – {i18n.moment(b, lang)} ({i18n.duration(m, lang)})"
                 for a, b, m in zip(t0, t1, rows["minutes"], strict=True)]
        fig.add_bar(x=(t1 - t0).dt.total_seconds() * 1000, base=t0, y=[name] * len(rows), orientation="h",
                    name=name, width=0.5, marker_color=OKABE_ITO[5], hovertext=hover, hoverinfo="text",
                    showlegend=False)
        fig.add_scatter(x=t0, y=[name] * len(rows), mode="markers", marker={"symbol": "x", "size": 10,
                        "color": OKABE_ITO[5]}, name=name, hovertext=hover, hoverinfo="text", showlegend=False)
    label = i18n.t("availability.chart.maintenance_window", lang)
    for w in windows.itertuples():
        fig.add_vrect(x0=w.starts_at.tz_localize(None), x1=w.ends_at.tz_localize(None), fillcolor=OKABE_ITO[4],
                      opacity=0.35, line_width=1, line_color=OKABE_ITO[4], annotation_text=label,
                      annotation_position="top left")
    fig.update_xaxes(tickformat="%d-%m" if lang == "nl" else "%b %d")
    return _separators(fig, lang)


def response_percentiles(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Response time p50 / p95 / p99 per month, one labelled line each (dashed from p95 on)."""
    months = [i18n.month(m, lang) for m in frame["month"]]
    fig = go.Figure(layout={"template": TEMPLATE, "title": i18n.t("availability.chart.response", lang),
                            "xaxis": {"type": "category"},
                            "yaxis": {"title": i18n.t("availability.chart.ms", lang), "rangemode": "tozero"}})
    for (column, dash, symbol), colour in zip((("p50_ms", "solid", "circle"), ("p95_ms", "dash", "square"),
                                               ("p99_ms", "dot", "diamond")), OKABE_ITO, strict=False):
        fig.add_scatter(x=months, y=frame[column], name=column.split("_")[0], mode="lines+markers",
                        line={"dash": dash, "color": colour}, marker={"symbol": symbol, "size": 7},
                        hovertemplate="%{y:,.0f} ms")
    return _separators(fig, lang)

"""Pure Plotly figure builders on one registered template ("sla"), colour-blind safe (Okabe-Ito).

Met / breached is never told by colour alone: targets are dashed, labelled lines; states carry markers or text.
Builders take tidy DataFrames and the language, and return a go.Figure (unit-tested on what they return).
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio

from sla import i18n
from sla.metrics import kpis, status

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
# 24 distinct colours for series (customers, agents): Okabe-Ito, then Paul Tol's muted and light schemes and two of
# his dark ones; beyond 24 series a chart shows the 23 biggest and folds the rest into one "other" line.
PALETTE = (*OKABE_ITO,
           "#332288", "#117733", "#44AA99", "#88CCEE", "#DDCC77", "#CC6677", "#AA4499", "#882255", "#999933",
           "#77AADD", "#EE8866", "#FFAABB", "#BBCC33", "#AAAA00", "#663333", "#004488")
MAX_SERIES = len(PALETTE)

# Registered already merged with plotly_white: naming "plotly_white+sla" made every figure merge the two (~40 ms).
pio.templates["sla"] = pio.templates.merge_templates(pio.templates["plotly_white"], go.layout.Template(
    layout=go.Layout(
        colorway=PALETTE,
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


MAX_TICKS = 13  # more category labels than this overlap at 1366 px: show every n-th


def _trend_layout(title: str, y_title: str, categories: list[str], lang: str) -> go.Layout:
    step = -(-len(categories) // MAX_TICKS)
    return go.Layout(template=TEMPLATE, title=title, yaxis={"title": y_title},
                     xaxis={"type": "category", "categoryorder": "array", "categoryarray": categories,
                            "tickvals": categories[::step], "tickangle": 0},
                     separators=",." if lang == "nl" else ".,")


def pct_range(values: pd.Series, targets: list[float]) -> list[float] | None:
    """A percentage axis that holds the values and the targets, at least three times as tall as the distance from
    the lowest target to 100 %, so that noise near 100 % does not fill the chart (99.9-100 looked like a crisis)."""
    known = [float(v) for v in values if not pd.isna(v)] + [float(t) for t in targets if not pd.isna(t)]
    if not known:
        return None
    top, bottom = min(max(known), 100.0), min(known)
    floor = 3 * (100 - min(targets)) if targets else 0.0
    span = max(top - bottom, floor, 0.05)
    pad = span * 0.12
    return [min(bottom, top - span) - pad, top + pad]


def _targets(frame: pd.DataFrame) -> list[tuple[float, float]]:
    """The distinct target ranges (low, high) of a frame with target_min and target_max."""
    known = frame.dropna(subset=["target_min"])
    pairs = known.assign(target_max=known["target_max"].fillna(known["target_min"]))
    return sorted({(float(lo), float(hi)) for lo, hi in zip(pairs["target_min"], pairs["target_max"], strict=True)})


def target_marks(fig: go.Figure, targets: list[tuple[float, float]], lang: str, colour: str = "#555555",
                 name: str = "", suffix: str = " %") -> go.Figure:
    """Each target as a dashed line, or, where customers' targets differ, as a shaded band from the lowest to the
    highest, labelled 'Target 95–97 %'."""
    label = i18n.t("common.target", lang) + (f" {name}:" if name else "")
    for i, (low, high) in enumerate(targets):
        text = f"{label} {target_text(low, high, lang, suffix)}"
        place = "top left" if i % 2 == 0 else "bottom right"
        if high > low:
            fig.add_hrect(y0=low, y1=high, fillcolor=colour, opacity=0.12, line_width=0, annotation_text=text,
                          annotation_position=place, annotation_font_color=colour)
        else:
            fig.add_hline(y=low, line_dash="dash", line_color=colour, annotation_text=text,
                          annotation_position=place, annotation_font_color=colour)
    return fig


def top_series(frame: pd.DataFrame, other: str, limit: int = MAX_SERIES) -> pd.DataFrame:
    """At most `limit` split values: the biggest (by sample) and one `other` line for the rest, whose value is
    the sample-weighted mean of theirs (exactly the KPI over their tickets, answers or measured time together)."""
    sizes = frame.groupby("split", dropna=False)["sample"].sum().sort_values(ascending=False, kind="stable")
    if len(sizes) <= limit:
        return frame
    kept = set(sizes.index[:limit - 1])
    folded = frame[~frame["split"].isin(kept)].assign(weighted=lambda f: f["value"] * f["sample"])
    rest = (folded.groupby("bucket", as_index=False)
            .agg(weighted=("weighted", "sum"), count=("count", "sum"), sample=("sample", "sum"),
                 target_min=("target_min", "min"), target_max=("target_max", "max")))
    rest = rest.assign(split=f"{other} ({len(sizes) - len(kept)})", value=rest["weighted"] / rest["sample"])
    return pd.concat([frame[frame["split"].isin(kept)], rest.drop(columns="weighted")], ignore_index=True)


def compliance_trend(frame: pd.DataFrame, title: str, lang: str) -> go.Figure:
    """First-response and resolution compliance per month, each with its dashed, labelled target (a band where the
    contracts' targets differ). A point's customdata: met, decided, month (YYYY-MM), metric.

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
                        customdata=list(zip(rows["met"], rows["met"] + rows["breached"],
                                            pd.to_datetime(rows["bucket"]).dt.strftime("%Y-%m"), rows["metric"],
                                            strict=True)),
                        hovertemplate=f"%{{y:.2f}} % ({met} %{{customdata[0]:,}} / {decided} "
                                      f"%{{customdata[1]:,}})")
        target_marks(fig, _targets(rows.tail(1)), lang, colour, name)
    values, targets = frame["compliance_pct"], [t for pair in _targets(frame) for t in pair]
    return fig.update_yaxes(range=pct_range(values, targets))


# --- trends ---
TREND_HOVER = {
    "first_response": ("trends.hover.met", "trends.hover.decided"),
    "resolution": ("trends.hover.met", "trends.hover.decided"),
    "availability": ("trends.hover.downtime", "trends.hover.measured"),
    "csat": ("trends.hover.satisfied", "trends.hover.responses"),
    "nps": ("trends.hover.promoters", "trends.hover.responses"),
}


def kpi_trend(frame: pd.DataFrame, key: str, grain: str, title: str, lang: str, split: bool = False,
              split_kind: str | None = None) -> go.Figure:
    """One KPI per week or month, one line (own colour and marker, up to MAX_SERIES; the rest folded into one)
    per split value, every target dashed (or a band where targets differ), on an axis that holds them.

    `frame`: bucket, split, value, count, sample, target_min, target_max (sla.metrics.summary.kpi_series); the hover
    shows the count and the sample size behind each point, whose customdata also carries its bucket and split
    value (for a click through to the tickets behind it). A split by `split_kind` "priority" names its lines in
    the language (the point keeps the stored code).
    """
    kpi = kpis.REGISTRY[key]
    if split:
        frame = top_series(frame, i18n.t("trends.other", lang))
    frame = frame.sort_values("bucket").assign(label=lambda f: bucket_labels(f["bucket"], grain, lang))
    y_title = "%" if kpi.unit == "pct" else kpi.label[lang]
    fig = go.Figure(layout=_trend_layout(title, y_title, list(dict.fromkeys(frame["label"])), lang))
    count, sample = (i18n.t(k, lang) for k in TREND_HOVER[key])
    decimals = len(kpi.number_format.rstrip("%").partition(".")[2])
    suffix = " %" if kpi.unit == "pct" else ""
    groups = frame.groupby(frame["split"].fillna("–"), sort=True) if split else [(kpi.label[lang], frame)]
    for i, (name, rows) in enumerate(groups):
        colour = PALETTE[i % MAX_SERIES]
        shown = str(i18n.value(split_kind, name, lang)) if split_kind else str(name)
        fig.add_scatter(x=rows["label"], y=rows["value"], name=shown, mode="lines+markers",
                        line={"color": colour, "dash": "solid" if i < len(SYMBOLS) else "dot"},
                        marker={"size": 7, "symbol": SYMBOLS[i % len(SYMBOLS)], "color": colour},
                        customdata=list(zip(rows["count"], rows["sample"],
                                            pd.to_datetime(rows["bucket"]).dt.strftime("%Y-%m-%d"),
                                            rows["split"] if split else [None] * len(rows), strict=True)),
                        hovertemplate=f"%{{y:.{decimals}f}}{suffix} ({count} %{{customdata[0]:,.0f}} / {sample} "
                                      f"%{{customdata[1]:,.0f}})")
    targets = _targets(frame)
    target_marks(fig, targets, lang, suffix=suffix)
    if kpi.unit == "pct":
        fig.update_yaxes(range=pct_range(frame["value"], [t for pair in targets for t in pair]))
    return fig.update_layout(margin={"t": 30} if not title else {}, hovermode="x unified" if not split else "closest")


# --- breaches ---
BREACH_METRICS = ("first_response", "resolution")  # metric i is drawn in OKABE_ITO[i] on every chart


def _separators(fig: go.Figure, lang: str) -> go.Figure:
    """Dutch decimal comma and thousands dot in axes and hovers."""
    return fig.update_layout(separators=",." if lang == "nl" else ".,")


def breach_timeline(counts: pd.DataFrame, grain: str, lang: str, by: str = "metric") -> go.Figure:
    """Breaches per day or week, stacked by the split value (a metric keeps its own colour; more than MAX_SERIES
    values: the biggest and one "other"); excluded breaches hatched, with their own legend entry. A bar's
    customdata is [first day of its bucket, split value] (the "other" bar: no value), for a click through.

    `counts`: sla.metrics.exclusions.counts.
    """
    title = i18n.t(f"breaches.chart.title_{grain}", lang, by=i18n.t(f"breaches.by.{by}", lang).lower())
    fig = go.Figure(layout={"template": TEMPLATE, "title": title,
                            "barmode": "stack", "hovermode": "closest", "legend": {"traceorder": "normal"},
                            "yaxis": {"title": i18n.t("breaches.axis.count", lang)},
                            "xaxis": {"tickformat": "%d-%m" if lang == "nl" else "%b %d"}})
    totals = counts.groupby("split")["breaches"].sum().sort_values(ascending=False, kind="stable")
    kept = list(totals.index[:MAX_SERIES - 1]) if len(totals) > MAX_SERIES else list(totals.index)
    other = f"{i18n.t('breaches.chart.other', lang)} ({len(totals) - len(kept)})"
    counts = counts.assign(split=counts["split"].where(counts["split"].isin(kept), other))
    counts = counts.groupby(["bucket", "split", "excluded"], as_index=False)["breaches"].sum()
    excluded = i18n.t("breaches.status.excluded", lang)
    order = [v for v in (BREACH_METRICS if by == "metric" else kept) if v in set(counts["split"])] + \
        ([other] if other in set(counts["split"]) else [])
    for i, value in enumerate(order):
        colour = OKABE_ITO[BREACH_METRICS.index(value)] if by == "metric" else PALETTE[i % MAX_SERIES]
        label = i18n.t(f"breaches.metric.{value}", lang) if by == "metric" else str(value)
        for is_excluded, rows in counts[counts["split"] == value].groupby("excluded", sort=True):
            name = label + (f" ({excluded.lower()})" if is_excluded else "")
            fig.add_bar(x=rows["bucket"], y=rows["breaches"], name=name, hovertemplate=f"{name}: %{{y}}<extra></extra>",
                        marker={"color": colour, "pattern": {"shape": "/" if is_excluded else ""}},
                        customdata=[[b.strftime("%Y-%m-%d"), None if value == other else value]
                                    for b in rows["bucket"]])
    return _separators(fig, lang)


def queue_split(shares: pd.DataFrame, title: str, lang: str) -> go.Figure:
    """How many open clocks each split value has, biggest on top (more than MAX_SERIES values: the rest summed as
    one "other" bar). `shares`: split, size."""
    shares = shares.sort_values("size", ascending=False, kind="stable")
    if len(shares) > MAX_SERIES:
        rest = shares.iloc[MAX_SERIES - 1:]
        other = f"{i18n.t('breaches.chart.other', lang)} ({len(rest)})"
        folded = pd.DataFrame({"split": [other], "size": [rest["size"].sum()]})
        shares = pd.concat([shares.iloc[:MAX_SERIES - 1], folded])
    fig = go.Figure(go.Bar(x=shares["size"], y=shares["split"].astype(str), orientation="h", text=shares["size"],
                           textposition="outside", marker_color=OKABE_ITO[0],
                           hovertemplate="%{y}: %{x}<extra></extra>"),
                    layout={"template": TEMPLATE, "title": title, "hovermode": "closest",
                            "height": 120 + 26 * len(shares), "margin": {"l": 10},
                            "yaxis": {"autorange": "reversed", "automargin": True},
                            "xaxis": {"rangemode": "tozero", "dtick": max(1, -(-int(shares["size"].max()) // 8))}})
    return _separators(fig, lang)


def breach_scatter(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Each breach at its due moment against the minutes it went over (log scale); excluded ones as crosses. A
    point's customdata starts with its source, ticket id and metric, for a click to its clock."""
    counted, excluded = i18n.t("breaches.status.counted", lang), i18n.t("breaches.status.excluded", lang)
    data = frame.assign(
        due=frame["due_at"].dt.tz_localize(None), metric_key=frame["metric"],
        metric=[i18n.t(f"breaches.metric.{m}", lang) for m in frame["metric"]],
        status=[excluded if x else counted for x in frame["excluded"]],
        over=frame["minutes_over"].clip(lower=1))
    fig = px.scatter(data, x="due", y="over", color="metric", symbol="status", log_y=True, template=TEMPLATE,
                     symbol_map={counted: "circle", excluded: "x"}, hover_data=["ticket_id", "customer"],
                     custom_data=["source", "ticket_id", "metric_key"],
                     color_discrete_map={i18n.t(f"breaches.metric.{m}", lang): OKABE_ITO[i]
                                         for i, m in enumerate(BREACH_METRICS)},
                     title=i18n.t("breaches.chart.title_scatter", lang),
                     labels={"due": i18n.t("breaches.col.due", lang), "over": i18n.t("breaches.axis.over", lang),
                             "metric": "", "status": "", "ticket_id": i18n.t("breaches.col.ticket", lang),
                             "customer": i18n.t("breaches.col.customer", lang)})
    fig.update_layout(hovermode="closest", xaxis={"tickformat": "%d-%m" if lang == "nl" else "%b %d"})
    return _separators(fig, lang)


# --- availability ---
def uptime_by_month(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Availability per month as a labelled line (below target: a cross), the target dashed (a band where the
    customers' targets differ), and the maintenance as grey bars on a second axis kept low, in round hours or
    minutes. A point's customdata is its month (YYYY-MM), for a click through to that month's incidents.

    `frame`: by_service rows of one service (month, availability_pct, ok, maintenance_minutes, target_min/max).
    """
    months = [i18n.month(m, lang) for m in frame["month"]]
    below = [not pd.isna(ok) and not ok for ok in frame["ok"]]
    text = [i18n.percent(v, lang) for v in frame["availability_pct"]]
    maintenance = i18n.t("availability.chart.maintenance", lang)
    fig = go.Figure([
        go.Bar(x=months, y=frame["maintenance_minutes"], name=maintenance, yaxis="y2", marker_color="#D9D9D9",
               hovertext=[i18n.duration(m, lang) for m in frame["maintenance_minutes"]], hoverinfo="text"),
        go.Scatter(x=months, y=frame["availability_pct"], name=i18n.t("availability.col.availability", lang),
                   mode="lines+markers+text", text=text, textposition="top center", hovertemplate="%{text}",
                   customdata=pd.to_datetime(frame["month"]).dt.strftime("%Y-%m"),
                   marker={"size": [11 if b else 7 for b in below], "color": OKABE_ITO[0],
                           "symbol": ["x" if b else "circle" for b in below]},
                   line={"color": OKABE_ITO[0]}),
    ])
    targets = _targets(frame)
    most = float(frame["maintenance_minutes"].max()) if frame["maintenance_minutes"].notna().any() else 0.0
    fig.update_layout(
        template=TEMPLATE, title=i18n.t("availability.chart.uptime", lang), xaxis={"type": "category"},
        yaxis={"title": i18n.t("availability.chart.pct", lang), "side": "left",
               "range": pct_range(frame["availability_pct"], [t for pair in targets for t in pair])},
        yaxis2={"title": maintenance, "overlaying": "y", "side": "right", "showgrid": False,
                "tickmode": "array", **_minute_ticks(most, lang)},
    )
    return _separators(target_marks(fig, targets, lang), lang)


def _minute_ticks(most: float, lang: str) -> dict:
    """Round ticks for an axis of minutes (0, 30, 60 or 0, 2, 4 h ...), range three times the largest bar so the
    bars stay below the line they sit under."""
    step = next((s for s in (5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880) if most / s <= 3), 5760)
    ticks = [step * i for i in range(int(most // step) + 2)]
    return {"tickvals": ticks, "ticktext": [i18n.duration(t, lang) for t in ticks], "range": [0, max(ticks[-1], 1) * 3]}


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


# --- status strip and error budget ---
STATE_STYLE = {  # colour and fill pattern: a day's state is never told by colour alone
    "up": ("#009E73", ""), "minor": ("#E69F00", "/"), "major": ("#D55E00", "x"),
    "maintenance": ("#56B4E9", "."), "no_data": ("#BBBBBB", "-"),
}
DAY_MS = 86_400_000


def status_strip(days: pd.DataFrame, lang: str) -> go.Figure:
    """Per service a row of daily bars coloured (and patterned) by the day's state, hover with the day's
    availability, downtime, incidents, maintenance and coverage. A bar's customdata is [day, service].

    `days`: sla.metrics.status.days rows.
    """
    services = sorted(days["service"].unique(), reverse=True)  # drawn bottom-up: the first service on top
    fig = go.Figure(layout={"template": TEMPLATE, "hovermode": "closest", "barmode": "overlay", "bargap": 0.3,
                            "height": 90 + 38 * len(services), "margin": {"t": 10, "b": 30},
                            "legend": {"orientation": "h", "y": -0.25 if len(services) < 4 else -0.12},
                            "yaxis": {"type": "category", "categoryorder": "array", "categoryarray": services},
                            "xaxis": {"type": "date", "tickformat": "%d-%m" if lang == "nl" else "%b %d"}})
    for state in STATE_STYLE:
        rows = days[days["state"] == state]
        if rows.empty:
            continue
        colour, pattern = STATE_STYLE[state]
        fig.add_bar(x=[DAY_MS * 0.9] * len(rows), base=rows["day"], y=rows["service"], orientation="h",
                    name=i18n.t(f"availability.state.{state}", lang),
                    marker={"color": colour, "line": {"width": 0}, "pattern": {"shape": pattern, "size": 5}},
                    customdata=list(zip(rows["day"].dt.strftime("%Y-%m-%d"), rows["service"], strict=True)),
                    hovertext=[f"{r.service} · {status.describe(r, lang)}" for r in rows.itertuples()],
                    hoverinfo="text")
    return _separators(fig, lang)


def budget_burn(frame: pd.DataFrame, month_start: pd.Timestamp, month_end: pd.Timestamp, lang: str,
                fast: tuple[int, float], slow: tuple[int, float]) -> go.Figure:
    """Above: the share of the month's error budget used, hour by hour, against an even pace and the whole
    budget. Below: the burn rate over the fast and the slow window (log scale; hours without downtime leave a
    gap), with each window's alert threshold dashed.

    `frame`: sla.metrics.availability.budget_burn rows; fast / slow: (window hours, threshold).
    """
    from plotly.subplots import make_subplots

    hours = frame["hour"].dt.tz_localize(None)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08, row_heights=[0.55, 0.45])
    used = i18n.t("availability.burn.used", lang)
    fig.add_scatter(x=hours, y=frame["consumed_pct"], name=used, mode="lines", line={"color": OKABE_ITO[0],
                    "shape": "hv"}, hovertemplate="%{y:.1f} %", row=1, col=1)
    fig.add_scatter(x=[month_start, month_end], y=[0, 100], name=i18n.t("availability.burn.pace", lang),
                    mode="lines", line={"color": "#777777", "dash": "dot"}, hoverinfo="skip", row=1, col=1)
    fig.add_hline(y=100, line_dash="dash", line_color="#555555", row=1, col=1,
                  annotation_text=i18n.t("availability.burn.budget", lang), annotation_position="top left")
    for (window, threshold), column, colour, dash, key in ((fast, "burn_1h", OKABE_ITO[5], "dash", "fast"),
                                                           (slow, "burn_6h", OKABE_ITO[3], "dot", "slow")):
        name = i18n.t(f"availability.burn.{key}", lang, hours=window)
        fig.add_scatter(x=hours, y=frame[column].where(frame[column] > 0), name=name, mode="lines+markers",
                        marker={"size": 4, "color": colour}, line={"color": colour}, connectgaps=False,
                        hovertemplate="%{y:.1f}×", row=2, col=1)
        fig.add_hline(y=threshold, line_dash=dash, line_color=colour, row=2, col=1)
        # on a log axis an annotation's y is the logarithm (add_hline's own label would land far off the chart)
        fig.add_annotation(x=0, xref="x2 domain", y=math.log10(threshold), yref="y2", showarrow=False,
                           xanchor="left", yanchor="bottom" if key == "fast" else "top", font={"color": colour},
                           text=i18n.t("availability.burn.threshold", lang, name=name,
                                       value=i18n.number(threshold, lang, 1)))
    top = max(float(frame[["burn_1h", "burn_6h"]].max().max() or 0), fast[1]) * 2
    fig.update_layout(template=TEMPLATE, hovermode="x unified", height=520, margin={"t": 20},
                      legend={"orientation": "h", "y": -0.12})
    fig.update_yaxes(title_text=i18n.t("availability.burn.used_axis", lang), rangemode="tozero", row=1, col=1)
    fig.update_yaxes(title_text=i18n.t("availability.burn.rate_axis", lang), type="log",
                     range=[math.log10(0.5), math.log10(top)], row=2, col=1)
    fig.update_xaxes(range=[month_start, month_end], tickformat="%d-%m" if lang == "nl" else "%b %d")
    return _separators(fig, lang)


def breach_clock(breach: pd.Series, segments: pd.DataFrame, now: pd.Timestamp, lang: str) -> go.Figure:
    """A breach's clock as a timeline: the calendar's business hours shaded, the clock from creation to its due
    moment within target and from there to its stop (or now) over it, the due moment marked, and the time over
    target labelled in business hours of the policy's calendar. On-hold time, which the exports give only as a
    total, moved the due moment later by as much: the legend says how much.

    `breach`: a row of sla.metrics.exclusions.history; `segments`: exclusions.clock; `now`: the moment (any zone).
    """
    local = breach["created_at"].tz
    start, due = breach["created_at"], breach["due_at"]
    end = breach["stopped_at"] if not pd.isna(breach["stopped_at"]) else now.tz_convert(local)
    over_s = sum(max((min(b, end) - max(a, due)).total_seconds(), 0)
                 for a, b in zip(segments["seg_start"], segments["seg_end"], strict=True))
    row = [i18n.t("breaches.clock.row", lang)]
    fig = go.Figure(layout={"template": TEMPLATE, "height": 240, "hovermode": "closest", "barmode": "overlay",
                            "margin": {"t": 40, "b": 30, "l": 10}, "yaxis": {"visible": False},
                            "legend": {"orientation": "h", "y": -0.3},
                            "xaxis": {"type": "date", "range": [_naive(start - (end - start) * 0.03),
                                                                _naive(end + (end - start) * 0.08)],
                                      "tickformat": "%d-%m %H:%M" if lang == "nl" else "%b %d %H:%M"}})
    hours = i18n.t("breaches.clock.hours", lang, calendar=breach["calendar"])
    for i, (a, b) in enumerate(zip(segments["seg_start"], segments["seg_end"], strict=True)):
        label = {"annotation_text": hours, "annotation_position": "top left"} if i == 0 else {}
        fig.add_vrect(x0=_naive(a), x1=_naive(b), fillcolor=OKABE_ITO[4], opacity=0.15, line_width=0, **label)
    for name, a, b, colour, pattern in ((i18n.t("breaches.clock.within", lang), start, min(due, end), OKABE_ITO[0],
                                         ""),
                                        (i18n.t("breaches.clock.beyond", lang), due, end, OKABE_ITO[5], "/")):
        if b > a:
            fig.add_bar(x=[(b - a).total_seconds() * 1000], base=[_naive(a)], y=row, orientation="h", width=0.35,
                        name=name, marker={"color": colour, "pattern": {"shape": pattern}},
                        hovertext=f"{name}: {i18n.moment(a, lang)} – {i18n.moment(b, lang)}", hoverinfo="text")
    stopped = not pd.isna(breach["stopped_at"])
    marks = [(start, i18n.t("breaches.clock.created", lang), "circle"),
             (end, i18n.t("breaches.clock.stopped" if stopped else "breaches.clock.now", lang), "square")]
    for moment, name, symbol in marks:
        fig.add_scatter(x=[_naive(moment)], y=row, mode="markers", name=name, showlegend=False,
                        marker={"symbol": symbol, "size": 11, "color": "#333333"},
                        hovertext=f"{name}: {i18n.moment(moment, lang)}", hoverinfo="text")
    fig.add_vline(x=_naive(due), line_dash="dash", line_color=OKABE_ITO[5],
                  annotation_text=f"{i18n.t('breaches.clock.due', lang)} {i18n.moment(due, lang)}",
                  annotation_position="top right")
    fig.add_annotation(x=_naive(end), xanchor="right", y=row[0], yshift=36, showarrow=False,  # inside the chart
                       font={"color": OKABE_ITO[5]}, bgcolor="rgba(255,255,255,0.85)",
                       text=i18n.t("breaches.clock.over_label", lang, over=i18n.duration(over_s / 60, lang),
                                   calendar=breach["calendar"]))
    paused = breach.get("paused_s")
    if paused is not None and not pd.isna(paused) and paused > 0:
        fig.add_scatter(x=[None], y=[None], mode="markers", marker={"symbol": "square", "color": "#BBBBBB"},
                        name=i18n.t("breaches.clock.on_hold", lang, paused=i18n.duration(paused / 60, lang)))
    return _separators(fig, lang)


def _naive(moment: pd.Timestamp) -> pd.Timestamp:
    """A local moment without its zone, as Plotly draws it (at its local wall-clock time)."""
    return moment.tz_localize(None) if moment.tzinfo else moment


def whatif_months(frame: pd.DataFrame, title: str, names: tuple[str, str], lang: str) -> go.Figure:
    """A KPI per month in force and under a draft: two labelled lines told apart by marker and dash as well as
    colour, the draft's target dashed. `frame`: month (YYYY-MM), current, draft, target (sla.outputs.contract
    month_series)."""
    months = [i18n.month(m, lang) for m in frame["month"]]
    fig = go.Figure([
        go.Scatter(x=months, y=frame[column], name=name, mode="lines+markers",
                   text=[i18n.percent(v, lang) for v in frame[column]], hovertemplate="%{text}",
                   marker={"symbol": symbol, "size": 8, "color": colour}, line={"color": colour, "dash": dash})
        for column, name, symbol, colour, dash in (("current", names[0], "circle", OKABE_ITO[0], "solid"),
                                                   ("draft", names[1], "diamond", OKABE_ITO[1], "dot"))
    ])
    targets = frame["target"].dropna()
    fig.update_layout(template=TEMPLATE, title=title, xaxis={"type": "category"},
                      yaxis={"range": pct_range(pd.concat([frame["current"], frame["draft"]]), list(targets))})
    return _separators(target_line(fig, targets.max() if len(targets) else None, lang), lang)

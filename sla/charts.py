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

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

pio.templates["sla"] = go.layout.Template(
    layout=go.Layout(
        colorway=OKABE_ITO,
        font={"family": "Inter, Segoe UI, Helvetica, Arial, sans-serif", "size": 13},
        margin={"l": 40, "r": 20, "t": 50, "b": 40},
        hovermode="x unified",
        legend={"orientation": "h", "y": -0.15},
        xaxis={"showgrid": False},
        yaxis={"gridcolor": "#E5E5E5"},
    )
)
TEMPLATE = "plotly_white+sla"


def target_line(fig: go.Figure, target: float | None, lang: str, suffix: str = " %") -> go.Figure:
    """Add the target as a dashed, labelled horizontal line (no-op without a target)."""
    if target is not None and not pd.isna(target):
        label = f"{i18n.t('common.target', lang)} {i18n.number(target, lang, 2 if target % 1 else 0)}{suffix}"
        fig.add_hline(y=target, line_dash="dash", line_color="#555555", annotation_text=label,
                      annotation_position="top left")
    return fig


def line_trend(frame: pd.DataFrame, x: str, y: str, color: str | None, title: str, y_title: str, lang: str,
               target: float | None = None, hover: tuple[str, ...] = ()) -> go.Figure:
    """A KPI over time, one line per group, markers on every point, the target dashed."""
    fig = px.line(frame, x=x, y=y, color=color, markers=True, title=title, template=TEMPLATE,
                  hover_data=list(hover), labels={x: "", y: y_title, color or "": ""})
    fig.update_traces(marker={"size": 7})
    return target_line(fig, target, lang)


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

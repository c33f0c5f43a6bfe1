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

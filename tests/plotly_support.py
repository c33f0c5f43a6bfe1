"""Read the Plotly figures a page drew (AppTest) as plain JSON, typed arrays decoded to lists."""

from __future__ import annotations

import base64
import json

import numpy as np
from streamlit.testing.v1 import AppTest


def _decoded(node: object) -> object:
    if isinstance(node, dict):
        if set(node) >= {"dtype", "bdata"}:  # Plotly 6 writes numeric arrays as base64 typed arrays
            values = np.frombuffer(base64.b64decode(node["bdata"]), dtype=node["dtype"])
            return values.reshape(node["shape"]).tolist() if "shape" in node else values.tolist()
        return {k: _decoded(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_decoded(v) for v in node]
    return node


def figures(at: AppTest) -> list[dict]:
    """Every Plotly chart on the page, in order, as a figure dict (data, layout)."""
    return [_decoded(json.loads(chart.proto.spec)) for chart in at.get("plotly_chart")]

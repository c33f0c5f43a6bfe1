"""The chart builders' rules (sla.outputs.charts): distinct colours, top N plus other, readable weekly labels, axes
that hold the target without magnifying noise, target ranges as bands, round ticks."""

from __future__ import annotations

import pandas as pd
import pytest

from sla.outputs import charts


def series(splits: int, weeks: int = 1) -> pd.DataFrame:
    """A compliance series of `splits` customers (customer i has 10 * (i + 1) decided tickets) over weeks."""
    rows = [{"bucket": pd.Timestamp("2026-01-05") + pd.Timedelta(weeks=w), "split": f"Customer {i:02d}",
             "value": 90.0 + i % 10, "count": (90 + i % 10) * (i + 1) / 10, "sample": 10 * (i + 1),
             "target_min": 95.0, "target_max": 97.0 if i % 2 else 95.0} for i in range(splits) for w in range(weeks)]
    return pd.DataFrame(rows)


def test_the_palette_has_24_distinct_colours_and_every_series_its_own():
    assert len({c.lower() for c in charts.PALETTE}) == len(charts.PALETTE) == charts.MAX_SERIES == 24
    figure = charts.kpi_trend(series(24), "first_response", "week", "", "en", split=True)
    assert len({t.line.color for t in figure.data}) == 24
    assert len({(t.marker.symbol, t.line.dash) for t in figure.data}) == 24


def test_more_than_24_series_show_the_23_biggest_and_one_other_line_with_the_kpi_of_the_rest():
    frame = series(30)
    figure = charts.kpi_trend(frame, "first_response", "month", "", "en", split=True)
    names = [t.name for t in figure.data]
    assert len(names) == 24 and names[-1] == "Other (7)"
    assert "Customer 00" not in names and "Customer 29" in names  # the smallest folded, the biggest kept
    rest = frame[frame["split"].isin([f"Customer {i:02d}" for i in range(7)])]
    other = figure.data[-1]
    assert other.y[0] == pytest.approx(100 * rest["count"].sum() / rest["sample"].sum())
    assert list(other.customdata[0][:2]) == [rest["count"].sum(), rest["sample"].sum()]


def test_weekly_labels_are_thinned_to_a_readable_number():
    figure = charts.kpi_trend(series(1, weeks=52), "first_response", "week", "", "en")
    categories = figure.layout.xaxis.categoryarray
    assert len(categories) == 52 and len(figure.layout.xaxis.tickvals) <= charts.MAX_TICKS
    assert figure.layout.xaxis.tickvals[0] == categories[0] == "2026-01-05"


def test_a_percentage_axis_holds_the_target_and_does_not_magnify_noise():
    low, high = charts.pct_range(pd.Series([99.97, 99.99, 100.0]), [99.9])
    assert low < 99.7 and 100.0 < high < 100.1  # three times the distance from the target to 100 %
    low, high = charts.pct_range(pd.Series([80.0, 97.0]), [95.0])
    assert low < 80.0 and 97.0 < high
    assert charts.pct_range(pd.Series([float("nan")]), []) is None


def test_differing_targets_are_a_band_and_one_target_a_dashed_line():
    figure = charts.kpi_trend(series(2), "first_response", "month", "", "en", split=True)
    shapes = [(s.type, s.y0, s.y1, s.line.dash) for s in figure.layout.shapes]
    assert ("rect", 95.0, 97.0, None) in shapes and ("line", 95.0, 95.0, "dash") in shapes
    assert sorted(a.text for a in figure.layout.annotations) == ["Target 95 %", "Target 95–97 %"]


@pytest.mark.parametrize(("most", "ticks"), [(0, [0, 5]), (120, [0, 60, 120, 180]), (14, [0, 5, 10, 15])])
def test_minute_axes_tick_round_values(most, ticks):
    assert charts._minute_ticks(most, "en")["tickvals"] == ticks

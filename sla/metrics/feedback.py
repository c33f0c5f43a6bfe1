"""Customer feedback for a month and a set of customers: trend, score distribution, comments, CSAT by SLA outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from sla import i18n, store
from sla.metrics import kpis, periods, trends
from sla.store import settings, sql
from sla.store.scope import LOCAL, Scope

TREND_MONTHS = 12


@dataclass(frozen=True)
class Feedback:
    """What the feedback page shows for a month (besides the comments)."""

    stored: int  # survey answers in the store, any period (0: nothing uploaded yet)
    trend: pd.DataFrame  # bucket, metric (csat|nps), responses, csat_pct, nps: 12 months up to the month
    scores: pd.DataFrame  # kind, scale_max, score, band, responses: the month's distribution
    by_sla: pd.DataFrame  # sla (breached|met), responses, good, csat_pct: the month's CSAT by ticket outcome

    def tile(self, metric: str, month: str) -> Tile:
        """CSAT % or NPS of a month in the trend, its change since the month before, and its responses."""
        rows = self.trend[self.trend["metric"] == metric].set_index("bucket")
        values = rows["csat_pct" if metric == "csat" else "nps"]
        now, before = (pd.Timestamp(m + "-01") for m in (month, periods.month_add(month, -1)))
        value = float(values[now]) if now in values.index else None
        delta = round(value - float(values[before]), 2) if value is not None and before in values.index else None
        return Tile(value, delta, int(rows.at[now, "responses"]) if now in rows.index else 0)

    def outcome(self, sla: str) -> Tile:
        """CSAT % and responses of the answers on tickets whose SLA was 'breached' or 'met'."""
        row = self.by_sla.set_index("sla").loc[sla]
        return Tile(None if pd.isna(row["csat_pct"]) else float(row["csat_pct"]), None, int(row["responses"]))


class Tile(NamedTuple):
    """One KPI tile: the value, its change (or None) and the responses behind it."""

    value: float | None
    delta: float | None
    responses: int


def summary(db: Path | str | None, month: str, customers: list[str] | tuple[str, ...] = (),
            as_of: datetime | None = None, scope: Scope = LOCAL) -> Feedback:
    """Feedback for a month (YYYY-MM) and customers (empty = all of the scope's); ticket outcomes judged as of
    `as_of` (now)."""
    customers = list(scope.limit(customers))
    with store.connect(db, read_only=True) as con:
        stored = con.execute("select count(*) from stg_feedback").fetchone()[0]
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(month, None, tz)
        trend = _trend(con, periods.month_add(month, 1 - TREND_MONTHS), month, customers)
        scores = sql.df(con, "metrics/feedback_scores", period_start=start, period_end=end, customers=customers)
        if kpis.has_marts(con):
            kpis.prepare_outcomes(con, as_of or settings.now())
            by_sla = sql.df(con, "metrics/feedback_by_sla", period_start=start, period_end=end, customers=customers)
        else:
            by_sla = pd.DataFrame({"sla": ["breached", "met"], "responses": 0, "good": 0, "csat_pct": None})
    return Feedback(stored, trend, scores, by_sla)


def comments(db: Path | str | None, month: str, customers: list[str] | tuple[str, ...] = (), search: str = "",
             lang: str = "en", scope: Scope = LOCAL) -> pd.DataFrame:
    """The month's comments containing `search` (case-insensitive), newest first, ready to show (of the
    customers, none: all of the scope's).

    Columns: submitted_at (report time zone), customer, kind (CSAT | NPS), score ('9 / 10', 'Good'), comment.
    """
    customers = scope.limit(customers)
    with store.connect(db, read_only=True) as con:
        tz = settings.get(con, "report_timezone")
        _, _, start, end = periods.month_bounds(month, None, tz)
        frame = sql.df(con, "metrics/feedback_comments", period_start=start, period_end=end,
                       customers=list(customers), q=search.strip(), tz=tz)
    return frame.assign(
        kind=frame["kind"].str.upper(),
        score=[score_text(s, m, lang) for s, m in zip(frame["score"], frame["scale_max"], strict=True)],
    ).drop(columns="scale_max")


def score_text(score: float | None, scale_max: float, lang: str = "en") -> str:
    """A survey answer as text: '9 / 10', '4 / 5', 'Good' / 'Goed' (good/bad scale), '–' when unanswered."""
    if score is None or pd.isna(score):
        return "–"
    if scale_max == 1:
        return i18n.t("feedback.good" if score == 1 else "feedback.bad", lang)
    return f"{score:.0f} / {scale_max:.0f}"


def _trend(con, first: str, last: str, customers: list[str]) -> pd.DataFrame:
    """feedback_trend for all customers, one, or several combined (from per-customer counts)."""
    if len(customers) <= 1:
        frame = trends.feedback_trend(con, first, last, "month", customers[0] if customers else None)
        return frame[["bucket", "metric", "responses", "csat_pct", "nps"]]
    frames = [trends.feedback_trend(con, first, last, "month", c) for c in customers]
    return combine_trends(frames)


def combine_trends(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Several customers' trends as one: CSAT and NPS recomputed from the counts behind each percentage.

    A percentage with two decimals times its responses gives back the whole count of good answers (or promoters
    minus detractors) exactly while a bucket has fewer than 10,000 responses.
    """
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=["bucket", "metric", "responses", "csat_pct", "nps"])
    counts = pd.concat(frames, ignore_index=True).assign(
        good=lambda f: (f["responses"] * f["csat_pct"] / 100).round(),
        net=lambda f: (f["responses"] * f["nps"] / 100).round(),
    )
    total = counts.groupby(["bucket", "metric"], as_index=False)[["responses", "good", "net"]].sum(min_count=1)
    is_csat = total["metric"] == "csat"
    return total.assign(
        csat_pct=(100 * total["good"] / total["responses"]).round(2).where(is_csat),
        nps=(100 * total["net"] / total["responses"]).round(2).where(~is_csat),
    )[["bucket", "metric", "responses", "csat_pct", "nps"]].sort_values(["bucket", "metric"], ignore_index=True)

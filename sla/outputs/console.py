"""The command line's tables, readable at 120 columns: one table per KPI family with only its columns, counts as
whole numbers, durations in hours and minutes, percentages by the KPI's one rule, moments in local time."""

from __future__ import annotations

import textwrap

import pandas as pd

from sla import i18n
from sla.metrics import kpis
from sla.metrics.kpis import REGISTRY

WIDTH = 120
FAMILIES = {  # metric -> its title and columns: (key, header, kind)
    "first_response": ("First response", "ticket"), "resolution": ("Resolution", "ticket"),
    "availability": ("Availability", "availability"), "response_time": ("Response time", "response_time"),
    "throughput": ("Throughput", "throughput"), "quality": ("Reopened tickets", "quality"),
    "volume": ("Ticket volume", "volume"), "csat": ("CSAT", "csat"), "nps": ("NPS", "nps"),
}
COLUMNS = {
    "ticket": (("total", "tickets", "count"), ("met", "met", "count"), ("breached", "breached", "count"),
               ("open", "open", "count"), ("at_risk", "at risk", "count"), ("compliance_pct", "compliance", "kpi"),
               ("target_pct", "target", "target"), ("ok", "verdict", "verdict"), ("p50_minutes", "median", "duration"),
               ("p90_minutes", "p90", "duration"), ("source_compliance_pct", "source says", "pct"),
               ("source_p50_minutes", "source median", "duration")),
    "availability": (("service", "service", "text"), ("availability_pct", "availability", "kpi"),
                     ("target_pct", "target", "target"), ("ok", "verdict", "verdict"),
                     ("downtime_minutes", "downtime", "duration"), ("coverage_pct", "coverage", "pct"),
                     ("budget_left_minutes", "budget left", "duration"), ("credit_pct", "credit", "target"),
                     ("credit_amount", "amount", "money"), ("burn_rate", "burn rate", "ratio")),
    "response_time": (("service", "service", "text"), ("p50_ms", "p50 ms", "count"), ("p95_ms", "p95 ms", "count"),
                      ("p99_ms", "p99 ms", "count"), ("checks", "checks", "count")),
    "throughput": (("service", "service", "text"), ("mean", "mean", "ratio"), ("p5", "p5", "ratio"),
                   ("unit", "unit", "text"), ("target_value", "minimum", "ratio"), ("ok", "verdict", "verdict"),
                   ("checks", "checks", "count")),
    "quality": (("resolved", "resolved", "count"), ("reopened", "reopened", "count"),
                ("reopen_pct", "reopen rate", "pct")),
    "volume": (("created", "created", "count"), ("resolved", "resolved", "count")),
    "csat": (("responses", "answers", "count"), ("csat_pct", "CSAT", "kpi"), ("mean_score", "mean score", "ratio")),
    "nps": (("responses", "answers", "count"), ("nps", "NPS", "kpi")),
}


def _cell(kind: str, value: object, metric: str, row: dict, running: bool) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "–"
    if kind == "count":
        return i18n.number(value)
    if kind == "kpi":
        return kpis.format_value(metric, value, "en", row.get("target_pct"), (row.get("credit_below_pct"),))
    if kind == "target":
        return i18n.target_percent(value)
    if kind == "pct":
        return i18n.percent(value, "en", 1)
    if kind == "duration":
        return i18n.duration(value)
    if kind == "money":
        return i18n.number(value, "en", 2)
    if kind == "ratio":
        return i18n.number(value, "en", 2)
    if kind == "verdict":
        return ("on track" if value else "at risk") if running else ("met" if value else "missed")
    return str(value)


def kpi_tables(doc: dict) -> str:
    """The `kpis` document as one table per KPI family (rows split by priority, category or channel keep it)."""
    as_of = pd.Timestamp(doc["as_of"]).tz_localize("UTC").tz_convert(doc["timezone"])
    state = " (in progress)" if doc["in_progress"] else ""
    out = [f"KPIs {doc['period_start']} .. {doc['period_end']} (end exclusive){state}; figures as of "
           f"{i18n.moment(as_of.to_pydatetime().replace(tzinfo=None))} {doc['timezone']}; "
           f"data version {doc['data_version']}", ""]
    for metric, (title, family) in FAMILIES.items():
        rows = [r for r in doc["rows"] if r["metric"] == metric]
        if not rows:
            continue
        split = next((k for k in ("priority", "category", "channel") if any(r.get(k) for r in rows)), None)
        columns = (("customer", "customer", "text"), *([(split, split, "text")] if split else []), *COLUMNS[family])
        table = pd.DataFrame([{header: _cell(kind, r.get(key), metric, r, doc["in_progress"])
                               for key, header, kind in columns} for r in rows])
        table = table.loc[:, (table != "–").any()]  # a column with nothing in it is left out
        name = REGISTRY[metric].label["en"] if metric in REGISTRY else title
        out += [name, table.to_string(index=False, max_colwidth=24), ""]
    return "\n".join(out if len(out) > 2 else [*out, "(no rows)"])


def breach_table(frame: pd.DataFrame) -> str:
    """Breaches in a table that fits 120 columns: ticket, customer, priority, metric, state, due, over."""
    if frame.empty:
        return "(no breaches)"
    table = pd.DataFrame({
        "ticket": frame["ticket_id"].astype(str),
        "customer": frame["customer"].str.slice(0, 24),
        "priority": frame["priority"].fillna("–"),
        "metric": frame["metric"].str.replace("_", " "),
        "state": frame["state"].str.replace("_", " "),
        "due (local)": [i18n.moment(d.to_pydatetime().replace(tzinfo=None)) for d in frame["due_at"]],
        "over (business)": [i18n.duration(m, business=True) for m in frame["minutes_over"]],
        "excluded": ["yes" if x else "" for x in frame["excluded"]],
    })
    return table.to_string(index=False)


def claims_text(rows: pd.DataFrame, width: int = WIDTH) -> str:
    """claims_table rows as blocks: status and figure, then the claim wrapped, its sample and why not verified."""
    blocks = []
    for r in rows.to_dict("records"):
        head = f"{r['status']:<16} {r['value']:>14}  "
        body = textwrap.wrap(r["claim"], width - len(head))
        lines = [head + body[0], *(" " * len(head) + line for line in body[1:])]
        detail = r["sample"] + (f"; {r['reason']}" if r["reason"] else "")
        lines += textwrap.wrap(detail, width, initial_indent=" " * len(head), subsequent_indent=" " * len(head))
        blocks.append("\n".join(lines))
    return "\n".join(blocks)

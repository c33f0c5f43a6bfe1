"""What the Reports page offers: each client's Excel report, all of them in one zip, and a preview of a month."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pandas as pd

from sla import i18n, store
from sla.metrics import kpis, overview
from sla.metrics.kpis import REGISTRY
from sla.outputs import report
from sla.store.scope import LOCAL, Scope

PREVIEW_COLUMNS = ["kpi", "service", "value", "target", "status", "basis"]


def customers(db: Path | str | None, scope: Scope = LOCAL) -> list[str]:
    """Every customer (of the scope) a report can be made for, sorted."""
    with store.connect(db, read_only=True) as con:
        return scope.visible(overview.customers(con))


def workbook(db: Path | str | None, customer: str, period: str, lang: str = "en", scope: Scope = LOCAL) -> bytes:
    """One client's Excel report for a month (YYYY-MM), as bytes."""
    scope.check([customer])
    return report.report_bytes(db, customer, period, lang, scope)


def workbook_name(customer: str, period: str, lang: str = "en") -> str:
    """The file name of a client's report."""
    return report.file_name(customer, period, lang)


def zip_reports(db: Path | str | None, period: str, lang: str = "en", scope: Scope = LOCAL) -> bytes:
    """Every client's (of the scope) report for a month in one zip file, one workbook per customer."""
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in report.write_all(db, period, folder, lang, scope):
            archive.write(path, path.name)
    return buffer.getvalue()


def zip_name(period: str, lang: str = "en") -> str:
    """The file name of the zip with every client's report: 'SLA report 2026-10.zip'."""
    return f"{i18n.t('report.title', lang)} {period}.zip"


def preview(db: Path | str | None, customer: str, period: str, lang: str = "en", scope: Scope = LOCAL
            ) -> pd.DataFrame:
    """The month's KPI rows of one client as text: kpi, service, value, target, status, basis ('' when none)."""
    scope.check([customer])
    with store.connect(db, read_only=True) as con:
        rows = [r for r in kpis.compute(con, period, customer=customer)["rows"] if r["customer"] == customer]
    lines = [_line(r, lang) for r in rows if r["metric"] in REGISTRY and _measured(r)]
    return pd.DataFrame(lines, columns=PREVIEW_COLUMNS)


def _measured(row: dict) -> bool:
    if row["metric"] in ("first_response", "resolution"):
        return bool(row["total"])
    if row["metric"] == "availability":
        return row["availability_pct"] is not None
    return bool(row["responses"])


def _line(row: dict, lang: str) -> list[str]:
    """One preview row in the language's formats."""
    metric = row["metric"]
    kpi = REGISTRY[metric].label[lang]
    if metric in ("first_response", "resolution"):
        basis = i18n.t("reports.basis.tickets", lang, **{k: i18n.number(row[k] or 0, lang)
                                                         for k in ("met", "breached", "open")})
        return [kpi, "", i18n.percent(row["compliance_pct"], lang), _target(row, lang), _status(row, lang), basis]
    if metric == "availability":
        basis = i18n.t("reports.basis.downtime", lang, downtime=i18n.duration(row["downtime_minutes"], lang))
        return [kpi, row["service"], i18n.percent(row["availability_pct"], lang), _target(row, lang),
                _status(row, lang), basis]
    value = i18n.percent(row["csat_pct"], lang, 1) if metric == "csat" else i18n.number(row["nps"], lang, 1)
    basis = i18n.t("reports.basis.responses", lang, n=i18n.number(row["responses"], lang))
    return [kpi, "", value, "", "", basis]


def _target(row: dict, lang: str) -> str:
    target = row.get("target_pct")
    if target is None:
        return ""
    return i18n.target_percent(target, lang)


def _status(row: dict, lang: str) -> str:
    ok = row.get("ok")
    return "" if ok is None else i18n.t("reports.status.met" if ok else "reports.status.missed", lang)


def queue_csv(frame: pd.DataFrame, urls: pd.Series) -> bytes:
    """The at-risk queue (sla.metrics.at_risk) as CSV for other tools: one row per open clock, moments with their
    offset, business minutes left. A text cell that a spreadsheet would read as a formula gets a leading '."""
    out = pd.DataFrame({
        "source": frame["source"], "ticket_id": frame["ticket_id"], "customer": frame["customer"],
        "service": frame["service"], "priority": frame["priority"], "team": frame["team"], "agent": frame["agent"],
        "channel": frame["channel"], "metric": frame["metric"],
        "due_at": frame["due_at"].dt.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "business_minutes_left": (frame["left_s"] / 60).round(1), "target_used_pct": frame["used_pct"].round(1),
        "at_risk": frame["at_risk"].astype(bool), "ticket_url": urls,
    })
    text = out.select_dtypes(exclude=["number", "bool"]).columns
    out[text] = out[text].apply(lambda column: column.where(~column.astype(str).str.match(r"^[=+\-@\t\r]"),
                                                            "'" + column.astype(str)))
    return out.to_csv(index=False).encode("utf-8-sig")

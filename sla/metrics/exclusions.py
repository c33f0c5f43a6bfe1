"""Breach review: the breaches of a period with their clock and policy; excluding a breach and undoing it.

An exclusion (and its undo, an inclusion) is a row in breach_exclusions with who, when and why; nothing is ever
deleted, so the rows are the audit trail. The latest action per ticket metric is in force (stg_exclusions):
an excluded breach stays listed, marked, and leaves the ticket KPIs. Service credits follow from availability
only, so exclusions never change them.
"""

from __future__ import annotations

import getpass
import os
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from sla import i18n, store
from sla.metrics import kpis
from sla.store import settings, sql

METRICS = ("first_response", "resolution")
REASONS = ("customer-caused", "planned change", "disputed and accepted", "duplicate ticket", "other")
GRAINS = ("day", "week")
COLUMNS = ("source", "ticket_id", "customer", "service", "priority", "metric", "policy_row", "calendar",
           "target_minutes", "created_at", "due_at", "stopped_at", "minutes_over", "excluded", "excluded_reason",
           "policy_customer", "policy_service", "policy_priority", "policy_metric", "policy_target_pct",
           "policy_from", "policy_to", "excluded_by", "excluded_at")


class ExclusionError(ValueError):
    """An exclusion or inclusion that cannot be made; `key` names the problem (see i18n breaches.error.*)."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def default_actor() -> str:
    """Who acts when nobody said: the login name ($USER), else 'dashboard user'."""
    try:
        name = os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        name = ""
    return name.strip() or "dashboard user"


def reason_text(reason: str, note: str = "") -> str:
    """The stored reason: one of REASONS, with the note after a colon ('other' needs a note)."""
    reason, note = reason.strip(), " ".join(note.split())
    if reason not in REASONS:
        raise ExclusionError("reason", f"unknown reason {reason!r}; choose one of {', '.join(REASONS)}")
    if reason == "other" and not note:
        raise ExclusionError("note", "the reason 'other' needs a note that says why")
    return f"{reason}: {note}" if note else reason


def describe(reason: str | float | None, lang: str = "en") -> str:
    """A stored reason in the language: 'customer-caused: waited for access' -> 'Veroorzaakt door klant: ...'."""
    if not isinstance(reason, str) or not reason:  # None, or NaN from a DataFrame
        return ""
    code, _, note = reason.partition(": ")
    if code not in REASONS:
        return reason
    label = i18n.t(f"breaches.reason.{code.replace(' ', '_').replace('-', '_')}", lang)
    return f"{label}: {note}" if note else label


def history(db: Path | str | None, first_month: str, last_month: str, customers: tuple[str, ...] = (),
            services: tuple[str, ...] = (), priorities: tuple[str, ...] = (), metrics: tuple[str, ...] = (),
            as_of: datetime | None = None) -> pd.DataFrame:
    """Every breach decided in the months (newest first): its clock, the policy applied, excluded by whom and why.

    Empty lists mean all. Moments are in the report time zone.
    """
    with store.connect(db, read_only=True) as con:
        frame = kpis.breaches(con, first_month, last_month, None, as_of)
        if frame.empty:
            return pd.DataFrame(columns=list(COLUMNS))
        policies = sql.df(con, "metrics/breach_policies")
        trail = _audit(con)
    for column, wanted in (("customer", customers), ("service", services), ("priority", priorities),
                           ("metric", metrics)):
        if wanted:
            frame = frame[frame[column].isin(wanted)]
    in_force = trail.loc[trail["latest"] & (trail["action"] == "exclude"),
                         ["source", "ticket_id", "metric", "actor", "acted_at"]]
    frame = (frame.merge(policies, on="policy_row", how="left")
             .merge(in_force.rename(columns={"actor": "excluded_by", "acted_at": "excluded_at"}),
                    on=["source", "ticket_id", "metric"], how="left"))
    return frame.sort_values(["due_at", "ticket_id", "metric"], ascending=[False, True, True], ignore_index=True)


def counts(frame: pd.DataFrame, grain: str = "day") -> pd.DataFrame:
    """Breaches per local day or week (Monday) of their due moment, by metric and excluded or not."""
    if grain not in GRAINS:
        raise ValueError(f"grain must be one of {GRAINS}")
    if frame.empty:
        return pd.DataFrame(columns=["bucket", "metric", "excluded", "breaches"])
    due = frame["due_at"].dt.tz_localize(None).dt.normalize()
    bucket = due - pd.to_timedelta(due.dt.day_of_week, unit="D") if grain == "week" else due
    return (frame.assign(bucket=bucket).groupby(["bucket", "metric", "excluded"], as_index=False)
            .size().rename(columns={"size": "breaches"}))


def audit_trail(db: Path | str | None = None) -> pd.DataFrame:
    """Every exclusion and inclusion, newest first: acted_at (report time zone), actor, action, ticket, reason."""
    with store.connect(db, read_only=True) as con:
        return _audit(con)


def _audit(con) -> pd.DataFrame:
    frame = sql.df(con, "metrics/breach_audit")
    return kpis.local_times(frame, ("acted_at",), settings.get(con, "report_timezone"))


def exclude(db: Path | str | None, source: str, ticket_id: str, metric: str, reason: str, actor: str,
            at: datetime | None = None) -> None:
    """Exclude a breach from the KPIs, with a reason (see reason_text) and who did it."""
    _act(db, "exclude", source, ticket_id, metric, reason, actor, at)


def include(db: Path | str | None, source: str, ticket_id: str, metric: str, actor: str, reason: str | None = None,
            at: datetime | None = None) -> None:
    """Undo an exclusion: the breach counts again; the exclusion stays in the audit trail."""
    _act(db, "include", source, ticket_id, metric, reason, actor, at)


def _act(db: Path | str | None, action: str, source: str, ticket_id: str, metric: str, reason: str | None,
         actor: str, at: datetime | None) -> None:
    actor, reason = " ".join((actor or "").split()), (reason or "").strip() or None
    if not actor:
        raise ExclusionError("actor", "say who you are: the audit trail records who excluded a breach")
    if action == "exclude" and not reason:
        raise ExclusionError("reason", "an exclusion needs a reason")
    if metric not in METRICS:
        raise ExclusionError("metric", f"metric must be one of {', '.join(METRICS)}")
    now = at or settings.now()
    with store.connect(db) as con:
        known = kpis.has_marts(con)  # may rebuild the marts, in a transaction of its own
        con.execute("begin")
        try:
            if not known:
                raise ExclusionError("not_breached", f"ticket {ticket_id} is not known")
            breached = con.execute(
                "select due_at is not null and coalesce(stop_at, ?::timestamp) > due_at from fct_ticket_sla "
                "where source = ? and ticket_id = ? and metric = ?", [now, source, ticket_id, metric]).fetchone()
            if not breached or not breached[0]:
                raise ExclusionError("not_breached", f"{metric} of ticket {ticket_id} is not a breach")
            last = con.execute(
                "select action, acted_at from breach_exclusions where source = ? and ticket_id = ? and metric = ? "
                "order by acted_at desc limit 1", [source, ticket_id, metric]).fetchone()
            excluded = last is not None and last[0] == "exclude"
            if excluded == (action == "exclude"):
                state = "already excluded" if excluded else "not excluded"
                raise ExclusionError(f"already_{action}d", f"{metric} of ticket {ticket_id} is {state}")
            if last is not None and now <= last[1]:  # keep the order of actions even on a coarse clock
                now = last[1] + timedelta(microseconds=1)
            con.execute("insert into breach_exclusions values (?, ?, ?, ?, ?, ?, ?)",
                        [source, ticket_id, metric, action, reason, actor, now])
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    store.bump_version(db)

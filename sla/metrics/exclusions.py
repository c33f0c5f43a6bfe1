"""Breach review: the breaches of a period with their clock and policy; excluding a breach and undoing it.

An exclusion (and its undo, an inclusion) is a row in breach_exclusions with who, when and why: a reason
category and optional client text, which client files show, and an internal note, which they never show. Nothing
is ever deleted, so the rows are the audit trail. The latest action per ticket metric is in force (stg_exclusions):
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
from sla.store import marts_state, settings, sql
from sla.store.scope import LOCAL, Scope

METRICS = ("first_response", "resolution")
# The reasons a client may read (client files show only these, with the optional client text); "other" needs a note.
CATEGORIES = ("awaiting customer", "planned maintenance", "outside scope", "force majeure", "duplicate ticket",
              "other")
GRAINS = ("day", "week")
COLUMNS = ("source", "ticket_id", "customer", "service", "priority", "metric", "policy_row", "calendar",
           "target_minutes", "created_at", "due_at", "stopped_at", "state", "minutes_over", "excluded",
           "excluded_reason", "excluded_client_text", "excluded_note",
           "policy_customer", "policy_service", "policy_priority", "policy_metric", "policy_target_pct",
           "policy_from", "policy_to", "excluded_by", "excluded_at", "team", "agent", "channel", "paused_s")
SPLITS = ("metric", "customer", "priority", "team", "agent", "channel")  # what the chart of breaches is split by
PEOPLE = ("team", "agent", "channel")  # page filters beside the dashboard's


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


def describe(category: str | float | None, lang: str = "en") -> str:
    """A reason category in the language: 'awaiting customer' -> 'Wachten op de klant'; unknown text as it is."""
    if not isinstance(category, str) or not category:  # None, or NaN from a DataFrame
        return ""
    if category not in CATEGORIES:
        return category
    return i18n.t(f"breaches.reason.{category.replace(' ', '_')}", lang)


def client_reason(category: str | float | None, client_text: str | float | None, lang: str = "en") -> str:
    """What a client reads about an exclusion: the category and the client text, never the internal note."""
    text = client_text if isinstance(client_text, str) else ""
    return ": ".join(part for part in (describe(category, lang), text) if part)


def internal_reason(category: str | float | None, note: str | float | None, lang: str = "en") -> str:
    """What the team reads on the Breaches page: the category, then the internal note."""
    text = note if isinstance(note, str) else ""
    return " – ".join(part for part in (describe(category, lang), text) if part)


def history(db: Path | str | None, first_month: str, last_month: str, customers: tuple[str, ...] = (),
            services: tuple[str, ...] = (), priorities: tuple[str, ...] = (), metrics: tuple[str, ...] = (),
            as_of: datetime | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """Every breach decided in the months (newest first): its clock, the policy applied, excluded by whom and why,
    the ticket's team, agent and channel, and the on-hold time of its clock (paused_s).

    Empty lists mean all (of the scope's customers). Moments are in the report time zone.
    """
    customers = scope.limit(customers)
    with store.connect(db, read_only=True) as con:
        frame = kpis.breaches(con, first_month, last_month, None, as_of)
        if frame.empty:
            return pd.DataFrame(columns=list(COLUMNS))
        policies = sql.df(con, "metrics/breach_policies")
        trail = _audit(con)
        con.register("breach_keys", frame[["source", "ticket_id", "metric"]])
        details = sql.df(con, "metrics/breach_details")
        con.unregister("breach_keys")
    for column, wanted in (("customer", customers), ("service", services), ("priority", priorities),
                           ("metric", metrics)):
        if wanted:
            frame = frame[frame[column].isin(wanted)]
    in_force = trail.loc[trail["latest"] & (trail["action"] == "exclude"),
                         ["source", "ticket_id", "metric", "actor", "acted_at"]]
    frame = (frame.merge(policies, on="policy_row", how="left")
             .merge(details, on=["source", "ticket_id", "metric"], how="left")
             .merge(in_force.rename(columns={"actor": "excluded_by", "acted_at": "excluded_at"}),
                    on=["source", "ticket_id", "metric"], how="left"))
    return frame.sort_values(["due_at", "ticket_id", "metric"], ascending=[False, True, True], ignore_index=True)


def filtered(frame: pd.DataFrame, **wanted: tuple[str, ...]) -> pd.DataFrame:
    """The rows whose team, agent, channel (or any other column named) is one of the values wanted (empty: all);
    '–' wants the rows without a value."""
    for column, values in wanted.items():
        if values:
            frame = frame[frame[column].fillna("–").isin(values)]
    return frame


def counts(frame: pd.DataFrame, grain: str = "day", by: str = "metric") -> pd.DataFrame:
    """Breaches per local day or week (Monday) of their due moment, by a split column (SPLITS; no value: '–')
    and excluded or not; the split value is in the column `split`."""
    if grain not in GRAINS or by not in SPLITS:
        raise ValueError(f"grain must be one of {GRAINS} and by one of {SPLITS}")
    if frame.empty:
        return pd.DataFrame(columns=["bucket", "split", "excluded", "breaches"])
    due = frame["due_at"].dt.tz_localize(None).dt.normalize()
    bucket = due - pd.to_timedelta(due.dt.day_of_week, unit="D") if grain == "week" else due
    return (frame.assign(bucket=bucket, split=frame[by].fillna("–"))
            .groupby(["bucket", "split", "excluded"], as_index=False).size().rename(columns={"size": "breaches"}))


def clock(db: Path | str | None, breach: pd.Series, as_of: datetime | None = None) -> pd.DataFrame:
    """The business hours of the breach's calendar from its creation to its stop (or now, while open), in the
    report time zone: seg_start, seg_end."""
    end = breach["stopped_at"] if not pd.isna(breach["stopped_at"]) else pd.Timestamp(as_of or settings.now(),
                                                                                        tz="UTC")
    utc = [pd.Timestamp(t).tz_convert("UTC").tz_localize(None).to_pydatetime() for t in (breach["created_at"], end)]
    with store.connect(db, read_only=True) as con:
        frame = sql.df(con, "metrics/breach_clock", calendar=breach["calendar"], start=utc[0], end=utc[1])
        tz = settings.get(con, "report_timezone")
    return kpis.local_times(frame, ("seg_start", "seg_end"), tz)


def people(db: Path | str | None = None) -> dict[str, list[str]]:
    """The teams, agents and channels of the stored tickets (each sorted), for filters."""
    with store.connect(db, read_only=True) as con:
        frame = sql.df(con, "metrics/people_options")
    return {kind: frame.loc[frame["kind"] == kind, "value"].tolist() for kind in PEOPLE}


def audit_trail(db: Path | str | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """Every exclusion and inclusion of the scope's customers' tickets, newest first: acted_at (report time
    zone), actor, action, ticket, reason."""
    with store.connect(db, read_only=True) as con:
        trail = _audit(con)
    return trail if scope.everything else trail[trail["customer"].isin(scope.customers)].reset_index(drop=True)


def _audit(con) -> pd.DataFrame:
    frame = sql.df(con, "metrics/breach_audit")
    return kpis.local_times(frame, ("acted_at",), settings.get(con, "report_timezone"))


def exclude(db: Path | str | None, source: str, ticket_id: str, metric: str, category: str, actor: str,
            note: str = "", client_text: str = "", at: datetime | None = None, scope: Scope = LOCAL) -> None:
    """Exclude a breach from the KPIs: a category from CATEGORIES and optional client text (both may reach the
    client), an internal note (never leaves the team; needed for 'other'), and who did it (a signed-in scope's
    e-mail, whatever `actor` says)."""
    scope.require("exclude")
    category, note, client_text = category.strip(), " ".join(note.split()), " ".join(client_text.split())
    if category not in CATEGORIES:
        raise ExclusionError("reason", f"unknown reason {category!r}; choose one of {', '.join(CATEGORIES)}")
    if category == "other" and not note:
        raise ExclusionError("note", "the reason 'other' needs a note that says why")
    _act(db, "exclude", source, ticket_id, metric, actor, at, category, client_text or None, note or None, scope)


def include(db: Path | str | None, source: str, ticket_id: str, metric: str, actor: str, note: str | None = None,
            at: datetime | None = None, scope: Scope = LOCAL) -> None:
    """Undo an exclusion: the breach counts again; the exclusion stays in the audit trail. The note is internal."""
    scope.require("exclude")
    _act(db, "include", source, ticket_id, metric, actor, at, None, None, (note or "").strip() or None, scope)


def _act(db: Path | str | None, action: str, source: str, ticket_id: str, metric: str, actor: str,
         at: datetime | None, category: str | None, client_text: str | None, note: str | None,
         scope: Scope) -> None:
    actor = scope.actor if scope.signed_in else " ".join((actor or "").split())
    if not actor:
        raise ExclusionError("actor", "say who you are: the audit trail records who excluded a breach")
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
                "select due_at is not null and coalesce(stop_at, ?::timestamp) > due_at, customer from fct_ticket_sla "
                "where source = ? and ticket_id = ? and metric = ?", [now, source, ticket_id, metric]).fetchone()
            scope.check([breached[1]] if breached else [])
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
            con.execute("insert into breach_exclusions (source, ticket_id, metric, action, category, client_text, "
                        "note, actor, acted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [source, ticket_id, metric, action, category, client_text, note, actor, now])
            marts_state.mark_stale(con, "select $source as source, $ticket_id as ticket_id",
                                   params={"source": source, "ticket_id": ticket_id})
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    store.bump_version(db)

"""Adopting a what-if draft: the draft becomes a new configuration version through the normal validated import,
effective from a chosen day (table config_adoptions); who adopted it and when are the version's actor and time.

Policies carry dates, so the adoption keeps history: each policy in force ends the day before the chosen day, each
of the draft's starts on it (a row both hold stays one row), and the months before keep their figures. A calendar
the draft defines differently under the same name joins under a new name, for the draft's policies only. Credit
tiers, fees, maintenance, recipients and links have no dates: the draft's apply to every month. Who may sign in
(users) is not the draft's to change: the sheet in force stays.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd

from sla import store
from sla.contract import config
from sla.store.scope import LOCAL, Scope

DATES = ("effective_from", "effective_to")


@dataclass(frozen=True)
class Adoption:
    """A configuration version adopted from a draft."""

    version: int
    adopted_by: str
    adopted_at: datetime  # UTC
    effective_from: date


def merged(in_force: Mapping[str, pd.DataFrame], draft: Mapping[str, pd.DataFrame],
           effective: date) -> dict[str, pd.DataFrame]:
    """The configuration to store when `draft` is adopted from `effective` (sheets as text, as config reads them)."""
    now, new = config.from_sheets(in_force).sheets, config.from_sheets(draft).sheets
    calendars, renamed = _calendars(now["calendars"], new["calendars"], effective)
    draft_policies = _days(new["policies"]).assign(
        calendar=new["policies"]["calendar"].map(lambda c: renamed.get(c, c)))
    return {**new, "users": now["users"], "calendars": calendars,
            "policies": _policies(_days(now["policies"]), draft_policies, effective)}


def _day(text: str) -> date | None:
    return pd.Timestamp(text).date() if text else None


def _days(policies: pd.DataFrame) -> pd.DataFrame:
    """Policies with their dates as ISO days ('2026-04-01'), however they were written."""
    return policies.assign(**{c: policies[c].map(lambda t: _day(t).isoformat() if t else "") for c in DATES})


def _policies(now: pd.DataFrame, draft: pd.DataFrame, effective: date) -> pd.DataFrame:
    """The policies in force up to the day before `effective`, the draft's from it; rows both hold stay as they are."""
    kept = now.merge(draft, how="inner")  # the very same row in both: it applies before and after
    before = now[now["effective_from"].map(_day).map(lambda d: d is None or d < effective)]
    before = before.merge(kept, how="left", indicator=True).query("_merge == 'left_only'").drop(columns="_merge")
    last = (effective - timedelta(days=1)).isoformat()
    before = before.assign(effective_to=before["effective_to"].map(
        lambda t: last if not t or _day(t) >= effective else t))
    after = draft[draft["effective_to"].map(_day).map(lambda d: d is None or d >= effective)]
    after = after.merge(kept, how="left", indicator=True).query("_merge == 'left_only'").drop(columns="_merge")
    after = after.assign(effective_from=after["effective_from"].map(
        lambda f: effective.isoformat() if not f or _day(f) < effective else f))
    return pd.concat([kept, before, after], ignore_index=True)


def _calendars(now: pd.DataFrame, draft: pd.DataFrame, effective: date) -> tuple[pd.DataFrame, dict[str, str]]:
    """Every calendar of both; a draft's calendar that differs from the one in force of its name, renamed."""
    known = now.set_index("calendar")
    renamed = {}
    rows = [now]
    for row in draft.to_dict("records"):
        name = row["calendar"]
        if name in known.index and known.loc[name].to_dict() == {k: v for k, v in row.items() if k != "calendar"}:
            continue
        if name in known.index:
            renamed[name] = f"{name} ({effective.isoformat()})"
        rows.append(pd.DataFrame([{**row, "calendar": renamed.get(name, name)}]))
    return pd.concat(rows, ignore_index=True), renamed


def adopt(db: Path | str | None, draft: Mapping[str, pd.DataFrame], effective: date,
          scope: Scope = LOCAL) -> Adoption:
    """Store `draft` as a new configuration version effective from `effective`, recorded as the scope's actor's;
    raises NotAllowed when the scope may not adopt, config.ConfigProblem when the merged configuration is invalid."""
    scope.require("adopt")
    problems = config.validate(config.from_sheets(draft))  # rows as the draft numbers them, not the merged sheets
    if problems:
        raise config.ConfigProblem(problems)
    sheets = merged(config.in_force(db, scope), draft, effective)
    config.import_sheets(sheets, "what-if draft", db, scope, action="adopt", record=lambda con, version: con.execute(
        "insert into config_adoptions values (?, ?)", [version, effective]))
    return last(db)


def last(db: Path | str | None) -> Adoption | None:
    """The latest adoption, if any: its version, who adopted it, when (UTC) and from which day."""
    with store.connect(db, read_only=True) as con:
        row = con.execute("select a.version, v.actor, v.imported_at, a.effective_from from config_adoptions a "
                          "join config_versions v using (version) order by a.version desc limit 1").fetchone()
    return Adoption(*row) if row else None

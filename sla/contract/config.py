"""The contract configuration: calendars, policies, credits, customers, maintenance, recipients, links (the
ticket URL template of each helpdesk, and whether client workbooks may link to it) and users (who may sign in,
with what role and customers: sla.contract.users).

Edited as an Excel workbook (one sheet each) or a folder of CSV files with the same names. An import is
validated as a whole (one message per problem, with sheet and row) and stored as a new version; a rejected
file leaves the configuration in force untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd

from sla import store
from sla.contract import calendars, users
from sla.imports.readers import ImportProblem, read_excel
from sla.store import marts_state, settings
from sla.store.scope import LOCAL, ROLES, Scope

SHEETS: dict[str, tuple[str, ...]] = {
    "calendars": ("calendar", "timezone", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "holidays",
                  "closed_dates"),
    "policies": ("customer", "service", "priority", "metric", "target_minutes", "target_pct", "target_value",
                 "calendar", "effective_from", "effective_to"),
    "credits": ("customer", "below_pct", "credit_pct"),
    "customers": ("customer", "monthly_fee", "currency", "services"),
    "maintenance": ("service", "start", "end", "note"),
    "recipients": ("customer", "email", "role", "language"),
    "links": ("source", "ticket_url", "client_reports"),
    "users": ("email", "role", "customers"),
}
REQUIRED = {
    "calendars": ("calendar", "timezone"),
    "policies": ("metric",),  # and target_pct, or target_value for throughput (_check_targets)
    "credits": ("below_pct", "credit_pct"),
    "customers": ("customer",),
    "maintenance": ("service", "start", "end"),
    "recipients": ("customer", "email", "role"),
    "links": ("source", "ticket_url"),
    "users": ("email", "role", "customers"),
}
METRICS = ("first_response", "resolution", "availability", "throughput")
YES_NO = {"": False, "no": False, "false": False, "0": False, "yes": True, "true": True, "1": True}
TICKET_METRICS = ("first_response", "resolution")


class ConfigProblem(ImportProblem):
    """An invalid configuration: every problem, each with its sheet and row."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("the configuration was not imported:\n  " + "\n  ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Config:
    """All sheets as text frames with the documented columns (optional columns filled with empty text)."""

    sheets: dict[str, pd.DataFrame]


def read(path: Path | str) -> Config:
    """Read an .xlsx workbook or a folder of CSV files; missing sheets are empty."""
    path = Path(path)
    if path.is_dir():
        frames = {p.stem.lower(): pd.read_csv(p, dtype=str, keep_default_na=False, sep=None, engine="python",
                                              encoding="utf-8-sig")
                  for p in path.glob("*.csv")}
    elif path.suffix.lower() == ".xlsx":
        try:
            frames = {k.lower(): v for k, v in read_excel(path, sheet_name=None, dtype=str).items()}
        except Exception as exc:
            raise ImportProblem(f"{path.name}: the workbook could not be read ({exc}).") from exc
    else:
        raise ImportProblem(f"{path.name}: expected an .xlsx workbook or a folder of CSV files.")
    return Config({name: _columns(frames.get(name), name) for name in SHEETS})


def _columns(frame: pd.DataFrame | None, sheet: str) -> pd.DataFrame:
    frame = pd.DataFrame(columns=SHEETS[sheet]) if frame is None else frame.copy()
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    frame = frame.fillna("").astype(str).map(str.strip)
    for col in SHEETS[sheet]:
        if col not in frame.columns:
            frame[col] = ""
    frame = frame[[c for c in SHEETS[sheet]]]
    return frame[(frame != "").any(axis=1)].reset_index(drop=True)


def _number(value: str) -> float | None:
    try:
        return float(value.replace(",", ".")) if value else None
    except ValueError:
        return None


def _date(value: str) -> date | None:
    return pd.Timestamp(value).date() if value else None


def validate(cfg: Config) -> list[str]:
    """Every problem in the configuration, as 'sheet row N: what is wrong'."""
    problems: list[str] = []
    for sheet, frame in cfg.sheets.items():
        for col in REQUIRED[sheet]:
            for i in frame.index[frame[col] == ""]:
                problems.append(f"{sheet} row {i + 2}: {col} is empty")
    known = {"24x7"} | _check_calendars(cfg.sheets["calendars"], problems)
    _check_policies(cfg.sheets["policies"], known, problems)
    _check_credits(cfg.sheets["credits"], problems)
    _check_customers(cfg.sheets["customers"], problems)
    _check_maintenance(cfg.sheets["maintenance"], problems)
    _check_recipients(cfg.sheets["recipients"], problems)
    _check_links(cfg.sheets["links"], problems)
    _check_users(cfg.sheets["users"], problems)
    return problems


def _check_calendars(frame: pd.DataFrame, problems: list[str]) -> set[str]:
    names = set()
    for i, row in frame.iterrows():
        try:
            calendars.parse_calendar(row.to_dict())
            names.add(row["calendar"])
        except calendars.CalendarError as exc:
            problems.extend(f"calendars row {i + 2}: {p}" for p in exc.problems)
    return names


def _check_policies(frame: pd.DataFrame, known_calendars: set[str], problems: list[str]) -> None:
    for i, row in frame.iterrows():
        where = f"policies row {i + 2}"
        if row["metric"] and row["metric"] not in METRICS:
            problems.append(f"{where}: unknown metric {row['metric']!r} (expected {', '.join(METRICS)})")
        if row["calendar"] and row["calendar"] not in known_calendars:
            problems.append(f"{where}: unknown calendar {row['calendar']!r}")
        problems.extend(f"{where}: {p}" for p in _check_targets(row))
        problems.extend(f"{where}: {p}" for p in _check_dates(row))
    problems.extend(_policy_ties(frame))


def _check_targets(row: pd.Series) -> list[str]:
    problems = []
    if row["metric"] in TICKET_METRICS and not (_number(row["target_minutes"]) or 0) > 0:
        problems.append(f"target_minutes must be a positive number for {row['metric']}")
    if row["metric"] == "throughput":  # a minimum volume; target_pct is not used
        if _number(row["target_value"]) is None:
            problems.append("target_value must be a number for throughput (the minimum volume)")
        return problems
    pct = _number(row["target_pct"])
    if not row["target_pct"]:
        problems.append("target_pct is empty")
    elif pct is None or not 0 < pct <= 100:
        problems.append("target_pct must be a percentage between 0 and 100")
    return problems


def _check_dates(row: pd.Series) -> list[str]:
    dates, problems = {}, []
    for col in ("effective_from", "effective_to"):
        try:
            dates[col] = _date(row[col])
        except ValueError:
            problems.append(f"{col} {row[col]!r} is not a date")
    if dates.get("effective_from") and dates.get("effective_to") and dates["effective_to"] < dates["effective_from"]:
        problems.append(f"effective_to {row['effective_to']} is before effective_from {row['effective_from']}")
    return problems


def _policy_ties(frame: pd.DataFrame) -> list[str]:
    """Two rows of the same metric and specificity that can match one ticket at one time are ambiguous."""
    rows = [(i + 2, r) for i, r in frame.iterrows()]
    ties = []
    for a, (ra, pa) in enumerate(rows):
        for rb, pb in rows[a + 1:]:
            if pa["metric"] == pb["metric"] and _specificity(pa) == _specificity(pb) and _overlap(pa, pb):
                ties.append(f"policies rows {ra} and {rb}: both match the same tickets "
                            f"({pa['metric']}, equally specific, overlapping dates); make one more specific")
    return ties


def _specificity(row: pd.Series) -> int:
    return sum(row[c] not in ("", "*") for c in ("customer", "service", "priority"))


def _overlap(a: pd.Series, b: pd.Series) -> bool:
    for col in ("customer", "service", "priority"):
        # priorities match tickets case-insensitively (queries/marts/ticket_metric.sql), customers and services exactly
        value_a, value_b = (a[col].lower(), b[col].lower()) if col == "priority" else (a[col], b[col])
        if value_a not in ("", "*") and value_b not in ("", "*") and value_a != value_b:
            return False
    try:
        start_a, end_a = _date(a["effective_from"]) or date.min, _date(a["effective_to"]) or date.max
        start_b, end_b = _date(b["effective_from"]) or date.min, _date(b["effective_to"]) or date.max
    except ValueError:
        return False
    return start_a <= end_b and start_b <= end_a  # effective_to is inclusive


def _check_credits(frame: pd.DataFrame, problems: list[str]) -> None:
    for i, row in frame.iterrows():
        below, credit = _number(row["below_pct"]), _number(row["credit_pct"])
        if below is None or not 0 < below <= 100:
            problems.append(f"credits row {i + 2}: below_pct must be a percentage between 0 and 100")
        if credit is None or not 0 <= credit <= 100:
            problems.append(f"credits row {i + 2}: credit_pct must be a percentage between 0 and 100")
    # the same threshold twice for one customer, however it is written (99.9, 99.90, 99,9)
    key = frame.assign(customer=frame["customer"].replace("", "*"), below=frame["below_pct"].map(_number))
    dupes = key[key["below"].notna() & key.duplicated(["customer", "below"], keep=False)]
    for (customer, below), group in dupes.groupby(["customer", "below"]):
        rows = " and ".join(str(i + 2) for i in group.index)
        problems.append(f"credits rows {rows}: overlapping tiers for {customer} below {below:g} %")


def _check_customers(frame: pd.DataFrame, problems: list[str]) -> None:
    for i, row in frame.iterrows():
        if row["monthly_fee"] and (_number(row["monthly_fee"]) is None or _number(row["monthly_fee"]) < 0):
            problems.append(f"customers row {i + 2}: monthly_fee must be a number of 0 or more")
    for name in frame["customer"][frame["customer"].duplicated()]:
        problems.append(f"customers: {name!r} is listed more than once")


def _check_maintenance(frame: pd.DataFrame, problems: list[str]) -> None:
    for i, row in frame.iterrows():
        start, end = pd.to_datetime(row["start"], errors="coerce"), pd.to_datetime(row["end"], errors="coerce")
        if pd.isna(start) or pd.isna(end):
            problems.append(f"maintenance row {i + 2}: start and end must be date-times like 2026-10-04 02:00")
        elif end <= start:
            problems.append(f"maintenance row {i + 2}: end is not after start")


def _check_recipients(frame: pd.DataFrame, problems: list[str]) -> None:
    for i, row in frame.iterrows():
        if row["email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", row["email"]):
            problems.append(f"recipients row {i + 2}: {row['email']!r} is not an e-mail address")
        if row["role"] and row["role"] not in ("executive", "client"):
            problems.append(f"recipients row {i + 2}: role must be executive or client")
        if row["language"] and row["language"] not in ("en", "nl"):
            problems.append(f"recipients row {i + 2}: language must be en or nl")
        if row["role"] == "client" and row["customer"] in ("*", ""):
            problems.append(f"recipients row {i + 2}: a client contact needs the customer whose report they get")


def _check_links(frame: pd.DataFrame, problems: list[str]) -> None:
    for i, row in frame.iterrows():
        url = row["ticket_url"]
        if url and not (re.match(r"https?://[^\s/]+", url) and "{ticket_id}" in url):
            problems.append(f"links row {i + 2}: ticket_url must start with http:// or https:// and hold "
                            "{ticket_id}, e.g. https://acme.zendesk.com/agent/tickets/{ticket_id}")
        if row["client_reports"].lower() not in YES_NO:
            problems.append(f"links row {i + 2}: client_reports must be yes or no (empty: no)")
    for name in frame["source"][frame["source"].duplicated()]:
        problems.append(f"links: source {name!r} is listed more than once")


def _check_users(frame: pd.DataFrame, problems: list[str]) -> None:
    for i, row in frame.iterrows():
        if row["email"] and not users.ADDRESS.fullmatch(row["email"]):
            problems.append(f"users row {i + 2}: {row['email']!r} is not an e-mail address or *@domain")
        if row["role"] and row["role"] not in ROLES:
            problems.append(f"users row {i + 2}: role must be viewer, editor or admin")
        names = users.customers_of(row["customers"])
        if names is not None and "*" in names:
            problems.append(f"users row {i + 2}: customers is either * or a list of customers, not both")
    for email in frame["email"][frame["email"].str.lower().duplicated()]:
        problems.append(f"users: {email!r} is listed more than once")


def import_config(path: Path | str, db: Path | str | None = None,
                  on_wait: Callable[[str], None] | None = None, scope: Scope = LOCAL) -> str:
    """Validate and store a configuration as the new version in force; raise ConfigProblem if invalid."""
    scope.require("configure")
    return _import(read(path), Path(path).name, db, on_wait, scope)


def import_sheets(sheets: Mapping[str, pd.DataFrame], source: str, db: Path | str | None = None,
                  scope: Scope = LOCAL, action: str = "configure",
                  record: Callable[[duckdb.DuckDBPyConnection, int], None] | None = None) -> str:
    """Validate and store sheets edited in the dashboard (cells of any type, as `current` gives them) as the
    new version in force; raise ConfigProblem if invalid. A missing sheet is empty. `action` is what the scope
    must allow ("adopt" for a what-if draft, whose users sheet is the one in force); `record(con, version)` runs
    in the import's transaction (an adoption notes its effective day)."""
    scope.require(action)
    return _import(from_sheets(sheets), source, db, scope=scope, lockout=action == "configure", record=record)


def from_sheets(sheets: Mapping[str, pd.DataFrame]) -> Config:
    """A configuration from sheets with cells of any type (as `current` gives them); a missing sheet is empty."""
    return Config({name: _columns(_text(sheets.get(name)), name) for name in SHEETS})


def _text(frame: pd.DataFrame | None) -> pd.DataFrame | None:
    # "" for missing cells of every type (fillna("") would write "NaT" into a date column)
    return None if frame is None else frame.astype(object).where(frame.notna(), "").astype(str)


def _import(cfg: Config, source: str, db: Path | str | None, on_wait: Callable[[str], None] | None = None,
            scope: Scope = LOCAL, lockout: bool = True,
            record: Callable[[duckdb.DuckDBPyConnection, int], None] | None = None) -> str:
    problems = validate(cfg) + (_lockout(cfg, scope) if lockout else [])
    if problems:
        raise ConfigProblem(problems)
    with store.connect(db, on_wait=on_wait) as con:
        con.execute("begin")
        try:
            version = _store(con, cfg, source, scope.actor)
            if record:
                record(con, version)
            marts_state.mark_stale(con)
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    store.bump_version(db)
    counts = ", ".join(f"{len(f)} {name}" for name, f in cfg.sheets.items())
    return f"Configuration version {version} imported from {source}: {counts}."


def _lockout(cfg: Config, scope: Scope) -> list[str]:
    """A signed-in admin may not store a users sheet that takes their own admin role away."""
    if not scope.signed_in:
        return []
    rows = cfg.sheets["users"][["email", "role", "customers"]].itertuples(index=False)
    kept = users.match(rows, scope.actor)
    if kept is not None and kept.role == "admin" and kept.everything:
        return []
    return [f"users: {scope.actor!r} would no longer be an admin who sees every customer; keep a row that makes "
            "you one"]


def _store(con: duckdb.DuckDBPyConnection, cfg: Config, source: str, actor: str) -> int:
    version = con.execute("select nextval('config_seq')").fetchone()[0]
    con.execute("insert into config_versions (version, source, imported_at, actor) values (?, ?, now(), ?)",
                [version, source, actor])
    write_version(con, cfg, version)
    return version


def write_version(con: duckdb.DuckDBPyConnection, cfg: Config, version: int) -> None:
    """Insert every sheet of a validated configuration as version `version` of the cfg_* tables on `con` (the
    caller numbers the version; a what-if replay writes a draft so into temp tables of its own)."""
    tz = settings.get(con, "timezone")
    for sheet, frame in cfg.sheets.items():
        rows = _typed(sheet, frame, tz).assign(version=version)
        con.register("sheet_frame", rows)
        con.execute(f"insert into cfg_{sheet} by name select * from sheet_frame")
        con.unregister("sheet_frame")


def _typed(sheet: str, frame: pd.DataFrame, tz: str) -> pd.DataFrame:
    """A sheet's text as the stored column types."""
    out = frame.replace("", None)
    if sheet == "policies":
        out = out.assign(policy_row=range(2, len(out) + 2))
        for col in ("customer", "service", "priority"):
            out[col] = out[col].fillna("*")
        out["calendar"] = out["calendar"].fillna("24x7")
        for col in ("target_minutes", "target_pct", "target_value"):
            out[col] = out[col].map(_number, na_action="ignore").astype("float64")
        for col in ("effective_from", "effective_to"):
            out[col] = pd.to_datetime(out[col]).dt.date
    elif sheet == "credits":
        out["customer"] = out["customer"].fillna("*")
        for col in ("below_pct", "credit_pct"):
            out[col] = out[col].map(_number).astype("float64")
    elif sheet == "customers":
        out["monthly_fee"] = out["monthly_fee"].map(_number, na_action="ignore").astype("float64")
    elif sheet == "recipients":
        out["language"] = out["language"].fillna("en")
    elif sheet == "users":
        out["email"] = out["email"].str.lower()
    elif sheet == "links":
        out["client_reports"] = out["client_reports"].fillna("no").str.lower().map(YES_NO).astype(bool)
    elif sheet == "maintenance":
        zone = ZoneInfo(tz)
        for col, target in (("start", "starts_at"), ("end", "ends_at")):
            local = pd.to_datetime(out[col]).dt.tz_localize(zone, ambiguous="NaT", nonexistent="shift_forward")
            out[target] = local.dt.tz_convert("UTC").dt.tz_localize(None)
        out = out.drop(columns=["start", "end"])
    return out


def export_config(path: Path | str, db: Path | str | None = None, scope: Scope = LOCAL) -> str:
    """Write the configuration in force as an .xlsx workbook or, for a folder path, CSV files."""
    scope.require("see_setup")
    path = Path(path)
    with store.connect(db, read_only=True) as con:
        sheets = current(con)
    if path.suffix.lower() == ".xlsx":
        with pd.ExcelWriter(path, engine="openpyxl") as writer:
            for name, frame in sheets.items():
                frame.to_excel(writer, sheet_name=name, index=False)
    else:
        path.mkdir(parents=True, exist_ok=True)
        for name, frame in sheets.items():
            frame.to_csv(path / f"{name}.csv", index=False)
    return f"Configuration written to {path}."


def current(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """The configuration in force, sheet by sheet, in the documented columns (as the user edits them)."""
    out, tz = {}, settings.get(con, "timezone")
    for sheet, cols in SHEETS.items():
        frame = con.execute(f"select * from stg_{sheet}" if sheet != "maintenance" else
                            "select * from stg_config_maintenance").df()
        if sheet == "maintenance":
            for col, target in (("starts_at", "start"), ("ends_at", "end")):
                frame[target] = frame[col].dt.tz_localize("UTC").dt.tz_convert(tz).dt.tz_localize(None)
        out[sheet] = frame.reindex(columns=list(cols))
    return out


def calendars_in_force(con: duckdb.DuckDBPyConnection) -> list[calendars.Calendar]:
    """The parsed calendars of the configuration in force, plus the built-in 24x7."""
    rows = con.execute("select * from stg_calendars").df().reindex(columns=list(SHEETS["calendars"])).fillna("")
    parsed = [calendars.parse_calendar(r) for r in rows.astype(str).to_dict("records")]
    return [calendars.TWENTY_FOUR_SEVEN, *[c for c in parsed if c.name != "24x7"]]


def in_force(db: Path | str | None = None, scope: Scope = LOCAL) -> dict[str, pd.DataFrame]:
    """The configuration in force (see `current`), opening the store briefly."""
    scope.require("see_setup")
    with store.connect(db, read_only=True) as con:
        return current(con)


def versions(db: Path | str | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """Every imported configuration version, newest (the one in force) first: version, source, imported_at and
    who imported it (actor: a signed-in e-mail, or 'os:<login>'; empty before that was recorded)."""
    scope.require("see_setup")
    with store.connect(db, read_only=True) as con:
        return con.execute("select version, source, imported_at, actor from config_versions "
                           "order by version desc").df()


def ticket_links(con: duckdb.DuckDBPyConnection, client: bool = False) -> dict[str, str]:
    """The ticket URL template per source ({ticket_id} to fill in); with client=True only those that client
    workbooks may show."""
    rows = con.execute("select source, ticket_url from stg_links where not $client or client_reports",
                       {"client": client}).fetchall()
    return dict(rows)

"""Import an export file into the store: map columns, parse values, reject bad rows, store in one transaction.

The pipeline is set-based: the file is loaded as text into DuckDB, every field is parsed by one SQL
expression, row rules (queries/imports/rules_<kind>.sql) name what is wrong, and the valid rows are stored by
queries/imports/store_<kind>.sql. Either the whole import commits, or the store is left as it was.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb
import pandas as pd

from sla import store
from sla.imports import presets, readers
from sla.imports.readers import ImportProblem
from sla.store import marts_state, settings, sql

KINDS = tuple(presets.FIELDS)
NO_CUSTOMER = "(no customer)"
MARTS_INPUT = ("tickets", "checks", "outages", "maintenance")  # the kinds the marts are computed from
SAMPLE_ROWS = 5000
MAX_REJECTS_SHOWN = 20
# DuckDB's memory during an import: past it the temp tables spill to disk (10M checks: peak RSS 2.0 -> 1.15 GB for
# 8 % more CPU), so an import of any size stays within what a small server has
IMPORT_MEMORY = "1GB"
Progress = Callable[[str, float], None]

# Candidate timestamp layouts, each a list of strptime formats tried in order. The layout that parses most of
# a column's sample wins; on a tie the earlier one does, so day-first beats month-first (our users are European).
TIMESTAMP_LAYOUTS: dict[str, list[str]] = {
    "iso": [],  # ISO 8601 through a cast, offsets honoured
    "ymd-slash": ["%Y/%m/%d %H:%M:%S.%g", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d"],
    "dmy-dash": ["%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d-%m-%Y"],
    "dmy-slash": ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d/%m/%y %H:%M", "%d/%m/%y"],
    "dmy-dot": ["%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y"],
    "jira": ["%d/%b/%y %I:%M %p", "%d/%b/%Y %I:%M %p", "%d/%b/%y %H:%M", "%d-%b-%Y %H:%M:%S", "%d %b %Y %H:%M"],
    "mdy-slash": ["%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p",
                  "%m/%d/%Y", "%m/%d/%y %H:%M", "%m/%d/%y %I:%M %p"],
    "excel": [],  # serial day numbers
}
ISO_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]  # what DuckDB's reader parses natively
EXAMPLES = {
    "iso": "2024-12-31 23:10", "ymd-slash": "2024/12/31 23:10:00", "dmy-dash": "31-12-2024 23:10",
    "dmy-slash": "31/12/2024 23:10", "dmy-dot": "31.12.2024 23:10", "jira": "31/Dec/24 11:10 PM",
    "mdy-slash": "12/31/2024 11:10 PM", "excel": "45657.96",
}
REASONS = {
    "number": "not a number",
    "verdict": "not an SLA outcome (expected met/breached, true/false or a remaining time like -1:23)",
    "status": "not a monitor status (expected up/down, true/false or an HTTP status code)",
    "satisfaction": "not a satisfaction score (expected a number, good, bad or offered)",
}
# Moments outside these years are typos or placeholders of other systems (0001-01-01, 9999-12-31 are cleaned as
# missing); stored, they would stretch every calendar and clock built from the data.
PLAUSIBLE_FROM, PLAUSIBLE_UNTIL = "1990-01-01", "2100-01-01"
OUT_OF_RANGE = "date out of range (expected 1990 to 2099)"


@dataclass
class ImportResult:
    """What an import did, for the CLI summary and the Data page."""

    file_name: str
    kind: str
    preset: str
    mapping: dict[str, str]
    batch_id: int | None = None
    rows_read: int = 0
    rows_stored: int = 0
    rows_new: int = 0
    rows_updated: int = 0
    rows_unchanged: int = 0
    rows_rejected: int = 0
    no_customer_rows: int = 0
    already_imported_as: int | None = None
    rejects: pd.DataFrame = field(default_factory=pd.DataFrame)

    def summary(self) -> list[str]:
        """Plain-language lines describing the import."""
        if self.already_imported_as is not None:
            return [f"{self.file_name}: already imported as batch {self.already_imported_as}; nothing changed."]
        lines = [
            f"{self.file_name}: {self.kind} export, preset {self.preset}; batch {self.batch_id}.",
            f"  rows read {self.rows_read:,}, stored {self.rows_stored:,} (new {self.rows_new:,}, "
            f"updated {self.rows_updated:,}, unchanged {self.rows_unchanged:,}), rejected {self.rows_rejected:,}.",
        ]
        if self.no_customer_rows:
            lines.append(
                f"  {self.no_customer_rows:,} rows name no customer; they are stored under '{NO_CUSTOMER}' "
                "(use --customer NAME or map a customer column)."
            )
        for r in self.rejects.head(MAX_REJECTS_SHOWN).itertuples():
            where = f"row {r.line}" + (f", column '{r.column}'" if isinstance(r.column, str) else "")
            value = f" (value: {str(r.value)[:60]!r})" if isinstance(r.value, str) else ""
            lines.append(f"  rejected {where}: {r.reason}{value}")
        if self.rows_rejected > MAX_REJECTS_SHOWN:
            lines.append(f"  ... and {self.rows_rejected - MAX_REJECTS_SHOWN:,} more rejected rows.")
        return lines


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def check_timezone(tz: str) -> str:
    """Validate an IANA time zone name."""
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ImportProblem(f"unknown time zone {tz!r} (use a name like Europe/Amsterdam or UTC).") from exc
    return tz


def choose_preset(src: readers.SourceFile, kind: str | None, preset_name: str | None) -> presets.Preset:
    """The preset named by the user, else the one detected from the header, else the kind's generic one."""
    if preset_name:
        if preset_name not in presets.BY_NAME:
            raise ImportProblem(f"unknown preset {preset_name!r}; known: {', '.join(presets.BY_NAME)}.")
        chosen = presets.BY_NAME[preset_name]
        if kind and chosen.kind != kind:
            raise ImportProblem(f"preset {preset_name} is for {chosen.kind}, not {kind}.")
        return chosen
    detected = presets.detect(list(src.header), kind)
    if detected:
        return detected
    if kind:
        return presets.generic(kind)
    raise ImportProblem(
        f"{src.name}: could not tell what kind of export this is from its columns "
        f"({', '.join(src.header[:8])}{', ...' if len(src.header) > 8 else ''}); choose the kind and map the columns."
    )


def resolve_mapping(
    src: readers.SourceFile, preset: presets.Preset, overrides: Mapping[str, str] | None, defaults: set[str]
) -> dict[str, str]:
    """Canonical field -> source header, after the user's overrides; checks required fields are there."""
    mapping = preset.resolve(list(src.header))
    by_norm = {presets.norm(h): h for h in src.header}
    fields = presets.FIELDS[preset.kind]
    for canonical, source in (overrides or {}).items():
        if canonical not in fields:
            raise ImportProblem(f"--map {canonical}=...: {preset.kind} have no field {canonical!r}; "
                                f"fields: {', '.join(fields)}.")
        if not source:
            mapping.pop(canonical, None)
            continue
        if presets.norm(source) not in by_norm:
            raise ImportProblem(f"{src.name}: column {source!r} (mapped to {canonical}) is not in the file; "
                                f"columns: {', '.join(src.header)}.")
        mapping[canonical] = by_norm[presets.norm(source)]
    missing = missing_fields(preset.kind, mapping, defaults)
    if missing:
        wanted = "; ".join(f"{f} (looked for: {', '.join(preset.columns.get(f, (f,)))})" for f in missing)
        raise ImportProblem(
            f"{src.name}: missing required column(s) for {preset.kind}: {wanted}. "
            f"Map them with --map FIELD=COLUMN (columns in the file: {', '.join(src.header)})."
        )
    return mapping


def missing_fields(kind: str, mapping: Mapping[str, str], defaults: Collection[str] = ()) -> list[str]:
    """The kind's required fields that neither a mapped column nor a value for every row provides."""
    missing = [f for f in presets.REQUIRED[kind] if f not in mapping and f not in defaults]
    if kind == "tickets" and "created_at" in missing and "activity" in mapping:
        missing.remove("created_at")  # an event log: a ticket is created at its first event
    return missing


def _sample(column: str) -> str:
    return (f"(select clean({column}) as v from sample where clean({column}) is not null "
            f"limit {SAMPLE_ROWS}) sample")


def _timestamp_expr(layout: str, v: str) -> str:
    if layout == "iso":
        return f"iso_to_utc({v}, $tz)"
    if layout == "excel":
        return f"excel_to_utc({v}, $tz)"
    formats = ", ".join(_literal(f) for f in TIMESTAMP_LAYOUTS[layout])
    return f"local_to_utc(try_strptime({v}, [{formats}]), $tz)"


def detect_layout(con: duckdb.DuckDBPyConnection, column: str, tz: str) -> str:
    """The timestamp layout that parses most of the column's sample (ties: earlier layout)."""
    sample = _sample(column)
    total, iso = con.execute(f"select count(*), count(iso_to_utc(v, $tz)) from {sample}", {"tz": tz}).fetchone()
    if total and iso == total:  # the first layout parses every value: no other can beat it
        return "iso"
    counts = ", ".join(
        f"count({_timestamp_expr(name, 'v')}) as {_quote(name)}" for name in TIMESTAMP_LAYOUTS
    )
    row = con.execute(f"select {counts} from {sample}", {"tz": tz}).fetchone()
    best = max(range(len(row)), key=lambda i: (row[i], -i))
    return list(TIMESTAMP_LAYOUTS)[best]


def detect_decimal_comma(con: duckdb.DuckDBPyConnection, column: str, delimiter: str) -> bool:
    """True when numbers in the column use a decimal comma (4,5 or 1.234,5)."""
    pattern = r"^[-+]?\d+,\d+$" if delimiter != "," else r"^[-+]?\d+,(\d{1,2}|\d{4,})$"
    eu = con.execute(
        f"select count(*) filter (where regexp_matches(v, {_literal(pattern)}) "
        f"or regexp_matches(v, '^[-+]?\\d{{1,3}}(\\.\\d{{3}})+,\\d+$')) from {_sample(column)}"
    ).fetchone()[0]
    return eu > 0


def _value_translation(v: str, translations: Mapping[str, str]) -> str:
    cases = " ".join(f"when {_literal(k)} then {_literal(t)}" for k, t in translations.items())
    return f"case lower(trim({v})) {cases} else {v} end"


def detect(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, preset: presets.Preset, mapping: dict[str, str], tz: str
) -> dict[str, str]:
    """Per mapped timestamp field its layout, per number field whether it uses a decimal comma (from the sample)."""
    position = src.position
    notes = {}
    for name, kind in presets.FIELDS[preset.kind].items():
        if name in mapping and kind == "timestamp":
            notes[name] = detect_layout(con, f"c{position[mapping[name]]}", tz)
        elif name in mapping and kind == "number":
            comma = detect_decimal_comma(con, f"c{position[mapping[name]]}", src.delimiter)
            notes[name] = "decimal comma" if comma else ""
    return notes


def native_types(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, preset: presets.Preset, mapping: dict[str, str],
    notes: dict[str, str],
) -> readers.NativeTypes | None:
    """The timestamp and number columns whose whole sample DuckDB's reader can parse: one timestamp format and one
    decimal separator per file. Every other column is read as text and parsed in SQL."""
    position = src.position
    fields = presets.FIELDS[preset.kind]
    as_text = {position[h] for f, h in mapping.items()
               if fields[f] not in ("timestamp", "number") or f in preset.values}
    types, timestamp_format, comma = {}, None, None
    for name, kind in fields.items():
        column = position.get(mapping.get(name, ""))
        if column is None or column in as_text:
            continue
        if kind == "timestamp":
            fmt = _native_format(con, f"c{column}", notes[name])
            if fmt and timestamp_format in (None, fmt):
                types[column], timestamp_format = "TIMESTAMP", fmt
        elif kind == "number" and comma in (None, bool(notes[name])) and _fits_double(con, f"c{column}", notes[name]):
            types[column], comma = "DOUBLE", bool(notes[name])
    return readers.NativeTypes(types, timestamp_format, "," if comma else ".") if types else None


def _native_format(con: duckdb.DuckDBPyConnection, column: str, layout: str) -> str | None:
    """The strptime format that parses the column's whole (non-empty) sample, if one does."""
    for fmt in ISO_FORMATS if layout == "iso" else TIMESTAMP_LAYOUTS[layout]:
        total, parsed = con.execute(
            f"select count(*), count(try_strptime(v, {_literal(fmt)})) from {_sample(column)}").fetchone()
        if total and total == parsed:
            return fmt
    return None


def _fits_double(con: duckdb.DuckDBPyConnection, column: str, comma: bool) -> bool:
    test = "try_cast(replace(v, ',', '.') as double) is not null and v not like '%.%'" if comma else (
        "try_cast(v as double) is not null and v not like '%,%'")
    total, fits = con.execute(f"select count(*), count(*) filter (where {test}) from {_sample(column)}").fetchone()
    return bool(total) and total == fits


def with_placeholders(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, mapping: dict[str, str], native: readers.NativeTypes | None
) -> set[int]:
    """The mapped text columns in which some cell is a placeholder (clean() is costly; most columns have none)."""
    typed = native.types if native else {}
    text = sorted({src.position[h] for h in mapping.values()} - set(typed))
    if not text:
        return set()
    found = con.execute("select " + ", ".join(f"bool_or(is_placeholder({readers.trimmed(f'c{i}')}))" for i in text)
                        + " from raw").fetchone()
    return {i for i, has in zip(text, found, strict=True) if has}


def typed_select(
    src: readers.SourceFile, preset: presets.Preset, mapping: dict[str, str], notes: dict[str, str],
    native: readers.NativeTypes | None, placeholders: set[int],
) -> str:
    """SQL selecting every canonical field of the kind, parsed, plus <field>__unparsed for parsed fields.

    <field>__unparsed is true where the cell has a value that does not parse (a reject); the cell itself is
    looked up again only for rejected rows. Columns the reader already parsed (`native`) only lose placeholders.
    Each text cell is cleaned once, in an inner select, and parsed from there: the parsing macros name their
    value several times, and cleaning it again each time made this the slowest step of an import.
    """
    position = src.position
    typed_columns = native.types if native else {}
    cleaned, parsed, columns = ["line"], ["line"], ["line"]
    for name, kind in presets.FIELDS[preset.kind].items():
        if name not in mapping:
            columns.append(f"null::{_sql_type(kind)} as {name}")
            if kind != "text":
                columns.append(f"false as {name}__unparsed")
            continue
        raw = f"c{position[mapping[name]]}"
        if position[mapping[name]] in typed_columns:
            cleaned.append(raw)
            expr = f"local_to_utc(clean_moment({raw}), $tz)" if kind == "timestamp" else f"clean_number({raw})"
            parsed.append(f"{expr} as {name}")
            columns += [name, f"false as {name}__unparsed"]
            continue
        value = _value_translation(raw, preset.values[name]) if name in preset.values else raw
        v = f"{name}__clean"
        needs_clean = name in preset.values or position[mapping[name]] in placeholders
        cleaned.append(f"{'clean(' + value + ')' if needs_clean else value} as {v}")
        parsed += [f"{_parse_expr(kind, v, notes.get(name, ''))} as {name}", v]
        columns.append(name)
        if kind != "text":
            columns.append(f"({name} is null and {v} is not null) as {name}__unparsed")
    source = "raw"
    if native:  # a native read stores text cells untrimmed; trimmed here once, as the parsing names them often
        cells = [f"c{i}" if i in typed_columns else f"{readers.trimmed(f'c{i}')} as c{i}"
                 for i in sorted({position[h] for h in mapping.values()})]
        source = f"(select line, {', '.join(cells)} from raw)"
    inner = "select " + ", ".join(dict.fromkeys(cleaned)) + f" from {source}"
    middle = "select " + ", ".join(parsed) + f" from ({inner})"
    return "select " + ",\n       ".join(columns) + f"\nfrom ({middle})"


def _sql_type(kind: str) -> str:
    return {"timestamp": "timestamp", "number": "double", "verdict": "boolean", "status": "boolean"}.get(
        kind, "varchar"
    )


def _parse_expr(kind: str, v: str, note: str) -> str:
    if kind == "timestamp":
        return _timestamp_expr(note, v)
    if kind == "number":
        return f"number_comma({v})" if note else f"number_point({v})"
    return {"verdict": f"verdict({v})", "status": f"up_status({v})", "satisfaction": f"satisfaction({v})"}.get(kind, v)


def _field_rejects(preset: presets.Preset, mapping: dict[str, str], notes: dict[str, str]) -> str:
    parts = []
    for name, kind in presets.FIELDS[preset.kind].items():
        if name not in mapping or kind == "text":
            continue
        reason = REASONS.get(kind) or f"not a date/time like the rest of this column (e.g. {EXAMPLES[notes[name]]})"
        parts.append(f"select line, {_literal(name)} as field, {_literal(reason)} as reason "
                     f"from typed where {name}__unparsed")
        if kind == "timestamp":
            parts.append(
                f"select line, {_literal(name)}, {_literal(OUT_OF_RANGE)} from typed "
                f"where {name} < timestamp '{PLAUSIBLE_FROM}' or {name} >= timestamp '{PLAUSIBLE_UNTIL}'"
            )
    none = "select null::bigint as line, '' as field, '' as reason limit 0"
    return " union all ".join(parts) if parts else none


def ingest_file(
    path: Path | str,
    kind: str | None = None,
    *,
    db: Path | str | None = None,
    preset: str | None = None,
    mapping: Mapping[str, str] | None = None,
    timezone: str | None = None,
    customer: str | None = None,
    service: str | None = None,
    file_name: str | None = None,
    progress: Progress | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> ImportResult:
    """Import one export file (CSV or XLSX). Raises ImportProblem for a fatal problem; nothing is stored then."""
    say = progress or (lambda step, fraction: None)
    if kind is not None and kind not in KINDS:
        raise ImportProblem(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}.")
    say("Reading the file", 0.05)
    src = readers.inspect(path, file_name)
    chosen = choose_preset(src, kind, preset)
    defaults = {f for f, given in (("customer", customer), ("service", service)) if given}
    resolved = resolve_mapping(src, chosen, mapping, defaults)
    with store.connect(db, on_wait=on_wait) as con:
        con.execute(f"set memory_limit = '{IMPORT_MEMORY}'")
        tz = check_timezone(timezone or settings.get(con, "timezone"))
        result = ImportResult(src.name, chosen.kind, chosen.name, resolved)
        previous = con.execute(
            "select batch_id from batches where sha256 = ? and kind = ?", [src.sha256, chosen.kind]
        ).fetchone()
        if previous:
            result.already_imported_as = previous[0]
            return result
        _prepare(con, src, chosen, resolved, tz, customer, service, result, say)
        say("Storing", 0.7)
        con.execute("begin")
        try:
            _store(con, src, chosen, customer, service, result, tz)
            _pause_for_crash_test()
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    store.bump_version(db)
    say("Done", 1.0)
    return result


def check_rows(
    header: tuple[str, ...], rows: pd.DataFrame, kind: str, *, preset: str | None = None,
    mapping: Mapping[str, str] | None = None, timezone: str = "UTC", customer: str | None = None,
    service: str | None = None,
) -> ImportResult:
    """The import's value checks on these rows alone (the upload preview's first rows, as text), in a database of
    its own: nothing is stored. Its rejects say which rows an import would reject and why (header = row 1)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "preview.csv"
        pd.DataFrame(rows.to_numpy(), columns=list(header)).to_csv(path, index=False)
        src = readers.inspect(path)
        chosen = choose_preset(src, kind, preset)
        defaults = {f for f, given in (("customer", customer), ("service", service)) if given}
        resolved = resolve_mapping(src, chosen, mapping, defaults)
        result = ImportResult(src.name, chosen.kind, chosen.name, resolved)
        with store.connect(Path(tmp) / "check.duckdb") as con:
            _prepare(con, src, chosen, resolved, check_timezone(timezone), customer, service, result,
                     lambda step, fraction: None)
    return result


def _prepare(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, preset: presets.Preset, mapping: dict[str, str],
    tz: str, customer: str | None, service: str | None, result: ImportResult, say: Progress,
) -> None:
    """Parse and check the file into temp tables (typed, rejected; ticket_rows for tickets).

    Temp tables need no transaction (nothing else sees them), and DuckDB writes them much faster outside one.
    """
    sql.execute(con, "imports/tz_days", tz=tz)
    sql.execute(con, "imports/macros")
    say("Loading rows", 0.15)
    malformed, notes, native = _load(con, src, preset, mapping, tz)
    con.execute("set preserve_insertion_order = false")  # rows carry their line from here on: order is free
    say("Checking values", 0.45)
    select = typed_select(src, preset, mapping, notes, native, with_placeholders(con, src, mapping, native))
    con.execute(f"create or replace temp table typed as {select}", {"tz": tz})
    params = {"service": service, "customer": customer, "source": preset.source}
    rules = sql.text("imports/rules_" + preset.kind)
    con.execute(f"create or replace temp table rejected as {_field_rejects(preset, mapping, notes)} "
                f"union all select * from ({rules})", sql.bound(rules, params))
    rejects = con.execute("select count(*) from rejected").fetchone()[0]
    if (rejects or len(malformed)) and not src.blank_lines and readers.has_blank_lines(src.path):
        # rows are numbered as a spreadsheet does, empty lines included: read again, counting them
        return _prepare(con, replace(src, blank_lines=True), preset, mapping, tz, customer, service, result, say)
    con.execute("create or replace temp view typed_ok as select * from typed anti join rejected using (line)")
    if preset.kind == "checks":
        sql.execute(con, "imports/repeated_instants", tz=tz)
    if preset.kind == "tickets":
        rows = sql.text("imports/collapse_tickets")
        con.execute(f"create or replace temp table ticket_rows as {rows}", sql.bound(rows, params))
        changes = sql.execute(con, "imports/ticket_changes", source=preset.source).fetchone()
        result.rows_new, result.rows_updated, result.rows_unchanged = changes
        result.rows_stored = sum(changes)
        result.no_customer_rows = con.execute(
            "select count(*) from ticket_rows where customer = ?", [NO_CUSTOMER]
        ).fetchone()[0]
    if native and rejects:
        readers.load_raw(con, src)  # the rejected cells as written in the file, for the report
    result.rejects = _reject_report(con, src, malformed, mapping)
    result.rows_read = con.execute("select count(*) from typed").fetchone()[0] + len(malformed)
    result.rows_rejected = result.rejects["line"].nunique() if len(result.rejects) else 0


def _load(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, preset: presets.Preset, mapping: dict[str, str], tz: str
) -> tuple[pd.DataFrame, dict[str, str], readers.NativeTypes | None]:
    """Temp view raw of the file's rows: malformed rows, each field's detected layout, the columns DuckDB's
    reader parsed itself (None: all text). A CSV's layouts are detected on its first rows, before the read."""
    if src.format == "xlsx":
        malformed, _ = readers.load_raw(con, src)
        con.execute("create or replace temp view sample as select * from raw")
        return malformed, detect(con, src, preset, mapping, tz), None
    readers.load_sample(con, src, SAMPLE_ROWS * 4)
    notes = detect(con, src, preset, mapping, tz)
    native = native_types(con, src, preset, mapping, notes)
    malformed, typed = readers.load_raw(con, src, native)
    return malformed, notes, native if typed else None


def _store(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, preset: presets.Preset, customer: str | None,
    service: str | None, result: ImportResult, tz: str,
) -> None:
    """Write the prepared rows, the batch and its rejects (inside the import's transaction)."""
    batch_id = con.execute("select nextval('batch_seq')").fetchone()[0]
    result.batch_id = batch_id
    params = {"batch_id": batch_id, "source": preset.source, "customer": customer, "service": service, "tz": tz}
    if preset.kind == "tickets":
        sql.execute(con, "imports/store_tickets", batch_id=batch_id)
        sql.execute(con, "imports/store_ticket_feedback", batch_id=batch_id)
    else:
        sql.execute(con, f"imports/store_{preset.kind}", **params)
        after = con.execute(f"select count(*) from {preset.kind} where batch_id = ?", [batch_id]).fetchone()[0]
        result.rows_stored = result.rows_new = after
    if preset.kind in MARTS_INPUT:
        marts_state.mark_stale(con, batch_id=batch_id)
    if preset.kind == "feedback":
        result.no_customer_rows = con.execute(
            "select count(*) from feedback where batch_id = ? and customer = ?", [batch_id, NO_CUSTOMER]
        ).fetchone()[0]
    con.execute(
        "insert into batches values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
        [batch_id, preset.kind, src.name, src.sha256, preset.name, tz, result.rows_read, result.rows_stored,
         result.rows_updated, result.rows_rejected],
    )
    if len(result.rejects):
        con.register("reject_frame", result.rejects.assign(batch_id=batch_id, file_name=src.name))
        con.execute("insert into rejects by name select * from reject_frame")
        con.unregister("reject_frame")


def _cell_of(field: str, mapping: dict[str, str], src: readers.SourceFile) -> str:
    """SQL for the text of the cell that a reject's field names, in the raw row of that line."""
    position = src.position
    cases = " ".join(f"when {_literal(f)} then c{position[h]}::varchar" for f, h in mapping.items())
    return f"case {field} {cases} end" if cases else "null"


def _reject_report(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, malformed: pd.DataFrame, mapping: dict[str, str]
) -> pd.DataFrame:
    rows = con.execute(f"select line, field, {_cell_of('field', mapping, src)} as value, reason "
                       "from rejected left join raw using (line) order by line, field").df()
    rows["column"] = rows["field"].map(lambda f: mapping.get(f, f))
    rows = rows.drop(columns="field")
    frames = [f for f in (malformed, rows) if len(f)]
    if not frames:
        return pd.DataFrame(columns=["line", "column", "value", "reason"])
    report = pd.concat(frames, ignore_index=True)[["line", "column", "value", "reason"]]
    report["line"] = report["line"].astype("int64")  # a spreadsheet row number, never "row 3.0"
    return report.sort_values("line", kind="stable").reset_index(drop=True)


def _pause_for_crash_test() -> None:
    # Lets the crash test kill an import at its most dangerous moment: everything written, nothing committed.
    marker = os.environ.get("SLA_TEST_PAUSE_BEFORE_COMMIT")
    if marker:
        Path(marker).write_text("storing")
        time.sleep(60)


def undo(batch_id: int, db: Path | str | None = None) -> str:
    """Remove one import: its rows leave every table; earlier versions of updated tickets come back."""
    with store.connect(db) as con:
        row = con.execute("select kind, file_name from batches where batch_id = ?", [batch_id]).fetchone()
        if not row:
            raise ImportProblem(f"there is no batch {batch_id}; see `batches` for the list.")
        con.execute("begin")
        if row[0] == "tickets":
            marts_state.mark_stale(con, "select distinct source, ticket_id from tickets where batch_id = $batch_id",
                                   params={"batch_id": batch_id})
        elif row[0] in MARTS_INPUT:
            marts_state.mark_stale(con, batch_id=batch_id)
        for table in ("tickets", "checks", "outages", "feedback", "maintenance", "rejects", "batches"):
            con.execute(f"delete from {table} where batch_id = ?", [batch_id])
        con.execute("commit")
    store.bump_version(db)
    return f"Batch {batch_id} ({row[0]}, {row[1]}) removed."


def batches(db: Path | str | None = None) -> pd.DataFrame:
    """All imports, newest first."""
    with store.connect(db, read_only=True) as con:
        return con.execute("select * from batches order by batch_id desc").df()


def parse_map(items: list[str] | None) -> dict[str, str]:
    """--map canonical=source items as a dict (source may be empty to unmap)."""
    out = {}
    for item in items or []:
        if "=" not in item:
            raise ImportProblem(f"--map {item!r}: expected FIELD=COLUMN, e.g. created_at=\"Opened on\".")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


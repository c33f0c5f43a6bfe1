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
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb
import pandas as pd

from sla import store
from sla.imports import layout, presets, readers
from sla.imports.readers import ImportProblem
from sla.store import marts_state, settings, sql
from sla.store.scope import LOCAL, Scope

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
    # a month written as a word in another language (Jira in Spanish: 06/abr/26 00:09), as its number first
    "month-word": ["%d/%m/%y %I:%M %p", "%d/%m/%y %H:%M", "%d/%m/%Y %I:%M %p", "%d/%m/%Y %H:%M", "%d %m %Y, %H:%M",
                   "%d %m %Y %H:%M", "%d-%m-%Y %H:%M:%S", "%d %m %Y"],
    "mdy-slash": ["%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p",
                  "%m/%d/%Y", "%m/%d/%y %H:%M", "%m/%d/%y %I:%M %p"],
    "excel": [],  # serial day numbers
}
ISO_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]  # what DuckDB's reader parses natively
EXAMPLES = {
    "iso": "2024-12-31 23:10", "ymd-slash": "2024/12/31 23:10:00", "dmy-dash": "31-12-2024 23:10",
    "dmy-slash": "31/12/2024 23:10", "dmy-dot": "31.12.2024 23:10", "jira": "31/Dec/24 11:10 PM",
    "month-word": "31/dic/24 23:10",
    "mdy-slash": "12/31/2024 11:10 PM", "excel": "45657.96",
}
FUTURE_TOLERANCE = timedelta(days=1)  # a moment later than the import by more than this is a wrong date, not data
REASONS = {
    "number": "not a number",
    "duration": "not a duration (expected a number of minutes or hours, or h:mm:ss)",
    "verdict": "not an SLA outcome (expected met/breached, true/false or a remaining time like -1:23)",
    "status": "not a monitor status (expected up/down, true/false or an HTTP status code)",
    "satisfaction": "not a satisfaction score (expected a number, good, bad or offered)",
}
# Moments outside these years are typos or placeholders of other systems (0001-01-01, 9999-12-31 are cleaned as
# missing); stored, they would stretch every calendar and clock built from the data.
PLAUSIBLE_FROM, PLAUSIBLE_UNTIL = "1990-01-01", "2100-01-01"
OUT_OF_RANGE = "date out of range (expected 1990 to 2099)"
# A first cell like these marks a totals row (a report's sums, not a ticket), in the languages we read.
TOTALS = ("total", "totals", "grand total", "sum", "subtotal", "sub-total", "totaal", "subtotaal", "eindtotaal",
          "gesamt", "summe", "gesamtsumme", "zwischensumme", "total général", "sous-total", "total general",
          "totale", "suma")
NOTE_ROWS = 20  # rows at the end of a file that may be notes under the table ("Generated on ...")
CONFIDENCE = {"high": "sure", "medium": "fairly sure", "low": "unsure", "chosen": "as chosen"}


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
    detection: presets.Detection | None = None  # why this preset: the evidence and how sure
    where: str = ""  # which sheet and row the table was read from, when not simply row 1 of a CSV
    stops: list[str] = field(default_factory=list)  # how each ticket stop (first response, resolution) was derived
    dropped: pd.DataFrame = field(default_factory=pd.DataFrame)  # totals and notes rows left out (line, value, reason)

    def summary(self) -> list[str]:
        """Plain-language lines describing the import."""
        if self.already_imported_as is not None:
            return [f"{self.file_name}: already imported as batch {self.already_imported_as}; nothing changed."]
        lines = [
            f"{self.file_name}: {self.kind} export, preset {self.preset}; batch {self.batch_id}.",
            *explain(self.detection, self.mapping),
            *([f"  {self.where}"] if self.where else []),
            *(f"  {line}" for line in self.stops),
            f"  rows read {self.rows_read:,}, stored {self.rows_stored:,} (new {self.rows_new:,}, "
            f"updated {self.rows_updated:,}, unchanged {self.rows_unchanged:,}), rejected {self.rows_rejected:,}.",
        ]
        for r in self.dropped.itertuples():
            lines.append(f"  left out row {r.line}: {r.reason} (value: {str(r.value)[:60]!r})")
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


def explain(detection: presets.Detection | None, mapping: Mapping[str, str]) -> list[str]:
    """How sure the choice of preset is and why, and which column feeds which field (summary lines)."""
    if detection is None:
        return []
    d = detection
    why = [f"{d.recognised} columns recognised"]
    if d.distinctive:
        system = presets.SYSTEMS.get(d.preset.source, d.preset.source)
        why.append(f"{len(d.distinctive)} that only {system} has ({', '.join(d.distinctive[:4])}"
                   f"{', ...' if len(d.distinctive) > 4 else ''})")
    if d.patterns:
        why.append("values like this system's in " + ", ".join(d.patterns))
    if d.runner_up:
        why.append(f"next best: {d.runner_up}")
    fed = ", ".join(f"{f} <- {h!r}" for f, h in mapping.items())
    return [f"  detected: {CONFIDENCE.get(d.confidence, d.confidence)} (score {d.score}: {'; '.join(why)}).",
            f"  columns: {fed}."]


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


def plan(
    path: Path | str, kind: str | None, preset: str | None, overrides: Mapping[str, str] | None,
    defaults: set[str], file_name: str | None = None, sheet: str | None = None,
) -> tuple[layout.Examined, dict[str, str]]:
    """How a file will be read: its layout and preset (layout.examine) and the column of every field, after the
    user's overrides. Raises ImportProblem when the kind cannot be told or a required field has no column."""
    found = layout.examine(path, file_name, kind, preset, sheet)
    src = found.src
    if found.detection is None:
        columns = f"{', '.join(src.header[:8])}{', ...' if len(src.header) > 8 else ''}"
        raise ImportProblem(f"{src.name}: could not tell what kind of export this is from its columns ({columns})"
                            f"{_nearest(found.nearest)}; choose the kind and map the columns.")
    return found, resolve_mapping(found, overrides, defaults)


def _nearest(nearest: presets.Detection | None, chosen: presets.Preset | None = None) -> str:
    """What the preset nearest to fitting found and what it lacks (for a file that fits nothing)."""
    if nearest is None or not nearest.mapping or (chosen is not None and nearest.preset.name == chosen.name):
        return ""
    lacks = "; ".join(f"{f} (looked for: {', '.join(nearest.preset.columns.get(f, (f,)))})" for f in nearest.missing)
    return (f". The nearest layout is {nearest.preset.name} ({nearest.preset.label}): it found "
            f"{', '.join(dict.fromkeys(nearest.mapping.values()))} but lacks {lacks or 'nothing required'}")


def resolve_mapping(found: layout.Examined, overrides: Mapping[str, str] | None, defaults: set[str]
                    ) -> dict[str, str]:
    """Canonical field -> source header, after the user's overrides; checks required fields are there."""
    src, preset = found.src, found.detection.preset
    mapping = dict(found.detection.mapping)
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
            f"{src.name}: missing required column(s) for {preset.kind}: {wanted}{_nearest(found.nearest, preset)}. "
            f"Map them with --map FIELD=COLUMN (columns in the file: {', '.join(src.header)})."
        )
    return {f: mapping[f] for f in fields if f in mapping}


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
    if layout == "month-word":
        v = f"month_as_number({v})"
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
        elif name in mapping and kind in ("number", "duration"):
            comma = detect_decimal_comma(con, f"c{position[mapping[name]]}", src.delimiter)
            notes[name] = "decimal comma" if comma else ""
    return notes


def translations(src: readers.SourceFile, preset: presets.Preset, mapping: dict[str, str]) -> dict[str, dict]:
    """Per mapped field the value translation the import applies (the other languages' only when the first rows
    hold one of their values)."""
    found = {}
    for name, header in mapping.items():
        i = src.position[header]
        translation = preset.translation(name, [r[i] for r in src.records if i < len(r)])
        if translation:
            found[name] = translation
    return found


def native_types(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, preset: presets.Preset, mapping: dict[str, str],
    notes: dict[str, str], translated: Collection[str] = (),
) -> readers.NativeTypes | None:
    """The timestamp and number columns whose whole sample DuckDB's reader can parse: one timestamp format and one
    decimal separator per file. Every other column (and a joined date and time) is read as text, parsed in SQL."""
    position = src.position
    fields = presets.FIELDS[preset.kind]
    as_text = {position[h] for f, h in mapping.items()
               if fields[f] not in ("timestamp", "number") or f in translated or position[h] >= src.width}
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
    translated: Mapping[str, Mapping[str, str]] | None = None, table: str = "raw",
) -> str:
    """SQL selecting every canonical field of the kind, parsed, plus <field>__unparsed for parsed fields.

    <field>__unparsed is true where the cell has a value that does not parse (a reject); the cell itself is
    looked up again only for rejected rows. Columns the reader already parsed (`native`) only lose placeholders.
    Each text cell is cleaned once, in an inner select, and parsed from there: the parsing macros name their
    value several times, and cleaning it again each time made this the slowest step of an import.
    """
    position = src.position
    typed_columns = native.types if native else {}
    translated = translated or {}
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
        value = _value_translation(raw, translated[name]) if name in translated else raw
        v = f"{name}__clean"
        needs_clean = name in translated or position[mapping[name]] in placeholders
        value = f"clean({value})" if needs_clean else value
        cleaned.append(f"{f'no_zero_clock({value})' if kind == 'duration' else value} as {v}")
        parsed += [f"{_parse_expr(kind, v, notes.get(name, ''), presets.DURATION_UNIT.get(name, 1))} as {name}", v]
        columns.append(name)
        if kind != "text":
            columns.append(f"({name} is null and {v} is not null) as {name}__unparsed")
    source = table
    if native:  # a native read stores text cells untrimmed; trimmed here once, as the parsing names them often
        cells = [f"c{i}" if i in typed_columns else f"{readers.trimmed(f'c{i}')} as c{i}"
                 for i in sorted({position[h] for h in mapping.values()})]
        source = f"(select line, {', '.join(cells)} from {table})"
    inner = "select " + ", ".join(dict.fromkeys(cleaned)) + f" from {source}"
    middle = "select " + ", ".join(parsed) + f" from ({inner})"
    return "select " + ",\n       ".join(columns) + f"\nfrom ({middle})"


def _sql_type(kind: str) -> str:
    return {"timestamp": "timestamp", "number": "double", "duration": "double", "verdict": "boolean",
            "status": "boolean"}.get(kind, "varchar")


def _parse_expr(kind: str, v: str, note: str, unit: int = 1) -> str:
    if kind == "timestamp":
        return _timestamp_expr(note, v)
    if kind == "number":
        return f"number_comma({v})" if note else f"number_point({v})"
    if kind == "duration":  # in the field's unit (minutes or hours); a clock h:mm:ss is converted to it
        return f"coalesce(clock_minutes({v}) / {unit}, {'number_comma' if note else 'number_point'}({v}))"
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
    sheet: str | None = None,
    source_calendar: str | None = None,
    progress: Progress | None = None,
    on_wait: Callable[[str], None] | None = None,
    scope: Scope = LOCAL,
) -> ImportResult:
    """Import one export file (CSV, XLSX, Excel 2003 XML, kuma.db) as `scope.actor`. Raises ImportProblem for a
    fatal problem; nothing is stored then. `source_calendar`: the calendar of the configuration the source counted
    its business-hours durations on; with it they give the stops the export has no time for."""
    scope.require("upload")
    say = progress or (lambda step, fraction: None)
    if kind is not None and kind not in KINDS:
        raise ImportProblem(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}.")
    say("Reading the file", 0.05)
    defaults = {f for f, given in (("customer", customer), ("service", service)) if given}
    found, resolved = plan(path, kind, preset, mapping, defaults, file_name, sheet)
    src, chosen = found.src, found.detection.preset
    with store.connect(db, on_wait=on_wait) as con:
        con.execute(f"set memory_limit = '{IMPORT_MEMORY}'")
        tz = check_timezone(timezone or src.timezone or chosen.timezone or settings.get(con, "timezone"))
        result = ImportResult(src.name, chosen.kind, chosen.name, resolved, detection=found.detection,
                              where=where(src))
        previous = con.execute(
            "select batch_id from batches where sha256 = ? and kind = ?", [src.sha256, chosen.kind]
        ).fetchone()
        if previous:
            result.already_imported_as = previous[0]
            return result
        _check_source_calendar(con, source_calendar)
        _prepare(con, src, chosen, resolved, tz, customer, service, result, say, source_calendar)
        say("Storing", 0.7)
        con.execute("begin")
        try:
            _store(con, src, chosen, customer, service, result, tz, scope.actor)
            if source_calendar:
                con.execute("insert into batch_source_calendars values (?, ?)", [result.batch_id, source_calendar])
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
        defaults = {f for f, given in (("customer", customer), ("service", service)) if given}
        found, resolved = plan(path, kind, preset, mapping, defaults)
        src, chosen = found.src, found.detection.preset
        result = ImportResult(src.name, chosen.kind, chosen.name, resolved)
        with store.connect(Path(tmp) / "check.duckdb") as con:
            _prepare(con, src, chosen, resolved, check_timezone(timezone), customer, service, result,
                     lambda step, fraction: None)
    return result


def _prepare(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, preset: presets.Preset, mapping: dict[str, str],
    tz: str, customer: str | None, service: str | None, result: ImportResult, say: Progress,
    source_calendar: str | None = None,
) -> None:
    """Parse and check the file into temp tables (typed, rejected; ticket_rows for tickets).

    Temp tables need no transaction (nothing else sees them), and DuckDB writes them much faster outside one.
    """
    sql.execute(con, "imports/tz_days", tz=tz)
    sql.execute(con, "imports/macros")
    say("Loading rows", 0.15)
    translated = translations(src, preset, mapping)
    malformed, notes, native = _load(con, src, preset, mapping, tz, translated)
    con.execute("set preserve_insertion_order = false")  # rows carry their line from here on: order is free
    say("Checking values", 0.45)
    result.dropped = _drop_totals_and_notes(con, src, mapping)
    table = "kept" if len(result.dropped) else "raw"
    select = typed_select(src, preset, mapping, notes, native, with_placeholders(con, src, mapping, native),
                          translated, table)
    con.execute(f"create or replace temp table typed as {select}", {"tz": tz})
    params = {"service": service, "customer": customer, "source": preset.source,
              "latest": settings.now() + FUTURE_TOLERANCE}
    rules = sql.text("imports/rules_" + preset.kind)
    con.execute(f"create or replace temp table rejected as {_field_rejects(preset, mapping, notes)} "
                f"union all select * from ({rules})", sql.bound(rules, params))
    rejects = con.execute("select count(*) from rejected").fetchone()[0]
    if (rejects or len(malformed)) and not src.blank_lines and readers.has_blank_lines(src.path):
        # rows are numbered as a spreadsheet does, empty lines included: read again, counting them
        return _prepare(con, replace(src, blank_lines=True), preset, mapping, tz, customer, service, result, say,
                        source_calendar)
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
        result.stops = stops(con, mapping, source_calendar)
    if native and rejects:
        readers.load_raw(con, src)  # the rejected cells as written in the file, for the report
    result.rejects = _reject_report(con, src, malformed, mapping)
    result.rows_read = con.execute("select count(*) from typed").fetchone()[0] + len(malformed)
    result.rows_rejected = result.rejects["line"].nunique() if len(result.rejects) else 0


def _load(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, preset: presets.Preset, mapping: dict[str, str], tz: str,
    translated: Collection[str] = (),
) -> tuple[pd.DataFrame, dict[str, str], readers.NativeTypes | None]:
    """Temp view raw of the file's rows: malformed rows, each field's detected layout, the columns DuckDB's
    reader parsed itself (None: all text). A CSV's layouts are detected on its first rows, before the read."""
    if src.is_sheet:
        malformed, _ = readers.load_raw(con, src)
        con.execute("create or replace temp view sample as select * from raw")
        return malformed, detect(con, src, preset, mapping, tz), None
    readers.load_sample(con, src, SAMPLE_ROWS * 4)
    notes = detect(con, src, preset, mapping, tz)
    native = native_types(con, src, preset, mapping, notes, translated)
    malformed, typed = readers.load_raw(con, src, native)
    return malformed, notes, native if typed else None


def where(src: readers.SourceFile) -> str:
    """Which sheet and rows the table was read from, when that is not simply the first row of a CSV."""
    parts = []
    if src.sheet is not None and len(src.sheets) > 1:
        others = ", ".join(s for s in src.sheets if s != src.sheet)
        parts.append(f"read sheet {src.sheet!r} (also in the workbook: {others}; choose another with --sheet)")
    elif src.sheet is not None and src.format != "sqlite":
        parts.append(f"read sheet {src.sheet!r}")
    if src.header_row == 0:
        parts.append("the file has no header row: columns taken in the order of the preset")
    elif src.header_row > 1:
        parts.append(f"header in row {src.header_row}")
    if src.data_row > src.header_row + 1 and src.header_row:
        parts.append(f"{src.data_row - src.header_row - 1} more header row(s) under it skipped")
    for day, moment in src.joined:
        parts.append(f"{src.header[day]!r} and {src.header[moment]!r} read as one moment")
    if src.timezone:
        parts.append(f"times in {src.timezone}, as the file says")
    return "; ".join(parts) + "." if parts else ""


def _check_source_calendar(con: duckdb.DuckDBPyConnection, calendar: str | None) -> None:
    """A source calendar must be one of the configuration in force (or 24x7)."""
    if calendar is None or calendar == "24x7":
        return
    known = [r[0] for r in con.execute("select calendar from stg_calendars order by 1").fetchall()]
    if calendar not in known:
        raise ImportProblem(f"--source-calendar {calendar!r} is not a calendar of the configuration; "
                            f"known: {', '.join(['24x7', *known])}.")


def stops(con: duckdb.DuckDBPyConnection, mapping: Mapping[str, str], source_calendar: str | None = None
          ) -> list[str]:
    """How the first response and resolution of the stored tickets were derived, with how many have one; the
    business-hours durations become stops only on the source's calendar, when the import names it."""
    counts = con.execute("select count(*), count(first_response_at), count(coalesce(resolved_at, closed_at)), "
                         "count(source_first_response_business_minutes), count(source_resolution_business_minutes) "
                         "from ticket_rows").fetchone()
    total, lines = counts[0], []
    for stop, at, durations, business, have, kept in (
        ("first response", ("first_response_at",), ("first_response_minutes", "first_response_hours"),
         "first_response_business_minutes", counts[1], counts[3]),
        ("resolution", ("resolved_at", "closed_at"), ("resolution_minutes", "resolution_hours"),
         "resolution_business_minutes", counts[2], counts[4]),
    ):
        sources = [f"{mapping[f]!r}" for f in at if f in mapping]
        sources += [f"created + {mapping[f]!r} ({'hours' if f.endswith('hours') else 'minutes'}, calendar time)"
                    for f in durations if f in mapping]
        if "activity" in mapping:
            sources.append(f"the events in {mapping['activity']!r}")
        if sources:
            lines.append(f"{stop}: from {' or else '.join(sources)}; {have:,} of {total:,} tickets have one "
                         "(the others: not yet).")
        elif business not in mapping:
            lines.append(f"{stop}: no column for it in the file.")
        if business in mapping and source_calendar:
            lines.append(f"{stop} on the source's business hours ({mapping[business]!r}): used as the stop on "
                         f"calendar {source_calendar!r} where the export has no time for it ({kept:,} tickets carry "
                         "it).")
        elif business in mapping:
            lines.append(f"{stop} on the source's business hours ({mapping[business]!r}): kept as the source's own "
                         f"figure for {kept:,} tickets, not used as a stop.")
    return lines


def _drop_totals_and_notes(con: duckdb.DuckDBPyConnection, src: readers.SourceFile, mapping: Mapping[str, str]
                           ) -> pd.DataFrame:
    """Rows that are not data: totals rows (a first cell like "Total") anywhere, and notes under the table (rows
    at its end with a single filled cell). Temp view kept holds the other rows; the dropped ones are returned."""
    # short first cells only: a regular expression on every cell of a million rows is not free
    first = [f"lower(regexp_replace(left(coalesce(c{i}::varchar, ''), 20), '[:\\s]+$', ''))"
             for i in range(min(2, src.width))]
    totals = ", ".join(_literal(w) for w in TOTALS)
    is_total = f"{first[0]} in ({totals})" + (
        f" or (coalesce(c0::varchar, '') = '' and {first[1]} in ({totals}))" if len(first) > 1 else "")
    filled = " + ".join(f"(coalesce(c{i}::varchar, '') <> '')::int" for i in range(src.width))
    notes = "false" if src.width < 3 else f"""line > (select max(line) from raw) - {NOTE_ROWS} and {filled} = 1
        and line > (select coalesce(max(line), 0) from raw where {filled} > 1)"""
    value = f"coalesce({', '.join(f'nullif(c{i}::varchar, {chr(39)}{chr(39)})' for i in range(src.width))})"
    con.execute(f"""create or replace temp table dropped as
        select line, {value} as value,
               case when {is_total} then 'a totals row, not data' else 'a note under the table, not data' end
                   as reason
        from raw where {is_total} or ({notes})""")
    con.execute("create or replace temp view kept as select * from raw anti join dropped using (line)")
    return con.execute("select * from dropped order by line").df()


def _store(
    con: duckdb.DuckDBPyConnection, src: readers.SourceFile, preset: presets.Preset, customer: str | None,
    service: str | None, result: ImportResult, tz: str, actor: str,
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
        "insert into batches values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?)",
        [batch_id, preset.kind, src.name, src.sha256, preset.name, tz, result.rows_read, result.rows_stored,
         result.rows_updated, result.rows_rejected, actor],
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


def undo(batch_id: int, db: Path | str | None = None, scope: Scope = LOCAL) -> str:
    """Remove one import: its rows leave every table; earlier versions of updated tickets come back. What it was,
    who undid it and when stay in batch_undos."""
    scope.require("undo")
    with store.connect(db) as con:
        row = con.execute("select kind, file_name from batches where batch_id = ?", [batch_id]).fetchone()
        if not row:
            raise ImportProblem(f"there is no batch {batch_id}; see `batches` for the list.")
        con.execute("begin")
        con.execute("insert into batch_undos select batch_id, kind, file_name, imported_at, actor, ?, now() "
                    "from batches where batch_id = ?", [scope.actor, batch_id])
        if row[0] == "tickets":
            marts_state.mark_stale(con, "select distinct source, ticket_id from tickets where batch_id = $batch_id",
                                   params={"batch_id": batch_id})
        elif row[0] in MARTS_INPUT:
            marts_state.mark_stale(con, batch_id=batch_id)
        for table in ("tickets", "checks", "outages", "feedback", "maintenance", "rejects", "batch_source_calendars",
                      "batches"):
            con.execute(f"delete from {table} where batch_id = ?", [batch_id])
        con.execute("commit")
    store.bump_version(db)
    return f"Batch {batch_id} ({row[0]}, {row[1]}) removed."


def batches(db: Path | str | None = None, scope: Scope = LOCAL) -> pd.DataFrame:
    """All imports, newest first (actor: who imported it)."""
    scope.require("see_setup")
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


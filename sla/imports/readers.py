"""Reading export files as they come: sniff format, encoding and delimiter, load raw text rows into DuckDB.

Every cell is loaded as text; typing and validation happen afterwards in SQL (sla.imports.ingest), so that one bad
cell becomes a reported reject instead of a failed import.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import tempfile
import zipfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import duckdb
import pandas as pd

DELIMITERS = (",", ";", "\t", "|")
SNIFF_BYTES = 1 << 20
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls are OLE2 containers
BLANK_LINE = re.compile(rb"\n\r?\n")  # somewhere in the file, maybe inside a quoted cell
BLANK_RECORD = re.compile(r"\n(?=\r?\n)")  # a newline followed by an empty line


@dataclass(frozen=True)
class NativeTypes:
    """Columns that DuckDB's CSV reader can parse itself, much faster than text parsing in SQL afterwards."""

    types: dict[int, str]  # column position -> DuckDB type (TIMESTAMP, DOUBLE)
    timestampformat: str | None = None
    decimal_separator: str = "."


def read_excel(path: Path | str, **options) -> pd.DataFrame | dict[str, pd.DataFrame]:
    """pandas.read_excel with python-calamine: 7-9x quicker than openpyxl on a 100,000-row workbook (bench/RESULTS.md),
    the same cells. It reads values only, so no warning about styles or extensions a workbook carries reaches the
    import summary. (openpyxl stays the writer of workbooks.)"""
    return pd.read_excel(path, engine="calamine", **options)


class ImportProblem(Exception):
    """A fatal problem with a whole file: one clear sentence for the user, nothing is stored."""


@dataclass(frozen=True)
class SourceFile:
    """What we learned about an export before reading it."""

    path: Path
    name: str
    format: str  # csv | xlsx
    encoding: str  # the file's encoding (csv); utf-8 after transcoding
    delimiter: str
    sha256: str
    header: tuple[str, ...]
    blank_lines: bool = False  # the CSV has empty lines, which DuckDB skips without counting (see has_blank_lines)

    @cached_property
    def position(self) -> dict[str, int]:
        """Each header's column number (its cells are c0, c1, ...); a repeated header names its last column."""
        return {h: i for i, h in enumerate(self.header)}


def sha256(path: Path) -> str:
    """Content hash of a file, so the very same export is recognised on re-upload."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _scan(path: Path) -> tuple[str, bool]:
    """One pass over the whole file: its sha256, and whether it is valid UTF-8."""
    h, decoder = hashlib.sha256(), codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
            if utf8 and not block.isascii():  # most exports are ASCII, which is valid UTF-8 (and 5x quicker to tell)
                try:
                    decoder.decode(block)
                except UnicodeDecodeError:
                    utf8 = False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        utf8 = False
    return h.hexdigest(), utf8


def has_blank_lines(path: Path) -> bool:
    """Whether the file has empty lines (maybe inside a quoted cell), which DuckDB skips without counting them.

    Asked only when row numbers are shown: most files have none, and the search costs a pass over the file.
    """
    tail = b""
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            if BLANK_LINE.search(tail + block):
                return True
            tail = block[-2:]
    return False


def _encoding(head: bytes, utf8: bool) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8" if utf8 else "cp1252"  # cp1252: what Excel on Windows writes for "CSV"


def _split_header(line: str, delimiter: str) -> list[str]:
    import csv

    return next(csv.reader([line], delimiter=delimiter))


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def inspect(path: Path | str, name: str | None = None) -> SourceFile:
    """Sniff an export: CSV or XLSX, encoding, delimiter, header. Raises ImportProblem with a clear reason."""
    path = Path(path)
    name = name or path.name
    if not path.exists():
        raise ImportProblem(f"{name}: file not found.")
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if not head.strip():
        raise ImportProblem(f"{name}: the file is empty.")
    if head.startswith(OLE2_MAGIC):
        raise ImportProblem(
            f"{name}: this workbook is password-protected (encrypted) or an old .xls file; "
            "save it in Excel as .xlsx without a password, or as CSV, and upload it again."
        )
    if head.startswith(b"PK"):
        return _inspect_xlsx(path, name)
    digest, utf8 = _scan(path)
    encoding = _encoding(head, utf8)
    text = head.decode(encoding, errors="replace")
    if "\x00" in text:
        raise ImportProblem(f"{name}: this is not a CSV or XLSX file (it contains binary data).")
    first_line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    delimiter = _delimiter(first_line)
    header = tuple(h.strip() for h in _split_header(first_line, delimiter))
    if len(header) < 2 and delimiter == ",":
        raise ImportProblem(
            f"{name}: could not find columns in the first line; expected a header row separated by "
            "comma, semicolon, tab or |."
        )
    return SourceFile(path, name, "csv", encoding, delimiter, digest, header)


def _inspect_xlsx(path: Path, name: str) -> SourceFile:
    try:
        with zipfile.ZipFile(path) as z:
            if "xl/workbook.xml" not in z.namelist():
                raise ImportProblem(f"{name}: this is a zip file, not an Excel .xlsx workbook or CSV file.")
        header_frame = read_excel(path, header=None, nrows=1, dtype=str)
    except zipfile.BadZipFile as exc:
        raise ImportProblem(f"{name}: this is not a CSV or XLSX file (damaged zip/xlsx).") from exc
    except ImportProblem:
        raise
    except Exception as exc:  # openpyxl raises many types for damaged workbooks
        raise ImportProblem(f"{name}: the workbook could not be read ({exc}).") from exc
    if header_frame.empty:
        raise ImportProblem(f"{name}: the first sheet of the workbook is empty.")
    header = tuple("" if pd.isna(h) else str(h).strip() for h in header_frame.iloc[0])
    return SourceFile(path, name, "xlsx", "utf-8", "", sha256(path), header)


def _fill_blank_records(text: str, inside: bool, filler: str) -> tuple[str, bool]:
    """Write `filler` on every empty line outside quotes; also returns whether the text ends inside quotes."""
    parts, start = [], 0
    for m in BLANK_RECORD.finditer(text):
        inside ^= text.count('"', start, m.end()) % 2 == 1
        parts.append(text[start:m.end()] + ("" if inside else filler))
        start = m.end()
    parts.append(text[start:])
    return "".join(parts), inside ^ (text.count('"', start) % 2 == 1)


def _utf8_copy(src: SourceFile, folder: Path) -> Path:
    """Copy the CSV once, streaming, as UTF-8 with every empty line made an empty row, so that DuckDB reads
    it natively and counts rows as a spreadsheet shows them."""
    target, filler, carry, inside = folder / "utf8.csv", src.delimiter * (len(src.header) - 1), "", False
    with open(src.path, encoding=src.encoding, errors="replace", newline="") as fin, open(
        target, "w", encoding="utf-8", newline=""
    ) as fout:
        for block in iter(lambda: fin.read(1 << 22), ""):
            text = carry + block
            cut = len(text.rstrip("\r\n"))  # a line break at the end may continue in the next block
            done, inside = _fill_blank_records(text[:cut], inside, filler)
            fout.write(done)
            carry = text[cut:]
        fout.write(_fill_blank_records(carry, inside, filler)[0])
    return target


def load_raw(
    con: duckdb.DuckDBPyConnection, src: SourceFile, native: NativeTypes | None = None, table: str = "raw"
) -> tuple[pd.DataFrame, bool]:
    """Load the file's rows into temp view `table` (c0..cN, line); return malformed-row rejects, and whether the
    `native` columns were read typed: a CSV whose cells do not all fit their native type is read as text again.

    Text cells are trimmed. Empty rows are left out; a file without any other row is a fatal problem.
    """
    if src.format == "xlsx":
        rejects, typed = _load_xlsx(con, src, table), False
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = src.path if src.encoding in ("utf-8", "utf-8-sig") and not src.blank_lines else _utf8_copy(
                src, Path(tmp))
            rejects, typed = _load_csv(con, src, path, table, native)
    if not len(rejects) and not con.execute(f"select exists (select 1 from {table})").fetchone()[0]:
        raise ImportProblem(f"{src.name}: the file has a header row but no data rows.")
    return rejects, typed


def load_sample(con: duckdb.DuckDBPyConnection, src: SourceFile, rows: int, table: str = "sample") -> None:
    """The first rows of a CSV as trimmed text, into temp table `table`, to detect layouts before the real read."""
    columns = {f"c{i}": "VARCHAR" for i in range(len(src.header))}
    with tempfile.TemporaryDirectory() as tmp:
        path = src.path if src.encoding in ("utf-8", "utf-8-sig") else _utf8_copy(src, Path(tmp))
        con.execute(f"create or replace temp table {table} as "
                    f"select {_trimmed(src)} from {_read_csv(', ignore_errors = true')} limit {rows}",
                    {"path": str(path), "delim": src.delimiter, "columns": columns})


def _read_csv(options: str = "") -> str:
    """DuckDB's read_csv of an export's records (c0..cN as $columns, after the header), with more `options`.

    No sniffing: we know the dialect, and the sniffer gives up on files with many malformed rows.
    """
    return ("read_csv($path, header = false, skip = 1, delim = $delim, quote = '\"', escape = '\"', "
            f"auto_detect = false, columns = $columns{options})")


def trimmed(cell: str) -> str:
    """SQL for a cell without its surrounding spaces; trimming only the cells that have them is 7x faster."""
    return f"case when prefix({cell}, ' ') or suffix({cell}, ' ') then trim({cell}) else {cell} end"


def _trimmed(src: SourceFile) -> str:
    # Text cells are trimmed once, as they are stored: DuckDB 1.5.6 can crash (a segfault in strptime) when a
    # CASE that returns trim(v) feeds try_strptime, which is what cleaning at parse time did. A native read
    # parses its moments in the reader, so its text cells are trimmed as they are cleaned (sla.imports.ingest).
    return ", ".join(f"{trimmed(f'c{i}')} as c{i}" for i in range(len(src.header)))


def _load_csv(
    con: duckdb.DuckDBPyConnection, src: SourceFile, path: Path, table: str, native: NativeTypes | None
) -> tuple[pd.DataFrame, bool]:
    """Read the records into `table` with their row number, leaving out empty rows; also whether the `native`
    types held: when a cell does not fit its type, the file is read again as text.

    The records are stored in file order and numbered by their row id in a view: numbering them with
    row_number() would make the whole read single-threaded.
    """
    types = native.types if native else {}
    columns = {f"c{i}": types.get(i, "VARCHAR") for i in range(len(src.header))}
    options = ({"timestampformat": native.timestampformat or "%Y-%m-%d %H:%M:%S",
                "decimal_separator": native.decimal_separator} if native else {})
    reader = _read_csv(", store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_reject_scans'"
                       + "".join(f", {k} = ${k}" for k in options))
    try:
        con.execute(f"create or replace temp table {table}_records as "
                    f"select {_trimmed(src) if native is None else '*'} from {reader}",
                    {"path": str(path), "delim": src.delimiter, "columns": columns, **options})
    except duckdb.Error as exc:
        if native:  # read it as text, where the reason for a failure is found and said
            con.execute("drop table if exists csv_rejects; drop table if exists csv_reject_scans")
            return _load_csv(con, src, path, table, None)
        reason = str(exc).splitlines()[0]
        raise ImportProblem(f"{src.name}: the file could not be read as CSV ({reason}).") from exc
    if native and con.execute("select count(*) from csv_rejects where error_type = 'CAST'").fetchone()[0]:
        con.execute(f"drop table {table}_records; drop table csv_rejects; drop table csv_reject_scans")
        return _load_csv(con, src, path, table, None)
    # Row number of each record as a spreadsheet shows it (header = row 1; DuckDB's reject lines count the same
    # way): records shift down one row after each malformed row the reader skipped; consecutive ones together.
    # Row ids count from a base that depends on the transaction; the records are numbered from it.
    first = con.execute(f"select coalesce(min(rowid), 0) from {table}_records").fetchone()[0]
    number = f"r.rowid - {first} + 2"
    if con.execute("select count(*) from csv_rejects").fetchone()[0]:
        con.execute(
            f"""create or replace temp table {table}_shift as
                with bad as (select line, row_number() over (order by line) as k from csv_rejects group by line)
                select line - k as before, max(k) as k from bad group by before"""
        )
        number += f" + coalesce((select max(k) from {table}_shift s where s.before <= r.rowid - {first} + 1), 0)"
    con.execute(f"create or replace temp view {table} as select r.*, {number} as line "
                f"from {table}_records r where {_filled(src, types, trimmed=native is None)}")
    rejects = con.execute(
        """select min(line) as line, null as "column", any_value(csv_line) as value,
                  'malformed row: ' || any_value(error_message) as reason
           from csv_rejects group by line order by line"""
    ).df()
    con.execute("drop table csv_rejects; drop table csv_reject_scans")
    return rejects, bool(native)


def _filled(src: SourceFile, types: dict[int, str], trimmed: bool = True) -> str:
    """SQL that holds for a row with any value."""
    text = "nullif(c{i}, '')" if trimmed else "nullif(trim(c{i}), '')"
    return " or ".join(f"c{i} is not null" if i in types else text.format(i=i) + " is not null"
                       for i in range(len(src.header)))


def _load_xlsx(con: duckdb.DuckDBPyConnection, src: SourceFile, table: str) -> pd.DataFrame:
    frame = read_excel(src.path, header=None, skiprows=1, dtype=str)
    frame = frame.reindex(columns=range(len(src.header)))
    frame.columns = [f"c{i}" for i in range(len(src.header))]
    frame = frame.astype("object").where(frame.notna(), None)
    frame["line"] = range(2, len(frame) + 2)
    con.register("xlsx_frame", frame)
    con.execute(f"create or replace temp table {table} as select {_trimmed(src)}, line from xlsx_frame "
                f"where {_filled(src, {})}")
    con.unregister("xlsx_frame")
    return pd.DataFrame(columns=["line", "column", "value", "reason"])

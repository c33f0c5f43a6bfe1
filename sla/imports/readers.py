"""Reading export files as they come: sniff format, encoding and delimiter, load raw text rows into DuckDB.

Every cell is loaded as text; typing and validation happen afterwards in SQL (sla.imports.ingest), so that one bad
cell becomes a reported reject instead of a failed import.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cache, cached_property
from pathlib import Path
from xml.etree import ElementTree

import duckdb
import pandas as pd
import python_calamine

from sla.imports import presets

DELIMITERS = (",", ";", "\t", "|")
SNIFF_BYTES = 1 << 20
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls are OLE2 containers
BLANK_LINE = re.compile(rb"\n\r?\n")  # somewhere in the file, maybe inside a quoted cell
BLANK_RECORD = re.compile(r"\n(?=\r?\n)")  # a newline followed by an empty line
SQLITE_MAGIC = b"SQLite format 3\x00"
SPREADSHEET_ML = b"urn:schemas-microsoft-com:office:spreadsheet"
SS = SPREADSHEET_ML.decode()
HEAD_ROWS = 50  # rows looked at to find the header and detect the layout
# Uptime Kuma's heartbeats (kuma.db, tables of db/knex_init_db.js), the monitor named by its monitor table
KUMA_HEARTBEATS = """select m.name as monitor, h.monitor_id, h.time, h.status, h.ping, h.msg
                     from heartbeat as h left join monitor as m on m.id = h.monitor_id order by h.id"""


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
    header_row: int = 1  # the row of the header as a spreadsheet numbers it; 0: the file has no header row
    data_row: int = 2  # the first row of data (after a header of several rows)
    records: tuple[tuple[str, ...], ...] = ()  # the first rows of data as text, to detect the layout from
    sheet: str | None = None  # the sheet read (workbooks)
    sheets: tuple[str, ...] = ()  # every sheet of a workbook, in order
    joined: tuple[tuple[int, int], ...] = ()  # (date, time) columns read as one, appended to the header
    timezone: str | None = None  # the zone the file says its times are in (Qualtrics' import-id row)

    @cached_property
    def position(self) -> dict[str, int]:
        """Each header's column number (its cells are c0, c1, ...); a repeated header names its last column."""
        return {h: i for i, h in enumerate(self.header)}

    @property
    def width(self) -> int:
        """The number of columns in the file (the header without the joined ones)."""
        return len(self.header) - len(self.joined)

    @property
    def is_sheet(self) -> bool:
        """Whether the rows come from a workbook or database (read in Python) rather than a CSV (read by DuckDB)."""
        return self.format != "csv"


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


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def inspect(path: Path | str, name: str | None = None, sheet: str | None = None) -> SourceFile:
    """Sniff an export: CSV, workbook (XLSX, Excel 2003 XML) or Uptime Kuma database; encoding, delimiter, the
    sheet and row of the header, the first rows. Raises ImportProblem with a clear reason."""
    path = Path(path)
    name = name or path.name
    if not path.exists():
        raise ImportProblem(f"{name}: file not found.")
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if not head.strip():
        raise ImportProblem(f"{name}: the file is empty.")
    if head.startswith(OLE2_MAGIC):
        raise ImportProblem(_ole2_problem(name, head))
    if head.startswith(SQLITE_MAGIC):
        return _with_header(_sheet_file(path, name, "sqlite", sheet, _sqlite_sheets(path, name)))
    if head.startswith(b"PK"):
        return _with_header(_sheet_file(path, name, "xlsx", sheet, _xlsx_sheets(path, name)))
    if SPREADSHEET_ML in head[:4096]:
        return _with_header(_sheet_file(path, name, "xml", sheet, _xml_sheets(path, name)))
    digest, utf8 = _scan(path)
    encoding = _encoding(head, utf8)
    text = head.decode(encoding, errors="replace")
    if "\x00" in text:
        raise ImportProblem(f"{name}: this is not a CSV or XLSX file (it contains binary data).")
    lines = text.lstrip("\ufeff").splitlines()[:HEAD_ROWS]
    at = _header_index([next(csv.reader([line], delimiter=_delimiter(line)), []) for line in lines])
    delimiter = _delimiter(lines[at] if lines else "")
    rows = list(csv.reader(lines[at:], delimiter=delimiter))
    header = tuple(h.strip() for h in rows[0]) if rows else ()
    if len(header) < 2 and delimiter == ",":
        raise ImportProblem(
            f"{name}: could not find columns in the first line; expected a header row separated by "
            "comma, semicolon, tab or |."
        )
    records = tuple(tuple(c.strip() for c in r) for r in rows[1:] if any(c.strip() for c in r))
    return SourceFile(path, name, "csv", encoding, delimiter, digest, header, header_row=at + 1, data_row=at + 2,
                      records=records, blank_lines=any(not line.strip() for line in lines[:at]))


def _ole2_problem(name: str, head: bytes) -> str:
    """Why an OLE2 container (old binary .xls, or an encrypted .xlsx) cannot be read, and what to do."""
    if "EncryptedPackage".encode("utf-16-le") not in head and any(
            s.encode("utf-16-le") in head for s in ("Workbook", "Book")):
        return (f"{name}: this is an old binary Excel .xls workbook (Excel 97-2003), which cannot be read; "
                "open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import that.")
    return (f"{name}: this workbook is password-protected (encrypted) or an old .xls file; "
            "save it in Excel as .xlsx without a password, or as CSV, and upload it again.")


def _header_index(rows: list[list[str]]) -> int:
    """The row that scores as a header: the first with two or more known column names (so a title or a blank row
    above the header is skipped), else the first row."""
    return next((i for i, row in enumerate(rows) if presets.header_score(row) >= 2), 0)


def _sheet_file(path: Path, name: str, fmt: str, wanted: str | None,
                sheets: dict[str, Callable[[], list[list[str]]]]) -> SourceFile:
    """A workbook's sheet to read: the one named, else the one whose header knows the most columns."""
    if not sheets:
        raise ImportProblem(f"{name}: the workbook has no sheet with cells.")
    if wanted is not None:
        chosen = next((s for s in sheets if s.lower() == wanted.strip().lower()), None)
        if chosen is None:
            raise ImportProblem(f"{name}: there is no sheet {wanted!r}; sheets: {', '.join(sheets)}.")
    else:
        def known(sheet: str) -> int:
            return max((presets.header_score(r) for r in sheets[sheet]()[:HEAD_ROWS]), default=0)
        chosen = max(sheets, key=lambda s: (known(s), -list(sheets).index(s)))
    rows = sheets[chosen]()
    return SourceFile(path, name, fmt, "utf-8", "", sha256(path), (), sheet=chosen, sheets=tuple(sheets),
                      records=tuple(tuple(r) for r in rows[:HEAD_ROWS * 2]))


def _with_header(src: SourceFile) -> SourceFile:
    """A sheet's header row found among its first rows; `records` becomes the rows after it."""
    rows = [list(r) for r in src.records]
    if not any(any(c for c in r) for r in rows):
        raise ImportProblem(f"{src.name}: the sheet {src.sheet!r} of the workbook is empty.")
    at = _header_index(rows[:HEAD_ROWS])
    width = max(len(r) for r in rows[at:at + HEAD_ROWS])
    while width and not any(len(r) >= width and r[width - 1] for r in rows[at:at + HEAD_ROWS]):
        width -= 1  # columns that are empty in every row looked at (a formatted but empty range)
    header = tuple((rows[at] + [""] * width)[:width])
    return replace(src, header=header, header_row=at + 1, data_row=at + 2, records=tuple(
        tuple((r + [""] * width)[:width]) for r in rows[at + 1:at + 1 + HEAD_ROWS] if any(r)))


def sheet_rows(src: SourceFile) -> list[list[str]]:
    """Every row of the sheet read, as text, from its first row (row 1)."""
    readers = {"xlsx": _xlsx_sheets, "xml": _xml_sheets, "sqlite": _sqlite_sheets}
    return readers[src.format](src.path, src.name)[src.sheet]()


def cell_text(value: object) -> str:
    """A workbook cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="milliseconds" if value.microsecond else "seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):  # a duration cell ([h]:mm:ss)
        seconds = round(value.total_seconds())
        sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
        return f"{sign}{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_sheets(path: Path, name: str) -> dict[str, Callable[[], list[list[str]]]]:
    """The worksheets of an .xlsx (chart sheets have no cells), each as a reader of its rows (python-calamine:
    values only, several times quicker than openpyxl)."""
    try:
        with zipfile.ZipFile(path) as z:
            if "xl/workbook.xml" not in z.namelist():
                raise ImportProblem(f"{name}: this is a zip file, not an Excel .xlsx workbook or CSV file.")
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except zipfile.BadZipFile as exc:
        raise ImportProblem(f"{name}: this is not a CSV or XLSX file (damaged zip/xlsx).") from exc
    except ImportProblem:
        raise
    except Exception as exc:  # the reader raises several types for damaged workbooks
        raise ImportProblem(f"{name}: the workbook could not be read ({exc}).") from exc

    def rows(sheet: str) -> Callable[[], list[list[str]]]:
        @cache
        def read() -> list[list[str]]:
            return [[cell_text(v) for v in r] for r in book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)]
        return read

    return {m.name: rows(m.name) for m in book.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet}


def _xml_sheets(path: Path, name: str) -> dict[str, Callable[[], list[list[str]]]]:
    """The worksheets of an Excel 2003 XML workbook ("SpreadsheetML", often saved with an .xls name)."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        raise ImportProblem(f"{name}: the Excel 2003 XML workbook could not be read ({exc}).") from exc
    sheets = {}
    for ws in root.iter(f"{{{SS}}}Worksheet"):
        rows = [_xml_cells(row) for row in ws.iter(f"{{{SS}}}Row")]
        numbered: list[list[str]] = []
        for row, cells in zip(ws.iter(f"{{{SS}}}Row"), rows, strict=True):
            index = row.get(f"{{{SS}}}Index")  # a row number: the rows left out before it are empty
            numbered += [[] for _ in range(int(index) - 1 - len(numbered))] if index else []
            numbered.append(cells)
        sheets[ws.get(f"{{{SS}}}Name") or f"Sheet{len(sheets) + 1}"] = (lambda r=numbered: r)
    return sheets


def _xml_cells(row: ElementTree.Element) -> list[str]:
    cells: list[str] = []
    for cell in row.iter(f"{{{SS}}}Cell"):
        index = cell.get(f"{{{SS}}}Index")  # a column number: the cells left out before it are empty
        cells += [""] * (int(index) - 1 - len(cells)) if index else []
        data = cell.find(f"{{{SS}}}Data")
        text = "".join(data.itertext()).strip() if data is not None else ""
        if data is not None and data.get(f"{{{SS}}}Type") == "DateTime":
            text = text.replace("T", " ").removesuffix(".000")
        cells.append(text)
        cells += [""] * int(cell.get(f"{{{SS}}}MergeAcross", 0))
    return cells


def _sqlite_sheets(path: Path, name: str) -> dict[str, Callable[[], list[list[str]]]]:
    """Uptime Kuma's database (kuma.db): its heartbeats with the name of their monitor, as one sheet."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            tables = {t for (t,) in con.execute("select name from sqlite_master where type = 'table'")}
            if not {"heartbeat", "monitor"} <= tables:
                raise ImportProblem(f"{name}: this SQLite database is not an Uptime Kuma database (kuma.db): it "
                                    "has no heartbeat and monitor tables.")
            cursor = con.execute(KUMA_HEARTBEATS)
            rows = [[c[0] for c in cursor.description]] + [[cell_text(v) for v in r] for r in cursor]
    except sqlite3.Error as exc:
        raise ImportProblem(f"{name}: the SQLite database could not be read ({exc}).") from exc
    return {"heartbeat": lambda: rows}


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
    target, filler, carry, inside = folder / "utf8.csv", src.delimiter * (src.width - 1), "", False
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
    if src.is_sheet:
        rejects, typed = _load_sheet(con, src, table), False
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
    columns = {f"c{i}": "VARCHAR" for i in range(src.width)}
    with tempfile.TemporaryDirectory() as tmp:
        path = src.path if src.encoding in ("utf-8", "utf-8-sig") and not src.blank_lines else _utf8_copy(
            src, Path(tmp))
        con.execute(f"create or replace temp table {table} as select {_trimmed(src)}{_joined(src)} "
                    f"from {_read_csv(src, ', ignore_errors = true')} limit {rows}",
                    {"path": str(path), "delim": src.delimiter, "columns": columns})


def _read_csv(src: SourceFile, options: str = "") -> str:
    """DuckDB's read_csv of an export's records (c0..cN as $columns, after the header), with more `options`.

    No sniffing: we know the dialect, and the sniffer gives up on files with many malformed rows.
    """
    return (f"read_csv($path, header = false, skip = {src.data_row - 1}, delim = $delim, quote = '\"', "
            f"escape = '\"', auto_detect = false, columns = $columns{options})")


def trimmed(cell: str) -> str:
    """SQL for a cell without its surrounding spaces; trimming only the cells that have them is 7x faster."""
    return f"case when prefix({cell}, ' ') or suffix({cell}, ' ') then trim({cell}) else {cell} end"


def _trimmed(src: SourceFile) -> str:
    # Text cells are trimmed once, as they are stored: DuckDB 1.5.6 can crash (a segfault in strptime) when a
    # CASE that returns trim(v) feeds try_strptime, which is what cleaning at parse time did. A native read
    # parses its moments in the reader, so its text cells are trimmed as they are cleaned (sla.imports.ingest).
    return ", ".join(f"{trimmed(f'c{i}')} as c{i}" for i in range(src.width))


def _joined(src: SourceFile) -> str:
    """SQL for the joined columns (a date and a time column read as one moment), after the file's columns.

    A bare hour (Zendesk Explore's "Ticket created - Hour": 9) becomes 9:00."""
    cells = []
    for n, (day, moment) in enumerate(src.joined):
        t = trimmed(f"c{moment}")
        clock = f"case when regexp_matches({t}, '^\\d{{1,2}}$') then {t} || ':00' else {t} end"
        cells.append(f", nullif(concat_ws(' ', nullif({trimmed(f'c{day}')}, ''), nullif({clock}, '')), '') "
                     f"as c{src.width + n}")
    return "".join(cells)


def _load_csv(
    con: duckdb.DuckDBPyConnection, src: SourceFile, path: Path, table: str, native: NativeTypes | None
) -> tuple[pd.DataFrame, bool]:
    """Read the records into `table` with their row number, leaving out empty rows; also whether the `native`
    types held: when a cell does not fit its type, the file is read again as text.

    The records are stored in file order and numbered by their row id in a view: numbering them with
    row_number() would make the whole read single-threaded.
    """
    types = native.types if native else {}
    columns = {f"c{i}": types.get(i, "VARCHAR") for i in range(src.width)}
    options = ({"timestampformat": native.timestampformat or "%Y-%m-%d %H:%M:%S",
                "decimal_separator": native.decimal_separator} if native else {})
    reader = _read_csv(src, ", store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_reject_scans'"
                       + "".join(f", {k} = ${k}" for k in options))
    try:
        con.execute(f"create or replace temp table {table}_records as "
                    f"select {_trimmed(src) if native is None else '*'}{_joined(src)} from {reader}",
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
    # Row number of each record as a spreadsheet shows it (DuckDB's reject lines count the same way, from the
    # first line of the file): records shift down one row after each malformed row the reader skipped;
    # consecutive ones together. Row ids count from a base that depends on the transaction; the records are
    # numbered from it.
    first = con.execute(f"select coalesce(min(rowid), 0) from {table}_records").fetchone()[0]
    number = f"r.rowid - {first} + {src.data_row}"
    if con.execute("select count(*) from csv_rejects").fetchone()[0]:
        con.execute(
            f"""create or replace temp table {table}_shift as
                with bad as (select line, row_number() over (order by line) as k from csv_rejects group by line)
                select line - k as before, max(k) as k from bad group by before"""
        )
        before = f"r.rowid - {first} + {src.data_row - 1}"
        number += f" + coalesce((select max(k) from {table}_shift s where s.before <= {before}), 0)"
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
                       for i in range(src.width))


def _load_sheet(con: duckdb.DuckDBPyConnection, src: SourceFile, table: str) -> pd.DataFrame:
    """A workbook sheet's (or database table's) rows after the header into `table`, numbered as its rows."""
    rows = sheet_rows(src)[src.data_row - 1:]
    frame = pd.DataFrame([(r + [""] * src.width)[:src.width] for r in rows], columns=[f"c{i}" for i in range(
        src.width)], dtype=object) if rows else pd.DataFrame(columns=[f"c{i}" for i in range(src.width)])
    frame["line"] = range(src.data_row, src.data_row + len(frame))
    con.register("sheet_frame", frame)
    con.execute(f"create or replace temp table {table} as select {_trimmed(src)}{_joined(src)}, line "
                f"from sheet_frame where {_filled(src, {})}")
    con.unregister("sheet_frame")
    return pd.DataFrame(columns=["line", "column", "value", "reason"])

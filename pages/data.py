"""Data: upload exports (kind, layout and column mapping checked before the import), what is stored, the imports
with undo, and the contract configuration (edited in tables or as a workbook)."""

import logging
import tempfile
import time
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.runtime.uploaded_file_manager import UploadedFile

from sla import i18n, store
from sla.contract import config
from sla.contract.calendars import WEEKDAYS
from sla.i18n import t
from sla.imports import ingest, mapping, presets
from sla.imports.readers import ImportProblem
from sla.metrics import marts, overview
from sla.store.scope import Scope

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page

log = logging.getLogger(__name__)
STEPS = {"Reading the file": "data.step.read", "Loading rows": "data.step.load", "Checking values": "data.step.check",
         "Storing": "data.step.store", "Done": "data.step.done"}  # ingest_file's progress steps
CONFIG_SOURCE = "dashboard"  # config_versions.source of a configuration saved on this page
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
REJECT_LABELS = {"line": "row", "column": "column", "value": "value", "reason": "reason"}  # data.col.* of a reject
SAMPLES = {p.name: p for p in sorted(store.DEFAULT_DB.parent.glob("sample-*"))}  # data/: one per kind + a config


@st.cache_data(show_spinner=False)
def imports(db: str, version: str, scope: Scope) -> tuple[pd.DataFrame, pd.DataFrame]:
    """All imports and all undone imports, newest first; `version` is the cache key that every import and undo
    changes."""
    return overview.import_log(db, scope), overview.undone_imports(db, scope)


@st.cache_data(show_spinner=False)
def stored(db: str, version: str, scope: Scope) -> pd.DataFrame:
    """Rows stored (of the scope's customers) per kind of data and the time they span."""
    return overview.data_overview(db, scope)


@st.cache_data(show_spinner=False)
def report_timezone(db: str, version: str, scope: Scope) -> str:
    """The time zone the page shows moments in."""
    return str(stored(db, version, scope)["first_at"].dt.tz)


@st.cache_data(show_spinner=False)
def configuration(db: str, version: str, scope: Scope) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """The configuration in force, sheet by sheet, and its versions (newest first)."""
    return config.in_force(db, scope), config.versions(db, scope)


@st.cache_data(show_spinner=False)
def default_timezone(db: str, version: str) -> str:
    return mapping.default_timezone(db)


@st.cache_data(show_spinner=False, max_entries=64)
def preview(file_id: str, name: str, kind: str | None, preset: str | None, sheet: str | None, _upload: UploadedFile
            ) -> mapping.MappingPreview:
    """The mapping preview of an uploaded file (cached per upload, kind, preset and sheet)."""
    with tempfile.TemporaryDirectory() as tmp:
        return mapping.preview(saved(_upload, Path(tmp)), kind, preset, name, sheet)


@st.cache_data(show_spinner=False, max_entries=64)
def checked(file_id: str, sheet: str | None, kind: str, preset: str, chosen: tuple[tuple[str, str], ...], zone: str,
            customer: str | None, service: str | None, _shown: mapping.MappingPreview) -> ingest.ImportResult:
    """The import's value checks on the preview rows (cached per upload and choices)."""
    return ingest.check_rows(_shown.columns, _shown.rows, kind, preset=preset, mapping=dict(chosen), timezone=zone,
                             customer=customer, service=service)


def saved(upload: UploadedFile, folder: Path, name: str = "upload") -> Path:
    """The uploaded file written to folder (the importer reads files, not streams)."""
    path = folder / (name + Path(upload.name).suffix.lower())
    path.write_bytes(upload.getvalue())
    return path


def kind_label(kind: str, lang: str) -> str:
    return t(f"data.kind.{kind}", lang)


def preset_label(name: str, lang: str) -> str:
    return t(f"data.preset.{name}", lang)


def evidence(shown: mapping.MappingPreview, lang: str) -> str:
    """How sure the choice of layout is and why, and where in the file the table was found."""
    d = shown.detection
    parts = [t("data.file.evidence", lang, sure=t(f"data.file.sure.{d.confidence}", lang), score=d.score,
               recognised=d.recognised)]
    system = preset_label(d.preset.name, lang)
    if d.distinctive:
        parts.append(t("data.file.evidence.distinctive", lang, system=system, columns=", ".join(d.distinctive)))
    if d.patterns:
        fields = ", ".join(t(f"data.field.{f}", lang) for f in d.patterns)
        parts.append(t("data.file.evidence.patterns", lang, system=system, fields=fields))
    if d.runner_up:
        parts.append(t("data.file.evidence.runner_up", lang, preset=preset_label(d.runner_up, lang)))
    if len(shown.sheets) > 1:
        parts.append(t("data.file.where.sheet", lang, sheet=shown.sheet, sheets=", ".join(shown.sheets)))
    if shown.header_row == 0:
        parts.append(t("data.file.where.no_header", lang))
    elif shown.header_row > 1:
        parts.append(t("data.file.where.header", lang, row=shown.header_row))
    return " ".join(parts)


def nearest(shown: mapping.MappingPreview, lang: str) -> str:
    """The layout nearest to fitting a file that fits none, what it found and what it lacks."""
    d = shown.nearest
    if d is None or not d.mapping:
        return ""
    return t("data.file.nearest", lang, preset=preset_label(d.preset.name, lang),
             found=", ".join(dict.fromkeys(d.mapping.values())),
             missing=", ".join(t(f"data.field.{f}", lang) for f in d.missing))


def file_section(i: int, upload: UploadedFile, lang: str, timezone: str) -> dict | None:
    """Draw one file's kind, layout, column mapping and first rows; its ingest_file arguments once it is ready."""
    st.subheader(upload.name, anchor=False)
    key = f"{i}:{upload.name}"
    try:
        auto = preview(upload.file_id, upload.name, None, None, None, upload)
    except ImportProblem as exc:
        st.error(t("data.file.unreadable", lang, reason=i18n.message(str(exc), lang)), icon=":material/error:")
        return None
    sheet = None
    if len(auto.sheets) > 1:
        sheet = st.selectbox(t("data.file.sheet", lang), auto.sheets, index=auto.sheets.index(auto.sheet),
                             key=f"sheet:{key}", help=t("data.file.sheet.help", lang))
        auto = preview(upload.file_id, upload.name, None, None, sheet, upload)
    left, right = st.columns(2)
    kind = left.selectbox(
        t("data.file.kind", lang), ingest.KINDS, index=ingest.KINDS.index(auto.kind) if auto.kind else None,
        format_func=lambda k: kind_label(k, lang), placeholder=t("data.file.kind.placeholder", lang),
        key=f"kind:{key}",
    )
    if kind is None:
        st.info(f"{t('data.file.unknown', lang, columns=', '.join(auto.columns))} {nearest(auto, lang)}",
                icon=":material/help:")
        st.dataframe(auto.rows, hide_index=True, width="stretch")
        return None
    names = mapping.presets_of(kind)
    default = preview(upload.file_id, upload.name, kind, None, sheet, upload).preset
    preset = right.selectbox(t("data.file.preset", lang), names, index=names.index(default),
                             format_func=lambda p: preset_label(p, lang), key=f"preset:{key}:{kind}")
    shown = preview(upload.file_id, upload.name, kind, preset, sheet, upload)
    said = "data.file.recognised" if shown.detected == preset else "data.file.chosen"
    st.markdown(t(said, lang, preset=preset_label(preset, lang), kind=kind_label(kind, lang)))
    st.caption(evidence(shown, lang))

    st.markdown(f"**{t('data.file.mapping', lang)}**")
    table = st.container()
    chosen, defaults = {}, {}
    with st.expander(t("data.file.edit", lang), expanded=bool(shown.missing())):
        grid = st.columns(3)
        options = ["", *shown.columns]
        for n, field in enumerate(shown.fields):
            label = t(f"data.field.{field}", lang)
            column = grid[n % 3].selectbox(
                t("data.file.required", lang, field=label) if field in shown.required else label, options,
                index=options.index(shown.mapping.get(field, "")), key=f"map:{key}:{preset}:{field}",
                format_func=lambda c: c or t("data.file.not_mapped", lang),
                help=t("data.file.field_help", lang, name=field, examples=shown.examples(shown.mapping.get(field))),
            )
            if column:
                chosen[field] = column
        grid = st.columns(3)
        zone = grid[0].selectbox(t("data.file.timezone", lang), mapping.TIMEZONES, key=f"tz:{key}",
                                 index=mapping.TIMEZONES.index(shown.timezone or timezone),
                                 help=t("data.file.timezone.help", lang))
        for column, field in zip(grid[1:], mapping.DEFAULTS[kind], strict=False):
            defaults[field] = column.text_input(t(f"data.file.{field}", lang), key=f"{field}:{key}",
                                                help=t(f"data.file.{field}.help", lang)).strip()
    table.dataframe(
        shown.table(chosen).assign(field=lambda f: f["field"].map(lambda name: t(f"data.field.{name}", lang))),
        hide_index=True, width="stretch", placeholder=t("data.file.not_mapped", lang), key=f"mapping:{key}",
        column_config={
            "field": t("data.col.field", lang),
            "required": st.column_config.CheckboxColumn(t("data.col.required", lang)),
            "column": t("data.col.column", lang),
            "examples": t("data.col.examples", lang),
        },
    )
    with st.expander(t("data.file.sample", lang)):
        st.dataframe(shown.rows, hide_index=True, width="stretch")
    missing = shown.missing(chosen, [f for f, value in defaults.items() if value])
    if missing:
        fields = ", ".join(t(f"data.field.{f}", lang) for f in missing)
        or_default = t("data.file.or_default", lang) if set(missing) & set(defaults) else ""
        st.warning(t("data.file.missing", lang, fields=fields, or_default=or_default), icon=":material/warning:")
        return None
    arguments = {"kind": kind, "preset": preset, "mapping": {f: chosen.get(f, "") for f in shown.fields},
                 "timezone": zone, "customer": defaults.get("customer") or None,
                 "service": defaults.get("service") or None, "sheet": sheet}
    check = checked(upload.file_id, sheet, kind, preset, tuple(sorted(arguments["mapping"].items())), zone,
                    arguments["customer"], arguments["service"], shown)
    if check.rows_rejected:  # "ready" only when the preview rows pass the value checks the import applies
        st.warning(t("data.file.would_reject", lang, rejected=i18n.number(check.rows_rejected, lang),
                     rows=i18n.number(check.rows_read, lang)), icon=":material/warning:")
        st.dataframe(in_language(check.rejects, lang), hide_index=True, width="stretch", placeholder="–",
                     key=f"would_reject:{key}", column_config=reject_columns(lang))
    else:
        st.caption(f":material/check_circle: {t('data.file.ready', lang)}")
    return arguments


def in_language(rejects: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Rejected rows with their reasons in the language (the engine writes them in English)."""
    return rejects.assign(reason=rejects["reason"].map(lambda reason: i18n.message(reason, lang)))


def reject_columns(lang: str) -> dict:
    """The column labels of a table of rejected rows."""
    return {"line": st.column_config.NumberColumn(t("data.col.row", lang), format="plain"),
            **{c: t(f"data.col.{REJECT_LABELS[c]}", lang) for c in ("column", "value", "reason")}}


def import_upload(upload: UploadedFile, arguments: dict | None, db: Path, say: ingest.Progress) -> dict:
    """Import one uploaded file as planned; what happened, for `show_outcome` (never raises)."""
    outcome = {"file": upload.name}
    if arguments is None:
        return outcome | {"skipped": True}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            outcome["result"] = ingest.ingest_file(saved(upload, Path(tmp)), db=db, file_name=upload.name,
                                                   progress=say, scope=scope, **arguments)
    except ImportProblem as exc:
        outcome["problem"] = str(exc)
    except Exception as exc:
        log.exception("Import of %s failed", upload.name)
        outcome["failure"] = type(exc).__name__
    return outcome


def refresh_clocks(db: Path) -> None:
    """The SLA clocks, computed right after a change rather than on the next page (a failure is retried there)."""
    try:
        marts.refresh_store(db)
    except Exception:
        log.exception("Computing the SLA clocks failed")


def show_outcome(n: int, outcome: dict, lang: str) -> None:
    """One import's result in plain language, and its rejected rows with a download of them all."""
    name = outcome["file"]
    if outcome.get("skipped"):
        st.warning(t("data.result.skipped", lang, file=name), icon=":material/skip_next:")
        return
    if "problem" in outcome or "failure" in outcome:
        text = (t("data.result.problem", lang, file=name, reason=i18n.message(outcome["problem"], lang))
                if "problem" in outcome else t("data.result.failed", lang, file=name, kind=outcome["failure"]))
        st.error(text, icon=":material/error:")
        return
    r: ingest.ImportResult = outcome["result"]
    if r.already_imported_as is not None:
        st.info(t("data.result.already", lang, file=name, batch=r.already_imported_as), icon=":material/content_copy:")
        return
    counts = {k: i18n.number(getattr(r, f"rows_{k}"), lang) for k in ("stored", "new", "updated", "unchanged",
                                                                       "read", "rejected")}
    lines = [t("data.result.stored", lang, file=name, kind=kind_label(r.kind, lang),
               preset=preset_label(r.preset, lang), batch=r.batch_id, **counts)]
    if r.no_customer_rows:
        lines.append(t("data.result.no_customer", lang, count=i18n.number(r.no_customer_rows, lang)))
    if r.rows_stored:
        st.success("  \n".join(lines), icon=":material/check_circle:")
    else:
        st.warning("  \n".join(lines), icon=":material/warning:")
    if len(r.rejects):
        rejects = in_language(r.rejects, lang)
        st.markdown(f"**{t('data.rejects', lang, file=name)}**")
        st.dataframe(rejects, hide_index=True, width="stretch", placeholder="–", key=f"rejects:{n}",
                     column_config=reject_columns(lang))
        st.download_button(
            t("data.rejects.download", lang),
            data=lambda: rejects.rename(columns={c: t(f"data.col.{REJECT_LABELS[c]}", lang) for c in rejects})
            .to_csv(index=False, sep=";" if lang == "nl" else ","),
            file_name=t("data.rejects.file", lang, file=Path(name).stem), mime="text/csv", on_click="ignore",
            icon=":material/download:", key=f"download_rejects:{n}",
        )


def progress_on(bar: DeltaGenerator, done: int, total: int, name: str, lang: str) -> ingest.Progress:
    """An ingest progress callback that moves the bar through file number done + 1 of total."""
    def say(step: str, fraction: float) -> None:
        text = t("data.progress.step", lang, file=name, step=t(STEPS[step], lang) if step in STEPS else step)
        bar.progress(min((done + fraction) / total, 1.0), text=text)
    return say


def undo_selected(db: Path, labels: dict[int, tuple[str, str]], lang: str) -> None:
    """Undo the batch chosen in the selectbox (a button callback, so the list below is drawn afterwards)."""
    batch = st.session_state["undo_batch"]
    try:
        ingest.undo(batch, db, scope)
    except ImportProblem:
        st.session_state["undo_message"] = ("error", t("data.undo.gone", lang, batch=batch))
        return
    refresh_clocks(db)
    file, kind = labels[batch]
    st.session_state["undo_message"] = ("success", t("data.undo.done", lang, batch=batch, kind=kind, file=file))


def config_column(sheet: str, name: str, dtype: object, lang: str) -> st.column_config.Column:
    """The editor column of a configuration column: its label and meaning (the sheet's own, where a column name
    means another thing there), typed like the stored value."""
    label = t(f"data.cfg.{name}", lang)
    own = f"data.cfg.{sheet}.{name}.help"
    help_text = t(own if own in i18n.TEXT else "data.cfg.day.help" if name in WEEKDAYS else f"data.cfg.{name}.help",
                  lang)
    if name in ("effective_from", "effective_to"):
        return st.column_config.DateColumn(label, help=help_text, format=t("data.format.day", lang))
    if name in ("start", "end"):
        return st.column_config.DatetimeColumn(label, help=help_text, format=t("data.format.moment", lang))
    if pd.api.types.is_bool_dtype(dtype):
        return st.column_config.CheckboxColumn(label, help=help_text)
    if pd.api.types.is_numeric_dtype(dtype):
        return st.column_config.NumberColumn(label, help=help_text)
    return st.column_config.TextColumn(label, help=help_text)


def show_problems(problems: list[str], lang: str) -> None:
    st.error(t("data.config.problems", lang) + "\n\n" + "\n".join(f"- {i18n.message(p, lang)}" for p in problems),
             icon=":material/error:")


def save_config(edited: dict[str, pd.DataFrame], in_force: dict[str, pd.DataFrame], db: Path, lang: str) -> None:
    """Store the edited sheets as a new version (then start over with fresh editors), or show every problem."""
    if all(edited[s].equals(in_force[s]) for s in in_force):
        st.info(t("data.config.unchanged", lang), icon=":material/info:")
        return
    try:
        config.import_sheets(edited, CONFIG_SOURCE, db, scope)
    except config.ConfigProblem as exc:
        show_problems(exc.problems, lang)
        return
    with st.spinner(t("data.progress.clocks.config", lang)):
        refresh_clocks(db)
    st.session_state["config_message"] = ("data.config.saved", {})
    st.rerun()


def import_workbook(upload: UploadedFile, db: Path, lang: str) -> None:
    """Import an uploaded configuration workbook as a new version, or show every problem."""
    try:
        with tempfile.TemporaryDirectory() as tmp:
            config.import_config(saved(upload, Path(tmp), Path(upload.name).stem), db, scope=scope)
    except config.ConfigProblem as exc:
        show_problems(exc.problems, lang)
        return
    except ImportProblem as exc:
        st.error(t("data.config.unreadable", lang, file=upload.name, reason=i18n.message(str(exc), lang)),
                 icon=":material/error:")
        return
    with st.spinner(t("data.progress.clocks.config", lang)):
        refresh_clocks(db)
    st.session_state["config_message"] = ("data.config.imported", {"file": upload.name})
    st.rerun()


def import_sample(path: Path, db: Path, timezone: str) -> dict:
    """Import one of our sample files (a configuration workbook or an export); what happened, for the page."""
    if path.suffix == ".xlsx":
        return {"file": path.name, "config": config.import_config(path, db, scope=scope)}
    outcome = {"file": path.name}
    try:
        outcome["result"] = ingest.ingest_file(path, db=db, timezone=timezone, scope=scope)
    except ImportProblem as exc:
        outcome["problem"] = str(exc)
    refresh_clocks(db)
    return outcome


def sample_section(db: Path, timezone: str, lang: str) -> None:
    """'Try it with a sample file': one click imports one of the samples in data/."""
    with st.expander(t("data.sample", lang), icon=":material/science:"):
        st.caption(t("data.sample.help", lang))
        name = st.selectbox(t("data.sample.file", lang), list(SAMPLES), key="sample_file",
                            format_func=lambda n: t(f"data.sample.{Path(n).stem}", lang))
        if st.button(t("data.sample.import", lang), key="sample_import", icon=":material/upload:"):
            st.session_state["sample_outcome"] = import_sample(SAMPLES[name], db, timezone)
        outcome = st.session_state.get("sample_outcome")
        if outcome and "config" in outcome:
            st.success(t("data.sample.config_done", lang, file=outcome["file"]), icon=":material/check_circle:")
        elif outcome:
            show_outcome(-1, outcome, lang)


def workbook(db: Path) -> bytes:
    """The configuration in force as an .xlsx workbook (built when the download button is clicked)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "configuration.xlsx"
        config.export_config(path, db, scope)
        return path.read_bytes()


db = store.default_path()
lang = st.session_state.get("lang") or "en"
scope = st.session_state["user_scope"]

st.title(t("data.title", lang))
st.write(t("data.intro", lang))
with st.expander(t("data.presets", lang)):
    st.markdown("\n".join(f"- {preset_label(p.name, lang)} ({kind_label(p.kind, lang)})" for p in presets.PRESETS))

uploads = st.file_uploader(t("data.upload", lang), type=["csv", "xlsx", "txt", "xls", "xml", "db", "sqlite"],
                           accept_multiple_files=True, key="upload", help=t("data.upload.help", lang)
                           ) if scope.allows("upload") else []
timezone = default_timezone(str(db), store.data_version(db))
plans = []
for i, upload in enumerate(uploads):
    with st.container(border=True):
        plans.append((upload, file_section(i, upload, lang, timezone)))
ready = sum(arguments is not None for _, arguments in plans)
uploaded = tuple(upload.file_id for upload in uploads)
if scope.allows("upload") and st.button(t("data.import", lang), type="primary", icon=":material/upload:",
                                        disabled=not ready, key="import",
                                        help=t("data.import.help", lang) if ready < len(plans) else None):
    bar = st.progress(0.0, text=t("data.progress.start", lang))
    started = time.monotonic()
    outcomes = [import_upload(upload, arguments, db, progress_on(bar, done, len(plans), upload.name, lang))
                for done, (upload, arguments) in enumerate(plans)]
    bar.progress(0.99, text=t("data.progress.clocks", lang))
    refresh_clocks(db)
    st.session_state["import_outcomes"] = (uploaded, outcomes)
    st.session_state.pop("undo_batch", None)  # offer the newest import for undo, not the one chosen before
    bar.progress(1.0, text=t("data.progress.done", lang, count=len(plans), seconds=f"{time.monotonic() - started:.1f}"))
shown_for, outcomes = st.session_state.get("import_outcomes", ((), []))
for n, outcome in enumerate(outcomes if shown_for == uploaded else []):
    show_outcome(n, outcome, lang)
if SAMPLES and scope.allows("upload"):
    sample_section(db, timezone, lang)

version = store.data_version(db)
st.subheader(t("data.stored", lang), anchor=False)
st.dataframe(
    stored(str(db), version, scope).assign(
        counted=lambda f: [t(f"data.stored.counted.{k}", lang, from_tickets=i18n.number(n, lang))
                           for k, n in zip(f["kind"], f["from_tickets"], strict=True)],
        kind=lambda f: f["kind"].map(lambda k: kind_label(k, lang))),
    hide_index=True, width="stretch", placeholder="–", key="stored",
    column_order=("kind", "rows_stored", "counted", "first_at", "last_at", "imports", "last_import_at"),
    column_config={
        "counted": st.column_config.TextColumn(t("data.col.counted", lang), width="large"),
        "kind": t("data.col.kind", lang),
        "rows_stored": st.column_config.NumberColumn(t("data.col.rows", lang), format="localized"),
        "first_at": st.column_config.DatetimeColumn(t("data.col.from", lang), format=t("data.format.moment", lang)),
        "last_at": st.column_config.DatetimeColumn(t("data.col.until", lang), format=t("data.format.moment", lang)),
        "imports": st.column_config.NumberColumn(t("data.col.imports", lang), format="localized"),
        "last_import_at": st.column_config.DatetimeColumn(t("data.col.last_import", lang),
                                                          format=t("data.format.moment", lang)),
    },
)
st.caption(t("data.stored.caption", lang, tz=report_timezone(str(db), version, scope)))
if not scope.allows("see_setup"):  # a user who sees some customers: their data only, not the shared setup
    st.info(t("data.scoped", lang, customers="; ".join(scope.customers)), icon=":material/lock:")
    st.stop()

st.subheader(t("data.imports", lang), anchor=False)
outcome = st.session_state.pop("undo_message", None)
if outcome:
    (st.success if outcome[0] == "success" else st.error)(outcome[1])
batches, undone = imports(str(db), version, scope)
if batches.empty:
    st.caption(t("data.imports.none", lang))
else:
    st.dataframe(
        batches.assign(kind=lambda f: f["kind"].map(lambda k: kind_label(k, lang)),
                       preset=lambda f: f["preset"].map(lambda p: preset_label(p, lang))),
        hide_index=True, width="stretch", key="batches",
        column_order=["batch_id", "kind", "file_name", "preset", "rows_read", "rows_stored", "rows_updated",
                      "rows_rejected", "imported_at", "actor"],
        column_config={
            "batch_id": st.column_config.NumberColumn(t("data.col.batch", lang), format="plain"),
            "kind": t("data.col.kind", lang),
            "file_name": t("data.col.file", lang),
            "preset": t("data.col.preset", lang),
            **{c: st.column_config.NumberColumn(t(f"data.col.{c}", lang), format="localized")
               for c in ("rows_read", "rows_stored", "rows_updated", "rows_rejected")},
            "imported_at": st.column_config.DatetimeColumn(t("data.col.imported_at", lang),
                                                           format=t("data.format.moment", lang)),
            "actor": t("data.col.actor", lang),
        },
    )
if not batches.empty and scope.allows("undo"):
    labels = {b.batch_id: (b.file_name, kind_label(b.kind, lang)) for b in batches.itertuples()}
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    left.selectbox(t("data.undo.choose", lang), list(labels), key="undo_batch", format_func=lambda b: t(
        "data.undo.option", lang, batch=b, file=labels[b][0], kind=labels[b][1]))
    right.button(t("data.undo", lang), icon=":material/undo:", key="undo", on_click=undo_selected,
                 args=(db, labels, lang), help=t("data.undo.help", lang))
if not undone.empty:
    st.markdown(f"**{t('data.undone', lang)}**")
    st.dataframe(undone, hide_index=True, width="stretch", key="undone",
                 column_order=["batch_id", "file_name", "imported_at", "imported_by", "undone_at", "actor"],
                 column_config={
                     "batch_id": st.column_config.NumberColumn(t("data.col.batch", lang), format="plain"),
                     "file_name": t("data.col.file", lang),
                     "imported_at": st.column_config.DatetimeColumn(t("data.col.imported_at", lang),
                                                                    format=t("data.format.moment", lang)),
                     "imported_by": t("data.col.actor", lang),
                     "undone_at": st.column_config.DatetimeColumn(t("data.col.undone_at", lang),
                                                                  format=t("data.format.moment", lang)),
                     "actor": t("data.col.undone_by", lang),
                 })

st.subheader(t("data.config", lang), anchor=False)
st.write(t("data.config.intro", lang))
message = st.session_state.pop("config_message", None)
in_force, versions = configuration(str(db), version, scope)
if len(versions):
    latest = versions.iloc[0]
    if message:
        st.success(t(message[0], lang, version=latest["version"], **message[1]), icon=":material/check_circle:")
    source = t("data.config.source", lang) if latest["source"] == CONFIG_SOURCE else latest["source"]
    st.caption(t("data.config.version", lang, version=latest["version"], source=source,
                 at=i18n.moment(latest["imported_at"], lang)))
    if isinstance(latest["actor"], str):
        st.caption(t("data.config.by", lang, actor=latest["actor"]))
else:
    st.caption(t("data.config.none", lang))
edited = {}
for tab, (sheet, frame) in zip(st.tabs([t(f"data.config.{s}", lang) for s in in_force]), in_force.items(),
                               strict=True):
    with tab:
        st.caption(t(f"data.config.{sheet}.help", lang))
        edited[sheet] = st.data_editor(
            frame, num_rows="dynamic", hide_index=True, width="stretch", placeholder="",
            key=f"config:{sheet}:{versions['version'].iloc[0] if len(versions) else 0}",
            column_config={c: config_column(sheet, c, frame[c].dtype, lang) for c in frame.columns},
            disabled=not scope.allows("configure"),
        )
if scope.allows("configure") and st.button(t("data.config.save", lang), type="primary", icon=":material/save:",
                                           key="config_save"):
    save_config(edited, in_force, db, lang)

st.markdown(f"**{t('data.config.workbook', lang)}**")
st.download_button(t("data.config.download", lang), data=lambda: workbook(db), mime=XLSX, on_click="ignore",
                   file_name=t("data.config.download.file", lang), icon=":material/download:", key="config_download")
if not scope.allows("configure"):
    st.caption(t("access.read_only", lang, role=t(f"access.role.{scope.role}", lang)))
    st.stop()
book = st.file_uploader(t("data.config.upload", lang), type=["xlsx"], key="config_upload")
if st.button(t("data.config.import", lang), icon=":material/upload_file:", disabled=book is None, key="config_import"):
    import_workbook(book, db, lang)

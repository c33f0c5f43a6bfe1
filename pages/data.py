"""Data: upload export files, see what each import did, list the imports and undo one."""

import logging
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.runtime.uploaded_file_manager import UploadedFile

from sla import ingest, presets, store
from sla.readers import ImportProblem

log = logging.getLogger(__name__)
DETAIL_LINES = ("  rejected ", "  ... and ")  # ImportResult.summary() lines the rejects table already shows


@st.cache_data(show_spinner=False)
def imports(db: str, version: str) -> pd.DataFrame:
    """All imports, newest first; `version` is the cache key that every import and undo changes."""
    return ingest.batches(db)


def import_upload(upload: UploadedFile, db: Path, say: ingest.Progress) -> None:
    """Import one uploaded file and show what happened; never lets an exception reach the page."""
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / ("upload" + Path(upload.name).suffix.lower())
            with open(path, "wb") as f:
                shutil.copyfileobj(upload, f)
            result = ingest.ingest_file(path, db=db, file_name=upload.name, progress=say)
    except ImportProblem as exc:
        message = str(exc)
        st.error(message if message.startswith(upload.name) else f"{upload.name}: {message}",
                 icon=":material/error:")
        return
    except Exception as exc:
        log.exception("Import of %s failed", upload.name)
        st.error(f"{upload.name}: the import failed unexpectedly ({type(exc).__name__}); nothing was stored. "
                 "The details are in the dashboard's log.", icon=":material/error:")
        return
    lines = [line.strip() for line in result.summary() if not line.startswith(DETAIL_LINES)]
    if result.already_imported_as is not None:
        st.info("  \n".join(lines), icon=":material/content_copy:")
    elif result.rows_stored == 0:
        st.warning("  \n".join(lines), icon=":material/warning:")
    else:
        st.success("  \n".join(lines), icon=":material/check_circle:")
    if len(result.rejects):
        st.dataframe(
            result.rejects,
            hide_index=True,
            width="stretch",
            placeholder="–",
            column_config={"line": st.column_config.NumberColumn("Row", format="plain")},
        )


def progress_on(bar: DeltaGenerator, done: int, total: int, name: str) -> ingest.Progress:
    """An ingest progress callback that moves the bar through file number done + 1 of total."""
    return lambda step, fraction: bar.progress(min((done + fraction) / total, 1.0), text=f"{name}: {step}")


def undo_selected(db: Path) -> None:
    """Undo the batch chosen in the selectbox (a button callback, so the list below is drawn afterwards)."""
    try:
        st.session_state["undo_message"] = ("success", ingest.undo(st.session_state["undo_batch"], db))
    except ImportProblem as exc:
        st.session_state["undo_message"] = ("error", str(exc))


db = store.default_path()

st.title("Data")
st.write(
    "Upload exports from your helpdesk, monitoring or surveys as CSV or Excel files. The kind of each file "
    "is recognised from its columns; uploading the same file again changes nothing."
)
with st.expander("Recognised exports"):
    st.markdown("\n".join(f"- {p.label} ({p.kind})" for p in presets.PRESETS))

uploads = st.file_uploader(
    "Export files", type=["csv", "xlsx", "txt"], accept_multiple_files=True, key="upload",
)
if st.button("Import", type="primary", icon=":material/upload:", disabled=not uploads, key="import"):
    bar = st.progress(0.0, text="Starting")
    started = time.monotonic()
    for done, upload in enumerate(uploads):
        import_upload(upload, db, progress_on(bar, done, len(uploads), upload.name))
    bar.progress(1.0, text=f"Finished {len(uploads)} file(s) in {time.monotonic() - started:.1f} s")

st.subheader("Imports")
outcome = st.session_state.pop("undo_message", None)
if outcome:
    (st.success if outcome[0] == "success" else st.error)(outcome[1])
batches = imports(str(db), store.data_version(db))
if batches.empty:
    st.caption("No imports yet.")
    st.stop()
st.dataframe(
    batches,
    hide_index=True,
    width="stretch",
    column_order=["batch_id", "kind", "file_name", "preset", "rows_read", "rows_stored", "rows_updated",
                  "rows_rejected", "imported_at"],
    column_config={
        "batch_id": st.column_config.NumberColumn("Batch", format="plain"),
        "kind": "Data",
        "file_name": "File",
        "preset": "Recognised as",
        "rows_read": st.column_config.NumberColumn("Rows read", format="localized"),
        "rows_stored": st.column_config.NumberColumn("Stored", format="localized"),
        "rows_updated": st.column_config.NumberColumn("Updated", format="localized"),
        "rows_rejected": st.column_config.NumberColumn("Rejected", format="localized"),
        "imported_at": st.column_config.DatetimeColumn("Imported (UTC)", format="YYYY-MM-DD HH:mm"),
    },
)
labels = {b.batch_id: f"{b.file_name} ({b.kind})" for b in batches.itertuples()}
left, right = st.columns([3, 1], vertical_alignment="bottom")
left.selectbox("Import to undo", list(labels), format_func=lambda b: f"Batch {b}: {labels[b]}", key="undo_batch")
right.button("Undo import", icon=":material/undo:", key="undo", on_click=undo_selected, args=(db,),
             help="Removes the import's rows; tickets it updated go back to their earlier version.")

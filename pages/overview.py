"""Overview: what the store holds, or, while it is empty, what to upload first."""

import pandas as pd
import streamlit as st

from sla import overview, store

TILES = {"tickets": "Tickets", "checks": "Monitoring checks", "feedback": "Survey answers"}


@st.cache_data(show_spinner=False)
def data_overview(db: str, version: str) -> pd.DataFrame:
    """Rows stored per kind of data; `version` is the cache key that every import and undo changes."""
    return overview.data_overview(db)


db = store.default_path()
stored = data_overview(str(db), store.data_version(db))

st.title("Overview")

if stored["rows_stored"].sum() == 0:
    st.info(
        "No data yet. Upload a ticket export from your helpdesk (Zendesk, Jira Service Management, Freshdesk, "
        "ServiceNow or a plain CSV), uptime checks or outages from your monitoring, or survey answers; "
        "the dashboard recognises the kind of export from its columns.",
        icon=":material/info:",
    )
    st.page_link("pages/data.py", label="Upload exports on the Data page", icon=":material/upload:")
    st.stop()

by_kind = stored.set_index("kind")
for column, (kind, label) in zip(st.columns(len(TILES)), TILES.items(), strict=True):
    row = by_kind.loc[kind]
    span = (f"{row.first_at:%d %b %Y} to {row.last_at:%d %b %Y} (UTC)" if row.rows_stored
            else "None imported yet")
    column.metric(label, int(row.rows_stored), format="localized", help=span, border=True)

st.subheader("What is stored")
st.dataframe(
    stored,
    hide_index=True,
    width="stretch",
    placeholder="–",
    column_config={
        "kind": st.column_config.TextColumn("Data"),
        "rows_stored": st.column_config.NumberColumn("Rows", format="localized"),
        "first_at": st.column_config.DatetimeColumn("From (UTC)", format="YYYY-MM-DD HH:mm"),
        "last_at": st.column_config.DatetimeColumn("Until (UTC)", format="YYYY-MM-DD HH:mm"),
        "imports": st.column_config.NumberColumn("Imports"),
        "last_import_at": st.column_config.DatetimeColumn("Last import (UTC)", format="YYYY-MM-DD HH:mm"),
    },
)
st.caption("Rows count each ticket, check or answer once, in its latest imported version.")

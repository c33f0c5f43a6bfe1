"""Reports: a client's monthly Excel report (made on click), or every client's at once as a zip."""

from functools import partial

import pandas as pd
import streamlit as st

from sla import i18n, store
from sla.outputs import delivery, exports
from sla.store.scope import Scope

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page


@st.cache_data(show_spinner=False)
def customers(db: str, version: str, scope: Scope) -> list[str]:
    """The customers a report can be made for; `version` changes with every import, undo or config change."""
    return exports.customers(db, scope)


@st.cache_data(show_spinner=False)
def preview(db: str, version: str, customer: str, month: str, lang: str, scope: Scope) -> pd.DataFrame:
    """The month's KPI rows of the client, as the report shows them."""
    return exports.preview(db, customer, month, lang, scope)


db = store.default_path()
version = store.data_version(db)
lang, month = st.session_state["lang"], st.session_state["month"]
scope = st.session_state["user_scope"]
names = customers(str(db), version, scope)
month_label = i18n.month(month, lang)

st.title(i18n.t("nav.reports", lang))
if not names:
    st.info(i18n.t("empty.no_data", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

st.caption(i18n.t("reports.intro", lang))
chosen = [c for c in st.session_state["customer"] if c in names]
customer = st.selectbox(i18n.t("reports.customer", lang), names, index=names.index(chosen[0]) if chosen else 0,
                        key="report_customer")
st.caption(i18n.t("reports.settings", lang, month=month_label, language=i18n.LANGUAGES[lang]))

st.download_button(
    i18n.t("reports.download", lang, customer=customer), type="primary", icon=":material/download:",
    data=partial(exports.workbook, str(db), customer, month, lang, scope), on_click="ignore",
    file_name=exports.workbook_name(customer, month, lang),
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    help=i18n.t("reports.download_help", lang),
)
st.info(i18n.t("reports.only_client", lang, customer=customer), icon=":material/lock:")

st.subheader(i18n.t("reports.preview", lang, month=month_label))
rows = preview(str(db), version, customer, month, lang, scope)
if rows.empty:
    st.info(i18n.t("reports.no_month", lang, customer=customer, month=month_label), icon=":material/info:")
else:
    st.dataframe(rows, hide_index=True, width="stretch", column_config={
        c: st.column_config.TextColumn(i18n.t(f"reports.col.{c}", lang)) for c in rows.columns})

st.subheader(i18n.t("reports.all", lang))
st.caption(i18n.t("reports.all_caption", lang))
st.download_button(
    i18n.t("reports.download_all", lang, n=len(names)), icon=":material/folder_zip:",
    data=partial(exports.zip_reports, str(db), month, lang, scope), on_click="ignore",
    file_name=exports.zip_name(month, lang), mime="application/zip",
    help=i18n.t("reports.download_all_help", lang),
)

st.subheader(i18n.t("reports.delivery", lang))
st.caption(i18n.t("reports.delivery_caption", lang))
if notice := st.session_state.pop("delivery_notice", None):
    (st.success if notice[0] == "success" else st.error)(notice[1])
contacts = delivery.contacts(db, customer, scope)
if scope.allows("send") and st.button(
        i18n.t("reports.send_now", lang, customer=customer), icon=":material/send:", key="send_now",
        disabled=not contacts, help=i18n.t("reports.send_now_help", lang, emails=", ".join(contacts))
             if contacts else i18n.t("reports.no_contacts", lang, customer=customer)):
    lines = []
    try:
        with st.spinner(i18n.t("reports.sending", lang, n=len(contacts))):
            failed = delivery.deliver(db, month, resend=True, say=lines.append, customer=customer, scope=scope)
    except ValueError as problem:  # the mail server is not configured
        st.session_state["delivery_notice"] = ("error", i18n.t("reports.smtp_missing", lang,
                                                               reason=i18n.message(str(problem), lang)))
    else:
        st.session_state["delivery_notice"] = ("error" if failed else "success",
                                               "\n\n".join(i18n.message(line, lang) for line in lines))
    st.rerun()
sent = delivery.log(db, month, scope)
if sent.empty:
    st.caption(i18n.t("reports.delivery_none", lang, month=month_label))
else:
    shown = sent.assign(role=sent["role"].map(lambda r: i18n.value("role", r, lang)),
                        language=sent["language"].map(lambda code: i18n.value("language", code, lang)),
                        status=sent["status"].map(lambda s: i18n.value("delivery_status", s, lang)),
                        reason=sent["reason"].map(lambda r: i18n.message(r, lang)))
    st.dataframe(shown[["tried_at", "email", "customer", "role", "language", "status", "reason", "attachments",
                        "data_version"]], hide_index=True, width="stretch", column_config={
        "tried_at": st.column_config.DatetimeColumn(i18n.t("reports.log.tried_at", lang),
                                                    format=i18n.t("reports.log.format", lang)),
        **{c: st.column_config.TextColumn(i18n.t(f"reports.log.{c}", lang)) for c in
           ("email", "customer", "role", "language", "status", "reason", "attachments", "data_version")}})

"""Customer feedback: CSAT and NPS trends, CSAT when the SLA was breached vs met, score distribution, comments."""

import pandas as pd
import streamlit as st

from sla import i18n, store
from sla.metrics import feedback, periods
from sla.metrics.kpis import REGISTRY
from sla.outputs import charts
from sla.store.scope import Scope

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page


@st.cache_data(show_spinner=False)
def summary(db: str, version: str, month: str, customers: tuple[str, ...], scope: Scope) -> feedback.Feedback:
    """Trend, distribution and CSAT by SLA outcome; `version` changes with every import, undo or config change."""
    return feedback.summary(db, month, customers, scope=scope)


@st.cache_data(show_spinner=False)
def comments(db: str, version: str, month: str, customers: tuple[str, ...], search: str, lang: str,
             scope: Scope) -> pd.DataFrame:
    """The month's comments containing the search text."""
    return feedback.comments(db, month, customers, search, lang, scope)


db = store.default_path()
version = store.data_version(db)
lang, month = st.session_state["lang"], st.session_state["month"]
customers, scope = tuple(st.session_state["customer"]), st.session_state["user_scope"]
view = summary(str(db), version, month, customers, scope)
month_label, previous_label = i18n.month(month, lang), i18n.month(periods.month_add(month, -1), lang)

st.title(i18n.t("nav.feedback", lang))
if not view.stored:
    st.info(i18n.t("feedback.empty", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

csat, nps = view.tile("csat", month), view.tile("nps", month)
vs_previous = i18n.t("feedback.vs", lang, month=previous_label)
tiles = st.columns(3)
tiles[0].metric(REGISTRY["csat"].label[lang], i18n.percent(csat.value, lang, 1), border=True,
                delta=csat.delta and i18n.t("feedback.pp", lang, value=i18n.signed(csat.delta, lang, 1)),
                delta_description=vs_previous if csat.delta is not None else None,
                help=REGISTRY["csat"].definition[lang])
tiles[1].metric(REGISTRY["nps"].label[lang], i18n.number(nps.value, lang, 1), border=True,
                delta=None if nps.delta is None else i18n.signed(nps.delta, lang, 1),
                delta_description=vs_previous if nps.delta is not None else None,
                help=REGISTRY["nps"].definition[lang])
tiles[2].metric(i18n.t("feedback.responses", lang), i18n.number(csat.responses + nps.responses, lang),
                border=True, help=i18n.t("feedback.responses_help", lang))

st.subheader(i18n.t("feedback.trend", lang))
if view.trend.empty:
    st.info(i18n.t("feedback.no_trend", lang, month=month_label), icon=":material/info:")
else:
    for column, metric, value in zip(st.columns(2), ("csat", "nps"), ("csat_pct", "nps"), strict=True):
        rows = view.trend[view.trend["metric"] == metric]
        figure = charts.feedback_trend(rows, value, REGISTRY[metric].label[lang],
                                       "CSAT (%)" if metric == "csat" else "NPS", lang)
        column.plotly_chart(figure, key=f"trend_{metric}", theme=None)

st.subheader(i18n.t("feedback.sla", lang))
met, breached = view.outcome("met"), view.outcome("breached")
if met.responses + breached.responses == 0:
    st.info(i18n.t("feedback.sla_none", lang, month=month_label), icon=":material/info:")
else:
    gap = None if met.value is None or breached.value is None else breached.value - met.value
    tiles = st.columns(2)
    tiles[0].metric(i18n.t("feedback.sla_met", lang), i18n.percent(met.value, lang, 1), border=True,
                    help=REGISTRY["csat"].definition[lang])
    tiles[0].caption(i18n.t("feedback.sla_responses", lang, n=i18n.number(met.responses, lang)))
    tiles[1].metric(i18n.t("feedback.sla_breached", lang), i18n.percent(breached.value, lang, 1), border=True,
                    delta=gap and i18n.t("feedback.pp", lang, value=i18n.signed(gap, lang, 1)),
                    delta_description=i18n.t("feedback.sla_vs", lang) if gap is not None else None,
                    help=REGISTRY["csat"].definition[lang])
    tiles[1].caption(i18n.t("feedback.sla_responses", lang, n=i18n.number(breached.responses, lang)))
    st.caption(i18n.t("feedback.sla_caption", lang, month=month_label))

st.subheader(i18n.t("feedback.distribution", lang))
if view.scores.empty:
    st.info(i18n.t("feedback.no_scores", lang, month=month_label), icon=":material/info:")
else:
    for column, kind in zip(st.columns(2), ("csat", "nps"), strict=True):
        rows = view.scores[view.scores["kind"] == kind]
        title = i18n.t(f"feedback.{kind}_scores", lang, month=month_label)
        if not rows.empty:
            column.plotly_chart(charts.score_distribution(rows, title, lang), key=f"scores_{kind}", theme=None)

st.subheader(i18n.t("feedback.comments", lang))
search = st.text_input(i18n.t("feedback.search", lang), key="feedback_search", type="search",
                       placeholder=i18n.t("feedback.search_placeholder", lang),
                       help=i18n.t("feedback.search_help", lang))
found = comments(str(db), version, month, customers, search or "", lang, scope)
count = i18n.number(len(found), lang)
st.caption(i18n.t("feedback.comment_found", lang, n=count, month=month_label, q=search.strip()) if search.strip()
           else i18n.t("feedback.comment_count", lang, n=count, month=month_label))
if not found.empty:
    st.dataframe(found, hide_index=True, width="stretch", column_config={
        "submitted_at": st.column_config.DatetimeColumn(
            i18n.t("feedback.col.submitted", lang), format="DD-MM-YYYY HH:mm" if lang == "nl" else "YYYY-MM-DD HH:mm"),
        "customer": st.column_config.TextColumn(i18n.t("feedback.col.customer", lang)),
        "kind": st.column_config.TextColumn(i18n.t("feedback.col.kind", lang)),
        "score": st.column_config.TextColumn(i18n.t("feedback.col.score", lang)),
        "comment": st.column_config.TextColumn(i18n.t("feedback.col.comment", lang), width="large"),
    })

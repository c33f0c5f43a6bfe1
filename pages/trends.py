"""KPI trends: the chosen KPIs per week or month over a range of months, split by customer, service or priority,
each against its target; the hover shows the count and the sample size behind every point."""

import streamlit as st

from sla import i18n, store
from sla.metrics import periods, summary, trends
from sla.metrics.kpis import REGISTRY
from sla.outputs import charts

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page

SPLITS = ("none", "customer", "service", "priority")


@st.cache_data(show_spinner=False)
def month_span(db: str, version: str) -> tuple[str, str] | None:
    """The first and the last month that hold data."""
    return summary.month_span(db)


@st.cache_data(show_spinner=False, ttl=600)
def kpi_series(db: str, version: str, first: str, last: str, grain: str, split: str, keys: tuple[str, ...],
               customers: tuple[str, ...], services: tuple[str, ...], priorities: tuple[str, ...]) -> dict:
    """Series per KPI; `version` changes with every import, undo, exclusion or configuration change."""
    return summary.kpi_series(db, first, last, grain, split, keys, customers, services, priorities)


lang, month = st.session_state.get("lang", "en"), st.session_state["month"]
filters = {f: tuple(st.session_state.get(f) or ()) for f in ("customer", "service", "priority")}
db = store.default_path()
version = store.data_version(db)
data_span = month_span(str(db), version)

st.title(i18n.t("trends.title", lang))
if data_span is None:
    st.info(i18n.t("empty.no_data", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

left, middle, right = st.columns([3, 1, 2])
chosen = left.multiselect(i18n.t("trends.kpis", lang), summary.TREND_KPIS, default=summary.TREND_KPIS,
                          format_func=lambda k: REGISTRY[k].label[lang], key="trend_kpis", bind="query-params")
grain = middle.segmented_control(i18n.t("trends.grain", lang), trends.GRAINS[::-1], default="month", required=True,
                                 format_func=lambda g: i18n.t(f"trends.grain.{g}", lang), key="trend_grain",
                                 bind="query-params")
split = right.segmented_control(i18n.t("trends.split", lang), SPLITS, default="none", required=True,
                                format_func=lambda s: i18n.t(f"trends.split.{s}", lang), key="trend_split",
                                bind="query-params")
span = periods.months(min(data_span[0], month), max(data_span[1], month))
last = month if month in span else span[-1]
if len(span) > 1:
    default = (max(span[0], periods.month_add(last, -11)), last)
    first, last = st.select_slider(i18n.t("trends.range", lang), span, value=default,
                                   format_func=lambda m: i18n.month(m, lang), key=f"trend_range_{month}")
else:
    first = last
if not chosen:
    st.info(i18n.t("trends.pick", lang), icon=":material/info:")
    st.stop()

split_by = "" if split == "none" else split
series = kpi_series(str(db), version, first, last, grain, split_by, tuple(chosen), *filters.values())
for key in chosen:
    label, applies = REGISTRY[key].label[lang], summary.APPLIES[key]
    st.subheader(label, help=REGISTRY[key].definition[lang])
    if split_by and split_by not in applies:
        st.caption(i18n.t("trends.not_split", lang, kpi=label, split=i18n.t(f"trends.split.{split}", lang).lower()))
    unused = [i18n.t(f"trends.split.{f}", lang).lower() for f in ("service", "priority")
              if filters[f] and f not in applies]
    if unused:
        st.caption(i18n.t("trends.not_filtered", lang, kpi=label, filters=", ".join(unused)))
    if series[key].empty:
        st.info(i18n.t("trends.no_rows", lang, kpi=label), icon=":material/info:")
        continue
    figure = charts.kpi_trend(series[key], key, grain, "", lang, split=split_by in applies)
    st.plotly_chart(figure, theme=None, width="stretch", key=f"trend_chart_{key}")

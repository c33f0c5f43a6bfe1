"""KPI trends: the chosen KPIs per week or month over a range of months, split by customer, service, priority,
team, agent or channel, each against its target; the hover shows the count and the sample size behind every point,
and a click on a point leads to the tickets or incidents behind it."""

from datetime import date, timedelta

import streamlit as st

from pages.ui.widgets import from_url, to_url
from sla import i18n, store
from sla.metrics import periods, summary, trends
from sla.metrics.kpis import REGISTRY
from sla.outputs import charts, links
from sla.store.scope import Scope

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page

SPLITS = ("none", *summary.SPLITS)
TICKET_FILTERS = {"customer": "customer", "service": "service", "priority": "priority", "team": "breach_team",
                  "agent": "breach_agent", "channel": "breach_channel"}  # a split value as the Breaches page filter


@st.cache_data(show_spinner=False)
def month_span(db: str, version: str) -> tuple[str, str] | None:
    """The first and the last month that hold data."""
    return summary.month_span(db)


@st.cache_data(show_spinner=False)
def kpi_series(db: str, version: str, first: str, last: str, grain: str, split: str, keys: tuple[str, ...],
               customers: tuple[str, ...], services: tuple[str, ...], priorities: tuple[str, ...],
               scope: Scope) -> dict:
    """Series per KPI; `version` changes with every import, undo, exclusion or configuration change."""
    return summary.kpi_series(db, first, last, grain, split, keys, customers, services, priorities, scope=scope)


@st.cache_data(show_spinner=False, max_entries=200)
def trend_figure(db: str, version: str, first: str, last: str, grain: str, split: str, keys: tuple[str, ...],
                 customers: tuple[str, ...], services: tuple[str, ...], priorities: tuple[str, ...], scope: Scope,
                 key: str, lang: str) -> dict:
    """One KPI's chart, kept: drawing it costs more than reading its series (cached too). As a dict, so that every
    run sends the very same spec (an unpickled Figure orders its layout otherwise, which resets a selection)."""
    series = kpi_series(db, version, first, last, grain, split, keys, customers, services, priorities, scope)[key]
    return charts.kpi_trend(series, key, grain, "", lang, split=split in summary.APPLIES[key],
                            split_kind=split if split in ("priority", "status") else None).to_dict()


def behind(key: str, point: dict) -> str:
    """A link to the tickets (Breaches) or incidents (Availability) behind a point of a KPI's chart."""
    first_day = date.fromisoformat(point["customdata"][2])
    last_day = (first_day + timedelta(days=6)) if grain == "week" else \
        (first_day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    value, shown = point["customdata"][3], i18n.day(first_day, lang) if grain == "week" else i18n.month(first_day,
                                                                                                          lang)
    base = {"lang": lang, **{f: list(v) for f, v in filters.items()}, "month": first_day.isoformat()[:7]}
    if key in ("first_response", "resolution"):
        narrowed = {TICKET_FILTERS[split]: [value]} if split_by and value is not None else {}
        url = links.view("breaches", **{**base, **narrowed}, breach_metrics=key, breach_from=first_day.isoformat(),
                         breach_to=last_day.isoformat())
        text = i18n.t("trends.open.breaches", lang, kpi=REGISTRY[key].label[lang], when=shown)
    elif key == "availability":
        narrowed = {split: [value]} if split_by in ("customer", "service") and value is not None else {}
        url = links.view("availability", **{**base, **narrowed})
        text = i18n.t("trends.open.availability", lang, when=i18n.month(first_day, lang))
    else:
        narrowed = {"customer": [value]} if split_by == "customer" and value is not None else {}
        url = links.view("feedback", **{**base, **narrowed})
        text = i18n.t("trends.open.feedback", lang, when=i18n.month(first_day, lang))
    return links.anchor(url, text + (f" ({value})" if value is not None else "") + " →")


lang, month = st.session_state.get("lang", "en"), st.session_state["month"]
filters = {f: tuple(st.session_state.get(f) or ()) for f in ("customer", "service", "priority")}
scope = st.session_state["user_scope"]
db = store.default_path()
version = store.data_version(db)
data_span = month_span(str(db), version)

st.title(i18n.t("trends.title", lang))
if data_span is None:
    st.info(i18n.t("empty.no_data", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

for key, options, many in (("trend_kpis", summary.TREND_KPIS, True), ("trend_grain", trends.GRAINS, False),
                           ("trend_split", SPLITS, False)):
    from_url(key, options, many)
left, middle, right = st.columns([3, 1, 2])
chosen = left.multiselect(i18n.t("trends.kpis", lang), summary.TREND_KPIS, key="trend_kpis", on_change=to_url,
                          args=("trend_kpis",), format_func=lambda k: REGISTRY[k].label[lang],
                          default=None if "trend_kpis" in st.session_state else summary.TREND_KPIS)
grain = middle.segmented_control(i18n.t("trends.grain", lang), trends.GRAINS[::-1], required=True, key="trend_grain",
                                 default=None if "trend_grain" in st.session_state else "month",
                                 format_func=lambda g: i18n.t(f"trends.grain.{g}", lang), on_change=to_url,
                                 args=("trend_grain",))
split = right.selectbox(i18n.t("trends.split", lang), SPLITS, key="trend_split", on_change=to_url,
                        args=("trend_split",), format_func=lambda s: i18n.t(f"trends.split.{s}", lang),
                        help=i18n.t("trends.split.help", lang)) or "none"  # cleared: no split
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
series = kpi_series(str(db), version, first, last, grain, split_by, tuple(chosen), *filters.values(), scope)
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
    figure = trend_figure(str(db), version, first, last, grain, split_by, tuple(chosen), *filters.values(), scope,
                          key, lang)
    event = st.plotly_chart(figure, theme=None, width="stretch", key=f"trend_chart_{key}", on_select="rerun",
                            selection_mode="points")
    points = (event or {}).get("selection", {}).get("points") or []
    if points and points[0].get("customdata"):
        st.markdown(behind(key, points[0]), unsafe_allow_html=True)

"""Availability per service: uptime by month against target, error budget and burn rate, data coverage,
downtime incidents with maintenance windows shaded, and response time percentiles."""

import pandas as pd
import streamlit as st

from sla import i18n, store
from sla.metrics import availability, overview, periods
from sla.metrics.kpis import REGISTRY
from sla.outputs import charts

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page


@st.cache_data(show_spinner=False)
def monthly(db: str, version: str, first: str, last: str) -> pd.DataFrame:
    """Availability rows per month, customer and service; `version` changes with every import or config change."""
    return availability.monthly(db, first, last)


@st.cache_data(show_spinner=False)
def by_service(db: str, version: str, first: str, last: str, customers: tuple[str, ...],
               services: tuple[str, ...]) -> pd.DataFrame:
    """One row per month, service and target over the customers and services chosen."""
    return availability.by_service(monthly(db, version, first, last), customers, services)


@st.cache_data(show_spinner=False)
def incidents(db: str, version: str, month: str, service: str) -> pd.DataFrame:
    """The service's down periods in the month."""
    return availability.incidents(db, month, (service,))


@st.cache_data(show_spinner=False)
def maintenance(db: str, version: str, month: str, service: str) -> pd.DataFrame:
    """The service's maintenance windows in the month."""
    return availability.maintenance(db, month, (service,))


@st.cache_data(show_spinner=False)
def response_times(db: str, version: str, first: str, last: str, service: str) -> pd.DataFrame:
    """The service's response time percentiles per month."""
    return availability.response_times(db, first, last, (service,))


@st.cache_data(show_spinner=False)
def monitored(db: str, version: str) -> int:
    """Checks and outage log entries stored."""
    rows = overview.data_overview(db).set_index("kind")["rows_stored"]
    return int(rows.get("checks", 0) + rows.get("outages", 0))


def change(now: float, before: pd.Series | None, column: str) -> float | None:
    """The change against the previous month; None when either is missing or nothing changed."""
    if before is None or pd.isna(now) or pd.isna(before[column]) or now == before[column]:
        return None
    return now - before[column]


def signed(value: float, decimals: int) -> str:
    """A change with its sign: '+0.12' / '-0,12'."""
    return ("+" if value > 0 else "") + i18n.number(value, lang, decimals)


db = store.default_path()
version = store.data_version(db)
lang, month = st.session_state["lang"], st.session_state["month"]
customers, services = tuple(st.session_state["customer"]), tuple(st.session_state["service"])
month_label = i18n.month(month, lang)

st.title(i18n.t("nav.availability", lang))
if monitored(str(db), version) == 0:
    st.info(i18n.t("availability.empty", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

first = periods.month_add(month, 1 - availability.MONTHS)
rows = by_service(str(db), version, first, month, customers, services)
now = rows[rows["month"] == pd.Timestamp(month + "-01")]
st.caption(i18n.t("availability.caption", lang, month=month_label))
if now.empty:
    st.info(i18n.t("availability.none", lang, month=month_label), icon=":material/info:")
    st.stop()

st.subheader(i18n.t("availability.services", lang, month=month_label))
labels = {c: i18n.t(f"availability.col.{c}", lang) for c in ("service", "target", "customers", "availability",
                                                                "verdict", "downtime", "maintenance", "coverage",
                                                                "budget", "budget_left", "burn", "month")}
columns = {"month": labels["month"], "service": labels["service"], "target_pct": labels["target"],
           "customers": labels["customers"], "availability_pct": labels["availability"],
           "verdict": labels["verdict"], "downtime": labels["downtime"], "maintenance": labels["maintenance"],
           "coverage_pct": labels["coverage"], "budget": labels["budget"], "budget_left": labels["budget_left"],
           "burn_rate": st.column_config.TextColumn(labels["burn"], help=i18n.t("availability.burn_help", lang))}
st.dataframe(availability.display(now, lang).drop(columns="month"), hide_index=True, width="stretch",
             column_config=columns, key="availability_services")

choices = {(r.service, None if pd.isna(r.target_pct) else r.target_pct): r for r in now.itertuples()}
below = [key for key, r in choices.items() if not pd.isna(r.ok) and not r.ok]
choice = st.selectbox(
    i18n.t("availability.service", lang), list(choices), key=f"availability_service_{month}",
    index=list(choices).index(below[0]) if below else 0, help=i18n.t("availability.service.help", lang),
    format_func=lambda k: i18n.t("availability.service.label", lang, service=k[0], n=choices[k].customers,
                                 target=i18n.percent(k[1], lang)))
service, target = choice
months = availability.series(rows, service, target)
current = choices[choice]
before = months[months["month"] == pd.Timestamp(periods.month_add(month, -1) + "-01")]
previous = before.iloc[0] if len(before) else None
vs = {"delta_description": i18n.t("availability.vs", lang, month=i18n.month(periods.month_add(month, -1), lang))
      } if previous is not None else {}

availability_change = change(current.availability_pct, previous, "availability_pct")
downtime_change = change(current.downtime_minutes, previous, "downtime_minutes")
with st.container(horizontal=True):
    st.metric(REGISTRY["availability"].label[lang], i18n.percent(current.availability_pct, lang), border=True,
              width="content", help=REGISTRY["availability"].definition[lang],
              delta=availability_change and i18n.t("availability.pp", lang, value=signed(availability_change, 2)),
              **vs)
    st.metric(labels["downtime"], i18n.duration(current.downtime_minutes, lang), border=True, width="content",
              delta=downtime_change and signed(downtime_change, 0) + " min", delta_color="inverse",
              help=i18n.t("availability.downtime_help", lang), **vs)
    st.metric(labels["budget_left"], i18n.duration(current.budget_left_minutes, lang), border=True,
              width="content", help=i18n.t("availability.budget_help", lang))
    st.metric(labels["burn"], availability.burn(current.burn_rate, lang), border=True, width="content",
              help=i18n.t("availability.burn_help", lang))
    st.metric(labels["coverage"], i18n.percent(current.coverage_pct, lang), border=True, width="content",
              help=i18n.t("availability.coverage_help", lang))

st.plotly_chart(charts.uptime_by_month(months, target, lang), key="availability_uptime")
with st.expander(i18n.t("availability.months", lang)):
    st.dataframe(availability.display(months, lang).drop(columns=["service", "target_pct", "customers"]),
                 hide_index=True, width="stretch", column_config=columns, key="availability_months")

st.subheader(i18n.t("availability.incidents", lang, month=month_label))
down, windows = incidents(str(db), version, month, service), maintenance(str(db), version, month, service)
if not (down.empty and windows.empty):
    start = pd.Timestamp(month + "-01")
    st.plotly_chart(charts.downtime_timeline(down, windows, start, start + pd.offsets.MonthBegin(1), lang),
                    key="availability_timeline")
if down.empty:
    st.caption(i18n.t("availability.incidents.none", lang, month=month_label))
else:
    stamp = "DD-MM-YYYY HH:mm" if lang == "nl" else "YYYY-MM-DD HH:mm"
    st.dataframe(
        down.assign(origin=[i18n.t(f"availability.origin.{o}", lang) for o in down["origin"]],
                    reason=[r if isinstance(r, str) else i18n.t("availability.failed_checks", lang, n=n)
                            for r, n in zip(down["reason"], down["failed_checks"], strict=True)]),
        hide_index=True, width="stretch", placeholder="–", key="availability_incidents",
        column_order=("started_at", "ended_at", "minutes", "origin", "reason", "during_maintenance"),
        column_config={
            "started_at": st.column_config.DatetimeColumn(i18n.t("availability.col.start", lang), format=stamp),
            "ended_at": st.column_config.DatetimeColumn(i18n.t("availability.col.end", lang), format=stamp),
            "minutes": st.column_config.NumberColumn(i18n.t("availability.col.minutes", lang), format="%d"),
            "origin": st.column_config.TextColumn(i18n.t("availability.col.origin", lang)),
            "reason": st.column_config.TextColumn(i18n.t("availability.col.reason", lang)),
            "during_maintenance": st.column_config.CheckboxColumn(
                i18n.t("availability.col.during_maintenance", lang)),
        },
    )
    st.caption(i18n.t("availability.incidents.caption", lang))

response = response_times(str(db), version, first, month, service)
if response.empty:
    st.caption(i18n.t("availability.response.none", lang))
else:
    st.plotly_chart(charts.response_percentiles(response, lang), key="availability_response")

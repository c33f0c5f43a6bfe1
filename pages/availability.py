"""Availability per service: uptime by month against target, a status strip of the last 90 days (and a public
status page to download), the error budget through the month with its burn rate, data coverage, downtime incidents
with maintenance windows shaded, and response time percentiles."""

from datetime import date, datetime

import pandas as pd
import streamlit as st

from pages.ui.widgets import from_url, picked, to_url
from sla import i18n, store
from sla.contract import config
from sla.metrics import availability, overview, periods, status
from sla.metrics.kpis import REGISTRY
from sla.outputs import charts, links, status_page
from sla.store import settings
from sla.store.scope import Scope

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page


@st.cache_data(show_spinner=False)
def monthly(db: str, version: str, first: str, last: str, scope: Scope) -> pd.DataFrame:
    """Availability rows per month, customer and service; `version` changes with every import or config change."""
    return availability.monthly(db, first, last, scope=scope)


@st.cache_data(show_spinner=False)
def by_service(db: str, version: str, first: str, last: str, customers: tuple[str, ...],
               services: tuple[str, ...], scope: Scope) -> pd.DataFrame:
    """One row per month and service over the customers and services chosen."""
    return availability.by_service(monthly(db, version, first, last, scope), customers, services)


@st.cache_data(show_spinner=False)
def incidents(db: str, version: str, month: str, service: str, scope: Scope) -> pd.DataFrame:
    """The service's down periods in the month."""
    return availability.incidents(db, month, (service,), scope=scope)


@st.cache_data(show_spinner=False)
def maintenance(db: str, version: str, month: str, service: str, scope: Scope) -> pd.DataFrame:
    """The service's maintenance windows in the month."""
    return availability.maintenance(db, month, (service,), scope)


@st.cache_data(show_spinner=False)
def response_times(db: str, version: str, first: str, last: str, service: str, scope: Scope) -> pd.DataFrame:
    """The service's response time percentiles per month."""
    return availability.response_times(db, first, last, (service,), scope)


@st.cache_data(show_spinner=False)
def strip(db: str, version: str, last_day: date, services: tuple[str, ...], scope: Scope) -> pd.DataFrame:
    """The status strip of the services: 90 days around the clock up to last_day."""
    return status.days(db, last_day, services=services, scope=scope)


@st.cache_data(show_spinner=False)
def budget(db: str, version: str, month: str, service: str, customers: tuple[str, ...], scope: Scope
           ) -> pd.DataFrame:
    """The service's error budget through the month, hour by hour."""
    return availability.budget_burn(db, month, service, customers, scope=scope)


# The figures are kept too (drawing them costs more than reading their data), as dicts: every run then sends the
# very same spec (an unpickled Figure orders its layout otherwise, which resets a chart's selection).
@st.cache_data(show_spinner=False, max_entries=100)
def strip_figure(db: str, version: str, last_day: date, services: tuple[str, ...], scope: Scope,
                 lang: str) -> dict | None:
    days = strip(db, version, last_day, services, scope)
    return None if days.empty else charts.status_strip(days, lang).to_dict()


@st.cache_data(show_spinner=False, max_entries=100)
def uptime_figure(db: str, version: str, first: str, last: str, customers: tuple[str, ...],
                  services: tuple[str, ...], service: str, scope: Scope, lang: str) -> dict:
    rows = by_service(db, version, first, last, customers, services, scope)
    return charts.uptime_by_month(rows[rows["service"] == service], lang).to_dict()


@st.cache_data(show_spinner=False, max_entries=100)
def burn_figure(db: str, version: str, month: str, service: str, customers: tuple[str, ...], scope: Scope,
                lang: str) -> dict:
    start = pd.Timestamp(month + "-01")
    return charts.budget_burn(budget(db, version, month, service, customers, scope), start,
                              start + pd.offsets.MonthBegin(1), lang, availability.FAST_BURN,
                              availability.SLOW_BURN).to_dict()


@st.cache_data(show_spinner=False, max_entries=100)
def incidents_figure(db: str, version: str, month: str, service: str, scope: Scope, lang: str) -> dict:
    start = pd.Timestamp(month + "-01")
    return charts.downtime_timeline(incidents(db, version, month, service, scope),
                                    maintenance(db, version, month, service, scope),
                                    start, start + pd.offsets.MonthBegin(1), lang).to_dict()


@st.cache_data(show_spinner=False, max_entries=100)
def response_figure(db: str, version: str, first: str, last: str, service: str, scope: Scope, lang: str) -> dict:
    return charts.response_percentiles(response_times(db, version, first, last, service, scope), lang).to_dict()


@st.cache_data(show_spinner=False)
def monitored(db: str, version: str, scope: Scope) -> int:
    """Checks and outage log entries stored."""
    rows = overview.data_overview(db, scope).set_index("kind")["rows_stored"]
    return int(rows.get("checks", 0) + rows.get("outages", 0))


@st.cache_data(show_spinner=False)
def status_setup(db: str, version: str, scope: Scope) -> tuple[list[str], str, str]:
    """The customers of the configuration (of the scope), the company name (the status page's title) and the
    report time zone."""
    with store.connect(db, read_only=True) as con:
        clients = scope.visible(sorted(config.current(con)["customers"]["customer"].dropna()))
        return clients, settings.get(con, "company_name"), settings.get(con, "report_timezone")


def change(now: float, before: pd.Series | None, column: str) -> float | None:
    """The change against the previous month; None when either is missing or nothing changed."""
    if before is None or pd.isna(now) or pd.isna(before[column]) or now == before[column]:
        return None
    return now - before[column]


def clicked_row(event: object) -> int | None:
    """The row a click on a table chose, once: None when the selection is the one already acted on."""
    selection = (event or {}).get("selection", {})
    rows = selection.get("rows") or [cell[0] for cell in selection.get("cells") or []]
    if rows == st.session_state.get("availability_services_seen"):
        return None
    st.session_state["availability_services_seen"] = rows
    return rows[0] if rows else None


def link(text: str, month_shown: str, service_shown: str) -> None:
    """A link to this page for another month and service (the filters in its address)."""
    url = links.view("availability", lang=lang, month=month_shown, customer=list(customers),
                     service=list(services), availability_service=service_shown)
    st.markdown(links.anchor(url, text), unsafe_allow_html=True)


@st.cache_data(show_spinner=False, max_entries=20)
def status_page_html(db: str, version: str, last_day: date, client: str | None, scope: Scope, lang: str,
                     generated: datetime) -> tuple[str, list[str]]:
    """The static status page of one client (None: everyone), as of a minute, and the services it shows."""
    first_day, _ = status.window(last_day)
    company = status_setup(db, version, scope)[1]
    days = status.days(db, last_day, customer=client, scope=scope)
    html = status_page.render(days, first_day, last_day, lang, generated, client=client, company=company)
    return html, sorted(days["service"].unique())


def status_page_export(last_day: date) -> None:
    """Choose everyone or one client and download the status page. The file is made before the click, not on it: a
    file made on click is lost when a rerun lands between the two (Streamlit: "Deferred file ... not found"); made
    per minute, the same page keeps the same address across reruns."""
    clients, _, tz = status_setup(str(db), version, scope)
    with st.container(border=True):
        st.markdown(f"**{i18n.t('availability.status_page', lang)}**",
                    help=i18n.t("availability.status_page.help", lang))
        left, right = st.columns([2, 3], vertical_alignment="bottom")
        client = left.selectbox(i18n.t("availability.status_page.for", lang),
                                [None, *clients] if scope.everything else clients,
                                key="status_page_client",
                                format_func=lambda c: c or i18n.t("availability.status_page.everyone", lang))
        generated = pd.Timestamp.now(tz=tz).tz_localize(None).floor("min").to_pydatetime()
        page, shown = status_page_html(str(db), version, last_day, client, scope, lang, generated)
        st.caption(i18n.t("availability.status_page.covers", lang, services=", ".join(shown)) if shown
                   else i18n.t("availability.status_page.covers_none", lang))
        stem = "".join(ch if ch.isalnum() else "-" for ch in (client or "all")).strip("-").lower()
        right.download_button(i18n.t("availability.status_page.download", lang), data=page, mime="text/html",
                              file_name=i18n.t("availability.status_page.file", lang, scope=stem,
                                               last=last_day.isoformat()),
                              on_click="ignore", icon=":material/download:", key="status_page_download")


db = store.default_path()
version = store.data_version(db)
lang, month = st.session_state["lang"], st.session_state["month"]
customers, services = tuple(st.session_state["customer"]), tuple(st.session_state["service"])
scope = st.session_state["user_scope"]
month_label = i18n.month(month, lang)

st.title(i18n.t("nav.availability", lang))
if monitored(str(db), version, scope) == 0:
    st.info(i18n.t("availability.empty", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

first = periods.month_add(month, 1 - availability.MONTHS)
rows = by_service(str(db), version, first, month, customers, services, scope)
now = rows[rows["month"] == pd.Timestamp(month + "-01")].reset_index(drop=True)
st.caption(i18n.t("availability.caption", lang, month=month_label))
if now.empty:
    st.info(i18n.t("availability.none", lang, month=month_label), icon=":material/info:")
    st.stop()

st.subheader(i18n.t("availability.services", lang, month=month_label),
             help=i18n.t("availability.table.help", lang))
labels = {c: i18n.t(f"availability.col.{c}", lang) for c in ("service", "target", "customers", "availability",
                                                                "verdict", "downtime", "maintenance", "coverage",
                                                                "budget", "budget_left", "burn", "month")}
columns = {"month": labels["month"], "service": labels["service"], "target_pct": labels["target"],
           "customers": labels["customers"], "availability_pct": labels["availability"],
           "verdict": labels["verdict"], "downtime": labels["downtime"], "maintenance": labels["maintenance"],
           "coverage_pct": labels["coverage"], "budget": labels["budget"], "budget_left": labels["budget_left"],
           "burn_rate": st.column_config.TextColumn(labels["burn"], help=i18n.t("availability.burn_help", lang))}
names = now["service"].tolist()
row = clicked_row(st.dataframe(
    availability.display(now, lang), hide_index=True, width="stretch", column_config=columns,
    column_order=("service", "target_pct", "availability_pct", "verdict", "downtime", "budget_left", "burn_rate",
                  "coverage_pct"),
    key="availability_services", on_select="rerun", selection_mode=["single-row", "single-cell"]))
if row is not None and row < len(names):
    st.session_state["availability_service"] = names[row]  # before the box below is drawn: it shows this one
    to_url("availability_service")

below = now.loc[now["ok"].eq(False), "service"].tolist()
first_choice = below[0] if below else names[0]  # the first service below target, else the first
from_url("availability_service", names)
if st.session_state.get("availability_service") not in names:
    st.session_state.pop("availability_service", None)
service = st.selectbox(
    i18n.t("availability.service", lang), names, key="availability_service", on_change=to_url,
    args=("availability_service",), help=i18n.t("availability.service.help", lang),
    index=None if "availability_service" in st.session_state else names.index(first_choice),
    format_func=lambda s: i18n.t("availability.service.label", lang, service=s,
                                 n=int(now.loc[names.index(s), "customers"]),
                                 target=availability.target_range(now.loc[names.index(s), "target_min"],
                                                                  now.loc[names.index(s), "target_max"], lang)),
) or first_choice  # cleared
months = rows[rows["service"] == service]
current = now.loc[names.index(service)]
before = months[months["month"] == pd.Timestamp(periods.month_add(month, -1) + "-01")]
previous = before.iloc[0] if len(before) else None
vs = {"delta_description": i18n.t("availability.vs", lang, month=i18n.month(periods.month_add(month, -1), lang))
      } if previous is not None else {}

availability_change = change(current.availability_pct, previous, "availability_pct")
downtime_change = change(current.downtime_minutes, previous, "downtime_minutes")
downtime_delta = downtime_change and ("+" if downtime_change > 0 else "-") + i18n.duration(abs(downtime_change), lang)
with st.container(horizontal=True):
    st.metric(REGISTRY["availability"].label[lang], i18n.percent(current.availability_pct, lang), border=True,
              width="content", help=REGISTRY["availability"].definition[lang], **vs,
              delta=availability_change and i18n.t("availability.pp", lang,
                                                   value=i18n.signed(availability_change, lang, 2)))
    st.metric(labels["downtime"], i18n.duration(current.downtime_minutes, lang), border=True, width="content",
              delta=downtime_delta, delta_color="inverse", help=i18n.t("availability.downtime_help", lang), **vs)
    st.metric(labels["budget_left"], i18n.duration(current.budget_left_minutes, lang), border=True,
              width="content", help=i18n.t("availability.budget_help", lang))
    st.metric(labels["burn"], availability.burn(current.burn_rate, lang), border=True, width="content",
              help=i18n.t("availability.burn_help", lang))
    st.metric(labels["coverage"], i18n.percent(current.coverage_pct, lang), border=True, width="content",
              help=i18n.t("availability.coverage_help", lang))

last_day = status.strip_end(month, date.today())
first_day, _ = status.window(last_day)
st.subheader(i18n.t("availability.strip", lang, first=i18n.day(first_day, lang), last=i18n.day(last_day, lang)))
drawn = strip_figure(str(db), version, last_day, tuple(names), scope, lang)
if drawn:
    chosen = picked(st.plotly_chart(drawn, key="availability_strip", on_select="rerun", selection_mode="points",
                                    config={"displayModeBar": False}))
    st.caption(i18n.t("availability.strip.caption", lang))
    if chosen:
        day, day_service = chosen["customdata"]
        link(i18n.t("availability.strip.day", lang, service=day_service, month=i18n.month(day, lang),
                    day=i18n.day(date.fromisoformat(day), lang)), day[:7], day_service)
status_page_export(last_day)

def uptime_section() -> None:
    chosen = picked(st.plotly_chart(uptime_figure(str(db), version, first, month, customers, services, service,
                                                  scope, lang), key="availability_uptime", on_select="rerun",
                                    selection_mode="points"))
    if chosen and chosen.get("customdata"):
        link(i18n.t("availability.month.open", lang, service=service, month=i18n.month(chosen["customdata"], lang)),
             chosen["customdata"], service)
    with st.expander(i18n.t("availability.months", lang)):
        st.dataframe(availability.display(months, lang).drop(columns=["service", "target_pct", "customers"]),
                     hide_index=True, width="stretch", column_config=columns, key="availability_months")


def burn_section() -> None:
    burned = budget(str(db), version, month, service, customers, scope)
    if burned.empty:
        st.caption(i18n.t("availability.burn.none", lang, service=service))
        return
    st.plotly_chart(burn_figure(str(db), version, month, service, customers, scope, lang), key="availability_burn")
    unit = burned.iloc[0]
    in_progress = month >= date.today().isoformat()[:7]
    st.caption(i18n.t("availability.burn.caption", lang, target=i18n.percent(unit.target_pct, lang),
                      calendar=unit.calendar, n=int(unit.customers), budget=i18n.duration(unit.budget_s / 60, lang))
               + (i18n.t("availability.burn.ahead", lang) if in_progress else ""))


def incidents_section() -> None:
    down, windows = incidents(str(db), version, month, service, scope), maintenance(str(db), version, month, service,
                                                                                    scope)
    if not (down.empty and windows.empty):
        st.plotly_chart(incidents_figure(str(db), version, month, service, scope, lang), key="availability_timeline")
    if down.empty:
        st.caption(i18n.t("availability.incidents.none", lang, month=month_label))
        return
    stamp = "DD-MM-YYYY HH:mm" if lang == "nl" else "YYYY-MM-DD HH:mm"
    st.dataframe(
        down.assign(origin=[i18n.t(f"availability.origin.{o}", lang) for o in down["origin"]],
                    lasted=[i18n.duration(m, lang) for m in down["minutes"]],
                    reason=[r if isinstance(r, str) else i18n.t("availability.failed_checks", lang, n=n)
                            for r, n in zip(down["reason"], down["failed_checks"], strict=True)]),
        hide_index=True, width="stretch", placeholder="–", key="availability_incidents",
        column_order=("started_at", "ended_at", "lasted", "origin", "reason", "during_maintenance"),
        column_config={
            "started_at": st.column_config.DatetimeColumn(i18n.t("availability.col.start", lang), format=stamp),
            "ended_at": st.column_config.DatetimeColumn(i18n.t("availability.col.end", lang), format=stamp),
            "lasted": st.column_config.TextColumn(i18n.t("availability.col.minutes", lang)),
            "origin": st.column_config.TextColumn(i18n.t("availability.col.origin", lang)),
            "reason": st.column_config.TextColumn(i18n.t("availability.col.reason", lang)),
            "during_maintenance": st.column_config.CheckboxColumn(
                i18n.t("availability.col.during_maintenance", lang)),
        },
    )
    st.caption(i18n.t("availability.incidents.caption", lang))


def response_section() -> None:
    if response_times(str(db), version, first, month, service, scope).empty:
        st.caption(i18n.t("availability.response.none", lang))
    else:
        st.plotly_chart(response_figure(str(db), version, first, month, service, scope, lang),
                        key="availability_response")


# Below the strip, one section at a time: only the open tab is computed and drawn (the page with every chart
# took seconds to draw in the browser).
SECTIONS = {"uptime": uptime_section, "burn": burn_section, "incidents": incidents_section,
            "response": response_section}
tabs = st.tabs([i18n.t(f"availability.section.{k}", lang, month=month_label) for k in SECTIONS],
               key="availability_section", on_change="rerun")
for draw, tab in zip(SECTIONS.values(), tabs, strict=True):
    if tab.open:
        with tab:
            draw()

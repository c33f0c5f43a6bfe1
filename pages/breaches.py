"""Breaches: the breach history of a month or a range of months with its timeline; a breach's clock and policy;
excluding a breach from the KPIs (or counting it again) with a reason, and the audit trail of those changes."""

import pandas as pd
import streamlit as st

from sla import i18n, store
from sla.metrics import exclusions, overview, periods
from sla.metrics.kpis import REGISTRY
from sla.outputs import charts

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page


@st.cache_data(show_spinner=False)
def history(db: str, version: str, first: str, last: str, customers: tuple[str, ...], services: tuple[str, ...],
            priorities: tuple[str, ...], metrics: tuple[str, ...]) -> pd.DataFrame:
    """The breaches decided in the months; `version` changes with every import, undo, exclusion or config change."""
    return exclusions.history(db, first, last, customers, services, priorities, metrics)


@st.cache_data(show_spinner=False)
def audit_trail(db: str, version: str) -> pd.DataFrame:
    """Every exclusion and undo, newest first."""
    return exclusions.audit_trail(db)


@st.cache_data(show_spinner=False)
def stored(db: str, version: str) -> tuple[int, list[str]]:
    """Tickets stored and the months that hold data (oldest first)."""
    rows = overview.data_overview(db).set_index("kind")["rows_stored"]
    return int(rows.get("tickets", 0)), overview.filter_options(db)["month"]


def act(action: str, breach: pd.Series, note: str, category: str = "", client_text: str = "") -> None:
    """Exclude or include the breach; say what happened (after the rerun) or why it could not be done."""
    metric = i18n.t(f"breaches.metric.{breach.metric}", lang)
    try:
        if action == "exclude":
            exclusions.exclude(db, breach.source, breach.ticket_id, breach.metric, category,
                               st.session_state["breach_actor"], note=note, client_text=client_text)
        else:
            exclusions.include(db, breach.source, breach.ticket_id, breach.metric, st.session_state["breach_actor"],
                               note or None)
    except exclusions.ExclusionError as exc:
        st.error(i18n.t(f"breaches.error.{exc.key}", lang), icon=":material/error:")
        return
    st.session_state["breach_notice"] = i18n.t(f"breaches.{action}.done", lang, ticket=breach.ticket_id,
                                               metric=metric)
    st.rerun()


db = store.default_path()
version = store.data_version(db)
lang, month = st.session_state["lang"], st.session_state["month"]
filters = tuple(tuple(st.session_state[name]) for name in ("customer", "service", "priority"))
st.session_state.setdefault("breach_actor", exclusions.default_actor())  # outlives the widget, kept across pages

st.title(i18n.t("nav.breaches", lang))
tickets, data_months = stored(str(db), version)
if tickets == 0:
    st.info(i18n.t("breaches.no_tickets", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

mode = st.segmented_control(i18n.t("breaches.period", lang), ("month", "range"), key="breach_period",
                            format_func=lambda m: i18n.t(f"breaches.period.{m}", lang), default="month",
                            required=True)
controls = st.columns(2)
first = last = month
if mode == "range":
    options = data_months if month in data_months else sorted({*data_months, month})
    first, last = controls[1].select_slider(
        i18n.t("breaches.range", lang), options, key="breach_range", format_func=lambda m: i18n.month(m, lang),
        value=(options[max(options.index(month) - 2, 0)], month))
metrics = controls[0].multiselect(i18n.t("breaches.metrics", lang), exclusions.METRICS, key="breach_metrics",
                                  format_func=lambda m: i18n.t(f"breaches.metric.{m}", lang),
                                  placeholder=i18n.t("filter.all", lang))
period = i18n.month(first, lang) if first == last else f"{i18n.month(first, lang)} – {i18n.month(last, lang)}"
breaches = history(str(db), version, first, last, *filters, tuple(metrics))
st.caption(i18n.t("breaches.caption", lang, period=period))

if notice := st.session_state.pop("breach_notice", None):
    st.success(notice, icon=":material/check_circle:")

counted = breaches[~breaches["excluded"].astype(bool)]
previous = None
if first == last:
    before = history(str(db), version, periods.month_add(month, -1), periods.month_add(month, -1), *filters,
                     tuple(metrics))
    previous = len(counted) - int((~before["excluded"].astype(bool)).sum())
tiles = st.columns(4)
tiles[0].metric(REGISTRY["breaches"].label[lang], i18n.number(len(counted), lang), border=True,
                delta=None if previous is None else f"{previous:+d}", delta_color="inverse",
                delta_description=None if previous is None else i18n.t(
                    "breaches.vs", lang, month=i18n.month(periods.month_add(month, -1), lang)),
                help=REGISTRY["breaches"].definition[lang])
tiles[1].metric(i18n.t("breaches.tile.open", lang), i18n.number((counted["state"] == "open_past_due").sum(), lang),
                border=True, help=i18n.t("breaches.tile.open_help", lang))
tiles[2].metric(i18n.t("breaches.tile.excluded", lang), i18n.number(len(breaches) - len(counted), lang),
                border=True, help=i18n.t("breaches.tile.excluded_help", lang))
tiles[3].metric(i18n.t("breaches.tile.median_over", lang),
                i18n.duration(counted["minutes_over"].median() if len(counted) else None, lang), border=True,
                help=i18n.t("breaches.tile.median_over_help", lang))

if breaches.empty:
    st.info(i18n.t("breaches.none", lang, period=period), icon=":material/info:")
else:
    chart = st.segmented_control(i18n.t("breaches.chart", lang), ("day", "week", "scatter"), key="breach_chart",
                                 format_func=lambda c: i18n.t(f"breaches.chart.{c}", lang), default="day",
                                 required=True)
    figure = (charts.breach_scatter(breaches, lang) if chart == "scatter"
              else charts.breach_timeline(exclusions.counts(breaches, chart), chart, lang))
    st.plotly_chart(figure, key="breach_chart_figure")

    st.subheader(i18n.t("breaches.table", lang))
    stamp = "DD-MM-YYYY HH:mm" if lang == "nl" else "YYYY-MM-DD HH:mm"
    excluded_text = i18n.t("breaches.status.excluded", lang)
    shown = ["ticket_id", "customer", "service", "priority", "metric", "state", "created_at", "due_at", "stopped_at",
             "minutes_over"]
    table = breaches[shown].assign(
        metric=[i18n.t(f"breaches.metric.{m}", lang) for m in breaches["metric"]],
        state=[i18n.t(f"breaches.state.{s}", lang) for s in breaches["state"]],
        status=[f"{excluded_text}: {exclusions.internal_reason(r, n, lang)}" if x
                else i18n.t("breaches.status.counted", lang)
                for x, r, n in zip(breaches["excluded"], breaches["excluded_reason"], breaches["excluded_note"],
                                   strict=True)])
    selected = st.dataframe(
        table, key="breach_table", on_select="rerun", selection_mode="single-row", hide_index=True,
        width="stretch", placeholder="–",
        column_order=(*shown, "status"),
        column_config={
            "ticket_id": st.column_config.TextColumn(i18n.t("breaches.col.ticket", lang), width="small"),
            "customer": st.column_config.TextColumn(i18n.t("breaches.col.customer", lang)),
            "service": st.column_config.TextColumn(i18n.t("breaches.col.service", lang), width="small"),
            "priority": st.column_config.TextColumn(i18n.t("breaches.col.priority", lang), width="small"),
            "metric": st.column_config.TextColumn(i18n.t("breaches.col.metric", lang)),
            "state": st.column_config.TextColumn(i18n.t("breaches.col.state", lang),
                                                 help=i18n.t("breaches.col.state_help", lang)),
            "created_at": st.column_config.DatetimeColumn(i18n.t("breaches.col.created", lang), format=stamp),
            "due_at": st.column_config.DatetimeColumn(i18n.t("breaches.col.due", lang), format=stamp),
            "stopped_at": st.column_config.DatetimeColumn(i18n.t("breaches.col.stopped", lang), format=stamp),
            "minutes_over": st.column_config.NumberColumn(i18n.t("breaches.col.over", lang), format="%d",
                                                          width="small"),
            "status": st.column_config.TextColumn(i18n.t("breaches.col.status", lang)),
        },
    )
    rows = [r for r in selected.selection.rows if r < len(breaches)]
    if not rows:
        st.caption(i18n.t("breaches.select", lang))
    else:
        breach = breaches.iloc[rows[0]]
        metric_label = i18n.t(f"breaches.metric.{breach.metric}", lang)
        any_text = i18n.t("breaches.clock.any", lang)
        with st.container(border=True):
            st.subheader(i18n.t("breaches.clock", lang, ticket=breach.ticket_id, metric=metric_label))
            st.caption(i18n.t("breaches.clock.who", lang, customer=breach.customer, service=breach.service or "–",
                              priority=breach.priority or "–"))
            with st.container(horizontal=True):
                st.metric(i18n.t("breaches.clock.created", lang), i18n.moment(breach.created_at, lang),
                          width="content")
                st.metric(i18n.t("breaches.clock.due", lang), i18n.moment(breach.due_at, lang), width="content")
                st.metric(i18n.t("breaches.clock.stopped", lang), width="content",
                          value=i18n.t("breaches.clock.open", lang) if pd.isna(breach.stopped_at)
                          else i18n.moment(breach.stopped_at, lang))
                st.metric(i18n.t("breaches.clock.over", lang), i18n.duration(breach.minutes_over, lang),
                          width="content", help=i18n.t("breaches.clock.over_help", lang))
            policy = (i18n.t("breaches.clock.policy_gone", lang, row=breach.policy_row)
                      if pd.isna(breach.policy_metric) else i18n.t(
                          "breaches.clock.policy_text", lang, row=breach.policy_row,
                          customer=breach.policy_customer.replace("*", any_text),
                          service=breach.policy_service.replace("*", any_text),
                          priority=breach.policy_priority.replace("*", any_text), metric=metric_label.lower(),
                          minutes=i18n.duration(breach.target_minutes, lang), calendar=breach.calendar,
                          pct=i18n.percent(breach.policy_target_pct, lang, 0)))
            st.text(f"{i18n.t('breaches.clock.calendar', lang)}: {breach.calendar}\n"
                    f"{i18n.t('breaches.clock.policy', lang)}: {policy}")

            st.markdown(f"**{i18n.t('breaches.exclude', lang)}**", help=i18n.t("breaches.exclude.help", lang))
            if breach.excluded:
                st.info(i18n.t("breaches.excluded_by", lang, actor=breach.excluded_by,
                               when=i18n.moment(breach.excluded_at, lang),
                               reason=exclusions.internal_reason(breach.excluded_reason, breach.excluded_note, lang)),
                        icon=":material/block:")
                if isinstance(breach.excluded_client_text, str):
                    st.caption(f"{i18n.t('breaches.client_text', lang)}: {breach.excluded_client_text}")
            form = st.columns([2, 3, 2])
            form[2].text_input(i18n.t("breaches.actor", lang), st.session_state["breach_actor"], key="actor",
                               help=i18n.t("breaches.actor.help", lang),
                               on_change=lambda: st.session_state.update(breach_actor=st.session_state["actor"]))
            if breach.excluded:
                note = form[1].text_input(i18n.t("breaches.note", lang), key="include_note")
                if st.button(i18n.t("breaches.include.button", lang), key="include", icon=":material/undo:"):
                    act("include", breach, note)
            else:
                category = form[0].selectbox(i18n.t("breaches.reason", lang), exclusions.CATEGORIES,
                                             key="exclude_reason", help=i18n.t("breaches.reason.help", lang),
                                             format_func=lambda r: exclusions.describe(r, lang))
                client_text = form[1].text_input(i18n.t("breaches.client_text", lang), key="exclude_client_text",
                                                 help=i18n.t("breaches.client_text.help", lang))
                note = form[1].text_input(i18n.t("breaches.note", lang), key="exclude_note",
                                          help=i18n.t("breaches.note.help", lang))
                if st.button(i18n.t("breaches.exclude.button", lang), key="exclude", icon=":material/block:"):
                    act("exclude", breach, note, category, client_text)

st.subheader(i18n.t("breaches.audit", lang))
trail = audit_trail(str(db), version)
if trail.empty:
    st.caption(i18n.t("breaches.audit.none", lang))
else:
    st.caption(i18n.t("breaches.audit.caption", lang, tz=trail["acted_at"].dt.tz))
    st.dataframe(
        trail.assign(action=[i18n.t(f"breaches.action.{a}", lang) for a in trail["action"]],
                     metric=[i18n.t(f"breaches.metric.{m}", lang) for m in trail["metric"]],
                     reason=[exclusions.internal_reason(c, n, lang)
                             for c, n in zip(trail["category"], trail["note"], strict=True)]),
        hide_index=True, width="stretch", placeholder="–", key="breach_audit",
        column_order=("acted_at", "actor", "action", "ticket_id", "customer", "metric", "reason"),
        column_config={
            "acted_at": st.column_config.DatetimeColumn(i18n.t("breaches.audit.when", lang),
                                                        format="DD-MM-YYYY HH:mm:ss" if lang == "nl"
                                                        else "YYYY-MM-DD HH:mm:ss"),
            "actor": st.column_config.TextColumn(i18n.t("breaches.audit.who", lang)),
            "action": st.column_config.TextColumn(i18n.t("breaches.audit.action", lang)),
            "ticket_id": st.column_config.TextColumn(i18n.t("breaches.col.ticket", lang)),
            "customer": st.column_config.TextColumn(i18n.t("breaches.col.customer", lang)),
            "metric": st.column_config.TextColumn(i18n.t("breaches.col.metric", lang)),
            "state": st.column_config.TextColumn(i18n.t("breaches.col.state", lang),
                                                 help=i18n.t("breaches.col.state_help", lang)),
            "reason": st.column_config.TextColumn(i18n.t("breaches.col.reason", lang)),
        },
    )

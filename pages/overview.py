"""Overview: the month's KPIs across the selected customers against the previous month and the targets, the
12-month compliance trend, the customers that missed a target and the worst breaches."""

import pandas as pd
import streamlit as st

from sla import i18n, store
from sla.contract import config
from sla.metrics import at_risk, periods, summary
from sla.metrics.kpis import REGISTRY
from sla.outputs import charts, links, tiles
from sla.store.scope import Scope

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page

ICONS = {"met": ":material/check_circle:", "missed": ":material/warning:", "on_track": ":material/schedule:",
         "at_risk": ":material/warning:"}
# where a tile leads: the page, and the filters (besides language, month and customers) that show what is behind it
BEHIND = {"first_response": ("breaches", {"breach_metrics": "first_response"}),
          "resolution": ("breaches", {"breach_metrics": "resolution"}), "breaches": ("breaches", {}),
          "availability": ("availability", {}), "credits": ("availability", {}), "csat": ("feedback", {}),
          "nps": ("feedback", {})}


@st.cache_data(show_spinner=False, ttl=60)
def open_at_risk(db: str, version: str, customers: tuple[str, ...], scope: Scope) -> tuple[int, dict[str, str]]:
    """Tickets with an open clock at risk of breaching now, and the ticket URL template per source."""
    with store.connect(db, read_only=True) as con:
        templates = config.ticket_links(con)
    risky = at_risk.within(at_risk.queue(db, customers, scope=scope), "risk")
    return len(risky.drop_duplicates(["source", "ticket_id"])), templates


@st.cache_data(show_spinner=False, ttl=600)
def month_summary(db: str, version: str, month: str, customers: tuple[str, ...], scope: Scope) -> dict:
    """The month's summary; `version` changes with every import, undo, exclusion or configuration change."""
    return summary.month_summary(db, month, customers, scope=scope)


def summary_pdf(figures: dict, lang: str, customers: tuple[str, ...]) -> bytes:
    """The month's one-page PDF, made on click."""
    from sla.outputs import pdf  # reportlab loads when a PDF is asked for: 0.13 s less on a new server's first page

    return pdf.render(figures, lang, customers)


def draw(column, tile: tiles.Tile, lang: str, previous_month: str) -> None:
    """One KPI tile: value, target or customers met in the label, change against the previous month, help."""
    verdict = [i18n.t(f"overview.verdict.{tile.verdict}", lang)] if tile.verdict else []
    column.metric(
        tile.label, tile.value, tile.change,
        delta_color="inverse" if tile.key in tiles.LOWER_IS_BETTER else "normal",
        delta_description=i18n.t("overview.vs", lang, month=i18n.month(previous_month, lang)),
        help="\n\n".join([*verdict, *tile.notes]), icon=ICONS.get(tile.verdict), border=True,
    )
    page, filters = BEHIND[tile.key]  # the month and customers come along (the sidebar's filters stay chosen)
    column.page_link(f"pages/{page}.py", label=i18n.t(f"overview.behind.{page}", lang), query_params=filters)


lang, month = st.session_state.get("lang", "en"), st.session_state["month"]
scope = st.session_state["user_scope"]
customers = scope.limit(st.session_state.get("customer") or ())  # a scoped user's: theirs, named
db = store.default_path()
figures = month_summary(str(db), store.data_version(db), month, customers, scope)

st.title(i18n.t("overview.title", lang, month=periods.label(month, figures.get("progress"), lang)))
if figures["empty"]:
    st.info(i18n.t("empty.no_data", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

st.caption(i18n.t("overview.scope_some", lang, n=len(customers), names=", ".join(customers)) if customers
           else i18n.t("overview.scope_all", lang))
risky, templates = open_at_risk(str(db), store.data_version(db), customers, scope)
if risky:
    with st.container(horizontal=True, vertical_alignment="center"):
        st.warning(i18n.t("overview.at_risk", lang, n=i18n.number(risky, lang)), icon=":material/timer:")
        st.page_link("pages/breaches.py", label=i18n.t("overview.at_risk.link", lang),
                     query_params={"breach_view": "at_risk"})
if st.session_state.get("service") or st.session_state.get("priority"):
    st.caption(i18n.t("overview.filters_ignored", lang))

rows = figures["tiles"]
if rows["value"].isna().all():
    st.info(i18n.t("overview.nothing", lang, month=i18n.month(month, lang)), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

st.download_button(i18n.t("pdf.download", lang), data=lambda: summary_pdf(figures, lang, customers),
                   file_name=i18n.t("pdf.file", lang, month=month), mime="application/pdf", on_click="ignore",
                   icon=":material/picture_as_pdf:", help=i18n.t("pdf.download_help", lang))

for keys in (("first_response", "resolution", "availability"), ("csat", "nps", "breaches", "credits")):
    for column, key in zip(st.columns(len(keys)), keys, strict=True):
        draw(column, tiles.make(key, rows.loc[key], figures, lang), lang, figures["previous"])

if not figures["trend"].empty:
    event = st.plotly_chart(charts.compliance_trend(figures["trend"], i18n.t("overview.trend", lang), lang),
                            theme=None, width="stretch", key="overview_trend", on_select="rerun",
                            selection_mode="points")
    st.caption(i18n.t("overview.trend_help", lang))
    for point in (event or {}).get("selection", {}).get("points") or []:  # a click: the breaches of that month
        shown_month, metric = point["customdata"][2:4]
        st.markdown(links.anchor(links.view("breaches", lang=lang, month=shown_month, customer=list(customers),
                                            breach_metrics=metric),
                                 i18n.t("overview.trend.open", lang, kpi=REGISTRY[metric].label[lang],
                                        month=i18n.month(shown_month, lang))), unsafe_allow_html=True)

st.subheader(i18n.t("overview.missed", lang))
missed = figures["missed"]
if missed.empty:
    st.success(i18n.t("overview.none_missed", lang, month=i18n.month(month, lang)), icon=":material/check:")
else:
    st.dataframe(pd.DataFrame({
        i18n.t("overview.col.customer", lang): missed["customer"],
        i18n.t("overview.col.kpi", lang): [REGISTRY[m].label[lang] + (f" · {s}" if isinstance(s, str) else "")
                                           for m, s in zip(missed["metric"], missed["service"], strict=True)],
        i18n.t("overview.col.value", lang): [tiles.shown(m, v, lang, "", lo, (hi,)) for m, v, lo, hi in zip(
            missed["metric"], missed["value"], missed["target_min"], missed["target_max"], strict=True)],
        i18n.t("overview.col.target", lang): [charts.target_text(lo, hi, lang) for lo, hi in
                                              zip(missed["target_min"], missed["target_max"], strict=True)],
    }), hide_index=True, width="stretch")

st.subheader(i18n.t("overview.worst", lang), help=i18n.t("overview.worst_help", lang))
worst = figures["worst"]
if worst.empty:
    st.success(i18n.t("overview.no_breaches", lang, month=i18n.month(month, lang)), icon=":material/check:")
else:
    table = pd.DataFrame({
        i18n.t("overview.col.ticket", lang): worst["ticket_id"],
        i18n.t("overview.col.customer", lang): worst["customer"],
        i18n.t("overview.col.kpi", lang): [REGISTRY[m].label[lang] for m in worst["metric"]],
        i18n.t("overview.col.priority", lang): [i18n.value("priority", p, lang) for p in worst["priority"]],
        i18n.t("overview.col.due", lang): [i18n.moment(d, lang) for d in worst["due_at"]],
        i18n.t("overview.col.over", lang): [i18n.duration(m, lang, business=True) for m in worst["minutes_over"]],
    })
    if templates:  # each ticket in its helpdesk
        table.insert(1, "↗", links.ticket_urls(worst, templates).to_numpy())
    st.dataframe(table, hide_index=True, width="stretch",
                 column_config={"↗": st.column_config.LinkColumn(display_text="↗", width=36)})

"""Scorecard: the SLA as a marketing tool. Verified claims with their evidence, promise vs delivered (and
competitors), the figures to explain the SLA to your boss, and exports (text, SVG badge, HTML card)."""

import base64

import streamlit as st

from sla import i18n, store
from sla.metrics import claims, overview
from sla.metrics.kpis import REGISTRY
from sla.store.scope import Scope

if "lang" not in st.session_state:  # a cold deep link: Streamlit's legacy pages/ mode ran this page, not dashboard.py
    st.navigation([st.Page("dashboard.py"), st.Page(__file__)], position="hidden")  # ends that mode in every session
    st.rerun()  # so dashboard.py runs first (filters from the URL) and routes back to this page

WINDOWS = ("12", "6", "3", "year")
ALL = "*"
ICONS = {"availability": ":material/monitor_heart:", "feedback": ":material/reviews:",
         "trends": ":material/show_chart:"}


@st.cache_data(show_spinner=False)
def scorecard(db: str, version: str, first: str, last: str, customers: tuple[str, ...],
              scope: Scope) -> claims.Scorecard:
    """Claims and evidence for a window; `version` changes with every import, undo, config or competitor change."""
    return claims.scorecard(db, claims.Window(first, last), customers, scope=scope)


@st.cache_data(show_spinner=False)
def customer_names(db: str, version: str, scope: Scope) -> list[str]:
    """Every customer with data (of the user's scope), for the scope choice."""
    return overview.filter_options(db, scope)["customer"]


@st.cache_data(show_spinner=False)
def company(db: str, version: str) -> str:
    """The company name for the card's title, '' when not set."""
    return claims.company_name(db)


def window_label(choice: str) -> str:
    if choice == "year":
        return i18n.t("scorecard.window.year", lang, year=month[:4])
    return i18n.t("scorecard.window.months", lang, n=choice, month=i18n.month(month, lang))


def money(amounts: dict[str, float]) -> str:
    """'€24,240.00' (several currencies joined), '–' without any."""
    return " + ".join(i18n.money(v, cur, lang) for cur, v in amounts.items()) or "–"


def save_competitor() -> None:
    """Form callback: store the competitor's promise, or keep the problem to show."""
    state = st.session_state
    try:
        claims.save_competitor(db, state["competitor_name"], state["competitor_metric"], state["competitor_value"],
                               scope=user)
    except claims.CompetitorError as problem:
        state["competitor_notice"] = ("error", i18n.t(f"scorecard.competitor.error.{problem.key}", lang,
                                                      **{k: i18n.number(v, lang) for k, v in problem.values.items()}))
        return
    state["competitor_notice"] = ("success", i18n.t(
        "scorecard.competitor.added", lang, name=" ".join(state["competitor_name"].split()),
        metric=claims.metric_label(state["competitor_metric"], lang),
        value=claims.competitor_value(state["competitor_metric"], state["competitor_value"], lang)))
    state["competitor_name"] = ""


def remove_competitor(name: str, metric: str) -> None:
    claims.remove_competitor(db, name, metric, user)
    st.session_state["competitor_notice"] = ("success", i18n.t(
        "scorecard.competitor.removed", lang, name=name, metric=claims.metric_label(metric, lang)))


db = store.default_path()
version = store.data_version(db)
lang, month = st.session_state["lang"], st.session_state["month"]
user = st.session_state["user_scope"]  # who is asking (the page's `scope` is the customers its claims are about)

st.title(i18n.t("scorecard.title", lang))
st.caption(i18n.t("scorecard.intro", lang))
# Its own scope, not the sidebar's customer filter: a company-wide claim is never one client's figure by accident.
names = customer_names(str(db), version, user)
scope = st.selectbox(i18n.t("scorecard.scope", lang), [ALL, *names] if user.everything else names,
                     key="scorecard_scope",
                     format_func=lambda c: i18n.t("scorecard.scope.all", lang) if c == ALL else c,
                     help=i18n.t("scorecard.scope.help", lang))
customers = () if scope in (ALL, None) else (scope,)  # none: a scoped user's customers hold no data yet
choice = st.segmented_control(i18n.t("scorecard.window", lang), WINDOWS, key="scorecard_window", default="12",
                              required=True, format_func=window_label, help=i18n.t("scorecard.window.help", lang))
window = claims.Window(f"{month[:4]}-01", f"{month[:4]}-12") if choice == "year" else claims.rolling(month, int(choice))
card = scorecard(str(db), version, window.first, window.last, customers, user)
period = window.label(lang)

if not card.has_data:
    st.info(i18n.t("empty.no_data", lang), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()
st.caption(i18n.t("scorecard.scope_some", lang, names=", ".join(customers)) if customers
           else i18n.t("scorecard.scope_all", lang))
st.caption(card.stamp(lang))
if all(c.value is None for c in card.claims):
    st.info(i18n.t("scorecard.nothing", lang, period=period), icon=":material/info:")
    st.page_link("pages/data.py", label=i18n.t("empty.link", lang), icon=":material/upload:")
    st.stop()

tab_claims, tab_promise, tab_boss, tab_export = st.tabs(
    [i18n.t(f"scorecard.tab.{name}", lang) for name in ("claims", "promise", "boss", "export")])

with tab_claims:
    verified = [c for c in card.claims if c.verified]
    st.caption(i18n.t("scorecard.counts", lang, verified=len(verified), total=len(card.claims), period=period))
    st.dataframe(claims.claims_table(card.claims, lang), hide_index=True, width="stretch", column_config={
        name: st.column_config.TextColumn(i18n.t(f"scorecard.col.{name}", lang), width=width)
        for name, width in (("claim", "large"), ("value", "small"), ("sample", "small"), ("status", "small"),
                            ("reason", "medium"))
    })
    st.subheader(i18n.t("scorecard.evidence.title", lang))
    picked = st.selectbox(i18n.t("scorecard.evidence.pick", lang), [c.key for c in card.claims],
                          key="scorecard_evidence", format_func=lambda k: claims.text(card.claim(k), lang))
    claim = card.claim(picked)
    st.markdown(claims.footnote(claim, lang))
    if claim.template == "months_met":
        st.caption(i18n.t("scorecard.evidence.months", lang))
        st.dataframe(claims.month_table(card, lang), hide_index=True, width="stretch", column_config={
            name: st.column_config.TextColumn(i18n.t(f"scorecard.col.{name}", lang))
            for name in ("month", "tickets_ok", "availability_ok", "met")})
    page = claims.evidence_page(claim)
    st.page_link(f"pages/{page}.py", label=i18n.t(f"scorecard.evidence.link.{page}", lang), icon=ICONS[page])
    if claim.excluded:
        st.page_link("pages/breaches.py", label=i18n.t("scorecard.evidence.link.breaches", lang),
                     icon=":material/timer_off:")
    st.caption(claims.rules(lang))

with tab_promise:
    st.caption(i18n.t("scorecard.promise.intro", lang, period=period))
    if card.promises.empty:
        st.info(i18n.t("scorecard.promise.none", lang), icon=":material/info:")
    else:
        st.dataframe(claims.promise_table(card, lang), hide_index=True, width="stretch", column_config={
            name: st.column_config.TextColumn(i18n.t(f"scorecard.promise.col.{name}", lang))
            for name in ("kpi", "scope", "promise", "delivered", "kept")})
    st.subheader(i18n.t("scorecard.side.title", lang))
    st.caption(i18n.t("scorecard.side.intro", lang))
    rivals = claims.competitors(db)
    st.dataframe(claims.side_by_side(card, rivals, lang), hide_index=True, width="stretch", column_config={
        "kpi": st.column_config.TextColumn(i18n.t("scorecard.promise.col.kpi", lang)),
        "promise": st.column_config.TextColumn(i18n.t("scorecard.side.us_promise", lang)),
        "delivered": st.column_config.TextColumn(i18n.t("scorecard.side.us_delivered", lang)),
    })
    if rivals.empty:
        st.caption(i18n.t("scorecard.competitor.none", lang))
    kind, notice = st.session_state.pop("competitor_notice", (None, None))
    if notice:
        (st.success if kind == "success" else st.error)(notice)
    if user.allows("competitors"):  # everyone reads the comparison; editors who see every customer change it
        with st.form("scorecard_competitor"):
            st.markdown(f"**{i18n.t('scorecard.competitor.add', lang)}**",
                        help=i18n.t("scorecard.competitor.help", lang))
            cols = st.columns(3)
            cols[0].text_input(i18n.t("scorecard.competitor.name", lang), key="competitor_name", max_chars=80)
            cols[1].selectbox(i18n.t("scorecard.competitor.metric", lang), list(claims.COMPETITOR_METRICS),
                              key="competitor_metric", format_func=lambda m: claims.metric_label(m, lang))
            cols[2].number_input(i18n.t("scorecard.competitor.value", lang), key="competitor_value", value=99.9,
                                 min_value=-100.0, step=0.1, format="%.2f")
            st.form_submit_button(i18n.t("scorecard.competitor.submit", lang), on_click=save_competitor)
        if not rivals.empty:
            with st.expander(i18n.t("scorecard.competitor.remove", lang)):
                for row in rivals.itertuples():
                    label = f"{row.name}: {claims.metric_label(row.metric, lang)} " \
                            f"{claims.competitor_value(row.metric, row.promised_value, lang)}"
                    st.button(f"{i18n.t('scorecard.competitor.remove_button', lang)} · {label}",
                              key=f"remove_{row.name}_{row.metric}", on_click=remove_competitor,
                              args=(row.name, row.metric))

with tab_boss:
    boss = card.boss
    st.caption(i18n.t("scorecard.boss.intro", lang, period=period))
    st.markdown("\n".join(f"- {i18n.t(f'scorecard.boss.why{i}', lang)}" for i in (1, 2, 3)))
    tiles = st.columns(2)
    share = 100 * boss.customers_within / boss.customers if boss.customers else None
    tiles[0].metric(i18n.t("scorecard.boss.within", lang), i18n.percent(share, lang, 1), border=True,
                    help=i18n.t("scorecard.boss.within_help", lang))
    tiles[0].caption(i18n.t("scorecard.boss.within_caption", lang, months=i18n.number(boss.customer_months_within,
                                                                                        lang),
                            total=i18n.number(boss.customer_months, lang), n=boss.customers_within,
                            customers=boss.customers))
    tiles[1].metric(i18n.t("scorecard.boss.owed", lang), money(boss.credits_owed), border=True,
                    help=i18n.t("scorecard.boss.owed_help", lang))
    if not boss.credits_owed:
        st.caption(i18n.t("scorecard.boss.no_money", lang))
    tiles = st.columns(2)
    for column, sla, (value, answers) in zip(tiles, ("met", "breached"), (boss.csat_met, boss.csat_breached),
                                             strict=True):
        column.metric(i18n.t(f"scorecard.boss.csat_{sla}", lang), i18n.percent(value, lang, 1), border=True,
                      help=REGISTRY["csat"].definition[lang])
        column.caption(i18n.t("scorecard.boss.csat_caption", lang, n=i18n.number(answers, lang)))
    if boss.csat_met[0] is not None and boss.csat_breached[0] is not None:
        st.markdown(i18n.t("scorecard.boss.gap", lang,
                           gap=i18n.number(boss.csat_met[0] - boss.csat_breached[0], lang, 1)))

with tab_export:
    verified = [c for c in card.claims if c.verified]
    if not verified:
        st.info(i18n.t("scorecard.export.none", lang), icon=":material/info:")
    else:
        chosen_keys = st.multiselect(i18n.t("scorecard.export.choose", lang), [c.key for c in verified],
                                     default=claims.headline(card), key="scorecard_export",
                                     format_func=lambda k: claims.text(card.claim(k), lang),
                                     help=i18n.t("scorecard.export.choose_help", lang))
        chosen = [card.claim(k) for k in chosen_keys] or verified[:1]
        stem = "-".join(["sla-claims", *(claims.file_stem(c) for c in customers), window.first, window.last, lang])
        st.subheader(i18n.t("scorecard.export.text", lang))
        st.code(claims.export_text(chosen, lang, card.stamp(lang)), language=None, wrap_lines=True)
        st.download_button(i18n.t("scorecard.export.download_text", lang), on_click="ignore",
                           data=lambda: claims.export_text(chosen, lang, card.stamp(lang)), file_name=f"{stem}.txt",
                           mime="text/plain")
        st.subheader(i18n.t("scorecard.export.badge", lang))
        badge_key = st.selectbox(i18n.t("scorecard.export.badge_claim", lang), [c.key for c in chosen],
                                 key="scorecard_badge", format_func=lambda k: claims.text(card.claim(k), lang))
        svg = claims.claim_badge(card.claim(badge_key), lang)
        st.image(svg)
        st.download_button(i18n.t("scorecard.export.download_badge", lang), data=svg, on_click="ignore",
                           file_name=f"badge-{claims.file_stem(badge_key)}-{lang}.svg", mime="image/svg+xml")
        st.subheader(i18n.t("scorecard.export.card", lang))
        html = claims.card_html(chosen, lang, company(str(db), version), card.stamp(lang))
        st.iframe("data:text/html;base64," + base64.b64encode(html.encode()).decode(), height=640)
        st.download_button(i18n.t("scorecard.export.download_card", lang), data=html, on_click="ignore",
                           file_name=f"{stem}.html", mime="text/html")
